package org.psoascoach;

import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Condition;
import org.psoascoach.assessment.Intake;
import org.psoascoach.assessment.Pain;
import org.psoascoach.assessment.Person;
import org.psoascoach.assessment.SessionLog;
import org.psoascoach.assessment.SidePair;
import org.psoascoach.assessment.Symptom;
import org.psoascoach.assessment.TestResults;
import org.psoascoach.catalog.Equipment;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generated intakes for the property tests (QuickTheories): random findings per side, equipment, budgets 5–60,
 * restrictions (pregnancy, conditions, age) and histories. Every value is drawn from the randomness source, so a
 * failing intake shrinks towards the smallest one (fewer tests, less equipment, no history) and a fixed seed repeats a run.
 */
public final class IntakeGenerators {
    private IntakeGenerators() {}

    public static Gen<Intake> intakes() {
        return in -> new Intake(person(in), subset(in, Condition.class, 25), symptoms(in), pain(in), tests(in),
                subset(in, Equipment.class, 50), Generate.range(5, 60).generate(in), history(in));
    }

    /** Intakes whose screening allows a plan more often: no red flags, conditions rarer. */
    public static Gen<Intake> plannable() {
        return in -> new Intake(person(in), subset(in, Condition.class, 10), informing(in), calmPain(in), tests(in),
                subset(in, Equipment.class, 50), Generate.range(5, 60).generate(in), history(in));
    }

    private static Person person(RandomnessSource in) {
        Integer age = maybe(in, 80, Generate.range(16, 95));
        Double sitting = maybe(in, 80, Generate.range(0, 160).map(t -> t / 10.0));
        Integer week = maybe(in, 25, Generate.range(1, 42));
        return new Person(age, sitting, subset(in, Activity.class, 20), week, Generate.booleans().generate(in));
    }

    private static Set<Symptom> symptoms(RandomnessSource in) {
        // mostly symptoms that inform, sometimes red flags, so that most intakes reach the planner
        return Generate.range(0, 9).generate(in) < 7 ? informing(in) : subset(in, Symptom.class, 10);
    }

    private static Set<Symptom> informing(RandomnessSource in) {
        Set<Symptom> out = EnumSet.noneOf(Symptom.class);
        for (Symptom s : Symptom.values()) if (!s.redFlag() && chance(in, 15)) out.add(s);
        return out;
    }

    private static Pain pain(RandomnessSource in) {
        return new Pain(maybe(in, 80, Generate.range(0, 10)), Generate.booleans().generate(in), Generate.booleans().generate(in));
    }

    private static Pain calmPain(RandomnessSource in) {
        return new Pain(maybe(in, 80, Generate.range(0, 7)), Generate.booleans().generate(in), false);
    }

    private static TestResults tests(RandomnessSource in) {
        return new TestResults(
                pair(in, i -> new TestResults.HoldTest(Generate.range(0, 300).generate(i), Generate.booleans().generate(i))),
                pair(in, i -> new TestResults.ThomasTest(Generate.booleans().generate(i), Generate.booleans().generate(i),
                        maybe(i, 50, Generate.range(-30, 60).map(Integer::doubleValue)),
                        maybe(i, 50, Generate.range(30, 180).map(Integer::doubleValue)))),
                pair(in, i -> new TestResults.LegRaiseTest(Generate.range(0, 150).generate(i))),
                pair(in, i -> new TestResults.ResistedTest(Generate.range(0, 5).generate(i))));
    }

    private static List<SessionLog> history(RandomnessSource in) {
        int count = Generate.range(0, 30).generate(in);
        List<SessionLog> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new SessionLog(LocalDate.of(2026, 1, 1).plusDays(Generate.range(0, 60).generate(in)),
                    Generate.range(0, 10).generate(in), Generate.range(0, 10).generate(in), Generate.range(0, 3).generate(in) > 0));
        }
        return out;
    }

    private static <T> SidePair<T> pair(RandomnessSource in, Gen<T> side) {
        return new SidePair<>(maybe(in, 70, side), maybe(in, 70, side));
    }

    /** A value {@code percent} % of the time, else null. */
    private static <T> T maybe(RandomnessSource in, int percent, Gen<T> value) {
        return chance(in, percent) ? value.generate(in) : null;
    }

    private static boolean chance(RandomnessSource in, int percent) {
        // 0 shrinks towards "not there"
        return Generate.range(0, 99).generate(in) >= 100 - percent;
    }

    private static <E extends Enum<E>> Set<E> subset(RandomnessSource in, Class<E> type, int percentEach) {
        Set<E> out = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) if (chance(in, percentEach)) out.add(e);
        return out;
    }
}
