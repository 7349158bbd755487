package org.psoascoach.questionnaire;

import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestId;
import org.psoascoach.catalog.Equipment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the web assessment, in order: the safety questions first, then the person, the set-up
 * (equipment, helper, time), then one step per test. Every field is named by its path in the intake
 * JSON of SPEC §2, so the answers pass the same checks as {@code psoas plan} and a problem found
 * there lands beside the field it names.
 */
public enum WizardStep {
    SAFETY("safety", null, List.of(
            Field.codes("symptoms", "wizard.field.redFlags", redFlags(true)),
            Field.check("person.clearedByClinician"))),
    ABOUT("about", null, List.of(
            Field.number("pain.now"), Field.check("pain.chronic"), Field.check("pain.worsening"),
            Field.number("person.age"), Field.number("person.sittingHoursPerDay"),
            Field.codes("person.activities", "wizard.field.activities", ids(Activity.values(), Activity::id, a -> "activity." + a.id())),
            Field.number("person.pregnancyWeek"),
            Field.codes("symptoms", "wizard.field.otherSymptoms", redFlags(false)),
            Field.codes("conditions", "wizard.field.conditions", ids(Condition.values(), Condition::id, c -> "condition." + c.id())))),
    SETUP("setup", null, List.of(
            Field.codes("equipment", "wizard.field.equipment", ids(Arrays.stream(Equipment.values()).filter(e -> e != Equipment.PARTNER)
                    .toArray(Equipment[]::new), Equipment::id, e -> "equipment." + e.id())),
            Field.codes("equipment", "wizard.field.partner", List.of(new Code(Equipment.PARTNER.id(), "wizard.partner.yes"))),
            Field.number("minutesPerSession"))),
    HOLD("hold", TestId.STANDING_HIP_FLEXION_HOLD, List.of(
            // the test's own words say to stop counting at 30, so the form asks no more than that (the intake allows 300)
            Field.sideNumber("seconds").atMost(30), Field.sideYesNo("pelvisStable"))),
    THOMAS("thomas", TestId.MODIFIED_THOMAS, List.of(
            Field.sideYesNo("thighRestsOnTable"), Field.sideYesNo("lowBackArched"),
            Field.sideNumber("hipAngleDeg").mayBeLeftEmpty(), Field.sideNumber("kneeAngleDeg").mayBeLeftEmpty())),
    LEG_RAISE("leg-raise", TestId.PRONE_LEG_RAISE, List.of(Field.sideNumber("heightCm"))),
    RESISTED("resisted", TestId.RESISTED_HIP_FLEXION, List.of(Field.sideGrade("grade")));

    public final String id;
    /** The test this step performs, or null. */
    public final TestId test;
    /** The catalog test this step performs (its illustration and steps), or null. */
    public final String testItem;
    /** The key of the test under {@code tests} in the intake JSON, or null. */
    public final String testKey;
    public final List<Field> fields;

    WizardStep(String id, TestId test, List<Field> fields) {
        this.id = id;
        this.test = test;
        this.testItem = test == null ? null : test.id();
        this.testKey = test == null ? null : test.intakeField();
        this.fields = fields;
    }

    public boolean isTest() { return test != null; }

    /** The step's title and its opening words in the message bundle: both wizards show the same. */
    public String titleKey() { return "wizard.step." + id + ".title"; }

    public String introKey() { return "wizard.step." + id + ".intro"; }

    public static Optional<WizardStep> fromId(String id) { return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst(); }

    /** Where an input of this step sits in the intake JSON; per-side fields sit under the test and side. */
    public String path(Field field, String side) {
        return field.perSide() ? "tests." + testKey + "." + side + "." + field.name() : field.name();
    }

    /** GRADE: a whole number from 0 to 5 chosen among words (5: held firm against full pressure …). */
    public enum Kind { NUMBER, CHECK, YES_NO, CODES, GRADE }

    /** The grades a resisted test is scored in, strongest first, as they are offered. */
    public static final List<Integer> GRADES = List.of(5, 4, 3, 2, 1, 0);

    /** A code offered as a checkbox, and the key of its label. */
    public record Code(String id, String labelKey) {}

    /**
     * One question. {@code name} is its intake path (for per-side fields, the name under the side);
     * CODES fields own only their {@code codes} within the array at that path, so two steps can share it.
     */
    public record Field(String name, Kind kind, boolean perSide, String legendKey, List<Code> codes, Double max, boolean optional) {
        public static Field number(String path) { return new Field(path, Kind.NUMBER, false, null, List.of(), null, true); }

        public static Field check(String path) { return new Field(path, Kind.CHECK, false, null, List.of(), null, true); }

        public static Field codes(String path, String legendKey, List<Code> codes) { return new Field(path, Kind.CODES, false, legendKey, codes, null, true); }

        /** A test's measurement on each side: needed once the test is done. */
        public static Field sideNumber(String name) { return new Field(name, Kind.NUMBER, true, null, List.of(), null, false); }

        public static Field sideYesNo(String name) { return new Field(name, Kind.YES_NO, true, null, List.of(), null, false); }

        public static Field sideGrade(String name) { return new Field(name, Kind.GRADE, true, null, List.of(), null, false); }

        /** The same field, asking for no more than {@code limit}: the most the step's own words ask to count. */
        public Field atMost(double limit) { return new Field(name, kind, perSide, legendKey, codes, limit, optional); }

        /** The same field, which may be left empty (a measurement only a practitioner takes). */
        public Field mayBeLeftEmpty() { return new Field(name, kind, perSide, legendKey, codes, max, true); }

        /** The message-bundle key for this field's label, hint and error: its path without the side. */
        public String key(WizardStep step) { return perSide ? "tests." + step.testKey + "." + name : name; }
    }

    private static List<Code> redFlags(boolean redFlag) {
        return Arrays.stream(Symptom.values()).filter(s -> s.redFlag() == redFlag).map(s -> new Code(s.id(), "symptom." + s.id())).toList();
    }

    private static <E> List<Code> ids(E[] values, java.util.function.Function<E, String> id, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Code(id.apply(v), label.apply(v))).toList();
    }
}
