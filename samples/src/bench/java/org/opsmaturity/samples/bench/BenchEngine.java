package org.opsmaturity.samples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/**
 * The ways to get a rule base that the benchmarks compare, and an assessment over any of them with the
 * engine's own pieces (FactChecker, a {@link Runner}, LevelDeriver): what {@code Assessor.evaluate} does,
 * with the KieBase and the session strategy swapped.
 */
final class BenchEngine {
    private BenchEngine() {
    }

    /** How the rules are run over the observations, returning the findings. */
    interface Runner {
        List<Finding> run(java.util.Collection<org.opsmaturity.model.Observation> observations);
    }

    /** The rule base as the engine gets it: {@link StandardRules#kieBase()}, shared. */
    static KieBase standard() {
        return StandardRules.kieBase();
    }

    /** A new KieBase of the standard executable model, with options (e.g. sequential mode). */
    static KieBase fromModel(KieBaseOption... options) {
        return KieBaseBuilder.createKieBaseFromModel(StandardRules.model(), options);
    }

    /** The rules compiled from their DRL sources at run time (drools-mvel, KieHelper / KieFileSystem). */
    static KieBase fromDrl(Path drlDir) {
        KieHelper helper = new KieHelper();
        for (Path f : drlFiles(drlDir)) {
            helper.addResource(ResourceFactory.newFileResource(f.toFile()), ResourceType.DRL);
        }
        return helper.build();
    }

    /**
     * The standard DRL sources, each rewritten by {@code transform}, compiled at run time: to the executable
     * model (drools-model-codegen, as the kjar build does) or by drools-mvel. For measuring what the rules
     * cost when their consequences change ({@link #COLLECT}, {@link #EMPTY}).
     */
    static KieBase fromDrlSources(Path drlDir, java.util.function.UnaryOperator<String> transform,
            boolean executableModel) {
        KieHelper helper = new KieHelper();
        for (Path f : drlFiles(drlDir)) {
            try {
                helper.addContent(transform.apply(Files.readString(f, StandardCharsets.UTF_8)),
                        "src/main/resources/org/opsmaturity/rules/" + f.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return executableModel ? helper.build(ExecutableModelProject.class) : helper.build();
    }

    /** Consequences add their Finding to a plain per-session list (global {@code out}) instead of the collector. */
    static final java.util.function.UnaryOperator<String> COLLECT = drl -> drl
            .replace("global org.opsmaturity.rules.Checks check;",
                    "global org.opsmaturity.rules.Checks check;\nglobal java.util.List out;")
            .replace("outcomes.add(check.", "out.add(check.");

    /** Consequences do nothing: what matching and firing the rules costs by itself. */
    static final java.util.function.UnaryOperator<String> EMPTY = drl -> drl
            .replaceAll("(?s)\\bthen\\b.*?\\bend\\b", "then\nend");

    static List<Path> drlFiles(Path drlDir) {
        try (Stream<Path> files = Files.list(drlDir)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A company extension of {@code count} criteria, one DRL rule each, over standard observations. */
    static String extensionDrl(int count) {
        return extensionDrl(count, false);
    }

    /**
     * With {@code declared}, the rules are namespaced criteria {@code bench.1.1.1.L3.<i>} that declare
     * themselves in rule metadata, as {@code Assessor.Builder.addRules} takes them.
     */
    static String extensionDrl(int count, boolean declared) {
        String[] flags = {"monitoring.collection.standalone-service", "monitoring.collection.sdk-reporting",
            "monitoring.collection.coverage-managed", "config.system.unified", "ha.rate-limiting",
            "incident.drills.regular", "cost.accounting.automated", "capacity.load-test.routine",
            "change.emergency.team", "incident.service-desk.unified"};
        StringBuilder b = new StringBuilder("""
                package com.example.opsmaturity.extension;

                import org.opsmaturity.model.Observation;

                global org.opsmaturity.rules.Checks check;
                """);
        for (int i = 1; i <= count; i++) {
            String id = declared ? "bench.1.1.1.L3." + i : "X.1." + i + ".L1.1";
            String name = flags[(i - 1) % flags.length];
            b.append("\nrule \"").append(id).append("\"\n");
            if (declared) {
                b.append("    @item(\"1.1.1\") @level(3) @en(\"Bench criterion ").append(i).append("\")\n");
            }
            b.append("when\n    $o : Observation(name == \"").append(name)
                    .append("\")\nthen\n    insert(check.flag(\"").append(id).append("\", $o));\nend\n");
        }
        return b.toString();
    }

    /**
     * The standard rules (executable model, loaded directly) with an extension compiled from DRL at run
     * time and added to the same KieBase, so one session runs both.
     */
    static KieBase withExtension(String drl) {
        InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(StandardRules.model());
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("extension.drl"), ResourceType.DRL);
        if (kb.hasErrors()) {
            throw new IllegalStateException("extension DRL: " + kb.getErrors());
        }
        base.addPackages(kb.getKnowledgePackages());
        return base;
    }

    /**
     * The standard rules (executable model, loaded directly) with an extension compiled from DRL to the
     * executable model at run time (drools-model-codegen: generated Java compiled in memory), its packages
     * added to the same KieBase.
     */
    static KieBase withModelExtension(String drl) {
        InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(StandardRules.model());
        KieHelper helper = new KieHelper();
        helper.addContent(drl, ResourceType.DRL);
        KieBase extension = helper.build(ExecutableModelProject.class);
        base.addPackages(extension.getKiePackages());
        return base;
    }

    /** An assessor over any rule base and runner: the steps of {@code Assessor.evaluate}. */
    record Engine(org.opsmaturity.model.internal.CompiledCatalog compiled, Vocabulary vocabulary, Checks checks,
            Runner runner) {
        static Engine of(KieBase kieBase, java.util.function.BiFunction<KieBase, Checks, Runner> strategy) {
            Catalog catalog = Catalog.standard();
            Checks checks = Checks.of(catalog, Map.of());
            return new Engine(org.opsmaturity.model.internal.CompiledCatalog.of(catalog), StandardRules.vocabulary(),
                    checks, strategy.apply(kieBase, checks));
        }

        Catalog catalog() {
            return compiled.catalog();
        }

        Assessment evaluate(Facts facts) {
            var settings = settings(compiled.catalog(), vocabulary);
            var fresh = new org.opsmaturity.api.internal.FreshnessPass(settings.freshness(),
                    java.time.LocalDate.now(settings.clock()));
            FactChecker.Checked checked = fresh.observations(FactChecker.check(facts, compiled, vocabulary, true,
                    fresh.today()));
            List<Finding> findings = runner.run(checked.observations().values());
            return LevelDeriver.derive(facts.subject(), settings, compiled, checked, findings, fresh);
        }
    }

    /** The settings of Assessor.standard(): strict policy, no waivers, system clock, default freshness. */
    static org.opsmaturity.api.internal.Settings settings(Catalog catalog, org.opsmaturity.model.Vocabulary vocabulary) {
        return new org.opsmaturity.api.internal.Settings(catalog, vocabulary, org.opsmaturity.model.LevelPolicy.STRICT,
                java.util.Map.of(), java.util.List.of(), java.time.Clock.systemDefaultZone(),
                org.opsmaturity.model.Freshness.DEFAULT);
    }
}
