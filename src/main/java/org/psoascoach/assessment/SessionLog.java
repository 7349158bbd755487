package org.psoascoach.assessment;

import java.time.LocalDate;

/** One logged session, as the progression rule needs it: when, pain before and after (0–10), finished or not. */
public record SessionLog(LocalDate date, int painBefore, int painAfter, boolean completed) {
    /** How much the session raised pain; negative when pain eased. */
    public int painRise() { return painAfter - painBefore; }
}
