package org.psoascoach.progress;

import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.catalog.Item;
import org.psoascoach.json.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a logged session must satisfy before anything is written, with one problem per field
 * ({@code $.items[2].sets: must be between 0 and 20}). The database checks the same limits again,
 * but a person only ever sees these messages.
 */
public final class SessionLogRules {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + LoggedSession.MAX_KEY + "}");

    private final Catalog catalog;

    public SessionLogRules(Catalog catalog) { this.catalog = catalog; }

    /** Problems with the session; empty when it may be saved. {@code today} is the person's local date. */
    public List<Problem> check(LoggedSession s, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (s.idempotencyKey() == null || !KEY.matcher(s.idempotencyKey()).matches()) {
            problems.add(new Problem("$.idempotencyKey", "must be 1 to " + LoggedSession.MAX_KEY + " letters, digits or . _ : -"));
        }
        if (s.date() == null) problems.add(new Problem("$.date", "is required, as YYYY-MM-DD"));
        else if (s.date().isAfter(today.plusDays(1))) problems.add(new Problem("$.date", "must not be in the future (today is " + today + ")"));
        range(problems, "$.painBefore", s.painBefore(), 0, 10);
        range(problems, "$.painAfter", s.painAfter(), 0, 10);
        if (s.startedAt() != null && s.finishedAt() != null && s.finishedAt().isBefore(s.startedAt())) {
            problems.add(new Problem("$.finishedAt", "must not be before startedAt"));
        }
        if (s.notes() != null && s.notes().length() > LoggedSession.MAX_NOTES) {
            problems.add(new Problem("$.notes", "must be at most " + LoggedSession.MAX_NOTES + " characters"));
        }
        for (int i = 0; i < s.items().size(); i++) item(problems, "$.items[" + i + "]", s.items().get(i));
        return problems;
    }

    private void item(List<Problem> problems, String path, DoneItem done) {
        Item item = done.itemId() == null ? null : catalog.find(done.itemId()).orElse(null);
        if (item == null || !item.isExercise()) {
            problems.add(new Problem(path + ".id", "must be the id of a self-guided exercise in the catalog (see psoas catalog)"));
        } else if (done.side() == null) {
            problems.add(new Problem(path + ".side", "is required: " + (item.perSide() ? "left or right" : "both")));
        } else if (item.perSide() == (done.side() == Side.BOTH)) {
            problems.add(new Problem(path + ".side", item.perSide() ? "must be left or right: this item is done per side"
                    : "must be both: this item is not done per side"));
        }
        range(problems, path + ".sets", done.sets(), 0, DoneItem.MAX_SETS);
        if (done.reps() != null) range(problems, path + ".reps", done.reps(), 0, DoneItem.MAX_REPS);
        if (done.holdSeconds() != null) range(problems, path + ".holdSeconds", done.holdSeconds(), 0, DoneItem.MAX_HOLD_SECONDS);
        if (done.reps() == null && done.holdSeconds() == null) {
            problems.add(new Problem(path, "needs reps or holdSeconds (or both, for held repetitions)"));
        }
    }

    private static void range(List<Problem> problems, String path, int value, int min, int max) {
        if (value < min || value > max) problems.add(new Problem(path, "must be between " + min + " and " + max));
    }
}
