package org.psoascoach.bench;

import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.Intake;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Planner;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.session.SessionScript;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.store.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Makes the record the scale benchmark reads: one person (the desk worker of examples/desk-worker.json) with a session
 * logged every day for YEARS years up to today and a re-test every 14 days, written through the journal as the
 * app writes them. Usage: HistorySeed DB_FILE YEARS EMAIL PASSWORD (bench/progress-benchmark.sh runs it).
 */
public final class HistorySeed {
    private HistorySeed() {}

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseLocation.sqlite(Path.of(args[0])))) {
            Seeded seeded = seed(db, Integer.parseInt(args[1]), args[2], args[3], LocalDate.now(java.time.ZoneOffset.UTC));
            System.out.println(args[1] + " year(s): " + seeded.sessions() + " sessions, " + seeded.tests() + " test days, for " + args[2]);
        }
    }

    /** The person and what was written for them. */
    public record Seeded(Account account, int sessions, int tests) {}

    /** Writes YEARS years of daily sessions up to {@code today} for a new person with this email and password. */
    public static Seeded seed(Database db, int years, String email, String password, LocalDate today) throws Exception {
        LocalDate first = today.minusYears(years).plusDays(1);
        TestClock clock = new TestClock(first.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC).toString());
        Intake deskWorker = IntakeReader.read(Files.readString(Path.of("examples/desk-worker.json")));
        Planner planner = new Planner(Fixtures.CATALOG, Fixtures.MESSAGES);
        Journal journal = new Journal(db, planner, new SessionLogRules(Fixtures.CATALOG), clock);
        Account who = new Accounts(db, clock).signUp(email, password, "person", "UTC");
        int sessions = 0, tests = 0;
        org.psoascoach.planning.Plan plan = null;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            clock.at(day);
            long sinceFirst = java.time.temporal.ChronoUnit.DAYS.between(first, day);
            if (sinceFirst % 14 == 0) {
                plan = journal.assess(who, deskWorker).result().plan(); // the items logged until the next test day
                tests++;
            }
            int before = (int) (sinceFirst % 4), after = Math.max(0, before - 1);
            journal.log(who, new LoggedSession("day-" + day, day, null, null, true, before, after, null, SessionScript.asPlanned(plan)));
            sessions++;
        }
        return new Seeded(who, sessions, tests);
    }
}
