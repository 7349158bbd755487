package org.psoascoach.planning;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Equipment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.Fixtures.intake;
import static org.psoascoach.Fixtures.plan;

/** A practitioner's changes apply where the rules allow them, and say why where they do not. */
class AdjustmentsTest {
    private static Adjustment dose(String item, Side side, int sets, Integer reps, Integer hold) {
        return new Adjustment("a", Adjustment.Kind.DOSE, item, side, sets, reps, hold, "pia@example.org");
    }

    private static Adjustment add(String item, Side side) {
        return new Adjustment("b", Adjustment.Kind.ADD, item, side, null, null, null, "pia@example.org");
    }

    @Test
    void aDoseInsideTheCatalogsRangesReplacesThePlannedOneAndSaysWhoSetIt() {
        PlanResult generated = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(20));
        PlannedItem lunge = generated.plan().items().stream().filter(p -> p.item().id().equals("kneeling-lunge") && p.side() == Side.LEFT)
                .findFirst().orElseThrow();
        var adjusted = Adjustments.apply(generated, List.of(dose("kneeling-lunge", Side.LEFT, 5, null, 45)), Fixtures.CATALOG, Fixtures.MESSAGES);
        PlannedItem changed = adjusted.result().plan().items().stream().filter(p -> p.item().id().equals("kneeling-lunge") && p.side() == Side.LEFT)
                .findFirst().orElseThrow();
        assertThat(changed.dose().sets()).isEqualTo(5);
        assertThat(changed.dose().holdSeconds()).isEqualTo(45);
        assertThat(changed.why()).startsWith("Dose set by your practitioner (pia@example.org).");
        assertThat(adjusted.result().plan().estimatedSeconds()).isEqualTo(adjusted.result().plan().items().stream().mapToInt(PlannedItem::estimatedSeconds).sum())
                .isNotEqualTo(generated.plan().estimatedSeconds());
        assertThat(lunge.dose().sets()).isNotEqualTo(5);
    }

    @Test
    void aDoseOutsideTheRangesIsRefusedWithTheRange() {
        PlanResult generated = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(20));
        var adjusted = Adjustments.apply(generated, List.of(dose("kneeling-lunge", Side.LEFT, 40, null, 45)), Fixtures.CATALOG, Fixtures.MESSAGES);
        assertThat(adjusted.applied()).isEmpty();
        assertThat(adjusted.notApplied()).singleElement().satisfies(n -> assertThat(n.why()).startsWith("Sets must be from"));
        assertThat(adjusted.result().plan().items()).isEqualTo(generated.plan().items());
    }

    @Test
    void anItemTheRulesForbidCannotBeAddedAndTheRuleIsNamed() {
        PlanResult pregnant = plan(intake().balanced().pregnancyWeek(20).equipment(Equipment.MAT).minutes(30));
        var adjusted = Adjustments.apply(pregnant, List.of(add("boat-pose", Side.BOTH), add("practitioner-psoas-release", Side.BOTH)),
                Fixtures.CATALOG, Fixtures.MESSAGES);
        assertThat(adjusted.applied()).isEmpty();
        assertThat(adjusted.notApplied()).extracting(Adjustments.NotApplied::why)
                .allSatisfy(why -> assertThat(why).startsWith("Not allowed for this client:"))
                .anySatisfy(why -> assertThat(why).contains("pregnancy"))
                .anySatisfy(why -> assertThat(why).contains("practitioner"));
        assertThat(adjusted.result().plan().items()).noneMatch(p -> p.item().id().equals("boat-pose"));
    }

    @Test
    void anAllowedItemIsAddedInItsPartAtTheStartingDose() {
        PlanResult generated = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(20));
        assertThat(generated.plan().items()).noneMatch(p -> p.item().id().equals("high-lunge-reach") && p.side() == Side.RIGHT);
        var adjusted = Adjustments.apply(generated, List.of(add("high-lunge-reach", Side.RIGHT)), Fixtures.CATALOG, Fixtures.MESSAGES);
        assertThat(adjusted.notApplied()).isEmpty();
        List<PlannedItem> items = adjusted.result().plan().items();
        PlannedItem added = items.stream().filter(p -> p.item().id().equals("high-lunge-reach") && p.side() == Side.RIGHT).findFirst().orElseThrow();
        assertThat(added.part()).isEqualTo(SessionPart.STRETCH);
        assertThat(added.dose().sets()).isEqualTo(added.item().dosage().sets().min());
        assertThat(added.why()).isEqualTo("Added by your practitioner (pia@example.org).");
        // the session keeps its order: every stretch before the strengthening
        int at = items.indexOf(added);
        assertThat(items.subList(at + 1, items.size())).allMatch(p -> p.part().ordinal() >= SessionPart.STRETCH.ordinal());
        assertThat(Adjustments.apply(generated, List.of(add("high-lunge-reach", Side.BOTH)), Fixtures.CATALOG, Fixtures.MESSAGES).notApplied())
                .singleElement().satisfies(n -> assertThat(n.why()).contains("one side at a time"));
    }

    @Test
    void afterARetestAChangeForAnItemNoLongerPlannedDoesNotCarryOverAndSaysWhy() {
        PlanResult before = plan(intake().tightLeft().equipment(Equipment.MAT).minutes(20));
        Adjustment removal = new Adjustment("c", Adjustment.Kind.REMOVE, "kneeling-lunge", Side.LEFT, null, null, null, "pia@example.org");
        assertThat(Adjustments.apply(before, List.of(removal), Fixtures.CATALOG, Fixtures.MESSAGES).applied()).containsExactly(removal);
        PlanResult pregnantNow = plan(intake().tightLeft().pregnancyWeek(20).equipment(Equipment.MAT).minutes(20));
        var carried = Adjustments.apply(pregnantNow, List.of(removal, dose("supine-single-leg-lift", Side.RIGHT, 2, 10, 3)),
                Fixtures.CATALOG, Fixtures.MESSAGES);
        assertThat(carried.notApplied()).extracting(Adjustments.NotApplied::why)
                .contains("The program no longer has this exercise on this side.");
    }
}
