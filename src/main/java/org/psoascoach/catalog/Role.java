package org.psoascoach.catalog;

/** The job an item can do in a planned session. */
public enum Role {
    /** A way to measure a side; never planned as an exercise. */
    TEST("test"),
    PSOAS_STRETCH("psoas-stretch"),
    PSOAS_STRENGTHEN("psoas-strengthen"),
    /** Glute work: what a tight side gets instead of extra psoas load (003). */
    GLUTE_STRENGTHEN("glute-strengthen"),
    /** Release of the hip muscles near the surface (foam rolling), done at the start. */
    SURFACE_RELEASE("surface-release"),
    BREATHING("breathing"),
    /** Done only by a trained practitioner; never in a self-guided plan. */
    PRACTITIONER("practitioner");

    private final String id;

    Role(String id) { this.id = id; }

    public String id() { return id; }

    public static Role fromId(String id) { return Codes.find(values(), id, Role::id); }
}
