package org.psoascoach.planning;

import org.psoascoach.Fixtures;
import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Dosage;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Position;
import org.psoascoach.catalog.Role;
import org.psoascoach.safety.ReasonCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of SPEC §1.3 as checks on a finished plan, written from the spec and not from the planner's code, so the
 * properties can pin the planner down. Each throws an AssertionError naming what broke; {@code PlanRulesTest} shows
 * that each one rejects a plan with its rule broken.
 */
final class PlanRules {
    static final List<Role> KINDS = List.of(Role.PSOAS_STRETCH, Role.PSOAS_STRENGTHEN);

    private PlanRules() {}

    /** A side's finding calls for more of a kind: tight → stretching; weak and not tight → strengthening. */
    static boolean callsFor(Role kind, SideFinding f) {
        return kind == Role.PSOAS_STRETCH ? f.tight() : f.weak() && !f.tight();
    }

    /** Balanced, or untested (dosed like a balanced side). */
    static boolean plain(SideFinding f) {
        return f.status() == FindingStatus.BALANCED || f.status() == FindingStatus.UNTESTED;
    }

    static int volume(Plan plan, Role kind, Side side) { return Fixtures.volume(plan, kind, side); }

    static void budgetIsKept(Intake intake, PlanResult r) {
        if (r.plan() == null) return;
        assertThat(r.plan().estimatedSeconds()).as("estimated seconds within the budget").isLessThanOrEqualTo(intake.minutesPerSession() * 60);
        assertThat(r.plan().estimatedMinutes()).as("estimated minutes within the budget").isLessThanOrEqualTo(intake.minutesPerSession());
    }

    static void estimateIsTheSumOfTheItems(PlanResult r) {
        if (r.plan() == null) return;
        int sum = r.plan().items().stream().mapToInt(PlannedItem::estimatedSeconds).sum();
        assertThat(r.plan().estimatedSeconds()).as("estimatedSeconds is the sum of the items").isEqualTo(sum);
        assertThat(r.plan().estimatedMinutes()).as("estimatedMinutes is the sum rounded up").isEqualTo((sum + 59) / 60);
    }

    static void nothingForbiddenIsPlanned(Intake intake, PlanResult r) {
        var triage = r.triage();
        if (!triage.allowsPlan()) {
            assertThat(r.plan()).as("no plan at " + triage.level()).isNull();
            return;
        }
        boolean pregnantFrom13 = intake.person().pregnancyWeek() != null && intake.person().pregnancyWeek() >= 13;
        boolean gentle = triage.has(ReasonCode.ARTHRITIS) || triage.has(ReasonCode.OLDER_ADULT);
        for (PlannedItem planned : r.plan().items()) {
            Item item = planned.item();
            String id = item.id();
            assertThat(item.practitionerOnly()).as(id + " is practitioner-only").isFalse();
            assertThat(item.role()).as(id + " is a test").isNotEqualTo(Role.TEST);
            Set<Equipment> needed = planned.variant() != null ? planned.variant().equipment() : item.equipment();
            assertThat(intake.equipment()).as(id + ": the planned version's equipment").containsAll(needed);
            if (item.equipment().contains(Equipment.PARTNER)) assertThat(intake.equipment()).as(id + " needs a helper").contains(Equipment.PARTNER);
            if (pregnantFrom13) {
                assertThat(item.position()).as(id + " lying down from pregnancy week 13").isNotIn(Position.SUPINE, Position.PRONE);
                assertThat(item.avoidInPregnancy()).as(id + " avoided in pregnancy").isFalse();
                assertThat(id).isNotEqualTo("boat-pose");
            }
            if (triage.has(ReasonCode.FOAM_ROLLING_CONTRAINDICATED)) assertThat(item.foamRolling()).as(id + " is foam rolling").isFalse();
            if (gentle) {
                assertThat(item.advanced()).as(id + " is advanced").isFalse();
                if (planned.variant() != null) assertThat(planned.variant().advanced()).as(id + " variant is advanced").isFalse();
                if (item.position() == Position.STANDING) {
                    assertThat(planned.variant()).as(id + " standing without a chair").isNotNull().matches(v -> v.chairSupported());
                }
            }
        }
    }

    /** A balanced (or untested) side never gets more of a kind of psoas work than the other side. */
    static void aBalancedSideNeverGetsMore(PlanResult r) {
        if (r.plan() == null) return;
        for (Side side : Side.SIDES) {
            if (!plain(r.findings().of(side))) continue;
            for (Role kind : KINDS) {
                assertThat(volume(r.plan(), kind, side)).as("the balanced " + side.id() + " side's " + kind.id() + " volume")
                        .isLessThanOrEqualTo(volume(r.plan(), kind, side.other()));
            }
        }
    }

    /**
     * A side whose finding calls for a kind gets strictly more of it than a balanced other side whenever one per-side
     * item of that kind that the person may do fits the budget at its starting dose with one more set on that side.
     */
    static void aSideThatCallsForAKindGetsStrictlyMore(Intake intake, PlanResult r) {
        if (r.plan() == null) return;
        for (Side side : Side.SIDES) {
            if (!plain(r.findings().of(side.other()))) continue;
            for (Role kind : KINDS) {
                if (!callsFor(kind, r.findings().of(side)) || !aPerSideItemFits(kind, intake, r)) continue;
                assertThat(volume(r.plan(), kind, side)).as("the " + side.id() + " side calls for " + kind.id())
                        .isGreaterThan(volume(r.plan(), kind, side.other()));
            }
        }
    }

    static boolean aPerSideItemFits(Role kind, Intake intake, PlanResult r) {
        for (Item item : Fixtures.CATALOG.items()) {
            if (item.role() != kind || !item.perSide() || !allowed(item, r)) continue;
            Dosage d = item.dosage();
            Dose start = new Dose(d.kind(), d.sets().min(), d.holdSeconds() == null ? null : d.holdSeconds().min(),
                    d.isHold() ? null : d.reps().min());
            int seconds = start.estimatedSeconds() + start.withSets(start.sets() + 1).estimatedSeconds();
            if (seconds <= intake.minutesPerSession() * 60) return true;
        }
        return false;
    }

    /** Planned, or left out only because of time or another item of its kind: the person may do it. */
    private static boolean allowed(Item item, PlanResult r) {
        if (r.plan().items().stream().anyMatch(p -> p.item().equals(item))) return true;
        Set<ExclusionReason> onlyChoice = EnumSet.of(ExclusionReason.TIME_BUDGET, ExclusionReason.COVERED_BY_OTHER_ITEM,
                ExclusionReason.NOT_NEEDED);
        return r.excluded().stream().anyMatch(e -> e.id().equals(item.id()) && onlyChoice.containsAll(e.reasons()));
    }

    /**
     * A tight side gets no psoas strengthening beyond the starting maintenance dose (the catalog's minimum sets and
     * reps or hold, the item itself); nor does a both-legs strengthening item while either side is tight.
     */
    static void aTightSideIsHeldAtTheStartingStrengtheningDose(PlanResult r) {
        if (r.plan() == null) return;
        for (PlannedItem p : r.plan().items()) {
            if (p.item().role() != Role.PSOAS_STRENGTHEN) continue;
            boolean tight = p.side() == Side.BOTH ? r.findings().anyTight() : r.findings().of(p.side()).tight();
            if (!tight) continue;
            Dosage d = p.item().dosage();
            String what = p.item().id() + " on the tight " + p.side().id() + " side";
            assertThat(p.dose().sets()).as(what + ": sets").isEqualTo(d.sets().min());
            if (d.isHold()) assertThat(p.dose().holdSeconds()).as(what + ": hold").isEqualTo(d.holdSeconds().min());
            else assertThat(p.dose().reps()).as(what + ": reps").isEqualTo(d.reps().min());
            assertThat(p.variant() == null || p.variant().level() != org.psoascoach.catalog.VariantLevel.HARDER).as(what + ": no harder version").isTrue();
        }
    }

    /** Maintenance is one dose: the two sides of an item that neither side's finding calls for have the same dose. */
    static void maintenanceIsOneDose(PlanResult r) {
        if (r.plan() == null) return;
        for (PlannedItem left : r.plan().items()) {
            if (left.side() != Side.LEFT || !KINDS.contains(left.item().role())) continue;
            Role kind = left.item().role();
            for (PlannedItem right : r.plan().items()) {
                if (right.side() != Side.RIGHT || !right.item().equals(left.item())) continue;
                boolean eitherCalls = callsFor(kind, r.findings().left()) || callsFor(kind, r.findings().right());
                if (!eitherCalls) assertThat(right.dose()).as(left.item().id() + " at maintenance on both sides").isEqualTo(left.dose());
            }
        }
    }

    /** Every why names its side and agrees with its dose: "more" only where the side gets more, "maintenance" elsewhere. */
    static void everyWhyAgreesWithItsDoseAndSide(PlanResult r) {
        if (r.plan() == null) return;
        for (PlannedItem p : r.plan().items()) {
            String why = p.why().toLowerCase(Locale.ROOT);
            assertThat(why).as(p.item().id() + " has a why").isNotBlank();
            if (p.side() == Side.BOTH) {
                assertThat(why).as(p.item().id() + " (both legs) claims more for one side").doesNotContain("more stretching", "more strengthening");
                continue;
            }
            assertThat(why).as(p.item().id() + " names its side").contains(p.side().id());
            if (!KINDS.contains(p.item().role())) continue;
            boolean calls = callsFor(p.item().role(), r.findings().of(p.side()));
            if (calls) {
                assertThat(why).as(p.item().id() + " on the " + p.side().id() + " side says it gets more")
                        .contains(p.item().role() == Role.PSOAS_STRETCH ? "more stretching" : "more strengthening");
                for (PlannedItem other : r.plan().items()) {
                    if (other.item().equals(p.item()) && other.side() == p.side().other() && !callsFor(p.item().role(), r.findings().of(other.side()))) {
                        assertThat(p.dose().volume()).as(p.item().id() + ": more on the " + p.side().id() + " side").isGreaterThan(other.dose().volume());
                    }
                }
            } else {
                assertThat(why).as(p.item().id() + " on the " + p.side().id() + " side says maintenance").contains("maintenance");
                assertThat(why).as(p.item().id() + " on the " + p.side().id() + " side claims more").doesNotContain("more stretching", "more strengthening");
            }
        }
    }
}
