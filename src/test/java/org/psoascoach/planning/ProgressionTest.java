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
}
