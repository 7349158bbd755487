package org.psoascoach.account;

import org.psoascoach.store.Database;
import org.psoascoach.store.KeptRead;
import org.psoascoach.store.Times;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Sign-in sessions kept in the database, never in one server's memory, so that several web servers on
 * one PostgreSQL can serve the same person. The browser holds a random token; the table holds only its
 * SHA-256, so reading the table does not let anyone sign in. Each session carries its own CSRF token.
 */
public final class SignInSessions {
    /** A sign-in ends after this long without use (a person returns to their program every few days)... */
    public static final Duration IDLE = Duration.ofDays(14);
    /** ...and after this long in any case: then the password is asked again. */
    public static final Duration LIFETIME = Duration.ofDays(90);
    /** Use is written down at most this often, so that reading a page does not mean a write each time. */
    static final Duration TOUCH_EVERY = Duration.ofHours(1);
    static final int MAX_DEVICE = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final KeptRead signedIn;

    public SignInSessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        // four connections: about as many requests as two cores run at once; more would only queue in the database.
        // One text column rather than seven: on SQLite every column read is two calls into native code, which cost
        // more than the lookup itself. The first six values never hold a space (ids, names, timestamps, a URL-safe
        // token); the email comes last and may hold anything.
        this.signedIn = db.keptRead("""
                SELECT a.id || ' ' || a.role || ' ' || a.time_zone || ' ' || a.created_at || ' ' || a.revision
                       || ' ' || s.csrf_token || ' ' || s.last_seen_at || ' ' || COALESCE(a.email, '')
                FROM sign_in_session s JOIN account a ON a.id = s.account_id
                WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?""", 4);
    }

    /**
     * A signed-in session: the account it belongs to, the token its forms must carry, and the account's revision
     * ({@link Revisions}) as of this request.
     */
    public record SignedIn(Account account, String csrfToken, String revision) {}

    /** Starts a session for the account and returns the token for the cookie. */
    public String start(Account account) { return start(account, null); }

    /** Starts a session for the account from a device (its browser's own name, for the list of devices). */
    public String start(Account account, String device) {
        String token = randomToken();
        Instant now = clock.instant();
        db.useWrite(h -> {
            // expired rows are cleared as new ones come in, so the table does not grow without bound
            h.createUpdate("DELETE FROM sign_in_session WHERE expires_at < :now").bind("now", Times.text(now)).execute();
            h.createUpdate("""
                            INSERT INTO sign_in_session (token_hash, account_id, csrf_token, created_at, expires_at, last_seen_at, device)
                            VALUES (:hash, :account, :csrf, :created, :expires, :created, :device)""")
                    .bind("hash", hash(token)).bind("account", account.id()).bind("csrf", randomToken())
                    .bind("created", Times.text(now)).bind("expires", Times.text(now.plus(LIFETIME)))
                    .bind("device", device == null ? null : device.substring(0, Math.min(device.length(), MAX_DEVICE)))
                    .execute();
        });
        return token;
    }

    /**
     * The session this cookie token names, if it exists and has not expired, with the account's revision. This
     * runs on every signed-in request, so it is one indexed read kept prepared ({@link KeptRead}): JDBI's set-up
     * per statement and preparing the statement again each time cost several times the read itself.
     */
    public Optional<SignedIn> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        String hash = hash(token);
        Optional<String[]> found = signedIn.run(rows -> {
            if (!rows.next()) return Optional.<String[]>empty();
            // id, role, time zone, created, revision, form token, last seen, email
            return Optional.of(rows.getString(1).split(" ", 8));
        }, hash, Times.text(now), Times.text(now.minus(IDLE)));
        if (found.isEmpty()) return Optional.empty();
        String[] v = found.get();
        if (Times.instant(v[6]).isBefore(now.minus(TOUCH_EVERY))) touch(hash, now);
        Account account = AccountStore.account(v[0], v[7].isEmpty() ? null : v[7], v[1], v[2], v[3]);
        return Optional.of(new SignedIn(account, v[5], v[4]));
    }

    private void touch(String hash, Instant now) {
        db.useWrite(h -> h.createUpdate("UPDATE sign_in_session SET last_seen_at = :now WHERE token_hash = :hash")
                .bind("now", Times.text(now)).bind("hash", hash).execute());
    }

    /** One signed-in device of an account, for the account page; {@code current} is the one asking. */
    public record Device(String id, String name, Instant signedInAt, Instant lastSeenAt, boolean current) {}

    /** The account's sign-ins that still work, the most recently used first. */
    public java.util.List<Device> devices(Account account, String currentToken) {
        Instant now = clock.instant();
        String current = currentToken == null ? "" : hash(currentToken);
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT token_hash, device, created_at, last_seen_at FROM sign_in_session
                        WHERE account_id = :account AND expires_at > :now AND last_seen_at > :idle
                        ORDER BY last_seen_at DESC, token_hash""")
                .bind("account", account.id()).bind("now", Times.text(now)).bind("idle", Times.text(now.minus(IDLE)))
                .map((rs, ctx) -> new Device(rs.getString(1).substring(0, 16), rs.getString(2), Times.instant(rs.getString(3)),
                        Times.instant(rs.getString(4)), rs.getString(1).equals(current)))
                .list());
    }

    /** Ends every sign-in of the account but the one with this token (after a password change, or on request). */
    public int endAllBut(Account account, String keepToken) {
        String keep = keepToken == null ? "" : hash(keepToken);
        return db.write(h -> h.createUpdate("DELETE FROM sign_in_session WHERE account_id = :account AND token_hash <> :keep")
                .bind("account", account.id()).bind("keep", keep).execute());
    }

    /** Ends the session (sign out); ending one that does not exist is not an error. */
    public void end(String token) {
        if (token == null || token.isEmpty()) return;
        db.useWrite(h -> h.createUpdate("DELETE FROM sign_in_session WHERE token_hash = :hash").bind("hash", hash(token)).execute());
    }

    /** 32 random bytes, URL-safe: what goes in a cookie or a hidden form field. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a secret token, hex: what is stored instead of the token itself. */
    public static String hash(String token) {
        MessageDigest sha256 = SHA_256.get(); // looking the algorithm up again on every request cost more than the hashing
        return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });
}
