package org.psoascoach.journal;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads every log makes on SQLite's one writer find their rows through an index in the order they ask for:
 * no table scanned, nothing sorted in a temporary B-tree (issue 19: every log waits for that writer, and SQLite had
 * sorted these reads even for one row or none).
 */
class QueryPlansTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"latest ids", "adjustments", "insert"})
    void aReadEveryLogMakesUsesAnIndexInItsOrderWithoutSortingOrScanning(String read) {
        String sql = switch (read) {
            case "latest ids" -> Journal.Newest.SQL;
            case "adjustments" -> AdjustmentStore.FOR_CLIENT;
            case "insert" -> SessionLogStore.INSERT;
            default -> throw new IllegalArgumentException(read);
        };
        try (Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("plans.db")))) {
            List<String> plan = db.read(h -> {
                List<String> steps = new ArrayList<>();
                try (PreparedStatement explain = h.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + sql);
                     ResultSet rows = explain.executeQuery()) { // values left unbound: the plan does not depend on them
                    while (rows.next()) steps.add(rows.getString("detail"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return steps;
            });
            assertThat(plan).as(sql).isNotEmpty()
                    .noneMatch(step -> step.contains("TEMP B-TREE"))
                    .noneMatch(step -> step.startsWith("SCAN") && !step.equals("SCAN CONSTANT ROW"));
        }
    }
}
