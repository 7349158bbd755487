package org.psoascoach.account;

import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.store.Constraints;
import org.psoascoach.store.Database;
import org.psoascoach.store.Ids;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts for shared mode: sign-up with a unique email (whatever its case) and an Argon2id password,
 * sign-in, practitioner–client links, and deletion of an account with everything that was theirs.
 */
public final class Accounts {
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Database db;
    private final Clock clock;

    public Accounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates an account; bad fields (or an email already in use) throw with one problem per field. */
    public Account signUp(String email, String password, String role, String timeZone) {
        List<Problem> problems = new ArrayList<>();
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            problems.add(new Problem("email", "must be an email address such as name@example.org"));
        }
        PasswordPolicy.Weakness weak = PasswordPolicy.check(password, trimmed, java.util.Locale.ENGLISH).orElse(null);
        if (weak != null) problems.add(WeakPassword.problem(weak));
        AccountRole parsedRole = AccountRole.fromId(role);
        if (parsedRole == null) problems.add(new Problem("role", "must be one of " + AccountRole.allowedIds()));
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            problems.add(new Problem("timeZone", "must be a time zone such as Europe/Berlin or America/New_York"));
        }
        if (!problems.isEmpty()) throw WeakPassword.orInvalid(problems, weak);

        Account account = new Account(Ids.next(), trimmed, parsedRole, zone, Times.stored(clock.instant()));
        String hash = Passwords.hash(password); // slow on purpose: hash before the transaction, not inside it
        try {
            db.useWrite(h -> {
                AccountStore store = new AccountStore(h);
                if (store.byEmail(trimmed).isPresent()) throw emailTaken();
                store.insert(account, hash);
            });
        } catch (RuntimeException e) {
            // two sign-ups racing for one address: the unique index decides, the person gets the same message
            if (Constraints.isUniqueViolation(e)) throw emailTaken();
            throw e;
        }
        return account;
    }

    /** The account when the email and password match; empty otherwise, in about the same time either way. */
    public Optional<Account> signIn(String email, String password) {
        if (email == null || password == null) return Optional.empty();
        Optional<AccountStore.WithHash> found = db.jdbi().withHandle(h -> new AccountStore(h).byEmail(email));
        if (found.isEmpty() || found.get().passwordHash() == null) {
            Passwords.spendTheSameTime(password);
            return Optional.empty();
        }
        return Passwords.matches(password, found.get().passwordHash()) ? Optional.of(found.get().account()) : Optional.empty();
    }

    /** What a sign-in attempt came to. */
    public sealed interface SignInResult {
        record SignedIn(Account account) implements SignInResult {}

        record Wrong() implements SignInResult {}

        /** Too many wrong passwords lately: refused without looking at this one. */
        record Locked(SignInThrottle.Verdict verdict) implements SignInResult {}
    }

    /**
     * A sign-in through the throttle: refused while the account or the client address is locked (unless the device
     * signed in to this account before), counted when wrong.
     */
    public SignInResult signIn(String email, String password, String client, boolean knownDevice, SignInThrottle throttle) {
        SignInThrottle.Attempt attempt = throttle.begin(email, client, knownDevice);
        if (!attempt.verdict().allowed()) return new SignInResult.Locked(attempt.verdict());
        Optional<Account> account = signIn(email, password);
        if (account.isEmpty()) {
            throttle.failed(email, client, attempt);
            return new SignInResult.Wrong();
        }
        throttle.succeeded(attempt);
        return new SignInResult.SignedIn(account.get());
    }

    /** Whether this is the account's password (for changes that ask for it again). */
    public boolean passwordIs(Account account, String password) {
        if (password == null) return false;
        Optional<String> hash = db.jdbi().withHandle(h -> new AccountStore(h).passwordHash(account.id()));
        if (hash.isEmpty() || hash.get() == null) {
            Passwords.spendTheSameTime(password);
            return false;
        }
        return Passwords.matches(password, hash.get());
    }

    /** Sets a new password after checking its strength; the caller ends the other sign-ins. */
    public void setPassword(Account account, String password) {
        PasswordPolicy.check(password, account.email(), java.util.Locale.ENGLISH).ifPresent(w -> {
            throw new WeakPassword(w);
        });
        String hash = Passwords.hash(password);
        db.useWrite(h -> {
            new AccountStore(h).setPassword(account.id(), hash);
            Revisions.renew(h, account.id());
        });
    }

    /** Moves the account to another email; refused when it is not an address or another account has it. */
    public Account changeEmail(Account account, String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException(List.of(new Problem("email", "must be an email address such as name@example.org")));
        }
        try {
            db.useWrite(h -> {
                AccountStore store = new AccountStore(h);
                Optional<AccountStore.WithHash> other = store.byEmail(trimmed);
                if (other.isPresent() && !other.get().account().id().equals(account.id())) throw emailTaken();
                store.setEmail(account.id(), trimmed);
                Revisions.renew(h, account.id());
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) throw emailTaken();
            throw e;
        }
        return new Account(account.id(), trimmed, account.role(), account.timeZone(), account.createdAt());
    }

    public Optional<Account> find(String id) { return db.jdbi().withHandle(h -> new AccountStore(h).byId(id)); }

    public Optional<Account> findByEmail(String email) {
        return db.jdbi().withHandle(h -> new AccountStore(h).byEmail(email).map(AccountStore.WithHash::account));
    }

    /** The profile the command line uses on this computer, made on first use in the computer's time zone. */
    public Account localProfile(ZoneId zone) {
        Account fresh = new Account(Account.LOCAL_PROFILE_ID, null, AccountRole.PERSON, zone, Times.stored(clock.instant()));
        return db.write(h -> {
            AccountStore store = new AccountStore(h);
            store.insertIfAbsent(fresh);
            return store.byId(Account.LOCAL_PROFILE_ID).orElseThrow();
        });
    }

    /**
     * A client's account made in the clinic: no email and no password, so nobody can sign in to it until the person
     * claims it with {@link #claim}. Written inside the caller's transaction ({@code h}), with the practice's link.
     */
    public static Account createUnclaimed(org.jdbi.v3.core.Handle h, ZoneId zone, java.time.Instant now) {
        Account account = new Account(Ids.next(), null, AccountRole.CLIENT, zone, Times.stored(now));
        new AccountStore(h).insert(account, null);
        return account;
    }

    /**
     * Gives an account made in the clinic its email and password: from then on the person signs in to it. Bad fields (or
     * an email already in use) throw with one problem per field; an account that already has an email is refused.
     */
    public Account claim(String accountId, String email, String password) {
        List<Problem> problems = new ArrayList<>();
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            problems.add(new Problem("email", "must be an email address such as name@example.org"));
        }
        PasswordPolicy.Weakness weak = PasswordPolicy.check(password, trimmed, java.util.Locale.ENGLISH).orElse(null);
        if (weak != null) problems.add(WeakPassword.problem(weak));
        if (!problems.isEmpty()) throw WeakPassword.orInvalid(problems, weak);
        String hash = Passwords.hash(password);
        try {
            return db.write(h -> {
                AccountStore store = new AccountStore(h);
                Account unclaimed = store.byId(accountId).orElseThrow(() -> new InvalidInputException(List.of(new Problem("token", "no such record"))));
                if (unclaimed.email() != null) throw new InvalidInputException(List.of(new Problem("token", "this record is claimed already")));
                if (store.byEmail(trimmed).isPresent()) throw emailTaken();
                store.setEmail(accountId, trimmed);
                store.setPassword(accountId, hash);
                return store.byId(accountId).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) throw emailTaken();
            throw e;
        }
    }

    /**
     * Deletes the account and, through the schema's cascades, every assessment, plan, session log,
     * re-test and link that was theirs. Returns whether there was such an account.
     */
    public boolean delete(String accountId) {
        return db.write(h -> {
            String email = h.createQuery("SELECT email FROM account WHERE id = :id").bind("id", accountId).mapTo(String.class).findOne().orElse(null);
            // the guessing counters name the email, not the account: they go with it
            if (email != null) h.createUpdate("DELETE FROM sign_in_failure WHERE subject = :s").bind("s", SignInThrottle.accountSubject(email)).execute();
            return new AccountStore(h).delete(accountId);
        }) == 1;
    }

    /** The problem message when the email is in use (pages show their own words for it). */
    public static final String EMAIL_TAKEN = "an account with this email already exists; sign in instead";

    private static InvalidInputException emailTaken() {
        return new InvalidInputException(List.of(new Problem("email", EMAIL_TAKEN)));
    }
}
