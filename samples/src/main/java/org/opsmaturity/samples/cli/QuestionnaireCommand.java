package org.opsmaturity.samples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.InputFiles;
import org.opsmaturity.api.Json;
import org.opsmaturity.api.ProfileTrust;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.reports.Questionnaire;
import org.opsmaturity.schemas.Schemas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = {"The interview questionnaire: export it (CSV to fill in, or a Markdown form), then import the "
                + "filled CSV as a facts document.", "",
                "Examples:",
                "  opsmaturity questionnaire export --domain 6 --lang zh -o bcm.csv",
                "  opsmaturity questionnaire export --format markdown -o questionnaire.md",
                "  opsmaturity questionnaire export --facts q3-facts.json -o q4-interview.csv     # pre-filled",
                "  opsmaturity questionnaire export --profile acme-profile.json -o acme.csv",
                "  opsmaturity questionnaire import bcm.csv --subject \"Harbor Logistics\" -o facts.json"},
        subcommands = {QuestionnaireCommand.Export.class, QuestionnaireCommand.Import.class})
final class QuestionnaireCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --profile} and {@code --allow-rules}: the catalogue a company profile gives, as assess reads it. */
    static final class CatalogOption {
        @Option(names = "--profile", paramLabel = "FILE", description = "Ask (and accept) the criteria of this company "
                + "profile too, as assess --profile reads it (docs/extending.md).")
        Path profile;

        @Option(names = "--allow-rules", description = "Let the --profile load the DRL rule files it lists (code: only "
                + "for profiles you trust), as assess --allow-rules does.")
        boolean allowRules;

        Catalog catalog() {
            return profile == null ? Catalog.standard() : Assessor.builder()
                    .profile(profile, allowRules ? ProfileTrust.ALLOW_RULES : ProfileTrust.DATA_ONLY).build().catalog();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the questionnaire: one row per requirement with its id, item, level, text and "
                    + "illustration, and empty columns for verdict, evidence, assessor and date.")
    static final class Export implements Callable<Integer> {
        enum Format { csv, markdown }

        @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
                description = "csv (to fill in and import) or markdown (a form to print or put in a wiki); "
                        + "default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this domain, 1 to 7 (default: all).")
        String domain;

        @Option(names = "--facts", paramLabel = "FILE", description = "Pre-fill the answers from the attestations of "
                + "this facts document (JSON), to review them in the next interview.")
        Path facts;

        @Mixin
        LangOption lang;

        @Mixin
        CatalogOption catalog;

        @Mixin
        OutputOption out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Questionnaire q = Questionnaire.export(catalog.catalog(), domain, lang.locale());
            if (facts != null) {
                q = q.prefilled(Schemas.readFacts(Json.readDocument(facts)));
            }
            String text = format == Format.csv ? q.csv() : q.markdown();
            q.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            if (Output.write(spec, out.output, text, facts, catalog.profile)) {
                spec.commandLine().getOut().println("wrote " + Output.shown(out.output) + " (" + format + ", " + lang.lang() + "): "
                        + Words.count(q.size(), "question", false) + " to ask about");
            }
            return Main.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a filled questionnaire CSV (header in English or Chinese) and write the facts document "
                    + "it gives: one attestation per row with a verdict; every bad row is reported with its row "
                    + "number, column and value.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CSV", description = "The filled questionnaire (UTF-8 CSV).")
        Path file;

        @Option(names = "--subject", paramLabel = "NAME", defaultValue = "",
                description = "The organisation assessed, written as the facts' subject.")
        String subject;

        @Mixin
        CatalogOption catalog;

        @Mixin
        OutputOption out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Questionnaire.Answers r = Questionnaire.read(read(file), file.toString(), subject, catalog.catalog());
            String json = Json.write(r.facts()) + System.lineSeparator();
            // what import writes, assess reads: the same schema and reader check it before it is written
            Schemas.readFacts(json.getBytes(StandardCharsets.UTF_8));
            String summary = "read " + Output.shown(file) + ": " + Words.count(r.answered(), "verdict", false) + ", "
                    + Words.count(r.notKnown(), "row", false) + " not known" + (r.sameQuestion() == 0 ? "" : ", "
                            + Words.count(r.sameQuestion(), "criterion", false) + " also answered by the same question at another level");
            boolean toFile = Output.write(spec, out.output, json, file, catalog.profile); // first: an error is the first line printed
            r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            if (toFile) {
                spec.commandLine().getOut().println(summary + "; wrote " + Output.shown(out.output));
            } else {
                spec.commandLine().getErr().println(summary);
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
