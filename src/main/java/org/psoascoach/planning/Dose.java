package org.psoascoach.planning;

import org.psoascoach.catalog.Dosage;

/**
 * How much of an item one side gets in a session. Holds: {@code holdSeconds} per set. Reps: {@code reps}
 * per set, each with an optional short hold.
 */
public record Dose(Dosage.Kind kind, int sets, Integer holdSeconds, Integer reps) {
    /** Seconds to move into a position or reset between sets (SPEC §1.3). */
    public static final int TRANSITION_SECONDS = 10;
    /** A repetition with no hold of its own. */
    public static final int SECONDS_PER_REP = 3;
    /** Lifting into and lowering out of a held repetition. */
    public static final int REP_MOVE_SECONDS = 2;

    /** Volume per SPEC §1.3: hold × sets, or reps × sets. */
    public int volume() { return kind == Dosage.Kind.HOLD ? holdSeconds * sets : reps * sets; }

    /** Honest duration: the work, plus one transition before each set. */
    public int estimatedSeconds() {
        int perSet = kind == Dosage.Kind.HOLD ? holdSeconds
                : reps * (holdSeconds == null ? SECONDS_PER_REP : holdSeconds + REP_MOVE_SECONDS);
        return sets * (perSet + TRANSITION_SECONDS);
    }

    /** The dose in words ("3 × 30 s hold"), from the message bundle. */
    public String words(org.psoascoach.language.Messages m) {
        if (kind == Dosage.Kind.HOLD) return m.get("text.dose.hold", sets, holdSeconds);
        if (holdSeconds == null) return m.get("text.dose.reps", sets, reps);
        return m.get("text.dose.repsHold", sets, reps, holdSeconds);
    }

    public Dose withSets(int newSets) { return new Dose(kind, newSets, holdSeconds, reps); }
}
