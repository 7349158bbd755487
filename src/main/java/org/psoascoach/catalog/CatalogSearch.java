package org.psoascoach.catalog;

import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The exercise library's search: every word asked must begin a word of the item, after both are reduced to a common
 * stem, so "lunges" finds the lunge, "stretching" the stretches and "strengthening" the strengthening. An item's words
 * are its own text (name, summary, steps, cues, what it also works, its versions' names) and the everyday names people
 * use for its kind of work, from the message bundle ({@code search.role.<role>}: "hip flexor stretch", "glutes" …).
 */
public final class CatalogSearch {
    /** Words that say nothing about which exercise is meant. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "for", "of", "and", "to", "my", "your", "with", "on", "in",
            "exercise", "exercises", "how", "do", "i");

    private final Messages messages;

    public CatalogSearch(Messages messages) { this.messages = messages; }

    /** Whether the item answers the query; an empty query (or one of filler words only) matches everything. */
    public boolean matches(Item item, String query) {
        List<String> asked = stems(query);
        if (asked.isEmpty()) return true;
        List<String> own = stems(words(item));
        for (String word : asked) {
            if (own.stream().noneMatch(w -> w.startsWith(word))) return false;
        }
        return true;
    }

    private String words(Item item) {
        ItemText text = item.text();
        StringBuilder all = new StringBuilder(512).append(text.name()).append(' ').append(text.summary()).append(' ')
                .append(String.join(" ", text.steps())).append(' ').append(String.join(" ", text.cues())).append(' ');
        if (text.alsoWorks() != null) all.append(text.alsoWorks()).append(' ');
        for (Variant v : item.variants()) all.append(v.text().name()).append(' ');
        String key = "search.role." + item.role().id();
        if (messages.has(key)) all.append(messages.get(key)).append(' ');
        all.append(messages.get("category." + item.category().id()));
        return all.toString();
    }

    /** The query's or the text's words, lower case, without filler, each reduced to its stem. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || FILLER.contains(word)) continue;
            out.add(stem(word));
        }
        return out;
    }

    /**
     * A light English stem: plural and verb endings off, then a final "e", so that lunge, lunges and lunging, or bridge
     * and bridging, meet. Short words are left as they are.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) w = w.substring(0, w.length() - 3) + "y";
        else if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) w = w.substring(0, w.length() - 2);
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.substring(0, w.length() - 1);
        if (w.length() > 5 && w.endsWith("ing")) w = w.substring(0, w.length() - 3);
        else if (w.length() > 4 && w.endsWith("ed")) w = w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        return w;
    }
}
