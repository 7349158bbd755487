package org.psoascoach.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoascoach.Fixtures;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.Side;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.TestClock;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportImportTest {
    @TempDir
    Path folder;

    private final TestClock clock = new TestClock("2026-11-02T08:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SQLITE, SQLITE", "SQLITE, POSTGRESQL", "POSTGRESQL, SQLITE", "POSTGRESQL, POSTGRESQL"})
    void theJsonExportReimportsIntoAnEmptyDatabaseWithEveryRowEqual(Backend from, Backend to) throws Exception {
        try (Database source = from.open(folder); Database target = to.open(folder)) {
            fill(source);
            ObjectNode export = new DataExport(source, clock).everything(Progress.NONE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataExport.write(export, bytes);

            DataImport.Summary summary = new DataImport(target).load(bytes.toString(StandardCharsets.UTF_8), Progress.NONE);

            ObjectNode again = new DataExport(target, clock).everything(Progress.NONE);
            assertThat(again.get("tables")).isEqualTo(export.get("tables")); // every row of every table, column by column
            assertThat(summary.rows()).isGreaterThan(20);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void importingIntoADatabaseThatHasTheRowsRefusesAndLeavesItAsItWas(Backend backend) throws Exception {
        try (Database db = backend.open(folder)) {
            fill(db);
            ObjectNode export = new DataExport(db, clock).everything(Progress.NONE);
            assertThatThrownBy(() -> new DataImport(db).load(export.toString(), Progress.NONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.tables.account[0]").hasMessageContaining("Nothing was imported")
                    .hasMessageNotContaining("SQL");
            assertThat(new DataExport(db, clock).everything(Progress.NONE).get("tables")).isEqualTo(export.get("tables"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDamagedExportIsRefusedFieldByFieldBeforeAnythingIsWritten(Backend backend) {
        try (Database db = backend.open(folder)) {
            String damaged = """
                    {"format": "psoas-coach-export", "formatVersion": 1, "tables": {
                      "account": [{"id": "x", "role": "person", "time_zone": "UTC", "created_at": "2026-11-02T08:00:00.000Z", "colour": "red"}],
                      "session_log": [{"id": 7}],
                      "secrets": []}}""";
            assertThatThrownBy(() -> new DataImport(db).load(damaged, Progress.NONE)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.problems()).extracting(p -> p.path())
                            .containsExactly("$.tables.account[0].colour", "$.tables.session_log[0].id", "$.tables.secrets"));
            int accounts = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one());
            assertThat(accounts).isZero();
        }
    }

    private void fill(Database db) {
        Accounts accounts = new Accounts(db, clock);
        Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "Europe/Vienna");
        Account ana = accounts.signUp("ana@example.org", "client secret 123", "client", "America/New_York");
        var practices = new org.psoascoach.practice.Practices(db, clock);
        practices.create(pia, "Hip Clinic");
        practices.accept(practices.invite(pia, org.psoascoach.practice.InvitationKind.CLIENT).token(), ana);
        practices.record(pia, practices.clientOf(pia, ana.id()).orElseThrow(), org.psoascoach.practice.RecordAction.VIEWED_RECORD);
        Account local = accounts.localProfile(java.time.ZoneId.of("Asia/Tokyo"));
        Journal journal = new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), clock);
        for (Account who : List.of(ana, local)) {
            journal.assess(who, Fixtures.intake().tightLeft().legRaise(18.5, 27).resisted(4, 5).sitting(7.5).age(70)
                    .equipment(org.psoascoach.catalog.Equipment.MAT, org.psoascoach.catalog.Equipment.PARTNER).build());
            journal.log(who, new LoggedSession("k1", LocalDate.parse("2026-11-01"), Instant.parse("2026-11-01T07:00:00.123Z"),
                    Instant.parse("2026-11-01T07:14:59Z"), false, 4, 3, "a note, with \"quotes\" and ünïcode",
                    List.of(new DoneItem("kneeling-lunge", Side.LEFT, 3, null, 30), new DoneItem("lying-leg-raise", Side.BOTH, 2, 10, null))));
            journal.choose(who, new org.psoascoach.journal.Schedule(java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.FRIDAY),
                    java.time.LocalTime.of(18, 45)));
        }
    }
}
