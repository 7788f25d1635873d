package org.opsmaturity.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/** The same store on a real PostgreSQL server that the test starts and stops (profile "postgres"). */
@Tag("postgres")
class PostgresHistoryTest extends StoreContract {
    static PostgresServer server;
    static int schemas;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    String newStore() throws Exception {
        return server.url("h" + (++schemas));
    }

    @Test
    void anInsertThatFailsInALaterChunkLeavesNothingOfTheCall() throws Exception {
        Assessor std = Assessor.standard();
        try (History h = History.open(newStore())) {
            Facts good = facts("team", 99.0, true);
            Assessment a = std.evaluate(good);
            List<History.Entry> entries = new ArrayList<>();
            for (int i = 0; i < 600; i++) { // chunk 1 is inserted, then chunk 2 fails on the inserting thread
                entries.add(History.Entry.of(std, good, a, Q3.plusSeconds(i)));
            }
            Facts nul = facts("nul\0subject", 99.0, true); // PostgreSQL text refuses a 0 byte
            entries.set(550, History.Entry.of(std, nul, std.evaluate(nul), Q4));
            HistoryException e = assertThrows(HistoryException.class, () -> h.recordAll(entries));
            assertTrue(e.getMessage().contains("0x00"), e.getMessage());
            record(h, std, good, Q4);
            assertEquals(1, h.runs("team").size());
            assertEquals(1, h.subjects().size());
        }
    }

    @Test
    void eightThreadsRecordIntoOneDatabaseAndLoseNothing() throws Exception {
        String store = newStore();
        Assessor std = Assessor.standard();
        Facts f = facts("payments", 99.97, true);
        Assessment a = std.evaluate(f);
        int threads = 8;
        int batches = 25;
        int size = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Run>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<Run> mine = new ArrayList<>();
                try (History h = History.open(store)) { // each thread its own connection
                    for (int b = 0; b < batches; b++) {
                        List<History.Entry> entries = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            entries.add(History.Entry.of(std, f, a, Q3.plusSeconds(b * size + i)));
                        }
                        mine.addAll(h.recordAll(entries));
                    }
                }
                return mine;
            }));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<List<Run>> fu : futures) {
            fu.get().forEach(r -> ids.add(r.id()));
        }
        pool.shutdown();
        assertEquals(threads * batches * size, ids.size());
        try (History h = History.openExisting(store)) {
            assertEquals(threads * batches * size, h.runs("payments").size());
            assertEquals(threads * batches * size, h.trend("payments", "6.1.1").points().size());
        }
    }

    @Test
    void aSchemaWithOtherTablesIsRefusedAndLeftAsItWas() throws Exception {
        String store = newStore();
        try (Connection c = DriverManager.getConnection(store); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers VALUES (1, 'acme')");
        }
        HistoryException e = assertThrows(HistoryException.class, () -> History.open(store));
        assertTrue(e.getMessage().contains("holds other tables (customers) and no opsmaturity history"), e.getMessage());
        try (Connection c = DriverManager.getConnection(store); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }
}
