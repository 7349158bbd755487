package org.psoascoach.export;

import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.journal.Journal;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;

import java.util.function.Function;

/**
 * The record as one tidy CSV table for spreadsheets: one row per measurement, pain score or item done
 * ({@code date,record,side,measure,value}). The JSON export is the complete backup; this is for looking.
 */
public final class SessionCsv {
    private SessionCsv() {}

    public static String write(Journal.Record record) {
        StringBuilder out = new StringBuilder("date,record,side,measure,value\n");
        for (AssessmentRecord a : record.assessments()) {
            String d = a.takenOn().toString();
            TestResults t = a.intake().tests();
            pair(out, d, t.standingHipFlexionHold(), "standing-hip-flexion-hold.seconds", r -> num(r.seconds()));
            pair(out, d, t.standingHipFlexionHold(), "standing-hip-flexion-hold.pelvisStable", r -> String.valueOf(r.pelvisStable()));
            pair(out, d, t.modifiedThomas(), "modified-thomas-test.thighRestsOnTable", r -> String.valueOf(r.thighRestsOnTable()));
            pair(out, d, t.modifiedThomas(), "modified-thomas-test.lowBackArched", r -> String.valueOf(r.lowBackArched()));
            pair(out, d, t.modifiedThomas(), "modified-thomas-test.hipAngleDeg", r -> r.hipAngleDeg() == null ? null : num(r.hipAngleDeg()));
            pair(out, d, t.modifiedThomas(), "modified-thomas-test.kneeAngleDeg", r -> r.kneeAngleDeg() == null ? null : num(r.kneeAngleDeg()));
            pair(out, d, t.proneLegRaise(), "prone-leg-raise-test.heightCm", r -> num(r.heightCm()));
            pair(out, d, t.resistedHipFlexion(), "resisted-hip-flexion-test.grade", r -> String.valueOf(r.grade()));
            if (a.intake().pain().now() != null) row(out, d, "assessment", "", "pain-now", String.valueOf(a.intake().pain().now()));
        }
        for (LoggedSession s : record.sessions()) {
            String d = s.date().toString();
            row(out, d, "session", "", "pain-before", String.valueOf(s.painBefore()));
            row(out, d, "session", "", "pain-after", String.valueOf(s.painAfter()));
            row(out, d, "session", "", "completed", String.valueOf(s.completed()));
            if (s.notes() != null) row(out, d, "session", "", "notes", s.notes());
            for (DoneItem i : s.items()) {
                row(out, d, "session-item", i.side().id(), i.itemId() + ".sets", String.valueOf(i.sets()));
                if (i.reps() != null) row(out, d, "session-item", i.side().id(), i.itemId() + ".reps", String.valueOf(i.reps()));
                if (i.holdSeconds() != null) row(out, d, "session-item", i.side().id(), i.itemId() + ".holdSeconds", String.valueOf(i.holdSeconds()));
            }
        }
        return out.toString();
    }

    private static <T> void pair(StringBuilder out, String date, SidePair<T> pair, String measure, Function<T, String> value) {
        if (pair.left() != null && value.apply(pair.left()) != null) row(out, date, "assessment", "left", measure, value.apply(pair.left()));
        if (pair.right() != null && value.apply(pair.right()) != null) row(out, date, "assessment", "right", measure, value.apply(pair.right()));
    }

    private static void row(StringBuilder out, String date, String record, String side, String measure, String value) {
        out.append(date).append(',').append(record).append(',').append(side).append(',').append(measure).append(',').append(quoted(value)).append('\n');
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return value;
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String num(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
