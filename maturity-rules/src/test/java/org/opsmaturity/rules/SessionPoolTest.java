package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;

/**
 * The runners of the standard rules take their sessions from one pool and give them back reset: a session
 * serves many runs, a run that fails leaves nothing behind in it, and the pool grows only to the number of
 * runs at once.
 */
class SessionPoolTest {
    private static final KieBase KIE_BASE = StandardRules.kieBase();
    private static final Checks CHECKS = Checks.of(Catalog.standard(), Map.of());

    private static long alive() {
        return KIE_BASE.getKieSessions().stream().filter(s -> ((StatefulKnowledgeSessionImpl) s).isAlive()).count();
    }

    /** What a plain session of its own (not from any pool) gives: the baseline a pooled run must equal. */
    private static List<String> fresh(List<Observation> observations) {
        org.kie.api.runtime.KieSession s = KIE_BASE.newKieSession();
        try {
            Outcomes out = new Outcomes();
            s.setGlobal(StandardRules.CHECK_GLOBAL, CHECKS);
            s.setGlobal(StandardRules.OUTCOMES_GLOBAL, out);
            observations.forEach(s::insert);
            if (!observations.isEmpty()) {
                s.insert(Given.of(observations));
            }
            s.fireAllRules();
            return outcomes(out.findings());
        } finally {
            s.dispose();
        }
    }

    private static List<String> outcomes(List<Finding> findings) {
        return findings.stream().map(f -> f.criterionId() + " " + f.met() + " " + f.reason()).sorted().toList();
    }

    /** A flag and a number of the vocabulary, so that single and joined rules both fire. */
    private static List<Observation> some(boolean flags, double number) {
        List<Observation> out = new ArrayList<>();
        for (ObservationSpec s : StandardRules.vocabulary().specs()) {
            if (s.type() == ObservationType.FLAG) {
                out.add(Observation.flag(s.name(), flags));
            } else if (s.type() == ObservationType.NUMBER) {
                out.add(Observation.number(s.name(), number, org.opsmaturity.model.Units.unitsOf(s.unitFamily()).get(0)));
            }
        }
        return out;
    }

    @Test
    void aPooledSessionInUseCountsAsAliveAndNotOnceGivenBack() {
        // the control for every "no session left open" check here and in the api's tests (RuleSessions)
        long before = alive();
        org.kie.api.runtime.KieSession s = KIE_BASE.newKieSessionsPool(1).newKieSession();
        assertEquals(before + 1, alive(), "a session taken from a pool is alive");
        s.dispose();
        assertEquals(before, alive(), "given back, it is not");
    }

    @Test
    void manyRunsOneAfterAnotherShareOneSessionAndGiveWhatAPlainSessionGives() {
        List<Observation> a = some(true, 5);
        List<Observation> b = some(false, 1);
        List<String> wantA = fresh(a);
        List<String> wantB = fresh(b);
        int sessions = KIE_BASE.getKieSessions().size();
        RuleRunner runner = new RuleRunner(KIE_BASE, CHECKS);
        for (int i = 0; i < 20; i++) {
            assertEquals(wantA, outcomes(runner.run(a)), "run " + i + " of a");
            assertEquals(wantB, outcomes(runner.run(b)), "run " + i + " of b: nothing of a is left in the session");
            assertEquals(List.of(), runner.run(List.of()), "run " + i + " of nothing");
        }
        assertEquals(sessions, KIE_BASE.getKieSessions().size(), "no session added by 60 runs");
        assertEquals(0, alive());
    }

    @Test
    void aRunThatFailsGivesItsSessionBackResetAndTheNextRunIsRight() {
        List<Observation> good = some(true, 5);
        List<String> want = fresh(good);
        // a flag where a rule compares a number: its consequence throws inside fireAllRules
        ObservationSpec number = StandardRules.vocabulary().specs().stream()
                .filter(s -> s.type() == ObservationType.NUMBER && !s.criteria().isEmpty()).findFirst().orElseThrow();
        List<Observation> bad = new ArrayList<>(good);
        bad.removeIf(o -> o.name().equals(number.name()));
        bad.add(Observation.flag(number.name(), true));
        RuleRunner runner = new RuleRunner(KIE_BASE, CHECKS);
        int sessions = KIE_BASE.getKieSessions().size();
        for (int i = 0; i < 5; i++) {
            assertThrows(RuntimeException.class, () -> runner.run(bad));
            assertEquals(0, alive(), "the failed run's session is back in the pool");
            assertEquals(want, outcomes(runner.run(good)), "after failure " + i);
        }
        assertEquals(sessions, KIE_BASE.getKieSessions().size());
    }

    @Test
    void runsAtOnceGrowThePoolToAtMostOneSessionEach() throws Exception {
        List<Observation> a = some(true, 5);
        List<String> want = fresh(a);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> got = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                got.add(pool.submit(() -> outcomes(new RuleRunner(KIE_BASE, CHECKS).run(a))));
            }
            for (Future<List<String>> f : got) {
                assertEquals(want, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, alive());
        int all = KIE_BASE.getKieSessions().size();
        assertTrue(all <= threads + 2, "sessions held after 200 runs on " + threads + " threads: " + all);
    }
}
