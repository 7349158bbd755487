package org.psoascoach.web;

import io.javalin.http.Context;

/** The front page: what Psoas Coach does and where to start, or the way back to one's program. */
final class HomePages {
    private final Pages pages;

    HomePages(Pages pages) { this.pages = pages; }

    void show(Context ctx) {
        pages.render(ctx, "home.jte", "home.title", Frame.Section.HOME);
    }
}
