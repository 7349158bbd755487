package org.psoascoach.safety;

/** Every reason code of SPEC §1.2 with the level it raises the result to. */
public enum ReasonCode {
    CAUDA_EQUINA_SIGNS("cauda-equina-signs", TriageLevel.URGENT),
    FEVER_WITH_PAIN("fever-with-pain", TriageLevel.URGENT),
    PROGRESSIVE_LEG_WEAKNESS("progressive-leg-weakness", TriageLevel.URGENT),
    RECENT_TRAUMA("recent-trauma", TriageLevel.URGENT),
    WORSENING_CHRONIC_BACK_PAIN("worsening-chronic-back-pain", TriageLevel.SEE_DOCTOR),
    PAIN_RADIATES_UP_SPINE("pain-radiates-up-spine", TriageLevel.SEE_DOCTOR),
    THIGH_NUMBNESS("thigh-numbness", TriageLevel.SEE_DOCTOR),
    CANCER_HISTORY("cancer-history", TriageLevel.SEE_DOCTOR),
    UNEXPLAINED_WEIGHT_LOSS("unexplained-weight-loss", TriageLevel.SEE_DOCTOR),
    SUSPECTED_BURSITIS("suspected-bursitis", TriageLevel.SEE_DOCTOR),
    SEVERE_PAIN("severe-pain", TriageLevel.SEE_DOCTOR),
    PREGNANCY("pregnancy", TriageLevel.MODIFY),
    FOAM_ROLLING_CONTRAINDICATED("foam-rolling-contraindicated", TriageLevel.MODIFY),
    ARTHRITIS("arthritis", TriageLevel.MODIFY),
    OLDER_ADULT("older-adult", TriageLevel.MODIFY);

    private final String id;
    private final TriageLevel level;
    private final String messageKey;

    ReasonCode(String id, TriageLevel level) {
        this.id = id;
        this.level = level;
        this.messageKey = "triage.reason." + id;
    }

    public String id() { return id; }

    public TriageLevel level() { return level; }

    /** The key of this reason's sentence in the message bundle. */
    public String messageKey() { return messageKey; }
}
