package org.psoascoach.web.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The day at a glance: whether today is a session day, what the session holds, and what was logged today. */
public final class TodayPages {
    private final Pages pages;
    private final Journal journal;
    private final Catalog catalog;

    public TodayPages(Pages pages, Journal journal, Catalog catalog) {
        this.pages = pages;
        this.journal = journal;
        this.catalog = catalog;
    }

    public void show(Context ctx) {
        Account who = pages.visitors.account(ctx);
        LocalDate date = journal.today(who);
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), date);
        if (today.isEmpty()) {
            ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            return;
        }
        Plan plan = today.get().result().plan();
        if (plan == null) {
            ctx.redirect("/results", HttpStatus.SEE_OTHER);
            return;
        }
        Text t = pages.visitor(ctx).text();
        List<LogView> logged = journal.sessions(who, date, date).stream().map(s -> LogView.of(s, catalog, t)).toList();
        boolean sessionDay = today.get().sessionDays().contains(date.getDayOfWeek());
        List<TodayView.Item> items = plan.items().stream().map(p -> item(p, t)).toList();
        TodayView view = new TodayView(t.weekday(date) + " " + t.date(date), sessionDay,
                logged.stream().anyMatch(l -> l.outcome() != LogView.Outcome.STOPPED), logged, items, plan.estimatedMinutes(),
                today.get().retestIsDue(), today.get().notes());
        pages.show(ctx, "today.title", Frame.Section.TODAY, frame -> pages.templates.sessionToday(frame, view));
    }

    private static TodayView.Item item(PlannedItem p, Text t) {
        String name = p.item().text().name() + (p.variant() == null ? "" : " (" + p.variant().text().name() + ")");
        return new TodayView.Item(p.item().id(), name, t.get("text.side." + p.side().id()), p.dose().words(t.messages()));
    }
}
