package org.opsmaturity.api.internal;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.Origin;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.Text;

/**
 * Compiles DRL extensions at run time and reads the criteria they declare in rule metadata:
 * {@code @item("1.1.1") @level(3) @en("...") @zh("...") @params("minShare=90 % text")}. Problems are
 * collected, not thrown, so that the builder can report all of them at once.
 */
public final class Extensions {
    /** Extension KieBases on the class path are found by this name prefix (a company's kjar). */
    public static final String KBASE_PREFIX = "opsmaturity-ext";
    private static final Pattern NAMESPACED = Pattern.compile("^[a-z][a-z0-9-]*\\.(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([a-z][A-Za-z0-9]*)=(-?[0-9.]+(?:[eE][0-9]+)?) (\\S+)(?: (text|illustration))?$");

    /** One extension DRL source. */
    public record Source(String name, String drl) {
    }

    private Extensions() {
    }

    /** The optional artifact that compiles DRL at run time and reads company kjars. */
    public static final String DRL_ARTIFACT = "org.opsmaturity:maturity-drl";
    /** A class of each jar that compiling DRL at run time needs and the core leaves out. */
    static final Map<String, String> DRL_CLASSES = Map.of(
            "drools-drl-parser", "org.drools.drl.parser.DrlParser",
            "drools-mvel", "org.drools.mvel.ConditionAnalyzer",
            "drools-ecj", "org.drools.ecj.EclipseJavaCompiler",
            "ecj", "org.eclipse.jdt.internal.compiler.Compiler",
            "mvel2", "org.mvel2.MVEL",
            "antlr-runtime", "org.antlr.runtime.Parser",
            "antlr4-runtime", "org.antlr.v4.runtime.Parser");
    /** A class of each jar that reading a company kjar's kmodule.xml needs. */
    static final Map<String, String> KJAR_CLASSES = Map.of(
            "drools-xml-support", "org.drools.xml.support.XMLSupportImpl",
            "xstream", "com.thoughtworks.xstream.XStream");

    /**
     * The jars of {@code classes} missing from the class path, as a problem naming the artifact to add, or
     * empty when all are there.
     */
    static Optional<Problem> missing(Map<String, String> classes, String what, ClassLoader loader) {
        List<String> absent = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(classes).entrySet()) {
            try {
                Class.forName(e.getValue(), false, loader);
            } catch (ClassNotFoundException | LinkageError x) {
                absent.add(e.getKey());
            }
        }
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(described(what, "needs the artifact " + DRL_ARTIFACT
                + " on the class path (Maven: groupId "
                + "org.opsmaturity, artifactId maturity-drl, the version of maturity-api), which brings the Drools "
                + "DRL compiler; missing now: " + String.join(", ", absent)));
    }

    /** Compiles the sources into one KieBase; DRL errors go to {@code problems} with resource and line. */
    public static Optional<KieBase> compile(List<Source> sources, List<Problem> problems) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Optional<Problem> absent = missing(DRL_CLASSES, "compiling DRL rules at run time (" + sources.get(0).name()
                + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "") + ")",
                Extensions.class.getClassLoader());
        if (absent.isPresent()) {
            problems.add(absent.get());
            return Optional.empty();
        }
        KieServices ks = KieServices.get();
        KieFileSystem fs = ks.newKieFileSystem();
        Map<String, String> paths = new LinkedHashMap<>();
        int n = 0;
        for (Source s : sources) {
            String path = "src/main/resources/opsmaturity/extension/" + (n++) + "-" + s.name().replaceAll("[^A-Za-z0-9._-]", "_");
            if (!path.endsWith(".drl")) {
                path += ".drl";
            }
            paths.put(path.substring("src/main/resources/".length()), s.name());
            fs.write(path, withBoilerplate(s.drl()));
        }
        fs.write("src/main/resources/opsmaturity/extension/queries.drl", QUERIES);
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                if (m.getText().contains("Parser returned a null Package")) {
                    continue; // follows every syntax error, says nothing more
                }
                String where = m.getPath() == null ? "extension" : paths.getOrDefault(m.getPath(), m.getPath());
                problems.add(described(where + (m.getLine() > 0 ? ":" + m.getLine() : ""),
                        m.getText().strip()));
            }
            return Optional.empty();
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        return Optional.of(container.getKieBase());
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+[ \\t]*;?", Pattern.MULTILINE);
    private static final Pattern GLOBAL_CHECK = Pattern.compile("(?m)^\\s*global\\s+[\\w.]+\\s+check\\b");
    /** The imports every extension DRL gets: the facts and the rule helpers ({@code Checks}, {@code Given}). */
    static final List<String> IMPORTS = List.of("org.opsmaturity.model.*", "org.opsmaturity.rules.*");

    /**
     * The DRL with what the library can supply added when it is missing: the imports of the facts and rule
     * helpers and the {@code check} global. They go on the line of the package statement (or on the first
     * line when there is none), so compile errors keep the line numbers of the file as written.
     */
    static String withBoilerplate(String drl) {
        StringBuilder add = new StringBuilder();
        for (String imp : IMPORTS) {
            if (!Pattern.compile("(?m)^\\s*import\\s+" + Pattern.quote(imp) + "\\s*;?").matcher(drl).find()) {
                add.append("import ").append(imp).append("; ");
            }
        }
        if (!GLOBAL_CHECK.matcher(drl).find()) {
            add.append("global org.opsmaturity.rules.Checks check; ");
        }
        if (add.length() == 0) {
            return drl;
        }
        Matcher pkg = PACKAGE.matcher(drl);
        if (pkg.find()) {
            return drl.substring(0, pkg.end()) + (drl.charAt(pkg.end() - 1) == ';' ? " " : "; ") + add.toString().strip()
                    + drl.substring(pkg.end());
        }
        return add + drl;
    }

    /**
     * The extension KieBases of company kjars on the class path (kbase names starting with
     * {@value #KBASE_PREFIX}); when there is one but the artifact that reads kjars is missing, that goes to
     * {@code problems}.
     */
    public static List<KieBase> onClassPath(ClassLoader loader, List<Problem> problems) {
        if (!anyKmoduleNamesExtension(loader)) {
            return List.of(); // the common case: no company kjar, so no class path container is built
        }
        Optional<Problem> absent = missing(KJAR_CLASSES, "a company kjar on the class path (a kmodule.xml naming "
                + KBASE_PREFIX + "-*)", loader);
        if (absent.isPresent()) {
            problems.add(absent.get());
            return List.of();
        }
        KieContainer c = loader == Extensions.class.getClassLoader()
                ? KieServices.get().getKieClasspathContainer(loader)
                : KieServices.get().newKieClasspathContainer(loader);
        List<KieBase> out = new ArrayList<>();
        for (String name : c.getKieBaseNames().stream().sorted().toList()) {
            if (name.startsWith(KBASE_PREFIX)) {
                out.add(c.getKieBase(name));
            }
        }
        return out;
    }

    /**
     * Whether some {@code META-INF/kmodule.xml} on the class path mentions {@value #KBASE_PREFIX}: a
     * company kjar's KieBase name must, so a class path without one needs no KieServices container (its
     * kmodule scan and XML parsing cost about a second at start-up).
     */
    static boolean anyKmoduleNamesExtension(ClassLoader loader) {
        try {
            java.util.Enumeration<java.net.URL> urls = loader.getResources("META-INF/kmodule.xml");
            while (urls.hasMoreElements()) {
                try (java.io.InputStream in = urls.nextElement().openStream()) {
                    if (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(KBASE_PREFIX)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return true; // cannot tell: let the container look, and report what it finds
        }
    }

    /** The criteria declared by the rules of a KieBase (every rule but queries must declare one). */
    public static List<Criterion> criteria(KieBase kieBase, List<Problem> problems) {
        List<Criterion> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            java.util.Set<String> queries = new java.util.HashSet<>();
            p.getQueries().forEach(q -> queries.add(q.getName()));
            for (Rule r : p.getRules()) {
                if (queries.contains(r.getName())) {
                    continue;
                }
                criterion(r, problems).ifPresent(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(Criterion::id));
        return out;
    }

    private static Optional<Criterion> criterion(Rule r, List<Problem> problems) {
        String id = r.getName();
        Map<String, Object> meta = r.getMetaData();
        String where = "rule \"" + id + "\"";
        int before = problems.size();
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        if (!NAMESPACED.matcher(id).matches()) {
            missing.add("a namespace in the rule name (the standard ids belong to the standard rules)");
        }
        String item = text(meta, "item");
        if (item.isEmpty()) {
            missing.add("@item(\"<item id>\"), the item the criterion belongs to");
        }
        int level = 0;
        Object lv = meta.get("level");
        if (lv == null) {
            missing.add("@level(<1 to 5>)");
        } else {
            try {
                level = Integer.parseInt(String.valueOf(lv).replace("\"", "").trim());
            } catch (NumberFormatException e) {
                level = 0;
            }
            if (level < 1 || level > 5) {
                invalid.add("@level(" + lv + ") is not valid; expected a level from 1 to 5");
            }
        }
        String en = text(meta, "en");
        String zh = text(meta, "zh");
        if (en.isEmpty() && zh.isEmpty()) {
            missing.add("@en(\"...\") or @zh(\"...\"), the criterion's text");
        }
        if (!missing.isEmpty()) {
            String example = NAMESPACED.matcher(id).matches() ? id : "acme." + id;
            String itemGuess = item.isEmpty() ? itemOf(example) : item;
            problems.add(described(where, "missing " + String.join("; ", missing)
                    + ". A criterion rule starts like this: rule \""
                    + example + "\" @item(\"" + itemGuess + "\") @level(" + (level >= 1 && level <= 5 ? level : levelOf(example))
                    + ") @en(\"What the criterion requires\")"));
        }
        invalid.forEach(x -> problems.add(described(where, x)));
        List<Parameter> params = new ArrayList<>();
        String ps = text(meta, "params");
        if (!ps.isEmpty()) {
            for (String p : ps.split(";")) {
                Matcher m = PARAM.matcher(p.trim());
                if (!m.matches() || !org.opsmaturity.model.Units.isKnown(m.group(3))) {
                    problems.add(described(where, "@params entry '" + p.trim()
                            + "' is not valid; expected name=value unit [text|illustration]"));
                    continue;
                }
                params.add(new Parameter(m.group(1), Double.parseDouble(m.group(2)), m.group(3),
                        "illustration".equals(m.group(4)) ? Origin.ILLUSTRATION : Origin.TEXT));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(id, item, level, 0, CriterionKind.REQUIREMENT, new Text(zh, en), Text.EMPTY,
                params, ""));
    }

    private static final Pattern ID_PARTS = Pattern.compile("^[a-z][a-z0-9-]*\\.(\\d+\\.\\d+\\.\\d+)\\.L([1-5])\\..*$");

    /** The item of an id shaped like the standard's ({@code acme.1.1.1.L3.1} -> 1.1.1), else an example. */
    private static String itemOf(String id) {
        Matcher m = ID_PARTS.matcher(id);
        return m.matches() ? m.group(1) : "1.1.1";
    }

    private static int levelOf(String id) {
        Matcher m = ID_PARTS.matcher(id);
        return m.matches() ? Integer.parseInt(m.group(2)) : 3;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return "";
        }
        String s = String.valueOf(v).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    static final String QUERIES = """
            package org.opsmaturity.rules;

            import org.opsmaturity.model.Finding;

            global org.opsmaturity.rules.Checks check;

            query findings()
                $finding : Finding()
            end
            """;
}
