package org.psoascoach.practice;

import org.psoascoach.account.Account;
import org.psoascoach.assessment.Side;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.ProgramTemplate;
import org.psoascoach.store.Database;
import org.psoascoach.store.Ids;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A practice's program templates: saved from one client's program, listed by name, given to another client. */
public final class ProgramTemplates {
    private final Database db;
    private final Clock clock;

    public ProgramTemplates(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A template of the items given, under a name (1 to 120 characters), in the practice. */
    public ProgramTemplate save(Account practitioner, String practiceId, String name, List<ProgramTemplate.Entry> items) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Practice.MAX_NAME) {
            throw new InvalidInputException(List.of(new Problem("templateName", "must be 1 to " + Practice.MAX_NAME + " characters")));
        }
        String id = Ids.next();
        db.useWrite(h -> {
            h.createUpdate("INSERT INTO program_template (id, practice_id, name, made_by, made_at) VALUES (:id, :p, :name, :by, :at)")
                    .bind("id", id).bind("p", practiceId).bind("name", clean).bind("by", practitioner.email())
                    .bind("at", Times.text(Times.stored(clock.instant()))).execute();
            int position = 1;
            for (ProgramTemplate.Entry e : items) {
                h.createUpdate("""
                                INSERT INTO program_template_item (template_id, position, item_id, side, sets, reps, hold_seconds)
                                VALUES (:t, :pos, :item, :side, :sets, :reps, :hold)""")
                        .bind("t", id).bind("pos", position++).bind("item", e.itemId()).bind("side", e.side().id()).bind("sets", e.sets())
                        .bind("reps", e.reps()).bind("hold", e.holdSeconds()).execute();
            }
        });
        return new ProgramTemplate(id, clean, List.copyOf(items));
    }

    /** The practice's templates by name, without their items. */
    public List<ProgramTemplate> of(String practiceId) {
        return db.read(h -> h.createQuery("SELECT id, name FROM program_template WHERE practice_id = :p ORDER BY LOWER(name), id")
                .bind("p", practiceId).map((rs, ctx) -> new ProgramTemplate(rs.getString(1), rs.getString(2), List.of())).list());
    }

    /** One template of this practice with its items; empty for another practice's. */
    public Optional<ProgramTemplate> find(String practiceId, String id) {
        return db.read(h -> {
            Optional<String> name = h.createQuery("SELECT name FROM program_template WHERE id = :id AND practice_id = :p")
                    .bind("id", id).bind("p", practiceId).mapTo(String.class).findOne();
            if (name.isEmpty()) return Optional.empty();
            List<ProgramTemplate.Entry> items = new ArrayList<>(h.createQuery("""
                            SELECT item_id, side, sets, reps, hold_seconds FROM program_template_item WHERE template_id = :id ORDER BY position""")
                    .bind("id", id)
                    .map((rs, ctx) -> {
                        int reps = rs.getInt(4);
                        Integer r = rs.wasNull() ? null : reps;
                        int hold = rs.getInt(5);
                        Integer hs = rs.wasNull() ? null : hold;
                        return new ProgramTemplate.Entry(rs.getString(1), Side.fromId(rs.getString(2)), rs.getInt(3), r, hs);
                    }).list());
            return Optional.of(new ProgramTemplate(id, name.get(), items));
        });
    }
}
