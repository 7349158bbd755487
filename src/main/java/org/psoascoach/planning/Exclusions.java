package org.psoascoach.planning;

import org.psoascoach.assessment.Findings;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every catalog exercise not in the session, with every reason that applies (SPEC §1.3: "every item left out says
 * why"): the restrictions that forbid it, or, for an allowed item, that no side needs it, that it did not fit the
 * time, or that another item of its kind is already there. Equipment reasons name what is missing.
 */
final class Exclusions {
    private final Messages messages;

    Exclusions(Messages messages) { this.messages = messages; }

    List<Exclusion> of(List<Eligibility> eligibility, SessionBuilder.Chosen chosen, Findings findings) {
        Set<Item> used = new java.util.HashSet<>();
        for (Block b : chosen.blocks()) used.add(b.item);
        List<Exclusion> out = new ArrayList<>();
        for (Eligibility e : eligibility) {
            if (used.contains(e.item())) continue;
            List<ExclusionReason> reasons = e.reasons();
            if (reasons.isEmpty()) {
                boolean needed = switch (e.item().role()) {
                    case GLUTE_STRENGTHEN, SURFACE_RELEASE -> findings.anyTight();
                    default -> true;
                };
                reasons = List.of(!needed ? ExclusionReason.NOT_NEEDED
                        : chosen.tooLong().contains(e.item()) ? ExclusionReason.TIME_BUDGET : ExclusionReason.COVERED_BY_OTHER_ITEM);
            }
            out.add(exclusion(e.item(), reasons, e.missing()));
        }
        return List.copyOf(out);
    }

    /** Every exercise left out for one reason (urgent or see-doctor: no plan at all). */
    List<Exclusion> all(List<Item> exercises, ExclusionReason reason) {
        List<Exclusion> out = new ArrayList<>(exercises.size());
        for (Item item : exercises) out.add(exclusion(item, List.of(reason), Set.of()));
        return List.copyOf(out);
    }

    private Exclusion exclusion(Item item, List<ExclusionReason> reasons, Set<Equipment> missing) {
        List<Equipment> named = List.copyOf(missing); // in the enum's order: Eligibility keeps it so
        return new Exclusion(item.id(), reasons.get(0), List.copyOf(reasons), message(reasons.get(0), named), named);
    }

    private String message(ExclusionReason reason, List<Equipment> missing) {
        if (reason != ExclusionReason.MISSING_EQUIPMENT || missing.isEmpty()) return messages.get(reason.messageKey());
        List<Equipment> things = new ArrayList<>(missing);
        boolean helper = things.remove(Equipment.PARTNER);
        if (helper && things.isEmpty()) return messages.get("excluded.missing-equipment.helper");
        if (helper) return messages.get("excluded.missing-equipment.helperAnd", EquipmentWords.of(things, messages));
        return messages.get("excluded.missing-equipment.named", EquipmentWords.of(things, messages));
    }
}
