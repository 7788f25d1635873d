package org.opsmaturity.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The hand-written command-line parser: option syntax, errors and their wording, help and version. */
class ArgsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The assess command's arguments of a command line starting with assess. */
    private static Args assess(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "assess";
        System.arraycopy(args, 0, all, 1, args.length);
        return Args.parse(Main.topLevel(List.of("assess")), all).last();
    }

    private static ArgException error(String... args) {
        return assertThrows(ArgException.class, () -> assess(args));
    }

    @Test
    void aValueIsTakenInEachSpellingAndTheDefaultOtherwise() {
        for (String[] args : new String[][] {{"--format=json"}, {"--format", "json"}, {"-f", "json"}, {"-fjson"},
                {"-f=json"}, {"--format", "JSON"}}) {
            assertEquals(Format.json, assess(args).get(AssessCommand.FORMAT), String.join(" ", args));
        }
        assertEquals(Format.table, assess().get(AssessCommand.FORMAT));
        assertEquals("midsize", assess().get(FactsOptions.SAMPLE));
        assertEquals(Optional.empty(), assess().optional(AssessorOptions.TODAY));
        assertEquals("a=b", assess("--sample=a=b").get(FactsOptions.SAMPLE), "only the first = separates");
    }

    @Test
    void aRepeatableOptionKeepsEveryValueInOrderAndAnotherRefusesASecond() {
        List<FailBelow> all = assess("--fail-below", "2", "--fail-below=6=3").all(AssessCommand.FAIL_BELOW);
        assertEquals(List.of(new FailBelow("", 2), new FailBelow("6", 3)), all);
        assertEquals(List.of(), assess().all(AssessCommand.FAIL_BELOW));
        assertEquals("option '--format' (FORMAT) should be specified only once",
                error("-f", "json", "--format", "table").getMessage());
    }

    @Test
    void flagsPositionalsAndTheEndOfOptions() {
        Args a = assess("facts.json", "--lenient", "--allow-rules=false");
        assertTrue(a.flag(AssessorOptions.LENIENT));
        assertFalse(a.flag(AssessorOptions.ALLOW_RULES));
        assertEquals(Optional.of(Path.of("facts.json")), a.param(FactsOptions.FILE));
        assertEquals(Optional.of(Path.of("--sample")), assess("--", "--sample").param(FactsOptions.FILE));
        assertEquals("Unmatched argument at index 2: 'b.json'", error("a.json", "b.json").getMessage());
        Args clustered = assess("-hV");
        assertTrue(clustered.flag(CommandDef.HELP) && clustered.flag(CommandDef.VERSION));
    }

    @Test
    void verboseIsInheritedFromAnyLevel() {
        String[] args = {"--verbose", "questionnaire", "export"};
        Args export = Args.parse(Main.topLevel(Main.COMMANDS), args).last();
        assertEquals("opsmaturity questionnaire export", export.qualifiedName());
        assertTrue(export.flag(CommandDef.VERBOSE));
        assertFalse(Args.parse(Main.topLevel(Main.COMMANDS), new String[] {"questionnaire", "export"}).last()
                .flag(CommandDef.VERBOSE));
    }

    @Test
    void anUnknownOptionOrCommandGetsTheClosestNames() {
        ArgException e = error("--formt", "json");
        assertEquals("Unknown option: '--formt'", e.getMessage());
        assertEquals(List.of("--format"), e.suggestions());
        Run r = run("assess", "--formt", "json");
        assertEquals(2, r.code());
        assertEquals(List.of("error: Unknown option: '--formt'", "Maybe you meant: --format"), r.err().lines().toList());
        Run typo = run("histroy");
        assertEquals(List.of("error: Unmatched argument at index 0: 'histroy'", "Maybe you meant: history"),
                typo.err().lines().toList());
        Run far = run("--foo");
        assertEquals(List.of("error: Unknown option: '--foo'", "Maybe see: opsmaturity --help"), far.err().lines().toList());
    }

    @Test
    void aMissingValueOrRequiredOptionIsNamed() {
        assertEquals("Missing required parameter for option '--format' (FORMAT)", error("--format").getMessage());
        assertEquals("Expected parameter for option '--output' but found '--lenient'",
                error("-o", "--lenient").getMessage());
        // a short option with its value attached, or clustered flags, is an option too, not a file name
        assertEquals("Expected parameter for option '--output' but found '-fjson'", error("-o", "-fjson").getMessage());
        assertEquals("Expected parameter for option '--output' but found '-hV'", error("--output", "-hV").getMessage());
        assertEquals("Expected parameter for option '--output' but found '--format=json'",
                error("-o", "--format=json").getMessage());
        Run collect = run("collect");
        assertEquals(2, collect.code());
        assertEquals(List.of("error: Missing required option: '--config=FILE'", "Maybe see: opsmaturity collect --help"),
                collect.err().lines().toList());
        Run csv = run("questionnaire", "import");
        assertEquals(List.of("error: Missing required parameter: 'CSV'",
                "Maybe see: opsmaturity questionnaire import --help"), csv.err().lines().toList());
        assertEquals(0, run("collect", "--help").code(), "help is given without the required options");
    }

    @Test
    void aBadValueNamesTheOptionTheValueAndWhatWasExpected() {
        assertEquals("Invalid value for option '--format': 'xml' is not valid; expected table, json, markdown or html",
                error("--format", "xml").getMessage());
        assertEquals("Invalid value for option '--lang': 'fr' is not valid; expected en or zh",
                error("--lang=fr").getMessage());
        assertEquals("Invalid value for option '--today': '2026-02-30' is not valid; expected a date YYYY-MM-DD from "
                + "1970-01-01 to 9899-12-31", error("--today", "2026-02-30").getMessage());
        assertEquals("Invalid value for option '--fail-below' ([DOMAIN=]LEVEL): '9' is not a level; expected "
                + "[DOMAIN=]LEVEL with a level from 0 to 5, e.g. 2 or 6=3", error("--fail-below", "9").getMessage());
        assertEquals("Invalid value for option '--lenient': 'yes' is not valid; expected true or false",
                error("--lenient=yes").getMessage());
        Run r = run("roadmap", "--level", "0");
        assertEquals(List.of("error: Invalid value for option '--level': '0' is not valid; expected a level to reach "
                + "from 1 to 5", "Maybe see: opsmaturity roadmap --help"), r.err().lines().toList());
    }

    /** Every command and subcommand with its words, e.g. ["questionnaire", "export"]. */
    private static List<List<String>> commands(CommandDef c, List<String> path, List<List<String>> into) {
        into.add(path);
        for (CommandDef s : c.subcommands()) {
            List<String> p = new ArrayList<>(path);
            p.add(s.name());
            commands(s, p, into);
        }
        return into;
    }

    @Test
    void theHelpOfEveryCommandListsEachOptionParameterAndSubcommandItAccepts() {
        List<List<String>> all = commands(Main.topLevel(Main.COMMANDS), List.of(), new ArrayList<>());
        assertEquals(13, all.size(), "the top level, 8 commands, 4 subcommands");
        for (List<String> path : all) {
            CommandDef c = Main.topLevel(Main.COMMANDS);
            for (String word : path) {
                c = c.subcommand(word).orElseThrow();
            }
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), args + ": " + r.err());
            String help = r.out();
            assertTrue(help.startsWith("Usage: opsmaturity " + String.join(" ", path)), help);
            for (OptionDef<?> o : c.allOptions()) {
                String shown = (o.alias().isEmpty() ? "    " : o.alias() + ", ") + o.withLabel();
                assertTrue(help.contains("  " + shown + " ") || help.contains("  " + shown + System.lineSeparator()),
                        args + " lists " + shown + ": " + help);
                assertFalse(help.contains("${DEFAULT-VALUE}"), help);
            }
            for (ParamDef<?> p : c.params()) {
                assertTrue(help.contains("      " + p.synopsis() + " "), args + " lists " + p.label() + ": " + help);
            }
            for (CommandDef s : c.subcommands()) {
                assertTrue(help.contains("\n  " + s.name() + " "), args + " lists " + s.name() + ": " + help);
            }
            for (String line : help.lines().toList()) {
                assertTrue(line.length() < Help.WIDTH || line.startsWith("  opsmaturity "), args + ": " + line);
            }
        }
    }

    @Test
    void theVersionIsPrintedByEveryCommand() {
        for (String command : Main.COMMANDS) {
            for (String flag : new String[] {"--version", "-V"}) {
                Run r = run(command, flag);
                assertEquals(0, r.code(), command + " " + flag + ": " + r.err());
                assertEquals("opsmaturity 0.1.0" + System.lineSeparator(), r.out(), command + " " + flag);
            }
        }
        assertEquals("opsmaturity 0.1.0", run("--version").out().trim());
        assertEquals("opsmaturity 0.1.0", run("questionnaire", "export", "-V").out().trim());
    }

    @Test
    void aCommandThatGroupsSubcommandsPrintsItsHelp() {
        Run top = run();
        assertEquals(0, top.code());
        assertTrue(top.out().startsWith("Usage: opsmaturity [-hV] [--verbose] [COMMAND]"), top.out());
        Run q = run("questionnaire");
        assertEquals(0, q.code());
        assertTrue(q.out().startsWith("Usage: opsmaturity questionnaire [-hV] [--verbose] [COMMAND]"), q.out());
    }
}
