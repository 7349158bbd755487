package org.psoascoach.contract;

import org.psoascoach.assessment.TestId;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pain;
import org.psoascoach.assessment.Person;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.JsonIn;
import org.psoascoach.json.Problem;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the intake JSON of SPEC §2 into an {@link Intake}, or throws {@link InvalidInputException} with
 * one problem per mistake, each naming its JSON path and what is allowed. Unknown fields and unknown
 * codes are mistakes too: a misspelt field must never be silently ignored in health software.
 */
public final class IntakeReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private IntakeReader() {}

    public static Intake read(String text) {
        JsonNode root;
        try {
            if (text == null || text.isBlank()) throw new InvalidInputException(List.of(new Problem("$", "empty input; expected a JSON object")));
            try (JsonParser parser = JSON.createParser(text)) {
                root = parser.readValueAsTree();
                // a second value after the object is a mistake, not something to ignore
                if (parser.nextToken() != null) {
                    throw new InvalidInputException(List.of(new Problem("$", "unexpected content after the JSON object at line "
                            + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr())));
                }
            }
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            int cut = what.indexOf('\n');
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new Problem("$", "not valid JSON" + where + ": " + (cut > 0 ? what.substring(0, cut) : what))));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem("$", "could not be read: " + e.getMessage())));
        }
        return read(root);
    }

    public static Intake read(JsonNode root) {
        JsonIn in = JsonIn.root(root);
        if (in.isAbsent() || !root.isObject()) {
            throw new InvalidInputException(List.of(new Problem("$", "must be a JSON object")));
        }
        in.expectObject("person", "conditions", "symptoms", "pain", "tests", "equipment", "minutesPerSession", "history");
        Person person = person(in.field("person"));
        Set<Condition> conditions = in.codes("conditions", Condition::fromId, Condition.allowedIds());
        Set<Symptom> symptoms = in.codes("symptoms", Symptom::fromId, Symptom.allowedIds());
        Pain pain = pain(in.field("pain"));
        JsonIn testsIn = in.field("tests");
        TestResults tests = TestResults.none();
        if (testsIn.isAbsent()) {
            testsIn.problem("is required (an object with the test results; it may be empty: {})");
        } else {
            tests = tests(testsIn);
        }
        Set<Equipment> equipment = in.codes("equipment", Equipment::fromId, Equipment.allowedIds());
        Integer minutes = in.integer("minutesPerSession", Intake.MIN_MINUTES, Intake.MAX_MINUTES, false);
        List<SessionLog> history = history(in);
        if (!in.problems().isEmpty()) throw new InvalidInputException(in.problems());
        return new Intake(person, conditions, symptoms, pain, tests, equipment, minutes == null ? Intake.DEFAULT_MINUTES : minutes, history);
    }

    private static Person person(JsonIn p) {
        if (!p.expectObject("age", "sittingHoursPerDay", "activities", "pregnancyWeek", "clearedByClinician")) return Person.unknown();
        Integer age = p.integer("age", 0, 120, false);
        Double sitting = p.number("sittingHoursPerDay", 0, 24, false);
        Set<Activity> activities = p.codes("activities", Activity::fromId, Activity.allowedIds());
        Integer week = p.integer("pregnancyWeek", 1, 42, false);
        Boolean cleared = p.bool("clearedByClinician", false);
        return new Person(age, sitting, activities, week, Boolean.TRUE.equals(cleared));
    }

    private static Pain pain(JsonIn p) {
        if (!p.expectObject("now", "chronic", "worsening")) return Pain.none();
        Integer now = p.integer("now", 0, 10, false);
        Boolean chronic = p.bool("chronic", false);
        Boolean worsening = p.bool("worsening", false);
        return new Pain(now, Boolean.TRUE.equals(chronic), Boolean.TRUE.equals(worsening));
    }

    private static TestResults tests(JsonIn t) {
        if (!t.expectObject(TestId.STANDING_HIP_FLEXION_HOLD.intakeField(), TestId.MODIFIED_THOMAS.intakeField(), TestId.PRONE_LEG_RAISE.intakeField(), TestId.RESISTED_HIP_FLEXION.intakeField())) return TestResults.none();
        return new TestResults(
                pair(t.field(TestId.STANDING_HIP_FLEXION_HOLD.intakeField()), s -> {
                    s.expectObject("seconds", "pelvisStable");
                    Double seconds = s.number("seconds", 0, 300, true);
                    Boolean stable = s.bool("pelvisStable", true);
                    return seconds == null || stable == null ? null : new TestResults.HoldTest(seconds, stable);
                }),
                pair(t.field(TestId.MODIFIED_THOMAS.intakeField()), s -> {
                    s.expectObject("thighRestsOnTable", "lowBackArched", "hipAngleDeg", "kneeAngleDeg");
                    Boolean rests = s.bool("thighRestsOnTable", true);
                    Boolean arched = s.bool("lowBackArched", true);
                    Double hip = s.number("hipAngleDeg", -30, 60, false);
                    Double knee = s.number("kneeAngleDeg", 30, 180, false);
                    return rests == null || arched == null ? null : new TestResults.ThomasTest(rests, arched, hip, knee);
                }),
                pair(t.field(TestId.PRONE_LEG_RAISE.intakeField()), s -> {
                    s.expectObject("heightCm");
                    Double height = s.number("heightCm", 0, 150, true);
                    return height == null ? null : new TestResults.LegRaiseTest(height);
                }),
                pair(t.field(TestId.RESISTED_HIP_FLEXION.intakeField()), s -> {
                    s.expectObject("grade");
                    Integer grade = s.integer("grade", 0, 5, true);
                    return grade == null ? null : new TestResults.ResistedTest(grade);
                }));
    }

    private static <T> SidePair<T> pair(JsonIn test, Function<JsonIn, T> side) {
        if (!test.expectObject("left", "right")) return SidePair.none();
        JsonIn left = test.field("left"), right = test.field("right");
        T l = left.isAbsent() ? null : objectOrProblem(left) ? side.apply(left) : null;
        T r = right.isAbsent() ? null : objectOrProblem(right) ? side.apply(right) : null;
        return new SidePair<>(l, r);
    }

    private static boolean objectOrProblem(JsonIn side) {
        if (side.isObject()) return true;
        side.problem("must be an object");
        return false;
    }

    private static List<SessionLog> history(JsonIn in) {
        List<SessionLog> logs = new ArrayList<>();
        for (JsonIn log : in.elements("history")) {
            if (!log.expectObject("date", "painBefore", "painAfter", "completed")) {
                if (log.isAbsent()) log.problem("must be an object with date, painBefore, painAfter");
                continue;
            }
            String date = log.string("date", true);
            LocalDate day = null;
            if (date != null) {
                try {
                    day = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    log.problemAt("date", "must be a date as YYYY-MM-DD");
                }
            }
            Integer before = log.integer("painBefore", 0, 10, true);
            Integer after = log.integer("painAfter", 0, 10, true);
            Boolean completed = log.bool("completed", false);
            if (day != null && before != null && after != null) logs.add(new SessionLog(day, before, after, !Boolean.FALSE.equals(completed)));
        }
        return logs;
    }
}
