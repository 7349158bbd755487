package org.psoascoach.web.http;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A response body made once and sent many times: as it is, and gzipped when that is worth it. It is
 * written straight to the response with its length, past Javalin's result stream, so nothing is copied,
 * compressed or chunked again per request.
 */
public record Body(byte[] plain, byte[] gzipped) {
    public static Body of(byte[] plain, boolean compressible) {
        if (!compressible) return new Body(plain, null);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        byte[] smaller = zipped.toByteArray();
        return new Body(plain, smaller.length < plain.length ? smaller : null);
    }

    public void send(Context ctx, String contentType) {
        boolean gzip = gzipped != null && acceptsGzip(ctx.header("Accept-Encoding"));
        byte[] bytes = gzip ? gzipped : plain;
        var response = ctx.res();
        response.setContentType(contentType);
        if (gzipped != null) response.setHeader("Vary", "Accept-Encoding");
        if (gzip) response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException browserWentAway) {
            // the connection is gone (the browser left, or the server is stopping): there is nobody to tell
        }
    }

    /** Whether an Accept-Encoding header takes gzip: named, or left to {@code *}, without {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = true;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        wanted = Double.parseDouble(parameter.substring(2).strip()) > 0;
                    } catch (NumberFormatException malformed) {
                        wanted = false;
                    }
                }
            }
            if (coding.equals("gzip")) return wanted;
            if (coding.equals("*")) any = wanted;
        }
        return any != null && any;
    }
}
