"""pack.docx: Word headings, a shaded RAG table and editable numbered questions."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document
from docx.oxml.ns import qn

from pipeline.report.word import pack_docx
from tests.report_batch import build


@pytest.fixture(scope="module")
def stroud():
    out = build()[0]
    record = json.loads((out / "submissions/stroud/analysis.json").read_text())
    return record, Document(str(out / "submissions/stroud/pack.docx"))


def _fill(cell) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return shading.get(qn("w:fill")) if shading is not None else None


def test_headings(stroud):
    record, document = stroud
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Pre-panel analysis pack: Stroud District Council")
    level1 = [text for style, text in headings if style == "Heading 1"]
    assert level1 == ["Overview"] + [
        f"Standard {s['id']}: {s['title']}" for s in record["standards"]
    ] + ["Common questions"]
    assert ("Heading 2", "Questions for the panel") in headings
    assert ("Heading 3", "Impact (1)") in headings
    starts = [
        p
        for p in document.paragraphs
        if p.text.startswith("Standard ") and p.style.name == "Heading 1"
    ]
    assert len(starts) == len(record["standards"])
    assert all(p.paragraph_format.page_break_before for p in starts)


def test_rag_table_cells_are_shaded_and_carry_the_word(stroud):
    record, document = stroud
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Standard",
        "Self-rating",
        "Evidence rating",
        "Gaps",
    ]
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "C00000"}
    for row, standard in zip(table.rows[1:], record["standards"], strict=True):
        for cell, rating in (
            (row.cells[1], standard["self_rating"]),
            (row.cells[2], standard["evidence_rating"]),
        ):
            assert cell.text == rating.capitalize()
            assert _fill(cell) == fills[cell.text]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_questions_are_numbered_lists_that_restart(stroud):
    record, document = stroud
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    expected = [q for s in record["standards"] for q in s["questions"]]
    expected += [q for c in record["common_questions"] for q in c["questions"]]
    assert [p.text for p in numbered] == expected
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(set(ids)) == sum(1 for s in record["standards"] if s["questions"]) + bool(
        any(c["questions"] for c in record["common_questions"])
    )
    numbering = document.part.numbering_part.element
    for num_id in set(ids):
        num = numbering.num_having_numId(num_id)
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_submission_text_with_xml_illegal_characters_still_makes_a_document(stroud):
    record, _ = stroud
    record = json.loads(json.dumps(record))
    record["standards"][0]["evidence"][0]["text"] = (
        "Bad\x00 control\x0b char\x1f and <script>x</script>"
    )
    record["standards"][0]["questions"] = ["Ask \x0cthis?"]
    record["agency"] = '=HYPERLINK("x")\x08'
    document = Document(io.BytesIO(pack_docx(record, {"id": "f", "title": "Framework"})))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Bad control char and <script>x</script>" in text and "Ask this?" in text
