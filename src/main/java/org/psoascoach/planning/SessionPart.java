package org.psoascoach.planning;

/** The order of a session (SPEC §1.3): breathing and release, stretches, strengthening, closing breath. */
public enum SessionPart {
    OPENING("opening"), STRETCH("stretch"), STRENGTHEN("strengthen"), CLOSING("closing");

    private final String id;

    SessionPart(String id) { this.id = id; }

    public String id() { return id; }
}
