package org.psoascoach.assessment;

import java.util.Set;

/** Who the plan is for; every field but the activities may be unknown (null). */
public record Person(Integer age, Double sittingHoursPerDay, Set<Activity> activities, Integer pregnancyWeek,
                     boolean clearedByClinician) {
    public Person {
        activities = Intake.ordered(activities, Activity.class);
    }

    public static Person unknown() { return new Person(null, null, Set.of(), null, false); }
}
