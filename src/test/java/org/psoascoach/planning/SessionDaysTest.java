package org.psoascoach.planning;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;

class SessionDaysTest {
    @Test
    void sessionsAreSpreadEvenlyFromMondaySoRestDaysFallBetween() {
        assertThat(SessionDays.of(3)).containsExactlyInAnyOrder(MONDAY, WEDNESDAY, FRIDAY);
        assertThat(SessionDays.of(4)).hasSize(4).contains(MONDAY);
        assertThat(SessionDays.of(7)).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(SessionDays.of(0)).isEmpty();
    }

    @Test
    void thePersonsOwnDaysApplyWhenThereAreAsManyAsThePlanHasSessions() {
        Set<DayOfWeek> chosen = EnumSet.of(TUESDAY, THURSDAY, SATURDAY);
        assertThat(SessionDays.of(3, chosen)).containsExactlyInAnyOrder(TUESDAY, THURSDAY, SATURDAY);
    }

    @Test
    void daysChosenForAnotherNumberOfSessionsGiveWayToTheEvenSpread() {
        // a re-test moved the plan from 3 to 7 sessions a week: the three days chosen earlier no longer fit
        assertThat(SessionDays.of(7, EnumSet.of(TUESDAY, THURSDAY, SATURDAY))).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(SessionDays.of(3, Set.of())).containsExactlyInAnyOrder(MONDAY, WEDNESDAY, FRIDAY);
    }
}
