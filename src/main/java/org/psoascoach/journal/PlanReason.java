package org.psoascoach.journal;

/** Why a plan was written: a new assessment, a change of dose from the logged weeks, or new catalog data. */
public enum PlanReason {
    ASSESSMENT("assessment"), PROGRESSION("progression"), CATALOG("catalog");

    private final String id;

    PlanReason(String id) { this.id = id; }

    public String id() { return id; }

    public static PlanReason fromId(String id) {
        for (PlanReason r : values()) if (r.id.equals(id)) return r;
        throw new IllegalArgumentException("unknown plan reason " + id);
    }
}
