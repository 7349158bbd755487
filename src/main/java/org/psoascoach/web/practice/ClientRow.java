package org.psoascoach.web.practice;

/**
 * One client in the practice's list: name, whether they have claimed their record, the lead practitioner, the last
 * session, sessions done against planned over the last 14 days, the pain trend in words, the re-test date, and the flags
 * that want a look (pain up by 2 or more, nothing logged for 7 days, a warning sign in the latest assessment).
 */
public record ClientRow(String id, String name, boolean claimed, String lead, String lastSession, int done, int planned, String painTrend,
                        String retestDue, boolean retestIsDue, boolean painUp, boolean quiet, boolean warningSign) {
    public boolean flagged() { return painUp || quiet || warningSign; }
}
