package org.psoascoach.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.store.Recent;

import java.util.List;
import java.util.Optional;

/** The person's program: this week's sessions, on screen and as a printable page. */
final class ProgramPages {
    private final Pages pages;
    private final Journal journal;
    private final Catalog catalog;
    /** About 17 KiB a page with its gzip: a few MiB at most. */
    private final Recent<Pages.KeptPage, Body> kept = new Recent<>(256);

    ProgramPages(Pages pages, Journal journal, Catalog catalog) {
        this.pages = pages;
        this.journal = journal;
        this.catalog = catalog;
    }

    void show(Context ctx) { render(ctx, "program.jte"); }

    void print(Context ctx) { render(ctx, "program-print.jte"); }

    private void render(Context ctx, String template) {
        Account who = pages.visitors.account(ctx);
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), journal.today(who));
        if (today.isEmpty()) {
            ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            return;
        }
        if (today.get().result().plan() == null) {
            // the safety check ruled a program out: the results page says what to do instead
            ctx.redirect("/results", HttpStatus.SEE_OTHER);
            return;
        }
        Journal.Today t = today.get();
        // the day is everything the page shows besides the frame: same revision and date, same page
        pages.renderKept(ctx, kept, List.of(t.revision(), t.date()), template, "program.title", Frame.Section.PROGRAM,
                () -> new Object[] {"view", ProgramView.of(t, pages.visitor(ctx).text(), catalog)});
    }
}
