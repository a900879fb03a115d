"""Small real Word and PDF documents, built per test to exercise one construct each."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document as WordDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

Row = Sequence[str | tuple[str, str]]  # a cell is text, or (text, fill hex)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


class Word:
    """A fluent builder over python-docx for test documents."""

    def __init__(self, title: str | None = None) -> None:
        self.document = WordDocument()
        if title:
            self.document.core_properties.title = title

    def heading(self, text: str, level: int = 1) -> Word:
        self.document.add_heading(text, level)
        return self

    def paragraph(self, text: str, bold: bool = False, style: str | None = None) -> Word:
        paragraph = self.document.add_paragraph(style=style)
        run = paragraph.add_run(text)
        run.bold = bold or None
        return self

    def table(self, rows: Sequence[Row], style: str | None = None) -> Word:
        width = max(len(r) for r in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        if style:
            table.style = style
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text, fill = (value, None) if isinstance(value, str) else value
                table.cell(r, c).text = text
                if fill:
                    shade(table.cell(r, c), fill)
        return self

    def raw(self, xml: str) -> Word:
        """Append a body-level element written as WordprocessingML; write ``NS`` in the root
        element where the namespace declarations go."""
        declarations = nsdecls("w") + (
            ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"'
        )
        element = parse_xml(xml.replace("NS", declarations, 1))
        body = self.document.element.body
        body.insert(len(body) - 1, element)  # before sectPr
        return self

    def header(self, text: str) -> Word:
        self.document.sections[0].header.paragraphs[0].text = text
        return self

    def footer(self, text: str) -> Word:
        self.document.sections[0].footer.paragraphs[0].text = text
        return self

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.bytes())
        return path


def pdf(
    path: Path,
    pages: Sequence[Sequence[object]],
    header: str | None = None,
    footer: bool = False,
    title: str | None = None,
) -> Path:
    """Build a PDF with reportlab platypus. ``pages`` holds flowable specs per page:
    ("h1", text), ("h2", text), ("p", text), ("bullet", text),
    ("table", rows, fills, repeat_rows) where fills maps (col, row) -> reportlab colour."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story: list[object] = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        for spec in page:
            kind = spec[0]  # type: ignore[index]
            if kind == "h1":
                story.append(Paragraph(spec[1], styles["Heading1"]))  # type: ignore[index]
            elif kind == "h2":
                story.append(Paragraph(spec[1], styles["Heading2"]))  # type: ignore[index]
            elif kind == "p":
                story.append(Paragraph(spec[1], styles["BodyText"]))  # type: ignore[index]
            elif kind == "bullet":
                story.append(Paragraph(spec[1], styles["BodyText"], bulletText="\u2022"))  # type: ignore[index]
            elif kind == "table":
                _, rows, fills, repeat = spec  # type: ignore[misc]
                table = Table(rows, repeatRows=repeat)
                commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                for (col, row), colour in fills.items():
                    commands.append(("BACKGROUND", (col, row), (col, row), colour))
                table.setStyle(TableStyle(commands))
                story.append(table)

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        if header:
            canvas.drawString(72, A4[1] - 40, header)
        if footer:
            canvas.drawRightString(A4[0] - 72, 30, f"Page {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(str(path), pagesize=A4, title=title or "", invariant=1)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path
