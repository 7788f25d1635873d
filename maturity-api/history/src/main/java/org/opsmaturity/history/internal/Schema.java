package org.opsmaturity.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.opsmaturity.history.HistoryException;

/**
 * Versioned migrations: scripts {@code migration/V1.sql}, {@code V2.sql}, ... applied in order, each in the
 * transaction that records its number in {@code om_meta} (docs/history.md, "Migrations").
 */
public final class Schema {
    /** The format marker in {@code om_meta}: a database without it is not an opsmaturity history. */
    public static final String FORMAT = "opsmaturity-history";
    /** The newest schema this library knows. */
    public static final int LATEST = 1;

    private Schema() {
    }

    /**
     * Brings the store to {@link #LATEST} under the writers' lock and returns the version found before. An
     * empty database is initialised; a database with other tables, another format or a newer schema is an
     * error and is left as it was.
     */
    public static int migrate(Connection c, Dialect dialect, String store) throws SQLException {
        return dialect.write(c, () -> {
            List<String> tables = dialect.tables(c);
            int found = 0;
            if (!tables.contains("om_meta")) {
                if (!tables.isEmpty()) {
                    throw new HistoryException("history '" + store + "': the database holds other tables ("
                            + String.join(", ", tables.stream().limit(5).toList()) + (tables.size() > 5 ? ", ..." : "")
                            + ") and no opsmaturity history; it was left untouched",
                            "Maybe give a new file, or an empty database or schema for the history.");
                }
            } else {
                String format = meta(c, "format").orElse("");
                if (!FORMAT.equals(format)) {
                    throw new HistoryException("history '" + store + "': om_meta format is '" + format + "', expected '"
                            + FORMAT + "'; it was left untouched", "Maybe this database belongs to another program.");
                }
                String schema = meta(c, "schema").orElse("");
                try {
                    found = Integer.parseInt(schema);
                } catch (NumberFormatException e) {
                    throw new HistoryException("history '" + store + "': om_meta schema is '" + schema
                            + "', expected a number 1.." + LATEST, "Maybe the file is damaged; restore it from a backup.");
                }
                if (found > LATEST) {
                    throw new HistoryException("history '" + store + "': schema " + found + " was written by a newer "
                            + "opsmaturity; this one reads schemas 1.." + LATEST + "; it was left untouched",
                            "Maybe upgrade opsmaturity.");
                }
            }
            for (int v = found + 1; v <= LATEST; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(dialect.script(script(v)))) {
                        s.execute(sql);
                    }
                }
                if (v == 1) {
                    put(c, "INSERT INTO om_meta (name, value) VALUES (?, ?)", "format", FORMAT);
                    put(c, "INSERT INTO om_meta (name, value) VALUES (?, ?)", "schema", "1");
                } else {
                    put(c, "UPDATE om_meta SET value = ? WHERE name = ?", Integer.toString(v), "schema");
                }
            }
            return found;
        });
    }

    private static Optional<String> meta(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM om_meta WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static void put(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, a);
            p.setString(2, b);
            p.executeUpdate();
        }
    }

    static String script(int version) {
        String resource = "org/opsmaturity/history/migration/V" + version + ".sql";
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the maturity-history jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration " + resource + " cannot be read", e);
        }
    }

    /** The statements of a script: ';' at a line's end ends one; lines starting with "--" are comments. */
    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
