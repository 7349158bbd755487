package org.psoascoach.web.session;

import java.util.List;

/**
 * One page of the session history: the days it covers, the sessions in them newest first, and where the earlier and later
 * pages start ({@code earlier}: the day of the latest session before this page, or null; {@code later}: "" for today's page,
 * a date, or null on today's page itself).
 */
public record HistoryView(String from, String until, List<LogView> sessions, String earlier, String later) {}
