package org.psoascoach.contract;

import org.psoascoach.assessment.TestId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.catalog.Equipment;

import java.util.function.BiConsumer;

/** Writes an intake as the intake JSON of SPEC §2; {@link IntakeReader} reads it back to an equal intake. */
public final class IntakeJson {
    private IntakeJson() {}

    public static String write(Intake intake) { return Json.write(tree(intake)); }

    public static ObjectNode tree(Intake intake) {
        ObjectNode root = Json.object();
        ObjectNode person = root.putObject("person");
        var p = intake.person();
        if (p.age() != null) person.put("age", p.age());
        if (p.sittingHoursPerDay() != null) Json.number(person, "sittingHoursPerDay", p.sittingHoursPerDay());
        person.set("activities", Json.strings(p.activities().stream().map(Activity::id).toList()));
        if (p.pregnancyWeek() != null) person.put("pregnancyWeek", p.pregnancyWeek());
        person.put("clearedByClinician", p.clearedByClinician());
        root.set("conditions", Json.strings(intake.conditions().stream().map(Condition::id).toList()));
        root.set("symptoms", Json.strings(intake.symptoms().stream().map(Symptom::id).toList()));
        ObjectNode pain = root.putObject("pain");
        if (intake.pain().now() != null) pain.put("now", intake.pain().now());
        pain.put("chronic", intake.pain().chronic()).put("worsening", intake.pain().worsening());

        ObjectNode tests = root.putObject("tests");
        TestResults t = intake.tests();
        pair(tests, TestId.STANDING_HIP_FLEXION_HOLD.intakeField(), t.standingHipFlexionHold(), (n, r) -> {
            Json.number(n, "seconds", r.seconds());
            n.put("pelvisStable", r.pelvisStable());
        });
        pair(tests, TestId.MODIFIED_THOMAS.intakeField(), t.modifiedThomas(), (n, r) -> {
            n.put("thighRestsOnTable", r.thighRestsOnTable()).put("lowBackArched", r.lowBackArched());
            if (r.hipAngleDeg() != null) Json.number(n, "hipAngleDeg", r.hipAngleDeg());
            if (r.kneeAngleDeg() != null) Json.number(n, "kneeAngleDeg", r.kneeAngleDeg());
        });
        pair(tests, TestId.PRONE_LEG_RAISE.intakeField(), t.proneLegRaise(), (n, r) -> Json.number(n, "heightCm", r.heightCm()));
        pair(tests, TestId.RESISTED_HIP_FLEXION.intakeField(), t.resistedHipFlexion(), (n, r) -> n.put("grade", r.grade()));

        root.set("equipment", Json.strings(intake.equipment().stream().map(Equipment::id).toList()));
        root.put("minutesPerSession", intake.minutesPerSession());
        if (!intake.history().isEmpty()) {
            var history = root.putArray("history");
            for (SessionLog log : intake.history()) {
                history.addObject().put("date", log.date().toString()).put("painBefore", log.painBefore())
                        .put("painAfter", log.painAfter()).put("completed", log.completed());
            }
        }
        return root;
    }

    private static <T> void pair(ObjectNode tests, String name, SidePair<T> pair, BiConsumer<ObjectNode, T> write) {
        if (pair.left() == null && pair.right() == null) return;
        ObjectNode node = tests.putObject(name);
        if (pair.left() != null) write.accept(node.putObject("left"), pair.left());
        if (pair.right() != null) write.accept(node.putObject("right"), pair.right());
    }
}
