package org.opsmaturity.collect;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's /usr/bin/prometheus) on 127.0.0.1 and a free port, serving a TSDB
 * built by {@code promtool tsdb create-blocks-from openmetrics} from the given OpenMetrics text, in a
 * temporary folder. Closing stops it. Anything that keeps it from starting is an exception (the test fails).
 */
public final class RealPrometheus implements AutoCloseable {
    private final Process process;
    private final Path log;
    /** The server's base URL, e.g. {@code http://127.0.0.1:40123}. */
    public final String url;

    public RealPrometheus(Path dir, String openMetrics) throws IOException, InterruptedException {
        Path input = dir.resolve("metrics.om");
        Files.writeString(input, openMetrics, StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        Path promtoolLog = dir.resolve("promtool.log");
        Process pt = new ProcessBuilder("promtool", "tsdb", "create-blocks-from", "openmetrics", input.toString(),
                data.toString()).redirectErrorStream(true).redirectOutput(promtoolLog.toFile()).start();
        if (!pt.waitFor(120, TimeUnit.SECONDS) || pt.exitValue() != 0) {
            pt.destroyForcibly();
            throw new IllegalStateException("promtool failed: " + Files.readString(promtoolLog));
        }
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "scrape_configs: []\n");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        url = "http://127.0.0.1:" + port;
        log = dir.resolve("prometheus.log");
        process = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.retention.time=100y")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + ": " + logTail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("prometheus not ready within 60 s: " + logTail());
    }

    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
