package org.psoascoach.web.reminders;

import org.psoascoach.journal.Schedule;
import org.psoascoach.web.http.Text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reminders page: the calendar address (a new one is shown once), the person's session days and reminder time as
 * a form (each weekday a box, each quarter hour from 05:00 to 22:00 a choice), and what the calendar shows.
 * {@code own}: the days shown are the person's choice; {@code stale}: they chose days, but not as many as the program
 * now has sessions a week, so the even spread applies until they choose again.
 */
public record ReminderView(String address, String madeOn, boolean turnedOff, boolean onHold, int sessionsPerWeek, boolean own,
                           boolean stale, List<Day> days, List<Time> times, String remindAt, boolean saved, Map<String, String> errors) {

    public record Day(int value, String name, boolean checked) {}

    public record Time(String value, boolean selected) {}

    public static ReminderView of(Text t, String address, String madeOn, boolean turnedOff, boolean onHold, int sessionsPerWeek,
                                  boolean own, boolean stale, Set<DayOfWeek> days, LocalTime time, boolean saved, Map<String, String> errors) {
        List<Day> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) week.add(new Day(d.getValue(), t.weekdayName(d), days.contains(d)));
        List<Time> times = new ArrayList<>();
        for (LocalTime at = Schedule.EARLIEST; !at.isAfter(Schedule.LATEST); at = at.plusMinutes(Schedule.MINUTE_STEP)) {
            times.add(new Time(at.toString(), at.equals(time)));
        }
        return new ReminderView(address, madeOn, turnedOff, onHold, sessionsPerWeek, own, stale, week, times, time.toString(), saved, errors);
    }

    public String error(String field) { return errors.get(field); }
}
