package org.psoascoach.safety;

import java.util.List;
import java.util.Set;

/**
 * The screening result. {@code clearedByClinician} is true when see-doctor reasons were present and
 * a clinician has cleared the person, which lowers the level to modify. {@code advice} always ends
 * with the standing advice; for urgent and see-doctor it starts with what to do now.
 */
public record TriageResult(TriageLevel level, List<Reason> reasons, Set<ReasonCode> codes, boolean clearedByClinician,
                           List<String> advice) {
    public boolean has(ReasonCode code) { return codes.contains(code); }

    public boolean allowsPlan() { return level.allowsPlan(); }
}
