#!/usr/bin/env python3
"""Writer i: Brackenmoor Safeguarding Children Partnership blind corpus (9 Section 11 returns).

Usage:
    make_i.py           build submissions/i-*.docx|pdf and gold/i-*.yml
    make_i.py --check   rebuild in memory, compare bytes and gold with disk, check fragments

Evidence fragments are marked in the source text as «N:fragment» (N = standard number).
The markers are stripped when rendering and the gold is generated from them.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

MARK = re.compile(r"«(\d):(.*?)»")
GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
RANK = {"red": 0, "amber": 1, "green": 2}


def strip(s):
    return MARK.sub(lambda m: m.group(2), s)


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from walk_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from walk_strings(v)


def collect_fragments(blocks):
    out = {"1": [], "2": [], "3": [], "4": []}
    for s in walk_strings(blocks):
        for m in MARK.finditer(s):
            out[m.group(1)].append(m.group(2))
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------
# DOCX renderer
# ----------------------------------------------------------------------------------------------
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    parts = strip(text).split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def fix_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(item.filename))
    return out.getvalue()


def build_docx(r):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.text = r["docx_footer"]
    for run in fp.runs:
        run.font.size = Pt(8)
    for b in r["blocks"]:
        kind = b[0]
        if kind == "title":
            d.add_heading(strip(b[1]), level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            run = p.add_run(strip(b[1]))
            run.bold = True
            run.font.size = Pt(13)
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif kind == "h1":
            d.add_heading(strip(b[1]), level=1)
        elif kind == "h2":
            d.add_heading(strip(b[1]), level=2)
        elif kind == "p":
            d.add_paragraph(strip(b[1]))
        elif kind == "pb":
            p = d.add_paragraph()
            p.add_run(strip(b[1])).bold = True
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(strip(item), style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    set_cell(t.cell(i, j), val, bold=(i == 0), size=10)
                    if i > 0 and val in RAG_FILL and b[2].get("shade"):
                        shade(t.cell(i, j), RAG_FILL[val])
            if b[2].get("widths"):
                for row in t.rows:
                    for j, w in enumerate(b[2]["widths"]):
                        row.cells[j].width = Cm(w)
            d.add_paragraph()
        elif kind == "mtable":
            spec = b[1]
            header = spec["header"]
            nrows = 1 + sum(len(g["rows"]) for g in spec["groups"])
            t = d.add_table(rows=nrows, cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                set_cell(t.cell(0, j), h, bold=True, size=10)
                shade(t.cell(0, j), "D9D9D9")
            r0 = 1
            last = len(header) - 1
            for g in spec["groups"]:
                n = len(g["rows"])
                a = t.cell(r0, 0).merge(t.cell(r0 + n - 1, 0))
                set_cell(a, g["standard"], bold=True, size=10)
                z = t.cell(r0, last).merge(t.cell(r0 + n - 1, last))
                set_cell(z, g["rag"], bold=True, size=10)
                shade(z, RAG_FILL[g["rag"]])
                for i, row in enumerate(g["rows"]):
                    for j, val in enumerate(row):
                        set_cell(t.cell(r0 + i, 1 + j), val, size=10)
                r0 += n
            for row in t.rows:
                for j, w in enumerate(spec["widths"]):
                    row.cells[j].width = Cm(w)
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    when = r["when"]
    cp = d.core_properties
    dt = datetime.datetime(*when)
    cp.author = r["author"]
    cp.last_modified_by = r["author"]
    cp.title = r["doc_title"]
    cp.subject = "Section 11 self-assessment 2021"
    cp.keywords = "Section 11; BSCP; 2021"
    cp.comments = ""
    cp.category = ""
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue(), when)


# ----------------------------------------------------------------------------------------------
# PDF renderer
# ----------------------------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_LEFT,
                      spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=18, leading=22,
                       spaceAfter=4, textColor=colors.HexColor("#1F3864"))
SUBT = ParagraphStyle("sub", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      spaceAfter=10, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                    spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#1F3864"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)


def pdf_flowables(blocks, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(Paragraph(esc(strip(b[1])), TITLE))
        elif kind == "sub":
            out.append(Paragraph(esc(strip(b[1])), SUBT))
        elif kind == "h1":
            out.append(Paragraph(esc(strip(b[1])), H1))
        elif kind == "h2":
            out.append(Paragraph(esc(strip(b[1])), H2))
        elif kind == "p":
            out.append(Paragraph(esc(strip(b[1])), BODY))
        elif kind == "pb":
            out.append(Paragraph(esc(strip(b[1])), BOLD))
        elif kind == "ul":
            for item in b[1]:
                out.append(Paragraph(esc(strip(item)), BULLET, bulletText="\u2022"))
        elif kind in ("table", "ltable"):
            rows = b[1]
            opts = b[2]
            data = [[Paragraph(esc(strip(v)), CELLB if i == 0 else CELL) for v in row]
                    for i, row in enumerate(rows)]
            widths = [w * cm for w in opts["widths"]]
            t = Table(data, colWidths=widths, repeatRows=1 if kind == "ltable" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 4),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "page":
            out.append(NextPageTemplate(b[1]))
            out.append(PageBreak())
        elif kind == "pagebreak":
            out.append(PageBreak())
        else:
            raise ValueError(kind)
    return out


def build_pdf(r):
    buf = io.BytesIO()
    pagesize = landscape(A4) if r.get("landscape") else A4
    margin = 1.8 * cm
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=2.4 * cm, invariant=1,
                          title=r["doc_title"], author=r["author"],
                          subject="Section 11 self-assessment 2021", creator="Microsoft Word")
    footers = {"default": None}
    footers.update(r.get("footers", {}))
    base = r["pdf_footer"]

    def make_onpage(text):
        def onpage(canv, d):
            canv.saveState()
            if text:
                canv.setFont("Helvetica-Bold", 10)
                canv.drawString(margin, 1.55 * cm, text)
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(colors.HexColor("#666666"))
            canv.drawString(margin, 0.9 * cm, "%s  |  page %d" % (base, d.page))
            canv.restoreState()
        return onpage

    templates = []
    for key, text in footers.items():
        fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f_" + key,
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=key, frames=[fr], onPage=make_onpage(text)))
    doc.addPageTemplates(templates)
    doc.build(pdf_flowables(r["blocks"], doc.width))
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# Text extraction (for --check)
# ----------------------------------------------------------------------------------------------
def units_docx(data):
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph as DPara
    d = docx.Document(io.BytesIO(data))
    units = []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            units.append(DPara(child, d).text)
        elif child.tag == qn("w:tbl"):
            t = DTable(child, d)
            seen = []  # keep the elements alive so that identity checks are reliable
            for row in t.rows:
                for cell in row.cells:
                    if any(cell._tc is e for e in seen):
                        continue
                    seen.append(cell._tc)
                    units.append(cell.text)
    for s in d.sections:
        units.extend(p.text for p in s.header.paragraphs)
        units.extend(p.text for p in s.footer.paragraphs)
    return units


def units_pdf(data):
    import pdfplumber
    units = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").split("\n"))
    return units


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow_map(d):
    return "{" + ", ".join('"%s": %s' % (k, v if v is not None else "null") for k, v in d.items()) + "}"


def gold_text(r):
    frs = collect_fragments(r["blocks"])
    gaps = r["gaps"]
    lines = ["file: %s" % r["file"],
             "agency: [%s]" % ", ".join(q(a) for a in r["agency"]),
             "status: ok",
             "error_code: null",
             "framework: gscp-2021",
             "self_ratings: " + flow_map(r["self"]),
             "evidence_supports: " + flow_map(r["supports"]),
             "evidence_must_include:"]
    for s in "1234":
        lines.append('  "%s": [%s]' % (s, ", ".join(q(f) for f in frs[s])))
    exp = {}
    for s in "1234":
        if s in gaps:
            exp[s] = gaps[s]
    if not all(r["cq"].values()):
        exp["common"] = ["COMMON_QUESTION_UNANSWERED"]
    if exp:
        lines.append("gaps_expected: {" + ", ".join('"%s": [%s]' % (k, ", ".join(v))
                                                    for k, v in exp.items()) + "}")
    else:
        lines.append("gaps_expected: {}")
    lines.append("gaps_forbidden:")
    for s in "1234":
        g = gaps.get(s, [])
        if "MISSING_SECTION" in g:
            forb = []
        elif "MISSING_RATING" in g:
            forb = ["MISSING_SECTION"]
        elif "OVER_RATED" in g:
            forb = ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif "UNDER_RATED" in g:
            forb = ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        else:
            forb = list(GAPS)
        lines.append('  "%s": [%s]' % (s, ", ".join(forb)))
    if all(r["cq"].values()):
        lines.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    lines.append("personal_data: [%s]" % ", ".join(q(p) for p in r["personal"]))
    lines.append("late: %s" % ("true" if r["late"] else "false"))
    lines.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (k, "true" if v else "false") for k, v in r["cq"].items()))
    return "\n".join(lines) + "\n"


def validate_meta(r, errors):
    frs = collect_fragments(r["blocks"])
    for s in "1234":
        g = r["gaps"].get(s, [])
        sr, ev = r["self"][s], r["supports"][s]
        if "MISSING_SECTION" in g:
            if sr is not None or ev is not None or frs[s]:
                errors.append("%s std %s: MISSING_SECTION must have nulls and no fragments" % (r["file"], s))
            continue
        if len(frs[s]) != 3:
            errors.append("%s std %s: %d fragments (want 3)" % (r["file"], s, len(frs[s])))
        for f in frs[s]:
            n = len(f.split())
            if not 3 <= n <= 10:
                errors.append("%s std %s: fragment %r has %d words" % (r["file"], s, f, n))
        if "MISSING_RATING" in g:
            if sr is not None or ev is None:
                errors.append("%s std %s: MISSING_RATING needs null self and non-null evidence" % (r["file"], s))
        elif "OVER_RATED" in g:
            if not RANK[sr] > RANK[ev]:
                errors.append("%s std %s: OVER_RATED but self<=evidence" % (r["file"], s))
        elif "UNDER_RATED" in g:
            if not RANK[sr] < RANK[ev]:
                errors.append("%s std %s: UNDER_RATED but self>=evidence" % (r["file"], s))
        else:
            if sr != ev or sr is None:
                errors.append("%s std %s: honest standard but self %s != evidence %s" % (r["file"], s, sr, ev))


def build(r):
    if r["file"].endswith(".docx"):
        return build_docx(r)
    return build_pdf(r)


# ----------------------------------------------------------------------------------------------
# Content: nine returns
# ----------------------------------------------------------------------------------------------
ALLQ = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}
QT = {
    "Q1": "Something another agency has done during 2020/21 that improved multi-agency practice",
    "Q2": "RAG self-rating against each standard",
    "Q3": "Commitment to the partnership's multi-agency training",
    "Q4": "Is single and multi-agency training having an impact on practice?",
    "Q5": "How do you know you have improved?",
}


def ratings(a, b, c, d):
    return {"1": a, "2": b, "3": c, "4": d}


def R(file, agency, author, when, blocks, self_, supports, gaps=None, personal=None, late=False,
      cq=None, **kw):
    r = dict(file=file, agency=agency, author=author, when=when, blocks=blocks, self=self_,
             supports=supports, gaps=gaps or {}, personal=personal or [], late=late,
             cq=cq or dict(ALLQ))
    r["doc_title"] = "%s - Section 11 self-assessment 2021" % agency[0]
    r["docx_footer"] = "%s | Section 11 self-assessment 2021 | Return to the BSCP" % agency[0]
    r["pdf_footer"] = "%s - Section 11 self-assessment 2021" % agency[0]
    r.update(kw)
    return r


RETURNS = []

# 1 ---------------------------------------------------------------------------------------------
# Brackenmoor Constabulary - docx - style 1: rating matrix with decoy columns.
# Plant: Standard 4 OVER_RATED (Green in matrix; evidence supports Amber).
RETURNS.append(R(
    "i-brackenmoor-constabulary-s11-2021.docx",
    ["Brackenmoor Constabulary", "Brackenmoor Police", "BC"],
    "Karen Oduya", (2021, 9, 24, 10, 15, 0),
    [
        ("title", "Brackenmoor Constabulary"),
        ("sub", "Section 11 Children Act 2004 - Self-assessment return 2021"),
        ("p", "To: Brackenmoor Safeguarding Children Partnership (BSCP) Business Unit"),
        ("p", "Framework: BSCP Section 11 audit framework 2021 (four standards and five common questions)"),
        ("p", "Completed by: Detective Superintendent Karen Oduya, Head of Public Protection. "
              "Signed off by: Assistant Chief Constable Mark Pellow, chief officer lead for vulnerability. "
              "Date: 24 September 2021."),
        ("h1", "Part 1: Rating matrix"),
        ("p", "The table below summarises our position. The first column is our self-rating for the 2020/21 "
              "audit year. For reference we also show the target we have set for next year and the rating "
              "agreed with the BSCP moderation panel at the last full audit."),
        ("table", [
            ["Standard", "Self-rating 2020/21", "Target for 2021/22", "Panel moderated 2019/20"],
            ["1. Leadership and accountability", "Green", "Green", "Amber"],
            ["2. Staff safe recruitment, induction, training and development", "Amber", "Green", "Amber"],
            ["3. Safeguarding policies and procedures", "Green", "Green", "Green"],
            ["4. Listening to children and young people", "Green", "Green", "Red"],
        ], {"shade": True, "widths": [7.0, 3.2, 3.2, 3.2]}),
        ("h1", "Part 2: Evidence against the standards"),
        ("h2", "Standard 1: Leadership and accountability"),
        ("p", "ACC Mark Pellow is the chief officer lead for child protection and represents the Chief "
              "Constable on the BSCP Executive; he attended all six Executive meetings in 2020/21. Detective "
              "Superintendent Karen Oduya is the force strategic safeguarding lead and manages the Public "
              "Protection Unit (PPU), the police team in the Multi-Agency Safeguarding Hub (MASH) and the "
              "Child Exploitation Team."),
        ("p", "The «1:Public Protection Governance Board meets every six weeks», chaired by ACC Pellow. It "
              "receives a quarterly performance pack covering child protection referrals, strategy discussions, "
              "missing episodes, exploitation and children in custody. The minutes show the board challenged "
              "and resolved two delays during the year: a backlog in the online child abuse team, cleared by "
              "January 2021, and late police attendance at initial child protection conferences, where "
              "attendance is now 94%."),
        ("p", "Following the 2019/20 moderation, the Force Audit Team reviewed our safeguarding governance in "
              "November 2020. All «1:eleven recommendations were signed off by March 2021», including named "
              "owners for each strand of the Child-Centred Policing Plan and a standing item on BSCP learning "
              "at every governance board."),
        ("p", "The «1:Safeguarding Quality Assurance Framework was launched in April 2021». Each month the PPU "
              "review team dip-samples 40 crime reports involving children; the April to June 2021 samples "
              "found that 91% had the correct referral decision and timely safeguarding action. Results go to "
              "the governance board and to each district commander."),
        ("p", "Commissioned services are included: the custody healthcare and sexual assault referral centre "
              "contracts both contain safeguarding clauses, and both were reviewed with the providers in July "
              "2021."),
        ("h2", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("p", "All officers, staff and volunteers are vetted to the national vetting standard before they "
              "start. The Vetting Unit processed 412 new starters in 2020/21 and no one was appointed before "
              "clearance. Every interview panel for a PPU post includes a «2:member trained in safer "
              "recruitment», and recruitment to the Child Exploitation Team in February 2021 followed this "
              "process."),
        ("p", "Induction for new constables includes a full day on child protection and the BSCP procedures. "
              "However, mandatory child protection e-learning compliance is «2:78% across the force against a "
              "95% target», and only 71% in response policing. Covid-19 abstractions meant classroom training "
              "was suspended from March 2020 to May 2021."),
        ("p", "The two-day Vulnerability Training Programme restarted in May 2021 and 316 officers have "
              "attended so far. The remaining response teams are scheduled between October 2021 and March "
              "2022."),
        ("p", "PPU investigators should receive monthly recorded supervision. An audit in June 2021 found "
              "that «2:64% of supervision records were up to date», mainly because of sergeant vacancies. DCI "
              "Paula Reyes is introducing a new supervision template and a monthly compliance report by "
              "December 2021."),
        ("p", "Allegations against officers and staff are handled by the Professional Standards Department, "
              "which referred all 14 relevant cases to the LADO in 2020/21, each within one working day."),
        ("h2", "Standard 3: Safeguarding policies and procedures"),
        ("p", "The force child protection policy was «3:reviewed and re-issued in October 2020» to align with "
              "the BSCP multi-agency procedures, and is now available to every officer through the mobile data "
              "app. Separate procedures cover missing children, child exploitation, online abuse and children "
              "in custody."),
        ("p", "Public Protection Notices (PPNs) are our route for sharing concerns about children. Officers "
              "submitted 9,842 child PPNs in 2020/21 and «3:98% were shared with Children's Services within 24 "
              "hours». MASH police researchers share information for every strategy discussion, and police "
              "attendance at strategy discussions stayed at 100% through lockdown once they moved online."),
        ("p", "The escalation policy is used and recorded: PPU supervisors logged 23 escalations in the year, "
              "mostly about thresholds for section 47 enquiries, and Detective Superintendent Oduya reviews "
              "the escalation log monthly."),
        ("p", "The «3:exploitation policy was audited in February 2021» by the Force Audit Team and found "
              "fully compliant with the BSCP exploitation protocol. Through Operation Sentinel, officers made "
              "118 safeguarding visits to children at risk of criminal exploitation. The missing children "
              "procedure was updated in December 2020 so that every child who is found is offered a prevention "
              "interview; the offer is now recorded in 89% of cases."),
        ("h2", "Standard 4: Listening to children and young people"),
        ("p", "Listening to children is at the heart of everything we do. Our officers are committed to "
              "hearing the voice of the child, and we believe children in Brackenmoor trust their police "
              "service."),
        ("p", "The Youth Independent Advisory Group was paused in March 2020 and «4:has not met since the "
              "first lockdown». A relaunch is planned once a new coordinator has been appointed. Our Children "
              "and Young People Engagement Strategy «4:was due for review in 2019» and is still in draft."),
        ("p", "In July 2021 the PPU held two focus groups with 14 young people from the Hollinsdale youth "
              "forum about how the police respond to missing episodes; the findings are being written up."),
        ("p", "The April 2021 dip-sample found that «4:only 52% of child crime reports» recorded the child's "
              "own account or wishes. We do not yet ask children for feedback after a period in custody or "
              "after giving evidence. School liaison officers and the Police Cadets continue to speak with "
              "many young people every year."),
        ("h1", "Part 3: Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Children's Services introduced a joint daily MASH triage call with police and health in November "
              "2020. It has shortened the time from a PPN to a strategy discussion decision, and night-time "
              "PPNs are now reviewed by the next morning."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Our 2020/21 self-ratings are in the first column of the matrix in Part 1: Green for Standards "
              "1, 3 and 4, and Amber for Standard 2."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "The force is committed to releasing staff for BSCP training. 64 officers and staff attended "
              "BSCP courses in 2020/21, and DI Sam Whitlock sits on the BSCP Learning and Development "
              "subgroup. We will host the BSCP exploitation course at headquarters in November 2021."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Partly. After the BSCP neglect course, the PPU's quality score for neglect PPNs rose from 2.6 "
              "to 3.4 out of 5 between October 2020 and June 2021. We have less evidence of the impact of "
              "e-learning and will add a practice question to the monthly dip-sample."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "Through the monthly dip-samples, the quarterly performance pack to the governance board, and "
              "our progress against the HMICFRS child protection action plan, where 17 of 21 actions are now "
              "complete."),
    ],
    ratings("green", "amber", "green", "green"),
    ratings("green", "amber", "green", "amber"),
    gaps={"4": ["OVER_RATED"]},
))

# 2 ---------------------------------------------------------------------------------------------
# Brackenmoor County Council Children's Services - docx - style 2: own section numbering.
# Plant: Standard 3 (Section 6) MISSING_RATING (decoy: last year's panel rating).
RETURNS.append(R(
    "i-brackenmoor-childrens-services-s11-2021.docx",
    ["Brackenmoor County Council Children's Services", "Children's Services", "BCC"],
    "Anita Boateng", (2021, 9, 27, 16, 40, 0),
    [
        ("title", "Brackenmoor County Council"),
        ("sub", "Children's Services - Section 11 self-assessment 2021"),
        ("h1", "Section 1: Introduction and sign-off"),
        ("p", "This is the Section 11 return of Brackenmoor County Council Children's Services to the "
              "Brackenmoor Safeguarding Children Partnership for 2021. It was prepared by Anita Boateng, "
              "Principal Social Worker, with the Children's Services senior leadership team, and signed off "
              "by Helen Marsh, Director of Children's Services, on 27 September 2021."),
        ("p", "2020/21 was dominated by Covid-19. Social workers kept visiting children throughout, and our "
              "conferences, panels and training moved online within a fortnight of the first lockdown."),
        ("h1", "Section 2: How this return is organised"),
        ("p", "We have used the headings of our own service plan rather than the order of the BSCP standards. "
              "Section 4 responds to Standard 2 and Section 6 responds to Standard 3; the full mapping is in "
              "the table below. Each section ends with our self-assessment rating for 2020/21."),
        ("table", [
            ["Our section", "BSCP standard"],
            ["Section 3: Hearing children", "Standard 4 - Listening to children and young people"],
            ["Section 4: Our workforce",
             "Standard 2 - Staff safe recruitment, induction, training and development"],
            ["Section 5: Leadership and governance", "Standard 1 - Leadership and accountability"],
            ["Section 6: Policies and practice guidance", "Standard 3 - Safeguarding policies and procedures"],
            ["Section 7: Partnership questions", "Common questions Q1 to Q5"],
        ], {"widths": [6.5, 10.0]}),
        ("h1", "Section 3: Hearing children"),
        ("p", "Brackenmoor Voices, our Children in Care Council, met ten times in 2020/21, mostly online. "
              "Members interviewed candidates for two team manager posts and for the new Head of Service for "
              "Children in Care, and their scores counted in each appointment."),
        ("p", "Children use the Mind of My Own app to tell us their views before reviews and visits: "
              "«4:417 statements were sent by children in care» in 2020/21, up from 251 the year before."),
        ("p", "In January 2021 the Participation Officer, Leah Grant, led a consultation with 46 care leavers. "
              "As a direct result the Local Offer was changed, with «4:council tax exemption extended to age "
              "25», and a care leavers' hub opened in Hollinsdale in June 2021."),
        ("p", "There is more to do. Children's views are recorded in 83% of child protection conference "
              "reports, but the «4:March 2021 audit of child in need plans» found the child's voice recorded "
              "in only 58% of plans. Telling individual children what changed because of their views is not "
              "yet routine outside the care population. The Head of Service for Early Help is leading an "
              "action plan, to be completed by March 2022."),
        ("pb", "Self-assessment rating for this section: Amber"),
        ("h1", "Section 4: Our workforce"),
        ("p", "Every manager who recruits must complete safer recruitment training every three years; "
              "«2:compliance was 96% at 31 March 2021». All 1,142 staff in regulated activity hold an enhanced "
              "DBS check, and when HR audited the renewal records in December 2020 every check was in date."),
        ("p", "The Brackenmoor Social Work Academy took 38 newly qualified social workers in 2020/21 and "
              "«2:all completed the ASYE programme» on time, with protected caseloads. The use of agency "
              "social workers fell from 19% to 11% of posts."),
        ("p", "Supervision is monthly for all case-holding staff. An audit of «2:120 supervision records in "
              "May 2021» found that 92% were in timescale and 85% were rated good for reflective content."),
        ("p", "The LADO service sits within Children's Services. It received 286 contacts in 2020/21 and 97% "
              "of initial evaluations were completed within one working day. Allegations against our own staff "
              "go through the same process, overseen by the Head of Safeguarding, Tom Varley."),
        ("pb", "Self-assessment rating for this section: Green"),
        ("h1", "Section 5: Leadership and governance"),
        ("p", "Helen Marsh is the Director of Children's Services and represents the County Council as one of "
              "the three BSCP safeguarding partners; Cllr Derek Oyelaran is the Lead Member for Children. The "
              "Principal Social Worker reports directly to the Director on the quality of practice."),
        ("p", "The «1:Children's Services Improvement Board met monthly» throughout 2020/21, chaired by the "
              "Chief Executive, and tracked the 2019 inspection action plan to completion in May 2021."),
        ("p", "Our quality assurance framework includes two practice weeks a year, when managers audit cases "
              "alongside the social worker and the family: «1:312 case audits were completed in 2020/21», with "
              "71% rated good or better, up from 60% in 2019/20."),
        ("p", "The «1:Ofsted focused visit in July 2021» found that leaders have an accurate understanding of "
              "practice and that the quality of child protection work has improved. Commissioned residential "
              "and fostering providers are monitored by the Commissioning team, and all 27 contract reviews in "
              "2020/21 included safeguarding."),
        ("pb", "Self-assessment rating for this section: Green"),
        ("h1", "Section 6: Policies and practice guidance"),
        ("p", "We follow the BSCP multi-agency child protection procedures. Our own practice guidance, which "
              "sits beneath them, was «3:refreshed in February 2021» and covers assessment, strategy "
              "discussions, section 47 enquiries and pre-birth work."),
        ("p", "Partner agencies used the BSCP Resolving Professional Differences protocol 19 times to escalate "
              "concerns to us; all were resolved at stage 1 or 2 and none went to the Independent Scrutineer."),
        ("p", "Return home interviews were offered after every missing episode, but «3:only 61% were completed "
              "within 72 hours» against our target of 80%. An additional return interview worker started in "
              "August 2021."),
        ("p", "A new information sharing agreement with schools was signed in June 2021. The «3:exploitation "
              "screening tool was updated» in April 2021, but the district teams do not yet use it "
              "consistently; a practice audit is planned for January 2022."),
        ("p", "In the 2019/20 audit the BSCP moderation panel rated this standard Amber."),
        ("h1", "Section 7: Partnership questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Brackenmoor Constabulary moved strategy discussions online during lockdown, which meant that "
              "health and schools could join far more often. School attendance at strategy discussions rose "
              "from 40% to 78%."),
        ("h2", "Q2. " + QT["Q2"]),
        ("table", [
            ["BSCP standard", "Our section", "2020/21 rating"],
            ["Standard 1", "Section 5", "Green"],
            ["Standard 2", "Section 4", "Green"],
            ["Standard 3", "Section 6", "See Section 6"],
            ["Standard 4", "Section 3", "Amber"],
        ], {"shade": True, "widths": [5.0, 5.0, 5.0]}),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We release staff to BSCP courses and provide trainers: Children's Services staff co-delivered "
              "14 BSCP sessions in 2020/21, and 231 of our staff attended."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Yes. After the BSCP strategy discussion training in October 2020, our March 2021 audit found "
              "the rationale for decisions recorded in 88% of strategy discussions, compared with 63% before."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "From audit grades, the Ofsted focused visit, the performance data reported monthly to the "
              "Improvement Board, and what families tell us when we audit their cases with them."),
    ],
    ratings("green", "green", None, "amber"),
    ratings("green", "green", "amber", "amber"),
    gaps={"3": ["MISSING_RATING"]},
))

# 3 ---------------------------------------------------------------------------------------------
# Brackenmoor Hospitals NHS Foundation Trust - pdf - style 3: reversed level scale.
# Plant: Standard 2 UNDER_RATED (Level 2 = Amber; evidence supports Green).
RETURNS.append(R(
    "i-brackenmoor-hospitals-nhs-ft-s11-2021.pdf",
    ["Brackenmoor Hospitals NHS Foundation Trust", "Brackenmoor Hospitals", "BHFT"],
    "Joanne Creswell", (2021, 9, 14, 9, 0, 0),
    [
        ("title", "Brackenmoor Hospitals NHS Foundation Trust"),
        ("sub", "Section 11 Self-Assessment 2021 - return to Brackenmoor Safeguarding Children Partnership"),
        ("p", "Prepared by Dr Rachel Iwu, Named Doctor for Safeguarding Children, and Joanne Creswell, Named "
              "Nurse for Safeguarding Children. Executive lead: Sarah Linton, Chief Nurse. Approved by the "
              "Trust Safeguarding Committee on 14 September 2021."),
        ("h2", "How we have rated ourselves"),
        ("p", "The Trust uses one assessment scale for all external safeguarding returns: Level 1 (fully "
              "met), Level 2 (partially met), Level 3 (not met). For the BSCP RAG rating, Level 1 = Green, "
              "Level 2 = Amber and Level 3 = Red."),
        ("h1", "Standard 1: Leadership and accountability"),
        ("p", "The Chief Nurse, Sarah Linton, is the executive lead for safeguarding and a voting member of "
              "the Trust Board. A non-executive director, Peter Okafor, is the Board's safeguarding champion."),
        ("p", "The Trust Safeguarding Committee meets quarterly, chaired by the Chief Nurse, and reports to "
              "the Quality Committee. The «1:annual safeguarding report was presented» to the Trust Board in "
              "July 2021, and the Board received a mid-year update in January 2021."),
        ("p", "The Trust has a full safeguarding children team: the Named Doctor, the Named Nurse, the Named "
              "Midwife (Lucy Partridge), three specialist nurses and an administrator. The «1:team "
              "establishment was increased» by 1.6 WTE in October 2020 after a business case for emergency "
              "department cover."),
        ("p", "«1:Nine of ten planned safeguarding audits» in the Trust's annual audit programme were completed "
              "in 2020/21; the tenth, on paediatric outpatients, was postponed during redeployment and "
              "completed in May 2021."),
        ("pb", "Our assessment: Level 1 (fully met)"),
        ("h1", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("p", "«2:99.2% of new starters had a DBS check» at the correct level before their start date, according "
              "to the HR audit in January 2021; the three exceptions were bank staff, who were stood down until "
              "their checks arrived. Recruitment follows the NHS Employment Check Standards."),
        ("p", "Safeguarding children is covered on the first day of corporate induction for every new "
              "employee, including doctors on rotation."),
        ("p", "«2:Level 3 children's training compliance reached 95%» at 31 March 2021, against the 90% target "
              "in the intercollegiate document, with 96% for Level 1 and 94% for Level 2. Compliance has been "
              "above target every month since October 2020."),
        ("p", "The «2:quarterly supervision audit in June 2021» showed that 97% of midwives, paediatric nurses "
              "and ED staff had received safeguarding supervision in the previous quarter."),
        ("p", "The training is making a difference: a re-audit of ED safeguarding referrals in April 2021 rated "
              "88% of referrals good quality, up from 64% a year earlier. All nine allegations against staff "
              "were referred to the LADO within 24 hours."),
        ("pb", "Our assessment: Level 2 (partially met)"),
        ("p", "Although every measure is at or above target, the Safeguarding Committee asked that this "
              "standard stays at Level 2 until compliance has been sustained for a full year."),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("p", "The Safeguarding Children Policy was «3:ratified by the Safeguarding Committee in November "
              "2020» and links to the BSCP procedures. It covers escalation, information sharing and the "
              "Trust's responsibilities for children who are not brought to appointments."),
        ("p", "Topic guidance is in place for bruising in non-mobile babies, child sexual exploitation, female "
              "genital mutilation and children who go missing from the wards. The «3:was not brought policy "
              "was audited» in March 2021: 93% of children not brought to outpatient appointments were "
              "followed up as the policy requires."),
        ("p", "The «3:ED audit in February 2021» found that the Child Protection Information Sharing record had "
              "been checked for 98% of unscheduled attendances by children."),
        ("p", "Staff used the BSCP escalation procedure on 12 occasions; all were resolved, and the learning "
              "was shared in the team's monthly bulletin."),
        ("pb", "Our assessment: Level 1 (fully met)"),
        ("h1", "Standard 4: Listening to children and young people"),
        ("p", "The Young People's Health Forum (14 members aged 12 to 19) met six times in 2020/21 and "
              "reviewed the redesign of the adolescent area on the children's ward, which opened in March 2021 "
              "with the changes the forum asked for."),
        ("p", "There were «4:1,203 responses from children's services» to the Friends and Family Test in "
              "2020/21, and 94% of children and parents rated their care good or very good. "
              "The 'Ask Us' cards on the children's ward were relaunched in June 2021."),
        ("p", "Gaps remain. An «4:audit of 16 and 17 year olds in ED» in May 2021 found the young person's own "
              "views recorded in only 62% of records, and maternity safeguarding plans do not yet routinely "
              "record the views of older siblings. A «4:voice of the child prompt» is being added to the ED "
              "record, and the Named Nurse will report progress to the Safeguarding Committee in December "
              "2021."),
        ("pb", "Our assessment: Level 2 (partially met)"),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "The Youth Justice Service shared its trauma-informed practice approach with our ED team in "
              "spring 2021. Staff now use the same language when referring young people, and handovers to the "
              "YJS are quicker."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Standard 1: Level 1. Standard 2: Level 2. Standard 3: Level 1. Standard 4: Level 2."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "The Trust is committed to BSCP training: 48 staff attended BSCP multi-agency courses in "
              "2020/21, and the Named Doctor delivers the BSCP session on bruising in babies."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Yes. The improvement in the quality of ED referrals from 64% to 88% followed Level 3 training "
              "and the BSCP referral workshop."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "From our audit programme, training and supervision data, and the reports we take to the "
              "Safeguarding Committee each quarter."),
    ],
    ratings("green", "amber", "green", "amber"),
    ratings("green", "green", "green", "amber"),
    gaps={"2": ["UNDER_RATED"]},
))

# 4 ---------------------------------------------------------------------------------------------
# NHS Brackenmoor CCG - docx - style 4: five-point score per standard.
# Plant: Standard 4 MISSING_SECTION (never addressed; Q2 lists three scores).
RETURNS.append(R(
    "i-nhs-brackenmoor-ccg-s11-2021.docx",
    ["NHS Brackenmoor Clinical Commissioning Group", "Brackenmoor CCG", "BCCG"],
    "Michelle Dunmore", (2021, 9, 29, 14, 5, 0),
    [
        ("title", "NHS Brackenmoor Clinical Commissioning Group"),
        ("sub", "Section 11 Children Act 2004 - Self-assessment 2021"),
        ("p", "Submitted to the Brackenmoor Safeguarding Children Partnership by Michelle Dunmore, Designated "
              "Nurse for Safeguarding Children, on behalf of Andrew Kettley, Director of Nursing and Quality. "
              "Date: 29 September 2021."),
        ("p", "NHS Brackenmoor CCG commissions hospital, community, mental health and primary care services "
              "for a population of 612,000, including 131,000 children. It works with 43 GP practices and five "
              "main NHS and independent providers. As a commissioner, most of our safeguarding work is done "
              "through the assurance we seek from providers and through the Designated professionals."),
        ("h2", "Scoring key"),
        ("p", "Each standard is scored out of five: Score 5 or 4 = Green; Score 3 = Amber; Score 2 or 1 = Red."),
        ("h1", "Standard 1 - Leadership and accountability"),
        ("p", "Andrew Kettley, Director of Nursing and Quality, is the executive lead for safeguarding and the "
              "CCG's safeguarding partner representative on the BSCP Executive. The Designated Doctor, Dr "
              "Imran Sadiq, and the Designated Nurse give clinical leadership across the local health system."),
        ("p", "The Governing Body receives a safeguarding report twice a year, and the «1:annual report was "
              "approved in June 2021». The Safeguarding Assurance Group, chaired by the Director of Nursing, "
              "meets every two months with the named professionals from every provider trust."),
        ("p", "Safeguarding standards are written into every NHS contract we hold. In 2020/21 the "
              "«1:Safeguarding Commissioning Assurance Toolkit» was completed by all five main providers, and "
              "each return was reviewed at a contract quality meeting with an action plan agreed."),
        ("p", "The CCG is preparing for the transfer of its statutory safeguarding duties to the new Integrated "
              "Care Board in July 2022. The Designated Doctor and Nurse roles have been confirmed in the new "
              "structure, and the BSCP Executive was briefed on the changes in May 2021."),
        ("p", "Primary care: there is a named «1:GP safeguarding lead in 41 of 43 practices», and the two "
              "remaining practices appointed leads in September 2021 with support from the Named GP, Dr Alison "
              "Rudd."),
        ("pb", "Score: 4/5"),
        ("h1", "Standard 2 - Staff safe recruitment, induction, training and development"),
        ("p", "The CCG employs 164 staff. Safer recruitment is applied to all posts, and DBS checks are made "
              "for the safeguarding team and all clinical staff. The «2:HR audit of personnel files in February "
              "2021» found two files without a recorded DBS renewal date; both have since been corrected."),
        ("p", "Mandatory safeguarding children training compliance for CCG staff is «2:83% against a 90% "
              "target», and Level 3 compliance among clinical staff is 88%. Induction moved online in April "
              "2020 and includes a safeguarding module that new starters complete in their first week."),
        ("p", "The Designated Nurse provides supervision to the named nurses in the provider trusts. "
              "«2:Supervision for the CCG's own continuing care nurses» lapsed between April and October 2020, "
              "during redeployment, and was restored in November 2020."),
        ("p", "Allegations against CCG staff are referred to the LADO through the Designated Nurse; there was "
              "one referral in 2020/21, made on the day the concern was raised."),
        ("p", "The Named GP runs quarterly Level 3 update sessions for GP safeguarding leads. Attendance "
              "averaged 34 practices per session in 2020/21, and the sessions are recorded so that the other "
              "practices can catch up."),
        ("pb", "Score: 3/5"),
        ("h1", "Standard 3 - Safeguarding policies and procedures"),
        ("p", "The «3:CCG Safeguarding Children Policy was reviewed in January 2021» and ratified by the "
              "Quality Committee. It sets out escalation, information sharing, and the CCG's part in rapid "
              "reviews, child safeguarding practice reviews and the child death overview process."),
        ("p", "The CCG led the health contribution to all four rapid reviews in 2020/21, each «3:submitted "
              "within the 15 working day» timescale, and shared the learning with every GP practice through "
              "the primary care safeguarding bulletin."),
        ("p", "Primary care guidance on children who are not brought to appointments and on domestic abuse "
              "was issued to all GP practices in September 2020. An «3:audit of 20 GP practices in May 2021» "
              "found that 18 had adopted the guidance and had a practice lead for missed health appointments."),
        ("p", "Information about children subject to child protection plans is now flagged on GP records "
              "within two working days of the conference, and the Designated Nurse checks a sample of these "
              "flags with the MASH every quarter."),
        ("pb", "Score: 5/5"),
        ("h2", "Our priorities for 2021/22"),
        ("ul", ["Raise safeguarding training compliance for CCG staff to 90% by March 2022.",
                "Agree the safeguarding assurance framework for the Integrated Care Board by March 2022.",
                "Repeat the GP practice audit in May 2022, including the two practices with new leads."]),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Brackenmoor Hospitals piloted a safeguarding liaison role in its emergency department that "
              "shares information with GP practices within one working day of a child's attendance. The CCG "
              "will fund the role on a permanent basis from April 2022."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Our scores are: Standard 1: 4/5; Standard 2: 3/5; Standard 3: 5/5."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We are committed to the BSCP training programme: the Designated Doctor and Nurse co-deliver the "
              "BSCP health sessions, and 22 CCG staff attended multi-agency courses in 2020/21."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Training for GPs on the BSCP threshold document has improved referrals: the MASH reports that "
              "GP referrals with enough information for a decision rose from 58% to 80% between the first and "
              "last quarters of 2020/21."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "Through the provider assurance toolkit, our audit results, and feedback from the MASH on the "
              "quality of health referrals."),
    ],
    ratings("green", "amber", "green", None),
    ratings("green", "amber", "green", None),
    gaps={"4": ["MISSING_SECTION"]},
))

# 5 ---------------------------------------------------------------------------------------------
# Hollinsdale District Council - pdf - style 5: letter in square brackets after each heading.
# Plants: honest Red on Standard 4; Q1 unanswered ("N/A").
RETURNS.append(R(
    "i-hollinsdale-district-council-s11-2021.pdf",
    ["Hollinsdale District Council", "Hollinsdale Council", "HDC"],
    "Gareth Pryce", (2021, 9, 21, 11, 30, 0),
    [
        ("title", "Hollinsdale District Council"),
        ("sub", "Section 11 Self-Assessment Return 2021"),
        ("p", "Return to the Brackenmoor Safeguarding Children Partnership. Lead officer: Gareth Pryce, Head of "
              "Community Services and corporate safeguarding lead. Approved by the Corporate Management Team on "
              "21 September 2021."),
        ("p", "Key: [G] met, [A] partly met, [R] not met"),
        ("h1", "Standard 1 - Leadership and accountability [A]"),
        ("p", "The Chief Executive, Margaret Ashdown, holds overall responsibility for safeguarding. Gareth "
              "Pryce is the designated corporate safeguarding lead and represents the Council at the BSCP "
              "District Councils Forum. Cllr Janet Morley is the Cabinet member with responsibility for "
              "safeguarding."),
        ("p", "The «1:Corporate Safeguarding Group meets quarterly» with managers from housing, licensing, "
              "leisure, environmental health and customer services. It met three times in 2020/21; the "
              "December meeting was cancelled because of the Covid-19 response."),
        ("p", "Safeguarding duties are written into the taxi licensing conditions and into the leisure "
              "management contract, and the «1:leisure contract safeguarding schedule was updated» in October "
              "2020."),
        ("p", "The Council's safeguarding duties are set out in the Corporate Plan 2020-2024, and safeguarding "
              "was included in the induction for the councillors elected in May 2021."),
        ("p", "Shortfalls: an annual safeguarding report has not gone to Cabinet since 2019, and we have no "
              "regular internal audit of safeguarding practice. The «1:first internal audit is scheduled for "
              "January 2022»."),
        ("h1", "Standard 2 - Safer workforce [G]"),
        ("p", "All posts with contact with children, including leisure, housing options and licensing "
              "enforcement, require an enhanced DBS check. The HR system flags renewals, and the «2:DBS audit "
              "in November 2020» found all 87 checks in date."),
        ("p", "Safeguarding e-learning is mandatory for staff and councillors: «2:compliance is 93% for staff» "
              "and 81% for councillors. Our 12 Designated Safeguarding Officers completed the BSCP advanced "
              "course in 2020/21."),
        ("p", "Safer recruitment training was «2:completed by all 26 recruiting managers» in March 2021 and is "
              "now required before anyone chairs an interview panel. Allegations about staff or volunteers are "
              "reported to the LADO through HR; two referrals were made in 2020/21."),
        ("p", "Induction for all new staff includes a face-to-face safeguarding session with a Designated "
              "Safeguarding Officer, and managers confirm that it has taken place at the end of probation."),
        ("h1", "Standard 3 - Safeguarding policies and procedures [A]"),
        ("p", "The Council's Safeguarding Children and Adults Policy was «3:reviewed and approved by Cabinet in "
              "March 2021». It sets out a clear referral route to the MASH and an escalation procedure for "
              "staff."),
        ("p", "Taxi licensing: all 640 licensed drivers have completed child sexual exploitation awareness "
              "training as a condition of their licence, and «3:three licences were revoked» in 2020/21 after "
              "information was shared by the police."),
        ("p", "Housing Options staff use the BSCP referral form and record each referral on the housing "
              "system, so that repeated concerns about the same family can be seen. Licensing and community "
              "safety officers attend the BSCP exploitation subgroup."),
        ("p", "Gaps: we do not yet have a procedure for children in temporary accommodation who are missing "
              "from education, and the «3:information sharing protocol with housing providers» expired in "
              "2020 and is being renegotiated."),
        ("h1", "Standard 4 - Listening to children and young people [R]"),
        ("p", "We do not currently have any way of hearing the views of children and young people who use "
              "council services. The Hollinsdale Youth Council «4:was disbanded in 2019» when its funding "
              "ended, and it has not been replaced."),
        ("p", "Our 2021 leisure and play «4:consultation did not include children» or young people, although it "
              "was open to all adult residents, and the play park redesign went ahead without their views."),
        ("p", "We do not record complaints or compliments from children separately and have no process for "
              "giving feedback to young people. The Customer Insight Team has been asked to «4:propose an "
              "engagement plan by April 2022»."),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "N/A"),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Standard 1 [A]; Standard 2 [G]; Standard 3 [A]; Standard 4 [R]."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We are committed to BSCP training. Our Designated Safeguarding Officers attended the advanced "
              "course, and we will release housing and licensing staff for the BSCP exploitation training in "
              "2021/22."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "We have some evidence that it is. Referrals from housing and licensing staff to the MASH rose "
              "from 9 in 2019/20 to 23 in 2020/21, and the MASH told us that most contained the information "
              "they needed."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "Through the Corporate Safeguarding Group, the number and quality of our referrals, and training "
              "completion. We know we need better measures, starting with the internal audit in January 2022."),
    ],
    ratings("amber", "green", "amber", "red"),
    ratings("amber", "green", "amber", "red"),
    cq={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
))

# 6 ---------------------------------------------------------------------------------------------
# Brackenmoor Youth Justice Service - pdf - style 6: rating in the page footer, one standard per page.
# Plant: late return (22 October 2021, says it is late).
RETURNS.append(R(
    "i-brackenmoor-youth-justice-service-s11-2021.pdf",
    ["Brackenmoor Youth Justice Service", "Youth Justice Service", "BYJS"],
    "Naomi Fairclough", (2021, 10, 22, 15, 20, 0),
    [
        ("title", "Brackenmoor Youth Justice Service"),
        ("sub", "Section 11 Self-Assessment 2021"),
        ("p", "Return to: Brackenmoor Safeguarding Children Partnership"),
        ("p", "Completed by: Naomi Fairclough, Head of Youth Justice Service. Endorsed by the Youth Justice "
              "Management Board (chair: Helen Marsh, Director of Children's Services) on 19 October 2021."),
        ("p", "Submitted: 22 October 2021"),
        ("p", "This return is late. The deadline was 30 September 2021, and we apologise for the delay, which "
              "was caused by preparation for our inspection by HM Inspectorate of Probation in September."),
        ("h2", "About the service"),
        ("p", "The Youth Justice Service (YJS) is a multi-agency service hosted by Brackenmoor County Council, "
              "with seconded police, probation, health and education staff. In 2020/21 it worked with 214 "
              "children, including 61 on court orders and nine who were remanded or sentenced to custody."),
        ("p", "In Part B each standard is set out on its own page, and our self-assessment for that standard "
              "is shown in the page footer. Our answer to Q2 below gives a summary."),
        ("h1", "Part A: Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Brackenmoor Hospitals' emergency department now tells us the same day when a child known to "
              "the YJS attends after a violent incident, which lets case managers update safety plans quickly."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Standard 1: Green. Standard 2: Amber. Standard 3: Amber. Standard 4: Green."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We are committed to BSCP training; 19 YJS staff attended BSCP courses in 2020/21, and the "
              "service co-delivers the BSCP course on criminal exploitation."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Yes. Following the BSCP exploitation training, the number of YJS referrals to the National "
              "Referral Mechanism rose from 4 to 15, and case audits show exploitation risk is identified "
              "earlier."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "Through our monthly case audits, the peer review, performance reports to the Management Board, "
              "and what children tell us in My Say."),
        ("page", "s1"),
        ("h1", "Standard 1: Leadership and accountability"),
        ("p", "The «1:Youth Justice Management Board meets quarterly» and is chaired by the Director of "
              "Children's Services; the police, health, probation and education members attended 92% of "
              "meetings in 2020/21. Naomi Fairclough, Head of Service, is the YJS safeguarding lead."),
        ("p", "The «1:Youth Justice Plan was approved in June 2021» with three safeguarding priorities: "
              "exploitation, the over-representation of children in care, and transitions to adult services. "
              "Safeguarding and risk are a standing item on the Board agenda."),
        ("p", "Quality assurance: the Operations Manager, Kieran Lowe, audits five cases every month against "
              "the HMIP standards. «1:58 cases were audited in 2020/21», and 84% of safety and wellbeing "
              "assessments were rated sufficient, up from 69% the year before."),
        ("p", "The Board commissioned a peer review from a neighbouring youth justice service in February "
              "2021. All of its recommendations on management oversight have been implemented and were "
              "signed off by the Board in June 2021."),
        ("page", "s2"),
        ("h1", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("p", "All YJS staff and volunteers are recruited through the County Council's safer recruitment "
              "process and hold enhanced DBS checks. «2:Twelve referral order panel volunteers» were recruited "
              "in 2020/21, all with references and DBS checks before they sat on a panel."),
        ("p", "Safeguarding training: every case manager employed by the Council completed BSCP child "
              "protection training, but «2:only 9 of 17 seconded staff» have completed the Council's "
              "e-learning, because the seconding agencies use different systems."),
        ("p", "Supervision is monthly. The «2:supervision audit in April 2021» found that 88% of sessions took "
              "place, but case discussions did not always record management oversight of risk decisions."),
        ("p", "Induction for seconded staff is inconsistent and is being rewritten with the partner agencies "
              "by January 2022. Allegations are managed through the Council's process and the LADO; there were "
              "none in 2020/21."),
        ("page", "s3"),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("p", "The YJS follows the BSCP procedures and the Council's child protection policy. Our Safety and "
              "Wellbeing Practice Guidance was «3:updated in January 2021» to include contextual safeguarding "
              "and referrals under the National Referral Mechanism."),
        ("p", "Every child assessed as at high risk of harm is discussed at the multi-agency Risk and "
              "Vulnerability Panel, which met 24 times in 2020/21. «3:All 37 children referred to the panel» "
              "had a safety plan agreed within ten working days."),
        ("p", "Gaps: our procedure for children who go missing while on court orders does not yet match the "
              "updated BSCP missing protocol, and a «3:review of National Referral Mechanism decisions» found "
              "delays of up to nine months for some children. The Head of Service has escalated the delays "
              "through the Board."),
        ("page", "s4"),
        ("h1", "Standard 4: Listening to children and young people"),
        ("p", "Children's views are sought at the start and end of every intervention through our My Say "
              "self-assessment, and «4:92% of children completed a My Say» form in 2020/21. Their answers "
              "are used in case planning and discussed in supervision."),
        ("p", "The Youth Participation Group, nine young people with experience of the YJS, redesigned the "
              "service's induction pack for new children and «4:co-delivered training to magistrates in May "
              "2021»."),
        ("p", "Children are told what has changed: the YJS puts up a quarterly 'You said, we did' poster in "
              "reception and shares it online. In response to feedback, the «4:office opening hours were "
              "extended to 7pm» on Thursdays from March 2021, so that children no longer miss school for "
              "appointments."),
    ],
    ratings("green", "amber", "amber", "green"),
    ratings("green", "amber", "amber", "green"),
    late=True,
    footers={"s1": "Standard 1 self-assessment: GREEN",
             "s2": "Standard 2 self-assessment: AMBER",
             "s3": "Standard 3 self-assessment: AMBER",
             "s4": "Standard 4 self-assessment: GREEN"},
))

# 7 ---------------------------------------------------------------------------------------------
# Moorlands Learning Trust - docx - style 7: Word table with merged Standard and RAG cells.
# Plant: Standard 3 UNDER_RATED (Amber "so as not to be complacent"; evidence supports Green).
RETURNS.append(R(
    "i-moorlands-learning-trust-s11-2021.docx",
    ["Moorlands Learning Trust", "Moorlands Trust", "MLT"],
    "Claire Hebden", (2021, 9, 16, 12, 0, 0),
    [
        ("title", "Moorlands Learning Trust"),
        ("sub", "Section 11 self-assessment 2021 - multi-academy trust return"),
        ("p", "Moorlands Learning Trust is a multi-academy trust of seven schools (five primary and two "
              "secondary) in Brackenmoor, with 4,860 pupils. This return covers all seven academies. It was "
              "completed by Claire Hebden, Trust Safeguarding Lead, and approved by the Board of Trustees on "
              "16 September 2021. The safeguarding trustee is Dr Martin Ellery."),
        ("p", "Schools also complete an annual section 175 audit for the local authority. This return draws "
              "on those audits and on the Trust's own safeguarding reports to the Board. The table gives our "
              "evidence for each standard; the RAG column is the Trust's self-assessment for 2020/21."),
        ("mtable", {
            "header": ["Standard", "Evidence", "Lead / date", "RAG"],
            "widths": [3.4, 8.6, 3.0, 1.6],
            "groups": [
                {"standard": "1. Leadership and accountability", "rag": "Green", "rows": [
                    ["Claire Hebden has been Trust Safeguarding Lead since 2018; every academy has a Designated "
                     "Safeguarding Lead (DSL) and at least one trained deputy. The «1:safeguarding trustee "
                     "visits each academy» once a year and reports his findings to the Board.",
                     "C Hebden / Dr M Ellery, ongoing"],
                    ["A termly safeguarding report goes to the Board of Trustees. The «1:Board challenged "
                     "attendance figures in March 2021» for children with a social worker and approved extra "
                     "attendance officer time, after which their attendance rose from 84% to 91%.",
                     "Board, termly"],
                    ["The annual section 175 safeguarding audit was completed by all seven academies and "
                     "«1:moderated by the Trust in June 2021»; each headteacher has an action plan.",
                     "C Hebden, June 2021"],
                ]},
                {"standard": "2. Staff safe recruitment, induction, training and development", "rag": "Green",
                 "rows": [
                    ["The single central record is checked every term; the «2:summer term SCR check found no "
                     "gaps» across 612 staff and 94 volunteers.",
                     "HR Manager, July 2021"],
                    ["All headteachers and 31 other staff hold safer recruitment certificates, and every "
                     "interview panel includes at least one trained member.",
                     "HR, ongoing"],
                    ["Keeping Children Safe in Education 2021 Part 1 was read and signed for by «2:100% of "
                     "staff by 1 September 2021». All staff completed annual safeguarding training in "
                     "September 2020, with online updates each half term.",
                     "DSLs, September 2021"],
                    ["Four allegations against staff were referred to the LADO in 2020/21, all within one "
                     "working day, and a «2:low-level concerns policy was introduced» in April 2021.",
                     "C Hebden, April 2021"],
                ]},
                {"standard": "3. Safeguarding policies and procedures", "rag": "Amber", "rows": [
                    ["The Trust Child Protection Policy was «3:reviewed and adopted by Trustees on 8 July "
                     "2021», in line with the BSCP procedures and KCSIE 2021; each academy publishes it on its "
                     "website.",
                     "Board, July 2021"],
                    ["The «3:external safeguarding audit by the local authority» in March 2021 judged all "
                     "seven academies fully compliant, with no actions.",
                     "LA Education Safeguarding Team, March 2021"],
                    ["Every academy uses electronic safeguarding records. An audit of 70 referrals to the MASH "
                     "found «3:96% met the BSCP referral standard», and DSLs used the BSCP escalation "
                     "procedure 11 times, all resolved.",
                     "C Hebden, May 2021"],
                    ["Child-on-child abuse and online safety policies were updated in June 2021 after the "
                     "national review of sexual abuse in schools, and staff were briefed in every academy "
                     "before the end of the summer term.",
                     "DSLs, June 2021"],
                ]},
                {"standard": "4. Listening to children and young people", "rag": "Amber", "rows": [
                    ["Every academy has a school council. The «4:secondary pupil safeguarding survey in "
                     "February 2021» had 1,140 responses, and 81% of pupils said they knew who to talk to "
                     "about a worry.",
                     "Heads of Year, February 2021"],
                    ["Pupil feedback led to new online safety sessions for Year 7 and a «4:quiet room at "
                     "Fellside Academy» for pupils who need time out.",
                     "Fellside Academy, April 2021"],
                    ["Shortfall: there is no equivalent survey in the five primary academies, and «4:pupil "
                     "voice is not yet recorded» consistently in early help plans. A primary survey is planned "
                     "for spring 2022.",
                     "C Hebden, spring 2022"],
                ]},
            ]}),
        ("p", "Note on Standard 3: the evidence for this standard is strong, but the Trustees have kept it at "
              "Amber so as not to be complacent while the KCSIE 2021 changes bed in."),
        ("h2", "Priorities for 2021/22"),
        ("ul", ["Introduce a pupil safeguarding survey in the five primary academies (spring 2022).",
                "Check that the child's views are recorded in every early help plan through the termly DSL audit.",
                "Train two more staff in each academy in safer recruitment by July 2022."]),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Brackenmoor Young Carers Trust trained our DSLs to identify young carers, and we now have a "
              "named young carers lead in each academy. 46 young carers were newly identified in 2020/21."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Standard 1 Green; Standard 2 Green; Standard 3 Amber; Standard 4 Amber."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "The Trust is committed to BSCP training: all DSLs attend the BSCP DSL refresher every two "
              "years, and 38 staff attended BSCP multi-agency courses in 2020/21."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Yes. After the BSCP neglect course, DSLs began using the neglect screening tool; referrals for "
              "neglect that were accepted by the MASH rose from 61% to 85%."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "From the section 175 audits, the local authority's external audit, referral outcomes and what "
              "pupils tell us in the survey."),
    ],
    ratings("green", "green", "amber", "amber"),
    ratings("green", "green", "green", "amber"),
    gaps={"3": ["UNDER_RATED"]},
))

# 8 ---------------------------------------------------------------------------------------------
# Brackenmoor Homes - pdf - style 8: landscape evidence table across pages, RAG on last row of group.
# Plants: Standard 2 OVER_RATED (Green; evidence supports Red); Q4 missing.
HDR = ["Area", "What we did", "Impact", "RAG"]
RETURNS.append(R(
    "i-brackenmoor-homes-s11-2021.pdf",
    ["Brackenmoor Homes Housing Association", "Brackenmoor Homes", "BHHA"],
    "Dean Ashworth", (2021, 9, 23, 17, 0, 0),
    [
        ("title", "Brackenmoor Homes"),
        ("sub", "Section 11 self-assessment 2021 - return to the Brackenmoor Safeguarding Children Partnership"),
        ("p", "Brackenmoor Homes is a housing association with 9,400 homes across Brackenmoor, including 310 "
              "units of supported housing for young people aged 16 to 25. This return was completed by Dean "
              "Ashworth, Director of Housing Services and safeguarding lead, and approved by the Executive Team "
              "on 23 September 2021."),
        ("ltable", [
            HDR,
            ["Leadership",
             "The «1:Board received a safeguarding update in March 2021» and agreed a two-year safeguarding "
             "improvement plan. Dean Ashworth, Director of Housing Services, is the named safeguarding lead "
             "and reports to the Board.",
             "Board members now ask about safeguarding cases when they review the quarterly performance "
             "report.", ""],
            ["Leadership",
             "A Safeguarding Steering Group was set up in September 2020 with managers from housing, repairs, "
             "supported housing and customer services; «1:it met four times in 2020/21».",
             "Cases are now discussed across teams, and the repairs team made its first six referrals.", ""],
            ["Leadership",
             "The internal audit of safeguarding planned for 2020/21 was «1:postponed to autumn 2021». "
             "Safeguarding clauses are in the repairs contract but not yet in the grounds maintenance "
             "contract.",
             "We do not yet have independent assurance on how well our arrangements work.", "Amber"],
            ["Workforce",
             "DBS checks are required for staff in supported housing and for staff who visit homes alone. "
             "«2:58% of staff in eligible roles» have a check renewed in line with our policy.",
             "A renewal programme is being discussed with HR.", ""],
            ["Workforce",
             "Safeguarding e-learning is available to all staff on the learning portal; «2:41% of frontline "
             "staff completed» it in 2020/21. There is no face-to-face training.",
             "Not yet measured.", ""],
            ["Workforce",
             "Induction for new staff includes a short safeguarding presentation on the first day. Supervision "
             "for supported housing staff is arranged by each scheme manager, and no records are kept "
             "centrally.",
             "We cannot currently show whether staff receive supervision.", ""],
            ["Workforce",
             "Our allegations against staff procedure was «2:last reviewed in 2017» and does not refer to the "
             "LADO. No hiring managers have completed safer recruitment training.",
             "Managers tell us they feel confident about safeguarding.", "Green"],
            ["Policies",
             "«3:Safeguarding policy updated in November 2020» to follow the BSCP procedures and the new "
             "referral route to the MASH.",
             "Referrals to the MASH rose from 31 to 52, and the MASH rated most of them as appropriate.", ""],
            ["Policies",
             "«3:Domestic abuse policy rewritten in June 2021» against the DAHA accreditation standards, with "
             "a section on children in the household.",
             "Housing officers now ask about children in every domestic abuse case they open.", ""],
            ["Policies",
             "Supported housing staff share information with Children's Services and the police under the "
             "BSCP information sharing guidance, and we signed the MASH information sharing agreement in "
             "January 2021.",
             "Information requests from the MASH are now answered within 24 hours.", ""],
            ["Policies",
             "A «3:draft missing from home procedure» is due in December 2021. There is no procedure yet for "
             "young people missing from supported housing that matches the BSCP missing protocol.",
             "Staff follow local practice, which varies between schemes.", "Amber"],
            ["Voice",
             "The «4:Young Tenants Panel of 12 members», aged 16 to 25, met monthly, online from April 2020.",
             "The panel rewrote the supported housing welcome pack, in use since February 2021.", ""],
            ["Voice",
             "«4:212 responses in January 2021» to our annual survey of young people in supported housing, "
             "and 87% said staff listen to them.",
             "Results are shared with residents in a quarterly 'you said, we did' newsletter.", ""],
            ["Voice",
             "Young tenants were consulted on the new anti-social behaviour policy in May 2021 and asked for a "
             "version written for young people, which was published in July 2021.",
             "The young people's version is given to every new tenant under 18.", ""],
            ["Voice",
             "«4:Young people sat on interview panels» for both supported housing managers recruited in 2021.",
             "Panel members said their questions were used and they were told the outcome.", "Green"],
        ], {"widths": [3.0, 10.6, 9.0, 2.3]}),
        ("h2", "Action plan"),
        ("p", "The Executive Team will monitor a safeguarding action plan for 2021/22. Its main actions are the "
              "internal audit in autumn 2021, the missing from home procedure by December 2021, and safeguarding "
              "clauses in all contracts by March 2022."),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Hollinsdale District Council's housing options team agreed a joint protocol with us for young "
              "people aged 16 and 17 who present as homeless, so that Children's Services are involved from "
              "the first contact."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "Leadership: Amber. Workforce: Green. Policies: Amber. Voice: Green."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We support the BSCP training programme, and five supported housing staff attended the BSCP "
              "exploitation course in 2020/21."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "From the rise in referrals to the MASH, the young people's survey and the Steering Group's "
              "review of cases."),
    ],
    ratings("amber", "green", "amber", "green"),
    ratings("amber", "red", "amber", "green"),
    gaps={"2": ["OVER_RATED"]},
    cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
    landscape=True,
))

# 9 ---------------------------------------------------------------------------------------------
# Brackenmoor Young Carers Trust - docx - style 9: plain prose, passive ratings, sub-area decoy.
# Plant: personal data of a child and family in a case example (Standard 4).
RETURNS.append(R(
    "i-brackenmoor-young-carers-trust-s11-2021.docx",
    ["Brackenmoor Young Carers Trust", "Young Carers Trust", "BYCT"],
    "Ruth Kamara", (2021, 9, 9, 18, 10, 0),
    [
        ("title", "Brackenmoor Young Carers Trust"),
        ("sub", "Section 11 self-assessment return 2021"),
        ("p", "Brackenmoor Young Carers Trust is a registered charity that supports 640 young carers aged 8 "
              "to 18 across the county, with 23 staff and 48 volunteers. This return was prepared by Ruth "
              "Kamara, Chief Executive and Designated Safeguarding Lead, and agreed by the Trust Board on 9 "
              "September 2021."),
        ("p", "Most of our work is one-to-one support, group activities and short breaks for young carers "
              "referred by schools, GPs and Children's Services. During lockdown we moved to phone and video "
              "support and delivered 1,900 activity packs to young carers' homes."),
        ("h1", "Leadership and accountability"),
        ("p", "The Chief Executive, Ruth Kamara, is the Designated Safeguarding Lead, and the Operations "
              "Manager, Simon Achebe, is her deputy. The Board has a named safeguarding trustee, Gillian Forde, "
              "a retired headteacher, who «1:meets the DSL every two months» to review concerns and referrals, "
              "and the Board receives a safeguarding report at every quarterly meeting."),
        ("p", "The Board commissioned an «1:independent safeguarding review in November 2020». All eight of its recommendations were completed by May 2021, including a new "
              "case-recording system and a written safeguarding induction for trustees."),
        ("p", "Our funding agreement with the County Council includes safeguarding standards and we report "
              "against them every six months. The «1:January 2021 contract monitoring visit» found no actions "
              "for improvement."),
        ("p", "Standard 1 is assessed by the Trust Board as Green."),
        ("h1", "Staff safe recruitment, induction, training and development"),
        ("p", "All staff and volunteers have an enhanced DBS check before they start and we follow safer "
              "recruitment for every post. The «2:March 2021 recruitment file audit» found two volunteer files "
              "without a second reference, which have since been obtained."),
        ("p", "All staff complete safeguarding induction in their first week. However, only «2:31 of 48 "
              "volunteers have completed» our safeguarding refresher since lockdown, because group training "
              "sessions stopped. Supervision is monthly for staff, but volunteers receive only group support, "
              "and «2:one-to-one volunteer supervision» will be introduced from October 2021."),
        ("p", "New trustees complete safeguarding training within three months of appointment, and all three "
              "trustees appointed in 2020/21 did so."),
        ("p", "We reviewed our allegations procedure with the LADO in February 2021 and both allegations in "
              "the year were referred on the same day; our allegations process alone would be Green. Taken as "
              "a whole, Standard 2 is assessed by the Trust Board as Amber."),
        ("h1", "Safeguarding policies and procedures"),
        ("p", "The Safeguarding Children Policy was «3:approved by the Trust Board in October 2020» and is on "
              "our website. It includes the BSCP referral route, escalation and what to do if a young carer "
              "goes missing."),
        ("p", "Because our workers visit families at home, the «3:lone working and home visit procedure» was "
              "rewritten in December 2020 with Covid-19 safety checks."),
        ("p", "We made «3:27 referrals to the MASH in 2020/21» and every one was accepted for assessment. We "
              "used the BSCP escalation procedure twice, both times successfully."),
        ("p", "Standard 3 is assessed by the Trust Board as Green."),
        ("h1", "Listening to children and young people"),
        ("p", "Young carers shape what we do. The «4:Young Carers Voice group of 16 members» meets monthly and "
              "chose the themes for our 2021 summer programme, and two members advise the Board. Every young "
              "carer agrees a support plan in their own words, and «4:94% of young carers surveyed in March "
              "2021» said they felt listened to."),
        ("p", "Case example: Ellie-Mae Thornbury (date of birth 14/03/2009) lives with her mother, Donna "
              "Thornbury, at 27 Curlew Rise, Hollinsdale ZX4 7QT, and helps care for her mother, who has "
              "multiple sclerosis. Ellie-Mae (NHS number 999 412 7781) told her worker that she was missing "
              "school on days when her mother was unwell. With her agreement we shared this with her school and "
              "GP, and her mother's care package was increased. Ellie-Mae's attendance rose from 78% to 95% by "
              "July 2021. Mum's mobile: 07700 900417."),
        ("p", "We tell young carers what changed because of their views, through a termly «4:feedback video "
              "made by the group» and a page in our newsletter."),
        ("p", "Standard 4 is assessed by the Trust Board as Green."),
        ("h1", "Common questions"),
        ("h2", "Q1. " + QT["Q1"]),
        ("p", "Moorlands Learning Trust named a young carers lead in each of its seven academies in 2020/21, "
              "which has made it much easier for us to agree support with schools."),
        ("h2", "Q2. " + QT["Q2"]),
        ("p", "In summary, the Trust Board assessed Standards 1, 3 and 4 as Green and Standard 2 as Amber."),
        ("h2", "Q3. " + QT["Q3"]),
        ("p", "We are committed to BSCP training: 14 staff and volunteers attended BSCP courses in 2020/21, "
              "and we co-deliver the BSCP hidden harm session."),
        ("h2", "Q4. " + QT["Q4"]),
        ("p", "Yes. After BSCP neglect training our workers' referrals described the impact on the child more "
              "clearly, and the MASH accepted all of them."),
        ("h2", "Q5. " + QT["Q5"]),
        ("p", "Through the independent review, staff and volunteer training records, and what young carers "
              "tell us in surveys and through the Voice group."),
    ],
    ratings("green", "amber", "green", "green"),
    ratings("green", "amber", "green", "green"),
    personal=["Ellie-Mae Thornbury", "14/03/2009", "Donna Thornbury", "27 Curlew Rise, Hollinsdale ZX4 7QT",
              "999 412 7781", "07700 900417"],
))



def main():
    check = "--check" in sys.argv
    errors = []
    built = {}
    for r in RETURNS:
        validate_meta(r, errors)
        data = build(r)
        again = build(r)
        if data != again:
            errors.append("%s: build is not deterministic" % r["file"])
        built[r["file"]] = (data, gold_text(r))
    if not check:
        for name, (data, gt) in built.items():
            with open(os.path.join(SUB, name), "wb") as fh:
                fh.write(data)
            with open(os.path.join(GOLD, name + ".yml"), "w", encoding="utf-8") as fh:
                fh.write(gt)
        print("wrote %d submissions and %d gold files" % (len(built), len(built)))
    # checks (always run)
    for r in RETURNS:
        name = r["file"]
        data, gt = built[name]
        if check:
            p = os.path.join(SUB, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                errors.append("%s: bytes on disk differ from rebuild" % name)
            g = os.path.join(GOLD, name + ".yml")
            if not os.path.exists(g) or open(g, encoding="utf-8").read() != gt:
                errors.append("%s: gold on disk differs from rebuild" % name)
        gy = yaml.safe_load(gt)
        if gy["file"] != name:
            errors.append("%s: gold file name mismatch" % name)
        units = units_docx(data) if name.endswith(".docx") else units_pdf(data)
        full = "\n".join(units)
        if "«" in full or "»" in full:
            errors.append("%s: marker left in output" % name)
        for s, frs in gy["evidence_must_include"].items():
            for f in frs or []:
                hits = sum(u.count(f) for u in units)
                if hits != 1 or full.count(f) != 1 or full.lower().count(f.lower()) != 1:
                    errors.append("%s std %s: fragment %r occurs %d times within units, %d in full text"
                                  % (name, s, f, hits, full.count(f)))
        for pd in gy["personal_data"]:
            if not any(pd in u for u in units):
                errors.append("%s: personal data %r not found within one unit" % (name, pd))
        if check:
            pages = ""
            if name.endswith(".pdf"):
                from pypdf import PdfReader
                pages = " (%d pages)" % len(PdfReader(io.BytesIO(data)).pages)
            print("ok  %s%s" % (name, pages) if not any(e.startswith(name) for e in errors)
                  else "ERR %s" % name)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("check passed" if check else "self-check passed")


if __name__ == "__main__":
    main()
