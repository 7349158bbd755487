package org.psoascoach.catalog;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.catalog.figure.FigureRenderer;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTest {
    @Test
    void everyFigureIsWellFormedSvgTitledWithTheItemName() throws Exception {
        for (Item item : Fixtures.CATALOG.items()) {
            String svg;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/figures/" + item.id() + ".svg")) {
                svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(item.text().name());
            assertThat(doc.getElementsByTagName("line").getLength()).as(item.id()).isGreaterThan(8);
        }
    }

    @Test
    void theBuiltFigureIsWhatTheRendererDrawsFromThePose() throws Exception {
        Item item = Fixtures.CATALOG.get("kneeling-lunge");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/figures/kneeling-lunge.svg")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FigureRenderer.svg(item.figure(), item.text().name()));
        }
    }

    @Test
    void theSamePoseAlwaysGivesTheSameBytes() {
        Item item = Fixtures.CATALOG.get("modified-thomas-test");
        assertThat(FigureRenderer.svg(item.figure(), "x")).isEqualTo(FigureRenderer.svg(item.figure(), "x"));
    }

    @Test
    void thePsoasLineIsShownWhereTheItemWorksIt() {
        assertThat(FigureRenderer.svg(Fixtures.CATALOG.get("kneeling-lunge").figure(), "x")).contains("class=\"psoas\"");
        assertThat(FigureRenderer.svg(Fixtures.CATALOG.get("ball-bridge").figure(), "x")).doesNotContain("class=\"psoas\"");
    }
}
