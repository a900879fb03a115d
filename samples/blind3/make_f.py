#!/usr/bin/env python
"""Writer F: nine invented Section 11 returns (2020/21) to the fictional
Ravensholt Safeguarding Children Partnership, with gold files.

    python make_f.py          # write submissions/f-* and gold/f-*.yml
    python make_f.py --check  # rebuild in memory, compare bytes, check gold fragments

Deterministic: fixed docx core properties and zip timestamps, reportlab invariant=1.
All people, places, numbers and organisations are invented.
"""
import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
GOLD = HERE / "gold"
FIXED_TS = (2021, 9, 24, 12, 0, 0)
STD_NAMES = {
    "1": "Leadership and accountability",
    "2": "Staff safe recruitment, induction, training and development",
    "3": "Safeguarding policies and procedures",
    "4": "Listening to children and young people",
}
ALL_GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]

# ----------------------------------------------------------------------------------------
# docx helpers


def new_docx(title, author, when):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.subject = "Section 11 self-assessment 2020/21"
    cp.keywords = ""
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def dpara(d, text="", bold_lead=None, bold=False, italic=False, size=None, style=None,
          color=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, hexcolor):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def dtable(d, rows, bold_header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if i == 0 and bold_header:
                r.bold = True
    return t


def docx_bytes(d):
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------
# pdf helpers

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold", fontSize=15, leading=19,
                    spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=12, leading=15,
                    spaceBefore=8, spaceAfter=5)
H3 = ParagraphStyle("h3", parent=BASE, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                    spaceBefore=4, spaceAfter=3)
CENTRE = ParagraphStyle("centre", parent=BASE, alignment=TA_CENTER)

RAG_RGB = {"green": colors.HexColor("#00B050"), "amber": colors.HexColor("#FFC000"),
           "red": colors.HexColor("#C00000")}


class RatingBar(Flowable):
    """A coloured rectangle (vector, no image) drawn beside a text label."""

    def __init__(self, label, rag, width=170 * mm, font="Helvetica-Bold", size=10):
        super().__init__()
        self.label, self.rag, self.w, self.font, self.size = label, rag, width, font, size

    def wrap(self, aw, ah):
        return self.w, 16

    def draw(self):
        c = self.canv
        c.setFillColor(RAG_RGB[self.rag])
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.rect(0, 2, 22, 11, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont(self.font, self.size)
        c.drawString(30, 4, self.label)


def P(text, style=BASE):
    return Paragraph(text, style)


def pdf_bytes(story, title, author, on_page=None, margins=(20, 20, 22, 20)):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author=author,
                            subject="Section 11 self-assessment 2020/21", creator=author,
                            leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm)
    if on_page:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)
    return buf.getvalue()


def grid_style(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                       ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")] + list(extra))


# ----------------------------------------------------------------------------------------
# gold helpers


def forbid(kind):
    """gaps_forbidden for one standard, by what was planted / how it was rated."""
    if kind == "ok":            # present, rated, rating consistent with evidence
        return list(ALL_GAPS)
    if kind == "over":
        return ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    if kind == "under":
        return ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    if kind == "missing_rating":
        return ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION"]
    if kind == "missing_section":
        return ["OVER_RATED", "UNDER_RATED"]
    raise ValueError(kind)


def gold(file, agency, ratings, supports, evidence, kinds, personal=(), late=False,
         cq=None):
    cq = cq or {f"Q{i}": True for i in range(1, 6)}
    expected, forbidden = {}, {}
    code = {"over": "OVER_RATED", "under": "UNDER_RATED", "missing_section": "MISSING_SECTION",
            "missing_rating": "MISSING_RATING"}
    for k in "1234":
        if kinds[k] in code:
            expected[k] = [code[kinds[k]]]
        forbidden[k] = forbid(kinds[k])
    if not all(cq.values()):
        expected["common"] = ["COMMON_QUESTION_UNANSWERED"]
    else:
        forbidden["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return {
        "file": file, "agency": list(agency), "status": "ok", "error_code": None,
        "framework": "gscp-2021", "self_ratings": ratings, "evidence_supports": supports,
        "evidence_must_include": evidence, "gaps_expected": expected,
        "gaps_forbidden": forbidden, "personal_data": list(personal), "late": late,
        "common_questions_answered": cq,
    }


def gold_yaml(g):
    lines = []
    for k, v in g.items():
        lines.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def R(a, b, c, d):
    return {"1": a, "2": b, "3": c, "4": d}


DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


# ========================================================================================
# 1. Ravensholt Constabulary - PDF, coloured rectangles beside labels, running header and
#    footer carrying the agency name, "DRAFT" watermark. Honest: G A G A.

@register
def constabulary():
    name = "f-ravensholt-constabulary-s11-2021.pdf"

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, 287 * mm, "RAVENSHOLT CONSTABULARY  |  Public Protection Command")
        c.drawRightString(190 * mm, 287 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, "Ravensholt Constabulary Section 11 self-assessment 2020/21")
        c.drawRightString(190 * mm, 10 * mm, "Page %d" % doc.page)
        c.setFont("Helvetica-Bold", 90)
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.translate(105 * mm, 150 * mm)
        c.rotate(45)
        c.drawCentredString(0, 0, "DRAFT")
        c.restoreState()

    s = []
    s.append(P("Ravensholt Constabulary", H1))
    s.append(P("Section 11 Children Act 2004 self-assessment 2020/21 for the Ravensholt "
               "Safeguarding Children Partnership (RSCP)", H3))
    s.append(P("Prepared by the Public Protection Command on behalf of the Chief Constable. "
               "This version is marked DRAFT because the Force Executive Board signs the final "
               "copy in October; the content below is what the Board has agreed."))
    s.append(P("How to read our ratings", H2))
    s.append(P("Against each standard we show a coloured marker. The colours mean:"))
    s.append(RatingBar("Fully met", "green", font="Helvetica"))
    s.append(RatingBar("Partially met, action in hand", "amber", font="Helvetica"))
    s.append(RatingBar("Not met", "red", font="Helvetica"))
    s.append(Spacer(1, 6))

    s.append(P("Standard 1: Leadership and accountability", H2))
    s.append(RatingBar("Our assessment for Standard 1", "green"))
    s.append(P("The Assistant Chief Constable for Crime and Public Protection is the chief officer "
               "lead for safeguarding children and represents the Chief Constable on the RSCP "
               "Executive."))
    s.append(P("Our Public Protection Governance Board, chaired by the ACC, meets every eight weeks. "
               "It owns the vulnerability delivery plan and receives the partnership's learning "
               "from rapid reviews and child safeguarding practice reviews."))
    s.append(P("Safeguarding is a standing item on the Force Executive Board agenda, so the "
               "Chief Constable sees performance and risk at every meeting rather than once a year."))
    s.append(P("Both rapid reviews that involved the Force this year produced actions for us. "
               "Each action has a named owner and every one is reported back until the Board "
               "agrees it is closed. Our Police and Crime Commissioner holds the Chief Constable to "
               "account for this through the quarterly accountability meeting."))

    s.append(P("Standard 2: Staff safe recruitment, induction, training and development", H2))
    s.append(RatingBar("Our assessment for Standard 2", "amber"))
    s.append(P("Every officer, member of police staff and volunteer is vetted before appointment "
               "in line with the national vetting code. Renewals are our weakness: in November 2020 "
               "we found a backlog of 212 overdue vetting renewals, and by 31 March 2021 this had "
               "come down to 64."))
    s.append(P("Completion of the mandatory child safeguarding e-learning was 83% for officers and "
               "79% for police staff at year end, against our target of 95%."))
    s.append(P("The one-day Vulnerability Matters course for frontline supervisors was suspended "
               "during lockdown. A shorter virtual version was run instead and 140 of our 410 "
               "sergeants and inspectors attended it."))
    s.append(P("Actions: clear the vetting renewal backlog by September 2021; supervisors to "
               "see e-learning completion on the monthly performance pack; restart the classroom "
               "course from June 2021."))

    s.append(P("Standard 3: Safeguarding policies and procedures", H2))
    s.append(RatingBar("Our assessment for Standard 3", "green"))
    s.append(P("The Force child protection policy was rewritten in July 2020 so that it follows the "
               "RSCP multi-agency procedures word for word where they overlap, and officers reach it "
               "from the front page of the intranet."))
    s.append(P("Operation Encompass is well established. Schools receive a notification before the "
               "start of the next school day whenever officers attend a domestic abuse incident where "
               "a child lives."))
    s.append(P("The Public Protection Unit quality team dip samples child protection referrals "
               "every month and feeds findings back to the officers and supervisors involved. "
               "The escalation policy is known and used, and the Multi-Agency Safeguarding Hub "
               "tells us our referrals are clear and timely."))

    s.append(P("Standard 4: Listening to children and young people", H2))
    s.append(RatingBar("Our assessment for Standard 4", "amber"))
    s.append(P("Officers are expected to record what the child said, saw and felt on every "
               "Public Protection Notice (PPN)."))
    s.append(P("A dip sample of 60 child-related PPNs in February 2021 found the child's own "
               "words recorded in only 27 of them. We have added a mandatory voice of the child "
               "field to the PPN form from May 2021."))
    s.append(P("Our Youth Independent Advisory Group moved online during the pandemic. It now has "
               "11 members, fewer than we want, and recruitment has been slow."))
    s.append(P("Young people from the group reviewed our stop and search leaflet, and the new "
               "version uses their wording."))

    s.append(P("Common questions", H2))
    s.append(P("Q1. An example of another agency improving multi-agency practice", H3))
    s.append(P("Ravensholt County Council's Front Door introduced a daily domestic abuse triage "
               "meeting in October 2020. Police, health and children's social care now agree the "
               "response to every overnight incident by 10am, which has removed duplicate visits."))
    s.append(P("Q2. RAG self-rating", H3))
    s.append(P("Shown by the coloured marker against each standard above. Two standards are fully "
               "met and two are partially met."))
    s.append(P("Q3. Commitment to partnership multi-agency training", H3))
    s.append(P("We released 96 officers and staff to RSCP courses in 2020/21 and we deliver the "
               "partnership's module on child exploitation with the Youth Justice Service."))
    s.append(P("Q4. Impact of single and multi-agency training on practice", H3))
    s.append(P("After the child exploitation module, referrals from neighbourhood officers to the "
               "exploitation hub rose from 31 in the first half of the year to 58 in the second half."))
    s.append(P("Q5. How we know we have improved", H3))
    s.append(P("The monthly dip samples, the HMICFRS vulnerability inspection follow-up and feedback "
               "from the Multi-Agency Safeguarding Hub all show better referrals than last year."))
    s.append(Spacer(1, 8))
    s.append(P("Signed: Detective Chief Superintendent Rowan Ellery, Head of Public Protection. "
               "Date: 24 September 2021."))
    data = pdf_bytes(s, "Ravensholt Constabulary Section 11 2020/21", "Ravensholt Constabulary",
                     on_page=on_page, margins=(20, 20, 20, 18))
    g = gold(name, ["Ravensholt Constabulary", "Ravensholt Police"],
             R("green", "amber", "green", "amber"), R("green", "amber", "green", "amber"),
             {"1": ["standing item on the Force Executive Board agenda",
                    "Public Protection Governance Board, chaired by the ACC",
                    "quarterly accountability meeting"],
              "2": ["found a backlog of 212 overdue vetting",
                    "140 of our 410",
                    "79% for police staff"],
              "3": ["rewritten in July 2020",
                    "dip samples child protection referrals",
                    "Operation Encompass is well established"],
              "4": ["dip sample of 60 child-related PPNs",
                    "own words recorded in only 27",
                    "It now has 11 members"]},
             R("ok", "ok", "ok", "ok"))
    return name, data, g


# ========================================================================================
# 2. Ravensholt County Council Children's Services - Word. Ratings only as words in a table
#    whose COLUMNS are the standards and whose ROWS are years. G A G A; standard 2 is
#    UNDER_RATED (amber "to avoid complacency" over very strong evidence).

@register
def county_council():
    name = "f-ravensholt-county-council-childrens-services-s11-2021.docx"
    d = new_docx("Section 11 return 2020/21", "Quality Assurance Team",
                 dt.datetime(2021, 9, 27, 9, 30, 0))
    dpara(d, "Ravensholt County Council", bold=True, size=18)
    dpara(d, "Children's Services", bold=True, size=14)
    dpara(d, "Section 11 Children Act 2004 audit 2020/21: return to the Ravensholt Safeguarding "
             "Children Partnership", size=12)
    dpara(d, "This return covers children's social care, early help, the Front Door, the "
             "children's homes we run and the education inclusion service. It was compiled by the "
             "Quality Assurance Team and agreed by the Children's Services Leadership Team on "
             "21 September 2021.")
    dpara(d, "Our ratings at a glance", bold=True, size=13)
    dpara(d, "The table shows our self-rating for each of the four partnership standards. "
             "The bottom row is this year's self-rating; the row above is what we submitted last year.")
    dtable(d, [["Year", "Standard 1", "Standard 2", "Standard 3", "Standard 4"],
               ["2019/20", "Green", "Amber", "Amber", "Amber"],
               ["2020/21", "Green", "Amber", "Green", "Amber"]])
    dpara(d, "")
    dpara(d, "Standard 1: Leadership and accountability", style="Heading 2")
    dpara(d, "The Director of Children's Services is accountable for safeguarding across the "
             "council and is one of the three safeguarding partners. The Lead Member for "
             "Children and Families meets the Director monthly and chairs the Corporate Parenting "
             "Panel.")
    dpara(d, "Safeguarding performance goes to the Children's Services Leadership Team every "
             "month through the performance scorecard, and the Leadership Team acts on what it sees.")
    dpara(d, "Senior leaders joined front-line practice weeks twice during the year, which means "
             "they hear directly from social workers about caseloads and pressures.")
    dpara(d, "When the Ofsted focused visit in March 2021 asked for better management oversight of "
             "strategy discussions, the Leadership Team agreed an action plan within a fortnight and "
             "the Scrutiny Committee has tracked it since.")
    dpara(d, "Standard 2: Staff safe recruitment, induction, training and development", style="Heading 2")
    dpara(d, "Safer recruitment is audited every quarter by HR and the Principal Social Worker. "
             "The January 2021 audit of 120 personnel files found 119 fully compliant, with the one "
             "missing reference obtained within a week.")
    dpara(d, "Every member of staff who works with children has an enhanced DBS check with barred "
             "list check, and 100% of renewals due in the year were completed on time.")
    dpara(d, "Mandatory safeguarding training completion was 98% for social care staff and 96% "
             "for early help and residential staff at 31 March 2021.")
    dpara(d, "We measure the difference training makes. After the neglect practice programme, "
             "the proportion of case file audits graded good or better for analysis of neglect "
             "rose from 62% in April 2020 to 88% in March 2021.")
    dpara(d, "New starters all complete the eight-week induction, and 94% rated it useful or very "
             "useful in the exit survey. Social worker turnover fell from 19% to 12%.")
    dpara(d, "Although we believe this standard is now met, the Leadership Team has kept it at "
             "Amber to avoid complacency while the new workforce strategy beds in.")
    dpara(d, "Standard 3: Safeguarding policies and procedures", style="Heading 2")
    dpara(d, "All children's services policies now sit in one online procedures manual that links "
             "to the RSCP multi-agency procedures, and out-of-date local documents have been removed.")
    dpara(d, "Practice leads check that staff use the procedures through the monthly themed audit, "
             "and themes are reported to the Quality Assurance Board.")
    dpara(d, "The escalation and resolution protocol was used 14 times by our staff with partner "
             "agencies in the year, and each was resolved at the first or second stage.")
    dpara(d, "Allegations against staff are referred to the LADO in every case, and the LADO annual "
             "report found our referrals timely.")
    dpara(d, "Standard 4: Listening to children and young people", style="Heading 2")
    dpara(d, "The Children in Care Council met monthly online and its members interviewed "
             "candidates for two team manager posts.")
    dpara(d, "Advocacy take-up for children subject to child protection conferences was 41%, "
             "below our 60% aim, because referrals to the advocacy provider slowed in lockdown.")
    dpara(d, "Case file audits found the child's views clearly recorded in 71% of assessments; "
             "the remaining files described the child but did not say what the child thought.")
    dpara(d, "We are rolling out the Mind of My Own app to all teams by December 2021 so that "
             "children can tell their worker their views directly.")
    dpara(d, "Common questions", style="Heading 2")
    dpara(d, "An example of another agency improving multi-agency practice: ", bold_lead="Q1 ")
    dpara(d, "Ravensholt Constabulary's daily triage with our Front Door has cut the number of "
             "domestic abuse notifications waiting more than 24 hours for a decision.")
    dpara(d, "RAG self-rating: ", bold_lead="Q2 ")
    dpara(d, "See the table at the start of this return.")
    dpara(d, "Commitment to partnership multi-agency training: ", bold_lead="Q3 ")
    dpara(d, "We fund two trainer posts in the RSCP learning team and release staff to every "
             "partnership course; 212 of our staff attended partnership training this year.")
    dpara(d, "Impact of training on practice: ", bold_lead="Q4 ")
    dpara(d, "The neglect practice programme is our clearest example, as described under standard 2.")
    dpara(d, "How we know we have improved: ", bold_lead="Q5 ")
    dpara(d, "Audit grades, the Ofsted focused visit letter and feedback from the Children in Care "
             "Council all show improvement on last year.")
    dpara(d, "Signed: Director of Children's Services, Ravensholt County Council. 27 September 2021.")
    data = docx_bytes(d)
    g = gold(name, ["Ravensholt County Council Children's Services", "Ravensholt County Council",
                    "RCC"],
             R("green", "amber", "green", "amber"), R("green", "green", "green", "amber"),
             {"1": ["Lead Member for Children and Families meets the Director monthly",
                    "Senior leaders joined front-line practice weeks",
                    "agreed an action plan within a fortnight"],
              "2": ["found 119 fully compliant",
                    "98% for social care staff",
                    "rose from 62% in April 2020 to 88%",
                    "Social worker turnover fell from 19% to 12%"],
              "3": ["one online procedures manual",
                    "used 14 times by our staff",
                    "referred to the LADO in every case"],
              "4": ["Advocacy take-up for children subject to child protection conferences",
                    "clearly recorded in 71% of assessments",
                    "interviewed candidates for two team manager posts"]},
             R("ok", "under", "ok", "ok"))
    return name, data, g


# ========================================================================================
# 3. Kingsbrook and Saltmere Hospitals NHS Foundation Trust - PDF. Ratings as single letters
#    with split "A/G" ratings; the key says the SECOND letter counts. G A A G, honest.
#    A case example contains a child's personal data.

@register
def hospitals():
    name = "f-kingsbrook-saltmere-hospitals-s11-2021.pdf"
    s = []
    s.append(P("Kingsbrook and Saltmere Hospitals NHS Foundation Trust", H1))
    s.append(P("Safeguarding Children: Section 11 self-assessment 2020/21", H2))
    s.append(P("Submitted to the Ravensholt Safeguarding Children Partnership by the Named Nurse "
               "for Safeguarding Children on behalf of the Chief Nurse."))
    t = Table([["Letter", "Meaning"], ["G", "Standard fully met"],
               ["A", "Standard partially met, improvement plan in place"],
               ["R", "Standard not met"],
               ["A/G", P("First letter: our position on 1 April 2020. Second letter: our position on "
                         "31 March 2021. The second letter is our rating for this return.", SMALL)]],
              colWidths=[25 * mm, 140 * mm])
    t.setStyle(grid_style())
    s.append(t)
    s.append(Spacer(1, 6))

    s.append(P("1. Leadership and accountability &nbsp;&nbsp;&nbsp; Rating: A/G", H2))
    s.append(P("The Chief Nurse is the executive lead for safeguarding and a non-executive "
               "director champions safeguarding on the Board."))
    s.append(P("The Safeguarding Committee reports to the Quality Committee of the Board each "
               "quarter, and the Board receives the safeguarding annual report."))
    s.append(P("At the start of the year the Named Doctor post was vacant. It was filled in "
               "September 2020 and the safeguarding team is now fully established."))
    s.append(P("Divisional safeguarding leads in the children's, maternity and emergency divisions "
               "now attend the Safeguarding Committee, which has improved how learning travels "
               "back to the wards."))

    s.append(P("2. Staff safe recruitment, induction, training and development &nbsp;&nbsp;&nbsp; "
               "Rating: A", H2))
    s.append(P("Pre-employment checks are carried out centrally by the recruitment team and "
               "audited twice a year."))
    s.append(P("Level 3 safeguarding children training compliance was 76% at 31 March 2021 "
               "against the 90% target, after face-to-face sessions stopped in the first lockdown."))
    s.append(P("Level 1 and 2 compliance is above 90% in every division."))
    s.append(P("Safeguarding supervision for community midwives fell behind; only 58% received "
               "four sessions in the year. A group supervision model started in February 2021."))

    s.append(P("3. Safeguarding policies and procedures &nbsp;&nbsp;&nbsp; Rating: G/A", H2))
    s.append(P("Our policies were up to date at the start of the year. During the pandemic the "
               "review of the Was Not Brought policy slipped by nine months, and we have therefore "
               "moved this standard from green to amber."))
    s.append(P("Case learning. Lacey-Mae Tremlow (DOB 14/03/2009) of 27 Fennel Rise, Harrowby, "
               "RV7 4QX, NHS number 999 482 1736, attended our Emergency Department three times in "
               "six weeks with minor injuries. Her mother, Donna Tremlow, gave contact number "
               "07700 900461. The third attendance was the first to trigger a safeguarding "
               "referral."))
    s.append(P("The review of this case showed that the ED flag for frequent attenders was not "
               "being checked at triage. Triage nurses now check attendances in the last 12 months "
               "for every child, and the electronic record prompts them."))
    s.append(P("The Trust's escalation policy mirrors the partnership's and was used twice by our "
               "staff this year."))

    s.append(P("4. Listening to children and young people &nbsp;&nbsp;&nbsp; Rating: G", H2))
    s.append(P("Our Youth Forum of patients aged 11 to 18 advises the Trust on the children's ward "
               "and the children's outpatients department."))
    s.append(P("Forum members helped redesign the adolescent bay on Willow Ward, and the change in "
               "lighting and visiting rules came directly from their suggestions."))
    s.append(P("Play specialists use communication boards with younger children so that their "
               "wishes are recorded before procedures."))
    s.append(P("Children's feedback cards are reviewed by the ward manager each week and what "
               "changed is displayed on a 'You said, we did' board."))

    s.append(P("Common questions", H2))
    s.append(P("<b>Q1 Another agency improving multi-agency practice.</b> The Youth Justice "
               "Service shared health screening with our school nursing team, which means children "
               "in the justice system are no longer asked the same questions twice."))
    s.append(P("<b>Q2 RAG self-rating.</b> See the rating beside each standard heading."))
    s.append(P("<b>Q3 Partnership training.</b> The Named Nurse co-delivers the RSCP course on "
               "injuries in non-mobile babies and 38 Trust staff attended RSCP courses."))
    s.append(P("<b>Q4 Impact of training.</b> Referrals for bruising in non-mobile babies are now "
               "made in line with the partnership protocol in every audited case."))
    s.append(P("<b>Q5 How we know we have improved.</b> The quarterly safeguarding audit programme "
               "and the Youth Forum's own feedback."))
    s.append(Spacer(1, 6))
    s.append(P("Signed: Chief Nurse, Kingsbrook and Saltmere Hospitals NHS Foundation Trust, "
               "29 September 2021."))
    data = pdf_bytes(s, "Section 11 self-assessment 2020/21", "Safeguarding Team")
    g = gold(name, ["Kingsbrook and Saltmere Hospitals NHS Foundation Trust",
                    "Kingsbrook and Saltmere Hospitals", "KSH"],
             R("green", "amber", "amber", "green"), R("green", "amber", "amber", "green"),
             {"1": ["non-executive director champions",
                    "filled in September 2020",
                    "Divisional safeguarding leads"],
              "2": ["compliance was 76% at 31 March 2021",
                    "only 58% received four sessions",
                    "group supervision model started"],
              "3": ["slipped by nine months",
                    "flag for frequent attenders",
                    "used twice by our staff"],
              "4": ["redesign the adolescent bay on Willow Ward",
                    "communication boards with younger children",
                    "reviewed by the ward manager each week"]},
             R("ok", "ok", "ok", "ok"),
             personal=["Lacey-Mae", "Tremlow", "Donna", "14/03/2009", "27 Fennel Rise", "RV7 4QX",
                       "999 482 1736", "07700 900461"])
    return name, data, g


# ========================================================================================
# 4. NHS Ravensholt CCG - Word, email-style memo with numbered paragraphs and no standard
#    headings. LATE (dated 22 October 2021 and says so). G G A G; standard 4 OVER_RATED
#    (assertions only).

@register
def ccg():
    name = "f-nhs-ravensholt-ccg-s11-2021.docx"
    d = new_docx("Memo: Section 11 return 2020/21", "Designated Nurse",
                 dt.datetime(2021, 10, 22, 16, 5, 0))
    dpara(d, "MEMORANDUM", bold=True, size=16)
    dpara(d, "Business Manager, Ravensholt Safeguarding Children Partnership", bold_lead="To: ")
    dpara(d, "Designated Nurse for Safeguarding Children, NHS Ravensholt Clinical Commissioning "
             "Group", bold_lead="From: ")
    dpara(d, "Executive Director of Nursing and Quality; Designated Doctor", bold_lead="Copy: ")
    dpara(d, "22 October 2021", bold_lead="Date: ")
    dpara(d, "Section 11 self-assessment 2020/21 - NHS Ravensholt CCG", bold_lead="Subject: ")
    dpara(d, "1.1 This memo is the CCG's Section 11 return for 2020/21. We have answered in "
             "numbered paragraphs rather than on the partnership template, because the CCG's "
             "assurance report to our Quality and Performance Committee uses this layout.")
    dpara(d, "1.2 We apologise that this return is late. It was due on 30 September 2021, and "
             "our submission was held back by the work to prepare for the Integrated Care Board.")
    dpara(d, "2.1 On leadership and accountability, the Accountable Officer carries overall "
             "responsibility and the Executive Director of Nursing and Quality is the executive "
             "lead for safeguarding children.")
    dpara(d, "2.2 The Designated Nurse and the Designated Doctor are both in post and have "
             "protected time set out in their job plans.")
    dpara(d, "2.3 Our Safeguarding Assurance Group meets every two months and reports to the "
             "Quality and Performance Committee, which escalates to the Governing Body when "
             "commissioned providers fall short.")
    dpara(d, "2.4 The Governing Body received the safeguarding annual report in July 2021 and "
             "asked for a deep dive on children's mental health waiting times, which came back "
             "in September. We rate this first standard Green.")
    dpara(d, "3.1 Turning to safe recruitment, induction, training and development, every CCG "
             "post that involves contact with children or their records has an enhanced DBS "
             "check, and the HR audit in December 2020 found no gaps.")
    dpara(d, "3.2 CCG staff training compliance was 97% for level 1 and 94% for level 2 "
             "at 31 March 2021.")
    dpara(d, "3.3 Across primary care, 91% of GPs had current level 3 training according to the "
             "practice training audit, and the named GP for safeguarding runs a quarterly forum "
             "for practice leads.")
    dpara(d, "3.4 We assess the second standard as Green.")
    dpara(d, "4.1 On policies and procedures, the CCG safeguarding children policy was refreshed "
             "in January 2021 and is aligned with the partnership procedures.")
    dpara(d, "4.2 The safeguarding schedule in two community health contracts still refers to the "
             "2015 guidance and will be replaced at contract variation in April 2022.")
    dpara(d, "4.3 Our survey of GP practices found that 6 of 41 practices had no named "
             "safeguarding lead recorded. This has been followed up with each practice.")
    dpara(d, "4.4 Because of these gaps we rate the third standard Amber.")
    dpara(d, "5.1 On listening to children and young people, the voice of the child is at the "
             "heart of everything we do as a commissioner.")
    dpara(d, "5.2 Listening to children is embedded across all our commissioned services and our "
             "staff understand how important it is.")
    dpara(d, "5.3 We are committed to making sure that children's views inform our commissioning "
             "decisions, and we expect providers to do the same.")
    dpara(d, "5.4 For these reasons the fourth standard is rated Green.")
    dpara(d, "6.1 Partnership question 1 (another agency improving multi-agency practice): the "
             "Youth Justice Service's health pathway has made sure children in the justice "
             "system are seen by the children's mental health service within four weeks.")
    dpara(d, "6.2 Partnership question 2 (RAG summary): Green, Green, Amber, Green, as set out in "
             "paragraphs 2 to 5.")
    dpara(d, "6.3 Partnership question 3 (multi-agency training): the Designated Nurse sits on "
             "the RSCP Learning and Development Group and the CCG funds the GP places on RSCP "
             "courses.")
    dpara(d, "6.4 Partnership question 4 (impact of training): practices that attended the "
             "RSCP neglect course made more early help referrals in the following quarter.")
    dpara(d, "6.5 Partnership question 5 (how we know we have improved): provider assurance "
             "returns and the quarterly primary care safeguarding dashboard.")
    dpara(d, "Designated Nurse for Safeguarding Children, NHS Ravensholt CCG")
    data = docx_bytes(d)
    g = gold(name, ["NHS Ravensholt CCG", "NHS Ravensholt Clinical Commissioning Group",
                    "Ravensholt CCG"],
             R("green", "green", "amber", "green"), R("green", "green", "amber", "amber"),
             {"1": ["protected time set out in their job plans",
                    "Safeguarding Assurance Group meets every two months",
                    "deep dive on children's mental health waiting times"],
              "2": ["the HR audit in December 2020 found no gaps",
                    "97% for level 1 and 94% for level 2",
                    "91% of GPs had current level 3 training"],
              "3": ["still refers to the 2015 guidance",
                    "6 of 41 practices had no named"],
              "4": ["heart of everything we do as a commissioner",
                    "embedded across all our commissioned services",
                    "children's views inform our commissioning decisions"]},
             R("ok", "ok", "ok", "over"), late=True)
    return name, data, g


# ========================================================================================
# 5. Weldon Cross District Council - Word form; ratings are drop-down CONTENT CONTROLS
#    (w:sdt) inside the rating paragraph. Standard 3 control left on its placeholder
#    ("Choose an item.") -> MISSING_RATING, with last year's Green as a decoy. A A - G.

SDT_ID = [7100]


def add_rating_control(p, value, tag):
    SDT_ID[0] += 1
    items = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (x, x)
                    for x in ("Green", "Amber", "Red"))
    if value is None:
        content = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/>'
                   '</w:rPr><w:t>Choose an item.</w:t></w:r>')
        plc = "<w:showingPlcHdr/>"
    else:
        content = '<w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r>' % value
        plc = ""
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="Self-assessment rating"/><w:tag w:val="%s"/>'
           '<w:id w:val="%d"/>%s<w:dropDownList><w:listItem w:displayText="Choose an item." '
           'w:value=""/>%s</w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (nsdecls("w"), tag, SDT_ID[0], plc, items, content))
    p._p.append(parse_xml(xml))


@register
def district_council():
    SDT_ID[0] = 7100
    name = "f-weldon-cross-district-council-s11-2021.docx"
    d = new_docx("RSCP Section 11 self-assessment form 2020/21", "Weldon Cross District Council",
                 dt.datetime(2021, 9, 28, 11, 0, 0))
    dpara(d, "Ravensholt Safeguarding Children Partnership", bold=True, size=14)
    dpara(d, "Section 11 self-assessment form 2020/21 (district and borough councils)", bold=True)
    dpara(d, "Weldon Cross District Council", bold_lead="Organisation: ")
    dpara(d, "Community Safety and Safeguarding Manager", bold_lead="Completed by: ")
    dpara(d, "Please describe your evidence under each standard and choose a rating from the "
             "drop-down list (Green = fully met, Amber = partially met, Red = not met).",
          italic=True)
    std_text = {
        "1": ["The Chief Executive is the council's senior officer for safeguarding and the "
              "Portfolio Holder for Communities is the member champion.",
              "A new Safeguarding Lead Officer post was created in October 2020, so for the first "
              "half of the year safeguarding was covered by the Community Safety team alongside "
              "other duties.",
              "Safeguarding is reported to the Corporate Management Team twice a year. We want "
              "this to be quarterly and it is not yet happening.",
              "Only 64% of elected members have completed safeguarding awareness training since "
              "the May 2021 elections, and a catch-up session is booked for November."],
        "2": ["Council recruitment follows safer recruitment practice for posts that work with "
              "children, and the HR audit in February 2021 found all DBS checks in date for "
              "leisure, housing and community staff.",
              "Casual staff at the two leisure centres were being started before references "
              "were returned. This was found in the same audit and the process was changed in "
              "March 2021.",
              "Safeguarding e-learning completion across all staff was 71% at year end, and "
              "the target is 90%.",
              "Managers now see completion by team each month and completion for frontline "
              "housing officers has reached 88%."],
        "3": ["The corporate Safeguarding Children and Adults Policy was last approved in 2018; "
              "a revised draft goes to Cabinet in December 2021.",
              "The taxi and private hire licensing policy was updated in January 2021 so that "
              "all drivers must complete child sexual exploitation awareness training before a "
              "licence is granted.",
              "A review of the 31 safeguarding concerns raised by council staff during the year "
              "found that 24 were logged on the central safeguarding log; the other seven were "
              "passed on but not logged.",
              "In 2019/20 the Council rated this standard Green."],
        "4": ["Our Youth Council of 22 young people meets monthly and advises Cabinet on "
              "decisions that affect young people.",
              "The play area improvement programme was shaped by young people: after they told "
              "us that the Harrowby Road park felt unsafe after dark, lighting and a new "
              "entrance were installed.",
              "The Youth Council chair presents to the Overview and Scrutiny Committee every "
              "year and members respond in writing to each recommendation.",
              "Housing officers record the views of children in families who are homeless or at "
              "risk, and the children's comments are used to choose temporary accommodation "
              "close to their schools."],
    }
    ratings = {"1": "Amber", "2": "Amber", "3": None, "4": "Green"}
    for k in "1234":
        dpara(d, f"Standard {k}: {STD_NAMES[k]}", style="Heading 2")
        dpara(d, "Evidence", bold=True)
        for t in std_text[k]:
            dpara(d, t)
        p = dpara(d, bold_lead="Self-assessment rating: ")
        add_rating_control(p, ratings[k], f"rating_std{k}")
    dpara(d, "Common questions", style="Heading 2")
    qs = [("Q1 Example of another agency improving multi-agency practice",
           "Ravensholt Fire and Rescue Service shared its home safety visit referrals with our "
           "housing team, so that families in poor housing are now picked up earlier."),
          ("Q2 RAG self-rating", "Please see the drop-down rating under each standard."),
          ("Q3 Commitment to partnership multi-agency training",
           "The council released 18 staff to RSCP courses and hosts the partnership's "
           "exploitation training at Weldon Cross Civic Centre."),
          ("Q4 Impact of single and multi-agency training",
           "After the exploitation course, licensing officers made four referrals about "
           "drivers, compared with none the year before."),
          ("Q5 How we know we have improved",
           "The safeguarding log, the HR audit and the Youth Council's annual feedback.")]
    for q, a in qs:
        dpara(d, q, bold=True)
        dpara(d, a)
    dpara(d, "Signed on behalf of Weldon Cross District Council: Chief Executive. "
             "Date: 28 September 2021.")
    data = docx_bytes(d)
    g = gold(name, ["Weldon Cross District Council", "WCDC"],
             R("amber", "amber", None, "green"), R("amber", "amber", "amber", "green"),
             {"1": ["new Safeguarding Lead Officer post was created",
                    "Only 64% of elected members",
                    "We want this to be quarterly"],
              "2": ["started before references were returned",
                    "completion across all staff was 71%",
                    "frontline housing officers has reached 88%"],
              "3": ["last approved in 2018",
                    "found that 24 were logged",
                    "taxi and private hire licensing policy"],
              "4": ["Youth Council of 22 young people",
                    "lighting and a new entrance were installed",
                    "respond in writing to each recommendation"]},
             R("ok", "ok", "missing_rating", "ok"))
    return name, data, g


# ========================================================================================
# 6. Harrowby Academies Trust - PDF. Ordinal standard names ("standard one") and a closing
#    "fully met / partially met" summary sentence per standard. A G G A; standard 1 is
#    UNDER_RATED. Q1 answered "N/A".

@register
def academies():
    name = "f-harrowby-academies-trust-s11-2021.pdf"
    s = []
    s.append(P("Harrowby Academies Trust", H1))
    s.append(P("Section 11 self-assessment 2020/21 for the Ravensholt Safeguarding Children "
               "Partnership", H3))
    s.append(P("The Trust runs nine academies in Harrowby, Saltmere and Thornwick: six primary, "
               "two secondary and one all-through special academy. This return covers all nine and "
               "the central team."))
    s.append(P("Standard one: leadership and accountability", H2))
    s.append(P("The Chief Executive is accountable to the Board of Trustees for safeguarding. "
               "A named trustee for safeguarding visited every academy in 2020/21, in person or "
               "online, and reported each visit to the Board."))
    s.append(P("The Trust Safeguarding Lead reports to the Board every term. Board minutes "
               "show trustees questioning attendance of vulnerable pupils during lockdown and "
               "asking for weekly figures, which they then received."))
    s.append(P("The annual safeguarding audit in October 2020 found all nine academies compliant "
               "on all 46 audit indicators, and the same audit in the previous year found gaps "
               "in three academies."))
    s.append(P("Every academy has a designated safeguarding lead and at least one trained deputy, "
               "and each headteacher's performance review includes a safeguarding objective."))
    s.append(P("Because so much of this year was managed remotely, we are cautious about "
               "claiming this in full. We judge standard one to be partially met."))

    s.append(P("Standard two: safe recruitment, induction, training and development", H2))
    s.append(P("Each academy's single central record is checked by the central HR team every "
               "term, and the checks found the records complete and accurate."))
    s.append(P("All staff complete annual safeguarding training in September, and new staff "
               "cannot start work with pupils until they have completed the Trust induction "
               "module."))
    s.append(P("Designated safeguarding leads attended refresher training on online harm, "
               "and staff say they feel confident to raise concerns through the Trust's "
               "reporting system."))
    s.append(P("Safer recruitment training is held by at least one member of every interview "
               "panel. We judge standard two to be fully met."))

    s.append(P("Standard three: safeguarding policies and procedures", H2))
    s.append(P("The Trust child protection policy is reviewed each summer and each academy "
               "adds a local annex naming its designated staff and local contacts."))
    s.append(P("Concerns are recorded on one electronic system across the Trust, and the "
               "Trust Safeguarding Lead reviews open cases with each designated lead every half "
               "term."))
    s.append(P("The procedure for allegations against staff follows the partnership's LADO "
               "process, and the Trust worked closely with the LADO on every referral this year."))
    s.append(P("We judge standard three to be fully met."))

    s.append(P("Standard four: listening to children and young people", H2))
    s.append(P("Every academy has a pupil council and pupils take part in the annual wellbeing "
               "survey."))
    s.append(P("The wellbeing survey in March 2021 was completed by 2,870 pupils. It found that "
               "only 54% of secondary pupils knew who to talk to about online bullying, compared "
               "with 81% of primary pupils."))
    s.append(P("Secondary academies are now running sessions led by older pupils on reporting "
               "online harm, and we will repeat the survey in March 2022."))
    s.append(P("Pupils in the special academy use symbol-based feedback, but we have not yet "
               "found a good way to bring their views to Trust level."))
    s.append(P("We judge standard four to be partially met."))

    s.append(P("Partnership questions", H2))
    s.append(P("<b>1. Example of another agency improving multi-agency practice:</b> N/A"))
    s.append(P("<b>2. RAG self-rating:</b> standards two and three fully met; standards one and "
               "four partially met."))
    s.append(P("<b>3. Commitment to multi-agency training:</b> every designated safeguarding "
               "lead attended at least one RSCP course this year, and the Trust hosted two "
               "partnership briefings on neglect."))
    s.append(P("<b>4. Impact of training:</b> after the neglect briefings, the number of early "
               "help assessments started by our academies rose from 19 to 33."))
    s.append(P("<b>5. How we know we have improved:</b> the October audit, the wellbeing survey "
               "and our case review findings."))
    s.append(Spacer(1, 6))
    s.append(P("Chief Executive, Harrowby Academies Trust. 23 September 2021."))
    data = pdf_bytes(s, "Harrowby Academies Trust Section 11 2020-21", "Harrowby Academies Trust")
    g = gold(name, ["Harrowby Academies Trust", "HAT"],
             R("amber", "green", "green", "amber"), R("green", "green", "green", "amber"),
             {"1": ["reported each visit to the Board",
                    "compliant on all 46 audit",
                    "asking for weekly figures"],
              "2": ["single central record is checked",
                    "cannot start work with pupils",
                    "held by at least one member"],
              "3": ["adds a local annex naming",
                    "one electronic system across the Trust",
                    "The procedure for allegations against staff"],
              "4": ["completed by 2,870 pupils",
                    "It found that only 54% of secondary",
                    "special academy use symbol-based feedback"]},
             R("under", "ok", "ok", "ok"),
             cq={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return name, data, g


# ========================================================================================
# 7. Ravensholt Fire and Rescue Service - Word. ALL-CAPS bold headings carrying last year's
#    and this year's rating. Standard 4 is never covered -> MISSING_SECTION. Q4 left blank.
#    G G A -.

@register
def fire():
    name = "f-ravensholt-fire-and-rescue-service-s11-2021.docx"
    d = new_docx("RFRS Section 11 2020-21", "Prevention and Protection Directorate",
                 dt.datetime(2021, 9, 20, 14, 45, 0))
    dpara(d, "RAVENSHOLT FIRE AND RESCUE SERVICE", bold=True, size=16)
    dpara(d, "SECTION 11 SELF-ASSESSMENT 2020/21", bold=True, size=13)
    dpara(d, "Return to the Ravensholt Safeguarding Children Partnership from the Prevention and "
             "Protection Directorate. Each heading shows the rating we gave last year followed "
             "by our rating for this year.")

    def head(txt):
        dpara(d, txt, bold=True, size=12)

    head("STANDARD 1 - LEADERSHIP AND ACCOUNTABILITY    2019/20: AMBER    2020/21: GREEN")
    dpara(d, "The Deputy Chief Fire Officer is the strategic lead for safeguarding and the "
             "Fire Authority has a member safeguarding champion.")
    dpara(d, "Last year we said safeguarding was not visible enough at Fire Authority level. "
             "The Fire Authority now receives a safeguarding report at every meeting, and "
             "members have asked pointed questions about referrals from crews.")
    dpara(d, "The Safeguarding Steering Group, chaired by the Area Manager for Prevention, "
             "brings together station managers, control and the prevention team, and agrees "
             "the annual safeguarding plan.")
    dpara(d, "Learning from partnership reviews is shared with all watches through the "
             "weekly bulletin and discussed at watch briefings.")
    head("STANDARD 2 - SAFE RECRUITMENT, INDUCTION, TRAINING AND DEVELOPMENT    "
         "2019/20: GREEN    2020/21: GREEN")
    dpara(d, "All firefighters, prevention staff and volunteers who visit homes hold enhanced "
             "DBS checks, and renewals are tracked by HR so that none lapse.")
    dpara(d, "Safeguarding forms part of the trainee firefighter course, and no new recruit "
             "goes on a home fire safety visit until it has been completed.")
    dpara(d, "Crews told us the old e-learning did not fit what they see on shift, so the "
             "prevention team rewrote it around real incidents, and crews now say it helps them "
             "decide when to refer.")
    dpara(d, "Station managers check completion at each quarterly performance review and follow "
             "up anyone who has fallen behind.")
    head("STANDARD 3 - SAFEGUARDING POLICIES AND PROCEDURES    2019/20: AMBER    2020/21: AMBER")
    dpara(d, "The safeguarding policy was reviewed in November 2020 and now includes the "
             "partnership's threshold document.")
    dpara(d, "Out of hours, crews must contact the duty safeguarding officer, but a check of "
             "the log showed the phone went unanswered on five occasions between January and "
             "March 2021.")
    dpara(d, "The duty rota has been changed so that a second officer is always on call, and "
             "Control now tests the number every week.")
    dpara(d, "Safeguarding referrals from crews rose to 87 this year. Feedback from the Front "
             "Door is that about a third lacked enough detail to act on, so the referral form "
             "is being redesigned with the partnership.")
    head("COMMON QUESTIONS")
    dpara(d, "Q1 AN EXAMPLE OF ANOTHER AGENCY IMPROVING MULTI-AGENCY PRACTICE", bold=True)
    dpara(d, "Weldon Cross District Council's housing team now passes us details of families "
             "in poor housing so that we can offer a home fire safety visit.")
    dpara(d, "Q2 RAG SELF-RATING", bold=True)
    dpara(d, "Our ratings for this year are given in the headings above.")
    dpara(d, "Q3 COMMITMENT TO PARTNERSHIP MULTI-AGENCY TRAINING", bold=True)
    dpara(d, "Twelve station managers attended RSCP courses, and the Service is happy to host "
             "partnership training at Thornwick Training Centre.")
    dpara(d, "Q4 IMPACT OF SINGLE AND MULTI-AGENCY TRAINING ON PRACTICE", bold=True)
    dpara(d, "")
    dpara(d, "Q5 HOW WE KNOW WE HAVE IMPROVED", bold=True)
    dpara(d, "The number and quality of referrals, and Fire Authority scrutiny.")
    dpara(d, "Signed: Deputy Chief Fire Officer, Ravensholt Fire and Rescue Service, "
             "20 September 2021")
    data = docx_bytes(d)
    g = gold(name, ["Ravensholt Fire and Rescue Service", "RFRS", "Ravensholt Fire and Rescue"],
             R("green", "green", "amber", None), R("green", "green", "amber", None),
             {"1": ["member safeguarding champion",
                    "receives a safeguarding report at every meeting",
                    "chaired by the Area Manager for Prevention"],
              "2": ["renewals are tracked by HR so that none lapse",
                    "no new recruit goes on a home fire safety visit",
                    "rewrote it around real incidents"],
              "3": ["phone went unanswered on five occasions",
                    "a second officer is always on call",
                    "about a third lacked enough detail"]},
             R("ok", "ok", "ok", "missing_section"),
             cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True})
    return name, data, g


# ========================================================================================
# 8. Ravensholt Youth Justice Service - PDF. 3/2/1 scores with a key. Honest RED on
#    standard 2. A R A G.

@register
def yjs():
    name = "f-ravensholt-youth-justice-service-s11-2021.pdf"
    s = []
    s.append(P("Ravensholt Youth Justice Service", H1))
    s.append(P("Section 11 self-assessment 2020/21", H2))
    s.append(P("Scoring key used in this return: <b>3</b> = fully met; <b>2</b> = partially met; "
               "<b>1</b> = not met. Scores were agreed by the YJS Management Board on "
               "16 September 2021."))
    rows = [["Standard", "Score"],
            ["1 Leadership and accountability", "2"],
            ["2 Staff safe recruitment, induction, training and development", "1"],
            ["3 Safeguarding policies and procedures", "2"],
            ["4 Listening to children and young people", "3"]]
    t = Table(rows, colWidths=[130 * mm, 25 * mm])
    t.setStyle(grid_style([("ALIGN", (1, 0), (1, -1), "CENTER")]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("Standard 1 - Leadership and accountability (score 2)", H2))
    s.append(P("The YJS Management Board is chaired by the Director of Children's Services and "
               "includes police, health, probation and education."))
    s.append(P("Board attendance by partners dropped during the year, and three of the six "
               "meetings were not quorate, so some decisions were taken by email."))
    s.append(P("The Head of Service reports safeguarding concerns to every Board meeting and the "
               "Board approved a new safeguarding risk register in January 2021."))
    s.append(P("A development session in July 2021 agreed clearer member responsibilities, and "
               "the next inspection readiness review is booked for November 2021."))
    s.append(P("Standard 2 - Staff safe recruitment, induction, training and development (score 1)",
               H2))
    s.append(P("We have scored this standard as not met."))
    s.append(P("An HR check in April 2021 found that 9 of our 23 referral order panel volunteers "
               "had no DBS renewal on record, and two had been sitting on panels with an expired "
               "check."))
    s.append(P("Only 38% of staff had completed the partnership's level 3 safeguarding training "
               "by 31 March 2021, and sessional workers were given no formal induction."))
    s.append(P("Those two volunteers were stood down at once. All renewals have been requested and "
               "a new induction pack for sessional staff will be in use from October 2021."))
    s.append(P("Standard 3 - Safeguarding policies and procedures (score 2)", H2))
    s.append(P("The YJS safeguarding procedure was updated in September 2020 to include "
               "contextual safeguarding and the exploitation screening tool."))
    s.append(P("A case audit in March 2021 found that safety and wellbeing plans were reviewed "
               "within timescale in 17 of 25 cases."))
    s.append(P("Case managers use the partnership escalation procedure, but staff told us they "
               "were unsure when to use it for police custody decisions."))
    s.append(P("Standard 4 - Listening to children and young people (score 3)", H2))
    s.append(P("Children and young people helped design our new intervention plan, which is "
               "written to the child and in words they chose."))
    s.append(P("A participation worker runs a young people's panel that reviews our leaflets "
               "and sits on interview panels for case managers."))
    s.append(P("Exit surveys show that children feel listened to by their case manager. The panel "
               "asked for appointments outside school hours, and evening sessions now run at "
               "Saltmere and Ashcombe."))
    s.append(P("Common questions", H2))
    s.append(P("<b>Q1.</b> Ravensholt Constabulary's custody team now calls the YJS duty officer "
               "before any child is held overnight, which has reduced overnight detention."))
    s.append(P("<b>Q2.</b> Our scores are in the table at the top of this return."))
    s.append(P("<b>Q3.</b> We are committed to the partnership's training offer and will release "
               "every case manager for level 3 training by March 2022."))
    s.append(P("<b>Q4.</b> Staff who attended the exploitation course have used the screening "
               "tool in every new case since February 2021."))
    s.append(P("<b>Q5.</b> Monthly audits and the young people's panel tell us where we have "
               "improved and where we have not."))
    s.append(Spacer(1, 6))
    s.append(P("Head of Youth Justice Service, 17 September 2021."))
    data = pdf_bytes(s, "Ravensholt YJS Section 11 2020/21", "Ravensholt Youth Justice Service")
    g = gold(name, ["Ravensholt Youth Justice Service", "Ravensholt YJS", "YJS"],
             R("amber", "red", "amber", "green"), R("amber", "red", "amber", "green"),
             {"1": ["three of the six meetings were not quorate",
                    "new safeguarding risk register in January 2021",
                    "clearer member responsibilities"],
              "2": ["9 of our 23 referral order panel volunteers",
                    "Only 38% of staff had completed",
                    "stood down at once"],
              "3": ["updated in September 2020",
                    "reviewed within timescale in 17 of",
                    "unsure when to use it"],
              "4": ["helped design our new intervention plan",
                    "runs a young people's panel that reviews our leaflets",
                    "evening sessions now run"]},
             R("ok", "ok", "ok", "ok"))
    return name, data, g


# ========================================================================================
# 9. Thornwick Young People's Counselling Service (charity) - Word. Covering letter with bold
#    lead-ins, ratings in a table of ballot-box checkboxes. A A G G; standard 3 OVER_RATED
#    (ticked Green while the text admits clear shortfalls).

@register
def charity():
    name = "f-thornwick-young-peoples-counselling-s11-2021.docx"
    d = new_docx("Section 11 letter 2021", "Chief Officer", dt.datetime(2021, 9, 29, 10, 15, 0))
    dpara(d, "Thornwick Young People's Counselling Service", bold=True, size=14)
    dpara(d, "4 Chapel Yard, Thornwick, RV3 2LP  |  Registered charity")
    dpara(d, "29 September 2021")
    dpara(d, "Business Manager, Ravensholt Safeguarding Children Partnership")
    dpara(d, "Dear Business Manager,")
    dpara(d, "Section 11 self-assessment 2020/21", bold=True)
    dpara(d, "Thank you for the invitation to complete this year's return. We are a small "
             "charity with 14 paid counsellors and 9 volunteers, offering free counselling to "
             "11 to 25 year olds across the county. Our answers follow, with our ratings in the "
             "table at the end of this letter.")
    dpara(d, " Our Board of Trustees has a safeguarding trustee who meets the Chief Officer "
             "every month. The Board reviews every safeguarding referral in anonymised form at "
             "each meeting. No trustee has had safeguarding training since 2019, and a session "
             "with the partnership's trainer is booked for November.",
          bold_lead="Leadership and accountability.")
    dpara(d, " All counsellors hold enhanced DBS checks and professional registration, which we "
             "check every year. Three of our nine volunteers are overdue for a DBS renewal, and "
             "these have been applied for. Safeguarding training completion is 80%, and "
             "clinical supervision includes safeguarding at every session.",
          bold_lead="Safe recruitment, induction, training and development.")
    dpara(d, " Our safeguarding policy was last reviewed in March 2018 and its review is now "
             "overdue. We have not yet adopted the partnership's escalation and resolution "
             "protocol. A file review of 20 cases in May 2021 found that safeguarding concerns "
             "had been recorded on the concern form in 11 of them.",
          bold_lead="Policies and procedures.")
    dpara(d, " Young people complete an outcome measure at the start and end of counselling, "
             "and 83% of those who finished counselling this year showed reliable improvement. "
             "Our youth advisory group chose the new online booking system after trying three "
             "options, and waiting times for a first session fell from six weeks to three. "
             "Every young person is asked whether they felt listened to, and we change our "
             "practice when they say no.",
          bold_lead="Listening to children and young people.")
    dpara(d, "Our ratings", bold=True)
    rows = [["Standard", "Green", "Amber", "Red"],
            ["1 Leadership and accountability", "\u2610", "\u2612", "\u2610"],
            ["2 Safe recruitment, induction, training and development", "\u2610", "\u2612", "\u2610"],
            ["3 Safeguarding policies and procedures", "\u2612", "\u2610", "\u2610"],
            ["4 Listening to children and young people", "\u2612", "\u2610", "\u2610"]]
    dtable(d, rows)
    dpara(d, "")
    dpara(d, "The partnership's common questions", bold=True)
    dpara(d, " The school nursing team from Kingsbrook and Saltmere Hospitals now refers "
             "young people to us directly, which has cut the number of referrals that are "
             "passed between services.", bold_lead="Another agency improving practice.")
    dpara(d, " Please see the table above.", bold_lead="RAG self-rating.")
    dpara(d, " Two counsellors attended RSCP courses this year and we would like more places "
             "for the voluntary sector.", bold_lead="Partnership training.")
    dpara(d, " After the RSCP course on self-harm, counsellors have used the partnership's "
             "self-harm pathway for every young person who disclosed self-harm.",
          bold_lead="Impact of training.")
    dpara(d, " Our outcome measures and what young people tell us.",
          bold_lead="How we know we have improved.")
    dpara(d, "Yours sincerely,")
    dpara(d, "Chief Officer, Thornwick Young People's Counselling Service")
    data = docx_bytes(d)
    g = gold(name, ["Thornwick Young People's Counselling Service",
                    "Thornwick Young Peoples Counselling Service", "TYPCS"],
             R("amber", "amber", "green", "green"), R("amber", "amber", "amber", "green"),
             {"1": ["safeguarding trustee who meets the Chief Officer",
                    "No trustee has had safeguarding training since 2019"],
              "2": ["Three of our nine volunteers are overdue",
                    "Safeguarding training completion is 80%"],
              "3": ["last reviewed in March 2018",
                    "not yet adopted the partnership's escalation",
                    "recorded on the concern form in 11"],
              "4": ["83% of those who finished counselling",
                    "fell from six weeks to three",
                    "chose the new online booking system"]},
             R("ok", "ok", "over", "ok"))
    return name, data, g


# ========================================================================================
# build / check

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def extract_units(name, data):
    """Return (units, alltext): units are lines (PDF) or paragraphs (Word)."""
    units = []
    if name.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                units.extend((page.extract_text() or "").split("\n"))
        extra = []
    else:
        d = docx.Document(io.BytesIO(data))
        units = [p.text for p in d.paragraphs]
        extra = []
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    extra.extend(p.text for p in cell.paragraphs)
    units = [norm(u) for u in units]
    alltext = " ".join(units + [norm(x) for x in extra])
    return units, alltext


def check_gold(name, data, g):
    problems = []
    units, alltext = extract_units(name, data)
    for std, frags in g["evidence_must_include"].items():
        if not 2 <= len(frags) <= 4:
            problems.append(f"{name}: standard {std} has {len(frags)} fragments")
        for f in frags:
            nf = norm(f)
            n = len(re.findall(re.escape(nf), alltext))
            if n != 1:
                problems.append(f"{name}: fragment {f!r} occurs {n} times")
            if not any(nf in u for u in units):
                problems.append(f"{name}: fragment {f!r} not on one line/paragraph")
            w = len(f.split())
            if not 3 <= w <= 10:
                problems.append(f"{name}: fragment {f!r} has {w} words")
    for pd in g["personal_data"]:
        if norm(pd) not in alltext:
            problems.append(f"{name}: personal data {pd!r} not in text")
    return problems


def main(argv):
    check = "--check" in argv
    problems = []
    seen = set()
    for fn in DOCS:
        name, data, g = fn()
        assert name not in seen, name
        seen.add(name)
        data2 = fn()[1]
        if data != data2:
            problems.append(f"{name}: two in-memory builds differ")
        gtext = gold_yaml(g)
        fpath, gpath = SUB / name, GOLD / (name + ".yml")
        if check:
            if not fpath.exists() or fpath.read_bytes() != data:
                problems.append(f"{name}: file on disk differs from rebuild")
            if not gpath.exists() or gpath.read_text() != gtext:
                problems.append(f"{name}: gold on disk differs from rebuild")
        else:
            SUB.mkdir(parents=True, exist_ok=True)
            GOLD.mkdir(parents=True, exist_ok=True)
            fpath.write_bytes(data)
            gpath.write_text(gtext)
        problems.extend(check_gold(name, data, g))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(DOCS)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
