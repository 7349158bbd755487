package org.psoascoach.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.AccountRole;
import org.psoascoach.account.Accounts;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign up, sign in, sign out. Passwords are hashed with Argon2id by {@link Accounts}. */
public final class AccountPages {
    /** Roles a visitor may choose; client accounts are made by a practitioner for their client. */
    static final List<AccountRole> SELF_SERVE_ROLES = List.of(AccountRole.PERSON, AccountRole.PRACTITIONER);
    static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
            && !z.startsWith("SystemV/")).sorted().toList();

    private final Pages pages;
    private final Accounts accounts;

    AccountPages(Pages pages, Accounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    /** What the sign-up form shows: the answers so far and a message per field. */
    public record SignUpForm(String email, String role, String timeZone, Map<String, String> errors, List<AccountRole> roles,
                             List<String> timeZones) {}

    /** What the sign-in form shows. */
    public record SignInForm(String email, String next, boolean failed) {}

    void signUpForm(Context ctx) {
        pages.render(ctx, "signup.jte", "signup.title", Frame.Section.ACCOUNT,
                "form", new SignUpForm("", AccountRole.PERSON.id(), "UTC", Map.of(), SELF_SERVE_ROLES, TIME_ZONES));
    }

    void signUp(Context ctx) {
        pages.visitors.checkForm(ctx);
        String email = ctx.formParam("email"), role = ctx.formParam("role"), zone = ctx.formParam("timeZone");
        Map<String, String> errors = new LinkedHashMap<>();
        if (role != null && AccountRole.fromId(role) == AccountRole.CLIENT) errors.put("role", "signup.error.role");
        Account account = null;
        if (errors.isEmpty()) {
            try {
                account = accounts.signUp(email, ctx.formParam("password"), role, zone);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    errors.put(p.path(), Accounts.EMAIL_TAKEN.equals(p.message()) ? "signup.error.emailTaken" : "signup.error." + p.path());
                }
            }
        }
        if (account == null) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.render(ctx, "signup.jte", "signup.title", Frame.Section.ACCOUNT,
                    "form", new SignUpForm(email == null ? "" : email, role, zone, errors, SELF_SERVE_ROLES, TIME_ZONES));
            return;
        }
        pages.visitors.signIn(ctx, account);
        ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
    }

    void signInForm(Context ctx) {
        pages.render(ctx, "signin.jte", "signin.title", Frame.Section.ACCOUNT, "form", new SignInForm("", safeNext(ctx.queryParam("next")), false));
    }

    void signIn(Context ctx) {
        pages.visitors.checkForm(ctx);
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        Optional<Account> account = accounts.signIn(email, ctx.formParam("password"));
        if (account.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            pages.render(ctx, "signin.jte", "signin.title", Frame.Section.ACCOUNT, "form", new SignInForm(email == null ? "" : email, next, true));
            return;
        }
        pages.visitors.signIn(ctx, account.get());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        pages.visitors.checkForm(ctx);
        pages.visitors.signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: "next" must never send a person to another site after signing in. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\n")) return "/program";
        return next;
    }
}
