package org.psoascoach.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.psoascoach.assessment.Side;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.JsonIn;
import org.psoascoach.json.Problem;
import org.psoascoach.progress.DoneItem;
import org.psoascoach.progress.LoggedSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a logged session from JSON:
 * {@code {"idempotencyKey": "…", "date": "2026-11-21", "startedAt": "…Z", "finishedAt": "…Z", "completed": true,
 * "painBefore": 3, "painAfter": 2, "notes": "…", "items": [{"id": "kneeling-lunge", "side": "left", "sets": 3, "holdSeconds": 30}]}}.
 * Only the two pain scores are required. A missing key is made up (so the first submit defines it), a missing
 * date is today, and missing items mean "as planned" (the caller fills them in: {@link #itemsGiven}).
 */
public final class SessionLogReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionLogReader() {}

    /** A session read from JSON; {@code itemsGiven} is false when the items are to be taken from the plan. */
    public record Read(LoggedSession session, boolean itemsGiven) {}

    public static Read read(String text, LocalDate today, Supplier<String> newKey) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new Problem("$", "not valid JSON" + where)));
        }
        JsonIn in = JsonIn.root(node);
        if (node == null || !node.isObject()) throw new InvalidInputException(List.of(new Problem("$", "must be a JSON object (one session)")));
        in.expectObject("idempotencyKey", "date", "startedAt", "finishedAt", "completed", "painBefore", "painAfter", "notes", "items");
        String key = in.string("idempotencyKey", false);
        String dateText = in.string("date", false);
        LocalDate date = today;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                in.problemAt("date", "must be a date as YYYY-MM-DD");
            }
        }
        Instant started = instant(in, "startedAt"), finished = instant(in, "finishedAt");
        Boolean completed = in.bool("completed", false);
        Integer before = in.integer("painBefore", 0, 10, true);
        Integer after = in.integer("painAfter", 0, 10, true);
        String notes = in.string("notes", false);
        List<DoneItem> items = new ArrayList<>();
        boolean itemsGiven = in.has("items");
        for (JsonIn item : in.elements("items")) {
            if (!item.expectObject("id", "side", "sets", "reps", "holdSeconds")) {
                item.problem("must be an object with id, side, sets, and reps or holdSeconds");
                continue;
            }
            String id = item.string("id", true);
            Side side = item.code("side", true, Side::fromId, Side.allowedIds());
            Integer sets = item.integer("sets", 0, DoneItem.MAX_SETS, true);
            Integer reps = item.integer("reps", 0, DoneItem.MAX_REPS, false);
            Integer hold = item.integer("holdSeconds", 0, DoneItem.MAX_HOLD_SECONDS, false);
            if (sets != null) items.add(new DoneItem(id, side, sets, reps, hold));
        }
        if (!in.problems().isEmpty()) throw new InvalidInputException(in.problems());
        return new Read(new LoggedSession(key == null ? newKey.get() : key, date, started, finished,
                completed == null || completed, before, after, notes, items), itemsGiven);
    }

    private static Instant instant(JsonIn in, String field) {
        String text = in.string(field, false);
        if (text == null) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            in.problemAt(field, "must be a UTC time such as 2026-11-21T07:30:00Z");
            return null;
        }
    }
}
