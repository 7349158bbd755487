package org.psoascoach.account;

import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Database;
import org.psoascoach.store.Ids;
import org.psoascoach.store.PlainStatement;

/**
 * An account's revision: a fresh random value written in the same transaction as any change to the
 * person's record, so "same revision" means "same record" on every server (see migration V3).
 */
public final class Revisions {
    private Revisions() {}

    /** Marks the account's record as changed; call inside the transaction that changes it. */
    public static void renew(Handle h, String accountId) {
        try (PlainStatement renew = PlainStatement.of(h, "UPDATE account SET revision = ? WHERE id = ?")) { // every write runs it
            renew.text(Ids.next()).text(accountId).update();
        }
    }

    /**
     * Holds the account's row until this transaction ends (on PostgreSQL; SQLite's one writer holds the whole database,
     * and nothing is done), so that two writes to one record, each reading it and writing what follows from it, take
     * turns. Take it first.
     */
    public static void lock(Handle h, String accountId) {
        if (Database.writesAlone(h)) return;
        h.createUpdate("UPDATE account SET revision = revision WHERE id = :id").bind("id", accountId).execute();
    }

    /** The account's revision as this transaction sees it. */
    public static String of(Handle h, String accountId) {
        return h.createQuery("SELECT revision FROM account WHERE id = :id").bind("id", accountId).mapTo(String.class).one();
    }
}
