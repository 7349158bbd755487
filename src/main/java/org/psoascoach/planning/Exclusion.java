package org.psoascoach.planning;

import java.util.List;

/** A catalog item left out, with the main reason first and all the reasons that apply. */
public record Exclusion(String id, ExclusionReason reason, List<ExclusionReason> reasons, String message) {
}
