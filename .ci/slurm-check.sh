#!/usr/bin/env bash
# Runs Examples/slurm/submit.sh on a one-node Slurm cluster: a job array of shards of a
# shipped scenario and the dependent merge-and-report job, then checks that the merged
# store holds one complete run whose JSON report equals, byte for byte once the date, wall
# times and scenario path are taken out, that of the same run done in one piece.
# Needs the debug build (swift build) and root; about half a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(swift build --show-bin-path)
export PATH="$bin:$PATH"
export SLURM_CONF
SLURM_CONF=$(bash .ci/slurm-start.sh)
trap 'bash "$root/.ci/slurm-stop.sh"' EXIT
work=$(mktemp -d)
cd "$work"
scenario="$root/scenarios/reforms/plea-safeguards.yaml"
export PRETRIAL_ARGS="--replications 3 --seed 4"
SUBMIT_WAIT=1 bash "$root/Examples/slurm/submit.sh" "$scenario" 2 results
pretrial runs --store results/all.sqlite
pretrial runs --store results/all.sqlite | awk 'NR == 2 && $2 == "complete" && $3 == "6/6" && $4 == "all" { ok = 1 } END { exit !ok }'
grep -q "Figures by variant" results/evidence.md
strip='import json, sys
def strip(v):
    if isinstance(v, dict): return {k: strip(x) for k, x in v.items() if k not in ("date", "wall_seconds", "scenario_path")}
    if isinstance(v, list): return [strip(x) for x in v]
    return v
print(json.dumps(strip(json.load(sys.stdin)), sort_keys=True))'
pretrial report --store results/all.sqlite --format json | python3 -c "$strip" > merged.json
# shellcheck disable=SC2086
pretrial run "$scenario" $PRETRIAL_ARGS --no-store --quiet --format json | python3 -c "$strip" > whole.json
cmp merged.json whole.json
echo "Slurm check passed: 2 shards merged into the run done in one piece"
