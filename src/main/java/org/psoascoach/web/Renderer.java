package org.psoascoach.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

import java.util.Map;

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

    /** A page drawn once to be sent many times (see {@link Body}). */
    Body drawKept(String template, Map<String, Object> params) { return Body.of(draw(template, params), true); }

    private byte[] draw(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return out.toByteArray();
    }
}
