package org.opsmaturity.api;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.api.KieBase;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.api.internal.Extensions;
import org.opsmaturity.api.internal.Settings;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CatalogException;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.TerminalText;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.RuleRunner;
import org.opsmaturity.rules.StandardRules;

/**
 * Turns a builder's {@link BuilderState.Inputs} into an {@link Assessor}: reads DRL, compiles extension rules,
 * composes the catalogue and vocabulary, checks every extension at once and computes the profile digest.
 */
final class AssessorAssembly {
    private AssessorAssembly() {
    }

    /** Builds the assessor, or throws one {@link InvalidExtensionException} listing every problem. */
    static Assessor build(BuilderState.Inputs in) {
        if (!in.rules().isEmpty()) {
            // compiling DRL takes a second or more: build the standard rule base alongside it
            Assessor.preloadInBackground();
        }
        List<Problem> problems = new ArrayList<>(in.problems());
        Vocabulary vocabulary = StandardRules.vocabulary();
        Profile added = in.added();
        if (!added.observations().isEmpty()) {
            try {
                vocabulary = vocabulary.plus(Vocabulary.of(added.observations()));
            } catch (CatalogException e) {
                problems.add(described(e.getMessage() + " (an extension observation may not reuse a standard name)"));
            }
        }
        // extension rule bases and the criteria their rules declare
        List<KieBase> extensionBases = new ArrayList<>();
        Extensions.compile(in.rules(), problems).ifPresent(extensionBases::add);
        if (in.classPathExtensions()) {
            extensionBases.addAll(Extensions.onClassPath(in.classLoader(), problems));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (KieBase kb : extensionBases) {
            criteria.addAll(Extensions.criteria(kb, problems));
        }
        for (DeclaredCriterion d : added.criteria()) {
            criteria.add(d.criterion());
        }
        Catalog catalog = CatalogComposer.extend(Catalog.standard(), added.domains(), added.areas(), added.items(), criteria,
                problems);
        for (DeclaredCriterion d : added.criteria()) {
            ExtensionChecks.checkCondition("criterion " + d.criterion().id(), d.condition(), catalog, vocabulary, problems);
        }
        ExtensionChecks.cycles(added.criteria(), problems);
        Map<String, Parameter> overridden = ExtensionChecks.overrides(added.overrides(), catalog, problems);
        Map<String, Waiver> waived = ExtensionChecks.waivers(added.waivers(), catalog, problems);
        for (String id : in.freshness().criterionDays().keySet()) {
            if (catalog.findCriterion(id).isEmpty()) {
                problems.add(described("freshness of " + id, "criterion '" + id + "' is not in the catalogue"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidExtensionException(problems); // every problem at once, before any runner is made
        }
        Checks checks = Checks.of(catalog, overridden);
        Settings settings = new Settings(catalog, vocabulary, in.policy(), waived, added.criteria(), in.clock(), in.freshness());
        String digest = digest(in, extensionBases);
        // the model's digest too, before the standard rule base is waited for: at start-up a preloading thread
        // may still be building it (Assessor.preloadInBackground), and this thread would otherwise be idle
        org.opsmaturity.api.internal.Versions.model();

        List<RuleRunner> runners = new ArrayList<>();
        runners.add(new RuleRunner(StandardRules.kieBase(), checks));
        extensionBases.forEach(kb -> runners.add(new RuleRunner(kb, checks)));
        return new Assessor(settings, in.strict(), runners, digest);
    }

    /** See {@link Assessor#profileDigest()}: every input in a fixed order, maps sorted by key. */
    private static String digest(BuilderState.Inputs in, List<KieBase> extensionBases) {
        StringBuilder d = new StringBuilder("opsmaturity-profile 1\n");
        d.append("strict ").append(in.strict()).append('\n').append("policy ").append(in.policy()).append('\n');
        d.append("freshness ").append(in.freshness().attestationDays()).append(' ').append(in.freshness().observationDays())
                .append(' ').append(new java.util.TreeMap<>(in.freshness().criterionDays())).append('\n');
        for (Extensions.Source s : in.rules()) {
            d.append("rules ").append(s.name()).append(' ').append(s.drl().length()).append('\n').append(s.drl()).append('\n');
        }
        for (KieBase kb : extensionBases) {
            kb.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getPackageName() + "." + r.getName())
                    .sorted().forEach(r -> d.append("rule ").append(r).append('\n'));
        }
        // each line as digests have always read (the builder once kept model domains and its own records)
        Profile added = in.added();
        added.domains().forEach(x -> d.append("domain ").append(new Domain(x.id(), x.name(), List.of())).append('\n'));
        added.areas().forEach(x -> d.append("area ").append(placement(x.id(), x.domain(), x.name())).append('\n'));
        added.items().forEach(x -> d.append("item ").append(placement(x.id(), x.area(), x.name())).append('\n'));
        added.observations().forEach(x -> d.append("observation ").append(x).append('\n'));
        added.criteria().forEach(x -> d.append("criterion ").append(x).append('\n'));
        added.overrides().forEach(x -> d.append("override [").append(x.criterion()).append(", ").append(x.parameter())
                .append(", ").append(x.value()).append(", ").append(x.unit().isEmpty() ? "null" : x.unit()).append("]\n"));
        added.waivers().forEach(x -> d.append("waiver ").append(x).append('\n'));
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(d.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** An added area's or item's digest line: {@code [id, parent, zh, en]}. */
    private static String placement(String id, String parent, Text name) {
        return "[" + id + ", " + parent + ", " + name.zh() + ", " + name.en() + "]";
    }

    /** The DRL text of a {@code .drl} file of at most {@code max} bytes, or empty with the problem added. */
    static Optional<String> readDrl(Path file, int max, List<Problem> problems) {
        String name = TerminalText.escape(String.valueOf(file));
        if (file == null || !file.toString().endsWith(".drl")) {
            problems.add(described(name, "not a .drl file; rules are read from DRL files only"));
            return Optional.empty();
        }
        try {
            return Optional.of(InputFiles.readUtf8(file, max));
        } catch (InputFiles.UnreadableFileException e) {
            problems.add(described(name, e.kind() == InputFiles.Kind.NOT_UTF8
                    ? "not UTF-8 text, so not DRL" : "cannot be read (" + e.reason() + ")"));
        }
        return Optional.empty();
    }

    /** The DRL text of a class-path resource of at most {@code max} bytes, or empty with the problem added. */
    static Optional<String> readDrlResource(ClassLoader loader, String resource, int max, List<Problem> problems) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            problems.add(described(resource, "not on the class path"));
            return Optional.empty();
        }
        try (in) {
            return Optional.of(new String(BoundedRead.read(in, max), StandardCharsets.UTF_8));
        } catch (BoundedRead.Failure e) {
            problems.add(described(resource, "cannot be read (" + e.reason() + ")"));
        } catch (IOException e) {
            problems.add(described(resource, "cannot be read (" + e.getMessage() + ")"));
        }
        return Optional.empty();
    }
}
