package org.psoascoach.web.practice;

import java.util.List;
import java.util.Map;

/**
 * The practice home: without a practice yet, the form that sets one up; with one, its name, the invitation or claim link
 * just made (shown once), and the clients matching the search, a page at a time.
 */
public record PracticeView(String practiceName, String newLink, String newLinkKind, String newClientName, String query,
                           List<ClientRow> clients, int page, boolean morePages, Map<String, String> errors, String nameTyped, String sort) {
    /** The orders the list offers, as the sort select shows them. */
    public static final List<String> SORTS = List.of("name", "last-session", "newest");

    public boolean hasPractice() { return practiceName != null; }

    /** The address of another page of the list, with the same search and order. */
    public String pageLink(int n) {
        return "/practice?page=" + n + "&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&sort=" + sort;
    }

    public String error(String field) { return errors.get(field); }
}
