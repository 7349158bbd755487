package org.psoascoach.planning;

import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Variant;

/** One line of a session: an item on a side, at a dose, with the reason it is there. */
public record PlannedItem(Item item, SessionPart part, Side side, Variant variant, Dose dose, String why) {
    public int estimatedSeconds() { return dose.estimatedSeconds(); }
}
