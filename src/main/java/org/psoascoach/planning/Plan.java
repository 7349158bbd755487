package org.psoascoach.planning;

import java.util.List;

/** The program: how often, how long, and each session's items in order. */
public record Plan(int sessionsPerWeek, String frequencyWhy, int retestAfterDays, int minutesPerSession,
                   int estimatedSeconds, List<PlannedItem> items, Progression.State progression,
                   List<String> progressionChanges) {
    public static final int RETEST_AFTER_DAYS = 14;

    /** Whole minutes, rounded up, so it never looks shorter than it is. */
    public int estimatedMinutes() { return (estimatedSeconds + 59) / 60; }
}
