package org.psoascoach.web.practice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.practice.Invitation;
import org.psoascoach.practice.Practices;
import org.psoascoach.web.account.AccountPages;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;
import org.psoascoach.web.http.Visitor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An invitation link (/join/{token}): says which practice invites and to what; a signed-in person joins with one button,
 * anyone else signs in or signs up first and comes back; a link for a record made in the clinic asks for an email and a
 * password, which become that record's sign-in. A used, expired or unknown link answers 410 Gone.
 */
public final class JoinPages {
    private final Pages pages;
    private final Practices practices;
    private final Accounts accounts;

    public JoinPages(Pages pages, Practices practices, Accounts accounts) {
        this.pages = pages;
        this.practices = practices;
        this.accounts = accounts;
    }

    public void show(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Invitation> invitation = practices.find(token);
        if (invitation.isEmpty()) {
            gone(ctx);
            return;
        }
        render(ctx, token, invitation.get(), Map.of(), "");
    }

    public void accept(Context ctx) {
        pages.visitors.checkForm(ctx);
        String token = ctx.pathParam("token");
        Optional<Invitation> invitation = practices.find(token);
        if (invitation.isEmpty()) {
            gone(ctx);
            return;
        }
        Text t = pages.visitor(ctx).text();
        if (invitation.get().claimsARecord()) {
            String email = ctx.formParam("email");
            try {
                Account claimed = practices.claim(token, email, ctx.formParam("password"), accounts);
                pages.visitors.signIn(ctx, claimed);
                ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            } catch (InvalidInputException e) {
                ctx.status(HttpStatus.BAD_REQUEST);
                Map<String, String> errors = errors(e, t);
                if (e instanceof org.psoascoach.account.WeakPassword weak) errors.put("password", AccountPages.passwordProblem(t, weak.weakness()));
                render(ctx, token, invitation.get(), errors, email == null ? "" : email);
            }
            return;
        }
        Account me = pages.visitors.account(ctx);
        try {
            Invitation used = practices.accept(token, me);
            ctx.redirect(used.kind() == org.psoascoach.practice.InvitationKind.COLLEAGUE ? "/practice" : "/account?joined", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.CONFLICT);
            pages.message(ctx, "join.refused.title", Frame.Section.HOME, "join.refused." + reason(e));
        }
    }

    private void render(Context ctx, String token, Invitation invitation, Map<String, String> errors, String emailTyped) {
        Visitor visitor = pages.visitor(ctx);
        Text t = visitor.text();
        JoinView view = new JoinView(token, invitation.practiceName(), invitation.kind() == org.psoascoach.practice.InvitationKind.COLLEAGUE,
                invitation.claimsARecord(), visitor.signedIn(), visitor.signedIn() ? visitor.account().email() : null,
                t.date(LocalDate.ofInstant(invitation.expiresAt(), java.time.ZoneOffset.UTC)), errors, emailTyped);
        ctx.header("Referrer-Policy", "no-referrer"); // the token is in the address
        pages.show(ctx, "join.title", Frame.Section.HOME, frame -> pages.templates.practiceJoin(frame, view));
    }

    private void gone(Context ctx) {
        ctx.status(HttpStatus.GONE);
        pages.message(ctx, "join.gone.title", Frame.Section.HOME, "join.gone.body");
    }

    private static String reason(InvalidInputException e) {
        String message = e.problems().isEmpty() ? "" : e.problems().get(0).message();
        if (message.contains("colleague")) return "notPractitioner";
        if (message.contains("already in a practice")) return "inAPractice";
        if (message.contains("client of this practice already")) return "already";
        if (message.contains("member of this practice")) return "member";
        return "gone";
    }

    private static Map<String, String> errors(InvalidInputException e, Text t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem p : e.problems()) {
            switch (p.path()) {
                case "email" -> out.put("email", p.message().contains("already exists") ? t.get("signup.error.emailTaken") : t.get("signup.error.email"));
                case "password" -> out.put("password", t.get("join.error.password"));
                default -> out.put("form", t.get("join.gone.body"));
            }
        }
        return out;
    }
}
