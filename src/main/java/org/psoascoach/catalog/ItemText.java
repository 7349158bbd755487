package org.psoascoach.catalog;

import java.util.List;

/**
 * Everything a person reads about an item, in one language. Kept apart from the facts so that a
 * second language is one more file per item.
 */
public record ItemText(String name, String summary, List<String> steps, List<String> cues, String keyCue,
                       String alsoWorks, List<String> contraindications) {
}
