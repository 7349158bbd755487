package org.psoascoach.planning;

import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Dosage;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Range;
import org.psoascoach.catalog.Role;
import org.psoascoach.language.Messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a practitioner's adjustments to the plan the rules made, each where the rules still allow it: a dose within
 * the catalog's ranges for an item the plan has; a removal of an item the plan has; an addition of an item the person
 * may do (never one a safety rule or missing equipment forbids: the reason is the rule's own words). What cannot be
 * applied is kept and reported with why, so after a re-test the practitioner sees which changes did not carry over.
 */
public final class Adjustments {
    /** Reasons an item is left out that forbid adding it; the others (not needed, covered, time) leave it to judgement. */
    static final Set<ExclusionReason> FORBIDDING = EnumSet.of(ExclusionReason.TRIAGE_URGENT, ExclusionReason.TRIAGE_SEE_DOCTOR,
            ExclusionReason.PRACTITIONER_ONLY, ExclusionReason.PREGNANCY, ExclusionReason.FOAM_ROLLING_CONTRAINDICATED,
            ExclusionReason.ARTHRITIS, ExclusionReason.OLDER_ADULT, ExclusionReason.CHAIR_SUPPORT_NEEDED, ExclusionReason.MISSING_EQUIPMENT);

    private Adjustments() {}

    /** An adjustment that could not be applied, and why, in the reader's words. */
    public record NotApplied(Adjustment adjustment, String why) {}

    /** The plan with the adjustments applied, those applied, and those that were not. */
    public record Adjusted(PlanResult result, List<Adjustment> applied, List<NotApplied> notApplied) {}

    public static Adjusted apply(PlanResult generated, List<Adjustment> adjustments, Catalog catalog, Messages m) {
        Plan plan = generated.plan();
        if (plan == null || adjustments.isEmpty()) {
            List<NotApplied> none = plan == null
                    ? adjustments.stream().map(a -> new NotApplied(a, m.get("adjust.no.onHold"))).toList() : List.of();
            return new Adjusted(generated, List.of(), none);
        }
        List<PlannedItem> items = new ArrayList<>(plan.items());
        List<Adjustment> applied = new ArrayList<>();
        List<NotApplied> notApplied = new ArrayList<>();
        for (Adjustment a : adjustments) {
            Optional<String> refused = switch (a.kind()) {
                case DOSE -> dose(items, a, m);
                case REMOVE -> remove(items, a, m);
                case ADD -> add(items, a, generated, catalog, m);
            };
            if (refused.isPresent()) notApplied.add(new NotApplied(a, refused.get()));
            else applied.add(a);
        }
        int seconds = items.stream().mapToInt(PlannedItem::estimatedSeconds).sum();
        Plan adjusted = new Plan(plan.sessionsPerWeek(), plan.frequencyWhy(), plan.retestAfterDays(), plan.minutesPerSession(), seconds,
                List.copyOf(items), plan.progression(), plan.progressionChanges());
        PlanResult result = new PlanResult(generated.triage(), generated.findings(), adjusted, generated.excluded(), generated.advice(),
                generated.catalogVersion());
        return new Adjusted(result, List.copyOf(applied), List.copyOf(notApplied));
    }

    /** Whether a new dose stays inside the item's ranges in the catalog; empty when it does, else why not. */
    public static Optional<String> checkDose(Item item, Integer sets, Integer reps, Integer holdSeconds, Messages m) {
        Dosage d = item.dosage();
        if (sets == null || !inside(d.sets(), sets)) return Optional.of(m.get("adjust.no.sets", d.sets().min(), d.sets().max()));
        if (d.isHold()) {
            if (holdSeconds == null || !inside(d.holdSeconds(), holdSeconds)) {
                return Optional.of(m.get("adjust.no.hold", d.holdSeconds().min(), d.holdSeconds().max()));
            }
        } else if (reps == null || !inside(d.reps(), reps)) {
            return Optional.of(m.get("adjust.no.reps", d.reps().min(), d.reps().max()));
        }
        return Optional.empty();
    }

    private static Optional<String> dose(List<PlannedItem> items, Adjustment a, Messages m) {
        int at = find(items, a);
        if (at < 0) return Optional.of(m.get("adjust.no.notInPlan"));
        PlannedItem p = items.get(at);
        Optional<String> wrong = checkDose(p.item(), a.sets(), a.reps(), a.holdSeconds(), m);
        if (wrong.isPresent()) return wrong;
        Dose dose = p.item().dosage().isHold() ? new Dose(p.dose().kind(), a.sets(), a.holdSeconds(), null)
                : new Dose(p.dose().kind(), a.sets(), p.dose().holdSeconds(), a.reps());
        items.set(at, new PlannedItem(p.item(), p.part(), p.side(), p.variant(), dose, m.get("adjust.why.dose", a.by()) + " " + p.why()));
        return Optional.empty();
    }

    private static Optional<String> remove(List<PlannedItem> items, Adjustment a, Messages m) {
        int at = find(items, a);
        if (at < 0) return Optional.of(m.get("adjust.no.notInPlan"));
        items.remove(at);
        return Optional.empty();
    }

    private static Optional<String> add(List<PlannedItem> items, Adjustment a, PlanResult generated, Catalog catalog, Messages m) {
        Optional<Item> found = catalog.find(a.itemId());
        if (found.isEmpty()) return Optional.of(m.get("adjust.no.unknown"));
        Item item = found.get();
        if (item.role() == Role.TEST) return Optional.of(m.get("adjust.no.test"));
        if (find(items, a) >= 0) return Optional.of(m.get("adjust.no.already"));
        // the rule that forbids an item is the first thing to say about it
        for (Exclusion e : generated.excluded()) {
            if (!e.id().equals(item.id())) continue;
            for (ExclusionReason r : e.reasons()) if (FORBIDDING.contains(r)) return Optional.of(m.get("adjust.no.forbidden", e.message()));
        }
        if (item.perSide() == (a.side() == Side.BOTH)) return Optional.of(m.get(item.perSide() ? "adjust.no.side" : "adjust.no.bothSides"));
        Dosage d = item.dosage();
        Integer sets = a.sets() != null ? a.sets() : d.sets().min();
        Integer hold = d.isHold() ? (a.holdSeconds() != null ? a.holdSeconds() : d.holdSeconds().min()) : (d.holdSeconds() == null ? null : d.holdSeconds().min());
        Integer reps = d.isHold() ? null : (a.reps() != null ? a.reps() : d.reps().min());
        Optional<String> wrong = checkDose(item, sets, reps, hold, m);
        if (wrong.isPresent()) return wrong;
        SessionPart part = switch (item.role()) {
            case BREATHING, SURFACE_RELEASE -> SessionPart.OPENING;
            case PSOAS_STRETCH -> SessionPart.STRETCH;
            default -> SessionPart.STRENGTHEN;
        };
        PlannedItem added = new PlannedItem(item, part, a.side(), null, new Dose(d.kind(), sets, hold, reps), m.get("adjust.why.added", a.by()));
        int at = 0;
        while (at < items.size() && items.get(at).part().ordinal() <= part.ordinal()) at++;
        items.add(at, added);
        return Optional.empty();
    }

    private static int find(List<PlannedItem> items, Adjustment a) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).item().id().equals(a.itemId()) && items.get(i).side() == a.side()) return i;
        }
        return -1;
    }

    private static boolean inside(Range range, int value) { return range != null && value >= range.min() && value <= range.max(); }
}
