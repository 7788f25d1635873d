package org.opsmaturity.history.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What differs between the two databases: the byte column type, the writers' lock and where tables live. */
public enum Dialect {
    /** A single file; writers are serialised by SQLite's own lock (BEGIN IMMEDIATE), across processes. */
    SQLITE("BLOB"),
    /** A shared server; writers are serialised by a transaction-scoped advisory lock. */
    POSTGRESQL("BYTEA");

    /** The advisory lock key of opsmaturity's history writers on PostgreSQL. */
    static final long LOCK_KEY = 0x6f70736d61747572L;

    private final String bytes;

    Dialect(String bytes) {
        this.bytes = bytes;
    }

    /** A migration script with this database's types. */
    public String script(String sql) {
        return sql.replace("${bytes}", bytes);
    }

    /**
     * Takes the writers' lock for the current transaction (auto-commit off). SQLite took it when the
     * transaction began (the connection is opened in IMMEDIATE mode).
     */
    public void lockForWriting(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
        }
    }

    /** Work inside a transaction. */
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction under the writers' lock: committed, or rolled back on any failure. */
    public <T> T write(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            lockForWriting(c);
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The tables of the database (SQLite) or of the connection's current schema (PostgreSQL), lower case. */
    public List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        String schema = this == POSTGRESQL ? c.getSchema() : null;
        try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String t = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!t.startsWith("sqlite_")) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
