#!/bin/bash
# Runs a scenario as a Slurm job array of SHARDS shards, then merges the shards' stores and
# renders the evidence tables once every shard has finished:
#
#   Examples/slurm/submit.sh SCENARIO [SHARDS] [RESULTS_DIR]
#
# Leaves RESULTS_DIR/all.sqlite (one complete run) and RESULTS_DIR/evidence.md. PRETRIAL_ARGS
# adds options to every `pretrial run` (e.g. "--replications 400"); SUBMIT_WAIT=1 waits for the
# merge job and exits with its status (as .ci/slurm-check.sh does). Without a
# cluster, GNU parallel does the same on one machine:
#   parallel pretrial run SCENARIO --shard {}/4 --jobs 1 --quiet --store results/shard-{}.sqlite ::: 1 2 3 4
#   pretrial merge results/all.sqlite results/shard-*.sqlite
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scenario="${1:?usage: submit.sh SCENARIO [SHARDS] [RESULTS_DIR]}"
shards="${2:-8}"
results="${3:-results}"
if compgen -G "$results/shard-*.sqlite" > /dev/null; then
    echo "submit.sh: $results already holds shard stores of an earlier submission; choose a new RESULTS_DIR" >&2
    exit 1
fi
array=$(sbatch --parsable --array="1-$shards" "$here/shards.sbatch" "$scenario" "$results")
wait=()
if [ "${SUBMIT_WAIT:-0}" = 1 ]; then wait=(--wait); fi
sbatch "${wait[@]}" --dependency="afterok:${array%%;*}" --job-name=pretrial-merge --output=pretrial-merge-%j.out \
    --wrap "pretrial merge '$results/all.sqlite' '$results'/shard-*.sqlite && pretrial report --store '$results/all.sqlite' --format markdown --output '$results/evidence.md'"
echo "submitted array job ${array%%;*} ($shards shards) and its merge job; results in $results/"
