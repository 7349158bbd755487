package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.Side;
import org.psoascoach.planning.Progression;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.store.PlainStatement;
import org.psoascoach.store.Times;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL for logged sessions and what was done in them. */
final class SessionLogStore {
    private static final String COLUMNS = "id, idempotency_key, performed_on, started_at, finished_at, completed, pain_before, pain_after, notes";

    /** A session, logged against the account's newest plan (its id read by the insert itself: one statement fewer). */
    static final String INSERT = """
            INSERT INTO session_log (id, account_id, plan_id, idempotency_key, performed_on, started_at, finished_at,
                                     completed, pain_before, pain_after, notes, recorded_at, sets_done)
            VALUES (?, ?, (%s), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id, idempotency_key) DO NOTHING""".formatted(PlanStore.LATEST_ID);

    private final Handle h;

    SessionLogStore(Handle h) { this.h = h; }

    /**
     * Writes the session and its items unless the account already has a session with its idempotency
     * key; returns whether it was written. Runs inside the caller's transaction: all rows or none. The session is
     * logged against the account's newest plan, read by the insert itself (one statement fewer for the writer).
     */
    boolean insertIfNew(String accountId, String id, LoggedSession s, Instant recordedAt) {
        // bound by position (PlainStatement): these run for every log, on SQLite's one writer that every write waits for
        int setsDone = s.items().stream().mapToInt(DoneItem::sets).sum();
        String day = Times.text(s.date());
        int inserted;
        try (PlainStatement insert = PlainStatement.of(h, INSERT)) {
            inserted = insert.text(id).text(accountId).text(accountId).text(s.idempotencyKey()).text(day)
                    .text(Times.text(s.startedAt())).text(Times.text(s.finishedAt())).flag(s.completed()).number(s.painBefore())
                    .number(s.painAfter()).text(s.notes()).text(Times.text(recordedAt)).number(setsDone).update();
        }
        if (inserted == 0) return false;
        // the day as the progression rule reads it (V12), in the same transaction as the log
        int finished = s.completed() ? 1 : 0, painUp = s.painAfter() > s.painBefore() ? 1 : 0, done = setsDone > 0 ? 1 : 0;
        int counted;
        try (PlainStatement count = PlainStatement.of(h, """
                UPDATE session_day SET sessions = sessions + 1, finished = finished + ?, pain_up = pain_up + ?, done = done + ?
                WHERE account_id = ? AND day = ?""")) {
            counted = count.number(finished).number(painUp).number(done).text(accountId).text(day).update();
        }
        if (counted == 0) {
            try (PlainStatement first = PlainStatement.of(h, """
                    INSERT INTO session_day (account_id, day, sessions, finished, pain_up, done) VALUES (?, ?, 1, ?, ?, ?)""")) {
                first.text(accountId).text(day).number(finished).number(painUp).number(done).update();
            }
        }
        if (!s.items().isEmpty()) {
            try (PlainStatement items = PlainStatement.of(h, """
                    INSERT INTO session_log_item (session_log_id, position, item_id, side, sets, reps, hold_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                int position = 1;
                for (DoneItem d : s.items()) {
                    items.text(id).number(position++).text(d.itemId()).text(d.side().id()).number(d.sets()).number(d.reps())
                            .number(d.holdSeconds()).add();
                }
                items.runBatch();
            }
        }
        return true;
    }

    Optional<LoggedSession> byKey(String accountId, String key) {
        return sessions("s.account_id = :account AND s.idempotency_key = :key", Map.of("account", accountId, "key", key)).stream().findFirst();
    }

    /**
     * The days with sessions from {@code from} on (every day when null), as the progression rule reads them: one row a
     * day, and the sessions of those days that raised pain, in the order they were done.
     */
    List<Progression.Day> days(String accountId, java.time.LocalDate from) {
        String since = Times.text(from == null ? java.time.LocalDate.of(0, 1, 1) : from);
        record Counts(java.time.LocalDate day, int sessions, int finished, int painUp) {}
        List<Counts> counts;
        try (PlainStatement read = PlainStatement.of(h, // every log reads it, on SQLite in the writer
                "SELECT day, sessions, finished, pain_up FROM session_day WHERE account_id = ? AND day >= ? ORDER BY day")) {
            counts = read.text(accountId).text(since).list(rs -> new Counts(Times.date(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        }
        Map<java.time.LocalDate, List<SessionLog>> painUp = new HashMap<>();
        // most weeks have no session that raised pain: then the days' counts are all the rule reads
        if (counts.stream().anyMatch(c -> c.painUp() > 0)) {
            h.createQuery("""
                            SELECT s.performed_on, s.pain_before, s.pain_after, s.completed
                            FROM session_day d JOIN session_log s ON s.account_id = d.account_id AND s.performed_on = d.day
                            WHERE d.account_id = :account AND d.day >= :from AND d.pain_up > 0 AND s.pain_after > s.pain_before
                            ORDER BY s.performed_on, s.started_at, s.recorded_at, s.id""")
                    .bind("account", accountId).bind("from", since)
                    .map((rs, ctx) -> new SessionLog(Times.date(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
                    .forEach(log -> painUp.computeIfAbsent(log.date(), d -> new ArrayList<>()).add(log));
        }
        List<Progression.Day> days = new ArrayList<>(counts.size());
        for (Counts c : counts) {
            days.add(new Progression.Day(c.day(), c.sessions(), c.finished(), List.copyOf(painUp.getOrDefault(c.day(), List.of()))));
        }
        return days;
    }

    /** The sessions done on or after {@code from}, as the progress page needs them (no items), in the order they were done. */
    List<SessionLog> summariesFrom(String accountId, java.time.LocalDate from) {
        return h.createQuery("""
                        SELECT performed_on, pain_before, pain_after, completed FROM session_log
                        WHERE account_id = :account AND performed_on >= :from ORDER BY performed_on, started_at, recorded_at, id""")
                .bind("account", accountId).bind("from", Times.text(from))
                .map((rs, ctx) -> new SessionLog(Times.date(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getBoolean(4))).list();
    }

    /** How many sessions were logged for {@code day}, stopped attempts included: one row, however many. */
    int countOn(String accountId, java.time.LocalDate day) {
        return h.createQuery("SELECT sessions FROM session_day WHERE account_id = :account AND day = :day")
                .bind("account", accountId).bind("day", Times.text(day)).mapTo(Integer.class).findOne().orElse(0);
    }

    /** The days from {@code from} on with a session in which at least one set was done (a stopped attempt is not one): a row a day. */
    List<java.time.LocalDate> doneDaysFrom(String accountId, java.time.LocalDate from) {
        return h.createQuery("SELECT day FROM session_day WHERE account_id = :account AND day >= :from AND done > 0 ORDER BY day")
                .bind("account", accountId).bind("from", Times.text(from))
                .map((rs, ctx) -> Times.date(rs.getString(1))).list();
    }

    /** Every session of the account, in the order they were done. */
    List<LoggedSession> all(String accountId) { return sessions("s.account_id = :account", Map.of("account", accountId)); }

    /** The sessions done from {@code from} to {@code to}, both included, with what was done in them, in the order they were done. */
    List<LoggedSession> between(String accountId, java.time.LocalDate from, java.time.LocalDate to) {
        return sessions("s.account_id = :account AND s.performed_on >= :from AND s.performed_on <= :to",
                Map.of("account", accountId, "from", Times.text(from), "to", Times.text(to)));
    }

    /** The day of the latest session before {@code day}, if any: where the history's "earlier" link leads. */
    Optional<java.time.LocalDate> latestBefore(String accountId, java.time.LocalDate day) {
        return h.createQuery("SELECT MAX(performed_on) FROM session_log WHERE account_id = :account AND performed_on < :day")
                .bind("account", accountId).bind("day", Times.text(day))
                .map((rs, ctx) -> rs.getString(1)).findOne().map(Times::date);
    }

    private List<LoggedSession> sessions(String where, Map<String, Object> binds) {
        Map<String, LoggedSession> byId = new LinkedHashMap<>();
        var query = h.createQuery("SELECT " + COLUMNS + " FROM session_log s WHERE " + where + " ORDER BY performed_on, started_at, recorded_at, id")
                .bindMap(binds);
        query.map((rs, ctx) -> session(rs)).forEach(row -> byId.put(row.id, row.session));
        if (byId.isEmpty()) return List.of();
        Map<String, List<DoneItem>> items = new HashMap<>();
        var itemQuery = h.createQuery("""
                        SELECT i.session_log_id, i.item_id, i.side, i.sets, i.reps, i.hold_seconds
                        FROM session_log_item i JOIN session_log s ON s.id = i.session_log_id
                        WHERE """ + " " + where + " ORDER BY i.session_log_id, i.position")
                .bindMap(binds);
        itemQuery.map((rs, ctx) -> {
            items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DoneItem(rs.getString(2), Side.fromId(rs.getString(3)),
                    rs.getInt(4), integer(rs, 5), integer(rs, 6)));
            return 0;
        }).list();
        List<LoggedSession> out = new ArrayList<>(byId.size());
        byId.forEach((id, s) -> out.add(s.withItems(items.getOrDefault(id, List.of()))));
        return out;
    }

    private static Stored session(ResultSet rs) throws SQLException {
        return new Stored(rs.getString(1), new LoggedSession(rs.getString(2), Times.date(rs.getString(3)), Times.instant(rs.getString(4)),
                Times.instant(rs.getString(5)), rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getString(9), List.of()));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private record Stored(String id, LoggedSession session) {}
}
