package org.psoascoach.planning;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pain;
import org.psoascoach.assessment.Person;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Role;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.contract.PlanJson;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.safety.ReasonCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over generated intakes: the safety and budget rules hold for every input, not just the examples. */
class PlanProperties {
    private final Planner planner = Fixtures.PLANNER;

    @Property(tries = 400)
    void theBudgetIsNeverExceeded(@ForAll("intakes") Intake intake) {
        PlanResult result = planner.plan(intake);
        if (result.plan() == null) return;
        assertThat(result.plan().estimatedSeconds()).isLessThanOrEqualTo(intake.minutesPerSession() * 60);
        assertThat(result.plan().estimatedMinutes()).isLessThanOrEqualTo(intake.minutesPerSession());
    }

    @Property(tries = 400)
    void nothingForbiddenIsEverPlanned(@ForAll("intakes") Intake intake) {
        PlanResult result = planner.plan(intake);
        var triage = result.triage();
        if (!triage.allowsPlan()) {
            assertThat(result.plan()).isNull();
            return;
        }
        boolean pregnantFrom13 = intake.person().pregnancyWeek() != null && intake.person().pregnancyWeek() >= 13;
        boolean restricted = triage.has(ReasonCode.ARTHRITIS) || triage.has(ReasonCode.OLDER_ADULT);
        for (PlannedItem planned : result.plan().items()) {
            Item item = planned.item();
            assertThat(item.practitionerOnly()).isFalse();
            assertThat(item.role()).isNotEqualTo(Role.TEST);
            assertThat(intake.equipment()).containsAll(item.equipment());
            if (planned.variant() != null) assertThat(intake.equipment()).containsAll(planned.variant().equipment());
            if (pregnantFrom13) {
                assertThat(item.position()).isNotIn(Position.SUPINE, Position.PRONE);
                assertThat(item.id()).isNotEqualTo("boat-pose");
            }
            if (triage.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED)) assertThat(item.foamRolling()).isFalse();
            if (restricted) {
                assertThat(item.advanced()).isFalse();
                if (planned.variant() != null) assertThat(planned.variant().advanced()).isFalse();
                if (item.position() == Position.STANDING) assertThat(planned.variant()).isNotNull().matches(v -> v.chairSupported());
            }
            if (item.equipment().contains(Equipment.PARTNER)) assertThat(intake.equipment()).contains(Equipment.PARTNER);
        }
    }

    @Property(tries = 200)
    void theSameInputAlwaysGivesTheSameOutput(@ForAll("intakes") Intake intake) {
        assertThat(PlanJson.write(planner.plan(intake))).isEqualTo(PlanJson.write(planner.plan(intake)));
    }

    @Property(tries = 400)
    void noValidInputThrowsAndEveryExerciseIsPlannedOrExplained(@ForAll("intakes") Intake intake) {
        PlanResult result = planner.plan(intake);
        assertThat(PlanJson.write(result)).isNotBlank();
        Set<String> accounted = new HashSet<>();
        if (result.plan() != null) result.plan().items().forEach(i -> accounted.add(i.item().id()));
        result.excluded().forEach(e -> assertThat(accounted.add(e.id())).as("listed once: " + e.id()).isTrue());
        for (Item item : Fixtures.CATALOG.items()) {
            if (item.role() != Role.TEST) assertThat(accounted).contains(item.id());
        }
        if (result.plan() != null) assertThat(result.plan().items()).allMatch(i -> !i.why().isBlank());
    }

    @Property(tries = 300)
    void aTightSideNeverGetsLessStretchingThanAnUntightSide(@ForAll("intakes") Intake intake) {
        PlanResult result = planner.plan(intake);
        if (result.plan() == null) return;
        for (Side side : Side.SIDES) {
            if (result.findings().of(side).tight() && !result.findings().of(side.other()).tight()) {
                int tight = Fixtures.volume(result.plan(), Role.PSOAS_STRETCH, side);
                int other = Fixtures.volume(result.plan(), Role.PSOAS_STRETCH, side.other());
                boolean perSideStretch = result.plan().items().stream().anyMatch(i -> i.item().role() == Role.PSOAS_STRETCH && i.side() != Side.BOTH);
                if (perSideStretch) assertThat(tight).isGreaterThan(other);
            }
        }
    }

    @Property(tries = 300)
    void arbitraryJsonIsEitherAnIntakeOrAListOfProblems(@ForAll("jsonish") String text) {
        try {
            Intake intake = IntakeReader.read(text);
            planner.plan(intake);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty().allMatch(p -> p.path().startsWith("$"));
        }
    }

    // ---- generators

    @Provide
    Arbitrary<Intake> intakes() {
        Arbitrary<Person> person = Combinators.combine(
                Arbitraries.integers().between(16, 95).injectNull(0.2),
                Arbitraries.doubles().between(0, 16).ofScale(1).injectNull(0.2),
                Arbitraries.of(Activity.class).set().ofMaxSize(3),
                Arbitraries.integers().between(1, 42).injectNull(0.75),
                Arbitraries.of(true, false)
        ).as(Person::new);
        Arbitrary<Pain> pain = Combinators.combine(Arbitraries.integers().between(0, 10).injectNull(0.2),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Pain::new);
        // mostly symptoms that inform, sometimes red flags, so that most generated intakes reach the planner
        Arbitrary<Set<Symptom>> symptoms = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.of(List.of(Symptom.values()).stream().filter(x -> !x.redFlag()).toList()).set().ofMaxSize(3)),
                Tuple.of(3, Arbitraries.of(Symptom.class).set().ofMaxSize(2)));
        Arbitrary<TestResults> tests = Combinators.combine(
                pair(Combinators.combine(Arbitraries.doubles().between(0, 300).ofScale(0), Arbitraries.of(true, false)).as(TestResults.HoldTest::new)),
                pair(Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.doubles().between(-30, 60).ofScale(0).injectNull(0.5),
                        Arbitraries.doubles().between(30, 180).ofScale(0).injectNull(0.5)).as(TestResults.ThomasTest::new)),
                pair(Arbitraries.doubles().between(0, 150).ofScale(0).map(TestResults.LegRaiseTest::new)),
                pair(Arbitraries.integers().between(0, 5).map(TestResults.ResistedTest::new))
        ).as(TestResults::new);
        Arbitrary<List<SessionLog>> history = Combinators.combine(
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10),
                Arbitraries.of(true, true, true, false)
        ).as((day, before, after, done) -> new SessionLog(LocalDate.of(2026, 1, 1).plusDays(day), before, after, done)).list().ofMaxSize(30);
        return Combinators.combine(person, Arbitraries.of(Condition.class).set().ofMaxSize(2), symptoms, pain, tests,
                Arbitraries.of(Equipment.class).set(), Arbitraries.integers().between(5, 60), history).as(Intake::new);
    }

    private static <T> Arbitrary<SidePair<T>> pair(Arbitrary<T> side) {
        return Combinators.combine(side.injectNull(0.3), side.injectNull(0.3)).as(SidePair::new);
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> values = Arbitraries.of("null", "true", "-1", "0", "3", "7.5", "999", "\"\"", "\"mat\"", "\"left\"",
                "[]", "[\"mat\", \"chair\"]", "{}", "[\"cauda-equina-signs\"]", "{\"left\": {\"seconds\": 20, \"pelvisStable\": true}}",
                "{\"left\": {\"grade\": 2}, \"right\": {\"grade\": 9}}", "{\"now\": 4}", "{\"age\": 70, \"pregnancyWeek\": 20}");
        Arbitrary<String> keys = Arbitraries.of("person", "conditions", "symptoms", "pain", "tests", "equipment", "minutesPerSession",
                "history", "standingHipFlexionHold", "modifiedThomas", "proneLegRaise", "resistedHipFlexion", "bogus");
        Arbitrary<String> field = Combinators.combine(keys, values).as((k, v) -> "\"" + k + "\": " + v);
        Arbitrary<String> object = field.list().ofMaxSize(6).map(fields -> "{" + String.join(", ", fields) + "}");
        return Arbitraries.oneOf(object, object.map(o -> o.substring(0, Math.max(1, o.length() / 2))),
                Arbitraries.strings().ofMaxLength(20));
    }
}
