package org.psoascoach.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client is found by in the practice's list: from the start of each word of the name's key to its end ("ana
 * maría lópez" is found by "ana", "maría l", "lópez" and every beginning of them), and the range of keys a search
 * reads. Kept per client ({@code practice_client_word}, V11) so that a search reads the clients it finds, not every
 * client's name. Words are separated by the characters of {@link #SEPARATORS}; the migration that filled the table for
 * clients added before it uses the same ones.
 */
public final class NameWords {
    /** What separates words in a name or an email address. */
    public static final String SEPARATORS = " -'.@_";

    private NameWords() {}

    /** The keys of a name key: one from the start of each of its words. */
    public static List<String> of(String nameKey) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nameKey.length(); i++) {
            boolean starts = !separator(nameKey.charAt(i)) && (i == 0 || separator(nameKey.charAt(i - 1)));
            if (starts) out.add(nameKey.substring(i));
        }
        return out;
    }

    /** The first key after every key that starts with {@code prefix}, in code point order (the database's byte order). */
    public static String after(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + new String(Character.toChars(next));
    }

    private static boolean separator(char c) { return SEPARATORS.indexOf(c) >= 0; }
}
