package org.opsmaturity.samples.bench;

import java.util.List;
import java.util.Map;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Item;
import org.opsmaturity.rules.Checks;

/**
 * Issue 13's attestation-heavy workload ({@link BenchFacts#attestationHeavy}: 70 % of the requirements
 * attested MET or NOT_MET, the threshold metrics and what their rules join observed), 1,024 distinct fact
 * sets cycled per thread, by four implementations of the same statuses and levels:
 * <ul>
 * <li>{@code plain}: the plain-Java peer ({@link PlainJavaOracle}, status flavour: one closure per rule over
 * arrays, levels over arrays);</li>
 * <li>{@code easyrules}: the Easy Rules 4.1 peer ({@link EasyRulesPeer}: one Java rule per criterion);</li>
 * <li>{@code levels}: {@code Assessor.evaluate} (fact check, rules, derivation) and then every item's
 * confirmed level and potential and the overall level and potential read from the Assessment: what the
 * peers return;</li>
 * <li>{@code json}: the same, then the whole result written as JSON ({@code Json.write}): every criterion
 * with its justification, gaps, warnings.</li>
 * </ul>
 * The peers must give the Assessor's item levels, potentials and overall level on every input before
 * they are timed. {@link AttestedMain} runs the same four interleaved in one JVM and measures CPU time.
 */
public class AttestedBenchmark extends BenchSettings {
    static final int SETS = 1024;

    @Param({"plain", "easyrules", "levels", "json"})
    public String impl;

    private Assessor assessor;
    private PlainJavaOracle plain;
    private EasyRulesPeer easyRules;
    private List<Facts> facts;
    private String[] itemIds;

    @Setup(Level.Trial)
    public void setUp() {
        assessor = Assessor.standard();
        facts = BenchFacts.attestationHeavy(assessor.catalog(), assessor.vocabulary(), SETS, 13L);
        itemIds = assessor.catalog().items().stream().map(Item::id).toArray(String[]::new);
        plain = PlainJavaOracle.fromDrl(PlainJavaOracle.drlDir(), assessor.catalog(),
                Checks.of(assessor.catalog(), Map.of()), false);
        easyRules = new EasyRulesPeer(assessor.catalog(), plain.ruleTests());
        if (impl.equals("plain") || impl.equals("easyrules")) {
            agree(assessor, plain, easyRules, facts);
        }
    }

    /** Throws unless both peers give the Assessor's item levels, potentials and overall level on every input. */
    static void agree(Assessor assessor, PlainJavaOracle plain, EasyRulesPeer easyRules, List<Facts> facts) {
        String[] itemIds = assessor.catalog().items().stream().map(Item::id).toArray(String[]::new);
        for (Facts f : facts) {
            Assessment a = assessor.evaluate(f);
            check("plain", itemIds, f, a, plain.evaluate(f));
            check("easyrules", itemIds, f, a, easyRules.evaluate(f));
        }
    }

    private static void check(String peer, String[] itemIds, Facts f, Assessment a, PlainJavaOracle.Result r) {
        for (int i = 0; i < itemIds.length; i++) {
            if (a.level(itemIds[i]) != r.levels()[i] || a.potential(itemIds[i]) != r.potentials()[i]) {
                throw new IllegalStateException(peer + " differs from the Assessor on " + f.subject() + ", item "
                        + itemIds[i] + ": " + r.levels()[i] + "/" + r.potentials()[i] + " vs " + a.level(itemIds[i])
                        + "/" + a.potential(itemIds[i]));
            }
        }
        if (a.overall().level() != r.overall() || a.overall().potential() != r.overallPotential()) {
            throw new IllegalStateException(peer + " differs from the Assessor on " + f.subject() + ": overall "
                    + r.overall() + " vs " + a.overall().level());
        }
    }

    @Benchmark
    public void run(AssessBenchmark.Cursor c, Blackhole bh) {
        Facts f = c.next(facts);
        switch (impl) {
            case "plain" -> bh.consume(plain.evaluate(f));
            case "easyrules" -> bh.consume(easyRules.evaluate(f));
            case "levels" -> {
                Assessment a = assessor.evaluate(f);
                for (String id : itemIds) {
                    bh.consume(a.level(id));
                    bh.consume(a.potential(id));
                }
                bh.consume(a.overall().level());
                bh.consume(a.overall().potential());
            }
            case "json" -> bh.consume(Json.write(assessor.evaluate(f)));
            default -> throw new IllegalArgumentException("impl '" + impl + "': expected plain, easyrules, levels or json");
        }
    }
}
