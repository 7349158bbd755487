package org.psoascoach.catalog;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up the closed sets of the contracts by their external id (kebab-case). */
public final class Codes {
    private Codes() {}

    /** The constant whose id is {@code id}, or null when there is none. */
    public static <E> E find(E[] values, String id, Function<E, String> idOf) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) return value;
        }
        return null;
    }

    /** The allowed ids, comma separated, for error messages. */
    public static <E> String allowed(E[] values, Function<E, String> idOf) {
        return Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
    }
}
