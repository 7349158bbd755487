package org.psoascoach.planning;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psoascoach.Fixtures.intake;

/**
 * The property checks can fail: each one accepts the planner's real plan and rejects the same plan with its rule
 * broken by hand. Without this a property that passes might be one that cannot fail.
 */
class PlanRulesTest {
    private final Intake tightLeft = intake().tightLeft().equipment(Equipment.MAT, Equipment.CHAIR).minutes(20).build();
    private final Intake weakRight = intake().weakRight().equipment(Equipment.MAT, Equipment.CHAIR).minutes(20).build();

    private static PlanResult plan(Intake intake) { return Fixtures.PLANNER.plan(intake); }

    /** The same result with one planned item changed. */
    private static PlanResult withItem(PlanResult r, Role role, Side side, UnaryOperator<PlannedItem> change) {
        List<PlannedItem> items = new ArrayList<>(r.plan().items());
        for (int i = 0; i < items.size(); i++) {
            PlannedItem p = items.get(i);
            if (p.item().role() == role && p.side() == side) {
                items.set(i, change.apply(p));
                Plan old = r.plan();
                Plan plan = new Plan(old.sessionsPerWeek(), old.frequencyWhy(), old.retestAfterDays(), old.minutesPerSession(),
                        old.estimatedSeconds(), List.copyOf(items), old.progression(), old.progressionChanges());
                return new PlanResult(r.triage(), r.findings(), plan, r.excluded(), r.advice(), r.catalogVersion());
            }
        }
        throw new AssertionError("no " + role + " item on the " + side + " side");
    }

    private static PlannedItem withSets(PlannedItem p, int sets) {
        return new PlannedItem(p.item(), p.part(), p.side(), p.variant(), p.dose().withSets(sets), p.why());
    }

    @Test
    void aBalancedSideGettingMoreIsCaught() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.aBalancedSideNeverGetsMore(real)).doesNotThrowAnyException();
        PlanResult broken = withItem(real, Role.PSOAS_STRETCH, Side.RIGHT, p -> withSets(p, 9));
        assertThatThrownBy(() -> PlanRules.aBalancedSideNeverGetsMore(broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEmphasisedSideNotGettingMoreIsCaught() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.aSideThatCallsForAKindGetsStrictlyMore(tightLeft, real)).doesNotThrowAnyException();
        // the left side's stretching made the same as the right's: its extra stretch dropped, its sets those of the right
        List<PlannedItem> items = new ArrayList<>();
        for (PlannedItem p : real.plan().items()) {
            if (p.item().role() != Role.PSOAS_STRETCH || p.side() != Side.LEFT) {
                items.add(p);
                continue;
            }
            real.plan().items().stream().filter(o -> o.item().equals(p.item()) && o.side() == Side.RIGHT).findFirst()
                    .ifPresent(right -> items.add(withSets(p, right.dose().sets())));
        }
        Plan old = real.plan();
        PlanResult broken = new PlanResult(real.triage(), real.findings(), new Plan(old.sessionsPerWeek(), old.frequencyWhy(),
                old.retestAfterDays(), old.minutesPerSession(), old.estimatedSeconds(), List.copyOf(items), old.progression(),
                old.progressionChanges()), real.excluded(), real.advice(), real.catalogVersion());
        assertThatThrownBy(() -> PlanRules.aSideThatCallsForAKindGetsStrictlyMore(tightLeft, broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void twoMaintenanceDosesIsCaught() {
        PlanResult real = plan(weakRight);
        assertThatCode(() -> PlanRules.maintenanceIsOneDose(real)).doesNotThrowAnyException();
        PlanResult broken = withItem(real, Role.PSOAS_STRETCH, Side.RIGHT, p -> withSets(p, p.dose().sets() + 1));
        assertThatThrownBy(() -> PlanRules.maintenanceIsOneDose(broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aWhyThatDisagreesWithItsSideIsCaught() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.everyWhyAgreesWithItsDoseAndSide(real)).doesNotThrowAnyException();
        PlanResult broken = withItem(real, Role.PSOAS_STRETCH, Side.LEFT, p -> new PlannedItem(p.item(), p.part(), p.side(), p.variant(),
                p.dose(), Fixtures.MESSAGES.get("why.stretch.balanced", "left")));
        assertThatThrownBy(() -> PlanRules.everyWhyAgreesWithItsDoseAndSide(broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aTightSideGrowingItsStrengtheningIsCaught() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.aTightSideIsHeldAtTheStartingStrengtheningDose(real)).doesNotThrowAnyException();
        PlanResult broken = withItem(real, Role.PSOAS_STRENGTHEN, Side.LEFT, p -> withSets(p, p.dose().sets() + 1));
        assertThatThrownBy(() -> PlanRules.aTightSideIsHeldAtTheStartingStrengtheningDose(broken)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anEstimateThatIsNotTheSumIsCaughtAndSoIsABudgetOverrun() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.estimateIsTheSumOfTheItems(real)).doesNotThrowAnyException();
        PlanResult longer = withItem(real, Role.PSOAS_STRETCH, Side.LEFT, p -> withSets(p, p.dose().sets() + 1));
        assertThatThrownBy(() -> PlanRules.estimateIsTheSumOfTheItems(longer)).isInstanceOf(AssertionError.class);
        Intake fiveMinutes = intake().tightLeft().equipment(Equipment.MAT, Equipment.CHAIR).minutes(5).build();
        assertThatThrownBy(() -> PlanRules.budgetIsKept(fiveMinutes, real)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anItemWhoseEquipmentIsMissingIsCaught() {
        PlanResult real = plan(tightLeft);
        assertThatCode(() -> PlanRules.nothingForbiddenIsPlanned(tightLeft, real)).doesNotThrowAnyException();
        var roller = Fixtures.CATALOG.get("foam-roll-tfl-adductors");
        PlanResult broken = withItem(real, Role.PSOAS_STRETCH, Side.LEFT, p -> new PlannedItem(roller, p.part(), p.side(), null, p.dose(), p.why()));
        assertThatThrownBy(() -> PlanRules.nothingForbiddenIsPlanned(tightLeft, broken)).isInstanceOf(AssertionError.class);
    }
}
