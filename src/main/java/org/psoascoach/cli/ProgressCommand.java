package org.psoascoach.cli;

import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.Side;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.Change;
import org.psoascoach.progress.Measure;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.ProgressReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Per-side trends of every test and of pain, as a table with sparklines.",
                "Changes smaller than the measurement error read \"no measurable change\"."},
        footer = {"", "Example:", "  psoas progress"})
final class ProgressCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (LocalRecord record = LocalRecord.open(store, err, "progress")) {
            if (record == null) return Psoas.BAD_INPUT;
            Journal.Record r = record.journal.record(record.me());
            Assessment assessment = new Assessment(Engine.get().messages);
            List<ProgressReport.TestDay> days = new ArrayList<>();
            for (AssessmentRecord a : r.assessments()) days.add(ProgressReport.TestDay.of(a.takenOn(), a.intake(), assessment));
            ProgressReport report = ProgressReport.of(days, r.sessions().stream().map(LoggedSession::forProgression).toList());
            out.print(render(report));
            out.flush();
            return Psoas.OK;
        }
    }

    static String render(ProgressReport report) {
        StringBuilder out = new StringBuilder();
        if (report.testDays().isEmpty() && report.pain().isEmpty()) return "Nothing recorded yet. Start with psoas assess.\n";
        out.append("Findings per test day\n");
        for (ProgressReport.TestDay d : report.testDays()) {
            out.append(String.format("  %s  left %-14s right %s%n", d.date(), d.status(Side.LEFT).id(), d.status(Side.RIGHT).id()));
        }
        if (!report.series().isEmpty()) {
            out.append("\nTests per side (first -> latest)\n");
            out.append(String.format("  %-38s %-5s  %-12s %-16s %s%n", "measure", "side", "trend", "first -> latest", "change"));
            for (ProgressReport.Series s : report.series()) {
                List<Double> values = s.points().stream().map(ProgressReport.Point::value).toList();
                out.append(String.format("  %-38s %-5s  %-12s %-16s %s%n", s.measure().test() + " " + s.measure().field(), s.side().id(),
                        Sparkline.of(values), num(s.change().from()) + " -> " + num(s.change().to()) + " " + s.measure().unit(),
                        verdict(s.change(), s.measure())));
            }
        }
        if (!report.gaps().isEmpty()) {
            out.append("\nDifference between the sides (smaller means more even)\n");
            for (ProgressReport.Gap g : report.gaps()) {
                out.append(String.format("  %-38s %s -> %s %s  %s%n", g.measure().test() + " " + g.measure().field(), num(g.change().from()),
                        num(g.change().to()), g.measure().unit(), g.change().verdict() == Change.Verdict.BETTER ? "evening out"
                                : g.change().verdict() == Change.Verdict.WORSE ? "further apart" : verdict(g.change(), g.measure())));
            }
        }
        if (!report.pain().isEmpty()) {
            out.append("\nPain per week (mean before / after the sessions)\n");
            List<Double> before = report.pain().stream().map(ProgressReport.PainWeek::before).toList();
            out.append("  before  ").append(Sparkline.of(before)).append('\n');
            out.append("  after   ").append(Sparkline.of(report.pain().stream().map(ProgressReport.PainWeek::after).toList())).append('\n');
            for (ProgressReport.PainWeek w : report.pain()) {
                out.append(String.format("  week of %s  %4.1f / %4.1f  (%d session%s)%n", w.weekStart(), w.before(), w.after(), w.sessions(),
                        w.sessions() == 1 ? "" : "s"));
            }
            Change c = report.painChange();
            out.append("  Pain before sessions, first week to latest: ").append(switch (c.verdict()) {
                case BETTER -> "lower by " + num(-c.delta()) + " points";
                case WORSE -> "higher by " + num(c.delta()) + " points; if it keeps rising, talk to a clinician";
                case NO_MEASURABLE_CHANGE -> "no measurable change (less than 2 points)";
                case ONE_MEASUREMENT -> "one week so far";
            }).append('\n');
        }
        return out.toString();
    }

    private static String verdict(Change c, Measure m) {
        return switch (c.verdict()) {
            case BETTER -> "better";
            case WORSE -> "worse";
            case NO_MEASURABLE_CHANGE -> "no measurable change (within " + num(m.error()) + " " + m.unit() + ")";
            case ONE_MEASUREMENT -> "one test so far";
        };
    }

    private static String num(double v) { return Assessment.number(Math.round(v * 10) / 10.0); }
}
