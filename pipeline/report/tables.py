"""The summary table: one row per submission, for each standard its self rating, evidence
rating and gap types (``summary.csv``)."""

from __future__ import annotations

import csv
import io
import re
from typing import Any


def summary_rows(summary: dict[str, Any], standard_ids: list[str]) -> list[dict[str, str]]:
    rows = []
    for entry in summary["submissions"]:
        row = {
            "agency": entry["agency"] or "",
            "file": entry["file"],
            "status": entry["status"],
            "error_code": (entry["error"] or {}).get("code", "") if entry["error"] else "",
            "late": "yes" if entry.get("late") else "",
        }
        for standard_id in standard_ids:
            cell = entry["standards"].get(standard_id, {})
            row[f"s{standard_id}_self"] = cell.get("self_rating") or ""
            row[f"s{standard_id}_evidence"] = cell.get("evidence_rating") or ""
            row[f"s{standard_id}_gaps"] = " ".join(cell.get("gaps", []))
        row["common_questions_unanswered"] = " ".join(entry.get("common_gaps", []))
        rows.append(row)
    return rows


def summary_csv(summary: dict[str, Any], standard_ids: list[str]) -> str:
    rows = summary_rows(summary, standard_ids)
    columns = ["agency", "file", "status", "error_code", "late"]
    for standard_id in standard_ids:
        columns += [f"s{standard_id}_self", f"s{standard_id}_evidence", f"s{standard_id}_gaps"]
    columns.append("common_questions_unanswered")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows([{key: inert(value) for key, value in row.items()} for row in rows])
    return buffer.getvalue()


_FORMULA_START = re.compile(r"[=+@\t\r]|-(?!\d+(?:\.\d+)?$)")


def inert(value: Any) -> Any:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)" in a file name) gets a
    leading apostrophe, as OWASP advises for CSV; numbers and ordinary text are unchanged."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value
