#!/usr/bin/env bash
# Executes every notebook of notebooks/ offline, as a reader would after running the tool:
# a pinned venv (notebooks/requirements.txt), the inputs made with the debug build, then
# nbconvert, which exits non-zero if any cell fails (the notebooks assert their checks).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-nb
.venv-nb/bin/pip install --quiet -r notebooks/requirements.txt -r data/requirements.txt
# The calibration figures docs/DATA.md quotes, recomputed from data/ (fails if they differ).
.venv-nb/bin/python data/figures.py --check docs/DATA.md
# ProPublica's figures, the reduced records and the COMPAS and outcome fits (data/broward/),
# recomputed from the records (fails if a committed file differs).
.venv-nb/bin/python data/propublica.py --check-data   # the fits: data/propublica.py --check (minutes)
mkdir -p notebooks/out
bin=$(swift build --show-bin-path)
rm -f notebooks/out/new-york-2020.sqlite*
"$bin/pretrial" run scenarios/reforms/new-york-2020.yaml --replications 4 --quiet --keep-series \
    --store notebooks/out/new-york-2020.sqlite --format csv --output notebooks/out/new-york-2020.csv
for notebook in notebooks/*.ipynb; do
    .venv-nb/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
        "$notebook" --output-dir notebooks/out
done
echo "notebooks executed: $(ls notebooks/*.ipynb | wc -l)"
