package org.psoascoach.questionnaire;

import org.psoascoach.assessment.TestEligibility;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the assessment moves, the same in the browser and in the terminal: which steps are asked (a test only when it may
 * be asked of this person), which comes next or before, and what is wrong with a step's answers, by field, as the key
 * of the message that says what is allowed.
 */
public final class Steps {
    private Steps() {}

    /** A test step is shown only when it may be asked of this person (TestEligibility); every other step always. */
    public static boolean shown(WizardStep step, Answers answers) {
        return !step.isTest() || TestEligibility.askable(step.test, answers.pregnancyWeek(), answers.equipment());
    }

    public static Optional<WizardStep> next(WizardStep step, Answers answers) {
        return Arrays.stream(WizardStep.values()).filter(s -> s.ordinal() > step.ordinal() && shown(s, answers)).findFirst();
    }

    public static Optional<WizardStep> previous(WizardStep step, Answers answers) {
        return Arrays.stream(WizardStep.values()).filter(s -> s.ordinal() < step.ordinal() && shown(s, answers)).reduce((a, b) -> b);
    }

    /** The steps asked of this person, in order. */
    public static List<WizardStep> shownSteps(Answers answers) {
        return Arrays.stream(WizardStep.values()).filter(s -> shown(s, answers)).toList();
    }

    /**
     * What is wrong with this step's answers, as message keys ({@code wizard.error.<field>}) by field path: the problems the
     * intake reader finds in the step's fields, and any number above what the field's own words ask for.
     */
    public static Map<String, String> errors(WizardStep step, Answers answers) {
        List<Problem> problems = List.of();
        try {
            IntakeReader.read(answers.tree());
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        Map<String, String> errors = new HashMap<>();
        for (WizardStep.Field field : step.fields) {
            if (field.max() == null) continue;
            for (String side : field.perSide() ? Answers.SIDES : List.of("")) {
                String name = step.path(field, side);
                BigDecimal value = Answers.number(answers.text(name));
                if (value != null && value.doubleValue() > field.max()) errors.put(name, "wizard.error." + field.key(step));
            }
        }
        for (Problem problem : problems) {
            String path = problem.path().startsWith("$.") ? problem.path().substring(2) : problem.path();
            for (WizardStep.Field field : step.fields) {
                for (String side : field.perSide() ? Answers.SIDES : List.of("")) {
                    String name = step.path(field, side);
                    if (path.equals(name) || path.startsWith(name + "[")) errors.putIfAbsent(name, "wizard.error." + field.key(step));
                }
            }
        }
        return errors;
    }
}
