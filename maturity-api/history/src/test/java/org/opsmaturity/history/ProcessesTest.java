package org.opsmaturity.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other processes on one SQLite file: two writers at once, and a writer killed mid-way. */
class ProcessesTest {
    @TempDir
    Path dir;

    static Process recorder(String store, String subject, int batches, int size) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Recorder.class.getName(), store,
                subject, Integer.toString(batches), Integer.toString(size)).redirectErrorStream(true).start();
    }

    @Test
    void twoProcessesRecordingIntoOneFileLoseNothing() throws Exception {
        String store = dir.resolve("shared.db").toString();
        Process a = recorder(store, "alpha", 20, 5);
        Process b = recorder(store, "beta", 20, 5);
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), outA);
        assertEquals(0, b.exitValue(), outB);
        try (History h = History.openExisting(store)) {
            assertEquals(100, h.runs("alpha").size());
            assertEquals(100, h.runs("beta").size());
        }
        assertConsistent(store, 200);
    }

    @Test
    void aKilledWriterLeavesWholeBatchesAndAConsistentFile() throws Exception {
        String store = dir.resolve("killed.db").toString();
        int size = 20;
        Process p = recorder(store, "alpha", 100000, size);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int committed = 0;
        while (committed < 3 && (line = out.readLine()) != null) {
            if (line.startsWith("committed ")) {
                committed = Integer.parseInt(line.substring("committed ".length()));
            }
        }
        assertEquals(3, committed, "the recorder stopped before its third batch");
        p.destroyForcibly(); // SIGKILL, most likely inside the next batch's transaction
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        int runs;
        try (History h = History.openExisting(store)) {
            List<Run> all = h.runs("alpha");
            runs = all.size();
            assertTrue(runs >= 3 * size && runs % size == 0, runs + " runs: not whole batches of " + size);
            h.result(all.get(runs - 1).id()); // the last result reads back
        }
        assertConsistent(store, runs);
    }

    /** SQLite's integrity check passes and every run has all its level rows. */
    static void assertConsistent(String store, int runs) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM om_run")) {
                r.next();
                assertEquals(runs, r.getInt(1));
                assertEquals(runs, r.getInt(2));
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM (SELECT run_id, COUNT(*) n FROM om_level GROUP BY run_id) "
                    + "GROUP BY n")) {
                r.next();
                assertTrue(r.getInt(1) == runs && !r.next(), "runs with a different number of level rows");
            }
        }
    }
}
