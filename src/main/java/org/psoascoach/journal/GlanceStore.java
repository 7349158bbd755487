package org.psoascoach.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The SQL behind a practice's list: a handful of queries for a whole page of clients, whatever their number and their
 * history (each reads by the account's indexes, only the window asked for).
 */
final class GlanceStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RED_FLAGS = Arrays.stream(Symptom.values()).filter(Symptom::redFlag).map(Symptom::id).toList();

    private final Handle h;

    GlanceStore(Handle h) { this.h = h; }

    Map<String, Glance> of(List<String> ids, LocalDate from) {
        Map<String, Glance> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        Map<String, LocalDate> last = new HashMap<>();
        h.createQuery("SELECT account_id, MAX(performed_on) FROM session_log WHERE account_id IN (<ids>) GROUP BY account_id")
                .bindList("ids", ids).map((rs, ctx) -> last.put(rs.getString(1), Times.date(rs.getString(2)))).list();
        Map<String, List<SessionLog>> sessions = new HashMap<>();
        Map<String, Set<LocalDate>> done = new HashMap<>();
        h.createQuery("""
                        SELECT s.account_id, s.performed_on, s.pain_before, s.pain_after, s.completed,
                               EXISTS (SELECT 1 FROM session_log_item i WHERE i.session_log_id = s.id AND i.sets > 0)
                        FROM session_log s WHERE s.account_id IN (<ids>) AND s.performed_on >= :from
                        ORDER BY s.account_id, s.performed_on, s.started_at, s.recorded_at, s.id""")
                .bindList("ids", ids).bind("from", Times.text(from))
                .map((rs, ctx) -> {
                    LocalDate on = Times.date(rs.getString(2));
                    sessions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SessionLog(on, rs.getInt(3), rs.getInt(4), rs.getBoolean(5)));
                    if (rs.getBoolean(6)) done.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(on);
                    return 0;
                }).list();
        Map<String, Integer> perWeek = new HashMap<>();
        h.createQuery("""
                        SELECT p.account_id, p.plan_json FROM plan p WHERE p.account_id IN (<ids>)
                          AND p.created_at = (SELECT MAX(q.created_at) FROM plan q WHERE q.account_id = p.account_id)""")
                .bindList("ids", ids)
                .map((rs, ctx) -> perWeek.put(rs.getString(1), sessionsPerWeek(rs.getString(2)))).list();
        Set<String> warned = new HashSet<>();
        h.createQuery("""
                        SELECT DISTINCT s.account_id FROM assessment s JOIN assessment_answer a ON a.assessment_id = s.id
                        WHERE s.account_id IN (<ids>) AND a.kind = 'symptom' AND a.code IN (<flags>)
                          AND s.taken_at = (SELECT MAX(t.taken_at) FROM assessment t WHERE t.account_id = s.account_id)""")
                .bindList("ids", ids).bindList("flags", RED_FLAGS).map((rs, ctx) -> warned.add(rs.getString(1))).list();
        Map<String, LocalDate> retest = new HashMap<>();
        h.createQuery("SELECT account_id, MIN(due_on) FROM retest WHERE account_id IN (<ids>) AND done_by IS NULL GROUP BY account_id")
                .bindList("ids", ids).map((rs, ctx) -> retest.put(rs.getString(1), Times.date(rs.getString(2)))).list();
        for (String id : ids) {
            out.put(id, new Glance(last.get(id), List.copyOf(sessions.getOrDefault(id, List.of())), done.getOrDefault(id, Set.of()).size(),
                    perWeek.getOrDefault(id, 0), warned.contains(id), retest.get(id)));
        }
        return out;
    }

    private static int sessionsPerWeek(String planJson) {
        try {
            return JSON.readTree(planJson).path("plan").path("sessionsPerWeek").asInt(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return 0;
        }
    }
}
