package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a real Prometheus cannot be made to give (500, a hang, a broken body) and an address where
 * nothing listens, from a loopback JDK HTTP server. The happy paths run against the real one
 * (PrometheusSourceTest).
 */
class PrometheusBadServerTest {
    private HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();

    private String serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    private static CollectConfig config(String url, String extra) {
        return CollectConfig.parse("sources:\n  - kind: prometheus\n    url: " + url + "\n" + extra
                + "    queries:\n      - {observation: ha.db.rpo, promql: backup_age_seconds, unit: s}\n",
                "collect.yaml", Path.of("."));
    }

    @Test
    void unreachableServerIsAnErrorNamingTheQueryAndUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CollectException e = assertThrows(CollectException.class,
                () -> Collector.collect(config("http://127.0.0.1:" + port, "    timeout: 2s\n")));
        assertTrue(e.getMessage().contains("cannot be reached") && e.getMessage().contains("backup_age_seconds")
                && e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    @Test
    void http500IsAnErrorWithPrometheusOwnMessage() throws IOException {
        String url = serve(x -> answer(x, 500, "{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"disk full\"}"));
        CollectException e = assertThrows(CollectException.class, () -> Collector.collect(config(url, "")));
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsAnError() throws IOException {
        String url = serve(x -> answer(x, 200, "<html>proxy login</html>"));
        CollectException e = assertThrows(CollectException.class, () -> Collector.collect(config(url, "")));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    }

    @Test
    void aSlowServerTimesOut() throws IOException {
        String url = serve(x -> {
            try {
                Thread.sleep(6000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        CollectConfig slow = config(url, "    timeout: 300ms\n");
        long t0 = System.nanoTime();
        CollectException e = assertThrows(CollectException.class, () -> Collector.collect(slow));
        assertTrue(e.getMessage().contains("timeout") && e.getMessage().contains("300 ms"), e.getMessage());
        long took = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(took < 4000, "gave up before the server answered, took " + took + " ms");
    }

    /** A server answering every query with one result and keeping the Authorization header it was sent. */
    private String serveRecordingAuthorization(String type, String result) throws IOException {
        return serve(x -> {
            authorization.set(x.getRequestHeaders().getFirst("Authorization"));
            answer(x, 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"" + type + "\",\"result\":"
                    + result + "}}");
        });
    }

    @Test
    void bearerTokenComesFromTheEnvironmentNeverFromTheConfig() throws IOException {
        String url = serveRecordingAuthorization("vector", "[{\"metric\":{},\"value\":[1764460800,\"120\"]}]");
        CollectConfig config = config(url, "    bearerTokenEnv: PROM_TOKEN\n");
        Collection c = Collector.standard().withEnvironment(v -> v.equals("PROM_TOKEN") ? "s3cret" : null).run(config);
        assertEquals("Bearer s3cret", authorization.get());
        assertEquals(120, c.facts().observations().get(0).number());
        assertTrue(!c.facts().observations().get(0).evidence().link().contains("s3cret"));
        CollectException e = assertThrows(CollectException.class,
                () -> Collector.standard().withEnvironment(v -> null).run(config));
        assertTrue(e.getMessage().contains("PROM_TOKEN") && e.getMessage().contains("not set"), e.getMessage());
    }

    @Test
    void basicAuthComesFromTwoEnvironmentVariables() throws IOException {
        String url = serveRecordingAuthorization("scalar", "[1764460800,\"60\"]");
        CollectConfig config = config(url, "    basicAuth: {userEnv: U, passwordEnv: P}\n");
        Collection c = Collector.standard().withEnvironment(v -> v.equals("U") ? "ops" : "pw").run(config);
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8)),
                authorization.get());
        assertEquals(60, c.facts().observations().get(0).number());
    }

    @Test
    void aFlagIsTrueWhenTheValueIsNotZeroAndCountOfNoSeriesIsZero() throws IOException {
        String url = serveRecordingAuthorization("vector", "[]");
        CollectConfig config = CollectConfig.parse("sources:\n  - kind: prometheus\n    url: " + url
                + "\n    at: 2026-11-30T12:00:00Z\n    queries:\n"
                + "      - {observation: monitoring.collection.adjustable-frequency, promql: 'count(x)', aggregate: count}\n"
                + "      - {observation: ha.single-points, promql: 'spof == 1', unit: count, aggregate: count}\n",
                "collect.yaml", Path.of("."));
        Collection c = Collector.collect(config);
        assertEquals(List.of("monitoring.collection.adjustable-frequency = false", "ha.single-points = 0 count"),
                c.facts().observations().stream().map(org.opsmaturity.model.Observation::display).toList());
        assertEquals(java.time.LocalDate.of(2026, 11, 30),
                c.facts().observations().get(1).evidence().observedAt().orElseThrow());
    }

    @Test
    void manySeriesAreCountedAndAggregated() throws IOException {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            result.append(i == 0 ? "" : ",").append("{\"metric\":{\"i\":\"").append(i).append("\"},\"value\":[1764460800,\"")
                    .append(i).append("\"]}");
        }
        String url = serve(x -> answer(x, 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + result + "]}}"));
        Collection none = Collector.collect(config(url, ""));
        assertEquals(List.of(), none.facts().observations());
        assertTrue(none.skipped().get(0).reason().contains("5000 series"), none.skipped().toString());
        CollectConfig max = CollectConfig.parse("sources:\n  - kind: prometheus\n    url: " + url + "\n    queries:\n"
                + "      - {observation: ha.db.rpo, promql: backup_age_seconds, unit: s, aggregate: max}\n",
                "collect.yaml", Path.of("."));
        assertEquals(4999, Collector.collect(max).facts().observations().get(0).number());
    }
}
