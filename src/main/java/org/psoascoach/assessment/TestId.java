package org.psoascoach.assessment;

/**
 * The four tests of SPEC §1.1: their stable catalog ids, their field in the intake JSON, and whether they are
 * done lying down (which rules them out from pregnancy week 13, see {@link Pregnancy}).
 */
public enum TestId {
    STANDING_HIP_FLEXION_HOLD("standing-hip-flexion-hold", "standingHipFlexionHold", false, false),
    MODIFIED_THOMAS("modified-thomas-test", "modifiedThomas", true, false),
    PRONE_LEG_RAISE("prone-leg-raise-test", "proneLegRaise", true, true),
    RESISTED_HIP_FLEXION("resisted-hip-flexion-test", "resistedHipFlexion", true, true);

    private final String id, intakeField;
    private final boolean lying, needsPartner;

    TestId(String id, String intakeField, boolean lying, boolean needsPartner) {
        this.id = id;
        this.intakeField = intakeField;
        this.lying = lying;
        this.needsPartner = needsPartner;
    }

    /** The catalog id ("modified-thomas-test"). */
    public String id() { return id; }

    /** The field under {@code tests} in the intake JSON ("modifiedThomas"). */
    public String intakeField() { return intakeField; }

    /** Done lying on the back or the front. */
    public boolean lying() { return lying; }

    /** Needs a helper to push or measure. */
    public boolean needsPartner() { return needsPartner; }

    /** The test with this catalog id, or null. */
    public static TestId fromId(String id) {
        for (TestId t : values()) if (t.id.equals(id)) return t;
        return null;
    }
}
