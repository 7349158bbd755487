package org.psoascoach.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.store.Recent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Renders a page inside the common frame, and the pages every feature may end on (not found, failed, …). */
final class Pages {
    private static final System.Logger LOG = System.getLogger(Pages.class.getName());

    final Visitors visitors;
    private final Renderer renderer;

    Pages(Visitors visitors, Renderer renderer) {
        this.visitors = visitors;
        this.renderer = renderer;
    }

    Visitor visitor(Context ctx) { return visitors.of(ctx); }

    /** Renders {@code template} with the frame and the given parameters; personal pages are never cached. */
    void render(Context ctx, String template, String titleKey, Frame.Section section, Object... params) {
        renderTitled(ctx, template, visitors.of(ctx).text().get(titleKey), section, params);
    }

    /** As {@link #render}, with a title that is not a message (an exercise's name). */
    void renderTitled(Context ctx, String template, String title, Frame.Section section, Object... params) {
        Visitor visitor = visitors.of(ctx);
        if (visitor.signedIn()) ctx.header("Cache-Control", "no-store");
        renderer.page(ctx, template, model(visitor, title, section, params));
    }

    /**
     * As {@link #render}, keeping the drawn page in {@code kept} under {@code basis} (what the page's own content
     * is drawn from) together with the visitor's session, account and language, which the frame shows.
     */
    void renderKept(Context ctx, Recent<KeptPage, Body> kept, Object basis, String template, String titleKey, Frame.Section section,
                    Supplier<Object[]> params) {
        Visitor visitor = visitors.of(ctx);
        KeptPage key = new KeptPage(template, basis, visitor.text().name(), visitor.signedIn() ? visitor.account().id() : null, visitor.csrf());
        Body page = kept.get(key, () -> renderer.drawKept(template, model(visitor, visitor.text().get(titleKey), section, params.get())));
        if (visitor.signedIn()) ctx.header("Cache-Control", "no-store");
        page.send(ctx, Renderer.HTML);
    }

    /** What a kept page is drawn from: its own content's basis, and the frame's words, account and form token. */
    record KeptPage(String template, Object basis, String language, String account, String csrf) {}

    private static Map<String, Object> model(Visitor visitor, String title, Frame.Section section, Object... params) {
        Map<String, Object> model = new HashMap<>();
        model.put("frame", new Frame(visitor, title, section));
        for (int i = 0; i < params.length; i += 2) model.put((String) params[i], params[i + 1]);
        return model;
    }

    void signInFirst(Context ctx, String returnTo) {
        ctx.redirect("/signin?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    void formExpired(Context ctx) {
        ctx.status(HttpStatus.FORBIDDEN);
        render(ctx, "message.jte", "error.formExpired.title", Frame.Section.HOME, "messageKey", "error.formExpired.body");
    }

    void notFound(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("application/problem+json")) return; // the API already said what was not found
        if (ctx.path().startsWith("/api/")) {
            Api.problem(ctx, HttpStatus.NOT_FOUND, "Not found", "No such resource: " + ctx.path(), java.util.List.of());
            return;
        }
        render(ctx, "message.jte", "error.notFound.title", Frame.Section.HOME, "messageKey", "error.notFound.body");
    }

    void failed(Context ctx, Exception e) {
        // the person sees a calm page; the details go to the server's log, never to the browser
        LOG.log(System.Logger.Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        if (ctx.path().startsWith("/api/")) {
            Api.problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Server error", "The request could not be completed; nothing was saved.", java.util.List.of());
            return;
        }
        render(ctx, "message.jte", "error.failed.title", Frame.Section.HOME, "messageKey", "error.failed.body");
    }
}
