package org.opsmaturity.samples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Vocabulary;

/**
 * Benchmark inputs: the bundled sample organisations, and random but valid fact sets over the whole
 * catalogue (every observation of the vocabulary and every requirement may appear), reproducible from a
 * seed and all distinct.
 */
final class BenchFacts {
    private BenchFacts() {
    }

    /** A bundled sample organisation: startup, midsize or large. */
    static Facts sample(String name) {
        return org.opsmaturity.samples.examples.Samples.facts(name);
    }

    /**
     * {@code count} distinct random fact sets: each observation of the vocabulary is given with
     * probability 0.6 (a random valid value), each requirement is attested with probability 0.1.
     */
    static List<Facts> random(Catalog catalog, Vocabulary vocabulary, int count, long seed) {
        Random r = new Random(seed);
        List<Facts> out = new ArrayList<>(count);
        Set<Facts> seen = new java.util.HashSet<>();
        while (out.size() < count) {
            Facts f = randomOne(catalog, vocabulary, r, "random-" + out.size());
            if (seen.add(f.toBuilder().subject("").build())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code count} distinct attestation-heavy fact sets (issue 13's workload): MET or NOT_MET
     * attestations of 70 % of the requirements, in random order, and the threshold metrics (every NUMBER
     * observation of the vocabulary) with the flags and sets that their criteria's rules join, each with a
     * random valid value.
     */
    static List<Facts> attestationHeavy(Catalog catalog, Vocabulary vocabulary, int count, long seed) {
        Set<String> joined = new java.util.HashSet<>();
        for (ObservationSpec s : vocabulary.specs()) {
            if (s.type() == org.opsmaturity.model.ObservationType.NUMBER) {
                joined.addAll(s.criteria());
            }
        }
        List<ObservationSpec> observed = vocabulary.specs().stream()
                .filter(s -> s.criteria().stream().anyMatch(joined::contains)).toList();
        List<Criterion> requirements = catalog.requirements();
        int attested = (int) Math.round(requirements.size() * 0.7);
        Random r = new Random(seed);
        List<Facts> out = new ArrayList<>(count);
        Set<Facts> seen = new java.util.HashSet<>();
        while (out.size() < count) {
            Facts.Builder b = Facts.builder().subject("attested-" + out.size());
            for (ObservationSpec s : observed) {
                observe(b, s, r);
            }
            List<Criterion> shuffled = new ArrayList<>(requirements);
            java.util.Collections.shuffle(shuffled, r);
            for (Criterion c : shuffled.subList(0, attested)) {
                b.attest(c.id(), r.nextBoolean() ? Verdict.MET : Verdict.NOT_MET, "bench");
            }
            Facts f = b.build();
            if (seen.add(f.toBuilder().subject("").build())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static void observe(Facts.Builder b, ObservationSpec s, Random r) {
        switch (s.type()) {
            case FLAG -> b.observe(s.name(), r.nextBoolean());
            case SET -> {
                Set<String> words = new TreeSet<>();
                for (String w : s.words()) {
                    if (r.nextBoolean()) {
                        words.add(w);
                    }
                }
                b.observe(s.name(), words.toArray(String[]::new));
            }
            case NUMBER -> {
                double[] v = number(s, r);
                b.observe(s.name(), v[0], Units.unitsOf(s.unitFamily()).get((int) v[1]));
            }
        }
    }

    private static Facts randomOne(Catalog catalog, Vocabulary vocabulary, Random r, String subject) {
        Facts.Builder b = Facts.builder().subject(subject);
        for (ObservationSpec s : vocabulary.specs()) {
            if (r.nextDouble() >= 0.6) {
                continue;
            }
            observe(b, s, r);
        }
        for (Criterion c : catalog.requirements()) {
            if (r.nextDouble() < 0.1) {
                b.attest(c.id(), r.nextBoolean() ? Verdict.MET : Verdict.NOT_MET, "bench");
            }
        }
        return b.build();
    }

    /** A value and the index of its unit in {@link Units#unitsOf}, within the range the fact checker allows. */
    private static double[] number(ObservationSpec s, Random r) {
        List<String> units = Units.unitsOf(s.unitFamily());
        return switch (s.unitFamily()) {
            case "percent" -> new double[] {Math.round(r.nextDouble() * 1000) / 10.0, 0};
            case "availability" -> new double[] {99 + Math.round(r.nextDouble() * 1000) / 1000.0, units.indexOf("%")};
            case "level" -> new double[] {r.nextInt(6), 0};
            case "count" -> new double[] {r.nextInt(20), 0};
            case "duration" -> new double[] {1 + r.nextInt(120), units.indexOf(r.nextBoolean() ? "s" : "min")};
            default -> new double[] {Math.round(r.nextDouble() * 1000) / 10.0, r.nextInt(units.size())};
        };
    }
}
