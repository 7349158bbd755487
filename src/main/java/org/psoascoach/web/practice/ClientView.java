package org.psoascoach.web.practice;

import org.psoascoach.web.program.ProgramView;
import org.psoascoach.web.progress.ProgressView;
import org.psoascoach.web.session.LogView;

import java.util.List;
import java.util.Map;

/**
 * A client as their practitioner sees them: the name, the lead, the latest findings per side, the program (null when
 * there is none: no assessment yet, or exercise on hold) with a form per item to change its dose or take it out, what
 * can be added, the changes made (each can be undone) and those that no longer apply after a re-test (with why), the
 * note to the client, and the sessions of the last four weeks with notes and pain.
 */
public record ClientView(String id, String name, boolean claimed, String lead, String practiceName, List<String> findings,
                         String testDay, String clearance, ProgramView program, String onHold, List<LogView> sessions,
                         List<ItemRow> items, List<Option> addable, List<Change> changes, List<String> notCarried, String note,
                         String privateNote, ProgressView progress, List<Option> templates, List<String> report, String done,
                         Map<String, String> errors) {

    /** A planned item with its dose as numbers and the catalog's ranges, for the dose form. */
    public record ItemRow(String itemId, String side, String name, String sideWords, String dose, boolean hold, int sets, int value,
                          int setsMin, int setsMax, int valueMin, int valueMax) {
        public String key() { return itemId + "-" + side; }
    }

    /** An exercise that may be added: its id, name, and the sides it is done on. */
    public record Option(String id, String name, boolean perSide) {}

    /** A change made, in words, with its id to undo it. */
    public record Change(String id, String words) {}

    public String error(String field) { return errors.get(field); }
}
