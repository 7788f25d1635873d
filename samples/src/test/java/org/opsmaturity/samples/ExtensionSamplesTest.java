package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Verdict;

/** The company extension samples of docs/extending.md: the DRL file and the JSON profile that bundles it. */
class ExtensionSamplesTest {
    static final Path PROFILE = Path.of("src/main/resources/extensions/acme-profile.json");
    static final Clock DAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void theAcmeProfileAddsADomainCriteriaOverridesWaiversAndAPolicy() {
        Assessor acme = Assessor.builder().clock(DAY).profile(PROFILE, org.opsmaturity.api.ProfileTrust.ALLOW_RULES).build();
        assertEquals(8, acme.catalog().domains().size());
        assertTrue(acme.catalog().findCriterion("acme.8.1.1.L3.1").isPresent());   // DRL, new item
        assertTrue(acme.catalog().findCriterion("acme.1.1.1.L3.1").isPresent());   // DRL, standard item
        assertTrue(acme.catalog().findCriterion("acme.6.3.3.L4.1").isPresent());   // JSON, no code
        assertEquals(Coverage.MOST, acme.policy().partialCredit());

        Facts facts = Facts.builder()
                .observe("acme.secrets.vault", true)
                .observe("acme.secrets.rotation-interval", 30, "d")
                .observe("acme.secrets.rotation-automated", true)
                .observe("acme.oncall.regions", "apac", "emea", "amer")
                .observe("continuity.emergency.response-time", 45, "s")
                .observe("continuity.availability", 99.97, "%")
                .attest("2.2.1.L3.2", Verdict.MET, "CAB minutes 2026-10 and 2026-11")
                .build();
        Assessment a = acme.evaluate(facts);
        assertEquals(CriterionStatus.MET, a.status("acme.8.1.1.L2.1"));
        assertEquals(CriterionStatus.NOT_MET, a.status("acme.8.1.1.L3.1"));          // 30 d > 7 d
        assertEquals(2, a.item("acme.8.1.1").level());
        assertEquals(CriterionStatus.MET, a.status("acme.6.3.3.L4.1"));
        assertEquals(CriterionStatus.MET, a.status("acme.2.2.1.L3.1"));              // via the attestation
        assertEquals(CriterionStatus.NOT_MET, a.status("6.1.1.L3.2"));               // overridden: 99.99 %
        assertEquals(CriterionStatus.NOT_APPLICABLE, a.status("5.2.2.L5.1"));
        assertEquals(CriterionStatus.NOT_APPLICABLE, a.status("7.1.1.L4.1"));
        assertEquals(2, a.waivers().size());
        assertEquals(CriterionStatus.MET, Assessor.standard().evaluate(Facts.builder()
                .observe("continuity.availability", 99.97, "%").build()).status("6.1.1.L3.2"));
    }
}
