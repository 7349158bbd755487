package org.psoascoach.cli;

import org.psoascoach.account.Account;
import org.psoascoach.contract.SessionLogReader;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.session.SessionScript;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.store.Ids;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Records a session: pain before and after (0-10), what was done, notes.",
                "With no options it asks; with --pain-before and --pain-after it records today's plan as done;",
                "with --file it reads one session as JSON, or one per line (JSON Lines)."},
        footer = {"", "Examples:",
                "  psoas log",
                "  psoas log --pain-before 3 --pain-after 2 --notes \"left side felt looser\"",
                "  psoas log --file session.json",
                "", "Each saved session prints one line \"Saved ... (key K)\" once it is safely on disk.",
                "Sending the same session again with the same key saves nothing new."})
final class LogCommand implements Callable<Integer> {
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--pain-before", paramLabel = "0-10", description = "Pain just before the session.")
    Integer painBefore;

    @Option(names = "--pain-after", paramLabel = "0-10", description = "Pain just after the session.")
    Integer painAfter;

    @Option(names = "--partial", description = "Part of the session was done: you are asked item by item which sets were (the sets decide, not the flag).")
    boolean partial;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Anything worth remembering.")
    String notes;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the session (default: today).")
    LocalDate date;

    @Option(names = "--key", paramLabel = "KEY", description = "An idempotency key: a retry with the same key is saved once.")
    String key;

    @Option(names = "--file", paramLabel = "FILE", description = "A session as JSON, or JSON Lines with one session per line; - for standard input.")
    String file;

    LogCommand(InputStream stdin) { this.stdin = stdin; }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        boolean flags = painBefore != null || painAfter != null;
        if (file != null && flags) {
            err.println("psoas log: give either --file or --pain-before/--pain-after, not both");
            return Psoas.BAD_INPUT;
        }
        if (flags && (painBefore == null || painAfter == null)) {
            err.println("psoas log: --pain-before and --pain-after go together (each 0-10)");
            return Psoas.BAD_INPUT;
        }
        String text = null;
        if (file != null) {
            text = InputFiles.read(file, stdin, err, "log: --file");
            if (text == null) return Psoas.BAD_INPUT;
        }
        try (LocalRecord record = LocalRecord.open(store, err, "log")) {
            if (record == null) return Psoas.BAD_INPUT;
            Account me = record.me();
            LocalDate day = date != null ? date : record.journal.today(me);
            if (text != null) return fromFile(record, me, text, day, out, err);
            LoggedSession session;
            if (flags && partial) {
                // a flag cannot say which sets were done, and the sets are what decide how far a session went
                err.println("psoas log: --partial: say which sets were done: run psoas log --partial without --pain-before/--pain-after"
                        + " to be asked item by item, or give the items with --file");
                return Psoas.BAD_INPUT;
            }
            if (flags) {
                Optional<List<DoneItem>> planned = planned(record, me, day);
                if (planned.isEmpty()) {
                    err.println("psoas log: there is no plan yet to log against; run psoas assess first, or give the items with --file");
                    return Psoas.BAD_INPUT;
                }
                session = new LoggedSession(key != null ? key : Ids.next(), day, null, null, true, painBefore, painAfter, notes, planned.get());
            } else {
                try {
                    session = ask(record, me, day, out);
                } catch (Prompter.Stopped e) {
                    out.println();
                    err.println("psoas log: stopped before the end; nothing was saved.");
                    return Psoas.BAD_INPUT;
                }
                if (session == null) {
                    err.println("psoas log: there is no plan yet to log against; run psoas assess first, or give the items with --file");
                    return Psoas.BAD_INPUT;
                }
            }
            return save(record, me, session, out, err, "") ? Psoas.OK : Psoas.BAD_INPUT;
        }
    }

    /** One session per non-empty line; each is saved (and acknowledged) on its own, so a stop loses nothing acknowledged. */
    private int fromFile(LocalRecord record, Account me, String text, LocalDate day, PrintWriter out, PrintWriter err) {
        String trimmed = text.strip();
        List<String> sessions = trimmed.startsWith("{") && trimmed.indexOf("\n{") < 0 ? List.of(trimmed) : trimmed.lines().toList();
        boolean allSaved = true;
        int lineNumber = 0;
        for (String line : sessions) {
            lineNumber++;
            if (line.isBlank()) continue;
            String where = sessions.size() > 1 ? "line " + lineNumber + ": " : "";
            SessionLogReader.Read read;
            try {
                read = SessionLogReader.read(line, day, Ids::next);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) err.println(where + p);
                allSaved = false;
                continue;
            }
            LoggedSession session = read.session();
            if (!read.itemsGiven()) {
                Optional<List<DoneItem>> planned = planned(record, me, session.date());
                if (planned.isEmpty()) {
                    err.println(where + "$.items: is required while there is no plan (run psoas assess first)");
                    allSaved = false;
                    continue;
                }
                session = session.withItems(planned.get());
            }
            allSaved &= save(record, me, session, out, err, where);
        }
        return allSaved ? Psoas.OK : Psoas.BAD_INPUT;
    }

    private static boolean save(LocalRecord record, Account me, LoggedSession session, PrintWriter out, PrintWriter err, String where) {
        try {
            // how far the session went is decided here from its sets against the day's plan, as the web and the API do
            Optional<List<DoneItem>> planned = planned(record, me, session.date());
            if (planned.isPresent()) session = session.decided(planned.get());
            Journal.Logged logged = record.journal.log(me, session);
            LoggedSession s = logged.session();
            String outcome = s.stopped() ? ", stopped before any set (kept, not counted as a session done)" : s.completed() ? "" : ", part of the session";
            out.println((logged.status() == Journal.Logged.Status.SAVED ? "Saved" : "Already saved, nothing new written:")
                    + " session of " + s.date() + ", pain " + s.painBefore() + " -> " + s.painAfter()
                    + outcome + " (key " + s.idempotencyKey() + ")");
            out.flush();
            return true;
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) err.println(where + p);
            return false;
        }
    }

    /** Today's planned items as done in full, or empty when there is no plan. */
    private static Optional<List<DoneItem>> planned(LocalRecord record, Account me, LocalDate day) {
        return record.journal.today(me, day).filter(t -> t.result().plan() != null)
                .map(t -> SessionScript.asPlanned(t.result().plan()));
    }

    private LoggedSession ask(LocalRecord record, Account me, LocalDate day, PrintWriter out) {
        Optional<Journal.Today> today = record.journal.today(me, day);
        if (today.isEmpty() || today.get().result().plan() == null) return null;
        Prompter ask = new Prompter(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), out, Engine.get().messages);
        ask.say("Logging the session of " + day + ". Press Ctrl-D to stop without saving.");
        int before = ask.integer("Pain just before the session, 0 (none) to 10 (worst)?", 0, 10, null, false);
        int after = ask.integer("Pain just after, 0 to 10?", 0, 10, null, false);
        List<PlannedItem> items = today.get().result().plan().items();
        List<DoneItem> asPlanned = SessionScript.asPlanned(today.get().result().plan());
        if (!partial && ask.yesNo("Did you do the whole session as planned?", true)) {
            String text = ask.text("Notes (Enter for none)?");
            return new LoggedSession(key != null ? key : Ids.next(), day, null, null, true, before, after, text.isEmpty() ? null : text, asPlanned);
        }
        List<DoneItem> done = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlannedItem p = items.get(i);
            DoneItem planned = asPlanned.get(i);
            int sets = ask.integer("  " + p.item().text().name() + " (" + p.side().id() + "), planned " + p.dose().sets()
                    + " sets. Sets done? [" + p.dose().sets() + "]", 0, DoneItem.MAX_SETS, p.dose().sets(), false);
            done.add(new DoneItem(planned.itemId(), planned.side(), sets, planned.reps(), planned.holdSeconds()));
        }
        String text = ask.text("Notes (Enter for none)?");
        return new LoggedSession(key != null ? key : Ids.next(), day, null, null, done.equals(asPlanned), before, after,
                text.isEmpty() ? null : text, done);
    }
}
