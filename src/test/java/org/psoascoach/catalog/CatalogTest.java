package org.psoascoach.catalog;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {
    private final Catalog catalog = Fixtures.CATALOG;

    @Test
    void holdsEveryItemOfTheSpecCatalog() {
        assertThat(catalog.items()).extracting(Item::id).containsExactlyInAnyOrder(
                "standing-hip-flexion-hold", "modified-thomas-test", "prone-leg-raise-test", "resisted-hip-flexion-test",
                "kneeling-lunge", "high-lunge-reach", "kneeling-backbend", "table-edge-hip-flexor-stretch", "bed-edge-leg-drop",
                "foam-roller-leg-drop", "frog-stretch", "foam-roll-tfl-adductors", "breath-release",
                "lying-leg-raise", "bird-dog-crunch", "standing-hip-flexion", "supine-single-leg-lift", "ball-bridge", "boat-pose",
                "partner-glute-activation", "practitioner-psoas-release");
    }

    @Test
    void listsTestsFirstThenStretchesStrengtheningReleaseAndBreathing() {
        List<Category> order = catalog.items().stream().map(Item::category).toList();
        for (int i = 1; i < order.size(); i++) assertThat(order.get(i)).isGreaterThanOrEqualTo(order.get(i - 1));
        assertThat(order.get(0)).isEqualTo(Category.TEST);
    }

    @Test
    void dosagesMatchTheArticles() {
        assertHold("kneeling-lunge", 3, 6, 30, 60);
        assertHold("table-edge-hip-flexor-stretch", 3, 4, 30, 60);
        assertThat(catalog.get("foam-roller-leg-drop").dosage().holdSeconds().max()).isEqualTo(120);
        assertThat(catalog.get("frog-stretch").dosage().holdSeconds().max()).isEqualTo(60);
        assertThat(catalog.get("foam-roll-tfl-adductors").dosage().holdSeconds()).isEqualTo(new Range(30, 90));
        assertThat(catalog.get("lying-leg-raise").dosage().reps()).isEqualTo(new Range(10, 15));
        assertThat(catalog.get("bird-dog-crunch").dosage().reps()).isEqualTo(new Range(8, 12));
        assertThat(catalog.get("standing-hip-flexion").dosage().reps()).isEqualTo(new Range(10, 12));
        assertThat(catalog.get("supine-single-leg-lift").dosage().reps()).isEqualTo(new Range(10, 15));
        assertThat(catalog.get("supine-single-leg-lift").dosage().holdSeconds()).isEqualTo(new Range(3, 5));
        assertThat(catalog.get("boat-pose").dosage().sets()).isEqualTo(new Range(3, 5));
        assertThat(catalog.get("standing-hip-flexion-hold").dosage().holdSeconds()).isEqualTo(new Range(15, 30));
    }

    private void assertHold(String id, int setsMin, int setsMax, int holdMin, int holdMax) {
        Dosage d = catalog.get(id).dosage();
        assertThat(d.isHold()).as(id).isTrue();
        assertThat(d.sets()).as(id).isEqualTo(new Range(setsMin, setsMax));
        assertThat(d.holdSeconds()).as(id).isEqualTo(new Range(holdMin, holdMax));
    }

    @Test
    void categoriesAndFlagsFollowTheSpec() {
        for (String id : List.of("kneeling-lunge", "high-lunge-reach", "kneeling-backbend", "table-edge-hip-flexor-stretch",
                "bed-edge-leg-drop", "foam-roller-leg-drop", "frog-stretch")) {
            assertThat(catalog.get(id).category()).as(id).isEqualTo(Category.STRETCH);
        }
        for (String id : List.of("lying-leg-raise", "bird-dog-crunch", "standing-hip-flexion", "supine-single-leg-lift",
                "ball-bridge", "boat-pose", "partner-glute-activation")) {
            assertThat(catalog.get(id).category()).as(id).isEqualTo(Category.STRENGTHEN);
        }
        assertThat(catalog.get("kneeling-backbend").advanced()).isTrue();
        assertThat(catalog.get("practitioner-psoas-release").practitionerOnly()).isTrue();
        assertThat(catalog.items().stream().filter(Item::practitionerOnly).map(Item::id)).containsExactly("practitioner-psoas-release");
        assertThat(catalog.get("foam-roll-tfl-adductors").foamRolling()).isTrue();
        assertThat(catalog.get("partner-glute-activation").equipment()).contains(Equipment.PARTNER);
        assertThat(catalog.get("standing-hip-flexion").variant(VariantLevel.HARDER).orElseThrow().equipment()).contains(Equipment.RESISTANCE_BAND);
        assertThat(catalog.get("supine-single-leg-lift").variant(VariantLevel.HARDER).orElseThrow().equipment()).contains(Equipment.ANKLE_WEIGHTS);
        assertThat(catalog.get("standing-hip-flexion").chairSupportedVariant()).isPresent();
    }

    @Test
    void everyItemHasWordsAPersonCanFollowAndItsSources() {
        for (Item item : catalog.items()) {
            assertThat(item.text().name()).as(item.id()).isNotBlank();
            assertThat(item.text().steps()).as(item.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(item.text().cues()).as(item.id()).isNotEmpty();
            assertThat(item.sources()).as(item.id()).isNotEmpty().allMatch(CatalogLoader.ARTICLES::contains);
            assertThat(item.figure()).as(item.id()).isNotNull();
        }
    }

    @Test
    void exercisesHaveAnEasierOrHarderVariantWithItsEquipment() {
        for (Item item : catalog.items()) {
            if (!item.isExercise()) continue;
            assertThat(item.variants()).as(item.id()).isNotEmpty();
            for (Variant v : item.variants()) assertThat(v.text().how()).as(item.id() + "/" + v.id()).isNotBlank();
        }
    }

    @Test
    void standingItemsOfferAChairSupportedVariant() {
        for (Item item : catalog.items()) {
            if (item.position() == Position.STANDING && item.isExercise()) {
                assertThat(item.chairSupportedVariant()).as(item.id()).isPresent();
            }
        }
    }

    @Test
    void everyItemHasItsIllustrationOnTheClasspath() {
        for (Item item : catalog.items()) {
            assertThat(getClass().getClassLoader().getResource("catalog/figures/" + item.id() + ".svg")).as(item.id()).isNotNull();
        }
    }

    @Test
    void versionIsAStableContentHash() {
        assertThat(catalog.version()).matches("[0-9a-f]{12}");
        assertThat(CatalogLoader.load("en").version()).isEqualTo(catalog.version());
    }

    @Test
    void aLanguageWithoutItsTextFilesIsRefusedNamingTheMissingFile() {
        assertThatThrownBy(() -> CatalogLoader.load("xx"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("catalog/text/xx/kneeling-lunge.json: missing");
    }
}
