package org.psoascoach.web.http;

import gg.jte.models.runtime.JteModel;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Draws pages from jte templates compiled at build time (jte-maven-plugin {@code generate}, with jte-models for a typed
 * method per template); there is no Javalin 7 rendering module, and precompiled classes start fast and never compile at run time.
 */
public final class Renderer {
    public static final String HTML = "text/html; charset=utf-8";

    public void page(Context ctx, JteModel page) {
        // Javalin compresses this body for browsers that accept it, so no Content-Length of our own
        ctx.contentType(HTML).result(draw(page));
    }

    /** A page drawn once to be sent many times (see {@link Body}), without the templates' indentation. */
    public Body drawKept(JteModel page) { return Body.of(unindented(draw(page)), true); }

    /**
     * The page without the spaces that start its lines: a sixth of a program page, and nothing a browser shows
     * (a line break stays a space), except inside pre and textarea, which such a page keeps as it is.
     */
    public static byte[] unindented(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        if (html.contains("<pre") || html.contains("<textarea")) return page;
        return LEADING_SPACE.matcher(html).replaceAll("\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern LEADING_SPACE = Pattern.compile("\n[ \t]+");

    private static byte[] draw(JteModel page) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        page.render(out);
        return out.toByteArray();
    }
}
