package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Ids;
import org.psoascoach.store.Times;

import java.time.LocalDate;
import java.util.Optional;

/** The SQL for the re-test schedule. */
final class RetestStore {
    private final Handle h;

    RetestStore(Handle h) { this.h = h; }

    /** Marks every open re-test of the account as done by this assessment. */
    void closeOpen(String accountId, String doneBy) {
        h.createUpdate("UPDATE retest SET done_by = :doneBy WHERE account_id = :account AND done_by IS NULL")
                .bind("doneBy", doneBy).bind("account", accountId).execute();
    }

    void schedule(String accountId, String scheduledBy, LocalDate dueOn) {
        h.createUpdate("INSERT INTO retest (id, account_id, scheduled_by, due_on) VALUES (:id, :account, :by, :due)")
                .bind("id", Ids.next()).bind("account", accountId).bind("by", scheduledBy).bind("due", Times.text(dueOn)).execute();
    }

    /** The date of the next re-test not yet done. */
    Optional<LocalDate> nextDue(String accountId) {
        return h.createQuery("SELECT MIN(due_on) FROM retest WHERE account_id = :account AND done_by IS NULL")
                .bind("account", accountId).mapTo(String.class).findOne().map(Times::date);
    }
}
