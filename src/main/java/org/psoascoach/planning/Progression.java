package org.psoascoach.planning;

import org.psoascoach.assessment.SessionLog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The progression and step-back rule of SPEC §1.3, as a pure function of earlier logs.
 * <ul>
 *   <li>Logs are grouped in 7-day weeks counted from the first log.</li>
 *   <li>A week is <em>completed</em> when it holds at least the planned sessions, all finished. A completed
 *       week in which no session ended with more pain than it started raises the dose one step.</li>
 *   <li>Any session whose pain rose by 2 or more (the smallest change that matters on the 0–10 scale)
 *       steps the dose back one step at once, and that week earns no step up.</li>
 * </ul>
 * One step is +5 s of hold (up to 60 s) or +2 reps (up to the item's maximum); past the top comes the
 * harder variant.
 * <p>
 * The rule reads a day's logs as one {@link Day} (counts, and only the logs whose pain went up), and can go on from
 * where it stood after whole weeks ({@link Counted}), reading only the days since: what keeps the cost of a log and of
 * the program page the same after ten years of logs as after one week, and after a day of many logs (issue 19).
 */
public final class Progression {
    /** The smallest pain change that matters, from the one home of the measures' errors. */
    public static final int PAIN_RISE_THAT_MATTERS = org.psoascoach.assessment.MeasurementError.PAIN_POINTS;
    public static final int HOLD_STEP_SECONDS = 5;
    public static final int HOLD_CAP_SECONDS = 60;
    public static final int REPS_STEP = 2;
    /** The changes a plan names: the latest ones, which say why the dose is what it is; years of weekly steps would not. */
    public static final int CHANGES_KEPT = 10;

    private Progression() {}

    /** The progression reached after the given logs, for a plan of {@code sessionsPerWeek}. */
    public static State fromLogs(List<SessionLog> logs, int sessionsPerWeek) {
        return resume(Counted.NOTHING, Day.of(logs), sessionsPerWeek).state();
    }

    /**
     * What the rule needs of one day's logs: how many, how many finished, and those whose pain went up, in the order
     * they were done (the rest only count). So a day is one row to read however many sessions it had.
     */
    public record Day(LocalDate date, int sessions, int finished, List<SessionLog> painUp) {
        /** The logs grouped by day, oldest day first; same-day logs keep their order. */
        public static List<Day> of(List<SessionLog> logs) {
            List<SessionLog> sorted = new ArrayList<>(logs);
            sorted.sort(Comparator.comparing(SessionLog::date)); // stable
            List<Day> days = new ArrayList<>();
            int i = 0;
            while (i < sorted.size()) {
                LocalDate date = sorted.get(i).date();
                int sessions = 0, finished = 0;
                List<SessionLog> up = new ArrayList<>();
                for (; i < sorted.size() && sorted.get(i).date().equals(date); i++) {
                    SessionLog log = sorted.get(i);
                    sessions++;
                    if (log.completed()) finished++;
                    if (log.painRise() > 0) up.add(log);
                }
                days.add(new Day(date, sessions, finished, List.copyOf(up)));
            }
            return days;
        }
    }

    /**
     * The progression after what {@code counted} holds and then {@code later}, the days with logs on or after its
     * {@link Counted#nextWeek()} (every such day when nothing is counted yet), oldest first; and how far whole weeks are
     * counted now: up to the week of the latest day, which may still get more. The same as {@link #fromLogs} over all.
     */
    public static Counting resume(Counted counted, List<Day> later, int sessionsPerWeek) {
        if (later.isEmpty()) return new Counting(counted.state(), counted);
        LocalDate first = counted.firstDay() != null ? counted.firstDay() : later.get(0).date();
        if (counted.nextWeek() != null && later.get(0).date().isBefore(counted.nextWeek())) {
            throw new IllegalArgumentException("a log of " + later.get(0).date() + " is before the counted weeks end (" + counted.nextWeek() + ")");
        }
        int step = counted.state().step();
        List<ProgressionEvent> events = new ArrayList<>(counted.state().events());
        Counted before = counted;
        int index = 0;
        while (index < later.size()) {
            long week = ChronoUnit.DAYS.between(first, later.get(index).date()) / 7;
            LocalDate weekStart = first.plusDays(week * 7);
            before = new Counted(first, weekStart, new State(step, kept(events)));
            int sessions = 0, finished = 0;
            boolean painWorse = false, steppedBack = false;
            while (index < later.size() && ChronoUnit.DAYS.between(first, later.get(index).date()) / 7 == week) {
                Day day = later.get(index++);
                sessions += day.sessions();
                finished += day.finished();
                for (SessionLog log : day.painUp()) {
                    painWorse = true;
                    if (log.painRise() >= PAIN_RISE_THAT_MATTERS) {
                        steppedBack = true;
                        if (step > 0) step--;
                        events.add(new ProgressionEvent(ProgressionEvent.Kind.STEP_BACK, log.date(), step, log.painBefore(), log.painAfter()));
                    }
                }
            }
            boolean completed = sessions >= sessionsPerWeek && finished == sessions;
            if (completed && !painWorse && !steppedBack) {
                step++;
                events.add(new ProgressionEvent(ProgressionEvent.Kind.DOSE_UP, weekStart, step, 0, 0));
            }
        }
        return new Counting(new State(step, kept(events)), before);
    }

    private static List<ProgressionEvent> kept(List<ProgressionEvent> events) {
        return List.copyOf(events.subList(Math.max(0, events.size() - CHANGES_KEPT), events.size()));
    }

    /** The dose step reached and the latest changes that led to it (at most {@link #CHANGES_KEPT}), oldest first. */
    public record State(int step, List<ProgressionEvent> events) {
        public static final State START = new State(0, List.of());

        /** The most recent change, or null. */
        public ProgressionEvent last() { return events.isEmpty() ? null : events.get(events.size() - 1); }
    }

    /**
     * Where the rule stood after whole weeks: the first log's day (weeks count from it; null before any log), the first
     * day of the week not counted yet, and the state then. A log made later for a day before {@code nextWeek} makes it
     * wrong: whoever keeps one drops it then.
     */
    public record Counted(LocalDate firstDay, LocalDate nextWeek, State state) {
        public static final Counted NOTHING = new Counted(null, null, State.START);
    }

    /** The state after every log, and how far whole weeks are counted (what to keep to go on from next time). */
    public record Counting(State state, Counted through) {}
}
