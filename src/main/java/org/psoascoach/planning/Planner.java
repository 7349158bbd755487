package org.psoascoach.planning;

import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Intake;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Item;
import org.psoascoach.catalog.Role;
import org.psoascoach.language.Messages;
import org.psoascoach.safety.Triage;
import org.psoascoach.safety.TriageLevel;
import org.psoascoach.safety.TriageResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the program of SPEC §1.3 from an intake, in the order a reader meets the rules in docs/architecture.md:
 * {@link Triage} screens; {@link Assessment} finds each side's state; {@link Restriction} and {@link Setup} decide
 * what may be planned and in which version; {@link SessionBuilder} chooses and doses within the {@link Budget},
 * following {@link Emphasis}; {@link Explanations}, {@link Exclusions} and {@link PlanAdvice} put it into words.
 * Pure: the same intake always gives the same result.
 */
public final class Planner {
    private final Catalog catalog;
    private final Messages messages;
    private final Assessment assessment;
    private final Triage triage;
    private final List<Item> exercises;

    public Catalog catalog() { return catalog; }

    public Messages messages() { return messages; }

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
        return Frequency.sessionsPerWeek(intake.person(), assessment.assess(intake));
    }

    /** The plan for these answers, its dose progressed by the logs the intake carries ({@link Intake#history()}). */
    public PlanResult plan(Intake intake) {
        return plan(intake, sessionsPerWeek -> Progression.fromLogs(intake.history(), sessionsPerWeek));
    }

    /**
     * The plan for these answers, its dose where {@code progressionFor} says the logs have taken it for a plan of the given
     * sessions a week: the journal's way, which goes on from the weeks it has already counted instead of every log.
     */
    public PlanResult plan(Intake intake, java.util.function.IntFunction<Progression.State> progressionFor) {
        TriageResult screening = triage.screen(intake);
        Findings findings = assessment.assess(intake);
        Circumstances circumstances = Circumstances.of(intake, screening);
        int sessionsPerWeek = Frequency.sessionsPerWeek(intake.person(), findings);
        Progression.State progression = screening.allowsPlan() ? progressionFor.apply(sessionsPerWeek) : Progression.State.START;
        Explanations words = new Explanations(findings, circumstances, progression, messages);
        Exclusions exclusions = new Exclusions(messages);
        if (!screening.allowsPlan()) {
            ExclusionReason reason = screening.level() == TriageLevel.URGENT ? ExclusionReason.TRIAGE_URGENT : ExclusionReason.TRIAGE_SEE_DOCTOR;
            return new PlanResult(screening, findings, null, exclusions.all(exercises, reason), screening.advice(), catalog.version());
        }

        List<Eligibility> eligibility = new ArrayList<>(exercises.size());
        for (Item item : exercises) eligibility.add(Eligibility.of(item, circumstances));
        SessionBuilder.Chosen chosen = new SessionBuilder(findings, circumstances, progression,
                new Budget(intake.minutesPerSession()), eligibility).build();

        List<PlannedItem> items = new ArrayList<>(chosen.blocks().size());
        int total = 0;
        for (Block b : chosen.blocks()) {
            items.add(new PlannedItem(b.item, b.part, b.side, b.variant, b.dose, words.why(b)));
            total += b.seconds();
        }
        Plan plan = new Plan(sessionsPerWeek, Frequency.why(intake.person(), findings, messages), Plan.RETEST_AFTER_DAYS,
                intake.minutesPerSession(), total, List.copyOf(items), progression, words.progressionChanges());
        List<String> advice = new PlanAdvice(messages).of(intake, screening, findings, chosen.blocks(), eligibility);
        return new PlanResult(screening, findings, plan, exclusions.of(eligibility, chosen, findings), advice, catalog.version());
    }
}
