#!/usr/bin/env python3
"""Writer k: Ashworth Fells Safeguarding Children Partnership - blind Section 11 corpus.

Builds nine synthetic Section 11 returns (5 .docx, 4 .pdf) in submissions/ and one gold
YAML per file in gold/.  Evidence fragments are marked in the source text as
«N:fragment» (N = standard number); the markers are stripped before rendering and the
stripped fragments become the gold `evidence_must_include`, so the two cannot drift.

    make_k.py           build everything (deterministic: same bytes every run)
    make_k.py --check   rebuild in memory, compare bytes + gold with disk, and check that
                        every fragment occurs exactly once in the extracted text, within one
                        pdfplumber line (PDF) or one paragraph / table cell (docx).
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")
MARK = re.compile(r"«(\d):(.*?)»")
FIXED_DT = datetime.datetime(2021, 9, 20, 9, 0, 0)
ZIP_DT = (2021, 9, 20, 9, 0, 0)

GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
RANK = {"red": 0, "amber": 1, "green": 2}


# --------------------------------------------------------------------------- core objects
class Ret:
    """One return: collects fragments as text passes through t()."""

    def __init__(self, fname, agency, meta):
        self.fname = fname
        self.agency = agency
        self.meta = meta
        self.frags = {}

    def t(self, s):
        def rep(m):
            self.frags.setdefault(m.group(1), []).append(m.group(2))
            return m.group(2)
        out = MARK.sub(rep, s)
        assert "«" not in out and "»" not in out, s
        return out


# --------------------------------------------------------------------------- docx helpers
def new_doc(title, author, font="Calibri", size=11):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(n))
    return out.getvalue()


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(d, text, bold=False, italic=False, style=None, size=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(d, label, text):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    return p


# --------------------------------------------------------------------------- pdf helpers
SS = getSampleStyleSheet()
BODY = ParagraphStyle("kbody", parent=SS["BodyText"], fontName="Helvetica", fontSize=10,
                      leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("ksmall", parent=BODY, fontSize=9, leading=12)
H1 = ParagraphStyle("kh1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19,
                    spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("kh2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                    spaceBefore=10, spaceAfter=5)
H3 = ParagraphStyle("kh3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                    spaceBefore=6, spaceAfter=3)
BUL = ParagraphStyle("kbul", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)


def px(s):
    """Escape for reportlab and turn **x** into bold."""
    s = escape(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def footer_fn(label):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, label)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()
    return fn


def pdf_simple(story, title, author, footer):
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author=author, subject="Section 11 self-assessment 2021",
                            creator="Microsoft Word", invariant=1)
    f = footer_fn(footer)
    doc.build(story, onFirstPage=f, onLaterPages=f)
    return b.getvalue()


# --------------------------------------------------------------------------- gold
def derive_gaps(meta):
    exp = {}
    for s in "1234":
        own, ev = meta["self"][s], meta["ev"][s]
        if own is None and ev is None:
            exp[s] = ["MISSING_SECTION"]
        elif own is None:
            exp[s] = ["MISSING_RATING"]
        elif RANK[own] > RANK[ev]:
            exp[s] = ["OVER_RATED"]
        elif RANK[own] < RANK[ev]:
            exp[s] = ["UNDER_RATED"]
    if not all(meta["cqa"].values()):
        exp["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return exp


def forbidden_for(gap):
    if gap is None:
        return list(GAPS)
    return {"OVER_RATED": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
            "UNDER_RATED": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
            "MISSING_SECTION": [],
            "MISSING_RATING": ["MISSING_SECTION"]}[gap]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(d):
    return "{" + ", ".join('%s: %s' % (q(k), "null" if v is None else v) for k, v in d.items()) + "}"


def gold_text(r):
    m = r.meta
    exp = derive_gaps(m)
    declared = m.get("gaps", {})
    assert exp == declared, (r.fname, exp, declared)
    L = []
    L.append("file: %s" % r.fname)
    L.append("agency: [%s]" % ", ".join(q(a) for a in r.agency))
    L.append("status: ok")
    L.append("error_code: null")
    L.append("framework: gscp-2021")
    L.append("self_ratings: %s" % flow(m["self"]))
    L.append("evidence_supports: %s" % flow(m["ev"]))
    L.append("evidence_must_include:")
    for s in "1234":
        fr = r.frags.get(s, [])
        L.append("  %s: [%s]" % (q(s), ", ".join(q(f) for f in fr)))
    if exp:
        L.append("gaps_expected: {%s}" % ", ".join(
            "%s: [%s]" % (q(k), ", ".join(v)) for k, v in exp.items()))
    else:
        L.append("gaps_expected: {}")
    L.append("gaps_forbidden:")
    for s in "1234":
        g = exp.get(s, [None])[0]
        L.append("  %s: [%s]" % (q(s), ", ".join(forbidden_for(g))))
    if all(m["cqa"].values()):
        L.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    L.append("personal_data: [%s]" % ", ".join(q(p) for p in m.get("pd", [])))
    L.append("late: %s" % ("true" if m.get("late") else "false"))
    L.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (k, "true" if v else "false") for k, v in m["cqa"].items()))
    return "\n".join(L) + "\n"


CQA_ALL = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}


# =========================================================================== 1. Constabulary
def build_constabulary():
    r = Ret("k-ashworth-fells-constabulary-s11-2021.docx",
            ["Ashworth Fells Constabulary", "Ashworth Fells Police", "AFP"],
            dict(self={"1": "green", "2": "amber", "3": "green", "4": "amber"},
                 ev={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
                 gaps={"3": ["OVER_RATED"]}, cqa=dict(CQA_ALL)))
    t = r.t
    d = new_doc("Section 11 Self-Assessment 2020-21", "R Oduya")
    d.add_heading("Section 11 Self-Assessment 2020/21", 0)
    para(d, "Ashworth Fells Constabulary", bold=True, size=14)
    label_para(d, "Return to: ", "Ashworth Fells Safeguarding Children Partnership (AFSCP)")
    label_para(d, "Prepared by: ", "Detective Superintendent Rachel Oduya, Head of Public Protection")
    label_para(d, "Chief officer sign-off: ", "Assistant Chief Constable Martin Greaves, Vulnerability and Public Protection portfolio")
    label_para(d, "Date of return: ", "27 September 2021")
    label_para(d, "Period covered: ", "1 April 2020 to 31 March 2021, with updates to August 2021 where stated")

    d.add_heading("About this return", 1)
    para(d, t("This return sets out how Ashworth Fells Constabulary discharges its duties under Section 11 of the Children Act 2004. It was compiled by the Public Protection Unit with contributions from the Force Vetting Unit, Learning and Development, Professional Standards and the three Local Policing Areas. The Force employs 2,140 officers, 1,310 police staff and 96 special constables."))
    para(d, "Each standard carries a star self-assessment. Our key is:")
    para(d, "★★★★  Green: arrangements are embedded and evidenced across the Force", style="List Bullet")
    para(d, "★★★☆  Amber: arrangements are in place but we have identified work still to do", style="List Bullet")
    para(d, "★★☆☆ or fewer  Red: significant gaps that need priority action", style="List Bullet")

    # ---- Standard 1
    d.add_heading("Standard 1: Leadership and accountability", 1)
    para(d, "Self-assessment: ★★★★", bold=True)
    d.add_heading("What we have in place", 2)
    para(d, t("Assistant Chief Constable Martin Greaves is the chief officer lead for child safeguarding and chairs the «1:Vulnerability Governance Board, which met six times» during 2020/21. The Board is attended by the heads of Public Protection, Local Policing, Crime, Custody and Professional Standards, and receives a quarterly performance pack covering child protection referrals, missing episodes, child exploitation flags and Public Protection Notices (PPNs)."))
    para(d, t("Detective Superintendent Rachel Oduya is the named strategic lead for the partnership and sits on the AFSCP Executive; the ACC attends the annual Safeguarding Summit. Force attendance at the Executive and its subgroups was 100% across the year, including the Child Exploitation and Learning and Improvement subgroups."))
    para(d, t("The Police and Crime Commissioner holds the Chief Constable to account through the quarterly Accountability Forum. Child safeguarding was a standing item at all four Forums in 2020/21."))
    para(d, t("Our internal quality assurance is led by the Public Protection Quality Assurance Team, which completed «1:14 thematic audits between April 2020 and March 2021». These included the voice of the child in domestic abuse PPNs (October 2020), police attendance at strategy discussions (January 2021) and the handling of online child sexual abuse referrals (March 2021). Each audit has an action plan that the Vulnerability Governance Board tracks to closure."))
    d.add_heading("Impact", 2)
    para(d, t("Following the January 2021 audit a duty Detective Sergeant rota was introduced, and «1:police attendance at strategy discussions rose from 81% to 96%» by the end of March 2021."))
    d.add_heading("What we still need to do", 2)
    para(d, t("Section 11 clauses in our commissioned services (custody healthcare and the independent custody visitors scheme) will be strengthened when the contracts are re-let in 2022."))

    # ---- Standard 2
    d.add_heading("Standard 2: Staff safe recruitment, induction, training and development", 1)
    para(d, "Self-assessment: ★★★☆", bold=True)
    d.add_heading("What we have in place", 2)
    para(d, t("All officers, staff, special constables and volunteers are vetted to the national vetting standard before appointment. The Force Vetting Unit cleared 412 new starters in 2020/21, with «2:no one starting before clearance was confirmed»."))
    para(d, t("Vetting renewals fell behind during the pandemic. At 31 March 2021 «2:187 vetting renewals were overdue», down from 260 in September 2020. A recovery plan with two temporary vetting officers aims to clear the backlog by December 2021."))
    para(d, t("The mandatory Vulnerability and Child Safeguarding e-learning had been completed by 88% of officers and 79% of police staff at 31 March 2021. In the Child Abuse Investigation Unit «2:34 of 38 detectives hold the specialist accreditation»; the other four are part way through the programme."))
    para(d, t("Case supervision for Public Protection staff is monthly and is recorded on the supervision log. A dip sample in February 2021 found that 72% of supervision records were up to date, so supervision recording is now a standing item at Detective Inspector performance meetings."))
    para(d, t("The Professional Standards Department manages allegations against officers and staff who work with children and liaises with the Local Authority Designated Officer (LADO). There were 19 referrals to the LADO in 2020/21, all made within one working day."))
    d.add_heading("Impact", 2)
    para(d, t("New officers now complete a child safeguarding day in their first month. Feedback from the March 2021 cohort showed that 91% felt confident to recognise child criminal exploitation, against 64% before the day."))
    d.add_heading("What we still need to do", 2)
    para(d, "Clear the vetting renewals backlog by December 2021.", style="List Bullet")
    para(d, "Raise police staff e-learning completion to 90% by March 2022.", style="List Bullet")
    para(d, "Bring supervision recording up to 90% by March 2022.", style="List Bullet")

    # ---- Standard 3 (OVER_RATED: four stars, evidence amber)
    d.add_heading("Standard 3: Safeguarding policies and procedures", 1)
    para(d, "Self-assessment: ★★★★", bold=True)
    d.add_heading("What we have in place", 2)
    para(d, t("The Force Child Protection Policy sets out the responsibilities of every officer and member of staff and remains fit for purpose. It was last reviewed in April 2018; «3:the scheduled review due in April 2020 was postponed» because of operational demands during the pandemic and has not yet been rescheduled."))
    para(d, t("Officers are aware of the AFSCP resolution and escalation policy and use it where needed."))
    para(d, t("We share information appropriately with partners in line with the MASH information sharing agreement, which the Force re-signed in July 2020."))
    para(d, t("A dip sample of 50 PPNs in November 2020 found that «3:only 29 of the 50 PPNs (58%)» recorded the child's views or demeanour, and that «3:12 had not been shared within 24 hours» with children's social care."))
    para(d, t("The Force missing children procedure has not yet been updated to reflect the partnership's 2020 missing from home and care protocol. The Force also has a child exploitation policy, which is available to all officers on the intranet."))
    d.add_heading("Impact", 2)
    para(d, t("We are confident that our policies and procedures are strong and that officers know how to use them."))
    d.add_heading("What we still need to do", 2)
    para(d, t("Complete the review of the Child Protection Policy and update the missing children procedure."))

    # ---- Standard 4
    d.add_heading("Standard 4: Listening to children and young people", 1)
    para(d, "Self-assessment: ★★★☆", bold=True)
    d.add_heading("What we have in place", 2)
    para(d, t("The Force Youth Independent Advisory Group (YIAG) brings together 16 young people aged 14 to 19 from across Ashworth Fells. It «4:met eight times during 2020/21, mostly online», supported by the Citizens in Policing team."))
    para(d, t("In November 2020 the YIAG reviewed our stop and search information for under-18s. They found it hard to read and rewrote it, and «4:the rewritten stop and search leaflet» was issued to all officers in February 2021."))
    para(d, t("Our You Said, We Did page on the Force website was launched in March 2021 to show young people what has changed because of their views. It has been viewed 1,240 times."))
    para(d, t("Officers are expected to record the voice of the child on every PPN. As the Standard 3 dip sample shows, this is not yet consistent, and it is a priority for the Public Protection Unit this year."))
    d.add_heading("What we still need to do", 2)
    para(d, t("We have not yet asked children who have been victims of crime about their experience of the investigation. «4:A survey with Victim Services is planned» for autumn 2021 and the YIAG will help to design it."))

    # ---- Common questions
    d.add_heading("Common questions", 1)
    d.add_heading("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", 2)
    para(d, "Ashworth Fells County Council's MASH introduced a daily 9.30am risk meeting in June 2020 to review overnight domestic abuse notifications. Police and social care now agree the response together, and the average time from notification to decision has fallen from three days to one.")
    d.add_heading("Q2. RAG self-rating against each standard", 2)
    para(d, "Standard 1, Leadership and accountability: ★★★★", style="List Bullet")
    para(d, "Standard 2, Staff safe recruitment, induction, training and development: ★★★☆", style="List Bullet")
    para(d, "Standard 3, Safeguarding policies and procedures: ★★★★", style="List Bullet")
    para(d, "Standard 4, Listening to children and young people: ★★★☆", style="List Bullet")
    d.add_heading("Q3. Commitment to the partnership's multi-agency training", 2)
    para(d, "The Force is fully committed to AFSCP training. 46 officers and staff attended AFSCP multi-agency courses in 2020/21, and two Public Protection detectives co-deliver the Child Exploitation course. Places are protected in duty rosters so that officers are not withdrawn on the day.")
    d.add_heading("Q4. Is single and multi-agency training having an impact on practice?", 2)
    para(d, "Yes. Three months after the AFSCP neglect course, 81% of police attendees said they had used the neglect toolkit in a live case, and Force neglect referrals with a completed toolkit rose from 12 to 47 a quarter.")
    d.add_heading("Q5. How do we know we have improved?", 2)
    para(d, "Through our audit programme, performance data and what partners tell us. Strategy discussion attendance is up, repeat missing episodes for children fell by 14% in 2020/21, and the MASH managers gave positive feedback on police decision making at the AFSCP Executive in May 2021.")
    return r, docx_bytes(d)


# =========================================================================== 2. County Council (one table)
GREEN_FILL = "00B050"
AMBER_FILL = "FFC000"


def build_council():
    r = Ret("k-ashworth-fells-county-council-childrens-services-s11-2021.docx",
            ["Ashworth Fells County Council Children's Services", "Ashworth Fells County Council", "AFCC"],
            dict(self={"1": "green", "2": "green", "3": "amber", "4": "green"},
                 ev={"1": "green", "2": "green", "3": "amber", "4": "green"},
                 gaps={}, cqa=dict(CQA_ALL),
                 pd=["Kacey-Lee Brannigan", "14/03/2012", "17 Fellside Terrace, Brackenmoor ZX4 7QP",
                     "999 482 7716", "Donna Brannigan", "07700 900417"]))
    t = r.t
    d = new_doc("Section 11 audit 2021 - Children's Services", "S Achebe", font="Arial", size=10)
    para(d, "Ashworth Fells County Council", bold=True, size=16)
    para(d, "Children's Services: Section 11 Audit 2021 (self-assessment for 2020/21)", bold=True, size=13)
    label_para(d, "Director of Children's Services: ", "Helen Marsh")
    label_para(d, "Completed by: ", "Simon Achebe, Head of Safeguarding and Quality Assurance")
    label_para(d, "Date: ", "29 September 2021")
    para(d, t("This return covers all of Children's Services, including early help, children's social care, the MASH, children in care and care leavers, and commissioning. It was agreed by the Children's Services Leadership Team on 21 September 2021."))
    para(d, "The RAG column is shaded to show our self-assessment for each standard: green means fully met, amber means partly met with actions, red means not met.", italic=True)

    rows = []
    rows.append(("1. Leadership and accountability", [
        "Helen Marsh, Director of Children's Services, is the statutory DCS and a member of the AFSCP Executive. Cllr Joan Petrie is Lead Member for Children's Services and receives a monthly safeguarding performance report.",
        "Political oversight: the Children's Scrutiny Committee considered safeguarding performance at four meetings in 2020/21, and «1:the Corporate Parenting Board met 10 times», including two meetings led by the Children in Care Council.",
        "The Children's Services Improvement Board, chaired by the Chief Executive, Marcus Lyle, oversees our improvement plan. «1:All 23 actions from the 2019 focused visit» were signed off as complete in February 2021.",
        "Commissioning: every contract for children's services (residential care, independent fostering, short breaks, advocacy and family support) contains a safeguarding schedule. The Commissioning Team completed «1:monitoring visits to 41 of 42 providers» in 2020/21; the last visit took place in April 2021.",
        "Quality assurance: our monthly case audit programme looked at 312 cases in 2020/21; 74% were graded good or better, compared with 61% in 2019/20. Findings go to the Improvement Board each quarter.",
    ], GREEN_FILL))
    rows.append(("2. Staff safe recruitment, induction, training and development", [
        "Safer recruitment: every recruiting manager completes safer recruitment training before sitting on a panel, and 148 managers are trained. An HR audit of 60 personnel files in December 2020 found «2:all 60 files held a verified enhanced DBS», a barred list check, two references and a full employment history.",
        "DBS checks are renewed every three years for staff in social care roles; 99% were in date on 31 March 2021.",
        "Induction: our Assessed and Supported Year in Employment programme supported 28 newly qualified social workers, all of whom completed the ten-day induction. Mandatory safeguarding training completion across Children's Services was 96%.",
        "Supervision: a «2:supervision audit in March 2021 found 93%» of social workers had received supervision within the four-weekly standard, up from 81% a year earlier.",
        "Allegations: the LADO service received 214 contacts in 2020/21 and «2:92% of LADO referrals were progressed within one working day». The LADO annual report went to the AFSCP Executive in July 2021.",
    ], GREEN_FILL))
    rows.append(("3. Safeguarding policies and procedures", [
        "Our staff work to the AFSCP online child protection procedures. Our own practice guidance was «3:reviewed and reissued in November 2020» and is linked from every procedure page.",
        "Escalation: our staff used the AFSCP resolution and escalation protocol 37 times in 2020/21; 31 cases were resolved at the first stage.",
        "The MASH received 11,406 contacts in 2020/21 and 94% had a decision within 24 hours.",
        "Where we fall short: our missing from home procedure and our exploitation procedure are not yet aligned, and «3:only 63% of return home interviews» were offered within 72 hours against our target of 90%. The refresh of the neglect strategy is six months behind schedule.",
        "Case example from the MASH audit (February 2021): Kacey-Lee Brannigan, date of birth 14/03/2012, of 17 Fellside Terrace, Brackenmoor ZX4 7QP (NHS number 999 482 7716), was referred three times in 2020 by her school because of concerns about neglect. Each contact was closed with advice to her mother, Donna Brannigan (07700 900417), and no agency saw the whole picture until the third referral.",
        "Following this audit the MASH introduced a «3:three contacts in twelve months trigger» for a multi-agency review, which has been applied to 58 children since March 2021.",
    ], AMBER_FILL))
    rows.append(("4. Listening to children and young people", [
        "Our Children in Care Council, Fells Voices, met monthly throughout the year, online during lockdowns. In January 2021 «4:members interviewed all three candidates» for the Head of Service for Children in Care post, and their scores counted towards the appointment.",
        "Every child aged eight or over who was subject to a child protection conference was offered an advocate; 71% took up the offer.",
        "Children sent «4:1,126 statements through the My Say app» in 2020/21, up from 644 the year before.",
        "We feed back to children through a quarterly You Said, We Did newsletter, and the Pledge to children in care was rewritten with Fells Voices in September 2020.",
        "Impact: «4:children's views were recorded in 91%» of the cases audited in 2020/21, up from 78% in 2019/20.",
    ], GREEN_FILL))
    rows.append(("Q1. Something another agency has done during 20/21 that improved multi-agency practice", [
        "The CCG's Named GP for safeguarding set up GP attendance at child protection conferences by video. GP reports to initial conferences rose from 38% to 71% over the year, and social workers tell us plans are better informed about health needs.",
    ], None))
    rows.append(("Q2. RAG self-rating against each standard", [
        "Our self-ratings are shown by the shading in the RAG column against each standard above.",
    ], None))
    rows.append(("Q3. Commitment to the partnership's multi-agency training", [
        "We fund 40% of the AFSCP training budget and provide two trainers for the neglect course. 212 of our staff attended AFSCP courses in 2020/21, and multi-agency training is part of every social worker's learning plan.",
    ], None))
    rows.append(("Q4. Whether single and multi-agency training is having an impact on practice", [
        "Yes. Case audits after the exploitation training showed that the exploitation screening tool was used in 88% of relevant cases, against 52% before the training. Social workers rate AFSCP courses 4.4 out of 5 on average.",
    ], None))
    rows.append(("Q5. How we know we have improved", [
        "Our audit grades have improved, supervision and LADO timeliness are up, and children tell us through Fells Voices and the My Say app that they feel listened to. We test this each quarter at the Improvement Board.",
    ], None))

    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    widths = [Cm(4.0), Cm(11.0), Cm(1.8)]
    hdr = tbl.rows[0].cells
    for i, h in enumerate(["Standard", "Our response", "RAG"]):
        hdr[i].text = ""
        run = hdr[i].paragraphs[0].add_run(h)
        run.bold = True
        hdr[i].width = widths[i]
        shade(hdr[i], "D9D9D9")
    for name, paras, fill in rows:
        cells = tbl.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(name).bold = True
        cells[1].text = ""
        first = True
        for ptxt in paras:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            p.add_run(t(ptxt))
            p.paragraph_format.space_after = Pt(4)
            first = False
        cells[2].text = ""
        if fill:
            shade(cells[2], fill)
        for i in range(3):
            cells[i].width = widths[i]
    para(d, "")
    para(d, "Signed: Helen Marsh, Director of Children's Services, 29 September 2021")
    return r, docx_bytes(d)


# =========================================================================== 3. Acute trust (met scale, PDF)
def build_acute():
    r = Ret("k-ashworth-fells-hospitals-nhs-foundation-trust-s11-2021.pdf",
            ["Ashworth Fells Hospitals NHS Foundation Trust", "Ashworth Fells Hospitals", "AFHFT"],
            dict(self={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
                 ev={"1": "green", "2": "green", "3": "amber", "4": "amber"},
                 gaps={"2": ["UNDER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
                 cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": False}))
    t = r.t
    S = []
    P = lambda s, st=BODY: S.append(Paragraph(px(t(s)), st))
    S.append(Paragraph("Ashworth Fells Hospitals NHS Foundation Trust", H1))
    S.append(Paragraph("Section 11 Children Act 2004: Self-Assessment 2020/21", H2))
    info = [["Executive lead", "Claire Whitfield, Chief Nurse"],
            ["Named Nurse, Safeguarding Children", "Paul Adeyemi"],
            ["Named Doctor, Safeguarding Children", "Dr Sunita Rao"],
            ["Named Midwife", "Jo Kettering"],
            ["Submitted to", "Ashworth Fells Safeguarding Children Partnership"],
            ["Date", "30 September 2021"]]
    tb = Table([[Paragraph(px(a), SMALL), Paragraph(px(b), SMALL)] for a, b in info],
               colWidths=[5.5 * cm, 11 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(tb)
    S.append(Spacer(1, 8))
    P("The Trust runs Ashworth Fells General Hospital and Brackenmoor Community Hospital, with a 24-hour emergency department, a paediatric ward and assessment unit, a neonatal unit and maternity services delivering around 4,100 births a year. This return was approved by the Safeguarding Committee on 14 September 2021.")
    S.append(Paragraph("How we rate ourselves", H3))
    P("We use the Trust's own assurance scale for each standard. **Fully met** is equivalent to Green. **Substantially met** and **Partially met** are both equivalent to Amber; Substantially met means only minor actions remain, Partially met means important actions remain. **Not met** is equivalent to Red.")

    S.append(Paragraph("Standard 1: Leadership and accountability", H2))
    S.append(Paragraph("<b>Assessment: Fully met</b>", BODY))
    P("Claire Whitfield, Chief Nurse, is the executive lead for safeguarding children and a member of the AFSCP Executive. The Safeguarding Committee meets every two months, is chaired by the Chief Nurse and «1:reports quarterly to the Quality and Safety Committee» of the Board. The Board received the safeguarding annual report on 22 July 2021.")
    P("All named professional posts are filled: Named Nurse, Named Doctor and Named Midwife, supported by a team of four safeguarding practitioners and a paediatric liaison nurse.")
    P("Internal assurance is strong. In «1:an internal audit by our auditors in February 2021» the Trust received substantial assurance on safeguarding governance, with two minor recommendations that were closed by May 2021.")
    P("Commissioning: «1:all 17 subcontracts include safeguarding requirements», including agency nursing, portering, the private patients unit and the outsourced patient transport service; compliance is checked at quarterly contract meetings.")

    S.append(Paragraph("Standard 2: Staff safe recruitment, induction, training and development", H2))
    S.append(Paragraph("<b>Assessment: Substantially met</b>", BODY))
    P("Safer recruitment: the Workforce team audited 120 recruitment files in January 2021 and found 100% «2:compliance with pre-employment checks, including enhanced DBS» with barred list checks for all regulated activity posts.")
    P("Training: at 31 March 2021 safeguarding children level 1 compliance was 98%, level 2 was 97%, and level 3 «2:compliance was 95% at 31 March 2021» against a target of 90% for the 1,460 staff who need it. Level 3 was moved online in May 2020 and has stayed above target every month since.")
    P("Safeguarding supervision: all 64 emergency department, paediatric and maternity staff who need it receive quarterly group supervision. An audit in May 2021 found 98% attendance, and staff rated the sessions 4.6 out of 5.")
    P("Impact: a «2:re-audit of emergency department records in June 2021» found that the question about children in the household was completed for 94% of adult attendances involving mental health or substance misuse, up from 62% in 2019. Referrals from the emergency department to children's social care rose by 31%, with the MASH judging 89% of them appropriate.")
    P("Allegations: six allegations were referred to the LADO in 2020/21, all within 24 hours, and all six are concluded.")
    P("We have chosen to say Substantially met rather than Fully met for this standard because we do not want to be complacent, and the pandemic has shown how quickly compliance can slip.")

    S.append(Paragraph("Standard 3: Safeguarding policies and procedures", H2))
    S.append(Paragraph("<b>Assessment: Partially met</b>", BODY))
    P("The Trust safeguarding children policy was «3:reviewed and ratified in October 2020» and refers staff to the AFSCP procedures for escalation and information sharing.")
    P("A Was Not Brought policy for children who miss outpatient appointments was launched in March 2021. The first audit shows it is «3:followed in only 48% of cases» where a child was not brought, and the Named Nurse is working with outpatient managers to improve this.")
    P("Information sharing: the emergency department sends electronic notifications to health visitors and school nurses for every attendance by a child. «3:A backlog of 340 notifications» built up in January 2021 during the second wave and was cleared by March.")
    P("There is no Trust procedure for child exploitation yet. It is being written with the CCG and is due in December 2021.")

    S.append(Paragraph("Standard 4: Listening to children and young people", H2))
    S.append(Paragraph("<b>Assessment: Substantially met</b>", BODY))
    P("Our Youth Forum of «4:11 young patients aged 12 to 18» met four times in 2020/21 and designed the new welcome pack for the adolescent bay on the children's ward.")
    P("Children and families give feedback through the Friends and Family Test and our Happy Faces cards: «4:1,804 responses were received in 2020/21» and 93% were positive. Themes are reported to the Patient Experience Group and displayed on the ward.")
    P("We do not yet routinely record the voice of the child in emergency department safeguarding referrals. «4:An audit in April 2021 found» that only 41% of referrals recorded what the child said or how they presented. A prompt is being added to the referral form in October 2021.")

    S.append(Paragraph("Partnership common questions", H2))
    S.append(Paragraph("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", H3))
    P("The County Council placed a health desk in the MASH from September 2020, staffed by CCG-funded nurses. Our safeguarding team now gets same-day advice on referrals, and repeat contacts about the same child have fallen.")
    S.append(Paragraph("Q2. RAG self-rating against each standard", H3))
    P("Standard 1 Fully met; Standard 2 Substantially met; Standard 3 Partially met; Standard 4 Substantially met.")
    S.append(Paragraph("Q3. Commitment to the partnership's multi-agency training", H3))
    P("The Trust supports the AFSCP training programme: 58 staff attended AFSCP courses in 2020/21 and the Named Doctor delivers the bruising in non-mobile babies session on the multi-agency course.")
    S.append(Paragraph("Q4. Is single and multi-agency training having an impact on practice?", H3))
    P("Yes. Following the non-mobile babies training, every bruised baby under six months seen in the emergency department in 2020/21 was referred under the AFSCP protocol (23 babies), against 15 of 19 in 2019/20.")
    S.append(Spacer(1, 10))
    P("Signed on behalf of the Trust: Claire Whitfield, Chief Nurse, 30 September 2021")
    return r, pdf_simple(S, "Section 11 self-assessment 2020-21", "Safeguarding Team",
                         "Ashworth Fells Hospitals NHS Foundation Trust - Section 11 return 2021")


# =========================================================================== 4. CCG (exec summary, docx)
def build_ccg():
    r = Ret("k-nhs-ashworth-fells-ccg-s11-2021.docx",
            ["NHS Ashworth Fells Clinical Commissioning Group", "Ashworth Fells CCG", "AFCCG"],
            dict(self={"1": "green", "2": "amber", "3": "green", "4": None},
                 ev={"1": "green", "2": "amber", "3": "green", "4": None},
                 gaps={"4": ["MISSING_SECTION"]}, cqa=dict(CQA_ALL)))
    t = r.t
    d = new_doc("CCG Section 11 self-assessment 2021", "F Lindqvist")
    d.add_heading("NHS Ashworth Fells Clinical Commissioning Group", 0)
    para(d, "Section 11 Self-Assessment for the Ashworth Fells Safeguarding Children Partnership, 2020/21", bold=True)
    label_para(d, "Accountable Officer: ", "Dr Neil Brereton")
    label_para(d, "Executive Lead for Safeguarding: ", "Angela Moss, Director of Nursing and Quality")
    label_para(d, "Designated Nurse for Safeguarding Children: ", "Fiona Lindqvist")
    label_para(d, "Designated Doctor for Safeguarding Children: ", "Dr Kwame Asante")
    label_para(d, "Date: ", "23 September 2021")

    d.add_heading("Executive summary", 1)
    para(d, t("The CCG commissions hospital, community, mental health and primary care services for a population of around 412,000, including 91,000 children. It holds the statutory duties of a safeguarding partner alongside the County Council and the Constabulary. Our self-assessment against the AFSCP standards is:"))
    para(d, "Leadership and accountability: Green", style="List Bullet")
    para(d, "Staff safe recruitment, induction, training and development: Amber", style="List Bullet")
    para(d, "Safeguarding policies and procedures: Green", style="List Bullet")
    para(d, t("The main pressure this year has been the redeployment of CCG staff to the COVID-19 vaccination programme, which slowed our training recovery. The detail behind each judgement follows, with the partnership's common questions at the end."))

    d.add_heading("Leadership and accountability", 1)
    para(d, t("Angela Moss, Director of Nursing and Quality, is the executive lead for safeguarding and represents the CCG on the AFSCP Executive. The Governing Body receives «1:a safeguarding report at every bi-monthly meeting», and the Quality and Performance Committee looks at the provider safeguarding dashboards each quarter."))
    para(d, t("All designated and named posts are filled: the Designated Nurse (full time), the Designated Doctor (four sessions a week), and the «1:Named GP for safeguarding (two sessions)», who leads safeguarding in the 44 GP practices."))
    para(d, t("Commissioning: the safeguarding schedule is included in every NHS Standard Contract we hold. Through our Safeguarding Assurance Framework «1:all five main providers submitted quarterly dashboards» throughout 2020/21, and the Designated Nurse attended each provider's safeguarding committee."))
    para(d, t("Our internal auditors reviewed safeguarding governance in March 2021 and gave significant assurance, with one low-priority recommendation about the Governing Body report template, which was completed in May 2021."))

    d.add_heading("Staff safe recruitment, induction, training and development", 1)
    para(d, t("CCG recruitment is run through the Commissioning Support Unit HR service. An audit of 25 personnel files in November 2020 found «2:one of the 25 files held only one reference»; the CSU process has been corrected and a re-audit is booked for November 2021. All posts are risk-assessed for DBS eligibility."))
    para(d, t("Training: level 1 safeguarding children training compliance is 98% and level 2 is 92%. For level 3, compliance was «2:only 76% against our 90% target», because many clinical staff were redeployed to the vaccination programme. A catch-up programme of six online sessions runs from September to December 2021."))
    para(d, t("Primary care: the Named GP delivered level 3 training to 212 practice staff, and «2:39 of 44 practices have a safeguarding lead» with in-date level 3 training; the remaining five practices have dates booked."))
    para(d, t("The designated professionals and the Named GP receive quarterly external safeguarding supervision. Our managing allegations policy was updated in June 2020; there were no allegations against CCG staff in 2020/21."))

    d.add_heading("Safeguarding policies and procedures", 1)
    para(d, t("The CCG Safeguarding Children Policy was «3:reviewed and approved by the Governing Body in May 2021». It links to the AFSCP procedures for escalation and information sharing, and the CCG used the escalation policy twice in 2020/21, both times resolved at the first stage."))
    para(d, t("A model GP practice safeguarding policy was issued in July 2020 and has been adopted by all 44 practices, which was confirmed by the Named GP's annual practice return in March 2021."))
    para(d, t("Information sharing: the CCG re-signed the AFSCP information sharing agreement in July 2020. GP contribution to child protection conferences has improved, with GP «3:reports for 87% of initial conferences» in the second half of the year."))
    para(d, t("Exploitation: in October 2020 the CCG commissioned a health pathway for children at risk of exploitation, run by the community trust. By March 2021 «3:58 young people had been seen» through the pathway and each had a health assessment shared with the Exploitation Panel."))

    d.add_heading("Common questions", 1)
    d.add_heading("1. Something another agency has done during 2020/21 that improved multi-agency practice", 2)
    para(d, "The Constabulary's decision to attend strategy discussions through a duty Detective Sergeant has made it much easier for health staff to join at short notice, and our Designated Nurse has seen decisions made in one meeting rather than two.")
    d.add_heading("2. RAG self-rating against each standard", 2)
    para(d, "Our ratings are summarised in the executive summary at the start of this return.")
    d.add_heading("3. Commitment to the partnership's multi-agency training", 2)
    para(d, "The CCG contributes to the AFSCP training budget and the Designated Nurse sits on the Learning and Improvement subgroup. GP practice staff are encouraged to attend AFSCP courses and 37 did so in 2020/21.")
    d.add_heading("4. Whether training is having an impact on practice", 2)
    para(d, "Yes. GP referrals to the MASH that the MASH judged appropriate rose from 71% to 86% after the Named GP's level 3 sessions, and more GP practices now send a report to conference.")
    d.add_heading("5. How we know we have improved", 2)
    para(d, "Through provider dashboards, our practice returns and the AFSCP multi-agency audits. The conference report rate and the quality of GP referrals are the clearest measures of improvement this year.")
    para(d, "")
    para(d, "Angela Moss, Director of Nursing and Quality, for and on behalf of NHS Ashworth Fells CCG")
    return r, docx_bytes(d)


# =========================================================================== 5. Community & MH trust (sidebar PDF)
SIDE = ParagraphStyle("kside", parent=BODY, fontSize=9, leading=12, spaceAfter=2,
                      textColor=colors.HexColor("#1F3864"))
SIDE_B = ParagraphStyle("ksideb", parent=SIDE, fontName="Helvetica-Bold", fontSize=10, leading=13)
SIDE_R = ParagraphStyle("ksider", parent=SIDE, fontName="Helvetica-Bold", fontSize=18, leading=24,
                        spaceAfter=8)


def build_cmht():
    r = Ret("k-ashworth-fells-community-and-mental-health-trust-s11-2021.pdf",
            ["Ashworth Fells Community and Mental Health NHS Trust",
             "Ashworth Fells Community and Mental Health Trust", "AFCMHT"],
            dict(self={"1": "amber", "2": "green", "3": "green", "4": "amber"},
                 ev={"1": "green", "2": "green", "3": "green", "4": "amber"},
                 gaps={"1": ["UNDER_RATED"]}, cqa=dict(CQA_ALL)))
    t = r.t
    W, Hh = A4
    side_x, side_w, top, bottom = 1.6 * cm, 4.6 * cm, Hh - 1.8 * cm, 2.0 * cm
    main_x = side_x + side_w + 0.8 * cm
    main_w = W - main_x - 1.8 * cm
    foot = footer_fn("Ashworth Fells Community and Mental Health NHS Trust - Section 11 self-assessment 2021")

    def std_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#DCE6F2"))
        canv.rect(side_x - 0.3 * cm, bottom - 0.2 * cm, side_w + 0.4 * cm, top - bottom + 0.4 * cm,
                  stroke=0, fill=1)
        canv.restoreState()
        foot(canv, doc)

    plain = PageTemplate(id="plain", frames=[Frame(2 * cm, bottom, W - 4 * cm, top - bottom, id="f")],
                         onPage=foot)
    std = PageTemplate(id="std", frames=[
        Frame(side_x, bottom, side_w, top - bottom, id="side", leftPadding=4, rightPadding=4),
        Frame(main_x, bottom, main_w, top - bottom, id="main")], onPage=std_page)
    b = io.BytesIO()
    doc = BaseDocTemplate(b, pagesize=A4, pageTemplates=[std, plain], title="Section 11 return 2021",
                          author="Safeguarding Service", subject="Section 11 self-assessment 2021",
                          creator="Microsoft Word", invariant=1)
    S = []
    P = lambda s, st=BODY: S.append(Paragraph(px(t(s)), st))
    cover = []
    S, cover = cover, S
    S.append(Paragraph("Ashworth Fells Community and Mental Health NHS Trust", H1))
    S.append(Paragraph("Section 11 self-assessment 2020/21 for the Ashworth Fells Safeguarding Children Partnership", H2))
    P("**Executive Director lead:** Mark Fenwick, Director of Nursing and Allied Health Professions")
    P("**Head of Safeguarding:** Lorna Briggs")
    P("**Named Nurse for Safeguarding Children:** Deepa Chauhan")
    P("**Date:** 28 September 2021")
    P("The Trust provides community health services for children and adults across Ashworth Fells, including health visiting, school nursing, the Child and Adolescent Mental Health Service (CAMHS), community paediatrics and adult mental health services. We employ 3,250 staff, of whom around 1,100 work directly with children.")
    P("Each standard has its own page. The shaded panel on the left of each page gives our rating for that standard, the lead, and when the evidence was last checked. The main column sets out our evidence. The partnership's common questions follow the four standards.")
    P("Ratings use the partnership's Red, Amber and Green scale.")
    S, cover = cover, S

    sides = {
        "1": ("Amber", "Mark Fenwick, Executive Director lead", "Evidence checked July 2021"),
        "2": ("Green", "Lorna Briggs, Head of Safeguarding, with Workforce", "Evidence checked August 2021"),
        "3": ("Green", "Deepa Chauhan, Named Nurse", "Evidence checked August 2021"),
        "4": ("Amber", "Dr Imran Qureshi, CAMHS Clinical Director", "Evidence checked June 2021"),
    }
    names = {"1": "Leadership and accountability",
             "2": "Staff safe recruitment, induction, training and development",
             "3": "Safeguarding policies and procedures",
             "4": "Listening to children and young people"}
    body = {
        "1": [
            "Mark Fenwick is the executive lead for safeguarding and Lorna Briggs is Head of Safeguarding; «1:both attended every AFSCP Executive meeting» in 2020/21, and the Trust chairs the partnership's Health Subgroup.",
            "The Safeguarding Committee, chaired by Mark Fenwick, met bi-monthly, «1:with all six meetings quorate». It reports to the Quality Committee, and the Board received a mid-year safeguarding report in December 2020 and the annual report in June 2021.",
            "Our internal «1:auditors gave substantial assurance in the January 2021» internal audit of safeguarding governance, with no recommendations. Safeguarding is on the Board Assurance Framework and the risk was reduced in March 2021.",
            "Every service has a named safeguarding link practitioner, and all subcontracted services (the out-of-hours CAMHS crisis line and two counselling providers) have safeguarding requirements in their contracts, checked at the quarterly contract reviews.",
            "Quality assurance: the safeguarding team audited 240 records across health visiting, school nursing and CAMHS in 2020/21, and 89% met the Trust standard. Actions from the two local child safeguarding practice reviews published in 2020 were all completed within their timescales.",
            "We have kept this standard at Amber so as not to be complacent, although we recognise that the evidence this year is strong.",
        ],
        "2": [
            "Safer recruitment: the Workforce team audited 80 personnel files for staff who work with children in October 2020 and found all 80 personnel files «2:fully compliant with safer recruitment checks». DBS renewals run every three years for these staff, and 98% are in date.",
            "Training: «2:compliance with level 3 safeguarding children training was 94%» against a 90% target at 31 March 2021, level 2 was 96% and level 1 was 97%. Every new starter completes the safeguarding induction in their first week.",
            "Supervision: health visitors, school nurses and CAMHS clinicians receive safeguarding supervision every three months. The March 2021 audit found that «2:97% of health visitors received supervision» on time, and 95% of school nurses.",
            "Allegations: nine allegations were referred to the LADO in 2020/21, all within one working day, and our allegations policy was reviewed in September 2020.",
            "Impact: after the supervision audit, health visitors recorded a clear plan for 92% of children on a child protection plan, up from 80% a year earlier.",
        ],
        "3": [
            "The Safeguarding Children Policy was updated in March 2021 and ratified by the Quality Committee. The Think Family procedure, which asks adult mental health staff about children in the household, was launched in September 2020 and «3:is used in 91% of adult assessments», based on the June 2021 audit.",
            "Information sharing: all safeguarding records are held on the shared clinical system, and the Trust re-signed the AFSCP information sharing agreement in July 2020. Health visitors receive an electronic notification of every emergency department attendance by a child under five.",
            "Was Not Brought: «3:our Was Not Brought procedure for CAMHS» appointments was rewritten in November 2020. A re-audit in May 2021 showed that 96% of missed appointments for children on a plan were followed up with the allocated social worker within two working days.",
            "Escalation: Trust staff used the AFSCP escalation policy 22 times; 20 were resolved at the first stage.",
            "Exploitation: the Trust delivers the CCG-funded exploitation health pathway, and «3:58 young people were seen through the pathway» between October 2020 and March 2021.",
        ],
        "4": [
            "CAMHS has a «4:Youth Participation Group of 14 young people» who use CAMHS. In 2020/21 they helped recruit two consultants and redesigned the CAMHS waiting room at Moorgate House.",
            "Health visiting and school nursing use a feedback text service, and 2,310 responses were received in 2020/21. The school nursing drop-in timetable was changed in January 2021 after «4:secondary pupils told us lunchtimes» were the only time they could attend.",
            "Where we need to improve: adult mental health services do not yet routinely hear from the children of parents they treat. An audit in April 2021 found that «4:only 34% of records noted» anything the child had said, and a young carers pathway is planned with the County Council for early 2022.",
            "We feed back to young people through the CAMHS newsletter and the You Said, We Did board in each clinic.",
        ],
    }
    for s in "1234":
        rating, lead, checked = sides[s]
        if s != "1":
            S.append(PageBreak())
        S.append(Paragraph("Standard %s" % s, SIDE))
        S.append(Spacer(1, 6))
        S.append(Paragraph("Our rating", SIDE_B))
        S.append(Paragraph(rating, SIDE_R))
        S.append(Paragraph("Lead", SIDE_B))
        S.append(Paragraph(px(lead), SIDE))
        S.append(Spacer(1, 6))
        S.append(Paragraph(px(checked), SIDE))
        S.append(FrameBreak())
        if s == "1":
            S.extend(cover)
        S.append(Paragraph("Standard %s: %s" % (s, names[s]), H2))
        for ptxt in body[s]:
            P(ptxt)
    S.append(NextPageTemplate("plain"))
    S.append(PageBreak())
    S.append(Paragraph("Partnership common questions", H2))
    qa = [
        ("Q1. Something another agency has done during 2020/21 that improved multi-agency practice",
         "The Youth Justice Service invited our CAMHS practitioners into its weekly planning meeting from October 2020. Young people in the youth justice system are now seen by CAMHS in an average of 11 days rather than 38."),
        ("Q2. RAG self-rating against each standard",
         "Standard 1 Amber; Standard 2 Green; Standard 3 Green; Standard 4 Amber. The reasons are given on each standard's page."),
        ("Q3. Commitment to the partnership's multi-agency training",
         "We are committed to the AFSCP programme: 96 Trust staff attended AFSCP courses in 2020/21, and our Named Nurse co-delivers the Think Family course. Attendance is recorded on the Trust learning system."),
        ("Q4. Whether single and multi-agency training is having an impact on practice",
         "Yes. The Think Family training was followed by a rise in adult mental health referrals to early help from 14 to 41 a quarter, and the audit quoted under Standard 3 shows the procedure is now used routinely."),
        ("Q5. How we know we have improved",
         "Our record audits, supervision audits and the feedback from young people in the Youth Participation Group. We compare each audit with the year before and report the change to the Safeguarding Committee."),
    ]
    for qh, qt in qa:
        S.append(Paragraph(px(qh), H3))
        P(qt)
    S.append(Spacer(1, 10))
    P("Signed: Mark Fenwick, Director of Nursing and Allied Health Professions, 28 September 2021")
    doc.build(S)
    return r, b.getvalue()


# =========================================================================== 6. District council (split standard 2)
def build_district():
    r = Ret("k-brackenmoor-district-council-s11-2021.docx",
            ["Brackenmoor District Council", "Brackenmoor Council", "BDC"],
            dict(self={"1": "green", "2": "amber", "3": "green", "4": "red"},
                 ev={"1": "green", "2": "amber", "3": "green", "4": "red"},
                 gaps={}, cqa=dict(CQA_ALL)))
    t = r.t
    d = new_doc("Section 11 self assessment", "P Sandhu", font="Arial", size=10.5)
    d.add_heading("Brackenmoor District Council", 0)
    para(d, "Section 11 self-assessment 2020/21 for the Ashworth Fells Safeguarding Children Partnership", bold=True)
    label_para(d, "Senior lead: ", "Gareth Holloway, Director of Communities")
    label_para(d, "Safeguarding lead officer: ", "Priya Sandhu, Community Safety and Safeguarding Manager")
    label_para(d, "Date: ", "21 September 2021")
    d.add_heading("Introduction", 1)
    para(d, t("Brackenmoor District Council is a district council within Ashworth Fells. Our contact with children and families comes mainly through housing and homelessness services, taxi and private hire licensing, our two leisure centres (run for us by Fellside Leisure Trust), environmental health, parks and play areas, and community safety. We employ 540 staff."))
    para(d, t("This return has been written by the Safeguarding Champions Group and agreed by the Corporate Management Team on 14 September 2021. We have organised it around the way our services work. We give a Green, Amber or Red rating at the end of each part."))

    d.add_heading("Who is accountable", 1)
    para(d, t("Gareth Holloway, Director of Communities, is the senior officer accountable for safeguarding and represents the Council at the AFSCP district councils forum. Priya Sandhu is the lead officer and the first point of contact for staff with a concern."))
    para(d, t("Cllr Dawn Etheridge, Portfolio Holder for Communities, is our member safeguarding champion. She arranged the «1:members safeguarding briefing on 3 March 2021», which was attended by 31 of our 39 councillors, and she reports to Cabinet on safeguarding twice a year."))
    para(d, t("The Corporate Management Team receives a quarterly safeguarding report. The Safeguarding Champions Group of «1:12 officers, one from each service», meets every two months and checks that actions from this return are carried out."))
    para(d, t("The leisure contract with Fellside Leisure Trust includes safeguarding standards. Our contract monitoring visit in July 2021 «1:found the Trust compliant on all eight standards», including lifeguard DBS checks and the lost child procedure."))
    para(d, t("Internal audit reviewed our safeguarding arrangements in November 2020 and gave reasonable assurance, with three recommendations, all of which were completed by June 2021."))
    para(d, "Our rating: Green", bold=True)

    d.add_heading("Recruitment and vetting", 1)
    para(d, t("Every post is assessed for DBS eligibility when it is created or changed. «2:86 posts require an enhanced DBS check», including housing options officers, the leisure liaison officer and community safety officers. All post-holders have a current check, and we renew these every three years."))
    para(d, t("Taxi and private hire licensing is our largest area of vetting. All 412 licensed drivers hold an enhanced DBS with a barred list check, and six-monthly checks through the DBS update service were introduced for drivers in April 2021."))
    para(d, t("Safer recruitment training is required for recruiting managers, but only 18 of our 27 recruiting managers had completed it at 31 March 2021; the remaining nine are booked on the November 2021 course."))

    d.add_heading("Our policies and procedures", 1)
    para(d, t("Our Safeguarding Children and Adults Policy was updated in February 2021 and «3:approved by Cabinet on 16 March 2021». It follows the AFSCP procedures and tells staff how to raise a concern with the MASH and how to escalate if they disagree with a decision."))
    para(d, t("Staff raised 54 safeguarding concerns with the MASH in 2020/21. In «3:an audit of 20 of these referrals» in May 2021, 19 had enough information for the MASH to make a decision first time, and the MASH confirmed that all 54 were appropriate referrals. Staff used the AFSCP escalation policy once, in December 2020, and the case was reopened."))
    para(d, t("The joint protocol with the County Council for homeless 16 and 17 year olds was «3:reviewed jointly with the County Council in January 2021», and since then every 16 or 17 year old who presented as homeless (23 young people) had a joint assessment with children's social care within ten working days. Our taxi licensing policy was strengthened in April 2021 to reflect the national standards on child sexual exploitation."))
    para(d, "Our rating: Green", bold=True)

    d.add_heading("Training and supervision", 1)
    para(d, t("Safeguarding e-learning is mandatory for every member of staff, and «2:completion was 81% at 31 March 2021». Staff in housing, community safety and licensing also attend the AFSCP introduction course."))
    para(d, t("Since September 2020 the corporate induction includes a safeguarding module and a meeting with the service's safeguarding champion. All 38 new starters since then have completed it."))
    para(d, t("Housing options officers have monthly supervision that includes safeguarding cases. Leisure, parks and environmental health staff do not have formal supervision that covers safeguarding, and «2:we will introduce quarterly safeguarding discussions» for these teams by March 2022."))
    para(d, t("Allegations against staff are managed by HR with advice from the LADO, who was consulted twice in 2020/21."))
    para(d, "Our rating for safe recruitment, induction, training and development: Amber", bold=True)

    d.add_heading("Hearing from children and young people", 1)
    para(d, t("We do not currently have a regular way of hearing from children and young people about our services. «4:The Brackenmoor Youth Council was disbanded in 2019» when its funding ended, and it has not been replaced."))
    para(d, t("The consultation with children on the redesign of the Castle Park play area, planned for spring 2020, was cancelled because of the pandemic, and the play area was redesigned without it."))
    para(d, t("In housing, we do not record the views of children in homeless households. When we reviewed 15 homelessness case files in May 2021, «4:none of the 15 files recorded» anything about what the children in the household wanted or how they were coping."))
    para(d, t("We know this is a serious gap. We have agreed with the County Council's participation team to set up a district youth forum by March 2022, and from October 2021 housing officers will be asked to record a conversation with any child aged eight or over in a homeless household. «4:No feedback has been given to children» on any council decision this year."))
    para(d, "Our rating: Red", bold=True)

    d.add_heading("The partnership's common questions", 1)
    para(d, "Q1. Something another agency has done during 2020/21 that improved multi-agency practice", bold=True)
    para(d, "The Constabulary's licensing team shared intelligence with our taxi licensing officers through a new monthly meeting from November 2020. This led to two licences being suspended quickly where there were concerns about drivers and children.")
    para(d, "Q2. RAG self-rating against each standard", bold=True)
    para(d, "Leadership and accountability Green; safe recruitment, induction, training and development Amber; policies and procedures Green; listening to children and young people Red.")
    para(d, "Q3. Commitment to the partnership's multi-agency training", bold=True)
    para(d, "We are committed to it. 24 of our staff attended AFSCP courses in 2020/21, and the taxi licensing team attended the child exploitation course together in February 2021.")
    para(d, "Q4. Whether single and multi-agency training is having an impact on practice", bold=True)
    para(d, "Partly. Staff who attended the AFSCP course made better referrals in our May 2021 audit, but the audit also showed that some staff who had only done the e-learning were unsure what to include.")
    para(d, "Q5. How we know we have improved", bold=True)
    para(d, "Internal audit, the referral audit and the monitoring of the leisure contract show improvement since 2019/20, when we had no member champion and no champions group. We know we still have to improve how we hear from children.")
    para(d, "")
    para(d, "Gareth Holloway, Director of Communities, 21 September 2021")
    return r, docx_bytes(d)


# =========================================================================== 7. Youth Justice Service (rating mid-paragraph)
def build_yjs():
    r = Ret("k-ashworth-fells-youth-justice-service-s11-2021.pdf",
            ["Ashworth Fells Youth Justice Service", "Ashworth Fells YJS", "AFYJS"],
            dict(self={"1": "amber", "2": "green", "3": None, "4": "green"},
                 ev={"1": "amber", "2": "green", "3": "amber", "4": "green"},
                 gaps={"3": ["MISSING_RATING"]}, cqa=dict(CQA_ALL)))
    t = r.t
    S = []
    P = lambda s, st=BODY: S.append(Paragraph(px(t(s)), st))
    S.append(Paragraph("Ashworth Fells Youth Justice Service", H1))
    S.append(Paragraph("Section 11 return to the Ashworth Fells Safeguarding Children Partnership, 2021", H2))
    P("Head of Service: Tom Ridley. Chair of the Youth Justice Management Board: Sarah Quinlan, Assistant Director for Early Help. Return completed by Beth Ndlovu, Practice Manager, and agreed by the Management Board on 16 September 2021. Date of return: 24 September 2021.")
    P("The Youth Justice Service (YJS) works with children aged 10 to 17 who have offended or are at risk of offending. In 2020/21 we worked with 186 children, 61 of them on court orders. The service has 24 staff, seconded officers from the police, probation and health, and nine volunteer referral order panel members.")
    P("We have written our return as a narrative for each standard. Our rating is given within the text, with the reasons for it.")

    S.append(Paragraph("Leadership and accountability", H2))
    P("The Youth Justice «1:Management Board, chaired by Sarah Quinlan, met quarterly» with the police, probation and the County Council represented at every meeting. The Youth Justice Plan for 2021/22 was approved by the Board on 17 June 2021 and sets out our safeguarding priorities, including exploitation and the over-representation of children in care.")
    P("Tom Ridley, as Head of Service, is the named lead for safeguarding and sits on the AFSCP Child Exploitation Subgroup. Our internal quality assurance «1:includes a case audit of 30 cases» in December 2020, which graded 70% of cases good or better and found that risk to the child was well understood in most cases.")
    P("The Board has not yet received a report on safeguarding outcomes for the children we work with, and «1:health and education attendance at Board was 50%» across the year. The Chair has written to the health and education leads about attendance, but the gaps in oversight remain, and for these reasons our rating is **Amber**; the actions are a safeguarding dashboard for the Board from October 2021 and a revised Board membership agreement by December 2021.")

    S.append(Paragraph("Staff safe recruitment, induction, training and development", H2))
    P("All 24 «2:staff and nine volunteers have an enhanced DBS check» with a barred list check, and all 33 DBS checks are in date. Recruitment follows the County Council's safer recruitment policy, and every interview panel includes a manager who has completed safer recruitment training.")
    P("«2:Every member of staff has completed level 3 safeguarding training», and all nine panel members completed the AFSCP introduction to safeguarding during their induction. New staff shadow a case manager for four weeks before holding cases.")
    P("Case managers receive monthly supervision with a safeguarding section, and our supervision audit in March 2021 «2:found 96% of sessions had taken place on time», with good quality reflection recorded in the sample we read. Allegations are managed through the County Council's procedure with the LADO; there were none in 2020/21. Taking all of this together we judge ourselves **Green** for this standard, and we will keep the audit cycle going so that it stays there.")

    S.append(Paragraph("Safeguarding policies and procedures", H2))
    P("YJS staff follow the AFSCP procedures and our own safeguarding procedure, which was updated in «3:September 2020 to include contextual safeguarding» and the partnership's exploitation screening tool. Every child is screened for exploitation at assessment and reviewed every three months.")
    P("In 2020/21 «3:41 children were referred to the Exploitation Panel» by YJS case managers, and the Panel agreed a plan for each of them. Information sharing with the police and children's social care is good, and the seconded police officer attends our daily briefing.")
    P("Where we still fall short is resettlement. When children come back from custody, the secure estate does not always send us their safeguarding information, and in «3:two of the five children released» from custody in 2020/21 we had no safeguarding plan from the establishment before release. In our 2019/20 return we rated this standard Amber. This year we have strengthened our exploitation screening, but the resettlement gap remains, and the action is to agree a resettlement protocol with the secure estate by December 2021.")

    S.append(Paragraph("Listening to children and young people", H2))
    P("Our Youth Voice panel of «4:eight young people who have worked» with the YJS met every month in 2020/21, most of the year by video. They rewrote our induction booklet for children starting an order and chose the new name for our drop-in, The Base.")
    P("At the end of every order children are asked to complete an «4:exit survey, and 88% of children completed» the exit survey in 2020/21. The survey results go to the Management Board each quarter, and the most common request, for evening appointments, led to two evening sessions a week from February 2021.")
    P("Every assessment records what the child says about their own situation, and the December 2020 audit found the child's view clearly recorded in 27 of 30 cases. Children are told what has changed through the You Said, We Did wall at The Base and the newsletter, and «4:two Youth Voice members presented» their work to the AFSCP Executive in May 2021. For these reasons our rating is **Green**; the action is to extend the panel to children on out-of-court disposals.")

    S.append(Paragraph("Common questions", H2))
    S.append(Paragraph("Something another agency has done during 2020/21 that improved multi-agency practice", H3))
    P("CAMHS joined our weekly planning meeting from October 2020. Children we work with are now seen by CAMHS within about two weeks, where it used to be more than a month.")
    S.append(Paragraph("RAG self-rating against each standard", H3))
    P("Our self-ratings are given in bold within each of the sections above, alongside the reasons for them.")
    S.append(Paragraph("Commitment to the partnership's multi-agency training", H3))
    P("The YJS is committed to AFSCP training: 19 staff attended AFSCP courses in 2020/21 and the Practice Manager co-delivers the contextual safeguarding session.")
    S.append(Paragraph("Whether single and multi-agency training is having an impact on practice", H3))
    P("Yes. After the contextual safeguarding training, case managers began mapping peer groups and places in their assessments, and this was seen in 22 of the 30 cases audited in December 2020.")
    S.append(Paragraph("How we know we have improved", H3))
    P("Our case audits, the exit survey and Board oversight of our performance. First-time entrants fell from 58 to 41 in 2020/21 and more children tell us they felt listened to.")
    return r, pdf_simple(S, "YJS Section 11 return 2021", "Ashworth Fells YJS",
                         "Ashworth Fells Youth Justice Service - Section 11 return 2021")


# =========================================================================== 8. Primary academy trust (Strong / Adequate / Weak)
def build_academy():
    r = Ret("k-fellgate-primary-academies-trust-s11-2021.pdf",
            ["Fellgate Primary Academies Trust", "Fellgate Trust", "FPAT"],
            dict(self={"1": "green", "2": "green", "3": "amber", "4": "green"},
                 ev={"1": "green", "2": "amber", "3": "amber", "4": "green"},
                 gaps={"2": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
                 cqa={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True}))
    t = r.t
    S = []
    P = lambda s, st=BODY: S.append(Paragraph(px(t(s)), st))
    S.append(Paragraph("Fellgate Primary Academies Trust", H1))
    S.append(Paragraph("Section 11 Self-Assessment 2020/21", H2))
    P("Chief Executive Officer: Andrew Pemberton. Trust Safeguarding Lead: Karen Doyle. Safeguarding Trustee: Revd Miriam Okafor. Date: 30 September 2021.")
    P("Fellgate Primary Academies Trust is a multi-academy trust of five primary academies in Brackenmoor and Ashworth, with 1,640 pupils and 238 staff. This self-assessment has been put together by the Trust Safeguarding Lead with the five Designated Safeguarding Leads (DSLs) and was shared with the Board of Trustees on 23 September 2021.")
    key = Table([[Paragraph("<b>Our judgement</b>", SMALL), Paragraph("<b>What it means</b>", SMALL)],
                 [Paragraph("Strong", SMALL), Paragraph("Equivalent to Green: the standard is met and we can show it", SMALL)],
                 [Paragraph("Adequate", SMALL), Paragraph("Equivalent to Amber: the standard is mostly met, with actions", SMALL)],
                 [Paragraph("Weak", SMALL), Paragraph("Equivalent to Red: the standard is not met", SMALL)]],
                colWidths=[3.5 * cm, 12.5 * cm])
    key.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED"))]))
    S.append(key)

    S.append(Paragraph("1. Leadership and accountability", H2))
    S.append(Paragraph("<b>Our judgement: Strong</b>", BODY))
    P("The Board of Trustees receives a safeguarding report from the Trust Safeguarding Lead every term. Revd Miriam Okafor is the safeguarding trustee and «1:the named safeguarding trustee visited all five» academies during 2020/21, four of them virtually, meeting each DSL and a group of pupils.")
    P("Each academy has a DSL and at least one deputy, and «1:all five DSLs completed refresher training» with the AFSCP in the autumn term 2020. The DSLs meet as a Trust network every half term, led by Karen Doyle.")
    P("Every academy completed the annual schools safeguarding audit for the partnership in March 2021. The Trust Safeguarding Lead «1:checked each return with the headteacher» and the local governing body safeguarding link before it was sent, and all five action plans are tracked by the Trust Board.")

    S.append(Paragraph("2. Staff safe recruitment, induction, training and development", H2))
    S.append(Paragraph("<b>Our judgement: Strong</b>", BODY))
    P("All staff are safely recruited and we are confident in our procedures. Headteachers are responsible for recruitment in their academy and follow the Trust recruitment policy.")
    P("Each academy keeps a single central record. «2:The last external audit of the single central record» was carried out in March 2019; the audit planned for summer 2020 did not take place and has not been rebooked.")
    P("Annual safeguarding training for staff usually takes place on the September INSET day. Because INSET days were lost during the pandemic, «2:63% of staff were up to date» with their annual safeguarding training in July 2021.")
    P("A Trust «2:induction checklist for new staff was introduced in 2020», but it is not yet in use at two academies. Headteachers know how to contact the LADO if there is an allegation against a member of staff.")

    S.append(Paragraph("3. Safeguarding policies and procedures", H2))
    S.append(Paragraph("<b>Our judgement: Adequate</b>", BODY))
    P("The Trust Child Protection Policy was «3:updated in September 2020 and adopted» by every local governing body, and each academy publishes it on its website. All five academies record concerns on the same electronic safeguarding system, which the Trust Safeguarding Lead can see.")
    P("DSLs made 73 referrals to the MASH in 2020/21. Two academies used the AFSCP escalation policy, both times successfully, and «3:the DSL network reviewed every escalation» at its next meeting.")
    P("Our procedure for children missing education is not yet consistent across the Trust. In a check of attendance records in June 2021, «3:two academies had not followed up a pupil» who had been absent for ten days without explanation. A single Trust procedure will be in place from November 2021.")

    S.append(Paragraph("4. Listening to children and young people", H2))
    S.append(Paragraph("<b>Our judgement: Strong</b>", BODY))
    P("Every academy has a school council, and the Trust ran a «4:pupil voice survey of 1,102 pupils» in Years 2 to 6 in May 2021. 91% said there was an adult in school they could talk to if they were worried.")
    P("Pupils from each school council «4:helped write the child-friendly safeguarding policy», which is now displayed in every classroom. Worry boxes are in every classroom, and DSLs read them daily.")
    P("We feed back to pupils in assemblies and through the school council minutes. After the survey, pupils asked for a quiet space, and «4:each academy opened a calm room at lunchtime» from June 2021.")

    S.append(Paragraph("Common questions", H2))
    S.append(Paragraph("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", H3))
    P("N/A")
    S.append(Paragraph("Q2. RAG self-rating against each standard", H3))
    P("Standard 1 Strong (Green), Standard 2 Strong (Green), Standard 3 Adequate (Amber), Standard 4 Strong (Green).")
    S.append(Paragraph("Q3. Commitment to the partnership's multi-agency training", H3))
    P("All DSLs attend AFSCP training, and the Trust releases DSLs for the termly AFSCP DSL forum. Eleven staff attended other AFSCP courses in 2020/21.")
    S.append(Paragraph("Q4. Whether single and multi-agency training is having an impact on practice", H3))
    P("Yes. After the AFSCP neglect training, DSLs used the neglect toolkit for 19 children, and referrals from our academies now include more detail about what the child has said.")
    S.append(Paragraph("Q5. How we know we have improved", H3))
    P("Through the annual schools safeguarding audit, the pupil voice survey and the termly reports to trustees.")
    return r, pdf_simple(S, "Section 11 self-assessment", "Fellgate Primary Academies Trust",
                         "Fellgate Primary Academies Trust - Section 11 2020/21")


# =========================================================================== 9. Children's hospice (letter, late)
def build_hospice():
    r = Ret("k-little-fells-childrens-hospice-s11-2021.docx",
            ["Little Fells Children's Hospice", "Little Fells", "LFCH"],
            dict(self={"1": "amber", "2": "amber", "3": "green", "4": "green"},
                 ev={"1": "amber", "2": "amber", "3": "green", "4": "green"},
                 gaps={}, cqa=dict(CQA_ALL), late=True))
    t = r.t
    d = new_doc("Section 11 letter", "J Mercer", font="Calibri", size=11)
    para(d, "Little Fells Children's Hospice", bold=True, size=16, align="right", space_after=0)
    para(d, "Moorgate Lane, Brackenmoor ZZ7 3HL", align="right", space_after=0)
    para(d, "Caring for children with life-limiting conditions and their families", italic=True, size=9, align="right")
    para(d, "15 October 2021")
    para(d, "Ms Alison Calloway\nPartnership Business Manager\nAshworth Fells Safeguarding Children Partnership")
    para(d, "Dear Ms Calloway,")
    para(d, "Section 11 self-assessment 2021", bold=True)
    L = lambda s: para(d, t(s), style="List Number")
    L("I am sorry that our return reaches you after the 30 September deadline. Our Head of Care, who usually pulls this together, was on leave for most of September and I wanted the trustees to see it before I sent it. I hope you will accept it in this letter form, as in previous years.")
    L("Little Fells cared for 84 children and young people with life-limiting conditions, and their families, in 2020/21, through our six-bed hospice, our hospice at home team and our family support service. We have 46 staff and around 120 volunteers. The hospice stayed open throughout the pandemic, although volunteers were stood down from March to August 2020.")
    L("I am the Chief Executive and also the Designated Safeguarding Lead, and our Head of Care, Sian Pritchard, is the deputy. «1:Our safeguarding trustee, Dr Colin Ashby», meets me every quarter and reports to each Board meeting; safeguarding is the first item on every Board agenda. The Board approved a new safeguarding strategy in November 2020. What we do not yet have is any independent check of our arrangements. «1:Our first external safeguarding audit is booked» for January 2022 with the hospice sector's regional network, and until then we are relying on our own checks. Our commissioning is small, but «1:both our contracted services, catering and cleaning», now have safeguarding clauses.")
    L("Every member of staff and every volunteer who has contact with children has an enhanced DBS with a barred list check; «2:all 120 volunteers were rechecked» before they returned in September 2020. Safeguarding training is 89% up to date for staff and 72% for volunteers, as the volunteer sessions were paused. Care staff normally have safeguarding supervision every two months, but «2:clinical supervision lapsed during the first lockdown» and only restarted in January 2021. We also need to bring our induction for volunteers into line with the staff induction, which «2:we expect to finish by March 2022».")
    L("Allegations are managed under our allegations policy, which follows the AFSCP procedure; I am the named manager and our safeguarding trustee oversees any case. There was one referral to the LADO in 2020/21, about a volunteer driver, which was made on the same day and concluded with no further action. We recruited 11 new care staff during the year, all through interview panels that included a trained safer recruitment panel member.")
    L("Our Safeguarding Children Policy was «3:reviewed by the trustees in June 2021» and follows the AFSCP procedures. We made four referrals to the MASH in 2020/21, and «3:each referral was followed up in writing» within 48 hours, as the procedures ask. When we disagreed with one decision in January 2021 we used the AFSCP escalation policy, and the case was reopened. Because many of our children are also known to the acute trust and community services, «3:we share our care plans with the named nurses» with the family's consent.")
    L("Many of our children do not use speech, so we work hard to hear them in other ways. Our play specialists use communication passports for every child, and «4:each child's passport was reviewed» with their family at least every six months. Siblings have their own group, which met online through lockdown; «4:the siblings group chose the new garden design», and the garden was built in June 2021. We tell children and families what we have done through our quarterly family newsletter, and «4:the Young People's Forum of seven teenagers» reviewed our website in March 2021. Parents tell us through our annual family survey whether they felt their child's wishes were respected; 47 families replied in 2021, and all but two said yes.")
    L("On your first common question, something another agency has done that improved multi-agency practice: the acute trust's palliative care team set up a joint weekly meeting with us in October 2020, which means that children moving between hospital and the hospice now arrive with an up-to-date care and safeguarding plan.")
    L("On the second, our own rating against the four standards: putting this together, I would put us at amber for the first two standards and green for the other two.")
    L("On our commitment to the partnership's multi-agency training: we are small, but we send at least two staff to every AFSCP course that is relevant, and eight staff attended in 2020/21.")
    L("On whether training is having an impact: yes. Since our nurses attended the AFSCP training on disabled children, they have raised two concerns about children's care at home that they told me they would not have recognised before.")
    L("On how we know we have improved: the trustees' quarterly reviews, feedback from families and the MASH's comments that our referrals are clear. We are not complacent, which is why we have booked the external audit.")
    para(d, "Thank you for your patience with this return. Please contact me if you need anything more.")
    para(d, "Yours sincerely,")
    para(d, "Janet Mercer")
    para(d, "Chief Executive and Designated Safeguarding Lead, Little Fells Children's Hospice")
    return r, docx_bytes(d)


# =========================================================================== build / check
BUILDERS = [build_constabulary, build_council, build_acute, build_ccg, build_cmht,
            build_district, build_yjs, build_academy, build_hospice]


def build_all():
    out = []
    for fn in BUILDERS:
        r, data = fn()
        out.append((r, data, gold_text(r)))
    return out


def units_docx(data):
    import docx as _d
    doc = _d.Document(io.BytesIO(data))
    units = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            units.append(_d.text.paragraph.Paragraph(el, doc).text)
        elif tag == "tbl":
            tbl = _d.table.Table(el, doc)
            for row in tbl.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    units.append(c.text)
    return units


def units_pdf(data):
    import pdfplumber
    units = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        npages = len(pdf.pages)
        for pg in pdf.pages:
            units.extend((pg.extract_text() or "").split("\n"))
    return units, npages


def check(built):
    errors = []
    for r, data, gtxt in built:
        fp = os.path.join(SUB, r.fname)
        gp = os.path.join(GOLD, r.fname + ".yml")
        if not os.path.exists(fp) or open(fp, "rb").read() != data:
            errors.append("%s: bytes differ from disk" % r.fname)
        if not os.path.exists(gp) or open(gp, encoding="utf-8").read() != gtxt:
            errors.append("%s: gold differs from disk" % r.fname)
        g = yaml.safe_load(gtxt)
        assert g["file"] == r.fname
        if r.fname.endswith(".pdf"):
            units, npages = units_pdf(data)
            if not 2 <= npages <= 5:
                errors.append("%s: %d pages" % (r.fname, npages))
        else:
            units = units_docx(data)
            words = sum(len(u.split()) for u in units)
            if words < 800:
                errors.append("%s: only %d words" % (r.fname, words))
        joined_nl = "\n".join(units)
        joined_sp = " ".join(" ".join(units).split())
        for s in "1234":
            fr = g["evidence_must_include"].get(s) or []
            if g["evidence_supports"][s] is None:
                if fr:
                    errors.append("%s: fragments for missing section %s" % (r.fname, s))
                continue
            if len(fr) != 3:
                errors.append("%s: std %s has %d fragments" % (r.fname, s, len(fr)))
            for f in fr:
                n = len(f.split())
                if not 3 <= n <= 10:
                    errors.append("%s: fragment %r has %d words" % (r.fname, f, n))
                in_units = sum(u.count(f) for u in units)
                if in_units != 1 or joined_nl.count(f) != 1 or joined_sp.count(" ".join(f.split())) != 1:
                    errors.append("%s: fragment %r: units=%d nl=%d sp=%d" % (
                        r.fname, f, in_units, joined_nl.count(f), joined_sp.count(f)))
        for pdstr in g["personal_data"]:
            if pdstr not in joined_nl:
                errors.append("%s: personal data %r not found" % (r.fname, pdstr))
    return errors


def main():
    built = build_all()
    if "--check" in sys.argv:
        again = build_all()
        for (a, da, ga), (b, db, gb) in zip(built, again):
            if da != db or ga != gb:
                print("NOT DETERMINISTIC:", a.fname)
                sys.exit(1)
        errs = check(built)
        for e in errs:
            print("FAIL", e)
        if errs:
            sys.exit(1)
        print("OK: %d files, bytes and gold match disk, all fragments occur exactly once" % len(built))
        return
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for r, data, gtxt in built:
        with open(os.path.join(SUB, r.fname), "wb") as f:
            f.write(data)
        with open(os.path.join(GOLD, r.fname + ".yml"), "w", encoding="utf-8") as f:
            f.write(gtxt)
        print("wrote", r.fname)


if __name__ == "__main__":
    main()
