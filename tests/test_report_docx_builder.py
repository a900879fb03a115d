"""The lxml body builder of pack.docx makes the same XML as python-docx's own API, and its
package writer the same bytes as ``Document.save`` with fixed timestamps."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.run import Run
from lxml import etree

from pipeline.files import fixed_zip, zip_entries
from pipeline.report.word import (
    _Body,
    _cell_text,
    _fill,
    _Pack,
    _rag_cell,
    _run,
    pack_docx,
    package_parts,
)

TEXTS = ["plain", " leading and trailing ", "tab\there", "lines\r\nand\nbreaks", "", "\t"]


def _body_xml(document) -> bytes:
    return etree.tostring(document.element.body)


def _api_run(paragraph, text):
    """A run as the pack always wrote one with python-docx: a single ``w:t`` (even when
    empty), tabs and line breaks made spaces."""
    element = paragraph._p.add_r()
    element.add_t(text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    return Run(element, paragraph)


def _api_table(document, headers):
    """A table as python-docx's API builds it: styled, a bold header row repeated."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        _api_run(cell.paragraphs[0], header).bold = True
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    return table


def _api_rag(cell, rating, word, fill, colour):
    run = _api_run(cell.paragraphs[0], word)
    run.bold = True
    if fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)
        run.font.color.rgb = RGBColor.from_string(colour)


def test_tables_match_python_docx():
    expected = Document()
    table = _api_table(expected, ["One", "Two", "Three"])
    for text in TEXTS:
        cells = table.add_row().cells
        cells[0].text = text  # tabs and breaks become w:tab and w:br
        _api_rag(cells[1], "red", "Red", "C00000", "FFFFFF")
        _api_rag(cells[2], None, "None", "", "")
        _api_run(cells[2].add_paragraph(), text)
    _api_table(expected, ["Only"]).add_row().cells[0].text = ""

    actual = Document()
    body = _Body(_Pack.of(actual))
    built = body.table(["One", "Two", "Three"])
    for text in TEXTS:
        cells = body.row(built)
        _cell_text(cells[0], text)
        _rag_cell(cells[1], "red")
        _rag_cell(cells[2], None)
        _run(etree.SubElement(cells[2], qn("w:p")), text)
    _cell_text(body.row(body.table(["Only"]))[0], "")
    body.close()
    assert _body_xml(actual) == _body_xml(expected)


def test_paragraphs_and_runs_match_python_docx():
    expected = Document()
    expected.add_heading("Title text", 0)
    heading = expected.add_heading("Heading text", 1)
    heading.paragraph_format.page_break_before = True
    expected.add_paragraph("", "List Bullet")
    for text in TEXTS:
        paragraph = expected.add_paragraph(style="List Bullet")
        _api_run(paragraph, text)
        _api_run(paragraph, "bold").bold = True
        _api_run(paragraph, "italic").italic = True
        _api_run(paragraph, "small").font.size = Pt(9)
        coloured = _api_run(paragraph, "all")
        coloured.bold = coloured.italic = True
        coloured.font.size = Pt(9)
        coloured.font.color.rgb = RGBColor.from_string("00B050")
    _api_run(expected.add_paragraph(), "label").italic = True

    actual = Document()
    body = _Body(_Pack.of(actual))
    body.heading("Title text", 0)
    body.heading("Heading text", 1, page_break=True)
    body.styled("", "ListBullet")
    for text in TEXTS:
        paragraph = body.styled("", "ListBullet")
        _run(paragraph, text)
        _run(paragraph, "bold", bold=True)
        _run(paragraph, "italic", italic=True)
        _run(paragraph, "small", size="18")
        _run(paragraph, "all", bold=True, italic=True, size="18", color="00B050")
    body.para("label", italic=True)
    body.close()
    assert _body_xml(actual) == _body_xml(expected)


def test_numbered_lists_match_python_docx():
    expected = Document()
    numbering = expected.part.numbering_part.element
    style_num = expected.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    for items in (["first", "second"], [], [" third "]):
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for item in items:
            paragraph = expected.add_paragraph(item, "List Number")
            number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            number.get_or_add_ilvl().val = 0
            number.get_or_add_numId().val = num.numId

    actual = Document()
    body = _Body(_Pack.of(actual))
    for items in (["first", "second"], [], [" third "]):
        body.numbered(items)
    body.close()
    assert _body_xml(actual) == _body_xml(expected)
    assert etree.tostring(actual.part.numbering_part.element) == etree.tostring(numbering)


RECORD = {
    "agency": "Example Council",
    "source": {"file": "example.pdf", "pages": 3},
    "warnings": ["A warning"],
    "standards": [
        {
            "id": "1",
            "title": "Leadership",
            "self_rating": "green",
            "evidence_rating": "amber",
            "self_rating_source": {"method": "table", "page": 2, "block": 7, "text": "Green"},
            "evidence_explanation": "Some activity & <no> impact.",
            "gaps": [
                {
                    "type": "OVER_RATED",
                    "detail": "Rated higher",
                    "quote": "We meet\tmonthly",
                    "rules": ["R1"],
                    "evidence": [0],
                }
            ],
            "questions": ["How do you know?"],
            "indicators": [{"description": "Board minutes", "found": True}],
            "evidence": [
                {
                    "text": " We meet monthly. ",
                    "page": 2,
                    "block": 8,
                    "strength": "activity",
                    "indicators": ["1.1"],
                    "indicator_names": ["Board minutes"],
                }
            ],
        }
    ],
    "common_questions": [
        {
            "id": "C1",
            "title": "Training",
            "answered": False,
            "excerpt": "",
            "page": None,
            "block": 3,
            "questions": ["Who trains staff?"],
        }
    ],
}
FRAMEWORK = {"id": "example", "title": "Example framework"}


def test_pack_from_the_template_matches_a_saved_python_docx_document():
    document = Document()
    _fill(_Pack.of(document), RECORD, FRAMEWORK)
    saved = io.BytesIO()
    document.save(saved)
    expected = fixed_zip(saved.getvalue())
    assert pack_docx(RECORD, FRAMEWORK) == expected
    pack_docx({**RECORD, "agency": None, "standards": []}, FRAMEWORK)
    assert pack_docx(RECORD, FRAMEWORK) == expected  # the template is left as it was


def test_package_bytes_match_save_with_fixed_times():
    document = Document()
    document.add_paragraph("Some text")
    saved = io.BytesIO()
    document.save(saved)
    assert zip_entries(package_parts(document.part.package)) == fixed_zip(saved.getvalue())
