package org.psoascoach.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.psoascoach.account.Account;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.language.Messages;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises a visitor from their cookies and language, once per request. The sign-in cookie names a
 * session row in the database (any server can read it); a visitor who is not signed in gets a separate
 * random form cookie, so the sign-in and sign-up forms are protected against CSRF too (double submit).
 * Both cookies are HttpOnly and SameSite.
 */
public final class Visitors {
    public static final String SESSION_COOKIE = "psoas_session";
    public static final String FORM_COOKIE = "psoas_form";
    public static final String CSRF_FIELD = "csrf";
    /** Names the signed-in account's device tag on every answer, so the service worker knows whose data it may send. */
    public static final String ACCOUNT_HEADER = "X-Psoas-Account";
    private static final String ATTRIBUTE = "visitor";

    private final SignInSessions sessions;
    private final java.util.function.Supplier<byte[]> formKeySource;
    private volatile byte[] formKey;
    private final Map<String, Messages> bundles;
    private final Messages english;
    private final boolean secureCookies;
    private final Map<String, Text> texts = new ConcurrentHashMap<>();

    /**
     * @param formKey the deployment's secret (kept in the database, shared by every server) that signs the form token
     *                given before sign-in, so that a token a client made up is refused
     */
    public Visitors(SignInSessions sessions, java.util.function.Supplier<byte[]> formKey, Map<String, Messages> bundles, boolean secureCookies) {
        this.sessions = sessions;
        this.formKeySource = formKey;
        this.bundles = bundles;
        this.english = bundles.get("en");
        this.secureCookies = secureCookies;
    }

    public Visitor of(Context ctx) {
        Visitor known = ctx.attribute(ATTRIBUTE);
        if (known != null) return known;
        Text text = text(ctx.header("Accept-Language"));
        var signedIn = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        Visitor visitor;
        if (signedIn != null) {
            visitor = new Visitor(text, signedIn.account(), signedIn.csrfToken(), signedIn.revision());
            ctx.header(ACCOUNT_HEADER, visitor.deviceTag());
            ctx.header("Cache-Control", "no-store"); // personal: never kept by the browser or anything between
        } else {
            String token = ctx.cookie(FORM_COOKIE);
            if (!signedByUs(token)) {
                token = signed(SignInSessions.randomToken());
                ctx.cookie(cookie(FORM_COOKIE, token, -1, SameSite.STRICT));
            }
            visitor = new Visitor(text, null, token, null);
        }
        ctx.attribute(ATTRIBUTE, visitor);
        return visitor;
    }

    /** A random value and its HMAC under the deployment's key: "value.signature". */
    private String signed(String value) { return value + "." + mac(value); }

    private boolean signedByUs(String token) {
        if (token == null || token.length() > 200) return false;
        int dot = token.indexOf('.');
        if (dot != 43) return false;
        byte[] expected = mac(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String value) {
        try {
            byte[] key = formKey;
            if (key == null) formKey = key = formKeySource.get();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The signed-in account, or a redirect to the sign-in page that comes back here afterwards. */
    public Account account(Context ctx) {
        Visitor visitor = of(ctx);
        if (!visitor.signedIn()) throw new SignInNeeded(ctx.path());
        return visitor.account();
    }

    /**
     * True when a form or queued log names no account, or names this visitor's: a form opened under one person's
     * sign-in must never be saved into another's record on a shared browser.
     */
    public boolean sameAccount(Context ctx, String tag) {
        return tag == null || tag.isEmpty() || tag.equals(of(ctx).deviceTag());
    }

    /** Refuses a form that does not carry this visitor's token (a form posted from another site). */
    public void checkForm(Context ctx) {
        String sent = ctx.formParam(CSRF_FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), of(ctx).csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new FormExpired();
        }
    }

    public void signIn(Context ctx, Account account) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) sessions.end(old); // a new sign-in never reuses a session id (session fixation)
        String token = sessions.start(account, deviceName(ctx.userAgent()));
        ctx.cookie(cookie(SESSION_COOKIE, token, (int) SignInSessions.LIFETIME.toSeconds(), SameSite.LAX));
        ctx.attribute(ATTRIBUTE, null);
    }

    public void signOut(Context ctx) {
        sessions.end(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, null);
    }

    /** The browser and system a User-Agent names ("Chrome · Android"), for the list of devices. */
    public static String deviceName(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return null;
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge" : ua.contains("Firefox/") ? "Firefox" : ua.contains("Chrome/") || ua.contains("Chromium/")
                ? "Chrome" : ua.contains("Safari/") ? "Safari" : null;
        String system = ua.contains("Android") ? "Android" : ua.contains("iPhone") || ua.contains("iPad") ? "iOS"
                : ua.contains("Windows") ? "Windows" : ua.contains("Mac OS") ? "macOS" : ua.contains("Linux") ? "Linux" : null;
        if (browser == null && system == null) return ua.length() > 60 ? ua.substring(0, 60) : ua;
        if (browser == null) return system;
        return system == null ? browser : browser + " · " + system; // no words: shown as stored, in any language
    }

    /** The sign-in cookie's token, for marking "this device" in the list. */
    public String sessionToken(Context ctx) { return ctx.cookie(SESSION_COOKIE); }

    public boolean secureCookies() { return secureCookies; }

    /** The visitor's language from Accept-Language: the first one we have a bundle for, else English; formats follow their first locale. */
    public Text text(String acceptLanguage) {
        String header = acceptLanguage == null ? "" : acceptLanguage;
        Text known = texts.get(header);
        if (known != null) return known;
        Locale locale = Locale.UK;
        Messages messages = english;
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header.isBlank() ? "en-GB" : header);
            if (!ranges.isEmpty() && !ranges.get(0).getRange().equals("*")) locale = Locale.forLanguageTag(ranges.get(0).getRange());
            for (Locale.LanguageRange range : ranges) {
                Messages bundle = bundles.get(Locale.forLanguageTag(range.getRange()).getLanguage());
                if (bundle != null) {
                    messages = bundle;
                    break;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is not the visitor's fault: English, British formats
        }
        Text text = new Text(messages, locale);
        if (texts.size() < 1_000) texts.put(header, text); // a cache, bounded against made-up headers
        return text;
    }

    private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
        return new Cookie(name, value, "/", maxAge, secureCookies, true, null, sameSite);
    }

    /** Thrown when a page needs a signed-in visitor; answered with a redirect to sign in. */
    public static final class SignInNeeded extends RuntimeException {
        public final String returnTo;

        public SignInNeeded(String returnTo) {
            super(null, null, false, false);
            this.returnTo = returnTo;
        }
    }

    /** Thrown when a form's CSRF token is missing or wrong; answered with a page asking to try again. */
    public static final class FormExpired extends RuntimeException {
        public FormExpired() { super(null, null, false, false); }
    }
}
