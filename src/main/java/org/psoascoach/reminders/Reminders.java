package org.psoascoach.reminders;

import org.psoascoach.account.Account;
import org.psoascoach.account.Accounts;
import org.psoascoach.account.SignInSessions;
import org.psoascoach.journal.Journal;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.PlannedItem;
import org.psoascoach.store.Database;
import org.psoascoach.store.Times;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's reminders feed: a secret calendar address they can subscribe to in any calendar app, made, replaced
 * and revoked here. Only the token's SHA-256 is stored, so the address is shown once, when it is made.
 */
public final class Reminders {
    private final Database db;
    private final Journal journal;
    private final Accounts accounts;
    private final Messages messages;
    private final Clock clock;

    public Reminders(Database db, Journal journal, Accounts accounts, Messages messages, Clock clock) {
        this.db = db;
        this.journal = journal;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new secret address token for the account; any earlier address stops working. */
    public String newAddress(Account who) {
        String token = SignInSessions.randomToken();
        String now = Times.text(Times.stored(clock.instant()));
        db.useWrite(h -> {
            h.createUpdate("DELETE FROM calendar_feed WHERE account_id = :account").bind("account", who.id()).execute();
            h.createUpdate("INSERT INTO calendar_feed (account_id, token_hash, created_at) VALUES (:account, :hash, :now)")
                    .bind("account", who.id()).bind("hash", SignInSessions.hash(token)).bind("now", now).execute();
        });
        return token;
    }

    /** Stops the account's address from answering. */
    public void revoke(Account who) {
        db.useWrite(h -> h.createUpdate("DELETE FROM calendar_feed WHERE account_id = :account").bind("account", who.id()).execute());
    }

    /** When the account's current address was made, if it has one. */
    public Optional<Instant> addressMadeAt(Account who) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT created_at FROM calendar_feed WHERE account_id = :account")
                .bind("account", who.id()).mapTo(String.class).findOne()).map(Times::instant);
    }

    /** The calendar at the address with this token, or empty when no account has it (never made, replaced or revoked). */
    public Optional<String> feed(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        Optional<String> accountId = db.jdbi().withHandle(h -> h.createQuery("SELECT account_id FROM calendar_feed WHERE token_hash = :hash")
                .bind("hash", SignInSessions.hash(token)).mapTo(String.class).findOne());
        return accountId.flatMap(accounts::find).map(this::calendar);
    }

    /** True when the latest assessment rules a program out (urgent, or see-doctor not cleared): no session days then. */
    public boolean exerciseOnHold(Account who) {
        return journal.today(who, journal.today(who)).map(t -> t.result().plan() == null).orElse(false);
    }

    private String calendar(Account who) {
        List<CalendarFeed.Event> events = new ArrayList<>();
        journal.today(who, journal.today(who)).ifPresent(today -> {
            // the alarm at the person's chosen time of day, in the calendar's own zone (all-day events float)
            Duration remindAt = Duration.ofMinutes(today.schedule().remindAt().toSecondOfDay() / 60);
            Plan plan = today.result().plan();
            String assessment = today.assessment().id();
            Instant stamp = today.plan().createdAt();
            if (plan != null) {
                Set<DayOfWeek> days = today.sessionDays();
                LocalDate start = today.assessment().takenOn();
                while (!days.contains(start.getDayOfWeek())) start = start.plusDays(1);
                LocalDate until = today.retestDue() != null ? today.retestDue() : start.plusDays(Plan.RETEST_AFTER_DAYS - 1L);
                Set<String> names = new LinkedHashSet<>();
                for (PlannedItem p : plan.items()) names.add(p.item().text().name());
                events.add(new CalendarFeed.Event("sessions-" + assessment + "@psoas-coach", stamp, start, days, until,
                        messages.get("calendar.session.summary", plan.estimatedMinutes()),
                        messages.get("calendar.session.description", String.join(", ", names)), remindAt));
            }
            if (plan != null && today.retestDue() != null) { // on hold (no plan): the feed invites no exercise or test
                events.add(new CalendarFeed.Event("retest-" + assessment + "@psoas-coach", stamp, today.retestDue(), null, null,
                        messages.get("calendar.retest.summary"), messages.get("calendar.retest.description"), remindAt));
            }
        });
        return CalendarFeed.write(messages.get("calendar.name"), messages.get("calendar.description"), events);
    }
}
