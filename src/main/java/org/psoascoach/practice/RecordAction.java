package org.psoascoach.practice;

/** What a practitioner did with a client's record; each is logged for the client to see. */
public enum RecordAction {
    VIEWED_RECORD("viewed-record"), ADDED_CLIENT("added-client"), INVITED_CLIENT("invited-client"), CLIENT_JOINED("client-joined"),
    ASSESSED("assessed"), CHANGED_PROGRAM("changed-program"), PRINTED_HANDOUT("printed-handout"), WROTE_NOTE("wrote-note");

    private final String id;

    RecordAction(String id) { this.id = id; }

    public String id() { return id; }

    public static RecordAction fromId(String id) {
        for (RecordAction a : values()) if (a.id.equals(id)) return a;
        return null;
    }
}
