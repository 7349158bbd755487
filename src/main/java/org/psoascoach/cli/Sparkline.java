package org.psoascoach.cli;

import java.util.List;

/** A row of block characters, one per value, scaled between the smallest and largest value. */
final class Sparkline {
    private static final char[] BARS = {'\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'};

    private Sparkline() {}

    static String of(List<Double> values) {
        if (values.isEmpty()) return "";
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder out = new StringBuilder(values.size());
        for (double v : values) {
            int index = max == min ? BARS.length / 2 : (int) Math.round((v - min) / (max - min) * (BARS.length - 1));
            out.append(BARS[index]);
        }
        return out.toString();
    }
}
