#!/usr/bin/env bash
# Fuzzes the scenario loader with libFuzzer (Fuzz/Sources/scenario-fuzzer: every input is
# loaded and validated as a scenario file, in-process) for FUZZ_SECONDS seconds (default 180),
# starting from the shipped scenarios and Fuzz/corpus, with the keys of Fuzz/scenario.dict.
#
# Fails (exit status ≠ 0) on any crash — the target makes an issue without file:line:column a
# crash too — on any input that takes more than 5 s (-timeout=5) and on more than 1 GB of
# memory (-rss_limit_mb=1024); the input that did it is kept in Fuzz/findings/.
#
# FUZZ_MERGE=1 also merges the inputs this run found into Fuzz/corpus, keeping only those that
# add coverage (-merge=1 -set_cover_merge=1), so the corpus in the repository stays small.
#
# Used by .ci/run; by hand: FUZZ_SECONDS=600 Fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-180}"
build=(swift build --package-path Fuzz --scratch-path Fuzz/.build -Xswiftc -sanitize=fuzzer)
"${build[@]}"
fuzzer="$("${build[@]}" --show-bin-path)/scenario-fuzzer"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/new" "$work/seeds" Fuzz/corpus Fuzz/findings
cp scenarios/*.yaml scenarios/reforms/*.yaml "$work/seeds/"

status=0
"$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -max_len=32768 \
    -dict=Fuzz/scenario.dict -artifact_prefix=Fuzz/findings/ -print_final_stats=1 \
    "$work/new" Fuzz/corpus "$work/seeds" || status=$?
if [ "$status" -ne 0 ]; then
    echo "Fuzz/run.sh: the scenario loader crashed, hung or named no file:line (libFuzzer status $status);" \
         "the input is in Fuzz/findings/:" >&2
    ls -l Fuzz/findings/ >&2
    exit 1
fi
if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    "$fuzzer" -merge=1 -set_cover_merge=1 -timeout=5 -rss_limit_mb=1024 -max_len=32768 Fuzz/corpus "$work/new"
fi
echo "Fuzz/run.sh: ${seconds} s of fuzzing the scenario loader without a crash, hang or unnamed error"
