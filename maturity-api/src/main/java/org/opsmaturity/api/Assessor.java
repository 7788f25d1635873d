package org.opsmaturity.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.api.KieBase;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.api.internal.RuleRunner;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/**
 * Evaluates facts against the maturity model. Build once and reuse: an assessor is immutable and
 * thread-safe, and {@link #evaluate(Facts)} never changes its input.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard();
 * Assessment a = assessor.evaluate(Facts.builder()
 *         .attest("1.1.1.L1.1", Verdict.MET, "ssh-based collection scripts")
 *         .observe("monitoring.processing.latency", 45, "s")
 *         .build());
 * int overall = a.overall().level();
 * }</pre>
 */
public final class Assessor {
    private static volatile Assessor standard;

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final RuleRunner runner;
    private final boolean strict;

    private Assessor(Builder b) {
        this.catalog = b.catalog;
        this.vocabulary = b.vocabulary;
        this.strict = b.strict;
        KieBase kieBase = StandardRules.kieBase();
        this.runner = new RuleRunner(kieBase, Checks.of(catalog, Map.of()));
    }

    /** The assessor of the standard model, built on first use and shared. */
    public static Assessor standard() {
        Assessor a = standard;
        if (a == null) {
            synchronized (Assessor.class) {
                a = standard;
                if (a == null) {
                    a = builder().build();
                    standard = a;
                }
            }
        }
        return a;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates the facts: checks them (an {@link org.opsmaturity.model.InvalidFactsException} on any
     * invalid fact, before anything is evaluated), runs the rules over the observations, applies the
     * attestations and derives every level.
     */
    public Assessment evaluate(Facts facts) {
        FactChecker.Checked checked = FactChecker.check(facts, catalog, vocabulary, strict);
        List<Finding> findings = runner.run(checked.observations().values());
        return LevelDeriver.derive(facts.subject(), catalog, vocabulary, checked, findings);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Whether unknown criterion ids and observation names are errors (default) or warnings. */
    public boolean isStrict() {
        return strict;
    }

    /** Configures an {@link Assessor}; {@link #build()} validates at once. */
    public static final class Builder {
        private Catalog catalog = Catalog.standard();
        private Vocabulary vocabulary = StandardRules.vocabulary();
        private boolean strict = true;

        private Builder() {
        }

        /**
         * Unknown criterion ids and observation names become UNKNOWN_ID warnings instead of errors
         * (useful when feeding facts from tools that know more names than the model).
         */
        public Builder lenient() {
            this.strict = false;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Assessor build() {
            Objects.requireNonNull(catalog, "catalog");
            return new Assessor(this);
        }
    }
}
