package org.psoascoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract of SPEC §2, run in-process. */
class CliTest {
    static final Path EXAMPLES = Path.of("examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Psoas.run(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, out.toString(), err.toString());
    }

    static String deskWorker() throws Exception {
        return Files.readString(EXAMPLES.resolve("desk-worker.json"));
    }

    @Test
    void planPrintsTheContractJsonOnStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("intake.json");
        Files.writeString(file, deskWorker());
        Run r = run("", "plan", "--intake", file.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("triage").get("level").asText()).isEqualTo("proceed");
        assertThat(plan.get("findings").get("left").get("status").asText()).isEqualTo("tight");
        assertThat(plan.get("findings").get("right").get("status").asText()).isEqualTo("weak");
        JsonNode p = plan.get("plan");
        for (String field : new String[]{"sessionsPerWeek", "retestAfterDays", "estimatedMinutes", "items"}) assertThat(p.has(field)).as(field).isTrue();
        for (JsonNode item : p.get("items")) {
            for (String field : new String[]{"id", "side", "sets", "holdSeconds", "reps", "estimatedSeconds", "why"}) {
                assertThat(item.has(field)).as(field).isTrue();
            }
            assertThat(item.get("side").asText()).isIn("left", "right", "both");
        }
        for (JsonNode e : plan.get("excluded")) assertThat(e.has("id") && e.has("reason")).isTrue();
        assertThat(plan.get("advice").isArray()).isTrue();
    }

    @Test
    void everyCommandIsListedInHelpAndAnswersItsOwnHelpWhenCalledAlone() {
        Run help = run("", "--help");
        assertThat(help.code()).isZero();
        for (String name : Psoas.COMMANDS.keySet()) {
            assertThat(help.out()).as("psoas --help lists " + name).containsPattern("(?m)^  " + name + " ");
            Run own = run("", name, "--help");
            assertThat(own.code()).as(name).isZero();
            assertThat(own.out()).startsWith("Usage: psoas " + name);
        }
        assertThat(Psoas.COMMANDS.keySet()).containsExactly("plan", "catalog", "assess", "today", "log", "history", "progress", "export",
                "import", "serve", "account", "handout", "backup", "restore");
        Run typo = run("", "plna");
        assertThat(typo.code()).isEqualTo(Psoas.BAD_INPUT);
        assertThat(typo.err()).contains("Did you mean: psoas plan?");
    }

    @Test
    void theDefaultFormatIsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("intake.json");
        Files.writeString(file, deskWorker());
        assertThat(run("", "plan", "--intake", file.toString()).out()).startsWith("{");
    }

    @Test
    void dashReadsTheIntakeFromStandardInput() throws Exception {
        Run r = run(deskWorker(), "plan", "--intake", "-");
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.out()).get("plan").get("sessionsPerWeek").asInt()).isEqualTo(7);
    }

    @Test
    void theTextPlanIsGroupedBySessionPartWithDoseSideAndWhy() throws Exception {
        Run r = run(deskWorker(), "plan", "--intake", "-", "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Stretches", "Strengthening", "Start: breathing and release", "Finish", "Why:", "— left —", "s hold",
                "It is not a diagnosis");
        assertThat(r.out().indexOf("Stretches")).isLessThan(r.out().indexOf("Strengthening"));
    }

    @Test
    void badInputExitsWith2AndOneLinePerProblemNamingThePath() {
        Run r = run("{\"tests\": {\"modifiedThomas\": {\"left\": {\"thighRestsOnTable\": true, \"lowBackArched\": false, \"hipAngleDeg\": 99}}},"
                + " \"minutesPerSession\": 2}", "plan", "--intake", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                "$.tests.modifiedThomas.left.hipAngleDeg: must be between -30 and 60",
                "$.minutesPerSession: must be between 5 and 60");
    }

    @Test
    void malformedJsonSaysWhereAndNeverShowsAStackTrace() {
        Run r = run("{\"tests\": {\n  \"x\" 1 }}", "plan", "--intake", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("$: not valid JSON at line 2").doesNotContain("at org.", "Exception");
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = run("", "plan", "--intake", "/no/such/intake.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("", "plan", "--intake", "-", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void aRedFlagGivesNoPlanButSaysWhatToDo() {
        Run r = run("{\"symptoms\": [\"unexplained-weight-loss\"], \"tests\": {}}", "plan", "--intake", "-", "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("see-doctor", "No exercise program", "book an appointment", "All 17 exercises are on hold");
        // what to do comes before any detail
        assertThat(r.out().indexOf("What to do now")).isPositive().isLessThan(r.out().indexOf("Findings"));
        assertThat(r.out().indexOf("book an appointment")).isLessThan(r.out().indexOf("Findings"));
    }

    @Test
    void anUrgentRedFlagGivesANullPlanAndExcludesEveryExercise() throws Exception {
        Run r = run("{\"symptoms\": [\"cauda-equina-signs\"], \"tests\": {}, \"equipment\": [\"mat\"]}", "plan", "--intake", "-");
        assertThat(r.code()).isZero();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("triage").get("level").asText()).isEqualTo("urgent");
        assertThat(plan.get("plan").isNull()).isTrue();
        assertThat(plan.get("excluded").size()).isEqualTo(17);
        for (JsonNode e : plan.get("excluded")) assertThat(e.get("reason").asText()).isEqualTo("triage-urgent");
        assertThat(plan.get("advice").get(0).asText()).contains("emergency");
    }

    @Test
    void catalogListsEveryItemAsJson() throws Exception {
        Run r = run("", "catalog", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode items = JSON.readTree(r.out());
        assertThat(items.size()).isEqualTo(21);
        for (JsonNode item : items) {
            for (String field : new String[]{"id", "name", "category", "position", "equipment", "perSide", "advanced", "practitionerOnly",
                    "foamRolling", "sources", "variants"}) {
                assertThat(item.has(field)).as(item.get("id") + "." + field).isTrue();
            }
            assertThat(item.get("category").asText()).isIn("test", "stretch", "strengthen", "release", "breathing");
            for (JsonNode v : item.get("variants")) assertThat(v.has("equipment")).isTrue();
        }
    }

    @Test
    void catalogAsTextShowsStepsAndSources() {
        Run r = run("", "catalog", "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Kneeling lunge hip flexor stretch", "1. ", "Sources:", "Cue:");
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("plan", "catalog", "Exit codes");
        Run version = run("", "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("psoas ");
        Run planHelp = run("", "plan", "--help");
        assertThat(planHelp.out()).contains("--intake", "Example");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run r = run("", "dance");
        assertThat(r.code()).isEqualTo(2);
    }
}
