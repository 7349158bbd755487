package org.psoascoach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The intake example of SPEC §2 (src/test/resources/intakes/spec-example.json). */
public final class SpecExample {
    private SpecExample() {}

    public static String json() {
        try (InputStream in = SpecExample.class.getResourceAsStream("/intakes/spec-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
