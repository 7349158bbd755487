package org.psoascoach.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, with a 400 that names what is wrong, the malformed requests that would otherwise fail deep inside the
 * framework: a body in a character set Java does not know (or a name that is not one), and a path with a broken
 * percent escape ({@code %u0041}, {@code %zz}) or a NUL. Runs before every route.
 */
public final class RequestChecks {
    private RequestChecks() {}

    /** Thrown for a malformed request; answered as a page or, under /api/, as a problem document. */
    public static final class Malformed extends RuntimeException {
        final String field, detail;

        /** The field at fault, as a problem document names it ({@code $.kind}, {@code size}). */
        public String field() { return field; }

        /** What the field must be. */
        public String detail() { return detail; }

        public Malformed(String field, String detail) {
            super(null, null, false, false);
            this.field = field;
            this.detail = detail;
        }
    }

    public static void check(Context ctx) {
        String uri = ctx.req().getRequestURI();
        if (uri != null && !wellEscaped(uri)) throw new Malformed("path", "must use percent escapes of two hex digits (%2F), and no NUL");
        String query = ctx.req().getQueryString();
        if (query != null && !wellEscaped(query)) throw new Malformed("query", "must use percent escapes of two hex digits (%2F), and no NUL");
        String type = ctx.header("Content-Type");
        if (type != null) {
            String charset = charsetOf(type);
            if (charset != null && !known(charset)) {
                throw new Malformed("Content-Type", "has a charset this server does not know (" + charset.replaceAll("[^\\x20-\\x7e]", "?")
                        + "); send UTF-8");
            }
        }
    }

    public static boolean wellEscaped(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0) return false;
            if (c != '%') continue;
            if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) return false;
            if (hex(raw.charAt(i + 1)) == 0 && hex(raw.charAt(i + 2)) == 0) return false; // %00
            i += 2;
        }
        return true;
    }

    private static int hex(char c) { return Character.digit(c, 16); }

    private static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return p.substring(8).trim().replace("\"", "");
        }
        return null;
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    public static void answer(Context ctx, Malformed e, Pages pages) {
        ctx.status(HttpStatus.BAD_REQUEST);
        if (ctx.path().startsWith("/api/")) {
            ProblemDocument.send(ctx, HttpStatus.BAD_REQUEST, "Malformed request", e.field + " " + e.detail,
                    List.of(new org.psoascoach.json.Problem(e.field, e.detail)));
            return;
        }
        pages.message(ctx, "error.badRequest.title", Frame.Section.HOME, "error.badRequest.body");
    }
}
