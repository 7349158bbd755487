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
 */
public final class Progression {
    /** The smallest pain change that matters, from the one home of the measures' errors. */
    public static final int PAIN_RISE_THAT_MATTERS = org.psoascoach.assessment.MeasurementError.PAIN_POINTS;
    public static final int HOLD_STEP_SECONDS = 5;
    public static final int HOLD_CAP_SECONDS = 60;
    public static final int REPS_STEP = 2;

    private Progression() {}

    /** The progression reached after the given logs, for a plan of {@code sessionsPerWeek}. */
    public static State fromLogs(List<SessionLog> logs, int sessionsPerWeek) {
        if (logs.isEmpty()) return State.START;
        List<SessionLog> sorted = new ArrayList<>(logs);
        sorted.sort(Comparator.comparing(SessionLog::date)); // stable: same-day logs keep their order
        LocalDate first = sorted.get(0).date();
        int step = 0;
        List<ProgressionEvent> events = new ArrayList<>();
        int index = 0;
        while (index < sorted.size()) {
            long week = ChronoUnit.DAYS.between(first, sorted.get(index).date()) / 7;
            LocalDate weekStart = first.plusDays(week * 7);
            int sessions = 0, finished = 0;
            boolean painWorse = false, steppedBack = false;
            while (index < sorted.size() && ChronoUnit.DAYS.between(first, sorted.get(index).date()) / 7 == week) {
                SessionLog log = sorted.get(index++);
                sessions++;
                if (log.completed()) finished++;
                if (log.painRise() > 0) painWorse = true;
                if (log.painRise() >= PAIN_RISE_THAT_MATTERS) {
                    steppedBack = true;
                    if (step > 0) step--;
                    events.add(new ProgressionEvent(ProgressionEvent.Kind.STEP_BACK, log.date(), step, log.painBefore(), log.painAfter()));
                }
            }
            boolean completed = sessions >= sessionsPerWeek && finished == sessions;
            if (completed && !painWorse && !steppedBack) {
                step++;
                events.add(new ProgressionEvent(ProgressionEvent.Kind.DOSE_UP, weekStart, step, 0, 0));
            }
        }
        return new State(step, List.copyOf(events));
    }

    /** The dose step reached and the changes that led to it, oldest first. */
    public record State(int step, List<ProgressionEvent> events) {
        public static final State START = new State(0, List.of());

        /** The most recent change, or null. */
        public ProgressionEvent last() { return events.isEmpty() ? null : events.get(events.size() - 1); }
    }
}
