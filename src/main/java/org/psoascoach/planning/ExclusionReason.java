package org.psoascoach.planning;

/** Why a catalog item is not in the plan; every item left out carries one or more of these. */
public enum ExclusionReason {
    TRIAGE_URGENT("triage-urgent"),
    TRIAGE_SEE_DOCTOR("triage-see-doctor"),
    PRACTITIONER_ONLY("practitioner-only"),
    PREGNANCY("pregnancy"),
    FOAM_ROLLING_CONTRAINDICATED("foam-rolling-contraindicated"),
    ARTHRITIS("arthritis"),
    OLDER_ADULT("older-adult"),
    CHAIR_SUPPORT_NEEDED("chair-support-needed"),
    MISSING_EQUIPMENT("missing-equipment"),
    NOT_NEEDED("not-needed-for-findings"),
    COVERED_BY_OTHER_ITEM("covered-by-other-item"),
    TIME_BUDGET("time-budget");

    private final String id;
    private final String messageKey;

    ExclusionReason(String id) {
        this.id = id;
        this.messageKey = "excluded." + id;
    }

    public String id() { return id; }

    public String messageKey() { return messageKey; }
}
