package org.psoascoach.web.http;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers every response carries, the app's and Jetty's own error pages alike: the strict CSP and the usual hardening. */
public final class SecurityHeaders {
    /** Strict CSP: scripts, styles, images and forms only from this server; no inline script or style. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** With HTTPS (--secure-cookies): browsers are told to use only HTTPS here for a year. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    public static Map<String, String> all(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) headers.put("Strict-Transport-Security", HSTS);
        return Map.copyOf(headers);
    }

    public static void apply(Context ctx, Map<String, String> headers) {
        headers.forEach(ctx::header);
    }
}
