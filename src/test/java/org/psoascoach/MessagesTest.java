package org.psoascoach;

import org.junit.jupiter.api.Test;
import org.psoascoach.assessment.Side;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.ExclusionReason;
import org.psoascoach.safety.ReasonCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sentence comes from the bundle: a key the code uses is never missing from a language file. */
class MessagesTest {
    private final Messages english = Fixtures.MESSAGES;

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundle() throws IOException {
        Pattern literal = Pattern.compile("(?:messages|m)\\.get\\(\"([a-zA-Z0-9.\\-]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                // a key ending in "." is a prefix completed at run time; everyCodeWithAMessageHasOne covers those
                while (m.find()) if (!m.group(1).endsWith(".") && !english.has(m.group(1))) missing.add(m.group(1));
            }
        }
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
    }

    @Test
    void placeholdersAreFilledInOrderAndApostrophesSurvive() {
        assertThat(english.get("text.dose.repsHold", 2, 10, 3)).isEqualTo("2 × 10 reps, 3 s hold each");
        assertThat(english.get("note.rectusFemoris", 70)).contains("70°").contains("practitioner's");
    }
}
