package org.opsmaturity.history;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests (Debian's postgresql package): a new cluster in a temp directory,
 * listening on 127.0.0.1 and a free port, stopped and deleted by {@link #close()}. PostgreSQL refuses to run
 * as root, so under root the cluster belongs to the {@code postgres} system user (runuser). Fails, never
 * skips, when the server cannot be started.
 */
final class PostgresServer implements AutoCloseable {
    /** The newest server of Debian's postgresql package (15 on bookworm). */
    static final Path BIN = bin();

    private static Path bin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).orElse(Path.of("/usr/lib/postgresql/15/bin"));
        } catch (IOException e) {
            return Path.of("/usr/lib/postgresql/15/bin");
        }
    }

    private final Path dir;
    private final int port;
    private final List<String> asOwner;

    private PostgresServer(Path dir, int port, List<String> asOwner) {
        this.dir = dir;
        this.port = port;
        this.asOwner = asOwner;
    }

    static PostgresServer start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new IllegalStateException(BIN.resolve("pg_ctl") + " is missing: install Debian's postgresql package "
                    + "(apt-get install -y postgresql)");
        }
        Path dir = Files.createTempDirectory("opsmaturity-pg");
        List<String> asOwner = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "postgres:postgres", dir.toString()), dir);
            asOwner.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, port, asOwner);
        server.ctl(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync"));
        server.ctl(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40", "start"));
        return server;
    }

    /** The JDBC URL of the postgres database, with {@code schema} as its current schema (created here). */
    String url(String schema) throws SQLException {
        String base = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + "&currentSchema=" + schema;
    }

    private void ctl(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(asOwner);
        full.addAll(command);
        run(full, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            Path log = dir.resolve("log");
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out
                    + (Files.exists(log) ? Files.readString(log) : ""));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            ctl(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the server in " + dir, e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
