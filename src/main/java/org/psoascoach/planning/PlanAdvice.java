package org.psoascoach.planning;

import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pregnancy;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.catalog.Role;
import org.psoascoach.language.Messages;
import org.psoascoach.safety.TriageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The advice under a plan: the screening's, then sides not tested, pregnancy, a program left incomplete (and, when
 * restrictions and equipment leave a kind of psoas work out entirely, which equipment would open it, naming the
 * items: SPEC §1.3), blood thinners, and the re-test.
 */
final class PlanAdvice {
    private final Messages messages;

    PlanAdvice(Messages messages) { this.messages = messages; }

    List<String> of(Intake intake, TriageResult screening, Findings findings, List<Block> blocks, List<Eligibility> eligibility) {
        List<String> advice = new ArrayList<>(screening.advice());
        for (Side side : Side.SIDES) {
            if (findings.of(side).status() == FindingStatus.UNTESTED) {
                advice.add(messages.get("advice.untested", messages.get(side.messageKey())));
            }
        }
        if (Pregnancy.rulesOutLying(intake.person().pregnancyWeek())) advice.add(messages.get("advice.pregnancy"));
        boolean incomplete = false;
        for (Role kind : List.of(Role.PSOAS_STRETCH, Role.PSOAS_STRENGTHEN)) {
            if (blocks.stream().anyMatch(b -> b.item.role() == kind)) continue;
            incomplete = true;
            boolean anyAllowed = eligibility.stream().anyMatch(e -> e.item().role() == kind && e.allowed());
            if (!anyAllowed) advice.addAll(whatWouldOpen(kind, eligibility));
        }
        if (incomplete) advice.add(messages.get("advice.incomplete"));
        advice.addAll(equipmentComingLater(intake.equipment(), blocks));
        if (intake.conditions().contains(Condition.ANTICOAGULANTS)) advice.add(messages.get("advice.anticoagulants"));
        advice.add(messages.get("advice.retest", Plan.RETEST_AFTER_DAYS));
        return List.copyOf(advice);
    }

    /**
     * Equipment the person has that the plan does not use yet but a harder version of one of its items needs (a band,
     * ankle weights): the person is told where it comes in (SPEC §1.3: by progression, past the item's top dose).
     */
    private List<String> equipmentComingLater(Set<Equipment> owned, List<Block> blocks) {
        Set<Equipment> inUse = java.util.EnumSet.noneOf(Equipment.class);
        for (Block b : blocks) inUse.addAll(b.variant != null ? b.variant.equipment() : b.item.equipment());
        Map<Equipment, List<String>> later = new java.util.EnumMap<>(Equipment.class);
        for (Block b : blocks) {
            if (b.harder || b.variant != null) continue; // already in its harder version, or a version that stays as it is
            b.item.variant(org.psoascoach.catalog.VariantLevel.HARDER).ifPresent(v -> {
                for (Equipment e : v.equipment()) {
                    if (!owned.contains(e) || inUse.contains(e) || b.item.equipment().contains(e)) continue;
                    String where = messages.get("advice.equipment.where", v.text().name(), b.item.text().name());
                    List<String> places = later.computeIfAbsent(e, k -> new ArrayList<>());
                    if (!places.contains(where)) places.add(where);
                }
            });
        }
        List<String> out = new ArrayList<>();
        later.forEach((e, places) -> out.add(messages.get("advice.equipment.later", EquipmentWords.of(List.of(e), messages),
                String.join("; ", places))));
        return out;
    }

    /** "A chair would open stretching: …", one line per set of missing equipment, the items named. */
    private List<String> whatWouldOpen(Role kind, List<Eligibility> eligibility) {
        Map<Set<Equipment>, List<String>> byMissing = new LinkedHashMap<>();
        for (Eligibility e : eligibility) {
            if (e.item().role() != kind || !e.onlyEquipmentMissing()) continue;
            String name = e.item().text().name();
            byMissing.computeIfAbsent(e.missing(), k -> new ArrayList<>()).add(name);
        }
        List<String> out = new ArrayList<>(byMissing.size() + 1);
        String kindKey = kind == Role.PSOAS_STRETCH ? "advice.opens.stretch" : "advice.opens.strengthen";
        byMissing.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                        (Set<Equipment> s) -> s.size()).thenComparing(s -> s.stream().mapToInt(Enum::ordinal).min().orElse(0))))
                .forEach(entry -> out.add(messages.get(kindKey,
                        EquipmentWords.of(entry.getKey(), messages), String.join(", ", entry.getValue()))));
        if (out.isEmpty()) {
            out.add(messages.get(kind == Role.PSOAS_STRETCH ? "advice.opens.none.stretch" : "advice.opens.none.strengthen"));
        }
        return out;
    }
}
