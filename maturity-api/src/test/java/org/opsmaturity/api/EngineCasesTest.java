package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Source;

/**
 * Every rule case of maturity-rules (cases/<key>.tsv) once more, through the public API: facts in,
 * {@link Assessor#evaluate(Facts)}, the criterion's status out, with the fact checking in between.
 */
class EngineCasesTest {
    static final Path CASES = Path.of("../maturity-rules/src/test/resources/cases");

    record Case(String file, int line, String criterion, CriterionStatus expected, String facts) {
    }

    static List<Case> all() throws IOException {
        List<Case> out = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            String f = org.opsmaturity.model.CatalogTsv.domainKey(Integer.toString(d)) + ".tsv";
            List<String> lines = Files.readAllLines(CASES.resolve(f));
            for (int n = 0; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\t", -1);
                out.add(new Case(f, n + 1, p[0].trim(), CriterionStatus.valueOf(p[1].trim()), p.length > 2 ? p[2].trim() : ""));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCaseThroughTheApi() throws IOException {
        Assessor assessor = Assessor.standard();
        return all().stream().map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.criterion(), () -> {
            Facts facts = TestFacts.parse(assessor.vocabulary(), c.facts());
            var r = assessor.evaluate(facts).criterion(c.criterion());
            assertEquals(c.expected(), r.status(), c.facts());
            assertEquals(c.expected() == CriterionStatus.UNKNOWN ? Source.NONE : Source.OBSERVATION, r.source());
        }));
    }
}
