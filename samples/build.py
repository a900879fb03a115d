#!/usr/bin/env python3
"""Render the synthetic Section 11 sample corpus.

Reads declarative sources ``samples/src/*.yml`` (format: samples/README.md) and writes

* ``samples/submissions/<file>``  Word (.docx, python-docx) and PDF (.pdf, reportlab platypus)
* ``samples/bad/<file>``          deliberately broken inputs (truncated, encrypted, image-only, ...)
* ``samples/gold/<file>.yml``     the expected reading of each file, copied from the source's ``gold:``

Usage::

    python samples/build.py                 # render everything in place
    python samples/build.py --only stroud   # one source (by source name or output file name)
    python samples/build.py --out /tmp/x    # render into /tmp/x/{submissions,bad,gold}
    python samples/build.py --set cycles    # another source set: cycles (samples/cycles/src ->
                                            # samples/cycles/{2020,2021,gold}) or holdout; --set all
    python samples/build.py --src DIR --out DIR  # any folder of sources into any output root

Output is deterministic: reportlab runs with ``invariant=1``, docx core properties are fixed
and the docx zip members get a fixed timestamp, the encrypted PDF gets a fixed file ID.
The generator holds no document text beyond rendering boilerplate (page numbers).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC_DIR = HERE / "src"

AUTHOR = "S11 samples"
FIXED_DT = _dt.datetime(2021, 9, 1, 9, 0, 0)
ZIP_DT = (2021, 9, 1, 9, 0, 0)

GOLD_KEYS = [
    "file", "agency", "status", "error_code", "framework", "self_ratings",
    "evidence_must_include", "gaps_expected", "gaps_forbidden", "personal_data",
    "late", "common_questions_answered",
]
# Optional keys, written after GOLD_KEYS in this order when a source's gold has them
# (the two-cycle set in samples/cycles: see samples/cycles/README.md).
GOLD_EXTRA_KEYS = [
    "previous", "rating_changes", "new_evidence", "carried_evidence",
    "recommendations", "recommendation_evidence",
]

# Source sets: name -> (source folder, output root), both relative to samples/.
# Each source's ``dest`` names its output folder under the output root; gold goes to <root>/gold.
SETS = {
    "main": ("src", "."),
    "cycles": ("cycles/src", "cycles"),
    "holdout": ("holdout/src", "holdout"),
}

# --------------------------------------------------------------------------- sources


def load_sources(only: str | None = None, src_dir: Path = SRC_DIR) -> list[tuple[str, dict]]:
    """Return [(source_name, data)] sorted by name; ``only`` filters by name or output file."""
    out = []
    for path in sorted(src_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.stem
        if only and only not in (name, data.get("file"), Path(data.get("file", "")).stem):
            continue
        out.append((name, data))
    if only and not out:
        raise SystemExit(f"no source matches --only {only!r}")
    return out


BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def split_bold(text: str) -> list[tuple[str, bool]]:
    """'a **b** c' -> [('a ', False), ('b', True), (' c', False)]"""
    parts, pos = [], 0
    for m in BOLD_RE.finditer(text):
        if m.start() > pos:
            parts.append((text[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts or [("", False)]


def plain(text: str) -> str:
    return BOLD_RE.sub(r"\1", text)


def cell_spec(cell) -> dict:
    """Normalise a table cell: str | list | {text, fill, cmyk, bold, align}."""
    if cell is None:
        return {"text": []}
    if isinstance(cell, bool):
        raise ValueError(f"table cell parsed as a boolean ({cell}); quote Yes/No/On/Off in the source")
    if isinstance(cell, (int, float)):
        cell = str(cell)
    if isinstance(cell, str):
        return {"text": [cell] if cell != "" else []}
    if isinstance(cell, list):
        return {"text": [str(x) for x in cell]}
    spec = dict(cell)
    t = spec.get("text", "")
    if t is None or t == "":
        spec["text"] = []
    elif isinstance(t, str):
        spec["text"] = [t]
    else:
        spec["text"] = [str(x) for x in t]
    return spec


def check_table(spec: dict, where: str) -> None:
    """Catch YAML slips (an unquoted comma in a flow row silently adds a cell)."""
    rows = spec["rows"]
    n = len(spec["widths"]) if spec.get("widths") else len(rows[0])
    for r in rows:
        if len(r) != n:
            raise ValueError(f"{where}: table row has {len(r)} cells, expected {n}: {str(r)[:120]}")
    if spec.get("widths") and abs(sum(spec["widths"]) - 1.0) > 0.011:
        raise ValueError(f"{where}: table widths must sum to 1: {spec['widths']}")


def iter_text_units(data: dict):
    """Yield (section, kind, text) for every piece of visible body text, in document order.

    ``section`` is the value of the most recent ``section:`` marker (None before any).
    Used by check.py; mirrors what the renderers put on the page.
    """
    section = None
    for kind, text in (("header", data.get("header")), ("footer", data.get("footer"))):
        if text:
            yield None, kind, text
    for block in data.get("body", []):
        if isinstance(block, str):
            yield section, "p", plain(block)
            continue
        key = next(iter(block))
        val = block[key]
        if key == "section":
            section = None if val is None else str(val)
        elif key in ("title", "subtitle", "h1", "h2", "h3", "p", "note"):
            yield section, key, plain(str(val))
        elif key in ("bullets", "numbered"):
            for item in val:
                yield section, "li", plain(str(item))
        elif key == "table":
            for row in val["rows"]:
                for cell in row:
                    for t in cell_spec(cell)["text"]:
                        yield section, "cell", plain(t.lstrip("- ") if t.startswith("- ") else t)
    return


# --------------------------------------------------------------------------- docx


def _docx_shade(cell, hex_fill: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill.upper())
    tc_pr.append(shd)


def _docx_field(paragraph, instr: str):
    """Append a complex field (PAGE / NUMPAGES) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r

    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def _docx_runs(paragraph, text: str, size=None, bold=None, italic=None, color=None):
    from docx.shared import Pt, RGBColor

    for chunk, is_bold in split_bold(text):
        run = paragraph.add_run(chunk)
        if is_bold or bold:
            run.bold = True
        if italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color.upper())


def render_docx(data: dict, empty: bool = False) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    style = data.get("style", {}) or {}
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(style.get("margin_cm", 2.2)))
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("font_size", 11))

    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = data.get("title", "")
    cp.subject = "Section 11 self-assessment (synthetic sample)"
    cp.comments = "Synthetic sample generated by samples/build.py; all people and cases are invented."
    cp.keywords = ""
    cp.category = ""

    if not empty:
        if data.get("header"):
            hp = sec.header.paragraphs[0]
            _docx_runs(hp, data["header"], size=9, color=style.get("header_color"))
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if data.get("footer") or data.get("page_numbers", True):
            fp = sec.footer.paragraphs[0]
            if data.get("footer"):
                _docx_runs(fp, data["footer"] + ("    " if data.get("page_numbers", True) else ""), size=9)
            if data.get("page_numbers", True):
                r = fp.add_run("Page ")
                r.font.size = Pt(9)
                _docx_field(fp, "PAGE")
                fp.add_run(" of ").font.size = Pt(9)
                _docx_field(fp, "NUMPAGES")
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

        styled = style.get("headings", "styled") == "styled"
        accent = style.get("accent")
        sizes = {"title": 18, "subtitle": 13, "h1": 14, "h2": 12, "h3": 11}
        for block in data.get("body", []):
            if isinstance(block, str):
                block = {"p": block}
            key = next(iter(block))
            val = block[key]
            if key == "section":
                continue
            if key == "title":
                if styled:
                    doc.add_paragraph(plain(val), style="Title")
                else:
                    _docx_runs(doc.add_paragraph(), val, size=sizes["title"], bold=True, color=accent)
            elif key == "subtitle":
                if styled:
                    doc.add_paragraph(plain(val), style="Subtitle")
                else:
                    _docx_runs(doc.add_paragraph(), val, size=sizes["subtitle"], italic=True)
            elif key in ("h1", "h2", "h3"):
                if styled:
                    doc.add_heading(plain(val), level=int(key[1]))
                else:
                    p = doc.add_paragraph()
                    _docx_runs(p, val, size=sizes[key], bold=True, color=accent)
                    p.paragraph_format.space_before = Pt(10)
                    p.paragraph_format.keep_with_next = True
            elif key == "p":
                _docx_runs(doc.add_paragraph(), str(val))
            elif key == "note":
                _docx_runs(doc.add_paragraph(), str(val), size=9, italic=True)
            elif key in ("bullets", "numbered"):
                st = "List Bullet" if key == "bullets" else "List Number"
                for item in val:
                    _docx_runs(doc.add_paragraph(style=st), str(item))
            elif key == "page_break":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif key == "table":
                _docx_table(doc, val, style)
            else:
                raise ValueError(f"unknown block {key!r} in {data.get('file')}")
    return _docx_bytes(doc)


def _docx_table(doc, spec: dict, style: dict):
    from docx.shared import Cm

    check_table(spec, "docx")
    rows = spec["rows"]
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = spec.get("style", "Table Grid")
    total = 21.0 - 2 * style.get("margin_cm", 2.2)
    widths = spec.get("widths")
    header = spec.get("header", False)
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            cell = table.cell(ri, ci)
            cs = cell_spec(row[ci] if ci < len(row) else "")
            if widths:
                cell.width = Cm(total * widths[ci])
            texts = cs["text"]
            para = cell.paragraphs[0]
            for ti, t in enumerate(texts):
                if ti:
                    para = cell.add_paragraph()
                if t.startswith("- "):
                    t = "\u2022 " + t[2:]
                _docx_runs(para, t, bold=cs.get("bold") or (header and ri == 0)
                           or (spec.get("label_bold") and ci == 0), size=spec.get("font_size"))
            fill = cs.get("fill") or (spec.get("header_fill") if header and ri == 0 else None)
            if fill:
                _docx_shade(cell, fill)
    if header:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    doc.add_paragraph()


def _docx_bytes(doc) -> bytes:
    """Save and re-zip with fixed member timestamps so the bytes are reproducible."""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- pdf


def _pdf_color(cs: dict):
    from reportlab.lib import colors

    if cs.get("cmyk") is not None:
        c, m, y, k = cs["cmyk"]
        return colors.CMYKColor(c, m, y, k)
    if cs.get("fill"):
        return colors.HexColor("#" + cs["fill"].lstrip("#"))
    return None


def _pdf_escape(text: str) -> str:
    from xml.sax.saxutils import escape

    out = []
    for chunk, is_bold in split_bold(text):
        e = escape(chunk)
        out.append(f"<b>{e}</b>" if is_bold else e)
    return "".join(out)


def render_pdf(data: dict) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    style = data.get("style", {}) or {}
    font = style.get("pdf_font", "Helvetica")
    bold_font = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)
    size = style.get("font_size", 10)
    accent = colors.HexColor("#" + style.get("accent", "000000"))

    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6)
    styles = {
        "title": ParagraphStyle("title", fontName=bold_font, fontSize=18, leading=22, spaceAfter=8, textColor=accent),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=12, leading=15, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold_font, fontSize=14, leading=18, spaceBefore=10, spaceAfter=6,
                             textColor=accent, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold_font, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                             textColor=accent, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold_font, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6,
                             spaceAfter=3, keepWithNext=1),
        "p": body,
        "note": ParagraphStyle("note", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                               fontName={"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(font, font)),
    }
    cell_size = style.get("table_font_size", size - 0.5)
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=cell_size, leading=cell_size * 1.25, spaceAfter=3)
    cell_bold = ParagraphStyle("cellb", parent=cell_style, fontName=bold_font)

    header_text = data.get("header", "")
    footer_text = data.get("footer", "")
    show_pages = data.get("page_numbers", True)

    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page decoration until the total page count is known (Page N of M)."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            w, h = A4
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#404040"))
            if header_text:
                self.drawString(18 * mm, h - 12 * mm, header_text)
                self.setStrokeColor(colors.HexColor("#A0A0A0"))
                self.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
            if footer_text:
                self.drawString(18 * mm, 10 * mm, footer_text)
            if show_pages:
                self.drawRightString(w - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
        title=data.get("title", ""), author=AUTHOR, creator=AUTHOR, producer=AUTHOR,
        subject="Section 11 self-assessment (synthetic sample)", invariant=1,
    )
    story = []
    for block in data.get("body", []):
        if isinstance(block, str):
            block = {"p": block}
        key = next(iter(block))
        val = block[key]
        if key == "section":
            continue
        if key in styles:
            story.append(Paragraph(_pdf_escape(str(val)), styles[key]))
        elif key in ("bullets", "numbered"):
            items = [ListItem(Paragraph(_pdf_escape(str(i)), body), leftIndent=14) for i in val]
            kw = {"bulletType": "bullet", "start": "\u2022"} if key == "bullets" else {"bulletType": "1"}
            story.append(ListFlowable(items, leftIndent=14, bulletFontName=font, bulletFontSize=size, **kw))
            story.append(Spacer(1, 4))
        elif key == "page_break":
            story.append(PageBreak())
        elif key == "table":
            story.append(_pdf_table(val, cell_style, cell_bold, doc.width, Table, TableStyle, Paragraph,
                                    colors, style))
            story.append(Spacer(1, 8))
        else:
            raise ValueError(f"unknown block {key!r} in {data.get('file')}")
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def _pdf_table(spec, cell_style, cell_bold, width, Table, TableStyle, Paragraph, colors, style):
    check_table(spec, "pdf")
    rows = spec["rows"]
    ncols = max(len(r) for r in rows)
    header = spec.get("header", False)
    data, cmds = [], [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#" + spec.get("grid", "808080"))),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for ri, row in enumerate(rows):
        out_row = []
        for ci in range(ncols):
            cs = cell_spec(row[ci] if ci < len(row) else "")
            st = cell_bold if (cs.get("bold") or (header and ri == 0)
                               or (spec.get("label_bold") and ci == 0)) else cell_style
            paras = []
            for t in cs["text"]:
                if t.startswith("- "):
                    t = "\u2022 " + t[2:]
                paras.append(Paragraph(_pdf_escape(t), st))
            out_row.append(paras if paras else "")
            col = _pdf_color(cs)
            if col is None and header and ri == 0 and (spec.get("header_fill") or spec.get("header_cmyk")):
                col = _pdf_color({"fill": spec.get("header_fill"), "cmyk": spec.get("header_cmyk")})
            if col is not None:
                cmds.append(("BACKGROUND", (ci, ri), (ci, ri), col))
        data.append(out_row)
    widths = [width * w for w in spec["widths"]] if spec.get("widths") else None
    heights = None
    if spec.get("min_row_height"):
        heights = [spec["min_row_height"]] * len(rows)
    t = Table(data, colWidths=widths, rowHeights=None, repeatRows=1 if header else 0,
              splitInRow=1 if spec.get("split_in_row") else 0, hAlign="LEFT")
    if heights:
        pass
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------- bad files


def render_image_pdf(data: dict) -> bytes:
    """A 'scanned' page: the text is drawn into a Pillow image, the PDF holds only that image."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    pages = data["pages"]
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(AUTHOR)
    c.setCreator(AUTHOR)
    c.setProducer(AUTHOR)
    c.setTitle(data.get("title", ""))
    for lines in pages:
        w, h = 1240, 1754  # A4 at 150 dpi
        img = Image.new("L", (w, h), 246)
        draw = ImageDraw.Draw(img)
        if font_path.exists():
            f_body = ImageFont.truetype(str(font_path), 24)
            f_head = ImageFont.truetype(str(font_path), 34)
        else:  # pragma: no cover - Pillow's bundled font
            f_body = ImageFont.load_default(size=24)
            f_head = ImageFont.load_default(size=34)
        y = 110
        for i, line in enumerate(lines):
            fnt = f_head if i == 0 else f_body
            draw.text((110, y), line, fill=25, font=fnt)
            y += 52 if i == 0 else 36
        img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246)  # slightly skewed, like a scan
        png = io.BytesIO()
        img.save(png, format="PNG", optimize=False)
        png.seek(0)
        c.drawImage(ImageReader(png), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypt_pdf(pdf_bytes: bytes, user_password: str, owner_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    fixed = ByteStringObject(b"S11-samples-enc!")  # fixed file ID -> reproducible RC4 output
    writer._ID = ArrayObject((fixed, fixed))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    writer._ID = ArrayObject((fixed, fixed))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_source(data: dict) -> bytes:
    kind = data.get("kind", "submission")
    ext = Path(data["file"]).suffix.lower()
    if kind == "submission":
        return render_docx(data) if ext == ".docx" else render_pdf(data)
    if kind == "truncated_docx":
        full = render_docx(data)
        return full[: len(full) // 2]
    if kind == "encrypted_pdf":
        return encrypt_pdf(render_pdf(data), data["user_password"], data["owner_password"])
    if kind == "image_pdf":
        return render_image_pdf(data)
    if kind == "empty_docx":
        return render_docx(data, empty=True)
    if kind == "legacy_doc":
        head = bytes.fromhex("D0CF11E0A1B11AE1")
        pad = data.get("size", 4096) - len(head)
        return head + b"\x00" * pad
    if kind == "text":
        return data["text"].encode("utf-8")
    raise ValueError(f"unknown kind {kind!r}")


# --------------------------------------------------------------------------- gold


def _q(s) -> str:
    return json.dumps(s, ensure_ascii=False)


def _scalar(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", v) and v not in ("null", "true", "false", "yes", "no", "on", "off", "y", "n"):
        return v
    return _q(v)


def _flow(v, multiline=False) -> str:
    if v is None:
        return "null"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{_q(str(k))}: {_flow(x)}" for k, x in v.items()]
        if multiline and len(", ".join(items)) > 100:
            return "{\n  " + ",\n  ".join(items) + "}"
        return "{" + ", ".join(items) + "}"
    if isinstance(v, list):
        # gap codes stay bare (OVER_RATED); every other string in a list is quoted
        return "[" + ", ".join(x if isinstance(x, str) and re.fullmatch(r"[A-Z_]+", x) else
                               (_q(x) if isinstance(x, str) else _flow(x)) for x in v) + "]"
    return _scalar(v)


def gold_text(data: dict, source_name: str, src_label: str = "samples/src") -> str:
    g = dict(data["gold"])
    g["file"] = data["file"]
    missing = [k for k in GOLD_KEYS if k not in g]
    if missing:
        raise ValueError(f"{source_name}: gold is missing {missing}")
    extra = [k for k in g if k not in GOLD_KEYS + GOLD_EXTRA_KEYS]
    if extra:
        raise ValueError(f"{source_name}: gold has unknown keys {extra}")
    lines = [f"# Generated by samples/build.py from {src_label}/{source_name}.yml"
             " - edit the source, not this file."]
    for k in GOLD_KEYS + [k for k in GOLD_EXTRA_KEYS if k in g]:
        v = g[k]
        if k in ("file", "status", "error_code", "framework", "late", "previous"):
            lines.append(f"{k}: {_scalar(v)}")
        elif k in ("agency", "personal_data"):
            lines.append(f"{k}: {_flow(v)}")
        else:
            lines.append(f"{k}: {_flow(v, multiline=True)}")
    text = "\n".join(lines) + "\n"
    # round-trip guard: what we write must parse back to the source gold
    back = yaml.safe_load(text)
    norm = yaml.safe_load(yaml.safe_dump(g))
    if back != norm:
        raise ValueError(f"{source_name}: gold round-trip mismatch")
    return text


# --------------------------------------------------------------------------- main


def source_label(src_dir: Path) -> str:
    """How a source folder is named in gold headers: samples/... when inside samples/."""
    try:
        return "samples/" + src_dir.resolve().relative_to(HERE).as_posix()
    except ValueError:
        return src_dir.as_posix()


def build(out_root: Path, only: str | None = None, quiet: bool = False,
          src_dir: Path = SRC_DIR) -> list[Path]:
    written = []
    label = source_label(src_dir)
    for name, data in load_sources(only, src_dir):
        dest = out_root / data.get("dest", "submissions")
        dest.mkdir(parents=True, exist_ok=True)
        path = dest / data["file"]
        path.write_bytes(render_source(data))
        gdir = out_root / "gold"
        gdir.mkdir(parents=True, exist_ok=True)
        (gdir / f"{data['file']}.yml").write_text(gold_text(data, name, label), encoding="utf-8")
        written.append(path)
        if not quiet:
            print(f"{path.relative_to(out_root)}  ({path.stat().st_size} bytes)")
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path,
                    help="output root (default: the set's folder, samples/ for main)")
    ap.add_argument("--only", help="render one source (source name, output file name or its stem)")
    ap.add_argument("--set", dest="source_set", choices=[*SETS, "all"], default="main",
                    help="source set to render (default: main, samples/src)")
    ap.add_argument("--src", type=Path, help="folder of source .yml files (overrides --set)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.src:
        build((args.out or HERE).resolve(), args.only, args.quiet, args.src.resolve())
        return 0
    names = list(SETS) if args.source_set == "all" else [args.source_set]
    if args.only and len(names) > 1:
        raise SystemExit("--only needs a single --set")
    for set_name in names:
        src_rel, out_rel = SETS[set_name]
        # one set: --out is its root; --set all --out X renders X/, X/cycles, X/holdout
        out_root = args.out if args.out and len(names) == 1 else (args.out or HERE) / out_rel
        build(out_root.resolve(), args.only, args.quiet, HERE / src_rel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
