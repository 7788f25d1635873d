#!/usr/bin/env bash
# Start-up benchmark: the first result in a new JVM, as process wall time (and user+sys CPU time),
# median of N new JVMs per variant, all variants in the same run, interleaved round by round so that
# load from elsewhere on the machine spreads over all of them alike. See docs/performance.md.
#
#   mvn -B -Pbench -pl samples -am package -DskipTests     # once: the CLI jar, its lib/, the bench classes
#   samples/bench/startup.sh [-n RUNS] [VARIANT...]        # from the repository root; RUNS defaults to 7
#
# Variants (default: all):
#   cli              java -jar samples/target/opsmaturity.jar assess --sample large   (what users run)
#   cli-cds          the same with an AppCDS archive of the classes it loads (-XX:SharedArchiveFile)
#   cli-cds-c1       the same, plus -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   probe-assessor   StartupProbe assessor: Assessor.standard() + evaluate, phases timed (CLI class path)
#   probe-model      StartupProbe model: the executable model class loaded directly (CLI class path)
#   probe-model-cds  the same with an AppCDS archive
#   probe-drl        StartupProbe drl: the rules compiled from the DRL sources at run time (drools-mvel)
#   probe-ext-mvel   StartupProbe extension: executable model + a 10-criterion DRL extension (drools-mvel)
#   probe-ext-model  StartupProbe extension-model: the extension compiled to the executable model at run time
#                    (drools-model-codegen)
# The probes print their phases (ms) to stderr; the medians of those are printed too.
set -euo pipefail

cd "$(dirname "$0")/../.."
RUNS=7
if [[ "${1:-}" == "-n" ]]; then
  RUNS=$2
  shift 2
fi
ALL=(cli cli-cds cli-cds-c1 probe-assessor probe-model probe-model-cds probe-drl probe-ext-mvel probe-ext-model)
VARIANTS=("$@")
if [[ ${#VARIANTS[@]} -eq 0 ]]; then
  VARIANTS=("${ALL[@]}")
fi

T=samples/target
if [[ ! -f $T/opsmaturity.jar || ! -f $T/bench.classpath || ! -d $T/test-classes/org/opsmaturity/samples/bench ]]; then
  echo "error: the bench build is missing ($T/opsmaturity.jar, $T/bench.classpath, $T/test-classes)" >&2
  echo "Maybe run: mvn -B -Pbench -pl samples -am package -DskipTests" >&2
  exit 2
fi
OUT=$T/bench
mkdir -p "$OUT"
# the bench classes as a jar, so that AppCDS can archive them (it archives classes from jars only)
jar cf "$OUT/bench.jar" -C $T/test-classes org
# the CLI's own class path (no drools-mvel, no JMH) plus the probe
CLI_CP="$OUT/bench.jar:$T/opsmaturity.jar:$(ls $T/lib/*.jar | tr '\n' ':')"
CLI_CP=${CLI_CP%:}
# the bench class path: everything above plus drools-mvel, for the runtime DRL compile paths
FULL_CP="$OUT/bench.jar:$T/opsmaturity.jar:$(cat $T/bench.classpath)"
PROBE=org.opsmaturity.samples.bench.StartupProbe

command_of() {
  case $1 in
    cli) echo "java -jar $T/opsmaturity.jar assess --sample large" ;;
    cli-cds) echo "java -XX:SharedArchiveFile=$OUT/cli.jsa -Xshare:auto -jar $T/opsmaturity.jar assess --sample large" ;;
    cli-cds-c1) echo "java -XX:SharedArchiveFile=$OUT/cli.jsa -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $T/opsmaturity.jar assess --sample large" ;;
    probe-assessor) echo "java -cp $CLI_CP $PROBE assessor" ;;
    probe-model) echo "java -cp $CLI_CP $PROBE model" ;;
    probe-model-cds) echo "java -XX:SharedArchiveFile=$OUT/model.jsa -Xshare:auto -cp $CLI_CP $PROBE model" ;;
    probe-drl) echo "java -cp $FULL_CP $PROBE drl" ;;
    probe-ext-mvel) echo "java -cp $FULL_CP $PROBE extension" ;;
    probe-ext-model) echo "java -cp $FULL_CP $PROBE extension-model" ;;
    *) echo "error: variant '$1' is not known; expected one of ${ALL[*]}" >&2; exit 2 ;;
  esac
}

# AppCDS archives: one training run each, dumping the classes loaded (JDK 13+ dynamic archive)
for v in "${VARIANTS[@]}"; do
  case $v in
    cli-cds|cli-cds-c1)
      [[ -f $OUT/cli.jsa ]] || java -XX:ArchiveClassesAtExit=$OUT/cli.jsa -jar $T/opsmaturity.jar assess --sample large >/dev/null 2>&1 ;;
    probe-model-cds)
      [[ -f $OUT/model.jsa ]] || java -XX:ArchiveClassesAtExit=$OUT/model.jsa -cp "$CLI_CP" $PROBE model >/dev/null 2>&1 ;;
  esac
done

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $RUNS new JVMs per variant, interleaved; figures in ms"
for v in "${VARIANTS[@]}"; do
  : > "$OUT/$v.times"
  : > "$OUT/$v.phases"
done
TIMEFORMAT='%R %U %S'
for ((i = 1; i <= RUNS; i++)); do
  for v in "${VARIANTS[@]}"; do
    cmd=$(command_of "$v")
    { time $cmd >"$OUT/$v.out" 2>"$OUT/$v.err"; } 2>>"$OUT/$v.times"
    grep '^phase ' "$OUT/$v.err" >>"$OUT/$v.phases" || true
  done
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-17s %9s %9s %9s %10s\n' variant wall-med wall-min wall-max cpu-med
for v in "${VARIANTS[@]}"; do
  wall=$(awk '{printf "%d\n", $1*1000}' "$OUT/$v.times")
  cpu=$(awk '{printf "%d\n", ($2+$3)*1000}' "$OUT/$v.times")
  printf '%-17s %9s %9s %9s %10s\n' "$v" "$(echo "$wall" | median)" "$(echo "$wall" | sort -n | head -1)" \
    "$(echo "$wall" | sort -n | tail -1)" "$(echo "$cpu" | median)"
  echo "$wall" | median >"$OUT/$v.median"
done
if [[ -f $OUT/probe-drl.median ]]; then
  drl=$(cat $OUT/probe-drl.median)
  echo "# ratio of wall-time medians to probe-drl (the runtime-compile path, $drl ms):"
  for v in "${VARIANTS[@]}"; do
    awk -v m="$(cat $OUT/$v.median)" -v d="$drl" -v n="$v" 'BEGIN {printf "#   %-17s %.2f\n", n, m / d}'
  done
fi
echo "# phase medians of the probes (ms):"
for v in "${VARIANTS[@]}"; do
  if [[ -s $OUT/$v.phases ]]; then
    line=$(awk '{print $2}' "$OUT/$v.phases" | awk '!seen[$0]++' | while read -r p; do
      printf '%s=%s ' "$p" "$(awk -v p="$p" '$2 == p {print $3}' "$OUT/$v.phases" | median)"
    done)
    echo "#   $v: $line"
  fi
done
for v in "${VARIANTS[@]}"; do
  if ! grep -q "overall" "$OUT/$v.out"; then
    echo "error: $v printed no assessment; see $OUT/$v.err" >&2
    exit 1
  fi
done
