#!/usr/bin/env python3
"""Set G (Coldharbour Safeguarding Children Partnership): nine blind Section 11 returns.

Writes submissions/g-*.docx|pdf and gold/g-*.yml deterministically.
    python make_g.py          # write everything
    python make_g.py --check  # rebuild in memory, compare bytes, check gold fragments
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
GOLD = HERE / "gold"
FIXED_DT = datetime.datetime(2021, 9, 24, 9, 0, 0)
ZIP_DT = (2021, 9, 24, 9, 0, 0)

RETURNS = []  # (filename, builder, gold)


def register(filename, gold):
    def deco(fn):
        RETURNS.append((filename, fn, gold))
        return fn
    return deco


# ----------------------------------------------------------------------------- docx helpers

def new_doc(title_author="Coldharbour SCP return"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = title_author
    cp.last_modified_by = title_author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = "Section 11 self-assessment 2020/21"
    return doc


def para(doc, text="", bold=False, size=None, italic=False, style=None, color=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, size=size, italic=italic, color=color)
    if align is not None:
        p.alignment = align
    return p


def add_runs(p, text, bold=False, size=None, italic=False, color=None):
    """text may contain **bold** spans."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = p.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def docx_bytes(doc):
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def table(doc, rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            add_runs(cells[j].paragraphs[0], val, bold=(header and i == 0))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ----------------------------------------------------------------------------- pdf helpers

SS = getSampleStyleSheet()
BODY = ParagraphStyle("gbody", parent=SS["Normal"], fontName="Helvetica", fontSize=10, leading=13.5,
                      spaceAfter=6)
SMALL = ParagraphStyle("gsmall", parent=BODY, fontSize=7, leading=8.6, spaceAfter=0)
H1 = ParagraphStyle("gh1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("gh2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                    spaceAfter=5)
H3 = ParagraphStyle("gh3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, spaceBefore=4,
                    spaceAfter=3)


def pdf_bytes(story, pagesize=A4, title="Section 11 return", author="Coldharbour SCP", margins=20 * mm,
              onpage=None):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins, title=title, author=author,
                            invariant=1)
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    return buf.getvalue()


def P(text, style=BODY):
    return Paragraph(text, style)


# ----------------------------------------------------------------------------- gold emitter

def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow_map(d):
    if d is None:
        return "null"
    items = []
    for k, v in d.items():
        if isinstance(v, list):
            val = "[" + ", ".join(v) + "]"
        elif v is None:
            val = "null"
        elif isinstance(v, bool):
            val = "true" if v else "false"
        else:
            val = str(v)
        items.append(f"{q(k)}: {val}")
    return "{" + ", ".join(items) + "}"


def gold_yaml(filename, g):
    lines = [f"file: {filename}",
             "agency: [" + ", ".join(q(a) for a in g["agency"]) + "]",
             "status: ok",
             "error_code: null",
             "framework: gscp-2021",
             "self_ratings: " + flow_map(g["self_ratings"]),
             "evidence_supports: " + flow_map(g["evidence_supports"])]
    lines.append("evidence_must_include:")
    for k, frags in g["evidence_must_include"].items():
        lines.append(f"  {q(k)}: [" + ", ".join(q(f) for f in frags) + "]")
    lines.append("gaps_expected: " + flow_map(g["gaps_expected"]))
    lines.append("gaps_forbidden:")
    for k, v in g["gaps_forbidden"].items():
        lines.append(f"  {q(k)}: [" + ", ".join(v) + "]")
    lines.append("personal_data: [" + ", ".join(q(p) for p in g["personal_data"]) + "]")
    lines.append("late: " + ("true" if g["late"] else "false"))
    lines.append("common_questions_answered: " + flow_map(g["common_questions_answered"]))
    return "\n".join(lines) + "\n"


ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
FORBID = {
    "ok": ALL4,
    "under": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
    "over": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
    "norating": ["MISSING_SECTION"],
    "nosection": [],
}
PLANT = {"under": "UNDER_RATED", "over": "OVER_RATED", "norating": "MISSING_RATING",
         "nosection": "MISSING_SECTION"}


def G(agency, own, ev, frags, kinds=("ok", "ok", "ok", "ok"), personal=(), late=False, unanswered=()):
    """Build a gold dict. own/ev: strings like 'GAGA' with '-' for null."""
    m = {"G": "green", "A": "amber", "R": "red", "-": None}
    cq = {f"Q{i}": (f"Q{i}" not in unanswered) for i in range(1, 6)}
    exp, forb = {}, {}
    for i, k in enumerate(kinds, 1):
        if k in PLANT:
            exp[str(i)] = [PLANT[k]]
        forb[str(i)] = FORBID[k]
    if unanswered:
        exp["common"] = ["COMMON_QUESTION_UNANSWERED"]
    else:
        forb["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return {
        "agency": list(agency),
        "self_ratings": {str(i + 1): m[c] for i, c in enumerate(own)},
        "evidence_supports": {str(i + 1): m[c] for i, c in enumerate(ev)},
        "evidence_must_include": {str(k): v for k, v in frags.items()},
        "gaps_expected": exp,
        "gaps_forbidden": forb,
        "personal_data": list(personal),
        "late": late,
        "common_questions_answered": cq,
    }


# ============================================================================= RETURNS

# ---------------------------------------------------------------- 1. County council children's services
# Style (new): Word tracked changes. Std 2 rating revised Green -> Amber (inserted Amber counts;
# rationale "to avoid complacency" although evidence is strong -> UNDER_RATED). Std 3 revised
# Amber -> Green (inserted Green counts, evidence supports it).

F1 = "g-coldharbour-county-council-childrens-services-s11-2021.docx"


def tracked_rating(doc, old, new, rid):
    p = doc.add_paragraph()
    r = p.add_run("Self-rating: ")
    r.bold = True
    auth = 'w:author="Coldharbour CC - Head of QA" w:date="2021-09-17T14:32:00Z"'
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{rid}" {auth}><w:r><w:rPr><w:b/></w:rPr>'
        f'<w:delText>{old}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{rid + 1}" {auth}><w:r><w:rPr><w:b/></w:rPr>'
        f'<w:t>{new}</w:t></w:r></w:ins>'))
    return p


@register(F1, G(
    ["Coldharbour County Council Children's Services", "Coldharbour County Council",
     "Coldharbour Children's Services"],
    "GAGA", "GGGA",
    {1: ["Corporate Parenting Panel receives a safeguarding report each quarter",
         "the Lead Member for Children attended all six",
         "named the Director of Children's Services as the accountable officer"],
     2: ["118 of the 120 files were fully compliant",
         "97% of qualified social workers had completed",
         "reduction in drift from 19% to 7%",
         "DBS renewals were 100% within the three-year cycle"],
     3: ["thresholds document was reissued in January 2021",
         "audited 60 strategy discussions in February 2021",
         "escalation policy was used 23 times"],
     4: ["Children in Care Council met nine times",
         "only 38% of children in care",
         "care leavers told us the pathway plan"]},
    kinds=("ok", "under", "ok", "ok")))
def build1():
    doc = new_doc("Coldharbour County Council")
    para(doc, "Coldharbour County Council - Children's Services", bold=True, size=16)
    para(doc, "Section 11 (Children Act 2004) self-assessment return 2020/21", bold=True, size=13)
    para(doc, "To: Coldharbour Safeguarding Children Partnership business unit, County Hall, Marrowby")
    para(doc, "Completed by: Head of Safeguarding and Quality Assurance. Signed off by the Director of "
              "Children's Services on 20 September 2021.")
    para(doc, "This copy has been circulated with revisions shown so that the Partnership can see where "
              "our ratings were changed after challenge at the Departmental Management Team on 17 September "
              "2021. The ratings that stand are the revised ones.", italic=True)

    heading(doc, "Standard 1: Leadership and accountability", 2)
    para(doc, "The council's constitution and scheme of delegation named the Director of Children's Services as the accountable officer "
              "for safeguarding, and the Lead Member for Children attended all six Partnership executive "
              "meetings held in the year. Safeguarding is a standing item at the Children's Services "
              "Departmental Management Team, and the Corporate Parenting Panel receives a safeguarding report each quarter "
              "that sets out referral trends, repeat referrals and the findings of practice audits.")
    para(doc, "Accountability reaches beyond children's services. Each corporate director signs an annual "
              "safeguarding assurance statement, and in 2020/21 the Chief Executive chaired a review of how "
              "housing, revenues and children's services share information about families in temporary "
              "accommodation. The review led to a joint protocol that has been in use since March 2021.")
    para(doc, "Self-rating: Green", bold=True)

    heading(doc, "Standard 2: Staff safe recruitment, induction, training and development", 2)
    para(doc, "HR Business Partners audited personnel files for all 120 staff appointed between April 2020 "
              "and March 2021: 118 of the 120 files were fully compliant with safer recruitment requirements, and the two "
              "exceptions (a missing second reference and an unexplained employment gap) were corrected "
              "within a week. DBS renewals were 100% within the three-year cycle at the year end.")
    para(doc, "By 31 March 2021, 97% of qualified social workers had completed level 3 safeguarding training and every "
              "newly qualified social worker completed the assessed and supported year programme. We test "
              "training by its effect: after the neglect toolkit training, a re-audit of 40 child in need "
              "plans showed a reduction in drift from 19% to 7% of plans overdue for review, and supervision "
              "audits found reflective discussion recorded in 88% of files, up from 61%.")
    para(doc, "Induction was moved online during the pandemic and new starters rated it 4.6 out of 5. "
              "The Principal Social Worker runs a monthly practice forum that was attended by over 300 "
              "practitioners across the year.")
    tracked_rating(doc, "Green", "Amber", 101)
    para(doc, "Note from DMT: although the evidence for this standard is strong, the Director asked that "
              "it be shown as Amber to avoid complacency while the new induction programme beds in.")

    heading(doc, "Standard 3: Safeguarding policies and procedures", 2)
    para(doc, "The Partnership thresholds document was reissued in January 2021 after consultation with "
              "schools and health colleagues, and all front door staff were briefed on it within a month. "
              "Our child protection procedures follow the Partnership procedures online and are reviewed "
              "when those change. The Quality Assurance team audited 60 strategy discussions in February 2021 and "
              "found that police and health attended in all but three, with decisions and rationale "
              "recorded in each.")
    para(doc, "The escalation policy was used 23 times by our staff during the year, mostly about "
              "delays in health assessments, and all but one were resolved at the first stage. Our "
              "allegations management arrangements were reviewed by the LADO in November 2020.")
    tracked_rating(doc, "Amber", "Green", 103)

    heading(doc, "Standard 4: Listening to children and young people", 2)
    para(doc, "The Children in Care Council met nine times, mostly online, and its members interviewed "
              "candidates for two team manager posts. Feedback from the council led to a change in how "
              "contact arrangements are explained to children entering care.")
    para(doc, "We know this is not yet consistent. The Mind of My Own app was used by only 38% of children in care "
              "to contribute to their reviews, against our target of 60%, and care leavers told us the pathway plan "
              "meetings felt like they were about the council rather than them. We have commissioned a "
              "care leaver-led review of pathway planning, due to report in December 2021.")
    para(doc, "Self-rating: Amber", bold=True)

    heading(doc, "Common questions", 2)
    para(doc, "Q1. Example of another agency improving multi-agency practice", bold=True)
    para(doc, "Coldharbour Healthcare NHS Trust's named nurses started joining our initial child protection "
              "conferences by video, which lifted health attendance at conferences to almost every case.")
    para(doc, "Q2. RAG self-rating (summary)", bold=True)
    para(doc, "Please see the revised self-rating shown against each standard above.")
    para(doc, "Q3. Commitment to partnership multi-agency training", bold=True)
    para(doc, "We fund a training officer post in the Partnership team and release staff for all Partnership "
              "courses; 212 of our staff attended multi-agency courses in 2020/21.")
    para(doc, "Q4. Impact of single/multi-agency training on practice", bold=True)
    para(doc, "See Standard 2: the neglect toolkit re-audit and the supervision audit show the change in practice.")
    para(doc, "Q5. How the agency knows it has improved", bold=True)
    para(doc, "Monthly performance reports, the practice audit programme and feedback from children and "
              "families are reviewed by DMT; the Ofsted focused visit in June 2021 found that practice "
              "at the front door had improved.")
    return docx_bytes(doc)


# ---------------------------------------------------------------- 2. Constabulary
# Style (new): landscape PDF printed from a spreadsheet, small font, grid, one row per standard
# with lead officer / evidence / actions / due date / RAG. Narrative on sheet 2 (single column) holds
# the evidence. Std 3 rated Green but the narrative admits an overdue policy, a weak audit and an
# out-of-date procedure -> OVER_RATED (evidence amber).

F2 = "g-coldharbour-constabulary-s11-2021.pdf"


@register(F2, G(
    ["Coldharbour Constabulary", "Coldharbour Police"],
    "GAGA", "GAAA",
    {1: ["Assistant Chief Constable for Protecting Vulnerable People", "attended five of the six Partnership executive meetings",
         "receives a performance pack covering child protection referrals"],
     2: ["71% of frontline officers and staff", "backlog of 140 vetting renewals", "against a force target of 90%"],
     3: ["was due for review in June 2020", "17 did not record the child's views",
         "has not yet been updated to reflect"],
     4: ["Youth Independent Advisory Group met six times", "feedback from 46 young people",
         "recorded in only 58% of domestic abuse"]},
    kinds=("ok", "ok", "over", "ok")))
def build2():
    cell = ParagraphStyle("cell", parent=SMALL)
    cellb = ParagraphStyle("cellb", parent=SMALL, fontName="Helvetica-Bold")
    C = lambda t: Paragraph(t, cell)
    hdr = [Paragraph(h, cellb) for h in ["Ref", "Standard", "Lead officer", "Evidence (summary)",
                                         "Actions 2021/22", "Due date", "RAG"]]
    rows = [hdr,
            [C("S1"), C("Leadership and accountability"), C("ACC Protecting Vulnerable People"),
             C("Named chief officer lead; monthly Vulnerability Board; PVP performance pack to Chief Officer Group; "
               "see narrative sheet."),
             C("Add Partnership audit findings to Board forward plan"), C("31/12/2021"), C("Green")],
            [C("S2"), C("Staff safe recruitment, induction, training and development"),
             C("Head of People and Development"),
             C("Vetting in line with APP; VKPP training completion below target; vetting renewal backlog reduced."),
             C("Complete VKPP roll-out for response officers; clear remaining vetting renewals"),
             C("31/03/2022"), C("Amber")],
            [C("S3"), C("Safeguarding policies and procedures"), C("Detective Superintendent, Public Protection"),
             C("Force child protection policy in place; referral audit Jan 2021; missing children procedure."),
             C("Review CP policy; re-audit referrals; update missing procedure"), C("30/06/2022"), C("Green")],
            [C("S4"), C("Listening to children and young people"), C("Chief Inspector, Neighbourhood Policing"),
             C("Youth IAG; stop and search feedback; voice of child in DA incident reports below expectation."),
             C("Voice of child prompt added to DA risk form; dip-sample quarterly"), C("31/03/2022"), C("Amber")],
            ]
    colw = [12 * mm, 45 * mm, 38 * mm, 80 * mm, 62 * mm, 18 * mm, 14 * mm]
    t = Table(rows, colWidths=colw, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTSIZE", (0, 0), (-1, -1), 7)]))
    story = [P("Coldharbour Constabulary - Section 11 self-assessment 2020/21 (return to Coldharbour "
               "Safeguarding Children Partnership)", ParagraphStyle("t", parent=BODY, fontName="Helvetica-Bold",
                                                                    fontSize=10)),
             P("Sheet 1: Standards tracker. RAG = self-rating for 2020/21. Completed by the Public Protection "
               "Unit, version 1.3, 27/09/2021.", SMALL), Spacer(1, 4 * mm), t, Spacer(1, 5 * mm)]
    qrows = [[Paragraph("Common question", cellb), Paragraph("Response", cellb)],
             [C("Q1 Example of another agency improving multi-agency practice"),
              C("Coldharbour County Council's front door now shares overnight police notifications with schools "
                "by 9am through Operation Encompass, so that designated safeguarding leads know before a child "
                "arrives at school.")],
             [C("Q2 RAG self-rating (summary)"), C("See RAG column on this sheet.")],
             [C("Q3 Commitment to partnership multi-agency training"),
              C("Force trainers co-deliver the Partnership's child sexual exploitation and strategy discussion "
                "courses; 64 officers attended Partnership courses in the year.")],
             [C("Q4 Impact of single/multi-agency training on practice"),
              C("After strategy discussion training, attendance of a police decision-maker at strategy "
                "discussions rose from roughly two in three to nine in ten over the year.")],
             [C("Q5 How the agency knows it has improved"),
              C("PVP performance pack, HMICFRS inspection feedback and audit programme.")]]
    t2 = Table(qrows, colWidths=[70 * mm, 199 * mm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t2, PageBreak()]
    N = ParagraphStyle("n", parent=BODY, fontSize=8.5, leading=11)
    NH = ParagraphStyle("nh", parent=N, fontName="Helvetica-Bold", spaceBefore=4)
    story += [P("Sheet 2: Narrative notes by standard", NH),
              P("S1 Leadership and accountability", NH),
              P("The Assistant Chief Constable for Protecting Vulnerable People is the named chief officer lead for safeguarding "
                "children and attended five of the six Partnership executive meetings in 2020/21. The Force Vulnerability Board meets monthly and "
                "receives a performance pack covering child protection referrals, missing episodes and exploitation. Actions from "
                "Partnership reviews are tracked on the Board action log and closed only with evidence.", N),
              P("S2 Staff safe recruitment, induction, training and development", NH),
              P("Vetting follows the national Authorised Professional Practice. Over the year we cleared a backlog of 140 vetting renewals "
                "down to 35 outstanding at 31 March 2021. The Vulnerability Knowledge and Practice Programme has been completed by "
                "71% of frontline officers and staff, against a force target of 90%; response officers on shift patterns are the group most behind "
                "and dedicated training days have been booked for them.", N),
              P("S3 Safeguarding policies and procedures", NH),
              P("The force child protection policy was due for review in June 2020 and has not yet been reviewed because the policy author post was vacant. "
                "An audit of 50 child protection referrals in January 2021 found that 17 did not record the child's views or lived experience, "
                "and 9 were sent to children's services later than the next working day. The missing children procedure has not yet been updated to reflect "
                "the Partnership's new return interview protocol, so officers are working from the 2018 version.", N),
              P("S4 Listening to children and young people", NH),
              P("The Youth Independent Advisory Group met six times and reviewed our stop and search communications. We collected "
                "feedback from 46 young people who had been stopped and searched, and the results were shared with the Youth IAG. "
                "However, the voice of the child was recorded in only 58% of domestic abuse incident reports where children were present, "
                "and a prompt has been added to the risk assessment form.", N),
              ]

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        w, h = doc.pagesize
        sheet = "Sheet1" if canv.getPageNumber() == 1 else "Sheet2"
        canv.drawString(12 * mm, h - 8 * mm, "S11_2020-21_Coldharbour_Constabulary_FINAL.xlsx  -  " + sheet)
        canv.drawRightString(w - 12 * mm, 7 * mm, "Page %d" % canv.getPageNumber())
        canv.restoreState()
    return pdf_bytes(story, pagesize=landscape(A4), margins=12 * mm, title="S11 2020-21 Coldharbour Constabulary",
                     author="Coldharbour Constabulary", onpage=onpage)


# ---------------------------------------------------------------- 3. Academy trust
# Style (new): Ofsted-like words Good / Requires improvement / Inadequate with a mapping sentence.
# Greens written mostly in words. Q1 heading present but left blank.

F3 = "g-fenwick-cross-academy-trust-s11-2021.docx"


@register(F3, G(
    ["Fenwick Cross Academy Trust", "FCAT"],
    "GGAA", "GGAA",
    {1: ["named safeguarding trustee who visits each of our academies",
         "reports to the Board on safeguarding at every meeting",
         "carries out an annual safeguarding review using a common framework"],
     2: ["no academy had a gap at the spring check",
         "before their first day working with pupils",
         "lead interviews for every headteacher and DSL appointment"],
     3: ["chronologies were incomplete in 11 of the 30 files",
         "two academies are still recording concerns on paper",
         "updated in September 2020 for the new guidance"],
     4: ["did not know who to talk to about something online",
         "our primary academies have not yet run a pupil survey",
         "the student safeguarding panel at Dunstowe Academy"]},
    unanswered=("Q1",)))
def build3():
    doc = new_doc("Fenwick Cross Academy Trust")
    para(doc, "Fenwick Cross Academy Trust", bold=True, size=18, color="1F3864")
    para(doc, "Seven academies across Fenwick Cross, Dunstowe and Saltley Haven", italic=True)
    para(doc, "Section 11 Self-Assessment 2020/21 for the Coldharbour Safeguarding Children Partnership",
         bold=True, size=13)
    para(doc, "Prepared by the Trust Director of Safeguarding and Inclusion and approved by the Trust Board on "
              "15 September 2021.")
    heading(doc, "How we have judged ourselves", 2)
    para(doc, "Our headteachers and governors know the inspection language best, so each standard below carries a "
              "judgement of Good, Requires improvement or Inadequate. For the Partnership's scale, please read Good as "
              "Green, Requires improvement as Amber and Inadequate as Red. We have not used Outstanding.")

    heading(doc, "1. Leadership and accountability", 2)
    para(doc, "The Trust Board has a named safeguarding trustee who visits each of our academies at least once a term, "
              "meets the designated safeguarding lead and pupils, and writes a short visit note for the Board. The "
              "Chief Executive reports to the Board on safeguarding at every meeting, and the report is built from the "
              "same termly returns that every academy completes, so trustees see the same picture in each school.")
    para(doc, "Each academy's local governing body carries out an annual safeguarding review using a common framework, and "
              "the Director of Safeguarding and Inclusion challenges the findings before they reach the Board. When a "
              "review at one primary academy found that governors were not seeing exclusion data alongside "
              "safeguarding data, the framework was changed for every academy.")
    para(doc, "**Our judgement: Good**")

    heading(doc, "2. Staff safe recruitment, induction, training and development", 2)
    para(doc, "The Trust safeguarding lead checks every single central record each term, and no academy had a gap at the spring check. "
              "Trust HR lead interviews for every headteacher and DSL appointment, and every interview panel includes someone "
              "who has completed safer recruitment training.")
    para(doc, "All new staff complete safeguarding induction before their first day working with pupils, including supply staff "
              "who are booked for more than a week. Designated safeguarding leads refresh their training every two "
              "years and meet as a Trust network each half term, where recent cases are discussed and learning "
              "is taken back to staff briefings.")
    para(doc, "**Our judgement: Good**")

    heading(doc, "3. Safeguarding policies and procedures", 2)
    para(doc, "The Trust child protection policy was updated in September 2020 for the new guidance and adopted by all seven "
              "academies. Five academies now record concerns electronically, but two academies are still recording concerns on paper "
              "until the new system is installed in January 2022.")
    para(doc, "A Trust audit in May 2021 looked at 30 child protection files across the academies; chronologies were incomplete in 11 of the 30 files, "
              "and in four files there was no record of the outcome of a referral to children's services. DSLs have had "
              "a training session on chronologies, and the audit will be repeated in the spring term.")
    para(doc, "**Our judgement: Requires improvement**")

    heading(doc, "4. Listening to children and young people", 2)
    para(doc, "All three secondary academies ran a pupil safeguarding survey in 2020/21. At one academy, many Year 9 pupils said they "
              "did not know who to talk to about something online, and the academy has since introduced trusted-adult "
              "posters and a termly assembly led by sixth formers. The student safeguarding panel at Dunstowe Academy "
              "reviewed the anti-bullying policy and its changes were adopted.")
    para(doc, "However, our primary academies have not yet run a pupil survey, and we do not yet have a Trust-wide way of "
              "showing how pupils' views change what we do. This is a priority for 2021/22.")
    para(doc, "**Our judgement: Requires improvement**")

    heading(doc, "Partnership common questions", 2)
    para(doc, "Q1. An example of another agency improving multi-agency practice", bold=True)
    para(doc, "")
    para(doc, "Q2. RAG self-rating", bold=True)
    para(doc, "Standards 1 and 2 Good; standards 3 and 4 Requires improvement (see the key at the start of this return).")
    para(doc, "Q3. Commitment to Partnership multi-agency training", bold=True)
    para(doc, "Every DSL attended at least one Partnership course this year, and we host Partnership training in our "
              "academy halls free of charge.")
    para(doc, "Q4. Impact of single and multi-agency training on practice", bold=True)
    para(doc, "After the Partnership's neglect training, DSLs began using the neglect screening tool before making "
              "referrals, and children's services told us our referrals were clearer as a result.")
    para(doc, "Q5. How the agency knows it has improved", bold=True)
    para(doc, "Termly academy returns, the file audit, the safeguarding trustee's visit notes and pupil surveys.")
    return docx_bytes(doc)


# ---------------------------------------------------------------- 4. Healthcare NHS trust
# Style (new): count of criteria met per standard ("11 of 12 criteria met") with a key giving the
# percentage bands; no RAG word per standard. Std 3 case example carries a child's personal data.

F4 = "g-coldharbour-healthcare-nhs-trust-s11-2021.pdf"


@register(F4, G(
    ["Coldharbour Healthcare NHS Trust", "CHNT", "Coldharbour Healthcare"],
    "GAAG", "GAAG",
    {1: ["Chief Nurse is the executive lead for safeguarding",
         "annual safeguarding report in July 2021",
         "not yet included in the Trust's risk appetite statement"],
     2: ["but level 3 compliance is 79%",
         "safeguarding supervision for community midwives reached 68%",
         "bank staff induction does not yet cover"],
     3: ["applied in 64% of the missed paediatric appointments",
         "information about children with safeguarding concerns was sent",
         "was not brought to three outpatient appointments"],
     4: ["Young People's Health Advisory Group has 14 members",
         "redesigned the children's waiting area in the Emergency Department",
         "children with learning disabilities are under-represented"]},
    personal=("Kayden", "Wilmot", "Leanne", "14/03/2016", "27 Ferrier Close", "ZC4 7RX", "999 612 4471",
              "07700 900412")))
def build4():
    BOX = ParagraphStyle("box", parent=BODY, fontName="Helvetica-Bold", textColor=colors.HexColor("#003087"),
                         spaceBefore=2, spaceAfter=8)

    def crit(met, total):
        return P(f"Criteria met: {met} of {total}", BOX)

    story = [P("Coldharbour Healthcare NHS Trust", H1),
             P("Section 11 Self-Assessment 2020/21 - submitted to the Coldharbour Safeguarding Children Partnership", H2),
             P("Author: Head of Safeguarding (Children). Executive sign-off: Chief Nurse, 28 September 2021.", BODY),
             P("How to read this return", H3),
             P("For each standard we have tested ourselves against the criteria in the Partnership toolkit and report "
               "how many are met. The Trust converts this to the Partnership's scale as follows: 85% or more of criteria "
               "met is Green; 50% to 84% is Amber; below 50% is Red.", BODY),
             P("Standard 1 - Leadership and accountability", H2),
             P("The Chief Nurse is the executive lead for safeguarding and the Trust has a Named Doctor, Named Nurse and Named "
               "Midwife in post. The Safeguarding Committee meets quarterly and reports to the Quality Committee, a "
               "committee of the Board. The Board received the annual safeguarding report in July 2021 and asked for a "
               "deep dive on children attending the Emergency Department with self-harm.", BODY),
             P("The one unmet criterion is that safeguarding is not yet included in the Trust's risk appetite statement; this will "
               "be added at the Board's risk workshop in November 2021.", BODY),
             crit(11, 12),
             P("Standard 2 - Staff safe recruitment, induction, training and development", H2),
             P("Recruitment checks are completed centrally and the HR audit found no appointments made without a DBS "
               "check. Level 2 safeguarding training compliance is 91% across the Trust, but level 3 compliance is "
               "79% in the Emergency Department against a target of 90%, largely because of redeployment during the pandemic.", BODY),
             P("Restorative safeguarding supervision for community midwives reached 68% of the expected sessions, and bank staff induction does not yet cover "
               "the Trust's safeguarding processes in full. Both are on the Safeguarding Committee action plan with named "
               "leads and are reviewed monthly.", BODY),
             crit(10, 14),
             P("Standard 3 - Safeguarding policies and procedures", H2),
             P("All safeguarding policies are in date and link to the Partnership procedures. An audit in March 2021 found the "
               "Was Not Brought policy was applied in 64% of the missed paediatric appointments sampled, and discharge "
               "information about children with safeguarding concerns was sent to the GP within 24 hours in 81% of cases.", BODY),
             P("Case example (learning). In November 2020, Kayden Wilmot (NHS number 999 612 4471, "
               "date of birth 14/03/2016) of 27 Ferrier Close, Dunstowe ZC4 7RX, was not brought to three outpatient appointments for a "
               "hearing assessment. Clinic staff discharged him back to the GP without contacting his mother, Leanne "
               "Wilmot (07700 900412), or the health visitor. A later review found the family had been in temporary "
               "accommodation. The case was used in training and the clinic now follows the Was Not Brought pathway "
               "before any discharge.", BODY),
             crit(8, 10),
             P("Standard 4 - Listening to children and young people", H2),
             P("Our Young People's Health Advisory Group has 14 members aged 12 to 19 and meets monthly. Members "
               "redesigned the children's waiting area in the Emergency Department, which reopened in May 2021, and "
               "helped write the new leaflet on what happens when a nurse is worried about you.", BODY),
             P("The children's Friends and Family Test is used on every paediatric ward. The unmet criterion is that "
               "children with learning disabilities are under-represented in our feedback, and the learning disability "
               "nurse is working with special schools on an easy-read survey.", BODY),
             crit(7, 8),
             P("Common questions", H2),
             P("Q1 Example of another agency improving multi-agency practice", H3),
             P("Coldharbour Constabulary invited our Named Nurse to its daily risk meeting on domestic abuse, which has "
               "speeded up information sharing about unborn babies.", BODY),
             P("Q2 RAG self-rating (summary)", H3),
             P("Given by the criteria counts under each standard, using the bands above.", BODY),
             P("Q3 Commitment to partnership multi-agency training", H3),
             P("The Trust releases staff to Partnership courses and our safeguarding team co-delivers the "
               "Partnership's course on fabricated or induced illness.", BODY),
             P("Q4 Impact of single/multi-agency training on practice", H3),
             P("Following Was Not Brought training, outpatient discharges without follow-up fell between the "
               "first and second audit.", BODY),
             P("Q5 How the agency knows it has improved", H3),
             P("Through the audit programme, training data reported to the Safeguarding Committee, and feedback from the "
               "Young People's Health Advisory Group.", BODY),
             ]
    return pdf_bytes(story, title="CHNT S11 2020-21", author="Coldharbour Healthcare NHS Trust")


# ---------------------------------------------------------------- 5. District council
# Style (new): numbered Q&A list; each answer starts "Yes -" / "Partly -" / "No -"; a final line
# gives only the conversion rule to RAG (1 Green, 2 Amber, 3 Green, 4 Red). Std 4 honest Red.

F5 = "g-marrowby-district-council-s11-2021.docx"


@register(F5, G(
    ["Marrowby District Council", "MDC"],
    "GAGR", "GAGR",
    {1: ["Director of Communities is the council's named senior lead",
         "annual safeguarding report went to Cabinet in March 2021",
         "attended every Partnership district forum meeting"],
     2: ["all 34 new starters in posts with regular contact",
         "82% of staff had completed the safeguarding e-learning",
         "have not yet received face-to-face training"],
     3: ["reviewed in February 2021 and approved by Cabinet",
         "94% knew how to report a concern",
         "every licensed hackney carriage and private hire driver"],
     4: ["youth forum was suspended in March 2020",
         "child's own words were recorded in 6",
         "there is no child-friendly version of the corporate complaints procedure"]}))
def build5():
    doc = new_doc("Marrowby District Council")
    para(doc, "MARROWBY DISTRICT COUNCIL", bold=True, size=14)
    para(doc, "Coldharbour Safeguarding Children Partnership - Section 11 questionnaire 2020/21", bold=True)
    para(doc, "Response from the Community Safety and Safeguarding Team, Council Offices, Marrowby. Approved by the "
              "Corporate Leadership Team on 22 September 2021.")
    para(doc, "We have answered each of the Partnership's questions in turn, starting each answer Yes, Partly or No.")

    def qa(num, question, answer):
        para(doc, f"{num} {question}", bold=True)
        para(doc, answer)

    para(doc, "Standard 1: Leadership and accountability", bold=True, size=12)
    qa("1.1", "Is there a named senior lead with responsibility for safeguarding children?",
       "Yes - the Director of Communities is the council's named senior lead, supported by the Community Safety and "
       "Safeguarding Manager as operational lead.")
    qa("1.2", "Do elected members and senior managers receive regular reports on safeguarding?",
       "Yes - our annual safeguarding report went to Cabinet in March 2021 and the Corporate Leadership Team "
       "receives a quarterly update on referrals, training and licensing checks.")
    qa("1.3", "Does the agency contribute to the work of the Partnership?",
       "Yes - the operational lead attended every Partnership district forum meeting and the Director sits on the "
       "Community Safety Partnership, which shares priorities with the Safeguarding Children Partnership.")
    para(doc, "Standard 2: Staff safe recruitment, induction, training and development", bold=True, size=12)
    qa("2.1", "Are safer recruitment checks completed for staff and volunteers?",
       "Yes - all 34 new starters in posts with regular contact with children had an enhanced DBS check before they "
       "started, and this was confirmed by an HR audit in April 2021.")
    qa("2.2", "Have all staff received safeguarding training appropriate to their role?",
       "Partly - by March 2021, 82% of staff had completed the safeguarding e-learning, against our target of 95%. "
       "Leisure and housing officers who visit families have not yet received face-to-face training, which is "
       "booked for November 2021.")
    qa("2.3", "Does induction include safeguarding?",
       "Yes - every induction checklist includes the safeguarding e-learning and a meeting with the "
       "operational lead within the first month.")
    para(doc, "Standard 3: Safeguarding policies and procedures", bold=True, size=12)
    qa("3.1", "Is there an up-to-date safeguarding policy that reflects Partnership procedures?",
       "Yes - the policy was reviewed in February 2021 and approved by Cabinet, and it links to the Partnership's "
       "online procedures.")
    qa("3.2", "Do staff know how to report a concern?",
       "Yes - in a staff survey in April 2021, 94% knew how to report a concern and who the designated officers are.")
    qa("3.3", "Are safeguarding checks built into licensing and events?",
       "Yes - every licensed hackney carriage and private hire driver completes safeguarding awareness training "
       "before a licence is granted, and event organisers must submit a safeguarding plan.")
    para(doc, "Standard 4: Listening to children and young people", bold=True, size=12)
    qa("4.1", "Does the agency seek children's views when designing or reviewing services?",
       "No - our youth forum was suspended in March 2020 and has not restarted, and we did not consult children "
       "on any service in 2020/21.")
    qa("4.2", "Are children's views recorded when staff raise safeguarding concerns?",
       "Partly - a dip sample of 20 referrals in June 2021 found the child's own words were recorded in 6 of them.")
    qa("4.3", "Can children and young people give feedback or complain in a way that suits them?",
       "No - there is no child-friendly version of the corporate complaints procedure, and no complaints were received "
       "from children.")
    para(doc, "Common questions", bold=True, size=12)
    qa("Q1", "Example of another agency improving multi-agency practice",
       "Yes - Saltley Haven Homes now joins our monthly community safety tasking meeting, so concerns about "
       "children in anti-social behaviour cases reach the right service sooner.")
    qa("Q2", "RAG self-rating", "See the conversion line at the end of this return.")
    qa("Q3", "Commitment to partnership multi-agency training",
       "Yes - we promote Partnership courses to all staff and our licensing team attended the exploitation course.")
    qa("Q4", "Impact of single/multi-agency training on practice",
       "Partly - after exploitation training, licensing officers made four referrals about drivers, "
       "but we have not yet measured wider impact.")
    qa("Q5", "How the agency knows it has improved",
       "Yes - through the staff survey, training records and the quarterly report to the Corporate Leadership Team.")
    para(doc, "Conversion to RAG: a standard where every answer is Yes is Green; any Partly (and no No) makes it "
              "Amber; any No makes it Red.", italic=True)
    return docx_bytes(doc)


# ---------------------------------------------------------------- 6. Housing association
# Style (new): ratings given in the covering letter on page 1 only, not repeated in the narrative.
# Late (25 October 2021, says so). Std 1 rated Green on assertion only -> OVER_RATED (evidence amber).

F6 = "g-saltley-haven-homes-s11-2021.pdf"


@register(F6, G(
    ["Saltley Haven Homes", "SHH"],
    "GAAG", "AAAG",
    {1: ["Safeguarding is at the heart of everything we do",
         "safeguarding is embedded across the organisation",
         "everyone knows safeguarding is their business"],
     2: ["missing for 9 of the 40 staff appointed",
         "76% of tenancy and neighbourhood officers",
         "repairs contractors are not yet required"],
     3: ["tenancy files where a concern had been raised",
         "domestic abuse policy is still in draft",
         "made 58 referrals to children's services"],
     4: ["Young Tenants' Voice group has 11 members",
         "survey of 130 children on the Marsh Lane estate",
         "replaced the letters we send to families"]},
    kinds=("over", "ok", "ok", "ok"), late=True))
def build6():
    R = ParagraphStyle("r", parent=BODY, alignment=2)
    story = [P("Saltley Haven Homes", H1),
             P("Harbour House, Quay Street, Saltley Haven ZC7 2QA  |  07700 900731", BODY),
             Spacer(1, 8 * mm),
             P("25 October 2021", R),
             P("Partnership Business Manager<br/>Coldharbour Safeguarding Children Partnership<br/>County Hall, Marrowby", BODY),
             Spacer(1, 4 * mm),
             P("Dear Partnership Business Manager,", BODY),
             P("<b>Section 11 self-assessment 2020/21</b>", BODY),
             P("Please find enclosed our Section 11 return for 2020/21. I apologise that it reaches you after the "
               "30 September 2021 deadline; our safeguarding lead post was vacant over the summer and the return could "
               "not be signed off by the Board until its October meeting.", BODY),
             P("Our assessment is that we meet the Leadership and accountability standard (Standard 1) and the Listening "
               "to children and young people standard (Standard 4) in full, and we have rated both Green. We have rated "
               "Standard 2 (safe recruitment, induction, training and development) and Standard 3 (policies and "
               "procedures) Amber, and the enclosed narrative explains what we are doing about them.", BODY),
             P("If you have any questions about the return, please contact our Head of Tenancy Services.", BODY),
             P("Yours sincerely,", BODY), Spacer(1, 6 * mm),
             P("Chief Executive, Saltley Haven Homes", BODY),
             PageBreak(),
             P("Section 11 narrative 2020/21", H1),
             P("Standard 1: Leadership and accountability", H2),
             P("Safeguarding is at the heart of everything we do at Saltley Haven Homes. Our Board takes its "
               "safeguarding responsibilities extremely seriously and safeguarding is embedded across the organisation, "
               "from the front desk to the boardroom.", BODY),
             P("Our leaders champion a culture in which everyone knows safeguarding is their business. We have strong "
               "relationships with the Partnership and our partners, and we are proud of our commitment to keeping "
               "children safe in our homes and neighbourhoods.", BODY),
             P("Standard 2: Staff safe recruitment, induction, training and development", H2),
             P("All staff have a DBS check appropriate to their role. A file audit in June 2021 found that "
               "references were missing for 9 of the 40 staff appointed during the year, and HR has since introduced a "
               "start-date checklist that cannot be completed without both references.", BODY),
             P("Safeguarding training has been completed by 76% of tenancy and neighbourhood officers, the staff most likely "
               "to visit family homes. Our repairs contractors are not yet required to complete safeguarding training; this will "
               "be written into contracts when they are retendered in April 2022.", BODY),
             P("Standard 3: Safeguarding policies and procedures", H2),
             P("Our safeguarding policy was reviewed in November 2020 and links to the Partnership procedures. Staff "
               "made 58 referrals to children's services during the year. An internal audit in July 2021 found that "
               "in 12 of the 30 tenancy files where a concern had been raised there was no record of what action followed.", BODY),
             P("Our domestic abuse policy is still in draft and will go to the Board in December 2021 alongside our "
               "application for Domestic Abuse Housing Alliance accreditation.", BODY),
             P("Standard 4: Listening to children and young people", H2),
             P("Our Young Tenants' Voice group has 11 members aged 13 to 18 from across our estates. They ran a "
               "survey of 130 children on the Marsh Lane estate about where they felt unsafe, and the play area and "
               "footpath lighting were redesigned with them; the new area opened in June 2021.", BODY),
             P("Young people also told us that our anti-social behaviour letters frightened younger children in the "
               "household. Working with the group, we replaced the letters we send to families with a shorter version and "
               "a phone call from the neighbourhood officer first. Complaints about the process have fallen since.", BODY),
             P("Common questions", H2),
             P("<b>Q1 Example of another agency improving multi-agency practice.</b> Marrowby District Council invited us "
               "to its community safety tasking meeting, which means concerns about children in anti-social behaviour "
               "cases are now shared the same week.", BODY),
             P("<b>Q2 RAG self-rating.</b> See the covering letter.", BODY),
             P("<b>Q3 Commitment to partnership multi-agency training.</b> Neighbourhood officers attend Partnership "
               "courses on neglect and exploitation, and we advertise every Partnership course on our intranet.", BODY),
             P("<b>Q4 Impact of single/multi-agency training on practice.</b> After the Partnership neglect course, "
               "officers began recording home conditions using the neglect screening tool at tenancy visits.", BODY),
             P("<b>Q5 How the agency knows it has improved.</b> Through the file audit, training records and the "
               "Young Tenants' Voice group's feedback.", BODY),
             ]
    return pdf_bytes(story, title="Saltley Haven Homes Section 11 2020-21", author="Saltley Haven Homes")


# ---------------------------------------------------------------- 7. Youth justice service
# Style (reused from the list, own wording): ordinal standard names ("standard two") and a sentence
# giving last year's and this year's rating. Std 4 kept Amber "so the team does not become
# complacent" although the evidence is strong -> UNDER_RATED.

F7 = "g-coldharbour-youth-justice-service-s11-2021.docx"


@register(F7, G(
    ["Coldharbour Youth Justice Service", "Coldharbour YJS", "YJS"],
    "GGAA", "GGAG",
    {1: ["The YJS Management Board is chaired by the Director",
         "each Board member now leads on one of our priorities",
         "challenged the police about the number of children held overnight"],
     2: ["referral order panel volunteers are recruited through county HR",
         "every high-risk case now has a written formulation",
         "supervision is monthly and the quality is checked"],
     3: ["updated after a significant change in only 15",
         "protocol for children remanded is not yet signed",
         "rewrote our safeguarding and risk procedures in December 2020"],
     4: ["co-designed the intervention plan template we have used",
         "84% of children (61 of 73)",
         "attendance at appointments rose from 71% to 86%",
         "interview panels for all four case manager posts"]},
    kinds=("ok", "ok", "ok", "under")))
def build7():
    doc = new_doc("Coldharbour Youth Justice Service")
    para(doc, "Coldharbour Youth Justice Service", bold=True, size=16, color="5B2C6F")
    para(doc, "Section 11 return to the Coldharbour Safeguarding Children Partnership, 2020/21", bold=True)
    para(doc, "Written by the Head of Service, 21 September 2021", italic=True)
    para(doc, "This is my second Section 11 return as Head of Service. I have written it as an honest account of a "
              "year in which most of our work moved online and then back into the community. For each standard I "
              "give last year's rating and this year's.")

    heading(doc, "Standard one: leadership and accountability", 2)
    para(doc, "The YJS Management Board is chaired by the Director of Children's Services, and since the autumn the police, "
              "health, probation and education have all been represented by people who can commit resources. Following "
              "a development session, each Board member now leads on one of our priorities and reports on it in person.")
    para(doc, "The Board receives a safeguarding and risk report at every meeting. It has used it: in the winter the "
              "Board challenged the police about the number of children held overnight in custody, and a joint review with "
              "children's social care has since made local authority accommodation available on request.")
    para(doc, "Last year we rated standard one Amber. This year we rate it Green.", bold=True)

    heading(doc, "Standard two: staff safe recruitment, induction, training and development", 2)
    para(doc, "Staff and referral order panel volunteers are recruited through county HR with enhanced checks and two "
              "references, and the business support manager keeps the training and vetting record for the whole "
              "team.")
    para(doc, "The whole team completed trauma-informed practice training with the child and adolescent mental health "
              "service, and every high-risk case now has a written formulation that the case manager and clinician agree. "
              "Case manager supervision is monthly and the quality is checked by the operational manager through a "
              "quarterly dip sample.")
    para(doc, "Standard two was Green last year and remains Green this year.", bold=True)

    heading(doc, "Standard three: safeguarding policies and procedures", 2)
    para(doc, "We rewrote our safeguarding and risk procedures in December 2020 to match the national case management "
              "guidance. Our April 2021 audit of 25 cases found that safety and wellbeing plans were updated after a significant change in only 15 "
              "of them, which is not good enough, and team managers now sign off every plan after a change.")
    para(doc, "Our joint protocol for children remanded is not yet signed by children's social care, although it is "
              "being followed in practice.")
    para(doc, "Standard three was Amber last year and is still Amber.", bold=True)

    heading(doc, "Standard four: listening to children and young people", 2)
    para(doc, "Youth Voice Coldharbour, our participation group of nine young people, co-designed the intervention plan template we have used "
              "since January 2021, which is written to the child rather than about them. Young people sat on the interview panels for all four case manager posts "
              "filled this year.")
    para(doc, "At the end of their order, 84% of children (61 of 73) gave us feedback, and 91% of them said their "
              "worker listened to them. Children told us that appointments at the office clashed with school and felt "
              "like being in trouble, so we moved most appointments to youth centres after school; attendance at appointments rose from 71% to 86% "
              "between the first and last quarter of the year.")
    para(doc, "Last year we rated standard four Amber. I have kept it at Amber this year so that the team does not become "
              "complacent, although I believe this is some of our strongest work.", bold=True)

    heading(doc, "The Partnership's common questions", 2)
    para(doc, "Q1 Another agency improving multi-agency practice: ", bold=True)
    para(doc, "Coldharbour Constabulary now invites a YJS manager to every out-of-court disposal panel, so decisions "
              "about children are made with their history in view.")
    para(doc, "Q2 Our ratings: ", bold=True)
    para(doc, "Given at the end of each standard above.")
    para(doc, "Q3 Commitment to Partnership training: ", bold=True)
    para(doc, "Two of our staff are Partnership trainers for the exploitation course and all case managers attended it.")
    para(doc, "Q4 Impact of training on practice: ", bold=True)
    para(doc, "The trauma-informed training changed how we plan with children; see standard two.")
    para(doc, "Q5 How we know we have improved: ", bold=True)
    para(doc, "Case audits, the national performance indicators and what children tell us at the end of their order.")
    return docx_bytes(doc)


# ---------------------------------------------------------------- 8. Community sports trust
# Style (reused from the list, own layout): compliant / partially compliant / non-compliant scale with
# a key. Standard 4 (listening to children) is never covered -> MISSING_SECTION. Q4 answered "N/A".

F8 = "g-oakhurst-community-sports-trust-s11-2021.pdf"


@register(F8, G(
    ["Oakhurst Community Sports Trust", "OCST", "Oakhurst Sports Trust"],
    "GAG-", "GAG-",
    {1: ["appointed a safeguarding trustee in 2019",
         "welfare officers at each of our five sites",
         "annual safeguarding report to the trustees in May 2021"],
     2: ["all 26 paid coaches hold an enhanced DBS check",
         "39 of our 48 volunteer coaches",
         "references were not taken for volunteers"],
     3: ["reviewed in March 2021 with the county sports partnership",
         "Every concern is logged on an incident form",
         "all seven concerns raised in 2020/21"]},
    kinds=("ok", "ok", "ok", "nosection"), unanswered=("Q4",)))
def build8():
    GREENBAR = colors.HexColor("#1E7B34")
    HB = ParagraphStyle("hb", parent=H2, textColor=colors.white, spaceBefore=0, spaceAfter=0)

    def band(text):
        t = Table([[Paragraph(text, HB)]], colWidths=[170 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREENBAR),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [Spacer(1, 3 * mm), t, Spacer(1, 2 * mm)]

    def assess(word):
        return P(f"<b>Assessment:</b> {word}", BODY)

    story = [P("Oakhurst Community Sports Trust", H1),
             P("Registered charity - football, netball and multi-sport sessions at five sites across Oakhurst Magna "
               "and Fenwick Cross", BODY),
             P("Section 11 self-assessment 2020/21 for the Coldharbour Safeguarding Children Partnership. Completed by "
               "the Designated Safeguarding Officer and approved by the Chair of Trustees, 29 September 2021.", BODY),
             P("Key: Compliant = Green. Partially compliant = Amber. Non-compliant = Red.", H3)]
    story += band("Standard 1 - Leadership and accountability")
    story += [P("The board of trustees appointed a safeguarding trustee in 2019, who reports at every board meeting and "
                "attends the Partnership's voluntary sector forum. Our Operations Manager is the Designated Safeguarding "
                "Officer and has protected time for the role.", BODY),
              P("Club welfare officers at each of our five sites meet the Designated Safeguarding Officer monthly, and the "
                "DSO presented an annual safeguarding report to the trustees in May 2021, which led to the trustees "
                "funding a second welfare officer at our busiest site.", BODY),
              assess("Compliant")]
    story += band("Standard 2 - Staff safe recruitment, induction, training and development")
    story += [P("Our HR records show that all 26 paid coaches hold an enhanced DBS check with barred list check. Of our "
                "volunteers, 39 of our 48 volunteer coaches have completed the Safeguarding and Protecting Children course; "
                "the other nine have been booked on courses this autumn and do not coach unsupervised until then.", BODY),
              P("Before January 2021 references were not taken for volunteers, and we are now collecting references "
                "for existing volunteers as their DBS checks come up for renewal.", BODY),
              assess("Partially compliant")]
    story += band("Standard 3 - Safeguarding policies and procedures")
    story += [P("Our safeguarding policy was reviewed in March 2021 with the county sports partnership and follows the "
                "Partnership procedures. Photography, social media and changing room guidance are part of the policy and "
                "are shared with parents when children join.", BODY),
              P("Every concern is logged on an incident form and reviewed by the Designated Safeguarding Officer within 24 hours. "
                "We checked all seven concerns raised in 2020/21 and each had been passed to the children's services front "
                "door or handled correctly within the club.", BODY),
              assess("Compliant")]
    story += band("Partnership questions")
    story += [P("<b>Q1 Example of another agency improving multi-agency practice</b>", BODY),
              P("The county council's early help team ran a drop-in at our Oakhurst Magna site, which helped two families "
                "get support without a formal referral.", BODY),
              P("<b>Q2 RAG self-rating</b>", BODY),
              P("Standard 1 Compliant; Standard 2 Partially compliant; Standard 3 Compliant.", BODY),
              P("<b>Q3 Commitment to partnership multi-agency training</b>", BODY),
              P("Our DSO and welfare officers attended the Partnership's free voluntary sector training.", BODY),
              P("<b>Q4 Impact of single/multi-agency training on practice</b>", BODY),
              P("N/A", BODY),
              P("<b>Q5 How the agency knows it has improved</b>", BODY),
              P("The DSO's annual report and the trustees' review of incident forms.", BODY)]
    return pdf_bytes(story, title="OCST Section 11 2020-21", author="Oakhurst Community Sports Trust")


# ---------------------------------------------------------------- 9. Clinical commissioning group
# Style (reused from the list, own layout): sub-standards each rated, plus an overall rating per
# standard. Standard 3 is covered but carries no rating at all; the only rating word nearby is last
# year's (decoy) -> MISSING_RATING (evidence amber).

F9 = "g-nhs-coldharbour-ccg-s11-2021.docx"


@register(F9, G(
    ["NHS Coldharbour Clinical Commissioning Group", "NHS Coldharbour CCG", "Coldharbour CCG"],
    "GA-G", "GAAG",
    {1: ["Governing Body receives a safeguarding report at every meeting",
         "have direct access to the Accountable Officer",
         "written into every provider contract"],
     2: ["71 of the 96 practices",
         "uptake by named GPs was 55%",
         "all pre-employment checks had been completed"],
     3: ["has been extended to March 2022",
         "returned by 80 of the 96 practices",
         "submitted for 72% of initial conferences"],
     4: ["listening events with 60 young people",
         "shaped the new single point of access",
         "providers report on it every quarter"]},
    kinds=("ok", "ok", "norating", "ok")))
def build9():
    doc = new_doc("NHS Coldharbour CCG")
    para(doc, "NHS Coldharbour Clinical Commissioning Group", bold=True, size=16, color="005EB8")
    para(doc, "Section 11 audit 2020/21 - return to the Coldharbour Safeguarding Children Partnership", bold=True)
    para(doc, "Prepared by the Designated Nurse for Safeguarding Children; approved by the Director of Nursing and "
              "Quality, 24 September 2021.")
    para(doc, "Each standard is broken into the sub-standards we use for our own assurance. Each sub-standard is "
              "rated Red, Amber or Green and an overall rating is given for the standard.")

    def sub(code, title, text, rating=None):
        p = doc.add_paragraph()
        r = p.add_run(f"{code} {title}")
        r.bold = True
        if rating:
            p.add_run(f" - {rating}")
        para(doc, text)

    def overall(n, rating):
        para(doc, f"Overall rating, Standard {n}: {rating}", bold=True, color="005EB8")

    heading(doc, "Standard 1 - Leadership and accountability", 2)
    sub("1a", "Executive leadership", "The Director of Nursing and Quality is the executive lead, and the Governing Body receives a safeguarding report at every meeting. "
        "Members use the report to question providers' performance, and the minutes show those questions being followed up.", "Green")
    sub("1b", "Designated professionals", "The Designated Doctor and Designated Nurse are in post and have direct access to the Accountable Officer. "
        "Both sit on the Partnership's case review and learning groups.", "Green")
    sub("1c", "Assurance of commissioned services", "Safeguarding standards are written into every provider contract and are tested "
        "at quarterly contract quality meetings, where the Designated Nurse leads the discussion.", "Green")
    overall(1, "Green")

    heading(doc, "Standard 2 - Staff safe recruitment, induction, training and development", 2)
    sub("2a", "Safer recruitment (CCG staff)", "The commissioning support unit's HR audit of 2020/21 appointments found that "
        "all pre-employment checks had been completed before start dates.", "Green")
    sub("2b", "Training in primary care", "At 31 March 2021, 71 of the 96 practices had a safeguarding lead GP trained to level 3 "
        "within the last three years. Practices without a trained lead have been written to and offered places on the "
        "spring programme.", "Amber")
    sub("2c", "Supervision", "Quarterly safeguarding supervision was offered to every named GP, but uptake by named GPs was 55% over the year, "
        "mainly because of vaccination programme pressures.", "Amber")
    overall(2, "Amber")

    heading(doc, "Standard 3 - Safeguarding policies and procedures", 2)
    sub("3a", "CCG policy", "The CCG safeguarding children policy was due for review in April 2021 and has been extended to March 2022, "
        "when it will be replaced by the integrated care board's policy.")
    sub("3b", "Primary care assurance", "The annual practice safeguarding toolkit was returned by 80 of the 96 practices; the "
        "remaining 16 are being followed up by the named GP.")
    sub("3c", "Information sharing", "GP reports to child protection conferences were submitted for 72% of initial conferences, against "
        "the Partnership target of 90%. A new template is being tested with six practices.")
    para(doc, "In our 2019/20 return this standard was rated Green.", italic=True)

    heading(doc, "Standard 4 - Listening to children and young people", 2)
    sub("4a", "Shaping commissioning", "We commissioned Healthwatch Coldharbour to run listening events with 60 young people about "
        "emotional wellbeing services. What they told us about waiting and being passed between services shaped the new single point of access "
        "for children's mental health, which opened in April 2021.", "Green")
    sub("4b", "Voice of the child in providers", "Hearing the child's voice is a quality standard in provider contracts, "
        "and providers report on it every quarter with examples of changes made.", "Green")
    overall(4, "Green")

    heading(doc, "Common questions", 2)
    para(doc, "Q1 Example of another agency improving multi-agency practice", bold=True)
    para(doc, "The county council's front door added a health practitioner to its daily triage, which has reduced "
              "requests to GPs for information that health already holds.")
    para(doc, "Q2 RAG self-rating (summary)", bold=True)
    para(doc, "See the overall ratings under each standard.")
    para(doc, "Q3 Commitment to partnership multi-agency training", bold=True)
    para(doc, "The Designated Nurse chairs the Partnership's learning and development group, and the CCG funds GP places on "
              "Partnership courses.")
    para(doc, "Q4 Impact of single/multi-agency training on practice", bold=True)
    para(doc, "Practices that attended the Partnership's child protection conference training submitted reports more "
              "often than those that did not.")
    para(doc, "Q5 How the agency knows it has improved", bold=True)
    para(doc, "Contract quality reports, the practice toolkit and the annual safeguarding report to the Governing Body.")
    return docx_bytes(doc)


# ============================================================================= main

def extract_lines(name, data):
    if name.endswith(".pdf"):
        import pdfplumber
        lines = []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                lines.extend((page.extract_text() or "").split("\n"))
        return lines
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]

    def walk(tbl):
        for row in tbl.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
                for t in cell.tables:
                    walk(t)
    for t in d.tables:
        walk(t)
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_frags(name, data, gold):
    errs = []
    lines = [norm(l) for l in extract_lines(name, data)]
    whole = " ".join(lines)
    for std, frags in gold["evidence_must_include"].items():
        for f in frags:
            nf = norm(f)
            n = whole.count(nf)
            if n != 1:
                errs.append(f"{name}: std {std} fragment occurs {n} times: {f!r}")
            elif not any(nf in l for l in lines):
                errs.append(f"{name}: std {std} fragment not on one line: {f!r}")
            w = len(f.split())
            if not 3 <= w <= 10:
                errs.append(f"{name}: fragment has {w} words: {f!r}")
    for p in gold["personal_data"]:
        if norm(p) not in whole:
            errs.append(f"{name}: personal data not found: {p!r}")
    return errs


def main():
    check = "--check" in sys.argv
    errs = []
    import yaml
    for name, fn, gold in RETURNS:
        data = fn()
        data2 = fn()
        if data != data2:
            errs.append(f"{name}: not deterministic within one run")
        gy = gold_yaml(name, gold)
        parsed = yaml.safe_load(gy)
        if list(parsed.keys())[0] != "file" or parsed["evidence_must_include"] != gold["evidence_must_include"]:
            errs.append(f"{name}: gold yaml does not round-trip")
        errs.extend(check_frags(name, data, gold))
        if check:
            if (SUB / name).read_bytes() != data:
                errs.append(f"{name}: bytes differ from file on disk")
            if (GOLD / f"{name}.yml").read_text() != gy:
                errs.append(f"{name}: gold differs from file on disk")
        else:
            SUB.mkdir(exist_ok=True)
            GOLD.mkdir(exist_ok=True)
            (SUB / name).write_bytes(data)
            (GOLD / f"{name}.yml").write_text(gy)
    for e in errs:
        print("ERROR", e)
    print(f"{len(RETURNS)} returns, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
