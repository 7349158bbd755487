package org.psoascoach.progress;

import org.psoascoach.assessment.SessionLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A session as the person logged it. The idempotency key is chosen before the first submit, so the
 * same session sent twice is recognised as one. Times are optional; the date is the person's local day.
 */
public record LoggedSession(String idempotencyKey, LocalDate date, Instant startedAt, Instant finishedAt,
                            boolean completed, int painBefore, int painAfter, String notes, List<DoneItem> items) {
    public static final int MAX_NOTES = 2000;
    public static final int MAX_KEY = 64;

    public LoggedSession {
        items = List.copyOf(items);
    }

    /** The part the progression rule reads (SPEC §1.3). */
    public SessionLog forProgression() { return new SessionLog(date, painBefore, painAfter, completed); }

    /** The same session with "completed" as the server decides it ({@link SessionOutcome}), whatever a client said. */
    public LoggedSession decided(List<DoneItem> planned) {
        boolean complete = SessionOutcome.of(planned, items) == SessionOutcome.COMPLETE;
        return new LoggedSession(idempotencyKey, date, startedAt, finishedAt, complete, painBefore, painAfter, notes, items);
    }

    /** Not one set done: a stopped attempt, kept but not counted as a session done. */
    public boolean stopped() { return items.stream().mapToInt(DoneItem::sets).sum() == 0; }

    public LoggedSession withItems(List<DoneItem> newItems) {
        return new LoggedSession(idempotencyKey, date, startedAt, finishedAt, completed, painBefore, painAfter, notes, newItems);
    }

    /**
     * Same session, whatever the key: used to tell a retried submit from a different session reusing a key. "Completed"
     * is left out: the server works it out against the plan of the moment, which the first send may have moved on.
     */
    public boolean sameContentAs(LoggedSession other) {
        return equals(new LoggedSession(idempotencyKey, other.date, other.startedAt, other.finishedAt, completed,
                other.painBefore, other.painAfter, other.notes, other.items));
    }
}
