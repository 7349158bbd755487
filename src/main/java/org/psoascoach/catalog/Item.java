package org.psoascoach.catalog;

import org.psoascoach.catalog.figure.Pose;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One catalog entry: a test, a stretch, a strengthening exercise, a release or a breathing practice.
 * The facts come from {@code catalog/items/<id>.json}, the words from {@code catalog/text/<lang>/<id>.json}.
 *
 * @param priority lower comes first when the planner picks among items of the same role
 * @param avoidInPregnancy left out from pregnancy week 13 on, whatever the position (boat pose, deep backbends)
 * @param finds for tests: what a positive result means (weakness, tightness, …); null otherwise
 */
public record Item(String id, Category category, Role role, int priority, Position position, Set<Equipment> equipment,
                   boolean perSide, boolean advanced, boolean practitionerOnly, boolean foamRolling,
                   boolean avoidInPregnancy, Dosage dosage, List<Variant> variants, List<String> sources,
                   String finds, ItemText text, Pose figure) {

    public Optional<Variant> variant(VariantLevel level) {
        return variants.stream().filter(v -> v.level() == level).findFirst();
    }

    public Optional<Variant> chairSupportedVariant() {
        return variants.stream().filter(Variant::chairSupported).findFirst();
    }

    /** An item is its id (ids are stable and unique in a catalog); comparing all its text would be slow and pointless. */
    @Override
    public boolean equals(Object other) { return other instanceof Item item && item.id.equals(id); }

    @Override
    public int hashCode() { return id.hashCode(); }

    public boolean isExercise() { return category != Category.TEST && !practitionerOnly; }
}
