package org.psoascoach.cli;

import org.psoascoach.contract.PlanJson;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.ProgressionEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "today", mixinStandardHelpOptions = true,
        description = {"Shows today's session from your current plan, what changed in it and why, and when to test again."},
        footer = {"", "Examples:", "  psoas today", "  psoas today --format json"})
final class TodayCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Show the session for this day (default: today).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text (default) or json (the plan contract).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (LocalRecord record = LocalRecord.open(store, err, "today")) {
            if (record == null) return Psoas.BAD_INPUT;
            var me = record.me();
            LocalDate day = date != null ? date : record.journal.today(me);
            Optional<Journal.Today> found = record.journal.today(me, day);
            if (found.isEmpty()) {
                err.println("psoas today: no assessment yet. Run psoas assess to test each side and get a plan.");
                return Psoas.BAD_INPUT;
            }
            Journal.Today today = found.get();
            if (format == Format.JSON) {
                out.print(PlanJson.write(today.result()));
                out.flush();
                return Psoas.OK;
            }
            var messages = Engine.get().messages;
            Plan plan = today.result().plan();
            if (plan == null) {
                // the triage forbids a plan: say what to do instead, calmly, and nothing else
                out.println("No session today: your last assessment (" + today.assessment().takenOn() + ") found reasons to see a clinician first.");
                for (String line : today.result().triage().actNow()) out.println("  " + line);
                for (var reason : today.result().triage().reasons()) out.println("  - " + reason.message());
                out.println("When a clinician has cleared you, run psoas assess again and answer that you were cleared.");
                out.flush();
                return Psoas.OK;
            }
            out.println("Today's session, " + day + ": about " + plan.estimatedMinutes() + " min, "
                    + plan.sessionsPerWeek() + " sessions a week.");
            out.println(messages.get("text.notDiagnosis"));
            if (today.changed() != null) {
                ProgressionEvent e = today.changed();
                out.println();
                out.println("What changed: " + (e.kind() == ProgressionEvent.Kind.DOSE_UP
                        ? messages.get("progression.up", e.date(), e.stepAfter())
                        : messages.get("progression.back", e.date(), e.painBefore(), e.painAfter(), e.stepAfter())));
            } else if (plan.progression().last() != null) {
                out.println();
                out.println("Dose step " + plan.progression().step() + " (unchanged since your last session).");
            }
            out.print(new PlanText(messages).session(plan));
            out.println();
            if (today.loggedToday() > 0) out.println("Already logged for this day: " + today.loggedToday() + " session(s).");
            if (today.retestDue() != null) {
                long days = ChronoUnit.DAYS.between(day, today.retestDue());
                out.println(today.retestIsDue()
                        ? "Re-test due" + (days < 0 ? " since " + today.retestDue() : " today") + ": run psoas assess to test each side again."
                        : "Next re-test: " + today.retestDue() + " (in " + days + " days).");
            }
            out.println("When you are done: psoas log");
            out.flush();
            return Psoas.OK;
        }
    }
}
