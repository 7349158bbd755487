package org.psoascoach.progress;

import org.psoascoach.planning.SessionDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Done against planned, day by day over a window of whole weeks (Monday to Sunday), and the streak: how many weeks
 * in a row, back from now, had at least as many sessions as the plan asked for (a session on a rest day makes up
 * for a missed one). The current week joins the streak once it is complete and never breaks it while it runs.
 * Pure: the caller passes when each plan frequency took effect and the days sessions were logged.
 */
public record Adherence(List<Week> weeks, int planned, int done, int streakWeeks, boolean streakFillsWindow) {

    public enum Mark {
        DONE("done"), EXTRA("extra"), MISSED("missed"), DUE("due"), REST("rest"), FUTURE("future"), NO_PLAN("no-plan");

        private final String id;

        Mark(String id) { this.id = id; }

        public String id() { return id; }
    }

    public record Day(LocalDate date, Mark mark) {}

    /** A Monday-to-Sunday week; {@code planned} counts its planned days, those still to come included. */
    public record Week(LocalDate monday, List<Day> days, int planned) {

        int done() { return (int) days.stream().filter(d -> d.mark == Mark.DONE || d.mark == Mark.EXTRA).count(); }
    }

    /** From {@code from} on, this many sessions a week were planned (0: the safety check ruled a plan out). */
    public record Frequency(LocalDate from, int sessionsPerWeek) {}

    /**
     * @param frequencies in the order they took effect
     * @param weeks       how many whole weeks to show, the current one included
     */
    public static Adherence of(List<Frequency> frequencies, Collection<LocalDate> sessionDays, LocalDate today, int weeks) {
        Set<LocalDate> done = new HashSet<>(sessionDays);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<Week> out = new ArrayList<>(weeks);
        int planned = 0, doneCount = 0;
        int next = 0, perWeek = -1; // the frequency in effect, walked forward with the days (both are in date order)
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            List<Day> days = new ArrayList<>(7);
            int plannedInWeek = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                while (next < frequencies.size() && !frequencies.get(next).from().isAfter(d)) perWeek = frequencies.get(next++).sessionsPerWeek();
                boolean plannedDay = perWeek > 0 && SESSION_DAYS.get(Math.min(7, perWeek)).contains(d.getDayOfWeek());
                if (plannedDay) plannedInWeek++;
                Mark mark = mark(d, today, perWeek, plannedDay, done.contains(d));
                days.add(new Day(d, mark));
                if (mark == Mark.DONE || mark == Mark.MISSED) planned++;
                if (mark == Mark.DONE || mark == Mark.EXTRA) doneCount++;
            }
            out.add(new Week(monday, List.copyOf(days), plannedInWeek));
        }
        int streak = 0;
        boolean fills = false;
        for (int w = out.size() - 1; w >= 0; w--) {
            Week week = out.get(w);
            boolean met = week.planned() > 0 && week.done() >= week.planned();
            if (w == out.size() - 1 && !met) continue; // this week is still running
            if (!met) break;
            streak++;
            fills = w == 0;
        }
        return new Adherence(List.copyOf(out), planned, doneCount, streak, fills);
    }

    private static final List<Set<DayOfWeek>> SESSION_DAYS = java.util.stream.IntStream.rangeClosed(0, 7).mapToObj(SessionDays::of).toList();

    private static Mark mark(LocalDate d, LocalDate today, int perWeek, boolean planned, boolean done) {
        if (d.isAfter(today)) return Mark.FUTURE;
        if (perWeek <= 0) return done ? Mark.EXTRA : Mark.NO_PLAN;
        if (planned) return done ? Mark.DONE : d.equals(today) ? Mark.DUE : Mark.MISSED;
        return done ? Mark.EXTRA : Mark.REST;
    }
}
