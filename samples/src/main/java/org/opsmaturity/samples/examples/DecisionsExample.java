package org.opsmaturity.samples.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Diff;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Roadmap;
import org.opsmaturity.model.Rollup;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.WhatIf;

/**
 * From levels to decisions, on the bundled mid-size sample: why the overall level is what it is, the
 * roadmap to the next overall level, a what-if, a quarter-on-quarter diff and a roll-up over the three
 * sample organisations. Run: {@code java -cp samples/target/opsmaturity.jar org.opsmaturity.samples.examples.DecisionsExample}
 */
public final class DecisionsExample {
    private DecisionsExample() {
    }

    /**
     * Runs the example on 2026-12-01, printing to standard output.
     *
     * @param args not read
     */
    public static void main(String[] args) {
        run(System.out, LocalDate.of(2026, 12, 1));
    }

    /**
     * Runs the example as of a given day (a test compares its output).
     *
     * @param out   where to print
     * @param today the day the assessments are made on (freshness and waiver expiry depend on it)
     */
    public static void run(PrintStream out, LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Assessor assessor = Assessor.builder().clock(clock).build();
        Facts facts = Samples.facts("midsize");
        Assessment now = assessor.evaluate(facts);

        out.println("== Why");
        out.println(now.explain("overall").sentence().en());
        for (String d : now.overall().limitedBy()) {
            out.println("  " + now.explain(d).sentence().en());
            for (String area : now.rollup(d).limitedBy()) {
                for (String item : now.rollup(area).limitedBy()) {
                    out.println("    " + now.explain(item).sentence().en());
                }
            }
        }
        ItemResult weakest = now.item(now.rollup(now.rollup(now.overall().limitedBy().get(0)).limitedBy().get(0))
                .limitedBy().get(0));
        weakest.expiry().ifPresent(e -> out.println("  " + weakest.itemId() + " holds level " + weakest.level()
                + " until " + e.date() + ", when the evidence for " + e.criterionId() + " expires"));

        int next = now.overall().level() + 1;
        Roadmap roadmap = now.roadmap("overall", next);
        out.println();
        out.println("== Roadmap to overall level " + next + ": " + roadmap.size() + " criteria ("
                + roadmap.missing() + " not met, " + roadmap.unknown() + " unknown; " + roadmap.met() + " already met)");
        roadmap.steps().stream().limit(8).forEach(s -> out.println("  " + s.itemId() + " L" + s.level() + ": "
                + String.join(", ", s.criteria().stream().map(g -> g.criterionId() + " " + g.status()).toList())));

        Facts.Builder plan = Facts.builder();
        roadmap.criteria().forEach(id -> plan.attest(id, Verdict.MET, "planned"));
        WhatIf w = assessor.whatIf(facts, plan.build());
        out.println();
        out.println("== What if the roadmap is done: overall " + w.before().overall().level() + " -> "
                + w.after().overall().level() + "; " + w.changes().levels().size() + " levels change, "
                + w.changes().gained().size() + " criteria gained");

        Diff quarter = Diff.between(now, w.after());
        out.println();
        out.println("== Diff as JSON (first lines)");
        Json.write(quarter).lines().limit(12).forEach(l -> out.println("  " + l));

        List<Facts> subjects = new ArrayList<>();
        for (String s : new String[] {"startup", "midsize", "large"}) {
            subjects.add(Samples.facts(s));
        }
        Rollup r = assessor.evaluateAll(Facts.empty(), subjects, a -> { });
        out.println();
        out.println("== Roll-up of " + r.subjects() + " organisations");
        out.println("  overall levels 0..5: " + java.util.Arrays.toString(r.overallDistribution()));
        Rollup.ItemRollup i = r.item("2.2.1");
        out.println("  2.2.1 levels 0..5: " + java.util.Arrays.toString(i.distribution()) + ", weakest "
                + i.weakest().get(0).subject() + ", most often missing " + i.mostMissing().get(0).criterionId()
                + " (" + i.mostMissing().get(0).subjects() + ")");
    }
}
