package org.psoascoach.web.session;

import org.psoascoach.progress.LoggedSession;

/**
 * The page after a log: whether it was already saved, what was done (stopped, partial or complete, in words), whether
 * pain rose enough to matter, and what the log changed in the plan (null when nothing).
 */
public record DoneView(boolean again, LoggedSession session, String date, String outcome, boolean painRose, String change) {}
