package org.psoascoach.planning;

import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Role;

/**
 * Emphasis and maintenance per side (SPEC §1.3), for the two kinds of psoas work, stretching and strengthening.
 * <ul>
 *   <li><b>Calls for:</b> a tight side calls for more stretching; a weak side that is not tight calls for more
 *       strengthening. Such a side gets the emphasis dose: one set more than the maintenance dose.</li>
 *   <li><b>Maintenance is one dose:</b> every other side of the same item gets the same maintenance dose.</li>
 *   <li><b>Held at maintenance:</b> while a side is tight its psoas strengthening stays at the starting maintenance
 *       dose (004: a tight psoas needs no more tension), and so does the balanced other side's (sides stay consistent).
 *       Held doses neither progress nor grow with spare time; glute work is added instead.</li>
 * </ul>
 */
final class Emphasis {
    /** How much more an emphasised side gets than a side at maintenance. */
    static final int EXTRA_SETS = 1;

    private Emphasis() {}

    /** The two kinds of psoas work whose volume is kept consistent between the sides. */
    static boolean isPsoasWork(Role role) { return role == Role.PSOAS_STRETCH || role == Role.PSOAS_STRENGTHEN; }

    /** Whether this side's finding calls for more of this kind of work. */
    static boolean callsFor(Role kind, SideFinding finding) {
        return switch (kind) {
            case PSOAS_STRETCH -> finding.tight();
            case PSOAS_STRENGTHEN -> finding.weak() && !finding.tight();
            default -> false;
        };
    }

    static boolean anySideCallsFor(Role kind, Findings findings) {
        return callsFor(kind, findings.left()) || callsFor(kind, findings.right());
    }

    /** Whether the maintenance dose of this kind is held at its start: psoas strengthening while any side is tight. */
    static boolean heldAtMaintenance(Role kind, Findings findings) {
        return kind == Role.PSOAS_STRENGTHEN && findings.anyTight();
    }

    /** Whether this side of an item carries emphasis (never a both-legs item: it cannot favour a side). */
    static boolean emphasised(Role kind, Side side, Findings findings) {
        return side != Side.BOTH && callsFor(kind, findings.of(side));
    }
}
