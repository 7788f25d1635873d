package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsmaturity.samples.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire command's options of issue 16: --profile on export and import, --facts to pre-fill. */
class QuestionnaireCliTest {
    static final String PROFILE = "src/main/resources/extensions/acme-profile.json";

    @Test
    void exportAndImportTakeTheProfileThatAssessTakes(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("acme.csv");
        CliTest.Run export = run("questionnaire", "export", "--domain", "6", "--profile", PROFILE, "--allow-rules",
                "-o", csv.toString());
        assertEquals(0, export.code(), export.err());
        String text = Files.readString(csv);
        assertTrue(text.contains("\r\n\"acme.6.3.3.L4.1\","), text);
        Files.writeString(csv, text.replaceFirst("(\"acme\\.6\\.3\\.3\\.L4\\.1\",[^\\r]*?),,,,,,(\\r)", "$1,\"met\",,,,,$2"));
        Path facts = dir.resolve("facts.json");
        CliTest.Run in = run("questionnaire", "import", csv.toString(), "--profile", PROFILE, "--allow-rules", "-o",
                facts.toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(Files.readString(facts).contains("acme.6.3.3.L4.1"));
        CliTest.Run assess = run("assess", facts.toString(), "--profile", PROFILE, "--allow-rules", "--format", "json");
        assertEquals(0, assess.code(), assess.err());
        // without the profile the company criterion is not one of the catalogue's
        CliTest.Run standard = run("questionnaire", "import", csv.toString());
        assertEquals(2, standard.code());
        assertTrue(standard.err().contains("column id: 'acme.6.3.3.L4.1' is not valid; expected a criterion id of the "
                + "catalogue"), standard.err());
        CliTest.Run missing = run("questionnaire", "export", "--profile", dir.resolve("none.json").toString());
        assertEquals(2, missing.code(), missing.err());
    }

    @Test
    void exportPrefilledFromAFactsFile(@TempDir Path dir) throws IOException {
        Path facts = Files.writeString(dir.resolve("facts.json"), """
                {"subject": "Harbor", "attestations": [
                  {"criterion": "6.1.1.L4.1", "verdict": "met",
                   "evidence": {"text": "RTO dashboard", "by": "li", "observedAt": "2026-11-20"}},
                  {"criterion": "1.1.1.L1.1", "verdict": "met"}]}
                """);
        Path csv = dir.resolve("q.csv");
        CliTest.Run export = run("questionnaire", "export", "--domain", "6", "--facts", facts.toString(), "-o", csv.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("warning: the attestation of 1.1.1.L1.1 is not asked in this questionnaire"),
                export.err());
        assertTrue(Files.readString(csv).contains(",\"met\",\"RTO dashboard\",\"li\",\"2026-11-20\",,\"6.1.1.L4.1, 6.1.1.L5.1\""),
                Files.readString(csv));
        CliTest.Run in = run("questionnaire", "import", csv.toString(), "-o", dir.resolve("back.json").toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("1 verdict, 37 rows not known, 2 criteria also answered by the same question"), in.out());
        CliTest.Run bad = run("questionnaire", "export", "--facts", dir.resolve("none.json").toString());
        assertEquals(2, bad.code(), bad.err());
        Files.writeString(dir.resolve("bad.json"), "{\"attestations\": [{\"criterion\": \"6.1.1.L4.1\", \"verdict\": \"maybe\"}]}");
        CliTest.Run invalid = run("questionnaire", "export", "--facts", dir.resolve("bad.json").toString());
        assertEquals(2, invalid.code(), invalid.err());
        assertTrue(invalid.err().contains("maybe"), invalid.err());
    }
}
