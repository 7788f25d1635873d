package org.opsmaturity.collect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opsmaturity.collect.Skip;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;

/**
 * Where sources put what they found. A value that the vocabulary would refuse (not finite, out of the
 * unit family's range) becomes a {@link Skip}, never an observation.
 */
public final class Sink {
    private final Vocabulary vocabulary;
    final List<Observation> observations = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public Sink(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Observation> observations() {
        return List.copyOf(observations);
    }

    public List<Skip> skips() {
        return List.copyOf(skips);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    void skip(String source, String where, String reason) {
        skips.add(new Skip(source, where, reason));
    }

    void note(String source, String text) {
        notes.add(source + ": " + text);
    }

    /** Adds a NUMBER (or, for a FLAG observation, {@code value != 0}); skips values that cannot be right. */
    void number(String source, String where, String name, double value, String unit, Evidence evidence) {
        ObservationSpec spec = vocabulary.spec(name).orElseThrow();
        if (!Double.isFinite(value)) {
            skip(source, where, "the value is " + (Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf")
                    + ", not a finite number; no observation " + name + " was made");
            return;
        }
        if (spec.type() == ObservationType.FLAG) {
            observations.add(Observation.flag(name, value != 0).withEvidence(evidence));
            return;
        }
        String range = outOfRange(spec.unitFamily(), unit, value);
        if (range != null) {
            skip(source, where, "the value " + Units.format(value) + " " + unit + " is not " + range
                    + "; no observation " + name + " was made");
            return;
        }
        observations.add(Observation.number(name, value, unit).withEvidence(evidence));
    }

    void flag(String name, boolean value, Evidence evidence) {
        observations.add(Observation.flag(name, value).withEvidence(evidence));
    }

    void set(String name, Set<String> words, Evidence evidence) {
        observations.add(Observation.set(name, words).withEvidence(evidence));
    }

    private static String outOfRange(String family, String unit, double v) {
        boolean percent = family.equals("percent") || (family.equals("availability") && unit.equals("%"));
        if (percent && (v < 0 || v > 100)) {
            return "a percentage from 0 to 100";
        }
        if (family.equals("count") && (v < 0 || v != Math.rint(v))) {
            return "a whole count, 0 or more";
        }
        if (!family.equals("rate") && v < 0) {
            return "0 or more";
        }
        return null;
    }
}
