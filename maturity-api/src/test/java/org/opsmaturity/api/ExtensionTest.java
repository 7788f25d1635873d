package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.WarningCode;

/** Company extensions: DRL at run time and in a kjar, declarative criteria, overrides, waivers, policies. */
class ExtensionTest {
    static final String HEADER = """
            package com.acme.rules;
            import org.opsmaturity.model.Observation;
            global org.opsmaturity.rules.Checks check;
            """;

    static final String SIGNED = HEADER + """
            rule "acme.1.1.1.L3.1"
                @item("1.1.1") @level(3) @en("90 % of agents are signed") @zh("90%采集端已签名")
                @params("minSignedShare=90 % text")
            when
                $o : Observation(name == "acme.agents.signed-share")
            then
                insert(check.atLeast("acme.1.1.1.L3.1", $o, "minSignedShare"));
            end
            """;

    static ObservationSpec number(String name, String family) {
        return new ObservationSpec(name, ObservationType.NUMBER, family, Set.of(), new Text("", name), "test", List.of(), "");
    }

    static ObservationSpec flag(String name) {
        return new ObservationSpec(name, ObservationType.FLAG, "", Set.of(), new Text("", name), "test", List.of(), "");
    }

    @Test
    void aRuntimeDrlCriterionOnAStandardItemGatesItsLevel() {
        Assessor a = Assessor.builder().addRules(SIGNED).addObservation(number("acme.agents.signed-share", "percent")).build();
        Criterion c = a.catalog().criterion("acme.1.1.1.L3.1");
        assertEquals("1.1.1", c.itemId());
        assertEquals(3, c.level());
        assertEquals("90 % of agents are signed", c.text().en());
        assertTrue(a.catalog().item("1.1.1").level(3).criteria().contains(c));
        // every standard requirement of 1.1.1 up to level 3 attested: the extension criterion decides level 3
        Facts.Builder upToThree = Facts.builder();
        for (int l = 1; l <= 3; l++) {
            for (Criterion r : Catalog.standard().item("1.1.1").level(l).requirements()) {
                upToThree.attest(Attestation.met(r.id(), "test"));
            }
        }
        Facts base = upToThree.build();
        Assessment met = a.evaluate(base.toBuilder().observe("acme.agents.signed-share", 95, "%").build());
        assertEquals(CriterionStatus.MET, met.status("acme.1.1.1.L3.1"));
        assertEquals(Source.OBSERVATION, met.criterion("acme.1.1.1.L3.1").source());
        assertEquals(3, met.item("1.1.1").level());
        Assessment notMet = a.evaluate(base.toBuilder().observe("acme.agents.signed-share", 80, "%").build());
        assertEquals(CriterionStatus.NOT_MET, notMet.status("acme.1.1.1.L3.1"));
        assertEquals(2, notMet.item("1.1.1").level(), "the extension criterion gates level 3");
        assertEquals(List.of("acme.1.1.1.L3.1"), notMet.item("1.1.1").gaps().stream().map(g -> g.criterionId()).toList());
        // and the standard assessor is untouched
        assertTrue(Assessor.standard().catalog().findCriterion("acme.1.1.1.L3.1").isEmpty());
    }

    @Test
    void rulesFromAFileAndFromTheClassPath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("acme.drl");
        Files.writeString(f, SIGNED);
        Assessor fromFile = Assessor.builder().addRules(f).addObservation(number("acme.agents.signed-share", "percent")).build();
        assertTrue(fromFile.catalog().findCriterion("acme.1.1.1.L3.1").isPresent());
        Assessor fromResource = Assessor.builder().addRulesResource("extensions/acme-test.drl")
                .addObservation(number("acme.agents.signed-share", "percent")).build();
        assertTrue(fromResource.catalog().findCriterion("acme.1.1.1.L3.2").isPresent());
    }

    /** The joined-rule form of docs/extending.md: it decides as soon as one given part fails. */
    @Test
    void anExtensionRuleJoiningObservationsUsesStrongKleeneLogic() {
        String drl = HEADER + """
                import org.opsmaturity.rules.Given;
                rule "acme.6.1.1.L4.9"
                    @item("6.1.1") @level(4) @en("Backups are encrypted and restored monthly")
                when
                    $o : ( Observation(name == "acme.backup.encrypted") or Observation(name == "acme.backup.restore-tested") )
                    $g : Given(first($o, "acme.backup.encrypted", "acme.backup.restore-tested"))
                then
                    insert(check.all("acme.6.1.1.L4.9",
                        check.flag("acme.6.1.1.L4.9", $g, "acme.backup.encrypted"),
                        check.flag("acme.6.1.1.L4.9", $g, "acme.backup.restore-tested")));
                end
                """;
        Assessor a = Assessor.builder().addRules(drl).addObservation(flag("acme.backup.encrypted"))
                .addObservation(flag("acme.backup.restore-tested")).build();
        assertEquals(CriterionStatus.NOT_MET, a.evaluate(Facts.builder().observe("acme.backup.encrypted", false).build())
                .status("acme.6.1.1.L4.9"));
        assertEquals(CriterionStatus.UNKNOWN, a.evaluate(Facts.builder().observe("acme.backup.encrypted", true).build())
                .status("acme.6.1.1.L4.9"));
        Assessment both = a.evaluate(Facts.builder().observe("acme.backup.encrypted", true)
                .observe("acme.backup.restore-tested", true).build());
        assertEquals(CriterionStatus.MET, both.status("acme.6.1.1.L4.9"));
        assertEquals(1, both.criterion("acme.6.1.1.L4.9").justifications().size(), "fires once");
    }

    @Test
    void newDomainAreaItemAndObservations() {
        String drl = HEADER + """
                rule "acme.8.1.1.L1.1"
                    @item("acme.8.1.1") @level(1) @en("Secrets are in a vault")
                when
                    $o : Observation(name == "acme.secrets.vault")
                then
                    insert(check.flag("acme.8.1.1.L1.1", $o));
                end
                """;
        Assessor a = Assessor.builder().addDomain("acme.8", new Text("安全运营", "Security operations"))
                .addArea("acme.8.1", "acme.8", new Text("密钥管理", "Secrets management"))
                .addItem("acme.8.1.1", "acme.8.1", new Text("密钥轮换", "Secrets rotation"))
                .addObservation(flag("acme.secrets.vault")).addRules(drl).build();
        assertEquals(8, a.catalog().domains().size());
        Assessment r = a.evaluate(Facts.builder().observe("acme.secrets.vault", true).build());
        assertEquals(5, r.item("acme.8.1.1").level()); // levels 2..5 of the new item require nothing
        assertEquals(0, Assessor.builder().addDomain("acme.8", new Text("安全运营", "Security operations"))
                .addArea("acme.8.1", "acme.8", new Text("密钥管理", "Secrets management"))
                .addItem("acme.8.1.1", "acme.8.1", new Text("密钥轮换", "Secrets rotation"))
                .addObservation(flag("acme.secrets.vault")).addRules(drl).build()
                .evaluate(Facts.builder().observe("acme.secrets.vault", false).build()).level("acme.8"));
        assertEquals(0, r.overall().level());
        assertTrue(r.domains().stream().anyMatch(d -> d.id().equals("acme.8")));
    }

    @Test
    void declarativeCriteriaUseOnlyTheFixedConditionForms() {
        Condition c = new Condition.AllOf(List.of(
                new Condition.AtLeast("continuity.availability", 99.9, "%"),
                new Condition.AnyOf(List.of(new Condition.Contains("monitoring.transport.modes", "push"),
                        new Condition.Attested("1.1.1.L1.1"))),
                new Condition.Not(new Condition.Equals("continuity.backup.offsite", false, ""))));
        Assessor a = Assessor.builder().addCriterion(new DeclaredCriterion(new Criterion("acme.6.1.1.L3.1", "6.1.1", 3, 0,
                CriterionKind.REQUIREMENT, new Text("", "availability 99.9 % and push or collection"), Text.EMPTY,
                List.of(), ""), c)).build();
        Facts met = Facts.builder().observe("continuity.availability", 99.95, "%").observe("monitoring.transport.modes", "pull")
                .attest("1.1.1.L1.1", Verdict.MET, "").observe("continuity.backup.offsite", true).build();
        assertEquals(CriterionStatus.MET, a.evaluate(met).status("acme.6.1.1.L3.1"));
        Facts unknown = Facts.builder().observe("continuity.availability", 99.95, "%").build();
        assertEquals(CriterionStatus.UNKNOWN, a.evaluate(unknown).status("acme.6.1.1.L3.1"));
        Facts notMet = Facts.builder().observe("continuity.availability", 99.5, "%").build();
        assertEquals(CriterionStatus.NOT_MET, a.evaluate(notMet).status("acme.6.1.1.L3.1"));
        assertEquals("condition", a.evaluate(notMet).criterion("acme.6.1.1.L3.1").justifications().get(0).ruleId());
    }

    @Test
    void overridesChangeThresholdsIncludingDefaultsFromIllustrations() {
        Assessor strict = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99)
                .override("2.2.1.L3.3", "minReleaseSuccess", 0.97 * 100, "%").build();
        Facts f = Facts.builder().observe("continuity.availability", 99.97, "%").build();
        assertEquals(CriterionStatus.MET, Assessor.standard().evaluate(f).status("6.1.1.L3.2"));
        assertEquals(CriterionStatus.NOT_MET, strict.evaluate(f).status("6.1.1.L3.2"));
        assertTrue(strict.evaluate(f).criterion("6.1.1.L3.2").justifications().get(0).reason().contains("99.99 %"));
        Facts release = Facts.builder().observe("change.deployment.success-rate", 96, "%").build();
        assertEquals(CriterionStatus.MET, Assessor.standard().evaluate(release).status("2.2.1.L3.3"));
        assertEquals(CriterionStatus.NOT_MET, strict.evaluate(release).status("2.2.1.L3.3"));
    }

    @Test
    void waiversGateNothingWhileTheyApplyAndAreReportedWhenExpired() {
        Clock now = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Waiver w = Waiver.notApplicable("1.1.2.L2.1", "no agents: agentless by policy", "cto", LocalDate.of(2027, 1, 31));
        Assessor a = Assessor.builder().clock(now).waive(w).build();
        Facts f = Facts.builder().attest("1.1.2.L2.2", Verdict.MET, "").build();
        Assessment r = a.evaluate(f);
        assertEquals(CriterionStatus.NOT_APPLICABLE, r.status("1.1.2.L2.1"));
        assertEquals(Source.WAIVER, r.criterion("1.1.2.L2.1").source());
        assertEquals(2, r.item("1.1.2").level());
        assertEquals(List.of(true), r.waivers().stream().map(x -> x.applied()).toList());
        // an assessor built while the waiver was valid, evaluating after its expiry date
        Clock later = Clock.offset(now, java.time.Duration.ofDays(90));
        Assessment afterExpiry = withClock(w, now, later).evaluate(f);
        assertEquals(CriterionStatus.UNKNOWN, afterExpiry.status("1.1.2.L2.1"));
        assertEquals(1, afterExpiry.warnings(WarningCode.WAIVER_EXPIRED).size());
        assertTrue(afterExpiry.waivers().get(0).expired());
    }

    /** An assessor built at {@code built} (valid waiver) and evaluating at {@code at}. */
    private static Assessor withClock(Waiver w, Clock built, Clock at) {
        MutableClock clock = new MutableClock(built);
        Assessor a = Assessor.builder().clock(clock).waive(w).build();
        clock.now = at;
        return a;
    }

    static final class MutableClock extends Clock {
        Clock now;

        MutableClock(Clock now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return now.getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now.instant();
        }
    }

    @Test
    void policiesSameAsCapAndPartialCredit() {
        Facts f = Facts.builder().attest("2.2.1.L2.1", Verdict.MET, "").attest("2.2.1.L2.2", Verdict.MET, "")
                .attest("2.2.1.L2.3", Verdict.MET, "").attest("2.2.1.L2.4", Verdict.MET, "").build();
        Facts.Builder all = f.toBuilder();
        for (int l = 3; l <= 4; l++) {
            for (var c : Assessor.standard().catalog().item("2.2.1").level(l).requirements()) {
                all.attest(c.id(), Verdict.MET, "");
            }
        }
        assertEquals(5, Assessor.standard().evaluate(all.build()).item("2.2.1").level()); // L5 同上 inherits
        Assessor cap = Assessor.builder().policy(LevelPolicy.STRICT.withSame(LevelPolicy.Same.CAP)).build();
        assertEquals(4, cap.evaluate(all.build()).item("2.2.1").level());

        Facts partial = Facts.builder().attest(new org.opsmaturity.model.Attestation("1.1.1.L1.1", Verdict.PARTIAL,
                null, Coverage.MOST)).attest("1.1.1.L1.2", Verdict.MET, "").build();
        assertEquals(CriterionStatus.NOT_MET, Assessor.standard().evaluate(partial).status("1.1.1.L1.1"));
        Assessor tolerant = Assessor.builder().policy(LevelPolicy.STRICT.withPartialCredit(Coverage.MOST)).build();
        assertEquals(CriterionStatus.MET, tolerant.evaluate(partial).status("1.1.1.L1.1"));
        assertEquals(1, tolerant.evaluate(partial).item("1.1.1").level());
    }

    @Test
    void fractionalScoresSitBesideTheLevels() {
        Facts.Builder b = Facts.builder();
        for (var c : Assessor.standard().catalog().item("1.1.1").level(1).requirements()) {
            b.attest(c.id(), Verdict.MET, "");
        }
        List<Criterion> l2 = Assessor.standard().catalog().item("1.1.1").level(2).requirements();
        for (int i = 0; i < 3; i++) {
            b.attest(l2.get(i).id(), Verdict.MET, "");
        }
        Assessment a = Assessor.standard().evaluate(b.build());
        assertEquals(1, a.item("1.1.1").level());
        assertEquals(1.6, a.item("1.1.1").score(), 1e-9); // 3 of 5 level-2 requirements
    }

    @Test
    void everyProblemIsReportedAtOnceAndNoAssessorIsBuilt() {
        String broken = HEADER + """
                rule "acme.1.1.1.L3.9"
                    @item("1.1.1") @level(3) @en("x")
                when
                    $o : Observation(name == "acme.x"
                then
                    insert(check.flag("acme.1.1.1.L3.9", $o));
                end
                """;
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> Assessor.builder()
                .addRules("broken.drl", broken)
                .override("6.1.1.L3.2", "minAvailabilty", 99.99)
                .override("9.9.9.L1.1", "x", 1)
                .waive(Waiver.notApplicable("1.1.1.L1.1", "", "cto", null))
                .waive(Waiver.notApplicable("1.1.1.L1.2", "legacy", "cto", LocalDate.of(2000, 1, 1)))
                .build());
        List<String> p = e.lines();
        assertTrue(p.stream().anyMatch(x -> x.startsWith("broken.drl:8: ")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("has no parameter 'minAvailabilty'")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("'9.9.9.L1.1' is not in the catalogue")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("no reason given")), p.toString());
        // a waiver past its expiry is no problem of the build: evaluations report it as WAIVER_EXPIRED
        assertTrue(p.stream().noneMatch(x -> x.contains("2000-01-01")), p.toString());
        assertEquals(4, p.size(), p.toString());
    }

    @Test
    void misplacedAndDuplicateCriteriaAreRejected() {
        String bad = HEADER + """
                rule "1.1.1.L3.1"
                    @item("1.1.1") @level(3) @en("standard id")
                when $o : Observation(name == "acme.x") then insert(check.flag("1.1.1.L3.1", $o)); end
                rule "acme.9.9.9.L1.1"
                    @item("9.9.9") @level(1) @en("unknown item")
                when $o : Observation(name == "acme.x") then insert(check.flag("acme.9.9.9.L1.1", $o)); end
                rule "acme.1.1.1.L7.1"
                    @item("1.1.1") @level(7) @en("level 7")
                when $o : Observation(name == "acme.x") then insert(check.flag("acme.1.1.1.L7.1", $o)); end
                rule "acme.1.1.1.L2.9"
                    @item("1.1.1") @level(2)
                when $o : Observation(name == "acme.x") then insert(check.flag("acme.1.1.1.L2.9", $o)); end
                """;
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                () -> Assessor.builder().addRules("bad.drl", bad).build());
        String all = String.join("\n", e.lines());
        assertTrue(all.contains("rule \"1.1.1.L3.1\": missing a namespace"), all);
        assertTrue(all.contains("item '9.9.9' is not in the catalogue"), all);
        assertTrue(all.contains("@level(7) is not valid"), all);
        assertTrue(all.contains("rule \"acme.1.1.1.L2.9\": missing @en(\"...\") or @zh(\"...\")"), all);
        InvalidExtensionException dup = assertThrows(InvalidExtensionException.class, () -> Assessor.builder()
                .addRules("a.drl", SIGNED).addRules("b.drl", SIGNED.replace("package com.acme.rules", "package com.acme.other"))
                .addObservation(number("acme.agents.signed-share", "percent")).build());
        assertTrue(String.join("\n", dup.lines()).contains("used twice"), dup.lines().toString());
    }

    @Test
    void aCompanyKjarOnTheClassPathIsFoundWithoutCode(@TempDir Path dir) throws Exception {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("com.acme", "acme-maturity-rules", "1.0.0");
        KieFileSystem fs = ks.newKieFileSystem();
        fs.generateAndWritePomXML(id);
        fs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="opsmaturity-ext-acme" packages="com.acme.rules"/>
                </kmodule>
                """);
        fs.write("src/main/resources/com/acme/rules/acme.drl", SIGNED);
        KieBuilder kb = ks.newKieBuilder(fs).buildAll();
        assertEquals(List.of(), kb.getResults().getMessages());
        byte[] jar = ((org.drools.compiler.kie.builder.impl.InternalKieModule) kb.getKieModule()).getBytes();
        Path jarFile = dir.resolve("acme-maturity-rules-1.0.0.jar");
        Files.write(jarFile, jar);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jarFile.toUri().toURL()}, getClass().getClassLoader())) {
            Assessor a = Assessor.builder().classLoader(cl).addObservation(number("acme.agents.signed-share", "percent"))
                    .build();
            assertTrue(a.catalog().findCriterion("acme.1.1.1.L3.1").isPresent());
            assertEquals(CriterionStatus.MET, a.evaluate(Facts.builder().observe("acme.agents.signed-share", 91, "%")
                    .build()).status("acme.1.1.1.L3.1"));
        }
    }

    @Test
    void aProfileBundlesEverything(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("acme.drl"), SIGNED);
        Files.writeString(dir.resolve("profile.json"), """
                {"rules": ["acme.drl"],
                 "observations": [{"name": "acme.agents.signed-share", "type": "NUMBER", "unit": "percent"}],
                 "overrides": [{"criterion": "6.1.1.L3.2", "parameter": "minAvailability", "value": 99.99}],
                 "waivers": [{"criterion": "7.1.1.L4.1", "kind": "disabled", "reason": "out of scope"}],
                 "policy": {"same": "cap", "partialCredit": "most"}}
                """);
        Assessor a = Assessor.builder().profile(dir.resolve("profile.json"), ProfileTrust.ALLOW_RULES).build();
        assertTrue(a.catalog().findCriterion("acme.1.1.1.L3.1").isPresent());
        assertEquals(LevelPolicy.Same.CAP, a.policy().same());
        assertEquals(Coverage.MOST, a.policy().partialCredit());
        assertEquals(Set.of("7.1.1.L4.1"), a.waivers().keySet());
        Files.writeString(dir.resolve("bad.json"), """
                {"overrides": [{"criterion": "6.1.1.L3.2", "parameter": "minAvailability", "value": "high"}],
                 "waivers": [{"criterion": "7.1.1.L4.1", "kind": "sometimes", "reason": "x"}], "extra": 1}
                """);
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                () -> Assessor.builder().profile(dir.resolve("bad.json")).build());
        String all = String.join("\n", e.lines());
        assertTrue(all.contains("overrides[0].value: '\"high\"' is not valid; expected a finite number"), all);
        assertTrue(all.contains("waivers[0].kind"), all);
        assertTrue(all.contains("extra: unknown field"), all);
    }

    @Test
    void theProfileDigestNamesWhatTheAssessorWasBuiltWithAndNotTheClock() {
        String standard = Assessor.standard().profileDigest();
        assertTrue(standard.matches("[0-9a-f]{64}"), standard);
        Clock later = Clock.fixed(LocalDate.of(2031, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertEquals(standard, Assessor.builder().clock(later).build().profileDigest());
        String stricter = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99).build().profileDigest();
        String strictest = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.999).build().profileDigest();
        assertTrue(!stricter.equals(standard) && !stricter.equals(strictest), stricter);
        assertEquals(stricter, Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99).build().profileDigest());
        assertTrue(!standard.equals(Assessor.builder().lenient().build().profileDigest()));
        assertTrue(!standard.equals(Assessor.builder().addRules(SIGNED).build().profileDigest()));
    }
}
