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
    /** How long a sign-in lasts without a new sign-in (a person returns to their program every few days). */
    public static final Duration LIFETIME = Duration.ofDays(30);
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
                       || ' ' || s.csrf_token || ' ' || COALESCE(a.email, '')
                FROM sign_in_session s JOIN account a ON a.id = s.account_id
                WHERE s.token_hash = ? AND s.expires_at > ?""", 4);
    }

    /**
     * A signed-in session: the account it belongs to, the token its forms must carry, and the account's revision
     * ({@link Revisions}) as of this request.
     */
    public record SignedIn(Account account, String csrfToken, String revision) {}

    /** Starts a session for the account and returns the token for the cookie. */
    public String start(Account account) {
        String token = randomToken();
        Instant now = clock.instant();
        db.jdbi().useTransaction(h -> {
            // expired rows are cleared as new ones come in, so the table does not grow without bound
            h.createUpdate("DELETE FROM sign_in_session WHERE expires_at < :now").bind("now", Times.text(now)).execute();
            h.createUpdate("""
                            INSERT INTO sign_in_session (token_hash, account_id, csrf_token, created_at, expires_at)
                            VALUES (:hash, :account, :csrf, :created, :expires)""")
                    .bind("hash", hash(token)).bind("account", account.id()).bind("csrf", randomToken())
                    .bind("created", Times.text(now)).bind("expires", Times.text(now.plus(LIFETIME)))
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
        return signedIn.run(rows -> {
            if (!rows.next()) return Optional.<SignedIn>empty();
            String[] v = rows.getString(1).split(" ", 7); // id, role, time zone, created, revision, form token, email
            Account account = AccountStore.account(v[0], v[6].isEmpty() ? null : v[6], v[1], v[2], v[3]);
            return Optional.of(new SignedIn(account, v[5], v[4]));
        }, hash(token), Times.text(clock.instant()));
    }

    /** Ends the session (sign out); ending one that does not exist is not an error. */
    public void end(String token) {
        if (token == null || token.isEmpty()) return;
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM sign_in_session WHERE token_hash = :hash").bind("hash", hash(token)).execute());
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
