package org.psoascoach.planning;

/**
 * The time budget of SPEC §1.3: the estimated session never exceeds the person's minutes. Every addition to a session
 * asks this one object whether it fits.
 */
final class Budget {
    private final int limitSeconds;
    private int usedSeconds;

    Budget(int minutesPerSession) { this.limitSeconds = minutesPerSession * 60; }

    /** Whether {@code extraSeconds} more still fit. */
    boolean fits(int extraSeconds) { return usedSeconds + extraSeconds <= limitSeconds; }

    /** Takes the time if it fits; says whether it did. */
    boolean take(int extraSeconds) {
        if (!fits(extraSeconds)) return false;
        usedSeconds += extraSeconds;
        return true;
    }
}
