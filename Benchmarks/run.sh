#!/usr/bin/env bash
# Engine benchmarks, Swift against C++ and C, measured in one run on this machine.
#
#   Benchmarks/run.sh [ROUNDS]          (default 7 rounds; or ROUNDS=... in the environment)
#
# Builds the Swift runner (release, in Benchmarks/.build: the root package's .build is not
# touched), the C++ hold model and the C M/M/c program, then runs, ROUNDS times:
#   hold model, 1,000 pending events      Swift kernel-bench  vs  C++ std::priority_queue
#   hold model, 100,000 pending events    Swift kernel-bench  vs  C++ std::priority_queue
#   M/M/c, 1,000,000 customers (R1)       Swift ReferenceQueue vs C with GSL + binary heap
# Each program is started once per round and times one run; Swift and C/C++ alternate, and
# which goes first flips every round, so slow phases of a shared machine hit both alike.
# Prints the median time of each, events per second, the Swift/C++ time ratio and the targets
# (hold within 1.25x of C++, M/M/c at least 8 M model events/s). Every program is
# single-threaded; set BENCH_CPU=N to pin them all to core N with taskset.
# Options in the environment: HOLDS (default 10000000), CUSTOMERS (default 1000000),
# CHECK=1 to exit 1 when a target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds="${1:-${ROUNDS:-7}}"
holds="${HOLDS:-10000000}"
customers="${CUSTOMERS:-1000000}"
bin="$here/bin"
mkdir -p "$bin"

echo "== build"
swift build -c release --package-path "$here" --product kernel-bench 2>&1 | tail -n 1
swift_bench="$(swift build -c release --package-path "$here" --show-bin-path)/kernel-bench"
g++ -O2 -o "$bin/hold" "$here/cpp/hold.cpp"
gcc -O2 -o "$bin/mmc" "$here/c/mmc.c" -lgsl -lgslcblas -lm

pin=()
if [[ -n "${BENCH_CPU:-}" ]]; then pin=(taskset -c "$BENCH_CPU"); fi

log="$(mktemp "${TMPDIR:-/tmp}/kernel-bench.XXXXXX")"
echo "== machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(uname -sm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "swift: $(swift --version 2>/dev/null | head -n 1)"
echo "g++: $(g++ --version | head -n 1)"
echo "rounds: $rounds, holds per run: $holds, customers per M/M/c run: $customers${BENCH_CPU:+, pinned to core $BENCH_CPU}"
echo "raw lines: $log"

run_swift() { "${pin[@]}" "$swift_bench" "$@" --runs 1 | grep ' run=' >>"$log"; }
run_hold_cpp() { "${pin[@]}" "$bin/hold" "$1" 1 "$holds" | grep ' run=' >>"$log"; }
run_mmc_c() { "${pin[@]}" "$bin/mmc" 1 "$customers" | grep ' run=' >>"$log"; }

echo "== running"
for ((round = 1; round <= rounds; round++)); do
    printf 'round %d/%d\n' "$round" "$rounds"
    if ((round % 2)); then
        run_swift hold 1000 --holds "$holds"; run_hold_cpp 1000
        run_swift hold 100000 --holds "$holds"; run_hold_cpp 100000
        run_swift mmc --customers "$customers"; run_mmc_c
    else
        run_hold_cpp 1000; run_swift hold 1000 --holds "$holds"
        run_hold_cpp 100000; run_swift hold 100000 --holds "$holds"
        run_mmc_c; run_swift mmc --customers "$customers"
    fi
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

# median_of LANG BENCH [PENDING] -> the median of the seconds= values of those runs
median_of() { # lang bench [pending]
    local filter="lang=$1 bench=$2"
    [[ -n "${3:-}" ]] && filter="$filter pending=$3"
    grep -F "$filter " "$log" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
distinct() { # lang bench pending? key -> distinct values of key
    local filter="lang=$1 bench=$2"
    [[ -n "${3:-}" ]] && filter="$filter pending=$3"
    grep -F "$filter " "$log" | sed -n "s/.* $4=\([^ ]*\).*/\1/p" | sort -u | tr '\n' ' '
}

status=0
echo
echo "== results (median of $rounds runs each; time of the holds only, or of the whole M/M/c replication)"
printf '%-34s %12s %12s %12s %12s %9s  %s\n' "benchmark" "Swift s" "Swift Mev/s" "C/C++ s" "C/C++ Mev/s" "Swift/C" "target"
for pending in 1000 100000; do
    s="$(median_of swift hold "$pending")"; c="$(median_of cpp hold "$pending")"
    verdict="$(awk -v s="$s" -v c="$c" 'BEGIN { r = s / c; print (r <= 1.25 ? "met" : "MISSED") }')"
    [[ "$verdict" == met ]] || status=1
    awk -v name="hold model, $pending pending" -v s="$s" -v c="$c" -v n="$holds" -v v="$verdict" 'BEGIN {
        printf "%-34s %12.4f %12.3f %12.4f %12.3f %9.3f  %s\n", name, s, n / s / 1e6, c, n / c / 1e6, s / c, "<= 1.25x C++: " v }'
    sc="$(distinct swift hold "$pending" clock)"; cc="$(distinct cpp hold "$pending" clock)"
    if [[ "$sc" == "$cc" ]]; then echo "    same final clock in both: $sc"; else echo "    final clocks DIFFER: swift $sc / c++ $cc"; status=1; fi
done
s="$(median_of swift mmc)"; c="$(median_of c mmc)"
events=$((2 * customers))
verdict="$(awk -v s="$s" -v n="$events" 'BEGIN { print (n / s >= 8e6 ? "met" : "MISSED") }')"
[[ "$verdict" == met ]] || status=1
awk -v s="$s" -v c="$c" -v n="$events" -v v="$verdict" 'BEGIN {
    printf "%-34s %12.4f %12.3f %12.4f %12.3f %9.3f  %s\n", "M/M/c, R1 (model events)", s, n / s / 1e6, c, n / c / 1e6, s / c, ">= 8 M events/s: " v }'
echo "    mean wait: Swift $(distinct swift mmc '' mean_wait)/ C $(distinct c mmc '' mean_wait)/ Erlang C 0.044939 days"

if [[ "${CHECK:-0}" == 1 ]]; then exit "$status"; fi
