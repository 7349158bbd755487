package org.psoascoach.cli;

import org.psoascoach.assessment.Asymmetry;
import org.psoascoach.assessment.Note;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Exclusion;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.planning.SessionPart;
import org.psoascoach.safety.Reason;

/** A plan a person can follow on paper: grouped by session part, each line with dose, side and why. */
final class PlanText {
    private final Messages m;

    PlanText(Messages messages) { this.m = messages; }

    String render(PlanResult r) {
        StringBuilder out = new StringBuilder(4096);
        out.append(m.get("text.title")).append('\n').append(m.get("text.notDiagnosis")).append("\n\n");
        out.append(m.get("text.triage", r.triage().level().id())).append('\n');
        for (Reason reason : r.triage().reasons()) out.append("  - ").append(reason.message()).append('\n');
        if (!r.triage().actNow().isEmpty()) {
            // the one thing that matters most comes first, before any detail
            out.append('\n').append(m.get("text.actNow")).append('\n');
            for (String line : r.triage().actNow()) out.append("  ").append(line).append('\n');
        }
        out.append('\n').append(m.get("text.findings")).append('\n');
        for (SideFinding f : new SideFinding[]{r.findings().left(), r.findings().right()}) {
            out.append("  ").append(m.get("text.findings.side", capital(m.get(f.side().messageKey())), f.status().id()));
            for (String because : f.tightEvidence()) out.append("; ").append(because);
            for (String because : f.weakEvidence()) out.append("; ").append(because);
            out.append('\n');
            for (Note note : f.notes()) out.append("    ").append(note.message()).append('\n');
        }
        if (!r.findings().asymmetry().isEmpty()) {
            out.append('\n').append(m.get("text.asymmetry")).append('\n');
            for (Asymmetry a : r.findings().asymmetry()) {
                out.append("  ").append(a.test()).append(" (").append(a.measure()).append("): ")
                        .append(m.get("side.left")).append(' ').append(num(a.left())).append(", ")
                        .append(m.get("side.right")).append(' ').append(num(a.right()));
                if (a.lowerSide() != null) out.append(" \u2192 ").append(m.get(a.lowerSide().messageKey()));
                out.append('\n');
            }
        }
        out.append('\n');
        Plan plan = r.plan();
        if (plan == null) {
            out.append(m.get("text.noPlan")).append("\n\n");
        } else {
            out.append(m.get("text.plan", plan.sessionsPerWeek(), plan.estimatedMinutes(), plan.minutesPerSession(), plan.retestAfterDays()))
                    .append('\n').append(plan.frequencyWhy()).append('\n');
            if (!plan.progressionChanges().isEmpty()) {
                out.append('\n').append(m.get("text.progression")).append('\n');
                for (String change : plan.progressionChanges()) out.append("  - ").append(change).append('\n');
            }
            out.append(session(plan));
            out.append('\n');
        }
        if (plan == null && !r.excluded().isEmpty()) {
            out.append(m.get("text.allOnHold", r.excluded().size(), r.excluded().get(0).message())).append("\n\n");
        } else if (!r.excluded().isEmpty()) {
            out.append(m.get("text.excluded")).append('\n');
            for (Exclusion e : r.excluded()) {
                out.append("  - ").append(e.id()).append(" (").append(e.reason().id()).append("): ").append(e.message()).append('\n');
            }
            out.append('\n');
        }
        out.append(m.get("text.advice")).append('\n');
        for (String advice : r.advice()) {
            if (!r.triage().actNow().contains(advice)) out.append("  - ").append(advice).append('\n');
        }
        return out.toString();
    }

    /** The session's items, grouped by part, each with side, dose, time, the key cue and why. */
    String session(Plan plan) {
        StringBuilder out = new StringBuilder(2048);
        SessionPart part = null;
        int n = 0;
        for (PlannedItem item : plan.items()) {
            if (item.part() != part) {
                part = item.part();
                out.append('\n').append(m.get("text.part." + part.id())).append('\n');
            }
            out.append(String.format("  %2d. ", ++n)).append(item.item().text().name())
                    .append(" \u2014 ").append(m.get("text.side." + item.side().id()))
                    .append(" \u2014 ").append(item.dose().words(m))
                    .append(" \u2014 ").append(duration(item.estimatedSeconds())).append('\n');
            if (item.variant() != null) {
                out.append("      ").append(m.get("text.variant")).append(' ').append(item.variant().text().name())
                        .append(": ").append(item.variant().text().how()).append('\n');
            }
            out.append("      ").append(item.item().text().keyCue()).append('\n');
            out.append("      ").append(m.get("text.why")).append(' ').append(item.why()).append('\n');
        }
        return out.toString();
    }

    private String duration(int seconds) {
        int minutes = seconds / 60, rest = seconds % 60;
        String text = minutes == 0 ? rest + " s" : rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
        return m.get("text.minutes", text);
    }

    private static String num(double v) { return org.psoascoach.assessment.Assessment.number(v); }

    static String capital(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

}
