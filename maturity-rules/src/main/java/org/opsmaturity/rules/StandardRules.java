package org.opsmaturity.rules;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.opsmaturity.model.CatalogException;
import org.opsmaturity.model.CatalogTsv;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.VocabularyTsv;

/**
 * The standard rule base (precompiled executable model, KieBase {@value #KBASE}) and the observation
 * vocabulary that ships with it.
 */
public final class StandardRules {
    /** The name of the standard KieBase in this module's kmodule.xml. */
    public static final String KBASE = "opsmaturity-standard";
    /** The DRL package of the standard rules. */
    public static final String PACKAGE = "org.opsmaturity.rules";
    /** The name of the global the rules build findings with. */
    public static final String CHECK_GLOBAL = "check";
    /** The query that returns every finding. */
    public static final String FINDINGS_QUERY = "findings";
    /** Vocabulary files, one per domain. */
    public static final List<String> VOCABULARY_FILES = List.of("observations-1.tsv", "observations-2.tsv",
            "observations-3.tsv", "observations-4.tsv", "observations-5.tsv", "observations-6.tsv",
            "observations-7.tsv");

    private static volatile Vocabulary vocabulary;

    private StandardRules() {
    }

    /** Loads the standard KieBase from the class path (from the precompiled model, no DRL compilation). */
    public static KieBase kieBase() {
        KieContainer container = KieServices.get().getKieClasspathContainer(StandardRules.class.getClassLoader());
        if (!container.getKieBaseNames().contains(KBASE)) {
            throw new CatalogException("rule base: KieBase '" + KBASE + "' is not on the class path (found "
                    + container.getKieBaseNames() + ")",
                    "Maybe maturity-rules or drools-xml-support is missing from the class path.");
        }
        return container.getKieBase(KBASE);
    }

    /** The observation vocabulary of the standard rules. */
    public static Vocabulary vocabulary() {
        Vocabulary v = vocabulary;
        if (v == null) {
            List<ObservationSpec> specs = new ArrayList<>();
            for (String f : VOCABULARY_FILES) {
                String resource = "org/opsmaturity/rules/" + f;
                if (StandardRules.class.getClassLoader().getResource(resource) != null) {
                    specs.addAll(VocabularyTsv.parse(resource, CatalogTsv.lines(resource)));
                }
            }
            v = Vocabulary.of(specs);
            vocabulary = v;
        }
        return v;
    }
}
