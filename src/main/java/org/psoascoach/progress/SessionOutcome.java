package org.psoascoach.progress;

import java.util.List;

/**
 * What a logged session came to, decided by the server alone from the sets done against the sets planned:
 * <ul>
 *   <li>{@link #STOPPED}: not one set done. Kept, with its pain scores and note (when pain stopped someone matters),
 *       but never counted as a session done;</li>
 *   <li>{@link #PARTIAL}: at least one set done: a session done, not complete;</li>
 *   <li>{@link #COMPLETE}: every planned set of every planned item done: what the progression rule counts.</li>
 * </ul>
 */
public enum SessionOutcome {
    STOPPED, PARTIAL, COMPLETE;

    public static SessionOutcome of(List<DoneItem> planned, List<DoneItem> done) {
        int doneSets = done.stream().mapToInt(DoneItem::sets).sum();
        if (doneSets == 0) return STOPPED;
        if (planned.isEmpty()) return PARTIAL; // nothing to compare with: done, not known complete
        for (DoneItem p : planned) {
            int sets = done.stream().filter(d -> d.itemId().equals(p.itemId()) && d.side() == p.side()).mapToInt(DoneItem::sets).sum();
            if (sets < p.sets()) return PARTIAL;
        }
        return COMPLETE;
    }

    /** Counted as a session done (adherence, the calendar): at least one set. */
    public boolean done() { return this != STOPPED; }
}
