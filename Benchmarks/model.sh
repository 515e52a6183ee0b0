#!/usr/bin/env bash
# The R1 model benchmarks (docs/R1.md) on one core, through PretrialSimulation
# without the YAML layer (model-bench), in one run on this machine.
#
#   Benchmarks/model.sh [REPLICATIONS]      (default 100: seeds 1..100 = replications 0..99, seed 1)
#   ROUNDS=N (default 3): the R1 batches run N times; model-bench prints each and the median.
#
# Builds model-bench (release, Benchmarks/.build unless SCRATCH=... names another scratch
# path), then prints:
#   1. R1 stable: model events per second over the replications, wall and thread CPU time,
#      and the analytic checks (P(detained past hearing | A) = 0.4122, | B = 0.5340);
#   2. R1 overload (gamma scale 1.0), the same;
#   3. R1 overload with arrest windows of 91, 182 and 365 days (backlogs of about 4,000,
#      8,000 and 16,000 cases at the end of the window): the cost per event as the backlog
#      grows;
#   4. one replication with 10,000,000 arrests (R1 stable, 100 a day for 100,000 days) under
#      /usr/bin/time -v: peak RSS;
#   5. R1 stable, the Swift model against c/r1.c (the same model as a plain C program with
#      GSL), alternating ROUNDS rounds of REPLICATIONS each (C first in odd rounds): the
#      median of each and their ratio, which the machine's load disturbs far less than either.
# Every program is single-threaded; set BENCH_CPU=N to pin them to core N with taskset.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
replications="${1:-${REPLICATIONS:-100}}"
rounds="${ROUNDS:-3}"
scratch="${SCRATCH:-$here/.build}"
pin=()
if [[ -n "${BENCH_CPU:-}" ]]; then pin=(taskset -c "$BENCH_CPU"); fi

echo "== build"
swift build -c release --package-path "$here" --scratch-path "$scratch" --product model-bench 2>&1 | tail -n 1
bench="$(swift build -c release --package-path "$here" --scratch-path "$scratch" --show-bin-path)/model-bench"

echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(uname -sm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

echo "== R1 stable, $replications replications, $rounds rounds"
"${pin[@]}" "$bench" r1 --variant stable --replications "$replications" --runs "$rounds" --quiet
echo "== R1 overload, $replications replications, $rounds rounds"
"${pin[@]}" "$bench" r1 --variant overload --replications "$replications" --runs "$rounds" --quiet
echo "== R1 overload, cost per event against the backlog (10 replications each)"
for window in 91 182 365; do
    "${pin[@]}" "$bench" r1 --variant overload --window "$window" --replications 10 --quiet | head -n 1 |
        sed "s/^/window=$window /"
done
echo "== 10,000,000 arrests in one replication"
/usr/bin/time -v "${pin[@]}" "$bench" arrests --arrests 10000000 2>&1 |
    grep -E 'bench=|Maximum resident set size|Elapsed \(wall clock\)'
echo "== R1 stable: Swift against C, alternating, $rounds rounds"
mkdir -p "$here/bin"
gcc -O2 -o "$here/bin/r1" "$here/c/r1.c" -lgsl -lgslcblas -lm
swift_rates=(); c_rates=(); ratios=()
rate() { grep -o 'Mevents_per_s=[0-9.]*' | head -n 1 | cut -d= -f2; }
for round in $(seq 1 "$rounds"); do
    if (( round % 2 == 1 )); then
        c_rates+=("$("${pin[@]}" "$here/bin/r1" stable "$replications" 1 | rate)")
        swift_rates+=("$("${pin[@]}" "$bench" r1 --variant stable --replications "$replications" --quiet | rate)")
    else
        swift_rates+=("$("${pin[@]}" "$bench" r1 --variant stable --replications "$replications" --quiet | rate)")
        c_rates+=("$("${pin[@]}" "$here/bin/r1" stable "$replications" 1 | rate)")
    fi
    ratios+=("$(awk -v c="${c_rates[-1]}" -v s="${swift_rates[-1]}" 'BEGIN { printf "%.3f", c / s }')")
    echo "round $round: Swift ${swift_rates[-1]} M events/s, C ${c_rates[-1]} M events/s, C/Swift ${ratios[-1]}"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
swift_median="$(median "${swift_rates[@]}")"; c_median="$(median "${c_rates[@]}")"
echo "median: Swift $swift_median M events/s, C $c_median M events/s; C/Swift: median of the rounds' ratios $(median "${ratios[@]}")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
