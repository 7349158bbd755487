package org.psoascoach.web;

import org.psoascoach.account.Account;

/**
 * Who is asking: their words and formats, their account when signed in (else null), and the token
 * their forms must send back.
 */
public record Visitor(Text text, Account account, String csrf) {
    public boolean signedIn() { return account != null; }
}
