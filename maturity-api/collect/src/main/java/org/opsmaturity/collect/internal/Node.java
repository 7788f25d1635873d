package org.opsmaturity.collect.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.collect.CollectException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Strings;

/** A node of the collection config with its path, read strictly: unknown keys and wrong types are errors. */
final class Node {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)");

    final JsonNode json;
    final String path;
    private final String origin;

    Node(JsonNode json, String path, String origin) {
        this.json = json;
        this.path = path;
        this.origin = origin;
    }

    CollectException error(Object value, String expected, String hint) {
        if (value instanceof JsonNode j && j.isTextual()) {
            value = j.textValue();
        }
        return new CollectException(origin + ": " + path + ": " + (value == null ? "missing" : "'"
                + MaturityException.cut(value) + "'") + " is not valid; expected " + expected, hint);
    }

    private String child(String key) {
        return path.equals("$") ? key : path + "." + key;
    }

    /** Fails on the first key that is not one of {@code keys}, with a "Maybe you meant" hint. */
    Node only(String... keys) {
        object();
        List<String> known = Arrays.asList(keys);
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new Node(json.get(k), child(k), origin).error(k, "one of the fields " + known,
                        Strings.maybe(k, known));
            }
        }
        return this;
    }

    Node object() {
        if (!json.isObject()) {
            throw error(json, "an object", "");
        }
        return this;
    }

    Optional<Node> get(String key) {
        JsonNode n = json.get(key);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(new Node(n, child(key), origin));
    }

    Node need(String key) {
        return get(key).orElseThrow(() -> missing(key, "a value"));
    }

    /** The error for a field that is missing or empty. */
    CollectException missing(String key, String expected) {
        return new Node(null, child(key), origin).error(get(key).map(n -> n.json.toString()).orElse(null), expected, "");
    }

    String text() {
        if (!json.isTextual() || json.textValue().isBlank()) {
            throw error(json, "a non-empty string", "");
        }
        return json.textValue();
    }

    String text(String key, String otherwise) {
        return get(key).map(Node::text).orElse(otherwise);
    }

    boolean bool(String key, boolean otherwise) {
        Optional<Node> n = get(key);
        if (n.isPresent() && !n.get().json.isBoolean()) {
            throw n.get().error(n.get().json, "true or false", "");
        }
        return n.map(x -> x.json.booleanValue()).orElse(otherwise);
    }

    double number(String key, double otherwise, double min, double max) {
        Optional<Node> n = get(key);
        if (n.isEmpty()) {
            return otherwise;
        }
        JsonNode j = n.get().json;
        if (!j.isNumber() || j.doubleValue() < min || j.doubleValue() > max) {
            throw n.get().error(j, "a number from " + min + " to " + max, "");
        }
        return j.doubleValue();
    }

    List<Node> list() {
        if (!json.isArray()) {
            throw error(json, "a list", "");
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), path + "[" + i + "]", origin));
        }
        return out;
    }

    List<String> texts() {
        return list().stream().map(Node::text).toList();
    }

    /** A duration such as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 365d}. */
    Duration duration() {
        String s = json.isTextual() ? json.textValue().trim() : "";
        Matcher m = DURATION.matcher(s);
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw error(json, "a positive duration such as 500ms, 10s, 5m, 2h or 365d", "");
        }
        double v = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> v;
            case "s" -> v * 1e3;
            case "m", "min" -> v * 60e3;
            case "h" -> v * 3600e3;
            default -> v * 86400e3;
        };
        return Duration.ofMillis(Math.round(millis));
    }
}
