package org.psoascoach.catalog;

/** The body position an item is done in; pregnancy rules and chair support depend on it. */
public enum Position {
    STANDING("standing"), KNEELING("kneeling"), QUADRUPED("quadruped"), SEATED("seated"), SUPINE("supine"), PRONE("prone");

    private final String id;

    Position(String id) { this.id = id; }

    public String id() { return id; }

    /** Lying on the back or the belly: left out from pregnancy week 13 on. */
    public boolean isLying() { return this == SUPINE || this == PRONE; }

    public static Position fromId(String id) { return Codes.find(values(), id, Position::id); }
}
