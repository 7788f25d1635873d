package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.rules.StandardRules;
import org.opsmaturity.samples.docs.ReferenceDocs;

/** The generated reference pages in docs/ are up to date with the catalogue and the vocabulary. */
class ReferenceDocsTest {
    private static final String REGENERATE = " is stale; regenerate with: java -cp samples/target/opsmaturity.jar "
            + "org.opsmaturity.samples.docs.ReferenceDocs docs";

    @Test
    void criteriaPageIsCurrent() throws IOException {
        assertEquals(ReferenceDocs.criteria(Catalog.standard()), Files.readString(Path.of("../docs/criteria.md")),
                "docs/criteria.md" + REGENERATE);
    }

    @Test
    void observationsPageIsCurrent() throws IOException {
        assertEquals(ReferenceDocs.observations(StandardRules.vocabulary()),
                Files.readString(Path.of("../docs/observations.md")), "docs/observations.md" + REGENERATE);
    }
}
