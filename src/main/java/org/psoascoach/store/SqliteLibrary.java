package org.psoascoach.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where SQLite's native library is loaded from. On its own, sqlite-jdbc writes the library from the jar to a
 * new temporary file at every start and reads it back to compare: over a third of opening the database. So
 * the library is copied once per sqlite-jdbc version into the person's own cache folder (owner-only, so no
 * other account can plant a library there) and loaded from that copy. Anything unusual (no home folder, a
 * platform without a bundled library, a path already chosen with {@code -Dorg.sqlite.lib.path}) leaves
 * sqlite-jdbc to do as it always does.
 */
final class SqliteLibrary {
    private static final String PATH = "org.sqlite.lib.path", NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    static synchronized void useKeptCopy(Map<String, String> environment) {
        if (System.getProperty(PATH) != null) return;
        try {
            Path cache = cacheFolder(environment);
            Path library = cache == null ? null : keep(cache);
            if (library == null) return;
            System.setProperty(PATH, library.getParent().toString());
            System.setProperty(NAME, library.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc's own way still works, only slower
        }
    }

    /** The kept copy of this platform's library under {@code cache}, made if missing or incomplete; null if none is bundled. */
    static Path keep(Path cache) throws IOException {
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        URL bundled = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
        if (bundled == null) return null;
        Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform.replace('/', '-'));
        Path library = folder.resolve(name);
        long size = bundled.openConnection().getContentLengthLong();
        if (!Files.isRegularFile(library) || Files.size(library) != size) copy(bundled, folder, library);
        return library;
    }

    private static void copy(URL bundled, Path folder, Path library) throws IOException {
        createPrivate(folder.getParent());
        createPrivate(folder);
        Path partial = Files.createTempFile(folder, "partial-", ".tmp");
        try (InputStream in = bundled.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // a complete file appears at once, so another server starting now never loads half a library
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void createPrivate(Path folder) throws IOException {
        if (Files.isDirectory(folder)) return;
        try {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException another) {
            // another server made it first
        }
    }

    /** $XDG_CACHE_HOME/psoas-coach, else ~/.cache/psoas-coach; null when there is no home folder. */
    static Path cacheFolder(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "psoas-coach");
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) return null;
        return Path.of(home, ".cache", "psoas-coach");
    }
}
