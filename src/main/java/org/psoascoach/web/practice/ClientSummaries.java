package org.psoascoach.web.practice;

import org.psoascoach.assessment.SessionLog;
import org.psoascoach.journal.Glance;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Progression;
import org.psoascoach.practice.ClientLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the practice list knows of each client on a page, as figures: the last session, sessions done of planned over
 * the last 14 days, pain before the first and the latest session of those days, the re-test date, and the flags (pain
 * up by 2 or more in a session, nothing logged for 7 days, a warning sign in the latest assessment). Read for the whole
 * page at once ({@link Journal#glance}), so a page costs the same with 100 clients or 10,000. The days are counted in
 * the practitioner's own calendar. The page puts the figures in words; the API sends them as they are.
 */
final class ClientSummaries {
    /** The window adherence and pain are judged over, and how long without a log raises a flag. */
    static final int WINDOW_DAYS = 14, QUIET_DAYS = 7;

    record Summary(ClientLink link, LocalDate lastSession, int done, int planned, Integer painFirst, Integer painLatest, int sessions,
                   LocalDate retestDue, boolean retestIsDue, boolean painUp, boolean quiet, boolean warningSign) {}

    private final Journal journal;

    ClientSummaries(Journal journal) { this.journal = journal; }

    List<Summary> of(List<ClientLink> links, LocalDate today) {
        Map<String, Glance> glances = journal.glance(links.stream().map(ClientLink::clientId).toList(), today.minusDays(WINDOW_DAYS - 1));
        List<Summary> out = new ArrayList<>(links.size());
        for (ClientLink c : links) {
            Glance g = glances.getOrDefault(c.clientId(), Glance.NONE);
            List<SessionLog> sessions = g.sessions();
            boolean painUp = sessions.stream().anyMatch(s -> s.painAfter() - s.painBefore() >= Progression.PAIN_RISE_THAT_MATTERS);
            Integer first = sessions.isEmpty() ? null : sessions.get(0).painBefore();
            Integer latest = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).painBefore();
            boolean assessed = g.sessionsPerWeek() > 0 || g.warningSign() || g.lastSession() != null;
            boolean quiet = assessed && (g.lastSession() == null || g.lastSession().isBefore(today.minusDays(QUIET_DAYS - 1)));
            out.add(new Summary(c, g.lastSession(), g.doneDays(), g.sessionsPerWeek() * 2, first, latest, sessions.size(), g.retestDue(),
                    g.retestDue() != null && !today.isBefore(g.retestDue()), painUp, quiet, g.warningSign()));
        }
        return out;
    }
}
