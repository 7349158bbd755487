package org.psoascoach.catalog;

import java.util.Set;

/**
 * An easier or harder way to do an item. {@code chairSupported} marks the variant used when standing
 * items must be done holding a chair (arthritis, older adults).
 */
public record Variant(String id, VariantLevel level, Set<Equipment> equipment, boolean advanced,
                      boolean chairSupported, VariantText text) {
}
