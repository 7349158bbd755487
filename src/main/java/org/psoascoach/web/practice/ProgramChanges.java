package org.psoascoach.web.practice;

import org.psoascoach.account.Account;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.journal.Journal;
import org.psoascoach.language.Messages;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.planning.Adjustments;
import org.psoascoach.planning.Plan;
import org.psoascoach.planning.ProgramTemplate;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.practice.Practices;
import org.psoascoach.practice.RecordAction;
import org.psoascoach.store.Ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A practice's changes to one client's program, as the pages and the API both make them: each change is tried on the
 * client's current plan first and kept only when her rules allow it (else the reason, in the visitor's words), and every
 * kept change is logged for the client. The caller has checked that the practitioner's practice has this client.
 */
final class ProgramChanges {
    private final Journal journal;
    private final Practices practices;
    private final Catalog catalog;

    ProgramChanges(Journal journal, Practices practices, Catalog catalog) {
        this.journal = journal;
        this.practices = practices;
        this.catalog = catalog;
    }

    /** The client's program today, with the practice's changes applied; empty while she has none (no test day, or on hold). */
    Optional<Journal.Today> current(Account client) {
        return journal.today(client, journal.today(client)).filter(d -> d.result().plan() != null);
    }

    /** Keeps the change when the client's rules allow it; otherwise why they do not, and nothing is kept. */
    Optional<String> make(Account practitioner, ClientLink link, Account client, Adjustment change, Messages words) {
        Optional<String> refused = keep(link, client, change, words);
        if (refused.isEmpty()) practices.record(practitioner, link, RecordAction.CHANGED_PROGRAM);
        return refused;
    }

    private Optional<String> keep(ClientLink link, Account client, Adjustment change, Messages words) {
        // tried on the program as it stands now, with the changes already kept, as the client will get it
        Optional<Journal.Today> day = journal.today(client, journal.today(client));
        if (day.isEmpty()) return Optional.of(words.get("adjust.no.onHold"));
        Optional<String> refused = Adjustments.apply(day.get().result(), List.of(change), catalog, words).notApplied().stream()
                .map(Adjustments.NotApplied::why).findFirst();
        if (refused.isEmpty()) journal.adjust(client, link.practiceId(), change);
        return refused;
    }

    /** Takes a change of the practice back; false when the client has no such change from this practice. */
    boolean undo(Account practitioner, ClientLink link, Account client, String changeId) {
        if (!journal.undoAdjustment(client, link.practiceId(), changeId)) return false;
        practices.record(practitioner, link, RecordAction.CHANGED_PROGRAM);
        return true;
    }

    /**
     * Gives the client a template: the changes that make her program the template, each kept where her rules allow. The
     * changes that were not kept come back with why. The caller has checked she has a program ({@link #current}).
     */
    List<Adjustments.NotApplied> give(Account practitioner, ClientLink link, Account client, Plan plan, ProgramTemplate template, Messages words) {
        List<Adjustments.NotApplied> refused = new ArrayList<>();
        boolean kept = false;
        for (Adjustment change : template.changesFor(plan, practitioner.email(), Ids::next)) {
            Optional<String> why = keep(link, client, change, words);
            if (why.isPresent()) refused.add(new Adjustments.NotApplied(change, why.get()));
            else kept = true;
        }
        if (kept) practices.record(practitioner, link, RecordAction.CHANGED_PROGRAM);
        return refused;
    }
}
