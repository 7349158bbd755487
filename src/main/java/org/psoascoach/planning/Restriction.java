package org.psoascoach.planning;

import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;

/**
 * The restrictions of SPEC §1.2 and §1.3 that forbid an item outright, each a named rule, listed here in one place.
 * The last restriction, equipment (with its variants and the chair support of standing items), also picks the
 * version of an item a person can do: see {@link Setup}.
 */
enum Restriction {
    /** Deep psoas release through the belly is done only by a trained practitioner (003). */
    PRACTITIONER_ONLY {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) {
            return item.practitionerOnly() ? ExclusionReason.PRACTITIONER_ONLY : null;
        }
    },
    /** From pregnancy week 13: nothing lying on the back or front, and no boat pose or deep backbend. */
    PREGNANCY_FROM_WEEK_13 {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) {
            return c.noLyingPositions() && (item.position().isLying() || item.avoidInPregnancy()) ? ExclusionReason.PREGNANCY : null;
        }
    },
    /** Any foam-rolling contraindication (cancer, clots, anticoagulants, …; 003): no foam rolling. */
    NO_FOAM_ROLLING {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) {
            return c.noFoamRolling() && item.foamRolling() ? ExclusionReason.FOAM_ROLLING_CONTRAINDICATED : null;
        }
    },
    /** Arthritis (001) or age 65 and over: no advanced items. */
    NO_ADVANCED_WITH_ARTHRITIS_OR_AGE {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) {
            if (!item.advanced() || !c.needsGentleVersion()) return null;
            return c.arthritis() ? ExclusionReason.ARTHRITIS : ExclusionReason.OLDER_ADULT;
        }
    },
    /** Partner items only when a helper is there ({@code partner} in the equipment). */
    PARTNER_ONLY_WITH_A_HELPER {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) {
            return item.equipment().contains(Equipment.PARTNER) && !c.equipment().contains(Equipment.PARTNER)
                    ? ExclusionReason.MISSING_EQUIPMENT : null;
        }
    },
    /**
     * Equipment: an item is planned only in a version whose equipment the person has (its own, or a variant's), and
     * standing items in their chair-supported version with arthritis or from 65. {@link Setup#choose} picks it.
     */
    EQUIPMENT_AND_VARIANTS {
        @Override
        ExclusionReason forbids(Item item, Circumstances c) { return Setup.choose(item, c).reason(); }
    };

    /** The reason this rule leaves the item out, or null when it allows it. */
    abstract ExclusionReason forbids(Item item, Circumstances c);
}
