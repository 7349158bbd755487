package org.psoascoach.assessment;

import org.psoascoach.catalog.Codes;

/**
 * What a person reports. The red flags carry the triage reason code of SPEC §1.2; the others inform
 * the plan's explanations but never change the triage level.
 */
public enum Symptom {
    CAUDA_EQUINA_SIGNS("cauda-equina-signs", true),
    FEVER_WITH_PAIN("fever-with-pain", true),
    PROGRESSIVE_LEG_WEAKNESS("progressive-leg-weakness", true),
    RECENT_TRAUMA("recent-trauma", true),
    WORSENING_CHRONIC_BACK_PAIN("worsening-chronic-back-pain", true),
    PAIN_RADIATES_UP_SPINE("pain-radiates-up-spine", true),
    THIGH_NUMBNESS("thigh-numbness", true),
    CANCER_HISTORY("cancer-history", true),
    UNEXPLAINED_WEIGHT_LOSS("unexplained-weight-loss", true),
    SUSPECTED_BURSITIS("suspected-bursitis", true),
    SEVERE_PAIN("severe-pain", true),
    FRONT_HIP_PAIN("front-hip-pain", false),
    HIP_RESTRICTION("hip-restriction", false),
    DEEP_PELVIC_PAIN("deep-pelvic-pain", false),
    LOW_BACK_PAIN("low-back-pain", false),
    KNEE_PAIN("knee-pain", false),
    NECK_PAIN("neck-pain", false),
    BELLYACHE("bellyache", false),
    CONSTIPATION("constipation", false),
    STRESS("stress", false);

    private final String id;
    private final boolean redFlag;

    Symptom(String id, boolean redFlag) {
        this.id = id;
        this.redFlag = redFlag;
    }

    public String id() { return id; }

    public boolean redFlag() { return redFlag; }

    /** Pain in the back, the hip or the groin, which together with a cancer history needs a doctor's view (SPEC §1.2). */
    public boolean isBackOrHipPain() {
        return switch (this) {
            case LOW_BACK_PAIN, WORSENING_CHRONIC_BACK_PAIN, PAIN_RADIATES_UP_SPINE, FEVER_WITH_PAIN,
                 FRONT_HIP_PAIN, DEEP_PELVIC_PAIN, SUSPECTED_BURSITIS -> true;
            default -> false;
        };
    }

    public static Symptom fromId(String id) { return Codes.find(values(), id, Symptom::id); }

    public static String allowedIds() { return Codes.allowed(values(), Symptom::id); }
}
