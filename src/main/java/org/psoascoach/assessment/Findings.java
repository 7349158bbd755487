package org.psoascoach.assessment;

import java.util.List;

/** Both sides' results and how they differ. */
public record Findings(SideFinding left, SideFinding right, List<Asymmetry> asymmetry) {
    public SideFinding of(Side side) { return side == Side.LEFT ? left : right; }

    public boolean anyTight() { return left.tight() || right.tight(); }

    public boolean anyWeak() { return left.weak() || right.weak(); }
}
