package org.psoascoach.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.jdbi.v3.core.Handle;
import org.psoascoach.planning.Progression;
import org.psoascoach.planning.ProgressionEvent;
import org.psoascoach.store.PlainStatement;
import org.psoascoach.store.Times;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL for where the progression rule stood after whole weeks of an account's logs (migration V12). */
final class ProgressionStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Handle h;

    ProgressionStore(Handle h) { this.h = h; }

    /** The weeks counted for a plan of {@code sessionsPerWeek}, or {@link Progression.Counted#NOTHING}. */
    Progression.Counted counted(String accountId, int sessionsPerWeek) {
        Optional<Progression.Counted> row;
        try (PlainStatement read = PlainStatement.of(h, // every log reads it, on SQLite in the writer
                "SELECT first_day, next_week, step, changes FROM progression_counted WHERE account_id = ? AND sessions_per_week = ?")) {
            row = read.text(accountId).number(sessionsPerWeek).first(rs -> new Progression.Counted(Times.date(rs.getString(1)),
                    Times.date(rs.getString(2)), new Progression.State(rs.getInt(3), changes(rs.getString(4)))));
        }
        return row.orElse(Progression.Counted.NOTHING);
    }

    /** Keeps how far the weeks are counted now (the caller holds the account's lock and read the logs after taking it). */
    void keep(String accountId, int sessionsPerWeek, Progression.Counted counted) {
        String changes = text(counted.state().events());
        int updated = h.createUpdate("""
                        UPDATE progression_counted SET first_day = :first, next_week = :next, step = :step, changes = :changes
                        WHERE account_id = :a AND sessions_per_week = :n""")
                .bind("a", accountId).bind("n", sessionsPerWeek).bind("first", Times.text(counted.firstDay()))
                .bind("next", Times.text(counted.nextWeek())).bind("step", counted.state().step()).bind("changes", changes).execute();
        if (updated == 0) {
            h.createUpdate("""
                            INSERT INTO progression_counted (account_id, sessions_per_week, first_day, next_week, step, changes)
                            VALUES (:a, :n, :first, :next, :step, :changes)""")
                    .bind("a", accountId).bind("n", sessionsPerWeek).bind("first", Times.text(counted.firstDay()))
                    .bind("next", Times.text(counted.nextWeek())).bind("step", counted.state().step()).bind("changes", changes).execute();
        }
    }

    /** A log was saved for {@code day}: every count that has passed that day is wrong now, and goes. */
    void logSavedFor(String accountId, java.time.LocalDate day) {
        try (PlainStatement drop = PlainStatement.of(h, "DELETE FROM progression_counted WHERE account_id = ? AND next_week > ?")) {
            drop.text(accountId).text(Times.text(day)).update(); // every log runs it, on SQLite's one writer
        }
    }

    private static String text(List<ProgressionEvent> events) {
        ArrayNode out = JSON.createArrayNode();
        for (ProgressionEvent e : events) {
            out.addObject().put("kind", e.kind().name()).put("date", e.date().toString()).put("stepAfter", e.stepAfter())
                    .put("painBefore", e.painBefore()).put("painAfter", e.painAfter());
        }
        return out.toString();
    }

    private static List<ProgressionEvent> changes(String text) {
        try {
            List<ProgressionEvent> out = new ArrayList<>();
            for (JsonNode e : JSON.readTree(text)) {
                out.add(new ProgressionEvent(ProgressionEvent.Kind.valueOf(e.get("kind").asText()), Times.date(e.get("date").asText()),
                        e.get("stepAfter").asInt(), e.get("painBefore").asInt(), e.get("painAfter").asInt()));
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progression_counted.changes is not the JSON this version writes", e);
        }
    }
}
