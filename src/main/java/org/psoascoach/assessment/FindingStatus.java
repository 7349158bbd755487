package org.psoascoach.assessment;

/** A side's overall result (SPEC §1.1). */
public enum FindingStatus {
    BALANCED("balanced"), TIGHT("tight"), WEAK("weak"), TIGHT_AND_WEAK("tight-and-weak"), UNTESTED("untested");

    private final String id;

    FindingStatus(String id) { this.id = id; }

    public String id() { return id; }

    public static FindingStatus of(boolean tested, boolean tight, boolean weak) {
        if (!tested) return UNTESTED;
        if (tight && weak) return TIGHT_AND_WEAK;
        if (tight) return TIGHT;
        if (weak) return WEAK;
        return BALANCED;
    }
}
