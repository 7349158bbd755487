package org.psoascoach.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers every response carries, the app's and Jetty's own error pages alike: the strict CSP and the usual hardening. */
final class SecurityHeaders {
    /** With HTTPS (--secure-cookies): browsers are told to use only HTTPS here for a year. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    static Map<String, String> all(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", WebApp.CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) headers.put("Strict-Transport-Security", HSTS);
        return Map.copyOf(headers);
    }

    static void apply(Context ctx, Map<String, String> headers) {
        headers.forEach(ctx::header);
    }
}
