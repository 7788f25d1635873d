package org.opsmaturity.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an SQLite file. */
class SqliteHistoryTest extends StoreContract {
    @TempDir
    Path dir;
    int n;

    @Override
    String newStore() {
        return dir.resolve("history-" + (++n) + ".db").toString();
    }

    @Test
    void aJdbcSqliteUrlIsTheSameStoreAsItsPath() {
        String file = newStore();
        try (History h = History.open(file)) {
            record(h, org.opsmaturity.api.Assessor.standard(), facts("payments", 99.9, true), Q3);
        }
        try (History h = History.openExisting("jdbc:sqlite:" + file)) {
            assertEquals(1, h.runs("payments").size());
        }
    }

    @Test
    void aMissingFileIsAnErrorForReadersAndIsNotCreated() {
        Path file = dir.resolve("none.db");
        HistoryException e = assertThrows(HistoryException.class, () -> History.openExisting(file.toString()));
        assertTrue(e.getMessage().startsWith("history: '" + file + "' does not exist"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aForeignFileIsAnErrorAndIsLeftUntouched() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "my notes, not a database\n");
        assertUntouched(text, "is not an SQLite database (its first bytes are not the SQLite header); it was left untouched");

        Path other = dir.resolve("crm.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers (name) VALUES ('acme')");
        }
        assertUntouched(other, "the database holds other tables (customers) and no opsmaturity history; it was left untouched");
    }

    @Test
    void aCorruptFileIsAClearErrorAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("broken.db");
        try (History h = History.open(file.toString())) {
            record(h, org.opsmaturity.api.Assessor.standard(), facts("payments", 99.9, true), Q3);
        }
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a); // header kept, every page scrambled
        Files.write(file, bytes);
        assertUntouched(file, "cannot be opened");
    }

    @Test
    void aStoreFromANewerOpsmaturityIsRefused() throws Exception {
        Path file = dir.resolve("newer.db");
        try (History h = History.open(file.toString())) {
            assertEquals(1, h.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE om_meta SET value = '99' WHERE name = 'schema'");
        }
        assertUntouched(file, "schema 99 was written by a newer opsmaturity; this one reads schemas 1..1");
    }

    private static void assertUntouched(Path file, String message) throws Exception {
        byte[] before = Files.readAllBytes(file);
        HistoryException e = assertThrows(HistoryException.class, () -> History.open(file.toString()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file changed");
        assertFalse(Files.exists(Path.of(file + "-wal")) && Files.size(Path.of(file + "-wal")) > 0,
                "a write-ahead log was written");
    }

    @Test
    void aUrlOfAnotherDatabaseIsAnError() {
        HistoryException e = assertThrows(HistoryException.class, () -> History.open("jdbc:mysql://localhost/x"));
        assertTrue(e.getMessage().startsWith("history: 'jdbc:mysql://localhost/x' is a JDBC URL of another database"),
                e.getMessage());
        HistoryException blank = assertThrows(HistoryException.class, () -> History.open(" "));
        assertTrue(blank.getMessage().startsWith("history: '' is empty"), blank.getMessage());
    }
}
