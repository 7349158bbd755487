package org.psoascoach.journal;

import org.jdbi.v3.core.Handle;
import org.psoascoach.assessment.Side;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.store.PlainStatement;

import java.util.List;

/** The SQL for a practitioner's changes to a client's program, and the practice's note to the client. */
final class AdjustmentStore {
    private final Handle h;

    AdjustmentStore(Handle h) { this.h = h; }

    /** The changes that apply to the client: those of the practices the client still shares the record with, oldest first. */
    static final String FOR_CLIENT = """
            SELECT a.id, a.kind, a.item_id, a.side, a.sets, a.reps, a.hold_seconds, a.made_by
            FROM program_adjustment a JOIN practice_client pc ON pc.practice_id = a.practice_id AND pc.client_id = a.client_id
            WHERE a.client_id = ? ORDER BY a.made_at, a.id""";

    /** The changes {@link #FOR_CLIENT} reads for this client. */
    List<Adjustment> forClient(String clientId) {
        try (PlainStatement read = PlainStatement.of(h, FOR_CLIENT)) { // every log reads it, on SQLite in the writer
            return read.text(clientId).list(rs -> new Adjustment(rs.getString(1), Adjustment.Kind.fromId(rs.getString(2)), rs.getString(3),
                    Side.fromId(rs.getString(4)), integer(rs, 5), integer(rs, 6), integer(rs, 7), rs.getString(8)));
        }
    }

    /** Keeps a change; a newer one for the same exercise and side replaces the earlier. */
    void put(String clientId, String practiceId, Adjustment a, String at) {
        h.createUpdate("DELETE FROM program_adjustment WHERE client_id = :c AND practice_id = :p AND item_id = :item AND side = :side")
                .bind("c", clientId).bind("p", practiceId).bind("item", a.itemId()).bind("side", a.side().id()).execute();
        h.createUpdate("""
                        INSERT INTO program_adjustment (id, client_id, practice_id, made_by, kind, item_id, side, sets, reps, hold_seconds, made_at)
                        VALUES (:id, :c, :p, :by, :kind, :item, :side, :sets, :reps, :hold, :at)""")
                .bind("id", a.id()).bind("c", clientId).bind("p", practiceId).bind("by", a.by()).bind("kind", a.kind().id())
                .bind("item", a.itemId()).bind("side", a.side().id()).bind("sets", a.sets()).bind("reps", a.reps()).bind("hold", a.holdSeconds())
                .bind("at", at).execute();
    }

    int undo(String clientId, String practiceId, String id) {
        return h.createUpdate("DELETE FROM program_adjustment WHERE id = :id AND client_id = :c AND practice_id = :p")
                .bind("id", id).bind("c", clientId).bind("p", practiceId).execute();
    }

    /** The notes to the client from the practices that still see the record, newest first. */
    List<Journal.ClientNote> notes(String clientId) {
        return h.createQuery("""
                        SELECT p.name, n.text, n.written_by, n.written_at FROM client_note n JOIN practice p ON p.id = n.practice_id
                        JOIN practice_client pc ON pc.practice_id = n.practice_id AND pc.client_id = n.client_id
                        WHERE n.client_id = :c ORDER BY n.written_at DESC""")
                .bind("c", clientId)
                .map((rs, ctx) -> new Journal.ClientNote(rs.getString(1), rs.getString(2), rs.getString(3),
                        org.psoascoach.store.Times.instant(rs.getString(4))))
                .list();
    }

    void note(String clientId, String practiceId, String text, String by, String at) {
        h.createUpdate("DELETE FROM client_note WHERE client_id = :c AND practice_id = :p").bind("c", clientId).bind("p", practiceId).execute();
        if (text == null || text.isBlank()) return;
        h.createUpdate("INSERT INTO client_note (practice_id, client_id, text, written_by, written_at) VALUES (:p, :c, :text, :by, :at)")
                .bind("p", practiceId).bind("c", clientId).bind("text", text.strip()).bind("by", by).bind("at", at).execute();
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
