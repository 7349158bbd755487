package org.psoascoach.web.http;

import org.psoascoach.account.Account;

/**
 * Who is asking: their words and formats, their account when signed in (else null), the token their
 * forms must send back, and their record's revision as of this request (null when not signed in).
 */
public record Visitor(Text text, Account account, String csrf, String revision) {
    public boolean signedIn() { return account != null; }

    /** A movement professional: the menu offers their practice. */
    public boolean practitioner() { return account != null && account.role() == org.psoascoach.account.AccountRole.PRACTITIONER; }

    /** The account's device tag ({@link Account#deviceTag()}), or null when nobody is signed in. */
    public String deviceTag() { return account == null ? null : account.deviceTag(); }
}
