package org.opsmaturity.collect.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.collect.CollectException;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Units;

/**
 * CI/CD and incident events in the CDEvents format (spec v0.4.1), one JSON event per line or a JSON array,
 * plain or in a CloudEvents envelope, from files or standard input. Derives the deployment success rate
 * (overall and lowest per service) and the incidents caused by a change; reports rollbacks and time to
 * restore as notes.
 */
final class CdEventsSource implements Source {
    /** The CDEvents spec version whose event shapes are checked. */
    static final String SPEC = "0.4.1";
    static final String DEPLOYED = "dev.cdevents.service.deployed.0.2.0";
    static final String ROLLEDBACK = "dev.cdevents.service.rolledback.0.2.0";
    static final String PIPELINE_FINISHED = "dev.cdevents.pipelinerun.finished.0.2.0";
    static final String INCIDENT_DETECTED = "dev.cdevents.incident.detected.0.2.0";
    static final String INCIDENT_RESOLVED = "dev.cdevents.incident.resolved.0.2.0";
    private static final List<String> TYPES = List.of(DEPLOYED, ROLLEDBACK, PIPELINE_FINISHED, INCIDENT_DETECTED,
            INCIDENT_RESOLVED);

    private record Event(String type, String key, String id, String subject, String service, String env, long time, String outcome,
            String pipeline, boolean major, String where) {
    }

    private final String name;
    private final List<Path> files;
    private final List<String> shown;
    private final boolean stdin;
    private final Duration period;
    private final Optional<Instant> asOf;
    private final Duration incidentWindow;
    private final Optional<String> environment;
    private final Optional<String> majorField;
    private final Set<String> majorValues;
    private final Map<String, String> pipelineServices;

    private CdEventsSource(String name, List<Path> files, List<String> shown, boolean stdin, Duration period,
            Optional<Instant> asOf, Duration incidentWindow, Optional<String> environment, Optional<String> majorField,
            Set<String> majorValues, Map<String, String> pipelineServices) {
        this.name = name;
        this.files = files;
        this.shown = shown;
        this.stdin = stdin;
        this.period = period;
        this.asOf = asOf;
        this.incidentWindow = incidentWindow;
        this.environment = environment;
        this.majorField = majorField;
        this.majorValues = majorValues;
        this.pipelineServices = pipelineServices;
    }

    static CdEventsSource parse(Node n, Path baseDir) {
        n.only("kind", "name", "files", "stdin", "period", "asOf", "incidentWindow", "environment", "major",
                "pipelineServices");
        String name = "cdevents " + n.text("name", "events");
        List<String> shown = n.get("files").map(Node::texts).orElse(List.of());
        boolean stdin = n.bool("stdin", false);
        if (shown.isEmpty() && !stdin) {
            throw n.missing("files", "a list of event files, or stdin: true");
        }
        Optional<Instant> asOf = n.get("asOf").map(a -> {
            try {
                return Instant.parse(a.text());
            } catch (DateTimeParseException e) {
                throw a.error(a.json.asText(), "a UTC time such as 2026-11-30T00:00:00Z", "");
            }
        });
        Optional<Node> major = n.get("major");
        major.ifPresent(m -> m.only("field", "values"));
        Map<String, String> pipelines = new LinkedHashMap<>();
        n.get("pipelineServices").ifPresent(p -> p.object().json.fields()
                .forEachRemaining(e -> pipelines.put(e.getKey(), p.need(e.getKey()).text())));
        return new CdEventsSource(name, shown.stream().map(baseDir::resolve).toList(), shown, stdin,
                n.get("period").map(Node::duration).orElse(Duration.ofDays(365)), asOf,
                n.get("incidentWindow").map(Node::duration).orElse(Duration.ofHours(24)),
                n.get("environment").map(Node::text), major.map(m -> m.need("field").text()),
                major.map(m -> Set.copyOf(m.need("values").texts())).orElse(Set.of()), pipelines);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void collect(Sink sink, Inputs inputs) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            try (Reader r = Files.newBufferedReader(files.get(i), StandardCharsets.UTF_8)) {
                read(r, shown.get(i), sink, events, seen, firstAt);
            } catch (NoSuchFileException e) {
                throw new CollectException(name + ": files: '" + shown.get(i) + "' does not exist (" + files.get(i)
                        + ")", "Maybe the path is relative to the config file's folder.", e);
            } catch (IOException e) {
                throw new CollectException(name + ": " + shown.get(i) + " cannot be read (" + e + ")", "", e);
            }
        }
        if (stdin) {
            try (Reader r = new InputStreamReader(inputs.stdin().get(), StandardCharsets.UTF_8)) {
                read(r, "stdin", sink, events, seen, firstAt);
            } catch (IOException e) {
                throw new CollectException(name + ": standard input cannot be read (" + e + ")", "", e);
            }
        }
        derive(sink, events);
    }

    // ------------------------------------------------------------------ reading

    private void read(Reader in, String file, Sink sink, List<Event> events, Set<String> seen,
            Map<String, String> firstAt) throws IOException {
        BufferedReader r = new BufferedReader(in, 1 << 16);
        r.mark(4096);
        int c;
        do {
            c = r.read();
        } while (c != -1 && Character.isWhitespace(c));
        r.reset();
        if (c == '[') {
            try (JsonParser p = Configs.jsonParser(r)) {
                p.nextToken();
                int index = 0;
                while (true) {
                    JsonToken t;
                    try {
                        t = p.nextToken();
                    } catch (JsonProcessingException e) {
                        sink.skip(name, file + ":" + e.getLocation().getLineNr(), "not JSON: " + e.getOriginalMessage()
                                + "; the rest of the array cannot be read");
                        return;
                    }
                    if (t == null || t == JsonToken.END_ARRAY) {
                        return;
                    }
                    String where = file + ":" + p.currentTokenLocation().getLineNr() + " [" + index++ + "]";
                    JsonNode node;
                    try {
                        node = Configs.json().readTree(p);
                    } catch (JsonProcessingException e) {
                        sink.skip(name, where, "not JSON: " + e.getOriginalMessage()
                                + "; the rest of the array cannot be read");
                        return;
                    }
                    accept(node, where, sink, events, seen, firstAt);
                }
            }
        }
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + number;
            JsonNode node;
            try {
                node = Configs.json().readTree(line);
            } catch (JsonProcessingException e) {
                sink.skip(name, where, "not JSON: " + e.getOriginalMessage());
                continue;
            }
            accept(node, where, sink, events, seen, firstAt);
        }
    }

    private void accept(JsonNode node, String where, Sink sink, List<Event> events, Set<String> seen,
            Map<String, String> firstAt) {
        String problem = null;
        Event e = null;
        try {
            e = event(node, where);
        } catch (IllegalArgumentException x) {
            problem = x.getMessage();
        }
        if (problem != null) {
            sink.skip(name, where, problem);
            return;
        }
        if (e == null) {
            return;
        }
        if (!seen.add(e.key())) {
            sink.skip(name, where, "duplicate event id '" + e.id() + "' (first at " + firstAt.get(e.key())
                    + "); counted once");
            return;
        }
        firstAt.put(e.key(), where);
        events.add(e);
    }

    /** The event, or null for a valid CDEvent of a type that decides nothing here (counted as skipped). */
    private Event event(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an event object");
        }
        JsonNode ev = node;
        if (node.has("specversion") && node.has("data")) { // a CloudEvents envelope around the CDEvent
            ev = node.get("data");
            if (!ev.isObject()) {
                throw new IllegalArgumentException("CloudEvents data: not a CDEvent object");
            }
        }
        JsonNode context = object(ev, "context");
        String version = text(context, "context.version");
        if (!version.startsWith("0.4.")) {
            throw new IllegalArgumentException("context.version: '" + version + "' is not supported; expected "
                    + "CDEvents spec 0.4.x (" + SPEC + ")");
        }
        String id = text(context, "context.id");
        String source = text(context, "context.source");
        String type = text(context, "context.type");
        long time = time(text(context, "context.timestamp"));
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("context.type: '" + type + "' decides no observation here; "
                    + "expected one of " + TYPES.stream().map(t -> t.replace("dev.cdevents.", "")).toList());
        }
        JsonNode subject = object(ev, "subject");
        String subjectId = text(subject, "subject.id");
        JsonNode content = object(subject, "subject.content");
        String env = "";
        String service = "";
        String outcome = "";
        String pipeline = "";
        switch (type) {
            case DEPLOYED, ROLLEDBACK -> {
                env = text(object(content, "subject.content.environment"), "subject.content.environment.id");
                text(content, "subject.content.artifactId");
                service = subjectId;
            }
            case INCIDENT_DETECTED, INCIDENT_RESOLVED -> {
                env = text(object(content, "subject.content.environment"), "subject.content.environment.id");
                JsonNode s = content.get("service");
                service = s == null ? "" : text(object(content, "subject.content.service"), "subject.content.service.id");
            }
            default -> {
                outcome = content.path("outcome").asText("");
                if (!outcome.isEmpty() && !List.of("success", "error", "failure").contains(outcome)) {
                    throw new IllegalArgumentException("subject.content.outcome: '" + outcome
                            + "' is not valid; expected success, error or failure");
                }
                pipeline = content.path("pipelineName").asText("");
            }
        }
        boolean major = majorField.isEmpty() || majorValues.contains(
                ev.at("/" + majorField.get().replace('.', '/')).asText(""));
        return new Event(type, source + "\u0000" + id, id, subjectId, service, env, time, outcome, pipeline, major,
                where);
    }

    private static JsonNode object(JsonNode n, String path) {
        JsonNode c = n.get(path.substring(path.lastIndexOf('.') + 1));
        if (c == null || !c.isObject()) {
            throw new IllegalArgumentException(path + ": " + (c == null ? "missing" : "'" + c + "'")
                    + " is not valid; expected an object");
        }
        return c;
    }

    private static String text(JsonNode n, String path) {
        JsonNode c = n.get(path.substring(path.lastIndexOf('.') + 1));
        if (c == null || !c.isTextual() || c.textValue().isEmpty()) {
            throw new IllegalArgumentException(path + ": " + (c == null ? "missing" : "'" + c + "'")
                    + " is not valid; expected a non-empty string");
        }
        return c.textValue();
    }

    private static long time(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("context.timestamp: '" + s + "' is not valid; expected an RFC 3339 "
                    + "time such as 2026-11-30T10:00:00Z");
        }
    }

    // ------------------------------------------------------------------ deriving

    private void derive(Sink sink, List<Event> read) {
        int outOfOrder = 0;
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i).time() < read.get(i - 1).time()) {
                outOfOrder++;
            }
        }
        List<Event> events = new ArrayList<>(read);
        events.sort(Comparator.comparingLong(Event::time)); // stable: equal times keep the input order
        if (outOfOrder > 0) {
            sink.note(name, outOfOrder + " events came out of order; all were sorted by context.timestamp");
        }
        if (events.isEmpty()) {
            sink.note(name, "no usable events; no observation was made");
            return;
        }
        long end = asOf.map(Instant::toEpochMilli).orElse(events.get(events.size() - 1).time());
        long start = end - period.toMillis();
        int before = 0;
        int after = 0;
        int otherEnv = 0;
        List<Event> in = new ArrayList<>();
        for (Event e : events) {
            if (e.time() < start) {
                before++;
            } else if (e.time() > end) {
                after++;
            } else if (environment.isPresent() && !e.env().isEmpty() && !environment.get().equals(e.env())) {
                otherEnv++;
            } else {
                in.add(e);
            }
        }
        String span = day(start) + " to " + day(end);
        if (before + after + otherEnv > 0) {
            sink.note(name, in.size() + " events in the period " + span + "; left out: " + before + " before it, "
                    + after + " after it, " + otherEnv + " of other environments");
        }
        Evidence base = new Evidence("", "", name, Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(end),
                ZoneOffset.UTC)));
        deployments(sink, in, span, base);
    }

    private static String day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString();
    }

    private static final class Tally {
        int deployed;
        int rolledBack;
        int failedRuns;
        String lastWhere = "";

        double rate() {
            int attempts = deployed + failedRuns;
            return 100.0 * (deployed - rolledBack) / attempts;
        }

        int attempts() {
            return deployed + failedRuns;
        }
    }

    private void deployments(Sink sink, List<Event> in, String span, Evidence base) {
        Tally all = new Tally();
        Map<String, Tally> byService = new TreeMap<>();
        Map<String, List<long[]>> open = new HashMap<>(); // service+env -> deployments {time, rolledBack 0/1}
        Map<String, List<Event>> deploysByService = new HashMap<>();
        int orphanRollbacks = 0;
        int unmappedFailures = 0;
        Map<String, Long> detected = new HashMap<>();
        List<Long> restore = new ArrayList<>();
        List<Event> tied = new ArrayList<>();
        int incidents = 0;
        int untied = 0;
        int noService = 0;
        for (Event e : in) {
            switch (e.type()) {
                case DEPLOYED -> {
                    all.deployed++;
                    Tally t = byService.computeIfAbsent(e.service(), k -> new Tally());
                    t.deployed++;
                    t.lastWhere = e.where();
                    open.computeIfAbsent(e.service() + "\u0000" + e.env(), k -> new ArrayList<>())
                            .add(new long[] {e.time(), 0});
                    deploysByService.computeIfAbsent(e.service() + "\u0000" + e.env(), k -> new ArrayList<>()).add(e);
                }
                case ROLLEDBACK -> {
                    List<long[]> ds = open.getOrDefault(e.service() + "\u0000" + e.env(), List.of());
                    long[] last = ds.isEmpty() ? null : ds.get(ds.size() - 1);
                    if (last == null || last[1] == 1) {
                        orphanRollbacks++;
                    } else {
                        last[1] = 1;
                        all.rolledBack++;
                        byService.get(e.service()).rolledBack++;
                    }
                }
                case PIPELINE_FINISHED -> {
                    if (e.outcome().equals("failure") || e.outcome().equals("error")) {
                        all.failedRuns++;
                        String service = pipelineServices.get(e.pipeline());
                        if (service == null) {
                            unmappedFailures++;
                        } else {
                            Tally t = byService.computeIfAbsent(service, k -> new Tally());
                            t.failedRuns++;
                            t.lastWhere = e.where();
                        }
                    }
                }
                case INCIDENT_DETECTED -> {
                    incidents++;
                    detected.putIfAbsent(e.subject(), e.time());
                    if (e.service().isEmpty()) {
                        noService++;
                        continue;
                    }
                    List<Event> ds = deploysByService.getOrDefault(e.service() + "\u0000" + e.env(), List.of());
                    Event cause = ds.isEmpty() ? null : ds.get(ds.size() - 1);
                    if (cause != null && e.time() - cause.time() <= incidentWindow.toMillis()) {
                        if (e.major()) {
                            tied.add(e);
                        }
                    } else {
                        untied++;
                    }
                }
                default -> { // INCIDENT_RESOLVED
                    incidents++;
                    Long d = detected.remove(e.subject());
                    if (d != null) {
                        restore.add(e.time() - d);
                    }
                }
            }
        }
        if (all.attempts() == 0) {
            sink.note(name, "no deployments in the period " + span + "; no deployment success rate was made");
        } else {
            sink.number(name, "deployments", "change.deployment.success-rate", all.rate(), "%", ev(base, files(),
                    "CDEvents " + span + ": " + (all.deployed - all.rolledBack) + " of " + all.attempts()
                            + " deployments succeeded (" + all.deployed + " service.deployed, " + all.rolledBack
                            + " rolled back, " + all.failedRuns + " failed pipeline runs)"));
            Map.Entry<String, Tally> worst = byService.entrySet().stream().filter(x -> x.getValue().attempts() > 0)
                    .min(Comparator.comparingDouble((Map.Entry<String, Tally> x) -> x.getValue().rate())
                            .thenComparing(Map.Entry::getKey))
                    .orElse(null);
            if (worst != null) {
                Tally t = worst.getValue();
                sink.number(name, "deployments", "change.deployment.lowest-success-rate", t.rate(), "%",
                        ev(base, t.lastWhere, "CDEvents " + span + ": lowest of " + byService.size()
                                + " services is " + worst.getKey() + ", " + (t.deployed - t.rolledBack) + " of "
                                + t.attempts() + " deployments succeeded (" + t.rolledBack + " rolled back, "
                                + t.failedRuns + " failed pipeline runs)"));
            }
            sink.note(name, all.rolledBack + " rollbacks in " + all.deployed + " deployments" + (orphanRollbacks > 0
                    ? "; " + orphanRollbacks + " rollbacks had no earlier deployment of their service and were not counted"
                    : ""));
            if (unmappedFailures > 0) {
                sink.note(name, unmappedFailures + " failed pipeline runs name no service in pipelineServices: "
                        + "counted in the overall rate only");
            }
        }
        if (incidents == 0) {
            sink.note(name, "no incident events; change.release.major-incidents was not observed");
            return;
        }
        sink.number(name, "incidents", "change.release.major-incidents", tied.size(), "count",
                ev(base, tied.isEmpty() ? files() : tied.get(0).where(), "CDEvents " + span + ": " + tied.size()
                        + " incidents detected within " + Units.format(incidentWindow.toMinutes() / 60.0)
                        + " h of a deployment of their service" + (majorField.isPresent() ? " with " + majorField.get()
                                + " in " + new java.util.TreeSet<>(majorValues) : "")
                        + (tied.isEmpty() ? "" : ": " + String.join(", ", tied.stream().limit(5)
                                .map(x -> x.subject() + " (event " + x.id() + ")").toList())
                                + (tied.size() > 5 ? ", ..." : ""))));
        if (untied + noService > 0) {
            sink.note(name, untied + " incidents followed no deployment of their service within the window; "
                    + noService + " named no service (subject.content.service) and could not be tied");
        }
        if (!restore.isEmpty()) {
            restore.sort(null);
            sink.note(name, "time to restore over " + restore.size() + " resolved incidents: median "
                    + minutes(restore.get(restore.size() / 2)) + ", longest " + minutes(restore.get(restore.size() - 1))
                    + " (no observation of the model holds it)");
        }
    }

    private static Evidence ev(Evidence base, String link, String text) {
        return new Evidence(text, link, base.by(), base.observedAt());
    }

    private String files() {
        return String.join(", ", shown.isEmpty() ? List.of("stdin") : shown);
    }

    private static String minutes(long millis) {
        return Units.format(Math.round(millis / 600.0) / 100.0) + " min";
    }
}
