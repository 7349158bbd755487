package org.psoascoach.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.store.Recent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files pages load (styles, scripts, drawings, the webjars), read from one classpath folder on first
 * request and then sent from memory with an ETag and, for text, a gzip made once. Javalin's own static
 * handler mounted the whole jar as a zip file system per folder at start-up, which was a third of the
 * start time and some 10 MiB of heap.
 */
public final class Assets {
    /** What a file's extension says it is; anything else is not served. */
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "json", "application/json",
            "map", "application/json");
    /** Plain names in plain folders: no "..", no backslash, no empty segment, so a request cannot leave the folder. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    /** @param digest the start of the file's SHA-256, in hex: the ETag of its plain form, and with "-gzip" of its gzip */
    private record Asset(Body body, String type, String digest) {}

    private final String folder;
    private final String cacheControl;
    private final Recent<String, Optional<Asset>> kept = new Recent<>(128);

    /** @param folder a classpath folder, as {@code web/static} */
    public Assets(String folder, String cacheControl) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.cacheControl = cacheControl;
    }

    /** Serves the file named by the {@code path} path parameter, or answers 404. */
    public void serve(Context ctx) { serve(ctx, ctx.pathParam("path")); }

    /** Serves one named file of the folder. */
    public void serve(Context ctx, String path) {
        Optional<Asset> found = find(path);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        Asset asset = found.get();
        ctx.header("Cache-Control", cacheControl);
        // the gzip is another representation of the same file, so it gets its own tag (either means "you have it")
        boolean gzip = asset.body().gzipped() != null && Body.acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", '"' + asset.digest() + (gzip ? "-gzip\"" : "\""));
        String unchanged = ctx.header("If-None-Match");
        if (unchanged != null && unchanged.contains('"' + asset.digest())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        asset.body().send(ctx, asset.type());
    }

    public Optional<Asset> find(String path) {
        if (path == null || path.length() > 200 || !SAFE.matcher(path).matches()) return Optional.empty();
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null) return Optional.empty();
        return kept.get(path, () -> read(path, type));
    }

    private Optional<Asset> read(String path, String type) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(folder + path)) {
            if (in == null) return Optional.empty();
            byte[] bytes = in.readAllBytes();
            boolean text = type.startsWith("text/") || type.startsWith("image/svg") || type.startsWith("application/json");
            return Optional.of(new Asset(Body.of(bytes, text), type, digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + path, e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
