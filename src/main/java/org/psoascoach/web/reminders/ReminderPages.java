package org.psoascoach.web.reminders;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.reminders.Reminders;

import org.psoascoach.journal.Journal;
import org.psoascoach.journal.Schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calendar reminders: the page where a person chooses their session days and the time of the reminder, and makes,
 * copies, replaces or turns off their secret calendar address; and the address itself, which calendar apps fetch without signing in (the unguessable token is the key).
 */
public final class ReminderPages {
    private final Pages pages;
    private final Reminders reminders;
    private final Journal journal;
    private final Settings settings;

    public ReminderPages(Pages pages, Reminders reminders, Journal journal, Settings settings) {
        this.pages = pages;
        this.reminders = reminders;
        this.journal = journal;
        this.settings = settings;
    }

    public void show(Context ctx) { render(ctx, null, false); }

    /** Keeps the days and time the person chose; a value outside what the form offers re-shows it with the message beside the field. */
    public void choose(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account who = pages.visitors.account(ctx);
        Text t = pages.visitor(ctx).text();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : ctx.formParams("day")) {
            try {
                days.add(DayOfWeek.of(Integer.parseInt(day.strip())));
            } catch (RuntimeException e) {
                errors.put("day", t.get("reminders.error.day"));
            }
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(String.valueOf(ctx.formParam("time")).strip());
        } catch (DateTimeParseException e) {
            // told below
        }
        if (!Schedule.allowedTime(time)) errors.put("time", t.get("reminders.error.time", Schedule.EARLIEST, Schedule.LATEST));
        int sessions = journal.current(who, pages.visitor(ctx).revision(), journal.today(who))
                .map(d -> d.result().plan() == null ? 0 : d.result().plan().sessionsPerWeek()).orElse(0);
        if (errors.isEmpty() && !days.isEmpty() && days.size() != sessions) errors.put("day", t.get("reminders.error.count", sessions));
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, null, false, new Chosen(days, time, errors));
            return;
        }
        journal.choose(who, new Schedule(days, time));
        ctx.redirect("/reminders?saved", HttpStatus.SEE_OTHER);
    }

    public void makeAddress(Context ctx) {
        pages.visitors.checkForm(ctx);
        Account who = pages.visitors.account(ctx);
        String token = reminders.newAddress(who);
        render(ctx, settings.link("/calendar/" + token + ".ics"), false);
    }

    public void turnOff(Context ctx) {
        pages.visitors.checkForm(ctx);
        reminders.revoke(pages.visitors.account(ctx));
        render(ctx, null, true);
    }

    /** The feed at {@code /calendar/<token>.ics}; an unknown, replaced or revoked token is simply not found. */
    public void feed(Context ctx) {
        String file = ctx.pathParam("file");
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
        Optional<String> calendar = reminders.feed(token);
        if (calendar.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("No calendar at this address.");
            return;
        }
        ctx.header("Cache-Control", "private, no-cache");
        ctx.header("Content-Disposition", "inline; filename=\"psoas-coach.ics\"");
        ctx.contentType("text/calendar; charset=utf-8").result(calendar.get());
    }

    private void render(Context ctx, String newAddress, boolean turnedOff) { render(ctx, newAddress, turnedOff, null); }

    /** What the person sent and what was wrong with it, shown again in the form. */
    private record Chosen(Set<DayOfWeek> days, LocalTime time, Map<String, String> errors) {}

    private void render(Context ctx, String newAddress, boolean turnedOff, Chosen chosen) {
        Account who = pages.visitors.account(ctx);
        Text t = pages.visitor(ctx).text();
        Optional<Instant> made = reminders.addressMadeAt(who);
        String madeOn = made.map(i -> t.date(LocalDate.ofInstant(i, who.timeZone()))).orElse(null);
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), journal.today(who));
        Schedule schedule = today.map(Journal.Today::schedule).orElseGet(() -> journal.schedule(who));
        Set<DayOfWeek> shownDays = chosen != null ? chosen.days() : today.map(Journal.Today::sessionDays).orElse(schedule.days());
        LocalTime shownTime = chosen != null && chosen.time() != null ? chosen.time() : schedule.remindAt();
        ReminderView view = ReminderView.of(t, newAddress, madeOn, turnedOff, reminders.exerciseOnHold(who),
                today.map(d -> d.result().plan() == null ? 0 : d.result().plan().sessionsPerWeek()).orElse(0),
                !schedule.days().isEmpty() && !today.map(Journal.Today::scheduleIsStale).orElse(false), today.map(Journal.Today::scheduleIsStale).orElse(false),
                shownDays, shownTime, ctx.queryParam("saved") != null, chosen == null ? Map.of() : chosen.errors());
        pages.show(ctx, "reminders.title", Frame.Section.PROGRAM, frame -> pages.templates.remindersShow(frame, view));
    }
}
