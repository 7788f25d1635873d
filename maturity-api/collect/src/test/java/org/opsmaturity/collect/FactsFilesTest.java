package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void writingReplacesTheFileInOneStepAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("facts.json");
        Files.writeString(f, "old");
        FactsFiles.writeAtomically(f, "new");
        assertEquals("new", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWas() throws IOException {
        Path target = dir.resolve("facts.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep"), "x"); // a non-empty folder cannot be replaced by a file
        CollectException e = assertThrows(CollectException.class, () -> FactsFiles.writeAtomically(target, "new"));
        assertTrue(e.getMessage().contains("it is unchanged"), e.getMessage());
        assertEquals("x", Files.readString(target.resolve("keep")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }
}
