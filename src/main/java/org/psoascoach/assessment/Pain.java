package org.psoascoach.assessment;

/** Pain right now on the 0–10 scale (null when not given), and whether it is long-standing and getting worse. */
public record Pain(Integer now, boolean chronic, boolean worsening) {
    public static Pain none() { return new Pain(null, false, false); }
}
