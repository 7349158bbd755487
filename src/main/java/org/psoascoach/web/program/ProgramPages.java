package org.psoascoach.web.program;

import org.psoascoach.web.http.Body;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.store.Recent;

import gg.jte.models.runtime.JteModel;

import java.util.List;
import java.util.function.BiFunction;
import java.util.Optional;

/** The person's program: this week's sessions, on screen and as a printable page. */
public final class ProgramPages {
    private final Pages pages;
    private final Journal journal;
    private final Catalog catalog;
    /** About 17 KiB a page with its gzip: a few MiB at most. */
    private final Recent<Pages.KeptPage, Body> kept = new Recent<>(256);

    public ProgramPages(Pages pages, Journal journal, Catalog catalog) {
        this.pages = pages;
        this.journal = journal;
        this.catalog = catalog;
    }

    public void show(Context ctx) { render(ctx, "program", pages.templates::programShow); }

    public void print(Context ctx) { render(ctx, "print", pages.templates::programPrint); }

    private void render(Context ctx, String name, BiFunction<Frame, ProgramView, JteModel> page) {
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
        pages.showKept(ctx, kept, name, List.of(t.revision(), t.date()), "program.title", Frame.Section.PROGRAM,
                frame -> page.apply(frame, ProgramView.of(t, frame.t(), catalog)));
    }
}
