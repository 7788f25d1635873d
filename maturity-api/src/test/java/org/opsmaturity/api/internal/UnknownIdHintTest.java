package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Hint;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.StandardRules;

/**
 * The "Maybe ..." hints of unknown criterion ids and observation names, one of each kind of {@link Hint}, in
 * English: the texts are the ones FactChecker wrote as strings before the hints became data.
 */
class UnknownIdHintTest {
    static final Catalog CATALOG = Catalog.standard();
    static final Vocabulary VOCABULARY = StandardRules.vocabulary();

    /** The kinds of hint the cases below produced. */
    static final Set<Class<?>> SEEN = ConcurrentHashMap.newKeySet();

    static String criterion(String id) {
        return en(FactChecker.criterionHint(id, CATALOG));
    }

    static String name(String name) {
        return en(FactChecker.nameHint(name, VOCABULARY));
    }

    static String en(Hint h) {
        SEEN.add(h.getClass());
        assertEquals(h.en(), h.text(Locale.ENGLISH));
        return h.en();
    }

    /** A lenient assessment's JSON keeps the English hint and gains the typed suggestion. */
    @Test
    void theJsonDetailCarriesTheHintAndTheSuggestion() throws Exception {
        Facts f = Facts.builder().attest("1.1.1.L2", Verdict.MET, "a").observe(Observation.flag("XYZ", true)).build();
        Assessment a = Assessor.builder().lenient().build().evaluate(f);
        JsonNode warnings = new ObjectMapper().readTree(Json.write(a)).path("warnings");
        JsonNode cell = warnings.get(0).path("detail");
        assertEquals("Maybe attest the points of the cell 1.1.1.L2 one by one: 1.1.1.L2.1 to 1.1.1.L2.5.",
                cell.path("hint").asText());
        assertEquals("{\"kind\":\"attestPointsOneByOne\",\"cell\":\"1.1.1.L2\",\"first\":\"1.1.1.L2.1\",\"last\":\"1.1.1.L2.5\"}",
                cell.path("suggestion").toString());
        JsonNode name = warnings.get(1).path("detail");
        assertEquals("unknownObservation", name.path("kind").asText());
        assertEquals("{\"kind\":\"nameForm\"}", name.path("suggestion").toString());
        assertEquals(FactChecker.nameHint("XYZ", VOCABULARY).en(), name.path("hint").asText());
    }

    /** Past the hints an evaluation gives, no hint: the English text is empty, as the JSON's absent hint. */
    @Test
    void noHintSaysNothing() {
        assertEquals("", en(new Hint.None()));
    }

    @AfterAll
    static void everyKindOfHintIsPinned() {
        assertEquals(Set.of(Hint.class.getPermittedSubclasses()), SEEN, "a kind of hint has no pinned English text");
    }

    @Test
    void criterionHintsSayTodaysText() {
        assertEquals("Maybe remove the spaces around '1.1.1.L1.1'.", criterion(" 1.1.1.L1.1 "));
        assertEquals("Maybe you meant 1.1.1.L1.1, 1.1.1.L1.2, 1.1.1.L3.9?", criterion("1.1.1.L1.9"));
        assertEquals("Maybe look the criterion up with the 'catalog' command or in docs/criteria.md.",
                criterion("99.99.99.L1.1"));
        assertEquals("Maybe leave it out: 1.1.2.L1 is a level cell that requires nothing (NONE).", criterion("1.1.2.L1"));
        assertEquals("Maybe attest the points of the cell 1.2.1.L1 one by one: 1.2.1.L1.1.", criterion("1.2.1.L1"));
        assertEquals("Maybe attest the points of the cell 1.1.1.L2 one by one: 1.1.1.L2.1 to 1.1.1.L2.5.",
                criterion("1.1.1.L2"));
        assertEquals("Maybe attest the criteria of item 1.1.1 one by one, e.g. 1.1.1.L1.1.", criterion("1.1.1"));
        assertEquals("Maybe write a criterion id as <item>.L<level>.<n>, e.g. 1.1.1.L3.4.", criterion("foo"));
    }

    @Test
    void nameHintsSayTodaysText() {
        assertEquals("Maybe you meant monitoring.collection.protocols, monitoring.collection.plugins,"
                + " monitoring.collection.throttling?", name("monitoring.collection.protocol"));
        assertEquals("Maybe write the name in lowercase, its parts joined by '.' and its words by '-', e.g. "
                + "monitoring.processing.latency.", name("XYZ"));
        assertEquals("Maybe look the name up with the 'catalog --observations' command or in docs/observations.md.",
                name("abc.defgh"));
    }
}
