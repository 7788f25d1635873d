package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.Observation;

/** A company DRL file needs no boilerplate the library supplies; missing metadata is one message per rule. */
class DrlBoilerplateTest {
    static final String RULE = """
            rule "acme.6.1.1.L3.9"
                @item("6.1.1") @level(3) @params("minAvailability=99.95 % text") @en("Availability is at least 99.95 %")
            when
                $o : Observation(name == "continuity.availability")
            then
                insert(check.atLeast("acme.6.1.1.L3.9", $o, "minAvailability"));
            end
            """;

    static CriterionStatus statusAt(Assessor a, double availability) {
        Facts f = Facts.builder().observe(Observation.number("continuity.availability", availability, "%")).build();
        Assessment r = a.evaluate(f);
        return r.criterion("acme.6.1.1.L3.9").status();
    }

    @Test
    void aRuleWithNoImportsNoGlobalAndNoPackageCompilesAndRuns() {
        Assessor a = Assessor.builder().addRules(RULE).build();
        assertEquals(CriterionStatus.MET, statusAt(a, 99.99));
        assertEquals(CriterionStatus.NOT_MET, statusAt(a, 99.0));
    }

    @Test
    void aPackageWithoutImportsGetsThemOnItsOwnLineSoErrorLinesStay() {
        Assessor a = Assessor.builder().addRules("p.drl", "package com.acme.maturity;\n\n" + RULE).build();
        assertEquals(CriterionStatus.MET, statusAt(a, 99.99));
        String broken = "package com.acme.maturity\n\nrule \"acme.6.1.1.L3.9\" @item(\"6.1.1\") @level(3) @en(\"x\")\nwhen\n"
                + "    $o : Observation(name == \"continuity.availability\"\nthen\nend\n";
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                () -> Assessor.builder().addRules("broken.drl", broken).build());
        assertTrue(e.lines().stream().anyMatch(p -> p.startsWith("broken.drl:6: ")), e.lines().toString());
        // the compiler's message as a Problem: where is the file and line, the value is Drools' text
        org.opsmaturity.model.Problem first = e.problems().stream().filter(p -> p.path().equals("broken.drl:6"))
                .findFirst().orElseThrow(() -> new AssertionError(e.problems().toString()));
        assertTrue(!first.value().isEmpty() && first.expected().isEmpty(), first.toString());
        assertEquals("broken.drl:6: " + first.value(), InvalidExtensionException.line(first));
        assertTrue(e.getMessage().contains("- " + InvalidExtensionException.line(first)), e.getMessage());
    }

    @Test
    void filesThatDeclareTheirOwnImportsAndGlobalStillCompile() {
        String full = "package com.acme.maturity;\nimport org.opsmaturity.model.*;\nimport org.opsmaturity.model.Observation;\n"
                + "global org.opsmaturity.rules.Checks check;\n" + RULE;
        assertEquals(CriterionStatus.MET, statusAt(Assessor.builder().addRules(full).build(), 99.99));
    }

    @Test
    void allMissingMetadataOfARuleIsOneMessageWithAnExample() {
        String bare = """
                rule "6.1.1.L3.2"
                when
                    $o : Observation(name == "continuity.availability")
                then
                    insert(check.atLeast("6.1.1.L3.2", $o, "minAvailability"));
                end
                """;
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                () -> Assessor.builder().addRules("bare.drl", bare).build());
        List<String> p = e.lines();
        assertEquals(1, p.size(), p.toString());
        String m = p.get(0);
        for (String part : List.of("rule \"6.1.1.L3.2\": missing a namespace", "@item(", "@level(<1 to 5>)", "@en(",
                "rule \"acme.6.1.1.L3.2\" @item(\"6.1.1\") @level(3) @en(")) {
            assertTrue(m.contains(part), part + " in " + m);
        }
        assertTrue(!m.contains("null"), m);
    }

    @Test
    void anInvalidLevelNamesTheValueAndTheRange() {
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> Assessor.builder()
                .addRules(RULE.replace("@level(3)", "@level(9)")).build());
        assertEquals(List.of("rule \"acme.6.1.1.L3.9\": @level(9) is not valid; expected a level from 1 to 5"), e.lines());
    }
}
