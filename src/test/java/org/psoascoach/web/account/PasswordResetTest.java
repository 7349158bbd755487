package org.psoascoach.web.account;

import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;
import org.psoascoach.web.WebTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.account.SignInThrottle;
import org.psoascoach.mail.SmtpMailer;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Password reset by a single-use link, sent through a real SMTP server (GreenMail) started by the test. */
class PasswordResetTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern LINK = Pattern.compile("(http://\\S+/reset/[A-Za-z0-9_-]+)");

    @TempDir
    Path folder;

    private TestServer server(Database db) {
        String smtp = "smtp://127.0.0.1:" + mail.getSmtp().getPort() + "?from=coach@example.org&starttls=false";
        return TestServer.start(db, s -> s.withMailer(SmtpMailer.of(smtp)));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheLinkInTheMailOnceAndItEndsTheLock() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = server(db)) {
            WebClient owner = new WebClient(server.base);
            owner.get("/signup");
            WebTest.signUp(owner, "forgetful@example.org");
            WebClient guesser = new WebClient(server.base);
            for (int i = 0; i <= SignInThrottle.ACCOUNT_FAILURES; i++) {
                guesser.get("/signin");
                guesser.post("/signin", "email", "forgetful@example.org", "password", "guess " + i);
            }

            WebClient browser = new WebClient(server.base);
            browser.get("/reset");
            HttpResponse<String> asked = browser.post("/reset", "email", "Forgetful@Example.org");
            assertThat(asked.body()).contains("If there is an account with that email address");
            assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage message = mail.getReceivedMessages()[0];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("forgetful@example.org");
            assertThat(message.getSubject()).contains("new Psoas Coach password");
            Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
            assertThat(m.find()).as("a link in the mail").isTrue();
            String link = m.group(1);
            assertThat(link).startsWith(server.base + "/reset/");
            String path = link.substring(server.base.length());
            // only the token's hash is stored
            String token = path.substring("/reset/".length());
            assertThat(WebTest.count(db, "password_reset")).isEqualTo(1);
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM password_reset").mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(token);

            HttpResponse<String> form = browser.get(path);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("forgetful@example.org");
            HttpResponse<String> weak = browser.post(path, "password", "password123", "repeat", "password123");
            assertThat(weak.statusCode()).isEqualTo(422);
            assertThat(weak.body()).contains("too easy to guess");
            String fresh = "marble tortoise lantern";
            HttpResponse<String> done = browser.post(path, "password", fresh, "repeat", fresh);
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(browser.follow(done).body()).contains("Your password is changed");

            // the link works once; the old sign-in is over; the lock is gone, even for a device never seen before
            assertThat(new WebClient(server.base).get(path).statusCode()).isEqualTo(410);
            assertThat(owner.get("/account").statusCode()).isEqualTo(303);
            WebClient elsewhere = new WebClient(server.base);
            elsewhere.get("/signin");
            assertThat(elsewhere.post("/signin", "email", "forgetful@example.org", "password", fresh).statusCode()).isEqualTo(303);
        }
    }

    /** Signs someone up, asks for their reset link as a visitor would, and returns the link's path from the mail. */
    private static String linkFromTheMail(TestServer server, WebClient browser, String email) throws Exception {
        WebClient someone = new WebClient(server.base);
        someone.get("/signup");
        WebTest.signUp(someone, email);
        browser.get("/reset");
        browser.post("/reset", "email", email);
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail.getReceivedMessages()[0]).replace("=\r\n", ""));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1).substring(server.base.length());
    }

    @Test
    void theRequestPageAnswersTheSameWhetherOrNotTheEmailHasAnAccount() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = server(db)) {
            WebClient someone = new WebClient(server.base);
            someone.get("/signup");
            WebTest.signUp(someone, "exists@example.org");
            WebClient browser = new WebClient(server.base);
            browser.get("/reset");
            HttpResponse<String> known = browser.post("/reset", "email", "exists@example.org");
            HttpResponse<String> unknown = browser.post("/reset", "email", "nobody@example.org");
            assertThat(unknown.statusCode()).isEqualTo(known.statusCode());
            String csrf = "name=\"csrf\" value=\"[^\"]*\"";
            assertThat(unknown.body().replaceAll(csrf, "")).isEqualTo(known.body().replaceAll(csrf, ""));
            assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(mail.getReceivedMessages()).hasSize(1);
        }
    }

    @Test
    void aLinkExpiresAfter30Minutes() throws Exception {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = server(db)) {
            WebClient browser = new WebClient(server.base);
            String path = linkFromTheMail(server, browser, "late@example.org");
            String past = org.psoascoach.store.Times.text(java.time.Instant.now().minusSeconds(1));
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE password_reset SET expires_at = :t").bind("t", past).execute());
            assertThat(browser.get(path).statusCode()).isEqualTo(410);
            assertThat(browser.get(path).body()).contains("This link no longer works");
        }
    }
}
