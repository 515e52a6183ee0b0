#!/usr/bin/env bash
# Stops the one-node Slurm cluster of slurm-start.sh, by pid files.
S=${SLURM_DIR:-${TMPDIR:-/tmp}/slurm}
for f in "$S/slurmd.pid" "$S/slurmctld.pid" /run/munge/munged.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
done
