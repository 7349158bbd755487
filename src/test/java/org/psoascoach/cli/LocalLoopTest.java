package org.psoascoach.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoascoach.cli.CliTest.run;

/** The terminal loop on a real SQLite file: assess, today, log, history, progress, export and import. */
class LocalLoopTest {
    @TempDir
    Path folder;

    private String db() { return "jdbc:sqlite:" + folder.resolve("psoas.db"); }

    /** Answers to the wizard, in the order it asks: no red flags, then a tight left side. */
    private static final String ANSWERS = String.join("\n",
            "n", "n", "n", "n", "n", "n", "n", "n", "n", // red flags
            "3", "y", "n",                              // pain now, chronic, worsening
            "front-hip-pain, low-back-pain",            // other symptoms
            "",                                          // conditions
            "41", "9", "desk-work running", "n",        // age, sitting hours, activities, pregnant
            "mat, chair, resistance-band, table", "n", "", // equipment (a table for the Thomas test), partner, minutes
            "y", "22", "y", "9", "n",                   // standing hold: left 22 s stable, right 9 s unstable
            "y", "n", "y", "8", "", "y", "n", "", "",   // Thomas: left does not rest, back arches, 8°; right rests
            "");

    @Test
    void theWizardAsksPlainQuestionsSavesTheAssessmentAndShowsThePlan() {
        CliTest.Run r = run(ANSWERS, "assess", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Any loss of control over your bladder", "Modified Thomas test", "Left side: tight", "Test again on");

        CliTest.Run today = run("", "today", "--db", db());
        assertThat(today.code()).isZero();
        assertThat(today.out()).contains("Today's session", "Kneeling lunge", "Next re-test");
    }

    @Test
    void withoutATableOrBedTheThomasTestIsNotAskedAndTheWizardSaysWhy() {
        String noTable = ANSWERS.replace("mat, chair, resistance-band, table", "mat, chair");
        CliTest.Run r = run(noTable, "assess", "--db", db());
        assertThat(r.out()).doesNotContain("Modified Thomas test:").contains("The Thomas test is skipped: it needs a table");
    }

    @Test
    void fromPregnancyWeek13NoTestLyingDownIsAsked() {
        String pregnant = ANSWERS.replace("\n41\n9\ndesk-work running\nn\n", "\n41\n9\ndesk-work running\ny\n20\n");
        CliTest.Run r = run(pregnant + "\n", "assess", "--db", db());
        assertThat(r.out()).doesNotContain("Modified Thomas test:").contains("no test is done lying down");
    }

    @Test
    void anUrgentSignEndsTheWizardWithoutAskingForClearanceOrTests() {
        CliTest.Run r = run("y\n" + "n\n".repeat(8), "assess", "--db", db());
        assertThat(r.out()).doesNotContain("cleared you").doesNotContain("Now the tests").contains("medical help");
        assertThat(r.code()).isZero();
    }

    @Test
    void anAdministratorMakesAPasswordResetLinkForAnAccountWhenTheServerSendsNoMail() {
        try (var db = org.psoascoach.store.Database.open(org.psoascoach.store.DatabaseLocation.parse(db()))) {
            new org.psoascoach.account.Accounts(db, java.time.Clock.systemUTC()).signUp("anna@example.org", "correct horse battery", "person", "UTC");
        }
        CliTest.Run made = run("", "account", "reset-link", "anna@example.org", "--db", db(), "--public-url", "https://coach.example.org");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out().strip()).matches("https://coach\\.example\\.org/reset/[A-Za-z0-9_-]{43}");
        assertThat(made.err()).contains("Valid once, for 30 minutes");
        CliTest.Run unknown = run("", "account", "reset-link", "nobody@example.org", "--db", db());
        assertThat(unknown.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(unknown.err()).contains("EMAIL: no account with the email nobody@example.org");
        CliTest.Run badUrl = run("", "account", "reset-link", "anna@example.org", "--db", db(), "--public-url", "ftp://x");
        assertThat(badUrl.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(badUrl.err()).contains("--public-url: must start with http:// or https://");
    }

    @Test
    void aBadAnswerIsAskedAgainWithWhatIsAllowed() {
        CliTest.Run r = run("maybe\n" + ANSWERS, "assess", "--db", db());
        assertThat(r.out()).contains("Please answer y (yes) or n (no).");
        assertThat(r.code()).isZero();
    }

    @Test
    void stoppingTheWizardSavesNothing() {
        CliTest.Run r = run("n\nn\n", "assess", "--db", db());
        assertThat(r.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(r.err()).contains("nothing was saved");
        assertThat(run("", "history", "--db", db()).out()).contains("Nothing recorded yet");
    }

    @Test
    void logHistoryProgressExportAndImportWorkEndToEnd() throws Exception {
        assertThat(run("", "assess", "--db", db(), "--intake", CliTest.EXAMPLES.resolve("desk-worker.json").toString()).code()).isZero();
        CliTest.Run logged = run("", "log", "--db", db(), "--pain-before", "4", "--pain-after", "2", "--key", "first", "--notes", "easier today");
        assertThat(logged.out()).contains("Saved session", "pain 4 -> 2", "(key first)");
        assertThat(run("", "log", "--db", db(), "--pain-before", "4", "--pain-after", "2", "--key", "first", "--notes", "easier today").out())
                .contains("Already saved, nothing new written");
        CliTest.Run bad = run("", "log", "--db", db(), "--pain-before", "12", "--pain-after", "2");
        assertThat(bad.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(bad.err()).contains("$.painBefore: must be between 0 and 10").doesNotContain("SQL", "Exception");

        CliTest.Run interactive = run("5\n3\ny\nhip felt warm\n", "log", "--db", db());
        assertThat(interactive.out()).contains("Pain just before the session", "Saved session", "pain 5 -> 3");

        assertThat(run("", "history", "--db", db()).out()).contains("test day", "session", "\"easier today\"", "2 session(s)");
        assertThat(run("", "progress", "--db", db()).out()).contains("standing-hip-flexion-hold seconds", "one test so far", "Pain per week");

        Path export = folder.resolve("backup.json");
        assertThat(run("", "export", "--db", db(), "--out", export.toString()).code()).isZero();
        assertThat(run("", "export", "--db", db(), "--format", "csv").out()).startsWith("date,record,side,measure,value\n")
                .contains(",session,,notes,easier today");
        String other = "jdbc:sqlite:" + folder.resolve("other.db");
        CliTest.Run imported = run("", "import", "--db", other, export.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(run("", "history", "--db", other).out()).isEqualTo(run("", "history", "--db", db()).out());
        assertThat(Files.size(export)).isPositive();
    }

    @Test
    void aWrongDatabaseUrlIsABadOptionNotACrash() {
        CliTest.Run r = run("", "today", "--db", "jdbc:mysql://example.org/psoas");
        assertThat(r.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(r.err()).contains("--db: unsupported database URL");
    }

    @Test
    void everyNewCommandHasHelpWithAnExample() {
        for (String command : new String[]{"assess", "today", "log", "history", "progress", "export", "import"}) {
            CliTest.Run r = run("", command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(command).contains("Example", "psoas " + command);
        }
    }
}
