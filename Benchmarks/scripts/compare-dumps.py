#!/usr/bin/env python3
"""Compares two `model-bench dump` outputs value by value.

    compare-dumps.py BEFORE AFTER [RELATIVE_TOLERANCE]

Prints the values that differ by more than the tolerance (default 0: bit for bit) and a
summary; exits 1 if any does. NaN equals NaN.
"""
import math
import sys


def values(path):
    rows = {}
    current = None
    for line in open(path):
        if line.startswith("model="):
            current = line.split()[1]
            rows[(current, "header")] = line.split()[2:]
            continue
        name, _, rest = line.strip().partition(":")
        rows[(current, name)] = rest.split()
    return rows


before, after = values(sys.argv[1]), values(sys.argv[2])
tolerance = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
differ = 0
largest = 0.0
compared = 0
for key in sorted(set(before) | set(after)):
    a, b = before.get(key), after.get(key)
    if a is None or b is None or len(a) != len(b):
        print("missing or different length:", key, a, b)
        differ += 1
        continue
    for x, y in zip(a, b):
        compared += 1
        if x == y:
            continue
        try:
            fx, fy = float(x.split("=")[-1]), float(y.split("=")[-1])
        except ValueError:
            print("differs:", key, x, y)
            differ += 1
            continue
        if math.isnan(fx) and math.isnan(fy):
            continue
        relative = abs(fx - fy) / max(abs(fx), abs(fy), 1e-300)
        largest = max(largest, relative)
        if relative > tolerance:
            print("differs:", key, x, y, "relative %.3g" % relative)
            differ += 1
print("compared %d values: %d differ beyond %g; largest relative difference %.3g" % (compared, differ, tolerance, largest))
sys.exit(1 if differ else 0)
