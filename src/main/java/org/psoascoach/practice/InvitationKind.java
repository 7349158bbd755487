package org.psoascoach.practice;

/** What an invitation link lets its holder do: join as a client, or join the practice as a colleague. */
public enum InvitationKind {
    CLIENT("client"), COLLEAGUE("colleague");

    private final String id;

    InvitationKind(String id) { this.id = id; }

    public String id() { return id; }

    public static InvitationKind fromId(String id) {
        for (InvitationKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
