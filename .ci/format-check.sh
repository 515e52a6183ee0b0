#!/usr/bin/env bash
# Fails if any Swift file of the repository differs from what `swift format` (the toolchain's
# swift-format, settings in .swift-format) makes of it, or breaks one of its lint rules.
# To fix: bash .ci/format-check.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift PolicyKit/Package.swift Benchmarks/Package.swift Fuzz/Package.swift
       Sources Tests PolicyKit/Sources Examples Benchmarks/Sources Benchmarks/Benchmarks Fuzz/Sources/scenario-fuzzer)
if [[ "${1:-}" == "--fix" ]]; then
    swift format format --in-place --recursive "${paths[@]}"
fi
swift format lint --strict --recursive "${paths[@]}"
echo "swift format: clean"
