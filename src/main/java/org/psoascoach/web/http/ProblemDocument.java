package org.psoascoach.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.json.Problem;

import java.util.List;

/** The API's answer when a request cannot be served: an RFC 9457 problem document naming each field at fault. */
public final class ProblemDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDocument() {}

    public static void send(Context ctx, HttpStatus status, String title, String detail, List<Problem> problems) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        ArrayNode errors = body.putArray("errors");
        for (Problem p : problems) errors.addObject().put("field", p.path()).put("message", p.message());
        ctx.status(status).contentType("application/problem+json").result(body.toString());
    }
}
