package org.psoascoach.progress;

/** How a value moved from the first measurement to the latest, judged against the measurement error. */
public record Change(double from, double to, Verdict verdict) {
    public enum Verdict {
        BETTER("better"), WORSE("worse"), NO_MEASURABLE_CHANGE("no-measurable-change"), ONE_MEASUREMENT("one-measurement");

        private final String id;

        Verdict(String id) { this.id = id; }

        public String id() { return id; }
    }

    public double delta() { return to - from; }

    /** A change smaller than {@code error} is no measurable change; otherwise better or worse by direction. */
    public static Change of(double from, double to, double error, boolean higherIsBetter, int measurements) {
        if (measurements < 2) return new Change(from, to, Verdict.ONE_MEASUREMENT);
        double delta = to - from;
        if (Math.abs(delta) < error) return new Change(from, to, Verdict.NO_MEASURABLE_CHANGE);
        return new Change(from, to, (delta > 0) == higherIsBetter ? Verdict.BETTER : Verdict.WORSE);
    }
}
