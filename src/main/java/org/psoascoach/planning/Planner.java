package org.psoascoach.planning;

import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.Person;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Range;
import org.psoascoach.catalog.Role;
import org.psoascoach.catalog.Variant;
import org.psoascoach.catalog.VariantLevel;
import org.psoascoach.language.Messages;
import org.psoascoach.safety.ReasonCode;
import org.psoascoach.safety.Triage;
import org.psoascoach.safety.TriageLevel;
import org.psoascoach.safety.TriageResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Makes the program of SPEC §1.3 from an intake: screens, assesses, leaves out what the triage, the
 * body, the equipment or the time forbids, picks one stretch and one strengthening item that fit for
 * both sides, gives the tight side more stretching and the weak side more strengthening, adds glute
 * work, breathing and release as time allows, and explains every item and every exclusion.
 * Pure: the same intake always gives the same result.
 */
public final class Planner {
    public static final int PREGNANCY_RESTRICTED_FROM_WEEK = 13;
    public static final double DAILY_SITTING_HOURS = 6;
    public static final int DAILY = 7, WITH_FINDINGS = 4, MAINTENANCE = 3;

    private final Catalog catalog;
    private final Messages messages;
    private final Assessment assessment;
    private final Triage triage;
    private final List<Item> exercises;

    public Planner(Catalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
        this.assessment = new Assessment(messages);
        this.triage = new Triage(messages);
        this.exercises = catalog.items().stream().filter(i -> i.role() != Role.TEST).toList();
    }

    /**
     * How many sessions a week these answers plan, or 0 when the safety check rules a plan out: the frequency rule of
     * SPEC §1.3 without making the whole plan (the adherence calendar asks it for every test day it shows).
     */
    public int sessionsPerWeek(Intake intake) {
        if (!triage.screen(intake).allowsPlan()) return 0;
        return frequency(intake.person(), assessment.assess(intake.tests()));
    }

    private static int frequency(Person person, Findings findings) {
        boolean sitsALot = person.sittingHoursPerDay() != null && person.sittingHoursPerDay() >= DAILY_SITTING_HOURS;
        if (sitsALot || person.activities().contains(Activity.DESK_WORK)) return DAILY;
        return findings.anyTight() || findings.anyWeak() ? WITH_FINDINGS : MAINTENANCE;
    }

    public PlanResult plan(Intake intake) {
        TriageResult screening = triage.screen(intake);
        Findings findings = assessment.assess(intake.tests());
        if (!screening.allowsPlan()) {
            ExclusionReason reason = screening.level() == TriageLevel.URGENT ? ExclusionReason.TRIAGE_URGENT : ExclusionReason.TRIAGE_SEE_DOCTOR;
            List<Exclusion> excluded = new ArrayList<>();
            for (Item item : exercises) excluded.add(exclusion(item, List.of(reason)));
            return new PlanResult(screening, findings, null, List.copyOf(excluded), screening.advice(), catalog.version());
        }
        return new Session(intake, screening, findings).build();
    }

    private Exclusion exclusion(Item item, List<ExclusionReason> reasons) {
        return new Exclusion(item.id(), reasons.get(0), List.copyOf(reasons), messages.get(reasons.get(0).messageKey()));
    }

    /** What one intake allows and calls for; builds one plan. */
    private final class Session {
        private final Intake intake;
        private final TriageResult screening;
        private final Findings findings;
        private final boolean pregnancyRestricted, noFoamRolling, arthritis, olderAdult;
        private final int budgetSeconds;
        private final int sessionsPerWeek;
        private final Progression.State progression;
        private final List<Eligibility> eligibility = new ArrayList<>(24);
        private final Map<Role, List<Eligibility>> candidates = new EnumMap<>(Role.class);
        private final List<Block> blocks = new ArrayList<>(24);
        private final Set<Item> triedButTooLong = new HashSet<>();

        Session(Intake intake, TriageResult screening, Findings findings) {
            this.intake = intake;
            this.screening = screening;
            this.findings = findings;
            Integer week = intake.person().pregnancyWeek();
            this.pregnancyRestricted = week != null && week >= PREGNANCY_RESTRICTED_FROM_WEEK;
            this.noFoamRolling = screening.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED);
            this.arthritis = screening.has(ReasonCode.ARTHRITIS);
            this.olderAdult = screening.has(ReasonCode.OLDER_ADULT);
            this.budgetSeconds = intake.minutesPerSession() * 60;
            this.sessionsPerWeek = sessionsPerWeek();
            this.progression = Progression.fromLogs(intake.history(), sessionsPerWeek);
            for (Item item : exercises) eligibility.add(eligibility(item));
            for (Role role : Role.values()) candidates.put(role, rankCandidates(role));
        }

        PlanResult build() {
            chooseCore();
            if (findings.anyTight()) addExtra(Role.GLUTE_STRENGTHEN, SessionPart.STRENGTHEN, sides(f -> f.tight() || f.weak()), null);
            addExtra(Role.BREATHING, SessionPart.OPENING, List.of(Side.BOTH), null);
            if (findings.anyTight()) addExtra(Role.SURFACE_RELEASE, SessionPart.OPENING, sides(SideFinding::tight), null);
            if (findings.anyTight()) addExtra(Role.PSOAS_STRETCH, SessionPart.STRETCH, sides(SideFinding::tight), null);
            List<Side> weakOnly = sides(f -> f.weak() && !f.tight());
            if (!weakOnly.isEmpty()) addExtra(Role.PSOAS_STRENGTHEN, SessionPart.STRENGTHEN, weakOnly, null);
            Item breathing = null;
            for (Block b : blocks) if (b.item.role() == Role.BREATHING) breathing = b.item;
            addExtra(Role.BREATHING, SessionPart.CLOSING, List.of(Side.BOTH), breathing);
            grow();

            blocks.sort(Comparator.comparing((Block b) -> b.part).thenComparingInt(b -> b.order).thenComparingInt(b -> b.sideOrder));
            List<PlannedItem> items = new ArrayList<>(blocks.size());
            int total = 0;
            for (Block b : blocks) {
                items.add(new PlannedItem(b.item, b.part, b.side, b.variant, b.dose, why(b)));
                total += b.dose.estimatedSeconds();
            }
            Plan plan = new Plan(sessionsPerWeek, frequencyWhy(), Plan.RETEST_AFTER_DAYS, intake.minutesPerSession(), total,
                    List.copyOf(items), progression, progressionChanges());
            return new PlanResult(screening, findings, plan, exclusions(), advice(), catalog.version());
        }

        // ---- what is allowed

        private Eligibility eligibility(Item item) {
            List<ExclusionReason> reasons = new ArrayList<>(2);
            Variant variant = null;
            if (item.practitionerOnly()) reasons.add(ExclusionReason.PRACTITIONER_ONLY);
            if (pregnancyRestricted && (item.position().isLying() || item.avoidInPregnancy())) reasons.add(ExclusionReason.PREGNANCY);
            if (noFoamRolling && item.foamRolling()) reasons.add(ExclusionReason.FOAM_ROLLING_CONTRAINDICATED);
            if (item.advanced() && (arthritis || olderAdult)) reasons.add(arthritis ? ExclusionReason.ARTHRITIS : ExclusionReason.OLDER_ADULT);
            if (item.position() == Position.STANDING && (arthritis || olderAdult)) {
                variant = item.chairSupportedVariant().filter(v -> hasAll(v.equipment())).orElse(null);
                if (variant == null) reasons.add(ExclusionReason.CHAIR_SUPPORT_NEEDED);
            }
            if (!hasAll(item.equipment())) reasons.add(ExclusionReason.MISSING_EQUIPMENT);
            return new Eligibility(item, variant, reasons.isEmpty() ? List.of() : List.copyOf(reasons));
        }

        private boolean hasAll(Set<Equipment> needed) {
            for (Equipment e : needed) if (!intake.has(e)) return false;
            return true;
        }

        /** Items of a role that may be planned, per-side ones first (they can carry a side's emphasis), then by priority. */
        private List<Eligibility> candidates(Role role) { return candidates.get(role); }

        private List<Eligibility> rankCandidates(Role role) {
            List<Eligibility> perSide = new ArrayList<>(4), both = new ArrayList<>(2);
            for (Eligibility e : eligibility) {
                if (e.item.role() == role && e.reasons.isEmpty()) (e.item.perSide() ? perSide : both).add(e);
            }
            perSide.addAll(both);
            return perSide;
        }

        private boolean used(Item item) {
            for (Block b : blocks) if (b.item == item) return true;
            return false;
        }

        // ---- choosing

        /** The first stretch and strengthening pair (in priority order) whose doses fit the time for both sides. */
        private void chooseCore() {
            List<Eligibility> stretches = candidates(Role.PSOAS_STRETCH);
            List<Eligibility> strengthening = candidates(Role.PSOAS_STRENGTHEN);
            for (Eligibility stretch : stretches) {
                for (Eligibility strength : strengthening) {
                    List<Block> pair = new ArrayList<>(blocksFor(stretch, SessionPart.STRETCH, Side.SIDES));
                    pair.addAll(blocksFor(strength, SessionPart.STRENGTHEN, Side.SIDES));
                    if (seconds(pair) <= budgetSeconds) {
                        blocks.addAll(pair);
                        return;
                    }
                }
            }
            // Not even one pair fits: keep whichever single item fits, the budget is never exceeded.
            stretches.forEach(e -> triedButTooLong.add(e.item));
            strengthening.forEach(e -> triedButTooLong.add(e.item));
            for (List<Eligibility> role : List.of(stretches, strengthening)) {
                for (Eligibility e : role) {
                    List<Block> single = blocksFor(e, role == stretches ? SessionPart.STRETCH : SessionPart.STRENGTHEN, Side.SIDES);
                    if (seconds(blocks) + seconds(single) <= budgetSeconds) {
                        blocks.addAll(single);
                        triedButTooLong.remove(e.item);
                        break;
                    }
                }
            }
        }

        /** Adds the first unused item of a role (or {@code only}) on the given sides, if it fits. */
        private void addExtra(Role role, SessionPart part, List<Side> sides, Item only) {
            if (sides.isEmpty()) return;
            for (Eligibility e : candidates(role)) {
                if (only != null ? e.item != only : used(e.item)) continue;
                List<Block> extra = blocksFor(e, part, sides);
                if (seconds(blocks) + seconds(extra) <= budgetSeconds) {
                    blocks.addAll(extra);
                    triedButTooLong.remove(e.item);
                    return;
                }
                triedButTooLong.add(e.item);
                return; // the next item of the role would only be a second choice; keep the session focused
            }
        }

        /** Uses spare time: one more set at a time, emphasised sides first, never past the item's maximum. */
        private void grow() {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Block b : blocks) {
                    if (b.emphasised && b.growable && tryGrow(List.of(b))) grew = true;
                }
            }
            grew = true;
            while (grew) {
                grew = false;
                List<Item> distinct = new ArrayList<>(blocks.size());
                for (Block b : blocks) if (!distinct.contains(b.item)) distinct.add(b.item);
                for (Item item : distinct) {
                    List<Block> plain = blocks.stream().filter(b -> b.item == item && !b.emphasised && b.growable).toList();
                    if (plain.isEmpty()) continue;
                    // a balanced side must stay below an emphasised side of the same item
                    int ceiling = Integer.MAX_VALUE;
                    for (Block b : blocks) if (b.item == item && b.emphasised) ceiling = Math.min(ceiling, b.dose.sets() - 1);
                    if (plain.get(0).dose.sets() + 1 > ceiling) continue;
                    if (tryGrow(plain)) grew = true;
                }
            }
        }

        private boolean tryGrow(List<Block> together) {
            int extra = 0;
            for (Block b : together) {
                if (b.dose.sets() >= b.item.dosage().sets().max()) return false;
                extra += b.dose.withSets(b.dose.sets() + 1).estimatedSeconds() - b.dose.estimatedSeconds();
            }
            if (seconds(blocks) + extra > budgetSeconds) return false;
            for (Block b : together) b.dose = b.dose.withSets(b.dose.sets() + 1);
            return true;
        }

        private List<Block> blocksFor(Eligibility e, SessionPart part, List<Side> sides) {
            Item item = e.item;
            List<Side> on = item.perSide() ? orderSides(item.role(), sides) : List.of(Side.BOTH);
            List<Block> out = new ArrayList<>(on.size());
            int order = 0;
            for (Block b : blocks) if (b.part == part) order = Math.max(order, b.order + 1);
            if (part == SessionPart.OPENING && item.role() == Role.BREATHING) order = -1; // breathing opens, release follows
            for (int i = 0; i < on.size(); i++) {
                Side side = on.get(i);
                boolean emphasised = side != Side.BOTH && switch (item.role()) {
                    case PSOAS_STRETCH -> findings.of(side).tight();
                    case PSOAS_STRENGTHEN -> findings.of(side).weak() && !findings.of(side).tight();
                    default -> false;
                };
                // a tight side gets no psoas load beyond maintenance (004); for both-legs items, if either side is tight
                boolean maintenanceOnly = item.role() == Role.PSOAS_STRENGTHEN
                        && (side == Side.BOTH ? findings.anyTight() : findings.of(side).tight());
                boolean progresses = !maintenanceOnly && (item.role() == Role.PSOAS_STRETCH || item.role() == Role.PSOAS_STRENGTHEN
                        || item.role() == Role.GLUTE_STRENGTHEN);
                Progressed p = progressed(e, progresses ? progression.step() : 0);
                Dose dose = emphasised ? p.dose.withSets(Math.min(p.dose.sets() + 1, item.dosage().sets().max())) : p.dose;
                boolean growable = !maintenanceOnly && (item.role() == Role.PSOAS_STRETCH || item.role() == Role.PSOAS_STRENGTHEN
                        || item.role() == Role.GLUTE_STRENGTHEN);
                out.add(new Block(item, part, side, p.variant, dose, emphasised, growable, progresses && progression.step() > 0, order, i));
            }
            return out;
        }

        /** The emphasised side goes first (a tight side is lengthened first); otherwise left, then right. */
        private List<Side> orderSides(Role role, List<Side> sides) {
            if (sides.size() != 2) return sides;
            boolean rightFirst = switch (role) {
                case PSOAS_STRETCH, SURFACE_RELEASE -> findings.right().tight() && !findings.left().tight();
                case PSOAS_STRENGTHEN -> findings.right().weak() && !findings.left().weak();
                default -> false;
            };
            return rightFirst ? List.of(Side.RIGHT, Side.LEFT) : sides;
        }

        /** The dose at a progression step: +5 s holds up to 60 s or +2 reps up to the maximum, then the harder variant. */
        private Progressed progressed(Eligibility e, int step) {
            Item item = e.item;
            var dosage = item.dosage();
            int sets = dosage.sets().min();
            boolean hold = dosage.isHold();
            Range range = hold ? dosage.holdSeconds() : dosage.reps();
            int increment = hold ? Progression.HOLD_STEP_SECONDS : Progression.REPS_STEP;
            int cap = hold ? Math.max(range.min(), Math.min(range.max(), Progression.HOLD_CAP_SECONDS)) : range.max();
            int stepsToCap = (cap - range.min() + increment - 1) / increment;
            Variant variant = e.variant;
            int value;
            if (step <= stepsToCap) {
                value = Math.min(cap, range.min() + increment * step);
            } else {
                Variant harder = harderVariant(e);
                if (harder != null) {
                    variant = harder;
                    value = Math.min(cap, range.min() + increment * (step - stepsToCap - 1));
                } else {
                    value = cap;
                }
            }
            Integer repHold = dosage.holdSeconds() == null ? null : dosage.holdSeconds().min();
            Dose dose = hold ? new Dose(dosage.kind(), sets, value, null) : new Dose(dosage.kind(), sets, repHold, value);
            return new Progressed(dose, variant);
        }

        private Variant harderVariant(Eligibility e) {
            if (e.variant != null) return null; // a chair-supported item stays supported
            return e.item.variant(VariantLevel.HARDER)
                    .filter(v -> hasAll(v.equipment()))
                    .filter(v -> !(v.advanced() && (arthritis || olderAdult)))
                    .orElse(null);
        }

        private int seconds(List<Block> list) {
            int total = 0;
            for (Block b : list) total += b.dose.estimatedSeconds();
            return total;
        }

        /** The sides (left first) whose finding matches. */
        private List<Side> sides(Predicate<SideFinding> which) {
            List<Side> out = new ArrayList<>(2);
            for (Side s : Side.SIDES) if (which.test(findings.of(s))) out.add(s);
            return out;
        }

        // ---- explaining

        private int sessionsPerWeek() { return frequency(intake.person(), findings); }

        private String frequencyWhy() {
            var person = intake.person();
            if (person.sittingHoursPerDay() != null && person.sittingHoursPerDay() >= DAILY_SITTING_HOURS) {
                return messages.get("frequency.daily.sitting", Assessment.number(person.sittingHoursPerDay()));
            }
            if (person.activities().contains(Activity.DESK_WORK)) return messages.get("frequency.daily.desk");
            if (sessionsPerWeek == WITH_FINDINGS) return messages.get("frequency.findings");
            boolean untested = findings.left().status() == FindingStatus.UNTESTED || findings.right().status() == FindingStatus.UNTESTED;
            return messages.get(untested ? "frequency.untested" : "frequency.maintenance");
        }

        private String why(Block b) {
            StringBuilder why = new StringBuilder(160);
            SideFinding finding = b.side == Side.BOTH ? null : findings.of(b.side);
            String side = b.side == Side.BOTH ? null : messages.get(b.side.messageKey());
            switch (b.item.role()) {
                case PSOAS_STRETCH -> {
                    if (finding == null) why.append(messages.get("why.stretch.both"));
                    else if (finding.tight()) why.append(messages.get("why.stretch.tight", side, finding.tightEvidence().get(0)));
                    else why.append(messages.get("why.stretch.balanced", side));
                }
                case PSOAS_STRENGTHEN -> {
                    if (finding == null) why.append(messages.get(findings.anyTight() ? "why.strengthen.both.tight" : "why.strengthen.both"));
                    else if (finding.tight() && finding.weak()) why.append(messages.get("why.strengthen.tightAndWeak", side));
                    else if (finding.tight()) why.append(messages.get("why.strengthen.tight", side));
                    else if (finding.weak()) why.append(messages.get("why.strengthen.weak", side, finding.weakEvidence().get(0)));
                    else why.append(messages.get("why.strengthen.balanced", side));
                }
                case GLUTE_STRENGTHEN -> why.append(finding == null ? messages.get("why.glute.both")
                        : messages.get(finding.tight() ? "why.glute.tight" : "why.glute.weak", side));
                case SURFACE_RELEASE -> why.append(messages.get("why.release", side));
                case BREATHING -> why.append(messages.get(b.part == SessionPart.CLOSING ? "why.closing" : "why.opening"));
                default -> throw new IllegalStateException("not a plannable role: " + b.item.role());
            }
            if (finding != null && finding.status() == FindingStatus.UNTESTED) {
                why.append(' ').append(messages.get("why.untested"));
            }
            if (b.variant != null && b.variant.chairSupported()) why.append(' ').append(messages.get("why.chair"));
            else if (b.variant != null && b.variant.level() == VariantLevel.HARDER) why.append(' ').append(messages.get("why.harder"));
            if (b.progressed) {
                var last = progression.last();
                why.append(' ').append(messages.get(last != null && last.kind() == ProgressionEvent.Kind.STEP_BACK
                        ? "why.steppedBack" : "why.progressed", progression.step()));
            }
            return why.toString();
        }

        private List<String> progressionChanges() {
            List<String> out = new ArrayList<>(progression.events().size());
            for (ProgressionEvent e : progression.events()) {
                out.add(e.kind() == ProgressionEvent.Kind.DOSE_UP
                        ? messages.get("progression.up", e.date(), e.stepAfter())
                        : messages.get("progression.back", e.date(), e.painBefore(), e.painAfter(), e.stepAfter()));
            }
            return List.copyOf(out);
        }

        private List<Exclusion> exclusions() {
            List<Exclusion> out = new ArrayList<>();
            for (Eligibility e : eligibility) {
                if (used(e.item)) continue;
                List<ExclusionReason> reasons = e.reasons;
                if (reasons.isEmpty()) {
                    boolean needed = switch (e.item.role()) {
                        case GLUTE_STRENGTHEN, SURFACE_RELEASE -> findings.anyTight();
                        default -> true;
                    };
                    reasons = List.of(!needed ? ExclusionReason.NOT_NEEDED
                            : triedButTooLong.contains(e.item) ? ExclusionReason.TIME_BUDGET : ExclusionReason.COVERED_BY_OTHER_ITEM);
                }
                out.add(exclusion(e.item, reasons));
            }
            return List.copyOf(out);
        }

        private List<String> advice() {
            List<String> advice = new ArrayList<>(screening.advice());
            for (Side side : Side.SIDES) {
                if (findings.of(side).status() == FindingStatus.UNTESTED) {
                    advice.add(messages.get("advice.untested", messages.get(side.messageKey())));
                }
            }
            if (pregnancyRestricted) advice.add(messages.get("advice.pregnancy"));
            boolean stretch = blocks.stream().anyMatch(b -> b.item.role() == Role.PSOAS_STRETCH);
            boolean strength = blocks.stream().anyMatch(b -> b.item.role() == Role.PSOAS_STRENGTHEN);
            if (!stretch || !strength) advice.add(messages.get("advice.incomplete"));
            if (intake.conditions().contains(Condition.ANTICOAGULANTS)) advice.add(messages.get("advice.anticoagulants"));
            advice.add(messages.get("advice.retest", Plan.RETEST_AFTER_DAYS));
            return List.copyOf(advice);
        }
    }

    private record Eligibility(Item item, Variant variant, List<ExclusionReason> reasons) {}

    private record Progressed(Dose dose, Variant variant) {}

    /** A planned item while the session is being put together; its sets may still grow. */
    private static final class Block {
        final Item item;
        final SessionPart part;
        final Side side;
        final Variant variant;
        final boolean emphasised, growable, progressed;
        final int order, sideOrder;
        Dose dose;

        Block(Item item, SessionPart part, Side side, Variant variant, Dose dose, boolean emphasised, boolean growable,
              boolean progressed, int order, int sideOrder) {
            this.item = item;
            this.part = part;
            this.side = side;
            this.variant = variant;
            this.dose = dose;
            this.emphasised = emphasised;
            this.growable = growable;
            this.progressed = progressed;
            this.order = order;
            this.sideOrder = sideOrder;
        }
    }
}
