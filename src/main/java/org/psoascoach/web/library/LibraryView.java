package org.psoascoach.web.library;

import java.util.List;

/** The exercise library as the page shows it: the filters with their choices, and the matching items. */
public record LibraryView(String query, List<Filter> filters, List<Card> items, int total) {

    /** One filter (a select): its form name, label and choices; the empty value means any. */
    public record Filter(String name, String labelKey, List<Option> options) {}

    public record Option(String value, String label, boolean selected) {}

    /** One item; {@code versionsWith}: its versions that need other equipment than the item itself, in words. */
    public record Card(String id, String name, String summary, String category, String position, String equipment, String side,
                       List<String> versionsWith) {}
}
