package org.psoascoach.catalog.figure;

import java.util.List;

/**
 * A side-view stick figure given by joint angles, from which an item's illustration is drawn.
 * Angles are absolute directions in degrees (0 = to the right, 90 = up, -90 = down); y points up and
 * the floor is y = 0. "Near" limbs face the viewer and are drawn dark, "far" limbs light.
 *
 * @param torso direction from the pelvis to the shoulders
 * @param head  direction from the shoulders to the head
 * @param arms  near and far arm: upper arm, forearm
 * @param legs  near and far leg: thigh, shin, foot
 * @param psoas which leg's hip flexor line to show in colour: "near", "far" or "none"
 * @param partner a second, grey figure (a partner or practitioner), or null
 * @param view    "side" (with a floor line) or "above" (seen from the ceiling, for positions like the frog)
 */
public record Pose(String view, double pelvisX, double pelvisY, double torso, double head, Limb nearArm, Limb farArm,
                   Limb nearLeg, Limb farLeg, String psoas, List<Prop> props, Pose partner) {

    /** A chain of segment directions, from the body outwards. */
    public record Limb(List<Double> angles) {}

    /** Furniture and equipment: mat, table, bed, chair, ball, roller, band or arrow. */
    public record Prop(String type, double x, double y, double w, double h) {}

    public static final List<String> PROP_TYPES = List.of("mat", "table", "bed", "chair", "ball", "roller", "band", "arrow");
}
