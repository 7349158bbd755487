package org.psoascoach.planning;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which days of the week a plan's sessions fall on: spread evenly from Monday (3 a week: Monday, Wednesday,
 * Friday; 7: every day), so rest days fall between sessions. The program page, the adherence calendar and the
 * reminders feed all use this one spread, so they never disagree.
 */
public final class SessionDays {
    private SessionDays() {}

    public static Set<DayOfWeek> of(int sessionsPerWeek) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int n = Math.max(0, Math.min(7, sessionsPerWeek));
        for (int i = 0; i < n; i++) days.add(DayOfWeek.of(1 + i * 7 / n));
        return days;
    }
}
