package org.opsmaturity.samples.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Json;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.samples.questionnaire.Questionnaire;
import org.opsmaturity.samples.questionnaire.QuestionnaireImport;
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
                "  opsmaturity questionnaire import bcm.csv --subject \"Harbor Logistics\" -o facts.json"},
        subcommands = {QuestionnaireCommand.Export.class, QuestionnaireCommand.Import.class})
final class QuestionnaireCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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

        @Mixin
        LangOption lang;

        @Mixin
        OutputOption out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Questionnaire q = Questionnaire.of(Catalog.standard(), domain, lang.lang());
            String text = format == Format.csv ? q.csv() : q.markdown();
            if (Output.write(spec, out.output, text)) {
                spec.commandLine().getOut().println("wrote " + Output.shown(out.output) + " (" + format + ", " + lang.lang() + "): "
                        + q.questions().size() + " requirements to ask about");
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
        OutputOption out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            QuestionnaireImport.Result r = QuestionnaireImport.read(read(file), file.toString(), subject,
                    Catalog.standard());
            String json = Json.write(r.facts()) + System.lineSeparator();
            // what import writes, assess reads: the same schema and reader check it before it is written
            Schemas.readFacts(json.getBytes(StandardCharsets.UTF_8));
            String summary = "read " + Output.shown(file) + ": " + r.answered() + " verdicts, " + r.notKnown()
                    + " rows not known";
            boolean toFile = Output.write(spec, out.output, json, file); // first: an error is the first line printed
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
                byte[] bytes = BoundedRead.read(file, Json.MAX_DOCUMENT_BYTES);
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new MaturityException(Output.shown(file) + ": the file is not UTF-8",
                        "Maybe save it from the spreadsheet as \"CSV UTF-8\".");
            } catch (BoundedRead.Failure e) {
                throw new MaturityException(Output.shown(file) + ": could not be read (" + e.reason() + ")",
                        e.tooLarge() ? "Maybe split the questionnaire by domain (export --domain)." : "Maybe check the path.");
            }
        }
    }
}
