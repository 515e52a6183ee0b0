#!/usr/bin/env python3
"""Recomputes the calibration figures that docs/DATA.md quotes, from the CSV files in data/.

Usage (Python packages pinned in notebooks/requirements.txt):

    python3 -m venv .venv-nb && .venv-nb/bin/pip install -r notebooks/requirements.txt
    .venv-nb/bin/python data/figures.py                  # prints every table as Markdown
    .venv-nb/bin/python data/figures.py --check docs/DATA.md
        # exits 1 unless every printed table appears, line for line, in docs/DATA.md

Only aggregates are printed (counts, shares, means, quantiles over hundreds of rows or more);
no row of any file, and no case number, date or ZIP code of a person, is ever shown.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Formatting


def percent(value: float) -> str:
    """A share as a percentage with one decimal, e.g. 0.4243 -> '42.4%'."""
    return f"{100 * value:.1f}%"


def days(value: float) -> str:
    """Days with one decimal."""
    return f"{value:.1f}"


def dollars(value: float) -> str:
    """Whole dollars with thousands separators."""
    return f"${value:,.0f}"


def markdown_table(header: list[str], rows: list[list[str]], align: list[str]) -> str:
    """A Markdown table; `align` holds 'l' or 'r' for each column."""
    rule = [":---" if a == "l" else "---:" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Broward County, Florida: ProPublica's COMPAS file

RACE_GROUPS = {"African-American": "African-American", "Caucasian": "Caucasian"}
GROUP_ORDER = ["African-American", "Caucasian", "Other"]


def broward() -> pd.DataFrame:
    """The COMPAS file with two derived columns: the three-way race group and the length of
    the jail stay linked to the scored charge, in fractional days (NaN without both stamps)."""
    frame = pd.read_csv(DATA / "compas-scores-two-years.csv")
    frame["race_group"] = frame["race"].map(RACE_GROUPS).fillna("Other")
    stay = pd.to_datetime(frame["c_jail_out"]) - pd.to_datetime(frame["c_jail_in"])
    frame["stay_days"] = stay / pd.Timedelta(days=1)
    return frame


def propublica_filter(frame: pd.DataFrame) -> pd.DataFrame:
    """ProPublica's analysis sample: screened within 30 days of arrest, a known recidivism
    outcome, an ordinary charge degree and a score."""
    keep = (
        frame["days_b_screening_arrest"].between(-30, 30)
        & (frame["is_recid"] != -1)
        & (frame["c_charge_degree"] != "O")
        & (frame["score_text"] != "N/A")
    )
    return frame[keep]


def broward_samples(frame: pd.DataFrame) -> str:
    filtered = propublica_filter(frame)
    same_day = filtered["days_b_screening_arrest"].isin([-1, 0]).mean()
    rows = [
        ["rows", f"{len(frame):,}", f"{len(filtered):,}"],
        ["two-year recidivism", percent(frame["two_year_recid"].mean()), percent(filtered["two_year_recid"].mean())],
        ["felony charge", percent((frame["c_charge_degree"] == "F").mean()),
         percent((filtered["c_charge_degree"] == "F").mean())],
        ["screened on the day of arrest or the day after", "", percent(same_day)],
    ]
    return markdown_table(["Broward sample", "all rows", "ProPublica's filter"], rows, ["l", "r", "r"])


def broward_groups(frame: pd.DataFrame) -> str:
    """Group shares, felony share, priors (mean, variance, gamma fit) and age mix by group."""
    rows = []
    for group in GROUP_ORDER:
        part = frame[frame["race_group"] == group]
        priors = part["priors_count"]
        mean, variance = priors.mean(), priors.var()
        ages = part["age_cat"].value_counts(normalize=True)
        rows.append([
            group, f"{len(part):,}", percent(len(part) / len(frame)),
            percent((part["c_charge_degree"] == "F").mean()),
            f"{mean:.2f}", f"{variance:.1f}", f"{mean * mean / variance:.3f}", f"{variance / mean:.2f}",
            percent(ages.get("Less than 25", 0)), percent(ages.get("25 - 45", 0)),
            percent(ages.get("Greater than 45", 0)),
        ])
    header = ["group", "n", "share", "felony", "priors mean", "priors variance", "gamma shape",
              "gamma scale", "age < 25", "age 25-45", "age > 45"]
    return markdown_table(header, rows, ["l"] + ["r"] * 10)


def stay_row(label: str, part: pd.DataFrame) -> list[str]:
    stay = part["stay_days"].dropna()
    return [
        label, f"{len(part):,}", percent(len(stay) / len(part)), days(stay.mean()), days(stay.median()),
        days(stay.quantile(0.9)), percent((stay > 2).mean()), percent((stay > 30).mean()),
    ]


def broward_stays(frame: pd.DataFrame) -> str:
    """Length of the jail stay for the scored charge, overall, by race group and by degree."""
    rows = [stay_row("All", frame)]
    labels = {"Other": "Other (Hispanic, Asian, Native American, Other)"}
    for group in GROUP_ORDER:
        rows.append(stay_row(labels.get(group, group), frame[frame["race_group"] == group]))
    for degree, label in [("F", "Felony (F)"), ("M", "Misdemeanour (M)")]:
        rows.append(stay_row(label, frame[frame["c_charge_degree"] == degree]))
    header = ["Broward jail stay", "n", "with a stay", "mean days", "median days", "p90 days",
              "over 2 days", "over 30 days"]
    return markdown_table(header, rows, ["l"] + ["r"] * 7)


def broward_deciles(frame: pd.DataFrame) -> str:
    """Two-year recidivism by COMPAS decile, all rows and by the two largest groups."""
    deciles = list(range(1, 11))
    counts = frame["decile_score"].value_counts()
    rows = [["n"] + [f"{counts.get(d, 0):,}" for d in deciles]]
    for label, part in [("all", frame)] + [(g, frame[frame["race_group"] == g]) for g in GROUP_ORDER[:2]]:
        rates = part.groupby("decile_score")["two_year_recid"].mean()
        rows.append([f"two-year recidivism, {label}"] + [percent(rates.get(d, float("nan"))) for d in deciles])
    return markdown_table(["decile"] + [str(d) for d in deciles], rows, ["l"] + ["r"] * 10)


# ---------------------------------------------------------------------------------------------
# Philadelphia: Code for Philly / Philadelphia Bail Fund

BANDS = ["<1k", "1k to 5k", "5k to 10k", "10k to 25k", "25k to 50k", "50k to 100k", "100k to 500k", ">=500k"]
BAIL_TYPES = ["Monetary", "ROR", "Unsecured", "Denied", "Nonmonetary"]


def philadelphia() -> pd.DataFrame:
    return pd.read_csv(DATA / "philly-bail-decisions-2020.csv")


def philadelphia_types(decisions: pd.DataFrame) -> str:
    shares = decisions["bail_type"].value_counts(normalize=True)
    counts = decisions["bail_type"].value_counts()
    rows = [[t, f"{counts.get(t, 0):,}", percent(shares.get(t, 0))] for t in BAIL_TYPES]
    rows.append(["all decisions", f"{len(decisions):,}", percent(1)])
    return markdown_table(["bail type", "decisions", "share"], rows, ["l", "r", "r"])


def philadelphia_amounts(decisions: pd.DataFrame) -> str:
    amounts = decisions.loc[decisions["bail_type"] == "Monetary", "bail_amount"]
    cells = [("p10", 0.1), ("p25", 0.25), ("median", 0.5), ("p75", 0.75), ("p90", 0.9)]
    row = [f"{len(amounts):,}"] + [dollars(amounts.quantile(q)) for _, q in cells] + [dollars(amounts.mean())]
    return markdown_table(["monetary bail decisions"] + [c for c, _ in cells] + ["mean"], [row], ["r"] * 7)


def philadelphia_posting(decisions: pd.DataFrame) -> str:
    """Share of monetary bail decisions where any amount was paid, overall and by the source's
    own amount bands (`bail_set_bin`)."""
    monetary = decisions[decisions["bail_type"] == "Monetary"]
    posted = monetary["bail_paid"] > 0
    rows = [["all monetary", f"{len(monetary):,}", percent(posted.mean())]]
    for band in BANDS:
        in_band = monetary["bail_set_bin"] == band
        rows.append([band, f"{in_band.sum():,}", percent(posted[in_band].mean())])
    return markdown_table(["bail amount band", "decisions", "posted"], rows, ["l", "r", "r"])


def philadelphia_by_race() -> str:
    """Bail type shares by race group, 2020, from the source's aggregate file."""
    table = pd.read_csv(DATA / "philly-bail-type-by-race-2020-2021.csv")
    year = table[table["bail_year"] == 2020]
    rows = []
    for group in ["Black", "White", "Other"]:
        part = year[year["race_group"] == group].set_index("bail_type")["bail_type_count"]
        total = part.sum()
        rows.append([group, f"{total:,}"] + [percent(part.get(t, 0) / total) for t in BAIL_TYPES])
    return markdown_table(["race group (2020)", "decisions"] + BAIL_TYPES, rows, ["l"] + ["r"] * 6)


MODEL_OUTCOMES = [("Monetary", "money_bail_share"), ("ROR", "recognizance_share"),
                  ("Unsecured", "unsecured_bond_share"), ("Denied", "detained_without_bail_share"),
                  ("Nonmonetary", "conditions_share")]
MODEL_BANDS = [("under_5k", ["<1k", "1k to 5k"]), ("5k_to_10k", ["5k to 10k"]), ("10k_to_25k", ["10k to 25k"]),
               ("25k_to_50k", ["25k to 50k"]), ("50k_to_100k", ["50k to 100k"]),
               ("100k_to_500k", ["100k to 500k"]), ("500k_or_more", [">=500k"])]


def philadelphia_release_targets(decisions: pd.DataFrame) -> str:
    """The calibration targets of the county baseline's release decision, under the model's
    metric ids: the share of each bail type in 2020 for Black and White defendants (the
    aggregate file) and for all decisions (the decision file), and the share of monetary bail
    posted in the model's amount bands (Philadelphia's, with everything under $5,000 in one)."""
    table = pd.read_csv(DATA / "philly-bail-type-by-race-2020-2021.csv")
    year = table[table["bail_year"] == 2020]
    columns = {}
    for group in ["Black", "White"]:
        part = year[year["race_group"] == group].set_index("bail_type")["bail_type_count"]
        columns[group] = {t: part.get(t, 0) / part.sum() for t, _ in MODEL_OUTCOMES}
    overall = decisions["bail_type"].value_counts(normalize=True)
    rows = [[metric, percent(columns["Black"][t]), percent(columns["White"][t]), percent(overall.get(t, 0))]
            for t, metric in MODEL_OUTCOMES]
    monetary = decisions[decisions["bail_type"] == "Monetary"]
    posted = monetary["bail_paid"] > 0
    for band, bins in MODEL_BANDS:
        in_band = monetary["bail_set_bin"].isin(bins)
        rows.append([f"bail_posted_share_{band}", "", "", percent(posted[in_band].mean())])
    rows.append(["bail_amount_median", "", "", dollars(monetary["bail_amount"].median())])
    return markdown_table(["model metric", "Black (2020)", "White (2020)", "all decisions (2020)"], rows,
                          ["l", "r", "r", "r"])


# ---------------------------------------------------------------------------------------------


def tables() -> list[tuple[str, str]]:
    """Every table, with the heading it is printed under."""
    frame = broward()
    decisions = philadelphia()
    return [
        ("Broward: the two samples", broward_samples(frame)),
        ("Broward: groups, felony share, priors and age", broward_groups(frame)),
        ("Broward: jail stay for the scored charge (all rows)", broward_stays(frame)),
        ("Broward: two-year recidivism by COMPAS decile (all rows)", broward_deciles(frame)),
        ("Philadelphia: bail type", philadelphia_types(decisions)),
        ("Philadelphia: monetary bail amounts", philadelphia_amounts(decisions)),
        ("Philadelphia: monetary bail posted, by amount", philadelphia_posting(decisions)),
        ("Philadelphia: bail type by race, 2020", philadelphia_by_race()),
        ("Philadelphia: the county baseline's release targets", philadelphia_release_targets(decisions)),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", metavar="FILE", type=Path,
                        help="exit 1 unless every table appears, line for line, in FILE")
    arguments = parser.parse_args()
    computed = tables()
    if arguments.check is None:
        for heading, table in computed:
            print(f"### {heading}\n\n{table}\n")
        return 0
    text = arguments.check.read_text(encoding="utf-8")
    missing = [heading for heading, table in computed if table not in text]
    for heading in missing:
        print(f"{arguments.check}: the table '{heading}' differs from what data/figures.py computes",
              file=sys.stderr)
    if not missing:
        print(f"{arguments.check}: all {len(computed)} tables match the data")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
