package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile and careless inputs of issue 15 against the command line, counted: every case must end in
 * a clear outcome (exit 0, or exit 2 with an "error: " line, no stack trace, never 1 or 3), print no
 * character that acts on a terminal, and leave an existing output file whole. Prints the counts that
 * docs/reliability.md quotes.
 */
@org.junit.jupiter.api.Tag("hostile")
class HostileInputsTest {
    @TempDir
    Path dir;

    record Outcome(int tried, int clear, int dataLost, List<String> unclear) {
    }

    @Test
    void everyHostileInputEndsClearlyAndLosesNothing() throws IOException {
        List<String[]> cases = new ArrayList<>();
        String evil = "\u001b[2J\u001b[1;1HAll good: level 5\u001b[8m\nvalid: forged\u202e";
        Map<String, byte[]> facts = new java.util.LinkedHashMap<>();
        facts.put("truncated", utf8("{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 99"));
        facts.put("latin1", "{\"subject\": \"Société\"}".getBytes(StandardCharsets.ISO_8859_1));
        facts.put("utf16-no-bom", "{\"subject\": \"x\"}".getBytes(StandardCharsets.UTF_16LE));
        facts.put("utf16-bom", "{\"subject\": \"x\"}".getBytes(StandardCharsets.UTF_16));
        facts.put("bom-only", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        facts.put("empty", new byte[0]);
        facts.put("lone-surrogate", utf8("{\"subject\": \"a\\ud800b\"}"));
        facts.put("dup-key", utf8("{\"subject\": \"a\", \"subject\": 7}"));
        facts.put("deep", utf8("[".repeat(10_000) + "]".repeat(10_000)));
        facts.put("long-id", utf8("{\"attestations\": [{\"criterion\": \"" + "1".repeat(70_000) + "\", \"verdict\": \"met\"}]}"));
        facts.put("escape-id", utf8("{\"attestations\": [{\"criterion\": \"\\u001b[2J\\u001b[1;1HAll good\", \"verdict\": \"met\"}]}"));
        facts.put("escape-subject", utf8("{\"subject\": \"" + evil.replace("\u001b", "\\u001b").replace("\n", "\\n")
                + "\"}"));
        facts.put("nbsp-id", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\u00a0\", \"verdict\": \"met\"}]}"));
        facts.put("six-digit-year", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"met\", "
                + "\"evidence\": {\"observedAt\": \"+99999-01-01\"}}]}"));
        facts.put("future", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"met\", "
                + "\"evidence\": {\"observedAt\": \"9999-12-31\"}}]}"));
        facts.put("five-mistakes", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L3.40\", \"verdict\": \"met\"}], "
                + "\"observations\": [{\"name\": \"continuity.availability\", \"value\": 150, \"unit\": \"%\"}, "
                + "{\"name\": \"monitoring.procesing.latency\", \"value\": 3, \"unit\": \"s\"}, "
                + "{\"name\": \"monitoring.processing.latency\", \"value\": 3, \"unit\": \"kg\"}, "
                + "{\"name\": \"monitoring.transport.modes\", \"value\": [\"carrier-pigeon\"]}]}"));
        facts.put("nan-like", utf8("{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 1e400, \"unit\": \"%\"}]}"));
        for (var e : facts.entrySet()) {
            Path f = Files.write(dir.resolve(e.getKey() + ".json"), e.getValue());
            for (String command : List.of("assess", "validate")) {
                cases.add(new String[] {command, f.toString()});
            }
            cases.add(new String[] {"assess", f.toString(), "--lenient", "-f", "html", "-o", "@report"});
        }
        Map<String, String> profiles = new java.util.LinkedHashMap<>();
        String crit = "{\"id\": \"acme.6.1.1.L4.9\", \"item\": \"6.1.1\", \"level\": %s, \"condition\": %s}";
        profiles.put("inf", "{\"criteria\": [" + crit.formatted("4", "{\"observation\": \"continuity.availability\", "
                + "\"atLeast\": 1e400, \"unit\": \"%\"}") + "]}");
        profiles.put("level-3.7", "{\"criteria\": [" + crit.formatted("3.7", "{\"attested\": \"1.1.1.L1.1\"}") + "]}");
        profiles.put("self", "{\"criteria\": [" + crit.formatted("4", "{\"attested\": \"acme.6.1.1.L4.9\"}") + "]}");
        profiles.put("flag-array", "{\"criteria\": [" + crit.formatted("4", "{\"observation\": \"config.system.unified\", "
                + "\"equals\": [\"a\"]}") + "]}");
        for (String days : List.of("\"abc\"", "-1", "0.5", "1e18")) {
            profiles.put("days" + days.replaceAll("\\W", ""), "{\"freshness\": {\"attestationDays\": " + days + "}}");
        }
        profiles.put("avail-150", "{\"overrides\": [{\"criterion\": \"6.1.1.L3.2\", \"parameter\": \"minAvailability\", "
                + "\"value\": 150}]}");
        profiles.put("override-twice", "{\"overrides\": [{\"criterion\": \"6.1.1.L3.2\", \"parameter\": "
                + "\"minAvailability\", \"value\": 99.9}, {\"criterion\": \"6.1.1.L3.2\", \"parameter\": "
                + "\"minAvailability\", \"value\": 99.99}]}");
        profiles.put("rules-untrusted", "{\"rules\": [\"x.drl\"]}");
        profiles.put("rules-etc", "{\"rules\": [\"/etc/passwd\"]}");
        profiles.put("rules-climb", "{\"rules\": [\"../../x.drl\"]}");
        profiles.put("rules-zero", "{\"rules\": [\"/dev/zero\"]}");
        for (var e : profiles.entrySet()) {
            Path p = Files.writeString(dir.resolve(e.getKey() + "-profile.json"), e.getValue());
            cases.add(new String[] {"assess", "--sample", "startup", "--profile", p.toString(), "--allow-rules"});
            cases.add(new String[] {"validate", "--sample", "startup", "--profile", p.toString()});
        }
        Map<String, String> csvs = new java.util.LinkedHashMap<>();
        csvs.put("two-verdicts", "id,verdict,verdict\n1.1.1.L1.1,,met\n");
        csvs.put("partial", "id,verdict\n1.1.1.L1.1,partial\n");
        csvs.put("long-evidence", "id,verdict,evidence\n1.1.1.L1.1,met," + "x".repeat(70_000) + "\n");
        csvs.put("semicolons", "id;verdict\n1.1.1.L1.1;met\n");
        csvs.put("tabs", "id\tverdict\n1.1.1.L1.1\tmet\n");
        csvs.put("evidence-unknown", "id,verdict,evidence\n1.1.1.L1.1,?,the runbook\n");
        csvs.put("escape-id", "id,verdict\n\u001b[2J1.1.1.L1.1,met\n");
        for (var e : csvs.entrySet()) {
            Path c = Files.writeString(dir.resolve(e.getKey() + ".csv"), e.getValue());
            cases.add(new String[] {"questionnaire", "import", c.toString(), "-o", "@facts"});
            cases.add(new String[] {"questionnaire", "import", c.toString(), "-o", c.toString()});
        }
        Path sample = dir.resolve("facts.json");
        Files.copy(Path.of("src/main/resources/samples/startup.json"), sample);
        Files.createSymbolicLink(dir.resolve("facts-link.json"), sample);
        for (String[] c : List.of(
                new String[] {"assess", "/dev/zero"}, new String[] {"validate", "/dev/zero"},
                new String[] {"questionnaire", "import", "/dev/zero"},
                new String[] {"assess", "--sample", "startup", "--profile", "/dev/zero"},
                new String[] {"assess", ""}, new String[] {"assess", dir.toString()},
                new String[] {"assess", dir.resolve("missing.json").toString()},
                new String[] {"assess", sample.toString(), "-o", sample.toString()},
                new String[] {"assess", sample.toString(), "-o", dir.resolve("facts-link.json").toString()},
                new String[] {"assess", sample.toString(), "-o", dir.resolve("./facts.json").toString()},
                new String[] {"assess", sample.toString(), "-f", "json", "-o", "/dev/full"},
                new String[] {"assess", sample.toString(), "-o", dir.toString()},
                new String[] {"assess", "--sample", "startup", "--today", "2026-13-01"},
                new String[] {"assess", "--sample", "startup", "--today", "+99999-01-01"},
                new String[] {"assess", "--sample", "startup", "--today", "yesterday"},
                new String[] {"assess", "--sample", "midsize", "--profile",
                        "src/main/resources/extensions/acme-profile.json"},
                new String[] {"assess", "--sample", "midsize", "--profile",
                        "src/main/resources/extensions/acme-profile.json", "--allow-rules", "--today", "2028-01-01"})) {
            cases.add(c);
        }
        Outcome o = run(cases);
        System.out.println("hostile inputs: cases tried " + o.tried() + ", clear outcomes " + o.clear()
                + ", data lost " + o.dataLost());
        assertEquals(List.of(), o.unclear());
        assertEquals(0, o.dataLost());
        assertEquals(o.tried(), o.clear());
    }

    private Outcome run(List<String[]> cases) throws IOException {
        int clear = 0;
        int lost = 0;
        List<String> unclear = new ArrayList<>();
        int n = 0;
        for (String[] c : cases) {
            String[] args = c.clone();
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("@")) {
                    out = dir.resolve("out-" + n++ + "-" + args[i].substring(1));
                    Files.writeString(out, "the previous output");
                    args[i] = out.toString();
                }
            }
            byte[] sampleBefore = Files.readAllBytes(dir.resolve("facts.json"));
            CliTest.Run r = CliTest.run(args);
            String all = r.out() + r.err();
            boolean ok = (r.code() == 0 || (r.code() == 2 && r.err().startsWith("error: ")))
                    && !all.contains("\tat ") && all.chars().noneMatch(ch -> ch == 0x1b || ch == 0x202e || ch == 0x9b);
            if (ok) {
                clear++;
            } else {
                unclear.add(r.code() + " " + Arrays.toString(args) + ": " + org.opsmaturity.model.MaturityException.cut(all));
            }
            boolean whole = out == null || (r.code() == 0 ? Files.size(out) > 0 && !Files.readString(out)
                    .equals("the previous output") : Files.readString(out).equals("the previous output"));
            if (!whole || !Arrays.equals(sampleBefore, Files.readAllBytes(dir.resolve("facts.json")))) {
                lost++;
                unclear.add("data lost: " + Arrays.toString(args));
            }
        }
        return new Outcome(cases.size(), clear, lost, unclear);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
