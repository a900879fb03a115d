#!/usr/bin/env python3
"""Compile the hand-written batch files in src/ into strength.jsonl.

Each non-blank, non-comment line of src/*.txt is:

    L|S|V|sentence text

L = label code: A assertion, C activity, Q quantified, I impact
S = standard: 1, 2, 3, 4, or 0 for "none"
V = voice code (see VOICES below)

Stdlib only. Output order follows file name order, then line order.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
LABELS = {"A": "assertion", "C": "activity", "Q": "quantified", "I": "impact"}
STANDARDS = {"0": "none", "1": "1", "2": "2", "3": "3", "4": "4"}
VOICES = {
    "pol": "police",
    "nhs": "nhs_trust",
    "cou": "council",
    "yos": "youth_offending",
    "dc": "district_council",
    "icb": "commissioning",
    "asc": "adult_social_care",
    "caf": "cafcass",
    "hou": "housing",
    "sch": "school",
    "vol": "voluntary",
}


def parse(path):
    rows = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            sys.exit(f"{path.name}:{n}: expected L|S|V|text")
        lab, std, voice, text = (p.strip() for p in parts)
        if lab not in LABELS or std not in STANDARDS or voice not in VOICES:
            sys.exit(f"{path.name}:{n}: bad code in {line[:40]!r}")
        rows.append(
            {"text": text, "label": LABELS[lab], "standard": STANDARDS[std], "voice": VOICES[voice]}
        )
    return rows


def main():
    rows = []
    for path in sorted((HERE / "src").glob("*.txt")):
        rows.extend(parse(path))
    out = HERE / "strength.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out.name}")


if __name__ == "__main__":
    main()
