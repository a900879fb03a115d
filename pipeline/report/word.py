"""``pack.docx``: the pre-panel pack as a Word document panel members can edit.

The same content as ``pack.html``: Word headings, a RAG table whose cells are shaded
(``w:shd``) and carry the rating as a word, and each standard's questions as a numbered
list that restarts at 1. Text is stripped of characters XML does not allow.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import Any

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from pipeline.report.files import fixed_zip
from pipeline.report.labels import (
    RAG_FILLS,
    RAG_TEXT,
    STRENGTH_LABELS,
    STRENGTH_ORDER,
    gap_label,
    rating_word,
)
from pipeline.report.text import xml_safe


def _where(page: int | None, block: int | None) -> str:
    return f"p. {page}" if page else (f"para. {block}" if block is not None else "")


def shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _rag_cell(cell: _Cell, rating: str | None) -> None:
    run = _run(cell.paragraphs[0], rating_word(rating))
    run.bold = True
    if rating in RAG_FILLS:
        shade(cell, RAG_FILLS[rating])
        run.font.color.rgb = RGBColor.from_string(RAG_TEXT[rating])


_SPACES = re.compile(r"[\t\r\n]")


def _styled(document: WordDocument, text: str, style_id: str) -> Paragraph:
    """``document.add_paragraph(text, style)`` by style id: python-docx resolves a style name
    by scanning every style on each call, which was most of the time spent writing a pack."""
    paragraph = document.add_paragraph()
    paragraph._p.get_or_add_pPr().style = style_id
    if text:
        _run(paragraph, text)
    return paragraph


def _para(container: Any, text: str) -> Paragraph:
    """``container.add_paragraph(text)`` with the text added by :func:`_run`."""
    paragraph = container.add_paragraph()
    _run(paragraph, text)
    return paragraph


def _run(paragraph: Paragraph, text: str) -> Run:
    """``paragraph.add_run(text)`` in one step: python-docx's text setter builds the run a
    character at a time (to turn tabs and line breaks into elements), which was the largest
    cost of a pack. Tabs and line breaks become spaces here."""
    element = paragraph._p.add_r()
    element.add_t(_SPACES.sub(" ", text))
    return Run(element, paragraph)


def _heading(document: WordDocument, text: str, level: int) -> Paragraph:
    """``document.add_heading`` without the style-name lookup (see :func:`_styled`)."""
    return _styled(document, text, "Title" if level == 0 else f"Heading{level}")


def _table(document: WordDocument, headers: list[str]) -> Table:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        _run(cell.paragraphs[0], header).bold = True
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # a header row, repeated on each page
    repeat.set(qn("w:val"), "true")
    row_properties.append(repeat)
    return table


def _numbered(document: WordDocument, items: list[str]) -> None:
    """A "List Number" list that starts again at 1 (a new w:num over the style's list)."""
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for item in items:
        paragraph = _styled(document, xml_safe(item), "ListNumber")
        number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = 0
        number.get_or_add_numId().val = num.numId


def _overview(document: WordDocument, record: dict[str, Any]) -> None:
    _heading(document, "Overview", 1)
    table = _table(document, ["Standard", "Self-rating", "Evidence rating", "Gaps"])
    for standard in record["standards"]:
        cells = table.add_row().cells
        cells[0].text = xml_safe(f"{standard['id']}. {standard['title']}")
        _rag_cell(cells[1], standard["self_rating"])
        _rag_cell(cells[2], standard["evidence_rating"])
        cells[3].text = xml_safe(
            "; ".join(gap_label(g["type"]) for g in standard["gaps"]) or "none"
        )


def _standard(document: WordDocument, standard: dict[str, Any]) -> None:
    heading = _heading(document, xml_safe(f"Standard {standard['id']}: {standard['title']}"), 1)
    heading.paragraph_format.page_break_before = True
    table = _table(document, ["Self-rating", "Evidence rating"])
    cells = table.add_row().cells
    _rag_cell(cells[0], standard["self_rating"])
    _rag_cell(cells[1], standard["evidence_rating"])
    source = standard["self_rating_source"]
    if source:
        where = _where(source["page"], source["block"])
        _para(cells[0], xml_safe(f"Found in {source['method']}, {where}: “{source['text']}”"))
    _para(cells[1], xml_safe(standard["evidence_explanation"]))

    _heading(document, "Gaps", 2)
    for gap in standard["gaps"]:
        paragraph = _styled(document, "", "ListBullet")
        _run(paragraph, xml_safe(gap_label(gap["type"]))).bold = True
        _run(paragraph, xml_safe(f" ({gap['type']}): {gap['detail']}"))
        if gap["quote"]:
            _run(paragraph, xml_safe(f" “{gap['quote']}”")).italic = True
        places = ", ".join(
            _where(standard["evidence"][n]["page"], standard["evidence"][n]["block"])
            for n in gap.get("evidence", [])
        )
        _run(
            paragraph,
            xml_safe(
                f" Rules: {', '.join(gap['rules']) or 'none'}."
                + (f" Sentences at {places}." if places else "")
            ),
        )
    if not standard["gaps"]:
        _para(document, "No gaps flagged.")

    _heading(document, "Questions for the panel", 2)
    _numbered(document, standard["questions"])
    if not standard["questions"]:
        _para(document, "No questions drafted.")

    _heading(document, "Indicators", 2)
    indicators = standard.get("indicators", [])
    for indicator in sorted(indicators, key=lambda i: not i["found"]):  # found first
        paragraph = _styled(document, "", "ListBullet")
        _run(paragraph, "Found: " if indicator["found"] else "Missing: ").bold = True
        _run(paragraph, xml_safe(indicator["description"]))

    _heading(document, f"Evidence ({len(standard['evidence'])} sentences), strongest first", 2)
    for strength in STRENGTH_ORDER:
        items = [e for e in standard["evidence"] if e["strength"] == strength]
        if not items:
            continue
        _heading(document, f"{strength.capitalize()} ({len(items)})", 3)
        _para(document, STRENGTH_LABELS[strength]).runs[0].italic = True
        for item in items:
            paragraph = _styled(document, "", "ListBullet")
            _run(paragraph, xml_safe(f"“{item['text']}” "))
            names = item.get("indicator_names", item["indicators"])
            detail = _where(item["page"], item["block"]) + (
                f"; {'; '.join(names)}" if names else ""
            )
            note = _run(paragraph, xml_safe(f"({detail})"))
            note.font.size = Pt(9)


def _common(document: WordDocument, record: dict[str, Any]) -> None:
    heading = _heading(document, "Common questions", 1)
    heading.paragraph_format.page_break_before = True
    table = _table(document, ["Question", "Answered", "Answer (excerpt)", "Where"])
    questions = []
    for answer in record["common_questions"]:
        cells = table.add_row().cells
        cells[0].text = xml_safe(f"{answer['id']}. {answer['title']}")
        cells[1].text = "Yes" if answer["answered"] else "No"
        cells[2].text = xml_safe(answer["excerpt"] or "nothing found")
        cells[3].text = _where(answer["page"], answer["block"])
        questions += answer.get("questions", [])
    if questions:
        _heading(document, "Questions for the panel", 2)
        _numbered(document, questions)


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # fixed, so the same pack gives the same bytes


def pack_docx(record: dict[str, Any], framework: dict[str, Any]) -> bytes:
    document = Document()
    agency = record["agency"] or "agency not recognised"
    document.core_properties.title = xml_safe(f"Pre-panel analysis pack: {agency}")
    document.core_properties.created = document.core_properties.modified = _EPOCH
    document.core_properties.last_modified_by = document.core_properties.author = "s11-evidence"
    _heading(document, xml_safe(f"Pre-panel analysis pack: {agency}"), 0)
    source = record["source"]
    _para(
        document,
        xml_safe(
            f"{framework['title']}. Submission {source['file']}"
            + (f", {source['pages']} pages" if source["pages"] else "")
            + "."
        ),
    )
    _overview(document, record)
    if record["warnings"]:
        _heading(document, "Warnings", 2)
        for warning in record["warnings"]:
            _styled(document, xml_safe(warning), "ListBullet")
    for standard in record["standards"]:
        _standard(document, standard)
    _common(document, record)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())
