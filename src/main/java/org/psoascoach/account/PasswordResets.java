package org.psoascoach.account;

import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password reset by a single-use link: valid {@link #VALID} minutes, only the SHA-256 of its token kept. Using it
 * sets the new password, ends every sign-in of the account, and ends any guessing lock on it.
 */
public final class PasswordResets {
    public static final Duration VALID = Duration.ofMinutes(30);

    private final Database db;
    private final Accounts accounts;
    private final SignInSessions sessions;
    private final SignInThrottle throttle;
    private final Clock clock;

    public PasswordResets(Database db, Accounts accounts, SignInSessions sessions, SignInThrottle throttle, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A new link's token for the account with this email, or empty when there is none (the caller says the same either way). */
    public Optional<Issued> start(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        Optional<Account> account = accounts.findByEmail(email.trim());
        if (account.isEmpty() || account.get().isLocalProfile()) return Optional.empty();
        String token = SignInSessions.randomToken();
        Instant now = clock.instant();
        db.useWrite(h -> {
            h.createUpdate("DELETE FROM password_reset WHERE expires_at < :now").bind("now", Times.text(now)).execute();
            h.createUpdate("""
                            INSERT INTO password_reset (token_hash, account_id, created_at, expires_at)
                            VALUES (:hash, :account, :now, :expires)""")
                    .bind("hash", SignInSessions.hash(token)).bind("account", account.get().id())
                    .bind("now", Times.text(now)).bind("expires", Times.text(now.plus(VALID))).execute();
        });
        return Optional.of(new Issued(account.get(), token));
    }

    /** A link made for an account: the token goes into the link and nowhere else. */
    public record Issued(Account account, String token) {}

    /** The account this token may reset, while it is unused and unexpired. */
    public Optional<Account> peek(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        Optional<String> id = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT account_id FROM password_reset WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", SignInSessions.hash(token)).bind("now", Times.text(clock.instant())).mapTo(String.class).findOne());
        return id.flatMap(accounts::find);
    }

    /**
     * Sets the new password with this token, once. Throws {@link WeakPassword} for a password the policy refuses
     * (the link stays usable); empty when the link is unknown, used or expired.
     */
    public Optional<Account> use(String token, String password) {
        Optional<Account> account = peek(token);
        if (account.isEmpty()) return Optional.empty();
        accounts.setPassword(account.get(), password); // checks the strength first; nothing is used up when refused
        int claimed = db.write(h -> h.createUpdate("""
                        UPDATE password_reset SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL""")
                .bind("now", Times.text(clock.instant())).bind("hash", SignInSessions.hash(token)).execute());
        if (claimed == 0) return Optional.empty();
        // every other link of the account goes too, and so does every sign-in and any lock
        db.useWrite(h -> h.createUpdate("DELETE FROM password_reset WHERE account_id = :a AND used_at IS NULL")
                .bind("a", account.get().id()).execute());
        sessions.endAllBut(account.get(), null);
        throttle.clear(account.get().email());
        return account;
    }
}
