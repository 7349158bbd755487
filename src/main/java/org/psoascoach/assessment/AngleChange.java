package org.psoascoach.assessment;

/**
 * Compares two goniometer readings of the same side. Changes under 5° are inside the instrument's
 * error and read as "no measurable change" (SPEC §1.1).
 */
public enum AngleChange {
    NO_MEASURABLE_CHANGE("no-measurable-change"), INCREASED("increased"), DECREASED("decreased");

    private final String id;

    AngleChange(String id) { this.id = id; }

    public String id() { return id; }

    public static AngleChange between(double earlierDeg, double laterDeg) {
        double delta = laterDeg - earlierDeg;
        if (Math.abs(delta) < MeasurementError.ANGLE_DEG) return NO_MEASURABLE_CHANGE;
        return delta > 0 ? INCREASED : DECREASED;
    }
}
