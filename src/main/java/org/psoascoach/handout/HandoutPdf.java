package org.psoascoach.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.psoascoach.catalog.figure.Drawing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a handout on A4 or US Letter with PDFBox: a header with the practice and the QR code of the live program, the
 * week, the re-test date, then each item kept whole on a page, its drawing as vectors (the same shapes as the page's
 * SVG), dose and side, why, and its steps. The standard Helvetica faces need no font files; a character they cannot
 * write is replaced by a close one.
 */
public final class HandoutPdf {
    private static final float MARGIN = 40, DRAWING_W = 110, DRAWING_H = 78, GAP = 12;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private final PDDocument doc = new PDDocument();
    private final PaperSize paper;
    private PDPageContentStream out;
    private float y;

    private HandoutPdf(PaperSize paper) { this.paper = paper; }

    public static byte[] write(HandoutContent content, PaperSize paper) {
        HandoutPdf pdf = new HandoutPdf(paper);
        try {
            return pdf.draw(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(HandoutContent c) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(c.title() + (c.forWhom() == null ? "" : " · " + c.forWhom()));
        info.setCreator("Psoas Coach");
        newPage();
        float textRight = paper.width - MARGIN;
        if (c.link() != null) {
            float size = 78;
            qr(c.link(), paper.width - MARGIN - size, paper.height - MARGIN - size, size);
            float captionY = paper.height - MARGIN - size;
            for (String line : lines(c.linkWords(), REGULAR, 7, size)) {
                captionY -= 9;
                text(line, REGULAR, 7, paper.width - MARGIN - size, captionY, size);
            }
            textRight = paper.width - MARGIN - size - GAP;
        }
        if (c.practice() != null) line(c.practice(), BOLD, 11, MARGIN, textRight);
        line(c.title(), BOLD, 20, MARGIN, textRight);
        if (c.forWhom() != null) line(c.forWhom(), REGULAR, 12, MARGIN, textRight);
        paragraph(c.lead(), REGULAR, 10.5f, MARGIN, textRight);
        if (c.retest() != null) paragraph(c.retest(), BOLD, 10.5f, MARGIN, textRight);
        y = Math.min(y, paper.height - MARGIN - 100);
        week(c.week());
        for (HandoutContent.Entry item : c.items()) item(item);
        if (y - 30 < MARGIN) newPage();
        y -= 8;
        paragraph(c.notDiagnosis(), ITALIC, 8.5f, MARGIN, paper.width - MARGIN);
        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        doc.close();
        return bytes.toByteArray();
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(new PDRectangle(paper.width, paper.height));
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = paper.height - MARGIN;
    }

    private void week(List<HandoutContent.Day> days) throws IOException {
        float width = (paper.width - 2 * MARGIN) / days.size(), height = 44;
        y -= 6;
        float top = y;
        for (int i = 0; i < days.size(); i++) {
            HandoutContent.Day d = days.get(i);
            float x = MARGIN + i * width;
            out.setStrokingColor(0f, 0f, 0f);
            out.setLineWidth(0.8f);
            out.addRect(x, top - height, width, height);
            out.stroke();
            centred(d.weekday(), BOLD, 9.5f, x, width, top - 13);
            centred(d.date(), REGULAR, 8, x, width, top - 24);
            if (d.session()) {
                out.addRect(x + width / 2 - 5, top - 39, 10, 10); // a box to tick
                out.stroke();
            } else {
                centred("-", REGULAR, 10, x, width, top - 37);
            }
        }
        y = top - height - 14;
    }

    /** One item, kept whole: on a new page when it does not fit in what is left of this one. */
    private void item(HandoutContent.Entry e) throws IOException {
        float textX = MARGIN + DRAWING_W + GAP, right = paper.width - MARGIN;
        float needed = Math.max(DRAWING_H, measure(e, right - textX)) + 14;
        if (y - needed < MARGIN) newPage();
        float top = y;
        drawing(e.drawing(), MARGIN, top - DRAWING_H, DRAWING_W, DRAWING_H);
        y = top;
        line(e.name(), BOLD, 11.5f, textX, right);
        line(e.doseAndSide(), BOLD, 10, textX, right);
        if (e.variant() != null) paragraph(e.variant(), REGULAR, 9.5f, textX, right);
        paragraph(e.why(), ITALIC, 9.5f, textX, right);
        int n = 0;
        for (String step : e.steps()) paragraph((++n) + ". " + step, REGULAR, 9.5f, textX, right);
        y = Math.min(y, top - DRAWING_H) - 8;
        out.setStrokingColor(0.6f, 0.6f, 0.6f);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y);
        out.lineTo(right, y);
        out.stroke();
        y -= 10;
    }

    /** How tall an item's text is, to keep it whole. */
    private float measure(HandoutContent.Entry e, float width) throws IOException {
        float h = 11.5f * 1.35f + 10 * 1.35f;
        if (e.variant() != null) h += lines(e.variant(), REGULAR, 9.5f, width).size() * 9.5f * 1.35f;
        h += lines(e.why(), ITALIC, 9.5f, width).size() * 9.5f * 1.35f;
        int n = 0;
        for (String step : e.steps()) h += lines((++n) + ". " + step, REGULAR, 9.5f, width).size() * 9.5f * 1.35f;
        return h;
    }

    /** The figure's shapes, scaled into the box and centred, y up as in the pose. */
    private void drawing(Drawing d, float x, float yBottom, float w, float h) throws IOException {
        float scale = (float) Math.min(w / d.width(), h / d.height());
        float ox = x + (w - (float) d.width() * scale) / 2 - (float) d.left() * scale;
        float oy = yBottom + (h - (float) d.height() * scale) / 2 - (float) d.bottom() * scale;
        if (d.floor()) {
            colour(Drawing.FLOOR, true);
            out.setLineWidth((float) Drawing.FLOOR_WIDTH * scale);
            out.moveTo(ox + (float) d.left() * scale, oy);
            out.lineTo(ox + (float) d.right() * scale, oy);
            out.stroke();
        }
        out.setLineCapStyle(1);
        for (Drawing.Shape shape : d.shapes()) {
            if (shape instanceof Drawing.Line l) {
                colour(l.colour(), true);
                out.setLineWidth((float) l.width() * scale);
                out.moveTo(ox + (float) l.x1() * scale, oy + (float) l.y1() * scale);
                out.lineTo(ox + (float) l.x2() * scale, oy + (float) l.y2() * scale);
                out.stroke();
            } else if (shape instanceof Drawing.Rect r) {
                colour(r.fill(), false);
                colour(r.stroke(), true);
                out.setLineWidth((float) Drawing.Rect.STROKE * scale);
                out.addRect(ox + (float) r.x() * scale, oy + (float) r.y() * scale, (float) r.w() * scale, (float) r.h() * scale);
                out.fillAndStroke();
            } else if (shape instanceof Drawing.Circle c) {
                colour(c.fill(), false);
                colour(c.stroke(), true);
                out.setLineWidth((float) Drawing.Circle.STROKE * scale);
                circle(ox + (float) c.x() * scale, oy + (float) c.y() * scale, (float) c.r() * scale);
                out.fillAndStroke();
            } else if (shape instanceof Drawing.Triangle t) {
                colour(t.fill(), false);
                out.moveTo(ox + (float) t.x1() * scale, oy + (float) t.y1() * scale);
                out.lineTo(ox + (float) t.x2() * scale, oy + (float) t.y2() * scale);
                out.lineTo(ox + (float) t.x3() * scale, oy + (float) t.y3() * scale);
                out.closePath();
                out.fill();
            }
        }
        out.setLineCapStyle(0);
        out.setStrokingColor(0f, 0f, 0f);
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A circle as four Bézier arcs. */
    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    /** The live program's address as a QR code, each dark module a filled square: sharp at any print size. */
    private void qr(String link, float x, float yBottom, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the program's address as a QR code", e);
        }
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) out.addRect(x + col * module, yBottom + size - (row + 1) * module, module, module);
            }
        }
        out.fill();
    }

    private void colour(String hex, boolean stroke) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float r = ((rgb >> 16) & 0xff) / 255f, g = ((rgb >> 8) & 0xff) / 255f, b = (rgb & 0xff) / 255f;
        if (stroke) out.setStrokingColor(r, g, b);
        else out.setNonStrokingColor(r, g, b);
    }

    private void line(String text, PDType1Font font, float size, float x, float right) throws IOException {
        paragraph(text, font, size, x, right);
    }

    /** Wrapped text from {@code x} to {@code right}, going down from the current line. */
    private void paragraph(String text, PDType1Font font, float size, float x, float right) throws IOException {
        for (String line : lines(text, font, size, right - x)) {
            y -= size * 1.35f;
            text(line, font, size, x, y, right - x);
        }
    }

    private void text(String text, PDType1Font font, float size, float x, float baseline, float width) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(text, font));
        out.endText();
    }

    private void centred(String text, PDType1Font font, float size, float x, float width, float baseline) throws IOException {
        String t = printable(text, font);
        float w = font.getStringWidth(t) / 1000 * size;
        text(t, font, size, x + (width - w) / 2, baseline, width);
    }

    private static List<String> lines(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    /** The text with every character the font cannot write replaced by a close one (an arrow by "->", else "?"). */
    static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            if (cp == '\n' || cp == '\t') ch = " ";
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append(switch (cp) {
                    case 0x2192 -> "->";
                    case 0x2190 -> "<-";
                    case 0x2264 -> "<=";
                    case 0x2265 -> ">=";
                    case 0x2212 -> "-";
                    case 0x2009, 0x202F, 0x00A0 -> " ";
                    default -> "?";
                });
            }
        }
        return out.toString();
    }
}
