package org.psoascoach.progress;

import org.psoascoach.assessment.MeasurementError;
import org.psoascoach.assessment.TestId;
import org.psoascoach.assessment.TestResults;

import java.util.function.Function;

/**
 * A number the tests give per side, with the direction that means better and the measurement error
 * ({@link MeasurementError}, the one home of those numbers) below which a change reads "no measurable change".
 */
public enum Measure {
    HOLD_SECONDS(TestId.STANDING_HIP_FLEXION_HOLD, "seconds", "s", MeasurementError.HOLD_SECONDS, true,
            t -> t.standingHipFlexionHold().left() == null ? null : t.standingHipFlexionHold().left().seconds(),
            t -> t.standingHipFlexionHold().right() == null ? null : t.standingHipFlexionHold().right().seconds()),
    THOMAS_HIP_ANGLE(TestId.MODIFIED_THOMAS, "hipAngleDeg", "°", MeasurementError.ANGLE_DEG, false,
            t -> t.modifiedThomas().left() == null ? null : t.modifiedThomas().left().hipAngleDeg(),
            t -> t.modifiedThomas().right() == null ? null : t.modifiedThomas().right().hipAngleDeg()),
    THOMAS_KNEE_ANGLE(TestId.MODIFIED_THOMAS, "kneeAngleDeg", "°", MeasurementError.ANGLE_DEG, true,
            t -> t.modifiedThomas().left() == null ? null : t.modifiedThomas().left().kneeAngleDeg(),
            t -> t.modifiedThomas().right() == null ? null : t.modifiedThomas().right().kneeAngleDeg()),
    LEG_RAISE_HEIGHT(TestId.PRONE_LEG_RAISE, "heightCm", "cm", MeasurementError.HEIGHT_CM, true,
            t -> t.proneLegRaise().left() == null ? null : t.proneLegRaise().left().heightCm(),
            t -> t.proneLegRaise().right() == null ? null : t.proneLegRaise().right().heightCm()),
    RESISTED_GRADE(TestId.RESISTED_HIP_FLEXION, "grade", "/5", MeasurementError.GRADE, true,
            t -> t.resistedHipFlexion().left() == null ? null : (double) t.resistedHipFlexion().left().grade(),
            t -> t.resistedHipFlexion().right() == null ? null : (double) t.resistedHipFlexion().right().grade());

    /** Pain on the 0–10 scale: the smallest change that matters (SPEC §1.3). */
    public static final double PAIN_ERROR = MeasurementError.PAIN_POINTS;

    private final TestId test;
    private final String field, unit;
    private final double error;
    private final boolean higherIsBetter;
    private final Function<TestResults, Double> left, right;

    Measure(TestId test, String field, String unit, double error, boolean higherIsBetter,
            Function<TestResults, Double> left, Function<TestResults, Double> right) {
        this.test = test;
        this.field = field;
        this.unit = unit;
        this.error = error;
        this.higherIsBetter = higherIsBetter;
        this.left = left;
        this.right = right;
    }

    public String test() { return test.id(); }

    public TestId testId() { return test; }

    public String field() { return field; }

    public String unit() { return unit; }

    /** Changes smaller than this (in the measure's unit) are within the measurement error. */
    public double error() { return error; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public Double left(TestResults t) { return left.apply(t); }

    public Double right(TestResults t) { return right.apply(t); }
}
