"""The moderated grid: agencies by standards, as the audit report's Table 1, and its export
(``moderated.xlsx``, ``moderated.csv``, ``agreement.csv``).

The grid is built from a batch's ``summary.json`` (which agencies, their self and evidence
ratings) and the current decisions; a submission the tool could not read is listed without
ratings, so the table still shows every agency that submitted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook

from pipeline.moderation.agreement import Agreement, agreement_table
from pipeline.moderation.store import Cell, Decision
from pipeline.report.tables import inert
from pipeline.report.workbook import add_filter, append_row, new_sheet, rag_cell, workbook_bytes


def agency_key(entry: Mapping[str, Any]) -> str:
    """The name a submission is moderated under: its agency, else its file name."""
    return str(entry.get("agency") or entry.get("file") or "?")


@dataclass(frozen=True)
class GridCell:
    self_rating: str | None
    evidence_rating: str | None
    gaps: tuple[str, ...]
    panel: Decision | None
    second: Decision | None


@dataclass(frozen=True)
class GridRow:
    agency: str
    slug: str
    status: str
    cells: dict[str, GridCell]


def grid(
    summary: Mapping[str, Any], decisions: Mapping[Cell, Decision], ids: list[str]
) -> list[GridRow]:
    """A row per submission, a cell per standard of the framework (``ids``)."""
    rows = []
    for entry in summary.get("submissions") or []:
        agency = agency_key(entry)
        cells = {}
        for standard_id in ids:
            found = (entry.get("standards") or {}).get(standard_id) or {}
            cells[standard_id] = GridCell(
                self_rating=found.get("self_rating"),
                evidence_rating=found.get("evidence_rating"),
                gaps=tuple(found.get("gaps") or ()),
                panel=decisions.get((agency, standard_id, "first")),
                second=decisions.get((agency, standard_id, "second")),
            )
        slug = str(entry.get("analysis") or "").split("/")[1:2]
        rows.append(GridRow(agency, slug[0] if slug else "", str(entry.get("status")), cells))
    return rows


def _rating(decision: Decision | None) -> str | None:
    return decision.rating if decision else None


def moderated_csv(rows: list[GridRow], ids: list[str]) -> str:
    """The report's table: one row per agency, the panel's rating for each standard."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["agency", *(f"standard_{s}" for s in ids)])
    for row in rows:
        ratings = [_rating(row.cells[s].panel) or "" for s in ids]
        writer.writerow([inert(row.agency), *ratings])
    return buffer.getvalue()


def _figure(value: Agreement) -> tuple[str, str, str]:
    percent = "" if value.percent is None else f"{value.percent:.1f}"
    kappa = "" if value.kappa is None else f"{value.kappa:.3f}"
    return str(value.compared), percent, kappa


def agreement_csv(decisions: Mapping[Cell, Decision], ids: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["comparison", "standard", "compared", "percent_agreement", "cohen_kappa"])
    for row in agreement_table(decisions, ids):
        writer.writerow([row["comparison"], "all", *_figure(row["overall"])])  # type: ignore[arg-type]
        for standard_id, value in row["standards"].items():  # type: ignore[attr-defined]
            writer.writerow([row["comparison"], standard_id, *_figure(value)])
    return buffer.getvalue()


def moderated_workbook(
    rows: list[GridRow], ids: list[str], decisions: Mapping[Cell, Decision]
) -> bytes:
    """Three sheets: the report's table (panel ratings), self, evidence and both reviewers
    side by side with the notes, and the agreement figures."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    table = new_sheet(
        workbook,
        "Moderated ratings",
        ["Agency", *(f"Standard {s}" for s in ids)],
        [40] + [14] * len(ids),
    )
    for row in rows:
        append_row(table, [row.agency] + [""] * len(ids))
        for column, standard_id in enumerate(ids, start=2):
            rag_cell(table, table.max_row, column, _rating(row.cells[standard_id].panel))
    add_filter(table)
    headers = [
        "Agency",
        "Standard",
        "Self",
        "Evidence",
        "Panel",
        "Second reviewer",
        "Gaps",
        "Panel note",
        "Decided by",
        "When",
    ]
    detail = new_sheet(workbook, "Side by side", headers, [40, 9, 9, 10, 9, 10, 26, 50, 18, 20])
    for row in rows:
        for standard_id in ids:
            cell = row.cells[standard_id]
            panel = cell.panel
            append_row(
                detail,
                [
                    row.agency,
                    standard_id,
                    "",
                    "",
                    "",
                    "",
                    " ".join(cell.gaps),
                    panel.note if panel else "",
                    panel.who if panel else "",
                    panel.at if panel else "",
                ],
            )
            ratings = (cell.self_rating, cell.evidence_rating, _rating(panel), _rating(cell.second))
            for column, rating in enumerate(ratings, start=3):
                rag_cell(detail, detail.max_row, column, rating)
    add_filter(detail)
    figures = new_sheet(
        workbook,
        "Agreement",
        ["Comparison", "Standard", "Compared", "% agreement", "Cohen's kappa"],
        [36, 10, 10, 12, 14],
    )
    for line in csv.reader(io.StringIO(agreement_csv(decisions, ids))):
        if line[0] == "comparison":
            continue
        compared, percent, kappa = line[2:]
        append_row(
            figures,
            [
                line[0],
                line[1],
                int(compared),
                float(percent) if percent else "n/a",
                float(kappa) if kappa else "n/a",
            ],
        )
    add_filter(figures)
    return workbook_bytes(workbook)
