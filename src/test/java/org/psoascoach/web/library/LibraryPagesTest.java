package org.psoascoach.web.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.web.TestServer;
import org.psoascoach.web.WebClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise library: equipment that only a version of an item needs still finds the item, and search speaks people's words. */
class LibraryPagesTest {
    @TempDir
    Path folder;

    @Test
    void equipmentUsedOnlyByAVersionOfAnItemFindsThatItemAndSaysWhichVersion() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            String band = browser.get("/library?equipment=resistance-band").body();
            assertThat(band).contains("Showing 1 of 21.").contains("href=\"/library/standing-hip-flexion\"")
                    .contains("Harder: Band around the ankles, with");
            assertThat(browser.get("/library?equipment=ankle-weights").body()).contains("Showing 2 of 21.")
                    .contains("href=\"/library/lying-leg-raise\"").contains("href=\"/library/supine-single-leg-lift\"");
            assertThat(browser.get("/library?equipment=chair").body()).contains("href=\"/library/kneeling-lunge\"")
                    .contains("href=\"/library/standing-hip-flexion-hold\"").doesNotContain("Showing 0 of");
        }
    }

    @Test
    void searchFindsWordFormsAndEverydayNames() {
        try (Database db = Backend.SQLITE.open(folder); TestServer server = TestServer.start(db)) {
            WebClient browser = new WebClient(server.base);
            assertThat(browser.get("/library?q=lunges").body()).contains("href=\"/library/kneeling-lunge\"").contains("href=\"/library/high-lunge-reach\"");
            assertThat(browser.get("/library?q=psoas+stretch").body()).contains("href=\"/library/kneeling-lunge\"").doesNotContain("href=\"/library/ball-bridge\"");
            assertThat(browser.get("/library?q=hip+flexor").body()).contains("href=\"/library/standing-hip-flexion\"");
            assertThat(browser.get("/library?q=bridge").body()).contains("href=\"/library/ball-bridge\"");
        }
    }
}
