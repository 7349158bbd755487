package org.psoascoach.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.assessment.Asymmetry;
import org.psoascoach.assessment.Note;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.planning.Exclusion;
import org.psoascoach.planning.ExclusionReason;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.safety.Reason;

/** The plan JSON of SPEC §2, with the contract's fields first and a few explanatory ones after them. */
public final class PlanJson {
    private PlanJson() {}

    public static String write(PlanResult result) { return Json.write(tree(result)); }

    public static ObjectNode tree(PlanResult result) {
        ObjectNode root = Json.object();
        ObjectNode triage = root.putObject("triage");
        triage.put("level", result.triage().level().id());
        ArrayNode reasons = triage.putArray("reasons");
        for (Reason reason : result.triage().reasons()) {
            reasons.addObject().put("code", reason.code().id()).put("message", reason.message());
        }
        triage.put("clearedByClinician", result.triage().clearedByClinician());

        ObjectNode findings = root.putObject("findings");
        findings.set("left", side(result.findings().left()));
        findings.set("right", side(result.findings().right()));
        ArrayNode asymmetry = root.putArray("asymmetry");
        for (Asymmetry a : result.findings().asymmetry()) {
            ObjectNode node = asymmetry.addObject().put("test", a.test()).put("measure", a.measure());
            Json.number(node, "left", a.left());
            Json.number(node, "right", a.right());
            Json.number(node, "difference", a.difference());
            if (a.lowerSide() == null) node.putNull("side");
            else node.put("side", a.lowerSide().id());
        }

        Plan plan = result.plan();
        if (plan == null) {
            root.putNull("plan");
        } else {
            ObjectNode p = root.putObject("plan");
            p.put("sessionsPerWeek", plan.sessionsPerWeek());
            p.put("retestAfterDays", plan.retestAfterDays());
            p.put("estimatedMinutes", plan.estimatedMinutes());
            p.put("estimatedSeconds", plan.estimatedSeconds());
            p.put("minutesPerSession", plan.minutesPerSession());
            p.put("frequencyWhy", plan.frequencyWhy());
            ObjectNode progression = p.putObject("progression");
            progression.put("step", plan.progression().step());
            progression.set("changes", Json.strings(plan.progressionChanges()));
            ArrayNode items = p.putArray("items");
            for (PlannedItem item : plan.items()) {
                ObjectNode node = items.addObject();
                node.put("id", item.item().id());
                node.put("name", item.item().text().name());
                node.put("part", item.part().id());
                node.put("side", item.side().id());
                if (item.variant() == null) node.putNull("variant");
                else node.put("variant", item.variant().id());
                node.put("sets", item.dose().sets());
                if (item.dose().holdSeconds() == null) node.putNull("holdSeconds");
                else node.put("holdSeconds", item.dose().holdSeconds());
                if (item.dose().reps() == null) node.putNull("reps");
                else node.put("reps", item.dose().reps());
                node.put("estimatedSeconds", item.estimatedSeconds());
                node.put("why", item.why());
            }
        }
        ArrayNode excluded = root.putArray("excluded");
        for (Exclusion e : result.excluded()) {
            ObjectNode node = excluded.addObject().put("id", e.id()).put("reason", e.reason().id());
            ArrayNode all = node.putArray("reasons");
            for (ExclusionReason r : e.reasons()) all.add(r.id());
            node.put("message", e.message());
            if (!e.missing().isEmpty()) {
                ArrayNode missing = node.putArray("missing");
                for (var equipment : e.missing()) missing.add(equipment.id());
            }
        }
        root.set("advice", Json.strings(result.advice()));
        root.put("catalogVersion", result.catalogVersion());
        return root;
    }

    private static ObjectNode side(SideFinding finding) {
        ObjectNode node = Json.object();
        node.put("status", finding.status().id());
        ArrayNode notes = node.putArray("notes");
        for (Note note : finding.notes()) notes.addObject().put("code", note.code()).put("message", note.message());
        node.set("tightBecause", Json.strings(finding.tightEvidence()));
        node.set("weakBecause", Json.strings(finding.weakEvidence()));
        return node;
    }
}
