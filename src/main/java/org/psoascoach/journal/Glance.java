package org.psoascoach.journal;

import org.psoascoach.assessment.SessionLog;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's record at a glance, as a practice's list needs it: the latest session, the sessions since {@code from}
 * (with their pain) and the days among them with a set done, the program's sessions a week (0 with none), whether the
 * latest assessment holds a warning sign, and the next re-test.
 */
public record Glance(LocalDate lastSession, List<SessionLog> sessions, int doneDays, int sessionsPerWeek, boolean warningSign,
                     LocalDate retestDue) {
    public static final Glance NONE = new Glance(null, List.of(), 0, 0, false, null);
}
