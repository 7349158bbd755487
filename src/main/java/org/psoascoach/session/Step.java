package org.psoascoach.session;

import org.psoascoach.assessment.Side;

/**
 * One timed stretch of a guided session. {@code item} indexes the plan's items. A {@link Kind#READY} step is the
 * countdown before a set (moving into position); {@code switchSides} marks the one that follows the same exercise
 * on the other side. A {@link Kind#HOLD} lasts {@code seconds}; a {@link Kind#REPS} step counts {@code reps}
 * repetitions of {@code secondsPerRep} each (a held repetition includes lifting and lowering).
 */
public record Step(Kind kind, int item, String itemId, Side side, int set, int sets, int seconds, Integer reps, Integer secondsPerRep,
                   boolean switchSides) {
    public enum Kind {
        READY("ready"), HOLD("hold"), REPS("reps");

        private final String id;

        Kind(String id) { this.id = id; }

        public String id() { return id; }
    }

    public boolean isWork() { return kind != Kind.READY; }
}
