package org.opsmaturity.samples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.InputFiles;
import org.opsmaturity.api.Json;
import org.opsmaturity.api.ProfileTrust;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.reports.Questionnaire;
import org.opsmaturity.schemas.Schemas;

/** {@code questionnaire export|import}: the interview questionnaire. */
final class QuestionnaireCommand {
    private QuestionnaireCommand() {
    }

    static CommandDef definition() {
        return CommandDef.of("questionnaire", "questionnaire, facts or options", new CommandDef.Usage(),
                "The interview questionnaire: export it (CSV to fill in, or a Markdown form), then import the "
                + "filled CSV as a facts document.", "",
                "Examples:",
                "  opsmaturity questionnaire export --domain 6 --lang zh -o bcm.csv",
                "  opsmaturity questionnaire export --format markdown -o questionnaire.md",
                "  opsmaturity questionnaire export --facts q3-facts.json -o q4-interview.csv     # pre-filled",
                "  opsmaturity questionnaire export --profile acme-profile.json -o acme.csv",
                "  opsmaturity questionnaire import bcm.csv --subject \"Harbor Logistics\" -o facts.json")
                .withSubcommands(List.of(Export.definition(), Import.definition()));
    }

    /** {@code --profile} and {@code --allow-rules}: the catalogue a company profile gives, as assess reads it. */
    static final class CatalogOption {
        static final OptionDef<Path> PROFILE = OptionDef.of("--profile", "FILE", Converter.PATH, "Ask (and accept) the "
                + "criteria of this company profile too, as assess --profile reads it (docs/extending.md).");
        static final OptionDef<Boolean> ALLOW_RULES = OptionDef.flag("--allow-rules", "Let the --profile load the DRL "
                + "rule files it lists (code: only for profiles you trust), as assess --allow-rules does.");
        static final List<OptionDef<?>> OPTIONS = List.of(PROFILE, ALLOW_RULES);

        final Optional<Path> profile;
        final boolean allowRules;

        CatalogOption(Args args) {
            profile = args.optional(PROFILE);
            allowRules = args.flag(ALLOW_RULES);
        }

        Catalog catalog() {
            return profile.isEmpty() ? Catalog.standard() : Assessor.builder()
                    .profile(profile.get(), allowRules ? ProfileTrust.ALLOW_RULES : ProfileTrust.DATA_ONLY).build().catalog();
        }
    }

    /** {@code questionnaire export}. */
    static final class Export implements CommandDef.Action {
        enum Format { csv, markdown }

        static final OptionDef<Format> FORMAT = OptionDef.of("--format", "FORMAT", new Converter.Choice<>(Format.values()),
                "csv (to fill in and import) or markdown (a form to print or put in a wiki); default: ${DEFAULT-VALUE}.")
                .withAlias("-f").withDefault("csv");
        static final OptionDef<String> DOMAIN = OptionDef.of("--domain", "DOMAIN", Converter.TEXT,
                "Only this domain, 1 to 7 (default: all).");
        static final OptionDef<Path> FACTS = OptionDef.of("--facts", "FILE", Converter.PATH, "Pre-fill the answers from "
                + "the attestations of this facts document (JSON), to review them in the next interview.");

        static CommandDef definition() {
            return CommandDef.of("export", "facts or options", new Export(),
                    "Write the questionnaire: one row per requirement with its id, item, level, text and "
                            + "illustration, and empty columns for verdict, evidence, assessor and date.")
                    .withOptions(FORMAT, DOMAIN, FACTS, LangOption.LANG, OutputOption.OUTPUT)
                    .withOptions(CatalogOption.OPTIONS);
        }

        @Override
        public int run(Args args, Io io) {
            Format format = args.get(FORMAT);
            Optional<Path> facts = args.optional(FACTS);
            LangOption lang = new LangOption(args);
            CatalogOption catalog = new CatalogOption(args);
            OutputOption out = new OutputOption(args);
            Questionnaire q = Questionnaire.export(catalog.catalog(), args.optional(DOMAIN).orElse(""), lang.locale());
            if (facts.isPresent()) {
                q = q.prefilled(Schemas.readFacts(Json.readDocument(facts.get())));
            }
            String text = format == Format.csv ? q.csv() : q.markdown();
            q.warnings().forEach(w -> io.err().println("warning: " + w));
            if (Output.write(io, out.output, text, Output.given(facts, catalog.profile))) {
                io.out().println("wrote " + Output.shown(out.output.get()) + " (" + format + ", " + lang.lang() + "): "
                        + Words.count(q.size(), "question", false) + " to ask about");
            }
            return Main.OK;
        }
    }

    /** {@code questionnaire import}. */
    static final class Import implements CommandDef.Action {
        static final ParamDef<Path> CSV = new ParamDef<>("CSV", "The filled questionnaire (UTF-8 CSV).", 1, 1,
                Converter.PATH);
        static final OptionDef<String> SUBJECT = OptionDef.of("--subject", "NAME", Converter.TEXT,
                "The organisation assessed, written as the facts' subject.").withDefault("");

        static CommandDef definition() {
            return CommandDef.of("import", "questionnaire or options", new Import(),
                    "Read a filled questionnaire CSV (header in English or Chinese) and write the facts document "
                            + "it gives: one attestation per row with a verdict; every bad row is reported with its "
                            + "row number, column and value.")
                    .withParam(CSV).withOptions(SUBJECT, OutputOption.OUTPUT).withOptions(CatalogOption.OPTIONS);
        }

        @Override
        public int run(Args args, Io io) {
            Path file = args.param(CSV).orElseThrow();
            String subject = args.get(SUBJECT);
            CatalogOption catalog = new CatalogOption(args);
            OutputOption out = new OutputOption(args);
            Questionnaire.Answers r = Questionnaire.read(read(file), file.toString(), subject, catalog.catalog());
            String json = Json.write(r.facts()) + System.lineSeparator();
            // what import writes, assess reads: the same schema and reader check it before it is written
            Schemas.readFacts(json.getBytes(StandardCharsets.UTF_8));
            String summary = "read " + Output.shown(file) + ": " + Words.count(r.answered(), "verdict", false) + ", "
                    + Words.count(r.notKnown(), "row", false) + " not known" + (r.sameQuestion() == 0 ? "" : ", "
                            + Words.count(r.sameQuestion(), "criterion", false) + " also answered by the same question at another level");
            List<Path> inputs = new java.util.ArrayList<>(List.of(file));
            inputs.addAll(Output.given(catalog.profile));
            boolean toFile = Output.write(io, out.output, json, inputs); // first: an error is the first line printed
            r.warnings().forEach(w -> io.err().println("warning: " + w));
            if (toFile) {
                io.out().println(summary + "; wrote " + Output.shown(out.output.get()));
            } else {
                io.err().println(summary);
            }
            return Main.OK;
        }

        private static String read(Path file) {
            try {
                return InputFiles.readUtf8(file, Json.MAX_DOCUMENT_BYTES);
            } catch (InputFiles.UnreadableFileException e) {
                if (e.kind() == InputFiles.Kind.NOT_UTF8) {
                    throw new MaturityException(Output.shown(file) + ": the file is not UTF-8",
                            "Maybe save it from the spreadsheet as \"CSV UTF-8\".");
                }
                throw new MaturityException(Output.shown(file) + ": could not be read (" + e.reason() + ")",
                        e.kind() == InputFiles.Kind.TOO_LARGE ? "Maybe split the questionnaire by domain (export --domain)."
                                : "Maybe check the path.");
            }
        }
    }
}
