package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One vocabulary of formats and options across the commands, their own exit codes, and counted nouns. */
class CliConsistencyTest {
    private static final String S = CliDecisionsTest.SAMPLES;

    @Test
    void everyCommandWithATextOutputCallsItTableAndStillTakesText() {
        CliTest.Run table = CliTest.run("roadmap", "--sample", "midsize", "--target", "6.1.1", "-f", "table");
        CliTest.Run text = CliTest.run("roadmap", "--sample", "midsize", "--target", "6.1.1", "-f", "text");
        assertEquals(0, table.code(), table.err());
        assertEquals(table.out(), text.out());
        assertTrue(table.out().startsWith("roadmap: 6.1.1 from level 2 to 3: 2 requirements to meet"), table.out());
        CliTest.Run assess = CliTest.run("assess", "--sample", "startup", "--format", "TEXT");
        assertEquals(CliTest.run("assess", "--sample", "startup").out(), assess.out());
        CliTest.Run diff = CliTest.run("diff", "--sample", "startup", "--sample", "large", "-f", "table");
        assertEquals(CliTest.run("diff", "--sample", "startup", "--sample", "large", "-f", "text").out(), diff.out());
        for (String command : List.of("assess", "roadmap", "diff")) {
            String help = CliTest.run(command, "--help").out();
            assertTrue(help.contains("-f, --format=FORMAT"), command + ": " + help);
            assertTrue(help.contains("table, json"), command + ": " + help);
        }
    }

    @Test
    void aFormatACommandCannotWriteIsRefusedNamingTheOnesItCan() {
        CliTest.Run r = CliTest.run("roadmap", "--sample", "midsize", "-f", "html");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format") && r.err().contains("'html' is not valid; expected table, json or markdown"),
                r.err());
        CliTest.Run a = CliTest.run("assess", "-f", "xml");
        assertEquals(2, a.code());
        assertTrue(a.err().contains("'xml' is not valid; expected table, json, markdown or html"), a.err());
        CliTest.Run h = CliTest.run("history", "--store", "no-such.db", "-f", "markdown");
        assertEquals(2, h.code());
        assertTrue(h.err().contains("'markdown' is not valid; expected table or json"), h.err());
    }

    @Test
    void diffTakesSamplesLanguageAndMarkdownAndNamesWhatMoved() {
        CliTest.Run r = CliTest.run("diff", "--sample", "startup", "--sample", "large");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("same  overall: 1 -> 1 (potential 1 -> 2)"), r.out());
        assertFalse(r.out().contains("overall overall"), r.out());
        assertTrue(r.out().contains("up    domain 3 Configuration management: 1 -> "), r.out());
        CliTest.Run mixed = CliTest.run("diff", S + "startup.json", "--sample", "large");
        assertEquals(r.out(), mixed.out(), "a file first, then a sample");
        CliTest.Run zh = CliTest.run("diff", "--sample", "startup", "--sample", "large", "--lang", "zh");
        assertTrue(zh.out().contains("不变  总体: 1 -> 1 (最高可达 1 -> 2)"), zh.out());
        assertTrue(zh.out().contains("上升  领域 3 配置管理: 1 -> "), zh.out());
        CliTest.Run md = CliTest.run("diff", "--sample", "startup", "--sample", "large", "-f", "markdown");
        assertTrue(md.out().startsWith("# Changes from startup to large\n\n## Levels\n\n| what | change | before | after |"),
                md.out());
        assertTrue(md.out().contains("| overall | same | 1 | 1 | 1 -> 2 |"), md.out());
        assertTrue(md.out().contains("## Criteria"), md.out());
    }

    @Test
    void diffNeedsExactlyTwoFactsAndSaysSo() {
        for (String[] args : List.of(new String[] {"diff", "--sample", "startup"}, new String[] {"diff"},
                new String[] {"diff", S + "startup.json", S + "large.json", "--sample", "midsize"})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: ") && r.err().contains("expected two, the earlier then the later"),
                    r.err());
        }
        CliTest.Run bad = CliTest.run("diff", "--sample", "startup", "--sample", "huge");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("huge") && bad.err().contains("startup, midsize, large"), bad.err());
    }

    @Test
    void roadmapRefusesALevelThatIsNoGoal() {
        for (String level : List.of("0", "6", "-1", "two")) {
            CliTest.Run r = CliTest.run("roadmap", "--sample", "midsize", "--level", level);
            assertEquals(2, r.code(), level);
            assertTrue(r.err().contains("--level") && r.err().contains("'" + level + "' is not valid; expected a level "
                    + "to reach from 1 to 5"), r.err());
        }
        CliTest.Run reached = CliTest.run("roadmap", "--sample", "midsize", "--target", "6", "--level", "1");
        assertEquals(0, reached.code(), reached.err());
        assertEquals("roadmap: 6 is at level 2 already; nothing to meet for level 1", reached.out().trim());
        CliTest.Run md = CliTest.run("roadmap", "--sample", "midsize", "--target", "6.1.1", "-f", "markdown", "--lang", "zh");
        assertTrue(md.out().startsWith("# 路线图：6.1.1 从 2 级到 3 级"), md.out());
        assertTrue(md.out().contains("| 6.1.1.L3.2 | 未达标 |"), md.out());
    }

    @Test
    void eachHelpListsItsOwnExitCodes() {
        String assess = CliTest.run("assess", "--help").out();
        assertTrue(assess.contains("   1   below a --fail-below threshold"), assess);
        for (String command : List.of("validate", "catalog", "roadmap", "diff", "collect", "history", "questionnaire")) {
            String help = CliTest.run(command, "--help").out();
            assertTrue(help.contains("Exit codes:") && help.contains("   0   success") && help.contains("   2   invalid"),
                    command + ": " + help);
            assertFalse(help.contains("   1   "), command + " cannot exit with 1: " + help);
        }
        String top = CliTest.run("--help").out();
        assertTrue(top.contains("   1   assess only: below a --fail-below threshold"), top);
    }

    @Test
    void countsAreSingularOrPlural(@TempDir Path dir) throws IOException {
        Path facts = dir.resolve("one.json");
        Files.writeString(facts, "{\"subject\": \"one\", \"attestations\": [{\"criterion\": \"6.1.1.L2.1\", \"verdict\": "
                + "\"met\"}, {\"criterion\": \"6.1.1.L3.1\", \"verdict\": \"met\"}], \"observations\": [{\"name\": \"continuity.availability\", \"value\": 99.97, \"unit\": \"%\"}]}");
        CliTest.Run v = CliTest.run("validate", facts.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("valid: " + facts + ": 2 attestations, 1 observation, 0 warnings"), v.out());
        CliTest.Run one = CliTest.run("catalog", "6.1.1.L3.2");
        assertTrue(one.out().endsWith("\n1 criterion\n"), one.out());
        CliTest.Run r = CliTest.run("roadmap", facts.toString(), "--target", "6.1.1", "--level", "3");
        assertTrue(r.out().contains(": 1 requirement to meet (0 not met, 1 unknown)"), r.out());
        CliTest.Run schema = CliTest.run("validate", "--sample", "startup");
        assertFalse(schema.out().matches("(?s).*\\b1 (warnings|criteria|requirements|attestations|observations)\\b.*"),
                schema.out());
    }

    @Test
    void theTableInChineseIsChineseThroughout() {
        CliTest.Run zh = CliTest.run("assess", "--sample", "startup", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        String out = zh.out();
        assertTrue(out.startsWith("评估对象：Pinecone Apps"), out);
        assertTrue(out.contains("能力项 名称") && out.contains("级别   最高可达  升级差距"), out);
        assertTrue(out.contains("领域    名称") && out.contains("受限于"), out);
        assertTrue(out.contains("\n总体：1 级，最高可达 1 级（受限于领域 "), out);
        assertTrue(out.contains("\n要求：达标 ") && out.contains("（共 334 项）"), out);
        assertTrue(out.contains("\n警告：\n  冲突  "), out);
        assertTrue(out.contains("被认定为满足，但观测结果为不满足") && out.contains("；以认定为准\n"), "warnings in Chinese: " + out);
        for (String english : List.of("Assessment of", "overall:", "level", "up to", "next-level", "limited by", "warnings",
                "CONFLICT", " missing", " unknown,", "requirements:", "attested", "the attestation stands")) {
            assertFalse(out.contains(english), "English '" + english + "' in the Chinese table:\n" + out);
        }
        CliTest.Run en = CliTest.run("assess", "--sample", "startup", "--lang", "en");
        assertTrue(en.out().contains("\noverall: level 1, up to 1 (limited by domains "), en.out());
        assertTrue(en.out().contains("\nrequirements: ") && en.out().contains(" unknown (of 334)"), en.out());
    }

    @Test
    void oneSetOfTermsAndNoSeedInWhatUsersRead() {
        String all = CliTest.run("catalog").out();
        assertTrue(all.endsWith("351 criteria: 334 requirements, 17 shortfall descriptions\n"), all);
        assertTrue(all.contains("6.1.1.L1.1  (shortfall description) "), all);
        assertTrue(CliTest.run("catalog", "--lang", "zh").out().endsWith("351 项标准：334 项要求，17 项不足描述\n"));
        StringBuilder read = new StringBuilder(all).append(CliTest.run("catalog", "--lang", "zh").out())
                .append(CliTest.run("catalog", "--observations").out()).append(CliTest.run("--help").out());
        for (String command : List.of("assess", "validate", "catalog", "roadmap", "diff", "collect", "history",
                "questionnaire")) {
            read.append(CliTest.run(command, "--help").out());
        }
        assertFalse(read.toString().toLowerCase(Locale.ROOT).contains("seed"), "the word seed in user-facing text");
        assertTrue(CliTest.run("catalog", "--help").out().replaceAll("\\s+", " ").contains("351 criteria: 334 requirements"));
    }
}
