package org.psoascoach.web.http;

import org.psoascoach.mail.Mailer;

import java.net.URI;

/**
 * How one `psoas serve` runs: cookies marked Secure (behind HTTPS; also turns on HSTS), the address people reach it at
 * (links in mail and the calendar address are built from it, never from a request's Host header), the mail server
 * for password-reset links (none: an administrator makes the link with `psoas account reset-link`), and the session
 * player's clock (sped up only in the browser tests).
 */
public record Settings(boolean secureCookies, URI publicUrl, Mailer mailer, double timeScale) {
    public Settings {
        String text = publicUrl.toString();
        if (text.endsWith("/")) publicUrl = URI.create(text.substring(0, text.length() - 1));
    }

    /** A server on this address with no mail, at normal speed. */
    public static Settings at(String publicUrl) { return new Settings(false, URI.create(publicUrl), Mailer.NONE, 1.0); }

    public Settings withTimeScale(double scale) { return new Settings(secureCookies, publicUrl, mailer, scale); }

    public Settings withMailer(Mailer other) { return new Settings(secureCookies, publicUrl, other, timeScale); }

    public Settings withSecureCookies(boolean secure) { return new Settings(secure, publicUrl, mailer, timeScale); }

    /** An absolute link to a path of this server ("/reset/abc" → "https://coach.example.org/reset/abc"). */
    public String link(String path) { return publicUrl + path; }
}
