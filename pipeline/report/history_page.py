"""Writers for ``s11 history``: the ratings of every agency across cycles as a terminal table,
CSV, or a self-contained ``history.html`` with a small chart per agency.

They format :class:`~pipeline.values.HistoryEntry` rows made by
:func:`pipeline.cycles.changes.history`; the chart geometry below is layout only.
"""

from __future__ import annotations

import csv
import io
from itertools import groupby
from typing import Any

from pipeline.report.html import environment
from pipeline.values import RATING_RANK, HistoryEntry

CHANGE_WORDS = {"up": "up", "down": "down", "same": "same", None: ""}
CSV_COLUMNS = (
    "agency",
    "cycle",
    "file",
    "standard",
    "title",
    "self_rating",
    "evidence_rating",
    "change",
    "previous_cycle",
    "gaps",
    "evidence_count",
    "strong_count",
)
# Chart layout (SVG user units): one panel per standard, a row per rating.
PANEL_WIDTH, PANEL_HEIGHT, PANEL_GAP, LEFT, TOP, BOTTOM = 150, 90, 16, 52, 22, 22
LEVEL_Y = {"green": TOP + 8, "amber": TOP + PANEL_HEIGHT // 2, "red": TOP + PANEL_HEIGHT - 8}


def _by_agency(entries: list[HistoryEntry]) -> list[tuple[str, list[HistoryEntry]]]:
    return [(agency, list(rows)) for agency, rows in groupby(entries, key=lambda e: e.agency)]


def _cell(entry: HistoryEntry | None) -> str:
    if entry is None:
        return "-"
    text = f"{entry.self_rating or 'none'}/{entry.evidence_rating or 'none'}"
    if entry.change in ("up", "down"):
        text += f" ({entry.change})"
    if "RATING_UP_WITHOUT_EVIDENCE" in entry.gaps:
        text += " no new evidence"
    return text


def history_table(entries: list[HistoryEntry]) -> str:
    """Per agency: a row per standard, a column per cycle, "self/evidence" in each cell."""
    if not entries:
        return "no submissions recorded\n"
    blocks = []
    for agency, rows in _by_agency(entries):
        cycles = sorted({e.cycle for e in rows})
        standards = list(dict.fromkeys((e.standard_id, e.title) for e in rows))
        lookup = {(e.standard_id, e.cycle): e for e in rows}
        table = [["standard", *(str(c) for c in cycles)]]
        for standard_id, title in standards:
            table.append(
                [
                    f"{standard_id} {title}"[:44],
                    *(_cell(lookup.get((standard_id, c))) for c in cycles),
                ]
            )
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        lines = [agency, "  self/evidence rating per cycle; (up)/(down) against the cycle before"]
        for row in table:
            lines.append(
                "  "
                + "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def history_csv(entries: list[HistoryEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(
            [
                e.agency,
                e.cycle,
                e.file,
                e.standard_id,
                e.title,
                e.self_rating or "",
                e.evidence_rating or "",
                e.change or "",
                e.previous_cycle or "",
                ";".join(e.gaps),
                e.evidence_count,
                e.strong_count,
            ]
        )
    return buffer.getvalue()


def _points(
    rows: list[HistoryEntry], cycles: list[int], left: int, attribute: str
) -> list[dict[str, Any]]:
    step = (PANEL_WIDTH - 30) / max(len(cycles) - 1, 1)
    points = []
    for row in sorted(rows, key=lambda e: e.cycle):
        rating = getattr(row, attribute)
        if rating is None:
            continue
        x = (
            left
            + 15
            + (cycles.index(row.cycle) * step if len(cycles) > 1 else (PANEL_WIDTH - 30) / 2)
        )
        points.append(
            {"x": round(x, 1), "y": LEVEL_Y[rating], "rating": rating, "cycle": row.cycle}
        )
    return points


def chart(rows: list[HistoryEntry]) -> dict[str, Any]:
    """Geometry of one agency's chart: a panel per standard, self and evidence lines."""
    cycles = sorted({e.cycle for e in rows})
    standards = list(dict.fromkeys((e.standard_id, e.title) for e in rows))
    step = (PANEL_WIDTH - 30) / max(len(cycles) - 1, 1)
    panels = []
    for number, (standard_id, title) in enumerate(standards):
        left = LEFT + number * (PANEL_WIDTH + PANEL_GAP)
        own = [e for e in rows if e.standard_id == standard_id]
        self_points = _points(own, cycles, left, "self_rating")
        evidence_points = _points(own, cycles, left, "evidence_rating")
        ticks = [
            {
                "x": round(
                    left + 15 + (i * step if len(cycles) > 1 else (PANEL_WIDTH - 30) / 2), 1
                ),
                "label": str(c),
            }
            for i, c in enumerate(cycles)
        ]
        words = "; ".join(
            f"{e.cycle}: self {e.self_rating or 'none'}, evidence {e.evidence_rating or 'none'}"
            for e in sorted(own, key=lambda e: e.cycle)
        )
        panels.append(
            {
                "standard_id": standard_id,
                "title": title,
                "left": left,
                "ticks": ticks,
                "self": self_points,
                "evidence": evidence_points,
                "self_path": " ".join(f"{p['x']},{p['y']}" for p in self_points),
                "evidence_path": " ".join(f"{p['x']},{p['y']}" for p in evidence_points),
                "label": f"Standard {standard_id}, {title}: {words}",
            }
        )
    width = LEFT + len(standards) * (PANEL_WIDTH + PANEL_GAP)
    return {
        "width": width,
        "height": TOP + PANEL_HEIGHT + BOTTOM,
        "panels": panels,
        "levels": [{"rating": r, "y": y} for r, y in LEVEL_Y.items()],
        "panel_width": PANEL_WIDTH,
        "top": TOP,
        "bottom": TOP + PANEL_HEIGHT,
    }


def render_history(entries: list[HistoryEntry], progress: list[dict[str, Any]]) -> str:
    """``history.html``: per agency a chart, the ratings table and recorded progress on
    recommendations."""
    agencies = []
    for agency, rows in _by_agency(entries):
        cycles = sorted({e.cycle for e in rows})
        standards = list(dict.fromkeys((e.standard_id, e.title) for e in rows))
        lookup = {(e.standard_id, e.cycle): e for e in rows}
        agencies.append(
            {
                "name": agency,
                "cycles": cycles,
                "files": {c: next(e.file for e in rows if e.cycle == c) for c in cycles},
                "rows": [
                    {"id": sid, "title": title, "cells": [lookup.get((sid, c)) for c in cycles]}
                    for sid, title in standards
                ],
                "chart": chart(rows),
                "recommendations": [p for p in progress if p["agency"] == agency],
            }
        )
    cycles = sorted({e.cycle for e in entries})
    return (
        environment()
        .get_template("history.html.j2")
        .render(
            agencies=agencies,
            cycles=cycles,
            rank=RATING_RANK,
            change_words=CHANGE_WORDS,
        )
    )
