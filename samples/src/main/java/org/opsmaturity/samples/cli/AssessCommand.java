package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess an organisation's facts and print the levels per item, domain and overall.")
final class AssessCommand implements Callable<Integer> {
    enum Format { table, json }

    @Mixin
    FactsOptions facts;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "Output: table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--lenient", description = "Report unknown criterion ids and observation names as warnings instead of failing.")
    boolean lenient;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Assessor assessor = lenient ? Assessor.builder().lenient().build() : Assessor.standard();
        Assessment a = assessor.evaluate(facts.read());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(a));
        } else {
            out.print(new TableReport(a, lang).render());
        }
        return Main.OK;
    }
}
