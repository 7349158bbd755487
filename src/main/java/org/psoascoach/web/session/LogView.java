package org.psoascoach.web.session;

import org.psoascoach.catalog.Catalog;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.web.http.Text;

import java.util.List;

/**
 * One logged session as the Today and history pages show it: its day, how far it went (stopped, part of the session
 * or the whole of it, as the server decided when it was saved), pain before and after, what was done, and the note.
 */
public record LogView(String date, Outcome outcome, String outcomeWords, int painBefore, int painAfter, boolean painRose,
                      List<String> done, String notes) {

    public enum Outcome {
        STOPPED, PARTIAL, COMPLETE;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public static LogView of(LoggedSession s, Catalog catalog, Text t) {
        int sets = s.items().stream().mapToInt(DoneItem::sets).sum();
        Outcome outcome = s.stopped() ? Outcome.STOPPED : s.completed() ? Outcome.COMPLETE : Outcome.PARTIAL;
        String words = switch (outcome) {
            case STOPPED -> t.get("log.outcome.stopped");
            case PARTIAL -> t.get("log.outcome.partial", sets(sets, t));
            case COMPLETE -> t.get("log.outcome.complete", sets(sets, t));
        };
        List<String> done = s.items().stream().filter(d -> d.sets() > 0).map(d -> t.get("log.item",
                catalog.find(d.itemId()).map(i -> i.text().name()).orElse(d.itemId()), t.get("text.side." + d.side().id()), sets(d.sets(), t))).toList();
        return new LogView(t.date(s.date()), outcome, words, s.painBefore(), s.painAfter(),
                s.painAfter() - s.painBefore() >= org.psoascoach.planning.Progression.PAIN_RISE_THAT_MATTERS, done, s.notes());
    }

    private static String sets(int n, Text t) { return n == 1 ? t.get("log.sets.one") : t.get("log.sets.many", n); }
}
