package org.psoascoach.contract;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is named by its JSON path with what is allowed. */
class IntakeReaderTest {

    private static List<String> problems(String json) {
        try {
            IntakeReader.read(json);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the intake to be refused: " + json);
    }

    @Test
    void readsTheSpecExample() {
        Intake intake = IntakeReader.read(org.psoascoach.bench.SpecExample.json());
        assertThat(intake.person().age()).isEqualTo(41);
        assertThat(intake.symptoms()).containsExactly(Symptom.FRONT_HIP_PAIN);
        assertThat(intake.equipment()).containsExactly(Equipment.MAT, Equipment.RESISTANCE_BAND, Equipment.CHAIR);
        assertThat(intake.tests().modifiedThomas().left().hipAngleDeg()).isEqualTo(8.0);
        assertThat(intake.tests().resistedHipFlexion().right().grade()).isEqualTo(4);
    }

    @Test
    void everyFieldButTestsMayBeLeftOut() {
        Intake intake = IntakeReader.read("{\"tests\": {}}");
        assertThat(intake.minutesPerSession()).isEqualTo(15);
        assertThat(intake.equipment()).isEmpty();
    }

    @Test
    void missingTestsAreNamed() {
        assertThat(problems("{}")).containsExactly("$.tests: is required (an object with the test results; it may be empty: {})");
    }

    @Test
    void anOutOfRangeAngleNamesItsPathAndRange() {
        assertThat(problems("{\"tests\": {\"modifiedThomas\": {\"left\": {\"thighRestsOnTable\": true, \"lowBackArched\": false, \"hipAngleDeg\": 75}}}}"))
                .containsExactly("$.tests.modifiedThomas.left.hipAngleDeg: must be between -30 and 60");
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() {
        List<String> problems = problems("""
                {"person": {"age": -1, "pregnancyWeek": 50},
                 "pain": {"now": 11},
                 "tests": {"standingHipFlexionHold": {"left": {"seconds": "long"}},
                           "resistedHipFlexion": {"right": {"grade": 2.5}}},
                 "minutesPerSession": 90}
                """);
        assertThat(problems).containsExactlyInAnyOrder(
                "$.person.age: must be between 0 and 120",
                "$.person.pregnancyWeek: must be between 1 and 42",
                "$.pain.now: must be between 0 and 10",
                "$.tests.standingHipFlexionHold.left.seconds: must be a number between 0 and 300",
                "$.tests.standingHipFlexionHold.left.pelvisStable: is required (true or false)",
                "$.tests.resistedHipFlexion.right.grade: must be a whole number between 0 and 5",
                "$.minutesPerSession: must be between 5 and 60");
    }

    @Test
    void unknownCodesAreErrorsListingTheAllowedValues() {
        List<String> problems = problems("{\"tests\": {}, \"equipment\": [\"mat\", \"trampoline\"], \"symptoms\": [\"hiccups\"],"
                + " \"conditions\": [\"flu\"], \"person\": {\"activities\": [\"knitting\"]}}");
        assertThat(problems).anyMatch(p -> p.startsWith("$.equipment[1]: unknown value \"trampoline\"; allowed values are mat, table"));
        assertThat(problems).anyMatch(p -> p.startsWith("$.symptoms[0]: unknown value \"hiccups\"; allowed values are cauda-equina-signs"));
        assertThat(problems).anyMatch(p -> p.startsWith("$.conditions[0]: unknown value \"flu\"; allowed values are cancer"));
        assertThat(problems).anyMatch(p -> p.startsWith("$.person.activities[0]: unknown value \"knitting\"; allowed values are desk-work"));
    }

    @Test
    void anUnknownFieldIsAnErrorSoThatATypoIsNeverIgnored() {
        assertThat(problems("{\"tests\": {}, \"minutesPerSesion\": 20}"))
                .singleElement().asString().startsWith("$.minutesPerSesion: unknown field; allowed fields are person, conditions");
    }

    @Test
    void aRepeatedCodeIsAnError() {
        assertThat(problems("{\"tests\": {}, \"equipment\": [\"mat\", \"mat\"]}")).containsExactly("$.equipment[1]: \"mat\" is listed twice");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThat(problems("{\n  \"tests\": {,\n}")).singleElement().asString().startsWith("$: not valid JSON at line 2, column 13");
    }

    @Test
    void contentAfterTheObjectIsAnError() {
        assertThat(problems("{\"tests\": {}} {}")).singleElement().asString().startsWith("$: unexpected content after the JSON object");
    }

    @Test
    void aDuplicateFieldIsAnError() {
        assertThat(problems("{\"tests\": {}, \"tests\": {}}")).singleElement().asString().contains("Duplicate field 'tests'");
    }

    @Test
    void emptyOrNonObjectInputIsRefused() {
        assertThat(problems("")).containsExactly("$: empty input; expected a JSON object");
        assertThat(problems("[1, 2]")).containsExactly("$: must be a JSON object");
        assertThat(problems("{\"tests\": {\"modifiedThomas\": {\"left\": 3}}}")).containsExactly("$.tests.modifiedThomas.left: must be an object");
    }

    @Test
    void historyDatesMustBeReal() {
        assertThat(problems("{\"tests\": {}, \"history\": [{\"date\": \"2026-02-30\", \"painBefore\": 2, \"painAfter\": 3}]}"))
                .containsExactly("$.history[0].date: must be a date as YYYY-MM-DD");
    }

    @Test
    void anInvalidIntakeNeverReachesThePlanner() {
        assertThatThrownBy(() -> IntakeReader.read("{\"tests\": {\"proneLegRaise\": {\"left\": {\"heightCm\": 400}}}}"))
                .isInstanceOf(InvalidInputException.class);
    }
}
