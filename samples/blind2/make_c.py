#!/usr/bin/env python
"""Generate writer-c blind Section 11 returns (Hollinsdale Safeguarding Children Partnership, 2020/21).

Usage:
    python make_c.py            # (re)write submissions/c-*.docx|pdf and gold/c-*.yml
    python make_c.py --check    # rebuild in memory, compare bytes, validate gold + fragments

Everything here is invented: county, towns, organisations and people.
"""
import io
import json
import os
import sys
import zipfile
import datetime as dt

import yaml
import pdfplumber
import docx
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

FONT_DIR_DV = "/usr/share/fonts/truetype/dejavu"
FONT_DIR_LB = "/usr/share/fonts/truetype/liberation"


def _register_fonts():
    fams = {
        "DejaVuSans": (FONT_DIR_DV, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                       "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "LiberationSans": (FONT_DIR_LB, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                           "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    }
    for fam, (d, r, b, i, bi) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, os.path.join(d, r)))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", os.path.join(d, b)))
        pdfmetrics.registerFont(TTFont(fam + "-Italic", os.path.join(d, i)))
        pdfmetrics.registerFont(TTFont(fam + "-BoldItalic", os.path.join(d, bi)))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")


_register_fonts()

GREEN = "#1E7B34"
AMBER = "#E08A00"
RED = "#C00000"

# ----------------------------------------------------------------------------------------------
# Word helpers
# ----------------------------------------------------------------------------------------------
ZIP_DT = (2021, 9, 30, 9, 0, 0)


def new_docx(font="Arial", size=11, margins_cm=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(6)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def _field(paragraph, instr, placeholder="1"):
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(placeholder)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def docx_header_footer(d, header_text, footer_text, page_fmt="Page {PAGE} of {NUMPAGES}", size=8):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    fp.text = ""
    if footer_text:
        r = fp.add_run(footer_text + "    ")
        r.font.size = Pt(size)
    # page number
    parts = page_fmt.replace("{PAGE}", "\x00PAGE\x00").replace("{NUMPAGES}", "\x00NUMPAGES\x00").split("\x00")
    for part in parts:
        if part in ("PAGE", "NUMPAGES"):
            _field(fp, part)
        elif part:
            rr = fp.add_run(part)
            rr.font.size = Pt(size)
    for rr in fp.runs:
        rr.font.size = Pt(size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def P(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
      space_after=None, keep_next=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def PR(d, runs, style=None, align=None, space_after=None):
    """Paragraph of mixed runs: runs = [(text, dict(bold=, italic=, color=, size=, font=)), ...]"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for item in runs:
        if isinstance(item, str):
            text, fmt = item, {}
        else:
            text, fmt = item
        r = p.add_run(text)
        r.bold = fmt.get("bold", None)
        r.italic = fmt.get("italic", None)
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if "color" in fmt:
            r.font.color.rgb = RGBColor.from_string(fmt["color"].lstrip("#"))
        if "font" in fmt:
            r.font.name = fmt["font"]
            rpr = r._r.get_or_add_rPr()
            rf = rpr.find(qn("w:rFonts"))
            rf.set(qn("w:eastAsia"), fmt["font"])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def BUL(d, text, level=1):
    style = "List Bullet" if level == 1 else "List Bullet 2"
    p = d.add_paragraph(style=style)
    if isinstance(text, str):
        p.add_run(text)
    else:
        for t, fmt in text:
            r = p.add_run(t)
            r.bold = fmt.get("bold")
    p.paragraph_format.space_after = Pt(3)
    return p


def TBL(d, rows, widths_cm=None, header=True, size=None, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            r = p.add_run(val)
            if header and i == 0:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def docx_bytes(d, title, author, created, modified=None, revision=3, last_by=None,
               subject="", keywords="", category=""):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.comments = ""
    cp.last_modified_by = last_by or author
    cp.revision = revision
    cp.created = created
    cp.modified = modified or created
    cp.last_printed = created
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------------

def numbered_canvas(fmt, font, size, y=1.1 * cm, align="right", margin=2 * cm):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved_states = []

        def showPage(self):
            self._saved_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved_states)
            for stt in self._saved_states:
                self.__dict__.update(stt)
                self.setFont(font, size)
                self.setFillColor(colors.black)
                w, h = self._pagesize
                s = fmt.format(p=self._pageNumber, n=n)
                if align == "right":
                    self.drawRightString(w - margin, y, s)
                else:
                    self.drawCentredString(w / 2.0, y, s)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


def pdf_bytes(story, on_page, title, author, subject, nc, landscape_template=False,
              margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm)):
    buf = io.BytesIO()
    lm, rm, tm, bm = margins
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, subject=subject,
                          creator="Microsoft Word", invariant=1)
    pw, ph = A4
    fr = Frame(lm, bm, pw - lm - rm, ph - tm - bm, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    templates = [PageTemplate(id="portrait", frames=[fr], onPage=on_page, pagesize=A4)]
    if landscape_template:
        lw, lh = landscape(A4)
        fr2 = Frame(lm, bm, lw - lm - rm, lh - tm - bm, id="fl", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id="landscape", frames=[fr2], onPage=on_page,
                                      pagesize=landscape(A4)))
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=nc)
    return buf.getvalue()


def styles_for(font, size=10, lead=None):
    lead = lead or size * 1.3
    bold = font + "-Bold" if font in ("DejaVuSans", "LiberationSans") else {
        "Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5)
    s["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                spaceAfter=3)
    s["cell"] = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["bul"] = ParagraphStyle("bul", parent=s["body"], leftIndent=14, bulletIndent=4, spaceAfter=3,
                             bulletFontName=font if font in ("DejaVuSans", "LiberationSans") else "LiberationSans",
                             bulletFontSize=size)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                             spaceAfter=6, spaceBefore=4)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                             spaceAfter=4, spaceBefore=8)
    s["h3"] = ParagraphStyle("h3", fontName=bold, fontSize=size, leading=size * 1.3, spaceAfter=3,
                             spaceBefore=5)
    s["bold"] = bold
    return s


def B(text, s):
    return Paragraph(text, s["bul"], bulletText="\u2022")


# ----------------------------------------------------------------------------------------------
# Gold helpers
# ----------------------------------------------------------------------------------------------
ALL_FLAGS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]


def gold_yaml(g):
    def js(x):
        return json.dumps(x, ensure_ascii=False)

    def flowmap(m, quote_keys=True):
        if not m:
            return "{}"
        items = []
        for k, v in m.items():
            kk = js(k) if quote_keys else k
            if v is None:
                vv = "null"
            elif isinstance(v, bool):
                vv = "true" if v else "false"
            elif isinstance(v, list):
                vv = "[" + ", ".join(v) + "]"
            else:
                vv = v
            items.append("%s: %s" % (kk, vv))
        return "{" + ", ".join(items) + "}"

    lines = []
    lines.append("file: %s" % g["file"])
    lines.append("agency: [%s]" % ", ".join(js(a) for a in g["agency"]))
    lines.append("status: ok")
    lines.append("error_code: null")
    lines.append("framework: gscp-2021")
    lines.append("self_ratings: %s" % flowmap(g["self_ratings"]))
    lines.append("evidence_supports: %s" % flowmap(g["evidence_supports"]))
    lines.append("evidence_must_include:")
    for k, frs in g["evidence_must_include"].items():
        lines.append('  "%s": [%s]' % (k, ", ".join(js(f) for f in frs)))
    lines.append("gaps_expected: %s" % flowmap(g["gaps_expected"]))
    lines.append("gaps_forbidden:")
    for k in ["1", "2", "3", "4"]:
        exp = g["gaps_expected"].get(k, [])
        forb = [f for f in ALL_FLAGS if f not in exp]
        lines.append('  "%s": [%s]' % (k, ", ".join(forb)))
    lines.append("personal_data: [%s]" % ", ".join(js(p) for p in g.get("personal_data", [])))
    lines.append("late: %s" % ("true" if g.get("late") else "false"))
    cq = g["common_questions_answered"]
    lines.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (q, "true" if cq[q] else "false") for q in ["Q1", "Q2", "Q3", "Q4", "Q5"]))
    return "\n".join(lines) + "\n"


def allq(**over):
    d = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}
    d.update(over)
    return d


DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


# ==============================================================================================
# 1. Hollinsdale Constabulary - PDF; summary table of coloured dots at start; landscape action plan
# ==============================================================================================
@register
def police():
    fname = "c-hollinsdale-constabulary-s11-2021.pdf"
    F = "DejaVuSans"
    s = styles_for(F, 9.5)

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont(F + "-Bold", 8)
        c.setFillColor(colors.HexColor("#003366"))
        c.drawCentredString(w / 2, h - 1.0 * cm, "OFFICIAL")
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, h - 1.5 * cm, "Hollinsdale Constabulary | Section 11 Self-Assessment 2020/21")
        c.drawString(2 * cm, 1.1 * cm, "Public Protection Command | v1.2 | 24 September 2021")
        c.setStrokeColor(colors.HexColor("#003366"))
        c.line(2 * cm, h - 1.65 * cm, w - 2 * cm, h - 1.65 * cm)
        c.restoreState()

    dot = lambda col: '<font name="DejaVuSans" size="15" color="%s">\u25cf</font>' % col
    dotcell = ParagraphStyle("dotcell", parent=s["cell"], leading=16, alignment=TA_CENTER)
    st = []
    st.append(Paragraph("Hollinsdale Constabulary", s["h1"]))
    st.append(Paragraph("Section 11 (Children Act 2004) Self-Assessment Return 2020/21", s["h2"]))
    meta = [
        ["Submitted to", "Hollinsdale Safeguarding Children Partnership (HSCP)"],
        ["Period covered", "1 April 2020 to 31 March 2021"],
        ["Completed by", "DCI Paul Venning, Public Protection Command"],
        ["Strategic lead", "Detective Superintendent Claire Ashdown, Head of Public Protection"],
        ["Date", "24 September 2021"],
    ]
    t = Table([[Paragraph(a, s["cellb"]), Paragraph(b, s["cell"])] for a, b in meta],
              colWidths=[3.6 * cm, 13.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    st += [t, Spacer(1, 8)]

    st.append(Paragraph("Summary of our self-assessment", s["h2"]))
    rows = [[Paragraph("Area", s["cellb"]), Paragraph("Our rating 2020/21", s["cellb"])],
            [Paragraph("Strategic leadership and holding ourselves to account", s["cell"]), Paragraph(dot(GREEN), dotcell)],
            [Paragraph("Vetting, training and supporting our officers and staff", s["cell"]), Paragraph(dot(AMBER), dotcell)],
            [Paragraph("Keeping our safeguarding policies and procedures current", s["cell"]), Paragraph(dot(GREEN), dotcell)],
            [Paragraph("Hearing and acting on what children tell us", s["cell"]), Paragraph(dot(AMBER), dotcell)]]
    t = Table(rows, colWidths=[11.5 * cm, 4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (1, -1), "CENTER")]))
    st.append(t)
    st.append(Spacer(1, 3))
    st.append(Paragraph("Key: %s fully met, with evidence of impact &nbsp;&nbsp; %s partly met, actions in progress "
                        "&nbsp;&nbsp; %s not met" % (
                            dot(GREEN).replace('size="15"', 'size="11"'),
                            dot(AMBER).replace('size="15"', 'size="11"'),
                            dot(RED).replace('size="15"', 'size="11"')), s["small"]))
    st.append(Spacer(1, 6))
    st.append(Paragraph(
        "This return covers 1 April 2020 to 31 March 2021. It was prepared by the Public Protection Command with "
        "input from Contact Management, Custody, Learning and Development and Professional Standards, and should be "
        "read alongside the force Vulnerability Improvement Plan. In 2019/20 we assessed ourselves as amber on "
        "leadership and on listening to children. Our action plan for 2021/22 is attached at the end.", s["body"]))

    st.append(Paragraph("1. Leadership and accountability", s["h2"]))
    st.append(Paragraph(
        "Detective Superintendent Claire Ashdown, Head of Public Protection, is the force's named strategic lead for "
        "safeguarding children and represents the Chief Constable on the HSCP Executive Group. DCI Paul Venning is "
        "the operational lead and chairs the force Child Protection Practice Group, which met monthly throughout "
        "the year, including during the first lockdown when it moved online.", s["body"]))
    st.append(Paragraph(
        "Oversight sits with the Vulnerability Board, chaired by the Deputy Chief Constable. The Board received "
        "quarterly public protection performance reports and, in March 2021, signed off the refreshed Vulnerability "
        "Improvement Plan. The Police and Crime Commissioner holds the Chief Constable to account through the "
        "quarterly Accountability Board; child exploitation was the themed item in December 2020.", s["body"]))
    st.append(Paragraph(
        "Our internal assurance has moved on this year. A dedicated Public Protection Audit Team was established in "
        "September 2020 and has completed four thematic audits: exploitation flagging, the voice of the child in "
        "domestic abuse, missing from home debriefs, and attendance at Section 47 strategy discussions. Each audit "
        "reports to the Child Protection Practice Group with an action log and a re-audit date.", s["body"]))
    st.append(Paragraph(
        "The independent peer review of our Child Abuse Investigation Team (CAIT) in November 2020 made eleven "
        "recommendations. Ten are closed and the last, a second CAIT supervisor for the east of the county, was "
        "filled in July 2021. When the peer reviewers returned in June 2021 they found supervisory oversight "
        "recorded on every investigation they sampled, and investigators told them caseloads are now manageable. "
        "HMICFRS graded the force 'requires improvement' for protecting vulnerable people in its 2019 PEEL "
        "inspection; the 2021 revisit discharged the cause of concern about child protection referrals.", s["body"]))

    st.append(Paragraph("2. Safer recruitment, vetting, training and development", s["h2"]))
    st.append(Paragraph(
        "All officers, staff, special constables and volunteers are vetted before appointment to at least "
        "Recruitment Vetting level, and those in public protection posts to Management Vetting. Vetting renewals "
        "were kept up throughout 2020/21 and there is no backlog.", s["body"]))
    st.append(Paragraph(
        "Mandatory training is where we have fallen short. The Child Centred Policing package (e-learning plus a "
        "half-day classroom input) was launched in February 2020. By 31 March 2021, 1,412 of 2,106 frontline "
        "officers and staff (67%) had completed it, against our target of 90%. Classroom sessions were suspended "
        "from March to August 2020 and again from January 2021. The remaining 694 staff are booked on sessions by "
        "December 2021 and completion is now reported monthly to the Vulnerability Board.", s["body"]))
    st.append(Paragraph(
        "New CAIT and MASH staff complete a two-week induction, and 19 investigators completed the Specialist Child "
        "Abuse Investigator Development Programme in the year. Monthly reflective supervision is in place for CAIT "
        "investigators but has not yet been extended to MASH researchers; this is an action for 2021/22.", s["body"]))
    st.append(Paragraph(
        "Allegations against officers and staff who work with children are managed by the Professional Standards "
        "Department in line with HSCP procedures. Fourteen matters were referred to the LADO in 2020/21, all within "
        "one working day.", s["body"]))

    st.append(Paragraph("3. Safeguarding policies and procedures", s["h2"]))
    st.append(Paragraph(
        "The force Child Protection Policy was reviewed in July 2020 and aligned with the HSCP online procedures "
        "manual. All public protection policies now sit in one place on the intranet, each with a named owner and a "
        "review date. During the year we also published or refreshed:", s["body"]))
    st.append(B("the Missing Children procedure, including the Philomena Protocol, launched with all 23 children's "
                "homes in the county in February 2021;", s))
    st.append(B("the Child Exploitation procedure, updated after the HSCP exploitation strategy in October 2020;", s))
    st.append(B("Voice of the Child guidance for frontline officers, issued in November 2020.", s))
    st.append(Paragraph(
        "The joint MASH information-sharing agreement was re-signed by all partners in October 2020. Operation "
        "Encompass notifications now reach schools before 9am on the next school day. A dip sample in May 2021 "
        "found all 40 sampled notifications had been sent on time, and head teachers at the Encompass forum told "
        "us the early notice means a key adult is ready when the child arrives.", s["body"]))
    st.append(Paragraph(
        "Officers used the HSCP escalation protocol on six occasions and it was used with us twice. All eight "
        "were resolved at the second stage or earlier, and the learning from two of them (about strategy "
        "discussion attendance) has been built into the CAIT induction.", s["body"]))

    st.append(Paragraph("4. Listening to children and young people", s["h2"]))
    st.append(Paragraph(
        "We have made a start but are not yet where we want to be. The Voice of the Child audit in January 2021 "
        "looked at 60 domestic abuse incident records where children were present. The child's own words, behaviour "
        "or demeanour were recorded in 34 of them (57%). The better examples mostly used body-worn video to capture "
        "how the child presented. A re-audit is planned for November 2021.", s["body"]))
    st.append(Paragraph(
        "Our Youth Independent Advisory Group (YIAG) was set up in January 2020 with 12 young people aged 14 to 19. "
        "Because of COVID-19 it only met twice in the year, online, and gave feedback on the stop and search leaflet "
        "and on our social media. We do not yet have a reliable way of telling young people what changed as a "
        "result of their feedback.", s["body"]))

    st.append(Paragraph("Common questions", s["h2"]))
    st.append(Paragraph("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", s["h3"]))
    st.append(Paragraph(
        "Hollinsdale County Council introduced a daily domestic abuse triage meeting in the MASH from October 2020, "
        "attended by police, children's social care, health and the IDVA service. Decisions that used to take "
        "several days are now made the same morning, and our officers say the quality of the police information "
        "shared has improved because they know how it will be used.", s["body"]))
    st.append(Paragraph("Q2. RAG self-rating against each standard", s["h3"]))
    st.append(Paragraph("Please see the summary table on page 1.", s["body"]))
    st.append(Paragraph("Q3. Commitment to the partnership's multi-agency training", s["h3"]))
    st.append(Paragraph(
        "The force remains committed to the HSCP training programme. In 2020/21, 38 officers and staff attended "
        "HSCP virtual courses, mainly on neglect, child exploitation and the Graded Care Profile 2. A CAIT detective "
        "sergeant co-delivers the HSCP 'Working Together' course and will continue to do so in 2021/22.", s["body"]))
    st.append(Paragraph("Q4. Is single and multi-agency training having an impact on practice?", s["h3"]))
    st.append(Paragraph(
        "Partly. The MASH triage audit in March 2021 showed better police referrals, with the risk to the child "
        "stated clearly in most cases. The Voice of the Child audit shows that training has not yet changed "
        "frontline recording consistently, which is why Child Centred Policing completion is our priority.", s["body"]))
    st.append(Paragraph("Q5. How do you know you have improved?", s["h3"]))
    st.append(Paragraph(
        "Through the audit programme described above, CAIT caseload and supervision data, the peer review revisit "
        "and feedback from schools through Operation Encompass. Repeat domestic abuse incidents where children were "
        "present fell from 31% of incidents in 2019/20 to 26% in 2020/21.", s["body"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Signed: <i>C. Ashdown</i>", s["body"]))
    st.append(Paragraph("Detective Superintendent Claire Ashdown, Head of Public Protection, 24 September 2021", s["body"]))

    # Landscape action plan (RAG = progress of actions, not the self-rating)
    st.append(NextPageTemplate("landscape"))
    st.append(PageBreak())
    st.append(Paragraph("Section 11 Action Plan 2021/22 - progress at September 2021", s["h2"]))
    hdr = ["No.", "Standard", "Action", "Owner", "Target date", "Progress (RAG)"]
    acts = [
        ["1", "2", "Complete Child Centred Policing training for the remaining 694 staff", "Head of L&amp;D", "31/12/2021", ("Amber", AMBER)],
        ["2", "2", "Extend monthly reflective supervision to MASH researchers", "DCI Venning", "31/10/2021", ("Green", GREEN)],
        ["3", "4", "Re-audit the voice of the child in domestic abuse records", "PP Audit Team", "30/11/2021", ("Green", GREEN)],
        ["4", "4", "Create a 'you said, we did' page for the YIAG on the force website", "Corporate Comms", "31/01/2022", ("Red", RED)],
        ["5", "3", "Review use of the Philomena Protocol with children's homes", "Missing Coordinator", "31/03/2022", ("Amber", AMBER)],
        ["6", "1", "Six-monthly Section 11 progress report to the Vulnerability Board", "D/Supt Ashdown", "31/03/2022", ("Green", GREEN)],
        ["7", "3", "Publish revised Section 47 strategy discussion guidance", "DI Ruth Callard", "30/06/2021", ("Complete", GREEN)],
    ]
    data = [[Paragraph(h, s["cellb"]) for h in hdr]]
    for a in acts:
        row = [Paragraph(x, s["cell"]) for x in a[:5]]
        txt, col = a[5]
        row.append(Paragraph('<font color="%s"><b>%s</b></font>' % (col, txt), s["cell"]))
        data.append(row)
    t = Table(data, colWidths=[1.1 * cm, 2.2 * cm, 11.3 * cm, 4.2 * cm, 2.7 * cm, 3.2 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph("RAG in this table shows progress against each action: Green = on track or complete, "
                        "Amber = some slippage, Red = off track. It is not a self-rating of the standard.", s["small"]))

    nc = numbered_canvas("Page {p} of {n}", F, 7.5)
    data = pdf_bytes(st, on_page, "Section 11 Self-Assessment 2020-21", "Hollinsdale Constabulary",
                     "HSCP Section 11 return", nc, landscape_template=True)
    gold = dict(
        file=fname, agency=["Hollinsdale Constabulary", "HC"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_must_include={
            "1": ["quarterly public protection performance reports", "Ten are closed and the last",
                  "supervisory oversight recorded on every investigation"],
            "2": ["frontline officers and staff (67%)", "against our target of 90%",
                  "not yet been extended to MASH researchers"],
            "3": ["information-sharing agreement was re-signed", "all 40 sampled notifications",
                  "launched with all 23 children's"],
            "4": ["recorded in 34 of them (57%)", "it only met twice in the year",
                  "stop and search leaflet"],
        },
        gaps_expected={}, personal_data=[], late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 2. Hollinsdale and Marbury Hospitals NHS FT - Word; bold ALL-CAPS paragraph headings;
#    "Self-rating - G" / "RAG: A"; standard 2 over-rated (G while text admits big shortfalls)
# ==============================================================================================
@register
def acute_trust():
    fname = "c-hollinsdale-marbury-hospitals-s11-2021.docx"
    d = new_docx("Arial", 11)
    docx_header_footer(d, "OFFICIAL  |  Hollinsdale and Marbury Hospitals NHS Foundation Trust  |  Section 11 Audit 2020-21",
                       "Version 3 FINAL - approved by Safeguarding Committee 16/09/2021", page_fmt="Page {PAGE}")
    H = lambda t: P(d, t.upper(), bold=True, keep_next=True, space_after=4)
    H("Section 11 self-assessment 2020-21")
    H("Hollinsdale and Marbury Hospitals NHS Foundation Trust")
    P(d, "Return to: Hollinsdale Safeguarding Children Partnership (HSCP) Business Unit")
    P(d, "Lead for this return: Joanne Pritchard, Head of Safeguarding (Children and Adults)")
    P(d, "Executive sign-off: Dr Alison Keyworth, Chief Nurse")

    H("Introduction")
    P(d, "The Trust provides acute services from Brackenford General Hospital and Marbury Royal Infirmary, and "
         "community children's services (health visiting, school nursing and community paediatrics) across the "
         "county. This return was completed by the Safeguarding Team and agreed at the Safeguarding Committee on "
         "16 September 2021. The year was dominated by the COVID-19 response, and safeguarding practitioners were "
         "redeployed to clinical areas for part of the first wave.")
    P(d, "Each standard is rated G (green), A (amber) or R (red) using the HSCP definitions. Last year's rating "
         "is shown in brackets.")

    H("Standard 1 - Leadership and accountability")
    P(d, "The Chief Nurse is the executive lead for safeguarding children and a Non-Executive Director, Mr Rajesh "
         "Bhandari, is the Board's safeguarding champion. The Named Doctor, Named Nurse and Named Midwife are all in "
         "post and have protected time written into their job plans.")
    P(d, "The Safeguarding Committee, chaired by the Chief Nurse, met every quarter throughout the pandemic and "
         "reports to the Quality and Safety Committee, which reports to the Board. The Board received the "
         "Safeguarding Annual Report in July 2021 and a mid-year update in January 2021.")
    P(d, "In February 2021 our internal auditors reviewed safeguarding governance and gave substantial assurance. "
         "Both of their minor recommendations were completed by May 2021. The Trust was rated Good by the CQC at its "
         "last inspection. Learning from the two HSCP rapid reviews we contributed to was shared through the "
         "Safeguarding Newsletter and at ED and paediatric governance meetings, and the review action on recording "
         "who accompanies an injured baby to ED is now part of the ED triage template.")
    P(d, "Self-rating - G   (2019-20: G)", bold=True)

    H("Standard 2 - Safer recruitment, training and supervision")
    P(d, "Pre-employment checks, including enhanced DBS with barred list checks for posts working with children, "
         "are completed by the Recruitment Team before any start date. During 2020/21 a backlog built up in "
         "three-yearly DBS renewals for existing staff in regulated activity, and at 31 March 2021 there were 212 "
         "renewals outstanding. A recovery plan has cleared 130 of them and the rest are due by the end of November "
         "2021.")
    P(d, "Safeguarding children training compliance at 31 March 2021:")
    BUL(d, "Level 1: 94% (target 90%)")
    BUL(d, "Level 2: 81% (target 90%)")
    BUL(d, "Level 3: 61% (target 90%), and 48% in the Emergency Department")
    P(d, "Face-to-face Level 3 training stopped in March 2020 and a virtual package was only available from "
         "November 2020.")
    P(d, "Safeguarding supervision is mandatory for health visitors, school nurses and community midwives. Health "
         "visitors and school nurses received supervision every three months, but only 40% of community midwives "
         "had their quarterly supervision during the year because of staffing pressures in maternity.")
    P(d, "Allegations about staff are managed under the Managing Allegations policy, with the Head of "
         "Safeguarding as named senior officer. Nine matters were referred to the LADO.")
    P(d, "We have rated this standard green because the shortfalls are a direct result of the pandemic and a "
         "recovery plan is in place for each of them.")
    P(d, "Self-rating - G   (2019-20: G)", bold=True)

    H("Standard 3 - Policies and procedures")
    P(d, "The Safeguarding Children Policy was reviewed and re-approved in October 2020 and links directly to the "
         "HSCP procedures. Staff can reach the Safeguarding Team for advice seven days a week, and 1,318 advice calls "
         "were logged in the year.")
    P(d, "The Child Protection Information Sharing system (CP-IS) is live in both Emergency Departments and the "
         "Paediatric Assessment Units but not yet in maternity; go-live there is planned for January 2022.")
    P(d, "Our 'Was Not Brought' policy for children who miss outpatient appointments has been drafted but is "
         "overdue for approval. An audit of 50 paediatric records in April 2021 found 38 children who missed "
         "appointments had been followed up as the draft policy requires. The HSCP escalation policy was used by "
         "Trust staff four times, all about discharge planning.")
    P(d, "Self-rating - A   (2019-20: A)", bold=True)

    H("Standard 4 - Voice of the child")
    P(d, "Children's views are sought through the Friends and Family Test, adapted for children and young people, "
         "and 642 responses were received from under-18s in 2020/21. The Young People's Health Forum met four times "
         "online and helped redesign the adolescent bay on Ward 9, which opened in May 2021.")
    P(d, "Record audits show the child's voice is captured in most community records but much less often in acute "
         "settings: a February 2021 audit found the child's views or presentation recorded in 22 of 40 ED "
         "attendances by children aged 11 and over. We have not yet closed the loop with young people "
         "systematically, and a 'you said, we did' display for the children's wards is planned for autumn 2021.")
    P(d, "Self-rating - A   (2019-20: A)", bold=True)

    H("Common questions")
    H("Q1 Multi-agency practice - something another agency did in 2020/21")
    P(d, "Hollinsdale Constabulary extended Operation Encompass notifications to school nurses in early 2021. Our "
         "school nurses now hear about domestic abuse incidents involving children on their caseload within a day "
         "and can offer contact before the next health appointment.")
    H("Q2 Self-rating")
    P(d, "Standard 1 RAG: G.  Standard 2 RAG: G.  Standard 3 RAG: A.  Standard 4 RAG: A.")
    P(d, "For information, safeguarding training compliance is rated amber on the Trust's corporate risk register "
         "(risk 1187).")
    H("Q3 Commitment to multi-agency training")
    P(d, "The Trust is committed to the HSCP programme. The Named Nurse sits on the Learning and Development "
         "subgroup and 64 Trust staff attended HSCP courses in the year. We will release staff for the new HSCP "
         "neglect course in 2021/22.")
    H("Q4 Impact of training on practice")
    P(d, "Course evaluations are positive. The MASH told us that 71% of ED referrals in Q4 met the threshold for "
         "social care, up from 55% in Q1, which we link to targeted ED training. We have not yet measured the "
         "impact of the virtual Level 3 package.")
    H("Q5 How we know we have improved")
    P(d, "Audit results, training data, MASH feedback and the internal audit opinion. The Safeguarding Committee "
         "reviews a safeguarding dashboard every quarter.")
    P(d, "")
    P(d, "Signed:  A. Keyworth")
    P(d, "Dr Alison Keyworth, Chief Nurse and Executive Lead for Safeguarding, 21 September 2021")

    created = dt.datetime(2021, 9, 14, 10, 12, 0)
    data = docx_bytes(d, "Section 11 Audit 2020-21 HMHFT", "Joanne Pritchard", created,
                      dt.datetime(2021, 9, 21, 16, 40, 0), revision=7, last_by="Alison Keyworth")
    gold = dict(
        file=fname, agency=["Hollinsdale and Marbury Hospitals NHS Foundation Trust", "HMHFT"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        evidence_must_include={
            "1": ["reviewed safeguarding governance and gave substantial assurance",
                  "Named Midwife are all in post", "now part of the ED triage template"],
            "2": ["Level 3: 61% (target 90%)", "212 renewals outstanding",
                  "only 40% of community midwives"],
            "3": ["has been drafted but is overdue for approval", "but not yet in maternity",
                  "re-approved in October 2020"],
            "4": ["recorded in 22 of 40 ED", "We have not yet closed the loop",
                  "642 responses were received"],
        },
        gaps_expected={"2": ["OVER_RATED"]}, personal_data=[], late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 3. Hollinsdale County Council Children's Services - Word covering letter, ratings inline in prose;
#    standard 4 UNDER-RATED (amber on strong dated, measured evidence)
# ==============================================================================================
@register
def council():
    fname = "c-hollinsdale-county-council-childrens-services-s11-2021.docx"
    d = new_docx("Calibri", 11, margins_cm=2.5)
    s0 = d.sections[0]
    s0.different_first_page_header_footer = True
    hp = s0.first_page_header.paragraphs[0]
    r = hp.add_run("Hollinsdale County Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    hp2 = s0.first_page_header.add_paragraph()
    r = hp2.add_run("Children's Services Directorate  |  County Hall, Castle Street, Brackenford ZX1 2AB  |  "
                    "Tel 07700 900114")
    r.font.size = Pt(8.5)
    fp = s0.first_page_footer.paragraphs[0]
    r = fp.add_run("Hollinsdale County Council - working together for Hollinsdale's children")
    r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_header_footer(d, "HSCP Section 11 2020/21 - Hollinsdale County Council Children's Services", "",
                       page_fmt="Page {PAGE} of {NUMPAGES}")

    P(d, "Our ref: CS/DCS/S11/2021/07", space_after=0)
    P(d, "Your ref: HSCP/S11/2020-21", space_after=0)
    P(d, "Date: 27 September 2021")
    for line in ["Ms Helen Ardwick", "Independent Chair", "Hollinsdale Safeguarding Children Partnership",
                 "c/o HSCP Business Unit, Floor 2, Ridley House", "Brackenford ZX1 4DN"]:
        P(d, line, space_after=0)
    P(d, "")
    P(d, "Dear Chair of the Partnership,")
    P(d, "Section 11 self-assessment 2020/21 - Children's Services", bold=True)
    P(d, "I am pleased to send you Children's Services' Section 11 self-assessment for 2020/21. As in previous "
         "years, rather than completing the template we have set out our assessment against each of the four "
         "partnership standards in this letter, with the common questions at the end. The assessment was prepared by "
         "our Quality Assurance and Safeguarding Unit and discussed at the Children's Services Leadership Team on "
         "21 September 2021. It covers a year in which our teams kept visiting children face to face throughout the "
         "lockdowns, and I want to thank them for that.")
    PR(d, [("Leadership and accountability. ", {"bold": True}),
           "As Director of Children's Services I am the accountable officer for safeguarding in the Council, and "
           "Cllr Maureen Tasker, Lead Member for Children and Families, holds me to account through monthly "
           "briefings and the Cabinet's quarterly performance report. The Children's Services Improvement Board, "
           "chaired by the Chief Executive, met every six weeks throughout the year and kept oversight of practice "
           "during the pandemic, including a weekly risk meeting on vulnerable children from April to July 2020."])
    P(d, "Our quality assurance framework has matured. Every month team managers audit a sample of cases against a "
         "single practice standard, and the audits are moderated by the Quality Assurance and Safeguarding Unit. By "
         "the spring of 2021 moderators were agreeing with auditors' judgements in nearly every case, and the themes "
         "from audit now drive the annual workforce development plan. When Ofsted made a focused visit in February "
         "2021 it found that leaders had kept a clear line of sight on frontline practice and made no priority "
         "actions. Our last full inspection, in 2019, judged services Good.")
    P(d, "Since April 2020 every new contract for children's services has included a Section 11 compliance "
         "clause, and the Commissioning Team checked compliance at each annual contract review. We have therefore "
         "rated ourselves green for leadership and accountability, as we did last year.")
    PR(d, [("Our workforce. ", {"bold": True}),
           "All recruitment panels include a manager who has completed safer recruitment training, and enhanced DBS "
           "checks are renewed every three years for staff in regulated activity. Our Social Work Academy took in "
           "24 newly qualified social workers in 2020/21, each with a protected caseload for their assessed year. "
           "Stability has improved markedly: the proportion of agency social workers fell from 21% to 12% over the "
           "year and the average caseload of 17 children in March 2021 is the lowest we have recorded."])
    P(d, "A supervision audit in November 2020 found that supervision was regular, recorded and reflective in the "
         "large majority of cases sampled, and in this year's staff health check 86% of social workers said they "
         "receive the supervision they need. Allegations against our own staff and foster carers are managed "
         "through the LADO service, which the Council hosts. Our self-assessment for standard 2 is therefore green.")
    PR(d, [("Policies and procedures. ", {"bold": True}),
           "Our practice guidance is aligned with the HSCP online procedures and was reviewed in full in July 2020. "
           "Partners used the HSCP escalation protocol to challenge our decisions 23 times in the year, and 19 of "
           "these were resolved at the first stage. We also know where we have fallen behind. The refresh of our "
           "Neglect Strategy is six months behind schedule and is now due to go to the HSCP in December 2021. The "
           "child exploitation pathway is being redesigned with the police and will not be in place until January "
           "2022. We received only three private fostering notifications in the year, which tells us awareness is "
           "low, and a campaign with schools and GPs is planned for early 2022. We judge standard 3 to be amber."])
    PR(d, [("Listening to children and young people. ", {"bold": True}),
           "Hollinsdale Voices, our Children in Care Council, met eleven times online during 2020/21, and its "
           "members presented directly to the Corporate Parenting Board in October 2020 and March 2021. In 2020/21, "
           "94% of children in care aged four and over took part in their review, up from 86% the year before. "
           "We launched the Mind of My Own app in June 2020 and by March 2021 had received 1,046 statements from 313 "
           "children and young people, each one answered by their worker."])
    P(d, "Children's views have changed what we do. Care leavers told us that council tax was their biggest worry "
         "when they first lived alone; Cabinet agreed in February 2021 to exempt care leavers up to age 25 from "
         "April 2021. Young inspectors sat on eight interview panels for managers, and our 'You Said, We Did' "
         "newsletter went to every child in care four times in the year. An independent evaluation by the "
         "University of Brackenford in April 2021 found children's wishes recorded and reflected in the plans of "
         "nearly all the children it sampled. Even so, we have kept our rating for listening to children at amber, "
         "as last year, because there is always more to do and we would rather be cautious until our new "
         "participation strategy has been in place for a full year.")
    PR(d, [("The common questions. ", {"bold": True}),
           "You asked what another agency has done this year that improved multi-agency practice. I would single out "
           "Hollinsdale and Marbury Hospitals, whose decision to place a safeguarding nurse in the MASH from November "
           "2020 means that health information is now available at the point of decision for almost every contact."])
    P(d, "Our ratings against the four standards are as set out above: green for leadership and for our workforce, "
         "and amber for policies and procedures and for listening to children.")
    P(d, "We remain fully committed to the partnership's multi-agency training programme. The Council hosts the "
         "HSCP training coordinator, and 212 of our staff attended HSCP courses in 2020/21. Our advanced "
         "practitioners co-deliver the Graded Care Profile 2 and the child exploitation courses.")
    P(d, "Training is having an impact. Social workers' use of the Graded Care Profile 2 in neglect cases rose "
         "after the course was moved online, and the HSCP neglect audit in March 2021 found the tool used in most "
         "of the cases where it should have been. We know we have improved because our audit findings, "
         "workforce data and the views of children and families all point the same way, and because Ofsted's "
         "focused visit confirmed it.")
    P(d, "Please contact Sarah Quinlan, Head of Quality Assurance and Safeguarding, if you would like any of the "
         "evidence referred to in this letter.")
    P(d, "Yours sincerely,")
    P(d, "M. Ellery", italic=True, size=14)
    P(d, "Mark Ellery", space_after=0)
    P(d, "Director of Children's Services, Hollinsdale County Council")
    P(d, "cc: Cllr Maureen Tasker, Lead Member for Children and Families", size=9)

    created = dt.datetime(2021, 9, 20, 9, 30, 0)
    data = docx_bytes(d, "Section 11 letter 2021", "Sarah Quinlan", created,
                      dt.datetime(2021, 9, 27, 11, 5, 0), revision=5, last_by="Mark Ellery")
    gold = dict(
        file=fname, agency=["Hollinsdale County Council Children's Services", "HCC"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "amber"},
        evidence_supports={"1": "green", "2": "green", "3": "amber", "4": "green"},
        evidence_must_include={
            "1": ["Children's Services Improvement Board", "included a Section 11 compliance clause",
                  "moderators were agreeing with auditors' judgements"],
            "2": ["fell from 21% to 12%", "average caseload of 17 children",
                  "supervision audit in November 2020"],
            "3": ["six months behind schedule", "only three private fostering notifications",
                  "will not be in place until January"],
            "4": ["1,046 statements from 313", "Cabinet agreed in February 2021",
                  "94% of children in care aged four"],
        },
        gaps_expected={"4": ["UNDER_RATED"]}, personal_data=[], late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 4. Thornbridge Learning Trust - PDF form; checkbox ratings "[x] Amber"; standard 4 has no box
#    ticked (MISSING_RATING); Q1 "N/A"
# ==============================================================================================
@register
def mat():
    fname = "c-thornbridge-learning-trust-s11-2021.pdf"
    F = "Helvetica"
    s = styles_for(F, 10)

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(2 * cm, h - 1.3 * cm, "HSCP Section 11 / Section 175 Self-Assessment Tool 2020-21")
        c.drawRightString(w - 2 * cm, h - 1.3 * cm, "Thornbridge Learning Trust")
        c.drawString(2 * cm, 1.1 * cm, "Return to hscp.business@hollinsdale.example by 30 September 2021")
        c.restoreState()

    def box(sel):
        opts = ["Green", "Amber", "Red"]
        return "Self-rating:&nbsp;&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            ("[x] " if o == sel else "[&nbsp;&nbsp;] ") + o for o in opts)

    def field_table(rows):
        t = Table([[Paragraph(a, s["cellb"]), Paragraph(b, s["cell"])] for a, b in rows],
                  colWidths=[4.5 * cm, 12.5 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED"))]))
        return t

    st = []
    st.append(Paragraph("Section 11 Self-Assessment 2020-21", s["h1"]))
    st.append(field_table([
        ["Name of organisation", "Thornbridge Learning Trust (8 academies: 6 primary, 2 secondary)"],
        ["Completed by", "Owen Hale, Director of Education and Trust Safeguarding Lead"],
        ["Contact", "07700 900562"],
        ["Date completed", "29 September 2021"],
        ["Last year's self-ratings (2019-20)", "Standard 1 Amber, Standard 2 Green, Standard 3 Amber, Standard 4 Amber"],
    ]))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Please rate each standard Green (fully met, with evidence of impact), Amber (partly met) or "
                        "Red (not met) by marking one box.", s["small"]))

    st.append(Paragraph("Standard 1: Leadership and accountability", s["h2"]))
    st.append(Paragraph("<b>What is in place / evidence</b>", s["body"]))
    st.append(B("The Trust Board appointed a link trustee for safeguarding, Mrs Anita Ghosh, in January 2021. Before "
                "that, safeguarding reports went to the full Board each term but no trustee had the lead.", s))
    st.append(B("Each academy has a Designated Safeguarding Lead (DSL) and at least one deputy. The Trust Safeguarding "
                "Lead chairs a DSL network every half term; it met six times in 2020-21, online from November.", s))
    st.append(B("Local governing bodies each have a safeguarding governor who meets the DSL termly.", s))
    st.append(B("The annual safeguarding audit was completed by 6 of 8 academies in 2020-21. Wyreham Primary and "
                "St Cuthbert's Junior have not yet returned theirs.", s))
    st.append(Paragraph("<b>Areas for development</b>", s["body"]))
    st.append(B("Outstanding audits to be completed by December 2021 and reported to the Trust Board in January 2022.", s))
    st.append(B("Link trustee to carry out a safeguarding visit to every academy during 2021-22.", s))
    st.append(Paragraph(box("Amber"), s["body"]))

    st.append(Paragraph("Standard 2: Safe recruitment, induction, training and development", s["h2"]))
    st.append(Paragraph("<b>What is in place / evidence</b>", s["body"]))
    st.append(B("The single central record was audited in all eight academies by the Trust HR lead in November 2020 "
                "and no gaps were found. A follow-up spot check in June 2021 confirmed this.", s))
    st.append(B("Every interview panel includes a member who has completed safer recruitment training; 23 staff "
                "across the Trust now hold the certificate.", s))
    st.append(B("All staff read Keeping Children Safe in Education Part 1 in September 2020 and completed annual "
                "safeguarding training, including supply and support staff. New staff complete induction before "
                "working unsupervised with pupils.", s))
    st.append(B("All DSLs and deputies have completed DSL training within the last two years.", s))
    st.append(B("From September 2020 every DSL receives termly supervision from an external supervisor. DSLs told "
                "the network this helped them manage the pressure of the lockdown periods.", s))
    st.append(B("Three allegations against staff were referred to the LADO and managed in line with HSCP procedures.", s))
    st.append(Paragraph("<b>Areas for development</b>", s["body"]))
    st.append(B("None identified this year; we will keep the supervision model under review.", s))
    st.append(Paragraph(box("Green"), s["body"]))

    st.append(Paragraph("Standard 3: Safeguarding policies and procedures", s["h2"]))
    st.append(Paragraph("<b>What is in place / evidence</b>", s["body"]))
    st.append(B("A single Trust Child Protection Policy, based on the HSCP model policy, was adopted in September 2020 "
                "and is published on every academy website.", s))
    st.append(B("CPOMS is used for recording concerns in 7 of 8 academies. Woodhouse Lane Primary still uses paper "
                "records and will move to CPOMS in January 2022.", s))
    st.append(B("The online safety policy was updated in October 2020 to cover remote learning.", s))
    st.append(B("Children missing education and attendance procedures were reviewed with the council's Education "
                "Welfare Service in 2020.", s))
    st.append(Paragraph("<b>Areas for development</b>", s["body"]))
    st.append(B("At the DSL network in March 2021 several DSLs said they were unsure when to use the HSCP escalation "
                "protocol, and it was used only once across the Trust all year. Briefing planned for autumn 2021.", s))
    st.append(Paragraph(box("Amber"), s["body"]))

    st.append(Paragraph("Standard 4: Listening to children and young people", s["h2"]))
    st.append(Paragraph("<b>What is in place / evidence</b>", s["body"]))
    st.append(B("Every academy has an elected school council, and both secondaries have student safeguarding "
                "ambassadors.", s))
    st.append(B("A pupil voice safeguarding survey was run in spring 2021 in six academies; 1,870 pupils responded "
                "and 82% said there is an adult in school they can talk to if they are worried.", s))
    st.append(B("Older pupils asked for more teaching on healthy relationships and online pressure, and the PSHE "
                "programme at both secondaries was changed for 2021-22 as a result.", s))
    st.append(B("Worry boxes are in place in all primary classrooms.", s))
    st.append(Paragraph("<b>Areas for development</b>", s["body"]))
    st.append(B("The survey was not run at two academies because of the January 2021 lockdown.", s))
    st.append(B("Not all academies have told pupils what changed after the survey.", s))
    st.append(Paragraph(box(None), s["body"]))

    st.append(Paragraph("Common questions", s["h2"]))
    cq = [
        ["Q1. Something another agency has done during 2020-21 that improved multi-agency practice", "N/A"],
        ["Q2. RAG self-rating against each standard", "See the self-rating boxes under each standard."],
        ["Q3. Commitment to the partnership's multi-agency training",
         "We will continue to release DSLs and deputies for HSCP courses. 14 Trust staff attended HSCP training in "
         "2020-21, including the new online harmful sexual behaviour course."],
        ["Q4. Is single and multi-agency training having an impact on practice?",
         "Yes. DSLs report that referrals to the MASH are better evidenced, and the MASH returned fewer of our "
         "referrals for more information than in 2019-20."],
        ["Q5. How do you know you have improved?",
         "Through our annual safeguarding audits, the single central record checks, pupil voice surveys and DSL "
         "supervision. No academy was inspected by Ofsted during 2020-21; Thornleigh Primary had a monitoring "
         "inspection in May 2021 with no concerns raised."],
    ]
    t = Table([[Paragraph(a, s["cellb"]), Paragraph(b, s["cell"])] for a, b in cq], colWidths=[6 * cm, 11 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Spacer(1, 12))
    st.append(Paragraph("Signed (CEO): <i>K. Aske</i>&nbsp;&nbsp;&nbsp;&nbsp; Dr Karen Aske, Chief Executive Officer", s["body"]))
    st.append(Paragraph("Signed (Trust Safeguarding Lead): <i>O. Hale</i>&nbsp;&nbsp;&nbsp;&nbsp; Date: 29/09/2021", s["body"]))

    nc = numbered_canvas("Page {p} of {n}", "Helvetica", 8, align="right")
    data = pdf_bytes(st, on_page, "HSCP Section 11 2020-21 Thornbridge", "Owen Hale", "Section 11 return", nc)
    gold = dict(
        file=fname, agency=["Thornbridge Learning Trust", "TLT"],
        self_ratings={"1": "amber", "2": "green", "3": "amber", "4": None},
        evidence_supports={"1": "amber", "2": "green", "3": "amber", "4": "amber"},
        evidence_must_include={
            "1": ["completed by 6 of 8 academies", "link trustee for safeguarding",
                  "met six times in 2020-21"],
            "2": ["audited in all eight academies", "now hold the certificate", "termly supervision from an external supervisor"],
            "3": ["used only once across the Trust", "CPOMS is used for recording concerns",
                  "adopted in September 2020"],
            "4": ["1,870 pupils responded", "changed for 2021-22 as a result",
                  "Not all academies have told pupils"],
        },
        gaps_expected={"4": ["MISSING_RATING"]}, personal_data=[], late=False,
        common_questions_answered=allq(Q1=False),
    )
    return fname, data, gold


# ==============================================================================================
# 5. Kestrel Bridge Community Youth Club - tiny voluntary group, Word, bullets, ~1 page;
#    standard 4 absent (MISSING_SECTION); honest Red on standard 3; Q5 absent
# ==============================================================================================
@register
def youth_club():
    fname = "c-kestrel-bridge-youth-club-s11-2021.docx"
    d = new_docx("Calibri", 11, margins_cm=2.0)
    docx_header_footer(d, "Kestrel Bridge Community Youth Club", "", page_fmt="{PAGE}")
    P(d, "Kestrel Bridge Community Youth Club", bold=True, size=16, space_after=2)
    P(d, "Section 11 self-assessment 2020-21 for Hollinsdale Safeguarding Children Partnership", bold=True)
    P(d, "Filled in by Sandra Lowe (Chair and Safeguarding Lead) on 20 September 2021. Phone 07700 900417.")

    P(d, "About us", bold=True, space_after=2)
    BUL(d, "Volunteer-run youth club in Kestrel Bridge village hall, Tuesday and Friday evenings, ages 11 to 17")
    BUL(d, "About 40 young people a week before COVID, about 25 now")
    BUL(d, "Closed from March to September 2020, then outdoor sessions and a weekly online quiz")
    BUL(d, "11 volunteers and 2 paid sessional youth workers")

    P(d, "1. Leadership and accountability - AMBER", bold=True, space_after=2)
    BUL(d, "Sandra Lowe is our Designated Safeguarding Lead")
    BUL(d, "Safeguarding is a standing item at every committee meeting (6 meetings in 2020-21)")
    BUL(d, "We have had no deputy DSL since Mark left in November 2020 - we are looking for one")
    BUL(d, "We made 2 referrals to the MASH this year and 1 call to the police")

    P(d, "2. Staff and volunteers - AMBER", bold=True, space_after=2)
    BUL(d, "All 11 volunteers and both youth workers have an enhanced DBS (all checked in February 2021)")
    BUL(d, "7 of our 13 workers have done the HSCP basic safeguarding e-learning; the other 6 are booked before "
           "Christmas")
    BUL(d, "We take two references for every new volunteer")
    BUL(d, "No one on the committee has done safer recruitment training yet")

    P(d, "3. Policies and procedures - RED", bold=True, space_after=2)
    BUL(d, "Our child protection policy was written in 2016 and has not been updated since")
    BUL(d, "We know it does not match the current HSCP procedures (it still talks about the old LSCB)")
    BUL(d, "We have no online safety policy, even though we ran online sessions in lockdown")
    BUL(d, "Hollinsdale CVS is helping us write a new policy and we aim to adopt it at our AGM in December 2021")

    P(d, "Something another agency did that helped us", bold=True, space_after=2)
    BUL(d, "PCSO Dean Orme from the neighbourhood policing team came to a Friday session in March 2021 to talk "
           "about knife crime and county lines. It was really useful and he has offered to come back.")

    P(d, "Multi-agency training", bold=True, space_after=2)
    BUL(d, "We want to use HSCP courses but most are in the daytime when our volunteers are at work")
    BUL(d, "Evening or recorded online sessions would help us a lot")

    P(d, "Is training making a difference?", bold=True, space_after=2)
    BUL(d, "Yes. After the e-learning one of our volunteers noticed a worry about a young person and raised it "
           "with Sandra the same evening, and this became one of our MASH referrals.")

    P(d, "")
    P(d, "Signed: Sandra Lowe, Chair, Kestrel Bridge Community Youth Club")

    created = dt.datetime(2021, 9, 19, 20, 15, 0)
    data = docx_bytes(d, "Section 11", "Sandra Lowe", created, dt.datetime(2021, 9, 20, 21, 2, 0), revision=2)
    gold = dict(
        file=fname, agency=["Kestrel Bridge Community Youth Club", "KBCYC"],
        self_ratings={"1": "amber", "2": "amber", "3": "red", "4": None},
        evidence_supports={"1": "amber", "2": "amber", "3": "red"},
        evidence_must_include={
            "1": ["no deputy DSL since Mark left", "standing item at every committee meeting"],
            "2": ["7 of our 13 workers", "No one on the committee has done"],
            "3": ["written in 2016 and has not been updated", "We have no online safety policy"],
        },
        gaps_expected={"4": ["MISSING_SECTION"]}, personal_data=[], late=False,
        common_questions_answered=allq(Q5=False),
    )
    return fname, data, gold


# ==============================================================================================
# 6. Hollinsdale Homes - PDF; Sections I-V in roman numerals, standards in order 4,1,2,3; LATE;
#    standard 4 Green on assertions only (OVER_RATED)
# ==============================================================================================
@register
def housing():
    fname = "c-hollinsdale-homes-s11-2021.pdf"
    F = "Times-Roman"
    s = styles_for(F, 11)

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Times-Italic", 9)
        c.setFillColor(colors.HexColor("#4B2C5E"))
        c.drawString(2 * cm, h - 1.3 * cm, "Hollinsdale Homes - Section 11 Self-Assessment 2020/21")
        c.setFont("Times-Roman", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1.1 * cm, "Hollinsdale Homes is a registered provider of social housing. "
                                      "Registered office: Wyre House, Marbury ZX7 3LT")
        c.restoreState()

    def rating(word, col):
        return Paragraph('<b>Self-assessment rating: <font color="%s">%s</font></b>' % (col, word), s["body"])

    st = []
    st.append(Paragraph("Hollinsdale Homes", s["h1"]))
    st.append(Paragraph("Section 11 Self-Assessment Return to the Hollinsdale Safeguarding Children Partnership, "
                        "2020/21", s["h2"]))
    st.append(Paragraph("<b>Date submitted:</b> 15 October 2021", s["body"]))
    st.append(Paragraph(
        "<i>Please accept our apologies that this return is late. It was due on 30 September 2021 but was delayed "
        "by the change of Safeguarding Lead over the summer.</i>", s["body"]))
    st.append(Paragraph("<b>Completed by:</b> Priya Mannion, Safeguarding and Tenancy Sustainment Manager (in post "
                        "from 1 September 2021)", s["body"]))
    st.append(Paragraph("<b>Approved by:</b> Stephen Rourke, Director of Housing Services", s["body"]))
    st.append(Paragraph(
        "Hollinsdale Homes owns and manages 14,200 homes across Brackenford, Marbury and the Wyre valley and "
        "employs 380 staff. Around 6,100 of our households include children. Our staff enter tenants' homes every "
        "day for tenancy visits, repairs and support, and we are often the first to notice when something is wrong. "
        "Each section below ends with a self-assessment rating of GREEN, AMBER or RED as defined by the HSCP.",
        s["body"]))

    st.append(Paragraph("Section I - Listening to children and young people", s["h2"]))
    st.append(Paragraph(
        "Children and young people are at the heart of everything we do at Hollinsdale Homes. We listen to the "
        "children in our tenants' households and take their views seriously. All of our frontline staff understand "
        "the importance of the voice of the child and are committed to hearing it in every contact with a family.",
        s["body"]))
    st.append(Paragraph(
        "We are proud of our strong culture of putting children first. We always consider the impact on children "
        "when we make decisions about tenancies, repairs and anti-social behaviour, and our tenant engagement "
        "strategy recognises that young people are our future customers and that their voice matters.", s["body"]))
    st.append(rating("GREEN", GREEN))

    st.append(Paragraph("Section II - Leadership and accountability", s["h2"]))
    st.append(Paragraph(
        "The Director of Housing Services is our executive lead for safeguarding, and the Board's Customer and "
        "Quality Committee receives a safeguarding report twice a year. The Safeguarding Lead post was vacant from "
        "June to August 2021; during that time cases were overseen by the Head of Tenancy, but the team's "
        "quarterly reporting to the Committee was missed in July.", s["body"]))
    st.append(Paragraph(
        "Internal audit reviewed our safeguarding arrangements in January 2021 and gave reasonable assurance. Its "
        "main recommendation was that safeguarding concerns are recorded on the housing management system rather "
        "than in email folders; that work is about 60% complete and due to finish in December 2021. Safeguarding "
        "is currently rated amber on our corporate risk register. We joined the HSCP Housing Forum in 2020 and "
        "attended three of its four meetings.", s["body"]))
    st.append(Paragraph(
        "Last year we rated this standard green. We have lowered it this year because of the vacancy and the audit "
        "findings.", s["body"]))
    st.append(rating("AMBER", AMBER))

    st.append(Paragraph("Section III - Safer recruitment, training and development", s["h2"]))
    st.append(Paragraph(
        "Enhanced DBS checks are carried out for the 142 posts whose holders visit households with children "
        "(tenancy officers, income officers and support workers), and all were in date at March 2021. Safeguarding "
        "e-learning is mandatory for all staff every two years; completion was 78% at 31 March 2021 against our "
        "target of 95%. In November 2020, 46 frontline staff attended a half-day Think Family session run with the "
        "HSCP trainer.", s["body"]))
    st.append(Paragraph(
        "We ask our main repairs contractors to confirm that operatives entering occupied homes are DBS checked. "
        "So far only 2 of our 5 main contractors have given us this evidence, and we are writing the requirement "
        "into contract renewals from April 2022. Allegations against staff are handled by HR with advice from the "
        "LADO; there was one referral in the year.", s["body"]))
    st.append(rating("AMBER", AMBER))

    st.append(Paragraph("Section IV - Safeguarding policies and procedures", s["h2"]))
    st.append(Paragraph(
        "Our Safeguarding Children and Adults Policy was fully reviewed in December 2020, approved by the Board in "
        "January 2021, and cross-refers to the HSCP procedures and escalation protocol. Every member of staff has a "
        "pocket 'Worried about a child?' card with the MASH and out-of-hours numbers.", s["body"]))
    st.append(Paragraph(
        "In 2020/21 staff raised 63 safeguarding concerns about children. All were reviewed by the safeguarding "
        "team and 41 were referred to the MASH. When we sampled 20 of those referrals in April 2021, every one had "
        "been made on the day the concern was raised and set out who lived in the household. We signed an "
        "information sharing agreement with the council's anti-social behaviour team and the police in September "
        "2020.", s["body"]))
    st.append(Paragraph(
        "Since October 2020 tenancy staff check whether there are children in the household before any possession "
        "action for rent arrears. The council's Housing Options team told us this led to three families being "
        "referred to Early Help before court action rather than after it.", s["body"]))
    st.append(rating("GREEN", GREEN))

    st.append(Paragraph("Section V - Questions for all partners", s["h2"]))
    st.append(Paragraph("<b>(a) Something another agency did that improved multi-agency practice.</b> The council's "
                        "Early Help service gave each of our housing patches a named link worker from January 2021. "
                        "Our officers now phone someone they know, and joint visits happen within days.", s["body"]))
    st.append(Paragraph("<b>(b) RAG self-ratings.</b> Listening to children: Green. Leadership: Amber. Recruitment "
                        "and training: Amber. Policies and procedures: Green.", s["body"]))
    st.append(Paragraph("<b>(c) Multi-agency training.</b> We are committed to the HSCP programme and will send "
                        "frontline staff to the neglect and exploitation courses in 2021/22. Our new Safeguarding "
                        "Lead has booked the Working Together course.", s["body"]))
    st.append(Paragraph("<b>(d) Is training having an impact?</b> Staff who attended Think Family raised more "
                        "concerns in the following quarter than those who did not, and the quality of their "
                        "referrals was higher in our April 2021 sample.", s["body"]))
    st.append(Paragraph("<b>(e) How do we know we have improved?</b> The internal audit, our referral sampling and "
                        "feedback from Early Help and Housing Options.", s["body"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("Signed: <i>S. Rourke</i>", s["body"]))
    st.append(Paragraph("Stephen Rourke, Director of Housing Services, 15 October 2021", s["body"]))

    nc = numbered_canvas("Page {p}", "Times-Roman", 8, align="right")
    data = pdf_bytes(st, on_page, "Section 11 Self-Assessment 2020-21", "Hollinsdale Homes",
                     "HSCP Section 11", nc)
    gold = dict(
        file=fname, agency=["Hollinsdale Homes", "HH"],
        self_ratings={"1": "amber", "2": "amber", "3": "green", "4": "green"},
        evidence_supports={"1": "amber", "2": "amber", "3": "green", "4": "red"},
        evidence_must_include={
            "1": ["Safeguarding Lead post was vacant", "about 60% complete",
                  "We have lowered it this year"],
            "2": ["completion was 78% at 31 March 2021", "only 2 of our 5 main contractors"],
            "3": ["fully reviewed in December 2020", "Housing Options team told us",
                  "sampled 20 of those referrals"],
            "4": ["Children and young people are at the heart", "committed to hearing it in every contact",
                  "strong culture of putting children first"],
        },
        gaps_expected={"4": ["OVER_RATED"]}, personal_data=[], late=True, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 7. Active Hollinsdale Leisure Trust - Word; Word checkboxes; combined section for standards 2+3
# ==============================================================================================
@register
def leisure():
    fname = "c-active-hollinsdale-leisure-s11-2021.docx"
    d = new_docx("Verdana", 10)
    docx_header_footer(d, "Active Hollinsdale Leisure Trust - Safeguarding Children - Section 11 Return 2020/21",
                       "Registered charity and company limited by guarantee", page_fmt="{PAGE}")
    BOX = "Segoe UI Symbol"

    def boxes(label, sel):
        runs = [(label, {"bold": True})]
        for o in ["Green", "Amber", "Red"]:
            runs.append(("  %s " % o, {}))
            runs.append(("\u2612" if o == sel else "\u2610", {"font": BOX}))
        return PR(d, runs)

    d.add_heading("Section 11 Self-Assessment 2020/21", level=0)
    P(d, "Organisation: Active Hollinsdale Leisure Trust (AHLT)", space_after=0)
    P(d, "Safeguarding lead: Marcus Delaney, Head of Operations and Lead Designated Safeguarding Officer", space_after=0)
    P(d, "Submitted: 22 September 2021")
    P(d, "AHLT runs nine leisure centres and four swimming pools for Hollinsdale County Council. Before the pandemic "
         "our swim school taught about 3,100 children a week and our holiday activity programme reached around "
         "1,500 children each summer. Our centres were closed for much of 2020/21 and reopened in stages from "
         "April 2021, so this return reflects a very unusual year.")
    P(d, "Ratings are shown with a cross in the box (\u2612) against Green, Amber or Red as defined by the HSCP.",
      italic=True, size=9)

    d.add_heading("1. Leadership and accountability", level=1)
    P(d, "Our Chief Executive is accountable for safeguarding, and trustee Dr Fiona Lake is the Board's "
         "safeguarding champion. The Safeguarding Steering Group, chaired by the Head of Operations, met every "
         "quarter during the closures and reports to each Board meeting, where safeguarding is a standing item. "
         "Every centre has a named Designated Safeguarding Officer (DSO).")
    P(d, "In October 2020 Hollinsdale Active Partnership carried out an external review of our arrangements "
         "against the safeguarding standards for sport and leisure providers. It found every standard met and "
         "highlighted our incident reporting system as good practice for other providers in the county.")
    P(d, "We also act on our own incidents. After a child was left waiting at a holiday club because a parent's "
         "collection arrangements had changed without us knowing, the Steering Group introduced a named "
         "collection password in August 2020. It reviewed the change in March 2021 with centre managers and no "
         "similar incident has happened since.")
    boxes("Self-rating:", "Green")
    P(d, "(2019/20: Green)", size=9)

    d.add_heading("2. Our people and our procedures (Standards 2 and 3)", level=1)
    P(d, "Our people", bold=True)
    P(d, "Swimming teachers, coaches and holiday activity staff are in regulated activity and all have enhanced DBS "
         "checks with a barred list check before they start. We use the DBS Update Service and re-check every "
         "three years. Recruiting managers must complete safer recruitment training, and 27 managers have done so.")
    P(d, "The gap is training for our casual workforce. By 31 March 2021, 74% of our 312 casual staff had "
         "completed the basic safeguarding course, against a target of 100%, because many were furloughed for "
         "most of the year. Catch-up sessions are being run in every centre before the autumn swim school term, "
         "and DSO refresher training is booked for November 2021. DSOs receive supervision from the Lead DSO each "
         "quarter. Two allegations against staff were referred to the LADO and handled in line with HSCP procedures.")
    boxes("Standard 2 - safe recruitment, induction and training:", "Amber")
    P(d, "Our procedures", bold=True)
    P(d, "The Child Safeguarding Policy was reviewed in September 2020 and again before reopening in April 2021 to "
         "cover COVID-19 changes such as staggered changing. Supporting procedures cover changing rooms, "
         "photography and filming, lost and uncollected children and one-to-one coaching, and all link to the HSCP "
         "procedures and escalation protocol.")
    P(d, "Staff raised 38 safeguarding concerns about children in the year. Each was logged on the safeguarding "
         "system within 24 hours and reviewed by the Steering Group, and 11 were referred to the MASH. When duty "
         "managers carried out spot checks in May 2021, staff at all nine centres could name their DSO and explain "
         "how to report a concern.")
    boxes("Standard 3 - safeguarding policies and procedures:", "Green")

    d.add_heading("3. Listening to children and young people", level=1)
    P(d, "Our Junior Members' Forum has nine members aged 11 to 16 and met three times in 2020/21, twice online. "
         "The Forum asked for a teenagers-only swim session, and we introduced a Friday evening Teen Swim at "
         "Brackenford and Marbury from June 2021. Children's comments cards are back in all centres since reopening.")
    P(d, "We know there are gaps. Younger children in the swim school are only heard through their parents' "
         "surveys, and we do not yet report back to Forum members on what happened to their suggestions. A "
         "feedback board in each centre is planned by March 2022.")
    boxes("Self-rating:", "Amber")

    d.add_heading("4. Partnership questions", level=1)
    P(d, "Q1 - Something another agency did that improved multi-agency practice", bold=True)
    P(d, "Hollinsdale Youth Justice Service worked with us to set up reparation placements at two centres. The YJS "
         "briefed our managers first, and the young people on placement were supervised jointly, which has built "
         "real trust between our staff and youth justice workers.")
    P(d, "Q2 - RAG ratings", bold=True)
    P(d, "Shown against each standard above.")
    P(d, "Q3 - Commitment to HSCP multi-agency training", bold=True)
    P(d, "All nine DSOs will attend at least one HSCP course in 2021/22, and the Lead DSO attends the HSCP "
         "Learning and Development subgroup.")
    P(d, "Q4 - Impact of training", bold=True)
    P(d, "Concerns logged after DSO training were more detailed and more often included what the child had said. "
         "We still need to measure the effect of training for casual staff once catch-up sessions are complete.")
    P(d, "Q5 - How we know we have improved", bold=True)
    P(d, "The external review, our incident and concerns log, DSO spot checks and feedback from the Junior "
         "Members' Forum.")
    P(d, "")
    P(d, "Signed:  L. Okafor", space_after=0)
    P(d, "Lorraine Okafor, Chief Executive, 22 September 2021")

    created = dt.datetime(2021, 9, 10, 14, 0, 0)
    data = docx_bytes(d, "S11 return 2020-21", "Marcus Delaney", created, dt.datetime(2021, 9, 22, 12, 30, 0),
                      revision=4, last_by="Lorraine Okafor")
    gold = dict(
        file=fname, agency=["Active Hollinsdale Leisure Trust", "AHLT"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_must_include={
            "1": ["found every standard met", "introduced a named collection password",
                  "Safeguarding Steering Group, chaired by the Head of Operations"],
            "2": ["74% of our 312 casual staff", "27 managers have done so"],
            "3": ["staff at all nine centres could name their DSO", "logged on the safeguarding system within 24 hours",
                  "reviewed in September 2020 and again"],
            "4": ["Friday evening Teen Swim", "do not yet report back to Forum members"],
        },
        gaps_expected={}, personal_data=[], late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 8. Hollinsdale Youth Justice Service - Word; "fully met / partially met" in prose;
#    case example with a child's personal data
# ==============================================================================================
@register
def yjs():
    fname = "c-hollinsdale-youth-justice-service-s11-2021.docx"
    d = new_docx("Arial", 10.5)
    docx_header_footer(d, "Hollinsdale Youth Justice Service  |  Section 11 Return 2020-21  |  OFFICIAL",
                       "HYJS, Ferrier House, 4 Mill Lane, Brackenford ZX2 8HU", page_fmt="Page {PAGE} of {NUMPAGES}")
    d.add_heading("Hollinsdale Youth Justice Service - Section 11 Return 2020-21", level=0)
    P(d, "Prepared by Danielle Fry, Head of Service, for the Hollinsdale Safeguarding Children Partnership. "
         "Date: 28 September 2021.")
    P(d, "Hollinsdale Youth Justice Service (HYJS) is a multi-agency service hosted by Hollinsdale County Council, "
         "with seconded staff from the police, probation, health and education. We worked with 141 children in "
         "2020/21. HM Inspectorate of Probation rated the service Good in 2019. We have used the partnership's "
         "'fully met / partially met / not met' wording for each standard.")

    d.add_heading("Standard 1: Leadership and accountability", level=1)
    P(d, "The Head of Service is the named safeguarding lead and is accountable to the Youth Justice Management "
         "Board, chaired by the Director of Children's Services. Board membership includes the police, the "
         "Probation Service, the CCG, the Hollinsdale and Marbury Hospitals Trust and the council's education "
         "service, and attendance stayed high throughout the year on Teams. In March 2021 the Board held a "
         "development day with case managers and young people that agreed the Youth Justice Plan for 2021-23.")
    P(d, "Managers audit a themed sample of AssetPlus assessments every quarter. The December 2020 audit of safety "
         "and wellbeing plans found that management oversight was often recorded without a clear decision, so we "
         "introduced a new oversight template in January 2021; the re-audit in May 2021 found it used on every case "
         "sampled. After the same audit showed that many children had unmet speech and language needs, the Board "
         "jointly commissioned a speech and language therapist, who has been in post since September 2020.")
    P(d, "We consider this standard fully met.")

    d.add_heading("Standard 2: Staff safe recruitment, induction, training and development", level=1)
    P(d, "All staff and our 22 Referral Order panel volunteers have enhanced DBS checks before they start, and "
         "volunteers complete a four-session induction. Case managers receive monthly clinical supervision from "
         "the CAMHS psychologist attached to the service as well as management supervision.")
    P(d, "Training has been harder to sustain. Staff turnover was high, with 5 of our 17 case managers leaving "
         "during the year. Only 6 of 10 eligible case managers have completed AIM3 training for work with harmful "
         "sexual behaviour, and new starters are waiting for places; trauma-informed practice training reached 80% "
         "of staff. A recruitment and retention plan went to the Board in June 2021.")
    P(d, "We consider this standard partially met.")

    d.add_heading("Standard 3: Safeguarding policies and procedures", level=1)
    P(d, "All HYJS procedures were reviewed in autumn 2020 against the HSCP procedures and our Child First "
         "principles. Our information sharing agreement with the police, health and education was re-signed in "
         "October 2020. Out-of-court disposals are decided at a joint panel with the police, and in November 2020 "
         "a scrutiny panel of magistrates reviewed a sample of decisions and found them proportionate and well "
         "recorded.")
    P(d, "We work closely with the custody suite at Brackenford. During the year no child was held overnight "
         "without the appropriate adult service being called, and the custody review group checked every overnight "
         "detention of a child. Our child criminal exploitation protocol, agreed with the police and children's "
         "social care in July 2020, means every child at risk of exploitation has a named lead professional.")
    P(d, "We consider this standard fully met.")

    d.add_heading("Standard 4: Listening to children and young people", level=1)
    P(d, "Our participation worker has been in post since 2019. Young people co-designed our 'Your Say' exit "
         "survey, and a young person sat on the interview panel for every case manager appointment in 2020/21. Our "
         "'You Said, We Did' board in reception and the quarterly young people's newsletter show what has changed.")
    P(d, "The biggest change came from young people telling us that our Brackenford office felt like a police "
         "station. From January 2021 we moved most appointments to youth centres, libraries and other community "
         "venues, and missed appointments fell in the following quarter. Exit survey comments show more young "
         "people now feel their worker listens to them.")
    P(d, "Case example", bold=True)
    P(d, "Jayden Marsh (born 14 March 2006) lives with his mother, Kerry Marsh, at 22 Foxglove Close, Brackenford "
         "ZX4 7QP, and attends the Brackenford Pupil Referral Unit (NHS number 999 482 1175). He was made subject "
         "to a Referral Order in September 2020. Jayden told his case manager he would not go to appointments at "
         "our office because he had been arrested nearby. His plan was changed so that he met his worker at the "
         "youth centre, and he helped write his own intervention plan. Jayden completed his order in June 2021 and "
         "now volunteers as a peer mentor with our participation group.")
    P(d, "We consider this standard fully met.")

    d.add_heading("Common questions", level=1)
    P(d, "1. Something another agency has done during 2020/21 that improved multi-agency practice", bold=True)
    P(d, "The CCG funded a liaison and diversion nurse in Brackenford custody from October 2020, who now sees "
         "every child brought into custody. Health needs are identified before charging decisions are made.")
    P(d, "2. RAG self-rating against each standard", bold=True)
    P(d, "Standard 1 fully met (green); Standard 2 partially met (amber); Standard 3 fully met (green); Standard 4 "
         "fully met (green).")
    P(d, "3. Commitment to the partnership's multi-agency training", bold=True)
    P(d, "HYJS staff attended 31 HSCP course places in the year, and our speech and language therapist now "
         "co-delivers the HSCP communication needs session.")
    P(d, "4. Is single and multi-agency training having an impact on practice?", bold=True)
    P(d, "Yes. Our audits show safety plans now address exploitation risk more clearly after the HSCP exploitation "
         "training, though AIM3 remains a gap.")
    P(d, "5. How do you know you have improved?", bold=True)
    P(d, "Through our quarterly audits and re-audits, Board scrutiny, exit survey results and fewer missed "
         "appointments.")
    P(d, "")
    P(d, "Danielle Fry", italic=True, space_after=0)
    P(d, "Head of Youth Justice Service, 28 September 2021")

    created = dt.datetime(2021, 9, 23, 8, 45, 0)
    data = docx_bytes(d, "HYJS Section 11 2020-21", "Danielle Fry", created, dt.datetime(2021, 9, 28, 15, 10, 0),
                      revision=6)
    gold = dict(
        file=fname, agency=["Hollinsdale Youth Justice Service", "HYJS"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "green"},
        evidence_must_include={
            "1": ["introduced a new oversight template in January 2021", "jointly commissioned a speech and language therapist",
                  "agreed the Youth Justice Plan for 2021-23"],
            "2": ["5 of our 17 case managers", "Only 6 of 10 eligible case managers",
                  "monthly clinical supervision from the CAMHS psychologist"],
            "3": ["found them proportionate and well recorded", "checked every overnight detention of a child",
                  "re-signed in October 2020"],
            "4": ["young person sat on the interview panel", "moved most appointments to youth centres",
                  "missed appointments fell in the following quarter"],
        },
        gaps_expected={},
        personal_data=["Jayden Marsh", "Jayden", "14 March 2006", "Kerry Marsh", "22 Foxglove Close", "ZX4 7QP",
                       "999 482 1175"],
        late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# 9. NHS Hollinsdale CCG - PDF; Parts A-E lettered, standards in order 1,3,2,4; 1-4 score scale
# ==============================================================================================
@register
def ccg():
    fname = "c-nhs-hollinsdale-ccg-s11-2021.pdf"
    F = "LiberationSans"
    s = styles_for(F, 10)
    NHSBLUE = colors.HexColor("#005EB8")

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(NHSBLUE)
        c.setFont(F + "-Bold", 10)
        c.drawRightString(w - 2 * cm, h - 1.2 * cm, "NHS")
        c.setFont(F, 8)
        c.drawRightString(w - 2 * cm, h - 1.6 * cm, "Hollinsdale Clinical Commissioning Group")
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1.1 * cm, "Safeguarding Children - Section 11 Self-Assessment 2020/21 - FINAL")
        c.restoreState()

    def score(n):
        return Paragraph("<b>Self-assessment score: %d</b>" % n, s["body"])

    st = []
    st.append(Spacer(1, 6))
    st.append(Paragraph("Safeguarding Children: Section 11 Self-Assessment 2020/21", s["h1"]))
    st.append(Paragraph("NHS Hollinsdale Clinical Commissioning Group", s["h2"]))
    st.append(Paragraph(
        "Prepared by the Designated Nurse for Safeguarding Children, Gwen Talbot, and approved by the Executive "
        "Director of Nursing and Quality, Ian Merrow, on 23 September 2021 for submission to the Hollinsdale "
        "Safeguarding Children Partnership. The CCG commissions health services for a population of about 420,000, "
        "including 91,000 children, and works with 41 GP practices.", s["body"]))
    key = [["Score", "Meaning", "HSCP equivalent"],
           ["4", "Fully met", "Green"], ["3", "Mostly met", "Amber"], ["2", "Partially met", "Amber"],
           ["1", "Not met", "Red"]]
    t = Table([[Paragraph(x, s["cellb"] if i == 0 else s["cell"]) for x in r] for i, r in enumerate(key)],
              colWidths=[2 * cm, 4 * cm, 4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2"))]))
    st.append(Paragraph("Scoring key used in this return", s["h3"]))
    st.append(t)
    st.append(Spacer(1, 4))

    st.append(Paragraph("Part A - Leadership, governance and accountability", s["h2"]))
    st.append(Paragraph(
        "The Executive Director of Nursing and Quality is the CCG's executive lead for safeguarding. The "
        "Designated Nurse and Designated Doctor for Safeguarding Children are both in post, and a Named GP for "
        "safeguarding supports primary care. The Governing Body receives a safeguarding report every quarter and "
        "the Safeguarding Annual Report each July.", s["body"]))
    st.append(Paragraph(
        "The Safeguarding Assurance Group meets bi-monthly and brings together the safeguarding leads of all our "
        "main providers. Safeguarding standards are written into every NHS contract we hold, and providers report "
        "against them quarterly. NHS England's regional safeguarding assurance review in March 2021 found our "
        "arrangements robust and asked to share our provider dashboard with other CCGs in the region. The "
        "Designated Nurse led the health contribution to both HSCP rapid reviews in the year, and the CCG "
        "continues to fund a third of the HSCP business unit. We scored this standard 4 last year.", s["body"]))
    st.append(score(4))

    st.append(Paragraph("Part B - Safeguarding policies and procedures", s["h2"]))
    st.append(Paragraph(
        "The CCG Safeguarding Children Policy was reviewed in June 2020 and is consistent with the HSCP procedures. "
        "Providers' policies are checked annually through our Safeguarding Assurance Framework; in Q4 we rated "
        "Hollinsdale and Marbury Hospitals amber for training compliance under that framework.", s["body"]))
    st.append(Paragraph(
        "A primary care safeguarding toolkit was issued to all 41 GP practices in September 2020. It covers "
        "information sharing, reports to child protection conferences, the 'was not brought' approach and how to "
        "escalate concerns. Every practice now has a named safeguarding lead, and the Named GP runs a quarterly "
        "lead GP forum. HSCP conference chairs told the Primary Care Forum in May 2021 that GP reports are now "
        "received for almost every conference, which was not the case before the toolkit.", s["body"]))
    st.append(score(4))

    st.append(Paragraph("Part C - Staff recruitment, training and development", s["h2"]))
    st.append(Paragraph(
        "CCG staff are recruited through our commissioning support unit using safer recruitment practice, and "
        "enhanced DBS checks are completed for posts that need them. Compliance for CCG staff was 100% for Level 1 "
        "and Level 2 safeguarding children training at March 2021, and 88% for Level 3 among staff who need it.",
        s["body"]))
    st.append(Paragraph(
        "Our main shortfall is assurance from primary care. We do not hold complete data on GP practice training "
        "compliance: only 29 of 41 practices returned the annual safeguarding self-assessment. The Named GP is "
        "following up the others and a compliance report will go to the Assurance Group in December 2021. Safeguarding "
        "supervision is in place for the Designated and Named professionals.", s["body"]))
    st.append(score(3))

    st.append(Paragraph("Part D - The voice of the child", s["h2"]))
    st.append(Paragraph(
        "In 2020 we commissioned Healthwatch Hollinsdale to survey young people about emotional wellbeing "
        "services. It received 214 responses, and young people's preference for online support led us to "
        "commission the TalkZone online counselling service from January 2021.", s["body"]))
    st.append(Paragraph(
        "However, the CCG does not yet have a standing way of hearing from children and young people, and the "
        "children's voice requirement in our contracts has so far been monitored for only two providers. We have "
        "not reported back to the young people who took part in the survey. A young people's health panel is "
        "planned with Healthwatch for 2022.", s["body"]))
    st.append(score(2))

    st.append(Paragraph("Part E - Common questions", s["h2"]))
    qs = [
        ("E1. Something another agency has done that improved multi-agency practice",
         "Hollinsdale County Council's daily domestic abuse triage in the MASH, which our health visiting and "
         "school nursing providers now join. Health information is shared the same day."),
        ("E2. RAG self-rating against each standard",
         "Leadership: 4. Policies and procedures: 4. Staff: 3. Voice of the child: 2. See the scoring key above."),
        ("E3. Commitment to the partnership's multi-agency training",
         "The Designated Nurse sits on the HSCP Learning and Development subgroup and the CCG promotes HSCP courses "
         "to all GP practices through the lead GP forum."),
        ("E4. Is training having an impact on practice?",
         "Yes. GP conference reports have improved since the toolkit was launched alongside the HSCP training "
         "session for practice leads."),
        ("E5. How do you know you have improved?",
         "Through provider quarterly reports, the NHS England review and feedback from conference chairs."),
    ]
    for q, a in qs:
        st.append(Paragraph("<b>%s</b>" % q, s["body"]))
        st.append(Paragraph(a, s["body"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("Signed: <i>I. Merrow</i> - Ian Merrow, Executive Director of Nursing and Quality, "
                        "23 September 2021", s["body"]))

    nc = numbered_canvas("{p}", F, 8, align="center")
    data = pdf_bytes(st, on_page, "S11 2020-21 NHS Hollinsdale CCG", "Gwen Talbot", "Section 11", nc)
    gold = dict(
        file=fname, agency=["NHS Hollinsdale Clinical Commissioning Group", "HCCG"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_must_include={
            "1": ["regional safeguarding assurance review", "Safeguarding Assurance Group meets bi-monthly",
                  "fund a third of the HSCP business unit"],
            "2": ["only 29 of 41 practices returned", "88% for Level 3"],
            "3": ["issued to all 41 GP practices", "received for almost every conference"],
            "4": ["It received 214 responses", "does not yet have a standing way",
                  "monitored for only two providers"],
        },
        gaps_expected={}, personal_data=[], late=False, common_questions_answered=allq(),
    )
    return fname, data, gold


# ==============================================================================================
# main / self-check
# ==============================================================================================
GOLD_KEYS = ["file", "agency", "status", "error_code", "framework", "self_ratings", "evidence_supports",
             "evidence_must_include", "gaps_expected", "gaps_forbidden", "personal_data", "late",
             "common_questions_answered"]


def _norm(t):
    return " ".join(t.replace("\u00a0", " ").split())


def docx_units(data):
    d = Document(io.BytesIO(data))
    units = []

    def walk_container(c):
        body = c._element if hasattr(c, "_element") else c
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                units.append(docx.text.paragraph.Paragraph(child, c).text)
            elif child.tag == qn("w:tbl"):
                tbl = docx.table.Table(child, c)
                seen = set()
                for row in tbl.rows:
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk_container(cell)

    walk_container(d._body)
    for sec in d.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            for p in hf.paragraphs:
                units.append(p.text)
    return units


def pdf_units(data):
    units = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        npages = len(pdf.pages)
        for p in pdf.pages:
            units.extend((p.extract_text() or "").split("\n"))
    return units, npages


def check_one(fname, data, gold, errors):
    def err(msg):
        errors.append("%s: %s" % (fname, msg))

    if fname.endswith(".pdf"):
        units, npages = pdf_units(data)
        info = "%d pages" % npages
    else:
        units = docx_units(data)
        info = "%d paragraphs" % len(units)
    units_n = [_norm(u) for u in units]
    full = _norm(" ".join(units)).lower()

    y = yaml.safe_load(gold_yaml(gold))
    if list(y.keys()) != GOLD_KEYS:
        err("gold keys %s" % list(y.keys()))
    if y["file"] != fname:
        err("file mismatch")
    if set(y["evidence_must_include"]) != set(y["evidence_supports"]):
        err("fragment standards %s != evidence standards %s" % (sorted(y["evidence_must_include"]),
                                                              sorted(y["evidence_supports"])))
    for k, v in y["self_ratings"].items():
        if v not in ("green", "amber", "red", None):
            err("bad self rating %s=%r" % (k, v))
    for k, frs in y["evidence_must_include"].items():
        if not 2 <= len(frs) <= 4:
            err("standard %s has %d fragments" % (k, len(frs)))
        for f in frs:
            nw = len(f.split())
            if not 3 <= nw <= 10:
                err("fragment %r has %d words" % (f, nw))
            if not any(f in u for u in units_n):
                err("fragment %r not inside a single line/paragraph" % f)
            c = full.count(f.lower())
            if c != 1:
                err("fragment %r occurs %d times" % (f, c))
    for pdv in y["personal_data"]:
        if pdv.lower() not in full:
            err("personal data %r not in document" % pdv)
    # gaps consistent with ratings
    order = {"red": 0, "amber": 1, "green": 2}
    for k in ["1", "2", "3", "4"]:
        sr = y["self_ratings"].get(k)
        ev = y["evidence_supports"].get(k)
        exp = set(y["gaps_expected"].get(k, []))
        want = set()
        if ev is None:
            want.add("MISSING_SECTION")
        elif sr is None:
            want.add("MISSING_RATING")
        elif order[sr] > order[ev]:
            want.add("OVER_RATED")
        elif order[sr] < order[ev]:
            want.add("UNDER_RATED")
        if exp != want:
            err("standard %s: gaps_expected %s but ratings imply %s" % (k, sorted(exp), sorted(want)))
        if exp & set(y["gaps_forbidden"][k]):
            err("standard %s: expected and forbidden overlap" % k)
    return info


def build_all():
    out = []
    for fn in DOCS:
        out.append(fn())
    return out


def main():
    check = "--check" in sys.argv
    built = build_all()
    names = [b[0] for b in built]
    assert len(set(names)) == len(names)
    if not check:
        os.makedirs(SUB, exist_ok=True)
        os.makedirs(GOLD, exist_ok=True)
        for fname, data, gold in built:
            with open(os.path.join(SUB, fname), "wb") as fh:
                fh.write(data)
            with open(os.path.join(GOLD, fname + ".yml"), "w", encoding="utf-8") as fh:
                fh.write(gold_yaml(gold))
            print("wrote", fname)
        return 0
    errors = []
    for fname, data, gold in built:
        p = os.path.join(SUB, fname)
        if not os.path.exists(p):
            errors.append("%s: not written yet" % fname)
        elif open(p, "rb").read() != data:
            errors.append("%s: bytes on disk differ from a fresh build (non-deterministic?)" % fname)
        gp = os.path.join(GOLD, fname + ".yml")
        if not os.path.exists(gp) or open(gp, encoding="utf-8").read() != gold_yaml(gold):
            errors.append("%s: gold file missing or stale" % fname)
        info = check_one(fname, data, gold, errors)
        print("%-62s %s" % (fname, info))
    n_pdf = sum(1 for n in names if n.endswith(".pdf"))
    n_docx = sum(1 for n in names if n.endswith(".docx"))
    print("docx=%d pdf=%d" % (n_docx, n_pdf))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
