package org.opsmaturity.rules;

import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;

/**
 * Runs the rules of a KieBase over observations in a fresh session and collects the findings: those the
 * rules handed to the {@value StandardRules#OUTCOMES_GLOBAL} collector (the standard rules), in firing
 * order, then, only when the rules inserted facts (a company extension's {@code insert(check...)}), the
 * inserted findings, through the {@value StandardRules#FINDINGS_QUERY} query when the KieBase declares it,
 * else from working memory. The {@value StandardRules#CHECK_GLOBAL} and outcomes globals are set when
 * declared. Thread-safe: each call takes a session of its own from the runner's pool
 * ({@link KieBase#newKieSessionsPool}) and gives it back, reset, when done (also on failure), so that a
 * session's node memories are made once per concurrent caller, not once per call; the pool grows to the
 * number of calls running at once. The runners of the standard KieBase share one pool (so assessors built
 * again and again add no sessions to it); a runner of another KieBase has its own, which goes with it. The engine (maturity-api) and the rule
 * tests run rules with it.
 */
public final class RuleRunner {
    private final Checks checks;
    private final boolean hasCheckGlobal;
    private final boolean hasFindingsQuery;
    private final boolean hasOutcomesGlobal;
    private final KieSessionsPool sessions;

    /**
     * A runner of a KieBase; whether it declares the {@code check} global and the findings query is looked
     * up once, here.
     *
     * @param kieBase the rules: the standard KieBase or a company's
     * @param checks  the checks bound to the {@code check} global, with the parameters in force
     */
    public RuleRunner(KieBase kieBase, Checks checks) {
        this.checks = checks;
        this.hasCheckGlobal = declaresGlobal(kieBase, StandardRules.CHECK_GLOBAL);
        this.hasOutcomesGlobal = declaresGlobal(kieBase, StandardRules.OUTCOMES_GLOBAL);
        this.hasFindingsQuery = kieBase.getKiePackages().stream().flatMap(p -> p.getQueries().stream())
                .anyMatch(q -> q.getName().equals(StandardRules.FINDINGS_QUERY));
        KieSessionsPool shared = StandardRules.sharedSessions(kieBase);
        this.sessions = shared != null ? shared : kieBase.newKieSessionsPool(1);
    }

    /**
     * Inserts the observations (and a {@link Given} of them, when there are any), fires all rules and reads
     * the findings back; the session goes back to the pool, reset, also on failure.
     *
     * @param observations the facts' observations
     * @return the findings the rules inserted, possibly empty
     */
    public List<Finding> run(Collection<Observation> observations) {
        return run(observations, observations.isEmpty() ? null : Given.of(observations));
    }

    /**
     * {@link #run(Collection)} on observations already kept by name (one per name), which the session's
     * {@link Given} reads without a copy; the map must not change while the rules run.
     *
     * @param byName the facts' observations by name
     * @return the findings the rules inserted, possibly empty
     */
    public List<Finding> run(java.util.Map<String, Observation> byName) {
        return run(byName.values(), byName.isEmpty() ? null : Given.byName(byName));
    }

    private List<Finding> run(Collection<Observation> observations, Given given) {
        KieSession session = sessions.newKieSession();
        try {
            if (hasCheckGlobal) {
                session.setGlobal(StandardRules.CHECK_GLOBAL, checks);
            }
            Outcomes outcomes = new Outcomes();
            if (hasOutcomesGlobal) {
                session.setGlobal(StandardRules.OUTCOMES_GLOBAL, outcomes);
            }
            for (Observation o : observations) {
                session.insert(o);
            }
            if (given != null) {
                session.insert(given); // read by the rules that join several observations
            }
            long facts = session.getFactCount();
            session.fireAllRules();
            List<Finding> out = outcomes.findings;
            if (session.getFactCount() == facts) {
                return out; // the rules inserted nothing: no Finding fact to read back
            }
            if (hasFindingsQuery) {
                for (QueryResultsRow row : session.getQueryResults(StandardRules.FINDINGS_QUERY)) {
                    out.add((Finding) row.get("$finding"));
                }
            } else {
                // a company kjar need not carry the query: read its findings from working memory
                for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(Finding.class))) {
                    out.add((Finding) o);
                }
            }
            return out;
        } finally {
            session.dispose(); // a pooled session: reset and back to the pool
        }
    }

    private static boolean declaresGlobal(KieBase kieBase, String name) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(name));
    }
}
