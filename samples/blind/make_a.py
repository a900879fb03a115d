#!/usr/bin/env python
"""Blind synthetic Section 11 returns, set "a".

Fictional partnership: Brackenshire Safeguarding Children Partnership (BSCP),
county of Brackenshire, towns Kestleford, Amberholt, Dunmere, Oxley Marsh and
Thornwick Cross.  Everything here is invented.

Usage:
    python make_a.py            # render all submissions and gold files
    python make_a.py --check    # render, then check fragments / personal data /
                                # opening / determinism (renders twice)

Each document is a dict: file name, format, style options, a list of content
blocks, and its gold answer.  Small render functions turn blocks into Word
(python-docx) or PDF (reportlab) output.  Output is deterministic.
"""
import datetime
import hashlib
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

FIXED_DT = datetime.datetime(2021, 9, 20, 9, 0, 0)
ZIP_DT = (2021, 9, 20, 9, 0, 0)

GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]

# ---------------------------------------------------------------------------
# Block vocabulary (shared by both renderers)
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("h3", text)
#   ("p", text) ("pl", bold_lead, text) ("bullets", [text, ...])
#   ("kv", [(key, value), ...])
#   ("table", {"header": [...], "rows": [[...]], "widths": [cm...],
#              "fills": {(row, col): hex}, "bold_rows": [i], "shade_rows": {i: hex}})
#   ("rag_standard", title, [(label, text)], fill_hex)   # partnership template
#   ("framebreak",) ("pagebreak",) ("spacer", points)
# Cell text may contain "\n" to separate paragraphs inside the cell.
# ---------------------------------------------------------------------------


# =========================== Word rendering ================================
def _docx_modules():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    return docx, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, OxmlElement, qn, Cm, Pt, RGBColor


def _shade(cell, fill):
    _, _, _, OxmlElement, qn, _, _, _ = _docx_modules()
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    _, _, _, OxmlElement, qn, _, _, _ = _docx_modules()
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cell_text(cell, text, bold=False, size=None):
    _, _, _, _, _, _, Pt, _ = _docx_modules()
    parts = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        para = first if i == 0 else cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def _page_field(paragraph):
    _, _, _, OxmlElement, qn, _, _, _ = _docx_modules()
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(instr)
    run._r.append(e)


def _docx_table(doc, spec, cell_size):
    docx, WD_TABLE_ALIGNMENT, _, _, _, Cm, _, _ = _docx_modules()
    header = spec.get("header")
    rows = spec["rows"]
    ncols = len(header) if header else len(rows[0])
    table = doc.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_rows = ([header] if header else []) + rows
    offset = 1 if header else 0
    for r, values in enumerate(all_rows):
        row = table.add_row()
        is_head = header and r == 0
        if is_head and spec.get("repeat", True):
            _repeat_header(row)
        for c, value in enumerate(values):
            cell = row.cells[c]
            bold = is_head or (r - offset) in spec.get("bold_rows", [])
            _cell_text(cell, value, bold=bold, size=cell_size)
            if is_head:
                _shade(cell, spec.get("head_fill", "D9D9D9"))
            elif (r - offset) in spec.get("shade_rows", {}):
                _shade(cell, spec["shade_rows"][r - offset])
            fill = spec.get("fills", {}).get((r - offset, c))
            if fill and not is_head:
                _shade(cell, fill)
    if spec.get("widths"):
        for row in table.rows:
            for c, w in enumerate(spec["widths"]):
                row.cells[c].width = Cm(w)
    doc.add_paragraph()
    return table


def _docx_rag_standard(doc, title, rows, fill, cell_size):
    """One standard in the partnership's template: title row, labelled rows,
    and a RAG cell that is shaded but carries no text."""
    docx, WD_TABLE_ALIGNMENT, _, _, _, Cm, _, _ = _docx_modules()
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    head = table.add_row()
    merged = head.cells[0].merge(head.cells[1])
    _cell_text(merged, title, bold=True, size=cell_size)
    _shade(merged, "1F3864")
    for run in merged.paragraphs[0].runs:
        run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    for label, text in rows:
        row = table.add_row()
        _cell_text(row.cells[0], label, bold=True, size=cell_size)
        _shade(row.cells[0], "DEEAF6")
        _cell_text(row.cells[1], text, size=cell_size)
    row = table.add_row()
    _cell_text(row.cells[0], "Self-assessment (RAG)", bold=True, size=cell_size)
    _shade(row.cells[0], "DEEAF6")
    _cell_text(row.cells[1], "", size=cell_size)
    _shade(row.cells[1], fill)
    for row in table.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(12.3)
    doc.add_paragraph()


def render_docx(spec, path):
    docx, _, WD_ALIGN_PARAGRAPH, _, _, Cm, Pt, RGBColor = _docx_modules()
    st = spec["style"]
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = st.get("font", "Arial")
    normal.font.size = Pt(st.get("size", 10.5))
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = doc.styles[name]
        s.font.name = st.get("heading_font", st.get("font", "Arial"))
        if st.get("heading_rgb"):
            s.font.color.rgb = RGBColor.from_string(st["heading_rgb"])
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if st.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = st["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if st.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(st["footer"] + "   Page ")
        _page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_size = st.get("cell_size", 9)

    for block in spec["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "subtitle":
            para = doc.add_paragraph()
            run = para.add_run(block[1])
            run.italic = True
            run.font.size = Pt(12)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "pl":
            para = doc.add_paragraph()
            para.add_run(block[1] + " ").bold = True
            para.add_run(block[2])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "kv":
            _docx_table(doc, {"rows": [list(kv) for kv in block[1]], "widths": [5.0, 11.5],
                              "shade_rows": {}, "fills": {(i, 0): "EDEDED" for i in range(len(block[1]))}},
                        cell_size)
        elif kind == "table":
            _docx_table(doc, block[1], cell_size)
        elif kind == "rag_standard":
            _docx_rag_standard(doc, block[1], block[2], block[3], cell_size)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind in ("spacer", "framebreak"):
            pass
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "S11 blind samples"
    cp.last_modified_by = "S11 blind samples"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = spec.get("doc_title", "")
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ============================ PDF rendering ================================
def render_pdf(spec, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    st = spec["style"]
    font = st.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = st.get("size", 10)
    accent = colors.HexColor("#" + st.get("accent", "1F3864"))
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.32,
                          spaceAfter=size * 0.6)
    cell = ParagraphStyle("cell", parent=base, fontSize=st.get("cell_size", 8.6),
                          leading=st.get("cell_size", 8.6) * 1.25, spaceAfter=2)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)
    sty = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size * 2.0,
                                leading=size * 2.4, textColor=accent, spaceAfter=size * 0.5),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=size * 1.25,
                                   leading=size * 1.6, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size * 1.35,
                             leading=size * 1.7, textColor=accent, spaceBefore=size * 0.8,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size * 1.12,
                             leading=size * 1.45, textColor=accent, spaceBefore=size * 0.5,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=size,
                             leading=size * 1.3, keepWithNext=1),
    }

    def esc(text):
        return text.replace("&", "&amp;")

    def cell_flow(text, b=False):
        paras = text.split("\n") if text else [""]
        return [Paragraph(esc(t), cellb if b else cell) for t in paras]

    def table_flow(tspec, avail):
        header = tspec.get("header")
        rows = tspec["rows"]
        data = ([[cell_flow(h, True) for h in header]] if header else [])
        data += [[cell_flow(v, i in tspec.get("bold_rows", [])) for v in row]
                 for i, row in enumerate(rows)]
        widths = [w * cm for w in tspec["widths"]] if tspec.get("widths") else None
        if widths and sum(widths) > avail + 0.5:
            raise ValueError("table too wide in %s" % spec["file"])
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        off = 1 if header else 0
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + tspec.get("head_fill", "D9E2F3"))))
        for r, fill in tspec.get("shade_rows", {}).items():
            cmds.append(("BACKGROUND", (0, r + off), (-1, r + off), colors.HexColor("#" + fill)))
        for (r, c), fill in tspec.get("fills", {}).items():
            cmds.append(("BACKGROUND", (c, r + off), (c, r + off), colors.HexColor("#" + fill)))
        t.setStyle(TableStyle(cmds))
        return t

    W, H = A4
    lm = rm = st.get("margin", 1.8) * cm
    top, bottom = 2.2 * cm, 1.9 * cm
    avail = W - lm - rm

    story = []
    for block in spec["blocks"]:
        kind = block[0]
        if kind in sty:
            story.append(Paragraph(esc(block[1]), sty[kind]))
        elif kind == "p":
            story.append(Paragraph(esc(block[1]), base))
        elif kind == "pl":
            story.append(Paragraph("<b>%s</b> %s" % (esc(block[1]), esc(block[2])), base))
        elif kind == "bullets":
            for item in block[1]:
                story.append(Paragraph(esc(item), base, bulletText="\u2022"))
        elif kind == "kv":
            kw = st.get("kv_widths", [4.5, avail / cm - 4.5])
            story.append(table_flow({"rows": [list(kv) for kv in block[1]], "widths": kw,
                                     "fills": {(i, 0): "EDEDED" for i in range(len(block[1]))}},
                                    avail))
            story.append(Spacer(1, 8))
        elif kind == "table":
            story.append(table_flow(block[1], avail))
            story.append(Spacer(1, 8))
        elif kind == "framebreak":
            if st.get("two_column"):
                story.append(FrameBreak())
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "spacer":
            story.append(Spacer(1, block[1]))
        else:
            raise ValueError(kind)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        if st.get("header_left"):
            canvas.drawString(lm, H - 1.2 * cm, st["header_left"])
        if st.get("header_right"):
            canvas.drawRightString(W - rm, H - 1.2 * cm, st["header_right"])
        canvas.setStrokeColor(accent)
        canvas.setLineWidth(0.6)
        canvas.line(lm, H - 1.4 * cm, W - rm, H - 1.4 * cm)
        canvas.line(lm, 1.4 * cm, W - rm, 1.4 * cm)
        foot = st.get("footer", "") + ("   " if st.get("footer") else "") + "Page %d" % doc.page
        canvas.drawCentredString(W / 2, 0.9 * cm, foot)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=spec.get("doc_title", ""),
                          author="S11 blind samples", subject="Section 11 self-assessment",
                          creator="S11 blind samples", leftMargin=lm, rightMargin=rm,
                          topMargin=top, bottomMargin=bottom)
    if st.get("two_column"):
        gutter = 0.7 * cm
        colw = (avail - gutter) / 2
        title_h = st.get("title_height", 8.5 * cm)
        body_h_first = H - top - bottom - title_h
        body_h = H - top - bottom
        first = PageTemplate(id="First", onPage=on_page, frames=[
            Frame(lm, H - top - title_h, avail, title_h, id="title"),
            Frame(lm, bottom, colw, body_h_first, id="l1"),
            Frame(lm + colw + gutter, bottom, colw, body_h_first, id="r1")])
        later = PageTemplate(id="Later", onPage=on_page, frames=[
            Frame(lm, bottom, colw, body_h, id="l"),
            Frame(lm + colw + gutter, bottom, colw, body_h, id="r")])
        doc.addPageTemplates([first, later])
        story.insert(0, NextPageTemplate("Later"))
    else:
        doc.addPageTemplates([PageTemplate(id="One", onPage=on_page, frames=[
            Frame(lm, bottom, avail, H - top - bottom, id="body")])])
    doc.build(story)


# ============================== Gold files =================================
def _q(s):
    return json.dumps(s, ensure_ascii=False)


def _flow_map(d):
    items = []
    for k, v in d.items():
        if isinstance(v, list):
            v = "[" + ", ".join(v) + "]"
        elif v is None:
            v = "null"
        elif isinstance(v, bool):
            v = "true" if v else "false"
        items.append("%s: %s" % (_q(k), v))
    return "{" + ", ".join(items) + "}"


def gold_yaml(spec):
    g = spec["gold"]
    out = []
    out.append("file: %s" % spec["file"])
    out.append("agency: [%s]" % ", ".join(_q(a) for a in g["agency"]))
    out.append("status: ok")
    out.append("error_code: null")
    out.append("framework: gscp-2021")
    out.append("self_ratings: %s" % _flow_map(g["self_ratings"]))
    out.append("evidence_supports: %s" % _flow_map(g["evidence_supports"]))
    out.append("evidence_must_include:")
    for k, frags in g["evidence_must_include"].items():
        out.append("  %s: [%s]" % (_q(k), ", ".join(_q(f) for f in frags)))
    out.append("gaps_expected: %s" % _flow_map(g.get("gaps_expected", {})))
    out.append("gaps_forbidden:")
    for k, v in g["gaps_forbidden"].items():
        out.append("  %s: [%s]" % (_q(k), ", ".join(v)))
    out.append("personal_data: [%s]" % ", ".join(_q(p) for p in g.get("personal_data", [])))
    out.append("late: %s" % ("true" if g.get("late") else "false"))
    out.append("common_questions_answered: %s" % _flow_map(g["common_questions_answered"]))
    return "\n".join(out) + "\n"


ALL_Q = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}

# ============================ The documents ================================
# ---- A1: police, PDF, two-column corporate narrative, ratings in text ----
A1 = {
    "file": "a-brackenshire-constabulary-s11-2021.pdf",
    "doc_title": "Brackenshire Constabulary Section 11 Self-Assessment 2020/21",
    "style": {"font": "Helvetica", "size": 9.2, "accent": "0B2A4A", "two_column": True,
              "title_height": 7.6 * 28.3465, "margin": 1.6, "kv_widths": [4.2, 13.6],
              "header_left": "Brackenshire Constabulary  |  Section 11 Self-Assessment 2020/21",
              "header_right": "OFFICIAL", "footer": "Public Protection Command"},
    "blocks": [
        ("title", "Brackenshire Constabulary"),
        ("subtitle", "Section 11 Children Act 2004: Self-Assessment Return 2020/21 to the Brackenshire Safeguarding Children Partnership"),
        ("kv", [("Organisation", "Brackenshire Constabulary"),
                ("Executive sponsor", "Assistant Chief Constable Priya Vance"),
                ("Lead officer", "Detective Superintendent Mark Ellery, Head of Public Protection"),
                ("Period covered", "1 April 2020 to 31 March 2021"),
                ("Date of return", "24 September 2021")]),
        ("framebreak",),
        ("h1", "Introduction"),
        ("p", "This return sets out how Brackenshire Constabulary has discharged its duties under Section 11 of the Children Act 2004 during the period April 2020 to March 2021. It was prepared by the Public Protection Command with contributions from Local Policing, Contact Management, People Services and Professional Standards, and was reviewed by the Force Vulnerability Board before submission."),
        ("p", "The year was dominated by the Covid-19 pandemic, which changed the way officers engaged with families and with partner agencies. Where the pandemic has affected the evidence available to us we say so. Our self-assessment against each standard is stated at the end of that standard, using the partnership's Red, Amber and Green definitions."),
        ("h1", "Standard 1: Leadership and accountability"),
        ("p", "Strategic leadership for safeguarding children rests with Assistant Chief Constable Priya Vance, who represents the Constabulary on the partnership's Executive Group and chairs the Force Vulnerability Board. The Board moved to virtual meetings from April 2020 and did not stand down any part of its business during the first lockdown. Its terms of reference were refreshed in October 2020 so that child exploitation, missing children and domestic abuse are each reported to it by a named strategic lead."),
        ("p", "The Vulnerability Strategy 2020 to 2023 was approved by the Chief Constable in July 2020 and links the Police and Crime Plan to the partnership's priorities. Each local policing area now holds a vulnerability performance meeting chaired by its Superintendent, and matters that cannot be resolved locally are escalated to the Board."),
        ("p", "Our leadership has been tested externally. HMICFRS revisited the force in January 2021 as part of its child protection post-inspection programme and reported that leadership of the child protection response was clear, visible and understood by frontline officers. The Police and Crime Commissioner scrutinised our response to missing children at a public accountability meeting in March 2021 and recognised the joint work with children's social care on return home interviews."),
        ("p", "Learning from the Child R safeguarding practice review was presented in person by the Head of Public Protection to every district command team, and the partnership's case review group signed off the police actions from that review as complete in February 2021."),
        ("p", "We assess ourselves as Green against Standard 1. Leadership is named at chief officer level, governance continued without interruption through the pandemic, and external scrutiny within the last twelve months has confirmed that it is understood on the front line."),
        ("h1", "Standard 2: Safe recruitment, induction, training and development"),
        ("p", "All officers, staff, special constables and volunteers are vetted to the national standard before appointment, and vetting is renewed at the intervals set by the national vetting code. At 31 March 2021, 99.2% of the workforce held current vetting; the 31 exceptions were all subject to renewal applications already in progress and none worked in a public protection role."),
        ("p", "Safeguarding is part of the initial learning programme for every new recruit, including a full day on child protection delivered jointly with children's social care. The force recruited 214 student officers during the year, its largest ever intake, and all of them completed that day before independent patrol."),
        ("p", "Online training on the Vulnerability Assessment Framework was completed by 2,486 of 2,611 frontline officers and staff (95%) by March 2021. To test whether it changed practice, the Public Protection Command dip-samples public protection notices each month. The proportion of notices that describe the child's lived experience rose from 41% in the April 2020 sample to 73% in the March 2021 sample."),
        ("p", "Investigators in the Child Abuse Investigation Unit hold the specialist child abuse investigator accreditation or are enrolled on it, and 38 of 42 were accredited at year end."),
        ("p", "Allegations against officers and staff that may meet the threshold for the Local Authority Designated Officer are managed by the Professional Standards Department under a protocol agreed with the LADO and reviewed in November 2020. Eleven referrals were made to the LADO in the year and all were made within one working day."),
        ("p", "The Constabulary rates itself Green for Standard 2."),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("p", "The force's child protection policy and procedures follow the partnership's online procedures manual. They were reviewed in September 2020, when the section on children in police custody was rewritten. Every policy is published on the intranet with a named owner and a review date, and at the end of the year none was past its review date."),
        ("p", "Operation Encompass, which tells a school before the next school day that a child was present at a domestic abuse incident, continued throughout the lockdowns, including to schools open only for vulnerable children. 4,118 notifications were sent during the year. A survey of designated safeguarding leads in February 2021 found that 88% said the notifications were timely and helped them support the child."),
        ("p", "Attendance at strategy discussions is monitored monthly by the Public Protection Command. In 2020/21 police attended 97% of strategy discussions convened by the Brackenshire Front Door within the agreed timescale, and the remaining discussions were covered by a written police contribution."),
        ("p", "The Constabulary rates itself Green for Standard 3."),
        ("h1", "Standard 4: Listening to children and young people"),
        ("p", "We are not yet where we want to be on this standard. We can show real work, but there are clear gaps."),
        ("p", "The Brackenshire Police Youth Advisory Group, made up of 14 young people aged 13 to 19, met six times online during the year. It reviewed the force's stop and search leaflet for young people and the letters sent to children who are victims of crime, and both were rewritten as a result."),
        ("p", "A Voice of the Child audit completed by the Public Protection Command in March 2021 looked at 50 child protection investigations. The child's views were recorded in 32 cases, but in only 19 was there evidence that those views had influenced the investigation plan."),
        ("p", "There are two shortfalls we want the partnership to know about. Feedback from children about their experience of custody is not collected at all at present, and the Youth Advisory Group does not yet include any young people who are looked after or who have been through the youth justice system. Recruiting two care-experienced members, with support from the Children in Care Council, is on our improvement plan for December 2021."),
        ("p", "The Constabulary rates itself Amber for Standard 4."),
        ("h1", "Common questions"),
        ("h3", "Q1. Improvement made by another agency"),
        ("p", "The placing of a named health practitioner from Amberholt and Brackenshire Community Health NHS Foundation Trust at the Brackenshire Front Door from September 2020 has made a clear difference. Health information is now available at most strategy discussions on the day, and our Front Door supervisors report far fewer discussions adjourned for missing health history."),
        ("h3", "Q2. Self-rating"),
        ("p", "Standard 1: Green. Standard 2: Green. Standard 3: Green. Standard 4: Amber. The reasons are given at the end of each standard above."),
        ("h3", "Q3. Commitment to multi-agency training"),
        ("p", "The Constabulary will continue to release officers and staff to attend the partnership's multi-agency programme, and provides two trainers to co-deliver the Child Exploitation and the Domestic Abuse and Children courses. In 2020/21 we co-delivered nine virtual sessions and 126 police officers and staff attended partnership courses."),
        ("h3", "Q4. Is training having an impact?"),
        ("p", "Yes. The clearest evidence is the improvement in public protection notices described under Standard 2, which followed the Vulnerability Assessment Framework training and the partnership's Seeing the Child course. Front Door managers have also told us that police referrals now more often say what the child has said."),
        ("h3", "Q5. How do we know we have improved?"),
        ("p", "We measure improvement through the monthly dip samples, the Voice of the Child audit and the HMICFRS findings reported above, and through the partnership's multi-agency audits, in all four of which the police took part this year."),
        ("p", "Signed: Priya Vance, Assistant Chief Constable, 24 September 2021"),
    ],
    "gold": {
        "agency": ["Brackenshire Constabulary"],
        "self_ratings": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "evidence_must_include": {
            "1": ["Vulnerability Strategy 2020 to 2023",
                  "leadership of the child protection response was clear",
                  "Learning from the Child R safeguarding practice review"],
            "2": ["2,486 of 2,611 frontline",
                  "rose from 41% in the April 2020 sample",
                  "99.2% of the workforce"],
            "3": ["4,118 notifications were sent during the year",
                  "88% said the notifications were timely",
                  "police attended 97% of strategy discussions"],
            "4": ["14 young people aged 13 to 19",
                  "in only 19 was there evidence",
                  "improvement plan for December 2021"],
        },
        "gaps_expected": {},
        "gaps_forbidden": {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}

# ---- A2: district council, Word, one big evidence table ----
def _kdc_rows():
    G, A = "G", "A"
    rows = [
        ["1", "Named leads. The Corporate Director for Communities, Helen Asante, is the council's Senior Safeguarding Officer and the named lead for Section 11. The Head of Community Safety, Sarah Okafor, is the operational lead and represents the council at the partnership's District Councils Safeguarding Forum.",
         "Named leads are published on the intranet and on the front page of the safeguarding policy. In a staff survey in March 2021, 84% of respondents could correctly name who to contact with a safeguarding concern, up from 63% in 2019.", G],
        ["1", "Corporate Management Team (CMT) oversight. Quarterly safeguarding reports go to CMT covering referrals made, training compliance, DBS status and learning from partnership reviews.",
         "CMT received all four quarterly reports in 2020/21. Following the Q2 report, CMT directed the Licensing and Revenues teams to complete outstanding Level 1 training, and their completion rose from 52% to 86% by March 2021.", G],
        ["1", "Corporate Safeguarding Group. Meets every two months, chaired by the Head of Community Safety, with a representative from every service area.",
         "Six meetings held, all online, with average attendance of 89%. Two services with poor attendance were escalated to CMT in October 2020 and have attended every meeting since.", G],
        ["1", "Elected members. A lead member for safeguarding (Cllr James Whitlow, portfolio holder for Communities) and a safeguarding briefing for all councillors.",
         "31 of 39 councillors attended the safeguarding briefing for members in November 2020. The recording has been sent to the remaining eight.", G],
        ["1", "Independent assurance. The council's safeguarding arrangements were reviewed by the Brackenshire Internal Audit Partnership in January 2021.",
         "The audit gave an opinion of substantial assurance with two minor recommendations (updating the contracts checklist and recording training for agency workers), both implemented by April 2021.", G],
        ["1", "Contracts and grants. Safeguarding clauses are included in all contracts and grant agreements where the provider works with children, including the leisure contract and the community grants scheme.",
         "Contract monitoring of the leisure operator in December 2020 confirmed the safeguarding schedule was being met. Eleven community grant recipients were asked for their safeguarding policy before funds were released and two were helped to write one.", G],
        ["1", "Standard 1 overall",
         "Clear named leadership, effective internal governance and independent substantial assurance within the last 12 months.", "GREEN"],
        ["2", "Safer recruitment. All posts are risk-assessed for DBS eligibility and posts with regular contact with children need an enhanced check before the start date. Recruiting managers must complete safer recruitment training.",
         "An HR audit of 40 recruitment files in February 2021 found 37 fully compliant. The other 3 were missing a second reference; these were obtained and a reference checklist was added to the recruitment system.", A],
        ["2", "DBS renewals. Our policy is to renew enhanced checks every three years for roles working with children.",
         "A backlog of 23 renewals built up during the first lockdown when identity checks could not be done in person. 14 were cleared by March 2021 using a new remote identity process and 9 remain outstanding, due to be cleared by October 2021.", A],
        ["2", "Level 1 safeguarding e-learning is mandatory for all staff and is refreshed every two years.",
         "412 of 528 staff (78%) had completed Level 1 by 31 March 2021, against our target of 90%. Completion is 91% in frontline services but only 64% among office-based staff, where home working made it easier for training to slip.", A],
        ["2", "Level 2 training for frontline staff in housing options, community safety, licensing enforcement and parks, delivered by the council's safeguarding officer in six virtual sessions.",
         "58 staff were trained. Average scores in the knowledge check rose from 61% before the course to 88% after it.", A],
        ["2", "Induction. A safeguarding module is part of corporate induction and moved online from June 2020.",
         "All 46 new starters in the year completed the module within their first month. We have not yet collected feedback from new starters and will add this in 2021/22.", A],
        ["2", "Agency and casual workers were previously outside our training records.",
         "Since January 2021 agency workers must complete Level 1 before starting. We cannot yet report completion for casual staff who work at events and the election count, which is a known gap.", A],
        ["2", "Standard 2 overall",
         "Good progress on safer recruitment, but Level 1 completion is below target and DBS renewals are still being cleared.", "AMBER"],
        ["3", "Safeguarding policy. The Safeguarding Children and Adults Policy was reviewed and approved by Cabinet in July 2020. It follows the partnership's procedures and escalation policy and includes a section on safeguarding in public spaces.",
         "The policy was the most viewed page on the intranet in August 2020. Service procedures in housing, licensing and community safety were updated to match it by December 2020.", G],
        ["3", "Referrals. Staff refer concerns about children to the Brackenshire Front Door using the partnership's referral form, and every referral is logged by the safeguarding officer.",
         "67 referrals were made in 2020/21 compared with 41 in 2019/20. Feedback from the Front Door shows 58 of 67 progressed to assessment or early help, which tells us referrals are appropriate and well evidenced.", G],
        ["3", "Homeless 16 and 17 year olds. Joint protocol with Brackenshire County Council children's services, revised in September 2020.",
         "All 19 young people who presented as homeless received a joint assessment within 10 working days, and none was placed in bed and breakfast accommodation.", G],
        ["3", "Taxi and private hire licensing. Safeguarding and child sexual exploitation awareness training is a licence condition, and licensing shares intelligence with Brackenshire Constabulary at a monthly meeting.",
         "96% of 640 licensed drivers have completed the training. Intelligence shared at the monthly meeting led to 3 licences suspended in 2020/21 pending investigation.", G],
        ["3", "Allegations against staff. The council's allegations procedure was updated in October 2020 to match the partnership's LADO procedure.",
         "Two allegations were referred to the LADO in the year, both on the day they were raised. Both are concluded and the learning was shared with the services concerned.", G],
        ["3", "Standard 3 overall",
         "Policies are current and followed; referral outcomes, joint assessments and licensing action show they work in practice.", "GREEN"],
        ["4", "Kestleford Youth Council (ages 11 to 18) is supported by the council's youth engagement officer and meets monthly. Two members sit on the Community Safety Partnership.",
         "The Youth Council met 8 times online. It led the consultation on the design of the Abbey Fields skate park: 312 young people responded, and the design adopted by Cabinet in February 2021 was the one they chose.", G],
        ["4", "Safe in Kestleford, a community safety survey of young people run with secondary schools in autumn 2020.",
         "There were 1,020 responses from 6 secondary schools. Young people named the Station Road underpass as the place they felt least safe, and lighting and CCTV were installed there in March 2021.", G],
        ["4", "Child-friendly complaints and feedback form on the council website, promoted through schools.",
         "Seven complaints were received from children in 2020/21, all answered within 10 working days. Two led to changes, including longer summer opening of the Castle Park toilets.", G],
        ["4", "Housing options. Young people presenting as homeless are asked about their experience at the end of the joint assessment.",
         "14 of the 19 young people gave feedback and 12 said they felt listened to. Their comments led to a single named contact being offered to every young person from January 2021.", G],
        ["4", "Standard 4 overall",
         "Children and young people are heard through several routes, and we can show what changed as a result.", "GREEN"],
    ]
    colour = {"G": GREEN, "A": AMBER, "GREEN": GREEN, "AMBER": AMBER}
    fills = {(i, 3): colour[r[3]] for i, r in enumerate(rows)}
    bold = [i for i, r in enumerate(rows) if r[1].endswith(" overall")]
    shade = {i: "F2F2F2" for i in bold}
    return rows, fills, bold, shade


_kdc, _kdc_fills, _kdc_bold, _kdc_shade = _kdc_rows()

A2 = {
    "file": "a-kestleford-district-council-s11-2021.docx",
    "doc_title": "Kestleford District Council Section 11 Audit 2021",
    "style": {"font": "Arial", "size": 10, "cell_size": 9, "heading_rgb": "7A1F5C",
              "header": "Kestleford District Council - Section 11 Audit 2021",
              "footer": "Kestleford District Council"},
    "blocks": [
        ("title", "Section 11 Audit 2021"),
        ("subtitle", "Kestleford District Council: return to the Brackenshire Safeguarding Children Partnership"),
        ("kv", [("Organisation", "Kestleford District Council (KDC)"),
                ("Lead officer", "Sarah Okafor, Head of Community Safety"),
                ("Senior Safeguarding Officer", "Helen Asante, Corporate Director for Communities"),
                ("Period covered", "1 April 2020 to 31 March 2021"),
                ("Date submitted", "27 September 2021")]),
        ("h1", "Introduction"),
        ("p", "Kestleford District Council does not provide children's social care, but our housing options, licensing, parks and leisure, environmental health, customer services and community safety teams are in contact with children and families every day. This return uses the evidence table suggested by the partnership. Each line has a RAG rating and the shaded row at the end of each standard gives our overall rating for that standard."),
        ("h1", "Evidence table"),
        ("table", {"header": ["Std", "Evidence", "Impact / outcome", "RAG"],
                   "rows": _kdc, "widths": [1.2, 7.0, 7.0, 1.4], "fills": _kdc_fills,
                   "bold_rows": _kdc_bold, "shade_rows": _kdc_shade}),
        ("h1", "Common questions"),
        ("pl", "Q1. Something another agency has done that improved multi-agency practice:",
         "Brackenshire County Council opened a professional consultation line at the Brackenshire Front Door in June 2020. Our housing officers can now talk a worry through with a social worker before deciding whether to refer, and several of the referrals counted under Standard 3 began as consultations."),
        ("pl", "Q2. Self-ratings:", "Standard 1 Green; Standard 2 Amber; Standard 3 Green; Standard 4 Green, as shown in the overall rows of the table."),
        ("pl", "Q3. Commitment to multi-agency training:",
         "The council is committed to the partnership's multi-agency training programme. We release staff to attend, we will host sessions at Kestleford Civic Centre free of charge when face to face training resumes, and 22 of our staff attended partnership courses in 2020/21."),
        ("pl", "Q4. Impact of training:",
         "Yes. The knowledge check results for Level 2 and the rise in appropriate referrals both followed the training. Staff who attended the partnership's Neglect course used the neglect toolkit in housing cases for the first time this year."),
        ("pl", "Q5. How we know we have improved:",
         "We compare our position each year with our previous Section 11 return and with the internal audit findings. In 2019/20 we could not show any outcomes from listening to young people; this year we can."),
        ("p", "Sarah Okafor, Head of Community Safety, on behalf of Kestleford District Council"),
    ],
    "gold": {
        "agency": ["Kestleford District Council", "KDC"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": "green"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "green"},
        "evidence_must_include": {
            "1": ["31 of 39 councillors attended",
                  "Brackenshire Internal Audit Partnership in January 2021",
                  "completion rose from 52% to 86% by March 2021"],
            "2": ["412 of 528 staff (78%)",
                  "A backlog of 23 renewals built up",
                  "found 37 fully compliant"],
            "3": ["58 of 67 progressed to assessment or early help",
                  "received a joint assessment within 10 working days",
                  "led to 3 licences suspended"],
            "4": ["312 young people responded",
                  "lighting and CCTV were installed there in March 2021",
                  "14 of the 19 young people gave feedback"],
        },
        "gaps_expected": {},
        "gaps_forbidden": {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}
# ---- A3: community health trust, PDF evidence table; planted UNDER_RATED on 2 ----
_abch_rows = [
    ["1. Leadership and accountability",
     "The Director of Nursing and Quality, Dr Fiona Leckie, is the executive lead for safeguarding. A non-executive director was appointed as safeguarding champion in October 2020.",
     "The Safeguarding Annual Report was presented to the Trust Board in July 2021. Board minutes record challenge from the non-executive champion on the number of children not brought to appointments, which led to the audit reported under Standard 3.",
     "Green"],
    ["1. Leadership and accountability",
     "The Safeguarding Assurance Group meets monthly, chaired by the Deputy Director of Nursing, and receives a safeguarding dashboard introduced in April 2020.",
     "The dashboard was reviewed at all 12 meetings in 2020/21. Exceptions were escalated to the Quality and Safety Committee three times, each with an agreed action that has since been completed.",
     "Green"],
    ["1. Leadership and accountability",
     "The CCG Designated Nurse carried out a safeguarding assurance visit in December 2020, held virtually.",
     "All nine standards in the CCG safeguarding assurance framework were rated as met, with no recommendations.",
     "Green"],
    ["1. Leadership and accountability",
     "Safeguarding team capacity was reviewed because of the pandemic, and a business case for an additional specialist practitioner was approved in November 2020.",
     "The post was filled in January 2021. Advice calls to the safeguarding team were answered the same day in 98% of cases in Q4, compared with 81% in Q1.",
     "Green"],
    ["2. Safer recruitment, training and development",
     "All posts with contact with children require an enhanced DBS check with a barred list check, two references and an interview panel that includes a trained recruiter.",
     "A recruitment file audit in March 2021 found 60 of 60 files fully compliant.",
     "Amber"],
    ["2. Safer recruitment, training and development",
     "Level 3 safeguarding children training moved to a virtual format from May 2020 and continued throughout the pandemic.",
     "At 31 March 2021, 96% of the 812 staff who require Level 3 were compliant, against a target of 90%. Level 1 and Level 2 compliance were 98% and 95%.",
     "Amber"],
    ["2. Safer recruitment, training and development",
     "Neglect training on the Graded Care Profile 2 was delivered to all health visitors and school nurses between October and December 2020.",
     "Graded Care Profile 2 assessments by health visitors rose from 11 in Q2 to 47 in Q4 of 2020/21. A practice audit in April 2021 found 9 of 10 assessments led to a clear plan shared with the family.",
     "Amber"],
    ["2. Safer recruitment, training and development",
     "Safeguarding supervision is provided every quarter to all practitioners who hold a caseload, in groups or one to one.",
     "A supervision audit in February 2021 found that 94% of practitioners had received supervision in every quarter.",
     "Amber"],
    ["2. Safer recruitment, training and development",
     "Induction includes a safeguarding session delivered by the safeguarding team.",
     "All 127 new starters in the year attended within four weeks of starting.",
     "Amber"],
    ["2. Safer recruitment, training and development",
     "Reason for our rating.",
     "Every measure above is at or above target. We have nonetheless rated this standard Amber so as not to be complacent, because we want to see whether the gains hold when training returns to the classroom.",
     "Amber"],
    ["3. Policies and procedures",
     "The Safeguarding Children Policy was reviewed in December 2020 and aligned with the partnership's procedures. A new Was Not Brought policy was introduced in August 2020.",
     "A Was Not Brought audit in May 2021 found follow-up documented in 88% of missed appointments, up from 52% in the 2019 baseline audit.",
     "Green"],
    ["3. Policies and procedures",
     "A named health practitioner has been based at the Brackenshire Front Door since September 2020.",
     "Health information was provided for 91% of strategy discussions on the day they were held, compared with about half before the post was created.",
     "Green"],
    ["3. Policies and procedures",
     "Child protection information sharing checks are made for every child seen in our minor injury units.",
     "Monthly compliance checks averaged 97% in 2020/21. Two children subject to a child protection plan were identified on arrival and their social workers were told the same day.",
     "Green"],
    ["4. Listening to children",
     "Prompts to record the child's voice were added to the electronic record templates for health visiting and school nursing in November 2020.",
     "A record audit in March 2021 found the child's voice recorded in 62% of school nursing contacts, below our 80% target. Health visiting achieved 79%.",
     "Amber"],
    ["4. Listening to children",
     "The Friends and Family Test was adapted for under 16s in sexual health and school nursing.",
     "Only 84 responses were received in the year, fewer than planned because of school closures. We cannot yet point to a change made as a result.",
     "Amber"],
    ["4. Listening to children",
     "A Young Health Champions group for 14 to 18 year olds was set up in February 2021.",
     "The group has met twice. It is not yet influencing the design of services; terms of reference agreed in July 2021 give it a role in reviewing patient information.",
     "Amber"],
]
_abch_fills = {(i, 3): {"Green": "C6EFCE", "Amber": "FFEB9C"}[r[3]] for i, r in enumerate(_abch_rows)}

A3 = {
    "file": "a-amberholt-brackenshire-community-health-s11-2021.pdf",
    "doc_title": "ABCH NHS FT Section 11 Self-Assessment 2020/21",
    "style": {"font": "Helvetica", "size": 9.6, "accent": "005EB8", "cell_size": 8.4, "margin": 1.7,
              "header_left": "Amberholt and Brackenshire Community Health NHS Foundation Trust",
              "header_right": "Section 11 return 2020/21", "footer": "ABCH Safeguarding Team"},
    "blocks": [
        ("title", "Section 11 Self-Assessment 2020/21"),
        ("subtitle", "Amberholt and Brackenshire Community Health NHS Foundation Trust (ABCH)"),
        ("kv", [("Organisation", "Amberholt and Brackenshire Community Health NHS Foundation Trust"),
                ("Executive lead", "Dr Fiona Leckie, Director of Nursing and Quality"),
                ("Prepared by", "Rachel Moyo, Named Nurse Safeguarding Children"),
                ("Approved by", "Quality and Safety Committee, 16 September 2021"),
                ("Date of return", "22 September 2021")]),
        ("h1", "About this return"),
        ("p", "ABCH provides community health services for children and families across Brackenshire, including health visiting, school nursing, children's community nursing, sexual health and three minor injury units. The evidence for each of the partnership's four standards is set out in the table below, with our rating for each line of evidence. The common questions are answered after the table."),
        ("table", {"header": ["Standard", "What we have done", "How we know", "Rating"],
                   "rows": _abch_rows, "widths": [2.6, 6.4, 6.8, 1.8], "fills": _abch_fills,
                   "head_fill": "D9E2F3"}),
        ("h1", "Common questions"),
        ("h3", "Q1. An improvement made by another agency"),
        ("p", "In October 2020 Brackenshire Constabulary began copying Operation Encompass notifications to our school nursing service where a child is known to us. School nurses now contact the child within days of a domestic abuse incident instead of hearing about it weeks later."),
        ("h3", "Q2. RAG ratings"),
        ("p", "Standard 1 Green; Standard 2 Amber; Standard 3 Green; Standard 4 Amber."),
        ("h3", "Q3. Commitment to multi-agency training"),
        ("p", "The Trust is fully committed to the partnership's multi-agency training. Our Named Nurse sits on the training subgroup and our specialist practitioners co-deliver the Neglect and Was Not Brought courses. 143 Trust staff attended partnership courses in 2020/21."),
        ("h3", "Q4. Impact of training on practice"),
        ("p", "Yes. The clearest measure is the increase in neglect assessments by health visitors after the Graded Care Profile 2 training shown in the table. Practitioners who attended the partnership's Neglect course also told us in their evaluations that they feel more confident to challenge drift in cases."),
        ("h3", "Q5. How we know we have improved"),
        ("p", "We use a rolling audit programme, the monthly dashboard, the CCG assurance visit and the partnership's multi-agency audits. Comparing this year with last, Level 3 training compliance was 71% at March 2020 and the Was Not Brought audit shows a large improvement on the 2019 baseline."),
    ],
    "gold": {
        "agency": ["Amberholt and Brackenshire Community Health NHS Foundation Trust", "ABCH"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "evidence_must_include": {
            "1": ["safeguarding champion in October 2020",
                  "reviewed at all 12 meetings",
                  "All nine standards in the CCG safeguarding"],
            "2": ["60 files fully compliant",
                  "96% of the 812 staff",
                  "rose from 11 in Q2 to 47 in Q4",
                  "94% of practitioners had received supervision"],
            "3": ["A Was Not Brought audit in May 2021 found",
                  "Health information was provided for 91% of",
                  "Monthly compliance checks averaged 97%"],
            "4": ["recorded in 62% of school nursing contacts",
                  "Only 84 responses were received",
                  "Young Health Champions group"],
        },
        "gaps_expected": {"2": ["UNDER_RATED"]},
        "gaps_forbidden": {"1": ALL4, "2": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                           "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}

# ---- A4: youth justice, Word narrative without standard headings;
#      planted MISSING_RATING on 3; case example with a child's personal data ----
A4 = {
    "file": "a-brackenshire-youth-justice-service-s11-2021.docx",
    "doc_title": "Brackenshire Youth Justice Service Section 11 return 2020/21",
    "style": {"font": "Calibri", "size": 11, "heading_rgb": "2E5E4E"},
    "blocks": [
        ("title", "Brackenshire Youth Justice Service"),
        ("subtitle", "Section 11 self-assessment return to the Brackenshire Safeguarding Children Partnership, April 2020 to March 2021"),
        ("p", "Brackenshire Youth Justice Service (BYJS) is a multi-agency statutory service hosted by Brackenshire County Council. We work with children aged 10 to 17 who have offended or are at risk of offending, and with their families and the victims of their offences. At the end of March 2021 we were working with 187 children. We have written this return as a single narrative, taking the partnership's four standards in turn and then answering the five common questions."),
        ("p", "Leadership of the service sits with the Youth Justice Management Board, which is chaired by the Director of Children's Services, Angela Pryce, and includes senior leaders from Brackenshire Constabulary, the Probation Service, the Clinical Commissioning Group, education and the Police and Crime Commissioner's office. The Board continued to meet throughout the lockdowns and held extra meetings in the spring of 2020 to oversee the move to remote and doorstep contact with children, so that no child went without a plan for how they would be seen."),
        ("p", "Accountability was tested from outside during the year. HM Inspectorate of Probation inspected the service remotely in November 2020 and judged governance and leadership to be good, commenting that Board members understood the needs of the children we work with and used that understanding to hold their own agencies to account."),
        ("p", "Board members do not simply receive reports. Since September 2020 each member has been linked to one of our three locality teams and attends a practice meeting in that team twice a year, which gives the Board first-hand knowledge of practice. It was a Board member, the Head of Inclusion, who used that knowledge to challenge the low number of our children in full-time education, and this led directly to the education protocol agreed with the Virtual School in January 2021."),
        ("p", "The Head of Service, Daniel Osei, represents the service on the partnership's Executive Group and chairs its Exploitation Subgroup. Learning from partnership reviews is a standing item at the Board, which signed off our actions from the Child R review in February 2021. Taking all of this together, we consider that leadership and accountability are fully in place and we rate this standard Green."),
        ("p", "Every member of staff and every volunteer, including the community members who sit on referral order panels, has an enhanced DBS check before they start, and checks are renewed every three years. At 31 March 2021 all 52 staff and all 31 volunteers held a current check. The County Council's HR service audited every appointment made since April 2020 (nine in all) in April 2021 and found no gaps in the recruitment records."),
        ("p", "During 2020/21 the whole staff team completed training in trauma-informed practice as part of our move to an enhanced case management approach, delivered with the forensic psychology service commissioned by the CCG. To find out whether it made a difference we audited 20 cases in March 2021. In 17 cases there was a written formulation of the child's needs informed by their history, compared with 4 of 20 cases in the same audit a year earlier."),
        ("p", "Eleven case managers completed AIM3 assessment training for harmful sexual behaviour, and all staff completed the partnership's e-learning on child exploitation. Every case manager receives monthly supervision, and the operations manager checks a sample of supervision records every quarter. We are satisfied that the evidence shows a safe and well-trained workforce, and we rate our position on safe recruitment and workforce development as Green."),
        ("p", "The service follows the partnership's child protection procedures. Our own practice guidance was revised in July 2020 to cover remote contact, doorstep visits and what to do when a child could not be seen. In the same month we introduced a child exploitation screening tool, which is completed for every child at the start of an intervention; by March 2021 it had been completed for 163 of the 187 children open to us."),
        ("p", "The following case shows how the procedures work in practice. Tyler Brennan (date of birth 02/11/2005) lives with his mother, Kerry Brennan, at 14 Coldharbour Lane, Dunmere, QX7 2LD. He came to us in August 2020 after being arrested in Amberholt with cannabis and a large amount of cash (crime reference CR/20/118842). The screening tool showed strong signs of criminal exploitation, including unexplained travel and a second phone. His case manager made a referral under the National Referral Mechanism within five days and asked for a child exploitation meeting, which was held within ten days. Tyler's health records (NHS number 999 402 7716) showed two recent attendances at a minor injury unit that had not been linked to exploitation. With his mother's agreement (she can be reached on 07700 900381) a safety plan was put in place and he moved school, and by March 2021 he had not come to police attention again."),
        ("p", "Not everything is working. When a child is charged and refused bail overnight, the local authority should provide accommodation so that the child does not stay in a police cell. In 2020/21 only 3 of 14 requests for this accommodation were met. We have raised this through the escalation policy, and a revised protocol between the police, children's social care and our service is being drafted, but it had not been agreed by the end of the year. Our own audit in January 2021 also found that safety plans were reviewed within the required timescale in only 11 of 18 cases. Work on both issues continues into 2021/22."),
        ("p", "Children's views shape our work. Our participation worker collects feedback from every child at the end of an intervention using a short questionnaire. 68 of the 102 children who finished an intervention in 2020/21 completed it, and 62 of them said they felt listened to by their case manager."),
        ("p", "Children have told us what to change and we have changed it. In response to their feedback, appointments are now offered after school hours, our letters to children have been rewritten in plain language by a group of six young people, and the reception area at our Kestleford office was redesigned with their help in the autumn of 2020. A young person now sits on every interview panel for case manager posts, and two young people presented their views to the Management Board in March 2021. For hearing children and young people, our rating is Green."),
        ("p", "The partnership also asks every agency five common questions. On the first, the single change by another agency that has most improved our multi-agency work this year is the Virtual School's decision in September 2020 to extend its support to children on youth justice orders who are not looked after, offering each of them an education adviser. This has helped children get back into education more quickly."),
        ("p", "Our self-ratings are given at the end of the discussion of each standard above."),
        ("p", "We are committed to the partnership's multi-agency training programme. Two of our staff are accredited partnership trainers for the exploitation course, and 29 of our staff attended at least one partnership course during the year."),
        ("p", "We believe single and multi-agency training has had an impact on practice, which we can see most clearly in the trauma-informed case audit and in the growing use of the exploitation screening tool."),
        ("p", "We know we have improved because the inspection, our case audits and the feedback from children all point in the same direction, and because the rate of first-time entrants to the youth justice system in Brackenshire fell from 221 to 174 per 100,000 children over the year."),
        ("p", "Daniel Osei, Head of Youth Justice Service, 28 September 2021"),
    ],
    "gold": {
        "agency": ["Brackenshire Youth Justice Service", "BYJS"],
        "self_ratings": {"1": "green", "2": "green", "3": None, "4": "green"},
        "evidence_supports": {"1": "green", "2": "green", "3": "amber", "4": "green"},
        "evidence_must_include": {
            "1": ["judged governance and leadership to be good",
                  "linked to one of our three locality teams",
                  "education protocol agreed with the Virtual School in January 2021"],
            "2": ["all 52 staff and all 31 volunteers",
                  "compared with 4 of 20 cases in the same audit",
                  "AIM3 assessment training for harmful sexual behaviour"],
            "3": ["completed for 163 of the 187 children",
                  "only 3 of 14 requests for this accommodation were met",
                  "in only 11 of 18 cases"],
            "4": ["68 of the 102 children",
                  "62 of them said they felt listened to",
                  "rewritten in plain language by a group"],
        },
        "gaps_expected": {"3": ["MISSING_RATING"]},
        "gaps_forbidden": {"1": ALL4, "2": ALL4,
                           "3": ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION"], "4": ALL4},
        "personal_data": ["Tyler", "Brennan", "Kerry", "02/11/2005", "14 Coldharbour Lane",
                          "QX7 2LD", "CR/20/118842", "999 402 7716", "07700 900381"],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}
# ---- A5: leisure trust, PDF, own headings, ratings only in closing summary
#      by topic; planted OVER_RATED on 3 and MISSING_SECTION on 4 ----
A5 = {
    "file": "a-oxley-marsh-leisure-trust-s11-2021.pdf",
    "doc_title": "Oxley Marsh Leisure Trust Safeguarding Self-Assessment 2020/21",
    "style": {"font": "Helvetica", "size": 10.4, "accent": "00806B", "margin": 2.2,
              "header_left": "Oxley Marsh Leisure Trust", "header_right": "Safeguarding Self-Assessment 2020/21",
              "footer": "Registered charity. Oxley Marsh Leisure Trust"},
    "blocks": [
        ("title", "Safeguarding Self-Assessment 2020/21"),
        ("subtitle", "Oxley Marsh Leisure Trust: our Section 11 return to the Brackenshire Safeguarding Children Partnership"),
        ("kv", [("Prepared by", "Lisa Carney, Head of Operations and Designated Safeguarding Lead"),
                ("Approved by", "Board of Trustees, 14 September 2021"),
                ("Covering", "April 2020 to March 2021")]),
        ("h1", "About us"),
        ("p", "Oxley Marsh Leisure Trust (OMLT) is a charitable trust that runs five leisure centres, three swimming pools and the Millbrook outdoor activity centre on behalf of Oxley Marsh Borough Council. In a normal year around 9,000 children take part in swimming lessons with us every week, and many more use our gyms, sports halls and holiday activity schemes. During 2020/21 our sites were closed for long periods because of the pandemic, and most of our 243 staff were furloughed for part of the year."),
        ("h1", "How safeguarding is governed"),
        ("p", "Safeguarding is overseen by the Board of Trustees, which has a named safeguarding trustee, Margaret Oyelaran, a retired head teacher appointed in 2019. The Designated Safeguarding Lead is the Head of Operations, supported by a deputy at each site. The DSL reports to every Board meeting, and the Board received six safeguarding reports in 2020/21, including one on the safe reopening of swimming lessons in September 2020."),
        ("p", "All safeguarding concerns are recorded on a central log. 46 concerns were logged in the year and every one was reviewed by the DSL within 24 hours; 12 were referred to the Brackenshire Front Door and 3 to the LADO."),
        ("p", "The Borough Council's contract monitoring officer audited the safeguarding schedule of our management contract in February 2021 and found full compliance, noting the improvement in the central log since the 2019 audit."),
        ("h1", "Our people"),
        ("p", "Every lifeguard, swimming teacher, coach and activity instructor has an enhanced DBS check, which we complete before anyone starts work. At 31 March 2021 all 118 permanent staff in these roles held a current check."),
        ("p", "Training is where we know we need to improve. Safeguarding training for permanent staff was 93% complete at the end of the year, but only 89 of our 125 casual staff (71%) had completed it. This is mainly because casual staff were not working during the closures and the online course was not available to them until January 2021."),
        ("p", "Our swimming teachers completed a refresher on safe supervision and changing rooms before lessons restarted, and two unannounced visits by the DSL in March 2021 found that staff knew how to raise a concern. Three additional training sessions for casual staff are booked for October and November 2021."),
        ("h1", "Our policies"),
        ("p", "Our safeguarding policy is robust and fully embedded across all of our sites. Safeguarding is everyone's business at the Trust and is at the heart of everything we do. All staff understand their responsibilities and know exactly what to do if they are worried about a child."),
        ("p", "We are committed to working in line with the partnership's procedures and we have a zero tolerance approach to abuse. Our procedures are comprehensive and fit for purpose, and we are confident that they keep children safe in our centres."),
        ("h1", "Working with the partnership"),
        ("p", "The partnership asked us to name something another agency has done that improved multi-agency practice. In autumn 2020 Brackenshire Constabulary gave each of our centres a named neighbourhood officer, which has made it much quicker to share concerns about young people gathering around our sites in the evenings."),
        ("p", "Our ratings are given in the summary at the end of this return."),
        ("p", "We are committed to the partnership's multi-agency training. Our DSL and two site deputies attended the partnership's Safer Organisations course in February 2021, and we will put casual staff team leaders on partnership courses in 2021/22."),
        ("p", "We think training is having an impact. After the refresher for swimming teachers the number of concerns logged by teaching staff rose, and the information recorded on the log is clearer and more complete."),
        ("p", "We know we have improved because the contract audit found full compliance this year, whereas the 2019 audit had found gaps in the central log."),
        ("h1", "Summary"),
        ("p", "This has been an extraordinary year for the Trust. In summary, we consider ourselves Green on governance and Green on our policies and procedures, and Amber on our people, where training for casual staff is still not where it needs to be."),
        ("p", "Lisa Carney, Head of Operations and Designated Safeguarding Lead"),
    ],
    "gold": {
        "agency": ["Oxley Marsh Leisure Trust", "OMLT"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": None},
        "evidence_supports": {"1": "green", "2": "amber", "3": "red"},
        "evidence_must_include": {
            "1": ["received six safeguarding reports in 2020/21",
                  "every one was reviewed by the DSL within 24 hours",
                  "audited the safeguarding schedule of our management contract"],
            "2": ["all 118 permanent staff in these roles",
                  "only 89 of our 125 casual staff (71%)",
                  "Three additional training sessions for casual staff"],
            "3": ["robust and fully embedded across all of our sites",
                  "have a zero tolerance approach to abuse",
                  "comprehensive and fit for purpose"],
        },
        "gaps_expected": {"3": ["OVER_RATED"], "4": ["MISSING_SECTION"]},
        "gaps_forbidden": {"1": ALL4, "2": ALL4,
                           "3": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                           "4": ["OVER_RATED", "UNDER_RATED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}

# ---- A6: academy trust, Word, 1-4 scale table with key; planted UNDER_RATED
#      on 1; Q4 answered "N/A" ----
_score_fill = {"4": "C6EFCE", "3": "FFEB9C", "2": "FFEB9C", "1": "FFC7CE"}
_dvat_scores = [
    ["1. Leadership and accountability", "2", "Partially met. Strong trust-wide arrangements, scored cautiously."],
    ["2. Safe recruitment, induction, training and development", "4", "Fully met. All seven schools fully compliant at the spring audit."],
    ["3. Safeguarding policies and procedures", "4", "Fully met. Trust-wide policy and procedures in place and working."],
    ["4. Listening to children and young people", "3", "Mostly met. Good pupil voice work; secondary and SEND pupils less confident."],
]
A6 = {
    "file": "a-dunmere-valley-academy-trust-s11-2021.docx",
    "doc_title": "Dunmere Valley Academy Trust Section 11 Self-Assessment 2020/21",
    "style": {"font": "Calibri", "size": 11, "cell_size": 10, "heading_rgb": "3B2C85",
              "header": "Dunmere Valley Academy Trust",
              "footer": "DVAT Section 11 Self-Assessment 2020/21"},
    "blocks": [
        ("title", "Section 11 Self-Assessment 2020/21"),
        ("subtitle", "Dunmere Valley Academy Trust (DVAT)"),
        ("kv", [("Trust", "Dunmere Valley Academy Trust (seven academies: Dunmere High School, Thornwick Cross Academy, Dunmere St Giles Primary, Oxley Marsh Primary, Millbrook Primary, Castlegate Primary and Fernley Primary)"),
                ("Chief Executive", "Joanne Whitcombe"),
                ("Completed by", "Owen Pritchard, Director of Safeguarding"),
                ("Date", "29 September 2021")]),
        ("h1", "Summary of scores"),
        ("p", "The Trust scores itself against each standard on the four-point scale accepted by the partnership."),
        ("table", {"header": ["Scoring key", ""],
                   "rows": [["4", "Fully met"], ["3", "Mostly met"], ["2", "Partially met"], ["1", "Not met"]],
                   "widths": [3.0, 6.0]}),
        ("table", {"header": ["Standard", "Score (1 to 4)", "Summary"], "rows": _dvat_scores,
                   "widths": [6.2, 2.6, 7.8],
                   "fills": {(i, 1): _score_fill[r[1]] for i, r in enumerate(_dvat_scores)}}),
        ("h1", "Standard 1: Leadership and accountability"),
        ("p", "The Trust Board has a named safeguarding trustee, Dr Amrit Sandhu, who meets the Director of Safeguarding every half term and visits each school at least once a year; in 2020/21 these visits took place online. The Board receives a full safeguarding report every term, and all three reports in 2020/21 were discussed with recorded challenge and follow-up actions."),
        ("p", "Each school has a designated safeguarding lead on its senior leadership team and a link governor for safeguarding. Every school completed the Trust's annual safeguarding audit in January 2021, with 7 of 7 returned on time, and the action plans are tracked centrally by the Director of Safeguarding."),
        ("p", "In May 2021 an independent safeguarding consultant reviewed the arrangements in all seven schools and in the central team. The review concluded that safeguarding leadership was strong in every school and that central oversight by the Trust was exemplary, and it made no recommendations."),
        ("p", "The Director of Safeguarding represents the Trust at the partnership's Education Safeguarding Forum and led the partnership's work on the safe return of vulnerable pupils in September 2020."),
        ("p", "Score: 2 (Partially met). We prefer to score ourselves cautiously on leadership, as there is always more we could do."),
        ("h1", "Standard 2: Safe recruitment, induction, training and development"),
        ("p", "Single central record checks are audited every term by the central HR team. At the spring 2021 audit all seven schools were 100% compliant, with no missing checks across 642 staff, volunteers and governors."),
        ("p", "All staff completed Keeping Children Safe in Education training in September 2020 (631 of 642, with the other 11, who were on long-term absence, completing it on their return). All 21 designated and deputy designated safeguarding leads hold current DSL training, and every head teacher and chair of governors has completed safer recruitment training."),
        ("p", "The impact shows in practice. In a trust-wide staff quiz in February 2021, 94% of staff correctly identified the action to take when a child discloses abuse, compared with 79% in 2019."),
        ("p", "Score: 4 (Fully met)."),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("p", "All schools use the Trust's model child protection policy, reviewed in September 2020 to include the partnership's updated procedures and a Covid-19 addendum. Concerns are recorded on one electronic safeguarding record system across the Trust, which lets the Director of Safeguarding review every referral made to the Brackenshire Front Door."),
        ("p", "During the January to March 2021 lockdown our schools stayed open for vulnerable children. 68% of children with a social worker attended school at least three days a week, and every child who did not attend was contacted at least twice a week."),
        ("p", "Our schools received 1,214 Operation Encompass notifications in the year, and in each case the designated safeguarding lead made contact with the child or family on the same school day. In spring 2021 the Trust reviewed its approach to harmful sexual behaviour, and both secondary schools have updated their procedures and briefed their staff."),
        ("p", "Score: 4 (Fully met)."),
        ("h1", "Standard 4: Listening to children and young people"),
        ("p", "Every school has a school council, and pupils in the two secondary schools also have a student safeguarding group. During school closures pupils could contact staff through a worry button on the home learning platform, which was used 212 times."),
        ("p", "In June 2021 we surveyed pupils in Years 4 to 11. 1,480 pupils responded and 81% said there was an adult in school they could talk to if they were worried. This fell to 64% among secondary pupils, and pupils with special educational needs were under-represented in the responses."),
        ("p", "Each school now has an action plan from the survey, but it is too early to show the effect. Score: 3 (Mostly met)."),
        ("h1", "Common questions"),
        ("table", {"header": ["Question", "Trust response"], "widths": [6.0, 10.6], "rows": [
            ["Q1. Something another agency did in 2020/21 that improved multi-agency practice",
             "Brackenshire Constabulary extended Operation Encompass so that notifications for weekend incidents reach our DSLs before school on Monday morning. Children are now supported on their first day back rather than later in the week."],
            ["Q2. RAG rate yourself against each standard",
             "See the scored table at the start of this return (4 = Fully met, 3 = Mostly met, 2 = Partially met)."],
            ["Q3. Commitment to the partnership's multi-agency training",
             "The Trust commits to releasing every DSL for at least one partnership course each year. In 2020/21, 19 of our 21 DSLs attended."],
            ["Q4. Is single and multi-agency training having an impact on practice?", "N/A"],
            ["Q5. How do you know you have improved?",
             "We compare the annual safeguarding audit results for each school year on year, and this year we also had the independent review."],
        ]}),
    ],
    "gold": {
        "agency": ["Dunmere Valley Academy Trust", "DVAT"],
        "self_ratings": {"1": "amber", "2": "green", "3": "green", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "evidence_must_include": {
            "1": ["meets the Director of Safeguarding every half term",
                  "with 7 of 7 returned on time",
                  "safeguarding leadership was strong in every school"],
            "2": ["no missing checks across 642 staff",
                  "All 21 designated and deputy designated safeguarding leads",
                  "94% of staff correctly identified the action"],
            "3": ["68% of children with a social worker attended",
                  "1,214 Operation Encompass notifications",
                  "model child protection policy, reviewed in September 2020"],
            "4": ["worry button on the home learning platform",
                  "1,480 pupils responded",
                  "This fell to 64% among secondary pupils"],
        },
        "gaps_expected": {"1": ["UNDER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        "gaps_forbidden": {"1": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                           "2": ALL4, "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": False,
        "common_questions_answered": {"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
    },
}
# ---- A7: housing association, PDF; last year's rating beside this year's;
#      honest Red with assertions only on 4; submitted late ----
A7 = {
    "file": "a-dunmere-homes-s11-2021.pdf",
    "doc_title": "Dunmere Homes Section 11 Self-Assessment Return 2020/21",
    "style": {"font": "Times-Roman", "size": 11, "accent": "8A3B12", "margin": 2.3,
              "header_left": "Dunmere Homes", "header_right": "Section 11 return 2020/21",
              "footer": "Dunmere Homes, Kestleford"},
    "blocks": [
        ("title", "Dunmere Homes"),
        ("subtitle", "Section 11 Self-Assessment Return 2020/21 for the Brackenshire Safeguarding Children Partnership"),
        ("kv", [("Organisation", "Dunmere Homes (registered provider of social housing)"),
                ("Accountable executive", "Neil Harrop, Executive Director of Customer Services"),
                ("Author", "Amina Hussain, Safeguarding Lead"),
                ("Board Safeguarding Champion", "Colin Etherington"),
                ("Date submitted", "11 October 2021")]),
        ("p", "Submission note: this return was submitted on 11 October 2021, after the partnership's deadline of 30 September 2021. We apologise for the delay, which was caused by the extended absence of our Safeguarding Lead during September."),
        ("h1", "Introduction"),
        ("p", "Dunmere Homes owns and manages about 9,400 homes across Brackenshire, and around 6,800 children live in them. We also run the Kestleford Foyer, which provides 32 supported flats for young people aged 16 to 25. Where our rating for a standard has changed since our 2020 return, we show last year's rating next to this year's."),
        ("h1", "Part 1. Leadership and accountability"),
        ("p", "Our 2020 return rated this standard Amber, mainly because we had no board-level lead for safeguarding. In June 2020 the Board appointed Colin Etherington, a board member with a background in children's services, as its Safeguarding Champion. He reports on safeguarding at every Board meeting and has visited the Kestleford Foyer twice."),
        ("p", "The Executive Director of Customer Services is the accountable executive. A Safeguarding Steering Group, chaired by the Safeguarding Lead, brings together housing management, repairs, the Foyer and the anti-social behaviour team, and it met every quarter during the year."),
        ("p", "Our internal auditors reviewed safeguarding governance in February 2021 and gave a reasonable assurance opinion, with three recommendations. All three (clearer reporting lines, a safeguarding risk on the corporate risk register, and an annual report to the Board) were completed by June 2021, when the first Safeguarding Annual Report went to the Board."),
        ("p", "Last year we rated ourselves Amber on this standard; this year we rate it Green."),
        ("h1", "Part 2. Our workforce"),
        ("p", "All staff at the Kestleford Foyer and all staff who visit homes alone have an enhanced DBS check, renewed every three years. A check of personnel files in January 2021 found that all 74 staff in these roles had a current check."),
        ("p", "Safeguarding e-learning is mandatory for all staff, and by 31 March 2021, 301 of 310 staff (97%) had completed it. In addition, 44 neighbourhood officers completed the partnership's Recognising Neglect course, delivered online in November 2020."),
        ("p", "The training has made a difference. Safeguarding referrals made by housing staff rose from 29 in 2019/20 to 61 in 2020/21, and feedback from the Front Door rated most of them as appropriate, with enough information to act on."),
        ("p", "We rate this standard Green."),
        ("h1", "Part 3. Policies and procedures"),
        ("p", "The Safeguarding Children and Adults Policy was rewritten in March 2021 to match the partnership's procedures and escalation policy. We introduced a no-access procedure in August 2020: when staff cannot get into a home where children live for a gas safety or other visit, the case is reviewed by the Safeguarding Lead after the second failed attempt. 37 cases were reviewed in this way during the year and 4 were referred to the Front Door."),
        ("p", "There are gaps. Our repairs contractors visit thousands of homes a year, but only 4 of our 11 main contractors have confirmed that their operatives have had safeguarding training. Staff in the anti-social behaviour team told us in a survey in March 2021 that they are unsure when to use the escalation policy, and none of our staff used it during the year."),
        ("p", "A safeguarding clause is being added to every contract at renewal, and an escalation briefing for the anti-social behaviour team is planned for November 2021."),
        ("p", "We rated this standard Amber in 2020 and it remains Amber for 2021."),
        ("h1", "Part 4. Children's voices"),
        ("p", "We believe children's voices matter and we are committed to listening to them. Our staff care about the children they meet in our homes and always try to take their views into account. We want to do much more in this area in the coming year."),
        ("p", "We have to be honest that we cannot yet show any evidence that the views of children are heard or acted on across Dunmere Homes, and our resident involvement structures are designed for adults."),
        ("p", "This standard is Red this year, the same as last year's Red."),
        ("h1", "Common questions"),
        ("pl", "Q1.", "Kestleford District Council's revised joint protocol for homeless 16 and 17 year olds has made it much easier for us to offer Foyer places quickly, because the joint assessment now tells us what support each young person needs."),
        ("pl", "Q2.", "Leadership and accountability: Green (Amber last year). Our workforce: Green. Policies and procedures: Amber. Children's voices: Red."),
        ("pl", "Q3.", "We are committed to the partnership's multi-agency training and will release staff for at least two courses each year. 58 of our staff attended partnership training in 2020/21."),
        ("pl", "Q4.", "Yes. The rise in referrals from housing staff described in Part 2 followed the neglect training."),
        ("pl", "Q5.", "By comparing this return with last year's. We have closed the governance gap that led to our Amber rating in 2020, and our referral data shows staff are more confident about safeguarding."),
        ("p", "Amina Hussain, Safeguarding Lead, 11 October 2021"),
    ],
    "gold": {
        "agency": ["Dunmere Homes"],
        "self_ratings": {"1": "green", "2": "green", "3": "amber", "4": "red"},
        "evidence_supports": {"1": "green", "2": "green", "3": "amber", "4": "red"},
        "evidence_must_include": {
            "1": ["as its Safeguarding Champion",
                  "reasonable assurance opinion, with three recommendations",
                  "first Safeguarding Annual Report went to the Board"],
            "2": ["all 74 staff in these roles had a current check",
                  "301 of 310 staff (97%)",
                  "rose from 29 in 2019/20 to 61 in 2020/21"],
            "3": ["37 cases were reviewed in this way",
                  "only 4 of our 11 main contractors",
                  "none of our staff used it during the year"],
            "4": ["we are committed to listening to them",
                  "cannot yet show any evidence",
                  "resident involvement structures are designed for adults"],
        },
        "gaps_expected": {},
        "gaps_forbidden": {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": True,
        "common_questions_answered": dict(ALL_Q),
    },
}

# ---- A8: charity, Word, own headings, varied rating sentences ----
A8 = {
    "file": "a-lantern-family-support-s11-2021.docx",
    "doc_title": "Lantern Family Support Section 11 return 2021",
    "style": {"font": "Georgia", "size": 10.5, "heading_font": "Georgia", "heading_rgb": "B35900"},
    "blocks": [
        ("title", "Lantern Family Support"),
        ("subtitle", "Our Section 11 self-assessment for the Brackenshire Safeguarding Children Partnership, 2020/21"),
        ("p", "Completed by Grace Adeyemi, Chief Executive, and Tom Lindqvist, Safeguarding Manager. 23 September 2021."),
        ("h1", "Who we are"),
        ("p", "Lantern Family Support is a charity founded in 1994 that works with families across Brackenshire. We run parenting programmes, a young carers service, a recovery programme for children who have lived with domestic abuse, and a volunteer home-visiting scheme. In 2020/21 we supported 1,130 children and their families, with 38 staff and 140 volunteers."),
        ("h1", "Leading safeguarding at Lantern"),
        ("p", "Our Chief Executive is the designated lead for safeguarding and our Safeguarding Manager is the operational lead. A trustee, Judith Ferris, holds the safeguarding portfolio and chairs the Safeguarding and Quality Committee of the Board, which met quarterly throughout 2020/21."),
        ("p", "In November 2020 the Board commissioned an independent safeguarding review. The review reported in February 2021 and found that our governance and leadership were clear and well understood by staff and volunteers. It made four recommendations on recording, all completed by July 2021."),
        ("p", "Every safeguarding concern raised by staff or volunteers is reviewed by the Safeguarding Manager, and a monthly summary goes to the Chief Executive. The committee looks at themes every quarter, and this led to the decision in December 2020 to fund a second safeguarding practitioner post, because concerns about domestic abuse had doubled during the lockdowns."),
        ("p", "Given the independent review and the action taken on it, we believe Green is justified for this standard."),
        ("h1", "Recruiting and developing our people and volunteers"),
        ("p", "Staff and volunteers who work with children have an enhanced DBS check and two references, and are interviewed. Since October 2020 we have used online identity checking so that recruitment could continue during lockdowns, and 26 volunteers were recruited this way."),
        ("p", "All 38 staff have completed safeguarding training at the level their role requires. Volunteers are a different picture: only 95 of 140 volunteers (68%) had completed the Level 1 course by March 2021, because many stepped back during the pandemic and our face to face training stopped."),
        ("p", "When we checked in January 2021 we also found that supervision for home-visiting volunteers was inconsistent, and 9 of 22 had not had a supervision session in the previous three months. A recorded online version of the Level 1 course was launched in June 2021 and volunteer supervision is now tracked every month."),
        ("p", "Because the volunteer gaps are real, we judge this standard Amber."),
        ("h1", "Keeping children safe: policy into practice"),
        ("p", "Our Safeguarding Children Policy was reviewed in September 2020 and now includes guidance on remote and video contact with children, which we used from April 2020. We use the partnership's escalation policy, and we used it four times in 2020/21; on three occasions the case was reconsidered and the family received a service."),
        ("p", "Our case file audit in March 2021 looked at 20 family files. Thirteen had a clear chronology and a current risk assessment, but seven did not, and in two cases a worry had been discussed in supervision but not recorded as a safeguarding concern. A new recording template is being introduced and the audit will be repeated in December 2021."),
        ("p", "With the audit findings in mind, we are rating ourselves as amber this year."),
        ("h1", "Hearing what children tell us"),
        ("p", "Listening to children is how Lantern began, and it remains central to our work. Our children's advisory group, Lantern Voices, is made up of young carers and children who have used our services. During the year the group met online, and in small groups outdoors when the rules allowed."),
        ("p", "Lantern Voices has changed our services in ways we can point to. The group told us that the domestic abuse recovery programme felt like school, so it was redesigned with them: sessions moved to the early evening, the materials were rewritten, and a creative strand was added. The group also interviewed the candidates for our new Children's Services Manager in February 2021, and their questions decided the appointment."),
        ("p", "The University of Brackenshire evaluated the young carers service in spring 2021 and concluded that children's views had shaped every part of it, from the choice of activities to the way staff contact families."),
        ("p", "The views of each child are recorded at the start and end of their work with us, and every closing summary is written to the child in their own words."),
        ("p", "Our assessment: GREEN."),
        ("h1", "Partnership questions"),
        ("pl", "Another agency's improvement to multi-agency practice.",
         "Brackenshire Youth Justice Service invited voluntary sector partners to its exploitation screening training in autumn 2020. Our young carers workers now use the same language and the same tool as the youth justice service when they are worried about exploitation."),
        ("pl", "Our ratings.", "Leadership: Green. Our people: Amber. Policy into practice: Amber. Hearing children: Green."),
        ("pl", "Our commitment to multi-agency training.",
         "Lantern is committed to the partnership's training offer. We release staff and volunteers to attend, and our Safeguarding Manager co-delivers the partnership's Voice of the Child course."),
        ("pl", "Is training making a difference?",
         "Yes, particularly the partnership's Domestic Abuse and Children course. After 12 staff attended it, we saw more detailed safety planning in our case records."),
        ("pl", "How we know we have improved.",
         "The independent review, our own file audits and what Lantern Voices tells us show where we have improved and where we have not yet."),
        ("h1", "Our priorities for 2021/22"),
        ("bullets", ["Bring volunteer Level 1 training completion up to at least 90% by March 2022, using the recorded course and small group sessions in our Kestleford and Amberholt offices.",
                     "Roll out the new recording template to all family support workers and repeat the case file audit.",
                     "Ask Lantern Voices to help us design a simple way for younger children (under 8) to tell us what they think of our services.",
                     "Review our lone working and home visiting guidance now that face to face visits have resumed."]),
        ("p", "We would welcome feedback from the partnership on this return. Please contact Tom Lindqvist, Safeguarding Manager, at our Kestleford office."),
    ],
    "gold": {
        "agency": ["Lantern Family Support", "Lantern"],
        "self_ratings": {"1": "green", "2": "amber", "3": "amber", "4": "green"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "amber", "4": "green"},
        "evidence_must_include": {
            "1": ["Safeguarding and Quality Committee of the Board",
                  "made four recommendations on recording, all completed by July 2021",
                  "fund a second safeguarding practitioner post"],
            "2": ["26 volunteers were recruited this way",
                  "only 95 of 140 volunteers (68%)",
                  "9 of 22 had not had a supervision session"],
            "3": ["we used it four times in 2020/21",
                  "looked at 20 family files",
                  "the audit will be repeated in December 2021"],
            "4": ["the domestic abuse recovery programme felt like school",
                  "evaluated the young carers service in spring 2021",
                  "every closing summary is written to the child"],
        },
        "gaps_expected": {},
        "gaps_forbidden": {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_Q),
    },
}

# ---- A9: fire and rescue, Word, partnership template, colour-only RAG cells;
#      planted OVER_RATED on 4; Q1 left blank ----
A9 = {
    "file": "a-brackenshire-fire-rescue-s11-2021.docx",
    "doc_title": "BSCP Section 11 Audit 2021 Agency Return - Brackenshire Fire and Rescue Service",
    "style": {"font": "Arial", "size": 10, "cell_size": 9.5, "heading_rgb": "1F3864",
              "header": "Brackenshire Safeguarding Children Partnership",
              "footer": "BSCP Section 11 Audit 2021 Return Template"},
    "blocks": [
        ("title", "Section 11 Audit 2021: Agency Return"),
        ("p", "Brackenshire Safeguarding Children Partnership. Audit period: 1 April 2020 to 31 March 2021. Please return by 30 September 2021."),
        ("p", "Guidance: complete every section. For each standard, summarise your evidence and its impact, then shade the self-assessment box green, amber or red using the partnership's rating definitions."),
        ("h2", "Part A. Agency details"),
        ("kv", [("Agency", "Brackenshire Fire and Rescue Service (BFRS)"),
                ("Completed by", "Station Manager Kate Rudd"),
                ("Role", "Safeguarding Lead"),
                ("Senior lead", "Area Manager Paul Denholm, Head of Prevention"),
                ("Date", "21 September 2021")]),
        ("h2", "Part B. The standards"),
        ("rag_standard", "Standard 1: Leadership and accountability", [
            ("Evidence", "The Chief Fire Officer is the accountable officer for safeguarding and Area Manager Paul Denholm is the strategic lead, reporting to the Service Leadership Team every quarter. The Safeguarding Lead manages a team of two safeguarding advisers.\nThe Fire Authority's Audit and Scrutiny Committee received the annual safeguarding report in March 2021."),
            ("Impact / outcome", "Challenge from the Committee in March 2021 led to safeguarding being added to the corporate risk register, with quarterly review by the Service Leadership Team.\nThe HMICFRS inspection report published in December 2020 found that the Service understood and responded well to vulnerable people, including children."),
        ], GREEN),
        ("rag_standard", "Standard 2: Staff safe recruitment, induction, training and development", [
            ("Evidence", "Enhanced DBS checks are required for all staff who work with young people through Fire Cadets, the FireSafe young firesetters programme and school visits. All 46 staff in these roles held a current check at March 2021.\nSafeguarding training is mandatory every three years for all staff."),
            ("Impact / outcome", "83% of wholetime operational staff have completed safeguarding training, but only 61% of on-call firefighters, who have limited training hours and whose drill nights were suspended during the lockdowns. A recorded module for on-call staff was launched in May 2021.\nCourse evaluations show crews feel more confident, but we have not yet measured the effect of training on the quality of referrals."),
        ], AMBER),
        ("rag_standard", "Standard 3: Safeguarding policies and procedures", [
            ("Evidence", "The Safeguarding Policy was reviewed in October 2020 and is aligned with the partnership's procedures. Crews make safeguarding referrals through a duty safeguarding adviser available 24 hours a day, who forwards them to the Brackenshire Front Door.\nDuring Safe and Well visits crews use a checklist that includes questions about children in the household."),
            ("Impact / outcome", "Crews made 142 safeguarding referrals about children in 2020/21, up from 88 the year before.\nA joint audit with the Front Door in February 2021 of 30 referrals found 27 contained enough information to make a decision without going back to the crew."),
        ], GREEN),
        ("rag_standard", "Standard 4: Listening to children and young people", [
            ("Evidence", "We always listen to children and young people. The voice of the child is at the heart of everything we do and is embedded in our culture across all of our stations."),
            ("Impact / outcome", "Young people value our approach, and our Fire Cadets are proud to be part of the Service."),
        ], GREEN),
        ("h2", "Part C. Common questions"),
        ("table", {"header": ["Question", "Response"], "widths": [6.5, 10.0], "rows": [
            ["Q1. Can you point to something another agency has done during 20/21 that has improved multi-agency practice?", ""],
            ["Q2. RAG rate yourself (Red/Amber/Green) against each standard", "See the self-assessment boxes in Part B."],
            ["Q3. Set out your commitment to the partnership's multi-agency training",
             "The Service is committed to the partnership's multi-agency training programme. Our two safeguarding advisers attend the training subgroup, and 34 staff attended partnership courses in 2020/21, mainly the Exploitation and Neglect courses."],
            ["Q4. Is single and multi-agency training having an impact on practice?",
             "Yes. The rise in referrals and the quality found in the joint audit with the Front Door followed the partnership's Neglect course and our own refresher sessions for crews."],
            ["Q5. How do you know you have improved?",
             "Through referral numbers, the joint audit with the Front Door and the findings of the HMICFRS inspection."],
        ]}),
        ("h2", "Part D. Action plan for 2021/22"),
        ("table", {"header": ["Action", "Standard", "Owner", "By when"], "widths": [8.5, 2.2, 3.6, 2.2], "rows": [
            ["Raise safeguarding training completion for on-call firefighters to 85% using the recorded module and station-based sessions.", "2", "Group Manager, Training", "March 2022"],
            ["Add a safeguarding question to on-call recruitment interviews.", "2", "Head of HR", "December 2021"],
            ["Repeat the joint referral audit with the Front Door and share findings with every watch.", "3", "Safeguarding Lead", "February 2022"],
            ["Update the Safe and Well checklist to include the partnership's neglect indicators.", "3", "Head of Prevention", "January 2022"],
            ["Report progress on this plan to the Service Leadership Team each quarter.", "1", "Area Manager Paul Denholm", "Quarterly"],
        ]}),
        ("p", "Signed on behalf of Brackenshire Fire and Rescue Service: Kate Rudd, Station Manager, Safeguarding Lead."),
    ],
    "gold": {
        "agency": ["Brackenshire Fire and Rescue Service", "BFRS"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": "green"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "red"},
        "evidence_must_include": {
            "1": ["received the annual safeguarding report in March 2021",
                  "added to the corporate risk register",
                  "responded well to vulnerable people, including children"],
            "2": ["All 46 staff in these roles held a current check",
                  "83% of wholetime operational staff",
                  "drill nights were suspended during the lockdowns"],
            "3": ["made 142 safeguarding referrals about children",
                  "found 27 contained enough information"],
            "4": ["is embedded in our culture across all of our stations",
                  "Young people value our approach"],
        },
        "gaps_expected": {"4": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        "gaps_forbidden": {"1": ALL4, "2": ALL4, "3": ALL4,
                           "4": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": {"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
}

DOCS = [A1, A2, A3, A4, A5, A6, A7, A8, A9]


# =============================== Checking ==================================
def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    seen = set()
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                if c._tc in seen:      # merged cells repeat; keep each once
                    continue
                seen.add(c._tc)
                parts.append(c.text)
    return norm("\n".join(parts))


def pdf_texts(path, columns=False):
    """Return (plain, structured).  plain = pdfplumber extract_text per page.
    structured = the same, but column-aware (two-column layout read column by
    column) and with table cells read cell by cell."""
    import pdfplumber
    plain, struct = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            plain.append(page.extract_text() or "")
            # drop the running header and footer bands (top/bottom 1.6 cm)
            band = 1.6 * 72 / 2.54
            regions = [page.within_bbox((0, band, page.width, page.height - band))]
            if columns:
                mid = page.width / 2
                regions = [page.within_bbox((0, band, mid, page.height - band)),
                           page.within_bbox((mid, band, page.width, page.height - band))]
            for reg in regions:
                tables = reg.find_tables()
                boxes = [t.bbox for t in tables]

                def outside(obj, boxes=boxes):
                    if "x0" not in obj:
                        return True
                    for (x0, t0, x1, b1) in boxes:
                        if obj["x0"] >= x0 - 1 and obj["x1"] <= x1 + 1 and obj["top"] >= t0 - 1 and obj["bottom"] <= b1 + 1:
                            return False
                    return True
                struct.append(reg.filter(outside).extract_text() or "")
                for t in tables:
                    for row in t.extract():
                        struct.append(" | ".join(c or "" for c in row))
    return norm("\n".join(plain)), norm("\n".join(struct))


def build_all():
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for spec in DOCS:
        path = os.path.join(SUB, spec["file"])
        if spec["file"].endswith(".docx"):
            render_docx(spec, path)
        else:
            render_pdf(spec, path)
        with open(os.path.join(GOLD, spec["file"] + ".yml"), "w") as fh:
            fh.write(gold_yaml(spec))


def digests():
    out = {}
    for spec in DOCS:
        for p in (os.path.join(SUB, spec["file"]), os.path.join(GOLD, spec["file"] + ".yml")):
            with open(p, "rb") as fh:
                out[p] = hashlib.sha256(fh.read()).hexdigest()
    return out


def check():
    import yaml
    from pypdf import PdfReader
    problems = []
    build_all()
    first = digests()
    build_all()
    second = digests()
    same = first == second
    if not same:
        problems.append("non-deterministic output")
    print("determinism: %s (%d files)" % ("identical bytes" if same else "DIFFERENT", len(first)))
    for spec in DOCS:
        path = os.path.join(SUB, spec["file"])
        gold = yaml.safe_load(open(os.path.join(GOLD, spec["file"] + ".yml")))
        assert gold["file"] == spec["file"]
        if spec["file"].endswith(".docx"):
            text = docx_text(path)
            plain = None
            words = len(text.split())
            pages = "~%.1f (est. %d words)" % (words / 430.0, words)
        else:
            plain, text = pdf_texts(path, columns=spec["style"].get("two_column", False))
            pages = str(len(PdfReader(path).pages))
        bad = []
        nfr = 0
        plain_miss = 0
        for std, frags in gold["evidence_must_include"].items():
            for f in frags:
                nfr += 1
                n = text.count(norm(f))
                if n != 1:
                    bad.append("std %s fragment %r found %d times" % (std, f, n))
                if plain is not None and plain.count(norm(f)) != 1:
                    plain_miss += 1
                    if "-v" in sys.argv:
                        print("    (plain extract_text misses std %s %r)" % (std, f))
        for pd in gold["personal_data"]:
            if norm(pd) not in text:
                bad.append("personal data %r not found" % pd)
        # consistency rules of the gold itself
        for std, r in gold["self_ratings"].items():
            planted = gold["gaps_expected"].get(std, [])
            if r is not None and std in gold["evidence_supports"] and not (
                    "OVER_RATED" in planted or "UNDER_RATED" in planted):
                if gold["evidence_supports"][std] != r:
                    bad.append("std %s supports != self rating without planted gap" % std)
        cq_false = [q for q, v in gold["common_questions_answered"].items() if not v]
        if bool(cq_false) != ("common" in gold["gaps_expected"]):
            bad.append("common-question gap mismatch")
        extra = "" if plain is None else "; plain extract_text: %d/%d fragments exactly once" % (nfr - plain_miss, nfr)
        print("%-52s pages %-22s fragments %2d, personal data %d: %s%s" % (
            spec["file"], pages, nfr, len(gold["personal_data"]), "OK" if not bad else "FAIL", extra))
        for b in bad:
            print("    " + b)
        problems += bad
    print("RESULT:", "clean" if not problems else "%d problem(s)" % len(problems))
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_all()
    print("wrote %d submissions to %s" % (len(DOCS), SUB))
