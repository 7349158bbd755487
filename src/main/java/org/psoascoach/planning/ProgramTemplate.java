package org.psoascoach.planning;

import org.psoascoach.assessment.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * A program saved under a name by a practice, to give another client: each item on its side with its dose. Given to a
 * client, it becomes changes to that client's own plan ({@link #changesFor}), each applied where that client's rules allow.
 */
public record ProgramTemplate(String id, String name, List<Entry> items) {

    public record Entry(String itemId, Side side, int sets, Integer reps, Integer holdSeconds) {}

    /** A template of a plan as it stands: every item, side and dose. */
    public static List<Entry> of(Plan plan) {
        List<Entry> out = new ArrayList<>();
        for (PlannedItem p : plan.items()) out.add(new Entry(p.item().id(), p.side(), p.dose().sets(), p.dose().reps(), p.dose().holdSeconds()));
        return out;
    }

    /**
     * The changes that make {@code plan} this template: a dose for each item both have (when it differs), an addition for
     * each item only the template has, a removal for each item only the plan has.
     */
    public List<Adjustment> changesFor(Plan plan, String by, java.util.function.Supplier<String> ids) {
        List<Adjustment> out = new ArrayList<>();
        for (Entry e : items) {
            PlannedItem planned = plan.items().stream().filter(p -> p.item().id().equals(e.itemId()) && p.side() == e.side()).findFirst().orElse(null);
            if (planned == null) {
                out.add(new Adjustment(ids.get(), Adjustment.Kind.ADD, e.itemId(), e.side(), e.sets(), e.reps(), e.holdSeconds(), by));
            } else if (planned.dose().sets() != e.sets() || !java.util.Objects.equals(planned.dose().reps(), e.reps())
                    || !java.util.Objects.equals(planned.dose().holdSeconds(), e.holdSeconds())) {
                out.add(new Adjustment(ids.get(), Adjustment.Kind.DOSE, e.itemId(), e.side(), e.sets(), e.reps(), e.holdSeconds(), by));
            }
        }
        for (PlannedItem p : plan.items()) {
            boolean kept = items.stream().anyMatch(e -> e.itemId().equals(p.item().id()) && e.side() == p.side());
            if (!kept) out.add(new Adjustment(ids.get(), Adjustment.Kind.REMOVE, p.item().id(), p.side(), null, null, null, by));
        }
        return out;
    }
}
