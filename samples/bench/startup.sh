#!/usr/bin/env bash
# Start-up benchmark: the first result in a new JVM, as process wall time (and user+sys CPU time),
# median of N new JVMs per variant, all variants in the same run, interleaved round by round so that
# load from elsewhere on the machine spreads over all of them alike. See docs/performance.md.
#
#   mvn -B -Pbench -pl samples -am package -DskipTests     # once: the CLI jar, its lib/, the bench classes
#   samples/bench/startup.sh [-n RUNS] [VARIANT...]        # RUNS defaults to 7
#   samples/bench/startup.sh --report [VARIANT...]         # the summary of the last run again
#
# Variants (default: all below but launcher-other); a base variant, optionally followed by -cds (an AppCDS
# archive of the classes it loads, made by one training run: -XX:ArchiveClassesAtExit, then
# -XX:SharedArchiveFile) and -c1 (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC; the launcher adds
# -XX:CICompilerCount=1 and, on Linux, -XX:+UseTransparentHugePages, which the -c1 variants leave out):
#   launcher         samples/bin/opsmaturity assess --sample large   (what the README runs: its own AppCDS
#                    archive, made by one untimed run first, C1, serial GC, the rule base built on a second thread)
#   launcher-version samples/bin/opsmaturity --version   (the command line alone: JVM, archive, parser)
#   launcher-other   the launcher of another build of the project, given by OPSMATURITY_OTHER=DIR (its root),
#                    to compare two versions in one interleaved run, e.g. a tree of main made by
#                    `git archive main | tar -x -C DIR` and built there with `mvn -B -pl samples -am package -DskipTests`
#   cli              java -jar samples/target/opsmaturity.jar assess --sample large   (the plain jar)
#   probe-assessor   StartupProbe assessor: Assessor.standard() + evaluate, phases timed (CLI class path)
#   probe-model      StartupProbe model: the executable model class loaded directly (CLI class path)
#   probe-drl        StartupProbe drl: the rules compiled from the DRL sources at run time (drools-mvel)
#   probe-api-ext    StartupProbe assessor-extension: Assessor.builder().addRules(10 criteria).build() (drools-mvel)
#   probe-api-ext-serial  the same with the standard rule base built first, not alongside the DRL compile
#   probe-ext-mvel   StartupProbe extension: executable model + a 10-criterion DRL extension (drools-mvel)
#   probe-ext-model  StartupProbe extension-model: the extension compiled to the executable model at run
#                    time (drools-model-codegen)
# The probes print their phases (ms) to stderr, and the JVM uptime when the assessor is ready (rule base
# built) as ready=; the medians of those are printed too.
set -euo pipefail

cd "$(dirname "$0")/../.."
RUNS=7
REPORT_ONLY=false
if [[ "${1:-}" == "-n" ]]; then
  RUNS=$2
  shift 2
elif [[ "${1:-}" == "--report" ]]; then
  REPORT_ONLY=true
  shift
fi
ALL=(launcher launcher-version cli cli-cds cli-cds-c1 probe-assessor probe-model probe-model-cds probe-model-cds-c1 probe-drl
  probe-api-ext probe-api-ext-cds-c1 probe-api-ext-serial probe-api-ext-serial-cds-c1 probe-ext-mvel
  probe-ext-mvel-cds-c1 probe-ext-model)
VARIANTS=("$@")
if [[ ${#VARIANTS[@]} -eq 0 ]]; then
  VARIANTS=("${ALL[@]}")
fi

T=samples/target
if [[ ! -f $T/opsmaturity.jar || ! -f $T/bench.classpath || ! -f $T/test-classes/org/opsmaturity/samples/bench/StartupProbe.class ]]; then
  echo "error: the bench build is missing ($T/opsmaturity.jar, $T/bench.classpath, $T/test-classes)" >&2
  echo "Maybe run: mvn -B -Pbench -pl samples -am package -DskipTests" >&2
  exit 2
fi
OUT=$T/bench
mkdir -p "$OUT"
# the bench classes as a jar, so that AppCDS can archive them (it archives classes from jars only)
# (made again only when the bench classes changed, so that the archives made from it stay valid)
if [[ ! -f $OUT/bench.jar ]] || [[ -n $(find $T/test-classes -newer "$OUT/bench.jar" -type f -print -quit) ]]; then
  jar cf "$OUT/bench.jar" -C $T/test-classes org
fi
# the command line's own class path (the jar and its lib/, no JMH) plus the probe
CLI_CP="$OUT/bench.jar:$T/opsmaturity.jar:$(ls $T/lib/*.jar | tr '\n' ':')"
CLI_CP=${CLI_CP%:}
# the bench class path: everything above plus drools-mvel, for the runtime DRL compile paths
FULL_CP="$OUT/bench.jar:$T/opsmaturity.jar:$(cat $T/bench.classpath)"
PROBE=org.opsmaturity.samples.bench.StartupProbe

base_of() { local b=${1%-c1}; echo "${b%-cds}"; }

# the command of a base variant, with JVM options $2
command_of() {
  case $1 in
    launcher) echo "samples/bin/opsmaturity assess --sample large" ;;
    launcher-version) echo "samples/bin/opsmaturity --version" ;;
    launcher-other)
      if [[ -z ${OPSMATURITY_OTHER:-} || ! -x ${OPSMATURITY_OTHER:-}/samples/bin/opsmaturity ]]; then
        echo "error: launcher-other needs OPSMATURITY_OTHER, the root of another build (with samples/bin/opsmaturity); it is '${OPSMATURITY_OTHER:-}'" >&2
        exit 2
      fi
      echo "$OPSMATURITY_OTHER/samples/bin/opsmaturity assess --sample large" ;;
    cli) echo "java $2 -jar $T/opsmaturity.jar assess --sample large" ;;
    probe-assessor) echo "java $2 -cp $CLI_CP $PROBE assessor" ;;
    probe-model) echo "java $2 -cp $CLI_CP $PROBE model" ;;
    probe-api-ext) echo "java $2 -cp $FULL_CP $PROBE assessor-extension" ;;
    probe-api-ext-serial) echo "java $2 -cp $FULL_CP $PROBE assessor-extension-serial" ;;
    probe-drl) echo "java $2 -cp $FULL_CP $PROBE drl" ;;
    probe-ext-mvel) echo "java $2 -cp $FULL_CP $PROBE extension" ;;
    probe-ext-model) echo "java $2 -cp $FULL_CP $PROBE extension-model" ;;
    *) echo "error: variant '$1' is not known; expected one of ${ALL[*]}" >&2; exit 2 ;;
  esac
}

options_of() {
  local o=""
  case $1 in *-cds|*-cds-c1) o="-XX:SharedArchiveFile=$OUT/$(base_of "$1").jsa -Xshare:auto" ;; esac
  case $1 in *-c1) o="$o -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ;; esac
  echo "$o"
}

run() {
  for v in "${VARIANTS[@]}"; do
    command_of "$(base_of "$v")" "" >/dev/null
    if [[ $v == launcher* ]]; then
      $(command_of "$v" "") >/dev/null # makes the launcher's archive if it is missing
    fi
    case $v in
      *-cds|*-cds-c1)
        b=$(base_of "$v")
        # an archive is only valid for the jars it was made from: make it again after every build
        if [[ ! -f $OUT/$b.jsa || $T/opsmaturity.jar -nt $OUT/$b.jsa || $OUT/bench.jar -nt $OUT/$b.jsa ]]; then
          rm -f "$OUT/$b.jsa"
          # dynamic archive (JDK 13+); JDK 17.0.15 crashes dumping it when classes were compiled at run
          # time (DRL paths: SIGSEGV in adjust_lambda_proxy_class_dictionary), so fall back to a static
          # archive from a class list, which holds only classes loaded from the class path's jars
          (set +e; $(command_of "$b" "-XX:ArchiveClassesAtExit=$OUT/$b.jsa -XX:ErrorFile=$OUT/$b.hs_err.log"); true) >/dev/null 2>&1
          if [[ ! -s $OUT/$b.jsa ]]; then
            rm -f "$OUT/$b.jsa"
            $(command_of "$b" "-XX:DumpLoadedClassList=$OUT/$b.classlist") >/dev/null 2>&1
            cp=$(command_of "$b" "" | sed 's/.* -cp \([^ ]*\) .*/\1/')
            # without the lambda proxies, whose dump crashes the same way
            grep -v '^@lambda-proxy' "$OUT/$b.classlist" >"$OUT/$b.classlist.nolambda"
            java -Xshare:dump -XX:SharedClassListFile="$OUT/$b.classlist.nolambda" -XX:SharedArchiveFile="$OUT/$b.jsa" \
              -XX:ErrorFile="$OUT/$b.hs_err.log" -cp "$cp" >"$OUT/$b.dump.log" 2>&1
          fi
        fi ;;
    esac
  done

  echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# $RUNS new JVMs per variant, interleaved; figures in ms"
  for v in "${VARIANTS[@]}"; do
    : > "$OUT/$v.times"
    : > "$OUT/$v.phases"
  done
  TIMEFORMAT='%R %U %S'
  for ((i = 1; i <= RUNS; i++)); do
    for v in "${VARIANTS[@]}"; do
      cmd=$(command_of "$(base_of "$v")" "$(options_of "$v")")
      { time $cmd >"$OUT/$v.out" 2>"$OUT/$v.err"; } 2>>"$OUT/$v.times"
      grep '^phase \|^ready ' "$OUT/$v.err" | sed 's/^ready /phase ready /' >>"$OUT/$v.phases" || true
    done
  done
  echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

report() {
  printf '%-22s %9s %9s %9s %10s\n' variant wall-med wall-min wall-max cpu-med
  for v in "${VARIANTS[@]}"; do
    wall=$(awk '{printf "%d\n", $1*1000}' "$OUT/$v.times")
    cpu=$(awk '{printf "%d\n", ($2+$3)*1000}' "$OUT/$v.times")
    printf '%-22s %9s %9s %9s %10s\n' "$v" "$(echo "$wall" | median)" "$(echo "$wall" | sort -n | head -1)" \
      "$(echo "$wall" | sort -n | tail -1)" "$(echo "$cpu" | median)"
    echo "$wall" | median >"$OUT/$v.median"
  done
  if [[ -f $OUT/probe-drl.median ]]; then
    drl=$(cat $OUT/probe-drl.median)
    echo "# ratio of wall-time medians to probe-drl (the runtime-compile path, $drl ms):"
    for v in "${VARIANTS[@]}"; do
      awk -v m="$(cat $OUT/$v.median)" -v d="$drl" -v n="$v" 'BEGIN {printf "#   %-22s %.2f\n", n, m / d}'
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
    if [[ $v == launcher-version ]]; then
      if ! grep -q "^opsmaturity " "$OUT/$v.out"; then
        echo "error: $v printed no version; see $OUT/$v.err" >&2
        exit 1
      fi
    elif ! grep -q "overall" "$OUT/$v.out"; then
      echo "error: $v printed no assessment; see $OUT/$v.err" >&2
      exit 1
    fi
  done
}

if ! $REPORT_ONLY; then
  run
fi
report
