package org.psoascoach.web.assessment;

import org.psoascoach.web.http.Text;

import org.psoascoach.assessment.Asymmetry;
import org.psoascoach.assessment.Note;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.safety.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of the latest assessment as the page shows them: the safety level and what it means, and
 * for each side its finding and the evidence behind it. When the level rules out a program, the page
 * says what to do instead and shows no plan.
 */
public record ResultView(String level, boolean allowsPlan, String titleKey, String takenOn, List<String> reasons, List<String> actNow,
                         List<String> advice, SideView left, SideView right, List<String> differences, String retestDue,
                         String afterCareKey) {

    /** One side: its finding (tight, weak, both, balanced, untested) and the reasons for it. */
    public record SideView(String side, String sideKey, String status, String statusKey, List<String> evidence, List<String> notes) {}

    public static ResultView of(Journal.Today today, Text t, Catalog catalog) {
        PlanResult r = today.result();
        String level = r.triage().level().id();
        List<String> advice = new ArrayList<>(r.triage().advice());
        r.advice().stream().filter(a -> !advice.contains(a)).forEach(advice::add);
        List<String> differences = new ArrayList<>();
        for (Asymmetry a : r.findings().asymmetry()) {
            if (a.lowerSide() == null) continue;
            String test = catalog.find(a.test()).map(i -> i.text().name()).orElse(a.test());
            // on the Thomas angle the named side is the tighter one (its thigh sits higher), not a lower score
            String key = a.test().equals(org.psoascoach.assessment.TestId.MODIFIED_THOMAS.id()) ? "results.difference.tighter" : "results.difference";
            differences.add(t.get(key, test, t.get("side." + a.lowerSide().id()), t.number(a.left()), t.number(a.right())));
        }
        return new ResultView(level, r.triage().allowsPlan(), "results.title." + level, t.date(today.assessment().takenOn()),
                r.triage().reasons().stream().map(Reason::message).toList(), r.triage().actNow(), advice,
                side(r.findings().left()), side(r.findings().right()), differences,
                today.retestDue() == null ? null : t.date(today.retestDue()), afterCareKey(r.triage().level()));
    }

    /**
     * What comes after care. Clearance lowers only a see-doctor reason, so only that page mentions it; an urgent sign
     * is never lowered by a tick (SPEC §1.2), and its page says the safety questions ask about how things are now.
     */
    private static String afterCareKey(org.psoascoach.safety.TriageLevel level) {
        return switch (level) {
            case URGENT -> "results.afterUrgent";
            case SEE_DOCTOR -> "results.afterDoctor";
            case MODIFY, PROCEED -> null;
        };
    }

    private static SideView side(SideFinding f) {
        List<String> evidence = new ArrayList<>(f.tightEvidence());
        evidence.addAll(f.weakEvidence());
        return new SideView(f.side().id(), "side.title." + f.side().id(), f.status().id(), "finding." + f.status().id(), evidence,
                f.notes().stream().map(Note::message).toList());
    }
}
