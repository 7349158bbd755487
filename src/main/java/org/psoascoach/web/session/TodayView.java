package org.psoascoach.web.session;

import java.util.List;

/**
 * The Today page: the day, whether the program has a session on it, whether one is done (at least one set), what was
 * logged today (stopped attempts too), the session's items and its length, and whether a re-test is due.
 */
public record TodayView(String day, boolean sessionDay, boolean done, List<LogView> logged, List<Item> items, int minutes,
                        boolean retestDue, List<org.psoascoach.journal.Journal.ClientNote> notes) {
    public record Item(String id, String name, String side, String dose) {}
}
