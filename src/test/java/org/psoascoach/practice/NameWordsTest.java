package org.psoascoach.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameWordsTest {
    @Test
    void aNameIsFoundFromTheStartOfEachOfItsWords() {
        assertThat(NameWords.of("ana maría lópez")).containsExactly("ana maría lópez", "maría lópez", "lópez");
        assertThat(NameWords.of("o'brien-smith")).containsExactly("o'brien-smith", "brien-smith", "smith");
        assertThat(NameWords.of("ana@example.org")).containsExactly("ana@example.org", "example.org", "org");
        assertThat(NameWords.of("  bea  ")).containsExactly("bea  ");
    }

    @Test
    void theKeysAfterAPrefixBeginWithItsLastCharacterRaisedByOne() {
        assertThat(NameWords.after("ana")).isEqualTo("anb");
        assertThat(NameWords.after("client 00042")).isEqualTo("client 00043");
        assertThat(NameWords.after("zo\u00e9")).isEqualTo("zo\u00ea");
        assertThat(NameWords.after("a\ud7ff")).isEqualTo("a\ue000"); // never a lone surrogate
        assertThat(NameWords.after("a\ud83d\ude00")).isEqualTo("a\ud83d\ude01"); // a character beyond 16 bits is raised whole
    }
}
