package org.psoascoach.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a JSON tree field by field, recording a {@link Problem} with the JSON path for everything
 * that is missing, of the wrong type, out of range or unknown, so that one pass reports every mistake.
 * A value that has a problem reads as null; callers check {@link #problems()} before using the result.
 */
public final class JsonIn {
    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;

    private JsonIn(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public static JsonIn root(JsonNode node) { return new JsonIn(node, "$", new ArrayList<>()); }

    public List<Problem> problems() { return problems; }

    public String path() { return path; }

    public void problem(String message) { problems.add(new Problem(path, message)); }

    public void problemAt(String field, String message) { problems.add(new Problem(path + "." + field, message)); }

    /** Absent or JSON null. */
    public boolean isAbsent() { return node == null || node.isMissingNode() || node.isNull(); }

    public boolean isObject() { return node != null && node.isObject(); }

    /** This value must be an object whose fields are all among {@code allowed}; reports otherwise. */
    public boolean expectObject(String... allowed) {
        if (isAbsent()) return false;
        if (!node.isObject()) {
            problem("must be an object");
            return false;
        }
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problemAt(name, "unknown field; allowed fields are " + String.join(", ", allowed));
            }
        }
        return true;
    }

    public JsonIn field(String name) {
        JsonNode child = node == null || !node.isObject() ? null : node.get(name);
        return new JsonIn(child, path + "." + name, problems);
    }

    public boolean has(String name) { return !field(name).isAbsent(); }

    /** Field names in document order (for objects keyed by id). */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public Integer integer(String name, int min, int max, boolean required) {
        JsonIn f = field(name);
        if (f.isAbsent()) {
            if (required) f.problem("is required (a whole number between " + min + " and " + max + ")");
            return null;
        }
        if (!f.node.isIntegralNumber() && !(f.node.isNumber() && f.node.asDouble() == Math.rint(f.node.asDouble()))) {
            f.problem("must be a whole number between " + min + " and " + max);
            return null;
        }
        double value = f.node.asDouble();
        if (value < min || value > max) {
            f.problem("must be between " + min + " and " + max);
            return null;
        }
        return (int) value;
    }

    public Double number(String name, double min, double max, boolean required) {
        JsonIn f = field(name);
        if (f.isAbsent()) {
            if (required) f.problem("is required (a number between " + fmt(min) + " and " + fmt(max) + ")");
            return null;
        }
        if (!f.node.isNumber()) {
            f.problem("must be a number between " + fmt(min) + " and " + fmt(max));
            return null;
        }
        double value = f.node.asDouble();
        if (value < min || value > max) {
            f.problem("must be between " + fmt(min) + " and " + fmt(max));
            return null;
        }
        return value;
    }

    public Boolean bool(String name, boolean required) {
        JsonIn f = field(name);
        if (f.isAbsent()) {
            if (required) f.problem("is required (true or false)");
            return null;
        }
        if (!f.node.isBoolean()) {
            f.problem("must be true or false");
            return null;
        }
        return f.node.booleanValue();
    }

    public String string(String name, boolean required) {
        JsonIn f = field(name);
        if (f.isAbsent()) {
            if (required) f.problem("is required (text)");
            return null;
        }
        if (!f.node.isTextual() || f.node.textValue().isBlank()) {
            f.problem("must be non-empty text");
            return null;
        }
        return f.node.textValue();
    }

    /** A string that must be one of a closed set of codes. */
    public <E> E code(String name, boolean required, Function<String, E> lookup, String allowed) {
        String text = string(name, required);
        if (text == null) return null;
        E value = lookup.apply(text);
        if (value == null) field(name).problem("unknown value \"" + text + "\"; allowed values are " + allowed);
        return value;
    }

    public List<String> strings(String name, boolean required, boolean nonEmpty) {
        JsonIn f = field(name);
        if (f.isAbsent()) {
            if (required) f.problem("is required (a list of text)");
            return required ? null : List.of();
        }
        if (!f.node.isArray()) {
            f.problem("must be a list of text");
            return null;
        }
        if (nonEmpty && f.node.isEmpty()) {
            f.problem("must not be empty");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.node.size(); i++) {
            JsonNode element = f.node.get(i);
            if (!element.isTextual() || element.textValue().isBlank()) {
                problems.add(new Problem(f.path + "[" + i + "]", "must be non-empty text"));
            } else {
                out.add(element.textValue());
            }
        }
        return out;
    }

    /** A list of codes from a closed set; unknown codes and repeats are problems. */
    public <E> Set<E> codes(String name, Function<String, E> lookup, String allowed) {
        JsonIn f = field(name);
        Set<E> out = new LinkedHashSet<>();
        if (f.isAbsent()) return out;
        if (!f.node.isArray()) {
            f.problem("must be a list; allowed values are " + allowed);
            return out;
        }
        for (int i = 0; i < f.node.size(); i++) {
            JsonNode element = f.node.get(i);
            String at = f.path + "[" + i + "]";
            E value = element.isTextual() ? lookup.apply(element.textValue()) : null;
            if (value == null) {
                String shown = element.isTextual() ? "\"" + element.textValue() + "\"" : element.toString();
                problems.add(new Problem(at, "unknown value " + shown + "; allowed values are " + allowed));
            } else if (!out.add(value)) {
                problems.add(new Problem(at, "\"" + element.textValue() + "\" is listed twice"));
            }
        }
        return out;
    }

    /** The elements of an array field, each as its own reader. */
    public List<JsonIn> elements(String name) {
        JsonIn f = field(name);
        List<JsonIn> out = new ArrayList<>();
        if (f.isAbsent()) return out;
        if (!f.node.isArray()) {
            f.problem("must be a list");
            return out;
        }
        for (int i = 0; i < f.node.size(); i++) out.add(new JsonIn(f.node.get(i), f.path + "[" + i + "]", problems));
        return out;
    }

    /** This value itself as a number in a range (for list elements). */
    public Double asNumber(double min, double max) {
        if (isAbsent() || !node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
            problem("must be a number between " + fmt(min) + " and " + fmt(max));
            return null;
        }
        return node.asDouble();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
