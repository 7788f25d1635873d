package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.kie.api.KieBase;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.rules.StandardRules;

/**
 * One first assessment of the large sample in a new JVM, by one of several start-up paths, with the time
 * of each phase (System.nanoTime) printed to stderr as {@code phase <name> <ms>}, and the JVM's uptime
 * (ms) at main, when the assessor is ready (rule base built: {@code ready <ms>}) and at the end.
 * {@code samples/bench/startup.sh} runs it in new JVMs and takes medians.
 *
 * <pre>
 * assessor   Assessor.standard() (StandardRules.kieBase(): the generated model loaded directly)
 * assessor-extension  Assessor.builder().addRules(10 criteria).build(); -serial: the standard rule base first
 * model      the generated executable model class instantiated directly (KieBaseBuilder), no KieServices
 * drl        the DRL sources compiled at run time (KieHelper, drools-mvel)
 * extension  the executable model plus a 10-criterion DRL extension compiled at run time (drools-mvel),
 *            in one KieBase
 * extension-model  the same, the extension compiled to the executable model at run time (drools-model-codegen)
 * </pre>
 */
public final class StartupProbe {
    private final List<String> phases = new ArrayList<>();
    private long last = System.nanoTime();
    private int rules = -1;
    private long ready;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        String mode = args.length > 0 ? args[0] : "assessor";
        String sample = args.length > 1 ? args[1] : "large";
        StartupProbe p = new StartupProbe();
        Assessment a = switch (mode) {
            case "assessor" -> p.assessor(sample);
            case "assessor-extension" -> p.assessorExtension(sample, false);
            case "assessor-extension-serial" -> p.assessorExtension(sample, true);
            case "model" -> p.engine(sample, "model");
            case "drl" -> p.engine(sample, "drl");
            case "extension" -> p.engine(sample, "extension");
            case "extension-model" -> p.engine(sample, "extension-model");
            default -> throw new IllegalArgumentException("mode '" + mode + "' is not known; expected assessor,"
                    + " model, drl, extension or extension-model");
        };
        p.mark("output");
        System.out.println(a.subject() + ": overall level " + a.overall().level() + ", up to "
                + a.overall().potential() + ", " + a.criteria().size() + " criteria, " + a.warnings().size()
                + " warnings" + (p.rules < 0 ? "" : ", " + p.rules + " rules and queries in the KieBase"));
        System.err.println("uptime-at-main " + uptimeAtMain);
        for (String s : p.phases) {
            System.err.println("phase " + s);
        }
        System.err.println("ready " + p.ready);
        System.err.println("uptime-at-end " + ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private void mark(String name) {
        long now = System.nanoTime();
        phases.add(name + " " + String.format(Locale.ROOT, "%.1f", (now - last) / 1e6));
        last = now;
    }

    /** What every path loads first, timed on its own so that the rule-base phases compare. */
    private void catalogueAndVocabulary() {
        Catalog.standard();
        mark("catalog");
        StandardRules.vocabulary();
        mark("vocabulary");
    }

    private Assessment assessor(String sample) {
        catalogueAndVocabulary();
        Assessor assessor = Assessor.standard();
        mark("rule-base");
        ready = ManagementFactory.getRuntimeMXBean().getUptime();
        return evaluate(assessor::evaluate, sample);
    }

    /**
     * Through the public API: {@code Assessor.builder().addRules(<10 criteria>).build()}, then evaluate.
     * {@code serial}: the standard rule base is built first, so that build() cannot build it alongside
     * the DRL compilation (the comparison for that overlap).
     */
    private Assessment assessorExtension(String sample, boolean serial) {
        catalogueAndVocabulary();
        if (serial) {
            StandardRules.kieBase();
            mark("standard-rule-base");
        }
        Assessor assessor = Assessor.builder().addRules("bench-extension.drl", BenchEngine.extensionDrl(10, true)).build();
        mark("rule-base");
        ready = ManagementFactory.getRuntimeMXBean().getUptime();
        return evaluate(assessor::evaluate, sample);
    }

    private Assessment engine(String sample, String mode) {
        catalogueAndVocabulary();
        KieBase kieBase = switch (mode) {
            case "model" -> BenchEngine.fromModel();
            case "drl" -> BenchEngine.fromDrl(PlainJavaOracle.drlDir());
            case "extension" -> BenchEngine.withExtension(BenchEngine.extensionDrl(10));
            default -> BenchEngine.withModelExtension(BenchEngine.extensionDrl(10));
        };
        mark("rule-base");
        rules = kieBase.getKiePackages().stream().mapToInt(k -> k.getRules().size()).sum();
        BenchEngine.Engine engine = BenchEngine.Engine.of(kieBase, Runners::engine);
        mark("engine");
        ready = ManagementFactory.getRuntimeMXBean().getUptime();
        return evaluate(engine::evaluate, sample);
    }

    private Assessment evaluate(Function<Facts, Assessment> evaluator, String sample) {
        Facts facts = BenchFacts.sample(sample);
        mark("read-facts");
        Assessment a = evaluator.apply(facts);
        mark("first-evaluate");
        Json.write(a);
        mark("write-json");
        return a;
    }
}
