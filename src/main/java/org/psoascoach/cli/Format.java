package org.psoascoach.cli;

import java.util.Iterator;
import java.util.List;

/** Output formats: JSON for programs, text for people. */
public enum Format {
    JSON, TEXT;

    /** Lower-case names for --help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() { return List.of("json", "text").iterator(); }
    }
}
