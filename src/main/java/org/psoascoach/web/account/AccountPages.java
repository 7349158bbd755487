package org.psoascoach.web.account;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.AccountRole;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.KnownDevices;
import org.psoascoach.account.PasswordPolicy;
import org.psoascoach.account.SignInThrottle;
import org.psoascoach.account.WeakPassword;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sign up, sign in, sign out. Passwords are hashed with Argon2id by {@link Accounts}. */
public final class AccountPages {
    /** Roles a visitor may choose; client accounts are made by a practitioner for their client. */
    public static final List<AccountRole> SELF_SERVE_ROLES = List.of(AccountRole.PERSON, AccountRole.PRACTITIONER);
    public static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
            && !z.startsWith("SystemV/")).sorted().toList();

    /** A device that signed in before keeps this cookie, and with it gets past a lock someone else's guessing set off. */
    public static final String DEVICE_COOKIE = "psoas_device";

    private final Pages pages;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final KnownDevices devices;

    public AccountPages(Pages pages, Accounts accounts, SignInThrottle throttle, KnownDevices devices) {
        this.pages = pages;
        this.accounts = accounts;
        this.throttle = throttle;
        this.devices = devices;
    }

    /** What the sign-up form shows: the answers so far and a message per field. */
    public record SignUpForm(String email, String role, String timeZone, Map<String, String> errors, List<AccountRole> roles,
                             List<String> timeZones, String next) {}

    /** What the sign-in form shows: the email tried, where to go next, and why the last try did not sign in (or null). */
    public record SignInForm(String email, String next, String error) {}

    public void signUpForm(Context ctx) {
        pages.show(ctx, "signup.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSignup(frame, new SignUpForm("", AccountRole.PERSON.id(), "UTC", Map.of(), SELF_SERVE_ROLES, TIME_ZONES, afterSignUp(ctx.queryParam("next")))));
    }

    public void signUp(Context ctx) {
        pages.visitors.checkForm(ctx);
        String email = ctx.formParam("email"), role = ctx.formParam("role"), zone = ctx.formParam("timeZone");
        Map<String, String> errors = new LinkedHashMap<>();
        Text t = pages.visitor(ctx).text();
        if (role != null && AccountRole.fromId(role) == AccountRole.CLIENT) errors.put("role", t.get("signup.error.role"));
        Account account = null;
        if (errors.isEmpty()) {
            try {
                account = accounts.signUp(email, ctx.formParam("password"), role, zone);
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    String key = Accounts.EMAIL_TAKEN.equals(p.message()) ? "signup.error.emailTaken" : "signup.error." + p.path();
                    errors.put(p.path(), t.get(key));
                }
                if (e instanceof WeakPassword weak) errors.put("password", passwordProblem(t, weak.weakness()));
            }
        }
        if (account == null) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.show(ctx, "signup.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSignup(frame, new SignUpForm(email == null ? "" : email, role, zone, errors, SELF_SERVE_ROLES, TIME_ZONES, afterSignUp(ctx.formParam("next")))));
            return;
        }
        pages.visitors.signIn(ctx, account);
        rememberDevice(ctx, account);
        ctx.redirect(afterSignUp(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    /** Where a new account goes: where it came from on this site (an invitation), else the assessment. */
    private static String afterSignUp(String next) { return next == null || next.isBlank() ? "/assessment" : safeNext(next); }

    public void signInForm(Context ctx) {
        pages.show(ctx, "signin.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSignin(frame, new SignInForm("", safeNext(ctx.queryParam("next")), null)));
    }

    /** Why a password is refused, in the visitor's words, with zxcvbn's hint when it has one. */
    public static String passwordProblem(Text t, PasswordPolicy.Weakness w) {
        return switch (w.reason()) {
            case TOO_SHORT -> t.get("password.error.short", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> t.get("password.error.long", PasswordPolicy.MAX_LENGTH);
            case ONLY_SPACES -> t.get("password.error.spaces");
            case LIKE_EMAIL -> t.get("password.error.email");
            case EASY_TO_GUESS -> t.get("password.error.guessable") + (w.hint() == null ? "" : " " + w.hint());
        };
    }

    public void signIn(Context ctx) {
        pages.visitors.checkForm(ctx);
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        Text t = pages.visitor(ctx).text();
        boolean known = devices.knows(ctx.cookie(DEVICE_COOKIE), email);
        Accounts.SignInResult result = accounts.signIn(email, ctx.formParam("password"), ctx.ip(), known, throttle);
        String shownEmail = email == null ? "" : email;
        if (result instanceof Accounts.SignInResult.Locked locked) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", String.valueOf(locked.verdict().retryAfter().toSeconds() + 1));
            pages.show(ctx, "signin.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSignin(frame, new SignInForm(shownEmail, next, t.get("signin.locked", locked.verdict().minutes()))));
        } else if (result instanceof Accounts.SignInResult.SignedIn signedIn) {
            pages.visitors.signIn(ctx, signedIn.account());
            if (!known) rememberDevice(ctx, signedIn.account());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            pages.show(ctx, "signin.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountSignin(frame, new SignInForm(shownEmail, next, t.get("signin.failed"))));
        }
    }

    private void rememberDevice(Context ctx, Account account) {
        String token = devices.remember(account);
        ctx.cookie(new io.javalin.http.Cookie(DEVICE_COOKIE, token, "/signin", (int) KnownDevices.LIFETIME.toSeconds(),
                pages.visitors.secureCookies(), true, null, io.javalin.http.SameSite.STRICT));
    }

    public void signOut(Context ctx) {
        pages.visitors.checkForm(ctx);
        pages.visitors.signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * Only a path on this site: "next" must never send a person to another site after signing in. A browser drops
     * tabs and line breaks from a URL ("/\t/evil.example" becomes "//evil.example"), so any control character, a
     * backslash or a second leading slash refuses it.
     */
    public static String safeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/")) return "/program";
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || Character.isWhitespace(c)) return "/program";
        }
        if (next.startsWith("//")) return "/program";
        return next;
    }
}
