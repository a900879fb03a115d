#!/usr/bin/env python3
"""Writer r: Rivelsby Safeguarding Children Partnership blind corpus (9 Section 11 returns, 2021).

Usage:  make_r.py           build submissions/ and gold/
        make_r.py --check   rebuild in memory, compare bytes and gold, check evidence fragments

Evidence fragments are marked in the source text as «N:fragment» (N = standard number); the markers
are stripped from the rendered documents and the gold is generated from them.
"""
import copy
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

FRAG_RE = re.compile(r"«([1-4]):(.+?)»")
REC = {}  # fragments recorded while rendering the current document: std -> [fragment]


def t(raw):
    """Strip fragment markers and record the fragments for the current document."""
    for m in FRAG_RE.finditer(raw):
        REC.setdefault(m.group(1), []).append(m.group(2))
    return FRAG_RE.sub(lambda m: m.group(2), raw)


Q1 = "Something another agency has done during 2020/21 that has improved multi-agency practice"
Q2 = "Summary of your self-ratings against each standard"
Q3 = "Your agency's commitment to the partnership's multi-agency training"
Q4 = "Is single and multi-agency training having an impact on practice?"
Q5 = "How do you know your agency has improved?"

STD = {
    "1": "Leadership and accountability",
    "2": "Staff safe recruitment, induction, training and development",
    "3": "Safeguarding policies and procedures",
    "4": "Listening to children and young people",
}

# ----------------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2021, 9, 1, 9, 0, 0)


def new_doc(font="Arial", size=10, margins_cm=2.0):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return d


def dpara(d, raw, bold=False, italic=False, size=None, style=None, align=None, space_after=None, container=None):
    tgt = container if container is not None else d
    p = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
    text = t(raw)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def dhead(d, text, level=1):
    return d.add_heading(t(text), level=level)


def cell_set(cell, raws, bold=False, size=None):
    """Put one or more paragraphs (raw strings) into a table cell."""
    if isinstance(raws, str):
        raws = [raws]
    first = True
    for raw in raws:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t(raw))
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolour)))


def finish_docx(d, title, author, when):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.subject = "Section 11 self-assessment 2021"
    cp.comments = ""
    cp.keywords = "Section 11; Rivelsby Safeguarding Children Partnership"
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    b = io.BytesIO()
    d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------------------
# PDF helpers (manual layout; fragments never break across lines)
# ----------------------------------------------------------------------------------------------------
NB = "\x00"


def wrap(raw, font, size, width):
    text_parts = []
    pos = 0
    for m in FRAG_RE.finditer(raw):
        text_parts.append(raw[pos:m.start()])
        text_parts.append(m.group(2).replace(" ", NB))
        pos = m.end()
    text_parts.append(raw[pos:])
    t(raw)  # record fragments
    s = "".join(text_parts)
    words = s.split()
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if stringWidth(cand.replace(NB, " "), font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace(NB, " ") for ln in lines]


class PDF:
    def __init__(self, title, author, footnotes=None, foot_reserve=0):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject("Section 11 self-assessment 2021")
        self.c.setCreator("Microsoft Word")
        self.W, self.H = A4
        self.L, self.R = 56, self.W - 56
        self.top = self.H - 56
        self.bottom = 56 + foot_reserve
        self.y = self.top
        self.footnotes = footnotes or {}
        self.page_notes = []
        self.page = 1
        self.footer = title

    # -- page handling
    def _finish_page(self):
        c = self.c
        if self.page_notes:
            y = 56 + 12 * len(self.page_notes)
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.5)
            c.line(self.L, y + 4, self.L + 150, y + 4)
            c.setFont("Helvetica", 8)
            for mark in sorted(self.page_notes, key=lambda k: "¹²³".index(k)):
                y -= 12
                c.drawString(self.L, y + 2, mark + " " + self.footnotes[mark])
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.grey)
        c.drawString(self.L, 30, self.footer)
        c.drawRightString(self.R, 30, "Page %d" % self.page)
        c.setFillColor(colors.black)

    def new_page(self):
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.page_notes = []
        self.y = self.top

    def save(self):
        self._finish_page()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    def _notes_in(self, s):
        for mark in self.footnotes:
            if mark in s and mark not in self.page_notes:
                self.page_notes.append(mark)

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    # -- content
    def para(self, raw, font="Helvetica", size=10, indent=0, lead=None, after=6, colour=None):
        lead = lead or size * 1.3
        lines = wrap(raw, font, size, self.R - self.L - indent)
        for ln in lines:
            self.ensure(lead)
            self.y -= lead
            self.c.setFont(font, size)
            if colour:
                self.c.setFillColor(colour)
            self.c.drawString(self.L + indent, self.y + 0.25 * size, ln)
            self.c.setFillColor(colors.black)
            self._notes_in(ln)
        self.y -= after

    def bullet(self, raw, size=10):
        lead = size * 1.3
        lines = wrap(raw, "Helvetica", size, self.R - self.L - 14)
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            self.c.setFont("Helvetica", size)
            if i == 0:
                self.c.drawString(self.L + 2, self.y + 0.25 * size, "-")
            self.c.drawString(self.L + 14, self.y + 0.25 * size, ln)
            self._notes_in(ln)
        self.y -= 3

    def heading(self, raw, size=13, after=4, before=8, colour=colors.HexColor("#1F3864")):
        self.ensure(before + size * 1.4 + 30)
        self.y -= before
        self.para(raw, font="Helvetica-Bold", size=size, after=after, colour=colour)

    def rule(self):
        self.y -= 4
        self.c.setStrokeColor(colors.HexColor("#1F3864"))
        self.c.setLineWidth(1)
        self.c.line(self.L, self.y, self.R, self.y)
        self.c.setStrokeColor(colors.black)
        self.y -= 8

    def table(self, rows, widths, size=9, header=True, fill="#D9E2F3"):
        lead = size * 1.3
        pad = 4
        total = sum(widths)
        scale = (self.R - self.L) / total
        widths = [w * scale for w in widths]
        for ri, row in enumerate(rows):
            font = "Helvetica-Bold" if (header and ri == 0) else "Helvetica"
            cells = [wrap(cell, font, size, w - 2 * pad) for cell, w in zip(row, widths)]
            h = max(len(cl) for cl in cells) * lead + 2 * pad
            self.ensure(h)
            x = self.L
            top = self.y
            for cl, w in zip(cells, widths):
                if header and ri == 0:
                    self.c.setFillColor(colors.HexColor(fill))
                    self.c.rect(x, top - h, w, h, stroke=0, fill=1)
                    self.c.setFillColor(colors.black)
                self.c.setStrokeColor(colors.black)
                self.c.setLineWidth(0.5)
                self.c.rect(x, top - h, w, h, stroke=1, fill=0)
                yy = top - pad
                for ln in cl:
                    yy -= lead
                    self.c.setFont(font, size)
                    self.c.drawString(x + pad, yy + 0.25 * size, ln)
                    self._notes_in(ln)
                x += w
            self.y = top - h
        self.y -= 8


# ----------------------------------------------------------------------------------------------------
# 1. Rivelsby Constabulary - transposed evidence table (docx)           plant: UNDER_RATED standard 3
# ----------------------------------------------------------------------------------------------------
def build_police():
    d = new_doc(size=10, margins_cm=1.8)
    dpara(d, "Rivelsby Safeguarding Children Partnership", bold=True, size=11)
    dpara(d, "Section 11 (Children Act 2004) Self-Assessment 2021", bold=True, size=16)
    dpara(d, "Agency: Rivelsby Constabulary", bold=True, size=12)
    for ln in [
        "Completed by: Detective Chief Inspector Hannah Lorrimer, Head of Public Protection",
        "Chief officer sign-off: Assistant Chief Constable Marcus Devlin",
        "Date of return: 17 September 2021",
        "Period covered: 1 April 2020 to 31 March 2021, with updates to August 2021",
    ]:
        dpara(d, ln, space_after=2)
    dpara(d, "This return sets out the Constabulary's self-assessment against the four standards of the "
             "partnership's Section 11 framework. The assessment was compiled by the Public Protection "
             "Unit (PPU) with contributions from People and Development, Professional Standards and the "
             "Neighbourhood Policing Command, and was reviewed by the Force Safeguarding Board on "
             "9 September 2021. The evidence for each standard is set out in the columns of the table "
             "below; the final row gives our RAG rating for each standard.")
    dhead(d, "Part A: Self-assessment against the standards", level=1)

    cols = [
        "Standard 1: Leadership and accountability",
        "Standard 2: Safe recruitment, induction, training and development",
        "Standard 3: Safeguarding policies and procedures",
        "Standard 4: Listening to children and young people",
    ]
    rows = {
        "Lead": [
            "ACC Marcus Devlin (chief officer lead); DCI Hannah Lorrimer, Head of Public Protection",
            "Chief Superintendent Priya Nandra, Head of People and Development",
            "DCI Hannah Lorrimer; Sergeant Owen Treadwell, Safeguarding Policy Officer",
            "Detective Inspector Ruth Abara, Child Centred Policing Lead",
        ],
        "Evidence": [
            ["The «1:Force Safeguarding Board meets quarterly, chaired by the ACC»; all four meetings in "
             "2020/21 were quorate and minuted.",
             "The PPU reports monthly to the Chief Officer Group against a safeguarding performance "
             "framework of 22 measures.",
             "«1:Internal audit of governance completed 9 February 2021» (substantial assurance, no "
             "high-priority recommendations).",
             "Safeguarding clauses are in the custody healthcare and victim services contracts and are "
             "tested at «1:quarterly contract reviews by the Commissioning Manager»."],
            ["All officers and staff are vetted to the national standard before appointment; "
             "«2:vetting renewals are 100% in date» (HR report, July 2021).",
             "Child protection input is delivered in week 2 of the initial learning programme for all "
             "new officers (146 in 2020/21).",
             "«2:Level 3 safeguarding training: 78% of PPU officers» against a 95% target.",
             "Allegations against staff are managed by Professional Standards with the LADO: "
             "11 referrals to the LADO in 2020/21, all within one working day.",
             "Monthly supervision is required for PPU detectives, but «2:the June dip sample found 54% "
             "recorded»."],
            ["«3:Child protection policy reviewed and reissued 12 March 2021», aligned to the "
             "partnership procedures and signed off by the Force Safeguarding Board.",
             "«3:Audit of 120 referrals in May 2021»: 97% shared with children's social care within "
             "24 hours; 100% had a recorded rationale.",
             "The escalation policy was used 31 times in the year; all were resolved at stage 1 or 2.",
             "«3:Missing and exploitation policy updated in January 2021» after the partnership's "
             "exploitation review; the Philomena Protocol is in use with all three local children's "
             "home providers.",
             "Information sharing agreement with health and education partners renewed in April 2021."],
            ["Voice of the child briefing delivered to all response teams in November 2020.",
             "«4:Audit of 80 domestic abuse incident reports» in April 2021 found «4:the child's views "
             "recorded in 61%» of reports where a child was present.",
             "«4:Youth Independent Advisory Group set up in June 2021» with 9 members aged 14 to 18; "
             "it has met twice."],
        ],
        "Impact": [
            "Safeguarding performance is visible at chief officer level. The February audit confirmed "
            "that all actions from the 2020 return were completed.",
            "Post-course survey: 81% of attendees more confident recognising neglect. Vetting position "
            "fully assured.",
            "Re-audit in August 2021 showed the 24-hour standard maintained at 98%. Return home "
            "interviews reach the Missing Children Coordinator within 72 hours in 95% of cases (target "
            "90%). No escalations open at year end.",
            "Too early to show. The April audit will be repeated in December 2021.",
        ],
        "Gaps": [
            "None significant. Board terms of reference due for annual refresh in October 2021.",
            "Level 3 training below target; supervision recording inconsistent. Plan: additional courses "
            "booked for October and November 2021; supervision template added to the records system.",
            "No gaps were identified by the audits. We have kept this standard at Amber so as not to be "
            "complacent while the new records system beds in.",
            "Recording of the child's views is inconsistent and the Youth IAG has not yet influenced a "
            "decision. Plan: mandatory child's views field in the domestic abuse risk form from "
            "October 2021.",
        ],
        "RAG": ["Green", "Amber", "Amber", "Amber"],
    }
    tbl = d.add_table(rows=6, cols=5)
    tbl.style = "Table Grid"
    cell_set(tbl.cell(0, 0), "", bold=True)
    shade(tbl.cell(0, 0), "D9E2F3")
    for j, c in enumerate(cols):
        cell_set(tbl.cell(0, j + 1), c, bold=True, size=9)
        shade(tbl.cell(0, j + 1), "D9E2F3")
    for i, key in enumerate(["Lead", "Evidence", "Impact", "Gaps", "RAG"]):
        cell_set(tbl.cell(i + 1, 0), key, bold=True, size=9)
        for j in range(4):
            cell_set(tbl.cell(i + 1, j + 1), rows[key][j], bold=(key == "RAG"), size=9)
            if key == "RAG":
                shade(tbl.cell(i + 1, j + 1), {"Green": "C6EFCE", "Amber": "FFE699", "Red": "F4B084"}[rows[key][j]])
    for row in tbl.rows:
        row.cells[0].width = Cm(2.0)
        for c in row.cells[1:]:
            c.width = Cm(4.1)

    dhead(d, "Part B: Common questions", level=1)
    dpara(d, "Q1. " + Q1, bold=True)
    dpara(d, "Rivelsby Council's Multi-Agency Safeguarding Hub introduced a daily 9.30am risk meeting "
             "for domestic abuse notifications in October 2020. Police now attend every day and the "
             "meeting has reduced the time from incident to school notification (Operation Encompass) "
             "from two days to the same morning in most cases.")
    dpara(d, "Q2. " + Q2, bold=True)
    dpara(d, "Our ratings are shown in the RAG row of the table in Part A: Standard 1 Green; Standards 2, "
             "3 and 4 Amber.")
    dpara(d, "Q3. " + Q3, bold=True)
    dpara(d, "The Constabulary has released officers for every partnership course in 2020/21. 64 officers "
             "and staff attended partnership courses (neglect, exploitation, Signs of Safety), and DS "
             "Kerry Vance is a co-trainer on the exploitation course. We have committed two trainer days "
             "per quarter for 2021/22.")
    dpara(d, "Q4. " + Q4, bold=True)
    dpara(d, "Yes, in part. Officers who attended the neglect course made 23% more referrals that used "
             "the partnership's neglect toolkit language, and the quality of referrals to the MASH was "
             "rated good in 88% of the May audit sample. We have less evidence on the exploitation "
             "course, which will be evaluated in January 2022.")
    dpara(d, "Q5. " + Q5, bold=True)
    dpara(d, "Through repeat audits (referrals, missing episodes, domestic abuse reports), the monthly "
             "performance framework, HMICFRS inspection feedback in March 2021 and feedback from partners "
             "through the partnership's multi-agency audit of child exploitation cases in July 2021.")
    dpara(d, "Signed: ACC Marcus Devlin, 17 September 2021", italic=True)
    return finish_docx(d, "Rivelsby Constabulary Section 11 return 2021", "Hannah Lorrimer",
                       datetime.datetime(2021, 9, 17, 10, 0, 0))


# ----------------------------------------------------------------------------------------------------
# 2. Rivelsby Council Children's Services + Brightpath - joint return (docx)   plant: Q1 unanswered
# ----------------------------------------------------------------------------------------------------
def build_council():
    d = new_doc(size=10)
    dpara(d, "Rivelsby Safeguarding Children Partnership - Section 11 Audit 2021", bold=True, size=11)
    dpara(d, "Joint Section 11 Self-Assessment Return", bold=True, size=18)
    dpara(d, "Rivelsby Council Children's Services", bold=True, size=14, space_after=0)
    dpara(d, "with", italic=True, space_after=0)
    dpara(d, "Brightpath Family Support (commissioned early help provider)", bold=True, size=14)
    for ln in [
        "Lead officer (Council): Leon Petrakis, Head of Safeguarding and Quality Assurance",
        "Lead officer (Brightpath): Rachel Dunmore, Operations Director",
        "Signed: Angela Whitcombe, Director of Children's Services; Simon Okafor, Chief Executive, "
        "Brightpath Family Support",
        "Date: 28 September 2021",
    ]:
        dpara(d, ln, space_after=2)
    dhead(d, "About this return", 1)
    dpara(d, "Brightpath Family Support delivers the council's early help service under a contract that "
             "began in April 2019. Because the two organisations share one early help pathway, we have "
             "completed one joint return. Evidence for each organisation is shown separately under each "
             "standard and each organisation gives its own rating. Where we refer to 'the council' we "
             "mean Rivelsby Council Children's Services.")

    def ratings(c, b):
        p = d.add_paragraph()
        r = p.add_run("Rivelsby Council Children's Services rating: ")
        r.bold = True
        p.add_run(c)
        p.paragraph_format.space_after = Pt(0)
        p = d.add_paragraph()
        r = p.add_run("Brightpath Family Support rating: ")
        r.bold = True
        p.add_run(b)

    dhead(d, "Standard 1: Leadership and accountability", 1)
    dhead(d, "Rivelsby Council Children's Services", 3)
    dpara(d, "Angela Whitcombe, Director of Children's Services, is the statutory lead and sits on the "
             "partnership executive. The «1:Head of Safeguarding and Quality Assurance, Leon Petrakis», "
             "chairs a monthly performance board attended by all service heads.")
    dpara(d, "The «1:practice audit programme completed 212 case audits in 2020/21»; 71% were rated good "
             "or better, up from 58% in 2019/20. Learning is reported to the Children's Services "
             "Scrutiny Committee twice a year.")
    dpara(d, "The early help contract with Brightpath includes six safeguarding KPIs, «1:reviewed at "
             "quarterly contract monitoring meetings»; the March 2021 review confirmed all six were met.")
    dhead(d, "Brightpath Family Support", 3)
    dpara(d, "Brightpath's board appointed a safeguarding trustee in January 2021. Internal audit is at an "
             "early stage: two thematic audits were completed, and the third was delayed by COVID-19 "
             "staffing pressures until October 2021.")
    ratings("Green", "Amber")

    dhead(d, "Standard 2: Safe recruitment, induction, training and development", 1)
    dhead(d, "Rivelsby Council Children's Services", 3)
    dpara(d, "Safer recruitment: «2:100% of social work appointments had DBS checks» completed before "
             "the start date (HR audit, April 2021), and all recruiting managers hold current safer "
             "recruitment training.")
    dpara(d, "Workforce stability remains our main challenge. «2:Agency social worker turnover was 27%» in "
             "2020/21, which affects the continuity of supervision. The «2:supervision audit in June 2021 "
             "found 74%» of supervisions on time against a 90% target. 88% of social workers completed "
             "the partnership's neglect course.")
    dpara(d, "Plan: a recruitment and retention offer for permanent social workers launched in August "
             "2021, and team managers now track supervision weekly.")
    dhead(d, "Brightpath Family Support", 3)
    dpara(d, "All 46 Brightpath staff have enhanced DBS checks, a trained manager sits on every interview "
             "panel, and induction includes the partnership's Level 2 course (96% completion).")
    ratings("Amber", "Green")

    dhead(d, "Standard 3: Safeguarding policies and procedures", 1)
    dhead(d, "Rivelsby Council Children's Services", 3)
    dpara(d, "«3:Child protection procedures were reviewed in December 2020» jointly with partners and "
             "published on the partnership website. The escalation protocol was used 19 times by the "
             "council and all cases were resolved without reaching the partnership executive.")
    dpara(d, "A «3:front door audit of 150 contacts in March 2021» found 96% had a decision within 24 "
             "hours. «3:Exploitation and missing procedures were updated in February 2021»; the "
             "Exploitation Hub held 38 panels in the year.")
    dhead(d, "Brightpath Family Support", 3)
    dpara(d, "Brightpath's safeguarding policy was adopted from the council template but has not yet been "
             "tailored to its community venues; the review is due in November 2021.")
    ratings("Green", "Amber")

    dhead(d, "Standard 4: Listening to children and young people", 1)
    dhead(d, "Rivelsby Council Children's Services", 3)
    dpara(d, "The «4:Children in Care Council meets monthly» and its members interviewed candidates for "
             "two team manager posts in 2021.")
    dpara(d, "Children used the «4:Mind of My Own app to send 312 statements» in 2020/21, although use "
             "by children on child protection plans remains low. In the May 2021 audit «4:only 40% of "
             "child protection conferences» had the child's view recorded.")
    dpara(d, "Plan: an independent advocate will be offered for every conference from October 2021.")
    dhead(d, "Brightpath Family Support", 3)
    dpara(d, "Every family plan includes a 'my words' section completed with the child; a July 2021 "
             "audit found 92% complete. The Brightpath young people's panel shaped the new family hub "
             "timetable.")
    ratings("Amber", "Green")

    dhead(d, "Common questions", 1)
    dpara(d, "Q1. " + Q1, bold=True)
    dpara(d, "")
    dpara(d, "Q2. " + Q2, bold=True)
    tbl = d.add_table(rows=5, cols=3)
    tbl.style = "Table Grid"
    data = [["Standard", "Rivelsby Council Children's Services", "Brightpath Family Support"],
            ["1 Leadership and accountability", "Green", "Amber"],
            ["2 Safe recruitment, induction, training", "Amber", "Green"],
            ["3 Policies and procedures", "Green", "Amber"],
            ["4 Listening to children", "Amber", "Green"]]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_set(tbl.cell(i, j), v, bold=(i == 0))
    dpara(d, "")
    dpara(d, "Q3. " + Q3, bold=True)
    dpara(d, "Both organisations commission places on every partnership course. The council provides two "
             "trainers for the Signs of Safety course, and Brightpath hosted four courses at its family "
             "hubs. 214 council staff and 41 Brightpath staff attended partnership training in 2020/21.")
    dpara(d, "Q4. " + Q4, bold=True)
    dpara(d, "Our audits show the Signs of Safety language in 83% of assessments, up from 61%, and step-down "
             "plans from social care to early help now include a shared safety goal in most cases. "
             "Brightpath's practice observations show the neglect toolkit in routine use.")
    dpara(d, "Q5. " + Q5, bold=True)
    dpara(d, "Audit grades have improved (71% good or better), re-referrals within 12 months fell from 24% "
             "to 19%, and the Ofsted focused visit in February 2021 found that children at the front door "
             "receive a timely and proportionate response.")
    return finish_docx(d, "Joint Section 11 return 2021 - Rivelsby Council Children's Services and Brightpath",
                       "Leon Petrakis", datetime.datetime(2021, 9, 28, 14, 0, 0))


# ----------------------------------------------------------------------------------------------------
# 3. Rivelsby Community Health NHS Trust - two-column sections + pull quotes (docx)  plant: personal data
# ----------------------------------------------------------------------------------------------------
def pull_quote(d, text):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="12" w:space="4" w:color="1F4E79"/>'
        '<w:left w:val="single" w:sz="12" w:space="4" w:color="1F4E79"/>'
        '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F4E79"/>'
        '<w:right w:val="single" w:sz="12" w:space="4" w:color="1F4E79"/></w:pBdr>' % nsdecls("w")))
    r = p.add_run(t(text))
    r.italic = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)
    return p


def build_health():
    d = new_doc(font="Calibri", size=10)
    dpara(d, "Rivelsby Community Health NHS Trust", bold=True, size=18, space_after=2)
    dpara(d, "Section 11 Self-Assessment 2021 for the Rivelsby Safeguarding Children Partnership",
          bold=True, size=12)
    for ln in ["Executive lead: Dr Fiona Aldous, Chief Nurse",
               "Prepared by: Bernadette Kowalczyk, Named Nurse for Safeguarding Children",
               "Approved by the Safeguarding Committee: 21 September 2021",
               "Date of submission: 24 September 2021"]:
        dpara(d, ln, space_after=2)
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    sectPr = sec._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml("<w:cols %s/>" % nsdecls("w"))
        sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")

    dhead(d, "Introduction", 2)
    dpara(d, "The Trust provides health visiting, school nursing, community paediatrics, children's "
             "community nursing and adult community services to around 310,000 people across Rivelsby. "
             "This return was compiled by the safeguarding team and discussed at the Safeguarding "
             "Committee in September 2021.")

    dhead(d, "Standard 1: Leadership and accountability", 2)
    dpara(d, "The Chief Nurse, Dr Fiona Aldous, is the executive lead for safeguarding and reports to "
             "the Trust Board. The «1:Safeguarding Committee meets every two months», chaired by a "
             "non-executive director, and receives a dashboard covering training, supervision, referrals "
             "and learning from reviews.")
    dpara(d, "The «1:annual safeguarding report was presented to the Board» in July 2021 with a "
             "forward plan for 2021/22. The statutory roles are filled by «1:Named Nurse Bernadette "
             "Kowalczyk and Named Doctor Dr Imran Shah», both in post throughout the year.")
    pull_quote(d, "\"Safeguarding is on every Board agenda, not just once a year.\" - Non-executive "
                  "director, Board meeting, July 2021")
    dpara(d, "Internal audit reviewed safeguarding governance in January 2021 and gave substantial "
             "assurance. We rate ourselves Green for Standard 1.")

    dhead(d, "Standard 2: Safe recruitment, induction, training and development", 2)
    dpara(d, "«2:Level 3 safeguarding children training compliance was 93%» at March 2021 (target 90%), "
             "and Level 1 and 2 compliance was 96%. Face-to-face training moved online during the "
             "pandemic without a fall in compliance.")
    dpara(d, "Health visitors and school nurses receive «2:safeguarding supervision every three months»; "
             "the April 2021 audit found 96% of practitioners supervised on time. A «2:safer recruitment "
             "audit of 60 personnel files in March 2021» found full compliance with DBS, reference and "
             "identity checks. Allegations are managed with the LADO under the Trust policy; there were "
             "four referrals in the year.")
    dpara(d, "Having weighed this evidence, we rate ourselves Green for Standard 2.")

    dhead(d, "Standard 3: Safeguarding policies and procedures", 2)
    dpara(d, "The child protection policy was reviewed in April 2021. The «3:Was Not Brought policy "
             "launched in January 2021», replacing the old 'did not attend' approach, but the June 2021 "
             "audit of 45 cases found «3:follow-up recorded in 67% of missed appointments».")
    dpara(d, "The «3:escalation policy was used 12 times by Trust staff», mostly about delays in strategy "
             "discussions; all were resolved. Information sharing with GP practices is still paper based "
             "in two localities, which delays notifications.")
    pull_quote(d, "\"A child who is not brought is a child we need to think about.\" - School nursing "
                  "team leader")
    dpara(d, "Plan: electronic notification to all GP practices by December 2021 and a re-audit of Was "
             "Not Brought in January 2022. Overall, we rate ourselves Amber for Standard 3.")

    dhead(d, "Standard 4: Listening to children and young people", 2)
    dpara(d, "The Trust's «4:Young Health Champions group has 14 members» aged 12 to 19, who reviewed the "
             "school nursing text service and the sexual health clinic leaflets in 2021.")
    dpara(d, "We introduced «4:Friends and Family Test cards for children» in the community paediatric "
             "clinics in February 2021; 118 cards were returned. A record audit in May 2021 found the "
             "«4:child's voice recorded in 70% of health visiting records», against an 85% target.")
    dpara(d, "Case example: the school nursing team supported Kayleigh Marsh (date of birth 14/03/2010) "
             "of 12 Fenwick Close, Rivelsby ZX4 7QP, NHS number 999 482 7716. Kayleigh told her school "
             "nurse that she did not want her mother, Donna Marsh (mobile 07700 900412), to attend her "
             "appointments, and the plan was changed to see her at school. Her views were recorded and "
             "shared at the child in need meeting.")
    dpara(d, "Feedback to children about what changed is not yet routine. We rate ourselves Amber for "
             "Standard 4.")

    dhead(d, "Common questions", 2)
    dpara(d, "Q1. " + Q1, bold=True)
    dpara(d, "The Rivelsby Council front door introduced a health navigator post in November 2020. Health "
             "information now reaches strategy discussions on the same day in most cases, and our staff "
             "report clearer feedback on their referrals.")
    dpara(d, "Q2. " + Q2, bold=True)
    dpara(d, "Standard 1 Green; Standard 2 Green; Standard 3 Amber; Standard 4 Amber.")
    dpara(d, "Q3. " + Q3, bold=True)
    dpara(d, "The Trust's safeguarding team co-delivers the partnership's neglect and Was Not Brought "
             "courses, and 187 Trust staff attended multi-agency training in 2020/21.")
    dpara(d, "Q4. " + Q4, bold=True)
    dpara(d, "Yes. Supervision records show the graded care profile used in 58 neglect cases, compared "
             "with 19 the year before, and practitioners cite the partnership training as the reason.")
    dpara(d, "Q5. " + Q5, bold=True)
    dpara(d, "Through the safeguarding dashboard, repeat audits, supervision themes, and CQC feedback on "
             "the community children's services core service in May 2021.")
    return finish_docx(d, "Rivelsby Community Health NHS Trust Section 11 return 2021", "Bernadette Kowalczyk",
                       datetime.datetime(2021, 9, 24, 11, 30, 0))


# ----------------------------------------------------------------------------------------------------
# 4. Rivelsby Fire and Rescue Service - Met / Not yet met (pdf)   plants: OVER_RATED standard 4, late
# ----------------------------------------------------------------------------------------------------
def build_fire():
    p = PDF("Rivelsby Fire and Rescue Service - Section 11 return 2021", "Gareth Pryce")
    p.para("Rivelsby Safeguarding Children Partnership", font="Helvetica-Bold", size=11, after=2)
    p.para("Section 11 Self-Assessment 2021", font="Helvetica-Bold", size=18, after=4)
    p.para("Rivelsby Fire and Rescue Service", font="Helvetica-Bold", size=14, after=8)
    p.para("Safeguarding lead: Area Manager Gareth Pryce, Head of Prevention", after=1)
    p.para("Completed by: Lisa Harcourt, Safeguarding Officer", after=1)
    p.para("Date submitted: 21 October 2021", after=8)
    p.para("Please note that this return is late. It was due on 30 September 2021; the delay was caused "
           "by the departure of our previous Safeguarding Officer in August. We apologise to the "
           "partnership for the late submission.", font="Helvetica-Oblique", after=8)
    p.rule()
    p.para("Key to assessments", font="Helvetica-Bold", size=10, after=2)
    p.para("Met = Green. Not yet met = Amber (work in progress). Not met = Red.", after=8)

    p.heading("Standard 1: Leadership and accountability")
    p.para("«1:Area Manager Gareth Pryce is the safeguarding lead» and reports to the Director of "
           "Prevention and Protection. Safeguarding is an agenda item for the Service Leadership Team, but "
           "«1:safeguarding was reported to the Service Leadership Team twice» in 2020/21, not quarterly "
           "as planned, because meetings were reduced during the pandemic.")
    p.para("The «1:safeguarding action plan was reviewed in March 2021»: 9 of its 14 actions are "
           "complete. The outstanding actions include a safeguarding audit of prevention work and a named "
           "safeguarding lead on each watch. A safeguarding clause has been added to the new contract for "
           "the youth engagement provider.")
    p.para("Assessment: Not yet met", font="Helvetica-Bold")

    p.heading("Standard 2: Safe recruitment, induction, training and development")
    p.para("«2:DBS checks are in place for all 38 staff» in youth roles, including Fire Cadet instructors "
           "and school education officers. Safer recruitment training has been completed by 12 of the 20 "
           "managers who sit on interview panels.")
    p.para("«2:Safeguarding e-learning has been completed by 71% of operational staff» against a target "
           "of 90%; completion is lower on the retained stations. The «2:allegations procedure was agreed "
           "with the LADO in May 2021» and has been used once.")
    p.para("Plan: e-learning completion is now a standing item at station managers' monthly meetings, "
           "and two safer recruitment courses are booked for November 2021.")
    p.para("Assessment: Not yet met", font="Helvetica-Bold")

    p.heading("Standard 3: Safeguarding policies and procedures")
    p.para("The «3:Service safeguarding policy was updated in November 2020» to reflect the partnership "
           "procedures. Crews made «3:47 safeguarding referrals in 2020/21», most following Home Fire "
           "Safety Visits where children were living in hoarded or unsafe homes.")
    p.para("The «3:Home Fire Safety Visit referral pathway» to the council front door is working well, "
           "and the front door has given positive feedback on the quality of referrals. We do not yet "
           "have written guidance for crews on child exploitation or on children found during "
           "operational incidents, and the escalation policy has not been briefed to all stations.")
    p.para("Assessment: Not yet met", font="Helvetica-Bold")

    p.heading("Standard 4: Listening to children and young people")
    p.para("The Service is committed to listening to children and young people. Our crews always take the "
           "views of children seriously during home visits and school sessions, and we believe that "
           "children's voices are heard throughout our work.")
    p.para("A «4:Fire Cadets feedback session was held in March 2021», attended by «4:14 cadets aged 13 "
           "to 17», who talked about the cadet programme and the online sessions during lockdown. "
           "«4:No record was kept of changes made» as a result of the session. We do not currently "
           "collect feedback from children referred to the Firesetters intervention scheme.")
    p.para("Assessment: Met", font="Helvetica-Bold")

    p.heading("Common questions")
    p.para("Q1. " + Q1, font="Helvetica-Bold")
    p.para("Rivelsby Council's front door began sending a monthly summary of outcomes for our referrals in "
           "January 2021. Crews can now see what happened to the families they referred, which has "
           "improved confidence in making referrals.")
    p.para("Q2. " + Q2, font="Helvetica-Bold")
    p.table([["Standard", "Assessment"],
             ["1. Leadership and accountability", "Not yet met"],
             ["2. Safe recruitment, induction, training and development", "Not yet met"],
             ["3. Safeguarding policies and procedures", "Not yet met"],
             ["4. Listening to children and young people", "Met"]], [3, 1.3])
    p.para("Q3. " + Q3, font="Helvetica-Bold")
    p.para("We have booked places for our prevention team on the partnership's neglect and exploitation "
           "courses; six staff attended in 2020/21. Operational shift patterns make release of crews "
           "difficult and we would welcome shorter online sessions.")
    p.para("Q4. " + Q4, font="Helvetica-Bold")
    p.para("The quality of our referrals has improved since the prevention team attended the neglect "
           "course: the front door rated 80% of our referrals as containing enough information to act, "
           "compared with 55% the previous year.")
    p.para("Q5. " + Q5, font="Helvetica-Bold")
    p.para("Referral numbers and feedback from the front door, completion of the safeguarding action plan "
           "and the e-learning reports. An audit of prevention work is planned for early 2022.")
    p.para("Signed: Area Manager Gareth Pryce, 21 October 2021", font="Helvetica-Oblique")
    return p.save()


# ----------------------------------------------------------------------------------------------------
# 5. NHS Rivelsby CCG - footnote markers on ratings (pdf)          plant: UNDER_RATED standard 1
# ----------------------------------------------------------------------------------------------------
def build_ccg():
    notes = {
        "¹": "Provisional, pending the June 2022 training audit; the rating stands for this return.",
        "²": "Retained at Amber so as not to be complacent during the move to the Integrated Care Board in 2022.",
        "³": "The young people's reference group is run jointly with Rivelsby Community Health NHS Trust.",
    }
    p = PDF("NHS Rivelsby CCG - Section 11 self-assessment 2021", "Carol Ingham", footnotes=notes,
            foot_reserve=44)
    p.para("NHS Rivelsby Clinical Commissioning Group", font="Helvetica-Bold", size=16, after=2)
    p.para("Section 11 Self-Assessment for the Rivelsby Safeguarding Children Partnership, 2021",
           font="Helvetica-Bold", size=11, after=8)
    p.para("Executive lead: Dr Alison Merritt, Chief Nurse and Director of Quality", after=1)
    p.para("Prepared by: Carol Ingham, Designated Nurse for Safeguarding Children", after=1)
    p.para("Approved: Quality and Safeguarding Committee, 14 September 2021", after=1)
    p.para("Submitted: 20 September 2021", after=8)
    p.para("The CCG commissions acute, community, mental health and primary care services for Rivelsby. "
           "This return covers the CCG as a commissioner and its assurance of the health providers it "
           "commissions. Some ratings carry a footnote; the footnotes qualify the rating but do not "
           "change it.")

    p.heading("Standard 1: Leadership and accountability")
    p.para("«1:Chief Nurse Dr Alison Merritt is the executive lead» for safeguarding. The Designated "
           "Nurse, Carol Ingham, and the Designated Doctor, Dr Tomasz Wilk, were in post full time "
           "throughout 2020/21, and the CCG funded a Named GP for 0.4 WTE from April 2021.")
    p.para("The «1:Quality and Safeguarding Committee received six safeguarding reports» in 2020/21, all "
           "given an 'assured' rating. There are «1:safeguarding standards in 100% of provider contracts», "
           "checked every quarter through the Safeguarding Assurance Tool; all four main providers "
           "submitted every return on time. Internal audit reviewed the CCG's safeguarding arrangements "
           "in March 2021 and gave substantial assurance with no recommendations.")
    p.para("Self-rating: Amber²", font="Helvetica-Bold")

    p.heading("Standard 2: Safe recruitment, induction, training and development")
    p.para("«2:Level 3 training compliance across CCG staff was 96%» at March 2021, and 100% of the "
           "safeguarding team hold Level 4 or 5. «2:Safer recruitment training was completed by all 22 "
           "recruiting managers», and DBS checks are in place for every post that requires one.")
    p.para("The «2:GP safeguarding leads forum met four times» in the year, with an average attendance "
           "of 31 of the 38 practices. All new starters complete safeguarding induction in their first "
           "week.")
    p.para("Self-rating: Green¹", font="Helvetica-Bold")

    p.heading("Standard 3: Safeguarding policies and procedures")
    p.para("The CCG safeguarding policy was reviewed in July 2021. The «3:information sharing agreement "
           "with GP practices» has been signed by 31 of the 38 practices; the other seven have been "
           "chased and the agreement is on the agenda of the November GP forum.")
    p.para("«3:Child Death Overview Panel learning» about safe sleep has been shared with all practices "
           "and the maternity provider. However, the partnership's was not brought guidance has «3:not "
           "yet been adopted by 9 practices», and the audit of primary care safeguarding registers "
           "planned for June 2021 slipped to November.")
    p.para("Self-rating: Amber", font="Helvetica-Bold")

    p.heading("Standard 4: Listening to children and young people")
    p.para("The «4:young people's reference group of 18 members» reviewed the CAMHS service "
           "specification before re-procurement in spring 2021. As a direct result the CCG «4:changed the "
           "CAMHS referral letter wording» and added a requirement for a text-based contact option.")
    p.para("A «4:You Said, We Did report was published in May 2021» and shared with the group and with "
           "schools. Providers report children's feedback quarterly through the Safeguarding Assurance "
           "Tool.")
    p.para("Self-rating: Green³", font="Helvetica-Bold")

    p.heading("Common questions")
    p.para("Q1. " + Q1, font="Helvetica-Bold")
    p.para("Rivelsby Constabulary's daily domestic abuse triage meeting at the front door now includes the "
           "health navigator, so health visitors and school nurses know about incidents by the next "
           "morning.")
    p.para("Q2. " + Q2, font="Helvetica-Bold")
    p.table([["Standard", "Self-rating"],
             ["1. Leadership and accountability", "Amber²"],
             ["2. Safe recruitment, induction, training and development", "Green¹"],
             ["3. Safeguarding policies and procedures", "Amber"],
             ["4. Listening to children and young people", "Green³"]], [3, 1])
    p.para("Q3. " + Q3, font="Helvetica-Bold")
    p.para("The Designated Nurse sits on the partnership's learning and development group, and the CCG "
           "funds two places per practice on the partnership's Level 3 course each year.")
    p.para("Q4. " + Q4, font="Helvetica-Bold")
    p.para("Yes. GP referrals to children's social care rated as good quality rose from 62% to 79% "
           "after the primary care training programme.")
    p.para("Q5. " + Q5, font="Helvetica-Bold")
    p.para("Through provider assurance returns, internal audit, the Designated Professionals' annual "
           "report and feedback from the young people's reference group.")
    return p.save()


# ----------------------------------------------------------------------------------------------------
# 6. Rivelsby Learning Partnership - numbered common questions (docx)  plants: OVER_RATED 2, Q3 unanswered
# ----------------------------------------------------------------------------------------------------
NUMID = "77"


def add_numbering(d):
    el = d.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%s"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), NUMID))
    nums = el.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        el.append(absn)
    el.append(parse_xml('<w:num %s w:numId="%s"><w:abstractNumId w:val="%s"/></w:num>'
                        % (nsdecls("w"), NUMID, NUMID)))


def numbered(d, text):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>'
                            % (nsdecls("w"), NUMID)))
    r = p.add_run(t(text))
    r.bold = True
    p.paragraph_format.space_before = Pt(8)
    return p


def build_academy():
    d = new_doc(font="Arial", size=10)
    add_numbering(d)
    dpara(d, "Rivelsby Learning Partnership", bold=True, size=18, space_after=0)
    dpara(d, "A multi-academy trust of seven academies", italic=True)
    dpara(d, "Section 11 Self-Assessment 2021 - Rivelsby Safeguarding Children Partnership", bold=True, size=12)
    for ln in ["Trust Safeguarding Lead: Dr Miriam Osei", "Safeguarding trustee: Mr Colin Ashworth",
               "Chief Executive: Mrs Deborah Fairley", "Date: 15 September 2021"]:
        dpara(d, ln, space_after=2)

    dhead(d, "Part 1: The four standards", 1)
    dhead(d, "Standard 1 - Leadership and accountability", 2)
    dpara(d, "The «1:Trust Safeguarding Lead, Dr Miriam Osei», line manages the seven Designated "
             "Safeguarding Leads (DSLs) for safeguarding matters and reports termly to the Board of "
             "Trustees. The Board's «1:safeguarding trustee, Mr Colin Ashworth», meets her half-termly "
             "and visits two academies each term.")
    dpara(d, "The trust completed «1:termly safeguarding reviews at all seven academies» in autumn 2020 "
             "and spring 2021, with written reports to each local governing body and a trust-wide "
             "action log. All actions from the autumn reviews were closed by April 2021.")
    dpara(d, "Our self-assessment rating: Green", bold=True)

    dhead(d, "Standard 2 - Safe recruitment, induction, training and development", 2)
    dpara(d, "All staff receive safeguarding training and we have a strong culture of safer recruitment "
             "across the trust. Every DSL and deputy DSL completed their two-yearly DSL training, and new "
             "staff receive a safeguarding induction on their first day.")
    dpara(d, "The spring 2021 review of the «2:single central record found gaps at two academies», "
             "including missing references and one overseas check. The «2:safeguarding refresher was "
             "completed by 64% of support staff» by July 2021, as many support staff were furloughed or "
             "shielding. The trust's «2:safer recruitment policy was due for review in July 2020» and has "
             "not yet been updated.")
    dpara(d, "Our self-assessment rating: Green", bold=True)

    dhead(d, "Standard 3 - Safeguarding policies and procedures", 2)
    dpara(d, "The «3:child protection policy was updated for KCSIE 2021» on 1 September 2021 and adopted "
             "by every academy, with a local annex for each. «3:CPOMS is used in all seven academies» "
             "to record concerns, giving the trust lead live oversight.")
    dpara(d, "A «3:DSL audit of 90 concerns in June 2021» found 95% were actioned on the same day and "
             "100% of referrals to children's social care followed the partnership threshold document. "
             "The online safety and child-on-child abuse policies were reviewed in May 2021 after the "
             "Ofsted review of sexual abuse in schools.")
    dpara(d, "Our self-assessment rating: Green", bold=True)

    dhead(d, "Standard 4 - Listening to children and young people", 2)
    dpara(d, "Academies ran «4:pupil voice surveys in five of seven academies» in 2020/21; the other two "
             "postponed theirs because of the lockdown. There are «4:student safeguarding ambassadors at "
             "the two secondary academies», who led an anti-bullying week and helped rewrite the "
             "student-friendly version of the behaviour policy.")
    dpara(d, "We have not yet found a good way to report back to pupils on what changed as a result of "
             "their views, and «4:primary pupils' views are gathered less systematically». Plan: a "
             "trust-wide pupil survey in November 2021 with 'You said, we did' assemblies.")
    dpara(d, "Our self-assessment rating: Amber", bold=True)

    dhead(d, "Part 2: Common questions", 1)
    numbered(d, Q1)
    dpara(d, "The council's education safeguarding team set up a weekly DSL drop-in during the lockdowns. "
             "Our DSLs used it to get quick advice on vulnerable pupils not attending, and it led to a "
             "shared attendance protocol with the front door.")
    numbered(d, Q2)
    dpara(d, "Standard 1: Green. Standard 2: Green. Standard 3: Green. Standard 4: Amber.")
    numbered(d, Q3)
    numbered(d, Q4)
    dpara(d, "Yes. After the partnership's child-on-child abuse briefing, DSLs recorded 41 concerns in "
             "the summer term compared with 17 in the spring term, and staff report more confidence in "
             "challenging harmful sexual behaviour.")
    numbered(d, Q5)
    dpara(d, "Through the termly safeguarding reviews, CPOMS reports to trustees and feedback from the "
             "local authority's annual safeguarding audit of schools.")
    dpara(d, "Signed on behalf of the Board of Trustees: Mr Colin Ashworth, 15 September 2021", italic=True)
    return finish_docx(d, "Rivelsby Learning Partnership Section 11 return 2021", "Miriam Osei",
                       datetime.datetime(2021, 9, 15, 16, 0, 0))


# ----------------------------------------------------------------------------------------------------
# 7. Rivelsby Probation Delivery Unit - traffic-light graphic (pdf)      plant: honest Red standard 2
# ----------------------------------------------------------------------------------------------------
LIGHTS = [("red", "#C00000"), ("amber", "#FFC000"), ("green", "#00B050")]


def lights(p, x_right, y, rating, r=6):
    c = p.c
    x = x_right - 2 * (2 * r + 6) - r
    for name, hexc in LIGHTS:
        col = colors.HexColor(hexc)
        c.setStrokeColor(col)
        c.setLineWidth(1.5)
        c.setFillColor(col)
        c.circle(x, y, r, stroke=1, fill=1 if name == rating else 0)
        x += 2 * r + 6
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)


def build_probation():
    p = PDF("Rivelsby Probation Delivery Unit - Section 11 return 2021", "Dev Mistry")
    p.para("The Probation Service", font="Helvetica", size=11, after=2)
    p.para("Rivelsby Probation Delivery Unit", font="Helvetica-Bold", size=18, after=4)
    p.para("Section 11 Self-Assessment 2021 - Rivelsby Safeguarding Children Partnership",
           font="Helvetica-Bold", size=11, after=8)
    p.para("Head of PDU: Janine Copeland", after=1)
    p.para("Prepared by: Dev Mistry, Senior Probation Officer and safeguarding single point of contact",
           after=1)
    p.para("Date: 29 September 2021", after=8)
    p.para("This return covers the Rivelsby PDU, which supervises around 1,450 people on probation in the "
           "community. On 26 June 2021 the National Probation Service and the Community Rehabilitation "
           "Company were unified into the Probation Service, and the figures below combine both "
           "organisations where possible. The filled light beside each heading shows our "
           "self-assessment for that standard.")

    def std_heading(num, rating):
        p.ensure(60)
        p.y -= 8
        y0 = p.y
        p.R -= 70
        p.para("Standard %s: %s" % (num, STD[num]) if num != "2" else
               "Standard 2: Safe recruitment, induction, training and development",
               font="Helvetica-Bold", size=12, after=4, colour=colors.HexColor("#1F3864"))
        p.R += 70
        lights(p, p.R, y0 - 12 + 4, rating)

    # narrower text so headings do not run under the lights
    std_heading("1", "amber")
    p.para("The «1:Head of PDU, Janine Copeland, is the named lead» for safeguarding children and "
           "attends the partnership executive. «1:Senior Probation Officer Dev Mistry» is the safeguarding "
           "single point of contact and chairs a monthly safeguarding meeting for middle managers.")
    p.para("A «1:quality assurance review of 40 cases in February 2021» found that safeguarding "
           "enquiries had been made in 70% of cases where children were linked to the person on "
           "probation. The learning was shared in team meetings, but governance arrangements for the "
           "unified service are still being finalised and a regional safeguarding board has met only "
           "once.")

    std_heading("2", "red")
    p.para("The unification of probation services has severely disrupted training and supervision. Only "
           "«2:41% of staff have completed safeguarding children training» in the last three years, "
           "against a national expectation of 100%.")
    p.para("There is «2:no safeguarding module in induction for 19 new starters» who joined from the "
           "former Community Rehabilitation Company and through the trainee scheme. A case sample in "
           "August 2021 found «2:management oversight recorded in 38% of cases» with child safeguarding "
           "concerns. Vetting for all staff is carried out nationally by HMPPS and is up to date.")
    p.para("Plan: the regional training team will run safeguarding children sessions from November 2021, "
           "with a recovery target of 85% completion by March 2022, and a management oversight template "
           "will be mandatory from October 2021.")

    std_heading("3", "green")
    p.para("The «3:child safeguarding policy framework was reissued in June 2021» for the unified "
           "service. A July 2021 audit of 110 new cases found a «3:children's services enquiry made in 96% "
           "of new cases» where children were identified, and home visits took place where required.")
    p.para("«3:MAPPA and MARAC attendance was 100%» throughout 2020/21. The escalation protocol was used "
           "four times, all resolved. Domestic abuse enquiries with the police are completed before "
           "every court report.")

    std_heading("4", "amber")
    p.para("Probation staff work mainly with adults, so children's voices reach us mostly through the "
           "people we supervise and partner agencies. A «4:parenting and family engagement toolkit was "
           "introduced» in January 2021, and in the February review «4:people on probation were asked "
           "about their children» in 64% of assessments.")
    p.para("A «4:lived experience panel of 6 members» includes two young adults who were supervised as "
           "young people; they advised on the transition process from youth justice. We do not yet hear "
           "directly from children affected by parental offending and will work with the Youth "
           "Collective on this in 2022.")

    p.heading("Common questions", size=12)
    p.para("Q1. " + Q1, font="Helvetica-Bold")
    p.para("The Youth Justice Service agreed a joint transitions protocol in March 2021, so young people "
           "moving to probation at 18 now have a joint meeting three months before transfer.")
    p.para("Q2. " + Q2, font="Helvetica-Bold")
    p.para("Our self-assessment for each standard is shown by the filled light beside each heading, and "
           "summarised below.")
    for num in ["1", "2", "3", "4"]:
        rating = {"1": "amber", "2": "red", "3": "green", "4": "amber"}[num]
        p.ensure(20)
        p.y -= 16
        p.c.setFont("Helvetica", 10)
        label = "Standard %s: %s" % (num, STD[num])
        p.c.drawString(p.L + 10, p.y, label)
        lights(p, p.L + 420, p.y + 3.5, rating, r=5)
    p.y -= 12
    p.para("Q3. " + Q3, font="Helvetica-Bold")
    p.para("We remain committed to the partnership's training, but attendance fell in 2020/21: nine "
           "practitioners attended partnership courses. We have nominated a training champion for each "
           "team for 2021/22.")
    p.para("Q4. " + Q4, font="Helvetica-Bold")
    p.para("Where staff attended the domestic abuse and children course, the February review found better "
           "recording of contact with children's services. We cannot yet show a wider impact.")
    p.para("Q5. " + Q5, font="Helvetica-Bold")
    p.para("Through case audits, HMI Probation inspection findings, and the regional performance reports, "
           "which we will review quarterly with the partnership.")
    return p.save()


# ----------------------------------------------------------------------------------------------------
# 8. Rivelsby Youth Collective - rotated summary table (pdf)      plant: MISSING_SECTION standard 2
# ----------------------------------------------------------------------------------------------------
def build_youth():
    p = PDF("Rivelsby Youth Collective - Section 11 return 2021", "Tasha Lindqvist")
    p.para("Rivelsby Youth Collective", font="Helvetica-Bold", size=18, after=2)
    p.para("Registered charity providing open access and detached youth work", font="Helvetica-Oblique",
           after=6)
    p.para("Section 11 Self-Assessment 2021 for the Rivelsby Safeguarding Children Partnership",
           font="Helvetica-Bold", size=11, after=6)
    p.para("Completed by: Tasha Lindqvist, Chief Executive and Designated Safeguarding Lead", after=1)
    p.para("Reviewed by: Omar Haddad, Chair of Trustees", after=1)
    p.para("Date: 27 September 2021", after=8)
    p.para("The Youth Collective runs two youth centres (Eastgate and Millbrook), a detached youth work "
           "team and a young carers' group, working with about 650 young people aged 11 to 19 each year. "
           "We have 17 paid staff and 30 volunteers. Our self-ratings are summarised in the table on "
           "page 3.")

    p.heading("Standard 1: Leadership and accountability")
    p.para("«1:Chief Executive Tasha Lindqvist is the designated safeguarding lead», supported by two "
           "deputy leads at the youth centres. The «1:trustee board receives a safeguarding report twice "
           "a year», and one trustee has a safeguarding background.")
    p.para("There has been «1:no internal audit of safeguarding files yet»; the planned audit in 2020 "
           "did not happen because the centres were closed for long periods. Plan: a peer audit with "
           "another youth charity in January 2022, and quarterly rather than six-monthly reports to "
           "trustees.")

    p.heading("Standard 3: Safeguarding policies and procedures")
    p.para("The «3:safeguarding policy was reviewed by trustees in January 2021» and includes online "
           "youth work, which grew rapidly during lockdown. Staff raised 23 concerns in 2020/21, and "
           "«3:all 23 concerns were referred on the same day» to children's social care or the police "
           "where required.")
    p.para("Our «3:detached youth work lone working and exploitation protocol» was written with the "
           "police exploitation team in October 2020 and has been used to share intelligence about 11 "
           "young people at risk; the council's Exploitation Hub has given positive feedback on its use.")

    p.heading("Standard 4: Listening to children and young people")
    p.para("Young people are involved in every part of our work. The «4:Young Trustees group of 8 "
           "members» sits alongside the board and has a vote on the annual plan. Young people "
           "«4:co-designed the summer 2021 programme», which had 410 attendances, 30% more than 2019.")
    p.para("Each centre has a «4:'You Said, We Did' board at both youth centres» that is updated "
           "monthly, and an annual feedback survey (212 responses in 2021) showed 91% of young people "
           "felt listened to by staff.")

    p.heading("Common questions")
    p.para("Q1. " + Q1, font="Helvetica-Bold")
    p.para("The police exploitation team shared a weekly hot-spot briefing with our detached workers from "
           "October 2020, which meant we could be in the right places at the right times.")
    p.para("Q2. " + Q2, font="Helvetica-Bold")
    p.para("Please see the summary table on page 3 (printed landscape).")
    p.para("Q3. " + Q3, font="Helvetica-Bold")
    p.para("All our youth workers attend the partnership's exploitation course, and our deputy leads "
           "attended the neglect course. We also host a partnership course at Eastgate each term.")
    p.para("Q4. " + Q4, font="Helvetica-Bold")
    p.para("Yes. Since the exploitation course, our detached workers record more detailed observations, "
           "and the Exploitation Hub says our information is among the most useful it receives.")
    p.para("Q5. " + Q5, font="Helvetica-Bold")
    p.para("From young people's feedback, the number and quality of our referrals, and the comments of "
           "partners at the Exploitation Hub.")

    # rotated summary table on its own portrait page
    p.new_page()
    c = p.c
    c.saveState()
    c.translate(p.W, 0)
    c.rotate(90)
    saved = (p.L, p.R, p.top, p.bottom, p.y)
    p.L, p.R, p.top, p.bottom = 56, p.H - 56, p.W - 56, 40
    p.y = p.top
    p.para("Summary of self-ratings 2021 (Q2)", font="Helvetica-Bold", size=13, after=8)
    p.table([["Standard", "Self-rating", "Main evidence", "Priority for 2021/22"],
             ["1. Leadership and accountability", "Amber",
              "Named lead and deputies; six-monthly reports to trustees",
              "Peer audit of safeguarding files, January 2022"],
             ["3. Safeguarding policies and procedures", "Green",
              "Policy reviewed January 2021; same-day referral of concerns",
              "Keep the detached protocol under review with the police"],
             ["4. Listening to children and young people", "Green",
              "Young Trustees; co-designed summer programme; feedback survey",
              "Extend the Young Trustees to the young carers' group"]],
            [2.4, 1, 3.2, 3], size=10)
    pageno_y = p.y
    p.L, p.R, p.top, p.bottom, p.y = saved
    c.restoreState()
    assert pageno_y > 40
    return p.save()


# ----------------------------------------------------------------------------------------------------
# 9. Rivelsby Leisure Trust - "not applicable" claim (docx)       plant: MISSING_RATING standard 4 (N/A)
# ----------------------------------------------------------------------------------------------------
def build_leisure():
    d = new_doc(font="Verdana", size=9.5)
    dpara(d, "Rivelsby Leisure Trust", bold=True, size=16, space_after=0)
    dpara(d, "Section 11 Self-Assessment 2021", bold=True, size=12)
    tbl = d.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (k, v) in enumerate([("Organisation", "Rivelsby Leisure Trust (charitable trust operating "
                                                  "leisure centres on behalf of Rivelsby Council)"),
                                ("Safeguarding lead", "Craig Whitley, Head of Operations"),
                                ("Completed by", "Sophie Brannigan, Safeguarding and Compliance Officer"),
                                ("Date", "23 September 2021")]):
        cell_set(tbl.cell(i, 0), k, bold=True)
        cell_set(tbl.cell(i, 1), v)
    dpara(d, "")
    dpara(d, "The Trust runs three leisure centres and two swimming pools. Around 1,900 children take "
             "part in our swimming lessons each week, and we run holiday activity camps and junior gym "
             "sessions. We are a small organisation with a lean management team, and this return "
             "reflects that.")

    dhead(d, "Standard 1: Leadership and accountability", 2)
    dpara(d, "«1:Head of Operations, Craig Whitley, is the safeguarding lead» and each centre has a "
             "designated safeguarding officer. «1:Safeguarding is reported to the Trust board twice a "
             "year», through the compliance report.")
    dpara(d, "However, «1:no safeguarding audit has been carried out» since 2019, and the board has not "
             "had safeguarding training. Plan: an external audit through the county sports partnership "
             "in early 2022 and board training in December 2021.")
    dpara(d, "Rating: Amber", bold=True)

    dhead(d, "Standard 2: Safe recruitment, induction, training and development", 2)
    dpara(d, "There are «2:enhanced DBS checks for all 64 swimming teachers and coaches», renewed every "
             "three years and tracked on the HR system. «2:Level 2 safeguarding training was completed by "
             "97%» of staff working with children (March 2021), and «2:safer recruitment training for all "
             "9 duty managers» was completed in November 2020.")
    dpara(d, "Every new starter has a safeguarding induction before working with children, and two "
             "allegations were referred to the LADO in the year, both within one working day. The swim "
             "school's lesson observations include a safeguarding check.")
    dpara(d, "Rating: Green", bold=True)

    dhead(d, "Standard 3: Safeguarding policies and procedures", 2)
    dpara(d, "The «3:safeguarding and child protection policy was reviewed in May 2021». The «3:lost child "
             "procedure was tested at both pools» in July 2021 and worked as intended.")
    dpara(d, "There is «3:no written procedure for online bookings by under-16s», and we have not yet "
             "adopted the partnership escalation policy. Plan: both by January 2022.")
    dpara(d, "Rating: Amber", bold=True)

    dhead(d, "Standard 4: Listening to children and young people", 2)
    dpara(d, "N/A - not applicable to our service.", bold=True)
    dpara(d, "«4:We do not provide care or casework for children», so there is no individual plan in "
             "which a child's voice could be recorded. «4:Customer comment cards are at every reception» "
             "for all users, and «4:the annual customer survey is open to all ages».")

    dhead(d, "Common questions", 2)
    dpara(d, "Q1. " + Q1, bold=True)
    dpara(d, "The council's early help team ran a session for our holiday camp staff in summer 2021 on "
             "spotting children who are hungry or neglected, which led to three early help referrals.")
    dpara(d, "Q2. " + Q2, bold=True)
    dpara(d, "Standard 1: Amber. Standard 2: Green. Standard 3: Amber. Standard 4: N/A.")
    dpara(d, "Q3. " + Q3, bold=True)
    dpara(d, "Our centre safeguarding officers attend the partnership's introduction course, and we "
             "would welcome more evening sessions for part-time staff.")
    dpara(d, "Q4. " + Q4, bold=True)
    dpara(d, "Staff are more confident in reporting concerns: 14 concerns were logged in 2020/21 compared "
             "with 6 the year before, even though the centres were closed for part of the year.")
    dpara(d, "Q5. " + Q5, bold=True)
    dpara(d, "Through our concern log, DBS tracking, training records and feedback from the council's "
             "contract manager.")
    return finish_docx(d, "Rivelsby Leisure Trust Section 11 return 2021", "Sophie Brannigan",
                       datetime.datetime(2021, 9, 23, 12, 0, 0))


# ----------------------------------------------------------------------------------------------------
# Specs and gold
# ----------------------------------------------------------------------------------------------------
ALL = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
QS = ["Q1", "Q2", "Q3", "Q4", "Q5"]

SPECS = [
    dict(file="r-rivelsby-constabulary-s11-2021.docx", build=build_police,
         agency=["Rivelsby Constabulary", "Rivelsby Police", "RC"],
         own={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={"3": ["UNDER_RATED"]}, pd=[], late=False, unanswered=[]),
    dict(file="r-rivelsby-council-childrens-services-s11-2021.docx", build=build_council,
         agency=["Rivelsby Council Children's Services", "Rivelsby Council", "RCCS"],
         own={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={}, pd=[], late=False, unanswered=["Q1"]),
    dict(file="r-rivelsby-community-health-nhs-trust-s11-2021.docx", build=build_health,
         agency=["Rivelsby Community Health NHS Trust", "Rivelsby Community Health", "RCHT"],
         own={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         ev={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         gaps={}, late=False, unanswered=[],
         pd=["Kayleigh Marsh", "14/03/2010", "12 Fenwick Close, Rivelsby ZX4 7QP", "999 482 7716",
             "Donna Marsh", "07700 900412"]),
    dict(file="r-rivelsby-fire-and-rescue-service-s11-2021.pdf", build=build_fire,
         agency=["Rivelsby Fire and Rescue Service", "Rivelsby Fire", "RFRS"],
         own={"1": "amber", "2": "amber", "3": "amber", "4": "green"},
         ev={"1": "amber", "2": "amber", "3": "amber", "4": "amber"},
         gaps={"4": ["OVER_RATED"]}, pd=[], late=True, unanswered=[]),
    dict(file="r-nhs-rivelsby-ccg-s11-2021.pdf", build=build_ccg,
         agency=["NHS Rivelsby Clinical Commissioning Group", "Rivelsby CCG", "RCCG"],
         own={"1": "amber", "2": "green", "3": "amber", "4": "green"},
         ev={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={"1": ["UNDER_RATED"]}, pd=[], late=False, unanswered=[]),
    dict(file="r-rivelsby-learning-partnership-s11-2021.docx", build=build_academy,
         agency=["Rivelsby Learning Partnership", "Learning Partnership", "RLP"],
         own={"1": "green", "2": "green", "3": "green", "4": "amber"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={"2": ["OVER_RATED"]}, pd=[], late=False, unanswered=["Q3"]),
    dict(file="r-rivelsby-probation-delivery-unit-s11-2021.pdf", build=build_probation,
         agency=["Rivelsby Probation Delivery Unit", "Rivelsby PDU", "PDU"],
         own={"1": "amber", "2": "red", "3": "green", "4": "amber"},
         ev={"1": "amber", "2": "red", "3": "green", "4": "amber"},
         gaps={}, pd=[], late=False, unanswered=[]),
    dict(file="r-rivelsby-youth-collective-s11-2021.pdf", build=build_youth,
         agency=["Rivelsby Youth Collective", "Youth Collective", "RYC"],
         own={"1": "amber", "2": None, "3": "green", "4": "green"},
         ev={"1": "amber", "2": None, "3": "green", "4": "green"},
         gaps={"2": ["MISSING_SECTION"]}, pd=[], late=False, unanswered=[]),
    dict(file="r-rivelsby-leisure-trust-s11-2021.docx", build=build_leisure,
         agency=["Rivelsby Leisure Trust", "Rivelsby Leisure", "RLT"],
         own={"1": "amber", "2": "green", "3": "amber", "4": None},
         ev={"1": "amber", "2": "green", "3": "amber", "4": "red"},
         gaps={"4": ["MISSING_RATING"]}, pd=[], late=False, unanswered=[]),
]


def j(v):
    return json.dumps(v, ensure_ascii=False)


def ymap(dct):
    parts = []
    for k, v in dct.items():
        parts.append("%s: %s" % (j(k), "null" if v is None else v))
    return "{" + ", ".join(parts) + "}"


def gold_text(spec, frags):
    gaps = spec["gaps"]
    lines = ["file: " + spec["file"],
             "agency: " + j(spec["agency"]),
             "status: ok",
             "error_code: null",
             "framework: gscp-2021",
             "self_ratings: " + ymap(spec["own"]),
             "evidence_supports: " + ymap(spec["ev"]),
             "evidence_must_include:"]
    for s in "1234":
        lines.append("  %s: %s" % (j(s), j(frags.get(s, []))))
    ge = {s: g for s, g in gaps.items()}
    if spec["unanswered"]:
        ge["common"] = ["COMMON_QUESTION_UNANSWERED"]
    if ge:
        lines.append("gaps_expected: {" + ", ".join("%s: [%s]" % (j(k), ", ".join(v)) for k, v in ge.items()) + "}")
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
            forb = list(ALL)
        lines.append("  %s: [%s]" % (j(s), ", ".join(forb)))
    if not spec["unanswered"]:
        lines.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    lines.append("personal_data: " + j(spec["pd"]))
    lines.append("late: " + ("true" if spec["late"] else "false"))
    lines.append("common_questions_answered: {" + ", ".join(
        '"%s": %s' % (q, "false" if q in spec["unanswered"] else "true") for q in QS) + "}")
    return "\n".join(lines) + "\n"


def build_all():
    out = {}
    for spec in SPECS:
        REC.clear()
        data = spec["build"]()
        frags = {k: list(v) for k, v in REC.items()}
        out[spec["file"]] = (data, gold_text(spec, frags), frags)
    return out


# ----------------------------------------------------------------------------------------------------
# Checking
# ----------------------------------------------------------------------------------------------------
def units_docx(data):
    from docx.text.paragraph import Paragraph
    d = docx.Document(io.BytesIO(data))
    return [Paragraph(p, d).text for p in d.element.body.iter(qn("w:p"))]


def units_pdf(data):
    import pdfplumber
    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            lines.extend((pg.extract_text() or "").split("\n"))
    return lines


def check(built):
    import yaml
    ok = True

    def bad(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    for name, (data, gold, frags) in built.items():
        spec = next(s for s in SPECS if s["file"] == name)
        path = os.path.join(SUB, name)
        if not os.path.exists(path) or open(path, "rb").read() != data:
            bad("%s bytes differ from disk" % name)
        gpath = os.path.join(GOLD, name + ".yml")
        if not os.path.exists(gpath) or open(gpath, encoding="utf-8").read() != gold:
            bad("%s gold differs from disk" % name)
        g = yaml.safe_load(gold)
        if g["file"] != name:
            bad("%s gold file name" % name)
        units = units_docx(data) if name.endswith(".docx") else units_pdf(data)
        full = "\n".join(units)
        for s in "1234":
            fl = g["evidence_must_include"][s]
            if spec["ev"][s] is None:
                if fl:
                    bad("%s std %s missing section but has fragments" % (name, s))
                continue
            if len(fl) != 3:
                bad("%s std %s has %d fragments" % (name, s, len(fl)))
            for f in fl:
                nw = len(f.split())
                if not 3 <= nw <= 10:
                    bad("%s fragment %r has %d words" % (name, f, nw))
                n_units = sum(u.count(f) for u in units)
                n_full = full.count(f)
                if n_units != 1 or n_full != 1:
                    bad("%s fragment %r: %d in units, %d in full text" % (name, f, n_units, n_full))
        for pdstr in spec["pd"]:
            if sum(u.count(pdstr) for u in units) < 1:
                bad("%s personal data %r not found" % (name, pdstr))
        if "probation" in name and re.search(r"\b(red|amber|green)\b", full, re.I):
            bad("%s has a rating word" % name)
        if "youth" in name and re.search(r"Standard 2|recruit", full):
            bad("%s mentions standard 2" % name)
        if name.endswith(".docx") and "health" in name:
            if b'w:num="2"' not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"):
                bad("health: no two-column section")
    return ok


def main():
    built = build_all()
    if "--check" in sys.argv:
        ok = check(built)
        # determinism: a second in-memory build must be byte-identical
        again = build_all()
        for k in built:
            if again[k][0] != built[k][0] or again[k][1] != built[k][1]:
                ok = False
                print("FAIL: %s not deterministic" % k)
        print("check OK" if ok else "check FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, (data, gold, _) in built.items():
        with open(os.path.join(SUB, name), "wb") as fh:
            fh.write(data)
        with open(os.path.join(GOLD, name + ".yml"), "w", encoding="utf-8") as fh:
            fh.write(gold)
        print("wrote", name)


if __name__ == "__main__":
    main()
