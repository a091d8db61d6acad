#!/usr/bin/env bash
# memberkit's benchmarks. Each scenario runs beside its hand-written JDBC baseline, in the same run.
#
#   benchmarks/run.sh short   # the smoke run (CI): 10k users, one short iteration each, cold start run twice
#   benchmarks/run.sh full    # the figures of BENCHMARKS.md: 1M users, JMH with forks, hyperfine for cold start
#
# Environment: TARGETS (default: h2, plus postgres when a local cluster is online), SCENARIOS (default
# may-edit,member-page,suggest,server,sync,explain), BENCH_DATA (default /tmp/memberkit-bench: loaded data sets are reused
# when the seed and sizes match), MEMBERKIT_TEST_JDBC_URL / _DB_USER / _DB_PASSWORD (PostgreSQL; the data goes to
# its own schema, memberkit_bench), COLD_START=no to skip scenario 5.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
sizes="${1:-short}"
case "$sizes" in short|full) ;; *) echo "usage: $0 short|full" >&2; exit 2 ;; esac

jar="$here/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find domain/src/main application/src/main adapter-persistence/src/main bootstrap/src/main benchmarks/src/main pom.xml benchmarks/pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "== building the benchmarks" >&2
  ./mvnw -q -B -ntp -DskipTests package -pl benchmarks -am >&2
fi

if [ -z "${TARGETS:-}" ]; then
  TARGETS=h2
  if command -v pg_lsclusters >/dev/null 2>&1 && pg_lsclusters --no-header 2>/dev/null | grep -q online; then
    TARGETS=h2,postgres
  fi
fi
data="${BENCH_DATA:-/tmp/memberkit-bench}"
props=(-Dbench.sizes="$sizes" -Dbench.h2.dir="$data/h2-$sizes"
       -Dbench.pg.url="${MEMBERKIT_TEST_JDBC_URL:-jdbc:postgresql://localhost:5432/memberkit_test}"
       -Dbench.pg.user="${MEMBERKIT_TEST_DB_USER:-memberkit}"
       -Dbench.pg.password="${MEMBERKIT_TEST_DB_PASSWORD:-memberkit}")

echo "== scenarios 1-3 on $TARGETS ($sizes data set); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx3g "${props[@]}" -jar "$jar" --sizes "$sizes" --targets "$TARGETS" \
  --scenarios "${SCENARIOS:-may-edit,member-page,suggest,server,sync,explain}"

if [ "${COLD_START:-yes}" = "no" ]; then
  exit 0
fi
echo
echo "== scenario 5: cold start of a one-shot may-edit on the embedded H2 file ($sizes data set)"
dir="$data/h2-$sizes"
read -r user organization class subject < <(java -cp "$jar" io.memberkit.benchmarks.ColdStartArguments "$sizes")
memberkit=(java -cp "$jar" io.memberkit.benchmarks.ColdStartMemberkit "$dir" "$user" "$organization" "$class" "$subject")
plain=(java -cp "$jar" io.memberkit.benchmarks.ColdStartPlainJdbc "$dir" "$user" "$organization" "$class" "$subject")
echo "memberkit says: $("${memberkit[@]}"); the plain main says: $("${plain[@]}")"

# the command line itself, as ./memberkit runs it (its launcher maps a class-data archive and stops at the C1 JIT)
cli=(java -jar "$here/bootstrap/target/memberkit.jar" --data-dir "$dir" permissions may-edit "$organization"
     "${class^}:$subject" --as "$user")
echo "the command line says: $("${cli[@]}")"

cds="$data/cds"
mkdir -p "$cds"
java -XX:ArchiveClassesAtExit="$cds/cli.jsa" "${cli[@]:1}" >/dev/null 2>&1
# AppCDS: one training run each writes the classes it loaded to an archive; later runs map it instead of loading
java -XX:ArchiveClassesAtExit="$cds/memberkit.jsa" "${memberkit[@]:1}" >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$cds/plain.jsa" "${plain[@]:1}" >/dev/null 2>&1
with_cds() { local archive="$1"; shift; echo "java -XX:SharedArchiveFile=$archive ${*:2}"; }

runs=(--warmup 3 --runs 20)
[ "$sizes" = short ] && runs=(--warmup 0 --runs 2)
out="$here/benchmarks/target/results/cold-start-$sizes.md"
mkdir -p "$(dirname "$out")"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine "${runs[@]}" --export-markdown "$out" \
    -n "plain JDBC main" "${plain[*]}" \
    -n "memberkit (Memberkit.builder)" "${memberkit[*]}" \
    -n "plain JDBC main, AppCDS" "$(with_cds "$cds/plain.jsa" "${plain[@]}")" \
    -n "memberkit, AppCDS" "$(with_cds "$cds/memberkit.jsa" "${memberkit[@]}")" \
    -n "memberkit, AppCDS + C1 only" "$(with_cds "$cds/memberkit.jsa" "${memberkit[@]}" | sed 's/^java /java -XX:TieredStopAtLevel=1 /')" \
    -n "memberkit permissions may-edit (CLI)" "${cli[*]}" \
    -n "memberkit permissions may-edit (CLI), AppCDS + C1 only, as ./memberkit runs it" "$(with_cds "$cds/cli.jsa" "${cli[@]}" | sed 's/^java /java -XX:TieredStopAtLevel=1 /')"
  cat "$out"
else
  # no hyperfine: a plain loop of wall-clock times (apt-get install hyperfine for statistics)
  for name in plain memberkit; do
    declare -n command="$name"
    start=$(date +%s%N)
    for _ in $(seq 1 "${runs[3]}"); do "${command[@]}" >/dev/null; done
    echo "$name: $(( ($(date +%s%N) - start) / ${runs[3]} / 1000000 )) ms per run"
  done
fi
