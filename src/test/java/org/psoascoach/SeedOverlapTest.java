package org.psoascoach;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sentence is our own: the shared tool finds no passage repeated word for word from the articles. */
class SeedOverlapTest {
    @Test
    void noTextRepeatsTheSourceArticles() throws Exception {
        Path tool = Path.of("../shared/tools/seed-overlap");
        Assumptions.assumeTrue(Files.isExecutable(tool), "the shared seed-overlap tool is not beside the project");
        Process process = new ProcessBuilder(tool.toString(), ".").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEmpty();
        assertThat(process.exitValue()).isZero();
    }
}
