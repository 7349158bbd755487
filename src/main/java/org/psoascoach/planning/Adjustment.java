package org.psoascoach.planning;

import org.psoascoach.assessment.Side;

/**
 * A practitioner's change to a client's program, kept apart from the generated plan so that it can be applied again to
 * the plan a re-test makes: a new dose for an item on a side, an item taken out, or an item added (at the catalog's
 * starting dose unless a dose is given).
 */
public record Adjustment(String id, Kind kind, String itemId, Side side, Integer sets, Integer reps, Integer holdSeconds, String by) {
    public enum Kind {
        DOSE("dose"), REMOVE("remove"), ADD("add");

        private final String id;

        Kind(String id) { this.id = id; }

        public String id() { return id; }

        public static Kind fromId(String id) {
            for (Kind k : values()) if (k.id.equals(id)) return k;
            return null;
        }
    }
}
