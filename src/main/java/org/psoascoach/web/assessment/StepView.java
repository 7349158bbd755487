package org.psoascoach.web.assessment;

import org.psoascoach.questionnaire.WizardStep;

import org.psoascoach.catalog.Item;

import java.util.List;

/**
 * One step of the assessment as the page shows it: every question with its current answer and, after
 * a refused submit, the message beside the field. Built by {@link AssessmentPages}; the template only
 * lays it out.
 */
public record StepView(String id, int number, int total, String titleKey, String introKey, Item test, boolean testDone,
                       boolean hasErrors, List<Question> shared, List<Question> left, List<Question> right, boolean first, String base,
                       String forWhom) {
    /** A practitioner assessing a client in the clinic (the form posts to the client's address). */
    public boolean inClinic() { return forWhom != null; }


    public boolean isTest() { return test != null; }

    /** One input. {@code name} is the form field (its intake path); {@code id} is unique in the page. */
    public record Question(String name, String id, WizardStep.Kind kind, String labelKey, String hintKey, String value,
                           Boolean yes, List<Choice> choices, String errorKey, String unit, String previous) {
        public boolean isNumber() { return kind == WizardStep.Kind.NUMBER; }

        public boolean isCheck() { return kind == WizardStep.Kind.CHECK; }

        public boolean isYesNo() { return kind == WizardStep.Kind.YES_NO; }

        public boolean isCodes() { return kind == WizardStep.Kind.CODES; }

        public boolean isGrade() { return kind == WizardStep.Kind.GRADE; }

        /** The grades offered, strongest first. */
        public List<Integer> grades() { return WizardStep.GRADES; }

        public boolean isGraded(int grade) { return String.valueOf(grade).equals(value); }

        public boolean isChecked() { return Boolean.TRUE.equals(yes); }

        public boolean isNo() { return Boolean.FALSE.equals(yes); }

        public boolean hasError() { return errorKey != null; }
    }

    public record Choice(String value, String id, String labelKey, boolean checked) {}
}
