package org.psoascoach.planning;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which days of the week a plan's sessions fall on: the person's own choice, or spread evenly from Monday (3 a week:
 * Monday, Wednesday, Friday; 7: every day), so rest days fall between sessions. The program page, the adherence calendar and the
 * reminders feed all use this one spread, so they never disagree.
 */
public final class SessionDays {
    private SessionDays() {}

    /**
     * The person's own days when they chose as many as the plan has sessions a week; otherwise the even spread (a re-test
     * that changed the number of sessions makes an earlier choice stale, and the reminders page asks again).
     */
    public static Set<DayOfWeek> of(int sessionsPerWeek, Set<DayOfWeek> chosen) {
        return chosen != null && !chosen.isEmpty() && chosen.size() == sessionsPerWeek ? EnumSet.copyOf(chosen) : of(sessionsPerWeek);
    }

    public static Set<DayOfWeek> of(int sessionsPerWeek) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int n = Math.max(0, Math.min(7, sessionsPerWeek));
        for (int i = 0; i < n; i++) days.add(DayOfWeek.of(1 + i * 7 / n));
        return days;
    }
}
