package org.psoascoach.account;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Someone who keeps a record here. The local terminal profile has no email and no password: the
 * command line on one's own computer needs no sign-in. The time zone decides what "today" is.
 */
public record Account(String id, String email, AccountRole role, ZoneId timeZone, Instant createdAt) {
    public static final String LOCAL_PROFILE_ID = "local";

    public boolean isLocalProfile() { return LOCAL_PROFILE_ID.equals(id); }

    /**
     * What a browser keeps to know whose data it holds (the offline queue, the kept session page): a short digest of
     * the account id, never the id or the email. Two people on one browser have two tags.
     */
    public String deviceTag() { return SignInSessions.hash("device:" + id).substring(0, 20); }
}
