package org.psoascoach.catalog;

/** An inclusive whole-number range, such as 30–60 seconds or 3–6 sets. */
public record Range(int min, int max) {
    public Range {
        if (min > max) throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
}
