package example;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.*;
import org.opsmaturity.reports.Report;

import java.util.Locale;

/** README's "Use it from Java" snippet, as printed there (ReadmeExampleTest checks that it still is). */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** Runs the snippet and returns its assessment. */
    @SuppressWarnings("unused")
    public static Assessment run() {
        // README, "Use it from Java", from here ...
        Assessor assessor = Assessor.standard();          // immutable, thread-safe: build once, reuse

        Facts facts = Facts.builder()
                .subject("payments platform")
                .observe("continuity.availability", 99.97, "%")          // from your SLO tooling
                .observe("monitoring.processing.latency", 45, "s")        // from the monitoring pipeline
                .observe("monitoring.transport.modes", "push", "pull")
                .attest("6.2.1.L3.1", Verdict.MET, "crisis plan v3, reviewed 2026-11-20")
                .build();                                  // or Json.readFacts(Path.of("facts.json"))

        Assessment a = assessor.evaluate(facts);
        a.overall().level();                               // weakest-link overall level, 0..5
        a.item("6.1.1").summary();                         // "level 1, up to 3: 3 criteria unknown"
        a.item("6.1.1").gaps();                            // what is missing for the next level
        a.criterion("6.1.1.L3.2").justifications();        // which rule, which facts, why
        String json = Json.write(a);                       // the whole result as JSON
        String html = Report.html(a, Locale.ENGLISH);      // maturity-reports: the HTML report (Locale.CHINESE: in Chinese)
        String md = Report.markdown(a, Locale.CHINESE);    // the Markdown report, for a wiki or a pull request
        // ... to here
        return a;
    }

    /** Prints what the snippet's lines return. */
    public static void main(String[] args) {
        Assessment a = run();
        System.out.println("overall level: " + a.overall().level());
        System.out.println("6.1.1: " + a.item("6.1.1").summary());
        System.out.println("6.1.1 gaps: " + a.item("6.1.1").gaps());
        System.out.println("6.1.1.L3.2: " + a.criterion("6.1.1.L3.2").justifications());
    }
}
