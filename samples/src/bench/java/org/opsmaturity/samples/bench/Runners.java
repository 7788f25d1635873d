package org.opsmaturity.samples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.opsmaturity.rules.RuleRunner;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.Outcomes;
import org.opsmaturity.rules.StandardRules;

/** Session strategies: how a {@link BenchEngine.Runner} runs the rules and reads the findings back. */
final class Runners {
    private static final ClassObjectFilter FINDINGS = new ClassObjectFilter(Finding.class);

    private Runners() {
    }

    /** By name, for the benchmarks' {@code @Param}. */
    static BiFunction<KieBase, Checks, BenchEngine.Runner> named(String name) {
        return switch (name) {
            case "engine" -> Runners::engine;
            case "statefulObjects" -> Runners::statefulObjects;
            case "pooledQuery" -> Runners::pooledQuery;
            case "pooledObjects" -> Runners::pooledObjects;
            case "stateless" -> Runners::stateless;
            case "collect" -> Runners::collect;
            default -> throw new IllegalArgumentException("runner '" + name + "' is not known; expected engine,"
                    + " statefulObjects, pooledQuery, pooledObjects, stateless or collect");
        };
    }

    /**
     * Today's engine: {@link RuleRunner}, a new stateful session per call, findings from the {@link Outcomes}
     * collector (the query only when rules inserted findings).
     */
    static BenchEngine.Runner engine(KieBase kieBase, Checks checks) {
        RuleRunner r = new RuleRunner(kieBase, checks);
        return r::run;
    }

    /** A new stateful session per call, findings read with an object filter instead of the query. */
    static BenchEngine.Runner statefulObjects(KieBase kieBase, Checks checks) {
        return sessions(kieBase::newKieSession, checks, Runners::objects);
    }

    /** Sessions from a {@link KieSessionsPool} (dispose resets and returns them), findings through the query. */
    static BenchEngine.Runner pooledQuery(KieBase kieBase, Checks checks) {
        return sessions(kieBase.newKieSessionsPool(4)::newKieSession, checks, Runners::query);
    }

    /** Pooled sessions, findings read with an object filter. */
    static BenchEngine.Runner pooledObjects(KieBase kieBase, Checks checks) {
        return sessions(kieBase.newKieSessionsPool(4)::newKieSession, checks, Runners::objects);
    }

    private static BenchEngine.Runner sessions(Supplier<KieSession> sessions, Checks checks,
            Function<KieSession, List<Finding>> read) {
        return observations -> {
            KieSession s = sessions.get();
            try {
                Outcomes outcomes = new Outcomes();
                s.setGlobal(StandardRules.CHECK_GLOBAL, checks);
                s.setGlobal(StandardRules.OUTCOMES_GLOBAL, outcomes);
                for (Observation o : observations) {
                    s.insert(o);
                }
                s.fireAllRules();
                List<Finding> out = new ArrayList<>(outcomes.findings());
                out.addAll(read.apply(s)); // the findings rules inserted (none for the standard rules)
                return out;
            } finally {
                s.dispose();
            }
        };
    }

    /**
     * For rules rewritten by {@link BenchEngine#COLLECT}: a new stateful session per call whose global
     * {@code out} collects the findings; nothing is inserted but the observations, nothing queried.
     */
    static BenchEngine.Runner collect(KieBase kieBase, Checks checks) {
        return observations -> {
            KieSession s = kieBase.newKieSession();
            try {
                List<Finding> out = new ArrayList<>();
                s.setGlobal(StandardRules.CHECK_GLOBAL, checks);
                s.setGlobal("out", out);
                for (Observation o : observations) {
                    s.insert(o);
                }
                s.fireAllRules();
                return out;
            } finally {
                s.dispose();
            }
        };
    }

    private static List<Finding> query(KieSession s) {
        List<Finding> out = new ArrayList<>();
        for (QueryResultsRow row : s.getQueryResults(StandardRules.FINDINGS_QUERY)) {
            out.add((Finding) row.get("$finding"));
        }
        return out;
    }

    private static List<Finding> objects(KieSession s) {
        List<Finding> out = new ArrayList<>();
        for (Object f : s.getObjects(FINDINGS)) {
            out.add((Finding) f);
        }
        return out;
    }

    /**
     * One shared {@link StatelessKieSession} (the global set once), a batch of insert, fire and
     * get-objects commands per call. With a KieBase built with {@code SequentialOption.YES} this is
     * Drools' sequential mode.
     */
    static BenchEngine.Runner stateless(KieBase kieBase, Checks checks) {
        StatelessKieSession s = kieBase.newStatelessKieSession();
        s.setGlobal(StandardRules.CHECK_GLOBAL, checks);
        KieCommands commands = KieServices.get().getCommands();
        Command<?> fire = commands.newFireAllRules();
        Command<?> get = commands.newGetObjects(FINDINGS, "findings");
        return observations -> {
            Outcomes outcomes = new Outcomes();
            ExecutionResults r = s.execute(commands.newBatchExecution(List.of(
                    commands.newSetGlobal(StandardRules.OUTCOMES_GLOBAL, outcomes),
                    commands.newInsertElements(observations), fire, get)));
            List<Finding> out = new ArrayList<>(outcomes.findings());
            for (Object f : (Collection<?>) r.getValue("findings")) {
                out.add((Finding) f);
            }
            return out;
        };
    }
}
