package org.psoascoach.planning;

import org.psoascoach.Fixtures;
import org.psoascoach.IntakeGenerators;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Note;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Role;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.json.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Properties over generated intakes (QuickTheories, fixed seeds, shrinking): the safety, budget and side rules hold for
 * every input, not just the examples. The rules themselves are in {@link PlanRules}; {@code PlanRulesTest} shows each
 * rejects a plan that breaks it.
 */
class PlanProperties {
    private static final long SEED = 20261201L;
    private final Planner planner = Fixtures.PLANNER;

    private static org.quicktheories.QuickTheory theory(int examples) {
        return qt().withFixedSeed(SEED).withExamples(examples).withShrinkCycles(200);
    }

    @Test
    void theBudgetIsNeverExceededAndTheEstimateIsTheSumOfTheItems() {
        theory(600).forAll(IntakeGenerators.intakes()).checkAssert(intake -> {
            PlanResult r = planner.plan(intake);
            PlanRules.budgetIsKept(intake, r);
            PlanRules.estimateIsTheSumOfTheItems(r);
        });
    }

    @Test
    void nothingForbiddenIsEverPlanned() {
        theory(800).forAll(IntakeGenerators.intakes()).checkAssert(intake -> PlanRules.nothingForbiddenIsPlanned(intake, planner.plan(intake)));
    }

    @Test
    void aBalancedSideNeverGetsMoreOfAKindOfWorkThanTheOtherSide() {
        theory(800).forAll(IntakeGenerators.plannable()).checkAssert(intake -> PlanRules.aBalancedSideNeverGetsMore(planner.plan(intake)));
    }

    @Test
    void aSideWhoseFindingCallsForAKindGetsStrictlyMoreOfItWheneverAPerSideItemFits() {
        theory(800).forAll(IntakeGenerators.plannable())
                .checkAssert(intake -> PlanRules.aSideThatCallsForAKindGetsStrictlyMore(intake, planner.plan(intake)));
    }

    @Test
    void aTightSideGetsNoPsoasStrengtheningBeyondTheStartingMaintenanceDose() {
        theory(800).forAll(IntakeGenerators.plannable())
                .checkAssert(intake -> PlanRules.aTightSideIsHeldAtTheStartingStrengtheningDose(planner.plan(intake)));
    }

    @Test
    void theTwoSidesOfAMaintenanceItemHaveTheSameDose() {
        theory(800).forAll(IntakeGenerators.plannable()).checkAssert(intake -> PlanRules.maintenanceIsOneDose(planner.plan(intake)));
    }

    @Test
    void everyWhyAgreesWithItsDoseAndSide() {
        theory(800).forAll(IntakeGenerators.plannable()).checkAssert(intake -> PlanRules.everyWhyAgreesWithItsDoseAndSide(planner.plan(intake)));
    }

    @Test
    void theSameInputAlwaysGivesTheSameOutput() {
        theory(300).forAll(IntakeGenerators.intakes())
                .checkAssert(intake -> assertThat(PlanJson.write(planner.plan(intake))).isEqualTo(PlanJson.write(planner.plan(intake))));
    }

    @Test
    void noValidInputThrowsAndEveryExerciseIsPlannedOrExplained() {
        theory(600).forAll(IntakeGenerators.intakes()).checkAssert(intake -> {
            PlanResult result = planner.plan(intake);
            assertThat(PlanJson.write(result)).isNotBlank();
            Set<String> accounted = new HashSet<>();
            if (result.plan() != null) result.plan().items().forEach(i -> accounted.add(i.item().id()));
            result.excluded().forEach(e -> assertThat(accounted.add(e.id())).as("listed once: " + e.id()).isTrue());
            for (Item item : Fixtures.CATALOG.items()) {
                if (item.role() != Role.TEST) assertThat(accounted).contains(item.id());
            }
            result.excluded().forEach(e -> assertThat(e.message()).as(e.id()).isNotBlank());
        });
    }

    @Test
    void fromPregnancyWeek13NoTestLyingDownShapesTheFindings() {
        theory(400).forAll(IntakeGenerators.intakes()).checkAssert(intake -> {
            Integer week = intake.person().pregnancyWeek();
            if (week == null || week < 13) return;
            Findings findings = planner.plan(intake).findings();
            Findings standingOnly = planner.plan(new Intake(intake.person(), intake.conditions(), intake.symptoms(), intake.pain(),
                    intake.tests().withoutLyingTests(), intake.equipment(), intake.minutesPerSession(), intake.history())).findings();
            assertThat(findings).isEqualTo(standingOnly);
            for (Side side : Side.SIDES) {
                assertThat(findings.of(side).notes()).extracting(Note::code).contains(Note.TIGHTNESS_NOT_TESTED);
            }
        });
    }

    @Test
    void arbitraryJsonIsEitherAnIntakeOrAListOfProblems() {
        theory(400).forAll(jsonish()).checkAssert(text -> {
            try {
                planner.plan(IntakeReader.read(text));
            } catch (InvalidInputException e) {
                assertThat(e.problems()).isNotEmpty().allMatch(p -> p.path().startsWith("$"));
            }
        });
    }

    private static Gen<String> jsonish() {
        Gen<String> values = Generate.pick(List.of("null", "true", "-1", "0", "3", "7.5", "999", "\"\"", "\"mat\"", "\"left\"",
                "[]", "[\"mat\", \"chair\"]", "{}", "[\"cauda-equina-signs\"]", "{\"left\": {\"seconds\": 20, \"pelvisStable\": true}}",
                "{\"left\": {\"grade\": 2}, \"right\": {\"grade\": 9}}", "{\"now\": 4}", "{\"age\": 70, \"pregnancyWeek\": 20}"));
        Gen<String> keys = Generate.pick(List.of("person", "conditions", "symptoms", "pain", "tests", "equipment", "minutesPerSession",
                "history", "standingHipFlexionHold", "modifiedThomas", "proneLegRaise", "resistedHipFlexion", "bogus"));
        Gen<String> field = keys.zip(values, (k, v) -> "\"" + k + "\": " + v);
        Gen<String> object = in -> {
            int n = Generate.range(0, 6).generate(in);
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append(field.generate(in));
            return sb.append('}').toString();
        };
        Gen<String> cut = object.map(o -> o.substring(0, Math.max(1, o.length() / 2)));
        Gen<String> noise = in -> {
            int n = Generate.range(0, 20).generate(in);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append((char) (int) Generate.range(32, 126).generate(in));
            return sb.toString();
        };
        return Generate.oneOf(object, cut, noise);
    }
}
