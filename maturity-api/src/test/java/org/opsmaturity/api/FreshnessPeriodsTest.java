package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/**
 * A criterion's own freshness period replaces the default for its evidence, shorter or longer, also for an
 * observation that other criteria read under the default (docs/decisions.md, "Evidence freshness").
 * monitoring.collection.agent is read by 1.1.2.L2.1 (alone) and by 1.1.1.L1.1 (any of it and the protocols).
 */
class FreshnessPeriodsTest {
    private static final Clock DAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private static Facts agentObservedOn(LocalDate day) {
        return Facts.builder().observe(Observation.flag("monitoring.collection.agent", true)
                .withEvidence(Evidence.of("inventory").withObservedAt(day))).build();
    }

    private static List<String> stale(Assessment a) {
        return a.warnings(WarningCode.STALE_EVIDENCE).stream().map(Warning::subject).toList();
    }

    @Test
    void aLongerPeriodOfOneCriterionKeepsAnObservationForItAlone() {
        Facts f = agentObservedOn(LocalDate.of(2026, 1, 2)); // 333 days old: stale under the default 180
        Assessment byDefault = Assessor.builder().clock(DAY).freshness(Freshness.DEFAULT).build().evaluate(f);
        assertEquals(CriterionStatus.UNKNOWN, byDefault.status("1.1.2.L2.1"));
        assertEquals(CriterionStatus.UNKNOWN, byDefault.status("1.1.1.L1.1"));
        assertEquals(List.of("monitoring.collection.agent"), stale(byDefault));

        Assessment longer = Assessor.builder().clock(DAY).freshness(Freshness.DEFAULT.withCriterion("1.1.2.L2.1", 400))
                .build().evaluate(f);
        assertEquals(CriterionStatus.MET, longer.status("1.1.2.L2.1"));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 6)), longer.criterion("1.1.2.L2.1").validUntil());
        // the other criterion reading it keeps the default period: stale for it, and said so
        assertEquals(CriterionStatus.UNKNOWN, longer.status("1.1.1.L1.1"));
        assertEquals(List.of("1.1.1.L1.1"), stale(longer));
        assertEquals(0, longer.warnings(WarningCode.UNUSED_OBSERVATION).size());
    }

    @Test
    void aShorterPeriodOfOneCriterionDropsTheObservationForItAlone() {
        Facts f = agentObservedOn(LocalDate.of(2026, 10, 1)); // 61 days old: fresh under the default 180
        Assessment shorter = Assessor.builder().clock(DAY).freshness(Freshness.DEFAULT.withCriterion("1.1.2.L2.1", 30))
                .build().evaluate(f);
        assertEquals(CriterionStatus.UNKNOWN, shorter.status("1.1.2.L2.1"));
        assertEquals(CriterionStatus.MET, shorter.status("1.1.1.L1.1"));
        assertEquals(List.of("1.1.2.L2.1"), stale(shorter));
    }

    @Test
    void noLimitForOneCriterionKeepsEveryObservationForIt() {
        Facts f = agentObservedOn(LocalDate.of(2020, 1, 1));
        Assessment unlimited = Assessor.builder().clock(DAY).freshness(Freshness.DEFAULT.withCriterion("1.1.2.L2.1", 0))
                .build().evaluate(f);
        assertEquals(CriterionStatus.MET, unlimited.status("1.1.2.L2.1"));
        assertEquals(Optional.empty(), unlimited.criterion("1.1.2.L2.1").validUntil());
        assertEquals(CriterionStatus.UNKNOWN, unlimited.status("1.1.1.L1.1"));
        assertEquals(List.of("1.1.1.L1.1"), stale(unlimited));
    }
}
