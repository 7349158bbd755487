package org.psoascoach.web.practice;

import io.javalin.http.Context;
import org.psoascoach.practice.Practice;
import org.psoascoach.practice.Practices;
import org.psoascoach.web.http.RequestChecks;

import java.util.Optional;

/**
 * What a look at the practice's list asks for, read alike from the page's address and the API's: the search ({@code q}),
 * the order ({@code sort}) and the page. A value out of bounds is a malformed request (400, naming the parameter).
 */
record ClientQuery(String query, Practices.Order order, int page) {
    static final int MAX_PAGE = 100_000;

    static ClientQuery of(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (query.length() > Practice.MAX_NAME) throw new RequestChecks.Malformed("q", "must be at most " + Practice.MAX_NAME + " characters");
        String sortAsked = Optional.ofNullable(ctx.queryParam("sort")).orElse("").strip();
        Practices.Order order = sortAsked.isEmpty() ? Practices.Order.NAME : Practices.Order.fromId(sortAsked);
        if (order == null) throw new RequestChecks.Malformed("sort", "must be name, last-session or newest");
        return new ClientQuery(query, order, whole(ctx, "page", 1, 1, MAX_PAGE));
    }

    /** A whole-number query parameter from {@code min} to {@code max}; {@code absent} when not given. */
    static int whole(Context ctx, String field, int absent, int min, int max) {
        String text = ctx.queryParam(field);
        if (text == null || text.isBlank()) return absent;
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new RequestChecks.Malformed(field, "must be a whole number from " + min + " to " + max);
    }
}
