package org.psoascoach.planning;

import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Variant;
import org.psoascoach.catalog.VariantLevel;

import java.util.EnumSet;
import java.util.Set;

/**
 * The equipment rule of SPEC §1.3: which version of an item a person can do with what they have.
 * <ol>
 *   <li>With arthritis or from 65, a standing item only in its chair-supported version, and only with a chair.</li>
 *   <li>Otherwise the item itself when the person has all its equipment;</li>
 *   <li>else its easier variant when the person has that variant's equipment (the bridge on the floor without a ball).
 *       Only the easier one: a harder version is earned by progression, never the way in.</li>
 *   <li>else it is left out, naming what is missing.</li>
 * </ol>
 */
record Setup(Variant variant, Use use, ExclusionReason reason, Set<Equipment> missing) {

    /** Why a variant is used from the start. */
    enum Use { ITSELF, CHAIR_SUPPORT, INSTEAD_OF_MISSING_EQUIPMENT }

    static Setup choose(Item item, Circumstances c) {
        if (item.position() == Position.STANDING && c.needsGentleVersion()) {
            Variant chair = item.chairSupportedVariant().orElse(null);
            if (chair != null && c.hasAll(chair.equipment())) return new Setup(chair, Use.CHAIR_SUPPORT, null, Set.of());
            Set<Equipment> missing = missing(chair == null ? EnumSet.of(Equipment.CHAIR) : chair.equipment(), c);
            return new Setup(null, Use.ITSELF, ExclusionReason.CHAIR_SUPPORT_NEEDED, missing);
        }
        if (c.hasAll(item.equipment())) return new Setup(null, Use.ITSELF, null, Set.of());
        Variant easier = item.variant(VariantLevel.EASIER)
                .filter(v -> c.hasAll(v.equipment()))
                .filter(v -> !(v.advanced() && c.needsGentleVersion()))
                .orElse(null);
        if (easier != null) return new Setup(easier, Use.INSTEAD_OF_MISSING_EQUIPMENT, null, Set.of());
        return new Setup(null, Use.ITSELF, ExclusionReason.MISSING_EQUIPMENT, missing(item.equipment(), c));
    }

    private static Set<Equipment> missing(Set<Equipment> needed, Circumstances c) {
        EnumSet<Equipment> out = EnumSet.noneOf(Equipment.class);
        for (Equipment e : needed) if (!c.equipment().contains(e)) out.add(e);
        return out;
    }
}
