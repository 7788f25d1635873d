package org.opsmaturity.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/** Issue 14 section 5, the report side: a zh report renders conflicts, warnings and reasons in Chinese from their data. */
class ChineseReportTest {
    static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    @Test
    void conflictsWarningsAndReasonsAreChineseInAChineseReport() {
        Assessment a = Assessor.standard().evaluate(Facts.builder()
                .observe("monitoring.storage.hot-cold-tiering", true)
                .attest("1.2.3.L3.2", Verdict.NOT_MET, "storage review 2026-11")
                .observe("continuity.availability", 99.97, "%")
                .attest("1.1.1.L1.1", Verdict.MET, "agents").attest("1.1.1.L1.1", Verdict.MET, "agents").build());
        Warning conflict = a.warnings(WarningCode.CONFLICT).get(0);
        String zh = Report.html(a, Locale.CHINESE, DATE);
        String zhMd = Report.markdown(a, Locale.CHINESE, DATE);
        String en = Report.html(a, Locale.ENGLISH, DATE);
        assertTrue(conflict.messageIn(Locale.CHINESE).endsWith("以认定为准"), conflict.messageIn(Locale.CHINESE));
        for (String report : new String[] {zh, zhMd}) {
            assertFalse(report.contains("the attestation stands"), "no English conflict text");
            assertFalse(report.contains(" is attested "), "no English conflict text");
        }
        assertTrue(en.contains("the attestation stands"));
        assertTrue(zhMd.contains(Templates_escape(conflict.messageIn(Locale.CHINESE))), zhMd);
        Justification j = a.criterion("6.1.1.L3.2").justifications().get(0);
        assertFalse(j.reasonIn(Locale.CHINESE).equals(j.reason()), "the reason has a Chinese wording");
        assertTrue(zhMd.contains(Templates_escape(j.reasonIn(Locale.CHINESE))), j.reasonIn(Locale.CHINESE));
        assertFalse(zhMd.contains(Templates_escape(j.reason())), j.reason());
        for (Warning w : a.warnings()) {
            if (w.code() != WarningCode.CONFLICT) {
                assertTrue(zhMd.contains(Templates_escape(w.messageIn(Locale.CHINESE))), w.messageIn(Locale.CHINESE));
            }
        }
        assertTrue(a.warnings().stream().anyMatch(w -> w.code() != WarningCode.CONFLICT), "a warning besides the conflict");
        assertEquals(1, a.warnings(WarningCode.CONFLICT).size());
    }

    /** Markdown escaping of the report (pipes, brackets, underscores ...). */
    private static String Templates_escape(String s) {
        return org.opsmaturity.reports.internal.Templates.escapeMarkdown(s);
    }
}
