package org.psoascoach.web.assessment;

import org.psoascoach.web.http.Text;

import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.Side;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.progress.ProgressReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a re-test changed, side by side: each side's finding then and now, and every measure taken both times with
 * its change, judged against the measure's error ("no measurable change" inside it).
 */
public record RetestView(String since, List<String> sides, List<String> changes) {

    public static RetestView of(AssessmentRecord previous, AssessmentRecord latest, Assessment assessment, Text t) {
        List<ProgressReport.TestDay> days = new ArrayList<>();
        for (AssessmentRecord a : List.of(previous, latest)) {
            days.add(ProgressReport.TestDay.of(a.takenOn(), a.intake(), assessment));
        }
        ProgressReport report = ProgressReport.of(days, List.of());
        List<String> sides = new ArrayList<>();
        for (Side side : Side.SIDES) {
            String before = t.get("finding." + days.get(0).status(side).id()), now = t.get("finding." + days.get(1).status(side).id());
            sides.add(t.get(before.equals(now) ? "results.since.same" : "results.since.changed", t.get("side.title." + side.id()), before, now));
        }
        List<String> changes = new ArrayList<>();
        for (ProgressReport.Series s : report.series()) {
            if (s.points().size() < 2) continue; // measured only once: nothing to compare
            String measure = t.get("progress.measure." + s.measure().name().toLowerCase(Locale.ROOT));
            changes.add(measure + ": " + t.get("progress.change." + s.change().verdict().id(), t.get("text.side." + s.side().id()),
                    t.number(s.change().from()), t.number(s.change().to()), s.measure().unit()));
        }
        return new RetestView(t.date(previous.takenOn()), sides, changes);
    }
}
