package org.psoascoach.assessment;

/** Something worth knowing about a side's result: a code for programs, a sentence for people. */
public record Note(String code, String message) {
    public static final String TIGHTNESS_NOT_TESTED = "tightness-not-tested";
    public static final String WEAKNESS_NOT_TESTED = "weakness-not-tested";
    public static final String RECTUS_FEMORIS_TIGHT = "rectus-femoris-tight";
    public static final String LEG_RAISE_NEEDS_BOTH_SIDES = "leg-raise-needs-both-sides";
}
