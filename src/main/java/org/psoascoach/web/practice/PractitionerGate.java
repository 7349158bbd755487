package org.psoascoach.web.practice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.account.AccountRole;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

/** Who may use a practitioner's pages: the signed-in practitioner; anyone else is told this part is for practitioners. */
final class PractitionerGate {
    private final Pages pages;

    PractitionerGate(Pages pages) { this.pages = pages; }

    /** The signed-in practitioner; anyone else gets a page saying this part is for practitioners (and null). */
    Account practitioner(Context ctx) {
        Account me = pages.visitors.account(ctx);
        if (me.role() == AccountRole.PRACTITIONER) return me;
        ctx.status(HttpStatus.FORBIDDEN);
        pages.message(ctx, "practice.only.title", Frame.Section.HOME, "practice.only.body");
        return null;
    }

    /** The client's lead practitioner in words. */
    static String lead(ClientLink c, Text t) { return c.leadEmail() == null ? t.get("practice.lead.none") : c.leadEmail(); }
}
