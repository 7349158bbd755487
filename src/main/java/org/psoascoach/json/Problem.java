package org.psoascoach.json;

/** One thing wrong with an input, located by its JSON path ({@code $.tests.modifiedThomas.left.hipAngleDeg}). */
public record Problem(String path, String message) {
    @Override
    public String toString() { return path + ": " + message; }
}
