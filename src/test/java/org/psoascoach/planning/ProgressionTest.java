package org.psoascoach.planning;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.SessionLog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progression and step-back rule, as a pure function of earlier logs. */
class ProgressionTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static SessionLog log(int day, int before, int after) { return new SessionLog(MONDAY.plusDays(day), before, after, true); }

    @Test
    void noLogsStartAtStepZero() {
        assertThat(Progression.fromLogs(List.of(), 3).step()).isZero();
    }

    @Test
    void aCompletedWeekWithPainNotWorseGoesUpOneStep() {
        var state = Progression.fromLogs(List.of(log(0, 3, 3), log(2, 3, 2), log(4, 2, 2)), 3);
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.last().kind()).isEqualTo(ProgressionEvent.Kind.DOSE_UP);
    }

    @Test
    void aWeekWithFewerSessionsThanPlannedIsNotCompleted() {
        assertThat(Progression.fromLogs(List.of(log(0, 3, 3), log(2, 3, 2)), 3).step()).isZero();
    }

    @Test
    void aWeekWithAnUnfinishedSessionIsNotCompleted() {
        var logs = List.of(log(0, 3, 3), log(2, 3, 2), new SessionLog(MONDAY.plusDays(4), 2, 2, false));
        assertThat(Progression.fromLogs(logs, 3).step()).isZero();
    }

    @Test
    void aWeekWhosePainGotWorseByOneHoldsTheDose() {
        assertThat(Progression.fromLogs(List.of(log(0, 3, 3), log(2, 3, 4), log(4, 2, 2)), 3).step()).isZero();
    }

    @Test
    void aPainRiseOfTwoStepsBackToThePreviousDose() {
        List<SessionLog> logs = new ArrayList<>();
        for (int w = 0; w < 2; w++) for (int s = 0; s < 3; s++) logs.add(log(w * 7 + s * 2, 3, 3));
        logs.add(log(14, 2, 4));
        var state = Progression.fromLogs(logs, 3);
        assertThat(state.step()).isEqualTo(1);
        assertThat(state.last().kind()).isEqualTo(ProgressionEvent.Kind.STEP_BACK);
        assertThat(state.last().painAfter()).isEqualTo(4);
    }

    @Test
    void stepBackNeverGoesBelowTheStartingDose() {
        assertThat(Progression.fromLogs(List.of(log(0, 1, 5), log(1, 1, 6)), 3).step()).isZero();
    }

    @Test
    void logOrderDoesNotMatterOnlyTheirDates() {
        var inOrder = List.of(log(0, 3, 3), log(2, 3, 3), log(4, 3, 3), log(8, 3, 6));
        var shuffled = List.of(log(8, 3, 6), log(2, 3, 3), log(0, 3, 3), log(4, 3, 3));
        assertThat(Progression.fromLogs(shuffled, 3)).isEqualTo(Progression.fromLogs(inOrder, 3));
    }

    /** Two years of logs, some days none, some two, with pain that sometimes rises: a history that exercises every branch. */
    private static List<SessionLog> history(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<SessionLog> logs = new ArrayList<>();
        for (int day = 0; day < 730; day++) {
            int times = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
            for (int t = 0; t < times; t++) {
                int before = random.nextInt(6), after = Math.max(0, Math.min(10, before + random.nextInt(5) - 2));
                logs.add(new SessionLog(MONDAY.plusDays(day), before, after, random.nextInt(10) > 0));
            }
        }
        return logs;
    }

    @Test
    void goingOnFromTheWeeksCountedGivesWhatEveryLogGives() {
        for (long seed = 1; seed <= 20; seed++) {
            List<SessionLog> logs = history(seed);
            for (int perWeek : new int[] {3, 4, 7}) {
                Progression.State everyLog = Progression.fromLogs(logs, perWeek);
                // counted as a person's log arrives: after each, go on from what was counted, with the logs since
                Progression.Counted counted = Progression.Counted.NOTHING;
                Progression.State state = Progression.State.START;
                for (int i = 0; i < logs.size(); i++) {
                    LocalDate from = counted.nextWeek();
                    List<SessionLog> later = logs.subList(0, i + 1).stream().filter(l -> from == null || !l.date().isBefore(from)).toList();
                    Progression.Counting counting = Progression.resume(counted, Progression.Day.of(later), perWeek);
                    counted = counting.through();
                    state = counting.state();
                    assertThat(counted.state().step()).isLessThanOrEqualTo(i + 1);
                }
                assertThat(state).as("seed %d, %d a week", seed, perWeek).isEqualTo(everyLog);
                assertThat(everyLog.step()).as("the rule as SPEC 1.3 words it, log by log").isEqualTo(logByLog(logs, perWeek));
                assertThat(counted.nextWeek()).isAfter(logs.get(logs.size() - 1).date().minusDays(7));
            }
        }
    }

    @Test
    void aPlanNamesOnlyTheLatestChanges() {
        List<SessionLog> logs = new ArrayList<>();
        for (int w = 0; w < 30; w++) for (int s = 0; s < 3; s++) logs.add(log(w * 7 + s * 2, 3, 3));
        Progression.State state = Progression.fromLogs(logs, 3);
        assertThat(state.step()).isEqualTo(30);
        assertThat(state.events()).hasSize(Progression.CHANGES_KEPT);
        assertThat(state.last().stepAfter()).isEqualTo(30);
        assertThat(state.events().get(0).stepAfter()).isEqualTo(30 - Progression.CHANGES_KEPT + 1);
    }

    @Test
    void logsBeforeTheWeeksCountedAreRefusedNotMiscounted() {
        var counted = Progression.resume(Progression.Counted.NOTHING, Progression.Day.of(List.of(log(0, 3, 3), log(9, 3, 3))), 3).through();
        assertThat(counted.nextWeek()).isEqualTo(MONDAY.plusDays(7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Progression.resume(counted, Progression.Day.of(List.of(log(3, 3, 3))), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The rule read straight from SPEC 1.3, one log at a time, without days or counted weeks: what the engine must agree with. */
    private static int logByLog(List<SessionLog> logs, int perWeek) {
        List<SessionLog> sorted = new ArrayList<>(logs);
        sorted.sort(java.util.Comparator.comparing(SessionLog::date));
        LocalDate first = sorted.get(0).date();
        java.util.Map<Long, List<SessionLog>> weeks = new java.util.TreeMap<>();
        for (SessionLog l : sorted) weeks.computeIfAbsent(java.time.temporal.ChronoUnit.DAYS.between(first, l.date()) / 7, w -> new ArrayList<>()).add(l);
        int step = 0;
        for (List<SessionLog> week : weeks.values()) {
            boolean back = false;
            for (SessionLog l : week) {
                if (l.painAfter() - l.painBefore() >= 2) {
                    back = true;
                    step = Math.max(0, step - 1);
                }
            }
            boolean done = week.size() >= perWeek && week.stream().allMatch(SessionLog::completed);
            boolean worse = week.stream().anyMatch(l -> l.painAfter() > l.painBefore());
            if (done && !worse && !back) step++;
        }
        return step;
    }
}
