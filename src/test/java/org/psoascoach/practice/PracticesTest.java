package org.psoascoach.practice;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;
import org.psoascoach.store.DatabaseLocation;
import org.psoascoach.store.TestClock;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see a client's record: the practitioners of the client's practice, until the client ends it. */
class PracticesTest {
    @TempDir
    Path folder;
    private final TestClock clock = new TestClock("2026-11-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aClientWhoAcceptsAnInvitationIsSeenByThePracticeAndByNoOtherPractice(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Practices practices = new Practices(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            Account colleague = accounts.signUp("carl@example.org", "colleague secret 1", "practitioner", "UTC");
            Account other = accounts.signUp("olga@example.org", "other practice secret", "practitioner", "UTC");
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "person", "UTC");
            practices.create(pia, "Hip Clinic");
            practices.create(other, "Other Studio");
            practices.accept(practices.invite(pia, InvitationKind.COLLEAGUE).token(), colleague);

            var invitation = practices.invite(pia, InvitationKind.CLIENT);
            assertThat(practices.find(invitation.token())).get().extracting(Invitation::practiceName).isEqualTo("Hip Clinic");
            practices.accept(invitation.token(), ana);

            assertThat(practices.clientOf(pia, ana.id())).get().extracting(ClientLink::leadId).isEqualTo(pia.id());
            assertThat(practices.clientOf(colleague, ana.id())).isPresent(); // a colleague in the same practice
            assertThat(practices.clientOf(other, ana.id())).isEmpty();       // another practice sees nothing
            assertThat(practices.clientOf(ana, ana.id())).isEmpty();         // not a practitioner
            assertThat(practices.clients(pia, "", Practices.Order.NAME, 1, 25).clients()).extracting(ClientLink::clientId).containsExactly(ana.id());
            assertThat(practices.clients(other, "", Practices.Order.NAME, 1, 25).clients()).isEmpty();
            assertThat(practices.practicesOf(ana)).extracting(ClientLink::practiceName).containsExactly("Hip Clinic");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theListFindsAClientByTheBeginningOfAnyWordOfTheNameInAnyCase(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Practices practices = new Practices(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            practices.create(pia, "Hip Clinic");
            for (String name : List.of("Ana María López", "Bea O'Brien-Smith", "Lopezia Ana", "Émile Zola", "Emil Berg")) {
                practices.createClient(pia, name, java.time.ZoneId.of("UTC"));
            }
            var found = (java.util.function.Function<String, List<String>>) q -> practices.clients(pia, q, Practices.Order.NAME, 1, 25).clients()
                    .stream().map(ClientLink::name).toList();
            assertThat(found.apply("ana")).containsExactly("Ana María López", "Lopezia Ana");
            assertThat(found.apply("ANA MARÍA L")).containsExactly("Ana María López"); // a search may run on into the next words
            assertThat(found.apply("lóp")).containsExactly("Ana María López");
            assertThat(found.apply("lop")).containsExactly("Lopezia Ana");             // an accent is a different letter
            assertThat(found.apply("smith")).containsExactly("Bea O'Brien-Smith");
            assertThat(found.apply("brien")).containsExactly("Bea O'Brien-Smith");
            assertThat(found.apply("ría")).isEmpty();                                   // not from the middle of a word
            assertThat(found.apply("é")).containsExactly("Émile Zola");                // not "Emil": byte order, whatever the database's language
            assertThat(found.apply("emil")).containsExactly("Emil Berg");
            assertThat(found.apply("50%")).isEmpty();
            assertThat(found.apply("")).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anInvitationWorksOnceForSevenDaysAndOnlyItsHashIsKept(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Practices practices = new Practices(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "person", "UTC");
            Account ben = accounts.signUp("ben@example.org", "client secret 456", "person", "UTC");
            practices.create(pia, "Hip Clinic");
            var once = practices.invite(pia, InvitationKind.CLIENT);
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM invitation").mapTo(String.class).one());
            assertThat(stored).isNotEqualTo(once.token()).hasSize(64);
            practices.accept(once.token(), ana);
            assertThatThrownBy(() -> practices.accept(once.token(), ben)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("used, expired or unknown");

            var late = practices.invite(pia, InvitationKind.CLIENT);
            clock.advance(Duration.ofDays(7).plusSeconds(1));
            assertThat(practices.find(late.token())).isEmpty();
            assertThatThrownBy(() -> practices.accept(late.token(), ben)).isInstanceOf(InvalidInputException.class);
            assertThat(practices.clientOf(pia, ben.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aClientMadeInTheClinicClaimsTheRecordByLinkAndThenSignsIn(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Practices practices = new Practices(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            practices.create(pia, "Hip Clinic");
            var made = practices.createClient(pia, "Mrs Example", ZoneId.of("Europe/Berlin"));
            assertThat(made.client().claimed()).isFalse();
            assertThat(made.client().name()).isEqualTo("Mrs Example");
            assertThat(accounts.signIn("mrs@example.org", "a long claim password")).isEmpty();

            Account claimed = practices.claim(made.claim().token(), "mrs@example.org", "a long claim password", accounts);
            assertThat(claimed.id()).isEqualTo(made.client().clientId());
            assertThat(accounts.signIn("mrs@example.org", "a long claim password")).get().extracting(Account::id).isEqualTo(claimed.id());
            assertThat(practices.clientOf(pia, claimed.id())).get().extracting(ClientLink::claimed).isEqualTo(true);
            assertThatThrownBy(() -> practices.claim(made.claim().token(), "other@example.org", "a long claim password", accounts))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theClientEndsAccessAndSeesWhoSawTheRecord(Backend backend) {
        try (Database db = backend.open(folder)) {
            Accounts accounts = new Accounts(db, clock);
            Practices practices = new Practices(db, clock);
            Account pia = accounts.signUp("pia@example.org", "practitioner secret", "practitioner", "UTC");
            Account ana = accounts.signUp("ana@example.org", "client secret 123", "person", "UTC");
            Practice clinic = practices.create(pia, "Hip Clinic");
            practices.accept(practices.invite(pia, InvitationKind.CLIENT).token(), ana);
            clock.advance(Duration.ofMinutes(5));
            practices.record(pia, practices.clientOf(pia, ana.id()).orElseThrow(), RecordAction.VIEWED_RECORD);

            assertThat(practices.accessLog(ana, 50)).extracting(AccessEntry::action)
                    .containsExactly(RecordAction.VIEWED_RECORD, RecordAction.CLIENT_JOINED); // newest first
            assertThat(practices.accessLog(ana, 50)).allSatisfy(e -> {
                assertThat(e.who()).isEqualTo("pia@example.org");
                assertThat(e.practiceName()).isEqualTo("Hip Clinic");
            });
            assertThat(practices.endAccess(ana, clinic.id())).isTrue();
            assertThat(practices.clientOf(pia, ana.id())).isEmpty();
            assertThat(practices.clients(pia, "", Practices.Order.NAME, 1, 25).clients()).isEmpty();
            assertThat(practices.accessLog(ana, 50)).hasSize(2); // the history of who saw it stays with the person
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void linksFromTheFirstModelBecomePracticesWhenTheDatabaseIsUpgraded(Backend backend) {
        DatabaseLocation location = backend.freshLocation(folder);
        try (Database db = Database.connect(location)) {
            Database.configure(db.dataSource(), db.dialect()).target("7").load().migrate();
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO account (id, email, email_key, password_hash, role, time_zone, created_at) VALUES "
                        + "('p1', 'pia@example.org', 'pia@example.org', 'x', 'practitioner', 'UTC', '2026-01-01T00:00:00.000Z'), "
                        + "('c1', 'ana@example.org', 'ana@example.org', 'x', 'client', 'UTC', '2026-01-01T00:00:00.000Z')");
                h.execute("INSERT INTO practitioner_client (practitioner_id, client_id, linked_at) VALUES ('p1', 'c1', '2026-02-01T00:00:00.000Z')");
            });
            Database.flyway(db.dataSource(), db.dialect()).migrate();
            String lead = db.jdbi().withHandle(h -> h.createQuery("SELECT lead_id FROM practice_client WHERE client_id = 'c1' AND practice_id = 'p1'")
                    .mapTo(String.class).one());
            assertThat(lead).isEqualTo("p1");
            String practice = db.jdbi().withHandle(h -> h.createQuery("SELECT practice_id FROM practice_member WHERE account_id = 'p1'")
                    .mapTo(String.class).one());
            assertThat(practice).isEqualTo("p1");
        }
    }
}
