package org.psoascoach.catalog;

import org.junit.jupiter.api.Test;
import org.psoascoach.Fixtures;
import org.psoascoach.language.Messages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library finds exercises by the words people use: word forms and everyday names, not only the catalog's exact text. */
class CatalogSearchTest {
    private final Catalog catalog = Fixtures.CATALOG;
    private final CatalogSearch search = new CatalogSearch(Messages.english());

    private List<String> found(String query) {
        return catalog.items().stream().filter(i -> search.matches(i, query)).map(Item::id).toList();
    }

    @Test
    void aPluralOrAVerbFormFindsTheSameExercisesAsTheWordItself() {
        assertThat(found("lunges")).isEqualTo(found("lunge")).contains("kneeling-lunge", "high-lunge-reach");
        assertThat(found("bridging")).isEqualTo(found("bridge")).contains("ball-bridge");
        assertThat(found("stretching")).isEqualTo(found("stretches")).isNotEmpty();
    }

    @Test
    void everydayNamesFindTheirKindOfWork() {
        assertThat(found("psoas stretch")).contains("kneeling-lunge", "table-edge-hip-flexor-stretch", "frog-stretch")
                .doesNotContain("ball-bridge", "foam-roll-tfl-adductors");
        assertThat(found("hip flexor")).contains("kneeling-lunge", "standing-hip-flexion");
        assertThat(found("hip flexor strengthening")).contains("standing-hip-flexion").doesNotContain("kneeling-lunge");
        assertThat(found("glutes")).contains("ball-bridge");
        assertThat(found("foam rolling")).contains("foam-roll-tfl-adductors");
    }

    @Test
    void everyWordAskedMustMatchAndFillerWordsAreIgnored() {
        assertThat(found("lunge bridge")).isEmpty();
        assertThat(found("the exercises for my")).hasSize(catalog.items().size());
        assertThat(found("zebra")).isEmpty();
        assertThat(found("")).hasSize(catalog.items().size());
    }

    @Test
    void stemsMeetAcrossEndings() {
        assertThat(CatalogSearch.stem("lunges")).isEqualTo(CatalogSearch.stem("lunge")).isEqualTo(CatalogSearch.stem("lunging"));
        assertThat(CatalogSearch.stem("stretches")).isEqualTo(CatalogSearch.stem("stretch")).isEqualTo(CatalogSearch.stem("stretching"));
        assertThat(CatalogSearch.stem("bodies")).isEqualTo(CatalogSearch.stem("body"));
        assertThat(CatalogSearch.stem("psoas")).isEqualTo(CatalogSearch.stem("psoas"));
    }
}
