package org.psoascoach.web.account;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.account.WeakPassword;
import org.psoascoach.export.DataExport;
import org.psoascoach.export.Progress;
import org.psoascoach.export.SessionCsv;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.practice.Practices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account page: change the email or the password (each asks for the password again; a new password ends every
 * other sign-in), the devices signed in with "sign out everywhere else", the person's data to download (the JSON that
 * {@code psoas import} reads, and CSV), and deleting the account with everything in it.
 */
public final class AccountSettingsPages {
    private final Pages pages;
    private final Accounts accounts;
    private final SignInSessions sessions;
    private final DataExport export;
    private final Journal journal;
    private final Practices practices;

    public AccountSettingsPages(Pages pages, Accounts accounts, SignInSessions sessions, DataExport export, Journal journal, Practices practices) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.export = export;
        this.journal = journal;
        this.practices = practices;
    }

    /** How many lines of "who saw my record" the page shows; the download has them all. */
    static final int ACCESS_LINES = 50;

    /** Everything the page shows, decided here. */
    public record AccountView(String email, String memberSince, List<DeviceRow> devices, boolean otherDevices, String done,
                              Map<String, String> errors, String emailTyped, List<PracticeRow> practices, List<AccessRow> access) {
        public String error(String field) { return errors.get(field); }
    }

    public record DeviceRow(String name, String signedInOn, String lastUsedOn, boolean current) {}

    /** A practice that can see the person's record, with their lead practitioner. */
    public record PracticeRow(String id, String name, String lead, String since) {}

    /** One line of who saw or changed the record. */
    public record AccessRow(String when, String who, String practice, String what) {}

    public void show(Context ctx) {
        String changed = ctx.queryParam("changed");
        String done = changed == null ? null : switch (changed) {
            case "email" -> "account.done.email";
            case "password" -> "account.done.password";
            case "devices" -> "account.done.devices";
            case "practice" -> "account.done.practice";
            default -> null;
        };
        render(ctx, done, Map.of(), "");
    }

    public void changeEmail(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        Text t = pages.visitor(ctx).text();
        String email = ctx.formParam("email");
        if (!accounts.passwordIs(who, ctx.formParam("password"))) {
            refuse(ctx, Map.of("email.password", t.get("account.error.password")), email);
            return;
        }
        try {
            accounts.changeEmail(who, email);
        } catch (InvalidInputException e) {
            boolean taken = e.problems().stream().anyMatch(p -> Accounts.EMAIL_TAKEN.equals(p.message()));
            refuse(ctx, Map.of("email", t.get(taken ? "signup.error.emailTaken" : "signup.error.email")), email);
            return;
        }
        ctx.redirect("/account?changed=email", HttpStatus.SEE_OTHER);
    }

    public void changePassword(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        Text t = pages.visitor(ctx).text();
        if (!accounts.passwordIs(who, ctx.formParam("current"))) {
            refuse(ctx, Map.of("current", t.get("account.error.password")), "");
            return;
        }
        String password = ctx.formParam("password");
        if (password == null || !password.equals(ctx.formParam("repeat"))) {
            refuse(ctx, Map.of("password", t.get("reset.error.repeat")), "");
            return;
        }
        try {
            accounts.setPassword(who, password);
        } catch (WeakPassword e) {
            refuse(ctx, Map.of("password", AccountPages.passwordProblem(t, e.weakness())), "");
            return;
        }
        sessions.endAllBut(who, pages.visitors.sessionToken(ctx)); // whoever else was signed in must sign in again
        ctx.redirect("/account?changed=password", HttpStatus.SEE_OTHER);
    }

    public void signOutOthers(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        sessions.endAllBut(who, pages.visitors.sessionToken(ctx));
        ctx.redirect("/account?changed=devices", HttpStatus.SEE_OTHER);
    }

    public void exportJson(Context ctx) throws IOException {
        Account who = pages.visitors.account(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataExport.write(export.accounts(List.of(who.id()), Progress.NONE), out);
        download(ctx, "psoas-coach-" + journal.today(who) + ".json",
                "application/json; charset=utf-8", out.toByteArray());
    }

    public void exportCsv(Context ctx) {
        Account who = pages.visitors.account(ctx);
        byte[] csv = SessionCsv.write(journal.record(who)).getBytes(StandardCharsets.UTF_8);
        download(ctx, "psoas-coach-" + journal.today(who) + ".csv", "text/csv; charset=utf-8", csv);
    }

    public void delete(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        Text t = pages.visitor(ctx).text();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"yes".equals(ctx.formParam("confirm"))) errors.put("confirm", t.get("account.error.confirm"));
        if (!accounts.passwordIs(who, ctx.formParam("password"))) errors.put("delete.password", t.get("account.error.password"));
        if (!errors.isEmpty()) {
            refuse(ctx, errors, "");
            return;
        }
        accounts.delete(who.id());
        pages.visitors.signOut(ctx);
        pages.message(ctx, "account.deleted.title", Frame.Section.HOME, "account.deleted.body");
    }

    private void download(Context ctx, String name, String type, byte[] body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(type).result(body);
    }

    private void refuse(Context ctx, Map<String, String> errors, String emailTyped) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        render(ctx, null, errors, emailTyped == null ? "" : emailTyped);
    }

    /** The person ends a practice's access to their record: from now on it sees nothing more. */
    public void endPractice(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        practices.endAccess(who, ctx.pathParam("id"));
        ctx.redirect("/account?changed=practice", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String doneKey, Map<String, String> errors, String emailTyped) {
        Account who = pages.visitors.account(ctx);
        Text t = pages.visitor(ctx).text();
        List<DeviceRow> devices = sessions.devices(who, pages.visitors.sessionToken(ctx)).stream()
                .map(d -> new DeviceRow(d.name() == null ? t.get("account.device.unknown") : d.name(),
                        t.date(LocalDate.ofInstant(d.signedInAt(), who.timeZone())), t.date(LocalDate.ofInstant(d.lastSeenAt(), who.timeZone())),
                        d.current()))
                .toList();
        List<PracticeRow> practiceRows = practices.practicesOf(who).stream()
                .map(p -> new PracticeRow(p.practiceId(), p.practiceName(), p.leadEmail() == null ? t.get("practice.lead.none") : p.leadEmail(),
                        t.date(LocalDate.ofInstant(p.linkedAt(), who.timeZone()))))
                .toList();
        List<AccessRow> access = practices.accessLog(who, ACCESS_LINES).stream()
                .map(a -> new AccessRow(t.date(LocalDate.ofInstant(a.at(), who.timeZone())) + " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(a.at().atZone(who.timeZone())), a.who(), a.practiceName(), t.get("access.action." + a.action().id())))
                .toList();
        if (ctx.queryParam("joined") != null && doneKey == null) doneKey = "account.done.joined";
        AccountView view = new AccountView(who.email(), t.date(LocalDate.ofInstant(who.createdAt(), who.timeZone())), devices,
                devices.stream().anyMatch(d -> !d.current()), doneKey == null ? null : t.get(doneKey), errors, emailTyped, practiceRows, access);
        pages.show(ctx, "account.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSettings(frame, view));
    }
}
