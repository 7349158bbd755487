package org.psoascoach.safety;

import java.util.List;
import java.util.Set;

/**
 * The screening result. {@code clearedByClinician} is true when see-doctor reasons were present and
 * a clinician has cleared the person, which lowers the level to modify. {@code actNow} is what to do
 * now for urgent and see-doctor (empty otherwise); {@code advice} is {@code actNow} followed by the
 * level's note and the standing advice that every result carries.
 */
public record TriageResult(TriageLevel level, List<Reason> reasons, Set<ReasonCode> codes, boolean clearedByClinician,
                           List<String> actNow, List<String> advice) {
    public boolean has(ReasonCode code) { return codes.contains(code); }

    public boolean allowsPlan() { return level.allowsPlan(); }
}
