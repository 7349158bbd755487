package org.psoascoach.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Times;

import java.util.List;
import java.util.Optional;

/** The SQL for saved plans. */
final class PlanStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, assessment_id, created_at, reason, triage_level, progression_step, catalog_version, intake_json, "
            + "plan_json, sessions_per_week";

    private final Handle h;

    PlanStore(Handle h) { this.h = h; }

    void insert(String accountId, PlanRecord p) {
        h.createUpdate("INSERT INTO plan (account_id, " + COLUMNS + ") "
                        + "VALUES (:account, :id, :assessment, :createdAt, :reason, :level, :step, :catalog, :intake, :plan, :perWeek)")
                .bind("account", accountId).bind("id", p.id()).bind("assessment", p.assessmentId()).bind("createdAt", Times.text(p.createdAt()))
                .bind("reason", p.reason().id()).bind("level", p.triageLevel()).bind("step", p.progressionStep())
                .bind("catalog", p.catalogVersion()).bind("intake", p.intakeJson()).bind("plan", p.planJson()).bind("perWeek", p.sessionsPerWeek())
                .execute();
    }

    /** The newest plan of the account. */
    Optional<PlanRecord> latest(String accountId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM plan WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("account", accountId).map((rs, ctx) -> record(rs)).findOne();
    }

    /** The id of the newest plan of the account (what a logged session is logged against), without its JSON (one {@code ?}: the account). */
    static final String LATEST_ID = "SELECT id FROM plan WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT 1";

    /** One saved plan of the account, by id. */
    Optional<PlanRecord> byId(String accountId, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM plan WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", id).map((rs, ctx) -> record(rs)).findOne();
    }

    List<PlanRecord> all(String accountId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM plan WHERE account_id = :account ORDER BY created_at, id")
                .bind("account", accountId).map((rs, ctx) -> record(rs)).list();
    }

    private static PlanRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PlanRecord(rs.getString(1), rs.getString(2), Times.instant(rs.getString(3)), PlanReason.fromId(rs.getString(4)),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), sessionsPerWeek(rs.getObject(10), rs.getString(9)));
    }

    /** A plan's sessions a week: its own column, or for a plan saved before the column (V11), read from its JSON. */
    static int sessionsPerWeek(Object column, String planJson) {
        if (column != null) return ((Number) column).intValue();
        try {
            return JSON.readTree(planJson).path("plan").path("sessionsPerWeek").asInt(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return 0;
        }
    }
}
