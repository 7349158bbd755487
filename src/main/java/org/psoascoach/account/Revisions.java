package org.psoascoach.account;

import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Ids;

/**
 * An account's revision: a fresh random value written in the same transaction as any change to the
 * person's record, so "same revision" means "same record" on every server (see migration V3).
 */
public final class Revisions {
    private Revisions() {}

    /** Marks the account's record as changed; call inside the transaction that changes it. */
    public static void renew(Handle h, String accountId) {
        h.createUpdate("UPDATE account SET revision = :revision WHERE id = :id").bind("revision", Ids.next()).bind("id", accountId).execute();
    }

    /**
     * Holds the account's row until this transaction ends (on PostgreSQL; SQLite has one writer at a time anyway), so
     * that two writes to one record, each reading it and writing what follows from it, take turns. Take it first.
     */
    public static void lock(Handle h, String accountId) {
        h.createUpdate("UPDATE account SET revision = revision WHERE id = :id").bind("id", accountId).execute();
    }

    /** The account's revision as this transaction sees it. */
    public static String of(Handle h, String accountId) {
        return h.createQuery("SELECT revision FROM account WHERE id = :id").bind("id", accountId).mapTo(String.class).one();
    }
}
