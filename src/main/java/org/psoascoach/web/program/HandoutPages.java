package org.psoascoach.web.program;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.handout.HandoutContent;
import org.psoascoach.handout.HandoutPdf;
import org.psoascoach.handout.PaperSize;
import org.psoascoach.journal.Journal;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Text;

import java.util.Optional;

/**
 * The program as a printed handout (/program.pdf, A4 or US Letter): the week, each item with its drawing, steps, dose,
 * side and why, the re-test date, and a QR code to the live program. A practitioner prints a client's the same way.
 */
public final class HandoutPages {
    private final Pages pages;
    private final Journal journal;
    private final Settings settings;

    public HandoutPages(Pages pages, Journal journal, Settings settings) {
        this.pages = pages;
        this.journal = journal;
        this.settings = settings;
    }

    public void own(Context ctx) {
        Account who = pages.visitors.account(ctx);
        PaperSize paper = paper(ctx);
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), journal.today(who));
        if (today.isEmpty() || today.get().result().plan() == null) {
            ctx.redirect(today.isEmpty() ? "/assessment" : "/results", HttpStatus.SEE_OTHER);
            return;
        }
        send(ctx, handout(today.get(), pages.visitor(ctx).text(), null, null), paper, "psoas-coach-program");
    }

    /** The handout of a day's plan, from a practice (or none) for a person (or nobody named). */
    public HandoutContent handout(Journal.Today day, Text t, String practice, String forWhom) {
        return HandoutContent.of(day.result().plan(), day.date(), day.sessionDays(), day.retestDue(), t.messages(), t.locale(), practice, forWhom,
                settings.link("/program"));
    }

    /** The paper asked for (?paper=a4|letter); A4 when none. */
    public static PaperSize paper(Context ctx) {
        String asked = ctx.queryParam("paper");
        if (asked == null || asked.isBlank()) return PaperSize.A4;
        PaperSize paper = PaperSize.fromId(asked.strip());
        if (paper == null) throw new RequestChecks.Malformed("paper", "must be a4 or letter");
        return paper;
    }

    public static void send(Context ctx, HandoutContent content, PaperSize paper, String name) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "inline; filename=\"" + name + "-" + paper.id() + ".pdf\"");
        ctx.contentType("application/pdf").result(HandoutPdf.write(content, paper));
    }
}
