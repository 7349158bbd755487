package org.psoascoach.session;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Dosage;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.Fixtures.intake;
import static org.psoascoach.Fixtures.plan;

/** The guided session follows the plan set by set, and takes the time the plan estimated. */
class SessionScriptTest {
    private final Plan plan = plan(intake().tightLeft().hold(25, true, 8, true).equipment(Equipment.MAT, Equipment.CHAIR).minutes(20)).plan();
    private final SessionScript script = SessionScript.of(plan);

    @Test
    void everySetOfEveryItemIsACountdownThenTheWork() {
        List<Step> steps = script.steps();
        int expected = plan.items().stream().mapToInt(p -> p.dose().sets() * 2).sum();
        assertThat(steps).hasSize(expected);
        for (int i = 0; i < steps.size(); i += 2) {
            assertThat(steps.get(i).kind()).isEqualTo(Step.Kind.READY);
            assertThat(steps.get(i + 1).isWork()).isTrue();
            assertThat(steps.get(i + 1).item()).isEqualTo(steps.get(i).item());
        }
    }

    @Test
    void stepsKeepThePlansOrderAndCountTheSets() {
        int item = -1;
        for (Step s : script.steps()) {
            assertThat(s.item()).isGreaterThanOrEqualTo(item);
            item = s.item();
            PlannedItem p = plan.items().get(s.item());
            assertThat(s.itemId()).isEqualTo(p.item().id());
            assertThat(s.side()).isEqualTo(p.side());
            assertThat(s.sets()).isEqualTo(p.dose().sets());
            assertThat(s.set()).isBetween(1, p.dose().sets());
        }
    }

    @Test
    void holdsLastTheirSecondsAndRepsCountAtTheirTempo() {
        for (Step s : script.steps()) {
            if (!s.isWork()) continue;
            var dose = plan.items().get(s.item()).dose();
            if (dose.kind() == Dosage.Kind.HOLD) {
                assertThat(s.kind()).isEqualTo(Step.Kind.HOLD);
                assertThat(s.seconds()).isEqualTo(dose.holdSeconds());
            } else {
                assertThat(s.kind()).isEqualTo(Step.Kind.REPS);
                assertThat(s.reps()).isEqualTo(dose.reps());
                assertThat(s.seconds()).isEqualTo(s.reps() * s.secondsPerRep());
            }
        }
    }

    @Test
    void theSessionTakesTheTimeTheProgramPageEstimated() {
        int planned = plan.items().stream().mapToInt(PlannedItem::estimatedSeconds).sum();
        assertThat(script.seconds()).isEqualTo(planned);
        assertThat(script.seconds()).isLessThanOrEqualTo(plan.minutesPerSession() * 60);
    }

    @Test
    void theSameExerciseOnTheOtherSideStartsWithASwitchPrompt() {
        List<PlannedItem> items = plan.items();
        boolean sawSwitch = false;
        for (Step s : script.steps()) {
            boolean follows = s.item() > 0 && items.get(s.item() - 1).item().id().equals(s.itemId())
                    && items.get(s.item() - 1).side() != s.side();
            boolean expected = s.kind() == Step.Kind.READY && s.set() == 1 && follows && s.side() != Side.BOTH;
            assertThat(s.switchSides()).as("step %s", s).isEqualTo(expected);
            sawSwitch |= s.switchSides();
        }
        assertThat(sawSwitch).as("a per-side plan switches sides at least once").isTrue();
    }

    @Test
    void theSamePlanAlwaysGivesTheSameScript() {
        assertThat(SessionScript.of(plan)).isEqualTo(script);
    }
}
