package org.psoascoach.catalog.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Pose} in the house style: round-capped strokes, dark near limbs, light far limbs, the psoas as an
 * orange line from the low back to the top of the thigh, props in warm grey. {@link #draw} gives the shapes (the printed
 * handout draws them as PDF vectors), {@link #svg} the page's SVG. Pure and deterministic: the same pose gives the
 * same bytes.
 */
public final class FigureRenderer {
    static final double TORSO = 50, NECK = 7, HEAD_R = 8.5, UPPER_ARM = 24, FOREARM = 22, THIGH = 38, SHIN = 36, FOOT = 11;
    private static final String NEAR = "#23395b", FAR = "#9db0cc", PARTNER = "#8d8d8d", PARTNER_FAR = "#c4c4c4",
            PSOAS = "#e4572e", PROP_FILL = "#e7dfd3", PROP_LINE = "#8a7f6e";

    private final List<Drawing.Shape> body = new ArrayList<>();
    private double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;

    private FigureRenderer() {}

    /** The figure as shapes in paint order: props behind, then the partner, then the person. */
    public static Drawing draw(Pose pose) {
        FigureRenderer r = new FigureRenderer();
        List<Drawing.Shape> props = new ArrayList<>();
        r.drawProps(pose, props);
        if (pose.partner() != null) r.drawFigure(pose.partner(), PARTNER, PARTNER_FAR, false);
        r.drawFigure(pose, NEAR, FAR, true);
        List<Drawing.Shape> all = new ArrayList<>(props);
        all.addAll(r.body);
        boolean floor = "side".equals(pose.view());
        double pad = 8;
        return new Drawing(List.copyOf(all), r.minX - pad, (floor ? Math.min(r.minY, 0) : r.minY) - pad, r.maxX + pad, r.maxY + pad, floor);
    }

    public static String svg(Pose pose, String title) {
        Drawing d = draw(pose);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(n(d.left())).append(' ').append(n(-d.top()))
                .append(' ').append(n(d.width())).append(' ').append(n(d.height())).append("\" width=\"").append(n(d.width() * 2))
                .append("\" height=\"").append(n(d.height() * 2)).append("\" role=\"img\" aria-labelledby=\"t\">\n");
        svg.append("  <title id=\"t\">").append(escape(title)).append("</title>\n");
        if (d.floor()) svg.append("  <line x1=\"").append(n(d.left())).append("\" y1=\"0\" x2=\"").append(n(d.right()))
                .append("\" y2=\"0\" stroke=\"").append(Drawing.FLOOR).append("\" stroke-width=\"").append(n(Drawing.FLOOR_WIDTH)).append("\"/>\n");
        for (Drawing.Shape shape : d.shapes()) svg(svg, shape);
        return svg.append("</svg>\n").toString();
    }

    private static void svg(StringBuilder out, Drawing.Shape shape) {
        if (shape instanceof Drawing.Line l) {
            out.append("  <line").append(l.psoas() ? " class=\"psoas\"" : "")
                    .append(" x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(-l.y1()))
                    .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(-l.y2()))
                    .append("\" stroke=\"").append(l.colour()).append("\" stroke-width=\"").append(n(l.width()))
                    .append("\" stroke-linecap=\"round\"/>\n");
        } else if (shape instanceof Drawing.Rect r) {
            out.append("  <rect x=\"").append(n(r.x())).append("\" y=\"").append(n(-(r.y() + r.h()))).append("\" width=\"").append(n(r.w()))
                    .append("\" height=\"").append(n(r.h())).append("\" rx=\"1.5\" fill=\"").append(r.fill())
                    .append("\" stroke=\"").append(r.stroke()).append("\" stroke-width=\"1.2\"/>\n");
        } else if (shape instanceof Drawing.Circle c) {
            out.append("  <circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(-c.y())).append("\" r=\"").append(n(c.r()))
                    .append("\" fill=\"").append(c.fill()).append("\" stroke=\"").append(c.stroke()).append("\" stroke-width=\"2.5\"/>\n");
        } else if (shape instanceof Drawing.Triangle t) {
            out.append("  <polygon points=\"").append(n(t.x1())).append(',').append(n(-t.y1())).append(' ')
                    .append(n(t.x2())).append(',').append(n(-t.y2())).append(' ').append(n(t.x3())).append(',').append(n(-t.y3()))
                    .append("\" fill=\"").append(t.fill()).append("\"/>\n");
        }
    }

    private void drawProps(Pose pose, List<Drawing.Shape> out) {
        List<Pose.Prop> all = new ArrayList<>(pose.props());
        if (pose.partner() != null) all.addAll(pose.partner().props());
        List<Drawing.Shape> front = new ArrayList<>();
        for (Pose.Prop p : all) {
            switch (p.type()) {
                case "mat" -> {
                    if ("above".equals(pose.view())) rect(out, p.x(), p.y(), p.w(), p.h(), "#dcebe4", "#7f9c8e");
                    else rect(out, p.x(), 0, p.w(), 3, "#b9cfc4", "#7f9c8e");
                }
                case "table", "bed" -> {
                    rect(out, p.x(), p.y() - 6, p.w(), 6, PROP_FILL, PROP_LINE);
                    double legInset = 4;
                    rect(out, p.x() + legInset, 0, 4, p.y() - 6, PROP_FILL, PROP_LINE);
                    rect(out, p.x() + p.w() - legInset - 4, 0, 4, p.y() - 6, PROP_FILL, PROP_LINE);
                    if (p.type().equals("bed")) rect(out, p.x(), p.y() - 2, p.w(), 6, "#f3efe8", PROP_LINE);
                }
                case "chair" -> {
                    // seat at height y, back on the side given by the sign of w
                    double seatW = Math.abs(p.w());
                    double backX = p.w() >= 0 ? p.x() + seatW - 3 : p.x();
                    rect(out, p.x(), p.y() - 3, seatW, 3, PROP_FILL, PROP_LINE);
                    rect(out, backX, p.y(), 3, p.h(), PROP_FILL, PROP_LINE);
                    rect(out, p.x() + 1, 0, 3, p.y() - 3, PROP_FILL, PROP_LINE);
                    rect(out, p.x() + seatW - 4, 0, 3, p.y() - 3, PROP_FILL, PROP_LINE);
                }
                case "ball" -> circle(out, p.x(), p.y(), p.w(), "#f0c987", "#b08a45");
                case "roller" -> circle(out, p.x(), p.y(), p.w(), "#9fd3c7", "#4f8f80");
                case "band" -> line(front, p.x(), p.y(), p.x() + p.w(), p.y() + p.h(), "#d1495b", 2.5, false);
                case "arrow" -> arrow(front, p.x(), p.y(), p.x() + p.w(), p.y() + p.h());
                default -> throw new IllegalArgumentException("unknown prop " + p.type());
            }
        }
        out.addAll(front);
    }

    private void drawFigure(Pose pose, String near, String far, boolean primary) {
        double px = pose.pelvisX(), py = pose.pelvisY();
        double[] shoulder = along(px, py, pose.torso(), TORSO);
        double[] headCentre = along(shoulder[0], shoulder[1], pose.head(), NECK + HEAD_R);
        limb(shoulder, pose.farArm(), new double[]{UPPER_ARM, FOREARM}, far, 6);
        limb(new double[]{px, py}, pose.farLeg(), new double[]{THIGH, SHIN, FOOT}, far, 7);
        line(body, px, py, shoulder[0], shoulder[1], near, 10, false);
        double[] neckTop = along(shoulder[0], shoulder[1], pose.head(), NECK);
        line(body, shoulder[0], shoulder[1], neckTop[0], neckTop[1], near, 6, false);
        limb(new double[]{px, py}, pose.nearLeg(), new double[]{THIGH, SHIN, FOOT}, near, 7.5);
        if (primary && !"none".equals(pose.psoas())) {
            Pose.Limb leg = "far".equals(pose.psoas()) ? pose.farLeg() : pose.nearLeg();
            double[] lumbar = along(px, py, pose.torso(), TORSO * 0.42);
            double[] femur = along(px, py, leg.angles().get(0), THIGH * 0.22);
            line(body, lumbar[0], lumbar[1], femur[0], femur[1], PSOAS, 3.5, true);
        }
        limb(shoulder, pose.nearArm(), new double[]{UPPER_ARM, FOREARM}, near, 6.5);
        circle(body, headCentre[0], headCentre[1], HEAD_R, primary ? "#ffffff" : "#f4f4f4", near);
    }

    private void limb(double[] start, Pose.Limb limb, double[] lengths, String colour, double width) {
        double[] at = start;
        for (int i = 0; i < limb.angles().size() && i < lengths.length; i++) {
            double[] next = along(at[0], at[1], limb.angles().get(i), lengths[i]);
            line(body, at[0], at[1], next[0], next[1], colour, i == 2 ? width - 2 : width, false);
            at = next;
        }
    }

    private static double[] along(double x, double y, double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new double[]{x + Math.cos(r) * length, y + Math.sin(r) * length};
    }

    private void line(List<Drawing.Shape> out, double x1, double y1, double x2, double y2, String colour, double width, boolean psoas) {
        grow(x1, y1, width);
        grow(x2, y2, width);
        out.add(new Drawing.Line(x1, y1, x2, y2, colour, width, psoas));
    }

    private void arrow(List<Drawing.Shape> out, double x1, double y1, double x2, double y2) {
        line(out, x1, y1, x2, y2, PSOAS, 2, false);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double[] a = {x2 - 6 * Math.cos(angle - 0.5), y2 - 6 * Math.sin(angle - 0.5)};
        double[] b = {x2 - 6 * Math.cos(angle + 0.5), y2 - 6 * Math.sin(angle + 0.5)};
        out.add(new Drawing.Triangle(x2, y2, a[0], a[1], b[0], b[1], PSOAS));
    }

    private void rect(List<Drawing.Shape> out, double x, double y, double w, double h, String fill, String stroke) {
        grow(x, y, 1);
        grow(x + w, y + h, 1);
        out.add(new Drawing.Rect(x, y, w, h, fill, stroke));
    }

    private void circle(List<Drawing.Shape> out, double x, double y, double r, String fill, String stroke) {
        grow(x - r, y - r, 2);
        grow(x + r, y + r, 2);
        out.add(new Drawing.Circle(x, y, r, fill, stroke));
    }

    private void grow(double x, double y, double margin) {
        minX = Math.min(minX, x - margin);
        maxX = Math.max(maxX, x + margin);
        minY = Math.min(minY, y - margin);
        maxY = Math.max(maxY, y + margin);
    }

    private static String n(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        if (rounded == 0) rounded = 0; // no "-0.0"
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
