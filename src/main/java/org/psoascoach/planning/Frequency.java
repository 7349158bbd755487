package org.psoascoach.planning;

import org.psoascoach.assessment.Activity;
import org.psoascoach.assessment.Assessment;
import org.psoascoach.assessment.FindingStatus;
import org.psoascoach.assessment.Findings;
import org.psoascoach.assessment.Person;
import org.psoascoach.language.Messages;

/**
 * How many sessions a week (SPEC §1.3): every day for people who sit 6 hours or more a day or do desk work (003);
 * otherwise 4 when a side tested tight or weak, else 3 (our choice within the spec's 3–4).
 */
final class Frequency {
    static final double DAILY_SITTING_HOURS = 6;
    static final int DAILY = 7, WITH_FINDINGS = 4, MAINTENANCE = 3;

    private Frequency() {}

    static int sessionsPerWeek(Person person, Findings findings) {
        if (sitsALot(person) || person.activities().contains(Activity.DESK_WORK)) return DAILY;
        return findings.anyTight() || findings.anyWeak() ? WITH_FINDINGS : MAINTENANCE;
    }

    static String why(Person person, Findings findings, Messages messages) {
        if (sitsALot(person)) return messages.get("frequency.daily.sitting", Assessment.number(person.sittingHoursPerDay()));
        if (person.activities().contains(Activity.DESK_WORK)) return messages.get("frequency.daily.desk");
        if (sessionsPerWeek(person, findings) == WITH_FINDINGS) return messages.get("frequency.findings");
        boolean untested = findings.left().status() == FindingStatus.UNTESTED || findings.right().status() == FindingStatus.UNTESTED;
        return messages.get(untested ? "frequency.untested" : "frequency.maintenance");
    }

    private static boolean sitsALot(Person person) {
        return person.sittingHoursPerDay() != null && person.sittingHoursPerDay() >= DAILY_SITTING_HOURS;
    }
}
