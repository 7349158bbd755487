package org.psoascoach.catalog.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Pose} as an SVG in the house style: round-capped strokes, dark near limbs, light far
 * limbs, the psoas as an orange line from the low back to the top of the thigh, props in warm grey.
 * Pure and deterministic: the same pose gives the same bytes.
 */
public final class FigureRenderer {
    static final double TORSO = 50, NECK = 7, HEAD_R = 8.5, UPPER_ARM = 24, FOREARM = 22, THIGH = 38, SHIN = 36, FOOT = 11;
    private static final String NEAR = "#23395b", FAR = "#9db0cc", PARTNER = "#8d8d8d", PARTNER_FAR = "#c4c4c4",
            PSOAS = "#e4572e", PROP_FILL = "#e7dfd3", PROP_LINE = "#8a7f6e", FLOOR = "#8a7f6e";

    private final StringBuilder body = new StringBuilder();
    private double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;

    private FigureRenderer() {}

    public static String svg(Pose pose, String title) {
        FigureRenderer r = new FigureRenderer();
        StringBuilder props = new StringBuilder();
        r.drawProps(pose, props);
        if (pose.partner() != null) r.drawFigure(pose.partner(), PARTNER, PARTNER_FAR, false);
        r.drawFigure(pose, NEAR, FAR, true);
        return r.document(props.toString(), title, "side".equals(pose.view()));
    }

    private void drawProps(Pose pose, StringBuilder out) {
        List<Pose.Prop> all = new ArrayList<>(pose.props());
        if (pose.partner() != null) all.addAll(pose.partner().props());
        StringBuilder front = new StringBuilder();
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
                case "band" -> line(front, p.x(), p.y(), p.x() + p.w(), p.y() + p.h(), "#d1495b", 2.5, null);
                case "arrow" -> arrow(front, p.x(), p.y(), p.x() + p.w(), p.y() + p.h());
                default -> throw new IllegalArgumentException("unknown prop " + p.type());
            }
        }
        out.append(front);
    }

    private void drawFigure(Pose pose, String near, String far, boolean primary) {
        double px = pose.pelvisX(), py = pose.pelvisY();
        double[] shoulder = along(px, py, pose.torso(), TORSO);
        double[] headCentre = along(shoulder[0], shoulder[1], pose.head(), NECK + HEAD_R);
        limb(shoulder, pose.farArm(), new double[]{UPPER_ARM, FOREARM}, far, 6);
        limb(new double[]{px, py}, pose.farLeg(), new double[]{THIGH, SHIN, FOOT}, far, 7);
        line(body, px, py, shoulder[0], shoulder[1], near, 10, null);
        double[] neckTop = along(shoulder[0], shoulder[1], pose.head(), NECK);
        line(body, shoulder[0], shoulder[1], neckTop[0], neckTop[1], near, 6, null);
        limb(new double[]{px, py}, pose.nearLeg(), new double[]{THIGH, SHIN, FOOT}, near, 7.5);
        if (primary && !"none".equals(pose.psoas())) {
            Pose.Limb leg = "far".equals(pose.psoas()) ? pose.farLeg() : pose.nearLeg();
            double[] lumbar = along(px, py, pose.torso(), TORSO * 0.42);
            double[] femur = along(px, py, leg.angles().get(0), THIGH * 0.22);
            line(body, lumbar[0], lumbar[1], femur[0], femur[1], PSOAS, 3.5, "psoas");
        }
        limb(shoulder, pose.nearArm(), new double[]{UPPER_ARM, FOREARM}, near, 6.5);
        circle(body, headCentre[0], headCentre[1], HEAD_R, primary ? "#ffffff" : "#f4f4f4", near);
    }

    private void limb(double[] start, Pose.Limb limb, double[] lengths, String colour, double width) {
        double[] at = start;
        for (int i = 0; i < limb.angles().size() && i < lengths.length; i++) {
            double[] next = along(at[0], at[1], limb.angles().get(i), lengths[i]);
            line(body, at[0], at[1], next[0], next[1], colour, i == 2 ? width - 2 : width, null);
            at = next;
        }
    }

    private static double[] along(double x, double y, double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new double[]{x + Math.cos(r) * length, y + Math.sin(r) * length};
    }

    private void line(StringBuilder out, double x1, double y1, double x2, double y2, String colour, double width, String cls) {
        grow(x1, y1, width);
        grow(x2, y2, width);
        out.append("  <line").append(cls == null ? "" : " class=\"" + cls + "\"")
                .append(" x1=\"").append(n(x1)).append("\" y1=\"").append(n(-y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(-y2))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linecap=\"round\"/>\n");
    }

    private void arrow(StringBuilder out, double x1, double y1, double x2, double y2) {
        line(out, x1, y1, x2, y2, PSOAS, 2, null);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double[] a = {x2 - 6 * Math.cos(angle - 0.5), y2 - 6 * Math.sin(angle - 0.5)};
        double[] b = {x2 - 6 * Math.cos(angle + 0.5), y2 - 6 * Math.sin(angle + 0.5)};
        out.append("  <polygon points=\"").append(n(x2)).append(',').append(n(-y2)).append(' ')
                .append(n(a[0])).append(',').append(n(-a[1])).append(' ').append(n(b[0])).append(',').append(n(-b[1]))
                .append("\" fill=\"").append(PSOAS).append("\"/>\n");
    }

    private void rect(StringBuilder out, double x, double y, double w, double h, String fill, String stroke) {
        grow(x, y, 1);
        grow(x + w, y + h, 1);
        out.append("  <rect x=\"").append(n(x)).append("\" y=\"").append(n(-(y + h))).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"1.5\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"/>\n");
    }

    private void circle(StringBuilder out, double x, double y, double r, String fill, String stroke) {
        grow(x - r, y - r, 2);
        grow(x + r, y + r, 2);
        out.append("  <circle cx=\"").append(n(x)).append("\" cy=\"").append(n(-y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"2.5\"/>\n");
    }

    private void grow(double x, double y, double margin) {
        minX = Math.min(minX, x - margin);
        maxX = Math.max(maxX, x + margin);
        minY = Math.min(minY, y - margin);
        maxY = Math.max(maxY, y + margin);
    }

    private String document(String props, String title, boolean floor) {
        double pad = 8;
        double left = minX - pad, right = maxX + pad, top = maxY + pad, bottom = (floor ? Math.min(minY, 0) : minY) - pad;
        double width = right - left, height = top - bottom;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(n(left)).append(' ').append(n(-top))
                .append(' ').append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width * 2))
                .append("\" height=\"").append(n(height * 2)).append("\" role=\"img\" aria-labelledby=\"t\">\n");
        svg.append("  <title id=\"t\">").append(escape(title)).append("</title>\n");
        if (floor) svg.append("  <line x1=\"").append(n(left)).append("\" y1=\"0\" x2=\"").append(n(right))
                .append("\" y2=\"0\" stroke=\"").append(FLOOR).append("\" stroke-width=\"1.5\"/>\n");
        svg.append(props).append(body).append("</svg>\n");
        return svg.toString();
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
