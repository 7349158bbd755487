package org.psoascoach.store;

import java.util.List;

/**
 * Every table that holds personal data, in the order rows can be inserted (parents first), with
 * the typed columns and the condition that picks one account's rows. Export, import and the
 * deletion tests all read this one list, so a new table cannot be forgotten by one of them.
 */
public final class Tables {
    public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN }

    public record Column(String name, Type type) {}

    public record Table(String name, List<Column> columns, String ofAccount, String orderBy) {
        public String columnList() { return String.join(", ", columns.stream().map(Column::name).toList()); }
    }

    private static Column text(String name) { return new Column(name, Type.TEXT); }

    private static Column integer(String name) { return new Column(name, Type.INTEGER); }

    private static Column decimal(String name) { return new Column(name, Type.DECIMAL); }

    private static Column bool(String name) { return new Column(name, Type.BOOLEAN); }

    public static final List<Table> ALL = List.of(
            new Table("account", List.of(text("id"), text("email"), text("email_key"), text("password_hash"), text("role"),
                    text("time_zone"), text("created_at")), "id = :account", "id"),
            new Table("assessment", List.of(text("id"), text("account_id"), text("taken_at"), text("taken_on"), integer("age"),
                    decimal("sitting_hours_per_day"), integer("pregnancy_week"), bool("cleared_by_clinician"), integer("pain_now"),
                    bool("pain_chronic"), bool("pain_worsening"), integer("minutes_per_session"), text("assessed_by"), text("cleared_by"),
                    text("cleared_on")), "account_id = :account", "taken_at, id"),
            new Table("assessment_answer", List.of(text("assessment_id"), text("kind"), text("code")),
                    "assessment_id IN (SELECT id FROM assessment WHERE account_id = :account)", "assessment_id, kind, code"),
            new Table("test_result", List.of(text("assessment_id"), text("test"), text("side"), decimal("seconds"), bool("pelvis_stable"),
                    bool("thigh_rests_on_table"), bool("low_back_arched"), decimal("hip_angle_deg"), decimal("knee_angle_deg"),
                    decimal("height_cm"), integer("grade")),
                    "assessment_id IN (SELECT id FROM assessment WHERE account_id = :account)", "assessment_id, test, side"),
            new Table("plan", List.of(text("id"), text("account_id"), text("assessment_id"), text("created_at"), text("reason"),
                    text("triage_level"), integer("progression_step"), text("catalog_version"), text("intake_json"), text("plan_json"),
                    integer("sessions_per_week")),
                    "account_id = :account", "created_at, id"),
            new Table("session_log", List.of(text("id"), text("account_id"), text("plan_id"), text("idempotency_key"), text("performed_on"),
                    text("started_at"), text("finished_at"), bool("completed"), integer("pain_before"), integer("pain_after"), text("notes"),
                    text("recorded_at"), integer("sets_done")), "account_id = :account", "performed_on, recorded_at, id"),
            new Table("session_log_item", List.of(text("session_log_id"), integer("position"), text("item_id"), text("side"),
                    integer("sets"), integer("reps"), integer("hold_seconds")),
                    "session_log_id IN (SELECT id FROM session_log WHERE account_id = :account)", "session_log_id, position"),
            new Table("retest", List.of(text("id"), text("account_id"), text("scheduled_by"), text("due_on"), text("done_by")),
                    "account_id = :account", "due_on, id"),
            new Table("assessment_draft", List.of(text("account_id"), text("step"), text("answers_json"), text("updated_at")),
                    "account_id = :account", "account_id"),
            // who saw the person's record and when: theirs to keep (the practice's own tables are the practice's, not moved)
            new Table("record_access", List.of(text("id"), text("client_id"), text("practitioner_id"), text("who"), text("practice_name"),
                    text("action"), text("at")), "client_id = :account", "at, id"),
            new Table("session_schedule", List.of(text("account_id"), text("days"), text("remind_at"), text("updated_at")),
                    "account_id = :account", "account_id"));

    private Tables() {}

    public static Table named(String name) {
        for (Table t : ALL) if (t.name().equals(name)) return t;
        return null;
    }
}
