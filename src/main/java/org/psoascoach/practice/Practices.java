package org.psoascoach.practice;

import org.jdbi.v3.core.Handle;
import org.psoascoach.account.Account;
import org.psoascoach.account.AccountRole;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.store.Database;
import org.psoascoach.store.Ids;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Practices, their members and clients, invitations and the log of who saw a client's record. The one question every
 * practitioner page asks first is {@link #clientOf}: a practitioner sees a client only while the client belongs to
 * the practitioner's practice; the client can end that at any time ({@link #endAccess}).
 */
public final class Practices {
    /** How long an invitation link works. */
    public static final Duration INVITATION_VALID = Duration.ofDays(7);

    private final Database db;
    private final Clock clock;

    public Practices(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new invitation: the token goes in the link and is shown once; only its hash is kept. */
    public record Issued(String token, Instant expiresAt) {}

    /** A client made in the clinic, and the link that lets the person claim the record. */
    public record Created(ClientLink client, Issued claim) {}

    /** The practice the practitioner works in, if any. */
    public Optional<Practice> of(Account practitioner) {
        return db.read(h -> practice(h, practitioner.id()));
    }

    /** A new practice with this practitioner as its first member. */
    public Practice create(Account practitioner, String name) {
        if (practitioner.role() != AccountRole.PRACTITIONER) throw invalid("role", "only a practitioner account can have a practice");
        String clean = name(name);
        Practice practice = new Practice(Ids.next(), clean);
        String now = now();
        db.useWrite(h -> {
            if (practice(h, practitioner.id()).isPresent()) throw invalid("name", "you are already in a practice");
            h.createUpdate("INSERT INTO practice (id, name, created_at) VALUES (:id, :name, :at)")
                    .bind("id", practice.id()).bind("name", clean).bind("at", now).execute();
            h.createUpdate("INSERT INTO practice_member (account_id, practice_id, joined_at) VALUES (:a, :p, :at)")
                    .bind("a", practitioner.id()).bind("p", practice.id()).bind("at", now).execute();
        });
        return practice;
    }

    public Practice rename(Account member, String name) {
        String clean = name(name);
        return db.write(h -> {
            Practice practice = practice(h, member.id()).orElseThrow(() -> invalid("name", "you are not in a practice"));
            h.createUpdate("UPDATE practice SET name = :name WHERE id = :id").bind("name", clean).bind("id", practice.id()).execute();
            return new Practice(practice.id(), clean);
        });
    }

    /** An invitation to join this member's practice, as a client or as a colleague. */
    public Issued invite(Account member, InvitationKind kind) {
        return db.write(h -> {
            Practice practice = practice(h, member.id()).orElseThrow(() -> invalid("practice", "set up your practice first"));
            return issue(h, practice.id(), kind, null, member.id());
        });
    }

    /** A client made in the clinic (no email yet), led by {@code member}, with the link the person claims the record by. */
    public Created createClient(Account member, String clientName, ZoneId zone) {
        String clean = clientName(clientName);
        Instant now = Times.stored(clock.instant());
        return db.write(h -> {
            Practice practice = practice(h, member.id()).orElseThrow(() -> invalid("practice", "set up your practice first"));
            Account client = Accounts.createUnclaimed(h, zone, now);
            h.createUpdate("""
                            INSERT INTO practice_client (practice_id, client_id, lead_id, name, name_key, linked_at)
                            VALUES (:p, :c, :lead, :name, :key, :at)""")
                    .bind("p", practice.id()).bind("c", client.id()).bind("lead", member.id()).bind("name", clean).bind("key", key(clean))
                    .bind("at", Times.text(now)).execute();
            keepWords(h, practice.id(), client.id(), key(clean));
            Issued claim = issue(h, practice.id(), InvitationKind.CLIENT, client.id(), member.id());
            ClientLink link = link(h, member.id(), client.id()).orElseThrow();
            log(h, member, link, RecordAction.ADDED_CLIENT);
            return new Created(link, claim);
        });
    }

    /** The invitation behind a token while it can still be used (unused, not expired); empty otherwise. */
    public Optional<Invitation> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        String now = now();
        return db.read(h -> h.createQuery("""
                        SELECT i.practice_id, p.name, i.kind, i.client_id, i.expires_at FROM invitation i JOIN practice p ON p.id = i.practice_id
                        WHERE i.token_hash = :hash AND i.used_at IS NULL AND i.expires_at > :now""")
                .bind("hash", SignInSessions.hash(token)).bind("now", now)
                .map((rs, ctx) -> new Invitation(rs.getString(1), rs.getString(2), InvitationKind.fromId(rs.getString(3)), rs.getString(4),
                        Times.instant(rs.getString(5))))
                .findOne());
    }

    /**
     * Uses an invitation for a signed-in account: a client invitation makes the account a client of the practice (the
     * inviting practitioner leads); a colleague invitation makes a practitioner without a practice a member. Once only.
     */
    public Invitation accept(String token, Account who) {
        Invitation invitation = find(token).orElseThrow(() -> invalid("token", "this invitation is used, expired or unknown"));
        if (invitation.claimsARecord()) throw invalid("token", "this link claims a record made in the clinic: create your sign-in with it");
        db.useWrite(h -> {
            if (!use(h, token)) throw invalid("token", "this invitation is used, expired or unknown");
            String inviter = h.createQuery("SELECT created_by FROM invitation WHERE token_hash = :hash").bind("hash", SignInSessions.hash(token))
                    .mapTo(String.class).findOne().orElse(null);
            if (invitation.kind() == InvitationKind.COLLEAGUE) {
                if (who.role() != AccountRole.PRACTITIONER) throw invalid("token", "only a practitioner account can join a practice as a colleague");
                if (practice(h, who.id()).isPresent()) throw invalid("token", "you are already in a practice");
                h.createUpdate("INSERT INTO practice_member (account_id, practice_id, joined_at) VALUES (:a, :p, :at)")
                        .bind("a", who.id()).bind("p", invitation.practiceId()).bind("at", now()).execute();
            } else {
                if (practice(h, who.id()).map(p -> p.id().equals(invitation.practiceId())).orElse(false)) {
                    throw invalid("token", "you are a member of this practice; a client invitation is for someone else");
                }
                String name = who.email() == null ? "Client" : who.email();
                int linked = h.createUpdate("""
                                INSERT INTO practice_client (practice_id, client_id, lead_id, name, name_key, last_session_on, linked_at)
                                VALUES (:p, :c, :lead, :name, :key,
                                        COALESCE((SELECT MAX(s.performed_on) FROM session_log s WHERE s.account_id = :c), '0000-00-00'), :at)
                                ON CONFLICT (practice_id, client_id) DO NOTHING""")
                        .bind("p", invitation.practiceId()).bind("c", who.id()).bind("lead", inviter)
                        .bind("name", name).bind("key", key(name))
                        .bind("at", now()).execute();
                if (linked == 0) throw invalid("token", "you are a client of this practice already");
                keepWords(h, invitation.practiceId(), who.id(), key(name));
                logAs(h, inviter, who.id(), invitation.practiceName(), RecordAction.CLIENT_JOINED);
            }
        });
        return invitation;
    }

    /** Uses a claim link: the record made in the clinic gets this email and password; returns the account to sign in. */
    public Account claim(String token, String email, String password, Accounts accounts) {
        Invitation invitation = find(token).orElseThrow(() -> invalid("token", "this invitation is used, expired or unknown"));
        if (!invitation.claimsARecord()) throw invalid("token", "this invitation is not for a record made in the clinic");
        Account claimed = accounts.claim(invitation.clientId(), email, password);
        db.useWrite(h -> use(h, token));
        return claimed;
    }

    /** How the practice's list is ordered. */
    public enum Order {
        NAME("name"), LAST_SESSION("last-session"), LINKED("newest");

        private final String id;

        Order(String id) { this.id = id; }

        public String id() { return id; }

        public static Order fromId(String id) {
            for (Order o : values()) if (o.id.equals(id)) return o;
            return null;
        }
    }

    /** A page of clients, the practice they are of (none for a practitioner without one yet), and whether more follow. */
    public record Page(Optional<Practice> practice, List<ClientLink> clients, boolean more) {}

    /**
     * A page of the practice's clients with a word of the name beginning with {@code query} (any case; it may run on into
     * the next words), in the order asked: by name, by the latest session (most recent first, never-logged last), or
     * newest clients first. Reads one page, whatever the size of the practice.
     */
    public Page clients(Account member, String query, Order order, int page, int size) {
        // each order walks one of practice_client's indexes, so a page reads a page's rows
        String orderBy = switch (order) {
            case NAME -> "pc.name_key, pc.client_id";
            case LAST_SESSION -> "pc.last_session_on DESC, pc.name_key";
            case LINKED -> "pc.linked_at DESC, pc.client_id";
        };
        String asked = query == null ? "" : key(query);
        // a search reads the range of word keys that begin with what was asked (NameWords), not every client's name
        String found = asked.isEmpty() ? "" : " AND pc.client_id IN (SELECT w.client_id FROM practice_client_word w"
                + " WHERE w.practice_id = :p AND w.word_key >= :from AND w.word_key < :to)";
        // two statements with no transaction around them (on a shared PostgreSQL, BEGIN and COMMIT were two more round trips)
        return db.jdbi().withHandle(h -> {
            Optional<Practice> practice = practice(h, member.id());
            if (practice.isEmpty()) return new Page(practice, List.of(), false);
            var select = h.createQuery("""
                            SELECT pc.practice_id, :practiceName, pc.client_id, pc.name, pc.lead_id, l.email, pc.linked_at, a.email IS NOT NULL
                            FROM practice_client pc JOIN account a ON a.id = pc.client_id LEFT JOIN account l ON l.id = pc.lead_id
                            WHERE pc.practice_id = :p""" + found + " ORDER BY " + orderBy + " LIMIT :n OFFSET :o")
                    .bind("p", practice.get().id()).bind("practiceName", practice.get().name()).bind("n", size + 1)
                    .bind("o", (long) (page - 1) * size);
            if (!asked.isEmpty()) select.bind("from", asked).bind("to", NameWords.after(asked));
            List<ClientLink> rows = select.map((rs, ctx) -> link(rs)).list();
            boolean more = rows.size() > size;
            return new Page(practice, more ? rows.subList(0, size) : rows, more);
        });
    }

    /** The client as this practitioner may see them: only a client of the practitioner's own practice, else empty. */
    public Optional<ClientLink> clientOf(Account practitioner, String clientId) {
        if (practitioner.role() != AccountRole.PRACTITIONER || clientId == null) return Optional.empty();
        return db.read(h -> link(h, practitioner.id(), clientId));
    }

    /** The practices that can see this person's record, as their account page lists them. */
    public List<ClientLink> practicesOf(Account client) {
        return db.read(h -> h.createQuery("""
                        SELECT pc.practice_id, p.name, pc.client_id, pc.name, pc.lead_id, l.email, pc.linked_at, a.email IS NOT NULL
                        FROM practice_client pc JOIN practice p ON p.id = pc.practice_id JOIN account a ON a.id = pc.client_id
                        LEFT JOIN account l ON l.id = pc.lead_id
                        WHERE pc.client_id = :c ORDER BY p.name""")
                .bind("c", client.id()).map((rs, ctx) -> link(rs)).list());
    }

    /** The person ends a practice's access: from now on it sees nothing of them. Returns whether there was such access. */
    public boolean endAccess(Account client, String practiceId) {
        return db.write(h -> h.createUpdate("DELETE FROM practice_client WHERE practice_id = :p AND client_id = :c")
                .bind("p", practiceId).bind("c", client.id()).execute()) == 1;
    }

    /** The practice's private note about the client (never shown to the client), or null. */
    public String privateNote(ClientLink client) {
        return db.read(h -> h.createQuery("SELECT text FROM practitioner_note WHERE practice_id = :p AND client_id = :c")
                .bind("p", client.practiceId()).bind("c", client.clientId()).mapTo(String.class).findOne().orElse(null));
    }

    /** Keeps the practice's private note about the client (empty takes it away), and logs that one was written. */
    public void writePrivateNote(Account practitioner, ClientLink client, String text) {
        db.useWrite(h -> {
            h.createUpdate("DELETE FROM practitioner_note WHERE practice_id = :p AND client_id = :c")
                    .bind("p", client.practiceId()).bind("c", client.clientId()).execute();
            if (text != null && !text.isBlank()) {
                h.createUpdate("""
                                INSERT INTO practitioner_note (practice_id, client_id, text, written_by, written_at)
                                VALUES (:p, :c, :text, :by, :at)""")
                        .bind("p", client.practiceId()).bind("c", client.clientId()).bind("text", text.strip())
                        .bind("by", practitioner.email()).bind("at", now()).execute();
            }
            log(h, practitioner, client, RecordAction.WROTE_NOTE);
        });
    }

    /** Logs that {@code practitioner} did {@code action} with the client's record. */
    public void record(Account practitioner, ClientLink client, RecordAction action) {
        db.useWrite(h -> log(h, practitioner, client, action));
    }

    /** Who saw or changed this person's record, newest first. */
    public List<AccessEntry> accessLog(Account client, int limit) {
        return db.read(h -> h.createQuery("""
                        SELECT who, practice_name, action, at FROM record_access WHERE client_id = :c ORDER BY at DESC, id DESC LIMIT :n""")
                .bind("c", client.id()).bind("n", limit)
                .map((rs, ctx) -> new AccessEntry(rs.getString(1), rs.getString(2), RecordAction.fromId(rs.getString(3)), Times.instant(rs.getString(4))))
                .list());
    }

    private static final String LINKS = """
            SELECT pc.practice_id, p.name, pc.client_id, pc.name, pc.lead_id, l.email, pc.linked_at, a.email IS NOT NULL
            FROM practice_member m JOIN practice p ON p.id = m.practice_id JOIN practice_client pc ON pc.practice_id = m.practice_id
            JOIN account a ON a.id = pc.client_id LEFT JOIN account l ON l.id = pc.lead_id""";

    private static Optional<ClientLink> link(Handle h, String practitionerId, String clientId) {
        return h.createQuery(LINKS + " WHERE m.account_id = :me AND pc.client_id = :c")
                .bind("me", practitionerId).bind("c", clientId).map((rs, ctx) -> link(rs)).findOne();
    }

    private static ClientLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ClientLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Times.instant(rs.getString(7)), rs.getBoolean(8));
    }

    private static Optional<Practice> practice(Handle h, String accountId) {
        return h.createQuery("SELECT p.id, p.name FROM practice_member m JOIN practice p ON p.id = m.practice_id WHERE m.account_id = :a")
                .bind("a", accountId).map((rs, ctx) -> new Practice(rs.getString(1), rs.getString(2))).findOne();
    }

    private Issued issue(Handle h, String practiceId, InvitationKind kind, String clientId, String by) {
        String token = SignInSessions.randomToken();
        Instant now = Times.stored(clock.instant());
        Instant expires = now.plus(INVITATION_VALID);
        h.createUpdate("""
                        INSERT INTO invitation (token_hash, practice_id, kind, client_id, created_by, created_at, expires_at)
                        VALUES (:hash, :p, :kind, :client, :by, :at, :expires)""")
                .bind("hash", SignInSessions.hash(token)).bind("p", practiceId).bind("kind", kind.id()).bind("client", clientId)
                .bind("by", by).bind("at", Times.text(now)).bind("expires", Times.text(expires)).execute();
        return new Issued(token, expires);
    }

    /** Marks the invitation used; false when it was used, expired or unknown meanwhile (two tabs racing). */
    private boolean use(Handle h, String token) {
        return h.createUpdate("UPDATE invitation SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("now", now()).bind("hash", SignInSessions.hash(token)).execute() == 1;
    }

    private void log(Handle h, Account practitioner, ClientLink client, RecordAction action) {
        logAs(h, practitioner.id(), client.clientId(), client.practiceName(), action);
    }

    private void logAs(Handle h, String practitionerId, String clientId, String practiceName, RecordAction action) {
        String who = practitionerId == null ? "a former member of the practice" : h.createQuery("SELECT email FROM account WHERE id = :id")
                .bind("id", practitionerId).mapTo(String.class).findOne().orElse("a former member of the practice");
        h.createUpdate("""
                        INSERT INTO record_access (id, client_id, practitioner_id, who, practice_name, action, at)
                        VALUES (:id, :c, :p, :who, :practice, :action, :at)""")
                .bind("id", Ids.next()).bind("c", clientId).bind("p", practitionerId).bind("who", who).bind("practice", practiceName)
                .bind("action", action.id()).bind("at", now()).execute();
    }

    private String now() { return Times.text(Times.stored(clock.instant())); }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Practice.MAX_NAME) throw invalid("name", "must be 1 to " + Practice.MAX_NAME + " characters");
        return clean;
    }

    /** The name as the list orders and searches it. */
    static String key(String name) { return name.strip().toLowerCase(java.util.Locale.ROOT); }

    /** The keys the client is found by in the practice's list (see {@link NameWords}). */
    private static void keepWords(Handle h, String practiceId, String clientId, String nameKey) {
        var batch = h.prepareBatch("INSERT INTO practice_client_word (practice_id, client_id, word_key) VALUES (:p, :c, :w)");
        for (String word : NameWords.of(nameKey)) batch.bind("p", practiceId).bind("c", clientId).bind("w", word).add();
        if (batch.size() > 0) batch.execute();
    }

    private static String clientName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Practice.MAX_NAME) throw invalid("clientName", "must be 1 to " + Practice.MAX_NAME + " characters");
        return clean;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }
}
