package org.psoascoach.web.session;

import io.javalin.http.Context;
import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every logged session, newest first, a few weeks to a page: the day, how far it went, pain before and after, what was
 * done and the note. Stopped attempts are listed too (when pain stopped someone matters), marked as such.
 */
public final class HistoryPages {
    /** How many days one page covers; "earlier" leads to the weeks before. */
    static final int DAYS_PER_PAGE = 28;

    private final Pages pages;
    private final Journal journal;
    private final Catalog catalog;

    public HistoryPages(Pages pages, Journal journal, Catalog catalog) {
        this.pages = pages;
        this.journal = journal;
        this.catalog = catalog;
    }

    public void show(Context ctx) {
        Account who = pages.visitors.account(ctx);
        LocalDate today = journal.today(who);
        LocalDate until = until(ctx.queryParam("until"), today);
        if (until == null) throw new RequestChecks.Malformed("until", "must be a date (YYYY-MM-DD)");
        LocalDate from = until.minusDays(DAYS_PER_PAGE - 1);
        Text t = pages.visitor(ctx).text();
        List<LoggedSession> sessions = new ArrayList<>(journal.sessions(who, from, until));
        java.util.Collections.reverse(sessions);
        List<LogView> logs = sessions.stream().map(s -> LogView.of(s, catalog, t)).toList();
        String earlier = journal.latestSessionBefore(who, from).map(LocalDate::toString).orElse(null);
        String later = until.isBefore(today) ? (until.plusDays(DAYS_PER_PAGE).isBefore(today) ? until.plusDays(DAYS_PER_PAGE).toString() : "") : null;
        HistoryView view = new HistoryView(t.date(from), t.date(until), logs, earlier, later);
        pages.show(ctx, "history.title", Frame.Section.PROGRESS, frame -> pages.templates.sessionHistory(frame, view));
    }

    /** The last day a page shows: today unless asked for an earlier one; null when the date cannot be read. */
    private static LocalDate until(String asked, LocalDate today) {
        if (asked == null || asked.isBlank()) return today;
        try {
            LocalDate d = LocalDate.parse(asked.strip());
            return d.isAfter(today) ? today : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
