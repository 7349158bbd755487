package org.psoascoach.journal;

import org.psoascoach.account.Account;
import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.util.Optional;

/**
 * An assessment a practitioner is taking in the clinic for a client: the answers so far and the step reached, one per
 * practitioner and client, apart from the client's own draft at home (which it never touches).
 */
public final class ClinicDrafts {
    private final Database db;
    private final Clock clock;

    public ClinicDrafts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<AssessmentDrafts.Draft> find(Account practitioner, String clientId) {
        return db.read(h -> h.createQuery("SELECT step, answers_json FROM clinic_draft WHERE practitioner_id = :p AND client_id = :c")
                .bind("p", practitioner.id()).bind("c", clientId)
                .map((rs, ctx) -> new AssessmentDrafts.Draft(rs.getString(1), rs.getString(2))).findOne());
    }

    public void save(Account practitioner, String clientId, AssessmentDrafts.Draft draft) {
        db.useWrite(h -> {
            h.createUpdate("DELETE FROM clinic_draft WHERE practitioner_id = :p AND client_id = :c")
                    .bind("p", practitioner.id()).bind("c", clientId).execute();
            h.createUpdate("""
                            INSERT INTO clinic_draft (practitioner_id, client_id, step, answers_json, updated_at)
                            VALUES (:p, :c, :step, :json, :at)""")
                    .bind("p", practitioner.id()).bind("c", clientId).bind("step", draft.step()).bind("json", draft.answersJson())
                    .bind("at", Times.text(Times.stored(clock.instant()))).execute();
        });
    }

    public void discard(Account practitioner, String clientId) {
        db.useWrite(h -> h.createUpdate("DELETE FROM clinic_draft WHERE practitioner_id = :p AND client_id = :c")
                .bind("p", practitioner.id()).bind("c", clientId).execute());
    }
}
