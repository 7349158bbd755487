package org.psoascoach.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.planning.SessionDays;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed handout: everything the person needs on paper, read back from the PDF itself, and pictures of its pages. */
class HandoutPdfTest {
    static final Path SHOTS = Path.of("target/screenshots");

    @Test
    void theHandoutCarriesThePracticeTheWeekEachItemWithItsStepsDoseAndWhyTheRetestAndTheLink() throws Exception {
        Plan plan = Fixtures.PLANNER.plan(IntakeReader.read(Files.readString(Path.of("examples/desk-worker.json")))).plan();
        LocalDate today = LocalDate.of(2026, 12, 2);
        HandoutContent content = HandoutContent.of(plan, today, SessionDays.of(plan.sessionsPerWeek()), today.plusDays(14), Fixtures.MESSAGES,
                Locale.UK, "Riverside Physio", "Ana Example", "https://coach.example.org/program");
        Files.createDirectories(SHOTS);
        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutPdf.write(content, paper);
            Files.write(SHOTS.resolve("handout-" + paper.id() + ".pdf"), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(paper == PaperSize.A4 ? 595.28f : 612f);
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Riverside Physio", "Home program", "Ana Example", "Test both sides again on 16 December 2026",
                        "Mon", "Sun", "Scan for your program");
                for (PlannedItem p : plan.items()) {
                    assertThat(text).contains(p.item().text().name());
                    assertThat(text).contains(p.dose().words(Fixtures.MESSAGES));
                    assertThat(text).contains(HandoutPdf.printable(p.item().text().steps().get(0), new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA)).split(" ")[0]);
                }
                assertThat(text).contains(plan.items().get(1).why().substring(0, 30));
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page = 0; page < doc.getNumberOfPages(); page++) {
                    ImageIO.write(renderer.renderImageWithDPI(page, 72), "png", SHOTS.resolve("handout-" + paper.id() + "-page" + (page + 1) + ".png").toFile());
                }
            }
        }
    }

    @Test
    void aCharacterTheFontCannotWriteBecomesACloseOneNeverAnError() {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        assertThat(HandoutPdf.printable("22 → 26 s, 3 × 30 s – °", font)).isEqualTo("22 -> 26 s, 3 × 30 s – °");
        assertThat(HandoutPdf.printable("漢", font)).isEqualTo("?");
    }
}
