package org.psoascoach.catalog;

/**
 * How much of an item a session holds: either holds (seconds × sets) or repetitions (reps × sets),
 * where a repetition may itself include a short hold (lift, hold 3–5 s, lower).
 */
public record Dosage(Kind kind, Range sets, Range holdSeconds, Range reps) {
    public enum Kind { HOLD, REPS }

    /** The usual dose range in words ("1–3 sets of 8–15 reps, each held 2–3 s"), from the message bundle. */
    public String words(org.psoascoach.language.Messages m) {
        String setsText = sets.min() == sets.max() ? String.valueOf(sets.min()) : sets.min() + "\u2013" + sets.max();
        if (isHold()) return m.get("catalog.dosage.hold", setsText, holdSeconds.min(), holdSeconds.max());
        String repsText = m.get("catalog.dosage.reps", setsText, reps.min(), reps.max());
        return holdSeconds == null ? repsText : repsText + m.get("catalog.dosage.repHold", holdSeconds.min(), holdSeconds.max());
    }

    public boolean isHold() { return kind == Kind.HOLD; }
}
