package org.opsmaturity.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.opsmaturity.api.internal.Extensions;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.FreshnessPass;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.rules.RuleRunner;
import org.opsmaturity.api.internal.Settings;
import org.opsmaturity.api.internal.Versions;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.AssessmentMetadata;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.Problem;
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
 *
 * A company adapts the model with the {@link Builder}: DRL rules ({@link Builder#addRules(String)}), a
 * kjar on the class path (KieBase names starting with {@code opsmaturity-ext}), declarative criteria,
 * threshold overrides, waivers, level policies, or all of these bundled in a JSON profile
 * ({@link Builder#profile(Path)}). See docs/extending.md.
 */
public final class Assessor {
    private static volatile Assessor standard;

    private final Settings settings;
    private final boolean strict;
    private final List<RuleRunner> runners;
    private final String profileDigest;
    /** The catalogue with dense indices, compiled once for every evaluation. */
    private final org.opsmaturity.model.internal.CompiledCatalog compiled;

    /** Made by {@link AssessorAssembly#build}. */
    Assessor(Settings settings, boolean strict, List<RuleRunner> runners, String profileDigest) {
        this.settings = settings;
        this.compiled = org.opsmaturity.model.internal.CompiledCatalog.of(settings.catalog());
        this.strict = strict;
        this.runners = List.copyOf(runners);
        this.profileDigest = profileDigest;
    }

    /**
     * The assessor of the standard model, built on first use and shared.
     *
     * @return the shared assessor with only the standard catalogue and rules (strict, {@link LevelPolicy#STRICT},
     *         default freshness, system clock), plus any extension kjars found on the class path on first use
     * @throws InvalidExtensionException if the first build finds a problem, e.g. in a class path kjar
     */
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

    /**
     * Builds the shared standard rule base ahead of its first use (with one empty rule session, which
     * initialises the session machinery), then reads the standard catalogue and vocabulary (unless another thread got there first), so that a
     * later {@link Builder#build()} and first {@link #evaluate} find them ready. Meant for a
     * background thread at start-up, while the caller reads its facts (the command line does this); safe to
     * call from any thread, any number of times. Errors are left for {@code build()} to report.
     */
    public static void preload() {
        try {
            StandardRules.kieBase();
            Catalog.standard();
            StandardRules.vocabulary();
            Versions.model(); // the digest every result's metadata names, off the first evaluate
        } catch (RuntimeException e) {
            // build() loads the rule base again and reports the problem to its caller
        }
    }

    /**
     * Starts {@link #preload()} on a daemon thread and returns it at once (join it to wait).
     *
     * @return the started daemon thread, named {@code opsmaturity-preload}
     */
    public static Thread preloadInBackground() {
        Thread preload = new Thread(Assessor::preload, "opsmaturity-preload");
        preload.setDaemon(true);
        preload.start();
        return preload;
    }

    /**
     * Starts configuring an assessor: strict, the {@link LevelPolicy#STRICT} policy, the system clock,
     * default freshness, class path extension kjars picked up, and no other additions.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates the facts: checks them (an {@link org.opsmaturity.model.InvalidFactsException} on any
     * invalid fact, before anything is evaluated), runs the rules over the observations, applies the
     * attestations, declarative criteria and waivers, and derives every level. Dated evidence older than the
     * freshness periods (counted back from today by the builder's clock) is stale and dropped with a warning.
     *
     * @param facts the facts about one subject; not changed
     * @return the assessment of the subject, with metadata giving the model and library versions, the
     *         evaluation date and this assessor's {@link #profileDigest()}
     * @throws org.opsmaturity.model.InvalidFactsException if any fact is invalid, e.g. an unknown
     *         criterion id or observation name while {@link #isStrict() strict}
     */
    public Assessment evaluate(Facts facts) {
        FreshnessPass fresh = new FreshnessPass(settings.freshness(), LocalDate.now(settings.clock()));
        FactChecker.Checked checked = fresh.observations(FactChecker.check(facts, compiled, settings.vocabulary(),
                strict, fresh.today()));
        List<Finding> findings = new ArrayList<>();
        for (RuleRunner r : runners) {
            findings.addAll(r.run(checked.observations()));
        }
        return LevelDeriver.derive(facts.subject(), settings, compiled, checked, findings, fresh,
                new AssessmentMetadata(Versions.model(), Versions.library(), fresh.today(), profileDigest));
    }

    /**
     * Evaluates the facts without and with hypothetical ones (e.g. "what if we attest 2.2.1.L3.4?"), with
     * nothing rebuilt, and says which levels change. A hypothetical attestation or observation replaces the
     * real one of the same criterion id or observation name; the subject stays that of {@code facts}.
     *
     * @param facts the real facts
     * @param hypothetical the facts to add or replace for the comparison
     * @return the assessment before and after adding the hypothetical facts and the difference between them
     * @throws org.opsmaturity.model.InvalidFactsException if any fact of either evaluation is invalid
     */
    public org.opsmaturity.model.WhatIf whatIf(Facts facts, Facts hypothetical) {
        Assessment before = evaluate(facts);
        Assessment after = evaluate(MergedFacts.merged(facts, hypothetical, facts.subject()));
        return new org.opsmaturity.model.WhatIf(before, after, org.opsmaturity.model.Diff.between(before, after));
    }

    /**
     * Evaluates many subjects, each with its own facts plus the organisation-wide {@code shared} facts
     * (a subject's own attestation or observation of the same criterion or name wins), handing each
     * assessment to {@code each} as it is made and keeping none: the returned roll-up is all that stays.
     *
     * @param shared facts that apply to every subject; may be null or empty for none
     * @param subjects the facts of each subject, evaluated in iteration order
     * @param each receives each assessment as it is made; may be null
     * @return the roll-up of all the assessments
     * @throws NullPointerException if {@code subjects} is null
     * @throws org.opsmaturity.model.InvalidFactsException if a subject's merged facts are invalid; the
     *         subjects before it have been handed to {@code each} already
     */
    public org.opsmaturity.model.Rollup evaluateAll(Facts shared, Iterable<Facts> subjects,
            java.util.function.Consumer<Assessment> each) {
        Objects.requireNonNull(subjects, "subjects");
        org.opsmaturity.model.Rollup.Accumulator acc = new org.opsmaturity.model.Rollup.Accumulator();
        for (Facts f : subjects) {
            Assessment a = evaluate(MergedFacts.withShared(f, shared));
            acc.add(a);
            if (each != null) {
                each.accept(a);
            }
        }
        return acc.build();
    }

    /**
     * Evaluates many subjects and keeps every assessment beside the roll-up, merging the shared facts as
     * {@link #evaluateAll(Facts, Iterable, java.util.function.Consumer)} does.
     *
     * @param shared facts that apply to every subject (a subject's own fact of the same criterion or
     *        observation wins); may be null or empty for none
     * @param subjects the facts of each subject
     * @return every assessment, in the order of {@code subjects}, and their roll-up
     * @throws NullPointerException if {@code subjects} is null
     * @throws org.opsmaturity.model.InvalidFactsException if a subject's merged facts are invalid
     */
    public Batch evaluateAll(Facts shared, List<Facts> subjects) {
        List<Assessment> all = new ArrayList<>();
        org.opsmaturity.model.Rollup r = evaluateAll(shared, subjects, all::add);
        return new Batch(all, r);
    }

    /**
     * The assessments of a batch, in the order given, and their roll-up.
     *
     * @param assessments the assessment of each subject, in the order the subjects were given (unmodifiable)
     * @param rollup the roll-up over all the assessments
     */
    public record Batch(List<Assessment> assessments, org.opsmaturity.model.Rollup rollup) {
        /**
         * Makes a batch, keeping an unmodifiable copy of the assessments.
         *
         * @param assessments the assessment of each subject, in order
         * @param rollup the roll-up over all the assessments
         * @throws NullPointerException if {@code assessments} or one of them is null
         */
        public Batch {
            assessments = List.copyOf(assessments);
        }
    }

    /**
     * The catalogue: the standard model plus every extension's domains, areas, items and criteria.
     *
     * @return the catalogue this assessor evaluates against
     */
    public Catalog catalog() {
        return settings.catalog();
    }

    /**
     * The observation vocabulary: the standard one plus every extension's observations.
     *
     * @return the observation names (with their units) this assessor accepts
     */
    public Vocabulary vocabulary() {
        return settings.vocabulary();
    }

    /**
     * The level policy that decides how the levels are derived from the criteria.
     *
     * @return the policy set with {@link Builder#policy(LevelPolicy)}, {@link LevelPolicy#STRICT} by default
     */
    public LevelPolicy policy() {
        return settings.policy();
    }

    /**
     * The waivers in force, by criterion id.
     *
     * @return the waivers given to the builder or by profiles, keyed by the criterion id they waive
     */
    public Map<String, Waiver> waivers() {
        return settings.waivers();
    }

    /**
     * Whether unknown criterion ids and observation names are errors (default) or warnings.
     *
     * @return true if {@link #evaluate(Facts)} rejects unknown ids and names, false if it only warns
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A SHA-256 (hex) of everything this assessor was built with on top of the standard model: extension
     * rules (their DRL text, and the rules of class path kjars), added domains, areas, items, observations
     * and criteria, overrides, waivers, the level policy, evidence freshness and strictness. Two assessors
     * with the same digest judge the same facts alike (on the same library version); the clock is not part
     * of it. {@link #standard()} has the digest of no additions. Stored with each assessment in a history.
     *
     * @return the lower-case hexadecimal SHA-256 digest of this assessor's additions
     */
    public String profileDigest() {
        return profileDigest;
    }

    /**
     * Configures an {@link Assessor}. Not thread-safe; {@link #build()} validates everything at once and
     * throws an {@link InvalidExtensionException} listing every problem; no half-built assessor.
     */
    public static final class Builder {
        private boolean strict = true;
        private boolean classPathExtensions = true;
        private ClassLoader classLoader = Assessor.class.getClassLoader();
        private LevelPolicy policy = LevelPolicy.STRICT;
        private Clock clock = Clock.systemDefaultZone();
        private org.opsmaturity.model.Freshness freshness = org.opsmaturity.model.Freshness.DEFAULT;
        private final List<Extensions.Source> rules = new ArrayList<>();
        private final List<Profile.Domain> domains = new ArrayList<>();
        private final List<Profile.Area> areas = new ArrayList<>();
        private final List<Profile.Item> items = new ArrayList<>();
        private final List<ObservationSpec> observations = new ArrayList<>();
        private final List<DeclaredCriterion> declared = new ArrayList<>();
        private final List<Profile.ThresholdOverride> overrides = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * Unknown criterion ids and observation names become UNKNOWN_ID warnings instead of errors
         * (useful when feeding facts from tools that know more names than the model).
         *
         * @return this builder
         */
        public Builder lenient() {
            this.strict = false;
            return this;
        }

        /**
         * Sets whether unknown criterion ids and observation names in the facts are errors (an
         * {@link org.opsmaturity.model.InvalidFactsException} from {@link Assessor#evaluate(Facts)}) or only
         * UNKNOWN_ID warnings; strict by default.
         *
         * @param strict true for errors, false for warnings
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Adds DRL rules given as a string (trusted code: it runs in this process), reported in errors as
         * {@code extension-N.drl}, N counting the rule sources added so far.
         *
         * @param drl the DRL text; null is recorded as a problem that {@link #build()} reports
         * @return this builder
         */
        public Builder addRules(String drl) {
            return addRules("extension-" + (rules.size() + 1) + ".drl", drl);
        }

        /**
         * Adds DRL rules given as a string (trusted code: it runs in this process), reported under
         * {@code name} in errors. The rules are compiled by {@link #build()}.
         *
         * @param name the name that problems with these rules are reported under
         * @param drl the DRL text; null is recorded as a problem that {@link #build()} reports
         * @return this builder
         */
        public Builder addRules(String name, String drl) {
            if (drl == null) {
                problems.add(InvalidExtensionException.described(name, "no DRL text given"));
            } else {
                rules.add(new Extensions.Source(name, drl));
            }
            return this;
        }

        /**
         * Adds DRL rules read from a file, reported under the file's path in errors. The file must end in
         * {@code .drl} and be UTF-8 text of at most {@link #MAX_DRL_BYTES} bytes; otherwise, or if it cannot be
         * read, the problem is recorded and {@link #build()} reports it.
         *
         * @param file the {@code .drl} file (trusted code: it runs in this process)
         * @return this builder
         */
        public Builder addRules(Path file) {
            AssessorAssembly.readDrl(file, MAX_DRL_BYTES, problems)
                    .ifPresent(drl -> rules.add(new Extensions.Source(file.toString(), drl)));
            return this;
        }

        /** Largest DRL file or resource read, in bytes (1 MiB); a larger one is reported as a problem. */
        public static final int MAX_DRL_BYTES = 1024 * 1024;

        /**
         * Adds DRL rules read from a class-path resource of the {@link #classLoader(ClassLoader) class loader
         * set so far}, reported under the resource name in errors. A resource that is missing, larger than
         * {@link #MAX_DRL_BYTES} bytes or unreadable is recorded as a problem that {@link #build()} reports.
         *
         * @param resource the resource name, e.g. {@code com/acme/rules.drl} (no leading {@code /})
         * @return this builder
         */
        public Builder addRulesResource(String resource) {
            AssessorAssembly.readDrlResource(classLoader, resource, MAX_DRL_BYTES, problems)
                    .ifPresent(drl -> rules.add(new Extensions.Source(resource, drl)));
            return this;
        }

        /**
         * Whether company kjars on the class path (KieBase names starting with {@code opsmaturity-ext}) are
         * picked up (default true).
         *
         * @param enabled true to pick them up, false to ignore them
         * @return this builder
         */
        public Builder classPathExtensions(boolean enabled) {
            this.classPathExtensions = enabled;
            return this;
        }

        /**
         * The class loader to find extension kjars and rule and profile resources with; the loader of the
         * library by default. Only resources added after this call are looked up with it.
         *
         * @param loader the class loader
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /**
         * Adds a domain, with no areas yet, to the catalogue. The id is checked by {@link #build()}.
         *
         * @param id the domain's namespaced id, e.g. {@code acme.8}
         * @param name the domain's display name
         * @return this builder
         */
        public Builder addDomain(String id, Text name) {
            domains.add(new Profile.Domain(id, name));
            return this;
        }

        /**
         * Adds an area to a domain (standard or added). The ids are checked by {@link #build()}.
         *
         * @param id the area's id
         * @param domainId the id of the domain it belongs to
         * @param name the area's display name
         * @return this builder
         */
        public Builder addArea(String id, String domainId, Text name) {
            areas.add(new Profile.Area(id, domainId, name));
            return this;
        }

        /**
         * Adds an item to an area (standard or added); its five levels start empty. The ids are checked by
         * {@link #build()}.
         *
         * @param id the item's id
         * @param areaId the id of the area it belongs to
         * @param name the item's display name
         * @return this builder
         */
        public Builder addItem(String id, String areaId, Text name) {
            items.add(new Profile.Item(id, areaId, name));
            return this;
        }

        /**
         * Declares an observation name that extension rules or declarative criteria read; {@link #build()}
         * refuses one that reuses a standard observation name.
         *
         * @param spec the observation's specification (name, type, unit, description)
         * @return this builder
         * @throws NullPointerException if {@code spec} is null
         */
        public Builder addObservation(ObservationSpec spec) {
            observations.add(Objects.requireNonNull(spec, "spec"));
            return this;
        }

        /**
         * Adds a declarative criterion (decided by its condition, no code); it is checked by {@link #build()}.
         *
         * @param criterion the criterion
         * @return this builder
         * @throws NullPointerException if {@code criterion} is null
         */
        public Builder addCriterion(DeclaredCriterion criterion) {
            declared.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Changes a threshold, in the parameter's own unit: {@code override("6.1.1.L3.2", "minAvailability", 99.99)}.
         * An unknown criterion or parameter is reported by {@link #build()}.
         *
         * @param criterionId the id of the criterion whose threshold changes
         * @param parameter the threshold parameter's name
         * @param value the new threshold, in the parameter's own unit
         * @return this builder
         * @throws NullPointerException if {@code criterionId} or {@code parameter} is null
         */
        public Builder override(String criterionId, String parameter, double value) {
            overrides.add(new Profile.ThresholdOverride(criterionId, parameter, value, ""));
            return this;
        }

        /**
         * Changes a threshold, given in a unit of the parameter's family (e.g. minutes for a parameter in
         * seconds). An unknown criterion or parameter, or a unit of another family, is reported by
         * {@link #build()}.
         *
         * @param criterionId the id of the criterion whose threshold changes
         * @param parameter the threshold parameter's name
         * @param value the new threshold, in {@code unit}
         * @param unit the unit of {@code value}; null or empty for the parameter's own unit
         * @return this builder
         * @throws NullPointerException if {@code criterionId} or {@code parameter} is null
         */
        public Builder override(String criterionId, String parameter, double value, String unit) {
            overrides.add(new Profile.ThresholdOverride(criterionId, parameter, value, unit == null ? "" : unit));
            return this;
        }

        /**
         * Declares a criterion not applicable or disabled (see {@link Waiver}).
         *
         * @param waiver the waiver
         * @return this builder
         * @throws NullPointerException if {@code waiver} is null
         */
        public Builder waive(Waiver waiver) {
            waivers.add(Objects.requireNonNull(waiver, "waiver"));
            return this;
        }

        /**
         * Sets the policy that decides how levels are derived from the criteria; {@link LevelPolicy#STRICT}
         * by default.
         *
         * @param policy the level policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder policy(LevelPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The clock that says what "today" is (waiver expiry, evidence freshness, the evaluation date); the
         * system clock in the default time zone by default.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long evidence stays valid (default: attestations 365 days, observations 180 days, counted
         * from {@code observedAt}); {@link org.opsmaturity.model.Freshness#UNLIMITED} turns it off.
         *
         * @param freshness the evidence validity periods
         * @return this builder
         * @throws NullPointerException if {@code freshness} is null
         */
        public Builder freshness(org.opsmaturity.model.Freshness freshness) {
            this.freshness = Objects.requireNonNull(freshness, "freshness");
            return this;
        }

        org.opsmaturity.model.Freshness freshness() {
            return freshness;
        }

        /**
         * Applies a profile read with {@link Profile#read(Path, ProfileTrust)} (or built in code): its rule
         * files, structure, observations, declarative criteria, overrides, waivers, policy and freshness, in
         * that order; freshness periods the profile does not give keep this builder's setting.
         *
         * @param profile the profile
         * @return this builder
         * @throws NullPointerException if the profile is null
         */
        public Builder profile(Profile profile) {
            Profiles.apply(this, Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Applies a JSON profile of data: structure, observations, declarative criteria, overrides, waivers,
         * policy and freshness. A profile that lists DRL {@code rules} is refused; see
         * {@link #profile(Path, ProfileTrust)}.
         *
         * @param file the profile file
         * @return this builder
         * @throws InvalidExtensionException if the file cannot be read or is not a JSON object; other problems
         *         in it are reported by {@link #build()}
         */
        public Builder profile(Path file) {
            return profile(file, ProfileTrust.DATA_ONLY);
        }

        /**
         * Applies a JSON profile; with {@link ProfileTrust#ALLOW_RULES} its DRL rule files (code, only from
         * the profile's folder) are compiled too.
         *
         * @param file the profile file
         * @param trust whether the profile may list DRL rule files
         * @return this builder
         * @throws InvalidExtensionException if the file or trust is null, or the file cannot be read or is not
         *         a JSON object; other problems in it are reported by {@link #build()}
         */
        public Builder profile(Path file, ProfileTrust trust) {
            Profiles.file(file, trust).applyTo(this);
            return this;
        }

        /**
         * Applies a JSON profile read from a class-path resource of the {@link #classLoader(ClassLoader) class
         * loader set so far}; with {@link ProfileTrust#ALLOW_RULES} the DRL files it lists are resources of its
         * folder, named relative to it.
         *
         * @param resource the resource name, e.g. {@code com/acme/acme-profile.json} (no leading {@code /})
         * @param trust whether the profile may list DRL rule files
         * @return this builder
         * @throws InvalidExtensionException if the resource is missing, blank or unreadable, the trust is null,
         *         or it is not a JSON object; other problems in it are reported by {@link #build()}
         */
        public Builder profileResource(String resource, ProfileTrust trust) {
            Profiles.resource(resource, classLoader, trust).applyTo(this);
            return this;
        }

        /**
         * Applies a JSON profile of data read from a class-path resource of the class loader set so far; one
         * that lists DRL {@code rules} is refused.
         *
         * @param resource the resource name, e.g. {@code com/acme/acme-profile.json} (no leading {@code /})
         * @return this builder
         * @throws InvalidExtensionException if the resource is missing, blank or unreadable, or not a JSON
         *         object; other problems in it are reported by {@link #build()}
         */
        public Builder profileResource(String resource) {
            return profileResource(resource, ProfileTrust.DATA_ONLY);
        }

        /**
         * Applies a JSON profile read from a stream (left open), reported under {@code name} in problems. A
         * stream has no folder to take DRL files from: a profile read this way may list no {@code rules},
         * whatever the trust.
         *
         * @param profile the stream to read the profile from; not closed
         * @param name the name problems are reported under
         * @param trust the trust; it cannot allow rules here, as the stream has no folder
         * @return this builder
         * @throws InvalidExtensionException if an argument is null or the name blank, or the stream cannot be
         *         read or is not a JSON object; other problems in it are reported by {@link #build()}
         */
        public Builder profile(InputStream profile, String name, ProfileTrust trust) {
            Profiles.stream(profile, name, trust).applyTo(this);
            return this;
        }

        /**
         * Applies a JSON profile of data read from a stream (left open), reported under {@code name}; one that
         * lists DRL {@code rules} is refused.
         *
         * @param profile the stream to read the profile from; not closed
         * @param name the name problems are reported under
         * @return this builder
         * @throws InvalidExtensionException if an argument is null or the name blank, or the stream cannot be
         *         read or is not a JSON object; other problems in it are reported by {@link #build()}
         */
        public Builder profile(InputStream profile, String name) {
            return profile(profile, name, ProfileTrust.DATA_ONLY);
        }

        void problem(Problem p) {
            problems.add(p);
        }

        /**
         * Validates everything configured and builds the assessor: composes the catalogue and vocabulary,
         * compiles the extension rules (and picks up class path kjars if enabled), checks the declarative
         * criteria's conditions (and that they form no cycle), the overrides, the waivers and the
         * per-criterion freshness periods against the resulting catalogue.
         *
         * @return a new immutable, thread-safe assessor
         * @throws InvalidExtensionException listing every problem found, including those recorded while
         *         configuring (unreadable rule files, profile problems); no assessor is built then
         */
        public Assessor build() {
            return AssessorAssembly.build(new BuilderState.Inputs(strict, classPathExtensions, classLoader, policy, clock,
                    freshness, rules, new Profile("", "", List.of(), domains, areas, items, observations, declared, overrides,
                            waivers, Optional.empty(), Profile.Freshness.NONE), problems));
        }
    }
}
