package org.psoascoach.assessment;

import java.util.List;

/** Left or right; {@code BOTH} for items done with both legs at once. */
public enum Side {
    LEFT("left"), RIGHT("right"), BOTH("both");

    /** The two sides a person is tested on, left first. */
    public static final List<Side> SIDES = List.of(LEFT, RIGHT);

    private final String id;
    private final String messageKey;

    Side(String id) {
        this.id = id;
        this.messageKey = "side." + id;
    }

    public String id() { return id; }

    /** The key of this side's name in the message bundle. */
    public String messageKey() { return messageKey; }

    /** The side with this id, or null. */
    public static Side fromId(String id) {
        for (Side side : values()) if (side.id.equals(id)) return side;
        return null;
    }

    public static String allowedIds() { return "left, right, both"; }

    public Side other() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case BOTH -> BOTH;
        };
    }
}
