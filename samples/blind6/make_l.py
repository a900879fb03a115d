#!/usr/bin/env python3
"""Writer l: Kessingland Vale Safeguarding Children Partnership - blind corpus of nine
Section 11 returns (framework gscp-2021).

    make_l.py           build submissions/l-*.docx|pdf and gold/l-*.yml
    make_l.py --check   rebuild in memory, compare bytes and gold with disk, check fragments

Evidence fragments are marked in the source text as «N:fragment» (N = standard 1-4) and
planted personal data as «pd:string»; the markers are stripped before rendering and the
gold is generated from the same marks.
"""
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

ALL_GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
MARK = re.compile(r"«(1|2|3|4|pd):(.*?)»")


# ----------------------------------------------------------------------------- markers
class Ctx:
    """Collects fragments and personal data while a return is being built."""

    def __init__(self):
        self.frags = {"1": [], "2": [], "3": [], "4": []}
        self.pd = []

    def strip(self, text):
        """Return (clean_text, spans) and record marked strings."""
        out, spans, pos, length = [], [], 0, 0
        for m in MARK.finditer(text):
            pre = text[pos:m.start()]
            out.append(pre)
            length += len(pre)
            key, frag = m.group(1), m.group(2)
            spans.append((length, length + len(frag)))
            out.append(frag)
            length += len(frag)
            if key == "pd":
                self.pd.append(frag)
            else:
                self.frags[key].append(frag)
            pos = m.end()
        out.append(text[pos:])
        clean = "".join(out)
        assert "«" not in clean and "»" not in clean, clean
        return clean, spans

    def c(self, text):
        return self.strip(text)[0]


# ----------------------------------------------------------------------------- docx
FIXED_ZIP_TIME = (2021, 9, 30, 12, 0, 0)


def normalise_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


class Docx:
    def __init__(self, ctx, title, author, when, landscape_=False, font="Calibri"):
        self.ctx = ctx
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(11)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        if landscape_:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(2.2))
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        cp = self.d.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = when
        cp.modified = when
        cp.revision = 3
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""

    def header(self, text):
        self.d.sections[0].header.paragraphs[0].text = self.ctx.c(text)

    def footer(self, text):
        self.d.sections[0].footer.paragraphs[0].text = self.ctx.c(text)

    def h(self, text, level=1):
        return self.d.add_heading(self.ctx.c(text), level)

    def p(self, text="", lead=None, italic=False, bold=False, style=None, size=None):
        para = self.d.add_paragraph(style=style)
        if lead:
            r = para.add_run(self.ctx.c(lead))
            r.bold = True
            if size:
                r.font.size = Pt(size)
        if text:
            r = para.add_run(self.ctx.c(text))
            r.italic = italic
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return para

    def runs(self, parts, style=None):
        """parts: list of (text, dict(bold=, italic=, font=))"""
        para = self.d.add_paragraph(style=style)
        for text, fmt in parts:
            r = para.add_run(self.ctx.c(text))
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            if fmt.get("font"):
                r.font.name = fmt["font"]
        return para

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.d.add_paragraph(self.ctx.c(it), style=style)

    def numbered(self, items):
        self.bullets(items, style="List Number")

    def table(self, rows, widths=None, header=True, style="Table Grid", fills=None, size=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                items = val if isinstance(val, list) else [val]
                first = True
                for it in items:
                    if first:
                        para = cell.paragraphs[0]
                        first = False
                    else:
                        para = cell.add_paragraph()
                    r = para.add_run(self.ctx.c(it))
                    if header and i == 0:
                        r.bold = True
                    if size:
                        r.font.size = Pt(size)
                if fills and (i, j) in fills:
                    shade(cell, fills[(i, j)])
                if widths:
                    cell.width = widths[j]
        self.d.add_paragraph()
        return t

    def banner(self, text, fill="1F4E79", color=(0xFF, 0xFF, 0xFF)):
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.cell(0, 0)
        shade(cell, fill)
        r = cell.paragraphs[0].add_run(self.ctx.c(text))
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(*color)
        return t

    def bytes(self):
        buf = io.BytesIO()
        self.d.save(buf)
        return normalise_zip(buf.getvalue())


def docx_units(data):
    """Paragraph texts (body, table cells, headers/footers) in reading order."""
    d = Document(io.BytesIO(data))
    units = []
    body = d.element.body
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph as DPara
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            units.append(DPara(child, d).text)
        elif child.tag == qn("w:tbl"):
            for row in DTable(child, d).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for para in cell.paragraphs:
                        units.append(para.text)
    for s in d.sections:
        for part in (s.header, s.footer):
            for para in part.paragraphs:
                units.append(para.text)
    return units


# ----------------------------------------------------------------------------- pdf
def wrap(text, spans, font, size, width):
    """Greedy wrap that never breaks inside a marked span."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] == " ":
                chars[i] = "\x00"
    words = "".join(chars).split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if stringWidth(cand.replace("\x00", " "), font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    lines = [ln.replace("\x00", " ") for ln in lines]
    for ln in lines:
        assert stringWidth(ln, font, size) <= width + 0.01 or " " not in ln, ("too wide", ln)
    return lines


class Pdf:
    def __init__(self, ctx, title, author, pagesize=A4, margin=56, footer=None, header=None,
                 base=10):
        self.ctx = ctx
        self.title, self.author = title, author
        self.pagesize = pagesize
        self.margin = margin
        self.width = pagesize[0] - 2 * margin
        self.footer, self.header = footer, header
        self.story = []
        self.state = {"sheet": ""}
        self.styles = {
            "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19,
                                    spaceAfter=8),
            "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                                 spaceBefore=10, spaceAfter=5),
            "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                                 spaceBefore=6, spaceAfter=3),
            "body": ParagraphStyle("body", fontName="Helvetica", fontSize=base, leading=base * 1.32,
                                   spaceAfter=5, alignment=TA_LEFT),
            "bodyb": ParagraphStyle("bodyb", fontName="Helvetica-Bold", fontSize=base,
                                    leading=base * 1.32, spaceAfter=5),
            "bodyi": ParagraphStyle("bodyi", fontName="Helvetica-Oblique", fontSize=base,
                                    leading=base * 1.32, spaceAfter=5),
            "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5),
            "smallb": ParagraphStyle("smallb", fontName="Helvetica-Bold", fontSize=8.5,
                                     leading=10.5),
        }

    def _para(self, text, style, width, bullet=False):
        st = self.styles[style]
        clean, spans = self.ctx.strip(text)
        indent = 14 if bullet else 0
        lines = wrap(clean, spans, st.fontName, st.fontSize, width - indent - 1.5)
        body = "<br/>".join(escape(ln) for ln in lines)
        if bullet:
            st = ParagraphStyle(st.name + "bul", parent=st, leftIndent=indent, bulletIndent=2,
                                spaceAfter=3)
            return Paragraph(body, st, bulletText="•")
        return Paragraph(body, st)

    def add(self, text, style="body"):
        self.story.append(self._para(text, style, self.width))

    def title_(self, text):
        self.add(text, "title")

    def h1(self, text):
        self.add(text, "h1")

    def h2(self, text):
        self.add(text, "h2")

    def p(self, text):
        self.add(text, "body")

    def bullets(self, items):
        for it in items:
            self.story.append(self._para(it, "body", self.width, bullet=True))

    def space(self, h=6):
        self.story.append(Spacer(1, h))

    def pagebreak(self):
        self.story.append(PageBreak())

    def sheet(self, name):
        state = self.state

        class SetSheet(Flowable):
            def wrap(self, aw, ah):
                return (0, 0)

            def draw(self):
                state["sheet"] = name

        self.story.append(SetSheet())

    def table(self, rows, colw, header_rows=1, extra=None, style="small", hstyle="smallb",
              repeat=1, pad=4):
        data = []
        for i, row in enumerate(rows):
            out = []
            for j, val in enumerate(row):
                st = hstyle if i < header_rows else style
                out.append(self._para(val, st, colw[j] - 2 * pad) if val != "" else "")
            data.append(out)
        t = Table(data, colWidths=colw, repeatRows=repeat if header_rows else 0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9a9a9a")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header_rows:
            cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d9e1f2")))
        t.setStyle(TableStyle(cmds + (extra or [])))
        self.story.append(t)
        self.space(8)

    def bytes(self):
        buf = io.BytesIO()
        state, footer, header, pagesize, margin = (self.state, self.footer, self.header,
                                                   self.pagesize, self.margin)

        def deco(canv, doc):
            canv.saveState()
            n = canv.getPageNumber()
            if header:
                canv.setFont("Helvetica", 8.5)
                canv.drawCentredString(pagesize[0] / 2, pagesize[1] - margin / 2 - 4,
                                       header(state, n))
            if footer:
                canv.setFont("Helvetica", 8)
                canv.drawCentredString(pagesize[0] / 2, margin / 2 - 4, footer(state, n))
            canv.restoreState()

        doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                              topMargin=margin, bottomMargin=margin, title=self.title,
                              author=self.author, creator="Microsoft Word", invariant=1)
        frame = Frame(margin, margin, pagesize[0] - 2 * margin, pagesize[1] - 2 * margin,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=deco)])
        doc.build(self.story)
        return buf.getvalue()


def pdf_lines(data):
    import pdfplumber
    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines.extend((page.extract_text() or "").split("\n"))
    return lines


# ----------------------------------------------------------------------------- returns
PARTNERSHIP = "Kessingland Vale Safeguarding Children Partnership"
RAGFILL = {"Green": colors.HexColor("#c6efce"), "Amber": colors.HexColor("#ffeb9c"),
           "Red": colors.HexColor("#ffc7ce")}


# 1 --------------------------------------------------------------- Police: spreadsheet PDF
def build_police(ctx, Docx, Pdf):
    def header(state, n):
        return state["sheet"]

    def footer(state, n):
        return f"KVP S11 2021.xlsx  -  Page {n}"

    d = Pdf(ctx, "KVP S11 2021", "Sarah Whitcombe", pagesize=landscape(A4), margin=36,
            header=header, footer=footer, base=9)
    W = d.width
    d.sheet("Summary")
    d.add(f"{PARTNERSHIP} - Section 11 Self-Assessment 2021", "bodyb")
    d.table([
        ["Agency", "Kessingland Vale Police"],
        ["Completed by", "DI Sarah Whitcombe, Public Protection Unit (on behalf of D/Ch Supt Helen Marlow)"],
        ["Date completed", "17/09/2021"],
        ["Period covered", "01/04/2020 - 31/03/2021, with updates to 31/08/2021"],
        ["Signed off", "DCC Graham Pell, Deputy Chief Constable, 17/09/2021"],
    ], [170, W - 170], header_rows=0,
        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))])
    d.add("RAG key: Green = standard fully met; Amber = partly met, improvement needed; "
          "Red = not met", "small")
    d.space(4)
    d.table([
        ["Std", "Standard", "RAG", "Lead", "Last reviewed", "Comment"],
        ["1", "Leadership and accountability", "Amber", "D/Ch Supt Helen Marlow",
         "06/07/2021", "Strong evidence (see E01-E05). Kept at Amber by the Vulnerability Board "
         "so we are not complacent ahead of the HMICFRS inspection."],
        ["2", "Staff safe recruitment, induction, training and development", "Green",
         "Ch Insp Mark Ashdown", "30/06/2021", "Vetting and training targets met."],
        ["3", "Safeguarding policies and procedures", "Green", "DI Sarah Whitcombe",
         "15/03/2021", "All policies in date."],
        ["4", "Listening to children and young people", "Amber", "Supt Lorraine Baptiste",
         "28/05/2021", "Voice of the child in PPNs below target; feedback loop not yet in place."],
    ], [28, 190, 50, 130, 70, W - 468],
        extra=[("BACKGROUND", (2, 1), (2, 1), RAGFILL["Amber"]),
               ("BACKGROUND", (2, 2), (2, 2), RAGFILL["Green"]),
               ("BACKGROUND", (2, 3), (2, 3), RAGFILL["Green"]),
               ("BACKGROUND", (2, 4), (2, 4), RAGFILL["Amber"])])
    d.table([
        ["Q", "Common question", "Response"],
        ["Q1", "Something another agency has done during 20/21 that improved multi-agency practice",
         "Children's Social Care placed a duty social worker in the Child Abuse Investigation Team "
         "office two days a week from November 2020. Strategy discussions on those days are held "
         "the same day and joint visits are arranged without the previous delays. Officers say "
         "they now understand threshold decisions much better."],
        ["Q2", "RAG self-rating against each standard",
         "See RAG column above: Std 1 Amber, Std 2 Green, Std 3 Green, Std 4 Amber."],
        ["Q3", "Commitment to the partnership's multi-agency training",
         "The force is committed to the KVSCP training programme. 46 officers and staff attended "
         "KVSCP multi-agency courses in 2020/21 and our domestic abuse trainers co-delivered four "
         "sessions of the 'Domestic Abuse and Children' course. Attendance is recorded on the "
         "force learning system and counts towards CPD."],
        ["Q4", "Is single and multi-agency training having an impact on practice?",
         "Yes. A dip sample of 40 PPNs submitted after the January 2021 VAST refresher found 79% "
         "graded good, up from 58% in the sample taken before the training. Supervisors report "
         "better quality strategy discussion contributions from officers who attended KVSCP "
         "courses."],
        ["Q5", "How do you know you have improved?",
         "Through the Public Protection performance framework (reviewed quarterly), Force Audit "
         "Unit reviews, dip samples, MASH partner feedback and the HMICFRS vulnerability "
         "fieldwork feedback in July 2021."],
    ], [28, 220, W - 248])
    d.pagebreak()
    d.sheet("Evidence")
    d.table([
        ["Ref", "Std", "Evidence", "Source / date", "Owner"],
        ["E01", "1", "D/Ch Supt Helen Marlow, Head of Public Protection, is the named chief "
         "officer lead for safeguarding children; DCC Graham Pell is executive sponsor and "
         "reports to the Chief Constable's Management Board.",
         "Force Governance Handbook v4, Jan 2021", "HM"],
        ["E02", "1", "Force Vulnerability Board chaired by the DCC: «1:6 of 6 meetings held in "
         "2020/21», all with minutes and an action log. Children's safeguarding is a standing item.",
         "Board minutes Apr 2020 - Mar 2021", "GP"],
        ["E03", "1", "Force Audit Unit review of child protection referrals, June 2021: «1:94% of "
         "120 sampled referrals met standard» (target 90%). Findings presented to the Board "
         "on 06/07/2021.", "Audit report FAU/21/07, 21/06/2021", "FAU"],
        ["E04", "1", "Vulnerability Action Plan 2020-22: «1:22 of 24 actions complete»; the "
         "remaining two are on track for December 2021. Progress reported quarterly to the "
         "Police and Crime Commissioner.", "VAP tracker, 30/06/2021", "HM"],
        ["E05", "1", "Section 11 duties written into contract terms for the custody healthcare "
         "and sexual assault referral centre providers; both contract reviews completed in "
         "February 2021 with no safeguarding concerns raised.",
         "Commercial Services file CS/114", "HM"],
        ["E06", "2", "Vetting: «2:vetting completed before start for 100%» of the 212 new "
         "officers, PCSOs and staff who joined in 2020/21.", "Vetting Unit report, 30/06/2021",
         "MA"],
        ["E07", "2", "Vulnerability and safeguarding training (VAST): «2:97% of frontline officers "
         "completed» the 2020/21 module (target 95%). Specialist CAIT officers all hold the "
         "specialist child abuse investigator qualification.",
         "L&D dashboard, June 2021", "MA"],
        ["E08", "2", "Supervision: monthly case supervision in the Child Abuse Investigation Team "
         "audited in April 2021 - 91% of files showed supervision recorded within 28 days.",
         "CAIT QA report, April 2021", "SW"],
        ["E09", "2", "Allegations against staff: 14 referrals to the LADO in 2020/21, «2:13 of 14 "
         "referred within one working day». The one late referral was reviewed and guidance "
         "reissued to Professional Standards.", "PSD register, 31/03/2021", "MA"],
        ["E10", "2", "Induction: a child safeguarding input is delivered on day three of every "
         "new starter induction course (11 cohorts in 2020/21).", "L&D course register", "MA"],
        ["E11", "3", "«3:Child Protection Policy reviewed 15 March 2021» by DI Whitcombe with "
         "Force Legal Services; next review March 2022. Published on the intranet with a "
         "one-page summary for response officers.", "Policy library ref PP/CP/07", "SW"],
        ["E12", "3", "Information sharing: 4,318 PPNs for children submitted in 2020/21; «3:98% of "
         "PPNs shared within 24 hours» with the MASH (target 95%).",
         "MASH performance report, Q4 2020/21", "SW"],
        ["E13", "3", "Escalation: the KVSCP escalation policy was «3:used 9 times by officers» in "
         "2020/21; all nine were resolved at stage 1 or 2.", "Escalation log", "SW"],
        ["E14", "3", "Missing and exploitation: Missing Children Procedure updated November 2020 "
         "so that CSC is notified for every return home interview; Child Exploitation Policy "
         "published January 2021.", "Policy library refs PP/MC/03, PP/CE/01", "SW"],
        ["E15", "4", "Dip sample, May 2021: the child's «4:voice recorded in 61% of domestic abuse "
         "PPNs» (target 85%). Briefing issued to response teams; re-audit planned for "
         "November 2021.", "Dip sample report DS/21/05", "LB"],
        ["E16", "4", "A «4:Youth Independent Advisory Group of 12 young people» was established in "
         "January 2021. It has met five times and rewrote the stop and search leaflet for "
         "under-18s.", "YIAG terms of reference and notes", "LB"],
        ["E17", "4", "Feedback: there is currently «4:no systematic way to feed back» to children "
         "on how their views have changed practice. Action owner Supt Baptiste, due March 2022.",
         "VAP action 19", "LB"],
        ["E18", "4", "Child-friendly version of the Victims' Code information produced with the "
         "YIAG and launched April 2021.", "Corporate Communications", "LB"],
    ], [32, 28, 420, 190, W - 670])
    return d.bytes()


# 2 --------------------------------------------------------- GP Federation: Q2-only ratings PDF
def build_gpfed(ctx, Docx, Pdf):
    d = Pdf(ctx, "Section 11 Self-Assessment 2021", "Dr Priya Raman",
            footer=lambda s, n: f"Kessingland Vale GP Federation - Section 11 return 2021 - page {n}")
    d.title_("Kessingland Vale GP Federation")
    d.add("Section 11 (Children Act 2004) Self-Assessment 2021", "h1")
    d.p(f"Submitted to: {PARTNERSHIP}")
    d.p("Completed by: Dr Priya Raman, Federation Safeguarding Lead GP, with Alison Cheung, "
        "Safeguarding Nurse Specialist")
    d.p("Date: 24 September 2021")
    d.p("The Federation brings together 23 member practices serving around 214,000 registered "
        "patients, of whom about 48,000 are under 18. This return covers the Federation's own "
        "services (extended access hubs, the care home team and the federation workforce) and "
        "the support we give to member practices on safeguarding.")
    d.h1("Part A - The standards")
    d.h2("Standard 1: Leadership and accountability")
    d.p("Dr Priya Raman has been the Federation Safeguarding Lead GP since April 2019 and is "
        "supported by Alison Cheung, Safeguarding Nurse Specialist. Dr Tom Hadley, GP director, "
        "holds the safeguarding portfolio on the Federation Board and is the Board's named "
        "executive for section 11.")
    d.p("Our annual practice self-audit confirmed that «1:all 23 member practices have a named» "
        "safeguarding lead GP and a named deputy. «1:23 of 23 practices returned» the audit in "
        "January 2021 and the findings were presented to the Board on 3 March 2021, with an action "
        "plan for each practice that had a gap.")
    d.p("The Clinical Governance Committee received «1:four quarterly reports in 2020/21» from "
        "the safeguarding team covering training, referrals, learning from reviews and audit. "
        "Safeguarding clauses are included in the extended access contract and in all locum "
        "agency agreements, and were checked at contract review in November 2020.")
    d.h2("Standard 2: Staff safe recruitment, induction, training and development")
    d.p("Level 3 child safeguarding training compliance at 31 March 2021 was 88% for GPs, with "
        "«2:practice nurses at 79%» and reception and administrative staff at 92% for Level 1. "
        "The gap for nurses is largely due to the suspension of face-to-face training in 2020; a "
        "virtual Level 3 session runs monthly from June 2021.")
    d.p("All clinical staff employed by the Federation have an enhanced DBS check with a barred "
        "list check. A safer recruitment audit of personnel files in May 2021 found that «2:6 of "
        "40 files lacked two references»; a new recruitment checklist was introduced in June 2021 "
        "and the six files have been completed.")
    d.p("A «2:peer supervision group met quarterly» for practice safeguarding leads, facilitated "
        "by Alison Cheung; average attendance was 70%. Induction for new Federation staff now "
        "includes a safeguarding session in week one.")
    d.h2("Standard 3: Safeguarding policies and procedures")
    d.p("A new model safeguarding children policy was issued to practices in November 2020 and "
        "has been «3:adopted by 20 of 23 practices». Three practices are still using 2017 "
        "versions and have been asked to adopt the model policy by December 2021.")
    d.p("A «3:Was Not Brought policy» replaced the old 'did not attend' approach in February "
        "2021 so that missed appointments for children are followed up by a clinician. An audit "
        "of safeguarding read codes in February 2021 found «3:72% of records correctly coded» "
        "against a target of 90%; a coding guide and template were sent to all practices in "
        "April 2021 and a re-audit is planned for November 2021.")
    d.p("Practices share information for MARAC through the Safeguarding Nurse Specialist, and "
        "the KVSCP escalation policy was used twice by practices in 2020/21.")
    d.h2("Standard 4: Listening to children and young people")
    d.p("We have to be honest that this is the weakest area for the Federation and for our "
        "member practices. The Patient Participation Groups in our practices have «4:no members "
        "under the age of 18», and the Federation has no group or forum of its own for young "
        "patients.")
    d.p("We have «4:not audited whether the child's voice» is recorded in consultations with "
        "children aged 12 and over, or in safeguarding referrals made by GPs. There is «4:no "
        "feedback to children or young people» about how their views are used. A teenage health "
        "drop-in pilot planned for 2020 was cancelled because of COVID-19 and has not restarted.")
    d.p("For 2021/22 we plan a records audit of the child's voice (Alison Cheung, by March 2022) "
        "and a short survey of young patients with the Kessingland Vale Youth Council.")
    d.h1("Part B - Common questions")
    d.h2("Q1. Something another agency has done during 20/21 that improved multi-agency practice")
    d.p("N/A")
    d.h2("Q2. RAG self-rating against each standard")
    d.p("1 – G, 2 – A, 3 – A, 4 – R")
    d.h2("Q3. Commitment to the partnership's multi-agency training")
    d.p("31 staff from 17 practices attended KVSCP multi-agency courses in 2020/21. We promote "
        "the KVSCP training calendar in the weekly practice bulletin and Dr Raman sits on the "
        "KVSCP Learning and Development sub-group.")
    d.h2("Q4. Is single and multi-agency training having an impact on practice?")
    d.p("Partly. After the KVSCP 'Think Family' course, the proportion of GP referrals to the "
        "MASH accepted as meeting threshold rose from 64% (April to September 2020) to 78% "
        "(October 2020 to March 2021). We cannot yet show the same for the quality of "
        "information in child protection conference reports.")
    d.h2("Q5. How do you know you have improved?")
    d.p("By comparing the 2020 and 2021 practice self-audits, the training figures, the coding "
        "audit and the feedback we receive from the MASH and from conference chairs.")
    d.space(10)
    d.p("Dr Priya Raman, Federation Safeguarding Lead GP - 24 September 2021")
    return d.bytes()


# 3 ------------------------------------------------------- Football foundation: emoji docx
G, A, R = "🟢", "🟠", "🔴"


def build_foundation(ctx, Docx, Pdf):
    d = Docx(ctx, "Section 11 return 2021", "Ryan Fenwick", dt.datetime(2021, 9, 22, 14, 5, 0))
    d.header("Kessingland Vale Town FC Community Foundation - Section 11 return 2021")
    d.h("Kessingland Vale Town FC Community Foundation", 0)
    d.p("Section 11 self-assessment 2021 for the " + PARTNERSHIP)
    d.runs([("Key: ", {"bold": True}), (f"{G} fully met    {A} partly met    {R} not met", {})])
    d.p("Completed by Ryan Fenwick, Designated Safeguarding Officer, and approved by the Board "
        "of Trustees on 21 September 2021.")
    d.p("The Foundation is the registered charity of Kessingland Vale Town Football Club. In "
        "2020/21 we reached about 2,900 children and young people through school PE and "
        "after-school clubs, the holiday activities and food programme, disability football, "
        "girls' football and our Friday night youth sessions. We employ 38 staff and work with "
        "26 regular volunteers.")
    d.h(f"Standard 1 – Leadership and accountability  {G}", 1)
    d.p("Ryan Fenwick is our Designated Safeguarding Officer (DSO) and Kelly Marsh is deputy DSO. "
        "Our trustee lead for safeguarding is Mrs Angela Moss, a retired head of children's "
        "services, who meets the DSO every month.")
    d.p("Safeguarding is a standing item on the Board agenda and was discussed at «1:all six Board "
        "meetings in 2020/21». The DSO's annual safeguarding report was presented to trustees "
        "in July 2021 and agreed a plan for 2021/22.")
    d.p("The league's community organisation safeguarding audit in February 2021 gave us a "
        "score of 92%, and the Foundation was «1:one of four clubs commended» in the region for "
        "its safeguarding governance. Safeguarding requirements are built into our «1:partnership "
        "agreements with all 31 schools» we deliver in.")
    d.h(f"Standard 2 – Staff safe recruitment, induction, training and development  {A}", 1)
    d.p("Every coach and volunteer who works with children has an enhanced DBS check with a "
        "barred list check before they start, and we follow the club's safer recruitment policy "
        "with two references and a face-to-face interview. Our DBS renewal cycle is three years "
        "and «2:6 renewals were overdue in June» 2021; they are now being processed and those "
        "staff are not working alone with children until they are back.")
    d.p("«2:58 of 64 coaches» hold an in-date Safeguarding Children in Football certificate. "
        "Induction includes a safeguarding session with the DSO for every new member of staff.")
    d.p("Our «2:match-day volunteers have not all» completed safeguarding training, because "
        "the programme was paused while crowds were not allowed in the ground. A short online "
        "module will be compulsory for all match-day volunteers from January 2022.")
    d.h(f"Standard 3 – Safeguarding policies and procedures  {G}", 1)
    d.p("The Foundation has a Safeguarding Policy that covers all of our activities and «3:all "
        "staff know what to do» if they have a concern. The policy was «3:written in July 2018» "
        "and was due for review in July 2019; the review has been held up by COVID-19 and by "
        "changes of staff, and we will complete it when the new club policy is published.")
    d.p("We follow the club's procedures and the KVSCP procedures. We «3:do not yet have "
        "separate procedures» for missing children or for exploitation, as we feel these are "
        "covered by the general policy. The DSO made three referrals to the MASH in 2020/21, "
        "all of which were accepted.")
    d.h(f"Standard 4 – Listening to children and young people  {G}", 1)
    d.p("Our «4:Young Leaders' Forum of 15 participants» aged 14 to 19 meets every month and "
        "two of its members sit on the Foundation's programme committee. Young leaders have "
        "sat on the interview panels for two coaching posts this year.")
    d.p("Our annual participant survey in June 2021 had «4:412 responses from participants» and "
        "89% said they always feel safe at our sessions. After feedback from girls aged 11 to 14 "
        "we started «4:girls-only sessions on Tuesday evenings» at two venues, which now have 46 "
        "regular players.")
    d.p("We feed back through 'You said, we did' boards at each venue and a short video on our "
        "social media every term.")
    d.h("Common questions", 1)
    d.p("", lead="Q1. Something another agency has done during 20/21 that improved multi-agency "
        "practice")
    d.p("Kessingland Vale Police youth engagement officers joined our Friday night sessions "
        "from October 2020. Young people got to know them, and officers shared information with "
        "our DSO about two young people at risk of exploitation which led to referrals and "
        "support.")
    d.p("", lead="Q2. RAG self-rating against each standard")
    d.p(f"Standard 1 {G}   Standard 2 {A}   Standard 3 {G}   Standard 4 {G}")
    d.p("", lead="Q3. Commitment to the partnership's multi-agency training")
    d.p("Our DSO and deputy attend KVSCP training and 12 staff attended KVSCP courses in "
        "2020/21, mostly on exploitation and neglect. We will keep releasing staff for the "
        "training despite the pressure of holiday programmes.")
    d.p("", lead="Q4. Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Coaches who attended the exploitation course identified the two young people "
        "mentioned in Q1 and the number of concerns logged with the DSO rose from 9 to 21 over "
        "the year, which we see as better awareness rather than more harm.")
    d.p("", lead="Q5. How do you know you have improved?")
    d.p("From the league audit score, our concerns log, the participant survey and the feedback "
        "from schools at the end of each term.")
    return d.bytes()


# 4 -------------------------------------------------- Children's Social Care: Signs of Safety
def build_csc(ctx, Docx, Pdf):
    d = Docx(ctx, "Section 11 Self-Assessment 2021 - Children's Social Care", "Fiona Darrow",
             dt.datetime(2021, 9, 28, 10, 30, 0), landscape_=True)
    d.header("Kessingland Vale County Council - Children's Social Care - Section 11 2021")
    d.h("Section 11 Self-Assessment 2021", 0)
    d.p("Kessingland Vale County Council - Children's Social Care")
    d.p("Completed by Fiona Darrow, Assistant Director, Safeguarding and Quality Assurance. "
        "Signed off by Mark Ellery, Director of Children's Services, 28 September 2021.")
    d.p("We have used the Signs of Safety framework that our practitioners use with families: "
        "for each standard we set out what's working well, what we're worried about and what "
        "needs to happen, and then answer a scaling question.")
    d.runs([("Scaling key: ", {"bold": True}),
            ("8-10 = Green, 5-7 = Amber, 0-4 = Red (0 = we are not meeting the standard at all, "
             "10 = we are fully confident we meet it).", {})])
    cols = ["What's working well", "What we're worried about", "What needs to happen"]

    d.h("Standard 1 - Leadership and accountability", 1)
    d.table([cols, [
        ["Mark Ellery (DCS) and the Lead Member, Cllr Janet Oduya, hold the statutory roles and "
         "both attend the KVSCP Executive.",
         "Our quality assurance framework includes a «1:monthly audit of 40 case files», with "
         "moderation by practice leads, reported to the Senior Leadership Team.",
         "The «1:Practice Improvement Board met 11 times» in 2020/21 and signed off the "
         "improvement plan after the Ofsted focused visit in February 2021.",
         "Performance clinics with team managers run every month, and the safeguarding "
         "scorecard was «1:reported to Scrutiny Committee four times» in 2020/21."],
        ["Two team manager posts in Vale North were covered by interim managers for most of the "
         "year, which slowed the roll-out of the new audit tool in that area."],
        ["Both posts were filled permanently in July 2021; the new audit tool to be in use in "
         "Vale North by November 2021 (Fiona Darrow)."],
    ]], widths=[Cm(8.4)] * 3)
    d.p("On a scale of 0 to 10 we are at 8.", bold=True)

    d.h("Standard 2 - Staff safe recruitment, induction, training and development", 1)
    d.table([cols, [
        ["An HR audit in July 2021 found that «2:all 63 appointments in 2020/21» had DBS, "
         "references, identity and Social Work England registration checked before the start "
         "date.",
         "Supervision audit, March 2021: «2:96% of supervisions within timescale» (target 90%), "
         "and 88% were rated good or better for reflective content.",
         "Mandatory safeguarding training completion is 95% across the service.",
         "Newly qualified social workers: «2:all 14 completed their ASYE year» in 2020/21 with "
         "protected caseloads.",
         "Allegations against our own staff (3 in 2020/21) were all referred to the LADO on the "
         "day they were raised."],
        ["A new cohort of 16 newly qualified social workers joins in September 2021 and we want "
         "them to get the same support as this year's group."],
        ["Keep the current arrangements; repeat the HR audit in July 2022 (HR Business Partner).",
         "Principal Social Worker to review the ASYE programme with the new cohort by "
         "January 2022."],
    ]], widths=[Cm(8.4)] * 3)
    d.p("On a scale of 0 to 10 we are at 7. The evidence would probably support a higher score, "
        "but we have held ourselves at 7 so that we are not complacent while the new cohort "
        "settles in.", bold=True)

    d.h("Standard 3 - Safeguarding policies and procedures", 1)
    d.table([cols, [
        ["Child protection procedures are kept up to date in the online KVSCP procedures manual; "
         "the last update was January 2021.",
         "MASH: «3:87% of contacts decided within 24 hours» in 2020/21 (target 85%).",
         "The «3:Vale Exploitation Hub launched October 2020» with Police, Health and the YOT, "
         "and reviews every child at high risk of exploitation each fortnight."],
        ["Return home interviews for missing children were completed within 72 hours in "
         "«3:only 58% of cases».",
         "Strategy discussion minutes were not shared with partners within one working day in "
         "about a third of cases (audit, April 2021)."],
        ["New commissioned return home interview service from January 2022, with a target of 85% "
         "within 72 hours.",
         "Business support to send strategy minutes within one working day; re-audit in "
         "December 2021."],
    ]], widths=[Cm(8.4)] * 3)
    d.p("On a scale of 0 to 10 we are at 6.", bold=True)

    d.h("Standard 4 - Listening to children and young people", 1)
    d.table([cols, [
        ["Our Children in Care Council, Vale Voices, «4:has 22 members and meets monthly», and "
         "presented to Corporate Parenting Board four times this year.",
         "The Mind of My Own app was «4:used 1,140 times» by children to share views with their "
         "social workers.",
         "«4:78% of children aged 8 and over» contributed their views to their child protection "
         "conference, up from 61% last year.",
         "'You Said, We Did' newsletter sent to children in care every quarter."],
        ["Feedback to children under 8 about what happened after their conference is less well "
         "developed and not always recorded."],
        ["Conference chairs to pilot a picture letter for younger children from November 2021 "
         "(Head of Safeguarding Service)."],
    ]], widths=[Cm(8.4)] * 3)
    d.p("", lead="Case example")
    d.p("«pd:Tyler Brennan» (DOB «pd:14/03/2012») lives with his mother «pd:Kayleigh Brennan» at "
        "«pd:17 Heron Close, Kessingland Vale ZX4 7QT» (NHS number «pd:999 123 4567»). Before his "
        "review conference in March 2021 Tyler used Mind of My Own to say that he wanted to see "
        "his nan on Saturdays and that he did not want to talk about home in front of everyone. "
        "The chair met him separately before the conference, the plan was changed to include "
        "Saturday contact, and his social worker rang his mother on «pd:07700 900412» to confirm "
        "the arrangements. Tyler told his social worker afterwards that he felt 'listened to "
        "this time'.")
    d.p("On a scale of 0 to 10 we are at 8.", bold=True)

    d.h("Common questions", 1)
    d.p("", lead="Q1. Something another agency has done during 20/21 that improved multi-agency "
        "practice")
    d.p("Health visitors and school nurses from the Women's and Children's Trust joined the "
        "MASH daily meeting from January 2021. Health information is now available at the first "
        "decision for almost every contact about a child under five.")
    d.p("", lead="Q2. RAG self-rating against each standard")
    d.p("Standard 1: 8 (Green); Standard 2: 7 (Amber); Standard 3: 6 (Amber); Standard 4: 8 "
        "(Green).")
    d.p("", lead="Q3. Commitment to the partnership's multi-agency training")
    d.p("Children's Social Care provides trainers for six KVSCP courses and 212 of our staff "
        "attended KVSCP multi-agency training in 2020/21. Attendance at the neglect course is "
        "part of the ASYE programme.")
    d.p("", lead="Q4. Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Case file audits show the use of the neglect toolkit rising from 41% to 73% of "
        "relevant cases after the neglect training, and partners tell us our assessments are "
        "clearer about what we are worried about.")
    d.p("", lead="Q5. How do you know you have improved?")
    d.p("Through monthly audits, the performance scorecard, Ofsted's focused visit letter, the "
        "views of children through Vale Voices and Mind of My Own, and partner feedback through "
        "the KVSCP.")
    return d.bytes()


# 5 ------------------------------------------------------------ YOT: numbered outline docx
def build_yot(ctx, Docx, Pdf):
    d = Docx(ctx, "YOT Section 11 return 2021", "Daniel Achterberg",
             dt.datetime(2021, 9, 20, 16, 45, 0))
    d.footer("Kessingland Vale Youth Offending Team - S11 self-assessment - September 2021")
    d.h("Kessingland Vale Youth Offending Team", 0)
    d.p("Section 11 Self-Assessment 2021 for the " + PARTNERSHIP)
    d.p("Completed by Daniel Achterberg, Head of Youth Justice, 20 September 2021. Agreed by the "
        "YOT Management Board chair by email on 20 September 2021.")
    d.p("The YOT is a multi-agency service hosted by Kessingland Vale County Council. In 2020/21 "
        "we worked with 214 children, including 61 on court orders and 96 on out-of-court "
        "disposals. This return follows the partnership's template.")

    def rag_table(rating, lead):
        d.table([["Self-assessment", rating], ["Lead", lead]], widths=[Cm(4.5), Cm(11.5)],
                header=False, fills={(0, 1): {"Green": "C6EFCE", "Amber": "FFEB9C",
                                              "Red": "FFC7CE"}[rating]})

    d.h("1.0 Leadership and accountability", 1)
    rag_table("Green", "Daniel Achterberg, Head of Youth Justice")
    d.h("1.1 Named leads and governance", 2)
    d.p("Daniel Achterberg is the named lead for safeguarding and reports to the YOT Management "
        "Board, which is chaired by the Director of Children's Services and includes senior "
        "managers from Kessingland Vale Police, the Probation Service, the Women's and "
        "Children's Trust and Education. The «1:Board met on four occasions» in 2020/21, with "
        "safeguarding and the risk register as standing items.")
    d.h("1.2 Quality assurance", 2)
    d.p("Operations Manager Sue Harrowby led an internal audit of 30 cases in January 2021: «1:27 "
        "of 30 cases had» a current safety and wellbeing plan that had been reviewed within the "
        "last three months. The three cases without one were put right within a fortnight and "
        "the findings went to the Board in March 2021. Two peer audits with a neighbouring YOT "
        "were also carried out during the year.")
    d.h("1.3 Planning", 2)
    d.p("The Youth Justice Plan 2021/22 was «1:signed off by the Board on 8 July 2021» and "
        "includes safeguarding priorities on exploitation and the health needs of children in "
        "custody.")

    d.h("2.0 Staff safe recruitment, induction, training and development", 1)
    rag_table("Amber", "Sue Harrowby, Operations Manager")
    d.h("2.1 Recruitment and vetting", 2)
    d.p("All 31 staff and the 12 volunteer referral order panel members have enhanced DBS checks "
        "and the YOT follows the council's safer recruitment policy. An HR check in June 2021 "
        "found «2:4 volunteers' DBS renewals were overdue»; two have been completed and two are "
        "outstanding, and those panel members have been stood down until the checks are back.")
    d.h("2.2 Training", 2)
    d.p("Trauma-informed practice training was «2:completed by 26 of 31 staff» by March 2021. "
        "Nine case managers completed AIM3 harmful sexual behaviour training. There has been no "
        "refresher training on child criminal exploitation since 2019 and this is booked with "
        "the KVSCP for November 2021.")
    d.h("2.3 Supervision", 2)
    d.p("Our target is monthly recorded supervision for every case manager. The March 2021 check "
        "showed «2:monthly supervision recorded for 83%» of case managers against a target of "
        "95%, mainly because of two long-term vacancies in the management team. Both posts were "
        "filled in July 2021.")

    d.h("3.0 Safeguarding policies and procedures", 1)
    rag_table("Green", "Sue Harrowby, Operations Manager")
    d.h("3.1 Policies", 2)
    d.p("The YOT Safeguarding Procedure was «3:reviewed and re-issued in February 2021» and "
        "follows the KVSCP procedures. All staff confirmed that they had read it, and it was "
        "covered at the March 2021 all-staff meeting.")
    d.h("3.2 Risk and exploitation", 2)
    d.p("An audit in May 2021 confirmed that «3:every child assessed as high risk» of "
        "exploitation (18 children) had been discussed at the Vale Exploitation Hub within five "
        "working days. Missing episodes are reported to Children's Social Care on the same day.")
    d.h("3.3 Information sharing", 2)
    d.p("The «3:information sharing agreement with Police and CSC» was renewed in April 2021 and "
        "the YOT has direct access to the children's social care case record system.")

    d.h("4.0 Common questions", 1)
    d.h("4.1 Something another agency has done during 20/21 that improved multi-agency practice", 2)
    d.p("The Women's and Children's Trust placed a speech and language therapist in the YOT two "
        "days a week from September 2020. Every child now has a communication screen at the start "
        "of their order and court reports are written in plainer language as a result.")
    d.h("4.2 RAG self-rating", 2)
    d.p("Standard 1 – Green; Standard 2 – Amber; Standard 3 – Green.")
    d.h("4.3 Commitment to the partnership's multi-agency training", 2)
    d.p("YOT staff attended 19 KVSCP courses in 2020/21 and the YOT co-delivers the KVSCP "
        "exploitation course with the Police. Attendance is tracked in supervision.")
    d.h("4.4 Is single and multi-agency training having an impact on practice?", 2)
    d.p("Yes. Following the trauma-informed training, case managers' plans increasingly include "
        "the child's history, and the January 2021 audit found the quality of assessments rated "
        "good in 22 of 30 cases compared with 15 of 30 a year earlier.")
    d.h("4.5 How do you know you have improved?", 2)
    d.p("Through our audit programme, the Board's performance reports, peer audits and the "
        "feedback from magistrates and partners.")
    return d.bytes()


# 6 ------------------------------------------------- NHS Trust: next year's expectation, late
def build_trust(ctx, Docx, Pdf):
    d = Pdf(ctx, "Section 11 Self-Assessment 2021", "Rebecca Lyle",
            footer=lambda s, n: f"KVWCFT Section 11 Self-Assessment 2021 | Page {n}",
            header=lambda s, n: "OFFICIAL")
    d.title_("Kessingland Vale Women's and Children's NHS Foundation Trust")
    d.add("Section 11 Self-Assessment 2021 - " + PARTNERSHIP, "h1")
    d.p("Date submitted: 21 October 2021")
    d.p("Completed by: Rebecca Lyle, Chief Nurse and Executive Lead for Safeguarding, with the "
        "Trust Safeguarding Team")
    d.add("Note on timing: this return is late. The deadline of 30 September 2021 was missed "
          "because the Named Nurse for Safeguarding Children post was vacant during September and "
          "the Trust Safeguarding Committee could not approve the return until its meeting on "
          "14 October 2021. We apologise to the partnership for the delay.", "bodyi")
    d.p("The Trust provides maternity, neonatal, paediatric inpatient and emergency services and "
        "community children's services (health visiting, school nursing and community "
        "paediatrics). There were 4,870 births and 31,200 paediatric emergency attendances in "
        "2020/21. For each standard we give this year's self-assessment and, in brackets, where "
        "we expect to be next year.")

    d.h1("Standard 1: Leadership and accountability")
    d.add("Self-assessment: Green (we expect this to stay Green next year)", "bodyb")
    d.p("Rebecca Lyle, Chief Nurse, is the executive lead for safeguarding and a non-executive "
        "director, Mr Alan Greaves, is the safeguarding champion on the Board. The Trust has a "
        "Named Doctor (Dr Samuel Okonjo), a Named Midwife (Clare Denholm) and a Named Nurse post "
        "which is covered on an interim basis by the Deputy Named Nurse until the new post "
        "holder starts in November 2021.")
    d.p("The Trust Safeguarding Committee «1:met on all four scheduled dates» in 2020/21 and "
        "reports to the Quality Committee. The «1:Board received the annual safeguarding report "
        "on 27 May 2021» and approved the safeguarding strategy for 2021-24. The internal "
        "auditors' review of safeguarding governance was «1:rated 'substantial assurance' in "
        "March 2021», with two minor recommendations, both completed.")

    d.h1("Standard 2: Staff safe recruitment, induction, training and development")
    d.add("Self-assessment: Amber (we expect Green next year once the Level 3 recovery plan is "
          "complete)", "bodyb")
    d.p("Level 3 safeguarding children training was the area most affected by the pandemic. At "
        "31 March 2021 «2:Level 3 compliance was 81%» against our target of 90%; Level 1 and "
        "Level 2 compliance were 94% and 91%. From July 2021 virtual Level 3 sessions run twice "
        "a month and compliance had reached 85% by 30 September 2021.")
    d.p("Safeguarding supervision is compulsory for community practitioners and midwives: «2:92% "
        "of midwives and 89% of health visitors» received supervision every quarter. Recruitment "
        "audits show «2:NHS Employment Check Standards met in 99%» of 640 appointments, and the "
        "safeguarding session is part of corporate induction for every new starter.")
    d.p("The Trust managed five allegations against staff under the KVSCP allegations "
        "procedure; all were referred to the LADO within one working day.")

    d.h1("Standard 3: Safeguarding policies and procedures")
    d.add("Self-assessment: Green (we expect this to move to Amber next year while the new "
          "electronic patient record beds in)", "bodyb")
    d.p("The «3:Safeguarding Children Policy ratified in December 2020» is in date and links to "
        "the KVSCP procedures. Topic guidance on bruising in non-mobile babies, children who are "
        "not brought to appointments, and exploitation was updated during the year.")
    d.p("The national child protection information flag was «3:checked for 98.6% of unscheduled "
        "attendances» by children in the emergency department. In maternity, pre-birth "
        "«3:referrals were made before 20 weeks in 86%» of cases where there was a known concern "
        "(target 80%). The KVSCP escalation policy was used 12 times by Trust staff.")
    d.p("The Trust moves to a new electronic patient record in April 2022. Safeguarding alerts "
        "and flags will need to be migrated and tested, and we expect a period of disruption "
        "while staff learn the new system, which is why we expect this standard to be Amber "
        "next year.")

    d.h1("Standard 4: Listening to children and young people")
    d.add("Self-assessment: Amber (we expect this to stay Amber next year)", "bodyb")
    d.p("The Trust's «4:Young Health Champions group of 14» young people aged 11 to 18 met eight "
        "times and helped redesign the children's outpatient waiting area, which reopened in "
        "June 2021.")
    d.p("A child-friendly Friends and Family Test using picture cards received «4:2,360 responses "
        "from children» in 2020/21, and 91% would recommend the ward to a friend.")
    d.p("However, a safeguarding records audit in April 2021 found the child's voice "
        "«4:recorded in 64% of the 50 records» reviewed, and we do not yet tell children what "
        "changed as a result of their feedback. A 'voice of the child' prompt will be built into "
        "the new patient record and the Young Health Champions will design a feedback poster.")

    d.h1("Common questions")
    d.h2("Q1. Something another agency has done during 20/21 that improved multi-agency practice")
    d.p("Children's Social Care invited our health visitors and school nurses to join the MASH "
        "daily meeting from January 2021, so that health information is shared at the first "
        "decision. Our practitioners say decisions are quicker and they get feedback on the "
        "outcome of referrals.")
    d.h2("Q2. RAG self-rating against each standard")
    d.p("Standard 1 Green; Standard 2 Amber; Standard 3 Green; Standard 4 Amber.")
    d.h2("Q3. Commitment to the partnership's multi-agency training")
    d.p("The Trust releases staff for KVSCP courses and 164 staff attended in 2020/21. The Named "
        "Doctor and Named Midwife are KVSCP trainers for the 'Safeguarding babies' course.")
    d.h2("Q4. Is single and multi-agency training having an impact on practice?")
    d.p("Yes. After the 'Safeguarding babies' course the number of pre-birth referrals made early "
        "enough for a pre-birth conference increased, and the audit of bruising in non-mobile "
        "babies found the protocol followed in 19 of 20 cases.")
    d.h2("Q5. How do you know you have improved?")
    d.p("Through our safeguarding audit programme, training and supervision data, internal audit, "
        "and feedback from the KVSCP and from children and families.")
    d.space(8)
    d.p("Rebecca Lyle, Chief Nurse - 21 October 2021")
    return d.bytes()


# 7 ------------------------------------------- Harbour Light: banner boxes, italic RAG line
def build_harbour(ctx, Docx, Pdf):
    d = Docx(ctx, "Harbour Light S11 2021", "Maria Castellano", dt.datetime(2021, 9, 29, 11, 20, 0),
             font="Arial")
    d.header("Harbour Light Domestic Abuse Service - Registered charity")
    d.h("Harbour Light Domestic Abuse Service", 0)
    d.p("Section 11 self-assessment 2021 - " + PARTNERSHIP, bold=True)
    d.p("Prepared by Maria Castellano, Chief Executive and Designated Safeguarding Lead, and "
        "approved by the Board of Trustees on 28 September 2021.")
    d.p("Harbour Light provides refuge accommodation (14 units), community outreach, IDVA "
        "services and a children and young people's service across Kessingland Vale. In 2020/21 "
        "we supported 612 adult survivors and 298 children and young people.")

    def rag(text):
        d.p("RAG: " + text, italic=True)

    d.banner("Standard 1: Leadership and accountability")
    d.p("Maria Castellano is the Designated Safeguarding Lead and Reverend Peter Ansell is the "
        "trustee lead for safeguarding. Safeguarding is reported to every Board meeting, and the "
        "«1:trustees' safeguarding sub-group met five times» during the year to look in detail at "
        "case audits, incidents and training.")
    d.p("We commissioned an «1:external safeguarding review by Vale CVS in January 2021». It made "
        "nine recommendations, mostly about recording and the induction of volunteers, and "
        "«1:all 9 recommendations have been implemented» as of August 2021. The trustees "
        "received the final report on the action plan in September 2021.")
    d.p("Safeguarding responsibilities are written into every job description and into our "
        "service level agreement with the council for the refuge. Case file audits are carried "
        "out by the Operations Manager each quarter and reported to the sub-group, and learning "
        "from the one serious incident in 2020/21 was shared with all staff within a month.")
    rag("Green")

    d.banner("Standard 2: Staff safe recruitment, induction, training and development")
    d.p("We follow safer recruitment practice for all posts, and have «2:enhanced DBS checks for "
        "all 27 staff and 19 volunteers», renewed every three years. Two members of the "
        "management team completed safer recruitment training in March 2021.")
    d.p("All frontline staff complete Level 2 safeguarding children training. However, Level 3 "
        "training is in date for only «2:11 of 16 frontline staff», because places on the "
        "KVSCP Level 3 course were limited during lockdown. The remaining five are booked onto "
        "courses by December 2021.")
    d.p("Frontline staff receive monthly clinical supervision from an external supervisor. Our "
        "«2:volunteer induction module was rewritten in May 2021» after the external review, and "
        "every volunteer now completes it before their first shift.")
    rag("Amber")

    d.banner("Standard 3: Safeguarding policies and procedures")
    d.p("Our «3:Safeguarding Children and Adults Policy was reviewed» in April 2021 and "
        "reflects the Domestic Abuse Act 2021 and the KVSCP procedures, with separate guidance on children "
        "in refuge who go missing and on risks of exploitation.")
    d.p("We made «3:41 referrals to the MASH in 2020/21» and all but two were accepted for "
        "further work. The IDVA team «3:attended all 24 MARAC meetings» during the year and "
        "shares information with the MARAC coordinator using the agreed secure email route.")
    d.p("We used the KVSCP escalation policy twice, both times successfully.")
    rag("Green")

    d.banner("Standard 4: Listening to children and young people")
    d.p("Our two children and young people's workers run the 'Rainbow Room' programme for "
        "children who have lived with domestic abuse. «4:Rainbow Room ran 6 ten-week groups» in "
        "2020/21, four of them online during lockdown, and children's drawings and comments are "
        "used in each child's support plan.")
    d.p("At the end of their support, «4:37 children completed the exit questionnaire», and 33 "
        "of them said they felt listened to. Children in refuge chose new games and furniture "
        "for the refuge playroom in spring 2021.")
    d.p("Children's views have «4:not yet influenced the design of» our services at a strategic "
        "level, and there is no young people's representative on the Board or its sub-groups. "
        "We want to set up a small young people's advisory group in 2022. In our 2019/20 return "
        "we rated this standard Amber.")

    d.banner("Common questions", fill="D9D9D9", color=(0, 0, 0))
    d.p("", lead="Q1. Something another agency has done during 20/21 that improved multi-agency "
        "practice")
    d.p("Kessingland Vale Police began sending us a same-day notification for every high-risk "
        "domestic abuse incident where children are present (from December 2020), so that our "
        "outreach workers can contact the family within 48 hours instead of waiting for MARAC.")
    d.p("", lead="Q2. RAG self-rating against each standard")
    d.p("Standard 1 Green, Standard 2 Amber, Standard 3 Green.")
    d.p("", lead="Q3. Commitment to the partnership's multi-agency training")
    d.p("We are committed to the KVSCP training offer: 18 staff and volunteers attended KVSCP "
        "courses in 2020/21, and our children's workers contribute to the 'Domestic Abuse and "
        "Children' course.")
    d.p("", lead="Q4. Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Since the KVSCP neglect course, our outreach workers are more confident in "
        "describing the impact on children in their referrals, and the MASH has told us our "
        "referrals are clearer.")
    d.p("", lead="Q5. How do you know you have improved?")
    d.p("Through the external review, our case file audits, feedback from children and adults "
        "leaving the service, and from partners at MARAC.")
    return d.bytes()


# 8 ------------------------------------- Wrenham housing: Working Together chapters, PDF
def build_housing(ctx, Docx, Pdf):
    d = Pdf(ctx, "Section 11 Self-Assessment 2021 - Housing Services", "Carol Whitlock",
            footer=lambda s, n: f"Wrenham Borough Council - Housing Services - {n}")
    d.title_("Wrenham Borough Council - Housing Services")
    d.add("Section 11 Self-Assessment 2021 for the " + PARTNERSHIP, "h1")
    d.p("Completed by Carol Whitlock, Head of Housing Needs and Safeguarding Lead for Housing "
        "Services. Date: 29 September 2021.")
    d.p("Housing Services includes the housing options and homelessness service, temporary "
        "accommodation, tenancy sustainment and the council's landlord services for 5,400 homes. "
        "This return is arranged by the chapters of Working Together to Safeguard Children "
        "(2018), which is how our Safeguarding Group reviews its work. Under each chapter we say "
        "which of the partnership's standards it answers.")

    d.h1("A child-centred approach to safeguarding")
    d.p("This chapter answers Standard 4 (Listening to children and young people).")
    d.p("Our «4:Young People's Housing Panel of 9 members» aged 16 to 25 was set up in October "
        "2020 and meets every two months. It reviewed our leaflets for young people leaving care "
        "and the panel's suggestions were used in the new care leavers' housing protocol.")
    d.p("In spring 2021 we asked the «4:48 children living in temporary accommodation» aged "
        "7 and over what would make their stay better. As a result, every family placed in "
        "temporary accommodation now receives a play pack and a list of local activities.")
    d.p("However, we «4:do not record the views of children» in homelessness assessments, and "
        "we have no way of telling children what changed as a result of what they said. A "
        "prompt will be added to the assessment form in 2022.")

    d.h1("Chapter 1: Assessing need and providing help")
    d.p("This chapter answers Standard 3 (Safeguarding policies and procedures).")
    d.p("The «3:Housing Safeguarding Procedure updated in June 2021» sets out how staff should "
        "raise a concern, when to contact the MASH and how to use the KVSCP escalation policy. "
        "Homelessness assessments include questions about the welfare of any children in the "
        "household.")
    d.p("Housing staff made «3:63 referrals to the MASH» in 2020/21 and 27 referrals to early "
        "help. When a family is placed in accommodation outside Kessingland Vale we are required "
        "to notify the receiving council, but an audit in May 2021 found we notified the "
        "«3:receiving authority in 71% of cases». A checklist has been introduced and this will "
        "be re-audited in December 2021. We have no separate guidance on exploitation yet.")

    d.h1("Chapter 2: Organisational responsibilities")
    d.p("This chapter answers Standard 1 (Leadership and accountability).")
    d.p("Carol Whitlock is the named safeguarding lead for Housing Services and the Director of "
        "Communities, Mr Ian Sedgwick, is the council's senior lead for safeguarding. The "
        "«1:Corporate Safeguarding Group met quarterly» throughout 2020/21, chaired by the "
        "Director, and received a housing safeguarding report at each meeting.")
    d.p("An «1:internal audit in December 2020 gave» reasonable assurance on the council's "
        "safeguarding arrangements, and its three recommendations for housing were completed "
        "by June 2021. Safeguarding clauses are included in «1:all 14 temporary accommodation "
        "contracts» and were checked at the annual contract reviews in March 2021.")

    d.h1("Chapter 3: Multi-agency safeguarding arrangements")
    d.p("This chapter answers Standard 2 (Staff safe recruitment, induction, training and "
        "development). We have placed our staff training under this chapter because most of it "
        "is provided through the partnership's multi-agency programme.")
    d.p("Safeguarding training is available to all staff through the KVSCP programme and the "
        "council's e-learning platform, and we have a full training offer in place. In 2020/21 "
        "«2:41% of frontline housing staff completed» the safeguarding children e-learning.")
    d.p("«2:No housing managers have attended» safer recruitment training since 2017. Around "
        "«2:30 tenancy support staff have not had» their DBS check renewed since 2018, and the "
        "council's DBS renewal policy, due for review in 2019, has not yet been reviewed. The "
        "housing induction does not currently include safeguarding.")

    d.h1("Common questions")
    d.h2("Q1. Something another agency has done during 20/21 that improved multi-agency practice")
    d.p("The Harbour Light domestic abuse service based an outreach worker in our housing options "
        "team one day a week from January 2021, so that families fleeing domestic abuse get "
        "advice on safety and housing in the same appointment.")
    d.h2("Q2. RAG self-rating against each standard")
    d.p("Our self-ratings are given by chapter in the closing table at the end of this return.")
    d.h2("Q3. Commitment to the partnership's multi-agency training")
    d.p("We are committed to the KVSCP programme and advertise it to all housing staff; 14 "
        "housing staff attended KVSCP courses in 2020/21.")
    d.h2("Q4. Is single and multi-agency training having an impact on practice?")
    d.p("We think so. Staff who attended the KVSCP domestic abuse course made more referrals to "
        "the MASH, although we have not measured this formally.")
    d.h2("Q5. How do you know you have improved?")
    d.p("Through the Corporate Safeguarding Group, internal audit, our referral figures and the "
        "views of the Young People's Housing Panel.")
    d.h1("Self-assessment summary")
    d.table([
        ["Chapter", "RAG"],
        ["A child-centred approach to safeguarding", "Amber"],
        ["Chapter 1: Assessing need and providing help", "Amber"],
        ["Chapter 2: Organisational responsibilities", "Green"],
        ["Chapter 3: Multi-agency safeguarding arrangements", "Green"],
    ], [300, 100], style="body", hstyle="bodyb",
        extra=[("BACKGROUND", (1, 1), (1, 2), RAGFILL["Amber"]),
               ("BACKGROUND", (1, 3), (1, 4), RAGFILL["Green"])])
    d.p("Carol Whitlock, Head of Housing Needs - 29 September 2021")
    return d.bytes()


# 9 ---------------------------------------------- Marshlands High School: headteacher letter
def build_school(ctx, Docx, Pdf):
    d = Docx(ctx, "S11 letter 2021", "H Ashworth", dt.datetime(2021, 9, 27, 17, 10, 0))
    d.p("Marshlands High School", bold=True, size=14)
    d.p("Fenwick Road, Kessingland Vale ZX7 2LB")
    d.p("Headteacher: Dr Helen Ashworth")
    d.p("27 September 2021")
    d.p("Ms Joanne Tilbury\nBusiness Manager\n" + PARTNERSHIP)
    d.p("Dear Ms Tilbury,")
    d.p("Section 11 self-assessment 2021", bold=True)
    d.p("I am writing, as headteacher, to give you Marshlands High School's self-assessment for "
        "the partnership's 2021 section 11 audit. We are an 11-18 academy with 1,180 students, "
        "and I have written this with our Designated Safeguarding Lead, Mrs Rachel Okoro, Deputy "
        "Headteacher, and our safeguarding governor.")
    d.p("I will start with leadership. Mrs Okoro leads a team of three deputy DSLs and reports to "
        "every meeting of the full governing body. Our link governor for safeguarding, Mr Colin "
        "Frayne, visits in person each term; «1:he carried out three visits in 2020/21», "
        "meeting students as well as staff, and his written reports go to the full governing "
        "body. Governors receive a safeguarding report from the DSL every term and an annual "
        "report each July, which this year covered attendance, referrals, online safety and "
        "the return to school after the lockdowns. We completed the local authority's «1:section 175 "
        "audit in November 2020» and «1:all eleven actions were closed by March 2021». I am "
        "confident that our leadership and accountability for safeguarding is green.")
    d.p("Our staffing picture is more mixed. The local authority checked our «2:single central "
        "record in February 2021» and found no errors, and all 142 staff completed the annual "
        "safeguarding update in September 2020. However, «2:only 4 of 9 members of the senior "
        "team» hold current safer recruitment training, and during the lockdowns the «2:induction "
        "checklist was not completed for three» new support staff; all three have since been "
        "taken through it. Two senior staff are booked on safer recruitment training in October, and "
        "the business manager now keeps an induction record for every new starter that the DSL "
        "signs off in their first week. Our five-yearly DBS rechecks, which we carry out as a "
        "matter of good practice, are up to date. I would describe our position on training as amber.")
    d.p("On policies and procedures, our child protection policy was «3:adopted by governors on "
        "14 September 2021» and follows the KVSCP procedures and the latest statutory guidance "
        "for schools. Staff «3:logged 1,026 concerns on CPOMS» last year; every one was reviewed "
        "by a DSL within one school day, and we made 37 referrals to the MASH. We received "
        "«3:Operation Encompass notifications for 38 students» and each was followed up by a "
        "key adult the next morning. I would rate our policies and procedures as green.")
    d.p("Listening to students is something we are proud of. Our «4:24 Student Safeguarding "
        "Ambassadors» are trained each year and run assemblies on healthy relationships and "
        "online safety. «4:1,014 students answered our June 2021» wellbeing "
        "survey, and when they told us the toilets on the science corridor felt unsafe we "
        "«4:put staff on duty there at break» and fitted new doors over the summer. The "
        "ambassadors reported the changes back to each year group. Students also told us that "
        "they wanted more say in how online safety is taught, so the ambassadors helped to "
        "rewrite the Year 8 personal development unit, and two sixth formers now sit on the "
        "governors' pastoral committee.")
    d.p("Turning to the partnership's common questions. You asked for something another agency "
        "did during 2020/21 that improved multi-agency practice: the school nursing team from "
        "the Women's and Children's Trust ran weekly drop-ins in school throughout the spring "
        "term, which meant students could get emotional health support without a separate "
        "referral and the team shared concerns with our DSL the same day.")
    d.p("On the self-ratings, in summary we are green across the board except for staff "
        "training, which, as I said above, I would describe as amber.")
    d.p("We are fully committed to the partnership's multi-agency training. Our DSL and all three "
        "deputies attended the KVSCP DSL update in 2020/21, and six other staff attended KVSCP "
        "courses on exploitation and neglect.")
    d.p("Finally, we know that we have improved because our governors' visits, the section 175 "
        "audit, the student survey and our own CPOMS analysis all show it, and the MASH has "
        "given us positive feedback about the quality of our referrals.")
    d.p("Please do contact me if you would like any more detail.")
    d.p("Yours sincerely,")
    d.p("Dr Helen Ashworth")
    d.p("Headteacher, Marshlands High School")
    return d.bytes()


# ----------------------------------------------------------------------------- the nine
ALLQ = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}

RETURNS = [
    dict(file="l-kessingland-vale-police-s11-2021.pdf",
         agency=["Kessingland Vale Police", "KV Police", "KVP"],
         self={"1": "amber", "2": "green", "3": "green", "4": "amber"},
         supports={"1": "green", "2": "green", "3": "green", "4": "amber"},
         gaps={"1": "UNDER_RATED"}, late=False, cq=dict(ALLQ), build=build_police),
    dict(file="l-kessingland-vale-gp-federation-s11-2021.pdf",
         agency=["Kessingland Vale GP Federation", "GP Federation", "KVGPF"],
         self={"1": "green", "2": "amber", "3": "amber", "4": "red"},
         supports={"1": "green", "2": "amber", "3": "amber", "4": "red"},
         gaps={}, late=False, cq=dict(ALLQ, Q1=False), build=build_gpfed),
    dict(file="l-kessingland-vale-town-fc-foundation-s11-2021.docx",
         agency=["Kessingland Vale Town FC Community Foundation", "Town FC Foundation", "KVTFCCF"],
         self={"1": "green", "2": "amber", "3": "green", "4": "green"},
         supports={"1": "green", "2": "amber", "3": "amber", "4": "green"},
         gaps={"3": "OVER_RATED"}, late=False, cq=dict(ALLQ), build=build_foundation),
    dict(file="l-kessingland-vale-childrens-social-care-s11-2021.docx",
         agency=["Kessingland Vale County Council Children's Social Care",
                 "Children's Social Care", "KVCC CSC"],
         self={"1": "green", "2": "amber", "3": "amber", "4": "green"},
         supports={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={"2": "UNDER_RATED"}, late=False, cq=dict(ALLQ), build=build_csc),
    dict(file="l-kessingland-vale-yot-s11-2021.docx",
         agency=["Kessingland Vale Youth Offending Team", "Youth Offending Team", "KVYOT"],
         self={"1": "green", "2": "amber", "3": "green", "4": None},
         supports={"1": "green", "2": "amber", "3": "green", "4": None},
         gaps={"4": "MISSING_SECTION"}, late=False, cq=dict(ALLQ), build=build_yot),
    dict(file="l-kessingland-vale-womens-childrens-nhs-trust-s11-2021.pdf",
         agency=["Kessingland Vale Women's and Children's NHS Foundation Trust",
                 "Women's and Children's Trust", "KVWCFT"],
         self={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={}, late=True, cq=dict(ALLQ), build=build_trust),
    dict(file="l-harbour-light-domestic-abuse-service-s11-2021.docx",
         agency=["Harbour Light Domestic Abuse Service", "Harbour Light", "HLDAS"],
         self={"1": "green", "2": "amber", "3": "green", "4": None},
         supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={"4": "MISSING_RATING"}, late=False, cq=dict(ALLQ), build=build_harbour),
    dict(file="l-wrenham-borough-council-housing-s11-2021.pdf",
         agency=["Wrenham Borough Council Housing Services", "Wrenham Housing", "WBC Housing"],
         self={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         supports={"1": "green", "2": "red", "3": "amber", "4": "amber"},
         gaps={"2": "OVER_RATED"}, late=False, cq=dict(ALLQ), build=build_housing),
    dict(file="l-marshlands-high-school-s11-2021.docx",
         agency=["Marshlands High School", "Marshlands High", "MHS"],
         self={"1": "green", "2": "amber", "3": "green", "4": "green"},
         supports={"1": "green", "2": "amber", "3": "green", "4": "green"},
         gaps={}, late=False, cq=dict(ALLQ, Q4=False), build=build_school),
]


# ----------------------------------------------------------------------------- gold
RANK = {"red": 0, "amber": 1, "green": 2}


def forbidden_for(gap):
    if gap is None:
        return list(ALL_GAPS)
    if gap == "MISSING_SECTION":
        return []
    if gap == "MISSING_RATING":
        return ["MISSING_SECTION"]
    if gap == "OVER_RATED":
        return ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    if gap == "UNDER_RATED":
        return ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    raise ValueError(gap)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow_map(d):
    parts = []
    for k, v in d.items():
        if v is None:
            val = "null"
        elif isinstance(v, bool):
            val = "true" if v else "false"
        elif isinstance(v, list):
            val = "[" + ", ".join(v) + "]"
        else:
            val = v
        parts.append(f"{q(k)}: {val}")
    return "{" + ", ".join(parts) + "}"


def gold_text(spec, ctx):
    gaps = spec["gaps"]
    self_r, supp = spec["self"], spec["supports"]
    # consistency of the plan with the gap types
    for s in "1234":
        g = gaps.get(s)
        a, b = self_r[s], supp[s]
        if g == "MISSING_SECTION":
            assert a is None and b is None and not ctx.frags[s], (spec["file"], s)
            continue
        assert b is not None, (spec["file"], s)
        assert len(ctx.frags[s]) == 3, (spec["file"], s, ctx.frags[s])
        if g == "MISSING_RATING":
            assert a is None
        elif g == "OVER_RATED":
            assert RANK[a] > RANK[b]
        elif g == "UNDER_RATED":
            assert RANK[a] < RANK[b]
        else:
            assert a == b, (spec["file"], s, a, b)
        for f in ctx.frags[s]:
            assert 3 <= len(f.split()) <= 10, (spec["file"], f)
    expected = {s: [g] for s, g in gaps.items()}
    cq = spec["cq"]
    all_answered = all(cq.values())
    if not all_answered:
        expected["common"] = ["COMMON_QUESTION_UNANSWERED"]
    L = []
    L.append(f"file: {spec['file']}")
    L.append("agency: [" + ", ".join(q(a) for a in spec["agency"]) + "]")
    L.append("status: ok")
    L.append("error_code: null")
    L.append("framework: gscp-2021")
    L.append("self_ratings: " + flow_map(self_r))
    L.append("evidence_supports: " + flow_map(supp))
    L.append("evidence_must_include:")
    for s in "1234":
        L.append(f'  "{s}": [' + ", ".join(q(f) for f in ctx.frags[s]) + "]")
    L.append("gaps_expected: " + flow_map(expected))
    L.append("gaps_forbidden:")
    for s in "1234":
        L.append(f'  "{s}": [' + ", ".join(forbidden_for(gaps.get(s))) + "]")
    if all_answered:
        L.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    L.append("personal_data: [" + ", ".join(q(p) for p in ctx.pd) + "]")
    L.append(f"late: {'true' if spec['late'] else 'false'}")
    L.append("common_questions_answered: " + flow_map(cq))
    text = "\n".join(L) + "\n"
    # round trip
    y = yaml.safe_load(text)
    assert y["file"] == spec["file"]
    assert y["self_ratings"] == self_r and y["evidence_supports"] == supp
    assert y["common_questions_answered"] == cq
    assert y["personal_data"] == ctx.pd
    return text


def build_one(spec):
    ctx = Ctx()
    data = spec["build"](ctx, Docx, Pdf)
    return data, gold_text(spec, ctx), ctx


def check_fragments(spec, data, ctx):
    problems = []
    if spec["file"].endswith(".pdf"):
        units = pdf_lines(data)
    else:
        units = docx_units(data)
    joined = "\n".join(units)
    low = joined.lower()
    strings = [(s, f) for s in "1234" for f in ctx.frags[s]] + [("pd", p) for p in ctx.pd]
    for s, f in strings:
        n_unit = sum(u.count(f) for u in units)
        if s == "pd":
            if n_unit < 1:
                problems.append(f"{spec['file']}: personal data {f!r} not found")
            continue
        if n_unit != 1:
            problems.append(f"{spec['file']}: std {s} fragment {f!r} found {n_unit} times in units")
        if low.count(f.lower()) != 1:
            problems.append(f"{spec['file']}: std {s} fragment {f!r} not unique (case-insensitive)")
    if "«" in joined or "»" in joined:
        problems.append(f"{spec['file']}: marker left in text")
    return problems, units


def main():
    check = "--check" in sys.argv
    verbose = "-v" in sys.argv
    problems = []
    for spec in RETURNS:
        assert spec["file"].startswith("l-")
        data, gold, ctx = build_one(spec)
        data2, gold2, _ = build_one(spec)
        if data != data2 or gold != gold2:
            problems.append(f"{spec['file']}: build is not deterministic in-process")
        fpath = os.path.join(SUB, spec["file"])
        gpath = os.path.join(GOLD, spec["file"] + ".yml")
        probs, units = check_fragments(spec, data, ctx)
        problems += probs
        if verbose:
            print("=" * 30, spec["file"])
            print("\n".join(units))
        if check:
            if not os.path.exists(fpath) or open(fpath, "rb").read() != data:
                problems.append(f"{spec['file']}: bytes differ from disk")
            if not os.path.exists(gpath) or open(gpath, encoding="utf-8").read() != gold:
                problems.append(f"{spec['file']}: gold differs from disk")
        else:
            os.makedirs(SUB, exist_ok=True)
            os.makedirs(GOLD, exist_ok=True)
            with open(fpath, "wb") as fh:
                fh.write(data)
            with open(gpath, "w", encoding="utf-8") as fh:
                fh.write(gold)
        if spec["file"].endswith(".pdf"):
            from pypdf import PdfReader
            pages = len(PdfReader(io.BytesIO(data)).pages)
        else:
            pages = None
        words = len("\n".join(units).split())
        print(f"{spec['file']}: {len(data)} bytes, {words} words" +
              (f", {pages} pages" if pages else ""))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("check OK" if check else "built OK (fragments verified)")


if __name__ == "__main__":
    main()
