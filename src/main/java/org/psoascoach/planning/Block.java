package org.psoascoach.planning;

import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Variant;

/** A planned item while a session is put together; only its number of sets may still grow. */
final class Block {
    /** What a block's dose is, relative to the other side's (SPEC §1.3, {@link Emphasis}). */
    enum Share {
        /** Psoas work on a side whose finding calls for it: one set more than maintenance. */
        EMPHASIS,
        /** Psoas work at the maintenance dose, the same on every side that gets it. */
        MAINTENANCE,
        /** Psoas strengthening held at the starting maintenance dose while a side is tight. */
        HELD,
        /** Glute work: grows with spare time, is not psoas work. */
        SUPPORT,
        /** Breathing and release: one fixed dose. */
        FIXED;

        boolean grows() { return this != HELD && this != FIXED; }
    }

    final Eligibility eligibility;
    final Item item;
    final SessionPart part;
    final Side side;
    final Variant variant;
    final Share share;
    /** The progression step this dose is at (0 for doses that do not progress). */
    final int step;
    final boolean harder;
    final int order, sideOrder;
    Dose dose;

    Block(Eligibility eligibility, SessionPart part, Side side, DoseLadder.Rung rung, Dose dose, Share share, int step,
          int order, int sideOrder) {
        this.eligibility = eligibility;
        this.item = eligibility.item();
        this.part = part;
        this.side = side;
        this.variant = rung.variant();
        this.harder = rung.harder();
        this.dose = dose;
        this.share = share;
        this.step = step;
        this.order = order;
        this.sideOrder = sideOrder;
    }

    int seconds() { return dose.estimatedSeconds(); }

    /** The seconds one more set would add, or -1 when the item's maximum number of sets is reached. */
    int secondsForOneMoreSet() {
        if (dose.sets() >= item.dosage().sets().max()) return -1;
        return dose.withSets(dose.sets() + 1).estimatedSeconds() - dose.estimatedSeconds();
    }
}
