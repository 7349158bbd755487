package org.psoascoach.web.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.psoascoach.assessment.Side;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.planning.Adjustment;
import org.psoascoach.web.http.RequestChecks;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The JSON bodies of the practitioner's API, read into values or refused with the field at fault and what it must be
 * ({@link RequestChecks.Malformed}, a 400): nothing else may come out of any body, which the fuzz tests hold it to.
 */
final class PracticeRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PracticeRequests() {}

    /** A change asked for: its kind, the item and side, and the dose figures given (null when not). */
    record Change(Adjustment.Kind kind, String itemId, Side side, Integer sets, Integer reps, Integer holdSeconds) {}

    /** The body of {@code POST …/adjustments}. */
    static Change change(byte[] body, Catalog catalog) {
        JsonNode json = object(body, Set.of("kind", "itemId", "side", "sets", "reps", "holdSeconds"));
        Adjustment.Kind kind = Adjustment.Kind.fromId(text(json, "kind"));
        if (kind == null) throw new RequestChecks.Malformed("$.kind", "must be dose, remove or add");
        String item = text(json, "itemId");
        if (item == null || catalog.find(item).isEmpty()) throw new RequestChecks.Malformed("$.itemId", "must be an exercise of the catalog (GET /api/v1/catalog)");
        Side side = Side.fromId(text(json, "side"));
        if (side == null) throw new RequestChecks.Malformed("$.side", "must be left, right or both");
        return new Change(kind, item, side, number(json, "sets"), number(json, "reps"), number(json, "holdSeconds"));
    }

    /** The name in the body of {@code POST …/templates} (null when not given; the template store checks its length). */
    static String templateName(byte[] body) { return text(object(body, Set.of("name")), "name"); }

    /** The request's JSON object, with no field but those allowed. */
    private static JsonNode object(byte[] body, Set<String> allowed) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new RequestChecks.Malformed("$", "must be a JSON object");
        }
        if (json == null || !json.isObject()) throw new RequestChecks.Malformed("$", "must be a JSON object");
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new RequestChecks.Malformed("$." + name, "is not a field here; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return json;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new RequestChecks.Malformed("$." + field, "must be a string");
        return v.asText();
    }

    private static Integer number(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isInt()) throw new RequestChecks.Malformed("$." + field, "must be a whole number");
        return v.asInt();
    }
}
