"""``summary.xlsx``: the batch for the business unit, one sheet per view.

Summary (a row per submission, RAG cells filled and named), Gaps and questions (every gap
and the question drafted from it), Not analysed (failed, missing and late submissions) and
Green consistency. Every sheet has a bold, frozen header row and auto-filters. Text from
submissions is always a string cell (never a formula) and stripped of XML-illegal characters.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from pipeline.files import fixed_zip
from pipeline.report.labels import RAG_FILLS, RAG_TEXT, gap_label, rating_word
from pipeline.report.text import xml_safe

HEADER_FILL = PatternFill("solid", fgColor="DCE3EC")


def new_sheet(
    workbook: Workbook, title: str, headers: list[str], widths: list[int], freeze: str = "A2"
) -> Worksheet:
    sheet = workbook.create_sheet(title)
    sheet.append(headers)
    for column, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=column)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = freeze
    return sheet


def append_row(sheet: Worksheet, values: list[Any]) -> None:
    """Add a row; text becomes a plain string cell even when it starts with '='."""
    sheet.append([xml_safe(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def add_filter(sheet: Worksheet) -> None:
    sheet.auto_filter.ref = sheet.dimensions


def rag_cell(sheet: Worksheet, row: int, column: int, rating: str | None) -> None:
    cell = sheet.cell(row=row, column=column, value=rating_word(rating) if rating else "")
    if rating in RAG_FILLS:
        cell.fill = PatternFill("solid", fgColor=RAG_FILLS[rating])
        cell.font = Font(bold=True, color=RAG_TEXT[rating])


def _summary(workbook: Workbook, summary: dict[str, Any], standards: list[dict[str, str]]) -> None:
    headers = ["Agency", "File", "Status", "Error code", "Late"]
    for standard in standards:
        headers += [
            f"S{standard['id']} self",
            f"S{standard['id']} evidence",
            f"S{standard['id']} gaps",
        ]
    headers.append("Common questions unanswered")
    widths = [34, 26, 8, 12, 6] + [10, 10, 24] * len(standards) + [20]
    sheet = new_sheet(workbook, "Summary", headers, widths, freeze="C2")
    for entry in summary["submissions"]:
        cells = entry["standards"]
        values: list[Any] = [
            entry["agency"] or "",
            entry["file"],
            entry["status"],
            (entry["error"] or {}).get("code", ""),
            "yes" if entry.get("late") else "",
        ]
        for standard in standards:
            cell = cells.get(standard["id"], {})
            values += ["", "", " ".join(cell.get("gaps", []))]
        values.append(" ".join(entry.get("common_gaps", [])))
        append_row(sheet, values)
        for offset, standard in enumerate(standards):
            cell = cells.get(standard["id"], {})
            rag_cell(sheet, sheet.max_row, 6 + 3 * offset, cell.get("self_rating"))
            rag_cell(sheet, sheet.max_row, 7 + 3 * offset, cell.get("evidence_rating"))
    add_filter(sheet)


def gaps_view(record: dict[str, Any]) -> dict[str, Any]:
    """The parts of an analysis record the Gaps and questions sheet shows (a batch's whole
    records need not all be held at once to build the workbook)."""
    return {
        "status": record["status"],
        "agency": record.get("agency"),
        "source": {"file": (record.get("source") or {}).get("file")},
        "standards": [
            {"id": s["id"], "gaps": s["gaps"], "questions": s["questions"]}
            for s in record.get("standards") or []
        ],
        "common_questions": record.get("common_questions") or [],
    }


def _gaps(workbook: Workbook, records: list[dict[str, Any]]) -> None:
    headers = ["Agency", "File", "Standard", "Gap type", "Gap", "Detail", "Question"]
    sheet = new_sheet(workbook, "Gaps and questions", headers, [30, 24, 10, 24, 34, 60, 80])
    for record in records:
        if record["status"] != "ok":
            continue
        agency, file = record["agency"] or "", record["source"]["file"]
        for standard in record["standards"]:
            asked: set[str] = set()
            for gap in standard["gaps"]:
                questions = gap.get("questions") or [""]
                asked.update(questions)
                for question in questions:
                    append_row(
                        sheet,
                        [
                            agency,
                            file,
                            standard["id"],
                            gap["type"],
                            gap_label(gap["type"]),
                            gap["detail"],
                            question,
                        ],
                    )
            for question in standard["questions"]:
                if question not in asked:
                    append_row(sheet, [agency, file, standard["id"], "", "", "", question])
        for answer in record["common_questions"]:
            if not answer["answered"]:
                gap_type = "COMMON_QUESTION_UNANSWERED"
                detail = f"{answer['id']} ({answer['title']}) is not answered"
                for question in answer.get("questions") or [""]:
                    append_row(
                        sheet,
                        [
                            agency,
                            file,
                            answer["id"],
                            gap_type,
                            gap_label(gap_type),
                            detail,
                            question,
                        ],
                    )
    add_filter(sheet)


def _not_analysed(workbook: Workbook, summary: dict[str, Any]) -> None:
    headers = ["Kind", "Agency", "File", "Error code", "Message"]
    sheet = new_sheet(workbook, "Not analysed", headers, [16, 34, 28, 20, 70])
    for entry in summary["submissions"]:
        if entry["status"] != "ok":
            error = entry["error"] or {}
            append_row(
                sheet,
                [
                    "Failed",
                    entry["agency"] or "",
                    entry["file"],
                    error.get("code", ""),
                    error.get("message", ""),
                ],
            )
    for name in summary["missing_agencies"]:
        append_row(sheet, ["Not submitted", name, "", "", ""])
    for entry in summary["submissions"]:
        if entry.get("late"):
            append_row(
                sheet,
                ["Late", entry["agency"] or "", entry["file"], "", "submitted after the deadline"],
            )
    add_filter(sheet)


def _consistency(workbook: Workbook, summary: dict[str, Any]) -> None:
    headers = [
        "Standard",
        "Agency",
        "File",
        "Evidence rating",
        "Indicators shown",
        "Indicators in standard",
        "Coverage",
        "Strong sentences",
        "Weakest",
    ]
    sheet = new_sheet(workbook, "Green consistency", headers, [10, 34, 26, 12, 12, 12, 10, 10, 9])
    for standard in summary.get("consistency", []):
        for row in standard["agencies"]:
            append_row(
                sheet,
                [
                    standard["standard"],
                    row["agency"] or "",
                    row["file"],
                    "",
                    row["indicators_found"],
                    row["indicators_total"],
                    row["coverage"],
                    row["strong_sentences"],
                    "yes" if row["weakest"] else "",
                ],
            )
            rag_cell(sheet, sheet.max_row, 4, row["evidence_rating"])
            sheet.cell(row=sheet.max_row, column=7).number_format = "0%"
    add_filter(sheet)


def summary_workbook(
    summary: dict[str, Any], records: list[dict[str, Any]], standards: list[dict[str, str]]
) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _summary(workbook, summary, standards)
    _gaps(workbook, records)
    _not_analysed(workbook, summary)
    _consistency(workbook, summary)
    return workbook_bytes(workbook)


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook as .xlsx bytes that depend only on its contents (fixed times)."""
    workbook.properties.created = workbook.properties.modified = datetime(2000, 1, 1)
    workbook.properties.creator = "s11-evidence"
    buffer = io.BytesIO()
    # ExcelWriter, not workbook.save(), which stamps the time of saving as "modified".
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return fixed_zip(buffer.getvalue())
