package org.psoascoach.web.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Jetty's own answers to requests it refuses before the app sees them (a header too large, a request line it cannot
 * read): the same security headers as every page, and never a stack trace.
 */
public final class JettyErrors extends ErrorHandler {
    private final Map<String, String> headers;

    public JettyErrors(Map<String, String> headers) {
        this.headers = headers;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        super.generateResponse(request, response, code, message, null, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
