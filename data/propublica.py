#!/usr/bin/env python3
"""ProPublica's COMPAS figures recomputed from the Broward records, the reduced records the
model draws its population from, and the fits of the COMPAS-fitted instrument and of the true
outcome (`scenarios/broward.yaml`).

Usage (Python packages pinned in data/requirements.txt):

    python3 -m venv .venv-nb && .venv-nb/bin/pip install -r data/requirements.txt
    .venv-nb/bin/python data/propublica.py           # writes data/broward/*, prints a summary
    .venv-nb/bin/python data/propublica.py --check   # exits 1 if a committed file differs
    .venv-nb/bin/python data/propublica.py --check-data   # the same without refitting (CI)

Writes two files, both without ids, dates, case numbers or free text:

- `data/broward/propublica-figures.json`: aggregate figures only (counts and rates over
  hundreds of people, fitted coefficients and goodness of fit);
- `data/broward/defendants.csv`: ProPublica's filtered sample (6,172 rows) reduced to the four
  columns the model knows, `group, age_band, charge_class, priors`, sorted, so that the row
  order says nothing about the original file.

The model (what `compas-fitted` computes, `Sources/Policies/CompasFitted.swift`):

- every person has a latent standard-normal `riskFactor` z (what predicts offending beyond the
  recorded priors, age band and charge class: COMPAS asks 137 questions);
- the instrument's decile D is drawn from a cumulative-logit (ordinal) model,
  P(D <= k | x, z) = logistic(c_k - eta(x) - information * z), k = 1..9, with
  eta(x) = priors_weight * priors + log_priors_weight * log(1 + priors) + young_weight [under 25]
  + old_weight [over 45] + felony_weight [felony]. The specification is group-free (one set of
  cut points, no race term): COMPAS does not take race, so any difference between races in the
  fitted deciles comes from the inputs, and what is left is the fit's residual by race;
- the true outcome (two-year recidivism) is P(Y = 1 | x, z) = logistic(intercept + priors *
  b_priors + age_bands[band] + charge_classes[class] + risk_factor_loading * z), group term 0.

For a given `information` the instrument is fitted by maximum likelihood on the deciles,
marginal over z (Gauss-Hermite quadrature); for a given `risk_factor_loading` the outcome is
fitted likewise on two_year_recid. The two loadings are then chosen jointly so that the
recidivism rate by decile x race implied on the records (exact sums over rows and quadrature
nodes, no simulation) matches the data in the least-squares sense, each cell weighted by its
count. Only the decile x race table identifies them: a single decile per person cannot tell
the ordinal model's own noise from z.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize, minimize_scalar
from scipy.special import expit

DATA = Path(__file__).resolve().parent
OUT = DATA / "broward"
FIGURES = OUT / "propublica-figures.json"
DEFENDANTS = OUT / "defendants.csv"

RACES = ["African-American", "Caucasian"]
GROUPS = ["African-American", "Caucasian", "Other"]
AGE_BANDS = {"Less than 25": "under-25", "25 - 45": "25-45", "Greater than 45": "over-45"}
AGE_ORDER = ["under-25", "25-45", "over-45"]
CHARGES = {"F": "felony", "M": "misdemeanour"}
CHARGE_ORDER = ["felony", "misdemeanour"]
DECILES = list(range(1, 11))
FLAG_DECILE = 5  # ProPublica's "medium or high": decile 5 or more

# ProPublica's published error rates (percent) at "medium or high" (decile >= 5) against
# two-year recidivism: "How We Analyzed the COMPAS Recidivism Algorithm" (Larson, Mattu,
# Kirchner and Angwin, 23 May 2016), table "Prediction Fails Differently for Black
# Defendants"; the two-decimal values are those printed by the analysis notebook
# `Compas Analysis.ipynb` of github.com/propublica/compas-analysis (commit bafff5d), cells
# "Black defendants" and "White defendants" (3,696 and 2,454 people: all 7,214 rows).
PUBLISHED = {
    "false_positive_rate": {"African-American": 44.85, "Caucasian": 23.45},
    "false_negative_rate": {"African-American": 27.99, "Caucasian": 47.72},
}

# Quadrature over z ~ N(0, 1): Gauss-Hermite (probabilists'), weights summing to 1.
NODES, WEIGHTS = np.polynomial.hermite_e.hermegauss(40)
WEIGHTS = WEIGHTS / WEIGHTS.sum()


# ---------------------------------------------------------------------------------------------
# The records


def records() -> pd.DataFrame:
    """The COMPAS file with the model's four columns derived."""
    frame = pd.read_csv(DATA / "compas-scores-two-years.csv")
    frame["group"] = frame["race"].where(frame["race"].isin(RACES), "Other")
    frame["age_band"] = frame["age_cat"].map(AGE_BANDS)
    frame["charge_class"] = frame["c_charge_degree"].map(CHARGES)
    frame["priors"] = frame["priors_count"].astype(int)
    return frame


def propublica_filter(frame: pd.DataFrame) -> pd.DataFrame:
    """ProPublica's analysis sample (as data/figures.py): screened within 30 days of arrest,
    a known recidivism outcome, an ordinary charge degree and a score: 6,172 rows."""
    keep = (
        frame["days_b_screening_arrest"].between(-30, 30)
        & (frame["is_recid"] != -1)
        & (frame["c_charge_degree"] != "O")
        & (frame["score_text"] != "N/A")
    )
    return frame[keep].copy()


# ---------------------------------------------------------------------------------------------
# ProPublica's figures


def error_rates(frame: pd.DataFrame) -> dict:
    """Counts and error rates (percent) by race at decile >= 5 against two_year_recid."""
    result = {}
    for race in RACES:
        part = frame[frame["race"] == race]
        flagged = part["decile_score"] >= FLAG_DECILE
        positive = part["two_year_recid"] == 1
        counts = {
            "n": int(len(part)),
            "flagged_negative": int((flagged & ~positive).sum()),
            "negative": int((~positive).sum()),
            "unflagged_positive": int((~flagged & positive).sum()),
            "positive": int(positive.sum()),
        }
        counts["false_positive_rate"] = round(100 * counts["flagged_negative"] / counts["negative"], 2)
        counts["false_negative_rate"] = round(100 * counts["unflagged_positive"] / counts["positive"], 2)
        result[race] = counts
    return result


def recidivism_by_decile(frame: pd.DataFrame) -> dict:
    """Per race: n and two-year recidivism (percent) at each decile."""
    result = {}
    for race in RACES:
        part = frame[frame["race"] == race]
        cells = part.groupby("decile_score")["two_year_recid"].agg(["size", "mean"])
        result[race] = {
            "n": [int(cells.loc[d, "size"]) for d in DECILES],
            "rate": [round(100 * float(cells.loc[d, "mean"]), 2) for d in DECILES],
        }
    return result


def decile_distribution(frame: pd.DataFrame) -> dict:
    """Per group and overall: the share (percent) of each decile."""
    result = {}
    for name, part in [("all", frame)] + [(g, frame[frame["group"] == g]) for g in GROUPS]:
        shares = part["decile_score"].value_counts(normalize=True)
        result[name] = [round(100 * float(shares.get(d, 0.0)), 3) for d in DECILES]
    return result


# ---------------------------------------------------------------------------------------------
# Design: the rows collapsed to their distinct inputs (priors, age band, charge class, race)


class Design:
    """The filtered sample collapsed to distinct (priors, age band, charge, race) cells, with
    the counts of each decile and of each decile x outcome in the cell."""

    def __init__(self, frame: pd.DataFrame):
        keys = ["priors", "age_band", "charge_class", "group"]
        cells = frame.groupby(keys).size().reset_index()[keys]
        index = frame.set_index(keys).index
        position = pd.MultiIndex.from_frame(cells).get_indexer(index)
        self.count = np.bincount(position, minlength=len(cells)).astype(float)
        d = frame["decile_score"].to_numpy() - 1
        y = frame["two_year_recid"].to_numpy()
        self.deciles = np.zeros((len(cells), 10))
        np.add.at(self.deciles, (position, d), 1)
        self.recid_deciles = np.zeros((len(cells), 10))
        np.add.at(self.recid_deciles, (position, d), y)
        self.recid = self.recid_deciles.sum(axis=1)
        priors = cells["priors"].to_numpy().astype(float)
        self.priors = priors
        self.log_priors = np.log1p(priors)
        self.young = (cells["age_band"] == "under-25").to_numpy().astype(float)
        self.old = (cells["age_band"] == "over-45").to_numpy().astype(float)
        self.felony = (cells["charge_class"] == "felony").to_numpy().astype(float)
        self.group = cells["group"].to_numpy()
        self.black = (self.group == "African-American").astype(float)
        self.other = (self.group == "Other").astype(float)


# ---------------------------------------------------------------------------------------------
# The instrument: cumulative logit, marginal over z


def cut_points(theta: np.ndarray) -> np.ndarray:
    """c_1 then positive increments (exp), so that the cut points increase."""
    return np.cumsum(np.concatenate([theta[:1], np.exp(theta[1:9])]))


def instrument_eta(design: Design, beta: np.ndarray) -> np.ndarray:
    """eta(x) for each cell: priors, log(1 + priors), young, old, felony, and with group
    shifts (7 coefficients) African-American and Other (Caucasian 0)."""
    eta = (beta[0] * design.priors + beta[1] * design.log_priors + beta[2] * design.young
           + beta[3] * design.old + beta[4] * design.felony)
    if len(beta) > 5:
        eta = eta + beta[5] * design.black + beta[6] * design.other
    return eta


def decile_probabilities(cuts: np.ndarray, eta: np.ndarray, information: float) -> np.ndarray:
    """P(D = d | x, z_j): cells x nodes x 10."""
    shifted = cuts[None, None, :] - eta[:, None, None] - information * NODES[None, :, None]
    cumulative = expit(shifted)
    ones = np.ones(cumulative.shape[:2] + (1,))
    zeros = np.zeros_like(ones)
    return np.diff(np.concatenate([zeros, cumulative, ones], axis=2), axis=2)


def fit_instrument(design: Design, information: float, shifts: bool, start: np.ndarray | None = None) -> dict:
    """Maximum likelihood of the deciles given `information`, marginal over z."""

    def negative_log_likelihood(theta: np.ndarray) -> float:
        p = decile_probabilities(cut_points(theta), instrument_eta(design, theta[9:]), information)
        marginal = np.clip(np.einsum("cjd,j->cd", p, WEIGHTS), 1e-300, None)
        return -float((design.deciles * np.log(marginal)).sum())

    if start is None:
        start = np.concatenate([[-1.0], np.full(8, np.log(0.4)), np.zeros(7 if shifts else 5)])
    result = minimize(negative_log_likelihood, start, method="BFGS", options={"gtol": 1e-6, "maxiter": 2000})
    theta = result.x
    return {"theta": theta, "cuts": cut_points(theta), "beta": theta[9:], "log_likelihood": -result.fun,
            "information": information}


def implied_deciles(design: Design, fit: dict) -> np.ndarray:
    """P(D = d | x_cell, z_j): cells x nodes x 10, for a fitted instrument."""
    return decile_probabilities(fit["cuts"], instrument_eta(design, fit["beta"]), fit["information"])


# ---------------------------------------------------------------------------------------------
# The true outcome: logistic, marginal over z


def outcome_eta(design: Design, gamma: np.ndarray) -> np.ndarray:
    """intercept + priors + young + old + felony (25-45 and misdemeanour are 0)."""
    return gamma[0] + gamma[1] * design.priors + gamma[2] * design.young + gamma[3] * design.old + gamma[4] * design.felony


def outcome_probabilities(design: Design, gamma: np.ndarray, loading: float) -> np.ndarray:
    """P(Y = 1 | x_cell, z_j): cells x nodes."""
    return expit(outcome_eta(design, gamma)[:, None] + loading * NODES[None, :])


def fit_outcome(design: Design, loading: float, start: np.ndarray | None = None) -> dict:
    """Maximum likelihood of two_year_recid given `loading`, marginal over z."""

    def negative_log_likelihood(gamma: np.ndarray) -> float:
        p = np.clip(outcome_probabilities(design, gamma, loading) @ WEIGHTS, 1e-300, 1 - 1e-16)
        return -float((design.recid * np.log(p) + (design.count - design.recid) * np.log1p(-p)).sum())

    start = np.zeros(5) if start is None else start
    result = minimize(negative_log_likelihood, start, method="BFGS", options={"gtol": 1e-7, "maxiter": 2000})
    return {"gamma": result.x, "loading": loading, "log_likelihood": -result.fun}


# ---------------------------------------------------------------------------------------------
# What the fitted pair implies on the records


def implied_tables(design: Design, instrument: dict, outcome: dict) -> dict:
    """Per race (and each group for the deciles): the implied decile distribution, recidivism
    by decile, and error rates at decile >= 5, summed exactly over the rows."""
    pd_ = implied_deciles(design, instrument)            # cells x nodes x 10
    py = outcome_probabilities(design, outcome["gamma"], outcome["loading"])  # cells x nodes
    joint_recid = np.einsum("cjd,cj,j->cd", pd_, py, WEIGHTS)     # P(D = d, Y = 1 | x)
    marginal = np.einsum("cjd,j->cd", pd_, WEIGHTS)               # P(D = d | x)
    result = {"deciles": {}, "recidivism": {}, "false_positive_rate": {}, "false_negative_rate": {}}
    for name in ["all"] + GROUPS:
        rows = np.ones_like(design.count, dtype=bool) if name == "all" else design.group == name
        weight = design.count[rows][:, None]
        shares = (marginal[rows] * weight).sum(axis=0) / design.count[rows].sum()
        result["deciles"][name] = 100 * shares
        if name in RACES:
            d_recid = (joint_recid[rows] * weight).sum(axis=0)
            d_all = (marginal[rows] * weight).sum(axis=0)
            result["recidivism"][name] = 100 * d_recid / d_all
            flagged = slice(FLAG_DECILE - 1, 10)
            negatives = (d_all - d_recid).sum()
            positives = d_recid.sum()
            result["false_positive_rate"][name] = 100 * (d_all - d_recid)[flagged].sum() / negatives
            result["false_negative_rate"][name] = 100 * d_recid[: FLAG_DECILE - 1].sum() / positives
    return result


def recidivism_residual(design: Design, data: dict, instrument: dict, outcome: dict) -> float:
    """Sum over decile x race cells of n x (model - data)^2, in squared percentage points."""
    implied = implied_tables(design, instrument, outcome)["recidivism"]
    return float(sum(
        (np.array(data[race]["n"]) * (implied[race] - np.array(data[race]["rate"])) ** 2).sum()
        for race in RACES))


def fit_all(design: Design, data: dict, shifts: bool) -> tuple[dict, dict]:
    """The instrument (with or without group shifts) and the outcome, with the two loadings
    chosen jointly. Each fit starts from the last one (the loadings change little between
    calls)."""
    instruments: dict[float, dict] = {}
    outcomes: dict[float, dict] = {}

    def instrument(a: float) -> dict:
        key = round(a, 6)
        if key not in instruments:
            last = list(instruments.values())[-1]["theta"] if instruments else None
            instruments[key] = fit_instrument(design, a, shifts, last)
        return instruments[key]

    def outcome(b: float) -> dict:
        key = round(b, 6)
        if key not in outcomes:
            last = list(outcomes.values())[-1]["gamma"] if outcomes else None
            outcomes[key] = fit_outcome(design, b, last)
        return outcomes[key]

    # A coarse grid, then coordinate-wise refinement (each step re-fits the models exactly).
    grid = np.arange(0.0, 3.01, 0.5)
    best = min(((recidivism_residual(design, data, instrument(a), outcome(b)), a, b)
                for a in grid for b in grid))
    _, a, b = best
    for _ in range(2):
        a = minimize_scalar(lambda x: recidivism_residual(design, data, instrument(x), outcome(b)),
                            bounds=(max(0, a - 0.5), a + 0.5), method="bounded",
                            options={"xatol": 5e-3}).x
        b = minimize_scalar(lambda x: recidivism_residual(design, data, instrument(a), outcome(x)),
                            bounds=(max(0, b - 0.5), b + 0.5), method="bounded",
                            options={"xatol": 5e-3}).x
    a, b = round(float(a), 2), round(float(b), 2)
    return instrument(a), outcome(b)


# ---------------------------------------------------------------------------------------------
# Output


def rounded(values, digits: int = 3) -> list:
    return [round(float(v), digits) for v in values]


def fit_document(design: Design, data_recid: dict, data_deciles: dict, shifts: bool) -> dict:
    """One specification's fit: the instrument, the outcome and what they imply on the
    records, all computed from the coefficients as rounded here (the values the module and
    the scenario carry)."""
    fitted_instrument, fitted_outcome = fit_all(design, data_recid, shifts)
    beta = np.round(fitted_instrument["beta"], 4)
    instrument = {"cuts": np.round(fitted_instrument["cuts"], 4), "beta": beta,
                  "information": fitted_instrument["information"]}
    gamma = np.round(fitted_outcome["gamma"], 4)
    outcome = {"gamma": gamma, "loading": fitted_outcome["loading"]}
    implied = implied_tables(design, instrument, outcome)
    goodness = {}
    for name in ["all"] + GROUPS:
        diff = np.abs(implied["deciles"][name] - np.array(data_deciles[name]))
        goodness[name] = {"max_abs_difference_pp": round(float(diff.max()), 2),
                          "total_variation_pp": round(float(diff.sum() / 2), 2)}
    instrument_document = {
        "specification": ("cumulative logit with a shift of eta by group (Caucasian 0)" if shifts
                          else "cumulative logit, group-free (one set of cut points, no race term)"),
        "cut_points": rounded(instrument["cuts"], 4),
        "priors_weight": float(beta[0]),
        "log_priors_weight": float(beta[1]),
        "young_weight": float(beta[2]),
        "old_weight": float(beta[3]),
        "felony_weight": float(beta[4]),
        "group_shifts": ({"African-American": float(beta[5]), "Caucasian": 0.0, "Other": float(beta[6])}
                         if shifts else {}),
        "information": instrument["information"],
        "log_likelihood": round(float(fitted_instrument["log_likelihood"]), 2),
        "decile_distribution": {name: rounded(implied["deciles"][name], 3) for name in implied["deciles"]},
        "goodness_of_fit": goodness,
    }
    outcome_document = {
        "intercept": float(gamma[0]),
        "priors": float(gamma[1]),
        "age_bands": {"under-25": float(gamma[2]), "25-45": 0.0, "over-45": float(gamma[3])},
        "charge_classes": {"felony": float(gamma[4]), "misdemeanour": 0.0},
        "groups": {},
        "risk_factor_loading": outcome["loading"],
        "log_likelihood": round(float(fitted_outcome["log_likelihood"]), 2),
    }
    return {
        "instrument": instrument_document,
        "outcome": outcome_document,
        "implied_on_records": {
            "recidivism_by_decile": {race: rounded(implied["recidivism"][race], 2) for race in RACES},
            "recidivism_residual_pp": {
                race: rounded(implied["recidivism"][race] - np.array(data_recid[race]["rate"]), 2) for race in RACES},
            "false_positive_rate": {race: round(float(implied["false_positive_rate"][race]), 2) for race in RACES},
            "false_negative_rate": {race: round(float(implied["false_negative_rate"][race]), 2) for race in RACES},
        },
    }


FITS = ("group_free", "group_shifts")


def figures(frame: pd.DataFrame, filtered: pd.DataFrame, fits: dict | None = None) -> tuple[dict, str]:
    """The JSON document and the reduced records. With `fits` (the committed fit sections),
    the fits are taken from there instead of being computed again (minutes of work)."""
    design = Design(filtered)
    data_recid = recidivism_by_decile(filtered)
    data_deciles = decile_distribution(filtered)
    document = {
        "source": ("data/compas-scores-two-years.csv (ProPublica, propublica/compas-analysis); "
                   "computed by data/propublica.py"),
        "flag": "decile >= 5 (ProPublica's 'medium or high') against two_year_recid",
        "published": PUBLISHED,
        "all_rows": {"rows": int(len(frame)), "error_rates": error_rates(frame)},
        "filtered": {
            "rows": int(len(filtered)),
            "error_rates": error_rates(filtered),
            "recidivism_by_decile": data_recid,
            "decile_distribution": data_deciles,
        },
        "method": ("maximum likelihood on the filtered sample, the instrument on the deciles and the "
                   "outcome on two_year_recid, each marginal over a standard-normal riskFactor "
                   "(40-node Gauss-Hermite quadrature); information and risk_factor_loading chosen "
                   "jointly to match recidivism by decile x race (count-weighted least squares); "
                   "outcome: logistic(intercept + priors x b + age_bands + charge_classes + "
                   "risk_factor_loading x riskFactor), groups 0"),
    }
    for key, shifts in zip(FITS, (False, True)):
        document[key] = fits[key] if fits else fit_document(design, data_recid, data_deciles, shifts=shifts)
    reduced = filtered[["group", "age_band", "charge_class", "priors"]].copy()
    reduced["group"] = pd.Categorical(reduced["group"], GROUPS)
    reduced["age_band"] = pd.Categorical(reduced["age_band"], AGE_ORDER)
    reduced["charge_class"] = pd.Categorical(reduced["charge_class"], CHARGE_ORDER)
    reduced = reduced.sort_values(["group", "age_band", "charge_class", "priors"], kind="stable")
    buffer = io.StringIO()
    reduced.to_csv(buffer, index=False, lineterminator="\n")
    return document, buffer.getvalue()


def summary(document: dict) -> str:
    """A few lines for the terminal: aggregate figures only."""
    lines = []
    for sample in ["all_rows", "filtered"]:
        rates = document[sample]["error_rates"]
        lines.append(f"{sample} ({document[sample]['rows']} rows): " + "; ".join(
            f"{race} FPR {rates[race]['false_positive_rate']:.2f} FNR {rates[race]['false_negative_rate']:.2f}"
            for race in RACES))
    for spec in ["group_free", "group_shifts"]:
        fit = document[spec]
        implied = fit["implied_on_records"]
        lines.append(f"{spec}: information {fit['instrument']['information']}, loading "
                     f"{fit['outcome']['risk_factor_loading']}, goodness of fit "
                     + json.dumps(fit["instrument"]["goodness_of_fit"]))
        lines.append(f"  implied FPR " + json.dumps(implied["false_positive_rate"])
                     + " FNR " + json.dumps(implied["false_negative_rate"]))
        lines.append("  recidivism residuals (model - data, pp): " + json.dumps(implied["recidivism_residual_pp"]))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed files differ from what is computed")
    parser.add_argument("--check-data", action="store_true",
                        help="as --check, but the fits are read from the committed file, not "
                             "refitted (seconds instead of minutes; what CI runs)")
    arguments = parser.parse_args()
    frame = records()
    filtered = propublica_filter(frame)
    assert len(filtered) == 6172, f"ProPublica's filter leaves {len(filtered)} rows, not 6,172"
    fits = None
    if arguments.check_data:
        committed = json.loads(FIGURES.read_text(encoding="utf-8"))
        fits = {key: committed[key] for key in FITS}
    document, reduced = figures(frame, filtered, fits)
    text = json.dumps(document, indent=2) + "\n"
    if arguments.check or arguments.check_data:
        stale = [path for path, content in [(FIGURES, text), (DEFENDANTS, reduced)]
                 if not path.exists() or path.read_text(encoding="utf-8") != content]
        for path in stale:
            print(f"{path.relative_to(DATA.parent)} differs from what data/propublica.py computes",
                  file=sys.stderr)
        if not stale:
            print("data/broward: both files match the records")
        return 1 if stale else 0
    OUT.mkdir(exist_ok=True)
    FIGURES.write_text(text, encoding="utf-8")
    DEFENDANTS.write_text(reduced, encoding="utf-8")
    print(summary(document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
