package org.psoascoach.practice;

import java.time.Instant;

/**
 * A client of a practice: the name the practice knows them by, their lead practitioner (null when that account is gone),
 * and whether the person has claimed the record (a client made in the clinic has no sign-in until then).
 */
public record ClientLink(String practiceId, String practiceName, String clientId, String name, String leadId, String leadEmail,
                         Instant linkedAt, boolean claimed) {}
