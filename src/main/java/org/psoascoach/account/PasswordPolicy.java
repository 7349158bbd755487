package org.psoascoach.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: 10 to 1,024 characters (counted as a person counts them: code points, so an emoji is
 * one), not only spaces, not the email or a part of it, and hard to guess as zxcvbn measures it (a score of 3 of 4
 * or more: "safely unguessable" against an online attack that is throttled, which is ours).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10, MAX_LENGTH = 1024, MIN_SCORE = 3;
    /** zxcvbn's cost grows with the length; beyond this much a password is long enough and is measured by its start. */
    private static final int MEASURED = 100;

    private PasswordPolicy() {}

    public enum Reason { TOO_SHORT, TOO_LONG, ONLY_SPACES, LIKE_EMAIL, EASY_TO_GUESS }

    /** Why a password is refused, with zxcvbn's own hint (a sentence, in the visitor's language where it has one) or null. */
    public record Weakness(Reason reason, String hint) {
        /** The English sentence for the API and the terminal. */
        public String message() {
            return switch (reason) {
                case TOO_SHORT -> "must be at least " + MIN_LENGTH + " characters long";
                case TOO_LONG -> "must be at most " + MAX_LENGTH + " characters long";
                case ONLY_SPACES -> "must contain more than spaces";
                case LIKE_EMAIL -> "must not be the email address or a part of it";
                case EASY_TO_GUESS -> "is too easy to guess" + (hint == null || hint.isBlank() ? "" : ": " + hint)
                        + "; a few unusual words together are easy to remember and hard to guess";
            };
        }
    }

    public static Optional<Weakness> check(String password, String email, Locale locale) {
        if (password == null) return Optional.of(new Weakness(Reason.TOO_SHORT, null));
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) return Optional.of(new Weakness(Reason.TOO_SHORT, null));
        if (length > MAX_LENGTH) return Optional.of(new Weakness(Reason.TOO_LONG, null));
        if (password.isBlank()) return Optional.of(new Weakness(Reason.ONLY_SPACES, null));
        List<String> personal = emailParts(email);
        String lower = password.toLowerCase(Locale.ROOT).strip();
        for (String part : personal) {
            if (part.length() >= 4 && (lower.equals(part) || lower.contains(part) && part.length() * 2 >= lower.length())) {
                return Optional.of(new Weakness(Reason.LIKE_EMAIL, null));
            }
        }
        String measured = length > MEASURED ? password.substring(0, password.offsetByCodePoints(0, MEASURED)) : password;
        Strength strength = new Zxcvbn().measure(measured, personal);
        if (strength.getScore() < MIN_SCORE) {
            var feedback = strength.getFeedback();
            String hint = feedback.getWarning(locale);
            if (hint == null || hint.isBlank()) hint = feedback.getSuggestions(locale).stream().findFirst().orElse(null);
            return Optional.of(new Weakness(Reason.EASY_TO_GUESS, hint));
        }
        return Optional.empty();
    }

    /** The email, its name and its domain's words, lower case: what a guesser who knows the address tries first. */
    static List<String> emailParts(String email) {
        List<String> parts = new ArrayList<>();
        if (email == null || email.isBlank()) return parts;
        String e = email.toLowerCase(Locale.ROOT).strip();
        parts.add(e);
        int at = e.indexOf('@');
        if (at > 0) {
            parts.add(e.substring(0, at));
            for (String word : e.substring(0, at).split("[^\\p{L}\\p{N}]+")) if (!word.isEmpty()) parts.add(word);
            for (String word : e.substring(at + 1).split("\\.")) if (word.length() > 3) parts.add(word);
        }
        return parts;
    }
}
