package org.psoascoach.cli;

import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.Findings;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.LoggedSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists every test day and logged session, oldest first: findings per side, pain before and after."},
        footer = {"", "Example:", "  psoas history", "", "For trends per side, see psoas progress."})
final class HistoryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (LocalRecord record = LocalRecord.open(store, err, "history")) {
            if (record == null) return Psoas.BAD_INPUT;
            Journal.Record r = record.journal.record(record.me());
            if (r.assessments().isEmpty() && r.sessions().isEmpty()) {
                out.println("Nothing recorded yet. Start with psoas assess.");
                return Psoas.OK;
            }
            Assessment assessment = new Assessment(Engine.get().messages);
            record Line(LocalDate date, int order, String text) {}
            List<Line> lines = new ArrayList<>();
            for (AssessmentRecord a : r.assessments()) {
                Findings f = assessment.assess(a.intake());
                lines.add(new Line(a.takenOn(), 0, String.format("%-10s  %-8s  left %-14s right %-14s pain now %s",
                        a.takenOn(), "test day", f.left().status().id(), f.right().status().id(),
                        a.intake().pain().now() == null ? "-" : a.intake().pain().now())));
            }
            for (LoggedSession s : r.sessions()) {
                lines.add(new Line(s.date(), 1, String.format("%-10s  %-8s  pain %2d -> %-2d  %-12s %d item(s)%s",
                        s.date(), "session", s.painBefore(), s.painAfter(), s.completed() ? "finished" : "not finished",
                        s.items().size(), s.notes() == null ? "" : "  \"" + s.notes() + "\"")));
            }
            lines.sort(Comparator.comparing(Line::date).thenComparingInt(Line::order));
            out.println(String.format("%-10s  %-8s  %s", "date", "what", "details"));
            for (Line line : lines) out.println(line.text());
            out.println();
            out.println(r.assessments().size() + " test day(s), " + r.sessions().size() + " session(s)."
                    + (r.retestDue() == null ? "" : " Next re-test: " + r.retestDue() + "."));
            out.flush();
            return Psoas.OK;
        }
    }
}
