package org.psoascoach.account;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a password must be: long enough in characters a person counts, not only spaces, not the email, hard to guess. */
class PasswordPolicyTest {
    private static PasswordPolicy.Reason reason(String password, String email) {
        return PasswordPolicy.check(password, email, Locale.ENGLISH).map(PasswordPolicy.Weakness::reason).orElse(null);
    }

    @Test
    void commonAndPatternedPasswordsAreTooEasyToGuess() {
        for (String weak : List.of("password123", "1234567890", "aaaaaaaaaa", "qwertyuiop", "iloveyou12", "Password1!")) {
            assertThat(reason(weak, "anna@example.org")).as(weak).isEqualTo(PasswordPolicy.Reason.EASY_TO_GUESS);
        }
    }

    @Test
    void aGuessablePasswordSaysWhyInWords() {
        var weakness = PasswordPolicy.check("qwertyuiop", "anna@example.org", Locale.ENGLISH).orElseThrow();
        assertThat(weakness.hint()).isNotBlank();
        assertThat(weakness.message()).startsWith("is too easy to guess");
    }

    @Test
    void onlySpacesAreRefusedAsSuch() {
        assertThat(reason("          ", "anna@example.org")).isEqualTo(PasswordPolicy.Reason.ONLY_SPACES);
    }

    @Test
    void theEmailOrAPartOfItIsRefused() {
        assertThat(reason("anna.lindqvist@example.org", "anna.lindqvist@example.org")).isEqualTo(PasswordPolicy.Reason.LIKE_EMAIL);
        assertThat(reason("anna.lindqvist", "anna.lindqvist@example.org")).isEqualTo(PasswordPolicy.Reason.LIKE_EMAIL);
        assertThat(reason("lindqvist2026", "anna.lindqvist@example.org")).isEqualTo(PasswordPolicy.Reason.LIKE_EMAIL);
    }

    @Test
    void lengthIsCountedInCharactersAPersonSeesAndEveryLimitSaysWhatItIs() {
        assertThat(reason("short", null)).isEqualTo(PasswordPolicy.Reason.TOO_SHORT);
        // ten emoji are ten characters (twenty UTF-16 units): long enough
        String emoji = "\uD83C\uDF4E\uD83D\uDE80\uD83C\uDF35\uD83D\uDC22\uD83C\uDF0B\uD83E\uDD80\uD83C\uDFB7\uD83E\uDDC0\uD83D\uDE82\uD83C\uDF3B";
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(10);
        assertThat(reason(emoji, null)).isNotEqualTo(PasswordPolicy.Reason.TOO_SHORT);
        // five emoji are ten UTF-16 units but five characters: too short
        assertThat(reason(emoji.substring(0, 10), null)).isEqualTo(PasswordPolicy.Reason.TOO_SHORT);
        String tooLong = "correct horse battery staple ".repeat(40).substring(0, 1025);
        var weakness = PasswordPolicy.check(tooLong, null, Locale.ENGLISH).orElseThrow();
        assertThat(weakness.reason()).isEqualTo(PasswordPolicy.Reason.TOO_LONG);
        assertThat(weakness.message()).contains("at most 1024");
        assertThat(PasswordPolicy.check(tooLong.substring(0, 1024), null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aFewUnusualWordsTogetherAreAccepted() {
        for (String good : List.of("correct horse battery", "purple lantern swims slowly", "Kiwi-Marmalade-Tuesday")) {
            assertThat(reason(good, "anna@example.org")).as(good).isNull();
        }
    }
}
