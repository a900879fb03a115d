#!/usr/bin/env python3
"""Validate models/data/strength.jsonl (stdlib only).

Checks (errors, exit status 1):
  * every line is a JSON object with exactly the keys text/label/standard/voice
  * label, standard and voice take allowed values; text is a non-empty string
  * no duplicate texts (after case and whitespace folding)
  * no near-duplicates: two texts may not share the same first 8 words
    (lower-cased, punctuation stripped)
  * with --min N: at least N rows; with --min-per-label N: each label >= N

Lint (warnings only, listed with -v): surface cues that usually signal a
boundary-rule slip, e.g. an "activity" row carrying a percentage or a
month-year date (those rows should normally be "quantified"). A warning is
a prompt to re-read the row, not proof of a wrong label; see README.md.

Prints counts per label, per standard, per voice, and label x standard.
Usage: python3 validate.py [path] [-v] [--min N] [--min-per-label N]
"""

import collections
import json
import pathlib
import re
import sys

LABELS = ("assertion", "activity", "quantified", "impact")
STANDARDS = ("1", "2", "3", "4", "none")
VOICES = (
    "police",
    "nhs_trust",
    "council",
    "youth_offending",
    "district_council",
    "commissioning",
    "adult_social_care",
    "cafcass",
    "housing",
    "school",
    "voluntary",
)
KEYS = {"text", "label", "standard", "voice"}
NEAR_N = 8

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
RE_PCT = re.compile(r"\b\d+(\.\d+)?\s?%|\bper ?cent\b", re.I)
RE_FIGURATIVE = re.compile(
    r"100\s?% (committed|confident|behind|sure|focused|"
    r"dedicated|signed up)",
    re.I,
)
RE_MONTH_YEAR = re.compile(rf"\b({MONTHS})\s+(19|20)\d\d\b")
RE_FIN_YEAR = re.compile(r"\b20\d\d/\d\d\b")
RE_FREQ = re.compile(
    r"\b(weekly|fortnightly|monthly|quarterly|annually|"
    r"twice a year|every (two|three|four|six|\d+) "
    r"(weeks|months|years))\b",
    re.I,
)
RE_DIGIT = re.compile(r"\d")
RE_NUMWORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|percent|hundred|half|third|quarter|doubled|tripled|twice|"
    r"dozen|none of|no |single|annual|weekly|monthly|"
    r"quarterly|fortnightly|daily|"
    rf"{MONTHS})\b",
    re.I,
)
RE_FUTURE = re.compile(
    r"\b(we will|will be|we plan to|we intend to|we aim to|"
    r"we would|would be|our target|we expect to|we hope to|"
    r"our aim is|working towards|on track to)\b",
    re.I,
)


def norm_full(text):
    return " ".join(text.lower().split())


def first_words(text, n=NEAR_N):
    words = re.findall(r"[a-z0-9%']+", text.lower())
    return " ".join(words[:n])


def lint(row):
    t, lab = row["text"], row["label"]
    out = []
    has_pct = bool(RE_PCT.search(t)) and not RE_FIGURATIVE.search(t)
    has_date = bool(RE_MONTH_YEAR.search(t) or RE_FIN_YEAR.search(t))
    if lab == "activity" and (has_pct or has_date or RE_FREQ.search(t)):
        out.append("activity row with a figure/date/frequency (quantified?)")
    if lab == "assertion" and (has_pct or has_date) and not RE_FUTURE.search(t):
        out.append("assertion row with a figure/date and no future verb")
    if lab == "quantified" and not (RE_DIGIT.search(t) or RE_NUMWORD.search(t)):
        out.append("quantified row with no visible figure, date or frequency")
    return out


def main(argv):
    args = list(argv)
    verbose = "-v" in args
    if verbose:
        args.remove("-v")
    min_rows = min_label = 0
    for flag in ("--min", "--min-per-label"):
        if flag in args:
            i = args.index(flag)
            val = int(args[i + 1])
            del args[i : i + 2]
            if flag == "--min":
                min_rows = val
            else:
                min_label = val
    path = (
        pathlib.Path(args[0])
        if args
        else pathlib.Path(__file__).resolve().parent / "strength.jsonl"
    )

    errors, warnings, rows = [], [], []
    seen_full, seen_near = {}, {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        if not isinstance(row, dict) or set(row) != KEYS:
            errors.append(f"line {n}: keys must be exactly {sorted(KEYS)}")
            continue
        if not isinstance(row["text"], str) or not row["text"].strip():
            errors.append(f"line {n}: empty text")
            continue
        if row["label"] not in LABELS:
            errors.append(f"line {n}: bad label {row['label']!r}")
        if row["standard"] not in STANDARDS:
            errors.append(f"line {n}: bad standard {row['standard']!r}")
        if row["voice"] not in VOICES:
            errors.append(f"line {n}: bad voice {row['voice']!r}")
        key = norm_full(row["text"])
        if key in seen_full:
            errors.append(f"line {n}: duplicate of line {seen_full[key]}")
        seen_full.setdefault(key, n)
        near = first_words(row["text"])
        if len(near.split()) >= NEAR_N:
            if near in seen_near:
                errors.append(
                    f"line {n}: shares first {NEAR_N} words with line {seen_near[near]}: {near!r}"
                )
            seen_near.setdefault(near, n)
        for w in lint(row):
            warnings.append(f"line {n}: {w}: {row['text']}")
        rows.append(row)

    by_label = collections.Counter(r["label"] for r in rows)
    by_std = collections.Counter(r["standard"] for r in rows)
    by_voice = collections.Counter(r["voice"] for r in rows)
    cross = collections.Counter((r["label"], r["standard"]) for r in rows)

    if min_rows and len(rows) < min_rows:
        errors.append(f"only {len(rows)} rows, need {min_rows}")
    for lab in LABELS:
        if min_label and by_label[lab] < min_label:
            errors.append(f"label {lab}: {by_label[lab]} rows, need {min_label}")

    print(f"{path.name}: {len(rows)} rows")
    print("\nper label:")
    for lab in LABELS:
        print(f"  {lab:<11} {by_label[lab]:>5}")
    print("\nper standard:")
    for s in STANDARDS:
        print(f"  {s:<11} {by_std[s]:>5}")
    print("\nper voice:")
    for v in VOICES:
        print(f"  {v:<18} {by_voice[v]:>5}")
    print("\nlabel x standard:")
    print("  " + " " * 11 + "".join(f"{s:>7}" for s in STANDARDS))
    for lab in LABELS:
        print(f"  {lab:<11}" + "".join(f"{cross[(lab, s)]:>7}" for s in STANDARDS))
    words = [len(r["text"].split()) for r in rows]
    if words:
        print(
            f"\nwords per text: min {min(words)}, "
            f"mean {sum(words) / len(words):.1f}, max {max(words)}"
        )

    print(f"\nlint warnings: {len(warnings)}" + ("" if verbose else " (-v to list)"))
    if verbose:
        for w in warnings:
            print("  " + w)
    if errors:
        print(f"\nERRORS: {len(errors)}")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
