package org.psoascoach.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Asks one question at a time on the terminal and asks again, saying what is allowed, until the
 * answer fits. The end of input means the person stopped: {@link Stopped} is thrown and nothing is saved.
 */
final class Prompter {
    private final BufferedReader in;
    private final PrintWriter out;
    private final org.psoascoach.language.Messages m;

    Prompter(BufferedReader in, PrintWriter out, org.psoascoach.language.Messages messages) {
        this.in = in;
        this.out = out;
        this.m = messages;
    }

    static final class Stopped extends RuntimeException {
        Stopped() { super("input ended before the last question", null, false, false); }
    }

    void say(String text) {
        out.println(text);
        out.flush();
    }

    boolean yesNo(String question, Boolean byDefault) {
        String hint = byDefault == null ? "[y/n]" : byDefault ? "[Y/n]" : "[y/N]";
        while (true) {
            String a = ask(question + " " + hint).toLowerCase(Locale.ROOT);
            if (a.isEmpty() && byDefault != null) return byDefault;
            if (a.equals("y") || a.equals("yes")) return true;
            if (a.equals("n") || a.equals("no")) return false;
            say("  " + m.get("cli.answer.yesNo"));
        }
    }

    /** A whole number in [min, max]; null when optional and left empty. */
    Integer integer(String question, int min, int max, Integer byDefault, boolean optional) {
        while (true) {
            String a = ask(question);
            if (a.isEmpty() && byDefault != null) return byDefault;
            if (a.isEmpty() && optional) return null;
            try {
                int v = Integer.parseInt(a);
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            say("  " + m.get(optional ? "cli.answer.wholeOrSkip" : "cli.answer.whole", min, max));
        }
    }

    /** A number in [min, max]; null when optional and left empty. */
    Double decimal(String question, double min, double max, boolean optional) {
        while (true) {
            String a = ask(question).replace(',', '.');
            if (a.isEmpty() && optional) return null;
            try {
                double v = Double.parseDouble(a);
                if (v >= min && v <= max && !Double.isNaN(v)) return v;
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            say("  " + m.get(optional ? "cli.answer.numberOrSkip" : "cli.answer.number", fmt(min), fmt(max)));
        }
    }

    /** Zero or more of the allowed codes, separated by commas or spaces. */
    List<String> codes(String question, Set<String> allowed) {
        while (true) {
            String a = ask(question).toLowerCase(Locale.ROOT);
            List<String> chosen = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String part : a.split("[,\\s]+")) {
                if (part.isEmpty() || part.equals("none")) continue;
                if (allowed.contains(part)) {
                    if (!chosen.contains(part)) chosen.add(part);
                } else {
                    unknown.add(part);
                }
            }
            if (unknown.isEmpty()) return chosen;
            say("  " + m.get("cli.answer.codes", String.join(", ", unknown), String.join(", ", allowed)));
        }
    }

    String text(String question) { return ask(question); }

    private String ask(String question) {
        out.print(question + " ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) throw new Stopped();
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
