package org.opsmaturity.api.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/** Runs the rules over the caller's observations in a fresh session and reads the findings back. */
public final class RuleRunner {
    private final KieBase kieBase;
    private final Checks checks;

    public RuleRunner(KieBase kieBase, Checks checks) {
        this.kieBase = kieBase;
        this.checks = checks;
    }

    public List<Finding> run(Collection<Observation> observations) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(StandardRules.CHECK_GLOBAL, checks);
            for (Observation o : observations) {
                session.insert(o);
            }
            session.fireAllRules();
            List<Finding> out = new ArrayList<>();
            for (QueryResultsRow row : session.getQueryResults(StandardRules.FINDINGS_QUERY)) {
                out.add((Finding) row.get("$finding"));
            }
            return out;
        } finally {
            session.dispose();
        }
    }
}
