package org.psoascoach.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening the database while the web server starts, the kept prepared read, and the kept SQLite library. */
class OpeningTest {
    @TempDir
    Path folder;

    @Test
    void aDatabaseOpeningInTheBackgroundIsMigratedBeforeItsFirstUse() {
        try (Database db = Database.opening(DatabaseLocation.sqlite(folder.resolve("record.db")))) {
            int accounts = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one());
            assertThat(accounts).isZero();
            db.awaitOpen();
        }
    }

    @Test
    void aDatabaseThatCannotOpenSaysWhyToEveryUseAndClosesQuietly() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        Database db = Database.opening(DatabaseLocation.sqlite(notAFolder.resolve("record.db")));
        assertThatThrownBy(db::awaitOpen).isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("plain-file");
        assertThatThrownBy(db::jdbi).isInstanceOf(DatabaseUnavailableException.class);
        db.close();
    }

    @Test
    void theKeptReadAnswersRepeatedlyAndStopsWithTheDatabase() {
        Database db = Database.open(DatabaseLocation.sqlite(folder.resolve("record.db")));
        KeptRead count = db.keptRead("SELECT COUNT(*) FROM account WHERE id <> ?", 2);
        for (int i = 0; i < 20; i++) {
            int others = count.run(rows -> rows.next() ? rows.getInt(1) : -1, "nobody");
            assertThat(others).isZero();
        }
        db.close();
        assertThatThrownBy(() -> count.run(rows -> rows.next() ? rows.getInt(1) : -1, "nobody")).isInstanceOf(DatabaseUnavailableException.class);
    }

    @Test
    void sqlitesLibraryIsKeptOnceInAFolderOnlyItsOwnerCanWrite() throws Exception {
        Path library = SqliteLibrary.keep(folder.resolve("cache"));
        assertThat(library).isRegularFile();
        assertThat(Files.size(library)).isGreaterThan(100_000);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library.getParent()))).isEqualTo("rwx------");
        Files.setLastModifiedTime(library, FileTime.fromMillis(0));
        assertThat(SqliteLibrary.keep(folder.resolve("cache"))).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library).toMillis()).isZero(); // kept, not written again

        Files.write(library, new byte[10]); // a copy cut short is replaced
        SqliteLibrary.keep(folder.resolve("cache"));
        assertThat(Files.size(library)).isGreaterThan(100_000);
    }
}
