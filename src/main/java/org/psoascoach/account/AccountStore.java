package org.psoascoach.account;

import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Times;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/** The SQL for accounts and practitioner–client links. */
final class AccountStore {
    private static final String COLUMNS = "id, email, role, time_zone, created_at";

    private final Handle h;

    AccountStore(Handle h) { this.h = h; }

    void insert(Account a, String passwordHash) {
        h.createUpdate("""
                        INSERT INTO account (id, email, email_key, password_hash, role, time_zone, created_at)
                        VALUES (:id, :email, :emailKey, :hash, :role, :zone, :createdAt)""")
                .bind("id", a.id()).bind("email", a.email()).bind("emailKey", a.email() == null ? null : emailKey(a.email()))
                .bind("hash", passwordHash).bind("role", a.role().id()).bind("zone", a.timeZone().getId())
                .bind("createdAt", Times.text(a.createdAt()))
                .execute();
    }

    /** Inserts the account unless one with its id exists; returns whether it was inserted. */
    boolean insertIfAbsent(Account a) {
        return h.createUpdate("""
                        INSERT INTO account (id, email, email_key, password_hash, role, time_zone, created_at)
                        VALUES (:id, NULL, NULL, NULL, :role, :zone, :createdAt) ON CONFLICT (id) DO NOTHING""")
                .bind("id", a.id()).bind("role", a.role().id()).bind("zone", a.timeZone().getId())
                .bind("createdAt", Times.text(a.createdAt()))
                .execute() == 1;
    }

    Optional<Account> byId(String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id").bind("id", id).map((rs, ctx) -> account(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).findOne();
    }

    /** The account with this email, whatever its case, and its password hash. */
    Optional<WithHash> byEmail(String email) {
        return h.createQuery("SELECT " + COLUMNS + ", password_hash FROM account WHERE email_key = :key").bind("key", emailKey(email))
                .map((rs, ctx) -> new WithHash(account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getString(6)))
                .findOne();
    }

    void setPassword(String id, String hash) {
        h.createUpdate("UPDATE account SET password_hash = :hash WHERE id = :id").bind("hash", hash).bind("id", id).execute();
    }

    void setEmail(String id, String email) {
        h.createUpdate("UPDATE account SET email = :email, email_key = :key WHERE id = :id")
                .bind("email", email).bind("key", emailKey(email)).bind("id", id).execute();
    }

    Optional<String> passwordHash(String id) {
        return h.createQuery("SELECT password_hash FROM account WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
    }

    int delete(String id) { return h.createUpdate("DELETE FROM account WHERE id = :id").bind("id", id).execute(); }

    static String emailKey(String email) { return email.trim().toLowerCase(java.util.Locale.ROOT); }

    static Account account(String id, String email, String role, String zone, String createdAt) {
        return new Account(id, email, AccountRole.fromId(role), ZONES.computeIfAbsent(zone, ZoneId::of), Times.instant(createdAt));
    }

    /** Time zones by name: looking one up again on every signed-in request showed in profiles; there are a few hundred. */
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    record WithHash(Account account, String passwordHash) {}
}
