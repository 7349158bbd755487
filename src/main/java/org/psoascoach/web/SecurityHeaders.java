package org.psoascoach.web;

import io.javalin.http.Context;

/** Headers every response carries: the strict CSP and the usual hardening. */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", WebApp.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
