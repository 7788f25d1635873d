package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.List;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.rules.StandardRules;

/** {@code catalog}: list or search the criteria and observations. */
final class CatalogCommand implements CommandDef.Action {
    static final ParamDef<String> QUERY = new ParamDef<>("QUERY", "An id prefix (e.g. 6.1.1 or 1.2.2.L3) or words "
            + "(e.g. RPO, \"change success\", 告警); every word must match the start of a word of the text.", 0, 1,
            Converter.TEXT);
    static final OptionDef<Boolean> OBSERVATIONS = OptionDef.flag("--observations",
            "List the observation vocabulary instead of the criteria.");

    static CommandDef definition() {
        return CommandDef.of("catalog", "options", new CatalogCommand(),
                "List or search the criteria (by id prefix, or by words in zh or en, best matches first) and the "
                + "observations. The model has 351 criteria: 334 requirements, which gate the levels, and 17 "
                + "shortfall descriptions, which describe a deficient state and gate nothing.", "",
                "Examples:", "  opsmaturity catalog 6.1.1", "  opsmaturity catalog RPO", "  opsmaturity catalog \"change success\"", "  opsmaturity catalog 告警 --lang zh",
                "  opsmaturity catalog --observations latency")
                .withParam(QUERY).withOptions(LangOption.LANG, OBSERVATIONS);
    }

    @Override
    public int run(Args args, Io io) {
        PrintWriter out = io.out();
        String lang = new LangOption(args).lang();
        boolean observations = args.flag(OBSERVATIONS);
        Words w = new Words(lang);
        Search search = new Search(args.param(QUERY).orElse(""));
        int n;
        if (observations) {
            List<ObservationSpec> found = search.find(StandardRules.vocabulary().specs(), ObservationSpec::criteria,
                    s -> List.of(new Search.Field(Search.camelWords(s.name()), 3), new Search.Field(s.description().en(), 2),
                            new Search.Field(s.description().zh(), 2), new Search.Field(String.join(" ", s.words()), 1)));
            for (ObservationSpec s : found) {
                out.println(s.name() + "  " + s.type() + (s.unitFamily().isEmpty() ? "" : " " + s.unitFamily())
                        + (s.words().isEmpty() ? "" : " " + String.join("|", s.words())) + "  "
                        + s.description().in(lang) + "  [" + String.join(",", s.criteria()) + "]");
            }
            n = found.size();
        } else {
            List<Criterion> found = search.find(Catalog.standard().criteria(), c -> List.of(c.id()),
                    c -> List.of(new Search.Field(c.text().en(), 3), new Search.Field(c.text().zh(), 3),
                            new Search.Field(c.illustration().en(), 1), new Search.Field(c.illustration().zh(), 1),
                            new Search.Field(String.join(" ", c.parameters().stream()
                                    .map(p -> Search.camelWords(p.name())).toList()), 1)));
            for (Criterion c : found) {
                out.println(c.id() + (c.isRequirement() ? "  " : "  " + w.get("shortfall") + " ") + c.text().in(lang)
                        + (c.parameters().isEmpty() ? "" : "  {" + String.join(", ", c.parameters().stream()
                                .map(p -> p.name() + "=" + p.display()).toList()) + "}"));
            }
            n = found.size();
        }
        out.println(observations ? w.count(n, "observation")
                : w.count(n, "criterion") + (search.isEmpty() ? countsOf(w) : ""));
        return Main.OK;
    }

    /** The whole catalogue: "351 criteria: 334 requirements, 17 shortfall descriptions". */
    private static String countsOf(Words w) {
        Catalog c = Catalog.standard();
        long requirements = c.criteria().stream().filter(Criterion::isRequirement).count();
        return w.zh() ? "：" + requirements + " 项要求，" + (c.criteria().size() - requirements) + " 项不足描述"
                : ": " + Words.count(requirements, "requirement", false) + ", " + (c.criteria().size() - requirements)
                        + " shortfall descriptions";
    }
}
