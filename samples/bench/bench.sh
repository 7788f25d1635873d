#!/usr/bin/env bash
# The in-JVM benchmarks of docs/performance.md, on the class path of the bench build:
#
#   mvn -B -Pbench -pl samples -am package -DskipTests     # once
#   samples/bench/bench.sh jmh [--quick] [--engines assessor,model+stateless,...] [--threads N] [--json DIR]
#   samples/bench/bench.sh attested [--rounds 7] [--warmup 60] [--threads 2] [--impls ...] [--workload attested|random|large]   # peers interleaved in one JVM, CPU time
#   samples/bench/bench.sh phases [attested|large] [ROUNDS]   # evaluate's phases timed one by one (CPU time, allocation)
#   samples/bench/bench.sh parts [RULES,...]      # JMH PartsBenchmark.rules: the rules step by rule base
#   samples/bench/bench.sh compare [ROUNDS] [RULES,...]   # the rules step of several variants, interleaved, CPU time
#   samples/bench/bench.sh batch [N] [stream|keep] [ENGINE]   # N subjects (10000) through evaluate; heap $BATCH_HEAP (-Xms1g -Xmx1g)
#   samples/bench/bench.sh heap [standard|container]  # retained heap of the rule base (StandardRules.kieBase()
#                                                  # or the kjar through KieServices' class path container)
#   samples/bench/bench.sh curve [SECONDS] [ENGINE|oracle-status|oracle-reasons]   # warm-up curve
#   samples/bench/bench.sh profile [SECONDS] [ENGINE] [random|attested]  # JFR of the warm-up curve (default 40 s, assessor, random), bucketed
#   samples/bench/bench.sh main CLASS [ARGS...]    # any other main, e.g. org.openjdk.jmh.Main -h
# Run from anywhere; the working directory becomes the repository root (the oracle reads the DRL sources
# from maturity-rules/target/kie-project, which the build makes: the hand-written DRL and the generated flag rules).
set -euo pipefail

cd "$(dirname "$0")/../.."
T=samples/target
if [[ ! -f $T/bench.classpath || ! -f $T/test-classes/org/opsmaturity/samples/bench/BenchMain.class ]]; then
  echo "error: the bench build is missing ($T/bench.classpath, $T/test-classes)" >&2
  echo "Maybe run: mvn -B -Pbench -pl samples -am package -DskipTests" >&2
  exit 2
fi
CP="$T/test-classes:$T/classes:$(cat $T/bench.classpath)"
P=org.opsmaturity.samples.bench
what=${1:-}
shift || true
case $what in
  jmh) exec java -cp "$CP" $P.BenchMain "$@" ;;
  attested) exec java -Xms1g -Xmx1g -cp "$CP" $P.AttestedMain "$@" ;;
  phases) exec java -Xms1g -Xmx1g -cp "$CP" $P.PhaseTimes "$@" ;;
  parts) exec java -cp "$CP" org.openjdk.jmh.Main "$P.PartsBenchmark.rules" -p "rules=${1:-engine}" -prof gc ;;
  compare) exec java -Xms1g -Xmx1g -cp "$CP" $P.RulesCompare "$@" ;;
  batch) exec java ${BATCH_HEAP:--Xms1g -Xmx1g} -cp "$CP" $P.BatchMain "$@" ;;
  heap) exec java -cp "$CP" $P.RuleBaseHeap "$@" ;;
  curve) exec java -Xms1g -Xmx1g -cp "$CP" $P.WarmupCurve "$@" ;;
  profile)
    rec=$T/bench/profile.jfr
    mkdir -p $T/bench
    java -Xms1g -Xmx1g -XX:FlightRecorderOptions:stackdepth=512 \
      -XX:StartFlightRecording=settings=profile,filename=$rec,dumponexit=true \
      -cp "$CP" $P.WarmupCurve "${1:-40}" "${2:-assessor}" "${3:-random}" | tail -2
    jfr print --stack-depth 400 --json --events jdk.ExecutionSample $rec >$T/bench/cpu.json
    jfr print --stack-depth 400 --json --events jdk.ObjectAllocationSample $rec >$T/bench/alloc.json
    python3 samples/bench/jfr-buckets.py $T/bench/cpu.json
    python3 samples/bench/jfr-buckets.py $T/bench/alloc.json --bytes ;;
  main) exec java -cp "$CP" "$@" ;;
  *) echo "error: '$what' is not known; expected jmh, attested, phases, parts, compare, batch, heap, curve, profile or main" >&2; exit 2 ;;
esac
