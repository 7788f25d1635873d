package org.opsmaturity.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Verdict;

/** The library's reports without the command line: the legend, the named limits, the labelled score, bad input. */
class ReportTest {
    static final Assessor ASSESSOR = Assessor.standard();
    static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    /** Every requirement attested not met: nothing unknown, every potential level is the confirmed one. */
    static Assessment nothingUnknown() {
        Facts.Builder f = Facts.builder().subject("all decided");
        for (Criterion c : Catalog.standard().requirements()) {
            f.attest(c.id(), Verdict.NOT_MET, "interview");
        }
        return ASSESSOR.evaluate(f.build());
    }

    @Test
    void theLegendSaysNoUnknownsWhenPotentialEqualsConfirmedEverywhere() {
        Assessment decided = nothingUnknown();
        assertTrue(decided.domains().stream().allMatch(d -> d.potential() == d.level()));
        String html = Report.html(decided, Locale.ENGLISH, DATE);
        assertTrue(html.contains("<span id=\"no-unknowns\">no unknowns: every domain&#39;s potential level is its "
                + "confirmed level</span>"), html);
        assertFalse(html.contains("potential level (unknowns counted as met)"));
        assertTrue(Report.markdown(decided, Locale.ENGLISH, DATE).contains("■ confirmed level · no unknowns"));
        assertTrue(Report.html(decided, Locale.CHINESE, DATE).contains("无未知项"));

        Assessment open = ASSESSOR.evaluate(Facts.empty());
        String withUnknowns = Report.html(open, Locale.ENGLISH, DATE);
        assertFalse(withUnknowns.contains("no-unknowns"));
        assertTrue(withUnknowns.contains("potential level (unknowns counted as met)"));
        assertTrue(Report.markdown(open, Locale.ENGLISH, DATE).contains("■ confirmed level · ▣ potential level"));
    }

    @Test
    void limitedByNamesEveryAreaAndItemBesideItsId() {
        Assessment a = nothingUnknown();
        String md = Report.markdown(a, Locale.ENGLISH, DATE);
        String zh = Report.markdown(a, Locale.CHINESE, DATE);
        int checked = 0;
        for (LevelResult d : a.domains()) {
            for (String area : d.limitedBy()) {
                List<String> items = a.rollup(area).limitedBy();
                String en = area + " " + a.rollup(area).name().en() + " (" + items.get(0) + " " + a.item(items.get(0)).name().en();
                assertTrue(md.contains(en), en);
                assertTrue(zh.contains(area + " " + a.rollup(area).name().zh() + " (" + items.get(0) + " "
                        + a.item(items.get(0)).name().zh()), area);
                checked++;
            }
        }
        assertTrue(checked >= 7, "every domain is limited by some area: " + checked);
        assertFalse(md.matches("(?s).*\\| \\d\\.\\d \\(\\d\\.\\d\\.\\d[,)].*"), "no bare ids in the Limited by column");
    }

    @Test
    void theOverallScoreIsLabelledAsAProgressScoreNotTheLevel() {
        Assessment a = ASSESSOR.evaluate(Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "x").build());
        String score = String.format(Locale.ROOT, "%.2f", a.overall().score());
        String html = Report.html(a, Locale.ENGLISH, DATE);
        assertTrue(html.contains("<p id=\"overall-score\">Progress score " + score + " of 5: "), html);
        assertTrue(html.contains("The level, not this score, is the maturity level."));
        assertTrue(Report.markdown(a, Locale.ENGLISH, DATE).contains("\nProgress score " + score + " of 5: "));
        assertTrue(Report.markdown(a, Locale.CHINESE, DATE).contains("\n进展分 " + score + "（满分 5）"));
    }

    @Test
    void aLocaleOfAnotherLanguageIsRefusedWithItsName() {
        Assessment a = ASSESSOR.evaluate(Facts.empty());
        MaturityException e = assertThrows(MaturityException.class, () -> Report.html(a, Locale.GERMANY, DATE));
        assertEquals("locale: 'de-DE' is not valid; expected a locale of language en or zh", e.getMessage().lines().findFirst().orElseThrow());
        assertThrows(MaturityException.class, () -> Report.markdown(a, null, DATE));
        assertThrows(MaturityException.class, () -> Questionnaire.export(Catalog.standard(), "", Locale.FRENCH));
        assertTrue(Report.html(a, Locale.SIMPLIFIED_CHINESE, DATE).contains("<html lang=\"zh-CN\""), "zh-CN is Chinese");
        assertTrue(Report.LOCALES.contains(Report.defaultLocale()));
    }
}
