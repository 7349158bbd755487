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

    /** Answers to the wizard, in the order it asks (the web's steps and fields): no red flags, then a tight left side. */
    private static final String ANSWERS = String.join("\n",
            "",                                          // safety: none of the signs (the clearance is then not asked)
            "3", "y", "n",                               // pain now, chronic, worsening
            "41", "9", "desk-work, running", "",         // age, sitting hours, activities, pregnancy week (none)
            "front-hip-pain, low-back-pain",             // other symptoms
            "",                                          // conditions
            "mat, chair, resistance-band, table", "", "", // equipment (a table for the Thomas test), no helper, minutes (15)
            "y", "22", "y", "9", "n",                    // standing hold: left 22 s stable, right 9 s unstable
            "y", "n", "y", "8", "", "y", "n", "", "",    // Thomas: left does not rest, back arches, 8°; right rests
            "");

    @Test
    void theWizardAsksPlainQuestionsSavesTheAssessmentAndShowsThePlan() {
        CliTest.Run r = run(ANSWERS, "assess", "--db", db());
        assertThat(r.code()).as(r.err()).isZero();
        // the same questions, in the same words, as the web's steps
        assertThat(r.out()).contains("First, your safety", "Loss of control over bladder or bowels", "Cancer now or in the past",
                "Pain so strong it stops you moving normally", "Test: modified Thomas test", "Left side: tight", "Test again on");

        CliTest.Run today = run("", "today", "--db", db());
        assertThat(today.code()).isZero();
        assertThat(today.out()).contains("Today's session", "Kneeling lunge", "Next re-test");
    }

    @Test
    void withoutATableOrBedTheThomasTestIsNotAskedAndTheWizardSaysWhy() {
        String noTable = ANSWERS.replace("mat, chair, resistance-band, table", "mat, chair");
        CliTest.Run r = run(noTable, "assess", "--db", db());
        assertThat(r.out()).doesNotContain("Test: modified Thomas test").contains("The Thomas test was not asked: it needs a table");
    }

    @Test
    void fromPregnancyWeek13NoTestLyingDownIsAsked() {
        String pregnant = ANSWERS.replace("\n41\n9\ndesk-work, running\n\n", "\n41\n9\ndesk-work, running\n20\n");
        assertThat(pregnant).isNotEqualTo(ANSWERS);
        CliTest.Run r = run(pregnant + "\n", "assess", "--db", db());
        assertThat(r.out()).doesNotContain("Test: modified Thomas test").contains("no test is done lying down");
    }

    @Test
    void anUrgentSignEndsTheWizardWithoutAskingForClearanceOrTests() {
        CliTest.Run r = run("recent-trauma\n", "assess", "--db", db());
        assertThat(r.out()).doesNotContain("cleared me to exercise").doesNotContain("About you and your pain").contains("medical help");
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
        // "maybe" where a yes or no is asked; "13" among eleven signs; 45 seconds where the test counts to 30
        String answers = ANSWERS.replaceFirst("\n3\ny\n", "\n3\nmaybe\ny\n").replaceFirst("^\n", "13\n\n").replace("\ny\n22\ny\n9\nn\n", "\ny\n45\ny\n9\nn\n22\n"); // the refused field is asked again after the step
        CliTest.Run r = run(answers, "assess", "--db", db());
        assertThat(r.out()).contains("Please answer y (yes) or n (no).").contains("Not one of the choices: 13. Give numbers from 1 to 11")
                .contains("Enter the seconds, from 0 to 30 (stop counting at 30).");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void theHandoutCommandWritesAPdfOfTheProgramAndRefusesWhatItCannotPrint() throws Exception {
        Path pdf = folder.resolve("program.pdf");
        CliTest.Run made = run("", "handout", "--intake", CliTest.EXAMPLES.resolve("desk-worker.json").toString(), "--out", pdf.toString(),
                "--practice", "Riverside Physio", "--for", "Ana", "--paper", "letter");
        assertThat(made.code()).as(made.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Riverside Physio", "Home program", "Kneeling lunge");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        CliTest.Run redFlag = run("", "handout", "--intake", CliTest.EXAMPLES.resolve("red-flag.json").toString(), "--out", pdf.toString());
        assertThat(redFlag.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(redFlag.err()).contains("no program for these answers (see-doctor)");
        CliTest.Run paper = run("", "handout", "--intake", CliTest.EXAMPLES.resolve("desk-worker.json").toString(), "--out", pdf.toString(), "--paper", "a5");
        assertThat(paper.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(paper.err()).contains("--paper: must be a4 or letter");
    }

    @Test
    void stoppingTheWizardSavesNothing() {
        CliTest.Run r = run("\n3\n", "assess", "--db", db());
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
        // the sets decide how far a session went, never a flag: --partial asks item by item
        CliTest.Run flagOnly = run("", "log", "--db", db(), "--pain-before", "4", "--pain-after", "2", "--partial");
        assertThat(flagOnly.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(flagOnly.err()).contains("--partial: say which sets were done");
        CliTest.Run stopped = run("2\n4\n" + "0\n".repeat(20) + "\n", "log", "--db", db(), "--partial");
        assertThat(stopped.out()).as(stopped.err()).contains("stopped before any set (kept, not counted as a session done)");

        assertThat(run("", "history", "--db", db()).out()).contains("test day", "session", "\"easier today\"", "3 session(s)");
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

        Path copy = folder.resolve("copy.db");
        CliTest.Run backedUp = run("", "backup", "--db", db(), copy.toString());
        assertThat(backedUp.out()).as(backedUp.err()).contains("Backed up", "integrity check ok");
        CliTest.Run again = run("", "backup", "--db", db(), copy.toString());
        assertThat(again.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(again.err()).contains("exists already");
        String restoredAt = "jdbc:sqlite:" + folder.resolve("restored.db");
        CliTest.Run restored = run("", "restore", "--db", restoredAt, copy.toString());
        assertThat(restored.out()).as(restored.err()).contains("Restored", "integrity check ok");
        assertThat(run("", "history", "--db", restoredAt).out()).isEqualTo(run("", "history", "--db", db()).out());
        CliTest.Run notOne = run("", "restore", "--db", restoredAt, export.toString());
        assertThat(notOne.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(notOne.err()).contains("psoas restore:", "not a Psoas Coach record").doesNotContain("Exception");
        CliTest.Run postgres = run("", "restore", "--db", "jdbc:postgresql://localhost/psoas", copy.toString());
        assertThat(postgres.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(postgres.err()).contains("pg_restore");
    }

    @Test
    void aWrongDatabaseUrlIsABadOptionNotACrash() {
        CliTest.Run r = run("", "today", "--db", "jdbc:mysql://example.org/psoas");
        assertThat(r.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(r.err()).contains("--db: unsupported database URL");
    }

    @Test
    void everyNewCommandHasHelpWithAnExample() {
        for (String command : new String[]{"assess", "today", "log", "history", "progress", "export", "import", "backup", "restore"}) {
            CliTest.Run r = run("", command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(command).contains("Example", "psoas " + command);
        }
    }
}
