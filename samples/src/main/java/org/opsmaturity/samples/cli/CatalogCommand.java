package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.rules.StandardRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"List or search the criteria (by id prefix or by a word, in zh or en) and the observations.", "",
                "Examples:", "  opsmaturity catalog 6.1.1", "  opsmaturity catalog RPO", "  opsmaturity catalog 告警 --lang zh",
                "  opsmaturity catalog --observations latency"})
final class CatalogCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "An id prefix (e.g. 6.1.1 or 1.2.2.L3) or a word (e.g. RPO, 告警).")
    String query;

    @Mixin
    LangOption langOption;

    @Option(names = "--observations", description = "List the observation vocabulary instead of the criteria.")
    boolean observations;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String lang = langOption.lang();
        String raw = query == null ? "" : query;
        String q = raw.toLowerCase(Locale.ROOT);
        int n = 0;
        if (observations) {
            for (ObservationSpec s : StandardRules.vocabulary().specs()) {
                if (q.isEmpty() || s.name().contains(q) || s.description().en().toLowerCase(Locale.ROOT).contains(q)
                        || s.description().zh().contains(q) || s.criteria().stream().anyMatch(c -> c.startsWith(raw))) {
                    out.println(s.name() + "  " + s.type() + (s.unitFamily().isEmpty() ? "" : " " + s.unitFamily())
                            + (s.words().isEmpty() ? "" : " " + String.join("|", s.words())) + "  "
                            + s.description().in(lang) + "  [" + String.join(",", s.criteria()) + "]");
                    n++;
                }
            }
        } else {
            for (Criterion c : Catalog.standard().criteria()) {
                String text = c.text().zh() + " " + c.text().en().toLowerCase(Locale.ROOT);
                if (q.isEmpty() || c.id().startsWith(raw) || text.contains(q)) {
                    out.println(c.id() + (c.isRequirement() ? "  " : "  (shortfall) ") + c.text().in(lang)
                            + (c.parameters().isEmpty() ? "" : "  {" + String.join(", ", c.parameters().stream()
                                    .map(p -> p.name() + "=" + p.display()).toList()) + "}"));
                    n++;
                }
            }
        }
        out.println(n + (observations ? " observations" : " criteria"));
        return Main.OK;
    }
}
