package org.psoascoach.web.practice;

import java.util.Map;

/**
 * An invitation as its holder sees it: the practice, what joining means, and, for the holder's state, how to go on:
 * join with the account signed in, sign in or sign up first, or (for a record made in the clinic) create a sign-in.
 */
public record JoinView(String token, String practiceName, boolean colleague, boolean claim, boolean signedIn, String signedInAs,
                       String expiresOn, Map<String, String> errors, String emailTyped) {
    public String error(String field) { return errors.get(field); }
}
