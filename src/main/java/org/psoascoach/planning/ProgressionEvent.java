package org.psoascoach.planning;

import java.time.LocalDate;

/** One change of dose: a week that earned a step up, or a session whose pain rise stepped it back. */
public record ProgressionEvent(Kind kind, LocalDate date, int stepAfter, int painBefore, int painAfter) {
    public enum Kind { DOSE_UP, STEP_BACK }
}
