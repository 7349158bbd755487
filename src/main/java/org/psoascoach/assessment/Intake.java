package org.psoascoach.assessment;

import org.psoascoach.catalog.Equipment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a plan is made from (SPEC §2, intake JSON), as values. {@code history} holds earlier
 * session logs, from which the progression rule raises or lowers the dose.
 */
public record Intake(Person person, Set<Condition> conditions, Set<Symptom> symptoms, Pain pain, TestResults tests,
                     Set<Equipment> equipment, int minutesPerSession, List<SessionLog> history) {
    public static final int DEFAULT_MINUTES = 15;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 60;

    public Intake {
        // enum sets iterate in declaration order: the same intake always reads the same way
        conditions = ordered(conditions, Condition.class);
        symptoms = ordered(symptoms, Symptom.class);
        equipment = ordered(equipment, Equipment.class);
        history = List.copyOf(history);
    }

    static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    public boolean has(Equipment item) { return equipment.contains(item); }

    /** The same answers and results with another set of earlier logs (the progression reads them). */
    public Intake withHistory(List<SessionLog> logs) {
        return new Intake(person, conditions, symptoms, pain, tests, equipment, minutesPerSession, logs);
    }
}
