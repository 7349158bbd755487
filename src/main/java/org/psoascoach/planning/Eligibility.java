package org.psoascoach.planning;

import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an item may be planned for this person, in which version, and if not, every restriction that forbids it
 * (the main one first) and the equipment that is missing.
 */
record Eligibility(Item item, Setup setup, List<ExclusionReason> reasons, Set<Equipment> missing) {

    static Eligibility of(Item item, Circumstances c) {
        List<ExclusionReason> reasons = new ArrayList<>(2);
        for (Restriction rule : Restriction.values()) {
            ExclusionReason reason = rule.forbids(item, c);
            if (reason != null && !reasons.contains(reason)) reasons.add(reason);
        }
        Setup setup = Setup.choose(item, c);
        Set<Equipment> missing = EnumSet.noneOf(Equipment.class); // enum order: the words list it the same way each time
        missing.addAll(setup.missing());
        if (Restriction.PARTNER_ONLY_WITH_A_HELPER.forbids(item, c) != null) missing.add(Equipment.PARTNER);
        return new Eligibility(item, setup, List.copyOf(reasons), Collections.unmodifiableSet(missing));
    }

    boolean allowed() { return reasons.isEmpty(); }

    /** The version planned: null for the item itself. */
    Variant variant() { return setup.variant(); }

    /** Left out only for want of equipment (or of a chair to hold): some equipment would open it. */
    boolean onlyEquipmentMissing() {
        if (reasons.isEmpty() || missing.isEmpty()) return false;
        for (ExclusionReason r : reasons) {
            if (r != ExclusionReason.MISSING_EQUIPMENT && r != ExclusionReason.CHAIR_SUPPORT_NEEDED) return false;
        }
        return true;
    }
}
