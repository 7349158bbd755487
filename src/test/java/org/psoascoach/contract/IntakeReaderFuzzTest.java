package org.psoascoach.contract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Intake;
import org.psoascoach.json.InvalidInputException;

/**
 * The intake reader (the CLI's file, {@code POST /api/v1/plan} and {@code POST /api/v1/assessments}) under fuzzing: any
 * text is either read, and then planned without fault and the same twice, or refused with at least one problem naming
 * a field — the input errors the contract defines, and nothing else. Seeds: this class's resources folder.
 */
public class IntakeReaderFuzzTest {
    public static void fuzzerTestOneInput(FuzzedDataProvider data) { check(data.consumeRemainingAsString()); }

    static void check(String text) {
        Intake intake;
        try {
            intake = IntakeReader.read(text);
        } catch (InvalidInputException e) {
            FuzzChecks.namesFields(e);
            return;
        }
        String plan = PlanJson.write(Fixtures.PLANNER.plan(intake));
        if (!plan.equals(PlanJson.write(Fixtures.PLANNER.plan(intake)))) throw new AssertionError("the same intake planned differently");
    }

    @FuzzTest(maxDuration = "10s")
    void anyTextIsAnIntakeThatPlansOrIsRefusedByField(FuzzedDataProvider data) { fuzzerTestOneInput(data); }
}
