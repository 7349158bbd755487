package org.psoascoach.web.practice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.practice.Practice;
import org.psoascoach.practice.Practices;
import org.psoascoach.practice.RecordAction;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.planning.Adjustments;
import org.psoascoach.planning.ProgramTemplate;
import org.psoascoach.practice.ProgramTemplates;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.RequestChecks;
import org.psoascoach.web.http.Text;
import org.psoascoach.handout.PaperSize;
import org.psoascoach.web.program.HandoutPages;
import org.psoascoach.web.program.ProgramView;
import org.psoascoach.web.progress.ProgressPages;
import org.psoascoach.web.session.LogView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One client's record as their practitioner sees it (/practice/clients/{id}): findings and who assessed them, each side
 * over time, the program with the practice's changes (dose, out, in, templates), the note to the client and the private
 * notes, four weeks of sessions, and the handout. Every page asks {@link Practices#clientOf} first (a client of another
 * practice is simply not found) and logs the read or change for the client.
 */
public final class ClientPages {
    /** The longest note to a client, and the longest private note. */
    static final int MAX_NOTE = 2000, MAX_PRIVATE_NOTE = 4000;

    private final Pages pages;
    private final PractitionerGate gate;
    private final Practices practices;
    private final Accounts accounts;
    private final Journal journal;
    private final Catalog catalog;
    private final HandoutPages handouts;
    private final ProgressPages progress;
    private final ProgramTemplates templates;
    private final ProgramChanges changes;

    /** Who reads or changes which client's record: a practitioner of the client's practice, the link, the client. */
    private record Seat(Account practitioner, ClientLink link, Account client) {}

    /** The seat for this request's client; empty after answering 403 (not a practitioner) or 404 (not this practice's client). */
    private Optional<Seat> seat(Context ctx) {
        Account me = gate.practitioner(ctx);
        if (me == null) return Optional.empty();
        Optional<ClientLink> link = practices.clientOf(me, ctx.pathParam("id"));
        Optional<Account> client = link.flatMap(l -> accounts.find(l.clientId()));
        if (link.isEmpty() || client.isEmpty()) {
            pages.notFound(ctx.status(HttpStatus.NOT_FOUND));
            return Optional.empty();
        }
        return Optional.of(new Seat(me, link.get(), client.get()));
    }

    public ClientPages(Pages pages, Practices practices, Accounts accounts, Journal journal, Catalog catalog, HandoutPages handouts,
                       ProgressPages progress, ProgramTemplates templates) {
        this.pages = pages;
        this.gate = new PractitionerGate(pages);
        this.practices = practices;
        this.accounts = accounts;
        this.journal = journal;
        this.catalog = catalog;
        this.handouts = handouts;
        this.progress = progress;
        this.templates = templates;
        this.changes = new ProgramChanges(journal, practices, catalog);
    }

    /** The client's program as a handout with the practice's name on it; logged for the client like any read. */
    public void handout(Context ctx) {
        PaperSize paper = HandoutPages.paper(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        Optional<Journal.Today> day = journal.today(client, journal.today(client));
        if (day.isEmpty() || day.get().result().plan() == null) {
            ctx.status(HttpStatus.CONFLICT);
            pages.message(ctx, "practice.handout.none.title", Frame.Section.PRACTICE, "practice.handout.none.body");
            return;
        }
        practices.record(me, link, RecordAction.PRINTED_HANDOUT);
        HandoutPages.send(ctx, handouts.handout(day.get(), pages.visitor(ctx).text(), link.practiceName(), link.name()), paper,
                "home-program");
    }

    /** One client's record: only for a practitioner of the client's practice (anyone else: not found), and the read is logged. */
    public void client(Context ctx) {
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        practices.record(me, link, RecordAction.VIEWED_RECORD);
        String done = ctx.queryParam("changed") != null ? "practice.client.changed" : ctx.queryParam("noted") != null ? "practice.client.noted"
                : ctx.queryParam("saved") != null ? "practice.template.saved" : null;
        renderClient(ctx, link, client, done, Map.of(), List.of());
    }

    /** Saves the client's program as it stands (with the practice's changes) as a template of the practice. */
    public void saveTemplate(Context ctx) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        Optional<Journal.Today> day = changes.current(client);
        if (day.isEmpty()) throw new RequestChecks.Malformed("templateName", "there is no program to save");
        try {
            templates.save(me, link.practiceId(), ctx.formParam("templateName"), ProgramTemplate.of(day.get().result().plan()));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderClient(ctx, link, client, null,
                    Map.of("templateName", pages.visitor(ctx).text().get("practice.error.templateName", Practice.MAX_NAME)), List.of());
            return;
        }
        ctx.redirect("/practice/clients/" + client.id() + "?saved", HttpStatus.SEE_OTHER);
    }

    /**
     * Gives the client a template of the practice: the changes that make their program the template, each applied where
     * their rules allow; the page lists those that were not, with why.
     */
    public void applyTemplate(Context ctx) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        Optional<ProgramTemplate> template = templates.find(link.practiceId(), String.valueOf(ctx.formParam("template")));
        if (template.isEmpty()) throw new RequestChecks.Malformed("template", "must be a template of your practice");
        Text t = pages.visitor(ctx).text();
        Optional<Journal.Today> day = changes.current(client);
        if (day.isEmpty()) throw new RequestChecks.Malformed("template", "the client has no program to change");
        List<String> report = new ArrayList<>();
        for (Adjustments.NotApplied refused : changes.give(me, link, client, day.get().result().plan(), template.get(), t.messages())) {
            report.add(words(refused.adjustment(), t) + " " + refused.why());
        }
        renderClient(ctx, link, client, report.isEmpty() ? "practice.template.applied" : "practice.template.appliedInPart", Map.of(), report);
    }

    /**
     * A change to the client's program: a dose, taking an item out, or adding one. Applied only where the rules allow;
     * otherwise the page says which rule or range refuses it. Logged for the client.
     */
    public void adjust(Context ctx) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        Text t = pages.visitor(ctx).text();
        Adjustment.Kind kind = Adjustment.Kind.fromId(String.valueOf(ctx.formParam("kind")));
        if (kind == null) throw new RequestChecks.Malformed("kind", "must be dose, remove or add");
        Side side = Side.fromId(String.valueOf(ctx.formParam("side")));
        if (side == null) throw new RequestChecks.Malformed("side", "must be left, right or both");
        String item = String.valueOf(ctx.formParam("item"));
        if (catalog.find(item).isEmpty()) throw new RequestChecks.Malformed("item", "must be an exercise of the catalog");
        Adjustment adjustment = new Adjustment(org.psoascoach.store.Ids.next(), kind, item, side, number(ctx, "sets"), number(ctx, "reps"),
                number(ctx, "hold"), me.email());
        Optional<String> refused = changes.make(me, link, client, adjustment, t.messages());
        if (refused.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderClient(ctx, link, client, null, Map.of("adjust-" + item + "-" + side.id(), refused.get(), "adjust", refused.get()), List.of());
            return;
        }
        ctx.redirect("/practice/clients/" + client.id() + "?changed", HttpStatus.SEE_OTHER);
    }

    public void undo(Context ctx) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        Account me = seat.get().practitioner();
        ClientLink link = seat.get().link();
        Account client = seat.get().client();
        changes.undo(me, link, client, ctx.pathParam("change"));
        ctx.redirect("/practice/clients/" + client.id() + "?changed", HttpStatus.SEE_OTHER);
    }

    /** The practice's note to the client, shown with their program (empty takes it away). */
    public void note(Context ctx) {
        write(ctx, "note", MAX_NOTE, (seat, text) -> {
            journal.note(seat.client(), seat.link().practiceId(), text, seat.practitioner().email());
            practices.record(seat.practitioner(), seat.link(), RecordAction.WROTE_NOTE);
        });
    }

    /** The practice's private note about the client: never shown to the client, logged as written. */
    public void privateNote(Context ctx) {
        write(ctx, "privateNote", MAX_PRIVATE_NOTE, (seat, text) -> practices.writePrivateNote(seat.practitioner(), seat.link(), text));
    }

    /** A note from the form's {@code field}, kept by {@code keep} when it is no longer than {@code max}, else shown again with why. */
    private void write(Context ctx, String field, int max, java.util.function.BiConsumer<Seat, String> keep) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = seat(ctx);
        if (seat.isEmpty()) return;
        String text = String.valueOf(Optional.ofNullable(ctx.formParam(field)).orElse(""));
        if (text.length() > max) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderClient(ctx, seat.get().link(), seat.get().client(), null,
                    Map.of(field, pages.visitor(ctx).text().get("practice.error.note", max)), List.of());
            return;
        }
        keep.accept(seat.get(), text);
        ctx.redirect("/practice/clients/" + seat.get().client().id() + "?noted", HttpStatus.SEE_OTHER);
    }

    private void renderClient(Context ctx, ClientLink link, Account who, String doneKey, Map<String, String> errors, List<String> report) {
        Text t = pages.visitor(ctx).text();
        LocalDate today = journal.today(who);
        Optional<Journal.Today> day = journal.today(who, today);
        List<String> findings = new ArrayList<>();
        ProgramView program = null;
        String onHold = null;
        List<ClientView.ItemRow> items = new ArrayList<>();
        List<ClientView.Change> changes = new ArrayList<>();
        List<String> notCarried = new ArrayList<>();
        String note = null;
        if (day.isPresent()) {
            var result = day.get().result();
            for (Side side : Side.SIDES) {
                var finding = result.findings().of(side);
                findings.add(t.get("side.title." + side.id()) + ": " + t.get("finding." + finding.status().id()));
            }
            if (result.plan() != null) {
                program = ProgramView.of(day.get(), t, catalog);
                for (var p : result.plan().items()) {
                    var d = p.item().dosage();
                    boolean hold = d.isHold();
                    items.add(new ClientView.ItemRow(p.item().id(), p.side().id(), p.item().text().name(), t.get("text.side." + p.side().id()),
                            p.dose().words(t.messages()), hold, p.dose().sets(), hold ? p.dose().holdSeconds() : p.dose().reps(),
                            d.sets().min(), d.sets().max(), hold ? d.holdSeconds().min() : d.reps().min(), hold ? d.holdSeconds().max() : d.reps().max()));
                }
            } else {
                onHold = t.get("practice.client.onHold." + result.triage().level().id());
            }
            for (Adjustment a : day.get().adjustments()) changes.add(new ClientView.Change(a.id(), words(a, t)));
            for (Adjustments.NotApplied n : day.get().notApplied()) notCarried.add(words(n.adjustment(), t) + " " + n.why());
            note = day.get().notes().stream().filter(n -> n.practice().equals(link.practiceName())).map(Journal.ClientNote::text).findFirst().orElse(null);
        }
        List<ClientView.Option> addable = catalog.items().stream()
                .filter(i -> i.role() != org.psoascoach.catalog.Role.TEST && !i.practitionerOnly())
                .map(i -> new ClientView.Option(i.id(), i.text().name(), i.perSide())).toList();
        List<LogView> sessions = new ArrayList<>();
        var logs = new ArrayList<>(journal.sessions(who, today.minusDays(27), today));
        java.util.Collections.reverse(logs);
        for (var s : logs) sessions.add(LogView.of(s, catalog, t));
        String testDay = null, clearance = null;
        if (day.isPresent()) {
            var record = day.get().assessment();
            String on = t.date(record.takenOn());
            testDay = record.clinic() == null ? t.get("practice.client.assessedSelf", on) : t.get("practice.client.assessedBy", on, record.clinic().assessedBy());
            if (record.clinic() != null && record.clinic().clearedBy() != null) {
                clearance = t.get("practice.client.clearedBy", record.clinic().clearedBy(), t.date(record.clinic().clearedOn()));
            }
        }
        ClientView view = new ClientView(who.id(), link.name(), link.claimed(), PractitionerGate.lead(link, t), link.practiceName(), findings, testDay, clearance,
                program, onHold, sessions, items, addable, changes, notCarried, note, practices.privateNote(link),
                progress.view(who, t).orElse(null), templates.of(link.practiceId()).stream().map(p -> new ClientView.Option(p.id(), p.name(), false)).toList(),
                report, doneKey == null ? null : t.get(doneKey), errors);
        pages.showTitled(ctx, link.name(), Frame.Section.PRACTICE, frame -> pages.templates.practiceClient(frame, view));
    }

    /** A change in words: "Kneeling lunge hip flexor stretch, left: 5 sets of 45 s (by pia@…)". */
    private String words(Adjustment a, Text t) {
        String name = catalog.find(a.itemId()).map(i -> i.text().name()).orElse(a.itemId());
        String what = switch (a.kind()) {
            case DOSE -> t.get("practice.change.dose", a.sets(), a.holdSeconds() != null && a.reps() == null ? a.holdSeconds() + " s" : a.reps() + " reps");
            case REMOVE -> t.get("practice.change.remove");
            case ADD -> t.get("practice.change.add");
        };
        return t.get("practice.change", name, t.get("text.side." + a.side().id()), what, a.by());
    }

    private static Integer number(Context ctx, String field) {
        String text = ctx.formParam(field);
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RequestChecks.Malformed(field, "must be a whole number");
        }
    }
}
