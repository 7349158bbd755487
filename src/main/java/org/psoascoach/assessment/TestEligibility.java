package org.psoascoach.assessment;

import org.psoascoach.catalog.Equipment;

import java.util.Set;

/**
 * Which tests may be asked of a person (SPEC §1.1), the one rule the web and terminal wizards both follow: the partner
 * tests only with a helper; nothing lying down from pregnancy week 13 ({@link Pregnancy}); the Thomas test only with
 * something firm and raised to lie on (a table, a bench, or the edge of a firm bed).
 */
public final class TestEligibility {
    private TestEligibility() {}

    public static boolean askable(TestId test, Integer pregnancyWeek, Set<Equipment> equipment) {
        if (!Pregnancy.allows(test, pregnancyWeek)) return false;
        if (test.needsPartner() && !equipment.contains(Equipment.PARTNER)) return false;
        if (test == TestId.MODIFIED_THOMAS) return hasSurfaceForThomas(equipment);
        return true;
    }

    /** A table, or the edge of a firm bed or couch. */
    public static boolean hasSurfaceForThomas(Set<Equipment> equipment) {
        return equipment.contains(Equipment.TABLE) || equipment.contains(Equipment.BED_OR_COUCH);
    }
}
