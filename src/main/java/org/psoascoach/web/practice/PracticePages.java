package org.psoascoach.web.practice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.practice.InvitationKind;
import org.psoascoach.practice.Practice;
import org.psoascoach.practice.Practices;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practitioner's home (/practice): setting up the practice, inviting clients and colleagues, adding a client in the
 * clinic, and the list of clients with what wants a look (as JSON: {@link PracticeApi}). One client's record is {@link ClientPages}.
 */
public final class PracticePages {
    /** Clients a page of the list shows. */
    static final int PAGE_SIZE = 25;

    private final Pages pages;
    private final PractitionerGate gate;
    private final Practices practices;
    private final Journal journal;
    private final Settings settings;
    private final ClientSummaries summaries;

    public PracticePages(Pages pages, Practices practices, Journal journal, Settings settings) {
        this.pages = pages;
        this.gate = new PractitionerGate(pages);
        this.practices = practices;
        this.journal = journal;
        this.settings = settings;
        this.summaries = new ClientSummaries(journal);
    }

    public void home(Context ctx) {
        Account me = gate.practitioner(ctx);
        if (me == null) return;
        show(ctx, me, null, null, null, Map.of(), "");
    }

    /** Sets up the practice, or renames it. */
    public void name(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account me = gate.practitioner(ctx);
        if (me == null) return;
        String name = ctx.formParam("name");
        try {
            if (practices.of(me).isPresent()) practices.rename(me, name);
            else practices.create(me, name);
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, me, null, null, null, errors(e, pages.visitor(ctx).text()), name == null ? "" : name);
            return;
        }
        ctx.redirect("/practice", HttpStatus.SEE_OTHER);
    }

    /** A new invitation link, shown once on the page. */
    public void invite(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account me = gate.practitioner(ctx);
        if (me == null) return;
        InvitationKind kind = InvitationKind.fromId(String.valueOf(ctx.formParam("kind")));
        if (kind == null) throw new RequestChecks.Malformed("kind", "must be client or colleague");
        if (practices.of(me).isEmpty()) {
            ctx.redirect("/practice", HttpStatus.SEE_OTHER);
            return;
        }
        Practices.Issued issued = practices.invite(me, kind);
        show(ctx, me, settings.link("/join/" + issued.token()), kind.id(), null, Map.of(), "");
    }

    /** A client added in the clinic, without an email: the page shows the link the person claims the record by. */
    public void addClient(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account me = gate.practitioner(ctx);
        if (me == null) return;
        if (practices.of(me).isEmpty()) {
            ctx.redirect("/practice", HttpStatus.SEE_OTHER);
            return;
        }
        String name = ctx.formParam("clientName");
        try {
            Practices.Created created = practices.createClient(me, name, me.timeZone());
            show(ctx, me, settings.link("/join/" + created.claim().token()), "claim", created.client().name(), Map.of(), "");
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, me, null, null, null, errors(e, pages.visitor(ctx).text()), "");
        }
    }

    private void show(Context ctx, Account me, String newLink, String newLinkKind, String newClientName, Map<String, String> errors,
                      String nameTyped) {
        Text t = pages.visitor(ctx).text();
        ClientQuery asked = ClientQuery.of(ctx);
        Practices.Page found = practices.clients(me, asked.query(), asked.order(), asked.page(), PAGE_SIZE);
        List<ClientRow> rows = new ArrayList<>();
        for (ClientSummaries.Summary s : summaries.of(found.clients(), journal.today(me))) rows.add(row(s, t));
        PracticeView view = new PracticeView(found.practice().map(Practice::name).orElse(null), newLink, newLinkKind, newClientName, asked.query(),
                rows, asked.page(), found.more(), errors, nameTyped, asked.order().id());
        pages.show(ctx, "practice.title", Frame.Section.PRACTICE, frame -> pages.templates.practiceHome(frame, view));
    }

    /** What the list shows of one client, read from the last two weeks of their record. */
    private ClientRow row(ClientSummaries.Summary s, Text t) {
        ClientLink c = s.link();
        String trend = "";
        if (s.sessions() >= 2) {
            int first = s.painFirst(), latest = s.painLatest();
            trend = t.get(latest < first ? "practice.pain.down" : latest > first ? "practice.pain.up" : "practice.pain.same", first, latest);
        } else if (s.sessions() == 1) {
            trend = t.get("practice.pain.one", s.painFirst());
        }
        return new ClientRow(c.clientId(), c.name(), c.claimed(), PractitionerGate.lead(c, t), s.lastSession() == null ? "" : t.date(s.lastSession()), s.done(),
                s.planned(), trend, s.retestDue() == null ? "" : t.date(s.retestDue()), s.retestIsDue(), s.painUp(), s.quiet(), s.warningSign());
    }

    private static Map<String, String> errors(InvalidInputException e, Text t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem p : e.problems()) out.put(p.path(), t.get("practice.error." + p.path(), org.psoascoach.practice.Practice.MAX_NAME));
        return out;
    }
}
