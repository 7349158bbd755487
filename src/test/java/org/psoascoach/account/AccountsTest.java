package org.psoascoach.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoascoach.Fixtures;
import org.psoascoach.assessment.Side;
import org.psoascoach.export.DataExport;
import org.psoascoach.export.Progress;
import org.psoascoach.journal.Journal;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;
import org.psoascoach.progress.SessionLogRules;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.Tables;
import org.psoascoach.store.TestClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTest {
    @TempDir
    Path folder;

    private final TestClock clock = new TestClock("2026-11-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEmailBelongsToOneAccountWhateverItsCase(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            accounts.signUp("Ana@Example.org", "a long enough secret", "person", "Europe/Lisbon");
            assertThatThrownBy(() -> accounts.signUp("  ana@EXAMPLE.org ", "another long secret", "person", "UTC"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.path()).isEqualTo("email")));
            assertThat(accounts.signIn("ANA@example.org", "a long enough secret")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void passwordsAreStoredAsArgon2idHashesAndOnlyTheRightOneSignsIn(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Account ana = accounts.signUp("ana@example.org", "a long enough secret", "practitioner", "Europe/Lisbon");
            String hash = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM account").mapTo(String.class).one());
            assertThat(hash).startsWith("$argon2id$").doesNotContain("a long enough secret");
            assertThat(accounts.signIn("ana@example.org", "a long enough secret")).contains(ana);
            assertThat(accounts.signIn("ana@example.org", "A long enough secret")).isEmpty();
            assertThat(accounts.signIn("nobody@example.org", "a long enough secret")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSignInSessionNamesTheWholeAccountUntilItEndsOrExpires(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            // an address with the characters a sign-up allows that SQL and splitting could trip on
            Account ana = accounts.signUp("o'neil|ana+psoas@exämple.org", "a long enough secret", "practitioner", "America/Argentina/Buenos_Aires");
            Account bo = accounts.signUp("bo@example.org", "another long secret", "person", "UTC");
            SignInSessions sessions = new SignInSessions(db, clock);
            String anas = sessions.start(ana);
            String bos = sessions.start(bo);
            String revision = db.jdbi().withHandle(h -> Revisions.of(h, ana.id()));

            SignInSessions.SignedIn found = sessions.find(anas).orElseThrow();
            assertThat(found.account()).isEqualTo(ana);
            assertThat(found.revision()).isEqualTo(revision);
            assertThat(found.csrfToken()).hasSize(43).isNotEqualTo(sessions.find(bos).orElseThrow().csrfToken());
            assertThat(sessions.find(bos).orElseThrow().account()).isEqualTo(bo);
            assertThat(sessions.find("not-a-token")).isEmpty();
            assertThat(sessions.find("")).isEmpty();
            assertThat(sessions.find(null)).isEmpty();

            sessions.end(anas);
            assertThat(sessions.find(anas)).isEmpty();
            assertThat(sessions.find(bos)).isPresent();
            clock.advance(SignInSessions.LIFETIME.plusSeconds(1));
            assertThat(sessions.find(bos)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badSignUpsNameEveryFieldAndWriteNothing(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            assertThatThrownBy(() -> accounts.signUp("not-an-email", "short", "admin", "Mars/Olympus"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.path())
                            .containsExactly("email", "password", "role", "timeZone"));
            assertThat(rows(db).get("account")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingAnAccountRemovesEveryPersonalRowAndNoOneElses(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "client", "UTC");
            Account ben = accounts.signUp("ben@example.org", "client secret 456", "client", "UTC");
            var practices = new org.psoascoach.practice.Practices(db, clock);
            practices.create(pia, "Hip Clinic");
            for (Account client : List.of(ana, ben)) {
                practices.accept(practices.invite(pia, org.psoascoach.practice.InvitationKind.CLIENT).token(), client);
                practices.record(pia, practices.clientOf(pia, client.id()).orElseThrow(), org.psoascoach.practice.RecordAction.VIEWED_RECORD);
            }
            fill(db, ana, "a");
            fill(db, ben, "b");
            Map<String, Integer> before = rows(db);
            Map<String, Integer> anasRows = rowsOf(db, ana.id());
            assertThat(anasRows.values()).allMatch(n -> n > 0); // every table holds something of Ana's

            assertThat(accounts.delete(ana.id())).isTrue();

            Map<String, Integer> after = rows(db);
            for (Tables.Table t : Tables.ALL) {
                assertThat(after.get(t.name())).as(t.name()).isEqualTo(before.get(t.name()) - anasRows.get(t.name()));
            }
            assertThat(rowsOf(db, ana.id()).values()).allMatch(n -> n == 0);
            int anasSessions = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_session WHERE account_id = :a")
                    .bind("a", ana.id()).mapTo(Integer.class).one());
            assertThat(anasSessions).isZero(); // signed out everywhere: sessions are not exported, but they go with the account
            assertThat(rowsOf(db, ben.id()).values()).allMatch(n -> n > 0);
            assertThat(accounts.find(ben.id())).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void oneAccountsExportHoldsAllOfTheirRowsAndNothingOfAnyoneElses(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "person", "UTC");
            Account ben = accounts.signUp("ben@example.org", "client secret 456", "person", "UTC");
            fill(db, ana, "a");
            fill(db, ben, "b");
            JsonNode export = new DataExport(db, clock).accounts(List.of(ana.id()), Progress.NONE);
            Map<String, Integer> anasRows = rowsOf(db, ana.id());
            for (Tables.Table t : Tables.ALL) {
                assertThat(export.path("tables").path(t.name()).size()).as(t.name()).isEqualTo(anasRows.get(t.name()));
            }
            // Ben's session key quoted: a random id may hold the letters b-1
            assertThat(export.toString()).contains(ana.id()).doesNotContain(ben.id()).doesNotContain("ben@example.org").doesNotContain("\"b-1\"");
        }
    }

    /** An assessment, a plan, a re-test and two logged sessions. */
    private void fill(Database db, Account who, String prefix) {
        Journal journal = new Journal(db, Fixtures.PLANNER, new SessionLogRules(Fixtures.CATALOG), clock);
        journal.assess(who, Fixtures.intake().tightLeft().equipment(org.psoascoach.catalog.Equipment.MAT).build());
        for (int i = 1; i <= 2; i++) {
            journal.log(who, new LoggedSession(prefix + "-" + i, LocalDate.parse("2026-11-02"), null, null, true, 3, 2, "note " + prefix,
                    List.of(new DoneItem("kneeling-lunge", Side.LEFT, 3, null, 30))));
        }
        new org.psoascoach.journal.AssessmentDrafts(db, clock).save(who, new org.psoascoach.journal.AssessmentDrafts.Draft("about", "{\"tests\":{}}"));
        journal.choose(who, new org.psoascoach.journal.Schedule(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(7, 30)));
        new SignInSessions(db, clock).start(who);
    }

    static Map<String, Integer> rows(Database db) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Tables.Table t : Tables.ALL) {
            out.put(t.name(), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + t.name()).mapTo(Integer.class).one()));
        }
        return out;
    }

    static Map<String, Integer> rowsOf(Database db, String accountId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Tables.Table t : Tables.ALL) {
            out.put(t.name(), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + t.name() + " WHERE " + t.ofAccount())
                    .bind("account", accountId).mapTo(Integer.class).one()));
        }
        return out;
    }
}
