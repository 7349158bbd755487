package org.psoascoach.catalog.figure;

import java.util.List;

/**
 * A figure as shapes in paint order, in the pose's own units (y up, the floor at 0), with the box around them: what the
 * SVG on the web page and the vector drawing on a printed handout are both made from, so the two look the same.
 */
public record Drawing(List<Shape> shapes, double left, double bottom, double right, double top, boolean floor) {
    public double width() { return right - left; }

    public double height() { return top - bottom; }

    /** One shape; colours are #rrggbb. */
    public sealed interface Shape permits Line, Rect, Circle, Triangle {}

    /** A round-capped stroke; {@code psoas} marks the hip flexor's line. */
    public record Line(double x1, double y1, double x2, double y2, String colour, double width, boolean psoas) implements Shape {}

    /** A prop's box from its lower-left corner, with slightly rounded corners. */
    public record Rect(double x, double y, double w, double h, String fill, String stroke) implements Shape {
        public static final double STROKE = 1.2, CORNER = 1.5;
    }

    public record Circle(double x, double y, double r, String fill, String stroke) implements Shape {
        public static final double STROKE = 2.5;
    }

    /** An arrow's head. */
    public record Triangle(double x1, double y1, double x2, double y2, double x3, double y3, String fill) implements Shape {}

    public static final String FLOOR = "#8a7f6e";
    public static final double FLOOR_WIDTH = 1.5;
}
