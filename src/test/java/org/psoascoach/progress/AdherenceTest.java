package org.psoascoach.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Done against planned on the calendar, and the streak of weeks with every planned session done. */
class AdherenceTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.add(d);
        return out;
    }

    private static Adherence.Mark mark(Adherence a, LocalDate date) {
        return a.weeks().stream().flatMap(w -> w.days().stream()).filter(d -> d.date().equals(date)).findFirst().orElseThrow().mark();
    }

    @Test
    void threeSessionsAWeekFallOnMondayWednesdayAndFridayAndMissedOnesShow() {
        var plan = List.of(new Adherence.Frequency(MONDAY.minusWeeks(4), 3));
        Adherence a = Adherence.of(plan, List.of(MONDAY), THURSDAY, 2);
        assertThat(mark(a, MONDAY)).isEqualTo(Adherence.Mark.DONE);
        assertThat(mark(a, MONDAY.plusDays(1))).isEqualTo(Adherence.Mark.REST);
        assertThat(mark(a, MONDAY.plusDays(2))).isEqualTo(Adherence.Mark.MISSED);
        assertThat(mark(a, MONDAY.plusDays(4))).isEqualTo(Adherence.Mark.FUTURE);
        assertThat(a.weeks()).hasSize(2);
        assertThat(a.planned()).isEqualTo(3 + 2); // last week's three, this week's Monday and Wednesday
        assertThat(a.done()).isEqualTo(1);
    }

    @Test
    void todaysPlannedSessionIsDueNotMissed() {
        var plan = List.of(new Adherence.Frequency(MONDAY, 7));
        assertThat(mark(Adherence.of(plan, List.of(), THURSDAY, 1), THURSDAY)).isEqualTo(Adherence.Mark.DUE);
    }

    @Test
    void aSessionOnARestDayMakesUpForAMissedOneInTheStreak() {
        var plan = List.of(new Adherence.Frequency(MONDAY.minusWeeks(10), 3));
        LocalDate lastMonday = MONDAY.minusWeeks(1);
        // last week: Monday, Tuesday (a rest day) and Friday; Wednesday missed
        Adherence a = Adherence.of(plan, List.of(lastMonday, lastMonday.plusDays(1), lastMonday.plusDays(4)), THURSDAY, 4);
        assertThat(mark(a, lastMonday.plusDays(1))).isEqualTo(Adherence.Mark.EXTRA);
        assertThat(a.streakWeeks()).isEqualTo(1);
        assertThat(a.streakFillsWindow()).isFalse();
    }

    @Test
    void theRunningWeekNeitherBreaksNorJoinsTheStreakUntilItIsComplete() {
        var plan = List.of(new Adherence.Frequency(MONDAY.minusWeeks(10), 7));
        List<LocalDate> done = days(MONDAY.minusWeeks(3), MONDAY.minusDays(1)); // three full weeks, nothing yet this week
        assertThat(Adherence.of(plan, done, THURSDAY, 8).streakWeeks()).isEqualTo(3);
        List<LocalDate> throughToday = days(MONDAY.minusWeeks(3), THURSDAY);
        assertThat(Adherence.of(plan, throughToday, THURSDAY, 8).streakWeeks()).isEqualTo(3);
        LocalDate sunday = MONDAY.plusDays(6);
        assertThat(Adherence.of(plan, days(MONDAY.minusWeeks(3), sunday), sunday, 8).streakWeeks()).isEqualTo(4);
    }

    @Test
    void aStreakLongerThanTheWindowSaysSo() {
        var plan = List.of(new Adherence.Frequency(MONDAY.minusYears(10), 7));
        Adherence a = Adherence.of(plan, days(MONDAY.minusYears(10), MONDAY.minusDays(1)), THURSDAY, 5);
        assertThat(a.streakWeeks()).isEqualTo(4);
        assertThat(a.streakFillsWindow()).isTrue();
    }

    @Test
    void daysBeforeTheFirstTestOrUnderARuledOutPlanHaveNoPlan() {
        var plan = List.of(new Adherence.Frequency(MONDAY.plusDays(2), 0));
        Adherence a = Adherence.of(plan, List.of(), THURSDAY, 1);
        assertThat(mark(a, MONDAY)).isEqualTo(Adherence.Mark.NO_PLAN);
        assertThat(mark(a, THURSDAY)).isEqualTo(Adherence.Mark.NO_PLAN);
        assertThat(a.planned()).isZero();
        assertThat(a.streakWeeks()).isZero();
    }

    @Test
    void aNewPlanChangesTheDaysFromItsTestDay() {
        var plans = List.of(new Adherence.Frequency(MONDAY.minusWeeks(2), 3), new Adherence.Frequency(MONDAY.plusDays(1), 7));
        Adherence a = Adherence.of(plans, List.of(), THURSDAY, 1);
        assertThat(mark(a, MONDAY)).isEqualTo(Adherence.Mark.MISSED);
        assertThat(mark(a, MONDAY.plusDays(1))).isEqualTo(Adherence.Mark.MISSED); // daily from Tuesday on
    }
}
