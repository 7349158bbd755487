package org.psoascoach.assessment;

import java.util.List;

/**
 * One side's result: its status, and the evidence behind it (one plain sentence per positive test),
 * which the planner quotes when it explains an item.
 */
public record SideFinding(Side side, FindingStatus status, List<String> tightEvidence, List<String> weakEvidence,
                          List<Note> notes) {
    public boolean tight() { return status == FindingStatus.TIGHT || status == FindingStatus.TIGHT_AND_WEAK; }

    public boolean weak() { return status == FindingStatus.WEAK || status == FindingStatus.TIGHT_AND_WEAK; }
}
