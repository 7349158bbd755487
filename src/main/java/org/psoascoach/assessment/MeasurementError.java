package org.psoascoach.assessment;

/**
 * How precise each measure is: a change over time, or a difference between the sides, smaller than this is inside
 * the measure's error and is reported as "no measurable change" / no side difference (SPEC §1.1). The 5° of the
 * goniometer, the 15 % of the leg-lift comparison and the 2 pain points are the spec's; the 3 s of a hand-timed hold,
 * the 2 cm of a partner's tape measure and the whole grade of the muscle test are our choice (docs/architecture.md).
 */
public final class MeasurementError {
    /** A knee-lift hold timed by hand. */
    public static final double HOLD_SECONDS = 3;
    /** A goniometer reading (Thomas test hip or knee angle). */
    public static final double ANGLE_DEG = 5;
    /** The manual muscle test moves in whole grades. */
    public static final double GRADE = 1;
    /** A partner's tape measure, for changes of one side's leg-lift height over time. */
    public static final double HEIGHT_CM = 2;
    /** Between the sides the leg lifts are compared by share: lower by 15 % of the higher one or more. */
    public static final double LEG_RAISE_SHARE = 0.15;
    /** Pain on the 0–10 scale: 2 points is the smallest change that matters. */
    public static final int PAIN_POINTS = 2;

    private MeasurementError() {}

    /** True when {@code lower} is at least 15 % below {@code higher} (a small epsilon keeps 15.0 % exactly inside). */
    public static boolean legRaiseDiffers(double lower, double higher) {
        return higher > 0 && higher - lower >= LEG_RAISE_SHARE * higher - 1e-9;
    }
}
