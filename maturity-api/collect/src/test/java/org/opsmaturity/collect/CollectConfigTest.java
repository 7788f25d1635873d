package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The collection config is read strictly: each mistake names its path, value and what was expected. */
class CollectConfigTest {
    static final String PROM = "sources:\n  - kind: prometheus\n    url: http://127.0.0.1:9090\n    queries:\n"
            + "      - {observation: ha.db.rpo, promql: x, unit: s}\n";

    private static CollectException bad(String yaml) {
        return assertThrows(CollectException.class, () -> CollectConfig.parse(yaml, "c.yaml", Path.of(".")));
    }

    @Test
    void yamlAndJsonAreBothRead() {
        assertEquals(List.of("prometheus prometheus"), CollectConfig.parse(PROM, "c.yaml", Path.of(".")).sources());
        CollectConfig json = CollectConfig.parse("{\"subject\": \"s\", \"sources\": [{\"kind\": \"focus\", \"file\": "
                + "\"f.csv\"}]}", "c.json", Path.of("."));
        assertEquals("s", json.subject());
        assertEquals(List.of("focus costs"), json.sources());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sorces|sorces: 'sorces' is not valid; expected one of the fields|Maybe you meant sources?",
        "kind: prometheus|sources[0].kind: 'prometheus' is not valid|",
        "observation: ha.db.rop|sources[0].queries[0].observation: 'ha.db.rop' is not valid; expected an observation name|Maybe you meant ha.db.rpo?",
        "unit: s}|sources[0].queries[0].unit: '%' is not valid; expected one of [d, h, min, ms, s] for ha.db.rpo|",
        "promql: x, unit: s}|sources[0].queries[0].agregate: 'agregate' is not valid|Maybe you meant aggregate?",
        "aggregate|sources[0].queries[0].aggregate: 'median' is not valid; expected one of [min, max, avg, sum, count]|",
        "url|sources[0].url: 'ftp://x' is not valid; expected an http or https URL|",
        "timeout|sources[0].timeout: 'soon' is not valid; expected a positive duration|",
        "kindtypo|sources[0].kind: 'prometeus' is not valid; expected one of [prometheus, cdevents, focus]|Maybe you meant prometheus?",
        "set|sources[0].queries[0].observation: 'monitoring.transport.modes' is not valid; expected a NUMBER or FLAG|",
        "duplicate|Duplicate field 'url'|",
        "credentials|sources[0].url: 'http://u:p@h:9090' is not valid; expected a URL without user or password|Maybe put the credentials in environment variables",
    })
    void mistakesAreNamed(String mistake, String message, String hint) {
        String yaml = switch (mistake) {
            case "sorces" -> PROM.replace("sources:", "sorces:");
            case "kind: prometheus" -> PROM.replace("kind: prometheus", "kind: [prometheus]");
            case "observation: ha.db.rop" -> PROM.replace("ha.db.rpo", "ha.db.rop");
            case "unit: s}" -> PROM.replace("unit: s}", "unit: \"%\"}");
            case "promql: x, unit: s}" -> PROM.replace("unit: s}", "unit: s, agregate: max}");
            case "aggregate" -> PROM.replace("unit: s}", "unit: s, aggregate: median}");
            case "url" -> PROM.replace("http://127.0.0.1:9090", "ftp://x");
            case "timeout" -> PROM.replace("    queries:", "    timeout: soon\n    queries:");
            case "kindtypo" -> PROM.replace("kind: prometheus", "kind: prometeus");
            case "set" -> PROM.replace("ha.db.rpo", "monitoring.transport.modes");
            case "duplicate" -> PROM.replace("    queries:", "    url: http://x\n    queries:");
            default -> PROM.replace("127.0.0.1", "u:p@h");
        };
        CollectException e = bad(yaml);
        if (mistake.equals("kind: prometheus")) {
            assertTrue(e.getMessage().startsWith("c.yaml: sources[0].kind: '[\"prometheus\"]' is not valid"), e.getMessage());
        } else {
            assertTrue(e.getMessage().contains(message), e.getMessage());
        }
        if (hint != null) {
            assertTrue(e.hint().contains(hint), e.hint());
        }
    }

    @Test
    void emptyOrMissingPartsAreErrors() {
        assertTrue(bad("").getMessage().contains("the config is empty"));
        assertTrue(bad("sources: []").getMessage().contains("sources: '[]' is not valid; expected at least one source"));
        assertTrue(bad("sources:\n  - kind: cdevents\n").getMessage()
                .contains("sources[0].files: missing is not valid; expected a list of event files, or stdin: true"));
        assertTrue(bad("sources:\n  - kind: focus\n    file: f.csv\n    environments: {prod: prd}\n").getMessage()
                .contains("sources[0].environments.prod: 'prd' is not valid; expected one of [development, test,"));
        assertTrue(bad("sources: [{kind: prometheus, url: 'http://h'}]").getMessage()
                .contains("sources[0].queries: missing"));
        assertTrue(bad("{\"sources\": [}").getMessage().contains("not a readable YAML or JSON document"));
    }
}
