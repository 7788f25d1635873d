package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Verdict;

/** Merging keeps a subject's own facts where its document has them, and a hypothesis after the facts. */
class MergedFactsTest {
    private static final Facts SHARED = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "org-wide")
            .attest("1.1.1.L1.2", Verdict.MET, "org-wide").build();
    private static final Facts OWN = Facts.builder().subject("team").attest("1.1.1.L1.2", Verdict.NOT_MET, "ours")
            .attest("2.1.1.L1.1", Verdict.MET, "ours").build();

    private static List<String> ids(Facts f) {
        return f.attestations().stream().map(a -> a.criterionId() + " " + a.verdict()).toList();
    }

    @Test
    void aSubjectsOwnFactsComeFirstInTheirOrderThenTheSharedOnesItSaysNothingOf() {
        assertEquals(List.of("1.1.1.L1.2 NOT_MET", "2.1.1.L1.1 MET", "1.1.1.L1.1 MET"),
                ids(MergedFacts.withShared(OWN, SHARED)));
        assertEquals("team", MergedFacts.withShared(OWN, SHARED).subject());
    }

    @Test
    void aHypothesisComesAfterTheFactsItDoesNotReplace() {
        assertEquals(List.of("2.1.1.L1.1 MET", "1.1.1.L1.1 MET", "1.1.1.L1.2 MET"),
                ids(MergedFacts.merged(OWN, SHARED, "team")));
    }

    @Test
    void inABatchASubjectsMistakeIsNamedByItsOwnPath() {
        Facts bad = Facts.builder().subject("team").attest("1.1.1.L3.99", Verdict.MET, "x").build();
        InvalidFactsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class,
                () -> Assessor.standard().evaluateAll(SHARED, List.of(bad), a -> { }));
        assertEquals("attestations[0].criterion", e.path(), e.getMessage());
    }
}
