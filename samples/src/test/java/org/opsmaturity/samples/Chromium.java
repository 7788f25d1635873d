package org.opsmaturity.samples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Debian Chromium driven over the DevTools protocol (a WebSocket on loopback), for tests:
 * loads a page, records console messages, exceptions, log entries and network requests, evaluates
 * JavaScript and takes screenshots. Started with a fresh profile; {@link #close()} ends the process
 * it started.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    /** Where Chromium or Chrome is looked for when $CHROMIUM is not set (Debian, then macOS). */
    static final List<String> KNOWN = List.of("/usr/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium");

    /**
     * The browser binary: $CHROMIUM, else the first of {@link #KNOWN} that is installed. The test fails
     * when there is none: it runs only in the profile {@code browser}, which a found browser activates.
     */
    static Path binary() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isEmpty()) {
            Path p = Path.of(env);
            if (!Files.isExecutable(p)) {
                throw new AssertionError("CHROMIUM=" + env + " is not an executable file; expected the path of a "
                        + "Chromium or Chrome binary");
            }
            return p;
        }
        return KNOWN.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("no Chromium found at " + KNOWN + ": the browser test needs "
                        + "one (.ci/run installs Debian's: apt-get install -y chromium), or set CHROMIUM to a "
                        + "Chromium or Chrome binary"));
    }

    Chromium(Path profile, Path log, int width, int height) throws Exception {
        Files.createDirectories(profile);
        List<String> cmd = List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(), "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank");
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!process.isAlive()) {
                    throw new AssertionError("chromium exited with " + process.exitValue() + "; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("chromium did not open its DevTools port in " + TIMEOUT + "; see " + log);
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
            String ws = null;
            for (JsonNode t : JSON.readTree(list)) {
                if ("page".equals(t.path("type").asText())) {
                    ws = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (ws == null) {
                throw new AssertionError("chromium has no page target: " + list);
            }
            socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(ws), new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
                call(domain + ".enable", JSON.createObjectNode());
            }
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    JsonNode n = JSON.readTree(message);
                    if (n.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                        if (f != null) {
                            f.complete(n);
                        }
                    } else {
                        events.add(n);
                        if ("Page.loadEventFired".equals(n.path("method").asText())) {
                            loaded.complete(null);
                        }
                    }
                } catch (IOException e) {
                    events.add(JSON.createObjectNode().put("method", "unparsable").put("text", message));
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Sends a DevTools command and returns its result; a protocol error fails. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Loads a URL, waits for its load event and a moment for late console messages; clears the recorded events first. */
    void open(String url) throws Exception {
        events.clear();
        loaded = new CompletableFuture<>();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    /** Evaluates a JavaScript expression in the page and returns its value (JSON). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new AssertionError("evaluating " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Console errors and warnings, uncaught exceptions and error log entries (e.g. CSP violations) of the page. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            switch (method) {
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                        out.add("console." + type + ": " + p.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    String level = p.path("entry").path("level").asText();
                    if (level.equals("error") || level.equals("warning")) {
                        out.add("log." + level + ": " + p.path("entry").path("text").asText() + " "
                                + p.path("entry").path("url").asText());
                    }
                }
                case "unparsable" -> out.add("unparsable DevTools message: " + e.path("text").asText());
                default -> { }
            }
        }
        return out;
    }

    /** Every URL the page asked for that is not the page's own file or a data: URL. */
    List<String> requestsBeyond(String pageUrl) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            if ("Network.requestWillBeSent".equals(e.path("method").asText())) {
                String url = e.path("params").path("request").path("url").asText();
                if (!url.equals(pageUrl) && !url.startsWith("data:")) {
                    out.add(url);
                }
            }
        }
        return out;
    }

    /** A PNG of the viewport. */
    void screenshot(Path file) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        try {
            call("Browser.close", JSON.createObjectNode());
        } catch (Exception | AssertionError e) {
            // the process is ended below in any case
        }
        stop();
    }

    private void stop() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
