package org.psoascoach.web.practice;

import java.util.List;
import java.util.Map;

/**
 * The practice home: without a practice yet, the form that sets one up; with one, its name, the invitation or claim link
 * just made (shown once), and the clients matching the search, a page at a time.
 */
public record PracticeView(String practiceName, String newLink, String newLinkKind, String newClientName, String query,
                           List<ClientRow> clients, int page, boolean morePages, Map<String, String> errors, String nameTyped) {
    public boolean hasPractice() { return practiceName != null; }

    public String error(String field) { return errors.get(field); }
}
