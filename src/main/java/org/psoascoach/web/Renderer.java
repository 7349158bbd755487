package org.psoascoach.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders jte templates compiled at build time (jte-maven-plugin {@code generate}); there is no
 * Javalin 7 rendering module, and precompiled classes start fast and never compile at run time.
 */
final class Renderer {
    static final String HTML = "text/html; charset=utf-8";
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void page(Context ctx, String template, Map<String, Object> params) {
        // Javalin compresses this body for browsers that accept it, so no Content-Length of our own
        ctx.contentType(HTML).result(draw(template, params));
    }

    /** A page drawn once to be sent many times (see {@link Body}), without the templates' indentation. */
    Body drawKept(String template, Map<String, Object> params) { return Body.of(unindented(draw(template, params)), true); }

    /**
     * The page without the spaces that start its lines: a sixth of a program page, and nothing a browser shows
     * (a line break stays a space), except inside pre and textarea, which such a page keeps as it is.
     */
    static byte[] unindented(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        if (html.contains("<pre") || html.contains("<textarea")) return page;
        return LEADING_SPACE.matcher(html).replaceAll("\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern LEADING_SPACE = Pattern.compile("\n[ \t]+");

    private byte[] draw(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return out.toByteArray();
    }
}
