package org.opsmaturity.api;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.opsmaturity.rules.StandardRules;

/**
 * What the tests check of the standard KieBase's sessions: the runners take them from a pool and give them
 * back reset, so a session left open (taken, never given back) is one the KieBase lists as alive; the
 * pooled, idle ones are listed too, not alive.
 */
public final class RuleSessions {
    private RuleSessions() {
    }

    /** @return the standard KieBase's sessions in use now (taken from the pool and not given back) */
    public static long open() {
        return StandardRules.kieBase().getKieSessions().stream()
                .filter(s -> ((StatefulKnowledgeSessionImpl) s).isAlive()).count();
    }

    /** @return every session the standard KieBase holds: in use and idle in the pool */
    public static int all() {
        return StandardRules.kieBase().getKieSessions().size();
    }
}
