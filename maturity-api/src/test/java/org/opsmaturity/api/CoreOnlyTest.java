package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidExtensionException;

/**
 * The core without the optional artifact maturity-drl: run by maturity-api's surefire execution
 * {@code core-only}, whose class path leaves out maturity-drl and every jar it brings (the default run
 * has them, for the DRL tests, and leaves this class out). The standard rules, JSON criteria, overrides and
 * waivers work; DRL at run time fails with a message that names the artifact to add.
 */
@Tag("core-only")
class CoreOnlyTest {
    /** A class of each jar the core leaves out. */
    static final List<String> LEFT_OUT = List.of("org.eclipse.jdt.internal.compiler.Compiler",
            "org.drools.ecj.EclipseJavaCompiler", "com.thoughtworks.xstream.XStream", "org.mvel2.MVEL",
            "org.antlr.runtime.Parser", "org.antlr.v4.runtime.Parser", "org.drools.mvel.ConditionAnalyzer",
            "org.drools.drl.parser.DrlParser", "org.drools.xml.support.XMLSupportImpl");

    static final Facts FACTS = Facts.builder().subject("payments platform")
            .observe("continuity.availability", 99.97, "%")
            .observe("change.deployment.success-rate", 99, "%")
            .build();

    @Test
    void theJarsOfMaturityDrlAreNotOnTheClassPath() {
        for (String c : LEFT_OUT) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(c, false, getClass().getClassLoader()),
                    c + " is on the class path of the core-only run");
        }
    }

    @Test
    void theStandardRulesAndAJsonProfileAssess(@TempDir Path dir) throws Exception {
        Assessment standard = Assessor.standard().evaluate(FACTS);
        assertEquals(CriterionStatus.MET, standard.criterion("6.1.1.L3.2").status(), "99.97 % availability");

        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, """
                {"criteria": [{"id": "acme.2.2.1.L3.1", "item": "2.2.1", "level": 3,
                               "en": "Change success is at least 98 %",
                               "condition": {"observation": "change.deployment.success-rate", "atLeast": 98, "unit": "%"}}],
                 "overrides": [{"criterion": "6.1.1.L3.2", "parameter": "minAvailability", "value": 99.99}],
                 "waivers": [{"criterion": "5.2.2.L5.1", "kind": "not_applicable", "reason": "caches are ephemeral",
                              "approver": "cto", "expires": "2099-12-31"}]}
                """);
        Assessment acme = Assessor.builder().profile(profile).build().evaluate(FACTS);
        assertEquals(CriterionStatus.MET, acme.criterion("acme.2.2.1.L3.1").status(), "the JSON criterion is met");
        assertEquals(CriterionStatus.NOT_MET, acme.criterion("6.1.1.L3.2").status(), "99.97 % is below the override");
    }

    @Test
    void aCompanyKjarSaysWhichArtifactToAdd(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(dir.resolve("META-INF/kmodule.xml"), "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
                + "<kbase name=\"opsmaturity-ext-acme\" packages=\"acme\"/></kmodule>");
        try (java.net.URLClassLoader kjar = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                    () -> Assessor.builder().classLoader(kjar).build());
            assertTrue(e.getMessage().contains("a company kjar") && e.getMessage().contains("maturity-drl")
                    && e.getMessage().contains("drools-xml-support"), e.getMessage());
        }
    }

    @Test
    void drlAtRunTimeSaysWhichArtifactToAdd() {
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> Assessor.builder()
                .addRules("acme.drl", "rule \"acme.1.1.1.L3.9\" when then end").build());
        assertTrue(e.getMessage().contains("needs the artifact org.opsmaturity:maturity-drl"), e.getMessage());
        assertTrue(e.getMessage().contains("acme.drl") && e.getMessage().contains("drools-drl-parser"), e.getMessage());
    }
}
