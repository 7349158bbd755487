package org.psoascoach.practice;

import java.time.Instant;

/**
 * An invitation as its holder sees it: from which practice, for what, until when; {@code clientId} is set when the
 * link claims a record made in the clinic.
 */
public record Invitation(String practiceId, String practiceName, InvitationKind kind, String clientId, Instant expiresAt) {
    public boolean claimsARecord() { return clientId != null; }
}
