package org.psoascoach.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.catalog.Equipment;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of an assessment in progress, held as intake JSON (SPEC §2). A form's fields are written
 * at their paths as typed; what cannot be read as a number is kept as text, so the intake reader names
 * it and the step shows it again beside its message.
 */
public final class Answers {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> SIDES = List.of("left", "right");
    public static final String DONE = "done";

    private final ObjectNode root;

    private Answers(ObjectNode root) { this.root = root; }

    public static Answers empty() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tests");
        return new Answers(root);
    }

    public static Answers parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node instanceof ObjectNode object) return new Answers(object);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a draft we cannot read is started again rather than shown half
        }
        return empty();
    }

    /**
     * A re-test's starting answers: the last assessment's, without its measurements, its red flags, the clearance
     * that went with them, or the pain on that day. Those are asked afresh, because they are what may have changed.
     */
    public static Answers forRetest(org.psoascoach.assessment.Intake last) {
        Answers answers = parse(org.psoascoach.contract.IntakeJson.write(last));
        ObjectNode root = answers.root;
        root.set("tests", JSON.createObjectNode());
        if (root.path("pain") instanceof ObjectNode pain) pain.remove("now");
        if (root.path("person") instanceof ObjectNode person) person.remove("clearedByClinician");
        if (root.path("symptoms") instanceof com.fasterxml.jackson.databind.node.ArrayNode symptoms) {
            for (int i = symptoms.size() - 1; i >= 0; i--) {
                var symptom = org.psoascoach.assessment.Symptom.fromId(symptoms.get(i).asText());
                if (symptom == null || symptom.redFlag()) symptoms.remove(i);
            }
        }
        return answers;
    }

    public String json() { return root.toString(); }

    public JsonNode tree() { return root; }

    public Answers copy() { return new Answers(root.deepCopy()); }

    /**
     * The same answers with a helper present: in the clinic the practitioner is the helper for the partner tests (and
     * can still untick it on the set-up step).
     */
    public Answers withHelper() {
        Answers out = copy();
        var equipment = out.root.withArray("equipment");
        boolean has = false;
        for (var e : equipment) if (Equipment.PARTNER.id().equals(e.asText())) has = true;
        if (!has) equipment.add(Equipment.PARTNER.id());
        return out;
    }

    /** The equipment ticked so far (unknown codes are left to the intake reader to report). */
    public Set<Equipment> equipment() {
        Set<Equipment> out = java.util.EnumSet.noneOf(Equipment.class);
        for (String code : codes("equipment")) {
            Equipment e = Equipment.fromId(code);
            if (e != null) out.add(e);
        }
        return out;
    }

    /** The pregnancy week given, or null when none (or not a whole number yet). */
    public Integer pregnancyWeek() {
        JsonNode node = at("person.pregnancyWeek");
        // a week typed in a form is kept as a decimal number (20), one read back from a draft as an integer: both count
        if (node == null || !node.isNumber()) return null;
        BigDecimal week = node.decimalValue();
        if (week.signum() != 0 && week.stripTrailingZeros().scale() > 0) return null;
        try {
            return week.intValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    public void dropTest(WizardStep step) {
        if (root.path("tests").isObject()) ((ObjectNode) root.get("tests")).remove(step.testKey);
    }

    public boolean testDone(WizardStep step) { return step.isTest() && root.path("tests").has(step.testKey); }

    /** The answer at a path as the form shows it: numbers and text as written, nothing when absent. */
    public String text(String path) {
        JsonNode node = at(path);
        if (node == null || node.isNull() || node.isMissingNode()) return "";
        if (node.isNumber()) return node.decimalValue().stripTrailingZeros().toPlainString();
        return node.asText();
    }

    public Boolean bool(String path) {
        JsonNode node = at(path);
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }

    public Set<String> codes(String path) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode node = at(path);
        if (node != null && node.isArray()) node.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Writes one step's form fields into the answers. */
    public void apply(WizardStep step, Map<String, List<String>> form) {
        if (step.isTest()) {
            ObjectNode tests = root.withObjectProperty("tests");
            if (!"yes".equals(first(form, DONE))) {
                tests.remove(step.testKey); // skipped: the test is simply not done
                return;
            }
            ObjectNode test = tests.putObject(step.testKey);
            for (String side : SIDES) {
                ObjectNode sideNode = test.putObject(side);
                for (WizardStep.Field field : step.fields) put(sideNode, field.name(), field, form.get(step.path(field, side)));
            }
            return;
        }
        for (WizardStep.Field field : step.fields) {
            int dot = field.name().lastIndexOf('.');
            ObjectNode parent = dot < 0 ? root : root.withObjectProperty(field.name().substring(0, dot));
            put(parent, field.name().substring(dot + 1), field, form.get(field.name()));
        }
    }

    private static void put(ObjectNode parent, String name, WizardStep.Field field, List<String> values) {
        String value = values == null || values.isEmpty() ? "" : values.get(0).strip();
        switch (field.kind()) {
            case CHECK -> parent.put(name, "on".equals(value) || "true".equals(value));
            case YES_NO -> {
                if ("yes".equals(value)) parent.put(name, true);
                else if ("no".equals(value)) parent.put(name, false);
                else parent.remove(name); // unanswered: the reader says it is required
            }
            case NUMBER, GRADE -> {
                if (value.isEmpty()) parent.remove(name);
                else {
                    BigDecimal number = number(value);
                    if (number == null) parent.put(name, value);
                    else parent.put(name, number);
                }
            }
            case CODES -> {
                // this field owns only its own codes in the array: keep the others (another step's)
                Set<String> kept = new LinkedHashSet<>();
                JsonNode existing = parent.get(name);
                if (existing != null && existing.isArray()) existing.forEach(n -> kept.add(n.asText()));
                field.codes().forEach(c -> kept.remove(c.id()));
                if (values != null) {
                    for (String v : values) if (field.codes().stream().anyMatch(c -> c.id().equals(v))) kept.add(v);
                }
                ArrayNode array = parent.putArray(name);
                kept.forEach(array::add);
            }
        }
    }

    /** A number as people type it: "7.5" or "7,5"; null when it is not one. */
    public static BigDecimal number(String text) {
        String normal = text.replace('\u00a0', ' ').replace(" ", "");
        if (normal.indexOf(',') >= 0 && normal.indexOf('.') < 0) normal = normal.replace(',', '.');
        if (!normal.matches("[+-]?\\d{1,6}(\\.\\d{1,3})?")) return null;
        return new BigDecimal(normal);
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.get(part);
            if (node == null) return null;
        }
        return node;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
