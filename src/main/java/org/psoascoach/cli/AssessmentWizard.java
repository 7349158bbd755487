package org.psoascoach.cli;

import org.psoascoach.assessment.Pregnancy;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestEligibility;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.ItemText;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.language.Messages;
import org.psoascoach.questionnaire.Answers;
import org.psoascoach.questionnaire.Steps;
import org.psoascoach.questionnaire.WizardStep;
import org.psoascoach.safety.ReasonCode;
import org.psoascoach.safety.Triage;
import org.psoascoach.safety.TriageLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal assessment: the same steps, questions and words as the web's ({@link WizardStep}, the {@code wizard.*}
 * messages), asked one at a time. Each step's answers pass the same checks ({@link Steps#errors}); a field at fault is
 * asked again with the message that says what is allowed. It ends, as the web's does, as soon as the answers rule a
 * program out, and it returns the intake JSON of SPEC §2.
 */
final class AssessmentWizard {
    private final Prompter ask;
    private final Catalog catalog;
    private final Messages m;

    AssessmentWizard(Prompter ask, Catalog catalog, Messages messages) {
        this.ask = ask;
        this.catalog = catalog;
        this.m = messages;
    }

    /** Asks everything and returns the intake JSON. */
    String run() {
        ask.say(m.get("cli.wizard.intro"));
        Answers answers = Answers.empty();
        Optional<WizardStep> step = Optional.of(WizardStep.SAFETY);
        while (step.isPresent()) {
            answers = ask(step.get(), answers);
            if (!new Triage(m).screen(IntakeReader.read(answers.tree())).allowsPlan()) break; // no program, so no test either
            step = Steps.next(step.get(), answers);
        }
        sayWhatWasLeftOut(answers);
        return answers.json();
    }

    /** One step: its title and words, the test's instructions, each field; then again any field the checks refuse. */
    private Answers ask(WizardStep step, Answers before) {
        ask.say("");
        ask.say(m.get(step.titleKey()));
        ask.say(m.get(step.introKey()));
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (step.isTest()) {
            introduce(step);
            boolean done = ask.yesNo(m.get("wizard.done"), true);
            form.put(Answers.DONE, List.of(done ? "yes" : "no"));
            if (done) {
                for (String side : Answers.SIDES) {
                    for (WizardStep.Field field : step.fields) form.put(step.path(field, side), field(step, field, side, form));
                }
            }
        } else {
            for (WizardStep.Field field : step.fields) {
                if (field.kind() == WizardStep.Kind.CODES) form.merge(field.name(), field(step, field, "", form), AssessmentWizard::both);
                else form.put(field.name(), field(step, field, "", form));
            }
        }
        while (true) {
            Answers answers = before.copy();
            answers.apply(step, form);
            // an answer can rule a test out (a pregnancy week, no helper): its results go too
            for (WizardStep s : WizardStep.values()) if (s.isTest() && !Steps.shown(s, answers)) answers.dropTest(s);
            Map<String, String> errors = Steps.errors(step, answers);
            if (errors.isEmpty()) return answers;
            for (WizardStep.Field field : step.fields) {
                for (String side : field.perSide() ? Answers.SIDES : List.of("")) {
                    String name = step.path(field, side);
                    if (!errors.containsKey(name)) continue;
                    ask.say("  " + m.get(errors.get(name)));
                    form.put(name, field(step, field, side, form));
                }
            }
        }
    }

    /** One field's answer, as the web form would send it. */
    private List<String> field(WizardStep step, WizardStep.Field field, String side, Map<String, List<String>> form) {
        String key = field.key(step);
        String label = (side.isEmpty() ? "" : "  " + m.get("side.title." + side) + ": ") + m.get(field.kind() == WizardStep.Kind.CODES
                ? field.legendKey() : "wizard.field." + key);
        String unit = m.has("wizard.unit." + key) ? " (" + m.get("wizard.unit." + key) + ")" : "";
        String hint = m.has("wizard.hint." + key) ? " " + m.get("wizard.hint." + key) : "";
        return switch (field.kind()) {
            case CHECK -> {
                if (!askClearance(step, field, form)) yield List.of();
                yield ask.yesNo(label + hint, false) ? List.of("on") : List.of();
            }
            case YES_NO -> List.of(ask.yesNo(label, null) ? "yes" : "no");
            case NUMBER -> {
                String answer = ask.text(label + unit + "?" + hint + (field.optional() ? " " + m.get("cli.wizard.enterToSkip") : ""));
                yield answer.isEmpty() ? List.of() : List.of(answer);
            }
            case GRADE -> {
                ask.say(label);
                for (int grade : WizardStep.GRADES) ask.say("    " + m.get("wizard.grade." + grade));
                String answer = ask.text("  " + m.get("cli.wizard.grade"));
                yield answer.isEmpty() ? List.of() : List.of(answer);
            }
            case CODES -> codes(label + hint, field.codes());
        };
    }

    /**
     * The clearance question is asked only of someone who ticked a sign that a clinician can clear; an urgent sign is never
     * offered it (SPEC §1.2), and nobody is asked to confirm a clearance for nothing.
     */
    private static boolean askClearance(WizardStep step, WizardStep.Field field, Map<String, List<String>> form) {
        if (!field.name().equals("person.clearedByClinician")) return true;
        List<TriageLevel> levels = form.getOrDefault("symptoms", List.of()).stream().map(AssessmentWizard::level).toList();
        return levels.contains(TriageLevel.SEE_DOCTOR) && !levels.contains(TriageLevel.URGENT);
    }

    /** The codes chosen among the offered ones, by number or by name; asked again while an answer is not one of them. */
    private List<String> codes(String question, List<WizardStep.Code> offered) {
        for (int i = 0; i < offered.size(); i++) ask.say(String.format(Locale.ROOT, "  %2d. %s", i + 1, m.get(offered.get(i).labelKey())));
        while (true) {
            String answer = ask.text(question + " " + m.get(offered.size() == 1 ? "cli.wizard.codes.one" : "cli.wizard.codes"));
            List<String> chosen = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String part : answer.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                if (part.isEmpty() || part.equals("none")) continue;
                String code = code(part, offered);
                if (code == null) unknown.add(part);
                else if (!chosen.contains(code)) chosen.add(code);
            }
            if (unknown.isEmpty()) return chosen;
            ask.say("  " + m.get("cli.wizard.codes.unknown", String.join(", ", unknown), offered.size()));
        }
    }

    private static String code(String part, List<WizardStep.Code> offered) {
        if (part.matches("\\d+")) {
            int n = Integer.parseInt(part);
            return n >= 1 && n <= offered.size() ? offered.get(n - 1).id() : null;
        }
        if (part.equals("y") || part.equals("yes")) return offered.size() == 1 ? offered.get(0).id() : null;
        return offered.stream().map(WizardStep.Code::id).filter(part::equals).findFirst().orElse(null);
    }

    /** The test's name, what it shows and its steps, from the catalog, as the web's step shows them. */
    private void introduce(WizardStep step) {
        ItemText text = catalog.get(step.testItem).text();
        ask.say(text.name() + ": " + text.summary());
        int n = 0;
        for (String line : text.steps()) ask.say("  " + (++n) + ". " + line);
    }

    /** Tests this person was not asked, and why, as the web's results say. */
    private void sayWhatWasLeftOut(Answers answers) {
        if (!new Triage(m).screen(IntakeReader.read(answers.tree())).allowsPlan()) return;
        var equipment = answers.equipment();
        if (!equipment.contains(org.psoascoach.catalog.Equipment.PARTNER)) ask.say(m.get("cli.wizard.skipped.partner"));
        if (!TestEligibility.hasSurfaceForThomas(equipment)) ask.say(m.get("cli.wizard.skipped.thomas"));
        if (Pregnancy.rulesOutLying(answers.pregnancyWeek())) ask.say(m.get("cli.wizard.skipped.lying", Pregnancy.LYING_POSITIONS_END_AT_WEEK));
    }

    private static TriageLevel level(String symptomId) {
        Symptom symptom = Symptom.fromId(symptomId);
        return symptom != null && symptom.redFlag() ? ReasonCode.valueOf(symptom.name()).level() : TriageLevel.PROCEED;
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
