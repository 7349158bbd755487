package org.psoascoach.web.account;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Settings;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.PasswordResets;
import org.psoascoach.account.WeakPassword;
import org.psoascoach.language.Messages;
import org.psoascoach.mail.Mailer;

import java.util.Optional;

/**
 * "Forgot your password": the request page answers the same whether or not the email has an account (nobody learns
 * who has one); when it has, a single-use link valid 30 minutes goes to it by mail. Without a mail server the page
 * says to ask the administrator, who makes the link with {@code psoas account reset-link EMAIL}.
 */
public final class ResetPages {
    private static final System.Logger LOG = System.getLogger(ResetPages.class.getName());

    private final Pages pages;
    private final PasswordResets resets;
    private final Settings settings;
    private final Messages mailWords;

    public ResetPages(Pages pages, PasswordResets resets, Settings settings, Messages mailWords) {
        this.pages = pages;
        this.resets = resets;
        this.settings = settings;
        this.mailWords = mailWords;
    }

    /** The request form, and after it the same answer for every email. */
    public record RequestForm(boolean sent, boolean mailConfigured) {}

    /** The new-password form for a link; {@code error} is why the last try was refused, or null. */
    public record NewPasswordForm(String token, String email, String error) {}

    public void requestForm(Context ctx) {
        pages.show(ctx, "reset.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountResetRequest(frame, new RequestForm(false, settings.mailer().sends())));
    }

    public void request(Context ctx) {
        pages.visitors.checkForm(ctx);
        if (settings.mailer().sends()) {
            resets.start(ctx.formParam("email")).ifPresent(issued -> {
                try {
                    settings.mailer().send(issued.account().email(), mailWords.get("reset.mail.subject"),
                            mailWords.get("reset.mail.body", settings.link("/reset/" + issued.token()), PasswordResets.VALID.toMinutes()));
                } catch (Mailer.MailFailed e) {
                    // the page answers as for any email (it must not tell who has an account); the administrator sees why
                    LOG.log(System.Logger.Level.WARNING, "password-reset mail not sent: " + e.getMessage());
                }
            });
        }
        pages.show(ctx, "reset.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountResetRequest(frame, new RequestForm(true, settings.mailer().sends())));
    }

    public void newPasswordForm(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Account> account = resets.peek(token);
        if (account.isEmpty()) {
            expired(ctx);
            return;
        }
        ctx.header("Referrer-Policy", "no-referrer"); // the token is in this page's address
        pages.show(ctx, "reset.new.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountResetPassword(frame, new NewPasswordForm(token, account.get().email(), null)));
    }

    public void setPassword(Context ctx) {
        pages.visitors.checkForm(ctx);
        String token = ctx.pathParam("token");
        ctx.header("Referrer-Policy", "no-referrer");
        Optional<Account> before = resets.peek(token);
        if (before.isEmpty()) {
            expired(ctx);
            return;
        }
        String password = ctx.formParam("password");
        if (password == null || !password.equals(ctx.formParam("repeat"))) {
            refuse(ctx, token, before.get(), pages.visitor(ctx).text().get("reset.error.repeat"));
            return;
        }
        try {
            Optional<Account> done = resets.use(token, password);
            if (done.isEmpty()) {
                expired(ctx);
                return;
            }
            pages.visitors.signIn(ctx, done.get());
            ctx.redirect("/account?changed=password", HttpStatus.SEE_OTHER);
        } catch (WeakPassword e) {
            refuse(ctx, token, before.get(), AccountPages.passwordProblem(pages.visitor(ctx).text(), e.weakness()));
        }
    }

    private void refuse(Context ctx, String token, Account account, String error) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        pages.show(ctx, "reset.new.title", Frame.Section.ACCOUNT, frame -> pages.templates.accountResetPassword(frame, new NewPasswordForm(token, account.email(), error)));
    }

    private void expired(Context ctx) {
        ctx.status(HttpStatus.GONE); // not 404: the app's not-found page would replace this one
        pages.message(ctx, "reset.expired.title", Frame.Section.ACCOUNT, "reset.expired.body");
    }
}
