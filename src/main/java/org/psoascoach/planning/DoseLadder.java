package org.psoascoach.planning;

import org.psoascoach.catalog.Dosage;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Range;
import org.psoascoach.catalog.Variant;
import org.psoascoach.catalog.VariantLevel;

/**
 * The dose at each progression step (SPEC §1.3): the starting dose is the catalog's minimum; each step adds
 * {@link Progression#HOLD_STEP_SECONDS} to a hold (up to {@link Progression#HOLD_CAP_SECONDS} or the item's maximum)
 * or {@link Progression#REPS_STEP} repetitions (up to the item's maximum); past the top comes the harder variant,
 * started again from the bottom, when the person has its equipment and may do it.
 */
final class DoseLadder {
    private DoseLadder() {}

    /** The dose and version at {@code step}, with the catalog's minimum number of sets. */
    static Rung at(Eligibility e, int step, Circumstances c) {
        Item item = e.item();
        Dosage dosage = item.dosage();
        boolean hold = dosage.isHold();
        Range range = hold ? dosage.holdSeconds() : dosage.reps();
        int increment = hold ? Progression.HOLD_STEP_SECONDS : Progression.REPS_STEP;
        int cap = hold ? Math.max(range.min(), Math.min(range.max(), Progression.HOLD_CAP_SECONDS)) : range.max();
        int stepsToCap = (cap - range.min() + increment - 1) / increment;
        Variant variant = e.variant();
        boolean harder = false;
        int value;
        if (step <= stepsToCap) {
            value = Math.min(cap, range.min() + increment * step);
        } else {
            Variant next = harderVariant(e, c);
            if (next != null) {
                variant = next;
                harder = true;
                value = Math.min(cap, range.min() + increment * (step - stepsToCap - 1));
            } else {
                value = cap;
            }
        }
        int sets = dosage.sets().min();
        Integer repHold = dosage.holdSeconds() == null ? null : dosage.holdSeconds().min();
        Dose dose = hold ? new Dose(dosage.kind(), sets, value, null) : new Dose(dosage.kind(), sets, repHold, value);
        return new Rung(dose, variant, harder);
    }

    /** The harder variant, unless the item is already done in another version or the person may not do it. */
    private static Variant harderVariant(Eligibility e, Circumstances c) {
        if (e.variant() != null) return null; // a chair-supported or substitute version stays as it is
        return e.item().variant(VariantLevel.HARDER)
                .filter(v -> c.hasAll(v.equipment()))
                .filter(v -> !(v.advanced() && c.needsGentleVersion()))
                .orElse(null);
    }

    /** One step of the ladder: the dose, the version, and whether that version is the harder one reached by progression. */
    record Rung(Dose dose, Variant variant, boolean harder) {}
}
