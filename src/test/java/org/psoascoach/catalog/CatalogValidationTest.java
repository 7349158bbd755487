package org.psoascoach.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad catalog data is refused, naming the file and the field. */
class CatalogValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACTS = "catalog/items/kneeling-lunge.json";
    private static final String TEXT = "catalog/text/en/kneeling-lunge.json";

    @Test
    void theRealItemParsesAsItIs() {
        Catalog catalog = parse(facts -> { }, text -> { });
        assertThat(catalog.items()).hasSize(1);
    }

    @Test
    void unknownEquipmentIsRefusedNamingFileAndField() {
        assertRefused(facts -> ((ArrayNode) facts.get("equipment")).add("trampoline"), text -> { },
                FACTS + ": $.equipment[1]: unknown value \"trampoline\"");
    }

    @Test
    void missingTextIsRefused() {
        assertRefused(facts -> { }, text -> text.remove("steps"), TEXT + ": $.steps: is required");
    }

    @Test
    void emptyStepsAreRefused() {
        assertRefused(facts -> { }, text -> text.putArray("steps"), TEXT + ": $.steps: must not be empty");
    }

    @Test
    void aDosageWhoseMinimumIsAboveItsMaximumIsRefused() {
        assertRefused(facts -> ((ObjectNode) facts.get("dosage").get("holdSeconds")).put("min", 90), text -> { },
                FACTS + ": $.dosage.holdSeconds: min (90) is above max (60)");
    }

    @Test
    void aDosageOutsideItsAllowedRangeIsRefused() {
        assertRefused(facts -> ((ObjectNode) facts.get("dosage").get("sets")).put("max", 40), text -> { },
                FACTS + ": $.dosage.sets.max: must be between 1 and 10");
    }

    @Test
    void aVariantWithoutTextPointsNowhereAndIsRefused() {
        assertRefused(facts -> { }, text -> ((ObjectNode) text.get("variants")).remove("arms-overhead"),
                TEXT + ": $.variants.arms-overhead: missing");
    }

    @Test
    void variantTextForAVariantTheFactsDoNotHaveIsRefused() {
        assertRefused(facts -> { }, text -> ((ObjectNode) text.get("variants")).putObject("cartwheel").put("name", "x").put("how", "y"),
                TEXT + ": $.variants.cartwheel: text for a variant the facts file does not have");
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsRefused() {
        assertRefused(facts -> facts.put("id", "other"), text -> { }, FACTS + ": $.id: must match the file name");
    }

    @Test
    void aSourceThatIsNotOneOfTheArticlesIsRefused() {
        assertRefused(facts -> ((ArrayNode) facts.get("sources")).add("blog.txt"), text -> { }, "\"blog.txt\" is not one of the articles");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused(facts -> facts.put("colour", "red"), text -> { }, FACTS + ": $.colour: unknown field");
    }

    @Test
    void aPerSideStretchWithNoRoomForOneMoreSetIsRefused() {
        assertRefused(facts -> ((ObjectNode) facts.get("dosage").get("sets")).put("max", 3), text -> { },
                "needs room for one more set");
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() {
        TreeMap<String, byte[]> facts = new TreeMap<>();
        facts.put("kneeling-lunge.json", "{\n  \"id\": \n}".getBytes());
        TreeMap<String, byte[]> texts = new TreeMap<>();
        texts.put("kneeling-lunge.json", read(TEXT));
        assertThatThrownBy(() -> CatalogLoader.parse(facts, texts, "en", false))
                .isInstanceOf(CatalogException.class).hasMessageContaining(FACTS + ": not valid JSON (line 3");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        assertThatThrownBy(() -> parse(facts -> facts.put("position", "upside-down").put("perSide", "yes"), text -> text.remove("name")))
                .hasMessageContaining("$.position").hasMessageContaining("$.perSide").hasMessageContaining("$.name");
    }

    private static void assertRefused(Consumer<ObjectNode> factsEdit, Consumer<ObjectNode> textEdit, String expected) {
        assertThatThrownBy(() -> parse(factsEdit, textEdit)).isInstanceOf(CatalogException.class).hasMessageContaining(expected);
    }

    private static Catalog parse(Consumer<ObjectNode> factsEdit, Consumer<ObjectNode> textEdit) {
        try {
            ObjectNode facts = (ObjectNode) JSON.readTree(read(FACTS));
            ObjectNode text = (ObjectNode) JSON.readTree(read(TEXT));
            factsEdit.accept(facts);
            textEdit.accept(text);
            TreeMap<String, byte[]> f = new TreeMap<>();
            f.put("kneeling-lunge.json", JSON.writeValueAsBytes(facts));
            TreeMap<String, byte[]> t = new TreeMap<>();
            t.put("kneeling-lunge.json", JSON.writeValueAsBytes(text));
            return CatalogLoader.parse(f, t, "en", false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = CatalogValidationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
