package org.psoascoach.web.home;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;

import io.javalin.http.Context;

/** The front page: what Psoas Coach does and where to start, or the way back to one's program. */
public final class HomePages {
    private final Pages pages;

    public HomePages(Pages pages) { this.pages = pages; }

    public void show(Context ctx) {
        pages.show(ctx, "home.title", Frame.Section.HOME, frame -> pages.templates.homeShow(frame));
    }
}
