package org.psoascoach.assessment;

/**
 * The side-to-side difference on one test. {@code lowerSide} is the side with the lower value
 * (shorter hold, smaller leg lift, lower grade; for the Thomas angle the higher, tighter thigh), or null
 * when the two are the same or within measurement error.
 */
public record Asymmetry(String test, String measure, double left, double right, double difference, Side lowerSide) {
}
