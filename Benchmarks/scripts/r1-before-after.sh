#!/usr/bin/env bash
# R1 stable, two model-bench binaries and the C yardstick alternated round by round (the
# order rotates: C before after, before after C, after C before), events/s of each and the
# ratios within the round.
#
#   BEFORE=path/model-bench AFTER=path/model-bench C=path/r1 ROUNDS=9 REPS=50 Benchmarks/scripts/r1-before-after.sh
set -euo pipefail
B="${BEFORE:?model-bench of the before commit}"
A="${AFTER:?model-bench of the after commit}"
C="${C:?the C yardstick (gcc -O2 -o r1 Benchmarks/c/r1.c -lgsl -lgslcblas -lm)}"
R="${REPS:-20}"
rate() { grep -o 'Mevents_per_s=[0-9.]*' | head -n 1 | cut -d= -f2; }
echo "start $(date -u '+%Y-%m-%d %H:%M:%S UTC') load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A r
for round in $(seq 1 "${ROUNDS:-7}"); do
    case $((round % 3)) in
        1) order="C B A" ;; 2) order="B A C" ;; 0) order="A C B" ;;
    esac
    for p in $order; do
        case $p in
            C) r[C]=$("$C" stable "$R" 1 | rate) ;;
            B) r[B]=$("$B" r1 --variant stable --replications "$R" --quiet | rate) ;;
            A) r[A]=$("$A" r1 --variant stable --replications "$R" --quiet | rate) ;;
        esac
    done
    echo "round $round order=${order// /} C=${r[C]} before=${r[B]} after=${r[A]}" \
        "after/before_time=$(awk -v a="${r[A]}" -v b="${r[B]}" 'BEGIN { printf "%.3f", b / a }')" \
        "C/before=$(awk -v c="${r[C]}" -v b="${r[B]}" 'BEGIN { printf "%.3f", c / b }')" \
        "C/after=$(awk -v c="${r[C]}" -v a="${r[A]}" 'BEGIN { printf "%.3f", c / a }')"
done
echo "end $(date -u '+%Y-%m-%d %H:%M:%S UTC') load $(cut -d' ' -f1-3 /proc/loadavg)"
