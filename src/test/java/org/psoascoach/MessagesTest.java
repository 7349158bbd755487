package org.psoascoach;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.Side;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.ExclusionReason;
import org.psoascoach.safety.ReasonCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sentence comes from the bundle: a key the code uses is never missing from a language file. */
class MessagesTest {
    private final Messages english = Fixtures.MESSAGES;

    /**
     * Where the code names a message: the bundle itself ({@code messages.get}), the web's words ({@code t.get},
     * {@code text.get}) in Java and in the templates, and the titles and messages the web's pages are shown with.
     */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("(?<![\\w.])(?:messages|m|t|text)\\.get\\(\"([a-zA-Z0-9.\\-]+)\""),
            Pattern.compile("\\.(?:show|showKept|message)\\(ctx, \"([a-zA-Z0-9.\\-]+)\""),
            Pattern.compile("\\.message\\(ctx, \"[a-zA-Z0-9.\\-]+\", [\\w.]+, \"([a-zA-Z0-9.\\-]+)\""),
            Pattern.compile("(?:get|labelKey|legendKey|Key)\\(\"([a-z][a-zA-Z0-9\\-]*\\.[a-zA-Z0-9.\\-]+)\""));

    @Test
    void everyKeyTheCodeAndTheTemplatesNameIsInTheEnglishBundle() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        for (String root : List.of("src/main/java", "src/main/jte")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")).toList()) {
                    String source = Files.readString(file);
                    for (Pattern use : KEY_USES) {
                        Matcher m = use.matcher(source);
                        while (m.find()) {
                            // a key ending in "." is a prefix completed at run time; everyCodeWithAMessageHasOne covers those
                            if (m.group(1).endsWith(".")) continue;
                            seen++;
                            if (!english.has(m.group(1))) missing.add(m.group(1) + " (" + file + ")");
                        }
                    }
                }
            }
        }
        assertThat(seen).as("keys found in the code and templates").isGreaterThan(400);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeWithAMessageHasOne() {
        for (ReasonCode code : ReasonCode.values()) assertThat(english.has(code.messageKey())).as(code.id()).isTrue();
        for (ExclusionReason reason : ExclusionReason.values()) assertThat(english.has(reason.messageKey())).as(reason.id()).isTrue();
        for (Side side : Side.SIDES) assertThat(english.has(side.messageKey())).isTrue();
        for (var part : org.psoascoach.planning.SessionPart.values()) assertThat(english.has("text.part." + part.id())).isTrue();
        for (Side side : Side.values()) assertThat(english.has("text.side." + side.id())).isTrue();
        for (var level : org.psoascoach.catalog.VariantLevel.values()) assertThat(english.has("catalog.variant." + level.id())).isTrue();
        for (String state : List.of("session", "rest", "done", "before")) assertThat(english.has("program.day." + state)).as(state).isTrue();
        for (int grade : org.psoascoach.questionnaire.WizardStep.GRADES) assertThat(english.has("wizard.grade." + grade)).isTrue();
        // both wizards, web and terminal, ask every field in these words and refuse with these messages
        for (var step : org.psoascoach.questionnaire.WizardStep.values()) {
            assertThat(english.has(step.titleKey())).as(step.id).isTrue();
            assertThat(english.has(step.introKey())).as(step.id).isTrue();
            for (var field : step.fields) {
                String key = field.key(step);
                assertThat(english.has(field.legendKey() != null ? field.legendKey() : "wizard.field." + key)).as(key).isTrue();
                if (field.kind() != org.psoascoach.questionnaire.WizardStep.Kind.CODES
                        && field.kind() != org.psoascoach.questionnaire.WizardStep.Kind.CHECK) {
                    assertThat(english.has("wizard.error." + key)).as("error for " + key).isTrue();
                }
                for (var code : field.codes()) assertThat(english.has(code.labelKey())).as(code.id()).isTrue();
            }
        }
        for (var role : org.psoascoach.catalog.Role.values()) {
            if (role != org.psoascoach.catalog.Role.PRACTITIONER) assertThat(english.has("search.role." + role.id())).as(role.id()).isTrue();
        }
        for (var e : org.psoascoach.catalog.Equipment.values()) {
            assertThat(english.has("equipment." + e.id())).as(e.id()).isTrue();
            assertThat(english.has("equipment.inline." + e.id())).as(e.id()).isTrue();
        }
    }

    @Test
    void placeholdersAreFilledInOrderAndApostrophesSurvive() {
        assertThat(english.get("text.dose.repsHold", 2, 10, 3)).isEqualTo("2 × 10 reps, 3 s hold each");
        assertThat(english.get("note.rectusFemoris", 70)).contains("70°").contains("practitioner's");
    }
}
