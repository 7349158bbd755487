package org.psoascoach.practice;

import java.time.Instant;

/** One line of "who saw my record": who, from which practice, what they did, when. */
public record AccessEntry(String who, String practiceName, RecordAction action, Instant at) {}
