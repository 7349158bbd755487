package org.psoascoach.catalog;

/** Things a person may have at hand; a partner counts as equipment because partner items need one. */
public enum Equipment {
    MAT("mat"), TABLE("table"), BED_OR_COUCH("bed-or-couch"), FOAM_ROLLER("foam-roller"),
    RESISTANCE_BAND("resistance-band"), STABILITY_BALL("stability-ball"), ANKLE_WEIGHTS("ankle-weights"),
    CHAIR("chair"), PARTNER("partner");

    private final String id;

    Equipment(String id) { this.id = id; }

    public String id() { return id; }

    public static Equipment fromId(String id) { return Codes.find(values(), id, Equipment::id); }

    public static String allowedIds() { return Codes.allowed(values(), Equipment::id); }
}
