package org.psoascoach.cli;

import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;

/** The record the terminal commands use: the database, the journal over it, and this computer's profile (no sign-in). */
final class LocalRecord implements AutoCloseable {
    final Database db;
    final Journal journal;
    final Accounts accounts;
    final Clock clock = Clock.systemUTC();

    private LocalRecord(Database db) {
        this.db = db;
        Engine engine = Engine.get();
        this.journal = new Journal(db, engine.planner, new SessionLogRules(engine.catalog), clock);
        this.accounts = new Accounts(db, clock);
    }

    /** Opens the record, or says on stderr why it cannot (bad --db: exit 2; unreachable: exit 4) and returns null. */
    static LocalRecord open(StoreOptions options, PrintWriter err, String command) {
        DatabaseLocation location = location(options, err, command);
        return location == null ? null : new LocalRecord(Database.open(location));
    }

    /** Where the record is, or says on stderr why --db is not a place (exit 2) and returns null. */
    static DatabaseLocation location(StoreOptions options, PrintWriter err, String command) {
        try {
            return DatabaseLocation.choose(options.db, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("psoas " + command + ": --db: " + e.getMessage());
            return null;
        }
    }

    /** This computer's profile, made on first use in the computer's time zone. */
    Account me() { return accounts.localProfile(ZoneId.systemDefault()); }

    @Override
    public void close() { db.close(); }
}
