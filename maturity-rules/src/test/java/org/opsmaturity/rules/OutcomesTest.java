package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;

/**
 * The standard rules hand every outcome to the {@code outcomes} collector and insert no fact, so that the
 * runner reads no Finding back; the runner returns exactly what they collected.
 */
class OutcomesTest {
    /** Every flag of the vocabulary true and every set with all its words: most standard rules fire. */
    private static List<Observation> everything() {
        List<Observation> out = new ArrayList<>();
        for (ObservationSpec s : StandardRules.vocabulary().specs()) {
            if (s.type() == ObservationType.FLAG) {
                out.add(Observation.flag(s.name(), true));
            } else if (s.type() == ObservationType.SET && !s.words().isEmpty()) {
                out.add(Observation.set(s.name(), s.words()));
            }
        }
        return out;
    }

    @Test
    void theStandardRulesCollectTheirOutcomesAndInsertNothing() {
        KieBase kieBase = StandardRules.kieBase();
        Checks checks = Checks.of(Catalog.standard(), Map.of());
        List<Observation> observations = everything();
        KieSession session = kieBase.newKieSession();
        Outcomes outcomes = new Outcomes();
        try {
            session.setGlobal(StandardRules.CHECK_GLOBAL, checks);
            session.setGlobal(StandardRules.OUTCOMES_GLOBAL, outcomes);
            observations.forEach(session::insert);
            session.insert(Given.of(observations));
            long before = session.getFactCount();
            int fired = session.fireAllRules();
            assertEquals(before, session.getFactCount(), "no rule inserts a fact");
            assertTrue(fired > 100, "most rules fired: " + fired);
            assertEquals(fired, outcomes.findings().size(), "one outcome per firing");
        } finally {
            session.dispose();
        }
        List<Finding> run = new RuleRunner(kieBase, checks).run(observations);
        assertEquals(outcomes.findings().stream().map(Finding::criterionId).sorted().toList(),
                run.stream().map(Finding::criterionId).sorted().toList());
    }

    @Test
    void aNullOutcomeIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Outcomes().add(null));
        assertTrue(e.getMessage().contains("finding"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> new Outcomes().findings().clear());
    }
}
