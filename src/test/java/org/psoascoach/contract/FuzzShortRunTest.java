package org.psoascoach.contract;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's short fuzzing run (issue 19, point 3): each reader of a JSON body fuzzed by Jazzer for 20,000 executions
 * from its seeds, in a process of its own (Jazzer fuzzes one target per JVM). The @FuzzTest methods themselves run their
 * seeds in the suite; bench/fuzz.sh is the long run. A finding fails here with Jazzer's report.
 */
class FuzzShortRunTest {
    private static final int RUNS = 20_000;

    @TempDir
    Path corpus;

    @ParameterizedTest
    @ValueSource(strings = {"org.psoascoach.contract.IntakeReaderFuzzTest", "org.psoascoach.contract.SessionLogReaderFuzzTest",
            "org.psoascoach.web.practice.PracticeRequestsFuzzTest"})
    void twentyThousandFuzzedBodiesAreEachReadOrRefusedByField(String target) throws Exception {
        Path seeds = Path.of("src/test/resources", target.replace('.', '/') + "Inputs");
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path seed : files.filter(Files::isRegularFile).toList()) Files.copy(seed, corpus.resolve(seed.getFileName().toString()));
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process jazzer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:-OmitStackTraceInFastThrow", "-cp", classPath, "com.code_intelligence.jazzer.Jazzer", "--target_class=" + target,
                "--instrumentation_includes=org.psoascoach.**:com.fasterxml.**", "-runs=" + RUNS, "-max_total_time=0", "-rss_limit_mb=4096",
                "-artifact_prefix=" + corpus.toAbsolutePath() + "/", corpus.toString()))
                .redirectErrorStream(true).start();
        String out = new String(jazzer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jazzer.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String report = out.lines().filter(l -> !l.startsWith("INFO: Instrumented")).reduce("", (a, b) -> a + b + "\n");
        assertThat(jazzer.exitValue()).as(report).isZero();
        assertThat(out).as(report).contains("Done " + RUNS + " runs");
    }
}
