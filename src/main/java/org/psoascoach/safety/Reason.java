package org.psoascoach.safety;

/** Why the triage reached its level, in words a person understands. */
public record Reason(ReasonCode code, String message) {
}
