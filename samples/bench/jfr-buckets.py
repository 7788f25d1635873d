#!/usr/bin/env python3
"""Buckets the JFR samples taken inside Assessor.evaluate by where they are (docs/performance.md).

    jfr print --stack-depth 400 --json --events jdk.ExecutionSample REC.jfr > cpu.json
    jfr print --stack-depth 400 --json --events jdk.ObjectAllocationSample REC.jfr > alloc.json
    samples/bench/jfr-buckets.py cpu.json          # share of CPU samples
    samples/bench/jfr-buckets.py alloc.json --bytes  # share of sampled allocation (weights)

Only the second half of the recording is counted (the warm part). The first bucket whose test matches a
sample's stack wins, so the order of BUCKETS matters.
"""
import collections
import json
import sys

BUCKETS = [
    ("rules: reading findings back (query)", lambda s: "RuleRunner.run" in s and "getQueryResults" in s),
    ("rules: session create/dispose", lambda s: "RuleRunner.run" in s and ("newKieSession" in s or ".dispose" in s)),
    ("rules: Checks (building Findings and reasons)", lambda s: "LambdaConsequence" in s and "Checks." in s),
    ("rules: insert(Finding) from consequences", lambda s: "LambdaConsequence" in s and ".insert" in s),
    ("rules: consequence dispatch", lambda s: "LambdaConsequence" in s),
    ("rules: propagating inserted observations", lambda s: "fireAllRules" in s
        and ("PropagationEntry$Insert" in s or "ObjectTypeNode.propagateAssert" in s)),
    ("rules: agenda and firing", lambda s: "fireAllRules" in s),
    ("rules: inserting observations (fact handles)", lambda s: "RuleRunner.run" in s and ".insert" in s),
    ("rules: other", lambda s: "RuleRunner.run" in s),
    ("derive: criterion statuses and justifications", lambda s: "LevelDeriver.decide" in s),
    ("derive: item levels, gaps, unknowns", lambda s: "LevelDeriver.item" in s),
    ("derive: unused-observation warnings", lambda s: "LevelDeriver.warnUnused" in s),
    ("derive: Assessment indexes", lambda s: "LevelDeriver.derive" in s and "Assessment.<init>" in s),
    ("derive: roll-ups", lambda s: "LevelDeriver.rollup" in s),
    ("derive: other (maps, freshness, sort)", lambda s: "LevelDeriver.derive" in s),
    ("fact check", lambda s: "FactChecker.check" in s),
    ("freshness of observations", lambda s: "Assessor.fresh" in s),
    ("other", lambda s: True),
]


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: jfr-buckets.py EVENTS.json [--bytes]")
    weighted = "--bytes" in sys.argv[2:]
    with open(sys.argv[1], encoding="utf-8") as f:
        events = json.load(f)["recording"]["events"]
    events.sort(key=lambda e: e["values"]["startTime"])
    events = events[len(events) // 2:]
    counts = collections.Counter()
    total = 0
    for e in events:
        trace = e["values"]["stackTrace"]
        frames = trace["frames"] if trace else []
        names = [fr["method"]["type"]["name"].split("/")[-1] + "." + fr["method"]["name"] for fr in frames]
        stack = " ".join(names)
        if "Assessor.evaluate" not in stack:
            continue
        w = e["values"]["weight"] if weighted else 1
        total += w
        counts[next(name for name, test in BUCKETS if test(stack))] += w
    print(("sampled bytes" if weighted else "samples") + f" in Assessor.evaluate: {total}")
    if total == 0:
        sys.exit("no sample has Assessor.evaluate on its stack (a deeper --stack-depth for jfr print?)")
    for name, w in counts.most_common():
        print(f"| {100 * w / total:4.1f} % | {name} |")


if __name__ == "__main__":
    main()
