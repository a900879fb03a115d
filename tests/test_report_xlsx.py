"""summary.xlsx: RAG fills, frozen headers, filters, gaps and questions, failed/missing/late."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from pipeline.report import write_batch
from pipeline.report.workbook import summary_workbook
from tests.report_batch import build, with_late


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    _, batch = build()
    out = tmp_path_factory.mktemp("late")
    write_batch(with_late(batch, "cheltenham.docx"), out)
    return out, load_workbook(out / "summary.xlsx")


def test_sheets_headers_frozen_and_filtered(workbook):
    _, book = workbook
    assert book.sheetnames == ["Summary", "Gaps and questions", "Not analysed", "Green consistency"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes in ("A2", "C2")
        assert sheet.auto_filter.ref == sheet.dimensions
        assert all(cell.font.bold for cell in sheet[1])


def test_summary_row_per_submission_with_filled_rag_cells(workbook):
    out, book = workbook
    sheet = book["Summary"]
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["Agency", "File", "Status", "Error code", "Late"]
    assert headers[5:8] == ["S1 self", "S1 evidence", "S1 gaps"]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
    assert set(rows) == {
        "stroud.docx",
        "cheltenham.docx",
        "tewkesbury.pdf",
        "broken.docx",
        "notes.txt",
    }
    summary = json.loads((out / "summary.json").read_text())
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "C00000"}
    for entry in summary["submissions"]:
        row = rows[entry["file"]]
        for offset, standard_id in enumerate(["1", "2", "3", "4"]):
            cell = entry["standards"].get(standard_id)
            self_cell, evidence_cell, gaps_cell = row[5 + 3 * offset : 8 + 3 * offset]
            if not cell:
                assert self_cell.value in (None, "")
                continue
            for xl, rating in (
                (self_cell, cell["self_rating"]),
                (evidence_cell, cell["evidence_rating"]),
            ):
                if rating:
                    assert xl.value == rating.capitalize()
                    assert xl.fill.fgColor.rgb.endswith(fills[xl.value])
                else:
                    assert xl.value in (None, "")
            assert (gaps_cell.value or "") == " ".join(cell["gaps"])
    assert rows["cheltenham.docx"][4].value == "yes"
    assert rows["broken.docx"][3].value == "CORRUPT"


def test_every_gap_and_question_has_a_row(workbook):
    out, book = workbook
    sheet = book["Gaps and questions"]
    assert [c.value for c in sheet[1]] == [
        "Agency",
        "File",
        "Standard",
        "Gap type",
        "Gap",
        "Detail",
        "Question",
    ]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    record = json.loads((out / "submissions/stroud/analysis.json").read_text())
    for standard in record["standards"]:
        for gap in standard["gaps"]:
            assert any(
                r[1] == "stroud.docx" and r[2] == standard["id"] and r[3] == gap["type"]
                for r in rows
            )
        for question in standard["questions"]:
            assert any(r[6] == question for r in rows)
    assert any(r[3] == "COMMON_QUESTION_UNANSWERED" and r[6] for r in rows)


def test_failed_missing_and_late_submissions(workbook):
    out, book = workbook
    rows = [[c.value for c in r] for r in book["Not analysed"].iter_rows(min_row=2)]
    kinds = {(r[0], r[1] or r[2]) for r in rows}
    assert ("Failed", "broken.docx") in kinds and ("Failed", "notes.txt") in kinds
    assert ("Late", "Cheltenham Borough Council") in kinds
    assert ("Not submitted", "National Probation Service") in kinds
    failed = next(r for r in rows if r[2] == "notes.txt")
    assert failed[3] == "UNSUPPORTED_FORMAT" and failed[4]


def test_green_consistency_sheet(workbook):
    _, book = workbook
    rows = [[c.value for c in r] for r in book["Green consistency"].iter_rows(min_row=2)]
    assert any(r[1] == "Stroud District Council" and r[0] == "1" for r in rows)
    assert any(r[8] == "yes" for r in rows)


def test_text_is_never_a_formula_and_illegal_characters_are_stripped():
    summary = {
        "submissions": [
            {
                "file": "=cmd|' /C calc'!A0.docx",
                "agency": "=1+1\x07",
                "status": "ok",
                "error": None,
                "late": False,
                "standards": {"1": {"self_rating": "green", "evidence_rating": None, "gaps": []}},
                "common_gaps": [],
            }
        ],
        "missing_agencies": [],
        "consistency": [],
    }
    data = summary_workbook(summary, [], [{"id": "1", "title": "Leadership"}])
    sheet = load_workbook(io.BytesIO(data))["Summary"]
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].data_type == "s"
    assert sheet["F2"].value == "Green" and sheet["G2"].value in (None, "")


def test_csv_text_that_a_spreadsheet_would_run_is_made_inert():
    import csv

    from pipeline.report.tables import summary_csv

    summary = {
        "submissions": [
            {
                "file": name,
                "agency": agency,
                "status": "ok",
                "error": None,
                "late": False,
                "standards": {"1": {"self_rating": "green", "evidence_rating": None, "gaps": []}},
                "common_gaps": [],
            }
            for name, agency in [
                ('=HYPERLINK("http://x").docx', "+1+1"),
                ("@SUM(A1).pdf", "-2+3"),
                ("stroud.pdf", "Stroud District Council"),
            ]
        ],
        "missing_agencies": [],
    }
    rows = list(csv.DictReader(io.StringIO(summary_csv(summary, ["1"]))))
    assert [r["file"] for r in rows] == [
        '\'=HYPERLINK("http://x").docx',
        "'@SUM(A1).pdf",
        "stroud.pdf",
    ]
    assert [r["agency"] for r in rows] == ["'+1+1", "'-2+3", "Stroud District Council"]
    assert rows[0]["s1_self"] == "green"
