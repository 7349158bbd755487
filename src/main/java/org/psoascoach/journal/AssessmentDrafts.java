package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.psoascoach.account.Account;
import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.util.Optional;

/**
 * An assessment in progress: the answers so far (intake JSON) and the step reached, one per account.
 * Kept in the database so a person can stop, come back on another device, or be served by another
 * server. A saved assessment replaces the draft ({@link Journal#assess}).
 */
public final class AssessmentDrafts {
    private final Database db;
    private final Clock clock;

    public AssessmentDrafts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record Draft(String step, String answersJson) {}

    public Optional<Draft> find(Account who) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT step, answers_json FROM assessment_draft WHERE account_id = :a")
                .bind("a", who.id()).map((rs, ctx) -> new Draft(rs.getString(1), rs.getString(2))).findOne());
    }

    public void save(Account who, Draft draft) {
        db.useWrite(h -> {
            discard(h, who.id());
            h.createUpdate("INSERT INTO assessment_draft (account_id, step, answers_json, updated_at) VALUES (:a, :step, :json, :at)")
                    .bind("a", who.id()).bind("step", draft.step()).bind("json", draft.answersJson())
                    .bind("at", Times.text(Times.stored(clock.instant()))).execute();
        });
    }

    public void discard(Account who) { db.useWrite(h -> discard(h, who.id())); }

    static void discard(Handle h, String accountId) {
        h.createUpdate("DELETE FROM assessment_draft WHERE account_id = :a").bind("a", accountId).execute();
    }
}
