package org.psoascoach.web.session;

import org.psoascoach.web.http.Text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.psoascoach.assessment.Side;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.session.SessionScript;
import org.psoascoach.session.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Today's guided session as the page shows it: the player's script (every step with its words already in the
 * visitor's language, so the script on the page only counts time), and the log form with what was planned, the
 * values typed so far and the message beside each field at fault.
 */
public record SessionView(String key, String date, int minutes, List<Row> rows, String script, String labels, double timeScale,
                          SessionForm form, int loggedToday) {

    /** One planned item in the log form: what was planned, and how many sets were done. */
    public record Row(int index, String id, String name, String side, String sideId, String dose, int plannedSets, Integer reps,
                      Integer holdSeconds, String setsDone, String error) {
        public String field() { return "items." + index; }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int EXTEND_SECONDS = 10;
    private static final List<String> LABELS = List.of("ready", "switch", "hold", "reps", "rep", "set", "paused", "done", "start",
            "pause", "resume", "stepOf", "repSeconds");

    public static SessionView of(Plan plan, String date, Text t, double timeScale, SessionForm form, int loggedToday) {
        List<Row> rows = new ArrayList<>();
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < plan.items().size(); i++) {
            PlannedItem p = plan.items().get(i);
            var text = p.item().text();
            String side = t.get("text.side." + p.side().id());
            String name = p.variant() == null ? text.name() : text.name() + " (" + p.variant().text().name() + ")";
            rows.add(new Row(i, p.item().id(), name, side, p.side().id(), p.dose().words(t.messages()), p.dose().sets(), p.dose().reps(),
                    p.dose().holdSeconds(), form.value("items." + i + ".sets", "0"), // nothing is done until it is: the player fills in each set as it ends
                    form.error("items." + i + ".sets")));
            items.addObject().put("name", name).put("side", side).put("figure", "/figures/" + p.item().id() + ".svg")
                    .put("figureAlt", t.get("figure.alt", text.name())).put("cue", text.keyCue()).put("sets", p.dose().sets());
        }
        SessionScript script = SessionScript.of(plan);
        ArrayNode steps = JSON.createArrayNode();
        for (Step s : script.steps()) {
            PlannedItem p = plan.items().get(s.item());
            String what = p.item().text().name() + (p.side() == Side.BOTH ? "" : ", " + t.get("text.side." + p.side().id()));
            ObjectNode step = steps.addObject().put("kind", s.kind().id()).put("item", s.item()).put("set", s.set()).put("sets", s.sets())
                    .put("seconds", s.seconds()).put("switchSides", s.switchSides());
            if (s.reps() != null) step.put("reps", s.reps()).put("secondsPerRep", s.secondsPerRep());
            // what the voice says as the step begins
            String say = switch (s.kind()) {
                case READY -> (s.switchSides() ? t.get("session.say.switch") + " " : "")
                        + (s.set() == 1 ? what + ". " + p.item().text().keyCue() : t.get("session.say.nextSet", s.set(), s.sets()));
                case HOLD -> t.get("session.say.hold", s.seconds());
                case REPS -> t.get("session.say.reps", s.reps());
            };
            step.put("say", say);
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("items", items);
        root.set("steps", steps);
        ObjectNode labels = JSON.createObjectNode();
        for (String label : LABELS) labels.put(label, t.get("session.player." + label));
        return new SessionView(form.value("key", ""), date, plan.estimatedMinutes(), rows, root.toString(), labels.toString(), timeScale, form, loggedToday);
    }

    /** How much longer one press of "more time" makes the step running (WCAG 2.2.1: every time limit can be extended). */
    public int extendSeconds() { return EXTEND_SECONDS; }

    public boolean hasErrors() { return form.hasErrors(); }

    public String value(String field) { return form.value(field, ""); }

    public String error(String field) { return form.error(field); }

    /** The form's values and errors, by field name. */
    public record SessionForm(Map<String, String> values, Map<String, String> errors) {
        public String value(String field, String otherwise) { return values.getOrDefault(field, otherwise); }

        public String error(String field) { return errors.get(field); }

        public boolean hasErrors() { return !errors.isEmpty(); }
    }
}
