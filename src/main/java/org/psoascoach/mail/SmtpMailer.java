package org.psoascoach.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Mail through an SMTP server (Jakarta Mail, Angus), configured by one URL:
 * {@code smtp://user:password@host:587?from=coach@example.org} (STARTTLS required) or {@code smtps://…:465} (TLS), or
 * {@code smtp://host:25?from=…&starttls=false} for a server on a trusted network (the tests' GreenMail).
 */
public final class SmtpMailer implements Mailer {
    private final Session session;
    private final String user, password, from;

    private SmtpMailer(Session session, String user, String password, String from) {
        this.session = session;
        this.user = user;
        this.password = password;
        this.from = from;
    }

    /** Reads the URL; throws IllegalArgumentException naming what is wrong (the CLI says it and exits 2). */
    public static SmtpMailer of(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a URL such as smtp://user:password@mail.example.org:587?from=coach@example.org");
        }
        String scheme = uri.getScheme();
        if (!"smtp".equals(scheme) && !"smtps".equals(scheme)) throw new IllegalArgumentException("must start with smtp:// or smtps://");
        if (uri.getHost() == null) throw new IllegalArgumentException("must name the mail server's host");
        String from = null;
        boolean starttls = true;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq), value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("from")) from = value;
                else if (key.equals("starttls")) starttls = !value.equals("false");
                else throw new IllegalArgumentException("knows the options from and starttls, not " + key);
            }
        }
        if (from == null || !from.contains("@")) throw new IllegalArgumentException("must say who mail comes from: ?from=coach@example.org");
        String user = null, password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        Properties p = new Properties();
        String prefix = tls ? "mail.smtps." : "mail.smtp.";
        p.put("mail.transport.protocol", scheme);
        p.put(prefix + "host", uri.getHost());
        p.put(prefix + "port", String.valueOf(port));
        p.put(prefix + "auth", String.valueOf(user != null));
        p.put(prefix + "connectiontimeout", "10000");
        p.put(prefix + "timeout", "10000");
        p.put(prefix + "writetimeout", "10000");
        if (!tls && starttls) p.put("mail.smtp.starttls.required", "true");
        if (!tls && starttls) p.put("mail.smtp.starttls.enable", "true");
        return new SmtpMailer(Session.getInstance(p), user, password, from);
    }

    @Override
    public void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(new Date());
            if (user == null) Transport.send(message);
            else Transport.send(message, user, password);
        } catch (MessagingException e) {
            throw new MailFailed("the mail server did not take the message: " + e.getMessage(), e);
        }
    }
}
