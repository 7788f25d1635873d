package org.opsmaturity.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.kie.api.KieBase;
import org.opsmaturity.api.internal.Extensions;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.FreshnessPass;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.rules.RuleRunner;
import org.opsmaturity.api.internal.Settings;
import org.opsmaturity.model.Area;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CatalogException;
import org.opsmaturity.model.CellKind;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Waiver;
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

    private Assessor(Settings settings, boolean strict, List<RuleRunner> runners, String profileDigest) {
        this.settings = settings;
        this.compiled = org.opsmaturity.model.internal.CompiledCatalog.of(settings.catalog());
        this.strict = strict;
        this.runners = List.copyOf(runners);
        this.profileDigest = profileDigest;
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
        } catch (RuntimeException e) {
            // build() loads the rule base again and reports the problem to its caller
        }
    }

    /** Starts {@link #preload()} on a daemon thread and returns it at once (join it to wait). */
    public static Thread preloadInBackground() {
        Thread preload = new Thread(Assessor::preload, "opsmaturity-preload");
        preload.setDaemon(true);
        preload.start();
        return preload;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates the facts: checks them (an {@link org.opsmaturity.model.InvalidFactsException} on any
     * invalid fact, before anything is evaluated), runs the rules over the observations, applies the
     * attestations, declarative criteria and waivers, and derives every level.
     */
    public Assessment evaluate(Facts facts) {
        FreshnessPass fresh = new FreshnessPass(settings.freshness(), LocalDate.now(settings.clock()));
        FactChecker.Checked checked = fresh.observations(FactChecker.check(facts, compiled, settings.vocabulary(),
                strict, fresh.today()));
        List<Finding> findings = new ArrayList<>();
        for (RuleRunner r : runners) {
            findings.addAll(r.run(checked.observations().values()));
        }
        return LevelDeriver.derive(facts.subject(), settings, compiled, checked, findings, fresh);
    }

    /**
     * Evaluates the facts without and with hypothetical ones (e.g. "what if we attest 2.2.1.L3.4?"), with
     * nothing rebuilt, and says which levels change.
     */
    public org.opsmaturity.model.WhatIf whatIf(Facts facts, Facts hypothetical) {
        Assessment before = evaluate(facts);
        java.util.Set<String> replaced = new java.util.HashSet<>();
        hypothetical.attestations().forEach(a -> replaced.add("a:" + a.criterionId()));
        hypothetical.observations().forEach(o -> replaced.add("o:" + o.name()));
        Facts.Builder merged = Facts.builder().subject(facts.subject());
        facts.attestations().stream().filter(a -> !replaced.contains("a:" + a.criterionId())).forEach(merged::attest);
        facts.observations().stream().filter(o -> !replaced.contains("o:" + o.name())).forEach(merged::observe);
        merged.addAll(hypothetical);
        Assessment after = evaluate(merged.build());
        return new org.opsmaturity.model.WhatIf(before, after, org.opsmaturity.model.Diff.between(before, after));
    }

    /**
     * Evaluates many subjects, each with its own facts plus the organisation-wide {@code shared} facts
     * (a subject's own attestation or observation of the same criterion or name wins), handing each
     * assessment to {@code each} as it is made and keeping none: the returned roll-up is all that stays.
     */
    public org.opsmaturity.model.Rollup evaluateAll(Facts shared, Iterable<Facts> subjects,
            java.util.function.Consumer<Assessment> each) {
        Objects.requireNonNull(subjects, "subjects");
        org.opsmaturity.model.Rollup.Accumulator acc = new org.opsmaturity.model.Rollup.Accumulator();
        for (Facts f : subjects) {
            Assessment a = evaluate(withShared(f, shared));
            acc.add(a);
            if (each != null) {
                each.accept(a);
            }
        }
        return acc.build();
    }

    /** Evaluates many subjects and keeps every assessment beside the roll-up. */
    public Batch evaluateAll(Facts shared, List<Facts> subjects) {
        List<Assessment> all = new ArrayList<>();
        org.opsmaturity.model.Rollup r = evaluateAll(shared, subjects, all::add);
        return new Batch(all, r);
    }

    /** The assessments of a batch, in the order given, and their roll-up. */
    public record Batch(List<Assessment> assessments, org.opsmaturity.model.Rollup rollup) {
        public Batch {
            assessments = List.copyOf(assessments);
        }
    }

    private static Facts withShared(Facts own, Facts shared) {
        if (shared == null || (shared.attestations().isEmpty() && shared.observations().isEmpty())) {
            return own;
        }
        java.util.Set<String> attested = new java.util.HashSet<>();
        own.attestations().forEach(a -> attested.add(a.criterionId()));
        java.util.Set<String> observed = new java.util.HashSet<>();
        own.observations().forEach(o -> observed.add(o.name()));
        Facts.Builder b = own.toBuilder();
        shared.attestations().stream().filter(a -> !attested.contains(a.criterionId())).forEach(b::attest);
        shared.observations().stream().filter(o -> !observed.contains(o.name())).forEach(b::observe);
        return b.build();
    }

    /** The catalogue: the standard model plus every extension's domains, areas, items and criteria. */
    public Catalog catalog() {
        return settings.catalog();
    }

    /** The observation vocabulary: the standard one plus every extension's observations. */
    public Vocabulary vocabulary() {
        return settings.vocabulary();
    }

    public LevelPolicy policy() {
        return settings.policy();
    }

    /** The waivers in force, by criterion id. */
    public Map<String, Waiver> waivers() {
        return settings.waivers();
    }

    /** Whether unknown criterion ids and observation names are errors (default) or warnings. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A SHA-256 (hex) of everything this assessor was built with on top of the standard model: extension
     * rules (their DRL text, and the rules of class path kjars), added domains, areas, items, observations
     * and criteria, overrides, waivers, the level policy, evidence freshness and strictness. Two assessors
     * with the same digest judge the same facts alike (on the same library version); the clock is not part
     * of it. {@link #standard()} has the digest of no additions. Stored with each assessment in a history.
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
        private final List<Domain> domains = new ArrayList<>();
        private final List<String[]> areas = new ArrayList<>();
        private final List<String[]> items = new ArrayList<>();
        private final List<ObservationSpec> observations = new ArrayList<>();
        private final List<DeclaredCriterion> declared = new ArrayList<>();
        private final List<Object[]> overrides = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

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

        /** Adds DRL rules given as a string (trusted code: it runs in this process). */
        public Builder addRules(String drl) {
            return addRules("extension-" + (rules.size() + 1) + ".drl", drl);
        }

        /** Adds DRL rules given as a string, reported under {@code name} in errors. */
        public Builder addRules(String name, String drl) {
            if (drl == null) {
                problems.add(name + ": no DRL text given");
            } else {
                rules.add(new Extensions.Source(name, drl));
            }
            return this;
        }

        /** Adds DRL rules from a file. */
        public Builder addRules(Path file) {
            String name = org.opsmaturity.model.TerminalText.escape(String.valueOf(file));
            if (file == null || !file.toString().endsWith(".drl")) {
                problems.add(name + ": not a .drl file; rules are read from DRL files only");
                return this;
            }
            try {
                byte[] bytes = org.opsmaturity.api.internal.BoundedRead.read(file, MAX_DRL_BYTES);
                return addRules(file.toString(), StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString());
            } catch (org.opsmaturity.api.internal.BoundedRead.Failure e) {
                problems.add(name + ": cannot be read (" + e.reason() + ")");
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(name + ": not UTF-8 text, so not DRL");
            }
            return this;
        }

        /** Largest DRL file read, in bytes (1 MiB). */
        public static final int MAX_DRL_BYTES = 1024 * 1024;

        /** Adds DRL rules from a class-path resource. */
        public Builder addRulesResource(String resource) {
            InputStream in = classLoader.getResourceAsStream(resource);
            if (in == null) {
                problems.add(resource + ": not on the class path");
                return this;
            }
            try (in) {
                return addRules(resource, new String(org.opsmaturity.api.internal.BoundedRead.read(in, MAX_DRL_BYTES),
                        StandardCharsets.UTF_8));
            } catch (org.opsmaturity.api.internal.BoundedRead.Failure e) {
                problems.add(resource + ": cannot be read (" + e.reason() + ")");
                return this;
            } catch (IOException e) {
                problems.add(resource + ": cannot be read (" + e.getMessage() + ")");
                return this;
            }
        }

        /** Whether company kjars on the class path are picked up (default true). */
        public Builder classPathExtensions(boolean enabled) {
            this.classPathExtensions = enabled;
            return this;
        }

        /** The class loader to find extension kjars and rule resources with. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /** Adds a domain to the catalogue (namespaced id, e.g. {@code acme.8}). */
        public Builder addDomain(String id, Text name) {
            domains.add(new Domain(id, name, List.of()));
            return this;
        }

        /** Adds an area to a domain (standard or added). */
        public Builder addArea(String id, String domainId, Text name) {
            areas.add(new String[] {id, domainId, name.zh(), name.en()});
            return this;
        }

        /** Adds an item to an area (standard or added); its five levels start empty. */
        public Builder addItem(String id, String areaId, Text name) {
            items.add(new String[] {id, areaId, name.zh(), name.en()});
            return this;
        }

        /** Declares an observation name that extension rules or declarative criteria read. */
        public Builder addObservation(ObservationSpec spec) {
            observations.add(Objects.requireNonNull(spec, "spec"));
            return this;
        }

        /** Adds a declarative criterion (decided by its condition, no code). */
        public Builder addCriterion(DeclaredCriterion criterion) {
            declared.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /** Changes a threshold, in the parameter's own unit: {@code override("6.1.1.L3.2", "minAvailability", 99.99)}. */
        public Builder override(String criterionId, String parameter, double value) {
            overrides.add(new Object[] {criterionId, parameter, value, null});
            return this;
        }

        /** Changes a threshold, given in a unit of the parameter's family. */
        public Builder override(String criterionId, String parameter, double value, String unit) {
            overrides.add(new Object[] {criterionId, parameter, value, unit});
            return this;
        }

        /** Declares a criterion not applicable or disabled (see {@link Waiver}). */
        public Builder waive(Waiver waiver) {
            waivers.add(Objects.requireNonNull(waiver, "waiver"));
            return this;
        }

        public Builder policy(LevelPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The clock that says what "today" is (waiver expiry); the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long evidence stays valid (default: attestations 365 days, observations 180 days, counted
         * from {@code observedAt}); {@link org.opsmaturity.model.Freshness#UNLIMITED} turns it off.
         */
        public Builder freshness(org.opsmaturity.model.Freshness freshness) {
            this.freshness = Objects.requireNonNull(freshness, "freshness");
            return this;
        }

        org.opsmaturity.model.Freshness freshness() {
            return freshness;
        }

        /**
         * Applies a JSON profile of data: structure, observations, declarative criteria, overrides, waivers,
         * policy and freshness. A profile that lists DRL {@code rules} is refused; see
         * {@link #profile(Path, ProfileTrust)}.
         */
        public Builder profile(Path file) {
            return profile(file, ProfileTrust.DATA_ONLY);
        }

        /**
         * Applies a JSON profile; with {@link ProfileTrust#ALLOW_RULES} its DRL rule files (code, only from
         * the profile's folder) are compiled too.
         */
        public Builder profile(Path file, ProfileTrust trust) {
            Profiles.apply(this, file, trust);
            return this;
        }

        /**
         * Applies a JSON profile read from a class-path resource of the {@link #classLoader(ClassLoader) class
         * loader set so far}; with {@link ProfileTrust#ALLOW_RULES} the DRL files it lists are resources of its
         * folder, named relative to it.
         */
        public Builder profileResource(String resource, ProfileTrust trust) {
            Profiles.applyResource(this, resource, classLoader, trust);
            return this;
        }

        /** Applies a JSON profile of data read from a class-path resource; one that lists DRL {@code rules} is refused. */
        public Builder profileResource(String resource) {
            return profileResource(resource, ProfileTrust.DATA_ONLY);
        }

        /**
         * Applies a JSON profile read from a stream (left open), reported under {@code name} in problems. A
         * stream has no folder to take DRL files from: a profile read this way may list no {@code rules},
         * whatever the trust.
         */
        public Builder profile(InputStream profile, String name, ProfileTrust trust) {
            Profiles.applyStream(this, profile, name, trust);
            return this;
        }

        /** Applies a JSON profile of data read from a stream (left open), reported under {@code name}. */
        public Builder profile(InputStream profile, String name) {
            return profile(profile, name, ProfileTrust.DATA_ONLY);
        }

        void problem(String p) {
            problems.add(p);
        }

        public Assessor build() {
            if (!rules.isEmpty()) {
                // compiling DRL takes a second or more: build the standard rule base alongside it
                preloadInBackground();
            }
            List<String> problems = new ArrayList<>(this.problems);
            Catalog standardCatalog = Catalog.standard();
            Vocabulary vocabulary = StandardRules.vocabulary();
            if (!observations.isEmpty()) {
                try {
                    vocabulary = vocabulary.plus(Vocabulary.of(observations));
                } catch (CatalogException e) {
                    problems.add(e.getMessage() + " (an extension observation may not reuse a standard name)");
                }
            }
            // extension rule bases and the criteria their rules declare
            List<KieBase> extensionBases = new ArrayList<>();
            Extensions.compile(rules, problems).ifPresent(extensionBases::add);
            if (classPathExtensions) {
                extensionBases.addAll(Extensions.onClassPath(classLoader, problems));
            }
            List<Criterion> added = new ArrayList<>();
            for (KieBase kb : extensionBases) {
                added.addAll(Extensions.criteria(kb, problems));
            }
            for (DeclaredCriterion d : declared) {
                added.add(d.criterion());
            }
            Catalog catalog = extend(standardCatalog, added, problems);
            for (DeclaredCriterion d : declared) {
                checkCondition("criterion " + d.criterion().id(), d.condition(), catalog, vocabulary, problems);
            }
            cycles(declared, problems);
            Map<String, Parameter> overridden = overrides(catalog, problems);
            Map<String, Waiver> waived = waivers(catalog, LocalDate.now(clock), problems);
            if (!problems.isEmpty()) {
                throw new InvalidExtensionException(problems);
            }
            Checks checks = Checks.of(catalog, overridden);

            List<RuleRunner> runners = new ArrayList<>();
            runners.add(new RuleRunner(StandardRules.kieBase(), checks));
            extensionBases.forEach(kb -> runners.add(new RuleRunner(kb, checks)));
            for (String id : freshness.criterionDays().keySet()) {
                if (catalog.findCriterion(id).isEmpty()) {
                    problems.add("freshness of " + id + ": criterion '" + id + "' is not in the catalogue");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidExtensionException(problems);
            }
            Settings settings = new Settings(catalog, vocabulary, policy, waived, declared, clock, freshness);
            return new Assessor(settings, strict, runners, digest(extensionBases));
        }

        /** See {@link Assessor#profileDigest()}: every input in a fixed order, maps sorted by key. */
        private String digest(List<KieBase> extensionBases) {
            StringBuilder d = new StringBuilder("opsmaturity-profile 1\n");
            d.append("strict ").append(strict).append('\n').append("policy ").append(policy).append('\n');
            d.append("freshness ").append(freshness.attestationDays()).append(' ').append(freshness.observationDays())
                    .append(' ').append(new java.util.TreeMap<>(freshness.criterionDays())).append('\n');
            for (Extensions.Source s : rules) {
                d.append("rules ").append(s.name()).append(' ').append(s.drl().length()).append('\n').append(s.drl()).append('\n');
            }
            for (KieBase kb : extensionBases) {
                kb.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getPackageName() + "." + r.getName())
                        .sorted().forEach(r -> d.append("rule ").append(r).append('\n'));
            }
            domains.forEach(x -> d.append("domain ").append(x).append('\n'));
            areas.forEach(x -> d.append("area ").append(java.util.Arrays.toString(x)).append('\n'));
            items.forEach(x -> d.append("item ").append(java.util.Arrays.toString(x)).append('\n'));
            observations.forEach(x -> d.append("observation ").append(x).append('\n'));
            declared.forEach(x -> d.append("criterion ").append(x).append('\n'));
            overrides.forEach(x -> d.append("override ").append(java.util.Arrays.toString(x)).append('\n'));
            waivers.forEach(x -> d.append("waiver ").append(x).append('\n'));
            try {
                byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(d.toString().getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(h);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }

        private Catalog extend(Catalog base, List<Criterion> added, List<String> problems) {
            if (domains.isEmpty() && areas.isEmpty() && items.isEmpty() && added.isEmpty()) {
                return base;
            }
            // structure: new domains, areas (in standard or new domains), items (in standard or new areas)
            Map<String, List<Area>> areasByDomain = new LinkedHashMap<>();
            Map<String, String> domainOfArea = new LinkedHashMap<>();
            base.areas().forEach(a -> domainOfArea.put(a.id(), a.domainId()));
            List<String> domainIds = new ArrayList<>(base.domains().stream().map(Domain::id).toList());
            domains.forEach(d -> domainIds.add(d.id()));
            Map<String, Item> newItems = new LinkedHashMap<>();
            Map<String, String> areaOfItem = new LinkedHashMap<>();
            base.items().forEach(i -> areaOfItem.put(i.id(), i.areaId()));
            for (String[] a : areas) {
                if (!domainIds.contains(a[1])) {
                    problems.add("area " + a[0] + ": domain '" + a[1] + "' is not in the catalogue. "
                            + Strings.maybe(a[1], domainIds));
                    continue;
                }
                domainOfArea.put(a[0], a[1]);
            }
            for (String[] i : items) {
                if (!domainOfArea.containsKey(i[1])) {
                    problems.add("item " + i[0] + ": area '" + i[1] + "' is not in the catalogue. "
                            + Strings.maybe(i[1], domainOfArea.keySet()));
                    continue;
                }
                areaOfItem.put(i[0], i[1]);
                List<LevelCell> cells = new ArrayList<>();
                for (int l = 1; l <= 5; l++) {
                    cells.add(new LevelCell(i[0], l, CellKind.EMPTY, "", List.of()));
                }
                newItems.put(i[0], new Item(i[0], i[1], new Text(i[2], i[3]), cells));
            }
            // criteria by item and level
            Map<String, Map<Integer, List<Criterion>>> byItem = new LinkedHashMap<>();
            for (Criterion c : added) {
                if (!areaOfItem.containsKey(c.itemId())) {
                    problems.add("criterion " + c.id() + ": item '" + c.itemId() + "' is not in the catalogue. "
                            + Strings.maybe(c.itemId(), areaOfItem.keySet()));
                    continue;
                }
                if (c.level() < 1 || c.level() > 5) {
                    problems.add("criterion " + c.id() + ": level " + c.level() + " is outside 1..5");
                    continue;
                }
                byItem.computeIfAbsent(c.itemId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
            }
            // assemble an extension catalogue and merge it into the base
            List<Domain> ext = new ArrayList<>();
            Map<String, Map<String, List<Item>>> tree = new LinkedHashMap<>();
            Map<String, Text> areaNames = new LinkedHashMap<>();
            base.areas().forEach(a -> areaNames.put(a.id(), a.name()));
            areas.forEach(a -> areaNames.put(a[0], new Text(a[2], a[3])));
            for (Map.Entry<String, String> e : areaOfItem.entrySet()) {
                String itemId = e.getKey();
                Item item = newItems.get(itemId);
                Map<Integer, List<Criterion>> crit = byItem.get(itemId);
                if (item == null && crit == null) {
                    continue;
                }
                if (item == null) {
                    Item std = base.item(itemId);
                    List<LevelCell> cells = new ArrayList<>();
                    for (int l = 1; l <= 5; l++) {
                        cells.add(new LevelCell(itemId, l, CellKind.EMPTY, "", List.of()));
                    }
                    item = new Item(itemId, std.areaId(), std.name(), cells);
                }
                if (crit != null) {
                    List<LevelCell> cells = new ArrayList<>(item.levels());
                    crit.forEach((l, cs) -> cells.set(l - 1, new LevelCell(e.getKey(), l, CellKind.CRITERIA, "", cs)));
                    item = new Item(item.id(), item.areaId(), item.name(), cells);
                }
                String area = e.getValue();
                tree.computeIfAbsent(domainOfArea.get(area), k -> new LinkedHashMap<>())
                        .computeIfAbsent(area, k -> new ArrayList<>()).add(item);
            }
            for (Domain d : domains) {
                tree.computeIfAbsent(d.id(), k -> new LinkedHashMap<>());
            }
            for (String[] a : areas) {
                if (domainOfArea.containsKey(a[0])) {
                    tree.computeIfAbsent(a[1], k -> new LinkedHashMap<>()).computeIfAbsent(a[0], k -> new ArrayList<>());
                }
            }
            Map<String, Text> domainNames = new LinkedHashMap<>();
            base.domains().forEach(d -> domainNames.put(d.id(), d.name()));
            domains.forEach(d -> domainNames.put(d.id(), d.name()));
            tree.forEach((d, as) -> {
                List<Area> list = new ArrayList<>();
                as.forEach((a, is) -> list.add(new Area(a, d, areaNames.get(a), "", is)));
                ext.add(new Domain(d, domainNames.get(d), list));
            });
            try {
                Catalog merged = base.merge(Catalog.of(ext));
                for (Item i : merged.items()) {
                    if (i.criteria().stream().noneMatch(Criterion::isRequirement) && newItems.containsKey(i.id())) {
                        problems.add("item " + i.id() + ": has no criteria");
                    }
                }
                for (Area a : merged.areas()) {
                    if (a.items().isEmpty()) {
                        problems.add("area " + a.id() + ": has no items");
                    }
                }
                return merged;
            } catch (MaturityException e) {
                problems.add(e.getMessage().lines().findFirst().orElse("") + " (a criterion id must be unique across "
                        + "the standard model and every extension)");
                return base;
            }
        }

        private static void checkCondition(String where, org.opsmaturity.model.Condition c, Catalog catalog,
                Vocabulary vocabulary, List<String> problems) {
            String obs = null;
            String unit = "";
            if (c instanceof org.opsmaturity.model.Condition.Equals e) {
                obs = e.observation();
                unit = e.unit();
            } else if (c instanceof org.opsmaturity.model.Condition.AtLeast a) {
                obs = a.observation();
                unit = a.unit();
                finite(where, a.value(), problems);
            } else if (c instanceof org.opsmaturity.model.Condition.AtMost a) {
                obs = a.observation();
                unit = a.unit();
                finite(where, a.value(), problems);
            } else if (c instanceof org.opsmaturity.model.Condition.Contains k) {
                obs = k.observation();
                Optional<ObservationSpec> spec = vocabulary.spec(obs);
                if (spec.isPresent() && !spec.get().words().contains(k.word())) {
                    problems.add(where + ": '" + k.word() + "' is not a word of " + obs + "; expected one of "
                            + spec.get().words());
                }
            } else if (c instanceof org.opsmaturity.model.Condition.Attested a) {
                if (catalog.findCriterion(a.criterionId()).isEmpty()) {
                    problems.add(where + ": attested criterion '" + a.criterionId() + "' is not in the catalogue. "
                            + Strings.maybe(a.criterionId(), catalog.criterionIds()));
                }
            } else if (c instanceof org.opsmaturity.model.Condition.Not n) {
                checkCondition(where, n.condition(), catalog, vocabulary, problems);
            } else if (c instanceof org.opsmaturity.model.Condition.AllOf all) {
                all.conditions().forEach(x -> checkCondition(where, x, catalog, vocabulary, problems));
            } else if (c instanceof org.opsmaturity.model.Condition.AnyOf any) {
                any.conditions().forEach(x -> checkCondition(where, x, catalog, vocabulary, problems));
            }
            if (obs != null) {
                Optional<ObservationSpec> spec = vocabulary.spec(obs);
                if (spec.isEmpty()) {
                    problems.add(where + ": observation '" + MaturityException.cut(obs) + "' is not in the vocabulary. "
                            + (problems.size() < Hints.MAX ? Strings.maybe(obs, vocabulary.names()) : ""));
                } else if (!unit.isEmpty() && !Units.fits(spec.get().unitFamily(), unit)) {
                    problems.add(where + ": unit '" + unit + "' does not fit " + obs + " (" + spec.get().expected() + ")");
                } else {
                    String mismatch = typeMismatch(c, spec.get());
                    if (mismatch != null) {
                        problems.add(where + ": " + mismatch);
                    }
                }
            }
        }

        /** Hints ("Maybe you meant ...") are looked for in the first problems only: they cost time. */
        private static final class Hints {
            static final int MAX = org.opsmaturity.model.Problems.MAX_LISTED;
        }

        private static void finite(String where, double value, List<String> problems) {
            if (!Double.isFinite(value)) {
                problems.add(where + ": threshold " + value + " is not valid; expected a finite number");
            }
        }

        /** Why a condition can never hold for the observation's type, or null when it fits. */
        private static String typeMismatch(org.opsmaturity.model.Condition c, ObservationSpec spec) {
            String name = spec.name() + " is a " + spec.type();
            if (c instanceof org.opsmaturity.model.Condition.Equals e) {
                Object v = e.value();
                if (v instanceof Double d && !Double.isFinite(d)) {
                    return "threshold " + d + " is not valid; expected a finite number";
                }
                boolean fits = switch (spec.type()) {
                    case FLAG -> v instanceof Boolean;
                    case NUMBER -> v instanceof Number;
                    case SET -> v instanceof java.util.Collection<?>;
                };
                if (!fits) {
                    return "equals '" + MaturityException.cut(v) + "' is not valid; expected " + switch (spec.type()) {
                        case FLAG -> "true or false";
                        case NUMBER -> "a number with a unit";
                        case SET -> "an array of words";
                    } + " (" + name + ")";
                }
                if (v instanceof java.util.Collection<?> words) {
                    for (Object w : words) {
                        if (!(w instanceof String word) || !spec.words().contains(word)) {
                            return "'" + MaturityException.cut(w) + "' is not a word of " + spec.name() + "; expected one of "
                                    + spec.words();
                        }
                    }
                }
            } else if ((c instanceof org.opsmaturity.model.Condition.AtLeast
                    || c instanceof org.opsmaturity.model.Condition.AtMost) && spec.type() != ObservationType.NUMBER) {
                return "atLeast/atMost compare numbers; expected a NUMBER observation (" + name + ")";
            } else if (c instanceof org.opsmaturity.model.Condition.Contains && spec.type() != ObservationType.SET) {
                return "contains looks for a word; expected a SET observation (" + name + ")";
            }
            return null;
        }

        /** A declarative criterion that depends, through {@code attested}, on itself never gets a status. */
        private static void cycles(List<DeclaredCriterion> declared, List<String> problems) {
            Map<String, List<String>> uses = new LinkedHashMap<>();
            for (DeclaredCriterion d : declared) {
                List<String> attested = new ArrayList<>();
                attested(d.condition(), attested);
                uses.put(d.criterion().id(), attested);
            }
            Map<String, Integer> state = new java.util.HashMap<>(); // 1 visiting, 2 done
            for (String id : uses.keySet()) {
                java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
                String cycle = cycleFrom(id, uses, state, path);
                if (cycle != null) {
                    problems.add("criterion " + id + ": its condition depends on itself through attested: " + cycle);
                }
            }
        }

        private static String cycleFrom(String id, Map<String, List<String>> uses, Map<String, Integer> state,
                java.util.ArrayDeque<String> path) {
            Integer st = state.get(id);
            if (st != null && st == 2) {
                return null;
            }
            if (st != null) {
                List<String> p = new ArrayList<>(path);
                java.util.Collections.reverse(p);
                return String.join(" -> ", p.subList(p.indexOf(id), p.size())) + " -> " + id;
            }
            if (!uses.containsKey(id)) {
                return null;
            }
            state.put(id, 1);
            path.push(id);
            for (String next : uses.get(id)) {
                String c = cycleFrom(next, uses, state, path);
                if (c != null) {
                    state.put(id, 2);
                    return c;
                }
            }
            path.pop();
            state.put(id, 2);
            return null;
        }

        private static void attested(org.opsmaturity.model.Condition c, List<String> out) {
            if (c instanceof org.opsmaturity.model.Condition.Attested a) {
                out.add(a.criterionId());
            } else if (c instanceof org.opsmaturity.model.Condition.Not n) {
                attested(n.condition(), out);
            } else if (c instanceof org.opsmaturity.model.Condition.AllOf all) {
                all.conditions().forEach(x -> attested(x, out));
            } else if (c instanceof org.opsmaturity.model.Condition.AnyOf any) {
                any.conditions().forEach(x -> attested(x, out));
            }
        }

        private Map<String, Parameter> overrides(Catalog catalog, List<String> problems) {
            Map<String, Parameter> out = new LinkedHashMap<>();
            for (Object[] o : overrides) {
                String id = (String) o[0];
                String name = (String) o[1];
                double value = (Double) o[2];
                String unit = (String) o[3];
                Optional<Criterion> c = catalog.findCriterion(id);
                if (c.isEmpty()) {
                    problems.add("override " + id + "#" + name + ": criterion '" + id + "' is not in the catalogue. "
                            + Strings.maybe(id, catalog.criterionIds()));
                    continue;
                }
                Optional<Parameter> p = c.get().parameter(name);
                if (p.isEmpty()) {
                    problems.add("override " + id + "#" + name + ": criterion " + id + " has no parameter '" + name
                            + "'; its parameters: " + c.get().parameters().stream().map(Parameter::name).toList());
                    continue;
                }
                if (!Double.isFinite(value)) {
                    problems.add("override " + id + "#" + name + ": value " + value + " is not a finite number");
                    continue;
                }
                double v = value;
                if (unit != null && !unit.equals(p.get().unit())) {
                    if (!Units.isKnown(unit) || !Units.convertible(unit, p.get().unit())) {
                        problems.add("override " + id + "#" + name + ": unit '" + unit + "' does not fit the parameter's unit '"
                                + p.get().unit() + "'");
                        continue;
                    }
                    v = Units.convert(value, unit, p.get().unit());
                }
                double inUnit = v;
                String range = Units.familyOf(p.get().unit()).map(f -> FactChecker.range(f, p.get().unit(), inUnit))
                        .orElse(null);
                if (range != null) {
                    problems.add("override " + id + "#" + name + ": value " + Units.format(value) + (unit == null ? ""
                            : " " + unit) + " is not valid; expected " + range);
                    continue;
                }
                if (out.put(Checks.key(id, name), new Parameter(name, v, p.get().unit(), p.get().origin())) != null) {
                    problems.add("override " + id + "#" + name + ": the parameter is overridden twice; expected one "
                            + "override per parameter");
                }
            }
            return out;
        }

        private Map<String, Waiver> waivers(Catalog catalog, LocalDate today, List<String> problems) {
            Map<String, Waiver> out = new LinkedHashMap<>();
            for (Waiver w : waivers) {
                String where = "waiver of " + w.criterionId();
                if (catalog.findCriterion(w.criterionId()).isEmpty()) {
                    problems.add(where + ": criterion '" + w.criterionId() + "' is not in the catalogue. "
                            + Strings.maybe(w.criterionId(), catalog.criterionIds()));
                    continue;
                }
                if (w.reason().isBlank()) {
                    problems.add(where + ": no reason given; a waiver needs a reason");
                }
                if (w.kind() == Waiver.Kind.NOT_APPLICABLE && w.approver().isBlank()) {
                    problems.add(where + ": no approver given; a not-applicable waiver needs an approver");
                }
                // a waiver past its expiry is kept: each evaluation reports it as WAIVER_EXPIRED and does not apply it
                if (out.put(w.criterionId(), w) != null) {
                    problems.add(where + ": the criterion is waived twice");
                }
            }
            return out;
        }
    }
}
