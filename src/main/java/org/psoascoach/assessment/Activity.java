package org.psoascoach.assessment;

import org.psoascoach.catalog.Codes;

/** What a person does regularly; desk work sets daily sessions (003). */
public enum Activity {
    DESK_WORK("desk-work"), DRIVING("driving"), RUNNING("running"), DANCING("dancing"), CYCLING("cycling"),
    WALKING("walking"), HIKING("hiking"), TEAM_SPORTS("team-sports"), WEIGHTLIFTING("weightlifting"), YOGA("yoga"),
    PILATES("pilates"), MARTIAL_ARTS("martial-arts"), GYMNASTICS("gymnastics"), SWIMMING("swimming"), SIT_UPS("sit-ups");

    private final String id;

    Activity(String id) { this.id = id; }

    public String id() { return id; }

    public static Activity fromId(String id) { return Codes.find(values(), id, Activity::id); }

    public static String allowedIds() { return Codes.allowed(values(), Activity::id); }
}
