package org.psoascoach.assessment;

/** A value per side; either may be null when that side was not tested. */
public record SidePair<T>(T left, T right) {
    public T of(Side side) {
        return switch (side) {
            case LEFT -> left;
            case RIGHT -> right;
            case BOTH -> throw new IllegalArgumentException("a pair has no value for both sides");
        };
    }

    public boolean hasBoth() { return left != null && right != null; }

    public static <T> SidePair<T> none() { return new SidePair<>(null, null); }
}
