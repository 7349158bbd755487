package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.store.Times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL behind a practice's list: two queries for a whole page of clients, whatever their number and their history
 * (each reads by the account's indexes, only the window asked for), and a third and fourth only for the clients who
 * need them. Each statement is a round trip to the database, and on a shared PostgreSQL the round trips, not the rows,
 * were most of a page's time.
 */
final class GlanceStore {
    private static final List<String> RED_FLAGS = Arrays.stream(Symptom.values()).filter(Symptom::redFlag).map(Symptom::id).toList();

    private final Handle h;

    GlanceStore(Handle h) { this.h = h; }

    /** One client's latest plan, open re-test and latest assessment, as the second query reads them. */
    private record Latest(String planId, Integer sessionsPerWeek, LocalDate retestDue, boolean warningSign) {}

    Map<String, Glance> of(List<String> ids, LocalDate from) {
        Map<String, Glance> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        // the window's sessions; a done day is one with a set done (counted from the items only for a session imported
        // without its count: as a scalar subquery, since PostgreSQL made an EXISTS there a hash of every logged item)
        Map<String, List<SessionLog>> sessions = new HashMap<>();
        Map<String, Set<LocalDate>> done = new HashMap<>();
        h.createQuery("""
                        SELECT s.account_id, s.performed_on, s.pain_before, s.pain_after, s.completed,
                               COALESCE(s.sets_done, (SELECT SUM(i.sets) FROM session_log_item i WHERE i.session_log_id = s.id))
                        FROM session_log s WHERE s.account_id IN (<ids>) AND s.performed_on >= :from
                        ORDER BY s.account_id, s.performed_on, s.started_at, s.recorded_at, s.id""")
                .bindList("ids", ids).bind("from", Times.text(from))
                .map((rs, ctx) -> {
                    LocalDate on = Times.date(rs.getString(2));
                    sessions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SessionLog(on, rs.getInt(3), rs.getInt(4), rs.getBoolean(5)));
                    if (rs.getInt(6) > 0) done.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(on);
                    return 0;
                }).list();
        // each client's latest plan, open re-test and whether the latest assessment holds a warning sign, in one statement
        Map<String, Latest> latest = new HashMap<>();
        h.createQuery("""
                        SELECT a.id,
                               (SELECT p.id FROM plan p WHERE p.account_id = a.id ORDER BY p.created_at DESC, p.id DESC LIMIT 1),
                               (SELECT p.sessions_per_week FROM plan p WHERE p.account_id = a.id ORDER BY p.created_at DESC, p.id DESC LIMIT 1),
                               (SELECT MIN(r.due_on) FROM retest r WHERE r.account_id = a.id AND r.done_by IS NULL),
                               (SELECT COUNT(*) FROM assessment_answer x WHERE x.kind = 'symptom' AND x.code IN (<flags>)
                                  AND x.assessment_id = (SELECT s.id FROM assessment s WHERE s.account_id = a.id
                                                         ORDER BY s.taken_at DESC, s.id DESC LIMIT 1))
                        FROM account a WHERE a.id IN (<ids>)""")
                .bindList("ids", ids).bindList("flags", RED_FLAGS)
                .map((rs, ctx) -> {
                    int perWeek = rs.getInt(3);
                    Integer kept = rs.wasNull() ? null : perWeek;
                    String due = rs.getString(4);
                    return latest.put(rs.getString(1), new Latest(rs.getString(2), kept, due == null ? null : Times.date(due), rs.getInt(5) > 0));
                }).list();
        // the last session before the window, only for those with none in it
        Map<String, LocalDate> last = new HashMap<>();
        List<String> quiet = latest.keySet().stream().filter(id -> !sessions.containsKey(id)).toList();
        if (!quiet.isEmpty()) {
            h.createQuery("SELECT account_id, MAX(performed_on) FROM session_log WHERE account_id IN (<ids>) GROUP BY account_id")
                    .bindList("ids", quiet).map((rs, ctx) -> last.put(rs.getString(1), Times.date(rs.getString(2)))).list();
        }
        // sessions a week from the plan's JSON, only for plans saved before it had a column of its own (V11)
        Map<String, Integer> perWeekOfOldPlans = new HashMap<>();
        List<String> oldPlans = latest.values().stream().filter(l -> l.planId() != null && l.sessionsPerWeek() == null).map(Latest::planId).toList();
        if (!oldPlans.isEmpty()) {
            h.createQuery("SELECT id, plan_json FROM plan WHERE id IN (<ids>)").bindList("ids", oldPlans)
                    .map((rs, ctx) -> perWeekOfOldPlans.put(rs.getString(1), PlanStore.sessionsPerWeek(null, rs.getString(2)))).list();
        }
        for (var entry : latest.entrySet()) {
            String id = entry.getKey();
            Latest l = entry.getValue();
            List<SessionLog> window = List.copyOf(sessions.getOrDefault(id, List.of()));
            LocalDate lastSession = window.isEmpty() ? last.get(id) : window.get(window.size() - 1).date();
            int perWeek = l.sessionsPerWeek() != null ? l.sessionsPerWeek() : perWeekOfOldPlans.getOrDefault(l.planId(), 0);
            out.put(id, new Glance(lastSession, window, done.getOrDefault(id, Set.of()).size(), perWeek, l.warningSign(), l.retestDue()));
        }
        return out;
    }
}
