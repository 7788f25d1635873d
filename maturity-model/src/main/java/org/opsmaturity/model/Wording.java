package org.opsmaturity.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders {@link Reason}s and {@link WarningDetail}s as text in English or Chinese. The English text is
 * the one the JSON result carries; the Chinese text says the same with the same operands (observation
 * names, values, unit symbols, parameter names and ids stay as written, since they are what the facts say;
 * the unit words {@code count} and {@code level} and the logic words are said in Chinese).
 */
public final class Wording {
    private Wording() {
    }

    /**
     * A reason as text.
     *
     * @param reason the reason
     * @param locale the reader's language: Chinese for {@code zh}, else English
     * @return the text, never null
     */
    public static String text(Reason reason, Locale locale) {
        return zh(locale) ? zh(reason) : en(reason);
    }

    /**
     * A warning's message as text.
     *
     * @param detail what the warning is about
     * @param locale the reader's language: Chinese for {@code zh}, else English
     * @return the message, never null
     */
    public static String text(WarningDetail detail, Locale locale) {
        return zh(locale) ? zh(detail) : en(detail);
    }

    /**
     * A suggestion for an unknown id or name as text.
     *
     * @param hint   the suggestion
     * @param locale the reader's language: Chinese for {@code zh}, else English
     * @return the sentence, empty for {@link Hint.None}
     */
    public static String text(Hint hint, Locale locale) {
        return zh(locale) ? zh(hint) : en(hint);
    }

    private static boolean zh(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    // ---- English: the texts of the JSON result, unchanged ----

    private static String en(Reason r) {
        if (r instanceof Reason.Flag f) {
            return f.observation().display() + (f.observation().flag() ? "" : ", required true");
        }
        if (r instanceof Reason.Comparison c) {
            return shown(c.observation(), c.parameter(), false) + (c.met() ? " " : " not ") + c.operator().symbol() + " "
                    + c.parameter().display() + " (" + c.parameterName() + ")";
        }
        if (r instanceof Reason.SetCheck s) {
            if (s.all()) {
                List<String> missing = s.missing();
                return s.observation().display() + (missing.isEmpty() ? ", has all of " : ", lacks ")
                        + String.join("|", missing.isEmpty() ? s.words() : missing);
            }
            return s.observation().display() + (s.met() ? ", has one of " : ", has none of ")
                    + String.join("|", s.words());
        }
        if (r instanceof Reason.SizeCheck s) {
            return s.observation().display() + " (" + s.observation().values().size() + ") >= "
                    + s.parameter().display() + (s.met() ? "" : " not reached");
        }
        if (r instanceof Reason.NotGiven n) {
            return n.observation() + " not given";
        }
        if (r instanceof Reason.Combined c) {
            String joined = c.parts().stream().map(p -> part(p, Locale.ENGLISH))
                    .collect(Collectors.joining(c.all() ? " and " : " or "));
            return c.decider() >= 0 && c.parts().size() > 1
                    ? "decided by " + part(c.parts().get(c.decider()), Locale.ENGLISH) + ": " + joined
                    : c.status() == CriterionStatus.UNKNOWN ? "undecided: " + joined : joined;
        }
        if (r instanceof Reason.Attested a) {
            Attestation x = a.attestation();
            return "attested " + lower(x.verdict())
                    + (x.verdict() == Verdict.PARTIAL ? " (" + lower(x.coverage()) + " of the scope; the policy counts "
                            + lower(a.partialCredit()) + " and above as met)" : "")
                    + (x.evidence().isEmpty() ? "" : ": " + x.evidence().display());
        }
        if (r instanceof Reason.Waived w) {
            Waiver x = w.waiver();
            return (x.kind() == Waiver.Kind.DISABLED ? "disabled: " : "not applicable: ") + x.reason()
                    + (x.approver().isEmpty() ? "" : " (approved by " + x.approver() + ")")
                    + x.expires().map(e -> ", until " + e).orElse("");
        }
        if (r instanceof Reason.Declared d) {
            return en(d.outcome());
        }
        if (r instanceof Reason.Test t) {
            return t.observation().display() + (t.met() ? ", " : ", not ") + wanted(t.condition(), false);
        }
        if (r instanceof Reason.NotObserved n) {
            return n.observation() + " not observed";
        }
        if (r instanceof Reason.StatusOf s) {
            return s.criterionId() + " is " + s.status();
        }
        if (r instanceof Reason.Negation n) {
            return "not (" + en(n.inner()) + ")";
        }
        if (r instanceof Reason.Conjunction c) {
            return c.parts().stream().map(p -> "[" + en(p) + "]").collect(Collectors.joining(c.all() ? " and " : " or "));
        }
        return ((Reason.Prose) r).text();
    }

    private static String en(WarningDetail d) {
        if (d instanceof WarningDetail.UnknownCriterion u) {
            return u.path() + ": criterion '" + MaturityException.cut(u.criterionId())
                    + "' is not in the catalogue; the attestation is not used. " + u.hint();
        }
        if (d instanceof WarningDetail.UnknownObservation u) {
            return u.path() + ": observation '" + MaturityException.cut(u.name())
                    + "' is not in the vocabulary; it is not used. " + u.hint();
        }
        if (d instanceof WarningDetail.NotARequirement n) {
            String what = n.criterionId() + " describes a shortfall of level " + n.level()
                    + " (a state an organisation below level " + (n.level() + 1)
                    + " is in), not a requirement, so the attestation gates no level";
            return n.path() + ": " + switch (n.verdict()) {
                case MET -> what + ": that the shortfall is present lowers no level by itself; the item's level comes"
                        + " from its requirements, so attest as not_met the requirements of level " + (n.level() + 1)
                        + " and above that this shortfall contradicts";
                case NOT_MET -> what + ": that the shortfall is absent raises no level by itself; attest or observe the"
                        + " requirements of level " + (n.level() + 1) + " and above to show the better state";
                default -> what + ": a partial shortfall changes no level either; attest the requirements instead";
            };
        }
        if (d instanceof WarningDetail.DuplicateAttestation x) {
            return x.path() + ": " + x.criterionId() + " is attested " + x.verdict() + " twice; used once";
        }
        if (d instanceof WarningDetail.DuplicateObservation x) {
            return x.path() + ": " + x.name() + " is observed twice with the same value; used once";
        }
        if (d instanceof WarningDetail.StaleAttestation s) {
            return "the attestation of " + s.criterionId() + " observed on " + s.observedAt() + " went stale on "
                    + s.staleOn() + "; it is not used";
        }
        if (d instanceof WarningDetail.StaleObservations s) {
            return "the observations deciding " + s.criterionId() + " are older than its validity of " + s.days()
                    + " days (stale since " + s.staleSince() + "); they are not used for it";
        }
        if (d instanceof WarningDetail.WaiverExpired w) {
            return "the waiver of " + w.criterionId() + " expired on " + w.expired() + "; the criterion is assessed as usual";
        }
        if (d instanceof WarningDetail.Conflict c) {
            return c.criterionId() + " is attested " + c.attested() + " but the observations give " + c.observed() + " ("
                    + en(c.because()) + "); the attestation stands";
        }
        if (d instanceof WarningDetail.UnusedObservation u) {
            return u.name() + " decided no criterion: no rule of this assessor reads it";
        }
        return ((WarningDetail.Prose) d).text();
    }

    // ---- Chinese ----

    private static String zh(Reason r) {
        if (r instanceof Reason.Flag f) {
            return zhShown(f.observation()) + (f.observation().flag() ? "" : "，要求为真");
        }
        if (r instanceof Reason.Comparison c) {
            return shown(c.observation(), c.parameter(), true) + (c.met() ? " " : "，未达到 ") + c.operator().symbol()
                    + " " + zhShown(c.parameter()) + "（参数 " + c.parameterName() + (c.overridden() ? "，已调整" : "") + "）";
        }
        if (r instanceof Reason.SetCheck s) {
            if (s.all()) {
                List<String> missing = s.missing();
                return zhShown(s.observation()) + (missing.isEmpty() ? "，包含全部 " : "，缺少 ")
                        + String.join("|", missing.isEmpty() ? s.words() : missing);
            }
            return zhShown(s.observation()) + (s.met() ? "，包含其一：" : "，不含任一：") + String.join("|", s.words());
        }
        if (r instanceof Reason.SizeCheck s) {
            return zhShown(s.observation()) + "（" + s.observation().values().size() + " 项）"
                    + (s.met() ? " >= " : "，未达到 >= ") + zhShown(s.parameter())
                    + "（参数 " + s.parameterName() + (s.overridden() ? "，已调整" : "") + "）";
        }
        if (r instanceof Reason.NotGiven n) {
            return "未提供 " + n.observation();
        }
        if (r instanceof Reason.Combined c) {
            String joined = c.parts().stream().map(p -> part(p, Locale.CHINESE))
                    .collect(Collectors.joining(c.all() ? " 且 " : " 或 "));
            return c.decider() >= 0 && c.parts().size() > 1
                    ? "由 " + part(c.parts().get(c.decider()), Locale.CHINESE) + " 决定：" + joined
                    : c.status() == CriterionStatus.UNKNOWN ? "尚无法判定：" + joined : joined;
        }
        if (r instanceof Reason.Attested a) {
            Attestation x = a.attestation();
            return "评估认定" + zh(x.verdict())
                    + (x.verdict() == Verdict.PARTIAL ? "（覆盖" + zh(x.coverage()) + "范围；策略将覆盖" + zh(a.partialCredit())
                            + "及以上计为满足）" : "")
                    + (x.evidence().isEmpty() ? "" : "：" + x.evidence().display());
        }
        if (r instanceof Reason.Waived w) {
            Waiver x = w.waiver();
            return (x.kind() == Waiver.Kind.DISABLED ? "已停用：" : "不适用：") + x.reason()
                    + (x.approver().isEmpty() ? "" : "（批准人 " + x.approver() + "）")
                    + x.expires().map(e -> "，有效至 " + e).orElse("");
        }
        if (r instanceof Reason.Declared d) {
            return zh(d.outcome());
        }
        if (r instanceof Reason.Test t) {
            return zhShown(t.observation()) + (t.met() ? "，满足 " : "，不满足 ") + wanted(t.condition(), true);
        }
        if (r instanceof Reason.NotObserved n) {
            return "未观测到 " + n.observation();
        }
        if (r instanceof Reason.StatusOf s) {
            return s.criterionId() + " 为" + zh(s.status());
        }
        if (r instanceof Reason.Negation n) {
            return "非（" + zh(n.inner()) + "）";
        }
        if (r instanceof Reason.Conjunction c) {
            return c.parts().stream().map(p -> "[" + zh(p) + "]").collect(Collectors.joining(c.all() ? " 且 " : " 或 "));
        }
        return ((Reason.Prose) r).text();
    }

    private static String zh(WarningDetail d) {
        if (d instanceof WarningDetail.UnknownCriterion u) {
            return u.path() + "：目录中没有评估项 '" + MaturityException.cut(u.criterionId()) + "'，该认定未被使用。"
                    + zh(u.suggestion());
        }
        if (d instanceof WarningDetail.UnknownObservation u) {
            return u.path() + "：观测词汇表中没有 '" + MaturityException.cut(u.name()) + "'，该观测未被使用。"
                    + zh(u.suggestion());
        }
        if (d instanceof WarningDetail.NotARequirement n) {
            String what = n.criterionId() + " 描述的是 " + n.level() + " 级的不足（低于 " + (n.level() + 1)
                    + " 级的组织所处的状态），不是要求，因此该认定不决定任何级别";
            return n.path() + "：" + switch (n.verdict()) {
                case MET -> what + "：存在该不足本身不会降低级别；评估项的级别来自其要求，请将与该不足相矛盾的 "
                        + (n.level() + 1) + " 级及以上要求认定为不满足";
                case NOT_MET -> what + "：不存在该不足本身不会提高级别；请认定或观测 " + (n.level() + 1)
                        + " 级及以上的要求以表明更好的状态";
                default -> what + "：部分存在的不足同样不改变级别；请改为认定相应要求";
            };
        }
        if (d instanceof WarningDetail.DuplicateAttestation x) {
            return x.path() + "：" + x.criterionId() + " 被两次认定为" + zh(x.verdict()) + "；只使用一次";
        }
        if (d instanceof WarningDetail.DuplicateObservation x) {
            return x.path() + "：" + x.name() + " 以相同的值被观测了两次；只使用一次";
        }
        if (d instanceof WarningDetail.StaleAttestation s) {
            return s.criterionId() + " 的认定观测于 " + s.observedAt() + "，已于 " + s.staleOn() + " 过期；未被使用";
        }
        if (d instanceof WarningDetail.StaleObservations s) {
            return "决定 " + s.criterionId() + " 的观测超过其 " + s.days() + " 天的有效期（自 " + s.staleSince()
                    + " 起过期）；不用于该评估项";
        }
        if (d instanceof WarningDetail.WaiverExpired w) {
            return w.criterionId() + " 的豁免已于 " + w.expired() + " 到期；该评估项照常评估";
        }
        if (d instanceof WarningDetail.Conflict c) {
            return c.criterionId() + " 被认定为" + zh(c.attested()) + "，但观测结果为" + zh(c.observed()) + "（"
                    + zh(c.because()) + "）；以认定为准";
        }
        if (d instanceof WarningDetail.UnusedObservation u) {
            return u.name() + " 未决定任何评估项：本评估器没有读取它的规则";
        }
        return ((WarningDetail.Prose) d).text();
    }

    // ---- shared pieces ----

    private static String en(Hint h) {
        if (h instanceof Hint.Closest c) {
            return "Maybe you meant " + String.join(", ", c.candidates()) + "?";
        }
        if (h instanceof Hint.StripSpaces s) {
            return "Maybe remove the spaces around '" + s.id() + "'.";
        }
        if (h instanceof Hint.EmptyCell e) {
            return "Maybe leave it out: " + e.cell() + " is a level cell that requires nothing (" + e.cellKind() + ").";
        }
        if (h instanceof Hint.AttestPointsOneByOne p) {
            return "Maybe attest the points of the cell " + p.cell() + " one by one: " + p.first()
                    + (p.last().equals(p.first()) ? "" : " to " + p.last()) + ".";
        }
        if (h instanceof Hint.AttestItemCriteria a) {
            return "Maybe attest the criteria of item " + a.item() + " one by one, e.g. " + a.item() + ".L1.1.";
        }
        if (h instanceof Hint.IdForm) {
            return "Maybe write a criterion id as <item>.L<level>.<n>, e.g. 1.1.1.L3.4.";
        }
        if (h instanceof Hint.NameForm) {
            return "Maybe write the name in lowercase, its parts joined by '.' and its words by '-', e.g. "
                    + "monitoring.processing.latency.";
        }
        if (h instanceof Hint.LookUpCriterion) {
            return "Maybe look the criterion up with the 'catalog' command or in docs/criteria.md.";
        }
        if (h instanceof Hint.LookUpName) {
            return "Maybe look the name up with the 'catalog --observations' command or in docs/observations.md.";
        }
        return ""; // Hint.None
    }

    private static String zh(Hint h) {
        if (h instanceof Hint.Closest c) {
            return "也许是指 " + String.join("、", c.candidates()) + "？";
        }
        if (h instanceof Hint.StripSpaces s) {
            return "也许应去掉 '" + s.id() + "' 两侧的空格。";
        }
        if (h instanceof Hint.EmptyCell e) {
            return "也许可以不写：" + e.cell() + " 是不作任何要求的级别单元格（" + switch (e.cellKind()) {
                case NONE -> "无";
                case SAME -> "同上";
                case EMPTY -> "空白";
                case CRITERIA -> "仅有不足描述";
            } + "）。";
        }
        if (h instanceof Hint.AttestPointsOneByOne p) {
            return "也许应逐条认定单元格 " + p.cell() + " 的各点：" + p.first()
                    + (p.last().equals(p.first()) ? "" : " 至 " + p.last()) + "。";
        }
        if (h instanceof Hint.AttestItemCriteria a) {
            return "也许应逐条认定能力项 " + a.item() + " 的评估项，例如 " + a.item() + ".L1.1。";
        }
        if (h instanceof Hint.IdForm) {
            return "也许应按 <能力项>.L<级别>.<序号> 的形式书写评估项编号，例如 1.1.1.L3.4。";
        }
        if (h instanceof Hint.NameForm) {
            return "也许应以小写书写名称，各部分以 '.' 连接、各词以 '-' 连接，例如 monitoring.processing.latency。";
        }
        if (h instanceof Hint.LookUpCriterion) {
            return "也许可用 'catalog' 命令或在 docs/criteria.md 中查找该评估项。";
        }
        if (h instanceof Hint.LookUpName) {
            return "也许可用 'catalog --observations' 命令或在 docs/observations.md 中查找该名称。";
        }
        return ""; // Hint.None
    }

    private static String shown(Observation o, Parameter p, boolean zh) {
        String shown = zh ? zhShown(o) : o.display();
        return o.unit().equals(p.unit()) ? shown
                : shown + (zh ? "（" : " (") + Units.format(round(o.as(p.unit()))) + " " + unit(p.unit(), zh)
                        + (zh ? "）" : ")");
    }

    /** An observation in Chinese: its name and value as given, a unit that is an English word in Chinese. */
    private static String zhShown(Observation o) {
        return o.type() == ObservationType.NUMBER ? o.name() + " = " + Units.format(o.number()) + " " + unit(o.unit(), true)
                : o.display();
    }

    private static String zhShown(Parameter p) {
        return Units.format(p.value()) + " " + unit(p.unit(), true);
    }

    /**
     * A unit as shown: the symbols ({@code s}, {@code min}, {@code %}, {@code GB}) in every language, the
     * words {@code count} and {@code level} in Chinese for zh.
     */
    private static String unit(String unit, boolean zh) {
        if (!zh) {
            return unit;
        }
        return switch (unit) {
            case "count" -> "个";
            case "level" -> "级";
            default -> unit;
        };
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static String part(Reason.Part p, Locale locale) {
        String text = text(p.reason(), locale);
        boolean zh = zh(locale);
        return switch (p.status()) {
            case MET -> "[" + text + "]";
            case NOT_MET -> (zh ? "不满足 [" : "NOT [") + text + "]";
            default -> (zh ? "未知 [" : "? [") + text + "]";
        };
    }

    private static String wanted(Condition c, boolean zh) {
        if (c instanceof Condition.Equals e) {
            return "= " + e.value() + (e.unit().isEmpty() ? "" : " " + unit(e.unit(), zh));
        }
        if (c instanceof Condition.AtLeast a) {
            return ">= " + Units.format(a.value()) + " " + unit(a.unit(), zh);
        }
        if (c instanceof Condition.AtMost a) {
            return "<= " + Units.format(a.value()) + " " + unit(a.unit(), zh);
        }
        if (c instanceof Condition.Contains k) {
            return (zh ? "包含 " : "contains ") + k.word();
        }
        return c.toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String zh(CriterionStatus s) {
        return switch (s) {
            case MET -> "满足";
            case NOT_MET -> "不满足";
            case NOT_APPLICABLE -> "不适用";
            default -> "未知";
        };
    }

    private static String zh(Verdict v) {
        return switch (v) {
            case MET -> "满足";
            case NOT_MET -> "不满足";
            default -> "部分满足";
        };
    }

    private static String zh(Coverage c) {
        return switch (c) {
            case NONE -> "无";
            case SOME -> "部分";
            case MOST -> "大部分";
            default -> "全部";
        };
    }
}
