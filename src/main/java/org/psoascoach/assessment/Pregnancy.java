package org.psoascoach.assessment;

/**
 * The pregnancy rule of SPEC §1.1 and §1.3: from week 13 nothing is done lying on the back or the front, neither the
 * tests nor the exercises. One home for the week, read by the assessment, the wizards and the planner.
 */
public final class Pregnancy {
    public static final int LYING_POSITIONS_END_AT_WEEK = 13;

    private Pregnancy() {}

    /** True when this pregnancy week (null: not pregnant) rules out lying positions. */
    public static boolean rulesOutLying(Integer pregnancyWeek) {
        return pregnancyWeek != null && pregnancyWeek >= LYING_POSITIONS_END_AT_WEEK;
    }

    /** True when the test may be asked of a person at this pregnancy week. */
    public static boolean allows(TestId test, Integer pregnancyWeek) {
        return !(test.lying() && rulesOutLying(pregnancyWeek));
    }
}
