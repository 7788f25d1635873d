package org.opsmaturity.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.history.internal.Dialect;
import org.opsmaturity.history.internal.Digests;
import org.opsmaturity.history.internal.Results;
import org.opsmaturity.history.internal.Schema;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Strings;

/**
 * Every assessment kept: a store of runs over JDBC, in an SQLite file (the default) or in PostgreSQL, with
 * trends and honest comparisons across changes of the model or the profile. See docs/history.md.
 *
 * <pre>{@code
 * try (History h = History.open("history.db")) {            // or "jdbc:postgresql://host/db?user=..."
 *     h.record(assessor, facts, assessor.evaluate(facts));
 *     Trend t = h.trend("payments platform", "6");           // domain 6 over every run
 *     List<Change> c = h.changes(Instant.parse("2026-10-01T00:00:00Z"));
 * }
 * }</pre>
 *
 * Opening migrates an older store to this library's schema; a file or database that is not a history, or
 * that a newer opsmaturity wrote, is an error and is left untouched. Writers are serialised (SQLite's file
 * lock, across processes; a PostgreSQL advisory lock) and each write is one transaction, so a killed
 * process leaves either all of a batch or none of it. Methods are synchronized: one instance may be shared
 * by threads, though each thread may as well open its own.
 */
public final class History implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String RUN_COLUMNS = "r.id, r.subject, r.assessed_at, r.recorded_at, r.model_version, "
            + "r.library_version, r.profile_digest, r.facts_digest, r.level, r.potential";
    /** Runs per executeBatch. */
    private static final int BATCH = 500;

    private final Connection connection;
    private final Dialect dialect;
    private final String store;
    private final Clock clock;

    private History(Connection connection, Dialect dialect, String store, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens a history, creating it when missing: a file path (an SQLite database), a {@code jdbc:sqlite:}
     * or a {@code jdbc:postgresql:} URL (the database or schema must be empty or hold a history).
     *
     * @param store an SQLite file or a {@code jdbc:postgresql:} URL
     * @return the open history; close it after use
     */
    public static History open(String store) {
        return open(store, true, Clock.systemUTC());
    }

    /**
     * Opens a history that must exist already (for reading): a missing file is an error, not a new store.
     *
     * @param store an SQLite file or a {@code jdbc:postgresql:} URL
     * @return the open history; close it after use
     */
    public static History openExisting(String store) {
        return open(store, false, Clock.systemUTC());
    }

    /**
     * As {@link #open(String)}, with the clock that dates {@link #record(Assessor, Facts, Assessment)}.
     *
     * @param store an SQLite file or a {@code jdbc:postgresql:} URL
     * @param clock the clock that dates the runs
     * @return the open history; close it after use
     */
    public static History open(String store, Clock clock) {
        return open(store, true, Objects.requireNonNull(clock, "clock"));
    }

    private static History open(String store, boolean create, Clock clock) {
        Objects.requireNonNull(store, "store");
        if (store.isBlank()) {
            throw new HistoryException("history: '' is empty; expected a file path or a jdbc:sqlite: or "
                    + "jdbc:postgresql: URL", "Maybe --record history.db");
        }
        Dialect dialect;
        String url;
        Properties props = new Properties();
        if (store.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
            url = store;
        } else if (store.startsWith("jdbc:") && !store.startsWith("jdbc:sqlite:")) {
            throw new HistoryException("history: '" + MaturityException.cut(store) + "' is a JDBC URL of another database; "
                    + "expected a file path, jdbc:sqlite: or jdbc:postgresql:", "Maybe use PostgreSQL or an SQLite file.");
        } else {
            dialect = Dialect.SQLITE;
            Path file = Path.of(store.startsWith("jdbc:sqlite:") ? store.substring("jdbc:sqlite:".length()) : store);
            checkFile(store, file, create);
            url = "jdbc:sqlite:" + file;
            // busy_timeout: a second process waits for the lock; WAL is switched on once the file is known
            // to be a history (a foreign file must not be touched)
            props.setProperty("synchronous", "NORMAL");
            props.setProperty("busy_timeout", "60000");
            props.setProperty("transaction_mode", "IMMEDIATE");
            props.setProperty("foreign_keys", "true");
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(url, props);
            Schema.migrate(c, dialect, store);
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL"); // readers never block the writer
                }
            }
            return new History(c, dialect, store, clock);
        } catch (SQLException e) {
            close(c);
            throw new HistoryException("history '" + MaturityException.cut(store) + "' cannot be opened: " + e.getMessage(),
                    dialect == Dialect.SQLITE ? "Maybe the file is damaged or not an opsmaturity history; it was "
                            + "left untouched." : "Maybe check the URL, the server and the user's rights.", e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static void checkFile(String store, Path file, boolean create) {
        if (Files.isDirectory(file)) {
            throw new HistoryException("history: '" + store + "' is a folder; expected a file", "Maybe history.db");
        }
        if (!Files.exists(file)) {
            if (!create) {
                throw new HistoryException("history: '" + store + "' does not exist",
                        "Maybe record a run first: opsmaturity assess FACTS --record " + store);
            }
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new HistoryException("history: the folder of '" + store + "' cannot be created (" + e.getMessage()
                        + ")", "Maybe check that the folder is writable.");
            }
            return;
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new HistoryException("history: '" + store + "' cannot be read (" + e.getMessage() + ")",
                    "Maybe check the file's permissions.");
        }
        if (n > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
            throw new HistoryException("history: '" + store + "' is not an SQLite database (its first bytes are not "
                    + "the SQLite header); it was left untouched", "Maybe give another file name for the history.");
        }
    }

    /**
     * The store as given to {@link #open(String)}.
     *
     * @return the file or URL
     */
    public String store() {
        return store;
    }

    /**
     * Records an assessment, dated now.
     *
     * @param assessor the assessor that made the assessment
     * @param facts the facts assessed
     * @param assessment the assessment
     * @return the recorded run
     */
    public Run record(Assessor assessor, Facts facts, Assessment assessment) {
        return record(assessor, facts, assessment, clock.instant());
    }

    /**
     * Records an assessment made at {@code assessedAt} (e.g. an older one, or the assessor's "today").
     *
     * @param assessor the assessor that made the assessment
     * @param facts the facts assessed
     * @param assessment the assessment
     * @param assessedAt when it was assessed
     * @return the recorded run
     */
    public Run record(Assessor assessor, Facts facts, Assessment assessment, Instant assessedAt) {
        return recordAll(List.of(Entry.of(assessor, facts, assessment, assessedAt))).get(0);
    }

    /** What is recorded of one assessment: build with {@link #of}. */
    public record Entry(Assessment assessment, String profileDigest, String factsDigest, Instant assessedAt) {
        /**
         * Checks the components.
         *
         * @param assessment    the assessment
         * @param profileDigest the profile digest
         * @param factsDigest   the facts digest
         * @param assessedAt    the assessed at
         */
        public Entry {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(profileDigest, "profileDigest");
            Objects.requireNonNull(factsDigest, "factsDigest");
            Objects.requireNonNull(assessedAt, "assessedAt");
        }

        /**
         * The entry of {@code assessment}, the result of {@code assessor.evaluate(facts)}.
         *
         * @param assessor the assessor that made the assessment
         * @param facts the facts assessed
         * @param assessment the assessment
         * @param assessedAt when it was assessed
         * @return the entry
         */
        public static Entry of(Assessor assessor, Facts facts, Assessment assessment, Instant assessedAt) {
            Objects.requireNonNull(assessor, "assessor");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(assessment, "assessment");
            if (!facts.subject().equals(assessment.subject())) {
                throw new HistoryException("subject: the facts are of '" + MaturityException.cut(facts.subject())
                        + "' but the assessment is of '" + MaturityException.cut(assessment.subject()) + "'; expected the "
                        + "assessment of these facts", "Maybe record assessor.evaluate(facts).");
            }
            return new Entry(assessment, assessor.profileDigest(), Digests.facts(facts), assessedAt);
        }
    }

    /**
     * Records many assessments in one transaction with batch inserts: all of them or, on any failure, none.
     * Returns the runs in the order given.
     *
     * @param entries the assessments to record
     * @return the runs, in the order given
     */
    public synchronized List<Run> recordAll(List<Entry> entries) {
        List<Entry> list = List.copyOf(entries);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).assessment().subject().isBlank()) {
                throw new HistoryException("subject: entry " + (i + 1) + " has an empty subject; a history keeps runs "
                        + "by subject", "Maybe set \"subject\" in the facts.");
            }
        }
        Instant now = clock.instant();
        String model = org.opsmaturity.api.internal.Versions.model();
        String library = org.opsmaturity.api.internal.Versions.library();
        List<Run> runs = new ArrayList<>(list.size());
        return write(() -> {
            long id;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM om_run")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO om_run (id, subject, assessed_at, "
                    + "recorded_at, model_version, library_version, profile_digest, facts_digest, level, potential, result) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement level = connection.prepareStatement(
                            "INSERT INTO om_level (run_id, target, level, potential, score) VALUES (?, ?, ?, ?, ?)")) {
                // the result documents of a chunk are written (on every core) while the chunk before is inserted
                // by a thread of its own; the connection is used by one thread at a time
                ExecutorService inserter = list.size() <= BATCH ? null : Executors.newSingleThreadExecutor(t -> {
                    Thread thread = new Thread(t, "opsmaturity-history-insert");
                    thread.setDaemon(true);
                    return thread;
                });
                Future<?> inserting = null;
                try {
                    for (int from = 0; from < list.size(); from += BATCH) {
                        List<Entry> chunk = list.subList(from, Math.min(list.size(), from + BATCH));
                        byte[][] results = results(chunk);
                        long first = id + from + 1;
                        await(inserting);
                        Callable<Void> insert = () -> {
                            insert(run, level, chunk, results, first, now, model, library, runs);
                            return null;
                        };
                        if (inserter == null) {
                            insert(run, level, chunk, results, first, now, model, library, runs);
                        } else {
                            inserting = inserter.submit(insert);
                        }
                    }
                    await(inserting);
                } finally {
                    if (inserter != null) {
                        inserter.shutdown(); // a failure above waits for the insert under way before the rollback
                        awaitQuietly(inserter);
                    }
                }
            }
            return List.copyOf(runs);
        });
    }

    /** Inserts a chunk of runs (ids from {@code first}) with their levels, in batches, adding them to {@code runs}. */
    private static void insert(PreparedStatement run, PreparedStatement level, List<Entry> chunk, byte[][] results, long first,
            Instant now, String model, String library, List<Run> runs) throws SQLException {
        for (int i = 0; i < chunk.size(); i++) {
            Entry e = chunk.get(i);
            Assessment a = e.assessment();
            Run r = new Run(first + i, a.subject(), e.assessedAt(), now, model, library, e.profileDigest(),
                    e.factsDigest(), a.overall().level(), a.overall().potential());
            run.setLong(1, r.id());
            run.setString(2, r.subject());
            run.setLong(3, r.assessedAt().toEpochMilli());
            run.setLong(4, r.recordedAt().toEpochMilli());
            run.setString(5, model);
            run.setString(6, library);
            run.setString(7, r.profileDigest());
            run.setString(8, r.factsDigest());
            run.setInt(9, r.level());
            run.setInt(10, r.potential());
            run.setBytes(11, results[i]);
            run.addBatch();
            level(level, r.id(), "overall", a.overall().level(), a.overall().potential(), a.overall().score());
            for (LevelResult d : a.domains()) {
                level(level, r.id(), d.id(), d.level(), d.potential(), d.score());
            }
            for (LevelResult d : a.areas()) {
                level(level, r.id(), d.id(), d.level(), d.potential(), d.score());
            }
            for (ItemResult it : a.items()) {
                level(level, r.id(), it.itemId(), it.level(), it.potential(), it.score());
            }
            runs.add(r);
        }
        run.executeBatch();
        level.executeBatch();
    }

    /** The result documents of a chunk, written and compressed on every core (once per assessment object). */
    private static byte[][] results(List<Entry> chunk) {
        Map<Assessment, byte[]> written = new IdentityHashMap<>();
        chunk.forEach(e -> written.put(e.assessment(), null));
        new ArrayList<>(written.keySet()).parallelStream()
                .map(a -> Map.entry(a, Results.compress(a))).toList()
                .forEach(w -> written.put(w.getKey(), w.getValue()));
        return chunk.stream().map(e -> written.get(e.assessment())).toArray(byte[][]::new);
    }

    /** Waits for an insert under way (none when null), with its failure. */
    private static void await(Future<?> inserting) throws SQLException {
        if (inserting == null) {
            return;
        }
        try {
            inserting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while inserting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException x) {
                throw x;
            }
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw new SQLException(e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService inserter) {
        boolean interrupted = false;
        while (true) {
            try {
                if (inserter.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void level(PreparedStatement p, long run, String target, int level, int potential, double score)
            throws SQLException {
        p.setLong(1, run);
        p.setString(2, target);
        p.setInt(3, level);
        p.setInt(4, potential);
        p.setDouble(5, score);
        p.addBatch();
    }

    /**
     * Every subject with its number of runs, first and latest run, by name.
     *
     * @return the subjects
     */
    public synchronized List<Subject> subjects() {
        Map<String, List<Run>> bySubject = new LinkedHashMap<>();
        for (Run r : query("SELECT " + RUN_COLUMNS + " FROM om_run r ORDER BY r.subject, r.assessed_at, r.id")) {
            bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
        }
        List<Subject> out = new ArrayList<>();
        bySubject.forEach((name, runs) -> out.add(new Subject(name, runs.size(), runs.get(0), runs.get(runs.size() - 1))));
        return List.copyOf(out);
    }

    /**
     * The runs of a subject, oldest first (an error names close subjects when it has none).
     *
     * @param subject the subject
     * @return the runs, oldest first
     */
    public synchronized List<Run> runs(String subject) {
        List<Run> runs = query("SELECT " + RUN_COLUMNS + " FROM om_run r WHERE r.subject = ? ORDER BY r.assessed_at, r.id",
                subject);
        if (runs.isEmpty()) {
            throw unknownSubject(subject);
        }
        return runs;
    }

    /**
     * The latest run of each subject named, or of every subject when none is named.
     *
     * @param subjects the subjects; none for every subject
     * @return the latest run of each
     */
    public synchronized List<Run> latest(String... subjects) {
        List<Run> out = new ArrayList<>();
        if (subjects.length == 0) {
            subjects().forEach(s -> out.add(s.latest()));
            return List.copyOf(out);
        }
        for (String s : subjects) {
            List<Run> runs = runs(s);
            out.add(runs.get(runs.size() - 1));
        }
        return List.copyOf(out);
    }

    /**
     * The trend of a target ("overall", a domain, area or item id) over every run of a subject.
     *
     * @param subject the subject
     * @param target an item, area, domain id or {@code overall}
     * @return the trend
     */
    public Trend trend(String subject, String target) {
        return trend(subject, target, Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));
    }

    /**
     * The trend of a target over the runs of a subject assessed in [from, to].
     *
     * @param subject the subject
     * @param target an item, area, domain id or {@code overall}
     * @param from the first instant, inclusive
     * @param to the last instant, inclusive
     * @return the trend
     */
    public synchronized Trend trend(String subject, String target, Instant from, Instant to) {
        Objects.requireNonNull(target, "target");
        List<Trend.Point> points = new ArrayList<>();
        Run previous = null;
        try (PreparedStatement p = connection.prepareStatement("SELECT " + RUN_COLUMNS + ", l.level, l.potential, l.score "
                + "FROM om_run r JOIN om_level l ON l.run_id = r.id WHERE r.subject = ? AND l.target = ? "
                + "AND r.assessed_at >= ? AND r.assessed_at <= ? ORDER BY r.assessed_at, r.id")) {
            p.setString(1, subject);
            p.setString(2, target);
            p.setLong(3, from.toEpochMilli());
            p.setLong(4, to.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Run run = run(r);
                    points.add(new Trend.Point(run, r.getInt(11), r.getInt(12), r.getDouble(13),
                            previous == null ? "" : run.rulesChangeSince(previous)));
                    previous = run;
                }
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
        if (points.isEmpty()) {
            List<Run> runs = runs(subject); // an error when the subject has no runs at all
            List<String> targets = targets(runs.get(runs.size() - 1).id());
            if (!targets.contains(target)) {
                throw new HistoryException("target: '" + MaturityException.cut(target) + "' is not in the runs of '" + subject
                        + "'; expected overall or a domain, area or item id", Strings.maybe(target, targets));
            }
        }
        return new Trend(subject, target, points);
    }

    private List<String> targets(long runId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT target FROM om_level WHERE run_id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
        return out;
    }

    /**
     * What changed in every run assessed at or after {@code since}, compared with the run before it of the same
     * subject: levels that moved and criteria whose status changed, with the cause (evidence, rules, both, or
     * time). Runs with nothing changed are left out. By subject, then date.
     *
     * @param since the first instant, inclusive
     * @return the changes, oldest first
     */
    public synchronized List<Change> changes(Instant since) {
        List<Change> out = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT subject FROM om_run WHERE assessed_at >= ? ORDER BY subject")) {
            p.setLong(1, since.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    subjects.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
        for (String s : subjects) {
            List<Run> runs = runs(s);
            for (int i = 1; i < runs.size(); i++) {
                if (!runs.get(i).assessedAt().isBefore(since)) {
                    Change c = compare(runs.get(i - 1), runs.get(i));
                    if (!c.levels().isEmpty() || !c.criteria().isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private Change compare(Run before, Run after) {
        boolean sameFacts = before.factsDigest().equals(after.factsDigest());
        boolean sameRules = after.sameRules(before);
        Change.Cause cause = sameFacts ? (sameRules ? Change.Cause.TIME : Change.Cause.RULES)
                : (sameRules ? Change.Cause.EVIDENCE : Change.Cause.EVIDENCE_AND_RULES);
        Map<String, int[]> lb = levels(before.id());
        Map<String, int[]> la = levels(after.id());
        List<Change.LevelChange> levels = new ArrayList<>();
        la.forEach((target, a) -> {
            int[] b = lb.getOrDefault(target, new int[2]);
            if (b[0] != a[0] || b[1] != a[1]) {
                levels.add(new Change.LevelChange(target, b[0], a[0], b[1], a[1]));
            }
        });
        levels.sort(Comparator.comparing(Change.LevelChange::target, History::compareIds));
        Map<String, Results.Judged> cb = criteria(before.id());
        Map<String, Results.Judged> ca = criteria(after.id());
        List<Change.CriterionChange> criteria = new ArrayList<>();
        ca.forEach((id, a) -> {
            Results.Judged b = cb.get(id);
            if (b == null) { // a criterion the rules of the run before did not have
                criteria.add(new Change.CriterionChange(id, CriterionStatus.UNKNOWN, a.status(), Change.Cause.RULES,
                        "new criterion" + (a.reason().isEmpty() ? "" : ": " + a.reason())));
            } else if (b.status() != a.status()) {
                Change.Cause why = b.evidence().equals(a.evidence()) ? (sameRules ? Change.Cause.TIME : Change.Cause.RULES)
                        : (sameRules ? Change.Cause.EVIDENCE : Change.Cause.EVIDENCE_AND_RULES);
                criteria.add(new Change.CriterionChange(id, b.status(), a.status(), why, a.reason()));
            }
        });
        cb.forEach((id, b) -> {
            if (!ca.containsKey(id)) {
                criteria.add(new Change.CriterionChange(id, b.status(), CriterionStatus.UNKNOWN, Change.Cause.RULES,
                        "criterion no longer in the rules"));
            }
        });
        return new Change(after.subject(), before, after, cause, levels, criteria);
    }

    /** "overall" first, then ids by their numbers: 1, 1.1, 1.1.1, 1.2, 2, ... */
    static int compareIds(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if ("overall".equals(a) || "overall".equals(b)) {
            return "overall".equals(a) ? -1 : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int depth = Integer.compare(x.length, y.length);
        if (depth != 0) {
            return depth;
        }
        for (int i = 0; i < x.length; i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private Map<String, int[]> levels(long runId) {
        Map<String, int[]> out = new LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT target, level, potential FROM om_level WHERE run_id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new int[] {r.getInt(2), r.getInt(3)});
                }
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
        return out;
    }

    private Map<String, Results.Judged> criteria(long runId) {
        try {
            return Results.criteria(result(runId));
        } catch (IOException e) {
            throw new HistoryException("history '" + store + "': the result of run " + runId + " cannot be read ("
                    + e.getMessage() + ")", "Maybe the store is damaged; restore it from a backup.", e);
        }
    }

    /**
     * The result document of a run as {@link Json#write(Assessment)} wrote it (docs/schema/assessment.schema.json).
     *
     * @param runId the run id
     * @return the text
     */
    public synchronized String result(long runId) {
        try (PreparedStatement p = connection.prepareStatement("SELECT result FROM om_run WHERE id = ?")) {
            p.setLong(1, runId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new HistoryException("run: '" + runId + "' is not in history '" + store + "'",
                            "Maybe list the runs: opsmaturity history");
                }
                return Results.expand(r.getBytes(1));
            }
        } catch (SQLException e) {
            throw failed("read", e);
        } catch (IOException e) {
            throw new HistoryException("history '" + store + "': the result of run " + runId + " is not gzip JSON ("
                    + e.getMessage() + ")", "Maybe the store is damaged; restore it from a backup.", e);
        }
    }

    /**
     * The schema version of the store (after opening, always the library's newest).
     *
     * @return the number
     */
    public synchronized int schemaVersion() {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT value FROM om_meta WHERE name = 'schema'")) {
            r.next();
            return Integer.parseInt(r.getString(1));
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    /**
     * The first 12 characters of a digest, for tables.
     *
     * @param digest a hexadecimal digest
     * @return the text
     */
    public static String shortDigest(String digest) {
        return digest.length() <= 12 ? digest : digest.substring(0, 12);
    }

    @Override
    public synchronized void close() {
        close(connection);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing is pending: every write commits or rolls back before it returns
            }
        }
    }

    /** One write transaction under the writers' lock: committed, or rolled back on any failure. */
    private <T> T write(Dialect.Work<T> work) {
        try {
            return dialect.write(connection, work);
        } catch (SQLException e) {
            throw failed("written", e);
        }
    }

    private List<Run> query(String sql, String... args) {
        List<Run> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(run(r));
                }
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
        return List.copyOf(out);
    }

    private static Run run(ResultSet r) throws SQLException {
        return new Run(r.getLong(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)), Instant.ofEpochMilli(r.getLong(4)),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getInt(9), r.getInt(10));
    }

    private HistoryException unknownSubject(String subject) {
        List<String> names = subjects().stream().map(Subject::name).toList();
        return new HistoryException("subject: '" + MaturityException.cut(subject) + "' has no runs in history '" + store + "'",
                names.isEmpty() ? "Maybe record one first: opsmaturity assess FACTS --record " + store
                        : Strings.maybe(subject, names).isEmpty() ? "Maybe one of: " + String.join(", ",
                                names.stream().limit(5).toList()) + (names.size() > 5 ? ", ..." : "")
                        : Strings.maybe(subject, names));
    }

    private HistoryException failed(String what, SQLException e) {
        return new HistoryException("history '" + MaturityException.cut(store) + "' could not be " + what + ": " + e.getMessage(),
                "Maybe the store is damaged, or the server is unreachable; nothing was half-written.", e);
    }
}
