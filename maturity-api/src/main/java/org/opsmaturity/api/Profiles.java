package org.opsmaturity.api;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.TerminalText;

/**
 * Reads a JSON profile (docs/extending.md) into a {@link Profile} and applies one to a builder. A profile is
 * read as the facts are (size, depth and length limits, duplicate keys, UTF-8, whole Unicode text); its
 * {@code rules} (code) are refused unless the trust is {@link ProfileTrust#ALLOW_RULES}. Problems are
 * collected with the JSON path by {@link ProfileReader}.
 */
final class Profiles {
    private Profiles() {
    }

    /**
     * A profile as read, with every problem found (empty when it is valid). A profile with problems still
     * holds what could be read, so the builder reports the profile's problems and its own together.
     */
    record Read(Profile profile, List<Problem> problems) {
        Read {
            problems = List.copyOf(problems);
        }

        static Read failed(Problem problem) {
            return new Read(null, List.of(problem));
        }

        /** The profile, or an exception listing every problem. */
        Profile orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidExtensionException(problems);
            }
            return profile;
        }

        /** Applies what was read to the builder and hands it the problems, reported when it builds. */
        void applyTo(Assessor.Builder b) {
            if (profile == null) {
                throw new InvalidExtensionException(problems);
            }
            apply(b, profile);
            problems.forEach(b::problem);
        }
    }

    /**
     * Applies a profile to the builder in the profile's field order: rules, domains, areas, items,
     * observations, criteria, overrides, waivers, policy, freshness (absent freshness fields keep the
     * builder's setting).
     */
    static void apply(Assessor.Builder b, Profile p) {
        for (Profile.RuleFile r : p.rules()) {
            if (r.file().isPresent()) {
                b.addRules(r.file().get());
            } else {
                b.addRulesResource(r.resource().orElseThrow());
            }
        }
        p.domains().forEach(d -> b.addDomain(d.id(), d.name()));
        p.areas().forEach(a -> b.addArea(a.id(), a.domain(), a.name()));
        p.items().forEach(i -> b.addItem(i.id(), i.area(), i.name()));
        p.observations().forEach(b::addObservation);
        p.criteria().forEach(b::addCriterion);
        p.overrides().forEach(o -> b.override(o.criterion(), o.parameter(), o.value(), o.unit()));
        p.waivers().forEach(b::waive);
        p.policy().ifPresent(b::policy);
        Profile.Freshness pf = p.freshness();
        if (!pf.equals(Profile.Freshness.NONE)) {
            org.opsmaturity.model.Freshness f = b.freshness();
            f = new org.opsmaturity.model.Freshness(pf.attestationDays().orElse(f.attestationDays()),
                    pf.observationDays().orElse(f.observationDays()), f.criterionDays());
            for (var e : pf.criteria().entrySet()) {
                f = f.withCriterion(e.getKey(), e.getValue());
            }
            b.freshness(f);
        }
    }

    /** Reads a profile file; the DRL files it lists must be {@code .drl} files in its folder. */
    static Read file(Path file, ProfileTrust trust) {
        if (file == null || trust == null) {
            return Read.failed(described("profile", (file == null ? "no file" : "no trust") + " given"));
        }
        String source = TerminalText.escape(file.toString());
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.Failure e) {
            return Read.failed(described(source, "cannot be read (" + e.reason() + ")"));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return read(bytes, source, trust, "a path to a .drl file inside the profile's folder ("
                + TerminalText.escape(String.valueOf(dir)) + "), relative to it",
                name -> Optional.ofNullable(inside(dir, name)).map(p -> new Profile.RuleFile(name, Optional.of(p), Optional.empty())));
    }

    /**
     * Reads a profile from a class-path resource of {@code loader}; the DRL files it lists are resources of
     * the same folder (package), named relative to it.
     */
    static Read resource(String resource, ClassLoader loader, ProfileTrust trust) {
        if (resource == null || resource.isBlank() || trust == null) {
            return Read.failed(described("profile", (trust == null ? "no trust" : "no resource name") + " given"));
        }
        String source = TerminalText.escape(resource);
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Read.failed(described(source, "not on the class path; expected a resource "
                        + "name such as com/acme/acme-profile.json (no leading /)"));
            }
            byte[] bytes;
            try {
                bytes = BoundedRead.read(in, Json.MAX_DOCUMENT_BYTES);
            } catch (BoundedRead.Failure e) {
                return Read.failed(described(source, "cannot be read (" + e.reason() + ")"));
            }
            return read(bytes, source, trust, "the name of a .drl resource in the profile's folder ("
                    + (folder.isEmpty() ? "the class path root" : TerminalText.escape(folder)) + "), relative to it, without ..",
                    name -> RESOURCE_NAME.matcher(name).matches() && !("/" + name + "/").contains("/../")
                            && !("/" + name + "/").contains("/./")
                            ? Optional.of(new Profile.RuleFile(name, Optional.empty(), Optional.of(folder + name)))
                            : Optional.empty());
        } catch (IOException e) {
            return Read.failed(described(source, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static final java.util.regex.Pattern RESOURCE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-][A-Za-z0-9_./-]*\\.drl");

    /**
     * Reads a profile from a stream (not closed), reported under {@code name}; it has no folder, so a profile
     * read this way can list no DRL files.
     */
    static Read stream(InputStream in, String name, ProfileTrust trust) {
        if (in == null || name == null || name.isBlank() || trust == null) {
            return Read.failed(described("profile", (in == null ? "no stream"
                    : trust == null ? "no trust" : "no name (used in problems) for the stream") + " given"));
        }
        String source = TerminalText.escape(name);
        byte[] bytes;
        try {
            bytes = BoundedRead.read(in, Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.Failure e) {
            return Read.failed(described(source, "cannot be read (" + e.reason() + ")"));
        } catch (IOException e) {
            return Read.failed(described(source, "cannot be read (" + e.getMessage() + ")"));
        }
        return read(bytes, source, trust, "no DRL file: a profile read from a stream has no "
                + "folder to take them from (read it with profile(Path, ProfileTrust) or profileResource(String, ProfileTrust))",
                file -> Optional.empty());
    }

    private static Read read(byte[] bytes, String source, ProfileTrust trust,
            String expected, Function<String, Optional<Profile.RuleFile>> ruleFiles) {
        JsonNode root;
        try {
            root = Json.tree(bytes);
        } catch (InvalidFactsException e) {
            return Read.failed(described(source, e.getMessage().replace(System.lineSeparator(), " ")));
        }
        if (root == null || !root.isObject()) {
            return Read.failed(described(source, "expected a JSON object"));
        }
        ProfileReader r = new ProfileReader(source);
        Profile p = r.profile(root, trust, ruleFiles, expected);
        return new Read(p, r.problems());
    }

    /**
     * A rule file named by a profile, or null when the path leaves the profile's folder (absolute, {@code ..},
     * a link pointing out of it) or does not name a {@code .drl} file.
     */
    private static Path inside(Path dir, String name) {
        if (name.isBlank() || !name.endsWith(".drl") || name.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path given = Path.of(name);
            if (given.isAbsolute()) {
                return null;
            }
            Path p = dir.resolve(given).normalize();
            if (!p.startsWith(dir)) {
                return null;
            }
            if (Files.exists(p) && !p.toRealPath().startsWith(dir.toRealPath())) {
                return null; // a symbolic link out of the folder
            }
            return p;
        } catch (java.nio.file.InvalidPathException | IOException e) {
            return null;
        }
    }
}
