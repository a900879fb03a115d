"""``pack.docx``: the pre-panel pack as a Word document panel members can edit.

The same content as ``pack.html``: Word headings, a RAG table whose cells are shaded
(``w:shd``) and carry the rating as a word, and each standard's questions as a numbered
list that restarts at 1. Text is stripped of characters XML does not allow.

python-docx opens the template, numbers the lists and writes the package; the body is
built with lxml directly (see :class:`_Body`), as the same elements python-docx's API would
make, because its element helpers were most of the time spent writing a pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, cast

from docx import Document
from docx.document import Document as WordDocument
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.package import OpcPackage
from docx.opc.packuri import PackURI
from docx.opc.phys_pkg import PhysPkgWriter
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.coreprops import CT_CoreProperties
from docx.oxml.document import CT_Document
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Numbering
from docx.oxml.parser import parse_xml
from docx.shared import Emu, RGBColor
from lxml import etree

from pipeline.files import zip_entries
from pipeline.report.labels import (
    RAG_FILLS,
    RAG_TEXT,
    STRENGTH_LABELS,
    STRENGTH_ORDER,
    gap_label,
    rating_word,
)
from pipeline.report.text import xml_safe

_SubElement = etree.SubElement
_P, _PPR, _PSTYLE, _PAGE_BREAK = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:pageBreakBefore")
_NUMPR, _ILVL, _NUMID = qn("w:numPr"), qn("w:ilvl"), qn("w:numId")
_R, _RPR, _T, _TAB, _BR = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:tab"), qn("w:br")
_B, _I, _COLOR, _SZ = qn("w:b"), qn("w:i"), qn("w:color"), qn("w:sz")
_TBL, _TBLPR, _TBLSTYLE, _TBLW, _TBLLOOK = (
    qn("w:tbl"),
    qn("w:tblPr"),
    qn("w:tblStyle"),
    qn("w:tblW"),
    qn("w:tblLook"),
)
_GRID, _GRIDCOL, _TR, _TRPR, _TBLHEADER = (
    qn("w:tblGrid"),
    qn("w:gridCol"),
    qn("w:tr"),
    qn("w:trPr"),
    qn("w:tblHeader"),
)
_TC, _TCPR, _TCW, _SHD = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:shd")
_VAL, _TYPE, _W, _FILL = qn("w:val"), qn("w:type"), qn("w:w"), qn("w:fill")
_SPACE = qn("xml:space")
# python-docx's table look, attribute for attribute (``CT_Tbl.new_tbl``).
_TABLE_LOOK = (
    ("w:firstColumn", "1"),
    ("w:firstRow", "1"),
    ("w:lastColumn", "0"),
    ("w:lastRow", "0"),
    ("w:noHBand", "0"),
    ("w:noVBand", "1"),
    ("w:val", "04A0"),
)
_SMALL = "18"  # 9 pt, in the half-points of w:sz


def _where(page: int | None, block: int | None) -> str:
    return f"p. {page}" if page else (f"para. {block}" if block is not None else "")


_SPACES = re.compile(r"[\t\r\n]")
_BREAKS = re.compile(r"([\t\r\n])")


def _text(run: etree._Element, text: str) -> None:
    """A ``w:t`` as python-docx's ``CT_R.add_t`` makes it: spaces at either end kept."""
    element = _SubElement(run, _T)
    element.text = text
    if len(text.strip()) < len(text):
        element.set(_SPACE, "preserve")


def _run(
    paragraph: etree._Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = "",
    size: str = "",
) -> etree._Element:
    """``paragraph.add_run(text)`` with its font set: one ``w:t``, tabs and line breaks made
    spaces, properties in the schema order python-docx keeps (b, i, color, sz)."""
    run = _SubElement(paragraph, _R)
    if bold or italic or color or size:
        properties = _SubElement(run, _RPR)
        if bold:
            _SubElement(properties, _B)
        if italic:
            _SubElement(properties, _I)
        if color:
            _SubElement(properties, _COLOR).set(_VAL, color)
        if size:
            _SubElement(properties, _SZ).set(_VAL, size)
    _text(run, _SPACES.sub(" ", text))
    return run


def _paragraph(
    parent: etree._Element, style: str = "", *, page_break: bool = False
) -> etree._Element:
    """An empty ``w:p`` at the end of ``parent``, with a style id and a page break before."""
    paragraph = _SubElement(parent, _P)
    if style or page_break:
        properties = _SubElement(paragraph, _PPR)
        if style:
            _SubElement(properties, _PSTYLE).set(_VAL, style)
        if page_break:
            _SubElement(properties, _PAGE_BREAK)
    return paragraph


def _cell_text(cell: etree._Element, text: str) -> None:
    """``cell.text = text`` as python-docx sets it: one paragraph and run, with each tab a
    ``w:tab`` and each line break a ``w:br``."""
    run = _SubElement(_SubElement(cell, _P), _R)
    for piece in _BREAKS.split(text):
        if piece == "\t":
            _SubElement(run, _TAB)
        elif piece in ("\r", "\n"):
            _SubElement(run, _BR)
        elif piece:
            _text(run, piece)


def _rag_cell(cell: etree._Element, rating: str | None) -> None:
    """The rating as a bold word, on the RAG fill in a contrasting colour."""
    color = ""
    if rating in RAG_FILLS:
        shading = _SubElement(cell[0], _SHD)  # cell[0] is the w:tcPr
        shading.set(_VAL, "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(_FILL, RAG_FILLS[rating])
        color = str(RGBColor.from_string(RAG_TEXT[rating]))
    _run(_SubElement(cell, _P), rating_word(rating), bold=True, color=color)


@dataclass
class _Pack:
    """The parts of a Word document a pack writes to, and what it needs from the others."""

    document: CT_Document
    numbering: CT_Numbering
    core: CoreProperties
    width: int  # between the margins, in EMU: add_table divides it among the columns
    list_number: int  # the abstract numbering of the "List Number" style

    @classmethod
    def of(cls, document: WordDocument) -> _Pack:
        """The parts of a python-docx document."""
        numbering = document.part.numbering_part.element
        style_num = document.styles["List Number"].element.pPr.numPr.numId.val
        return cls(
            document=document.element,
            numbering=numbering,
            core=document.core_properties,
            width=document._block_width,
            list_number=numbering.num_having_numId(style_num).abstractNumId.val,
        )


class _Body:
    """Appends block content to the body of a python-docx document, making the elements
    ``add_paragraph``, ``add_table`` and ``add_row`` would. The section properties that
    close the body are set aside while building and put back by :meth:`close`."""

    def __init__(self, pack: _Pack) -> None:
        self.body = pack.document.body
        self.width = pack.width
        self.numbering = pack.numbering
        self.list_number = pack.list_number
        self.section = self.body.sectPr
        if self.section is not None:
            self.body.remove(self.section)

    def close(self) -> None:
        if self.section is not None:
            self.body.append(self.section)

    def styled(self, text: str, style: str, *, page_break: bool = False) -> etree._Element:
        """A paragraph in the style with id ``style``, holding ``text`` if any."""
        paragraph = _paragraph(self.body, style, page_break=page_break)
        if text:
            _run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int, *, page_break: bool = False) -> etree._Element:
        return self.styled(
            text, "Title" if level == 0 else f"Heading{level}", page_break=page_break
        )

    def para(self, text: str, *, italic: bool = False) -> etree._Element:
        paragraph = _paragraph(self.body)
        _run(paragraph, text, italic=italic)
        return paragraph

    def table(self, headers: list[str]) -> etree._Element:
        """A "Table Grid" table with a bold header row repeated on each page, columns of
        equal width."""
        table = _SubElement(self.body, _TBL)
        properties = _SubElement(table, _TBLPR)
        _SubElement(properties, _TBLSTYLE).set(_VAL, "TableGrid")
        width = _SubElement(properties, _TBLW)
        width.set(_TYPE, "auto")
        width.set(_W, "0")
        look = _SubElement(properties, _TBLLOOK)
        for name, value in _TABLE_LOOK:
            look.set(qn(name), value)
        twips = str(Emu(self.width // len(headers)).twips)
        grid = _SubElement(table, _GRID)
        for _ in headers:
            _SubElement(grid, _GRIDCOL).set(_W, twips)
        row = _SubElement(table, _TR)
        _SubElement(_SubElement(row, _TRPR), _TBLHEADER).set(_VAL, "true")
        for header in headers:
            _run(_SubElement(self._cell(row, twips), _P), header, bold=True)
        return table

    def row(self, table: etree._Element) -> list[etree._Element]:
        """A new row of empty cells (each only its ``w:tcPr``): fill each with one or more
        paragraphs."""
        twips = [column.get(_W) for column in table[1]]  # table[1] is the w:tblGrid
        row = _SubElement(table, _TR)
        return [self._cell(row, width) for width in twips]

    @staticmethod
    def _cell(row: etree._Element, twips: str) -> etree._Element:
        cell = _SubElement(row, _TC)
        width = _SubElement(_SubElement(cell, _TCPR), _TCW)
        width.set(_TYPE, "dxa")
        width.set(_W, twips)
        return cell

    def numbered(self, items: list[str]) -> None:
        """A "List Number" list that starts again at 1 (a new w:num over the style's
        list)."""
        num = self.numbering.add_num(self.list_number)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        num_id = str(num.numId)
        for item in items:
            paragraph = self.styled(xml_safe(item), "ListNumber")
            number = _SubElement(paragraph[0], _NUMPR)  # paragraph[0] is the w:pPr
            _SubElement(number, _ILVL).set(_VAL, "0")
            _SubElement(number, _NUMID).set(_VAL, num_id)


def _overview(body: _Body, record: dict[str, Any]) -> None:
    body.heading("Overview", 1)
    table = body.table(["Standard", "Self-rating", "Evidence rating", "Gaps"])
    for standard in record["standards"]:
        cells = body.row(table)
        _cell_text(cells[0], xml_safe(f"{standard['id']}. {standard['title']}"))
        _rag_cell(cells[1], standard["self_rating"])
        _rag_cell(cells[2], standard["evidence_rating"])
        _cell_text(
            cells[3],
            xml_safe("; ".join(gap_label(g["type"]) for g in standard["gaps"]) or "none"),
        )


def _standard(body: _Body, standard: dict[str, Any]) -> None:
    body.heading(xml_safe(f"Standard {standard['id']}: {standard['title']}"), 1, page_break=True)
    table = body.table(["Self-rating", "Evidence rating"])
    cells = body.row(table)
    _rag_cell(cells[0], standard["self_rating"])
    _rag_cell(cells[1], standard["evidence_rating"])
    source = standard["self_rating_source"]
    if source:
        where = _where(source["page"], source["block"])
        text = xml_safe(f"Found in {source['method']}, {where}: “{source['text']}”")
        _run(_SubElement(cells[0], _P), text)
    _run(_SubElement(cells[1], _P), xml_safe(standard["evidence_explanation"]))

    body.heading("Gaps", 2)
    for gap in standard["gaps"]:
        paragraph = body.styled("", "ListBullet")
        _run(paragraph, xml_safe(gap_label(gap["type"])), bold=True)
        _run(paragraph, xml_safe(f" ({gap['type']}): {gap['detail']}"))
        if gap["quote"]:
            _run(paragraph, xml_safe(f" “{gap['quote']}”"), italic=True)
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
        body.para("No gaps flagged.")

    body.heading("Questions for the panel", 2)
    body.numbered(standard["questions"])
    if not standard["questions"]:
        body.para("No questions drafted.")

    body.heading("Indicators", 2)
    indicators = standard.get("indicators", [])
    for indicator in sorted(indicators, key=lambda i: not i["found"]):  # found first
        paragraph = body.styled("", "ListBullet")
        _run(paragraph, "Found: " if indicator["found"] else "Missing: ", bold=True)
        _run(paragraph, xml_safe(indicator["description"]))

    body.heading(f"Evidence ({len(standard['evidence'])} sentences), strongest first", 2)
    for strength in STRENGTH_ORDER:
        items = [e for e in standard["evidence"] if e["strength"] == strength]
        if not items:
            continue
        body.heading(f"{strength.capitalize()} ({len(items)})", 3)
        body.para(STRENGTH_LABELS[strength], italic=True)
        for item in items:
            paragraph = body.styled("", "ListBullet")
            _run(paragraph, xml_safe(f"“{item['text']}” "))
            names = item.get("indicator_names", item["indicators"])
            detail = (
                _where(item["page"], item["block"])
                + (", read by OCR: check it" if item.get("ocr") else "")
                + (f"; {'; '.join(names)}" if names else "")
            )
            _run(paragraph, xml_safe(f"({detail})"), size=_SMALL)


def _common(body: _Body, record: dict[str, Any]) -> None:
    body.heading("Common questions", 1, page_break=True)
    table = body.table(["Question", "Answered", "Answer (excerpt)", "Where"])
    questions = []
    for answer in record["common_questions"]:
        cells = body.row(table)
        _cell_text(cells[0], xml_safe(f"{answer['id']}. {answer['title']}"))
        _cell_text(cells[1], "Yes" if answer["answered"] else "No")
        _cell_text(cells[2], xml_safe(answer["excerpt"] or "nothing found"))
        _cell_text(cells[3], _where(answer["page"], answer["block"]))
        questions += answer.get("questions", [])
    if questions:
        body.heading("Questions for the panel", 2)
        body.numbered(questions)


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # fixed, so the same pack gives the same bytes


class _Parts:
    """Takes the place of python-docx's zip writer: keeps each part's member name and
    bytes, to be zipped once by :func:`zip_entries` (rather than zipped, read back and
    zipped again with fixed timestamps)."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, bytes]] = []

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.entries.append((pack_uri.membername, blob))


def package_parts(package: OpcPackage) -> list[tuple[str, bytes]]:
    """Each part of ``package`` as ``Document.save`` writes them, in the same order."""
    for part in package.parts:
        part.before_marshal()
    parts = _Parts()
    writer = cast(PhysPkgWriter, parts)  # the three steps of PackageWriter.write
    PackageWriter._write_content_types_stream(writer, package.parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, package.parts)
    return parts.entries


@dataclass(frozen=True)
class _Template:
    """python-docx's default document, opened once: every part as ``Document.save`` writes
    it. A pack changes only the document, numbering and core properties parts, so it starts
    from fresh copies of those three and keeps the rest (the large style parts among them)
    as they are, rather than opening, parsing and serialising the whole template again."""

    entries: tuple[tuple[str, bytes], ...]
    document: str  # member names of the three parts a pack writes to
    numbering: str
    core: str
    width: int
    list_number: int

    def pack(self) -> _Pack:
        blobs = dict(self.entries)
        return _Pack(
            document=cast(CT_Document, parse_xml(blobs[self.document])),
            numbering=cast(CT_Numbering, parse_xml(blobs[self.numbering])),
            core=CoreProperties(cast(CT_CoreProperties, parse_xml(blobs[self.core]))),
            width=self.width,
            list_number=self.list_number,
        )

    def package(self, pack: _Pack) -> bytes:
        written = {
            self.document: serialize_part_xml(pack.document),
            self.numbering: serialize_part_xml(pack.numbering),
            self.core: serialize_part_xml(pack.core._element),
        }
        return zip_entries((name, written.get(name, blob)) for name, blob in self.entries)


@lru_cache(maxsize=1)
def _template() -> _Template:
    document = Document()
    pack = _Pack.of(document)
    return _Template(
        entries=tuple(package_parts(document.part.package)),
        document=document.part.partname.membername,
        numbering=document.part.numbering_part.partname.membername,
        core=document.part.package._core_properties_part.partname.membername,
        width=pack.width,
        list_number=pack.list_number,
    )


def _fill(pack: _Pack, record: dict[str, Any], framework: dict[str, Any]) -> None:
    """Write the pack for ``record`` into ``pack``'s parts."""
    agency = record["agency"] or "agency not recognised"
    pack.core.title = xml_safe(f"Pre-panel analysis pack: {agency}")
    pack.core.created = pack.core.modified = _EPOCH
    pack.core.last_modified_by = pack.core.author = "s11-evidence"
    body = _Body(pack)
    body.heading(xml_safe(f"Pre-panel analysis pack: {agency}"), 0)
    source = record["source"]
    body.para(
        xml_safe(
            f"{framework['title']}. Submission {source['file']}"
            + (f", {source['pages']} pages" if source["pages"] else "")
            + "."
        ),
    )
    if source.get("ocr"):
        ocr = source["ocr"]
        scanned = ", ".join(str(p["page"]) for p in ocr["pages"])
        body.para(
            f"Read by OCR: check the quotes. Pages {scanned} are scans with no text layer, "
            f"read by OCR (Tesseract) with a mean word confidence of {ocr['mean_confidence']}% "
            f"({ocr['low_confidence_words']} of {ocr['words']} words below "
            f"{ocr['low_confidence_below']:g}%). Quotes from them may hold misread letters "
            "or figures: check each against its page before relying on it."
        )
    _overview(body, record)
    if record["warnings"]:
        body.heading("Warnings", 2)
        for warning in record["warnings"]:
            body.styled(xml_safe(warning), "ListBullet")
    for standard in record["standards"]:
        _standard(body, standard)
    _common(body, record)
    body.close()


def pack_docx(record: dict[str, Any], framework: dict[str, Any]) -> bytes:
    template = _template()
    pack = template.pack()
    _fill(pack, record, framework)
    return template.package(pack)
