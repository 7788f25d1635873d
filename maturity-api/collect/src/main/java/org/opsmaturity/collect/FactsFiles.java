package org.opsmaturity.collect;

import java.util.HashSet;
import java.util.Set;

import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;

/**
 * Merging collected observations into a facts document; write the result with
 * {@link org.opsmaturity.api.OutputFiles#writeAtomically(java.nio.file.Path, byte[])}.
 */
public final class FactsFiles {
    private FactsFiles() {
    }

    /**
     * The existing facts with the collected observations in: every attestation is kept, an observation
     * collected now replaces the existing ones of its name, the others are kept. The subject is the
     * collected one, or the existing one when none was collected.
     *
     * @param existing the facts already in the file
     * @param collected the facts just collected
     * @return the merged facts
     */
    public static Facts merge(Facts existing, Facts collected) {
        Set<String> fresh = new HashSet<>();
        collected.observations().forEach(o -> fresh.add(o.name()));
        Facts.Builder b = Facts.builder()
                .subject(collected.subject().isEmpty() ? existing.subject() : collected.subject());
        existing.attestations().forEach(b::attest);
        for (Observation o : existing.observations()) {
            if (!fresh.contains(o.name())) {
                b.observe(o);
            }
        }
        collected.observations().forEach(b::observe);
        return b.build();
    }
}
