package org.psoascoach.mail;

/** Sends a plain-text mail. Two kinds: none (no mail server configured) and SMTP. */
public interface Mailer {
    /** Sends; throws {@link MailFailed} when the server cannot take it. */
    void send(String to, String subject, String text);

    /** Whether mail can be sent at all (false: links are handed out by an administrator instead). */
    default boolean sends() { return true; }

    Mailer NONE = new Mailer() {
        @Override
        public void send(String to, String subject, String text) { throw new MailFailed("no mail server is configured", null); }

        @Override
        public boolean sends() { return false; }
    };

    final class MailFailed extends RuntimeException {
        public MailFailed(String message, Throwable cause) { super(message, cause); }
    }
}
