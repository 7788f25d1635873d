package org.opsmaturity.collect.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.opsmaturity.collect.CollectException;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Vocabulary;

/** Reads the collection config (YAML or JSON, docs/collect.md), strictly, into its sources. */
public final class Configs {
    /** The source kinds, as written in {@code kind}. */
    public static final List<String> KINDS = List.of("prometheus", "cdevents", "focus");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    /** A parsed config: the subject (may be empty) and the sources, in order. */
    public record Config(String subject, List<Source> sources) {
        public Config {
            sources = List.copyOf(sources);
        }
    }

    private Configs() {
    }

    /**
     * Parses a config text. {@code origin} names it in messages (the file name); relative file paths in it
     * are resolved against {@code baseDir}.
     */
    public static Config parse(String text, String origin, Path baseDir, Vocabulary vocabulary) {
        String t = text.strip();
        JsonNode root;
        try {
            root = (t.startsWith("{") ? JSON : YAML).readTree(text);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new CollectException(origin + ": not a readable YAML or JSON document: " + msg,
                    "Maybe compare with the examples in docs/collect.md.", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CollectException(origin + ": the config is empty; expected subject and sources",
                    "Maybe start from an example in docs/collect.md.");
        }
        Node n = new Node(root, "$", origin);
        n.only("$schema", "subject", "sources");
        String subject = n.get("subject").map(Node::text).orElse("");
        List<Source> sources = new ArrayList<>();
        List<Node> list = n.need("sources").list();
        if (list.isEmpty()) {
            throw n.need("sources").error("[]", "at least one source", "");
        }
        for (Node s : list) {
            s.object();
            Node kindNode = s.need("kind");
            String kind = kindNode.text();
            sources.add(switch (kind) {
                case "prometheus" -> PrometheusSource.parse(s, vocabulary);
                case "cdevents" -> CdEventsSource.parse(s, baseDir);
                case "focus" -> FocusSource.parse(s, baseDir);
                default -> throw kindNode.error(kind, "one of " + KINDS, Strings.maybe(kind, KINDS));
            });
        }
        return new Config(subject, sources);
    }

    static ObservationSpec spec(Node n, Vocabulary vocabulary) {
        String name = n.text();
        return vocabulary.spec(name).orElseThrow(() -> n.error(name, "an observation name of the vocabulary "
                + "(docs/observations.md)", Strings.maybe(name, vocabulary.names())));
    }

    static <E extends Enum<E>> E oneOf(Node n, Class<E> type) {
        String s = n.text();
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (!names.contains(s)) {
            throw n.error(s, "one of " + names, Strings.maybe(s, names));
        }
        return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    }

    /** Parsing JSON events and cost rows shares the strict reader. */
    static JsonParser jsonParser(java.io.Reader in) throws IOException {
        return JSON.getFactory().createParser(in);
    }

    static ObjectMapper json() {
        return JSON;
    }
}
