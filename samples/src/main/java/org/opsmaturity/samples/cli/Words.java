package org.opsmaturity.samples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.WarningCode;

/**
 * The command line's own words in English and Chinese (the table, roadmap, diff and catalog output), and
 * counted nouns in the right number: "1 criterion", "2 criteria". The terms are the model's: 351
 * <em>criteria</em>, of which 334 are <em>requirements</em> (they gate levels) and 17 <em>shortfall
 * descriptions</em> (they gate nothing).
 */
final class Words {
    private static final Map<String, String[]> EN_ZH = Map.ofEntries(
            // the table
            Map.entry("assessmentOf", new String[] {"Assessment of {0}", "评估对象：{0}"}),
            Map.entry("unnamed", new String[] {"(unnamed subject)", "（未命名的评估对象）"}),
            Map.entry("item", new String[] {"item", "能力项"}),
            Map.entry("name", new String[] {"name", "名称"}),
            Map.entry("level", new String[] {"level", "级别"}),
            Map.entry("upTo", new String[] {"up to", "最高可达"}),
            Map.entry("gaps", new String[] {"next-level gaps", "升级差距"}),
            Map.entry("domain", new String[] {"domain", "领域"}),
            Map.entry("limitedBy", new String[] {"limited by", "受限于"}),
            Map.entry("overall", new String[] {"overall: level {0}, up to {1} (limited by {2})",
                    "总体：{0} 级，最高可达 {1} 级（受限于{2}）"}),
            Map.entry("domainsOne", new String[] {"domain {0}", "领域 {0}"}),
            Map.entry("domainsMany", new String[] {"domains {0}", "领域 {0}"}),
            Map.entry("requirementsLine", new String[] {"requirements: {0} met, {1} not met, {2} unknown (of {3})",
                    "要求：达标 {0} 项，未达标 {1} 项，未知 {2} 项（共 {3} 项）"}),
            Map.entry("warnings", new String[] {"warnings:", "警告："}),
            Map.entry("gap.NOT_MET", new String[] {"missing", "未达标"}),
            Map.entry("gap.UNKNOWN", new String[] {"unknown", "未知"}),
            Map.entry("status.MET", new String[] {"met", "达标"}),
            Map.entry("status.NOT_MET", new String[] {"not met", "未达标"}),
            Map.entry("status.UNKNOWN", new String[] {"unknown", "未知"}),
            Map.entry("status.NOT_APPLICABLE", new String[] {"not applicable", "不适用"}),
            Map.entry("warning.CONFLICT", new String[] {"CONFLICT", "冲突"}),
            Map.entry("warning.DUPLICATE", new String[] {"DUPLICATE", "重复"}),
            Map.entry("warning.UNKNOWN_ID", new String[] {"UNKNOWN_ID", "未知编号"}),
            Map.entry("warning.NOT_A_REQUIREMENT", new String[] {"NOT_A_REQUIREMENT", "非要求"}),
            Map.entry("warning.UNUSED_OBSERVATION", new String[] {"UNUSED_OBSERVATION", "未用观测"}),
            Map.entry("warning.WAIVER_EXPIRED", new String[] {"WAIVER_EXPIRED", "豁免过期"}),
            Map.entry("warning.STALE_EVIDENCE", new String[] {"STALE_EVIDENCE", "证据过期"}),
            // roadmap
            Map.entry("roadmap", new String[] {"roadmap: {0} from level {1} to {2}: {3} to meet ({4} not met, {5} unknown); {6} already met",
                    "路线图：{0} 从 {1} 级到 {2} 级：需达成 {3}（未达标 {4} 项，未知 {5} 项）；已达标 {6} 项"}),
            Map.entry("roadmapAt", new String[] {"roadmap: {0} is at level {1} already; nothing to meet for level {2}",
                    "路线图：{0} 已在 {1} 级，达到 {2} 级无需再做"}),
            Map.entry("stepLevel", new String[] {"{0} level {1}", "{0} 第 {1} 级"}),
            Map.entry("target.overall", new String[] {"overall", "总体"}),
            // diff
            Map.entry("noChange", new String[] {"no change", "无变化"}),
            Map.entry("up", new String[] {"up", "上升"}),
            Map.entry("down", new String[] {"down", "下降"}),
            Map.entry("same", new String[] {"same", "不变"}),
            Map.entry("potential", new String[] {"potential", "最高可达"}),
            Map.entry("gained", new String[] {"gained", "新达标"}),
            Map.entry("lost", new String[] {"lost", "不再达标"}),
            Map.entry("newConflict", new String[] {"new conflict", "新冲突"}),
            Map.entry("newWaiver", new String[] {"new waiver", "新豁免"}),
            Map.entry("kind.item", new String[] {"item", "能力项"}),
            Map.entry("kind.area", new String[] {"area", "能力域"}),
            Map.entry("kind.domain", new String[] {"domain", "领域"}),
            Map.entry("kind.overall", new String[] {"overall", "总体"}),
            Map.entry("diffTitle", new String[] {"Changes from {0} to {1}", "从 {0} 到 {1} 的变化"}),
            Map.entry("levelsHeading", new String[] {"Levels", "级别"}),
            Map.entry("criteriaHeading", new String[] {"Criteria", "标准"}),
            Map.entry("conflictsHeading", new String[] {"New conflicts and waivers", "新冲突与豁免"}),
            Map.entry("what", new String[] {"what", "对象"}),
            Map.entry("before", new String[] {"before", "之前"}),
            Map.entry("after", new String[] {"after", "之后"}),
            Map.entry("change", new String[] {"change", "变化"}),
            Map.entry("criterion", new String[] {"criterion", "标准"}),
            // catalog
            Map.entry("shortfall", new String[] {"(shortfall description)", "（不足描述）"}));

    /** Counted nouns: English singular and plural, Chinese with its measure word. */
    private static final Map<String, String[]> NOUNS = Map.of(
            "criterion", new String[] {"criterion", "criteria", "项标准"},
            "requirement", new String[] {"requirement", "requirements", "项要求"},
            "warning", new String[] {"warning", "warnings", "条警告"},
            "attestation", new String[] {"attestation", "attestations", "项评估认定"},
            "observation", new String[] {"observation", "observations", "项观测"},
            "verdict", new String[] {"verdict", "verdicts", "项结论"},
            "row", new String[] {"row", "rows", "行"},
            "question", new String[] {"question", "questions", "个问题"},
            "run", new String[] {"run", "runs", "次评估"});

    private final boolean zh;

    Words(String lang) {
        this.zh = "zh".equals(lang);
    }

    /** The text of a key with its arguments ({0}, {1} ...). */
    String get(String key, Object... args) {
        String[] t = EN_ZH.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no words for " + key);
        }
        String pattern = t[zh ? 1 : 0];
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(
                java.util.Arrays.stream(args).map(String::valueOf).toArray());
    }

    /** "1 criterion", "3 criteria", "3 项标准". */
    String count(long n, String noun) {
        return count(n, noun, zh);
    }

    /** The English count: "1 warning", "2 warnings". */
    static String count(long n, String noun, boolean zh) {
        String[] t = NOUNS.get(noun);
        if (t == null) {
            throw new IllegalArgumentException("no noun " + noun);
        }
        return n + (zh ? " " + t[2] : " " + (n == 1 ? t[0] : t[1]));
    }

    String status(CriterionStatus s) {
        return get("status." + s.name());
    }

    String warning(WarningCode c) {
        return get("warning." + c.name());
    }

    boolean zh() {
        return zh;
    }

    /** The language as a locale, for the library's own texts (warnings, justifications). */
    Locale locale() {
        return zh ? Locale.CHINESE : Locale.ENGLISH;
    }
}
