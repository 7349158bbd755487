package org.psoascoach.account;

import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows password guessing down, with the counters in the database so that every server on it shares them:
 * <ul>
 *   <li>after {@value #ACCOUNT_FAILURES} wrong passwords for one account within {@link #WINDOW}, every further try for
 *       it is refused, whatever the password, until the window has passed since those failures;</li>
 *   <li>after {@value #CLIENT_FAILURES} wrong passwords from one client address within the window, every try from
 *       it is refused the same way;</li>
 *   <li>a device that signed in to the account before (its remembered-device cookie) is let through both, so the
 *       person's right password still works while someone else guesses; a password reset ends the lock, and a right
 *       password does not (the guesser would get a fresh five tries at every sign-in of the owner's).</li>
 * </ul>
 * A refused try costs no password hashing, so a flood of guesses does not slow real sign-ins down. A try counts as a
 * failure from the moment its password starts being checked (and stops counting if it was right): however many tries
 * arrive at once, no more than the limit are ever hashed in a window.
 */
public final class SignInThrottle {
    public static final int ACCOUNT_FAILURES = 5;
    public static final int CLIENT_FAILURES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Database db;
    private final Clock clock;

    public SignInThrottle(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Whether a try may go ahead now; when not, how long until it may. */
    public record Verdict(boolean allowed, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        /** Whole minutes, rounded up, at least 1: what a person is told. */
        public long minutes() { return Math.max(1, (retryAfter.toSeconds() + 59) / 60); }
    }

    /** A try that may check its password: its provisional failure rows, removed again if the password was right. */
    public record Attempt(Verdict verdict, List<String> rows) {}

    /**
     * Whether a try may check its password now. A device that signed in to the account before always may (and its
     * wrong passwords still count); any other try is refused while the account or the client is locked, and otherwise
     * counts as a failure until {@link #succeeded} says it was not one.
     */
    public Attempt begin(String email, String client, boolean knownDevice) {
        if (knownDevice) return new Attempt(Verdict.ALLOWED, List.of());
        Instant now = clock.instant();
        Verdict before = verdict(now, email, client, 0);
        if (!before.allowed()) return new Attempt(before, List.of());
        List<String> rows = record(email, client, now);
        // tries that arrived together all see their own rows now: any beyond the limit step back without hashing
        Verdict after = verdict(now, email, client, 1);
        if (!after.allowed()) {
            remove(rows);
            return new Attempt(after, List.of());
        }
        return new Attempt(Verdict.ALLOWED, rows);
    }

    /** The password was wrong: a device's try that was not yet counted is counted now. */
    public void failed(String email, String client, Attempt attempt) {
        if (attempt.rows().isEmpty()) record(email, client, clock.instant());
    }

    /**
     * The password was right: the try's own rows go. Earlier failures stay: a lock lasts its window even when the
     * owner signs in from their own device meanwhile (else each of their sign-ins would hand a guesser five more tries).
     */
    public void succeeded(Attempt attempt) {
        remove(attempt.rows());
    }

    private Verdict verdict(Instant now, String email, String client, int ownRows) {
        Verdict byAccount = verdict(accountSubject(email), ACCOUNT_FAILURES + ownRows, now);
        if (!byAccount.allowed()) return byAccount;
        return verdict(clientSubject(client), CLIENT_FAILURES + ownRows, now);
    }

    private List<String> record(String email, String client, Instant now) {
        List<String> ids = List.of(org.psoascoach.store.Ids.next(), org.psoascoach.store.Ids.next());
        List<String> subjects = List.of(accountSubject(email), clientSubject(client));
        db.useWrite(h -> {
            h.createUpdate("DELETE FROM sign_in_failure WHERE failed_at < :since").bind("since", Times.text(now.minus(WINDOW))).execute();
            for (int i = 0; i < 2; i++) {
                h.createUpdate("INSERT INTO sign_in_failure (id, subject, failed_at) VALUES (:id, :subject, :at)")
                        .bind("id", ids.get(i)).bind("subject", subjects.get(i)).bind("at", Times.text(now)).execute();
            }
        });
        return ids;
    }

    private void remove(List<String> ids) {
        if (ids.isEmpty()) return;
        db.useWrite(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE id IN (<ids>)").bindList("ids", ids).execute());
    }

    /** Clears the account's failures: a password reset ends the lock. */
    public void clear(String email) {
        db.useWrite(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE subject = :subject")
                .bind("subject", accountSubject(email)).execute());
    }

    private Verdict verdict(String subject, int limit, Instant now) {
        List<String> recent = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT failed_at FROM sign_in_failure WHERE subject = :subject AND failed_at > :since
                        ORDER BY failed_at DESC""")
                .bind("subject", subject).bind("since", Times.text(now.minus(WINDOW))).setMaxRows(limit).mapTo(String.class).list());
        if (recent.size() < limit) return Verdict.ALLOWED;
        // locked until the oldest of the last `limit` failures leaves the window
        Instant oldest = Times.instant(recent.get(limit - 1));
        return new Verdict(false, Duration.between(now, oldest.plus(WINDOW)));
    }

    static String accountSubject(String email) { return "account:" + (email == null ? "" : AccountStore.emailKey(email)); }

    static String clientSubject(String client) { return "client:" + (client == null ? "" : client); }
}
