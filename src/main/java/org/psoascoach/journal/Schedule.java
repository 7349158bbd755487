package org.psoascoach.journal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person's own week: the days they choose to train (empty: the program's evenly spread days) and the time of day
 * their calendar reminds them. Times are on the quarter hour, from 05:00 to 22:00, in the person's time zone.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime remindAt) {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    public static final LocalTime EARLIEST = LocalTime.of(5, 0), LATEST = LocalTime.of(22, 0);
    public static final int MINUTE_STEP = 15;
    /** Nobody has chosen yet: the program's days, reminded at nine. */
    public static final Schedule NONE = new Schedule(Set.of(), DEFAULT_TIME);

    public Schedule {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether {@code time} is one the schedule offers: on the quarter hour, from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean allowedTime(LocalTime time) {
        return time != null && !time.isBefore(EARLIEST) && !time.isAfter(LATEST) && time.getMinute() % MINUTE_STEP == 0
                && time.getSecond() == 0 && time.getNano() == 0;
    }

    String storedDays() { return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(",")); }

    static Set<DayOfWeek> readDays(String stored) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        if (stored == null || stored.isBlank()) return out;
        for (String part : stored.split(",")) out.add(DayOfWeek.of(Integer.parseInt(part.strip())));
        return out;
    }
}
