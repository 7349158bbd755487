package org.psoascoach.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEmptyDatabaseIsMigratedToEveryTable(Backend backend) {
        try (Database db = backend.open(folder)) {
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM account").mapTo(Integer.class).list()).stream().map(String::valueOf).toList();
            assertThat(tables).containsExactly("0");
        }
    }
}
