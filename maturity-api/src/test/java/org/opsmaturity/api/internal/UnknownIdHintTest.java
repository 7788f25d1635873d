package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.StandardRules;

/** The "Maybe ..." hints of unknown criterion ids and observation names, one of each kind, in English. */
class UnknownIdHintTest {
    static final Catalog CATALOG = Catalog.standard();
    static final Vocabulary VOCABULARY = StandardRules.vocabulary();

    static String criterion(String id) {
        return FactChecker.criterionHint(id, CATALOG);
    }

    static String name(String name) {
        return FactChecker.nameHint(name, VOCABULARY);
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
