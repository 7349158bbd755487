package org.psoascoach.progress;

import org.psoascoach.assessment.TestResults;

import java.util.function.Function;

/**
 * A number the tests give per side, with the direction that means better and the measurement error
 * below which a change is reported as "no measurable change". The 5° of the goniometer is SPEC §1.1;
 * the others are our choice (docs/architecture.md): a hand-timed hold is good to about 3 s, a tape
 * measure held by a partner to about 2 cm, and the muscle test moves in whole grades.
 */
public enum Measure {
    HOLD_SECONDS("standing-hip-flexion-hold", "seconds", "s", 3, true,
            t -> t.standingHipFlexionHold().left() == null ? null : t.standingHipFlexionHold().left().seconds(),
            t -> t.standingHipFlexionHold().right() == null ? null : t.standingHipFlexionHold().right().seconds()),
    THOMAS_HIP_ANGLE("modified-thomas-test", "hipAngleDeg", "°", 5, false,
            t -> t.modifiedThomas().left() == null ? null : t.modifiedThomas().left().hipAngleDeg(),
            t -> t.modifiedThomas().right() == null ? null : t.modifiedThomas().right().hipAngleDeg()),
    THOMAS_KNEE_ANGLE("modified-thomas-test", "kneeAngleDeg", "°", 5, true,
            t -> t.modifiedThomas().left() == null ? null : t.modifiedThomas().left().kneeAngleDeg(),
            t -> t.modifiedThomas().right() == null ? null : t.modifiedThomas().right().kneeAngleDeg()),
    LEG_RAISE_HEIGHT("prone-leg-raise-test", "heightCm", "cm", 2, true,
            t -> t.proneLegRaise().left() == null ? null : t.proneLegRaise().left().heightCm(),
            t -> t.proneLegRaise().right() == null ? null : t.proneLegRaise().right().heightCm()),
    RESISTED_GRADE("resisted-hip-flexion-test", "grade", "/5", 0.5, true,
            t -> t.resistedHipFlexion().left() == null ? null : (double) t.resistedHipFlexion().left().grade(),
            t -> t.resistedHipFlexion().right() == null ? null : (double) t.resistedHipFlexion().right().grade());

    /** Pain on the 0–10 scale: 2 points is the smallest change that matters (SPEC §1.3). */
    public static final double PAIN_ERROR = 2;

    private final String test, field, unit;
    private final double error;
    private final boolean higherIsBetter;
    private final Function<TestResults, Double> left, right;

    Measure(String test, String field, String unit, double error, boolean higherIsBetter,
            Function<TestResults, Double> left, Function<TestResults, Double> right) {
        this.test = test;
        this.field = field;
        this.unit = unit;
        this.error = error;
        this.higherIsBetter = higherIsBetter;
        this.left = left;
        this.right = right;
    }

    public String test() { return test; }

    public String field() { return field; }

    public String unit() { return unit; }

    /** Changes smaller than this (in the measure's unit) are within the measurement error. */
    public double error() { return error; }

    public boolean higherIsBetter() { return higherIsBetter; }

    public Double left(TestResults t) { return left.apply(t); }

    public Double right(TestResults t) { return right.apply(t); }
}
