package org.psoascoach.progress;

import org.psoascoach.assessment.Side;

/** What was actually done of one item in a session: on which side, how many sets, and reps or hold per set. */
public record DoneItem(String itemId, Side side, int sets, Integer reps, Integer holdSeconds) {
    public static final int MAX_SETS = 20, MAX_REPS = 200, MAX_HOLD_SECONDS = 600;
}
