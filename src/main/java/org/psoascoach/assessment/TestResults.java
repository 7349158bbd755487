package org.psoascoach.assessment;

/** The four tests of SPEC §1.1, each per side; a test or a side not done is null. */
public record TestResults(SidePair<HoldTest> standingHipFlexionHold, SidePair<ThomasTest> modifiedThomas,
                          SidePair<LegRaiseTest> proneLegRaise, SidePair<ResistedTest> resistedHipFlexion) {

    public static TestResults none() {
        return new TestResults(SidePair.none(), SidePair.none(), SidePair.none(), SidePair.none());
    }

    /** The same results without the tests done lying down (Thomas, prone leg lift, resisted knee pull). */
    public TestResults withoutLyingTests() {
        return new TestResults(standingHipFlexionHold, SidePair.none(), SidePair.none(), SidePair.none());
    }


    /** Standing knee-lift hold: seconds the knee stayed up unaided, and whether the pelvis stayed level. */
    public record HoldTest(double seconds, boolean pelvisStable) {}

    /** Modified Thomas test; the angles are optional practitioner measures. */
    public record ThomasTest(boolean thighRestsOnTable, boolean lowBackArched, Double hipAngleDeg, Double kneeAngleDeg) {}

    /** Prone straight-leg lift measured by a partner. */
    public record LegRaiseTest(double heightCm) {}

    /** Partner-resisted hip flexion, graded 0–5 on the manual muscle test scale. */
    public record ResistedTest(int grade) {}
}
