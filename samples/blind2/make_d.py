#!/usr/bin/env python3
"""Generate blind set D: nine invented Section 11 returns (2020/21) to the fictional
Marlbeck Safeguarding Children Partnership, plus their gold files.

Usage:
    make_d.py            write submissions/d-*.docx|pdf and gold/d-*.yml
    make_d.py --check    rebuild everything in memory, compare bytes with the files on
                         disk and check every gold fragment / personal-data string
                         against the extracted text

Everything is deterministic: fixed core properties and zip timestamps for Word,
reportlab invariant=1 for PDF. All people, places, postcodes and numbers are invented.
"""
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
GOLD = HERE / "gold"

GREEN_HEX, AMBER_HEX, RED_HEX = "00B050", "FFC000", "C00000"
ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]


# --------------------------------------------------------------------------- sources
class Src:
    """Records the source text of a document, per standard, for the section check."""

    def __init__(self):
        self.by_std = defaultdict(list)
        self.all = []

    def add(self, std, text):
        self.all.append(text)
        if std:
            self.by_std[std].append(text)
        return text


# --------------------------------------------------------------------------- Word helpers
def new_docx(header, font, size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    return d


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def bold_para(d, text, size=None, colour=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return p


def docx_bytes(d, title, author, when):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Section 11 self-assessment 2020/21"
    cp.keywords = "Section 11; MSCP"
    cp.comments = ""
    cp.category = ""
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- PDF helpers
def numbered_canvas(header, font):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(20 * mm, 287 * mm, header)
                self.drawRightString(190 * mm, 10 * mm, f"Page {i} of {n}")
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_bytes(story, header, title, author, font="Helvetica", margins=(20, 20, 22, 20)):
    buf = io.BytesIO()
    l, r, t, b = margins
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title,
                            author=author, subject="Section 11 self-assessment 2020/21",
                            creator="make_d.py", invariant=1)
    doc.build(story, canvasmaker=numbered_canvas(header, font))
    return buf.getvalue()


def styles(font, bold, size=10):
    return {
        "title": ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=5,
                             spaceAfter=2),
        "body": ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32,
                               spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=8.5, leading=10.5),
        "smallb": ParagraphStyle("sb", fontName=bold, fontSize=8.5, leading=10.5),
    }


def P(text, style):
    return Paragraph(escape(text), style)


# =========================================================================== documents
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# --------------------------------------------------------------------------- 1 council
@doc
def council():
    name = "d-marlbeck-county-council-childrens-services-s11-2021.docx"
    s = Src()
    d = new_docx("Marlbeck County Council, Children's Services | Section 11 self-assessment "
                 "2020/21", "Calibri")
    d.add_paragraph(s.add(None, "Section 11 Self-Assessment 2020/21"), style="Title")
    for t in [
        "Return from Marlbeck County Council Children's Services to the Marlbeck Safeguarding "
        "Children Partnership, submitted on 24 September 2021.",
        "Each of the partnership's four standards is broken into four sub-standards. We rate "
        "every sub-standard separately and then agree an overall rating for the standard at "
        "the directorate's Safeguarding Assurance Group, which signed off this return on "
        "9 September 2021.",
    ]:
        d.add_paragraph(s.add(None, t))

    def standard(std, title, subs, overall, closing):
        d.add_heading(s.add(std, f"Standard {std}: {title}"), level=1)
        for code, sub_title, paras, rating in subs:
            d.add_heading(s.add(std, f"{code} {sub_title}"), level=2)
            for t in paras:
                d.add_paragraph(s.add(std, t))
            p = d.add_paragraph()
            p.add_run(s.add(std, f"Sub-standard {code} rating: {rating}")).italic = True
        for t in closing:
            d.add_paragraph(s.add(std, t))
        bold_para(d, s.add(std, f"Overall rating for Standard {std}: {overall}"))

    standard("1", "Leadership and accountability", [
        ("1.1", "Senior leadership", [
            "The Director of Children's Services chairs the Safeguarding Assurance Group, which "
            "met on eleven occasions during 2020/21 even at the height of the pandemic.",
            "The Lead Member for Children and Families receives a quarterly safeguarding "
            "performance report and challenged the directorate twice this year on delays to "
            "initial child protection conferences.",
        ], "Green"),
        ("1.2", "Named lead and designated roles", [
            "The Head of Safeguarding and Quality Assurance is the directorate's named lead for "
            "Section 11 and has held the post since 2017.",
            "LADO capacity was increased from 1.0 to 1.6 full-time equivalent posts in "
            "September 2020 after contacts rose sharply during the first lockdown.",
        ], "Green"),
        ("1.3", "Safeguarding in commissioning", [
            "All 212 placement and support contracts held by the directorate include the "
            "partnership's safeguarding schedule.",
            "Contract monitoring visits in January 2021 found 96% of providers fully compliant "
            "with that schedule, and the remaining providers had improvement notices with "
            "dates.",
        ], "Green"),
        ("1.4", "Oversight of risk", [
            "Safeguarding risks sit on the directorate risk register and are reviewed every "
            "month by the Children's Leadership Team.",
            "When agency social worker numbers peaked at 31% in October 2020, the risk was "
            "escalated to the corporate register and a recruitment and retention package was "
            "agreed by Cabinet within six weeks.",
        ], "Green"),
    ], "Green", [])

    standard("2", "Staff safe recruitment, induction, training and development", [
        ("2.1", "Safer recruitment", [
            "The single central record audit in February 2021 sampled 180 personnel files and "
            "found 99% complete.",
            "The two gaps were references that arrived after the start date, and both were "
            "resolved within a week.",
            "Every interview panel for a post working with children includes a manager holding "
            "the safer recruitment certificate, and 142 managers now hold it.",
        ], "Green"),
        ("2.2", "Induction", [
            "New starters complete the children's services safeguarding induction within their "
            "first four weeks, and 93% did so in 2020/21 against our target of 90%.",
        ], "Green"),
        ("2.3", "Supervision", [
            "Our case file audit found supervision recorded within timescale in 81% of files, "
            "below our own standard of 90%.",
            "A shorter supervision template was introduced in May 2021 and team managers now "
            "see a weekly exception report.",
        ], "Amber"),
        ("2.4", "Training and development", [
            "Mandatory safeguarding training completion was 95% at 31 March 2021.",
            "A follow-up survey three months after courses found that 78% of practitioners had "
            "changed at least one piece of their practice.",
        ], "Green"),
    ], "Green", [
        "Supervision recording remains amber, but the Safeguarding Assurance Group agreed an "
        "overall Green for this standard given the strength of recruitment, induction and "
        "training.",
    ])

    standard("3", "Safeguarding policies and procedures", [
        ("3.1", "Policies in date", [
            "The procedures audit completed on 12 March 2021 confirmed that all 46 directorate "
            "safeguarding policies were in date.",
            "Every policy now links to the relevant chapter of the partnership's online "
            "procedures rather than copying it.",
        ], "Green"),
        ("3.2", "Allegations against adults", [
            "The LADO service received 318 contacts in 2020/21, and 97% received a response "
            "within one working day.",
            "Quarterly LADO reports go to the partnership and show the outcome of every "
            "allegation that met the threshold.",
        ], "Green"),
        ("3.3", "Information sharing", [
            "The MASH information-sharing protocol was re-signed by all eight partner agencies "
            "in November 2020.",
            "A dip sample of 60 MASH contacts in April 2021 found consent and the reason for "
            "sharing recorded in 58 of them.",
        ], "Green"),
        ("3.4", "Escalation and resolution", [
            "Our social workers used the partnership escalation policy 41 times this year, and "
            "39 disagreements were resolved at stage one or two.",
        ], "Green"),
    ], "Amber", [
        "Every sub-standard is green, but we have chosen to hold the overall rating for this "
        "standard at Amber to avoid complacency while the revised procedures settle in.",
    ])

    standard("4", "Listening to children and young people", [
        ("4.1", "Participation", [
            "The Children in Care Council, known locally as Marlbeck Voices, met fortnightly "
            "online throughout the lockdowns.",
            "Young inspectors reviewed three of our children's homes and their recommendations "
            "on bedroom privacy were adopted in all three homes.",
        ], "Green"),
        ("4.2", "Advocacy", [
            "Take-up of advocacy by children subject to child protection conferences rose from "
            "34% to 61% after the offer became opt-out in October 2020.",
        ], "Green"),
        ("4.3", "Influence on services", [
            "Care leavers co-designed the new Local Offer, which now includes council tax "
            "exemption up to the age of 25.",
        ], "Green"),
        ("4.4", "The child's voice in casework", [
            "An audit of 90 assessments in February 2021 found the child's own words recorded in "
            "84 of them.",
        ], "Green"),
    ], "Green", [])

    d.add_heading(s.add(None, "Partnership questions"), level=1)
    qa = [
        ("Q1. A partner agency that has improved how we work together",
         "Marlbeck Constabulary placed a detective sergeant in the MASH three days a week from "
         "January 2021, and strategy discussions now start on the day of referral in most "
         "cases."),
        ("Q2. Our ratings in summary",
         "Standard 1 Green, Standard 2 Green, Standard 3 Amber and Standard 4 Green."),
        ("Q3. Our commitment to partnership training",
         "The directorate funds 40% of the partnership's training budget and releases social "
         "workers to co-deliver the neglect and exploitation courses."),
        ("Q4. What training has changed in practice",
         "After the partnership's neglect toolkit course, use of the Graded Care Profile rose "
         "from 12 to 57 assessments a quarter."),
        ("Q5. How we know we are improving",
         "Re-referrals to children's social care within twelve months fell from 24% to 19%, "
         "and our audits show the child's voice recorded more often than a year ago."),
    ]
    for q, a in qa:
        d.add_heading(s.add(None, q), level=2)
        d.add_paragraph(s.add(None, a))
    d.add_paragraph(s.add(None, "Signed on behalf of the Director of Children's Services by "
                          "Corinna Halloway-Brent, Head of Safeguarding and Quality Assurance."))
    data = docx_bytes(d, "Section 11 Self-Assessment 2020/21", "Marlbeck County Council",
                      datetime(2021, 9, 24, 10, 0, 0))
    gold = dict(
        file=name,
        agency=["Marlbeck County Council Children's Services", "Marlbeck County Council",
                "MCC Children's Services"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "green", "3": "green", "4": "green"},
        evidence_must_include={
            "1": ["met on eleven occasions during 2020/21",
                  "found 96% of providers fully compliant",
                  "LADO capacity was increased from 1.0 to 1.6"],
            "2": ["sampled 180 personnel files and found 99% complete",
                  "supervision recorded within timescale in 81% of files",
                  "78% of practitioners had changed at least one"],
            "3": ["all 46 directorate safeguarding policies were in date",
                  "97% received a response within one working day",
                  "recorded in 58 of them"],
            "4": ["bedroom privacy were adopted in all three homes",
                  "rose from 34% to 61%",
                  "council tax exemption up to the age of 25"],
        },
        gaps_expected={"3": ["UNDER_RATED"]},
        gaps_forbidden={"1": ALL4, "2": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                        "3": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"], "4": ALL4,
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 2 police
@doc
def police():
    name = "d-marlbeck-constabulary-s11-2021.pdf"
    s = Src()
    st = styles("Helvetica", "Helvetica-Bold", 9.5)
    box_label = ParagraphStyle("bl", fontName="Helvetica", fontSize=8, leading=10,
                               alignment=TA_CENTER)
    box_value = ParagraphStyle("bv", fontName="Helvetica-Bold", fontSize=13, leading=16,
                               alignment=TA_CENTER)
    fills = {"GREEN": "#C6EFCE", "AMBER": "#FFE699"}
    story = [P(s.add(None, "Marlbeck Constabulary: Section 11 Return 2020/21"), st["title"])]
    for t in [
        "Prepared by the Public Protection Command on behalf of the Assistant Chief Constable "
        "(Crime and Justice) and approved on 22 September 2021.",
        "For each standard the force's self-assessment appears in the shaded box beside the "
        "text.",
    ]:
        story.append(P(s.add(None, t), st["body"]))

    def standard(std, title, rating, paras):
        head = P(s.add(std, f"Standard {std}. {title}"), st["h1"])
        left = [P(s.add(std, t), st["body"]) for t in paras]
        s.add(std, "Force self-assessment")
        s.add(std, rating)
        box = Table([[P("Force self-assessment", box_label)], [P(rating, box_value)]],
                    colWidths=[36 * mm])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fills[rating])),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7F7F7F")),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        t = Table([[left, box]], colWidths=[128 * mm, 42 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), 6)]))
        story.append(KeepTogether([head, t]))

    standard("1", "Leadership and accountability", "GREEN", [
        "The Assistant Chief Constable (Crime and Justice) holds the force portfolio for child "
        "protection and represents the Chief Constable on the partnership's executive.",
        "A Detective Superintendent leads the Public Protection Command and reports to the "
        "Force Vulnerability Board, which the Deputy Chief Constable chairs.",
        "Protecting vulnerable people is the first priority in the Police and Crime Plan, and "
        "the Chief Constable has made it the opening item at every force performance meeting.",
        "District commanders are held to account at that meeting for how child abuse "
        "investigations in their area are progressing, and they in turn review outstanding "
        "cases with their inspectors each week.",
        "When the Force Vulnerability Board found that missing-child investigations were "
        "being passed between shifts without a named owner, it made the duty inspector "
        "responsible for each open case until the child was found.",
        "Officers, staff and volunteers know who the safeguarding leads are, because their "
        "names and contact routes are on the front page of the force intranet.",
    ])
    standard("2", "Staff safe recruitment, induction, training and development", "AMBER", [
        "Every officer and member of staff joining the force is vetted to the national standard "
        "before appointment, and no one starts without clearance.",
        "Vetting renewals for the Public Protection Command are up to date, but renewals across "
        "the wider force fell behind during 2020.",
        "At the end of March 2021, 212 officers and staff were overdue for their vetting "
        "renewal.",
        "The Vetting Unit has taken on two temporary vetting officers and expects to clear the "
        "backlog by December 2021.",
        "Our child-centred policing course reached 71% of frontline officers, with most of the "
        "remainder lost to Covid-19 deployments.",
        "All detectives in the child abuse investigation teams have completed the national "
        "specialist child abuse investigation programme.",
        "Induction for new student officers includes a full day on vulnerability, delivered "
        "jointly with children's social care.",
    ])
    standard("3", "Safeguarding policies and procedures", "AMBER", [
        "The force's policies on missing children, child sexual exploitation and domestic abuse "
        "were reviewed during 2020 against the partnership procedures.",
        "Our policy on the use of police protection powers was last reviewed in 2017 and is now "
        "being rewritten with the county council.",
        "An internal audit in January 2021 looked at 50 domestic abuse incidents where children "
        "were present.",
        "A notification reached children's services within 24 hours in 38 of the 50 cases, "
        "which falls short of what the partnership expects.",
        "A daily domestic abuse triage meeting with children's services and health was started "
        "in March 2021 to close this gap.",
        "Officers record concerns about children on a single vulnerability form that goes "
        "straight to the MASH.",
    ])
    standard("4", "Listening to children and young people", "GREEN", [
        "Officers are expected to record what the child says, or how the child presents, on "
        "every vulnerability form, and the form cannot be submitted without it.",
        "The force's Youth Independent Advisory Group, drawn from young people across the "
        "county, reviewed body-worn video of stop and search encounters this year.",
        "The group's advice on explaining the grounds for a search was written into the "
        "briefing now given to all response officers.",
        "Young people in custody are given a plain-language leaflet about their rights, which "
        "the advisory group helped to write.",
        "Neighbourhood officers visit schools and youth clubs to ask young people what worries "
        "them, and those concerns feed into ward policing priorities.",
        "Young people told us that they felt unsafe at the Wrensford bus station in the "
        "evenings, so patrols there were moved to the hours after school.",
    ])

    story.append(P(s.add(None, "Common partnership questions"), st["h1"]))
    qa = [
        ("1. Another agency improving multi-agency practice",
         "Marlbeck County Council's Emergency Duty Team now joins the force's overnight "
         "vulnerability briefing by phone, and fewer children are kept in police stations "
         "overnight while a placement is found."),
        ("2. Summary of RAG self-ratings",
         "Standard 1 Green; Standard 2 Amber; Standard 3 Amber; Standard 4 Green."),
        ("3. Commitment to partnership training",
         "The force will keep 30 places a year on partnership courses for neighbourhood and "
         "response officers and will host the partnership's joint investigation training at "
         "headquarters."),
        ("4. Impact of training on practice",
         "Since the partnership's course on child criminal exploitation, officers have "
         "submitted 87 intelligence reports tagged as exploitation, compared with 29 the year "
         "before."),
        ("5. How we know we have improved",
         "The domestic abuse notification audit will be repeated in October 2021, and the Force "
         "Vulnerability Board will compare the results with January."),
    ]
    for q, a in qa:
        story.append(P(s.add(None, q), st["h2"]))
        story.append(P(s.add(None, a), st["body"]))
    story.append(Spacer(1, 6))
    story.append(P(s.add(None, "Detective Superintendent Marcus Eldridge-Vane, Head of Public "
                          "Protection, Marlbeck Constabulary."), st["body"]))
    data = pdf_bytes(story, "Marlbeck Constabulary | Section 11 Self-Assessment 2020/21 | "
                            "OFFICIAL", "Section 11 Return 2020/21", "Marlbeck Constabulary")
    gold = dict(
        file=name,
        agency=["Marlbeck Constabulary", "Marlbeck Police"],
        self_ratings={"1": "green", "2": "amber", "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "green"},
        evidence_must_include={
            "1": ["it made the duty inspector", "names and contact routes are on the front page"],
            "2": ["212 officers and staff were overdue", "two temporary vetting officers",
                  "reached 71% of frontline officers"],
            "3": ["last reviewed in 2017", "within 24 hours in 38 of the 50 cases",
                  "daily domestic abuse triage meeting"],
            "4": ["advice on explaining the grounds for a search", "plain-language leaflet about their rights",
                  "unsafe at the Wrensford bus station"],
        },
        gaps_expected={},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4,
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 3 hospitals
@doc
def hospitals():
    name = "d-marlbeck-wrensford-hospitals-s11-2021.docx"
    s = Src()
    d = new_docx("Marlbeck and Wrensford Hospitals NHS Trust | Safeguarding Children | "
                 "Section 11 return 2020/21", "Arial", 10)
    d.add_heading(s.add(None, "Safeguarding Children: Section 11 Self-Assessment 2020/21"),
                  level=0)
    for t in [
        "Marlbeck and Wrensford Hospitals NHS Trust runs the acute hospitals in Marlbeck and "
        "Wrensford, including the county's only paediatric inpatient unit.",
        "This return was written by the Named Nurse for Safeguarding Children for the Chief "
        "Nurse and approved by the Trust Safeguarding Committee on 21 September 2021.",
        "Our ratings are shown by colour in the summary table below. The key explains the "
        "colours.",
    ]:
        d.add_paragraph(s.add(None, t))
    bold_para(d, s.add(None, "Key"))
    key = d.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (hexf, label) in enumerate([(GREEN_HEX, "Fully met"), (AMBER_HEX, "Partially met"),
                                       (RED_HEX, "Not met")]):
        shade(key.cell(i, 0), hexf)
        key.cell(i, 0).width = Mm(15)
        key.cell(i, 1).text = s.add(None, label)
    d.add_paragraph()
    bold_para(d, s.add(None, "Self-assessment summary"))
    summ = d.add_table(rows=5, cols=2)
    summ.style = "Table Grid"
    summ.cell(0, 0).text = s.add(None, "Standard")
    summ.cell(0, 1).text = s.add(None, "Rating")
    rows = [("1. Leadership and accountability", GREEN_HEX),
            ("2. Staff safe recruitment, induction, training and development", GREEN_HEX),
            ("3. Safeguarding policies and procedures", AMBER_HEX),
            ("4. Listening to children and young people", GREEN_HEX)]
    for i, (label, hexf) in enumerate(rows, 1):
        summ.cell(i, 0).text = s.add(None, label)
        shade(summ.cell(i, 1), hexf)

    def section(std, title, paras):
        d.add_heading(s.add(std, f"Standard {std}: {title}"), level=1)
        for t in paras:
            d.add_paragraph(s.add(std, t))

    section("1", "Leadership and accountability", [
        "The Chief Nurse is the executive director responsible for safeguarding and reports to "
        "the Trust Board twice a year, through the annual safeguarding report and a mid-year "
        "update.",
        "A non-executive director sits on the Trust Safeguarding Committee, which met quarterly "
        "throughout 2020/21 and did not stand down in either wave of the pandemic.",
        "The Named Doctor, Named Nurse and Named Midwife posts are all filled substantively, and "
        "the Named Midwife post became full time in July 2020.",
        "Internal audit reviewed our safeguarding governance in November 2020 and gave "
        "substantial assurance, with one low-priority recommendation about recording "
        "attendance.",
        "Safeguarding children is on the corporate risk register and the Chief Nurse reviews "
        "its score every month.",
    ])
    section("2", "Staff safe recruitment, induction, training and development", [
        "Pre-employment checks are carried out centrally, and an enhanced DBS check is "
        "confirmed before a start date is issued for any post with access to children.",
        "During the pandemic we used the DBS fast-track service for redeployed and returning "
        "staff, and 19 of those fast-track checks were still waiting for a full certificate at "
        "the end of March 2021.",
        "Level 1 and Level 2 safeguarding children training compliance stands at 91%.",
        "Level 3 safeguarding children training compliance is 64% against the 90% target, "
        "because face-to-face sessions stopped from March to September 2020 and the online "
        "course only began in October.",
        "In the Emergency Department, where Level 3 training matters most, compliance is lower "
        "still at 58%.",
        "Corporate induction moved online, and we have not yet been able to check whether bank "
        "and agency staff complete its safeguarding element.",
        "Safeguarding supervision for paediatric nurses and midwives continued by video, with "
        "attendance of 72% over the year.",
        "Despite these pressures we are confident in our workforce, and we regard this standard "
        "as fully met.",
    ])
    section("3", "Safeguarding policies and procedures", [
        "The Safeguarding Children Policy was reviewed in February 2021 and now links directly "
        "to the partnership's online procedures.",
        "The Was Not Brought policy, which replaces the Did Not Attend policy for children, has "
        "been approved but is not yet in use in outpatient clinics, and roll-out is planned "
        "for November 2021.",
        "Our audit of 400 attendances by under-18s at the Emergency Department in January 2021 "
        "found the safeguarding screening questions completed in 79% of records.",
        "One case reviewed this year shows why the screening questions matter.",
        "Kacey-Leigh Brannock, aged 13 (date of birth 14/06/2007), of 27 Tanner Row, Wrensford "
        "MB6 2LD, NHS number 999 482 1067, attended the Emergency Department three times in six "
        "weeks with minor injuries.",
        "Her mother, Jodie Brannock, gave a different account of the injuries each time, and "
        "the screening questions were left blank at two of the three visits.",
        "The pattern was picked up only when the paediatric liaison health visitor reviewed the "
        "attendances and referred Kacey-Leigh to children's social care.",
        "Since that review, the electronic record will not let a triage nurse close an under-18 "
        "attendance until the screening questions have been answered.",
        "The safeguarding team handled 1,284 advice calls and internal referrals in 2020/21, and "
        "each one is logged on the safeguarding database with its outcome.",
    ])
    section("4", "Listening to children and young people", [
        "The Trust Youth Forum has 22 members aged 12 to 21, including young people with "
        "long-term conditions who use our services often.",
        "The Forum told us that Covid-19 visiting limits on the children's ward left teenagers "
        "isolated, and the ward brought in one named visitor plus daily video calls as a "
        "result.",
        "Forum members rewrote the transition clinic letters in plain English, and the new "
        "letters have been sent since April 2021.",
        "The children's Friends and Family Test, redesigned with picture faces for younger "
        "patients, received 1,106 responses, 93% of them positive.",
        "Play specialists note what children say about their care, and the Named Nurse brings "
        "these comments to every Safeguarding Committee.",
    ])

    d.add_heading(s.add(None, "Section B: partnership questions"), level=1)
    qa = [
        ("Which partner has improved how agencies work together?",
         "Marlbeck County Council now places a social worker in our Emergency Department four "
         "afternoons a week, so strategy discussions can begin before a child leaves hospital."),
        ("Self-rating summary",
         "Please see the colour-coded summary table on the first page."),
        ("Our commitment to multi-agency training",
         "We released 46 staff to partnership courses this year and host the partnership's "
         "course on bruising in non-mobile infants in our education centre free of charge."),
        ("What difference training has made",
         "After that bruising course, referrals under the partnership's bruising protocol rose "
         "from 9 to 23, and every referral met the threshold for a strategy discussion."),
        ("How we know we have improved",
         "The Emergency Department screening audit will be repeated in December 2021, and an "
         "interim sample of 80 records in August showed 88% completion."),
    ]
    for q, a in qa:
        d.add_heading(s.add(None, q), level=2)
        d.add_paragraph(s.add(None, a))
    d.add_paragraph(s.add(None, "Approved by Fenella Okonkwo-Hart, Chief Nurse, 28 September "
                          "2021."))
    data = docx_bytes(d, "Section 11 Self-Assessment 2020/21",
                      "Marlbeck and Wrensford Hospitals NHS Trust",
                      datetime(2021, 9, 28, 14, 0, 0))
    gold = dict(
        file=name,
        agency=["Marlbeck and Wrensford Hospitals NHS Trust", "MWHT",
                "Marlbeck and Wrensford Hospitals"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "green"},
        evidence_must_include={
            "1": ["met quarterly throughout 2020/21",
                  "gave substantial assurance, with one low-priority recommendation",
                  "Named Midwife post became full time in July 2020"],
            "2": ["compliance is 64% against the 90% target",
                  "lower still at 58%",
                  "19 of those fast-track checks were still waiting"],
            "3": ["completed in 79% of records",
                  "not yet in use in outpatient clinics",
                  "will not let a triage nurse close"],
            "4": ["one named visitor plus daily video calls",
                  "received 1,106 responses, 93% of them positive",
                  "rewrote the transition clinic letters"],
        },
        gaps_expected={"2": ["OVER_RATED"]},
        gaps_forbidden={"1": ALL4, "2": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                        "3": ALL4, "4": ALL4, "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=["Kacey-Leigh", "Brannock", "Jodie", "14/06/2007", "27 Tanner Row",
                       "MB6 2LD", "999 482 1067"],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 4 district
@doc
def district():
    name = "d-calderby-district-council-s11-2021.pdf"
    s = Src()
    st = styles("Helvetica", "Helvetica-Bold", 10)
    banner = ParagraphStyle("bn", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                            textColor=colors.white)
    banner_dark = ParagraphStyle("bnd", parent=banner, textColor=colors.black)
    fill = {"Green": ("#00B050", banner), "Amber": ("#FFC000", banner_dark)}
    story = [P(s.add(None, "Calderby District Council"), st["title"]),
             P(s.add(None, "Section 11 Self-Assessment 2020/21 for the Marlbeck Safeguarding "
                     "Children Partnership"), st["h1"])]
    for t in [
        "This return was prepared by the Community Safety and Safeguarding Team and agreed by "
        "the Corporate Management Team on 14 September 2021.",
        "Each standard opens with a coloured banner that carries our rating for the year.",
    ]:
        story.append(P(s.add(None, t), st["body"]))

    def standard(std, word, title, rating, paras):
        colour, bstyle = fill[rating]
        text = s.add(std, f"Standard {word}: {title}  |  Our rating: {rating}")
        b = Table([[P(text, bstyle)]], colWidths=[170 * mm])
        b.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        body = [P(s.add(std, t), st["body"]) for t in paras]
        story.append(Spacer(1, 6))
        story.append(KeepTogether([b, Spacer(1, 4), body[0]]))
        story.extend(body[1:])

    standard("1", "one", "Leadership and accountability", "Green", [
        "The Chief Executive is the council's senior safeguarding lead and chairs the Corporate "
        "Safeguarding Group, which brings together housing, licensing, leisure, environmental "
        "health and customer services.",
        "The Cabinet Member for Communities holds safeguarding in her portfolio and is briefed "
        "by the group after every meeting.",
        "Day-to-day leadership rests with the Community Safety and Safeguarding Manager, who is "
        "our designated safeguarding officer and represents the council at the partnership's "
        "district forum.",
        "Safeguarding duties are written into every service plan, and heads of service report "
        "on them through the council's performance framework.",
        "When the housing service was restructured in 2020, the group insisted on a safeguarding "
        "impact assessment before the proposal went to Cabinet, and two posts working directly "
        "with families were kept as a result.",
    ])
    standard("2", "two", "Staff safe recruitment, induction, training and development",
             "Green", [
        "Every post is risk-assessed for the level of DBS check it needs, and HR will not "
        "confirm a start date until the right check has been returned.",
        "Safer recruitment training is compulsory for any manager who chairs an interview "
        "panel.",
        "Safeguarding awareness is part of corporate induction, and new starters in frontline "
        "roles have a further session with the designated safeguarding officer in their first "
        "month.",
        "Licensed taxi and private hire drivers must complete safeguarding and exploitation "
        "awareness training before a licence is granted or renewed, and no licence was issued "
        "this year without it.",
        "Managers tell us that staff now ring the designated officer for advice much earlier, "
        "and the advice log shows calls from teams, such as waste collection, that had never "
        "used it before.",
    ])
    standard("3", "three", "Safeguarding policies and procedures", "Green", [
        "Our Safeguarding Children and Adults Policy was refreshed in June 2020 and follows the "
        "partnership's procedures.",
        "A short staff guide explains what to do when worried about a child, and the MASH and "
        "out-of-hours numbers are printed on the back of every staff identity card.",
        "All concerns raised by staff go onto a single confidential log, which the designated "
        "officer reviews weekly to make sure each referral has an outcome.",
        "Our procedure for allegations against staff sets out the route to the LADO clearly, "
        "and the one allegation this year was referred on the day it was raised.",
        "Leisure and play contracts require providers to follow our policy, and the group checks "
        "their safeguarding arrangements every year.",
    ])
    standard("4", "four", "Listening to children and young people", "Amber", [
        "Calderby Youth Council has 18 elected members aged 11 to 18 from the district's "
        "secondary schools and youth clubs.",
        "In November 2020 the youth council ran an online survey that drew 640 responses from "
        "young people across the district.",
        "The survey showed that young people felt unsafe in the Ferrier Lane underpass after "
        "dark, and the council installed new lighting and CCTV there in February 2021.",
        "After a youth council safety walk in Holmwick Road park, the skate park was relit and "
        "the community wardens changed their evening patrol route.",
        "Two youth council members now sit on interview panels for community wardens and "
        "housing officers, and three appointments this year were made with them.",
        "We report back in a 'You said, we did' newsletter that goes to every secondary school "
        "in the district.",
        "When the survey was repeated in June 2021, 61% of young people said the council "
        "listens to them, up from 38% in 2019.",
        "Although this has been the youth council's most productive year, we have kept this "
        "standard at Amber so that we do not become complacent.",
    ])

    story.append(Spacer(1, 6))
    story.append(P(s.add(None, "The partnership's five questions"), st["h1"]))
    qa = [
        ("Question 1: another agency's contribution to joint working",
         "Marlbeck Constabulary's neighbourhood team shared weekly hotspot information with our "
         "community wardens, which let us target patrols around Calderby bus station where "
         "young people were being approached by adults."),
        ("Question 2: our RAG self-rating",
         "Standards one to three are rated Green and standard four is rated Amber, as the "
         "banners show."),
        ("Question 3: partnership multi-agency training",
         "We have booked places for all eight of our designated safeguarding contacts on the "
         "partnership's 2021/22 programme and will keep releasing staff to it."),
        ("Question 4: the impact of training",
         "After our housing officers attended the partnership's exploitation course they made "
         "14 referrals about possible cuckooing, compared with 3 in the previous year."),
        ("Question 5: how we know we have improved",
         "The concerns log shows referrals reaching the MASH on the same day in almost every "
         "case, and young people say so themselves in the youth council's survey."),
    ]
    for q, a in qa:
        story.append(P(s.add(None, q), st["h2"]))
        story.append(P(s.add(None, a), st["body"]))
    story.append(P(s.add(None, "Signed: Bethan Carrow-Lisle, Head of Communities, 17 September "
                          "2021."), st["body"]))
    data = pdf_bytes(story, "Calderby District Council - Section 11 Return 2020/21",
                     "Section 11 Self-Assessment 2020/21", "Calderby District Council")
    gold = dict(
        file=name,
        agency=["Calderby District Council", "CDC"],
        self_ratings={"1": "green", "2": "green", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "green", "3": "green", "4": "green"},
        evidence_must_include={
            "1": ["two posts working directly with families were kept",
                  "written into every service plan"],
            "2": ["no licence was issued this year without it",
                  "compulsory for any manager who chairs"],
            "3": ["printed on the back of every staff identity card",
                  "referred on the day it was raised"],
            "4": ["drew 640 responses from young people",
                  "installed new lighting and CCTV there",
                  "three appointments this year were made with them",
                  "61% of young people said the council"],
        },
        gaps_expected={"4": ["UNDER_RATED"]},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4,
                        "4": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 5 school
@doc
def school():
    name = "d-brackenmere-academy-s11-2021.docx"
    s = Src()
    d = new_docx("Brackenmere Academy - safeguarding self-assessment 2020/21", "Verdana", 10)
    bold_para(d, s.add(None, "Brackenmere Academy"), size=16, colour="1F3864")
    bold_para(d, s.add(None, "Safeguarding self-assessment for the Marlbeck Safeguarding "
                       "Children Partnership, 2020/21"), size=12)
    for t in [
        "Brackenmere Academy is an 11 to 18 academy of 1,240 pupils on the eastern edge of "
        "Brackenmere.",
        "We have answered the partnership's standards under the headings our governors use, "
        "with our RAG rating in brackets after each heading.",
    ]:
        d.add_paragraph(s.add(None, t))

    def section(std, heading, paras):
        d.add_paragraph()
        bold_para(d, s.add(std, heading), size=12, colour="1F3864")
        for t in paras:
            d.add_paragraph(s.add(std, t))

    section("1", "Who is in charge of safeguarding (RAG: G)", [
        "Our Designated Safeguarding Lead is the Deputy Headteacher (Pastoral), supported by "
        "three deputy DSLs so that a trained lead is on site every day the academy is open.",
        "During the partial closures the DSL team ran a daily rota, so pupils learning at home "
        "and those in school always had a named person to contact.",
        "The safeguarding governor met the DSL every half term and carried out the annual "
        "safeguarding audit in December 2020, which left no actions outstanding.",
        "The Headteacher reports on safeguarding at every full governing body meeting, "
        "including numbers of referrals, early help cases and children missing education.",
    ])
    section("2", "Our staff (RAG: A)", [
        "The safeguarding governor checks the single central record each term.",
        "In January 2021 that check found that two supply teachers had started work before we "
        "held the agency's written confirmation of their checks.",
        "Both confirmations arrived within three days and were satisfactory, and reception now "
        "cannot issue a visitor badge to supply staff until the confirmation is on file.",
        "All staff read Part 1 of Keeping Children Safe in Education 2020 in September, and 97% "
        "had signed to confirm this by the end of October.",
        "One deputy DSL's Level 3 refresher lapsed in March 2021 when the course was cancelled, "
        "and it is booked for October 2021.",
        "Staff were trained quickly on safe practice in remote lessons, but we have not yet "
        "checked whether the training changed what they do.",
    ])
    section("3", "Our rules (RAG: G)", [
        "Our child protection policy was updated in September 2020 for the new statutory "
        "guidance and the partnership's procedures, and governors approved it on 29 September "
        "2020.",
        "All concerns are logged on CPOMS, and the DSL team reviews every new entry on the day "
        "it is made.",
        "When the county's education safeguarding team audited our records in March 2021, they "
        "found chronologies up to date and decisions clearly recorded on all 12 files sampled.",
        "We rewrote our remote learning code of conduct in January 2021 so that staff never "
        "hold one-to-one video calls with pupils without a second adult present.",
        "The behaviour policy now sets out how we respond to peer-on-peer abuse, including "
        "sexual harassment, following the national review published in June 2021.",
    ])
    section("4", "Pupil voice (RAG: G)", [
        "Pupil voice is at the heart of everything we do at Brackenmere.",
        "Our pupils know that they are listened to and that their views really matter.",
        "Listening to young people is embedded across the academy and is part of who we are.",
        "We have a student council, and pupils are always welcome to speak to any member of "
        "staff.",
        "We are proud that our young people feel safe and valued.",
    ])

    d.add_paragraph()
    bold_para(d, s.add(None, "The partnership's questions"), size=12, colour="1F3864")
    qa = [
        ("Good practice by another agency",
         "The school nursing service ran drop-in sessions on our site from March 2021, and "
         "pupils who would never go to a clinic have used them to talk about self-harm."),
        ("RAG summary", "Green, Amber, Green, Green, as shown in the headings above."),
        ("Multi-agency training",
         "Our DSL team will attend the partnership's training on harmful sexual behaviour, and "
         "we have offered our hall for a partnership session each term."),
        ("Impact of training", "N/A"),
        ("How we know we are improving",
         "Our referrals to early help rose from 11 to 26 this year, and the local authority told "
         "us they were better evidenced than before."),
    ]
    for q, a in qa:
        p = d.add_paragraph()
        p.add_run(s.add(None, q + ": ")).bold = True
        p.add_run(s.add(None, a))
    d.add_paragraph(s.add(None, "Tobias Wrenfield-Achebe, Headteacher, 23 September 2021."))
    data = docx_bytes(d, "Safeguarding self-assessment 2020/21", "Brackenmere Academy",
                      datetime(2021, 9, 23, 16, 30, 0))
    gold = dict(
        file=name,
        agency=["Brackenmere Academy"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_must_include={
            "1": ["supported by three deputy DSLs", "which left no actions outstanding",
                  "ran a daily rota"],
            "2": ["two supply teachers had started work",
                  "97% had signed to confirm this",
                  "Level 3 refresher lapsed in March 2021"],
            "3": ["decisions clearly recorded on all 12 files sampled",
                  "reviews every new entry on the day",
                  "without a second adult present"],
            "4": ["at the heart of everything we do",
                  "embedded across the academy",
                  "our young people feel safe and valued"],
        },
        gaps_expected={"4": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4,
                        "4": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 6 fire
@doc
def fire():
    name = "d-marlbeck-fire-and-rescue-service-s11-2021.docx"
    s = Src()
    d = new_docx("Marlbeck Fire and Rescue Service | Section 11 self-assessment 2020/21",
                 "Cambria", 11)
    d.add_heading(s.add(None, "Section 11 Return 2020/21"), level=0)
    for t in [
        "Marlbeck Fire and Rescue Service has completed this return for the Marlbeck "
        "Safeguarding Children Partnership.",
        "Our self-assessment ratings are recorded in the declaration at the end, which the "
        "Chief Fire Officer has signed.",
    ]:
        d.add_paragraph(s.add(None, t))

    def section(std, title, paras):
        d.add_heading(s.add(std, title), level=1)
        for t in paras:
            d.add_paragraph(s.add(std, t))

    section("1", "Leadership and accountability", [
        "The Area Manager for Prevention and Protection is the service's strategic lead for "
        "safeguarding and sits on the Service Leadership Team.",
        "The Safeguarding Steering Group, chaired by the Area Manager, meets every quarter and "
        "reports once a year to the Fire Authority's Audit and Scrutiny Committee.",
        "A Safeguarding Officer post was made permanent in April 2020, giving crews a single "
        "point of contact for every concern they raise.",
        "Safeguarding is built into the Community Risk Management Plan for 2021 to 2025, and "
        "the Chief Fire Officer signs off the annual safeguarding report before it is "
        "published.",
        "Station managers must report safeguarding concerns from their station at the monthly "
        "performance review, so that leaders see patterns across the county.",
    ])
    section("2", "Safe recruitment, induction, training and development", [
        "All operational and support staff have held a basic DBS check since 2019.",
        "Enhanced checks are required for the 64 staff who deliver home fire safety visits, "
        "the Young Firefighters scheme and school education.",
        "At the end of March 2021, 58 of those 64 enhanced checks were complete, and HR is "
        "chasing the remaining six.",
        "Our safeguarding e-learning module has been completed by 88% of the 610 staff employed "
        "on 31 March 2021.",
        "Completion among on-call firefighters is lower at 74%, because drill nights were "
        "suspended for much of the year.",
        "A short safeguarding scenario will be added to every on-call drill night from October "
        "2021.",
        "Station managers report that crews are more confident about spotting hoarding and "
        "neglect on home visits, but we have no measure yet of what the training has changed.",
    ])
    section("3", "Safeguarding policies and procedures", [
        "The Safeguarding Policy was revised in January 2021 to follow the partnership "
        "procedures and the national fire sector guidance.",
        "Crews raised 96 safeguarding concerns in 2020/21, of which 31 were about children.",
        "When the Safeguarding Officer reviewed the year's concerns, 11 of the 96 had no "
        "outcome recorded because nobody had chased feedback from the receiving agency.",
        "The Firesetter Intervention Scheme procedure is being rewritten after a partnership "
        "learning review found that one boy's school had not been told about his referral.",
        "A new information-sharing agreement with children's social care was signed in May "
        "2021.",
    ])

    d.add_heading(s.add(None, "Questions from the Partnership"), level=1)
    qa = [
        ("1. Please give an example of another agency improving multi-agency practice.", ""),
        ("2. Please summarise your RAG self-rating.",
         "See the declaration table below."),
        ("3. What is your commitment to partnership multi-agency training?",
         "The Safeguarding Officer and two station managers will go to partnership training "
         "every term, and our training centre at Fellgate is available for multi-agency "
         "sessions."),
        ("4. What impact has single or multi-agency training had on practice?",
         "Crews who attended the partnership's neglect briefing made 12 referrals about "
         "children living in unsafe homes in the second half of the year, compared with 4 in "
         "the first half."),
        ("5. How do you know you have improved?",
         "Outcomes are now recorded for almost every concern since the Safeguarding Officer "
         "began weekly checks, and the MASH tells us our information is clearer."),
    ]
    for q, a in qa:
        bold_para(d, s.add(None, q))
        d.add_paragraph(s.add(None, a) if a else "")

    d.add_heading(s.add(None, "Declaration"), level=1)
    d.add_paragraph(s.add(None, "I confirm that this return is an accurate account of the "
                          "service's safeguarding arrangements and that the ratings below "
                          "were agreed by the Service Leadership Team."))
    tbl = d.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (a, b) in enumerate([("Standard", "Self-assessment"),
                                ("1. Leadership and accountability", "Green"),
                                ("2. Staff safe recruitment, induction, training and "
                                 "development", "Amber"),
                                ("3. Safeguarding policies and procedures", "Amber")]):
        tbl.cell(i, 0).text = s.add(None, a)
        tbl.cell(i, 1).text = s.add(None, b)
    d.add_paragraph()
    for t in ["Signed: Gareth Penhallow-Ives, Chief Fire Officer",
              "Date: 29 September 2021"]:
        d.add_paragraph(s.add(None, t))
    data = docx_bytes(d, "Section 11 Return 2020/21", "Marlbeck Fire and Rescue Service",
                      datetime(2021, 9, 29, 11, 15, 0))
    gold = dict(
        file=name,
        agency=["Marlbeck Fire and Rescue Service", "MFRS", "Marlbeck Fire & Rescue"],
        self_ratings={"1": "green", "2": "amber", "3": "amber", "4": None},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": None},
        evidence_must_include={
            "1": ["made permanent in April 2020",
                  "the Fire Authority's Audit and Scrutiny Committee"],
            "2": ["58 of those 64 enhanced checks were complete",
                  "completed by 88% of the 610 staff",
                  "lower at 74%"],
            "3": ["11 of the 96 had no outcome recorded",
                  "one boy's school had not been told",
                  "signed in May 2021"],
        },
        gaps_expected={"4": ["MISSING_SECTION"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4},
        personal_data=[],
        late=False,
        common={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 7 probation
@doc
def probation():
    name = "d-marlbeck-probation-delivery-unit-s11-2021.pdf"
    s = Src()
    st = styles("Times-Roman", "Times-Bold", 11)
    rating_style = ParagraphStyle("r", fontName="Times-BoldItalic", fontSize=11, leading=14,
                                  spaceBefore=2, spaceAfter=6)
    story = [P(s.add(None, "The Probation Service: Marlbeck Probation Delivery Unit"),
               st["title"]),
             P(s.add(None, "Section 11 Self-Assessment 2020/21"), st["h1"])]
    for t in [
        "Date of submission: 19 October 2021.",
        "This return is late. The partnership's deadline was 30 September 2021, and we missed "
        "it because of the unification of probation services in June 2021 and a vacancy in our "
        "safeguarding single point of contact post. We apologise to the partnership for the "
        "delay.",
        "We have used the compliance scale below for every standard.",
    ]:
        story.append(P(s.add(None, t), st["body"]))
    key = Table([[P(s.add(None, "Compliant"), st["smallb"]),
                  P(s.add(None, "The standard is fully met (green)."), st["small"])],
                 [P(s.add(None, "Partially compliant"), st["smallb"]),
                  P(s.add(None, "Partly met, with action needed (amber)."), st["small"])],
                 [P(s.add(None, "Non-compliant"), st["smallb"]),
                  P(s.add(None, "The standard is not met (red)."), st["small"])]],
                colWidths=[40 * mm, 80 * mm], hAlign="LEFT")
    key.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED"))]))
    story += [key, Spacer(1, 6)]

    def standard(std, heading, paras, rating_line):
        story.append(P(s.add(std, heading), st["h1"]))
        for t in paras:
            story.append(P(s.add(std, t), st["body"]))
        story.append(P(s.add(std, rating_line), rating_style))

    standard("1", "The first standard: leadership and accountability", [
        "The Head of the Marlbeck Probation Delivery Unit is accountable for safeguarding "
        "children and represents the Probation Service on the partnership's executive group.",
        "The safeguarding single point of contact post was vacant from February to July 2021, "
        "and the Head of PDU attended only 7 of the 12 partnership meetings in the year.",
        "Safeguarding performance is reported every quarter to the regional Quality and "
        "Performance Board.",
        "Since unification, senior managers hold a monthly review of cases where children are "
        "at risk, chaired by a Senior Probation Officer.",
        "A new single point of contact started on 2 August 2021 and has a protected day each "
        "week for partnership work.",
    ], "Assessment against the first standard: Partially compliant.")
    standard("2", "Standard two: staff safe recruitment, induction, training and development", [
        "Vetting is managed nationally by HMPPS, and the PDU could not confirm from local "
        "records that checks were current for 14 staff who transferred from the Community "
        "Rehabilitation Company in June 2021.",
        "Only 46% of staff had completed the mandatory safeguarding children e-learning by "
        "31 March 2021.",
        "Nine of the 31 Probation Services Officers recruited during the year began holding "
        "cases before they had completed the safeguarding part of their induction.",
        "No face-to-face child safeguarding training for practitioners took place at all "
        "during 2020/21.",
        "A recovery plan agreed with the regional head of operations requires 90% completion of "
        "the e-learning by December 2021, and the vetting query has gone to the national "
        "vetting team.",
    ], "Assessment against standard two: Non-compliant.")
    standard("3", "The third standard: safeguarding policies and procedures", [
        "The national Child Safeguarding Policy Framework applies to all our staff, and local "
        "guidance on using the partnership procedures was updated in March 2021.",
        "Home visits to people on probation who live with children were suspended for much of "
        "2020, and doorstep visits replaced them from September 2020.",
        "A quality audit in April 2021 found that children's services checks had been made at "
        "the start of the order in 51 of 75 new cases.",
        "The domestic abuse and child safeguarding enquiries are now built into case "
        "allocation, so an order cannot be allocated until they have been requested.",
    ], "Assessment against the third standard: Partially compliant.")
    standard("4", "Standard Four: listening to children and young people", [
        "Most people on probation are adults, so our work on this standard concerns the "
        "children in their families and the young adults we supervise.",
        "Pre-sentence reports now include a section on the children in the household, and "
        "practitioners record what the parent tells us about how the child is experiencing the "
        "order.",
        "Our Young Adults Panel, made up of people aged 18 to 25 on probation, told us that the "
        "reporting centre felt intimidating and that appointment times clashed with the school "
        "run.",
        "We moved reporting hours so that parents can attend between 10am and 2pm, and the "
        "panel helped to redecorate the waiting area.",
        "When a case transfers from the Youth Offending Service, the two practitioners now meet "
        "the young person together, and the young person says what has helped them so far.",
    ], "Assessment against Standard Four: Compliant.")

    story.append(P(s.add(None, "Responses to the common questions"), st["h1"]))
    qa = [
        ("An agency that has improved how we all work together",
         "The Youth Offending Service's transition worker has made transfers of 18-year-olds "
         "to probation much smoother, and a joint meeting is now held in every case."),
        ("Summary of our ratings",
         "Partially compliant, non-compliant, partially compliant and compliant for standards "
         "one to four in turn."),
        ("Commitment to partnership training",
         "Every practitioner will attend at least one partnership course in 2021/22, and the "
         "new single point of contact will co-deliver the course on working with domestic "
         "abuse perpetrators."),
        ("Impact of training",
         "Practitioners who attended the partnership's Think Family course completed the "
         "children's services check in 81% of their new orders, against 68% across the unit."),
        ("How we know we have improved",
         "The April audit will be repeated in January 2022, and the regional quality team now "
         "checks e-learning and induction completion every month."),
    ]
    for q, a in qa:
        story.append(P(s.add(None, q), st["h2"]))
        story.append(P(s.add(None, a), st["body"]))
    story.append(P(s.add(None, "Imogen Stavely-Roe, Head of Marlbeck PDU."), st["body"]))
    data = pdf_bytes(story, "Probation Service - Marlbeck PDU | Section 11 Self-Assessment "
                            "2020/21 | OFFICIAL", "Section 11 Self-Assessment 2020/21",
                     "Marlbeck Probation Delivery Unit", font="Times-Roman",
                     margins=(24, 24, 24, 22))
    gold = dict(
        file=name,
        agency=["Marlbeck Probation Delivery Unit", "The Probation Service, Marlbeck PDU",
                "Marlbeck PDU"],
        self_ratings={"1": "amber", "2": "red", "3": "amber", "4": "green"},
        evidence_supports={"1": "amber", "2": "red", "3": "amber", "4": "green"},
        evidence_must_include={
            "1": ["attended only 7 of the 12 partnership meetings",
                  "started on 2 August 2021"],
            "2": ["Only 46% of staff had completed",
                  "Nine of the 31 Probation Services Officers",
                  "checks were current for 14 staff"],
            "3": ["in 51 of 75 new cases", "doorstep visits replaced them"],
            "4": ["appointment times clashed with the school run",
                  "between 10am and 2pm",
                  "a section on the children in the household"],
        },
        gaps_expected={},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4,
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=True,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 8 CCG
@doc
def ccg():
    name = "d-nhs-marlbeck-ccg-s11-2021.docx"
    s = Src()
    d = new_docx("NHS Marlbeck Clinical Commissioning Group | Section 11 2020/21", "Calibri",
                 10.5)
    d.add_heading(s.add(None, "NHS Marlbeck Clinical Commissioning Group"), level=0)
    d.add_paragraph(s.add(None, "Section 11 self-assessment for 2020/21, prepared by the "
                          "designated professionals for safeguarding children and approved by "
                          "the Director of Nursing and Quality."))
    d.add_heading(s.add(None, "At a glance"), level=1)
    tbl = d.add_table(rows=5, cols=3)
    tbl.style = "Table Grid"
    rows = [("Standard", "2019/20", "2020/21"),
            ("1. Leadership and accountability", "Green", "Green"),
            ("2. Staff safe recruitment, induction, training and development", "Amber", ""),
            ("3. Safeguarding policies and procedures", "Amber", "Amber"),
            ("4. Listening to children and young people", "Green", "Green")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            tbl.cell(i, j).text = s.add(None, v) if v else ""
    d.add_paragraph(s.add(None, "The 2019/20 column repeats last year's return for comparison."))

    def section(std, title, paras):
        d.add_heading(s.add(std, f"Standard {std}: {title}"), level=1)
        for t in paras:
            d.add_paragraph(s.add(std, t))

    section("1", "Leadership and accountability", [
        "The Director of Nursing and Quality is the CCG's executive lead for safeguarding and a "
        "voting member of the Governing Body.",
        "The Designated Doctor and Designated Nurse for Safeguarding Children are both in post "
        "and sit on the partnership's executive and its learning and improvement group.",
        "The Quality and Safeguarding Committee, chaired by a lay member, receives a "
        "safeguarding report at every meeting and a full annual report each July.",
        "During the pandemic the designated professionals held weekly calls with provider "
        "safeguarding leads, which showed early that referrals from health visitors had fallen "
        "and led to an agreed catch-up plan.",
        "Ofsted judged the county council's children's services Good in 2019, and the CCG has "
        "used the partnership's post-inspection action plan to shape its own priorities.",
    ])
    section("2", "Staff safe recruitment, induction, training and development", [
        "CCG staff are recruited through a shared NHS recruitment service, which carries out "
        "the DBS check appropriate to each role.",
        "Safeguarding children training compliance for CCG staff was 86% at year end, below the "
        "90% we expect.",
        "The designated professionals trained GP safeguarding leads by webinar, reaching 44 of "
        "the county's 52 practices.",
        "Last year we rated this standard Amber.",
        "We have not yet evaluated whether the webinars changed practice in the practices that "
        "joined them.",
    ])
    section("3", "Safeguarding policies and procedures", [
        "Every NHS contract held by the CCG includes the safeguarding standards schedule, and "
        "providers report against it each quarter.",
        "Three of our eleven main providers sent at least one quarterly safeguarding return "
        "late this year.",
        "Marlbeck Community Health was rated Requires improvement by the CQC in January 2021, "
        "partly because school nurses were not receiving safeguarding supervision, and the CCG "
        "now receives its supervision figures monthly.",
        "Our own quality team has rated one out-of-area provider amber for safeguarding since "
        "February 2021 because its adolescent mental health ward could not produce staff "
        "training records, and no Marlbeck child has been placed there since.",
        "The 2020 primary care safeguarding audit was returned by 38 of 52 practices, and the "
        "Designated Nurse is following up the 14 that did not reply.",
    ])
    section("4", "Listening to children and young people", [
        "Young people helped redesign the single point of access for children's mental health "
        "services, which opened in March 2021.",
        "An Under-18s Panel of 14 young people chose the service's name, wrote the text "
        "messages that confirm appointments, and sat on the panel that awarded the contract.",
        "The Talk to Us survey of children using community health services received 310 "
        "responses.",
        "Its most common complaint, long silences after a referral, led to a fortnightly "
        "waiting-list call from a named worker.",
        "The designated professionals check that the child's voice is recorded in every health "
        "contribution to a rapid review or safeguarding practice review.",
    ])

    d.add_heading(s.add(None, "The partnership's common questions"), level=1)
    qa = [
        ("Example of partnership working improved by another agency",
         "Marlbeck Constabulary's daily domestic abuse triage now includes a health visitor, so "
         "community health services hear about incidents involving babies within a day."),
        ("Our RAG ratings",
         "Our ratings for this year are set out in the At a glance table on the first page."),
        ("Our commitment to multi-agency training",
         "The CCG funds the health strand of the partnership's training programme and will "
         "commission two further courses on perplexing presentations in 2021/22."),
        ("The impact of training",
         "GP safeguarding leads who joined the webinars now bring cases to the Designated "
         "Nurse's monthly advice clinic, which 19 practices used this year compared with 6 "
         "last year."),
        ("How we know we have improved",
         "Referral rates from primary care and the timeliness of provider returns are tracked "
         "by the Quality and Safeguarding Committee, and both improved in the last two quarters "
         "of the year."),
    ]
    for q, a in qa:
        d.add_heading(s.add(None, q), level=2)
        d.add_paragraph(s.add(None, a))
    d.add_paragraph(s.add(None, "Approved by Priyanka Selwood-Marsh, Director of Nursing and "
                          "Quality, 27 September 2021."))
    data = docx_bytes(d, "Section 11 self-assessment 2020/21",
                      "NHS Marlbeck Clinical Commissioning Group",
                      datetime(2021, 9, 27, 9, 45, 0))
    gold = dict(
        file=name,
        agency=["NHS Marlbeck Clinical Commissioning Group", "NHS Marlbeck CCG",
                "Marlbeck CCG"],
        self_ratings={"1": "green", "2": None, "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "green"},
        evidence_must_include={
            "1": ["a voting member of the Governing Body",
                  "chaired by a lay member",
                  "led to an agreed catch-up plan"],
            "2": ["was 86% at year end", "reaching 44 of the county's 52 practices"],
            "3": ["Three of our eleven main providers",
                  "returned by 38 of 52 practices",
                  "now receives its supervision figures monthly"],
            "4": ["An Under-18s Panel of 14 young people",
                  "a fortnightly waiting-list call from a named worker",
                  "received 310 responses"],
        },
        gaps_expected={"2": ["MISSING_RATING"]},
        gaps_forbidden={"1": ALL4, "3": ALL4, "4": ALL4,
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# --------------------------------------------------------------------------- 9 sports trust
@doc
def sports():
    name = "d-holmwick-community-sports-trust-s11-2021.pdf"
    s = Src()
    st = styles("Helvetica", "Helvetica-Bold", 10)
    story = [P(s.add(None, "Holmwick Community Sports Trust"), st["title"]),
             P(s.add(None, "Section 11 questionnaire 2020/21"), st["h1"])]
    for t in [
        "Holmwick Community Sports Trust is a registered charity running football, netball and "
        "multi-sport sessions for about 900 children a week across Holmwick and Oakhallow.",
        "The questionnaire was completed by our Welfare Officer with two trustees on 20 "
        "September 2021.",
    ]:
        story.append(P(s.add(None, t), st["body"]))

    def standard(std, title, rows, summary, rating):
        story.append(P(s.add(std, f"Standard {std}: {title}"), st["h1"]))
        data = [[P(s.add(std, "Question"), st["smallb"]), P(s.add(std, "Yes / No / Partly"),
                                                             st["smallb"]),
                 P(s.add(std, "Comment"), st["smallb"])]]
        for q, a, c in rows:
            data.append([P(s.add(std, q), st["small"]), P(s.add(std, a), st["small"]),
                         P(s.add(std, c), st["small"])])
        t = Table(data, colWidths=[72 * mm, 24 * mm, 74 * mm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Spacer(1, 4))
        head = P(s.add(std, "Summary"), st["h2"])
        body = [P(s.add(std, x), st["body"]) for x in summary]
        story.append(KeepTogether([head, body[0]]))
        story.extend(body[1:])
        story.append(P(s.add(std, f"Overall rating for this standard: {rating}"), st["h2"]))

    standard("1", "Leadership and accountability", [
        ("Is there a named trustee responsible for safeguarding?", "Yes", "Appointed 2019."),
        ("Does the board receive regular safeguarding reports?", "Partly", "Two meetings of six."),
        ("Is safeguarding included in the business plan?", "No", "To be added in January."),
    ], [
        "Our safeguarding trustee was appointed in 2019 and meets the Welfare Officer every "
        "month.",
        "The board discussed safeguarding at only two of its six meetings this year, and it "
        "becomes a standing item from September 2021.",
        "Safeguarding does not yet appear in the business plan, which the trustees will "
        "refresh in January 2022.",
    ], "Amber")
    standard("2", "Staff safe recruitment, induction, training and development", [
        ("Do all coaches and volunteers have an enhanced DBS check?", "Partly",
         "Volunteers waiting."),
        ("Do coaches hold safeguarding training?", "Yes", "Governing body certificate."),
        ("Is there a written induction for volunteers?", "No", "Pack being drafted."),
    ], [
        "All 38 paid coaches have enhanced DBS checks.",
        "Nine of our 27 volunteers were still waiting for their checks in March 2021 and could "
        "only help under a coach's direct supervision.",
        "Every coach holds the safeguarding certificate issued by their sport's governing body.",
        "Volunteer induction is a conversation with the head coach rather than a set programme, "
        "and a written induction pack is being drafted.",
    ], "Amber")
    standard("3", "Safeguarding policies and procedures", [
        ("Is there a safeguarding policy that is up to date?", "Yes", "Updated August 2020."),
        ("Do coaches know how to report a concern?", "Yes", "Concern form at every venue."),
        ("Do you know how to contact the LADO?", "Yes", "Used once this year."),
    ], [
        "Our Safeguarding Policy follows the county sports partnership template and was updated "
        "in August 2020 with the partnership's referral routes.",
        "Every concern is written on a concern form for the Welfare Officer, who logged 17 "
        "concerns this year and referred 5 to the MASH.",
        "When a parent raised a concern about a coach in October 2020, we contacted the LADO the "
        "same day and stood the coach down from sessions while enquiries were made.",
        "After a parent complaint we reviewed our photography guidance, and we no longer post "
        "photographs of under-16s with their names.",
    ], "Green")
    standard("4", "Listening to children and young people", [
        ("Do you ask children for their views?", "Partly", "Holiday camps only."),
        ("Have children's views changed what you do?", "Yes", "Girls-only sessions."),
        ("Is there a young people's group?", "No", "Requested by older players."),
    ], [
        "We ask children what they think at the end of every holiday camp using a simple "
        "smiley-face card.",
        "Children told us they wanted more girls-only sessions, and a girls-only football group "
        "started in Oakhallow in May 2021.",
        "We do not yet have a young people's group, although older players have asked for one.",
        "We have never asked children whether they know who to talk to if they are worried, "
        "and that question will be added to the camp cards.",
    ], "Amber")

    story.append(P(s.add(None, "Common questions"), st["h1"]))
    qa = [
        ("Q1 Another agency improving multi-agency practice",
         "The Holmwick Family Hub invited our coaches to its early help briefings, so we now know "
         "who to call for a family that needs support below the MASH threshold."),
        ("Q2 RAG self-rating",
         "Amber for standards 1, 2 and 4, and Green for standard 3."),
        ("Q3 Commitment to partnership training",
         "Our Welfare Officer and head coach will each attend a partnership course every year, "
         "and we would welcome shorter evening sessions for volunteers."),
        ("Q4 Impact of training",
         "After the Welfare Officer attended the partnership's course on child exploitation she "
         "briefed every coach, and two concerns about older boys being given lifts by adults "
         "were passed to the police."),
        ("Q5 How we know we have improved",
         "More concerns are reported and recorded properly than a year ago, and parents tell us "
         "they know who the Welfare Officer is."),
    ]
    for q, a in qa:
        story.append(P(s.add(None, q), st["h2"]))
        story.append(P(s.add(None, a), st["body"]))
    story.append(P(s.add(None, "Signed: Lorna Fairweather-Quist, Chair of Trustees."),
                   st["body"]))
    data = pdf_bytes(story, "Holmwick Community Sports Trust - Section 11 questionnaire 2020/21",
                     "Section 11 questionnaire 2020/21", "Holmwick Community Sports Trust")
    gold = dict(
        file=name,
        agency=["Holmwick Community Sports Trust", "HCST"],
        self_ratings={"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        evidence_must_include={
            "1": ["only two of its six meetings this year",
                  "does not yet appear in the business plan"],
            "2": ["Nine of our 27 volunteers", "All 38 paid coaches"],
            "3": ["who logged 17 concerns this year",
                  "contacted the LADO the same day"],
            "4": ["using a simple smiley-face card", "wanted more girls-only sessions"],
        },
        gaps_expected={},
        gaps_forbidden={"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4,
                        "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[],
        late=False,
        common={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    )
    return name, data, s, gold


# =========================================================================== gold output
def js(v):
    return json.dumps(v, ensure_ascii=False)


def rating_map(m):
    if m is None:
        return "null"
    return "{" + ", ".join(f'"{k}": {v if v else "null"}' for k, v in m.items()) + "}"


def block_map(m, fmt):
    if not m:
        return " {}"
    return "".join(f'\n  "{k}": {fmt(v)}' for k, v in m.items())


def gold_yaml(g):
    out = [f"file: {g['file']}",
           f"agency: {js(g['agency'])}",
           "status: ok",
           "error_code: null",
           "framework: gscp-2021",
           f"self_ratings: {rating_map(g['self_ratings'])}",
           f"evidence_supports: {rating_map(g['evidence_supports'])}",
           "evidence_must_include:" + block_map(g["evidence_must_include"], js),
           "gaps_expected:" + block_map(g["gaps_expected"], lambda v: "[" + ", ".join(v) + "]"),
           "gaps_forbidden:" + block_map(g["gaps_forbidden"],
                                         lambda v: "[" + ", ".join(v) + "]"),
           f"personal_data: {js(g['personal_data'])}",
           f"late: {'true' if g['late'] else 'false'}",
           "common_questions_answered: {" + ", ".join(
               f'"{k}": {"true" if v else "false"}' for k, v in g["common"].items()) + "}"]
    return "\n".join(out) + "\n"


# =========================================================================== checking
def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def extract_units(name, data):
    """Lines (PDF) or body paragraphs (Word) of the rendered file, plus page info."""
    if name.endswith(".pdf"):
        import pdfplumber
        units, pages = [], []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                text = page.extract_text() or ""
                pages.append(text)
                units += text.split("\n")
        return units, pages
    d = Document(io.BytesIO(data))
    return [p.text for p in d.paragraphs], None


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'])")


def check_one(name, data, src, gold, errors):
    def err(msg):
        errors.append(f"{name}: {msg}")

    units, pages = extract_units(name, data)
    nunits = [norm(u) for u in units]
    full = " ".join(nunits)
    if pages is not None:
        if not 2 <= len(pages) <= 10:
            err(f"{len(pages)} pages")
        for i, p in enumerate(pages, 1):
            if f"Page {i} of {len(pages)}" not in p:
                err(f"page {i} lacks 'Page N of M'")
    else:
        d = Document(io.BytesIO(data))
        if not d.sections[0].header.paragraphs[0].text.strip():
            err("no header")
    src_all = [norm(t) for t in src.all]
    for std, frags in gold["evidence_must_include"].items():
        if not 2 <= len(frags) <= 4:
            err(f"std {std}: {len(frags)} fragments")
        std_src = [norm(t) for t in src.by_std.get(std, [])]
        for f in frags:
            nf = norm(f)
            nw = len(f.split())
            if not 3 <= nw <= 10:
                err(f"fragment {f!r} has {nw} words")
            c = full.count(nf)
            if c != 1:
                err(f"fragment {f!r} occurs {c} times in extracted text")
            if not any(nf in u for u in nunits):
                err(f"fragment {f!r} not on a single line/paragraph")
            if sum(t.count(nf) for t in src_all) != 1:
                err(f"fragment {f!r} not exactly once in source")
            hits = [t for t in std_src if nf in t]
            if not hits:
                err(f"fragment {f!r} not in standard {std} section")
            elif not any(nf in sent for t in hits for sent in SENT_SPLIT.split(t)):
                err(f"fragment {f!r} spans sentences")
    for pd in gold["personal_data"]:
        if norm(pd) not in full:
            err(f"personal data {pd!r} not in extracted text")
    for std in ("1", "2", "3", "4"):
        if std in src.by_std and std not in gold["evidence_must_include"]:
            err(f"standard {std} present but no fragments")
        if std not in src.by_std and std in gold["evidence_must_include"]:
            err(f"standard {std} absent but has fragments")
        if gold["self_ratings"][std] is None:
            gx = gold["gaps_expected"].get(std, [])
            if "MISSING_RATING" not in gx and "MISSING_SECTION" not in gx:
                err(f"standard {std} unrated without MISSING_* gap")
    unanswered = not all(gold["common"].values())
    if unanswered != ("common" in gold["gaps_expected"]):
        err("COMMON_QUESTION_UNANSWERED does not match common_questions_answered")


def check_gold_text(name, text, errors):
    import yaml
    y = yaml.safe_load(text)
    keys = ["file", "agency", "status", "error_code", "framework", "self_ratings",
            "evidence_supports", "evidence_must_include", "gaps_expected", "gaps_forbidden",
            "personal_data", "late", "common_questions_answered"]
    if list(y) != keys:
        errors.append(f"{name}: gold keys {list(y)}")
    if y["file"] != name:
        errors.append(f"{name}: gold file field {y['file']}")


TITLES = ["leadership and accountability",
          "staff safe recruitment, induction, training and development",
          "safeguarding policies and procedures", "listening to children and young people"]


def cross_doc_sentences(built, errors):
    seen = {}
    for name, _, src, _ in built:
        for t in src.all:
            for sent in SENT_SPLIT.split(t):
                n = norm(sent)
                if len(n.split()) > 6 and not any(t in n for t in TITLES):
                    if n in seen and seen[n] != name:
                        errors.append(f"sentence shared by {seen[n]} and {name}: {sent!r}")
                    seen.setdefault(n, name)


def build_all():
    return [fn() for fn in DOCS]


def main():
    check = "--check" in sys.argv[1:]
    built = build_all()
    if not check:
        SUB.mkdir(exist_ok=True)
        GOLD.mkdir(exist_ok=True)
        for name, data, _, gold in built:
            (SUB / name).write_bytes(data)
            (GOLD / f"{name}.yml").write_text(gold_yaml(gold), encoding="utf-8")
            print("wrote", name)
        return 0
    errors = []
    again = build_all()
    for (n1, d1, _, _), (n2, d2, _, _) in zip(built, again):
        if d1 != d2:
            errors.append(f"{n1}: two in-memory builds differ")
    for name, data, src, gold in built:
        path = SUB / name
        if not path.exists():
            errors.append(f"{name}: missing on disk")
        elif path.read_bytes() != data:
            errors.append(f"{name}: bytes on disk differ from rebuild")
        gtext = gold_yaml(gold)
        gpath = GOLD / f"{name}.yml"
        if not gpath.exists() or gpath.read_text(encoding="utf-8") != gtext:
            errors.append(f"{name}: gold on disk differs from rebuild")
        check_gold_text(name, gtext, errors)
        check_one(name, data, src, gold, errors)
    cross_doc_sentences(built, errors)
    names = {n for n, *_ in built}
    for p in SUB.glob("d-*"):
        if p.name not in names:
            errors.append(f"stale output {p.name}")
    for p in GOLD.glob("d-*.yml"):
        if p.name[:-4] not in names:
            errors.append(f"stale gold {p.name}")
    fmt = [n.rsplit(".", 1)[1] for n in names]
    if fmt.count("docx") < 4 or fmt.count("pdf") < 4:
        errors.append("need at least 4 Word and 4 PDF files")
    for e in errors:
        print("FAIL", e)
    print(f"checked {len(built)} documents: {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
