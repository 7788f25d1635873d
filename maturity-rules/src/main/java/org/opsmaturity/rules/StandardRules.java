package org.opsmaturity.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
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
    /** The name of the global the standard rules hand their findings to (an {@link Outcomes}). */
    public static final String OUTCOMES_GLOBAL = "outcomes";
    /** The query that returns every finding inserted as a fact (extension rules). */
    public static final String FINDINGS_QUERY = "findings";
    /** Vocabulary files, one per domain, named by the domain's key beside its rules ({@code 6-business-continuity.tsv}). */
    public static final List<String> VOCABULARY_FILES = CatalogTsv.domainIds().stream()
            .map(d -> CatalogTsv.domainKey(d) + ".tsv").toList();

    /**
     * The class-path resource of a domain's rules, e.g. {@code org/opsmaturity/rules/6-business-continuity.drl}.
     *
     * @param domainId the domain's id
     * @return the resource name
     * @throws org.opsmaturity.model.CatalogException when the model has no such domain
     */
    public static String rulesResource(String domainId) {
        return PACKAGE.replace('.', '/') + "/" + CatalogTsv.domainKey(domainId) + ".drl";
    }

    /** Where the kie-maven-plugin names the generated executable model class of this kjar. */
    public static final String MODEL_RESOURCE = "META-INF/kie/org.opsmaturity/maturity-rules/drools-model";

    private static final Object VOCABULARY_LOCK = new Object();
    private static volatile Vocabulary vocabulary;
    private static volatile KieBase kieBase;
    /** The sessions of {@link #kieBase}, shared by every {@link RuleRunner} of it; set before it. */
    private static volatile org.kie.api.runtime.KieSessionsPool sessions;

    private StandardRules() {
    }

    /**
     * The standard KieBase, built once from the precompiled executable model and shared (a KieBase is
     * thread-safe). The generated model class is instantiated directly rather than through KieServices'
     * class path container: no kmodule.xml scan, no XML parsing, a third of the start-up and a fifth of
     * the retained heap (docs/performance.md). The first call builds it (a few hundred milliseconds); the
     * others wait for that and share it.
     *
     * @return the shared KieBase of the standard rules
     * @throws CatalogException if the generated model is missing from the class path
     *                          or cannot be loaded
     */
    public static KieBase kieBase() {
        KieBase k = kieBase;
        if (k == null) {
            synchronized (StandardRules.class) {
                k = kieBase;
                if (k == null) {
                    k = KieBaseBuilder.createKieBaseFromModel(model());
                    // one empty session, before anyone else sees the KieBase: it initialises the session
                    // machinery on this thread (a preloading thread at start-up) and waits, reset, in the
                    // pool every runner of the standard rules takes its sessions from
                    org.kie.api.runtime.KieSessionsPool pool = k.newKieSessionsPool(1);
                    org.kie.api.runtime.KieSession warm = pool.newKieSession();
                    warm.fireAllRules();
                    warm.dispose();
                    sessions = pool;
                    kieBase = k;
                }
            }
        }
        return k;
    }

    /**
     * The session pool shared by the runners of the standard KieBase, so that building many assessors
     * adds no sessions to it: each {@link RuleRunner} of another KieBase keeps a pool of its own, which
     * goes with it.
     *
     * @param k a KieBase
     * @return the shared pool when {@code k} is the standard KieBase, else null
     */
    static org.kie.api.runtime.KieSessionsPool sharedSessions(KieBase k) {
        return k == kieBase ? sessions : null;
    }

    /**
     * A new instance of the generated executable model of the standard rules (the class the kie-maven-plugin
     * names in {@value #MODEL_RESOURCE}), for a KieBase with other options; {@link #kieBase()} shares one.
     *
     * @return a new model instance
     * @throws CatalogException if the generated model is missing from the class path
     *                          or cannot be loaded
     */
    public static Model model() {
        return model(StandardRules.class.getClassLoader());
    }

    static Model model(ClassLoader loader) {
        String name;
        try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new CatalogException("rule base: '" + MODEL_RESOURCE + "' is not on the class path",
                        "Maybe maturity-rules was built without the kie-maven-plugin (generateModel YES).");
            }
            name = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).findFirst().orElse("");
        } catch (IOException e) {
            throw new CatalogException("rule base: '" + MODEL_RESOURCE + "' cannot be read: " + e.getMessage(),
                    "Maybe the maturity-rules jar is damaged; rebuild it.");
        }
        if (name.isEmpty()) {
            throw new CatalogException("rule base: '" + MODEL_RESOURCE + "' names no model class",
                    "Maybe rebuild maturity-rules.");
        }
        try {
            return (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new CatalogException("rule base: the model class '" + name + "' named in '" + MODEL_RESOURCE
                    + "' cannot be loaded: " + e, "Maybe maturity-rules and its generated classes are out of step; rebuild it.");
        }
    }

    /**
     * The observation vocabulary of the standard rules (every observation name, its type and unit), read
     * once and shared.
     *
     * @return the vocabulary
     */
    public static Vocabulary vocabulary() {
        Vocabulary v = vocabulary;
        if (v == null) {
            // its own lock: the preloading thread holds the class lock while it builds the KieBase
            synchronized (VOCABULARY_LOCK) {
                v = vocabulary;
                if (v == null) {
                    List<ObservationSpec> specs = new ArrayList<>();
                    for (String f : VOCABULARY_FILES) {
                        String resource = "org/opsmaturity/rules/" + f;
                        specs.addAll(VocabularyTsv.parse(resource, CatalogTsv.lines(resource)));
                    }
                    v = Vocabulary.of(specs);
                    vocabulary = v;
                }
            }
        }
        return v;
    }
}
