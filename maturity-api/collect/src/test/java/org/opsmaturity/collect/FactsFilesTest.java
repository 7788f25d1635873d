package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Json;
import org.opsmaturity.api.OutputFiles;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Verdict;

class FactsFilesTest {
    @TempDir
    Path dir;

    @Test
    void mergeKeepsAttestationsAndReplacesOnlyCollectedNames() {
        Facts existing = Facts.builder().subject("acme").attest("6.2.1.L3.1", Verdict.MET, "crisis plan")
                .observe("ha.db.rpo", 30, "min").observe("continuity.availability", 99.9, "%").build();
        Facts collected = Facts.builder().observe(Observation.number("ha.db.rpo", 300, "s")
                .withEvidence(Evidence.of("prometheus"))).build();
        Facts merged = FactsFiles.merge(existing, collected);
        assertEquals("acme", merged.subject());
        assertEquals(existing.attestations(), merged.attestations());
        assertEquals(List.of("continuity.availability = 99.9 %", "ha.db.rpo = 300 s"),
                merged.observations().stream().map(Observation::display).toList());
    }

    @Test
    void theMergedFactsWrittenAsTheDocsShowReadBackTheSame() throws IOException {
        Path f = dir.resolve("facts.json");
        Files.writeString(f, Json.write(Facts.builder().subject("acme").observe("ha.db.rpo", 30, "min").build()));
        Facts merged = FactsFiles.merge(Json.readFacts(f), Facts.builder().observe("ha.db.rpo", 300, "s").build());
        OutputFiles.writeAtomically(f, Json.write(merged).getBytes(StandardCharsets.UTF_8));
        assertEquals(merged, Json.readFacts(f));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file left behind");
        }
    }
}
