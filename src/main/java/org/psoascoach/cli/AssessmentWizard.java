package org.psoascoach.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.Pregnancy;
import org.psoascoach.assessment.TestEligibility;
import org.psoascoach.assessment.TestId;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.safety.ReasonCode;
import org.psoascoach.safety.Triage;
import org.psoascoach.safety.TriageLevel;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.ItemText;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terminal assessment: the safety questions first (in plain words), then the body, then each test
 * per side with the catalog's own instructions, then equipment and time. It builds the intake JSON of
 * SPEC §2, so the answers pass through exactly the same checks as {@code psoas plan --intake}.
 */
final class AssessmentWizard {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Prompter ask;
    private final Catalog catalog;

    AssessmentWizard(Prompter ask, Catalog catalog) {
        this.ask = ask;
        this.catalog = catalog;
    }

    /** Asks everything and returns the intake JSON. */
    String run() {
        ObjectNode intake = JSON.objectNode();
        ask.say("Psoas Coach assessment. It guides exercise; it does not diagnose. Press Ctrl-D at any time to stop: nothing is saved until the end.");
        ask.say("");
        ask.say("First, a few safety questions. Answer y or n.");
        Set<String> symptoms = new LinkedHashSet<>();
        redFlag(symptoms, "cauda-equina-signs", "Any loss of control over your bladder or bowels, or numbness between your legs where you would sit on a saddle?");
        redFlag(symptoms, "fever-with-pain", "A fever or chills together with your back or hip pain?");
        redFlag(symptoms, "progressive-leg-weakness", "Weakness in a leg that is getting worse?");
        redFlag(symptoms, "recent-trauma", "A fall, accident or hard knock recently?");
        redFlag(symptoms, "worsening-chronic-back-pain", "Low back pain you have had for months that keeps getting worse?");
        redFlag(symptoms, "pain-radiates-up-spine", "Pain that spreads from your low back up into the middle of your back or your neck?");
        redFlag(symptoms, "thigh-numbness", "Numbness, heat, or a feeling like running water on the front of your thigh?");
        redFlag(symptoms, "unexplained-weight-loss", "Weight loss you cannot explain?");
        redFlag(symptoms, "suspected-bursitis", "Deep pain in the groin with a snapping feeling when the hip moves?");

        if (symptoms.stream().anyMatch(s -> level(s) == TriageLevel.URGENT)) {
            intake.set("symptoms", array(symptoms)); // nothing more is asked: the answer is to get care now
            intake.putObject("tests");
            return intake.toString();
        }

        ObjectNode pain = intake.putObject("pain");
        Integer now = ask.integer("How much pain right now, from 0 (none) to 10 (worst imaginable)? (Enter to skip)", 0, 10, null, true);
        if (now != null) pain.put("now", now);
        pain.put("chronic", ask.yesNo("Has this pain been with you for three months or more?", false));
        pain.put("worsening", ask.yesNo("Is it getting worse?", false));

        ask.say("");
        ask.say("Other things you notice (they shape the explanations, not the safety check):");
        ask.say("  " + describe(Arrays.stream(Symptom.values()).filter(s -> !s.redFlag()).map(Symptom::id).toList()));
        symptoms.addAll(ask.codes("Which apply? (comma-separated, Enter for none)",
                ids(Arrays.stream(Symptom.values()).filter(s -> !s.redFlag()).map(Symptom::id).toList())));
        List<String> conditions = ask.codes("Medical conditions or medicines: " + describe(Arrays.stream(Condition.values()).map(Condition::id).toList())
                + "\nWhich apply? (comma-separated, Enter for none)", ids(Arrays.stream(Condition.values()).map(Condition::id).toList()));
        intake.set("symptoms", array(symptoms));
        intake.set("conditions", array(conditions));

        ask.say("");
        ObjectNode person = intake.putObject("person");
        Integer age = ask.integer("Your age in years? (Enter to skip)", 0, 120, null, true);
        if (age != null) person.put("age", age);
        Double sitting = ask.decimal("About how many hours a day do you sit? (0-24, Enter to skip)", 0, 24, true);
        if (sitting != null) person.put("sittingHoursPerDay", sitting);
        person.set("activities", array(ask.codes("What do you do regularly? " + describe(Arrays.stream(Activity.values()).map(Activity::id).toList())
                + "\n(comma-separated, Enter for none)", ids(Arrays.stream(Activity.values()).map(Activity::id).toList()))));
        if (ask.yesNo("Are you pregnant?", false)) {
            person.put("pregnancyWeek", ask.integer("Which week of pregnancy? (1-42)", 1, 42, null, false));
        }
        // clearance lowers only see-doctor reasons; an urgent sign is never offered it (SPEC §1.2)
        boolean urgent = symptoms.stream().anyMatch(s -> level(s) == TriageLevel.URGENT);
        boolean seeDoctor = symptoms.stream().anyMatch(s -> level(s) == TriageLevel.SEE_DOCTOR);
        person.put("clearedByClinician", !urgent && seeDoctor
                && ask.yesNo("Has a doctor or physiotherapist seen these symptoms and cleared you to exercise?", false));

        ask.say("");
        Set<String> equipment = new LinkedHashSet<>(ask.codes("What equipment do you have? " + describe(Arrays.stream(Equipment.values())
                .filter(e -> e != Equipment.PARTNER).map(Equipment::id).toList()) + "\n(comma-separated, Enter for none)",
                ids(Arrays.stream(Equipment.values()).filter(e -> e != Equipment.PARTNER).map(Equipment::id).toList())));
        boolean partner = ask.yesNo("Is someone with you who can help with partner tests and exercises?", false);
        if (partner) equipment.add(Equipment.PARTNER.id());
        intake.set("equipment", array(equipment));
        intake.put("minutesPerSession", ask.integer("How many minutes per session? (5-60, Enter for 15)", 5, 60, 15, false));

        ObjectNode tests = intake.putObject("tests");
        var answered = IntakeReader.read(intake);
        if (!new Triage(Engine.get().messages).screen(answered).allowsPlan()) {
            return intake.toString(); // no program at this level, so no test is asked either
        }
        Integer pregnancyWeek = answered.person().pregnancyWeek();
        var has = answered.equipment();
        ask.say("");
        ask.say("Now the tests. Each is done on the left side, then the right. Answer n to skip a test.");
        if (introduce(TestId.STANDING_HIP_FLEXION_HOLD)) {
            ObjectNode t = tests.putObject(TestId.STANDING_HIP_FLEXION_HOLD.intakeField());
            for (String side : List.of("left", "right")) {
                ObjectNode s = t.putObject(side);
                s.put("seconds", ask.decimal("  " + cap(side) + " knee: seconds it stayed up once you let go (0-300)?", 0, 300, false));
                s.put("pelvisStable", ask.yesNo("  " + cap(side) + " side: did your hips stay level and your body tall the whole time?", null));
            }
        }
        if (TestEligibility.askable(TestId.MODIFIED_THOMAS, pregnancyWeek, has) && introduce(TestId.MODIFIED_THOMAS)) {
            ObjectNode t = tests.putObject(TestId.MODIFIED_THOMAS.intakeField());
            for (String side : List.of("left", "right")) {
                ObjectNode s = t.putObject(side);
                s.put("thighRestsOnTable", ask.yesNo("  " + cap(side) + " leg lowered: did the back of the thigh rest on the table?", null));
                s.put("lowBackArched", ask.yesNo("  " + cap(side) + " leg lowered: did your low back lift off the table?", null));
                Double hip = ask.decimal("  " + cap(side) + " hip angle in degrees, if measured (thigh above the table line is positive, -30 to 60; Enter to skip)?", -30, 60, true);
                if (hip != null) s.put("hipAngleDeg", hip);
                Double knee = ask.decimal("  " + cap(side) + " knee angle in degrees, if measured (30-180; Enter to skip)?", 30, 180, true);
                if (knee != null) s.put("kneeAngleDeg", knee);
            }
        }
        if (partner) {
            if (TestEligibility.askable(TestId.PRONE_LEG_RAISE, pregnancyWeek, has) && introduce(TestId.PRONE_LEG_RAISE)) {
                ObjectNode t = tests.putObject(TestId.PRONE_LEG_RAISE.intakeField());
                for (String side : List.of("left", "right")) {
                    t.putObject(side).put("heightCm", ask.decimal("  " + cap(side) + " leg: height your partner measured, in cm (0-150)?", 0, 150, false));
                }
            }
            if (TestEligibility.askable(TestId.RESISTED_HIP_FLEXION, pregnancyWeek, has) && introduce(TestId.RESISTED_HIP_FLEXION)) {
                ObjectNode t = tests.putObject(TestId.RESISTED_HIP_FLEXION.intakeField());
                ask.say("  Grades: 5 held firm against full pressure, 4 held against some, 3 moved only without pressure, 2 or less could barely move.");
                for (String side : List.of("left", "right")) {
                    t.putObject(side).put("grade", ask.integer("  " + cap(side) + " side grade (0-5)?", 0, 5, null, false));
                }
            }
        } else {
            ask.say("(The two partner tests are skipped: they need a helper.)");
        }
        if (!TestEligibility.hasSurfaceForThomas(has)) {
            ask.say("(The Thomas test is skipped: it needs a table, a bench or the edge of a firm bed.)");
        }
        if (Pregnancy.rulesOutLying(pregnancyWeek)) {
            ask.say("(From week " + Pregnancy.LYING_POSITIONS_END_AT_WEEK + " of a pregnancy no test is done lying down, so tightness is not tested.)");
        }
        return intake.toString();
    }

    private void redFlag(Set<String> symptoms, String code, String question) {
        if (ask.yesNo(question, false)) symptoms.add(code);
    }

    private static TriageLevel level(String symptomId) {
        Symptom symptom = Symptom.fromId(symptomId);
        return symptom != null && symptom.redFlag() ? ReasonCode.valueOf(symptom.name()).level() : TriageLevel.PROCEED;
    }

    /** Shows the test's steps and asks whether it was done. */
    private boolean introduce(TestId test) {
        ItemText text = catalog.get(test.id()).text();
        ask.say("");
        ask.say(text.name() + ": " + text.summary());
        int n = 0;
        for (String step : text.steps()) ask.say("  " + (++n) + ". " + step);
        return ask.yesNo("Did you do this test?", true);
    }

    private static Set<String> ids(List<String> ids) { return new LinkedHashSet<>(ids); }

    private static String describe(List<String> ids) { return ids.stream().collect(Collectors.joining(", ")); }

    private static com.fasterxml.jackson.databind.node.ArrayNode array(java.util.Collection<String> values) {
        var array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
