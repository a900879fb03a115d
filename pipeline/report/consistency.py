"""How consistent the Green self-ratings are across agencies, standard by standard.

For the independent scrutineer: of the agencies rating themselves Green on a standard, how
much evidence stands behind each (indicator coverage and the number of strong sentences),
the spread (min, median, max), and which have the weakest evidence. Built from the summary
entries, so the index page and the spreadsheet only format it.
"""

from __future__ import annotations

import math
from statistics import median
from typing import Any


def _spread(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"min": min(values), "median": round(median(values), 2), "max": max(values)}


def _green_entries(submissions: list[dict[str, Any]], standard_id: str) -> list[dict[str, Any]]:
    rows = []
    for entry in submissions:
        cell = entry["standards"].get(standard_id) or {}
        if entry["status"] != "ok" or cell.get("self_rating") != "green":
            continue
        rows.append(
            {
                "agency": entry["agency"],
                "file": entry["file"],
                "pack": entry.get("pack"),
                "evidence_rating": cell.get("evidence_rating"),
                "coverage": cell.get("coverage"),
                "indicators_found": cell.get("indicators_found", 0),
                "indicators_total": cell.get("indicators_total", 0),
                "strong_sentences": cell.get("strong_sentences", 0),
                "weakest": False,
            }
        )
    rows.sort(key=lambda r: (r["coverage"] or 0.0, r["strong_sentences"], r["file"]))
    if len(rows) >= 2:
        for row in rows[: math.ceil(len(rows) / 3)]:
            row["weakest"] = True
    return rows


def consistency_record(
    submissions: list[dict[str, Any]], standards: list[dict[str, str]]
) -> list[dict[str, Any]]:
    """Per standard: the Green self-raters, weakest evidence first, and the spread of their
    evidence. The weakest third (at least one, when two or more agencies rate Green) is
    marked ``weakest``."""
    result = []
    for standard in standards:
        rows = _green_entries(submissions, standard["id"])
        result.append(
            {
                "standard": standard["id"],
                "title": standard["title"],
                "green": len(rows),
                "green_supported": sum(1 for r in rows if r["evidence_rating"] == "green"),
                "coverage": _spread([r["coverage"] for r in rows if r["coverage"] is not None]),
                "strong_sentences": _spread([float(r["strong_sentences"]) for r in rows]),
                "agencies": rows,
            }
        )
    return result
