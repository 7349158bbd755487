package org.psoascoach.planning;

import org.psoascoach.catalog.Equipment;

import java.util.List;

/**
 * A catalog item left out, with the main reason first and all the reasons that apply; {@code missing} names the
 * equipment (a helper counts as equipment) that would allow it, empty when equipment is not the matter.
 */
public record Exclusion(String id, ExclusionReason reason, List<ExclusionReason> reasons, String message, List<Equipment> missing) {
}
