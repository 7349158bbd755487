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
import org.psoascoach.assessment.TestResults.HoldTest;
import org.psoascoach.assessment.TestResults.LegRaiseTest;
import org.psoascoach.assessment.TestResults.ResistedTest;
import org.psoascoach.assessment.TestResults.ThomasTest;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.CatalogLoader;
import org.psoascoach.catalog.Equipment;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.PlanResult;
import org.psoascoach.planning.Planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The real engine, loaded once, and a builder for intakes that reads like the spec. */
public final class Fixtures {
    public static final Catalog CATALOG = CatalogLoader.load("en");
    public static final Messages MESSAGES = Messages.english();
    public static final Planner PLANNER = new Planner(CATALOG, MESSAGES);

    private Fixtures() {}

    public static IntakeBuilder intake() { return new IntakeBuilder(); }

    /** SPEC §1.3 volume of one role on one side: hold × sets or reps × sets, items done with both legs counting for each side. */
    public static int volume(org.psoascoach.planning.Plan plan, org.psoascoach.catalog.Role role, org.psoascoach.assessment.Side side) {
        return plan.items().stream()
                .filter(i -> i.item().role() == role && (i.side() == side || i.side() == org.psoascoach.assessment.Side.BOTH))
                .mapToInt(i -> i.dose().volume()).sum();
    }

    public static PlanResult plan(IntakeBuilder builder) { return PLANNER.plan(builder.build()); }

    public static final class IntakeBuilder {
        Integer age;
        Double sitting;
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        Integer pregnancyWeek;
        boolean cleared;
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        Pain pain = Pain.none();
        HoldTest holdL, holdR;
        ThomasTest thomasL, thomasR;
        LegRaiseTest raiseL, raiseR;
        ResistedTest resistedL, resistedR;
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        int minutes = 15;
        List<SessionLog> history = new ArrayList<>();

        public IntakeBuilder age(int a) { age = a; return this; }
        public IntakeBuilder sitting(double h) { sitting = h; return this; }
        public IntakeBuilder activities(Activity... a) { activities.addAll(List.of(a)); return this; }
        public IntakeBuilder pregnancyWeek(Integer w) { pregnancyWeek = w; return this; }
        public IntakeBuilder cleared() { cleared = true; return this; }
        public IntakeBuilder conditions(Condition... c) { conditions.addAll(List.of(c)); return this; }
        public IntakeBuilder symptoms(Symptom... s) { symptoms.addAll(List.of(s)); return this; }
        public IntakeBuilder pain(Integer now, boolean chronic, boolean worsening) { pain = new Pain(now, chronic, worsening); return this; }
        public IntakeBuilder equipment(Equipment... e) { equipment.addAll(List.of(e)); return this; }
        public IntakeBuilder allEquipment() { equipment.addAll(EnumSet.allOf(Equipment.class)); return this; }
        public IntakeBuilder minutes(int m) { minutes = m; return this; }
        public IntakeBuilder history(List<SessionLog> logs) { history.addAll(logs); return this; }

        public IntakeBuilder hold(double left, boolean leftStable, double right, boolean rightStable) {
            holdL = new HoldTest(left, leftStable);
            holdR = new HoldTest(right, rightStable);
            return this;
        }
        public IntakeBuilder holdLeft(double s, boolean stable) { holdL = new HoldTest(s, stable); return this; }
        public IntakeBuilder holdRight(double s, boolean stable) { holdR = new HoldTest(s, stable); return this; }
        public IntakeBuilder thomasLeft(boolean rests, boolean arched, Double hip, Double knee) { thomasL = new ThomasTest(rests, arched, hip, knee); return this; }
        public IntakeBuilder thomasRight(boolean rests, boolean arched, Double hip, Double knee) { thomasR = new ThomasTest(rests, arched, hip, knee); return this; }
        public IntakeBuilder legRaise(double left, double right) { raiseL = new LegRaiseTest(left); raiseR = new LegRaiseTest(right); return this; }
        public IntakeBuilder legRaiseLeftOnly(double left) { raiseL = new LegRaiseTest(left); return this; }
        public IntakeBuilder resisted(Integer left, Integer right) {
            resistedL = left == null ? null : new ResistedTest(left);
            resistedR = right == null ? null : new ResistedTest(right);
            return this;
        }

        /** Left tight (Thomas: thigh does not rest), right balanced, both strong. */
        public IntakeBuilder tightLeft() { return thomasLeft(false, true, 10.0, null).thomasRight(true, false, -10.0, null).hold(25, true, 25, true); }
        /** Right weak (hold 8 s), left balanced, both with a normal Thomas test. */
        public IntakeBuilder weakRight() { return thomasLeft(true, false, null, null).thomasRight(true, false, null, null).hold(25, true, 8, true); }
        /** Both sides tested and balanced. */
        public IntakeBuilder balanced() { return thomasLeft(true, false, null, null).thomasRight(true, false, null, null).hold(25, true, 25, true); }

        public Intake build() {
            TestResults tests = new TestResults(new SidePair<>(holdL, holdR), new SidePair<>(thomasL, thomasR),
                    new SidePair<>(raiseL, raiseR), new SidePair<>(resistedL, resistedR));
            return new Intake(new Person(age, sitting, activities, pregnancyWeek, cleared), conditions, symptoms, pain, tests,
                    equipment, minutes, history);
        }
    }
}
