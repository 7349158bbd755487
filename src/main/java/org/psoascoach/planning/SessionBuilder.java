package org.psoascoach.planning;

import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Side;
import org.psoascoach.assessment.SideFinding;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the items of one session and their doses (SPEC §1.3); explaining them is {@link Explanations}' job.
 * <ol>
 *   <li><b>Core:</b> one psoas stretch and one psoas strengthening item, chosen together so that, first, every kind of
 *       work a side's finding calls for is carried by a per-side item (a both-legs item cannot favour a side); then so
 *       that both kinds are there; then per-side items; then the catalog's priority. The pair must fit the
 *       {@link Budget} with its emphasis.</li>
 *   <li><b>Extras</b>, each only if it fits: glute work when a side is tight, an opening breath, release of the surface
 *       hip muscles for tight sides, a second stretch for tight sides, a second strengthening item for weak sides
 *       (per-side only, so they add nothing to a balanced side), a closing breath.</li>
 *   <li><b>Spare time</b> adds sets: emphasised sides first, then the rest, a maintenance side always staying below
 *       the emphasised side of the same item; held doses never grow.</li>
 * </ol>
 */
final class SessionBuilder {
    private final Findings findings;
    private final Circumstances circumstances;
    private final Progression.State progression;
    private final Budget budget;
    private final Map<Role, List<Eligibility>> candidates = new EnumMap<>(Role.class);
    private final List<Block> blocks = new ArrayList<>(24);
    private final Set<Item> tooLong = new HashSet<>();
    /** The progression step of the core items: the earned step, unless only the starting dose keeps the emphasis in time. */
    private int coreStep;

    SessionBuilder(Findings findings, Circumstances circumstances, Progression.State progression, Budget budget,
                   List<Eligibility> eligibility) {
        this.findings = findings;
        this.circumstances = circumstances;
        this.progression = progression;
        this.budget = budget;
        for (Role role : Role.values()) candidates.put(role, rank(role, eligibility));
    }

    /** The chosen blocks in session order, and the allowed items that were wanted but did not fit. */
    record Chosen(List<Block> blocks, Set<Item> tooLong) {}

    Chosen build() {
        chooseCore();
        if (findings.anyTight()) addExtra(Role.GLUTE_STRENGTHEN, SessionPart.STRENGTHEN, sides(f -> f.tight() || f.weak()), null);
        addExtra(Role.BREATHING, SessionPart.OPENING, List.of(Side.BOTH), null);
        if (findings.anyTight()) addExtra(Role.SURFACE_RELEASE, SessionPart.OPENING, sides(SideFinding::tight), null);
        addExtra(Role.PSOAS_STRETCH, SessionPart.STRETCH, sides(f -> Emphasis.callsFor(Role.PSOAS_STRETCH, f)), null);
        addExtra(Role.PSOAS_STRENGTHEN, SessionPart.STRENGTHEN, sides(f -> Emphasis.callsFor(Role.PSOAS_STRENGTHEN, f)), null);
        Item breathing = null;
        for (Block b : blocks) if (b.item.role() == Role.BREATHING) breathing = b.item;
        addExtra(Role.BREATHING, SessionPart.CLOSING, List.of(Side.BOTH), breathing);
        grow();
        blocks.sort(Comparator.comparing((Block b) -> b.part).thenComparingInt(b -> b.order).thenComparingInt(b -> b.sideOrder));
        return new Chosen(List.copyOf(blocks), Set.copyOf(tooLong));
    }

    // ---- choosing

    /** Allowed items of a role: per-side ones first (only they can carry a side's emphasis), then by priority. */
    private static List<Eligibility> rank(Role role, List<Eligibility> eligibility) {
        List<Eligibility> perSide = new ArrayList<>(4), both = new ArrayList<>(2);
        for (Eligibility e : eligibility) {
            if (e.item().role() == role && e.allowed()) (e.item().perSide() ? perSide : both).add(e);
        }
        perSide.addAll(both);
        return List.copyOf(perSide);
    }

    /**
     * The core pair. A longer, progressed dose must not cost a side its emphasis or a kind of work: when the earned step
     * scores worse in the budget than the starting dose, the core stays at the starting dose (the time caps the dose).
     */
    private void chooseCore() {
        coreStep = progression.step();
        int[] earned = bestCore();
        if (coreStep > 0) {
            coreStep = 0;
            int[] start = bestCore();
            if (start[2] <= earned[2]) {
                coreStep = progression.step();
            } else {
                earned = start;
            }
        }
        List<Eligibility> stretches = candidates.get(Role.PSOAS_STRETCH), strengthening = candidates.get(Role.PSOAS_STRENGTHEN);
        markTooLong(stretches, earned[0]);
        markTooLong(strengthening, earned[1]);
        if (earned[2] < 0) return;
        if (earned[0] < stretches.size()) add(blocksFor(stretches.get(earned[0]), SessionPart.STRETCH, Side.SIDES, coreStep));
        if (earned[1] < strengthening.size()) add(blocksFor(strengthening.get(earned[1]), SessionPart.STRENGTHEN, Side.SIDES, coreStep));
    }

    /** {stretch index, strengthening index, score} of the best pair that fits at {@link #coreStep}; an index of size() is "none". */
    private int[] bestCore() {
        List<Eligibility> stretches = candidates.get(Role.PSOAS_STRETCH), strengthening = candidates.get(Role.PSOAS_STRENGTHEN);
        int[] stretchCost = costs(stretches, SessionPart.STRETCH);
        int[] strengthCost = costs(strengthening, SessionPart.STRENGTHEN);
        int bestStretch = -1, bestStrength = -1, bestScore = -1;
        // index size() stands for "none of this kind"
        for (int s = 0; s <= stretches.size(); s++) {
            for (int t = 0; t <= strengthening.size(); t++) {
                Eligibility stretch = s < stretches.size() ? stretches.get(s) : null;
                Eligibility strength = t < strengthening.size() ? strengthening.get(t) : null;
                if (stretch == null && strength == null) continue;
                int seconds = (stretch == null ? 0 : stretchCost[s]) + (strength == null ? 0 : strengthCost[t]);
                if (!budget.fits(seconds)) continue;
                int score = score(stretch, Role.PSOAS_STRETCH, strength, Role.PSOAS_STRENGTHEN);
                if (score > bestScore) {
                    bestScore = score;
                    bestStretch = s;
                    bestStrength = t;
                }
            }
        }
        return new int[] {bestStretch, bestStrength, bestScore};
    }

    /** Higher is better: emphases carried, then kinds present, then per-side items (the loop's order breaks ties by priority). */
    private int score(Eligibility stretch, Role stretchKind, Eligibility strength, Role strengthKind) {
        int carried = carries(stretch, stretchKind) + carries(strength, strengthKind);
        int present = (stretch == null ? 0 : 1) + (strength == null ? 0 : 1);
        int perSide = (stretch != null && stretch.item().perSide() ? 1 : 0) + (strength != null && strength.item().perSide() ? 1 : 0);
        return carried * 100 + present * 10 + perSide;
    }

    private int carries(Eligibility e, Role kind) {
        return e != null && e.item().perSide() && Emphasis.anySideCallsFor(kind, findings) ? 1 : 0;
    }

    private int[] costs(List<Eligibility> options, SessionPart part) {
        int[] out = new int[options.size()];
        for (int i = 0; i < out.length; i++) out[i] = seconds(blocksFor(options.get(i), part, Side.SIDES, coreStep));
        return out;
    }

    /** Items ranked before the chosen one (or all, when none was chosen) were preferred but did not fit. */
    private void markTooLong(List<Eligibility> ranked, int chosen) {
        int upTo = chosen < 0 ? ranked.size() : Math.min(chosen, ranked.size());
        for (int i = 0; i < upTo; i++) tooLong.add(ranked.get(i).item());
    }

    /**
     * Adds the first unused item of a role (or {@code only}) on the given sides, if it fits. Extra psoas work is
     * per-side only: a both-legs item would add to a side that calls for nothing.
     */
    private void addExtra(Role role, SessionPart part, List<Side> sides, Item only) {
        if (sides.isEmpty()) return;
        for (Eligibility e : candidates.get(role)) {
            if (only != null ? e.item() != only : used(e.item())) continue;
            if (Emphasis.isPsoasWork(role) && !e.item().perSide()) continue;
            List<Block> extra = blocksFor(e, part, sides, progression.step());
            if (add(extra)) {
                tooLong.remove(e.item());
            } else {
                tooLong.add(e.item());
            }
            return; // the next item of the role would only be a second choice; keep the session focused
        }
    }

    private boolean add(List<Block> more) {
        if (!budget.take(seconds(more))) return false;
        blocks.addAll(more);
        return true;
    }

    private boolean used(Item item) {
        for (Block b : blocks) if (b.item == item) return true;
        return false;
    }

    // ---- dosing

    private List<Block> blocksFor(Eligibility e, SessionPart part, List<Side> sides, int earnedStep) {
        Item item = e.item();
        Role role = item.role();
        List<Side> on = item.perSide() ? orderSides(role, sides) : List.of(Side.BOTH);
        int order = 0;
        for (Block b : blocks) if (b.part == part) order = Math.max(order, b.order + 1);
        if (part == SessionPart.OPENING && role == Role.BREATHING) order = -1; // breathing opens, release follows
        List<Block> out = new ArrayList<>(on.size());
        for (int i = 0; i < on.size(); i++) {
            Side side = on.get(i);
            Block.Share share = share(role, side);
            boolean progresses = share != Block.Share.HELD && share != Block.Share.FIXED;
            int step = progresses ? earnedStep : 0;
            DoseLadder.Rung rung = DoseLadder.at(e, step, circumstances);
            Dose dose = rung.dose();
            if (share == Block.Share.EMPHASIS) dose = dose.withSets(Math.min(dose.sets() + Emphasis.EXTRA_SETS, item.dosage().sets().max()));
            out.add(new Block(e, part, side, rung, dose, share, step, order, i));
        }
        return out;
    }

    private Block.Share share(Role role, Side side) {
        if (Emphasis.isPsoasWork(role)) {
            if (Emphasis.emphasised(role, side, findings)) return Block.Share.EMPHASIS;
            return Emphasis.heldAtMaintenance(role, findings) ? Block.Share.HELD : Block.Share.MAINTENANCE;
        }
        return role == Role.GLUTE_STRENGTHEN ? Block.Share.SUPPORT : Block.Share.FIXED;
    }

    /** The side the work is for goes first (a tight side is lengthened first); otherwise left, then right. */
    private List<Side> orderSides(Role role, List<Side> sides) {
        if (sides.size() != 2) return sides;
        boolean rightFirst = switch (role) {
            case PSOAS_STRETCH, SURFACE_RELEASE -> findings.right().tight() && !findings.left().tight();
            case PSOAS_STRENGTHEN -> findings.right().weak() && !findings.left().weak();
            default -> false;
        };
        return rightFirst ? List.of(Side.RIGHT, Side.LEFT) : sides;
    }

    // ---- spare time

    private void grow() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Item item : distinctItems()) {
                List<Block> emphasised = of(item, b -> b.share == Block.Share.EMPHASIS);
                if (!emphasised.isEmpty() && tryGrow(emphasised)) grew = true;
            }
        }
        grew = true;
        while (grew) {
            grew = false;
            for (Item item : distinctItems()) {
                List<Block> rest = of(item, b -> b.share.grows() && b.share != Block.Share.EMPHASIS);
                if (rest.isEmpty()) continue;
                // maintenance stays below the emphasised side of the same item, so the sides never swap
                int ceiling = Integer.MAX_VALUE;
                for (Block b : of(item, b -> b.share == Block.Share.EMPHASIS)) ceiling = Math.min(ceiling, b.dose.sets() - Emphasis.EXTRA_SETS);
                if (rest.get(0).dose.sets() + 1 > ceiling) continue;
                if (tryGrow(rest)) grew = true;
            }
        }
    }

    /** One more set on every block of the group, or none. */
    private boolean tryGrow(List<Block> group) {
        int extra = 0;
        for (Block b : group) {
            int more = b.secondsForOneMoreSet();
            if (more < 0) return false;
            extra += more;
        }
        if (!budget.take(extra)) return false;
        for (Block b : group) b.dose = b.dose.withSets(b.dose.sets() + 1);
        return true;
    }

    private List<Item> distinctItems() {
        List<Item> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) if (!out.contains(b.item)) out.add(b.item);
        return out;
    }

    private List<Block> of(Item item, Predicate<Block> which) {
        List<Block> out = new ArrayList<>(2);
        for (Block b : blocks) if (b.item == item && which.test(b)) out.add(b);
        return out;
    }

    private static int seconds(List<Block> list) {
        int total = 0;
        for (Block b : list) total += b.seconds();
        return total;
    }

    /** The sides (left first) whose finding matches. */
    private List<Side> sides(Predicate<SideFinding> which) {
        List<Side> out = new ArrayList<>(2);
        for (Side s : Side.SIDES) if (which.test(findings.of(s))) out.add(s);
        return out;
    }
}
