package org.psoascoach.web.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.AccountRole;
import org.psoascoach.account.Accounts;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.planning.Adjustments;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.planning.ProgramTemplate;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.practice.Practice;
import org.psoascoach.practice.Practices;
import org.psoascoach.practice.ProgramTemplates;
import org.psoascoach.practice.RecordAction;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.store.Ids;
import org.psoascoach.web.api.Api;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.Text;
import org.psoascoach.web.http.Visitor;
import org.psoascoach.web.http.Visitors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The practitioner's JSON routes under {@code /api/v1/practice}: the list of clients (paged, searched, ordered as the
 * page is), one client's record with the program as changed, the practice's changes (make, take back), and templates
 * (list, save from a client, give to a client). The same rules as the pages: only a practitioner (else 403), only a
 * client of their own practice (else 404, as if there were none), every read and change logged for the client, every
 * change tried against the client's rules first. Documented in {@code /api/v1/openapi.json}.
 */
public final class PracticeApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Clients per answer unless asked otherwise, and the most one answer gives. */
    static final int DEFAULT_SIZE = 25, MAX_SIZE = 100;
    /** How far back a client's record gives sessions. */
    static final int SESSION_DAYS = 28;

    private final Visitors visitors;
    private final Practices practices;
    private final Accounts accounts;
    private final Journal journal;
    private final Catalog catalog;
    private final ProgramTemplates templates;
    private final ClientSummaries summaries;
    private final ProgramChanges changes;

    public PracticeApi(Visitors visitors, Practices practices, Accounts accounts, Journal journal, Catalog catalog, ProgramTemplates templates) {
        this.visitors = visitors;
        this.practices = practices;
        this.accounts = accounts;
        this.journal = journal;
        this.catalog = catalog;
        this.templates = templates;
        this.summaries = new ClientSummaries(journal);
        this.changes = new ProgramChanges(journal, practices, catalog);
    }

    /** The practitioner this request is from: 401 signed out, 403 for anyone who is not a practitioner. */
    private Visitor practitioner(Context ctx) {
        Visitor visitor = visitors.of(ctx);
        if (!visitor.signedIn()) {
            throw new Api.Failure(HttpStatus.UNAUTHORIZED, "Sign in first", "This route needs a signed-in session (the psoas_session cookie)", List.of());
        }
        ctx.header(Api.CSRF_HEADER, visitor.csrf());
        if (visitor.account().role() != AccountRole.PRACTITIONER) {
            throw new Api.Failure(HttpStatus.FORBIDDEN, "For practitioners", "Only a practitioner account has a practice's clients", List.of());
        }
        return visitor;
    }

    /** The client of the path, as this practitioner may see them; 404 for anyone who is not a client of their practice. */
    private Seat seat(Context ctx, Account practitioner) {
        Optional<ClientLink> link = practices.clientOf(practitioner, ctx.pathParam("id"));
        Optional<Account> client = link.flatMap(l -> accounts.find(l.clientId()));
        if (link.isEmpty() || client.isEmpty()) {
            throw new Api.Failure(HttpStatus.NOT_FOUND, "No such client", "Your practice has no client with this id",
                    List.of(new Problem("id", "is not a client of your practice")));
        }
        return new Seat(practitioner, link.get(), client.get());
    }

    private record Seat(Account practitioner, ClientLink link, Account client) {}

    /** GET /api/v1/practice/clients: a page of the practice's clients at a glance; the next page's address in a Link header. */
    public void clients(Context ctx) {
        Account me = practitioner(ctx).account();
        ClientQuery asked = ClientQuery.of(ctx);
        int size = ClientQuery.whole(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        Practices.Page found = practices.clients(me, asked.query(), asked.order(), asked.page(), size);
        ArrayNode array = JSON.createArrayNode();
        for (ClientSummaries.Summary s : summaries.of(found.clients(), journal.today(me))) glance(array.addObject(), s);
        if (found.more()) {
            ctx.header("Link", "</api/v1/practice/clients?q=" + URLEncoder.encode(asked.query(), StandardCharsets.UTF_8) + "&sort=" + asked.order().id()
                    + "&page=" + (asked.page() + 1) + "&size=" + size + ">; rel=\"next\"");
        }
        json(ctx, HttpStatus.OK, array);
    }

    /** GET /api/v1/practice/clients/{id}: the client's program as changed, the changes, sessions of four weeks; logged. */
    public void client(Context ctx) {
        Visitor visitor = practitioner(ctx);
        Seat seat = seat(ctx, visitor.account());
        practices.record(seat.practitioner(), seat.link(), RecordAction.VIEWED_RECORD);
        json(ctx, HttpStatus.OK, record(seat, visitor.text()));
    }

    /**
     * POST /api/v1/practice/clients/{id}/adjustments: a change of dose, an item out or an item in. 201 with the client's
     * record when the client's rules allow it; otherwise 400 naming the rule or range that refuses it, and nothing kept.
     */
    public void adjust(Context ctx) {
        Visitor visitor = practitioner(ctx);
        Api.checkCsrf(ctx, visitor);
        Seat seat = seat(ctx, visitor.account());
        Api.requireJson(ctx, "the body");
        PracticeRequests.Change asked = PracticeRequests.change(ctx.bodyAsBytes(), catalog);
        Adjustment change = new Adjustment(Ids.next(), asked.kind(), asked.itemId(), asked.side(), asked.sets(), asked.reps(), asked.holdSeconds(),
                seat.practitioner().email());
        Optional<String> refused = changes.make(seat.practitioner(), seat.link(), seat.client(), change, visitor.text().messages());
        if (refused.isPresent()) {
            throw new Api.Failure(HttpStatus.BAD_REQUEST, "Not allowed for this client", refused.get(), List.of(new Problem("$", refused.get())));
        }
        ctx.header("Location", "/api/v1/practice/clients/" + seat.client().id());
        ObjectNode out = record(seat, visitor.text());
        out.put("adjustmentId", change.id());
        json(ctx, HttpStatus.CREATED, out);
    }

    /** DELETE /api/v1/practice/clients/{id}/adjustments/{change}: takes a change of the practice back; 404 when there is none. */
    public void undo(Context ctx) {
        Visitor visitor = practitioner(ctx);
        Api.checkCsrf(ctx, visitor);
        Seat seat = seat(ctx, visitor.account());
        if (!changes.undo(seat.practitioner(), seat.link(), seat.client(), ctx.pathParam("change"))) {
            throw new Api.Failure(HttpStatus.NOT_FOUND, "No such change", "The client has no change with this id from your practice",
                    List.of(new Problem("change", "is not a change of your practice to this client's program")));
        }
        json(ctx, HttpStatus.OK, record(seat, visitor.text()));
    }

    /** GET /api/v1/practice/templates: the practice's templates by name, each with its items. */
    public void templates(Context ctx) {
        Account me = practitioner(ctx).account();
        ArrayNode array = JSON.createArrayNode();
        Optional<Practice> practice = practices.of(me);
        if (practice.isPresent()) {
            for (ProgramTemplate listed : templates.of(practice.get().id())) {
                templates.find(practice.get().id(), listed.id()).ifPresent(t -> template(array.addObject(), t));
            }
        }
        json(ctx, HttpStatus.OK, array);
    }

    /** POST /api/v1/practice/clients/{id}/templates: the client's program as it stands, saved under a name; 201 with it. */
    public void saveTemplate(Context ctx) {
        Visitor visitor = practitioner(ctx);
        Api.checkCsrf(ctx, visitor);
        Seat seat = seat(ctx, visitor.account());
        Api.requireJson(ctx, "the body");
        String name = PracticeRequests.templateName(ctx.bodyAsBytes());
        Optional<Journal.Today> day = changes.current(seat.client());
        if (day.isEmpty()) throw noProgram();
        ProgramTemplate saved;
        try {
            saved = templates.save(seat.practitioner(), seat.link().practiceId(), name, ProgramTemplate.of(day.get().result().plan()));
        } catch (InvalidInputException e) {
            throw new RequestChecks.Malformed("$.name", "must be 1 to " + Practice.MAX_NAME + " characters");
        }
        ObjectNode out = JSON.createObjectNode();
        template(out, saved);
        json(ctx, HttpStatus.CREATED, out);
    }

    /**
     * POST /api/v1/practice/clients/{id}/templates/{template}/apply: gives the client a template of the practice, each
     * change kept where the client's rules allow; the answer lists those that were not, with why.
     */
    public void applyTemplate(Context ctx) {
        Visitor visitor = practitioner(ctx);
        Api.checkCsrf(ctx, visitor);
        Seat seat = seat(ctx, visitor.account());
        ProgramTemplate template = templates.find(seat.link().practiceId(), ctx.pathParam("template")).orElseThrow(() -> new Api.Failure(
                HttpStatus.NOT_FOUND, "No such template", "Your practice has no template with this id",
                List.of(new Problem("template", "is not a template of your practice"))));
        Optional<Journal.Today> day = changes.current(seat.client());
        if (day.isEmpty()) throw noProgram();
        List<Adjustments.NotApplied> refused = changes.give(seat.practitioner(), seat.link(), seat.client(), day.get().result().plan(), template,
                visitor.text().messages());
        ObjectNode out = record(seat, visitor.text());
        ArrayNode notGiven = out.putArray("templateNotApplied");
        for (Adjustments.NotApplied n : refused) change(notGiven.addObject(), n.adjustment()).put("why", n.why());
        json(ctx, HttpStatus.OK, out);
    }

    private static Api.Failure noProgram() {
        return new Api.Failure(HttpStatus.CONFLICT, "No program", "The client has no program yet (no test day, or the triage put it on hold)", List.of());
    }

    /** The client's record as the API gives it: who, the program as changed, the changes, the note, four weeks of sessions. */
    private ObjectNode record(Seat seat, Text t) {
        Account client = seat.client();
        ClientLink link = seat.link();
        LocalDate today = journal.today(client);
        Optional<Journal.Today> day = journal.today(client, today);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", client.id()).put("name", link.name()).put("claimed", link.claimed()).put("lead", link.leadEmail()).put("practice", link.practiceName());
        o.put("retestDue", day.map(Journal.Today::retestDue).map(LocalDate::toString).orElse(null));
        ObjectNode program = null;
        if (day.isPresent() && day.get().result().plan() != null) {
            program = JSON.createObjectNode();
            program.put("sessionsPerWeek", day.get().result().plan().sessionsPerWeek());
            ArrayNode items = program.putArray("items");
            List<Adjustment> applied = day.get().adjustments();
            for (PlannedItem p : day.get().result().plan().items()) {
                boolean changed = applied.stream().anyMatch(a -> a.itemId().equals(p.item().id()) && a.side() == p.side());
                items.addObject().put("itemId", p.item().id()).put("name", p.item().text().name()).put("side", p.side().id())
                        .put("sets", p.dose().sets()).put("reps", p.dose().reps()).put("holdSeconds", p.dose().holdSeconds())
                        .put("changedByPractice", changed);
            }
        }
        o.set("program", program);
        o.put("onHold", day.isPresent() && day.get().result().plan() == null ? day.get().result().triage().level().id() : null);
        ArrayNode adjustments = o.putArray("adjustments");
        ArrayNode notApplied = o.putArray("notApplied");
        String note = null;
        if (day.isPresent()) {
            for (Adjustment a : day.get().adjustments()) change(adjustments.addObject(), a);
            for (Adjustments.NotApplied n : day.get().notApplied()) change(notApplied.addObject(), n.adjustment()).put("why", n.why());
            note = day.get().notes().stream().filter(n -> n.practice().equals(link.practiceName())).map(Journal.ClientNote::text).findFirst().orElse(null);
        }
        o.put("noteToClient", note);
        ArrayNode sessions = o.putArray("sessions");
        List<LoggedSession> logs = new ArrayList<>(journal.sessions(client, today.minusDays(SESSION_DAYS - 1), today));
        java.util.Collections.reverse(logs);
        for (LoggedSession s : logs) {
            int sets = s.items().stream().mapToInt(DoneItem::sets).sum();
            sessions.addObject().put("date", s.date().toString()).put("painBefore", s.painBefore()).put("painAfter", s.painAfter())
                    .put("outcome", s.completed() ? "complete" : sets > 0 ? "partial" : "stopped").put("setsDone", sets).put("notes", s.notes());
        }
        return o;
    }

    private static ObjectNode change(ObjectNode o, Adjustment a) {
        return o.put("id", a.id()).put("kind", a.kind().id()).put("itemId", a.itemId()).put("side", a.side().id()).put("sets", a.sets())
                .put("reps", a.reps()).put("holdSeconds", a.holdSeconds()).put("by", a.by());
    }

    private static void template(ObjectNode o, ProgramTemplate t) {
        o.put("id", t.id()).put("name", t.name());
        ArrayNode items = o.putArray("items");
        for (ProgramTemplate.Entry e : t.items()) {
            items.addObject().put("itemId", e.itemId()).put("side", e.side().id()).put("sets", e.sets()).put("reps", e.reps())
                    .put("holdSeconds", e.holdSeconds());
        }
    }

    /** One client of the list, with the figures as they are (the page puts them in words). */
    private static void glance(ObjectNode o, ClientSummaries.Summary s) {
        ClientLink c = s.link();
        o.put("id", c.clientId()).put("name", c.name()).put("claimed", c.claimed()).put("lead", c.leadEmail());
        o.put("lastSession", s.lastSession() == null ? null : s.lastSession().toString());
        o.put("sessionsDone14Days", s.done()).put("sessionsPlanned14Days", s.planned());
        o.put("painBeforeFirst", s.painFirst()).put("painBeforeLatest", s.painLatest());
        o.put("retestDue", s.retestDue() == null ? null : s.retestDue().toString());
        ArrayNode flags = o.putArray("flags");
        if (s.painUp()) flags.add("pain-up");
        if (s.quiet()) flags.add("nothing-logged-7-days");
        if (s.warningSign()) flags.add("warning-sign");
    }

    private static void json(Context ctx, HttpStatus status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
