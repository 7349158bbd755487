package org.psoascoach.session;

import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Dosage;
import org.psoascoach.planning.Dose;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.progress.DoneItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan's session as the player runs it: for every item and every set, a get-ready countdown and then the
 * hold or the repetitions, in the plan's order (SPEC §1.3). The timings are the ones the plan's time budget
 * counts ({@link Dose#estimatedSeconds()}), so the session lasts what the program page promised. Pure.
 */
public record SessionScript(List<Step> steps) {
    public SessionScript {
        steps = List.copyOf(steps);
    }

    public static SessionScript of(Plan plan) {
        List<Step> steps = new ArrayList<>();
        List<PlannedItem> items = plan.items();
        for (int i = 0; i < items.size(); i++) {
            PlannedItem p = items.get(i);
            Dose dose = p.dose();
            boolean otherSideJustDone = i > 0 && items.get(i - 1).item().id().equals(p.item().id())
                    && items.get(i - 1).side() != p.side() && p.side() != Side.BOTH;
            for (int set = 1; set <= dose.sets(); set++) {
                steps.add(new Step(Step.Kind.READY, i, p.item().id(), p.side(), set, dose.sets(), Dose.TRANSITION_SECONDS, null, null,
                        set == 1 && otherSideJustDone));
                if (dose.kind() == Dosage.Kind.HOLD) {
                    steps.add(new Step(Step.Kind.HOLD, i, p.item().id(), p.side(), set, dose.sets(), dose.holdSeconds(), null, null, false));
                } else {
                    int perRep = dose.holdSeconds() == null ? Dose.SECONDS_PER_REP : dose.holdSeconds() + Dose.REP_MOVE_SECONDS;
                    steps.add(new Step(Step.Kind.REPS, i, p.item().id(), p.side(), set, dose.sets(), dose.reps() * perRep, dose.reps(), perRep, false));
                }
            }
        }
        return new SessionScript(steps);
    }

    /** The plan's items as done in full: what a log says when the person did the session as planned. */
    public static List<DoneItem> asPlanned(Plan plan) {
        return plan.items().stream().map(p -> new DoneItem(p.item().id(), p.side(), p.dose().sets(), p.dose().reps(), p.dose().holdSeconds())).toList();
    }

    /** The whole session in seconds, countdowns included. */
    public int seconds() { return steps.stream().mapToInt(Step::seconds).sum(); }
}
