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
 *       person's right password still works while someone else guesses; a password reset ends the lock.</li>
 * </ul>
 * A refused try costs no password hashing, so a flood of guesses does not slow real sign-ins down.
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

    public Verdict check(String email, String client, boolean knownDevice) {
        if (knownDevice) return Verdict.ALLOWED;
        Instant now = clock.instant();
        Verdict byAccount = verdict(accountSubject(email), ACCOUNT_FAILURES, now);
        if (!byAccount.allowed()) return byAccount;
        return verdict(clientSubject(client), CLIENT_FAILURES, now);
    }

    public void failed(String email, String client) {
        Instant now = clock.instant();
        db.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_failure WHERE failed_at < :since").bind("since", Times.text(now.minus(WINDOW))).execute();
            for (String subject : List.of(accountSubject(email), clientSubject(client))) {
                h.createUpdate("INSERT INTO sign_in_failure (subject, failed_at) VALUES (:subject, :at)")
                        .bind("subject", subject).bind("at", Times.text(now)).execute();
            }
        });
    }

    /** Clears the account's failures: after its right password, or a password reset. */
    public void clear(String email) {
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE subject = :subject")
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
