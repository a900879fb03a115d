#!/usr/bin/env python3
"""Blind sample set B: nine invented Section 11 returns (2020/21) from agencies of the
fictional Fernmoor Safeguarding Children Partnership (FSCP), plus their gold files.

Everything here is invented: county, towns, organisations and people.  Phone numbers use
the 07700 900xxx drama range, postcodes the invented area "ZQ", NHS numbers the 999 range.

Run:  /work/main/.venv/bin/python samples/blind/make_b.py
Writes samples/blind/submissions/b-*.{docx,pdf} and samples/blind/gold/b-*.yml.
Deterministic: reportlab invariant=1; Word core properties fixed and the zip rewritten
with one fixed timestamp for every member.
"""
import io
import os
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime(2021, 9, 20, 9, 0, 0)
ZIP_TS = (2021, 9, 20, 9, 0, 0)
AUTHOR = "S11 blind samples"

RAG_HEX = {"green": "92D050", "amber": "FFC000", "red": "FF0000"}
RAG_RL = {"green": colors.HexColor("#92D050"), "amber": colors.HexColor("#FFC000"),
          "red": colors.HexColor("#FF0000")}

ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
PRESENT = ["MISSING_SECTION", "MISSING_RATING"]
UNDER_OK = ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
OVER_OK = ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]


# ----------------------------------------------------------------------------- Word helpers

def w_new(font="Calibri", size=11, header=None, footer=None, page_numbers=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
        if header:
            hp = s.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(8)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if footer or page_numbers:
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if footer:
                r = fp.add_run(footer + ("   |   " if page_numbers else ""))
                r.font.size = Pt(8)
            if page_numbers:
                r = fp.add_run("Page ")
                r.font.size = Pt(8)
                _w_field(fp, "PAGE")
    return doc


def _w_field(par, code):
    run = par.add_run()
    run.font.size = Pt(8)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = code
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def w_h(doc, text, level=1):
    return doc.add_heading(text, level=level)


def w_p(doc, text, bold=False, italic=False, size=None, style=None):
    par = doc.add_paragraph(style=style)
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return par


def w_runs(doc, parts):
    """parts: list of (text, bold) tuples in one paragraph."""
    par = doc.add_paragraph()
    for text, bold in parts:
        r = par.add_run(text)
        r.bold = bold
    return par


def w_shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def w_table(doc, header, rows, widths=None, rag_cols=(), head_fill="1F3864", size=9.5,
            fill_only_cols=()):
    """rag_cols: column indexes whose text is a RAG word -> cell shaded.
    fill_only_cols: column indexes holding a rag key; the cell is shaded and left empty."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, htext in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(htext)
        r.bold = True
        r.font.size = Pt(size)
        if head_fill:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            w_shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            c = cells[i]
            c.text = ""
            if i in fill_only_cols:
                if val:
                    w_shade(c, RAG_HEX[val])
                continue
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i in rag_cols:
                key = val.strip().lower().split()[0] if val.strip() else ""
                if key in RAG_HEX:
                    w_shade(c, RAG_HEX[key])
                    r.bold = True
    if widths:
        for row in t.rows:
            for i, wd in enumerate(widths):
                row.cells[i].width = Cm(wd)
    doc.add_paragraph()
    return t


def w_save(doc, path, title):
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = title
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------- PDF helpers

def rl_styles(base="Helvetica", size=10, accent="#1F3864"):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    ac = colors.HexColor(accent)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 8, leading=size + 12,
                                textColor=ac, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=base, fontSize=size + 2, leading=size + 5,
                              textColor=ac, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=size + 6,
                             textColor=ac, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=size + 4,
                             textColor=ac, spaceBefore=7, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.35,
                               spaceAfter=5),
        "bullet": ParagraphStyle("bullet", fontName=base, fontSize=size, leading=size * 1.35,
                                 leftIndent=14, bulletIndent=4, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, textColor=colors.white),
        "small": ParagraphStyle("small", fontName=ital, fontSize=size - 2,
                                leading=(size - 2) * 1.3, spaceAfter=4),
        "_base": base, "_bold": bold, "_accent": ac,
    }


def P(text, style, raw=False):
    return Paragraph(text if raw else escape(text), style)


def rl_table(header, rows, widths, st, rag_cols=(), repeat=1, head_bg=None, zebra=False,
             fill_only_cols=()):
    head_bg = head_bg or st["_accent"]
    data = [[P(h, st["cellh"]) for h in header]]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), head_bg),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for ri, row in enumerate(rows, start=1):
        line = []
        for ci, val in enumerate(row):
            if ci in fill_only_cols:
                line.append("")
                if val:
                    cmds.append(("BACKGROUND", (ci, ri), (ci, ri), RAG_RL[val]))
                continue
            if ci in rag_cols:
                key = val.strip().lower().split()[0] if val.strip() else ""
                line.append(P(val, st["cellb"]))
                if key in RAG_RL:
                    cmds.append(("BACKGROUND", (ci, ri), (ci, ri), RAG_RL[key]))
            else:
                line.append(P(val, st["cell"]))
        data.append(line)
        if zebra and ri % 2 == 0:
            cmds.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#F2F2F2")))
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(cmds))
    return t


def rl_page_deco(header_left, header_right, footer, font="Helvetica"):
    def deco(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont(font, 7.5)
        canv.setFillColor(colors.HexColor("#595959"))
        if header_left:
            canv.drawString(2 * cm, h - 1.2 * cm, header_left)
        if header_right:
            canv.drawRightString(w - 2 * cm, h - 1.2 * cm, header_right)
        canv.setStrokeColor(colors.HexColor("#BFBFBF"))
        canv.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        canv.drawString(2 * cm, 1.1 * cm, footer)
        canv.drawRightString(w - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
        canv.restoreState()
    return deco


def rl_build(path, story, title, deco):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title=title, author=AUTHOR, subject="Section 11 return 2020/21",
                            creator=AUTHOR, producer=AUTHOR)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------- gold

class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def write_gold(d):
    order = ["file", "agency", "status", "error_code", "framework", "self_ratings",
             "evidence_supports", "evidence_must_include", "gaps_expected", "gaps_forbidden",
             "personal_data", "late", "common_questions_answered"]
    g = {k: d[k] for k in order}
    with open(os.path.join(GOLD, d["file"] + ".yml"), "w") as f:
        yaml.dump(g, f, Dumper=_NoAliasDumper, sort_keys=False, default_flow_style=None,
                  width=100, allow_unicode=True)


def gold(file, agency, self_ratings, supports, include, gaps_expected, gaps_forbidden,
         cq, personal_data=(), late=False):
    return {"file": file, "agency": agency, "status": "ok", "error_code": None,
            "framework": "gscp-2021", "self_ratings": self_ratings,
            "evidence_supports": supports, "evidence_must_include": include,
            "gaps_expected": gaps_expected, "gaps_forbidden": gaps_forbidden,
            "personal_data": list(personal_data), "late": late,
            "common_questions_answered": cq}


GOLDS = []
BUILDERS = []


def register(fn):
    BUILDERS.append(fn)
    return fn


# ============================================================================ 1. narrative (Word)
# Fernmoor Partnership NHS Foundation Trust - long first-person narrative, three headings,
# ratings in prose.  Std 4 planted UNDER_RATED (amber despite strong, dated, measured evidence).

D1_FILE = "b-fernmoor-partnership-nhs-ft-s11-2021.docx"

D1_INTRO = [
    "I am writing this return on behalf of our Executive Director of Nursing, Tom Ashdown, who is "
    "the Trust's executive lead for safeguarding and who has read and agreed it. I have chosen to "
    "write it as an account of the year rather than to fill in the template box by box, because so "
    "much of what mattered in 2020/21 crossed the boundaries between the four standards. I hope the "
    "panel will forgive the length. I have tried to say plainly where we are, including where we are "
    "not yet good enough.",
    "For anyone new to the Trust: Fernmoor Partnership NHS Foundation Trust provides mental health, "
    "learning disability and community health services across the county, including the child and "
    "adolescent mental health service (CAMHS), health visiting and school nursing in Tarnbridge, "
    "Harrowdene and Ashwold. Around 4,100 people work for us, and roughly a third of them work "
    "directly with children or with parents whose own difficulties affect their children. The year "
    "covered by this return began in the first lockdown and ended in the third, and almost "
    "everything described below was done while services were being redesigned week by week.",
]

D1_YEAR = [
    "It is worth saying at the outset what the year asked of our staff. In April 2020 around a "
    "fifth of our community nurses were redeployed to support adult wards and the discharge "
    "hubs. Health visiting moved to a mix of telephone, video and doorstep contacts, new birth "
    "visits were kept face to face wherever we could manage it, and school nurses lost their "
    "main point of contact with children when schools closed. CAMHS referrals fell sharply in "
    "the first lockdown and then rose beyond anything we had seen before, with more young "
    "people arriving in crisis and fewer arriving early. Safeguarding had to be designed into "
    "each of these changes rather than added afterwards, and I think on the whole it was.",
    # --- standard 1, leadership
    "I will start with leadership and accountability, because without it none of the rest holds "
    "together. The Board kept safeguarding in sight throughout the pandemic. The Safeguarding "
    "Committee, chaired by the Executive Director of Nursing, met throughout 2020/21, virtually from "
    "April 2020, and reported to the Quality and Safety Committee every quarter without a missed "
    "report. Our non-executive director with the lead for safeguarding, Professor Anjali Rao, attends "
    "the committee and took two issues to the Board in person during the year: the learning from the "
    "partnership's review of the case known as Child T, and the rise in self-harm presentations among "
    "younger teenagers during the second lockdown.",
    "Our Safeguarding Assurance Framework was rewritten in July 2020 so that every service line now "
    "reports against the same measures and the same risks, rather than each directorate choosing its "
    "own. That change is what allowed the Fernmoor Audit Consortium, when it reviewed our safeguarding "
    "governance in March 2021, to trace individual safeguarding risks from a clinic or ward right "
    "through to the corporate risk register. The Consortium gave substantial assurance, the highest of "
    "its four levels, and made two minor recommendations about the timeliness of minutes, both of "
    "which are closed.",
    "The Board development session on contextual safeguarding in January 2021 was led jointly by our "
    "named nurse and the exploitation lead from Fernmoor Constabulary. It was not a comfortable "
    "session. Board members heard directly how young people open to CAMHS had been targeted by "
    "county lines groups, and at its next meeting the Board agreed to fund a specialist exploitation "
    "practitioner in CAMHS, who started in June 2021 and already sits on the multi-agency child "
    "exploitation panel.",
    "Both named professional roles are now substantively filled. Grace Mbeki took up post as named "
    "nurse for safeguarding children in October 2020 after a long period of interim cover, and the "
    "named doctor's sessions were doubled in the same month. We attended every FSCP Executive and "
    "subgroup meeting we were invited to, and we have chaired the partnership's Learning and "
    "Improvement subgroup since September 2020. Putting this together, I would put us at green on "
    "leadership and accountability, and I think the evidence bears that out.",
    # --- standard 2, workforce
    "Our workforce is where I have to be more careful. Safer recruitment held up well in most "
    "respects. Enhanced DBS checks were in place for every substantive appointment we sampled, and "
    "interview panels for posts working with children continued to include a trained safer "
    "recruitment panel member even when interviews moved online. However, an audit of agency staff "
    "files in February 2021 found that 3 of 40 agency workers placed in children's services had "
    "started work before both of their references had been received. None of the three was the "
    "subject of any concern, but that is not the point; the check should have happened first. Agency "
    "checks have since been moved to a single compliance team, and a re-audit of 20 files in June "
    "2021 found no exceptions. That is one small re-audit and I do not want to overstate it.",
    "Training is the bigger shortfall. At 31 March 2021, 81% of staff who need Level 3 safeguarding "
    "children training were in date, against our own target of 90%. In CAMHS the figure was 74%, "
    "largely because face-to-face sessions stopped in the spring of 2020 and the virtual replacement "
    "did not start until September. Compliance with Level 1 and Level 2 training was better, and "
    "induction moved online in May 2020 so that every new starter completes the safeguarding module "
    "in their first week. Safeguarding supervision for health visitors and school nurses was "
    "maintained throughout, with 89% of practitioners receiving supervision in every quarter. Amber "
    "is the honest rating for our workforce standard: the arrangements are right, but we have not yet "
    "got enough people through training, and the agency file problem was real.",
    # --- standard 3, policies and procedures
    "On policies and procedures I am more confident. All eleven of our safeguarding children "
    "policies and procedures were within their review date at 31 March 2021, and each was checked "
    "against the FSCP procedures manual when the partnership updated it in the autumn. The most "
    "important change was the Was Not Brought procedure, which replaced our old did-not-attend "
    "guidance on 1 December 2020 following the Child T review. It requires the clinician to consider "
    "who was responsible for bringing the child, to contact the family and the referrer, and to "
    "discuss any second missed appointment with the safeguarding team.",
    "We know the procedures are being used. In a February 2021 audit of 60 health visiting records, "
    "practitioners had used the Fernmoor Neglect Toolkit in 56, and in every case where a concern was "
    "identified there was a documented plan. Our safeguarding advice line took 1,420 calls during the "
    "year from staff wanting help with a decision. The quality of what we send to the MASH has also "
    "improved: the MASH's own audit of referrals received in the final quarter of the year found that "
    "88% of referrals from the Trust met the threshold for the action requested, compared with 71% in "
    "the same quarter of 2019/20. I am comfortable calling this green.",
    # --- standard 4, listening to children
    "Listening to children is the part of our work I am proudest of, and also the part where I am "
    "least inclined to congratulate ourselves. Our Youth Voice Panel, fourteen young people aged 13 "
    "to 19 who use or have used our services, met online every month throughout the year. Members "
    "sat on interview panels for 9 posts, including the CAMHS clinical lead, and their scores counted "
    "towards the decision in the same way as the other panel members' scores.",
    "In December 2020 we audited 120 CAMHS and school nursing records for the voice of the child. The "
    "child's own words or views were recorded in 94% of them, up from 78% when we last carried out the "
    "same audit in October 2019. The Youth Voice Panel also rewrote the letter that young people "
    "receive when they are placed on the CAMHS waiting list, adding a named contact, an honest "
    "estimate of the wait and what to do if things get worse. Since the new letter was introduced in "
    "November 2020, complaints from young people and parents about not knowing what was happening "
    "while waiting fell from 19 in the first half of the year to 6 in the second half.",
    "Even so, I have held us at amber on listening to children. There is always more to hear, and I "
    "would rather the panel pushed us than that we sat back.",
    # --- common questions in prose
    "The partnership asked each agency to point to something another agency has done that improved "
    "multi-agency practice. For us it was Fernmoor County Council's Early Help consultation line, "
    "which opened in September 2020. Before it existed, health visitors who were worried but unsure "
    "whether to refer tended either to hold the worry alone or to send a MASH referral that was "
    "stepped down. Now they can talk a family through with an early help practitioner on the same "
    "day, and our health visiting teams tell us it is the single most useful change of the year.",
    "Our commitment to the partnership's multi-agency training has not changed. We provide two "
    "trainers for the FSCP programme each quarter, released from clinical duties for the purpose, and "
    "during 2020/21 they co-delivered the virtual neglect and working together courses. We expect "
    "practitioners in CAMHS, health visiting and school nursing to attend at least one FSCP course "
    "every three years, and 212 of our staff attended an FSCP course during the year.",
    "Whether training is having an impact on practice is a fair question to ask. The clearest "
    "evidence is the improvement in referral quality and the use of the neglect toolkit described "
    "above, both of which were the focus of our own Level 3 training and of the FSCP neglect course. "
    "We also ask every attendee to complete a short follow-up three months after a course, and most "
    "of those who replied could name a change they had made.",
    "As for how we know we have improved, we rely on repeating the same audits so that we can compare "
    "like with like, on what the MASH and other partners tell us about our referrals, and on what "
    "young people tell us through the Youth Voice Panel. Where we have not improved, particularly in "
    "training compliance, the same measures tell us that too.",
]

D1_AHEAD = [
    "Our priorities for 2021/22 follow from the above. We will bring Level 3 training compliance to "
    "90% across the Trust by March 2022, with a specific recovery plan for CAMHS that is reported to "
    "the Safeguarding Committee monthly until it is achieved. We will repeat the agency file audit "
    "each quarter until four consecutive audits are clean. We will extend the Youth Voice Panel into "
    "the learning disability service, where children's voices are hardest to capture, and we will "
    "repeat the voice of the child audit in December 2021.",
    "There are also things I want to keep. The virtual safeguarding supervision groups were "
    "better attended than the face-to-face ones they replaced, and health visitors in the more "
    "rural parts of Ashwold told us they would rather not go back to driving an hour for a "
    "ninety-minute session. We will offer both. The daily safeguarding huddle that the team "
    "started in the first lockdown, a fifteen-minute call to go through the previous day's "
    "concerns, will continue, because it means nothing sits in an inbox overnight.",
    "I am grateful to colleagues across the partnership for a year of extraordinary effort, and I "
    "would be glad to talk any part of this return through with the panel in November.",
]


@register
def build_d1():
    doc = w_new(font="Arial", size=10.5,
                header="Fernmoor Partnership NHS Foundation Trust - Section 11 return 2020/21",
                footer="OFFICIAL")
    w_p(doc, "Fernmoor Partnership NHS Foundation Trust", bold=True, size=18)
    w_p(doc, "Section 11 self-assessment 2020/21: our return to the Fernmoor Safeguarding "
             "Children Partnership", size=13)
    w_p(doc, "Marian Tulley, Head of Safeguarding Service. Submitted 24 September 2021.",
        italic=True)
    w_h(doc, "Introduction", 1)
    for t in D1_INTRO:
        w_p(doc, t)
    w_h(doc, "Our year", 1)
    for t in D1_YEAR:
        w_p(doc, t)
    w_h(doc, "Looking ahead", 1)
    for t in D1_AHEAD:
        w_p(doc, t)
    w_p(doc, "Marian Tulley, Head of Safeguarding Service, on behalf of Tom Ashdown, Executive "
             "Director of Nursing", italic=True)
    w_save(doc, os.path.join(SUB, D1_FILE), "Section 11 return 2020/21")
    return gold(
        D1_FILE, ["Fernmoor Partnership NHS Foundation Trust", "the Trust"],
        {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        {"1": "green", "2": "amber", "3": "green", "4": "green"},
        {"1": ["reported to the Quality and Safety Committee every quarter",
               "Safeguarding Assurance Framework was rewritten in July 2020",
               "The Consortium gave substantial assurance",
               "specialist exploitation practitioner in CAMHS"],
         "2": ["3 of 40 agency workers",
               "81% of staff who need Level 3",
               "In CAMHS the figure was 74%"],
         "3": ["practitioners had used the Fernmoor Neglect Toolkit in 56",
               "88% of referrals from the Trust",
               "took 1,420 calls during the year"],
         "4": ["recorded in 94% of them",
               "sat on interview panels for 9 posts",
               "fell from 19 in the first half"]},
        {"4": ["UNDER_RATED"]},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": UNDER_OK},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 2. corporate sections (PDF)
# Kelsworth and District Hospitals NHS FT - own numbered sections 3.1-3.4 not mapped one to one,
# scores on the 1-4 scale only in the table at the end.  Std 2 planted UNDER_RATED
# ("so as not to be complacent").

D2_FILE = "b-kelsworth-district-hospitals-s11-2021.pdf"

D2 = [
    ("h1", "1. Purpose of this report"),
    ("p", "1.1 This report sets out the Trust's self-assessment against the Fernmoor Safeguarding "
          "Children Partnership (FSCP) Section 11 standards for the period 1 April 2020 to 31 March "
          "2021. It follows the Trust's standard assurance report format rather than the "
          "partnership template. Section 5 maps our report sections to the partnership's four "
          "standards and gives the Trust's scores."),
    ("p", "1.2 The report was approved by the Trust Safeguarding Committee on 16 September 2021 "
          "and is submitted on behalf of the Chief Nurse."),
    ("h1", "2. About the Trust"),
    ("p", "2.1 Kelsworth and District Hospitals NHS Foundation Trust (KDH) provides acute services "
          "from Kelsworth General Hospital and Brinmouth Community Hospital. Services for children "
          "include a paediatric emergency department, a 24-bed children's ward, a neonatal unit "
          "and maternity services delivering around 3,900 babies a year."),
    ("p", "2.2 During 2020/21 the emergency departments saw 31,200 attendances by children and "
          "young people under 18, a fall of about a quarter on the previous year, with a marked "
          "rise in attendances for self-harm and eating disorders from October 2020."),
    ("h1", "3. Safeguarding children assurance 2020/21"),
    ("h2", "3.1 Governance"),
    ("p", "3.1.1 The Chief Nurse is the executive lead for safeguarding. The Trust Safeguarding "
          "Committee meets every two months under her chairmanship and reports to the Quality "
          "Governance Committee, which reports to the Board. All six committee meetings in "
          "2020/21 were quorate, and each received the safeguarding dashboard, the risk register "
          "extract and a report from each clinical division."),
    ("p", "3.1.2 The Board received the annual safeguarding report in July 2020 and a mid-year "
          "report in January 2021. At the January meeting the Board challenged the length of time "
          "young people in mental health crisis were spending in the emergency department; as a "
          "result a joint escalation protocol with the mental health trust was agreed in March "
          "2021 and the longest waits are now reviewed daily by the site manager."),
    ("p", "3.1.3 The named nurse, named midwife and named doctor were in post throughout the year. "
          "The safeguarding team establishment of 9.6 whole time equivalent posts was fully "
          "recruited from August 2020 for the first time in three years."),
    ("p", "3.1.4 The Trust was represented at 10 of 10 FSCP Executive meetings by the Chief Nurse "
          "or the Deputy Chief Nurse, and at every meeting of the partnership's health subgroup."),
    ("h2", "3.2 People"),
    ("p", "3.2.1 Safer recruitment. Every post with access to children requires an enhanced DBS "
          "check with a barred list check. An HR audit of 50 personnel files for staff appointed "
          "to children's and maternity services, completed in February 2021, found that all 50 "
          "had an enhanced DBS check, two references and identity checks on file before the start "
          "date. Agency and bank workers are supplied under a framework agreement; our quarterly "
          "check of 30 agency files in the final quarter found every file compliant."),
    ("p", "3.2.2 Training. Compliance at 31 March 2021 against the intercollegiate requirements was "
          "98% at Level 1, 97% at Level 2 and 96% (1,184 of 1,233 staff) at Level 3. Level 3 "
          "training moved to live virtual sessions in May 2020 and no scheduled session was "
          "cancelled during the year."),
    ("p", "3.2.3 Impact of training. Between October and December 2020 the safeguarding team "
          "delivered Think Family training to 142 emergency department staff, focused on asking "
          "adult patients about children at home. Our audit of 100 adult attendances where the "
          "patient was a parent showed that a documented question about dependent children rose "
          "from 61% in September 2020 to 89% in March 2021, and referrals to the MASH from the "
          "adult emergency department about children of adult patients doubled over the same "
          "period."),
    ("p", "3.2.4 Allegations. Four allegations against staff were referred to the Local Authority "
          "Designated Officer during the year. All were referred within one working day and "
          "managed in line with the FSCP allegations procedure."),
    ("h2", "3.3 Practice"),
    ("p", "3.3.1 Policies. The Trust holds 14 safeguarding policies and procedures, of which 11 "
          "were within their review date at 31 March 2021. The overarching Safeguarding Children "
          "Policy was due for review in November 2020; the review was deferred during the second "
          "wave and the revised policy was not approved until August 2021, so for most of the "
          "year staff were working to an out-of-date version."),
    ("p", "3.3.2 Children who were not brought. Our January 2021 audit of children who did not "
          "attend paediatric outpatient appointments found the Was Not Brought procedure followed "
          "in 68% of the 50 cases sampled, against a standard of 100%. The main gap was the "
          "absence of a letter to the referring GP. A reminder has been built into the outpatient "
          "system and the audit will be repeated in October 2021."),
    ("p", "3.3.3 Unborn babies. The maternity unborn baby pathway was used for 87 pregnancies. "
          "Pre-birth referrals were made before 20 weeks in most cases, although the named midwife "
          "identified five late referrals which are being reviewed with the MASH."),
    ("p", "3.3.4 Referrals. The Trust made 1,036 referrals to the MASH during the year. "
          "Safeguarding supervision continued for all community midwives and children's ward "
          "nursing staff, with 84% of community midwives receiving supervision in every quarter."),
    ("h2", "3.4 Voice and influence"),
    ("p", "3.4.1 The Kelsworth Hospital Youth Forum brings together young people who have been "
          "patients or who have visited the hospital as young carers. It moved online in April "
          "2020 and continued to meet through the year. Forum members co-produced the design of "
          "the adolescent bay, choosing its layout, its name and the information given to young "
          "people on arrival."),
    ("p", "3.4.2 The adolescent bay opened on Ward 12 in February 2021. It gives 16 and 17 year "
          "olds the choice of being cared for alongside other teenagers rather than on an adult "
          "ward, and the associated risk on the corporate risk register has been reduced as a "
          "result. Young people admitted since it opened have told the play and youth team that "
          "they felt safer and were more willing to talk to staff."),
    ("p", "3.4.3 Children on the children's ward give feedback through Tell Us cards and a text "
          "service. The ward's You Said, We Did board shows the changes made: overnight beds for "
          "parents were restored in September 2020 after families explained how hard the "
          "restrictions were, and mealtimes were changed at young people's request."),
    ("p", "3.4.4 The MASH told us in its feedback to the health subgroup in March 2021 that "
          "referrals from the Trust now routinely record what the child has said and seen, where "
          "the child is old enough to say it. The named nurse's review of referrals confirmed "
          "this."),
    ("h1", "4. Partnership questions"),
    ("p", "4.1 Improvement by another agency. Fernmoor Constabulary placed a police liaison "
          "officer in the paediatric emergency department two mornings a week from November 2020. "
          "Clinicians can now discuss concerns about injuries and exploitation in person, and "
          "strategy discussions involving the Trust are arranged more quickly."),
    ("p", "4.2 Self-rating. Our scores against each standard are given in section 5."),
    ("p", "4.3 Commitment to multi-agency training. The Trust commits to releasing staff for the "
          "FSCP multi-agency programme and contributes a named trainer to the neglect and "
          "domestic abuse courses. In 2020/21, 96 Trust staff attended FSCP courses, most of them "
          "from paediatrics, maternity and the emergency departments."),
    ("p", "4.4 Impact of training. The Think Family results in 3.2.3 are the clearest evidence "
          "that training changes practice. Feedback from FSCP course attendees is reviewed by the "
          "named nurse and shared with the partnership's training coordinator."),
    ("p", "4.5 How we know we have improved. We repeat audits against the same standard, track "
          "the dashboard at every Safeguarding Committee meeting and take account of feedback from "
          "the MASH and from children and families."),
]

D2_TABLE = [
    ["1 Leadership and accountability", "3.1", "4 - Fully met",
     "Governance, named professionals and partnership attendance in place all year."],
    ["2 Staff safe recruitment, induction, training and development", "3.2, 3.3.4",
     "3 - Mostly met",
     "Scored 3 rather than 4 so as not to be complacent while demand on training remains high."],
    ["3 Safeguarding policies and procedures", "3.3", "2 - Partially met",
     "Overarching policy past review date for most of the year; Was Not Brought audit below "
     "standard. Re-audit due October 2021."],
    ["4 Listening to children and young people", "3.4", "4 - Fully met",
     "Youth Forum influence on services demonstrated; voice of the child evident in referrals."],
]


@register
def build_d2():
    st = rl_styles("Helvetica", 9.5, accent="#005EB8")
    s = [P("Kelsworth and District Hospitals NHS Foundation Trust", st["title"]),
         P("Safeguarding Children: Section 11 Assurance Report 2020/21", st["sub"])]
    cover = [["Report to", "Fernmoor Safeguarding Children Partnership"],
             ["Author", "Alison Brereton, Deputy Chief Nurse (Safeguarding)"],
             ["Executive sponsor", "Dr Ruth Adeyemi, Chief Nurse"],
             ["Date", "20 September 2021"]]
    t = Table([[P(a, st["cellb"]), P(b, st["cell"])] for a, b in cover],
              colWidths=[4 * cm, 13 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7"))]))
    s += [t, Spacer(1, 8)]
    for kind, text in D2:
        s.append(P(text, st["body"] if kind == "p" else st[kind]))
    s.append(P("5. Self-assessment against the FSCP Section 11 standards", st["h1"]))
    s.append(P("Scale used by the Trust: 4 = Fully met, 3 = Mostly met, 2 = Partially met, "
               "1 = Not met.", st["small"]))
    s.append(rl_table(["FSCP standard", "Report section", "Trust score", "Comment"], D2_TABLE,
                      [5.2 * cm, 2.3 * cm, 2.8 * cm, 6.7 * cm], st, zebra=True))
    s.append(Spacer(1, 10))
    s.append(P("Dr Ruth Adeyemi, Chief Nurse and Executive Lead for Safeguarding", st["body"]))
    deco = rl_page_deco("Kelsworth and District Hospitals NHS Foundation Trust",
                        "Section 11 Assurance Report 2020/21", "OFFICIAL")
    rl_build(os.path.join(SUB, D2_FILE), s, "KDH Section 11 Assurance Report 2020/21", deco)
    return gold(
        D2_FILE, ["Kelsworth and District Hospitals NHS Foundation Trust", "KDH", "the Trust"],
        {"1": "green", "2": "amber", "3": "amber", "4": "green"},
        {"1": "green", "2": "green", "3": "amber", "4": "green"},
        {"1": ["All six committee meetings in 2020/21 were quorate",
               "a joint escalation protocol with the mental health trust",
               "represented at 10 of 10 FSCP Executive meetings"],
         "2": ["96% (1,184 of 1,233 staff) at Level 3",
               "found that all 50 had an enhanced DBS check",
               "from 61% in September 2020 to 89%"],
         "3": ["11 were within their review date",
               "in 68% of the 50 cases sampled",
               "was not approved until August 2021"],
         "4": ["choosing its layout, its name and the information",
               "The adolescent bay opened on Ward 12",
               "overnight beds for parents were restored"]},
        {"2": ["UNDER_RATED"]},
        {"1": ALL4, "2": UNDER_OK, "3": ALL4, "4": ALL4},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 3. evidence tables (Word)
# Tarnbridge Borough Council - template-like: table per standard, Evidence | Impact | RAG, every row
# with a RAG word, overall line per standard.  Consistent ratings; std 2 and 4 honest amber.

D3_FILE = "b-tarnbridge-borough-council-s11-2021.docx"

D3_STANDARDS = [
    ("Standard 1: Leadership and accountability", [
        ["Corporate Safeguarding Policy refreshed and approved by Cabinet on 14 October 2020. The "
         "Head of Community Services is the senior safeguarding lead and reports to Corporate "
         "Management Team every quarter.",
         "Clear line of accountability. Every head of service now signs an annual safeguarding "
         "assurance statement; 12 of 12 returned in March 2021.", "Green"],
        ["Network of 21 Safeguarding Champions across all council services, meeting every two "
         "months with the Designated Safeguarding Lead (DSL).",
         "Champions resolved 64 of the 118 staff queries logged in the year, freeing the DSL for "
         "casework and MASH liaison.", "Green"],
        ["Councillor safeguarding briefing delivered in November 2020; 31 of 36 councillors "
         "attended.",
         "Licensing Committee members applied the briefing in two taxi licence reviews, both of "
         "which ended in revocation.", "Green"],
        ["Council represented at the FSCP Executive by the Head of Community Services; attended "
         "9 of 10 meetings.",
         "The Council led the partnership's task group on safeguarding in the evening and night "
         "economy of Tarnbridge town centre.", "Green"],
    ], "Green"),
    ("Standard 2: Staff safe recruitment, induction, training and development", [
        ["Safeguarding e-learning is mandatory for all staff. 412 of 528 staff (78%) completed it "
         "in 2020/21.",
         "Below our 95% target. Completion was lowest among waste and street scene operatives, "
         "who have limited access to computers; paper workbooks issued from July 2021.", "Amber"],
        ["DBS audit of the 46 posts eligible for enhanced checks, January 2021.",
         "14 postholders had no renewal within the Council's three year cycle. All renewals were "
         "completed by May 2021 and HR now sends automatic reminders.", "Red"],
        ["Taxi and private hire drivers: safeguarding training has been a licence condition since "
         "April 2019, and the DBS update service is checked every six months.",
         "96% of 611 licensed drivers trained at 31 March 2021; 8 licences suspended until "
         "training was completed.", "Green"],
        ["Induction for new starters includes a session with the DSL, delivered online since "
         "June 2020.",
         "All 37 new starters completed the session within their first month.", "Green"],
    ], "Amber"),
    ("Standard 3: Safeguarding policies and procedures", [
        ["Corporate safeguarding procedure aligned to the FSCP procedures and reviewed in October "
         "2020, with a single reporting route through the DSL.",
         "142 concerns referred to the MASH in 2020/21, up from 97 in 2019/20, with more coming "
         "from frontline services that had rarely referred before.", "Green"],
        ["Housing Options: joint protocol with Fernmoor County Council children's services for "
         "homeless 16 and 17 year olds, revised in December 2020.",
         "No 16 or 17 year old placed in bed and breakfast accommodation during the year, "
         "compared with four in 2019/20.", "Green"],
        ["DSL audit of 30 safeguarding referrals made by council staff, March 2021.",
         "27 of 30 contained sufficient information for a MASH decision; individual feedback "
         "given on the other three.", "Green"],
        ["Safeguarding checklist for community groups receiving council grants, introduced "
         "September 2020.",
         "48 groups funded in 2020/21 and every one returned a signed checklist before payment.",
         "Green"],
    ], "Green"),
    ("Standard 4: Listening to children and young people", [
        ["Tarnbridge Youth Council (18 members) consulted on the parks and play strategy in "
         "February 2021.",
         "Two new youth shelters included in the strategy at the Youth Council's request.",
         "Green"],
        ["Housing Options feedback survey for young people introduced January 2021.",
         "Only 11 responses to date, too few to draw conclusions or show a change.", "Amber"],
        ["Voice of the child in council referrals, tested in the DSL's March 2021 audit.",
         "The child's views were recorded in 12 of 30 referrals. Most council staff do not "
         "speak directly to children, and guidance on recording what children say is being "
         "written.", "Amber"],
    ], "Amber"),
]

D3_QUESTIONS = [
    ("Q1. Something another agency has done in 2020/21 that improved multi-agency practice",
     "Fernmoor Youth Justice Service began attending the Tarnbridge Community Safety "
     "Partnership's fortnightly problem-solving group in October 2020. Their knowledge of the "
     "young people involved has changed how we respond to anti-social behaviour by children, "
     "with more cases now diverted to positive activities instead of formal warnings."),
    ("Q2. RAG rating against each standard",
     "See the overall rating line under each standard above: Standard 1 Green, Standard 2 Amber, "
     "Standard 3 Green, Standard 4 Amber."),
    ("Q3. Commitment to the partnership's multi-agency training",
     "The DSL and all Safeguarding Champions are expected to attend at least one FSCP course a "
     "year. In 2020/21, 26 council staff attended FSCP courses, including all five licensing "
     "officers, who attended the child exploitation course."),
    ("Q4. Is single and multi-agency training having an impact on practice?",
     "Yes. After the child exploitation course, licensing officers made five referrals about "
     "concerns involving taxi journeys, where previously they had made none, and two led to "
     "joint action with the police."),
    ("Q5. How do you know you have improved?",
     "Referral numbers and the DSL's referral audit, the annual assurance statements from heads "
     "of service, and the fall in young people placed in bed and breakfast give us measures we "
     "can compare year on year."),
]


@register
def build_d3():
    doc = w_new(font="Calibri", size=11, header="Tarnbridge Borough Council",
                footer="Section 11 Self-Assessment 2020/21")
    w_p(doc, "Tarnbridge Borough Council", bold=True, size=20)
    w_p(doc, "Fernmoor Safeguarding Children Partnership - Section 11 Self-Assessment 2020/21",
        bold=True, size=13)
    cover = [["Organisation", "Tarnbridge Borough Council"],
             ["Lead officer", "Simon Ferrar, Head of Community Services"],
             ["Designated Safeguarding Lead", "Priya Lal, Community Safety and Safeguarding "
                                              "Manager"],
             ["Period covered", "1 April 2020 to 31 March 2021"],
             ["Date submitted", "27 September 2021"]]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in cover:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
        c[0].paragraphs[0].runs[0].bold = True
        w_shade(c[0], "DEEAF6")
    doc.add_paragraph()
    w_p(doc, "This return follows the partnership template. For each standard we have set out "
             "our evidence, the impact we can show, and a RAG rating for each item, followed by "
             "our overall rating for the standard.")
    for title, rows, overall in D3_STANDARDS:
        w_h(doc, title, 2)
        w_table(doc, ["Evidence", "Impact", "RAG"], rows, widths=[7.4, 7.2, 2.0], rag_cols=(2,),
                head_fill="2E75B6")
        w_runs(doc, [("Overall rating for " + title.split(":")[0] + ": ", True),
                     (overall, True)])
    w_h(doc, "Common questions", 2)
    for q, a in D3_QUESTIONS:
        w_p(doc, q, bold=True)
        w_p(doc, a)
    w_p(doc, "Signed: Simon Ferrar, Head of Community Services", italic=True)
    w_save(doc, os.path.join(SUB, D3_FILE), "Section 11 Self-Assessment 2020/21")
    return gold(
        D3_FILE, ["Tarnbridge Borough Council", "the Council"],
        {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        {"1": ["approved by Cabinet on 14 October 2020",
               "12 of 12 returned in March 2021",
               "31 of 36 councillors attended"],
         "2": ["412 of 528 staff (78%)",
               "14 postholders had no renewal",
               "96% of 611 licensed drivers trained"],
         "3": ["142 concerns referred to the MASH",
               "No 16 or 17 year old placed",
               "27 of 30 contained sufficient information"],
         "4": ["Two new youth shelters included",
               "Only 11 responses to date",
               "recorded in 12 of 30 referrals"]},
        {},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 4. two columns (PDF)
# Fernmoor Constabulary - rating box at the top of page 1, body in two reportlab Frames side by
# side.  Std 4 planted OVER_RATED (green, assertions only).

D4_FILE = "b-fernmoor-constabulary-s11-2021.pdf"
D4_MARGIN = 1.8 * cm
D4_GUTTER = 0.8 * cm
D4_TOP_H = 9.6 * cm          # full-width frame at the top of page 1

D4_RATINGS = [("1", "Leadership and accountability", "green"),
              ("2", "Staff safe recruitment, induction, training and development", "amber"),
              ("3", "Safeguarding policies and procedures", "green"),
              ("4", "Listening to children and young people", "green")]

D4_BODY = [
    ("h2", "Introduction"),
    ("p", "Fernmoor Constabulary polices a county of around 870,000 people, of whom about 180,000 "
          "are children. Safeguarding children is led by the Public Protection Command, which "
          "includes the Child Abuse Investigation Unit, the police element of the MASH, the "
          "Missing Persons Unit and, since January 2021, the Exploitation Hub. This return covers "
          "1 April 2020 to 31 March 2021 and has been agreed by the Deputy Chief Constable."),
    ("h2", "Standard 1 - Leadership and accountability"),
    ("p", "The Deputy Chief Constable is the chief officer lead for vulnerability and chairs the "
          "monthly Vulnerability Board, which tracks performance on child protection, missing "
          "children, exploitation and domestic abuse. The Head of Public Protection represents "
          "the Force on the FSCP Executive and attended every meeting in the year."),
    ("p", "In the summer of 2020 the Vulnerability Board commissioned a child exploitation "
          "problem profile. Completed in November 2020, it identified 148 children at risk of "
          "exploitation, more than twice the number known to any single agency. The Board's "
          "response was to create the Exploitation Hub in January 2021, co-located with the "
          "County Council's exploitation team and a CAMHS practitioner."),
    ("p", "Early results are encouraging. Missing episodes for the 40 children assessed as "
          "being at the highest risk of exploitation fell by 31% between the third and fourth "
          "quarters of the year, and disruption orders against adults exploiting children rose "
          "from two in 2019/20 to eleven in 2020/21."),
    ("h2", "Standard 2 - Staff safe recruitment, induction, training and development"),
    ("p", "All officers, police staff, special constables and volunteers are vetted before "
          "appointment. The pandemic slowed renewal vetting, and at 31 March 2021, 63 "
          "renewal vettings were overdue, almost all for police staff in non-operational roles. "
          "The Vetting Unit has taken on two temporary posts and expects to clear the backlog by "
          "December 2021."),
    ("p", "Our Hidden Harms vulnerability training day was delivered online from July 2020. By "
          "31 March 2021, 1,046 of 1,380 frontline officers and PCSOs had completed it (76%). "
          "Completion among PCSOs was lower than among officers because of abstractions during "
          "the lockdowns, and this is the main reason for our amber rating."),
    ("p", "Specialist skills are in better shape: 51 of 58 detectives in the Child Abuse "
          "Investigation Unit hold the specialist child abuse investigation accreditation, and "
          "the remaining seven are part way through it. Every student officer spends two days "
          "of initial training on vulnerability and safeguarding."),
    ("h2", "Standard 3 - Safeguarding policies and procedures"),
    ("p", "Force child protection policy and procedures were reviewed against the FSCP procedures "
          "in September 2020. Under Operation Lanternlight, schools are told before the start "
          "of the next school day when a child has been present at a domestic abuse incident. "
          "During the year 2,310 notifications were sent to schools, 97% of them before 9am."),
    ("p", "Police officers attended 98% of the 1,204 strategy discussions convened by the MASH, "
          "and the Public Protection audit of 120 child protection investigations in January 2021 "
          "found that supervisory reviews were recorded within the required timescale in 92% of "
          "cases."),
    ("p", "A new protocol with the County Council for the transfer of children charged and "
          "refused bail was agreed in January 2021. The number of children held overnight in "
          "police custody fell from 41 to 17 compared with the previous year."),
    ("h2", "Standard 4 - Listening to children and young people"),
    ("p", "The voice of the child is at the heart of everything Fernmoor Constabulary does. Our "
          "officers are committed to listening to children and young people and understand the "
          "importance of seeing the world through the eyes of the child."),
    ("p", "This approach is embedded across the Force and reflected in our values. We engage "
          "with young people in many different ways and their views help to shape our policing. "
          "We are confident that children in Fernmoor feel listened to by their police service."),
    ("h2", "Common questions"),
    ("p", "Q1. The County Council's decision to co-locate its exploitation team in our "
          "Exploitation Hub has done more than anything else this year to improve multi-agency "
          "practice: information about children at risk is now shared the same day rather than "
          "at monthly meetings."),
    ("p", "Q2. Our ratings are shown in the table at the top of this return."),
    ("p", "Q3. The Force delivers the child exploitation module of the FSCP multi-agency "
          "programme using two of its own trainers, and 74 officers and staff attended FSCP "
          "courses in 2020/21. We will continue to release staff for FSCP training."),
    ("p", "Q4. Yes. Since the Hidden Harms training, the proportion of domestic abuse incident "
          "reports that record the names and ages of children present rose from 83% to 95%, "
          "which is what makes Operation Lanternlight notifications possible."),
    ("p", "Q5. We track these measures monthly at the Vulnerability Board and compare them "
          "with the previous year, and we take account of the FSCP multi-agency audits in which "
          "we take part."),
    ("p", "Detective Chief Superintendent Mark Haldane, Head of Public Protection"),
]


@register
def build_d4():
    st = rl_styles("Helvetica", 9, accent="#002F5F")
    W, H = A4
    colw = (W - 2 * D4_MARGIN - D4_GUTTER) / 2
    top = Frame(D4_MARGIN, H - D4_MARGIN - D4_TOP_H, W - 2 * D4_MARGIN, D4_TOP_H, id="top",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body_h1 = H - 2 * D4_MARGIN - D4_TOP_H - 0.3 * cm
    l1 = Frame(D4_MARGIN, D4_MARGIN, colw, body_h1, id="l1", leftPadding=0, rightPadding=0)
    r1 = Frame(D4_MARGIN + colw + D4_GUTTER, D4_MARGIN, colw, body_h1, id="r1",
               leftPadding=0, rightPadding=0)
    body_h = H - 2 * D4_MARGIN
    l2 = Frame(D4_MARGIN, D4_MARGIN, colw, body_h, id="l2", leftPadding=0, rightPadding=0)
    r2 = Frame(D4_MARGIN + colw + D4_GUTTER, D4_MARGIN, colw, body_h, id="r2",
               leftPadding=0, rightPadding=0)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.HexColor("#595959"))
        canv.drawString(D4_MARGIN, 1.0 * cm, "OFFICIAL - Fernmoor Constabulary Section 11 return "
                                             "2020/21")
        canv.drawRightString(W - D4_MARGIN, 1.0 * cm, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(os.path.join(SUB, D4_FILE), pagesize=A4, invariant=1,
                          title="Fernmoor Constabulary Section 11 return 2020/21", author=AUTHOR,
                          creator=AUTHOR, producer=AUTHOR)
    doc.addPageTemplates([PageTemplate(id="first", frames=[top, l1, r1], onPage=deco),
                          PageTemplate(id="later", frames=[l2, r2], onPage=deco)])
    s = [NextPageTemplate("later"),
         P("Fernmoor Constabulary", st["title"]),
         P("Section 11 Children Act 2004 - Self-Assessment Return to the Fernmoor Safeguarding "
           "Children Partnership, 2020/21", st["sub"]),
         P("Lead: Detective Chief Superintendent Mark Haldane, Head of Public Protection. "
           "Submitted 29 September 2021.", st["body"]),
         P("Self-assessment summary", st["h2"])]
    rows = [[n, name, r.capitalize()] for n, name, r in D4_RATINGS]
    s.append(rl_table(["Standard", "Title", "Rating 2020/21"], rows,
                      [2.2 * cm, 10.4 * cm, 4.8 * cm], st, rag_cols=(2,)))
    s.append(FrameBreak())
    for kind, text in D4_BODY:
        s.append(P(text, st["body"] if kind == "p" else st[kind]))
    doc.build(s)
    return gold(
        D4_FILE, ["Fernmoor Constabulary", "the Force"],
        {"1": "green", "2": "amber", "3": "green", "4": "green"},
        {"1": "green", "2": "amber", "3": "green", "4": "red"},
        {"1": ["Completed in November 2020, it identified 148 children",
               "Exploitation Hub in January 2021",
               "fell by 31% between the third and fourth"],
         "2": ["By 31 March 2021, 1,046 of 1,380",
               "and at 31 March 2021, 63 renewal vettings",
               "51 of 58 detectives"],
         "3": ["2,310 notifications were sent to schools",
               "Police officers attended 98% of the 1,204 strategy",
               "custody fell from 41 to 17 compared with"],
         "4": ["at the heart of everything Fernmoor Constabulary does",
               "embedded across the Force and reflected in our values"]},
        {"4": ["OVER_RATED"]},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": OVER_OK},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 5. Fully/Partially met (Word)
# Wealdgate Homes (housing association) - Fully met / Partially met in sentences and a summary
# table.  Standard 4 planted MISSING_SECTION (never mentioned).  Std 1 green mostly in words.

D5_FILE = "b-wealdgate-homes-s11-2021.docx"

D5_SECTIONS = [
    ("About Wealdgate Homes", [
        "Wealdgate Homes is a not-for-profit housing association with around 6,800 homes across "
        "Fernmoor, most of them in Tarnbridge and Brinmouth. Roughly 4,300 children live in our "
        "homes. Our tenancy, neighbourhood and repairs staff are in and out of family homes every "
        "day, and they are often the first people outside the family to notice that something is "
        "wrong.",
        "This self-assessment covers April 2020 to March 2021. It was prepared by our Head of "
        "Tenancy Services with the Safeguarding Working Group and approved by the Executive Team "
        "on 14 September 2021.",
    ]),
    ("Leadership and accountability", [
        "We consider that we have fully met this standard. Our Chief Executive, Joanne Pell, is "
        "accountable for safeguarding, and Colin Ashby, a member of our Board, has held the "
        "safeguarding portfolio since June 2020. The Board receives a safeguarding report at "
        "every meeting, and the portfolio holder meets the Head of Tenancy Services before each "
        "one to go through the cases behind the figures.",
        "In November 2020 the Board commissioned an independent review of our safeguarding "
        "arrangements from Harrowdene Safeguarding Consultancy. The review reported in February "
        "2021. It found our arrangements sound, found that frontline staff knew how and when to "
        "raise a concern, and made three recommendations, all accepted by the Board and all "
        "completed by June 2021.",
        "One of those recommendations was to bring senior managers together to review complex "
        "cases. The Safe Homes Panel first met in April 2021 and has already agreed a joint "
        "approach with the County Council for two families facing the loss of their home where "
        "there were concerns about the children; in both cases the tenancy has been sustained. "
        "The Head of Tenancy Services is our named safeguarding lead and represents Wealdgate on "
        "the FSCP housing and homelessness subgroup.",
    ]),
    ("Safer recruitment, induction and training", [
        "We have assessed ourselves as having partially met this standard. Every member of staff "
        "in a customer-facing role has an enhanced DBS check, renewed every three years, and our "
        "recruitment policy follows safer recruitment practice, with at least one trained member "
        "on every interview panel.",
        "Training is not where we want it to be. Safeguarding training compliance was 83% at 31 "
        "March 2021 (229 of 276 staff), below our target of 95%. Most of the gap is among repairs "
        "operatives, who were redeployed to emergency repairs for much of the year.",
        "We also found a problem with contractors. When we audited 12 repairs and maintenance "
        "contractors in January 2021, 3 could not evidence DBS checks for the operatives they send "
        "into tenants' homes. We stopped allocating work to those three until the checks were "
        "provided, which took up to six weeks, and DBS evidence is now a condition of every new "
        "contract. We have not yet re-audited the other nine.",
        "Induction now includes safeguarding e-learning in the first week, and from April 2021 "
        "every new manager attends a half-day session on handling disclosures. We have no "
        "refresher training for existing managers yet.",
    ]),
    ("Policies and procedures", [
        "We believe this standard is fully met. Our Safeguarding Children and Young People "
        "Procedure was rewritten in January 2021 to match the FSCP procedures, and a one-page "
        "guide to making a referral was given to every member of staff.",
        "We made 63 referrals to the MASH in 2020/21, compared with 41 the year before. In March "
        "2021 we reviewed 25 case files where staff had raised a concern, and in 24 the concern "
        "had been reported to the safeguarding lead on the same day.",
        "Our pre-eviction protocol requires a safeguarding check before any possession action "
        "against a household with children. In 2020/21 no family with children was evicted "
        "without that check, and 9 planned possessions were halted while support was arranged "
        "with early help or children's social care.",
    ]),
    ("Partnership questions", [
        "Something another agency has done to improve multi-agency practice: Tarnbridge Borough "
        "Council's revised protocol for homeless 16 and 17 year olds. Our lettings team now knows "
        "exactly who to call, and young people referred to us for supported lodgings arrive with "
        "an assessment already done.",
        "RAG rating: see the summary table below.",
        "Our commitment to multi-agency training: we pay for places on the FSCP programme for all "
        "tenancy and neighbourhood officers and our safeguarding lead attends the FSCP training "
        "subgroup. 31 staff attended FSCP courses during the year.",
        "Impact of training: after the FSCP neglect course, neighbourhood officers began using the "
        "Fernmoor Neglect Toolkit during home visits, and the referrals they make now describe "
        "home conditions in terms the MASH can act on.",
        "How we know we have improved: the independent review, the rise in referrals, the case "
        "file review and the fact that we have not evicted a family with children without a "
        "safeguarding check.",
    ]),
]

D5_SUMMARY = [
    ["1. Leadership and accountability", "Fully met",
     "Board portfolio holder; independent review and recommendations completed."],
    ["2. Staff safe recruitment, induction, training and development", "Partially met",
     "Training below target; contractor DBS evidence gap now closed for new contracts."],
    ["3. Safeguarding policies and procedures", "Fully met",
     "Procedure rewritten; referrals up; pre-eviction safeguarding check."],
]


@register
def build_d5():
    doc = w_new(font="Calibri", size=11, header="Wealdgate Homes | Safeguarding",
                footer="Wealdgate Homes Section 11 self-assessment 2020-21")
    w_p(doc, "Wealdgate Homes", bold=True, size=22)
    w_p(doc, "Safeguarding Children Self-Assessment (Section 11, Children Act 2004), 2020-21",
        size=14)
    w_p(doc, "Prepared for the Fernmoor Safeguarding Children Partnership by Leanne Dorsey, Head "
             "of Tenancy Services. Submitted 28 September 2021.", italic=True)
    for title, paras in D5_SECTIONS:
        w_h(doc, title, 1)
        for t in paras:
            w_p(doc, t)
    w_h(doc, "Summary of our self-assessment", 1)
    w_table(doc, ["Standard", "Our assessment", "Key evidence"], D5_SUMMARY,
            widths=[6.0, 3.2, 7.4], head_fill="7030A0")
    w_p(doc, "Leanne Dorsey, Head of Tenancy Services, for and on behalf of Wealdgate Homes",
        italic=True)
    w_save(doc, os.path.join(SUB, D5_FILE), "Section 11 self-assessment 2020-21")
    return gold(
        D5_FILE, ["Wealdgate Homes", "Wealdgate"],
        {"1": "green", "2": "amber", "3": "green", "4": None},
        {"1": "green", "2": "amber", "3": "green"},
        {"1": ["has held the safeguarding portfolio since June 2020",
               "from Harrowdene Safeguarding Consultancy",
               "The Safe Homes Panel first met in April 2021"],
         "2": ["(229 of 276 staff)",
               "3 could not evidence DBS checks",
               "Most of the gap is among repairs operatives"],
         "3": ["We made 63 referrals to the MASH",
               "in 24 the concern had been reported",
               "9 planned possessions were halted"]},
        {"4": ["MISSING_SECTION"]},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": ["OVER_RATED", "UNDER_RATED"]},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 6. ratings only in exec summary (PDF)
# Active Fernmoor Leisure Trust - one sentence in the executive summary names the standards by
# topic with their ratings; never repeated.  Std 2 planted OVER_RATED (green, assertions only).
# Std 4 green, evidenced mostly in words.  Q1 answered "N/A".

D6_FILE = "b-active-fernmoor-leisure-trust-s11-2021.pdf"

D6 = [
    ("h1", "Executive summary"),
    ("p", "2020/21 was the most difficult year in the Trust's history. Our seven leisure centres "
          "were closed for more than half of it, and when they were open they ran at reduced "
          "capacity with one-way systems and booked sessions. Even so, children were in our "
          "centres every week that we were allowed to open, for swimming lessons, holiday "
          "activities and club sessions, and keeping them safe has remained our first duty."),
    ("p", "Taking the evidence in this return together, we rate ourselves green for leadership "
          "and accountability, green for the safe recruitment and training of our workforce, "
          "amber for our safeguarding policies and procedures, and green for listening to "
          "children and young people."),
    ("p", "Our main priority for 2021/22 is to make sure every centre applies our procedures in "
          "the same way, which is where this year showed we still have work to do."),
    ("h1", "Who we are"),
    ("p", "Active Fernmoor Leisure Trust is a charitable trust that runs leisure centres and "
          "pools in Kelsworth, Tarnbridge, Harrowdene, Ashwold and Brinmouth on behalf of the "
          "district councils. In a normal year around 9,000 children take part in our swim "
          "school and about 2,500 attend holiday activity programmes. We employ around 420 "
          "people, many of them part time, seasonal or young themselves."),
    ("h1", "How safeguarding is led"),
    ("p", "The Board appointed Dr Femi Adebayo as its lead trustee for safeguarding in May 2020, "
          "and safeguarding is a standing item at every Board meeting. Our Operations Director is "
          "the Designated Safeguarding Lead, supported by a site safeguarding officer at each of "
          "the seven centres. The Safeguarding Group, chaired by the Chief Executive, met four "
          "times in the year."),
    ("p", "The Board approved a safeguarding action plan in July 2020, ahead of the first "
          "reopening, and reviewed it in January 2021 with 14 of 16 actions complete; the two "
          "outstanding actions are carried into this year's plan. Each centre's reopening risk "
          "assessment included a safeguarding section signed off by the lead trustee before the "
          "doors opened."),
    ("p", "In February 2021 the partnership's lead for voluntary, community and sports "
          "organisations carried out a safeguarding health check at Kelsworth Leisure Centre and "
          "Tarnbridge Pool. Her report found clear lines of responsibility and staff who knew "
          "their site safeguarding officer by name, and her two recommendations have been adopted "
          "across all centres."),
    ("h1", "Our people"),
    ("p", "All of our staff and volunteers are safely recruited in line with best practice. Our "
          "robust training programme ensures that every member of staff understands their "
          "safeguarding responsibilities, and safeguarding is embedded in our induction from day "
          "one."),
    ("p", "We are committed to continuous improvement and to maintaining the highest standards "
          "in everything we do. Our swimming teachers and coaches are among the best qualified in "
          "the region and take their responsibilities towards children extremely seriously."),
    ("h1", "Keeping children safe in our centres"),
    ("p", "Our Safeguarding Children Policy was updated in August 2020 to cover reopening, "
          "including changes to changing village supervision, booked lessons and the handover of "
          "younger children to parents at the poolside. During the year 27 safeguarding concerns "
          "were logged across the seven centres, and 9 were referred on to the MASH or the "
          "police."),
    ("p", "Not every centre is applying our procedures consistently. By March 2021 only 5 of 7 "
          "sites had run a lost child drill since reopening. When the Designated Safeguarding Lead "
          "reviewed the concerns log in March 2021, 4 of the 27 concerns had no outcome recorded, "
          "and in one case a referral had been made but the log had not been updated. Our "
          "photography and filming policy was due for review in December 2020 and has not yet "
          "been revised."),
    ("p", "All centres have now been set a date for a lost child drill, the log has been "
          "redesigned so that a concern cannot be closed without an outcome, and the photography "
          "policy will be reviewed by December 2021."),
    ("h1", "Hearing from children and young people"),
    ("p", "In September 2020 we set up a Junior Members' Forum, with young people aged 11 to 17 "
          "from each of our centres. It meets online and is supported by our community "
          "engagement officer, who reports what the Forum says directly to the Safeguarding "
          "Group."),
    ("p", "At its first meeting the Forum told us that younger children did not know who they "
          "could tell if something or someone worried them at a centre. Forum members rewrote "
          "our safeguarding poster in their own words in November 2020, and it now hangs in "
          "every changing village. We also introduced named Safe Adults wearing lanyards at every "
          "centre in December 2020, so that children can see who to go to."),
    ("p", "In the weeks after the centres reopened, site safeguarding officers recorded three "
          "disclosures made directly to a Safe Adult, each of which was passed to the MASH the "
          "same day. The Forum also asked for a girls' swimming session at Tarnbridge Pool, which "
          "began in December 2020 and was fully booked until the third lockdown closed the "
          "centre."),
    ("h1", "Partnership questions"),
    ("p", "Q1. Improvement by another agency: N/A"),
    ("p", "Q2. Self-rating: see the executive summary."),
    ("p", "Q3. Commitment to multi-agency training: the Designated Safeguarding Lead attends "
          "the FSCP training subgroup, and we will release all seven site safeguarding officers "
          "for the FSCP foundation course during 2021/22."),
    ("p", "Q4. Impact of training: site safeguarding officers who attended FSCP courses say "
          "they are more confident about when to contact the MASH, and the concerns they record "
          "now say what the child said in the child's own words."),
    ("p", "Q5. How we know we have improved: the health check report, the review of our "
          "concerns log and what the Junior Members' Forum tells us."),
    ("p", "Signed: Karen Holt, Chief Executive, 23 September 2021"),
]


@register
def build_d6():
    st = rl_styles("Helvetica", 10, accent="#00827F")
    s = [P("Active Fernmoor Leisure Trust", st["title"]),
         P("Safeguarding Children Annual Return 2020/21 (Section 11, Children Act 2004) to the "
           "Fernmoor Safeguarding Children Partnership", st["sub"])]
    for kind, text in D6:
        s.append(P(text, st["body"] if kind == "p" else st[kind]))
    deco = rl_page_deco("Active Fernmoor Leisure Trust", "Safeguarding Children Annual Return",
                        "Registered charity. Company limited by guarantee.")
    rl_build(os.path.join(SUB, D6_FILE), s, "Active Fernmoor Section 11 return", deco)
    return gold(
        D6_FILE, ["Active Fernmoor Leisure Trust", "the Trust"],
        {"1": "green", "2": "green", "3": "amber", "4": "green"},
        {"1": "green", "2": "red", "3": "amber", "4": "green"},
        {"1": ["lead trustee for safeguarding in May 2020",
               "with 14 of 16 actions complete",
               "safeguarding health check at Kelsworth Leisure Centre"],
         "2": ["are safely recruited in line with best practice",
               "robust training programme ensures that every member of staff"],
         "3": ["27 safeguarding concerns were logged",
               "only 5 of 7 sites had run",
               "4 of the 27 concerns had no outcome recorded"],
         "4": ["rewrote our safeguarding poster in their own words",
               "named Safe Adults wearing lanyards",
               "three disclosures made directly to a Safe Adult"]},
        {"2": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        {"1": ALL4, "2": OVER_OK, "3": ALL4, "4": ALL4},
        {"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 7. last year vs this year (Word)
# Fernmoor Youth Justice Service - "Amber last year, Green this year", action plan with future
# actions, and a case example that (wrongly) names the child.  Ratings consistent throughout.

D7_FILE = "b-fernmoor-youth-justice-service-s11-2021.docx"

D7_CHILD = {"first": "Kai", "last": "Brennan", "dob": "02/11/2004", "mother": "Donna",
            "addr": "17 Ropewalk Court", "pc": "ZQ7 3LP", "tel": "07700 900417",
            "nhs": "999 482 1376", "crime": "FC/20/118734"}

D7_STANDARDS = [
    ("Standard 1: Leadership and accountability", "Green last year, Green this year.", [
        "The Youth Justice Management Board is chaired by the County Council's Director of "
        "Children's Services and includes senior representatives of the police, probation, "
        "health, education and the Office of the Police and Crime Commissioner. It met five times "
        "in 2020/21 and approved the Youth Justice Plan in July 2020. The Head of Service reports "
        "to the Board on safeguarding at every meeting and represents the Service on the FSCP "
        "Executive.",
        "The Board's disproportionality review in January 2021 found that Black and mixed "
        "heritage boys in Fernmoor were twice as likely as white boys to be remanded. The Board "
        "did not simply note this: it asked the Service and the police to agree a remand review "
        "protocol, under which every remand request for a child is now reviewed by a YJS manager "
        "and a police inspector before court. The protocol started in March 2021 and its effect "
        "will be reported to the Board in the autumn.",
    ]),
    ("Standard 2: Staff safe recruitment, induction, training and development",
     "Amber last year, Green this year.", [
        "Last year we rated this standard amber because our case managers had had no training in "
        "trauma and most were working without clinical supervision. Both gaps have been closed. "
        "In October 2020 every case manager completed the Trauma Recovery Model training, "
        "delivered by the forensic CAMHS team at Fernmoor Partnership NHS Foundation Trust, and "
        "from November 2020 all case managers have received monthly clinical supervision from a "
        "forensic psychologist.",
        "The difference shows in the work. The County Council's Quality Assurance Team carried "
        "out a thematic audit of our assessments and plans in March 2021. It found that plans now "
        "explain a child's behaviour in the light of their history and experiences, and described "
        "this as a marked improvement on its previous audit. Case managers told the auditors that "
        "supervision had given them the confidence to challenge other agencies.",
        "Safer recruitment remains sound. All staff and Referral Order panel volunteers hold "
        "enhanced DBS checks, and the County Council's HR audit in December 2020 found our "
        "recruitment files complete. Induction for the two case managers who joined during the "
        "year included shadowing in the MASH and the custody suite.",
    ]),
    ("Standard 3: Safeguarding policies and procedures", "Amber last year, Amber this year.", [
        "Our safeguarding procedures follow the FSCP procedures and were reviewed in September "
        "2020. Every child open to the Service has a safety and wellbeing plan, and children at "
        "risk of exploitation are discussed at the multi-agency child exploitation panel, which "
        "we attended every time it met.",
        "However, only 64% of safety and wellbeing plans were reviewed within the required "
        "timescale, against our standard of 90%, and the same audit found contingency plans that "
        "did not say who would act if risk increased. This is why we have kept this standard at "
        "amber.",
        "Case example ({first} {last}, DOB {dob}, {addr}, Tarnbridge {pc}; police reference "
        "{crime}; NHS no. {nhs}). {first} was arrested in a neighbouring county with drugs and "
        "cash in circumstances suggesting he was being exploited. Because the custody suite "
        "contacted our duty officer, a strategy discussion was held the next morning and an NRM "
        "referral was made the same week. His mother, {mother} {last}, was kept informed by the "
        "case manager on {tel} throughout. {first} was not charged, he has stayed in education, "
        "and he has not been reported missing since.",
    ]),
    ("Standard 4: Listening to children and young people", "Red last year, Amber this year.", [
        "Last year we rated this standard red because the only way children could give us their "
        "views was a questionnaire at the end of their order, which few completed. This year a "
        "participation officer was appointed in January 2021, and between January and March 38 "
        "young people completed our new Your Say feedback, out of 112 children open to the "
        "Service at the time.",
        "Young people have started to shape small things: two young people helped to redesign "
        "the reception area at our Kelsworth office, and case managers now offer to meet away "
        "from the office because young people said they did not want to be seen going in. But "
        "children's views are not yet influencing how the Service is planned, and no young "
        "people sit on the Management Board or its subgroups, so we rate ourselves amber.",
    ]),
]

D7_ACTIONS = [
    ["Raise the proportion of safety and wellbeing plans reviewed on time to 90%", "3",
     "Operations Manager", "December 2021", "In progress"],
    ["Set up a young people's reference group that reports to the Management Board", "4",
     "Participation Officer", "March 2022", "Not started"],
    ["Report the first six months of the remand review protocol to the Board", "1",
     "Head of Service", "November 2021", "Planned"],
    ["Extend trauma training to Referral Order panel volunteers", "2", "Practice Lead",
     "February 2022", "Planned"],
]

D7_QUESTIONS = [
    ("Q1 Another agency's improvement to multi-agency practice",
     "Fernmoor Constabulary's Exploitation Hub. Since January 2021 we have received same-day "
     "information about our children when they are found with adults of concern, instead of "
     "learning about it weeks later."),
    ("Q2 RAG rating", "Given under each standard above, with last year's rating alongside."),
    ("Q3 Commitment to the partnership's multi-agency training",
     "Every case manager attends at least one FSCP course a year, and our Practice Lead "
     "co-delivers the FSCP child exploitation course with the police. 14 of our 16 practitioners "
     "attended an FSCP course in 2020/21."),
    ("Q4 Is training having an impact on practice?",
     "Yes. The thematic audit described under Standard 2 linked the improvement in our plans "
     "directly to the trauma training and supervision."),
    ("Q5 How do you know you have improved?",
     "Through the audits described above, the Management Board's scrutiny, and what children "
     "now tell us through Your Say."),
]


@register
def build_d7():
    doc = w_new(font="Arial", size=10.5, header="Fernmoor Youth Justice Service",
                footer="Section 11 self-assessment 2020/21")
    w_p(doc, "Fernmoor Youth Justice Service", bold=True, size=18)
    w_p(doc, "Section 11 Self-Assessment 2020/21", bold=True, size=13)
    cover = [["Agency", "Fernmoor Youth Justice Service (FYJS)"],
             ["Lead", "Dominic Reyes, Head of Youth Justice"],
             ["Partnership", "Fernmoor Safeguarding Children Partnership"],
             ["Date", "30 September 2021"]]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in cover:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
    doc.add_paragraph()
    w_p(doc, "As in previous years we have given last year's rating next to this year's so that "
             "the panel can see the direction of travel.")
    for title, rating, paras in D7_STANDARDS:
        w_h(doc, title, 2)
        w_runs(doc, [("Rating: ", True), (rating, True)])
        for t_ in paras:
            w_p(doc, t_.format(**D7_CHILD))
    w_h(doc, "Action plan 2021/22", 2)
    w_p(doc, "The following actions will be monitored by the Management Board.")
    w_table(doc, ["Action", "Standard", "Lead", "By", "Status"], D7_ACTIONS,
            widths=[7.2, 1.8, 3.2, 2.4, 2.2], head_fill="404040")
    w_h(doc, "Common questions", 2)
    for q, a in D7_QUESTIONS:
        w_p(doc, q, bold=True)
        w_p(doc, a)
    w_p(doc, "Dominic Reyes, Head of Youth Justice", italic=True)
    w_save(doc, os.path.join(SUB, D7_FILE), "Section 11 Self-Assessment 2020/21")
    c = D7_CHILD
    return gold(
        D7_FILE, ["Fernmoor Youth Justice Service", "FYJS", "the Service"],
        {"1": "green", "2": "green", "3": "amber", "4": "amber"},
        {"1": "green", "2": "green", "3": "amber", "4": "amber"},
        {"1": ["twice as likely as white boys to be remanded",
               "It met five times in 2020/21",
               "every remand request for a child is now reviewed"],
         "2": ["every case manager completed the Trauma Recovery Model training",
               "clinical supervision from a forensic psychologist",
               "found our recruitment files complete"],
         "3": ["only 64% of safety and wellbeing plans",
               "a strategy discussion was held the next morning",
               "contingency plans that did not say who would act"],
         "4": ["a participation officer was appointed in January 2021",
               "out of 112 children open to the Service",
               "no young people sit on the Management Board"]},
        {},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
        personal_data=[c["first"], c["last"], c["mother"], c["dob"], c["addr"], c["pc"],
                       c["tel"], c["nhs"], c["crime"]])

# ============================================================================ 8. long evidence table (PDF)
# Heronsgate Learning Trust (multi-academy trust) - Std | Evidence | Impact / outcome | RAG over
# several pages, header row repeated.  Std 4 rows carry no RAG: planted MISSING_RATING.

D8_FILE = "b-heronsgate-learning-trust-s11-2021.pdf"

D8_ROWS = [
    ["1", "Safeguarding trustee, Mrs Hilary Coombes, appointed to the Trust Board in September "
          "2020. The Director of Education gives a safeguarding report to the Board every term.",
     "Board challenge recorded in the December 2020 minutes led to a trust-wide review of how "
     "schools followed up absence by vulnerable pupils during lockdown.", "Green"],
    ["1", "Every school has a Designated Safeguarding Lead (DSL) and at least one deputy. The "
          "Trust Safeguarding Lead chaired six DSL network meetings in 2020/21.",
     "DSLs agreed a single welfare call schedule for vulnerable pupils in January 2021, so that "
     "every school contacted these families at least twice a week.", "Green"],
    ["1", "The FSCP schools safeguarding audit was completed by all 11 schools by December 2020 "
          "and collated by the Trust Safeguarding Lead.",
     "Actions are tracked centrally: 41 of 44 actions closed by March 2021, with the remaining "
     "three carried into the 2021/22 plan.", "Green"],
    ["1", "A named safeguarding governor sits on every local governing body and visits the DSL "
          "each autumn term.",
     "All 11 link governors completed a visit and written report by February 2021, despite "
     "the lockdown.", "Green"],
    ["1", "The Trust Safeguarding Committee (three trustees, the Director of Education and two "
          "headteachers) met every term; its terms of reference were revised in October 2020.",
     "The Committee now receives a termly dashboard of referrals, child protection plans, "
     "suspensions of vulnerable pupils and attendance for every school.", "Green"],
    ["2", "The Trust HR team audits the single central record of every school each term.",
     "The spring 2021 audit found no missing checks for the 1,010 staff and volunteers listed "
     "across the Trust.", "Green"],
    ["2", "Safer recruitment: at least one member of every interview panel holds current safer "
          "recruitment training.",
     "All 52 appointments in 2020/21 had a trained panel member; 38 headteachers and senior "
     "leaders hold current certificates.", "Green"],
    ["2", "Whole-staff safeguarding training delivered online in September 2020, with every "
          "member of staff reading and signing Part 1 of the statutory guidance.",
     "97% of staff (980 of 1,010) completed by 31 October 2020; the remaining staff were absent "
     "and completed the training on their return.", "Green"],
    ["2", "All 11 DSLs and 19 deputy DSLs completed refresher training within the last two "
          "years.",
     "The MASH reported that Trust referrals accepted for assessment rose from 64% to 82% "
     "between 2019/20 and 2020/21.", "Green"],
    ["2", "Safeguarding induction with the DSL on the first day for every new member of staff, "
          "including supply staff.",
     "A spot check of 15 new starters in March 2021 found that all could name their DSL and "
     "describe how to report a concern.", "Green"],
    ["2", "Termly group supervision for DSLs, led by the Trust Safeguarding Lead, introduced "
          "in January 2021.",
     "All 11 DSLs attended at least two sessions by July 2021 and say it reduced the isolation "
     "of the role during the spring closure.", "Green"],
    ["2", "Enhanced DBS checks for every volunteer who works regularly with pupils, including "
          "reading volunteers and sports coaches.",
     "No volunteer started before their check was returned; 58 volunteer checks were processed "
     "during the year.", "Green"],
    ["2", "Early help training for pastoral staff, delivered with the County Council's early "
          "help team in November 2020.",
     "Pastoral staff in all three secondary schools now complete early help assessments "
     "themselves instead of referring every concern to the MASH.", "Green"],
    ["3", "Trust Child Protection and Safeguarding Policy updated in September 2020 with a "
          "COVID-19 addendum and adopted by every school.",
     "One policy across the Trust replaces eleven separate school versions.", "Amber"],
    ["3", "Electronic safeguarding records are in use in 9 of 11 schools.",
     "Two schools still keep paper records. The Trust Safeguarding Lead found chronologies "
     "missing in 6 of 20 paper files reviewed in February 2021.", "Amber"],
    ["3", "Procedure for children missing education and for pupils removed from roll for "
          "elective home education.",
     "The procedure was followed for 23 pupils removed from roll, but in 3 cases the local "
     "authority was notified late.", "Amber"],
    ["3", "Online safety policy, with filtering and monitoring reports reviewed by the DSL.",
     "Reports are reviewed weekly in the secondary schools but only termly in most primaries. "
     "Weekly review everywhere from September 2021.", "Amber"],
    ["3", "Welfare procedure for vulnerable pupils during the January to March 2021 school "
          "closure, agreed with the DSL network.",
     "Vulnerable pupils' attendance averaged 58% during the closure, and every pupil who did "
     "not attend received a welfare call or home visit each week.", "Amber"],
    ["3", "Positive handling and physical intervention policy reviewed in November 2020, with "
          "incidents logged centrally.",
     "Recording was incomplete in two schools when the log was checked in March 2021; training "
     "on recording is arranged for the summer term.", "Amber"],
    ["3", "Managing allegations against staff in line with the FSCP procedure; 5 referrals to "
          "the LADO during the year.",
     "All five were referred within one working day, although one case showed a delay in "
     "informing the Trust HR team.", "Amber"],
    ["4", "Pupil voice survey on feeling safe, completed by 2,140 pupils in Years 5 to 11 in "
          "March 2021.",
     "86% said there was an adult in school they could talk to; the lowest result was in "
     "Year 9 (71%), which is now a focus for the secondary DSLs.", ""],
    ["4", "Student Safeguarding Ambassadors (24 students) launched across the three secondary "
          "schools in November 2020.",
     "The Ambassadors reviewed the anti-bullying policy and asked for an anonymous online "
     "reporting tool, which is being procured.", ""],
    ["4", "DSLs asked to bring the pupil's views, in writing, to every child protection "
          "conference they attend.",
     "Done for most conferences in the spring term according to DSLs, but not yet checked "
     "across all schools.", ""],
    ["4", "Exit conversations with pupils who move school mid-year, introduced in two "
          "secondary schools in January 2021.",
     "Too early to show any effect; to be extended to all secondary schools in 2021/22.", ""],
    ["4", "Primary school councils consulted about the return to school in March 2021.",
     "Their suggestions led to staggered playtimes and buddy benches in five schools.", ""],
    ["4", "Worry boxes in every primary classroom, checked daily by a member of staff.",
     "In use in all eight primary schools. DSLs report that worry boxes lead to disclosures, "
     "but these are not yet counted or analysed.", ""],
]

D8_TEXT_BEFORE = [
    "Like every school trust, we spent much of 2020/21 teaching most pupils remotely while "
    "keeping schools open for vulnerable children and the children of key workers. That "
    "changed how our schools kept in touch with the children they were most worried about, and "
    "much of the evidence below describes how those arrangements worked. The return was drawn "
    "together by the Trust Safeguarding Lead from the schools safeguarding audits, the single "
    "central record audits, DSL network minutes and the pupil voice survey, and it was "
    "discussed with headteachers in September 2021.",
    "Heronsgate Learning Trust is a multi-academy trust of 11 schools, eight primary and three "
    "secondary, in Harrowdene and Ashwold, educating about 6,900 pupils. This return sets out "
    "our evidence against the four FSCP Section 11 standards for April 2020 to March 2021. Each "
    "row of the table below is one piece of evidence; the Std column gives the number of the "
    "FSCP standard it relates to (1 Leadership and accountability; 2 Staff safe recruitment, "
    "induction, training and development; 3 Safeguarding policies and procedures; 4 Listening "
    "to children and young people).",
]

D8_TEXT_AFTER = [
    ("h2", "Note on Standard 4"),
    ("p", "Ratings for Standard 4 will be agreed by the Trust Safeguarding Committee at its "
          "October meeting and sent to the partnership separately."),
    ("h2", "Common questions"),
    ("p", "Q1. Fernmoor Constabulary's Operation Lanternlight notifications have changed how our "
          "schools start the day for children who have witnessed domestic abuse. DSLs receive "
          "the notification before school opens and a trusted adult checks in with the child "
          "at registration."),
    ("p", "Q2. See the RAG column of the table above."),
    ("p", "Q3. Every DSL attends at least one FSCP multi-agency course each year, and the Trust "
          "Safeguarding Lead sits on the FSCP training subgroup. 47 Trust staff attended FSCP "
          "courses in 2020/21."),
    ("p", "Q4. Yes. The improvement in the proportion of our referrals accepted by the MASH "
          "followed DSL attendance at the FSCP threshold course, and DSLs use the threshold "
          "document when they discuss concerns with staff."),
    ("p", "Q5. Through the termly single central record audit, the schools safeguarding audit "
          "actions, MASH feedback and the pupil voice survey, which will be repeated in March "
          "2022 so that we can compare."),
    ("p", "Signed: Matthew Cordell, Director of Education and Trust Safeguarding Lead, "
          "22 September 2021"),
]


@register
def build_d8():
    st = rl_styles("Times-Roman", 11.5, accent="#7B2C3B")
    s = [P("Heronsgate Learning Trust", st["title"]),
         P("Section 11 Self-Assessment 2020/21 - Evidence Return to the Fernmoor Safeguarding "
           "Children Partnership", st["sub"])]
    for t in D8_TEXT_BEFORE:
        s.append(P(t, st["body"]))
    s.append(Spacer(1, 4))
    s.append(rl_table(["Std", "Evidence", "Impact / outcome", "RAG"], D8_ROWS,
                      [1.1 * cm, 7.0 * cm, 7.0 * cm, 1.9 * cm], st, rag_cols=(3,), repeat=1))
    for kind, text in D8_TEXT_AFTER:
        s.append(P(text, st["body"] if kind == "p" else st[kind]))
    deco = rl_page_deco("Heronsgate Learning Trust", "Section 11 Self-Assessment 2020/21",
                        "Heronsgate Learning Trust is an exempt charity.", font="Times-Roman")
    rl_build(os.path.join(SUB, D8_FILE), s, "Heronsgate Learning Trust Section 11 2020/21", deco)
    return gold(
        D8_FILE, ["Heronsgate Learning Trust", "the Trust"],
        {"1": "green", "2": "green", "3": "amber", "4": None},
        {"1": "green", "2": "green", "3": "amber", "4": "amber"},
        {"1": ["Actions are tracked centrally: 41 of 44 actions",
               "All 11 link governors completed a visit",
               "DSLs agreed a single welfare call schedule for"],
         "2": ["The spring 2021 audit found no missing checks",
               "All 52 appointments in 2020/21",
               "rose from 64% to 82%"],
         "3": ["in 6 of 20 paper files reviewed",
               "but in 3 cases the local",
               "only termly in most primaries"],
         "4": ["by 2,140 pupils in Years 5 to 11",
               "the lowest result was in Year 9",
               "asked for an anonymous online"]},
        {"4": ["MISSING_RATING"]},
        {"1": ALL4, "2": ALL4, "3": ALL4,
         "4": ["MISSING_SECTION", "OVER_RATED", "UNDER_RATED"]},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})

# ============================================================================ 9. small charity, 3/2/1 (Word)
# Brightwater Young Carers - short, scores 3/2/1 in sentences, sent late (says so), Q4 silent.
# Std 2 is the honest red with assertions only.

D9_FILE = "b-brightwater-young-carers-s11-2021.docx"

D9 = [
    ("p", "Apologies that this return is late. Our deadline slipped while we were covering staff "
          "sickness over the summer, and I am sending it on 11 October 2021, after the 30 "
          "September deadline."),
    ("h", "About us"),
    ("p", "Brightwater Young Carers is a small charity supporting young carers aged 8 to 18 in "
          "Brinmouth and Kelsworth. We have five part-time staff and 22 volunteers, and we "
          "supported 186 young carers during 2020/21, most of them by phone, video call and "
          "doorstep visits while our groups could not meet. The partnership's guidance says we "
          "can score 3 for met, 2 for partly met and 1 for not met, so that is what we have "
          "done."),
    ("h", "Our year"),
    ("p", "Most of the young carers we support look after a parent with a mental illness, a "
          "disability or a drug or alcohol problem, and many also look after brothers and "
          "sisters. Lockdown made their lives harder. Schools were closed to most of them, their "
          "parents' support services moved online or stopped, and our own groups could not meet "
          "from March 2020 until the summer of 2021. We kept in touch with every young carer on "
          "our books at least once a fortnight, and more often where we were worried, and we "
          "delivered activity packs to doorsteps so that young carers still had something that "
          "was just for them."),
    ("p", "We are a small team and the year stretched us. Two of our five staff were off sick for "
          "long periods, and our volunteers, many of them students, could not visit families. "
          "This return tries to be honest about what that meant for our safeguarding."),
    ("h", "Leadership and accountability"),
    ("p", "Our board of seven trustees has a lead trustee for safeguarding and safeguarding is on "
          "the agenda at every board meeting. I am the Designated Safeguarding Lead and our "
          "senior project worker is my deputy. But only three of the seven trustees have done "
          "any safeguarding training, and we have not had an external check of our arrangements "
          "since 2018. For leadership and accountability we would give ourselves a 2."),
    ("h", "Safer recruitment and training"),
    ("p", "This is where we are weakest and we have to score ourselves 1. We are committed to "
          "safer recruitment and we know how important it is. We want every volunteer to be "
          "properly trained, and we will be working on this in the coming year. We know we need "
          "to do better here."),
    ("h", "Policies and procedures"),
    ("p", "Our safeguarding policy was updated in March 2021 using the FSCP template for "
          "voluntary organisations. We made 11 referrals to the MASH during the year and four to "
          "early help. When lockdown stopped our groups we wrote a procedure for doorstep visits "
          "and video calls, including what to do if a young carer told us something worrying "
          "during a call. We have not audited our safeguarding records, and our lone working "
          "procedure for volunteers still needs updating, so this one gets a 2."),
    ("h", "Listening to young carers"),
    ("p", "Listening to young carers is what we are for, and we think this deserves a 3. Our "
          "Young Carers' Voice group of nine young people met online every month during the "
          "year. In October 2020 the group told us that young carers were worried about falling "
          "behind with schoolwork during lockdown and that their schools did not know they were "
          "carers. We used their own words in a letter to every secondary head teacher in our "
          "area, and 6 schools have since named a young carers lead."),
    ("p", "The group also chose what went into our summer doorstep activity packs and helped to "
          "interview our new project worker. In our survey in March 2021, 58 of 64 young carers "
          "said they felt listened to by Brightwater staff."),
    ("h", "Partnership questions"),
    ("p", "1. Another agency: Heronsgate Learning Trust now asks about caring responsibilities "
          "when pupils join its schools, and we have had 14 referrals from its schools since "
          "January 2021."),
    ("p", "2. Our scores are in each section above."),
    ("p", "3. FSCP training: as a small charity we cannot always release staff, but I and the "
          "senior project worker attended the FSCP neglect course online, and we will book "
          "places for volunteer coordinators this year."),
    ("p", "5. How we know we have improved: the young carers tell us, and so do the six schools "
          "that now have a young carers lead."),
    ("h", "What we will do in 2021/22"),
    ("p", "Our trustees agreed these priorities at their September meeting: safeguarding training "
          "for the four trustees who have not had it, a written procedure for recruiting and "
          "checking volunteers, an audit of a sample of our safeguarding records, an update to "
          "the lone working procedure, and an external check of our safeguarding arrangements, "
          "which we hope the partnership's voluntary sector lead may be able to help with. We "
          "would welcome any advice the panel can give us."),
    ("p", "Sue Hartnell, Manager and Designated Safeguarding Lead"),
]


@register
def build_d9():
    doc = w_new(font="Arial", size=12, header=None, footer=None, page_numbers=True)
    w_p(doc, "Brightwater Young Carers", bold=True, size=16)
    w_p(doc, "Section 11 return 2020-21 for the Fernmoor Safeguarding Children Partnership",
        bold=True)
    w_p(doc, "From: Sue Hartnell, Manager. Sent: 11 October 2021.")
    for kind, text in D9:
        if kind == "h":
            w_p(doc, text, bold=True, size=12)
        else:
            w_p(doc, text)
    w_save(doc, os.path.join(SUB, D9_FILE), "Section 11 return 2020-21")
    return gold(
        D9_FILE, ["Brightwater Young Carers", "Brightwater"],
        {"1": "amber", "2": "red", "3": "amber", "4": "green"},
        {"1": "amber", "2": "red", "3": "amber", "4": "green"},
        {"1": ["only three of the seven trustees",
               "not had an external check of our arrangements since 2018"],
         "2": ["We are committed to safer recruitment",
               "we will be working on this in the coming year"],
         "3": ["updated in March 2021 using the FSCP template",
               "We made 11 referrals to the MASH",
               "We have not audited our safeguarding records"],
         "4": ["6 schools have since named a young carers lead",
               "58 of 64 young carers said they felt listened to"]},
        {"common": ["COMMON_QUESTION_UNANSWERED"]},
        {"1": ALL4, "2": ALL4, "3": ALL4, "4": ALL4},
        {"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
        late=True)


# ============================================================================ run / check

def build_all():
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    golds = []
    for fn in BUILDERS:
        g = fn()
        write_gold(g)
        golds.append(g)
    return golds


def _norm(t):
    return " ".join(t.split())


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return _norm("\n".join(parts)), None


def pdf_text(path):
    """Return (strict, layout): strict = pdfplumber extract_text of each page; layout = the same
    extractor applied per region (the two frames of the two-column file; table cells separately
    from the text around them)."""
    import pdfplumber
    strict, layout = [], []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            strict.append(page.extract_text() or "")
            if os.path.basename(path) == D4_FILE:
                W, H = float(page.width), float(page.height)
                cut_top = D4_MARGIN + (D4_TOP_H if i == 0 else 0)
                if i == 0:
                    layout.append(page.crop((0, 0, W, cut_top)).extract_text() or "")
                mid = W / 2
                bot = H - D4_MARGIN + 4
                layout.append(page.crop((0, cut_top, mid, bot)).extract_text() or "")
                layout.append(page.crop((mid, cut_top, W, bot)).extract_text() or "")
                continue
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes):
                if obj.get("object_type") != "char":
                    return True
                for x0, top, x1, bottom in boxes:
                    if x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and \
                            obj["bottom"] <= bottom:
                        return False
                return True
            layout.append(page.filter(outside).extract_text() or "")
            for t in tables:
                for row in t.extract():
                    layout.append(" | ".join(c or "" for c in row))
    return _norm("\n".join(strict)), _norm("\n".join(layout))


def check(golds):
    import hashlib
    import pypdf
    problems = []
    report = []
    for g in golds:
        path = os.path.join(SUB, g["file"])
        if path.endswith(".docx"):
            text, layout = docx_text(path)
            words = len(text.split())
            pages = "~%d (est. %d words)" % (max(1, round(words / 430)), words)
        else:
            text, layout = pdf_text(path)
            pages = str(len(pypdf.PdfReader(path).pages))
        strict_bad, layout_bad = [], []
        n = 0
        for std, frags in g["evidence_must_include"].items():
            for f in frags:
                n += 1
                if not 3 <= len(f.split()) <= 10 or any(ch in f for ch in "-\u2013\u2014\u2018\u2019\u201c\u201d"):
                    problems.append((g["file"], "bad fragment form", f))
                if text.count(f) != 1:
                    strict_bad.append((std, f, text.count(f)))
                if layout is not None and layout.count(f) != 1:
                    layout_bad.append((std, f, layout.count(f)))
        pd_bad = [s for s in g["personal_data"] if s not in text]
        final_bad = layout_bad if layout is not None else strict_bad
        if final_bad or pd_bad:
            problems.append((g["file"], final_bad, pd_bad))
        report.append((g["file"], pages, n, len(strict_bad),
                       None if layout is None else len(layout_bad), len(g["personal_data"]),
                       len(pd_bad), strict_bad))
    # determinism: hash, rebuild, hash again
    def hashes():
        return {f: hashlib.sha256(open(os.path.join(SUB, f), "rb").read()).hexdigest()
                for f in sorted(os.listdir(SUB)) if f.startswith("b-")} | \
               {"gold/" + f: hashlib.sha256(open(os.path.join(GOLD, f), "rb").read()).hexdigest()
                for f in sorted(os.listdir(GOLD)) if f.startswith("b-")}
    h1 = hashes()
    build_all()
    h2 = hashes()
    same = h1 == h2
    print("%-52s %-18s %5s %7s %7s %4s %4s" % ("file", "pages", "frags", "strict!", "layout!",
                                              "pd", "pd!"))
    for f, pages, n, sb, lb, npd, pdb, _ in report:
        print("%-52s %-18s %5d %7d %7s %4d %4d" % (f, pages, n, sb, "-" if lb is None else lb,
                                                  npd, pdb))
    for f, *_r, sbl in report:
        for std, frag, c in sbl:
            print("  strict extract_text miss: %s std %s %r (count %d)" % (f, std, frag, c))
    print("deterministic rebuild:", "identical bytes (%d files)" % len(h1) if same else "DIFFERENT")
    for p in problems:
        print("PROBLEM", p)
    return not problems and same


if __name__ == "__main__":
    import sys
    gs = build_all()
    print("wrote %d documents" % len(gs))
    if "--check" in sys.argv:
        ok = check(gs)
        print("CHECK", "OK" if ok else "FAILED")
        sys.exit(0 if ok else 1)
