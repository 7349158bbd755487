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
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void page(Context ctx, String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        // no Content-Length of our own: Javalin may compress the body after this
        ctx.contentType("text/html; charset=utf-8").result(out.toByteArray());
    }
}
