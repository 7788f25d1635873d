package org.opsmaturity.collect.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opsmaturity.collect.CollectException;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;

/**
 * The Prometheus HTTP API source: instant ({@code /api/v1/query}) and range ({@code /api/v1/query_range})
 * queries, vector, matrix and scalar results, one observation per query.
 */
final class PrometheusSource implements Source {
    enum Aggregate { MIN, MAX, AVG, SUM, COUNT }

    record Range(Duration last, Duration step) {
    }

    record Query(String observation, String promql, String unit, Optional<Aggregate> aggregate,
            Optional<Range> range, String path) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final URI url;
    private final Optional<String> bearerEnv;
    private final Optional<String[]> basicEnv;
    private final Duration timeout;
    private final Optional<Instant> at;
    private final List<Query> queries;

    private PrometheusSource(String name, URI url, Optional<String> bearerEnv, Optional<String[]> basicEnv,
            Duration timeout, Optional<Instant> at, List<Query> queries) {
        this.name = name;
        this.url = url;
        this.bearerEnv = bearerEnv;
        this.basicEnv = basicEnv;
        this.timeout = timeout;
        this.at = at;
        this.queries = List.copyOf(queries);
    }

    static PrometheusSource parse(Node n, Vocabulary vocabulary) {
        n.only("kind", "name", "url", "bearerTokenEnv", "basicAuth", "timeout", "at", "queries");
        String name = "prometheus " + n.text("name", "prometheus");
        Node urlNode = n.need("url");
        URI url;
        try {
            url = new URI(urlNode.text().replaceAll("/+$", ""));
        } catch (java.net.URISyntaxException e) {
            throw urlNode.error(urlNode.json.asText(), "an http or https URL such as http://127.0.0.1:9090", "");
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
                || url.getHost() == null) {
            throw urlNode.error(urlNode.json.asText(), "an http or https URL such as http://127.0.0.1:9090", "");
        }
        if (url.getUserInfo() != null) {
            throw urlNode.error(urlNode.json.asText(), "a URL without user or password",
                    "Maybe put the credentials in environment variables named by basicAuth or bearerTokenEnv.");
        }
        Optional<String[]> basic = n.get("basicAuth").map(b -> {
            b.only("userEnv", "passwordEnv");
            return new String[] {b.need("userEnv").text(), b.need("passwordEnv").text()};
        });
        Duration timeout = n.get("timeout").map(Node::duration).orElse(Duration.ofSeconds(10));
        Optional<Instant> at = n.get("at").map(a -> {
            try {
                return Instant.parse(a.text());
            } catch (DateTimeParseException e) {
                throw a.error(a.json.asText(), "a UTC time such as 2026-11-30T00:00:00Z", "");
            }
        });
        List<Query> queries = new ArrayList<>();
        List<Node> list = n.need("queries").list();
        if (list.isEmpty()) {
            throw n.need("queries").error("[]", "at least one query", "");
        }
        for (Node q : list) {
            q.only("observation", "promql", "unit", "aggregate", "range");
            ObservationSpec spec = Configs.spec(q.need("observation"), vocabulary);
            if (spec.type() == ObservationType.SET) {
                throw q.need("observation").error(spec.name(), "a NUMBER or FLAG observation (" + spec.name()
                        + " is a SET; a query gives a number)", "");
            }
            String unit = "";
            if (spec.type() == ObservationType.NUMBER) {
                Node u = q.need("unit");
                unit = u.text();
                if (!Units.fits(spec.unitFamily(), unit)) {
                    throw u.error(unit, "one of " + Units.unitsOf(spec.unitFamily()) + " for " + spec.name(),
                            spec.example().isEmpty() ? "" : "Maybe like " + spec.example() + ".");
                }
            } else if (q.get("unit").isPresent()) {
                throw q.need("unit").error(q.need("unit").json.asText(), "no unit (" + spec.name()
                        + " is a FLAG: a non-zero value is true)", "");
            }
            Optional<Aggregate> agg = q.get("aggregate").map(a -> Configs.oneOf(a, Aggregate.class));
            Optional<Range> range = q.get("range").map(r -> {
                r.only("last", "step");
                return new Range(r.need("last").duration(), r.need("step").duration());
            });
            queries.add(new Query(spec.name(), q.need("promql").text(), unit, agg, range, q.path));
        }
        return new PrometheusSource(name, url, n.get("bearerTokenEnv").map(Node::text), basic, timeout, at,
                queries);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void collect(Sink sink, Inputs inputs) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        Optional<String> auth = authorization(inputs.env());
        Instant when = at.orElseGet(inputs.clock()::instant);
        for (Query q : queries) {
            String link = link(q, when);
            JsonNode data = fetch(client, auth, q, link);
            read(sink, q, data, link, when);
        }
    }

    private Optional<String> authorization(UnaryOperator<String> env) {
        if (bearerEnv.isPresent()) {
            return Optional.of("Bearer " + variable(env, bearerEnv.get(), "bearerTokenEnv"));
        }
        return basicEnv.map(b -> "Basic " + Base64.getEncoder().encodeToString((variable(env, b[0], "basicAuth.userEnv")
                + ":" + variable(env, b[1], "basicAuth.passwordEnv")).getBytes(StandardCharsets.UTF_8)));
    }

    private String variable(UnaryOperator<String> env, String var, String field) {
        String v = env.apply(var);
        if (v == null || v.isEmpty()) {
            throw new CollectException(name + ": " + field + ": the environment variable '" + var
                    + "' is not set; expected the credential in it", "Maybe export " + var + " before collecting.");
        }
        return v;
    }

    private String link(Query q, Instant when) {
        String query = "query=" + URLEncoder.encode(q.promql(), StandardCharsets.UTF_8);
        if (q.range().isPresent()) {
            Range r = q.range().get();
            return url + "/api/v1/query_range?" + query + "&start=" + seconds(when.minus(r.last())) + "&end="
                    + seconds(when) + "&step=" + r.step().toMillis() / 1000.0;
        }
        return url + "/api/v1/query?" + query + "&time=" + seconds(when);
    }

    private static String seconds(Instant t) {
        return Units.format(t.toEpochMilli() / 1000.0);
    }

    private JsonNode fetch(HttpClient client, Optional<String> auth, Query q, String link) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(link)).timeout(timeout)
                .header("Accept", "application/json");
        auth.ifPresent(a -> rb.header("Authorization", a));
        String where = name + ": query '" + q.promql() + "' (" + q.path() + ")";
        HttpResponse<String> response;
        try {
            response = client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new CollectException(where + ": no answer from " + url + " within " + timeout.toMillis()
                    + " ms (timeout)", "Maybe raise the source's timeout, or make the query cheaper.", e);
        } catch (IOException e) {
            throw new CollectException(where + ": " + url + " cannot be reached (" + e + ")",
                    "Maybe check the url and that Prometheus is running.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectException(where + ": interrupted", "", e);
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        String error = body == null ? "" : body.path("errorType").asText("") + " " + body.path("error").asText("");
        if (response.statusCode() != 200 || body == null || !"success".equals(body.path("status").asText())) {
            throw new CollectException(where + ": " + url + " answered HTTP " + response.statusCode()
                    + (error.isBlank() ? (body == null ? " with a body that is not JSON" : "") : ": " + error.trim()),
                    response.statusCode() == 400 || response.statusCode() == 422
                            ? "Maybe check the PromQL in the Prometheus expression browser."
                            : response.statusCode() == 401 || response.statusCode() == 403
                                    ? "Maybe check the credentials in the environment variables."
                                    : "Maybe try again later or ask the Prometheus operators.");
        }
        return body.path("data");
    }

    /** One observation from the result, or a skip that says why none. */
    private void read(Sink sink, Query q, JsonNode data, String link, Instant when) {
        String where = "query '" + q.promql() + "' (" + q.path() + ")";
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        List<double[]> samples = new ArrayList<>(); // {time, value}
        int series;
        switch (type) {
            case "scalar" -> {
                series = 1;
                samples.add(sample(result));
            }
            case "vector" -> {
                series = result.size();
                result.forEach(s -> samples.add(sample(s.path("value"))));
            }
            case "matrix" -> {
                series = result.size();
                result.forEach(s -> s.path("values").forEach(v -> samples.add(sample(v))));
            }
            default -> {
                sink.skip(name, where, "the result is a " + (type.isEmpty() ? "missing type" : type)
                        + "; expected a scalar, vector or matrix");
                return;
            }
        }
        double value;
        String how;
        if (q.aggregate().orElse(null) == Aggregate.COUNT) {
            value = series;
            how = "count of " + series + " series";
        } else if (samples.isEmpty()) {
            sink.skip(name, where, "no series (empty " + type + "); no observation " + q.observation() + " was made");
            return;
        } else if (samples.size() > 1 && q.aggregate().isEmpty()) {
            sink.skip(name, where, series + " series and " + samples.size() + " samples, expected one; "
                    + "no observation " + q.observation() + " was made (set aggregate: min, max, avg, sum or count)");
            return;
        } else {
            Aggregate a = q.aggregate().orElse(Aggregate.MAX);
            value = aggregate(a, samples);
            how = samples.size() == 1 ? type : a.name().toLowerCase(java.util.Locale.ROOT) + " of " + samples.size()
                    + " samples in " + series + " series";
        }
        if (!Double.isFinite(value)) {
            sink.number(name, where, q.observation(), value, q.unit(), Evidence.none()); // skipped there, with why
            return;
        }
        // the source's own time: the latest sample, or the evaluation time when no series came back (count)
        double latest = samples.stream().mapToDouble(s -> s[0]).max().orElse(when.toEpochMilli() / 1000.0);
        Evidence ev = new Evidence("Prometheus " + q.promql() + " = " + Units.format(value)
                + (q.unit().isEmpty() ? "" : " " + q.unit()) + " (" + how + ")", link, name, Optional.empty());
        if (!Double.isNaN(latest)) {
            ev = ev.withObservedAt(LocalDate.ofInstant(Instant.ofEpochMilli(Math.round(latest * 1000)), ZoneOffset.UTC));
        }
        sink.number(name, where, q.observation(), value, q.unit(), ev);
    }

    private static double[] sample(JsonNode pair) {
        return new double[] {pair.path(0).asDouble(Double.NaN), value(pair.path(1).asText("NaN"))};
    }

    private static double value(String s) {
        return switch (s) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }

    private static double aggregate(Aggregate a, List<double[]> samples) {
        java.util.DoubleSummaryStatistics st = new java.util.DoubleSummaryStatistics();
        for (double[] s : samples) {
            if (!Double.isFinite(s[1])) {
                return s[1]; // the sink skips it: an aggregate over NaN or Inf is not a number to report
            }
            st.accept(s[1]);
        }
        return switch (a) {
            case MIN -> st.getMin();
            case MAX -> st.getMax();
            case AVG -> st.getAverage();
            case SUM -> st.getSum();
            case COUNT -> st.getCount();
        };
    }
}
