package org.psoascoach.web.practice;

import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Progression;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.safety.TriageLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the practice list knows of one client, as figures: the last session, sessions done of planned over the last 14
 * days, pain before the first and the latest session of those days, the re-test date, and the flags (pain up by 2 or
 * more in a session, nothing logged for 7 days, a warning sign in the latest assessment). The page puts them in words;
 * the API sends them as they are.
 */
final class ClientSummaries {
    /** The window adherence and pain are judged over, and how long without a log raises a flag. */
    static final int WINDOW_DAYS = 14, QUIET_DAYS = 7;

    record Summary(ClientLink link, LocalDate lastSession, int done, int planned, Integer painFirst, Integer painLatest, int sessions,
                   LocalDate retestDue, boolean retestIsDue, boolean painUp, boolean quiet, boolean warningSign) {}

    private final Accounts accounts;
    private final Journal journal;

    ClientSummaries(Accounts accounts, Journal journal) {
        this.accounts = accounts;
        this.journal = journal;
    }

    Summary of(ClientLink c) {
        Account who = accounts.find(c.clientId()).orElse(null);
        if (who == null) return new Summary(c, null, 0, 0, null, null, 0, null, false, false, false, false);
        LocalDate today = journal.today(who);
        Journal.Window window = journal.window(who, today.minusDays(WINDOW_DAYS - 1));
        List<SessionLog> sessions = window.sessions();
        LocalDate last = journal.latestSessionBefore(who, today.plusDays(1)).orElse(null);
        Optional<Journal.Today> day = journal.today(who, today);
        int planned = day.map(d -> d.result().plan() == null ? 0 : d.result().plan().sessionsPerWeek() * 2).orElse(0);
        int done = (int) window.doneDays().stream().distinct().count();
        boolean painUp = sessions.stream().anyMatch(s -> s.painAfter() - s.painBefore() >= Progression.PAIN_RISE_THAT_MATTERS);
        Integer first = sessions.isEmpty() ? null : sessions.get(0).painBefore();
        Integer latest = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).painBefore();
        boolean quiet = day.isPresent() && (last == null || last.isBefore(today.minusDays(QUIET_DAYS - 1)));
        boolean warning = day.map(d -> !d.result().triage().reasons().isEmpty() && d.result().triage().level() != TriageLevel.PROCEED).orElse(false);
        LocalDate retest = window.retestDue();
        return new Summary(c, last, done, planned, first, latest, sessions.size(), retest, retest != null && !today.isBefore(retest), painUp,
                quiet, warning);
    }
}
