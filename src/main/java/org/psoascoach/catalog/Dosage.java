package org.psoascoach.catalog;

/**
 * How much of an item a session holds: either holds (seconds × sets) or repetitions (reps × sets),
 * where a repetition may itself include a short hold (lift, hold 3–5 s, lower).
 */
public record Dosage(Kind kind, Range sets, Range holdSeconds, Range reps) {
    public enum Kind { HOLD, REPS }

    public boolean isHold() { return kind == Kind.HOLD; }
}
