package org.psoascoach.questionnaire;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers of an assessment in progress read the same whether just typed or read back from a saved draft. */
class AnswersTest {
    @Test
    void aPregnancyWeekJustTypedRulesOutTheLyingTestsAsOneReadBackDoes() {
        Answers typed = Answers.empty();
        typed.apply(WizardStep.ABOUT, Map.of("person.pregnancyWeek", List.of("20")));
        typed.apply(WizardStep.SETUP, Map.of("equipment", List.of("mat", "table", "partner")));
        Answers readBack = Answers.parse(typed.json());
        assertThat(typed.pregnancyWeek()).isEqualTo(20).isEqualTo(readBack.pregnancyWeek());
        for (Answers answers : List.of(typed, readBack)) {
            assertThat(Steps.shown(WizardStep.THOMAS, answers)).isFalse();
            assertThat(Steps.shown(WizardStep.LEG_RAISE, answers)).isFalse();
            assertThat(Steps.shown(WizardStep.HOLD, answers)).isTrue();
        }
    }

    @Test
    void aWeekThatIsNotAWholeNumberIsNoWeek() {
        Answers half = Answers.empty();
        half.apply(WizardStep.ABOUT, Map.of("person.pregnancyWeek", List.of("20.5")));
        assertThat(half.pregnancyWeek()).isNull();
        assertThat(Steps.errors(WizardStep.ABOUT, half)).containsKey("person.pregnancyWeek");
    }
}
