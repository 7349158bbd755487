package org.psoascoach.account;

import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.Duration;

/**
 * Devices that signed in to an account before: a long-lived random cookie, of which only the SHA-256 is kept. It
 * proves nothing alone (the password is still checked); it only lets the person's own device past a lock that
 * someone else's guessing set off.
 */
public final class KnownDevices {
    public static final Duration LIFETIME = Duration.ofDays(180);

    private final Database db;
    private final Clock clock;

    public KnownDevices(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Remembers this device for the account; returns the token for the cookie. */
    public String remember(Account account) {
        String token = SignInSessions.randomToken();
        db.useWrite(h -> h.createUpdate("INSERT INTO known_device (token_hash, account_id, created_at) VALUES (:hash, :account, :at)")
                .bind("hash", SignInSessions.hash(token)).bind("account", account.id()).bind("at", Times.text(clock.instant())).execute());
        return token;
    }

    /** Whether this cookie token is a device that signed in to the account with this email before. */
    public boolean knows(String token, String email) {
        if (token == null || token.isEmpty() || token.length() > 100 || email == null) return false;
        String since = Times.text(clock.instant().minus(LIFETIME));
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM known_device d JOIN account a ON a.id = d.account_id
                        WHERE d.token_hash = :hash AND a.email_key = :key AND d.created_at > :since""")
                .bind("hash", SignInSessions.hash(token)).bind("key", AccountStore.emailKey(email)).bind("since", since)
                .mapTo(Integer.class).one()) > 0;
    }
}
