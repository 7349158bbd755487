package org.psoascoach.web.practice;

import org.psoascoach.web.program.ProgramView;
import org.psoascoach.web.session.LogView;

import java.util.List;

/**
 * A client as their practitioner sees them: the name, the lead, the latest findings per side, the program (null when
 * there is none: no assessment yet, or exercise on hold), and the sessions of the last four weeks with notes and pain.
 */
public record ClientView(String id, String name, boolean claimed, String lead, String practiceName, List<String> findings,
                         String testDay, String clearance, ProgramView program, String onHold, List<LogView> sessions) {}
