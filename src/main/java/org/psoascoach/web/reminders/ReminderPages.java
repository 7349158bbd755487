package org.psoascoach.web.reminders;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Settings;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.reminders.Reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Calendar reminders: the page where a person makes, replaces or turns off their secret calendar address, and the
 * address itself, which calendar apps fetch without signing in (the unguessable token is the key).
 */
public final class ReminderPages {
    private final Pages pages;
    private final Reminders reminders;
    private final Settings settings;

    public ReminderPages(Pages pages, Reminders reminders, Settings settings) {
        this.pages = pages;
        this.reminders = reminders;
        this.settings = settings;
    }

    public void show(Context ctx) { render(ctx, null, false); }

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

    private void render(Context ctx, String newAddress, boolean turnedOff) {
        Account who = pages.visitors.account(ctx);
        Text t = pages.visitor(ctx).text();
        Optional<Instant> made = reminders.addressMadeAt(who);
        String madeOn = made.map(i -> t.date(LocalDate.ofInstant(i, who.timeZone()))).orElse(null);
        pages.show(ctx, "reminders.title", Frame.Section.PROGRAM, frame -> pages.templates.remindersShow(frame, newAddress, madeOn, turnedOff, reminders.exerciseOnHold(who)));
    }
}
