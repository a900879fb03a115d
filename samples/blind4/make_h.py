#!/usr/bin/env python3
"""Blind set H: nine invented Section 11 returns to the Wrenmoor Safeguarding Children Partnership.

Usage:  make_h.py            write submissions/h-*.docx|pdf and gold/h-*.yml
        make_h.py --check    rebuild in memory, compare bytes, check gold fragments

Fragments for evidence_must_include are marked in the text as «N:fragment» and collected
automatically, so gold and document cannot drift apart.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.text import WD_COLOR_INDEX  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT  # noqa: F401
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table,
                                TableStyle, KeepTogether)

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

GREEN, AMBER, RED = "00B050", "FFC000", "C00000"
ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]

# --------------------------------------------------------------------------- fragments
FRAG_RE = re.compile(r"«(\d):(.*?)»")
_frags = {}


def mk(text):
    """Strip fragment markers, remember the fragments for the current document."""
    def rep(m):
        _frags.setdefault(m.group(1), []).append(m.group(2))
        return m.group(2)
    return FRAG_RE.sub(rep, text)


# --------------------------------------------------------------------------- docx helpers
FIXED = datetime.datetime(2021, 9, 24, 9, 0, 0)


def new_docx(title, author, when=FIXED):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Section 11"
    return d


def add_runs(p, text, bold=False, color=None, size=None, strike=False):
    """Add text with **bold** inline markup to paragraph p."""
    text = mk(text)
    parts = re.split(r"(\*\*.*?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = p.add_run(part)
        r.bold = b
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
        if strike:
            r.font.strike = True
    return p


def dpara(d, text="", bold=False, style=None, **kw):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, **kw)
    return p


def dhead(d, text, level=1):
    return d.add_heading(mk(text), level=level)


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 9, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def tracked_change(p, old, new, author, date, rid):
    """Append a tracked deletion of `old` and insertion of `new` to paragraph p."""
    de = OxmlElement("w:del")
    de.set(qn("w:id"), str(rid))
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    bb = OxmlElement("w:b")
    rpr.append(bb)
    r.append(rpr)
    dt = OxmlElement("w:delText")
    dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    dt.text = old
    r.append(dt)
    de.append(r)
    p._p.append(de)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(rid + 1))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = new
    r.append(t)
    ins.append(r)
    p._p.append(ins)


# --------------------------------------------------------------------------- pdf helpers
def styles(base=10):
    s = {}
    s["body"] = ParagraphStyle("body", fontName="DV", fontSize=base, leading=base * 1.35,
                               spaceAfter=5)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=base - 1.5,
                                leading=(base - 1.5) * 1.3)
    s["h1"] = ParagraphStyle("h1", fontName="DVB", fontSize=base + 6, leading=(base + 6) * 1.25,
                             spaceAfter=8)
    s["h2"] = ParagraphStyle("h2", fontName="DVB", fontSize=base + 2, leading=(base + 2) * 1.3,
                             spaceBefore=8, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", fontName="DVB", fontSize=base, leading=base * 1.3,
                             spaceBefore=4, spaceAfter=3)
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(text, st):
    t = esc(mk(text))
    t = re.sub(r"\*\*(.*?)\*\*", r"<b>\1</b>", t)
    return Paragraph(t, st)


def pdf_bytes(story, title, author, pagesize=A4, onpage=None, margins=(2.2 * cm,) * 4):
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=pagesize, title=title, author=author,
                            subject="Section 11 self-assessment 2020/21", creator="Microsoft Word",
                            invariant=1, leftMargin=margins[0], rightMargin=margins[1],
                            topMargin=margins[2], bottomMargin=margins[3])
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    return b.getvalue()


# --------------------------------------------------------------------------- gold
def ylist(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def yenum(xs):
    return "[" + ", ".join(xs) + "]"


def ymap(m, fn):
    return "{" + ", ".join('"%s": %s' % (k, fn(v)) for k, v in m.items()) + "}"


def gold_text(g):
    L = []
    L.append("file: %s" % g["file"])
    L.append("agency: %s" % ylist(g["agency"]))
    L.append("status: ok")
    L.append("error_code: null")
    L.append("framework: gscp-2021")
    L.append("self_ratings: %s" % ymap(g["self_ratings"], lambda v: "null" if v is None else v))
    L.append("evidence_supports: %s" % ymap(g["evidence_supports"],
                                            lambda v: "null" if v is None else v))
    L.append("evidence_must_include:")
    for k in sorted(g["evidence_must_include"]):
        L.append('  "%s": %s' % (k, ylist(g["evidence_must_include"][k])))
    if g["gaps_expected"]:
        L.append("gaps_expected:")
        for k, v in g["gaps_expected"].items():
            L.append('  %s: %s' % (json.dumps(k), yenum(v)))
    else:
        L.append("gaps_expected: {}")
    L.append("gaps_forbidden:")
    for k, v in g["gaps_forbidden"].items():
        L.append('  %s: %s' % (json.dumps(k), yenum(v)))
    L.append("personal_data: %s" % ylist(g["personal_data"]))
    L.append("late: %s" % ("true" if g["late"] else "false"))
    L.append("common_questions_answered: %s" % ymap(
        g["cq"], lambda v: "true" if v else "false"))
    return "\n".join(L) + "\n"


def make_gold(fname, agency, own, supports, planted, personal=(), late=False, cq=None):
    """planted: {"2": "UNDER_RATED"} etc.  Derives gaps_expected / gaps_forbidden."""
    cq = cq or {q: True for q in ("Q1", "Q2", "Q3", "Q4", "Q5")}
    exp, forb = {}, {}
    for k in ("1", "2", "3", "4"):
        pl = planted.get(k)
        if pl:
            exp[k] = [pl]
        if pl is None:
            forb[k] = list(ALL4)
        elif pl == "UNDER_RATED":
            forb[k] = ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif pl == "OVER_RATED":
            forb[k] = ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif pl == "MISSING_RATING":
            forb[k] = ["MISSING_SECTION"]
        elif pl == "MISSING_SECTION":
            forb[k] = []
    if all(cq.values()):
        forb["common"] = ["COMMON_QUESTION_UNANSWERED"]
    else:
        exp["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return {"file": fname, "agency": list(agency), "self_ratings": own,
            "evidence_supports": supports,
            "evidence_must_include": {k: list(v) for k, v in _frags.items()},
            "gaps_expected": exp, "gaps_forbidden": forb, "personal_data": list(personal),
            "late": late, "cq": cq}


def R(a, b, c, d):
    return {"1": a, "2": b, "3": c, "4": d}


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =========================================================================== H1 constabulary
@doc
def h_constabulary():
    """PDF. Ratings only in the covering letter on page 1; body never repeats them.
    Standard 2 held at Amber 'so nobody reads it as a job finished' although evidence is strong."""
    fname = "h-wrenmoor-constabulary-s11-2021.pdf"
    s = styles(10)
    st = []
    st += [P("Wrenmoor Constabulary", s["h1"]),
           P("Public Protection Command, Force Headquarters, Ravel Lane, Marrowby WZ2 1AA", s["small"]),
           Spacer(1, 10),
           P("24 September 2021", s["body"]),
           P("Business Manager, Wrenmoor Safeguarding Children Partnership, County Hall, Stenfold WZ1 3PB",
             s["body"]),
           Spacer(1, 6),
           P("Dear Business Manager,", s["body"]),
           P("**Section 11 self-assessment 2020/21**", s["body"]),
           P("Please find enclosed the Constabulary's Section 11 return for 2020/21. It has been "
             "read and agreed by the Chief Officer Group. Our self-assessment against the "
             "partnership's four standards is:", s["body"]),
           P("Leadership and accountability \u2013 Green", s["body"]),
           P("Staff safe recruitment, induction, training and development \u2013 Amber", s["body"]),
           P("Safeguarding policies and procedures \u2013 Green", s["body"]),
           P("Listening to children and young people \u2013 Amber", s["body"]),
           P("I should explain the Amber for recruitment and training. The evidence we set out "
             "is the strongest we have had, but the Chief Officer Group asked that we hold it at "
             "Amber for a further year so that nobody reads the rating as a job finished while "
             "vetting demand keeps growing.", s["body"]),
           P("The rest of this return sets out our evidence standard by standard and answers the "
             "five common questions. I have not repeated the ratings in the body of the return.",
             s["body"]),
           Spacer(1, 6),
           P("Yours sincerely,", s["body"]),
           P("Detective Superintendent Corin Ashdale", s["body"]),
           P("Head of Public Protection, Wrenmoor Constabulary", s["body"]),
           PageBreak()]
    st += [P("Section 1. Leadership and accountability", s["h2"]),
           P("The Deputy Chief Constable «1:chairs the Public Protection Board» and is the chief "
             "officer lead for child safeguarding; the Board reports to the Chief Officer Group.",
             s["body"]),
           P("The Head of Public Protection has «1:attended every executive meeting this year» "
             "and sits on two of the partnership's sub-groups.", s["body"]),
           P("Child safeguarding is a standing item in the force's quarterly performance "
             "reviews, and «1:each district commander answers for» the child protection "
             "outcomes in their area.", s["body"]),
           P("Learning from the two rapid reviews this year was taken to the Board by the "
             "officers who were involved, not by a staff officer, and the actions are tracked to "
             "completion there.", s["body"]),
           P("Section 2. Staff safe recruitment, induction, training and development", s["h2"]),
           P("A dip-sample «2:audit of 412 vetting files in March 2021» found every file "
             "complete, with no expired clearances.", s["body"]),
           P("By 31 March 2021, 96% of officers and staff («2:2,318 of 2,415») had completed "
             "the level 2 safeguarding children module.", s["body"]),
           P("An audit of 60 child referrals made after the training showed the child's voice "
             "recorded in 88% of them, «2:up from 61% a year earlier».", s["body"]),
           P("Our «2:induction tracker showed full compliance» for all three intakes of new "
             "starters, who complete safeguarding induction within four weeks.", s["body"]),
           P("Section 3. Safeguarding policies and procedures", s["h2"]),
           P("All public protection policies were reviewed during 2020 against the partnership "
             "procedures and are published on the force intranet.", s["body"]),
           P("Our missing children policy was «3:rewritten with the exploitation sub-group» of "
             "the partnership and relaunched in November 2020.", s["body"]),
           P("School notifications are «3:checked monthly by the central referral unit» after "
             "every domestic abuse incident, and compliance runs at 98%.", s["body"]),
           P("Section 4. Listening to children and young people", s["h2"]),
           P("Of 34 young people surveyed, «4:21 said the officer explained» what would happen "
             "next after they entered the youth diversion scheme.", s["body"]),
           P("We do not yet record children's views consistently in custody, and an audit in "
             "June 2021 found them written down in «4:only 9 of 25 cases».", s["body"]),
           P("«4:A youth advisory group is planned» for the autumn but has not yet met.",
             s["body"]),
           P("Common questions", s["h2"]),
           P("Q1. Example of another agency improving multi-agency practice", s["h3"]),
           P("Children's social care introduced a daily strategy discussion slot in January "
             "2021. Our officers now join a strategy discussion the same day instead of waiting "
             "up to three days, and joint visits are planned while the child is still at school.",
             s["body"]),
           P("Q2. RAG self-rating", s["h3"]),
           P("Please see the covering letter on page 1.", s["body"]),
           P("Q3. Commitment to partnership multi-agency training", s["h3"]),
           P("We released 146 officers and staff to partnership courses this year and provided "
             "two trainers for the neglect and exploitation programmes.", s["body"]),
           P("Q4. Impact of single and multi-agency training on practice", s["h3"]),
           P("After the neglect course, referrals from response officers began to describe the "
             "home conditions and the child's presentation rather than simply recording a "
             "concern.", s["body"]),
           P("Q5. How the agency knows it has improved", s["h3"]),
           P("The quarterly audit programme, feedback from the partnership's multi-agency audits "
             "and the HMICFRS child protection re-inspection all show better recording of the "
             "child's lived experience.", s["body"])]
    data = pdf_bytes(st, "Section 11 return 2020/21", "Wrenmoor Constabulary")
    g = make_gold(fname, ["Wrenmoor Constabulary", "Wrenmoor Police"],
                  R("green", "amber", "green", "amber"), R("green", "green", "green", "amber"),
                  {"2": "UNDER_RATED"})
    return fname, data, g


# =========================================================================== H2 county council
@doc
def h_county_council():
    """DOCX with tracked changes: Std 2 Green deleted -> Amber inserted; Std 4 Amber deleted ->
    Green inserted.  The inserted rating counts."""
    fname = "h-wrenmoor-county-council-childrens-services-s11-2021.docx"
    d = new_docx("Section 11 return 2020/21", "Children's Services Performance Team")
    dhead(d, "Wrenmoor County Council \u2013 Children's Services", 0)
    dpara(d, "Section 11 self-assessment 2020/21 for the Wrenmoor Safeguarding Children "
             "Partnership. Draft revised after the internal assurance panel on 16 September 2021; "
             "changes are shown with tracked changes for the partnership's information.")
    rid = [100]
    who, when = "Assurance Panel", "2021-09-16T14:00:00Z"

    def rating(text, old=None, new=None):
        p = dpara(d, "Self-rating: ", bold=True)
        if old:
            tracked_change(p, old, new, who, when, rid[0])
            rid[0] += 2
        else:
            r = p.add_run(text)
            r.bold = True

    dhead(d, "Standard 1: Leadership and accountability", 1)
    dpara(d, "The Director of Children's Services and the «1:Lead Member for Children meet "
             "monthly» to review safeguarding performance and the quality of practice.")
    dpara(d, "The Corporate Safeguarding Group, «1:chaired by the Chief Executive», brings "
             "every directorate together and holds each one to account for its own safeguarding "
             "plan.")
    dpara(d, "Learning from local reviews is presented to the Group by the practitioners "
             "involved, and scrutiny committee members visit front-line teams through the year.")
    rating("Green")

    dhead(d, "Standard 2: Staff safe recruitment, induction, training and development", 1)
    dpara(d, "Safer recruitment checks were complete for 94% of the 187 appointments audited in "
             "February 2021; the gaps were «2:missing second references for agency social "
             "workers».")
    dpara(d, "Level 3 training completion among social workers stands at 81%, «2:below our 95% "
             "target», because courses were paused for five months.")
    dpara(d, "Supervision audits found «2:72% of supervision records» met the practice standard, "
             "and a new supervision template is being piloted in two teams.")
    rating(None, "Green", "Amber")

    dhead(d, "Standard 3: Safeguarding policies and procedures", 1)
    dpara(d, "The threshold document was refreshed with partners in October 2020 and is used at "
             "the front door every day.")
    dpara(d, "A multi-agency audit of 40 contacts found the threshold «3:correctly applied in "
             "31» of them.")
    dpara(d, "Our procedures for children placed out of county «3:have not been updated since "
             "2018» and their review is now overdue.")
    rating("Amber")

    dhead(d, "Standard 4: Listening to children and young people", 1)
    dpara(d, "The Children in Care Council met 11 times and its members «4:sat on interview "
             "panels for two service managers».")
    dpara(d, "Following the Council's 'Lost in Care' report, every child moving placement now "
             "«4:receives a welcome pack they designed».")
    dpara(d, "Advocacy take-up «4:rose from 38% to 67%» among children subject to child "
             "protection conferences.")
    rating(None, "Amber", "Green")

    dhead(d, "Common questions", 1)
    dpara(d, "Q1 \u2013 Example of another agency improving multi-agency practice", bold=True)
    dpara(d, "Wrenmoor Community Health's school nursing team now attends every initial child "
             "protection conference in person, which has improved the health information "
             "available to conference chairs.")
    dpara(d, "Q2 \u2013 RAG self-rating", bold=True)
    dpara(d, "As recorded against each standard above, after the assurance panel's revisions.")
    dpara(d, "Q3 \u2013 Commitment to partnership multi-agency training", bold=True)
    dpara(d, "We host the partnership's training coordinator and provide venues and trainers "
             "for the neglect and child exploitation courses.")
    dpara(d, "Q4 \u2013 Impact of training on practice", bold=True)
    dpara(d, "Audits after the neglect toolkit training found the toolkit used in most neglect "
             "assessments, and plans became more specific about what must change for the child.")
    dpara(d, "Q5 \u2013 How we know we have improved", bold=True)
    dpara(d, "Monthly practice audits, the children's feedback collected by our advocates and "
             "the partnership's dataset all show steady improvement.")
    dpara(d, "Signed: Director of Children's Services, Wrenmoor County Council, 27 September 2021")
    data = docx_bytes(d)
    g = make_gold(fname, ["Wrenmoor County Council Children's Services", "Wrenmoor County Council"],
                  R("green", "amber", "amber", "green"), R("green", "amber", "amber", "green"), {})
    return fname, data, g


# =========================================================================== H3 community health
@doc
def h_community_health():
    """DOCX. Ofsted-like judgement words mapped to RAG.  Child's personal data in a case
    example (Std 3).  Std 4 'Requires improvement' to avoid complacency although evidence is
    strong -> UNDER_RATED."""
    fname = "h-wrenmoor-community-health-nhs-trust-s11-2021.docx"
    d = new_docx("Section 11 Self-Assessment 2020-21", "Safeguarding Team")
    dhead(d, "Wrenmoor Community Health NHS Trust", 0)
    dpara(d, "Section 11 (Children Act 2004) self-assessment 2020-21, submitted to the Wrenmoor "
             "Safeguarding Children Partnership on 28 September 2021.")
    dhead(d, "Part A \u2013 How we have judged ourselves", 1)
    dpara(d, "The Trust uses the same judgement words for this return as for its internal "
             "quality reviews. For the partnership's scale, **Good** means the standard is fully "
             "met (Green), **Requires improvement** means it is partially met (Amber) and "
             "**Inadequate** means it is not met (Red).")
    dhead(d, "Part B \u2013 The four standards", 1)

    dhead(d, "Leadership and accountability", 2)
    dpara(d, "The Chief Nurse is the executive lead for safeguarding and «1:reports to the "
             "Trust Board twice a year» on safeguarding children, with exception reports in "
             "between.")
    dpara(d, "The Safeguarding Assurance Committee, «1:chaired by a non-executive director», "
             "scrutinises performance, serious incidents and learning from reviews.")
    dpara(d, "Named professionals for children work within every care group, so accountability "
             "runs from the ward and the school nursing team to the Board without gaps.")
    dpara(d, "Judgement: Good", bold=True)

    dhead(d, "Safe recruitment, induction, training and development", 2)
    dpara(d, "Level 3 safeguarding children training compliance was 79% in March 2021 against a "
             "90% target; health visiting reached 93% but the «2:community nursing teams reached "
             "only 61%».")
    dpara(d, "Safeguarding supervision was «2:suspended for eight weeks» during the first "
             "lockdown while staff were redeployed, and has since been restored.")
    dpara(d, "Recruitment checks are managed by the shared HR service; a sample of 50 files in "
             "December 2020 found «2:four without a recorded risk assessment» for a delayed DBS "
             "result.")
    dpara(d, "Judgement: Requires improvement", bold=True)

    dhead(d, "Safeguarding policies and procedures", 2)
    dpara(d, "The Trust's safeguarding children policy and the Was Not Brought policy were "
             "reviewed in 2020 and «3:align with the partnership procedures».")
    dpara(d, "An «3:audit of 120 missed appointments» in February 2021 found that the policy had "
             "been followed in 112 of them.")
    dpara(d, "Case example. Kaylen Drewitt (DOB 14/03/2012), of 17 Larchwood Rise, Stenfold "
             "WZ7 4QX, NHS number 999 482 1637, was not brought to three audiology "
             "appointments. Following the policy, the school nurse rang his mother, Shannon "
             "Drewitt, on 07700 900312, arranged a home visit and shared the concern with his "
             "GP and school. The appointments were then kept and a hearing aid was fitted.")
    dpara(d, "Staff say the «3:safeguarding advice line answers within the hour», and the advice "
             "given is recorded in the child's record.")
    dpara(d, "Judgement: Good", bold=True)

    dhead(d, "Listening to children and young people", 2)
    dpara(d, "Our Young Health Champions, 18 young people aged 12 to 17, reviewed the sexual "
             "health clinic, which now «4:opens until 7pm on Thursdays» at their request.")
    dpara(d, "A survey of 212 children using school nursing in May 2021 «4:found 91% felt "
             "listened to».")
    dpara(d, "An audit of 80 child records in July 2021 found the child's own words «4:recorded "
             "in 74, up from 49» in 2019-20.")
    dpara(d, "The Champions also co-wrote the new school nursing leaflet and sat on the panel "
             "that appointed our Named Nurse.")
    dpara(d, "Judgement: Requires improvement", bold=True)
    dpara(d, "We have settled on Requires improvement because listening to children can never be "
             "finished, and we do not want to signal to our teams that the work is done.")

    dhead(d, "Part C \u2013 Common questions", 1)
    dpara(d, "1. Example of another agency improving multi-agency practice", bold=True)
    dpara(d, "Wrenmoor Constabulary now shares domestic abuse notifications with health visitors "
             "by the next working day, so visits to babies in those households are arranged "
             "quickly.")
    dpara(d, "2. RAG self-rating", bold=True)
    dpara(d, "Good, Requires improvement, Good and Requires improvement, in the order of the "
             "standards in Part B.")
    dpara(d, "3. Commitment to partnership multi-agency training", bold=True)
    dpara(d, "Our named nurses co-deliver the partnership's neglect course, and places are "
             "protected in each team's training plan.")
    dpara(d, "4. Impact of single and multi-agency training", bold=True)
    dpara(d, "After the neglect course, health visitors began using the graded care profile at "
             "earlier stages, and referrals now describe the child's daily experience.")
    dpara(d, "5. How we know we have improved", bold=True)
    dpara(d, "Record audits, supervision reviews and feedback from the Young Health Champions "
             "tell us practice is improving.")
    dpara(d, "Signed: Chief Nurse and Executive Lead for Safeguarding")
    data = docx_bytes(d)
    g = make_gold(fname, ["Wrenmoor Community Health NHS Trust", "Wrenmoor Community Health"],
                  R("green", "amber", "green", "amber"), R("green", "amber", "green", "green"),
                  {"4": "UNDER_RATED"},
                  personal=["Kaylen", "Drewitt", "Shannon", "14/03/2012", "17 Larchwood Rise",
                            "WZ7 4QX", "999 482 1637", "07700 900312"])
    return fname, data, g


# =========================================================================== H4 CCG
def criteria_box(s, n):
    t = Table([["Criteria met: %d of 14" % n]], colWidths=[6 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVB", 10),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    t.hAlign = "LEFT"
    return t


@doc
def h_ccg():
    """PDF. Rating given as criteria met out of 14 with a key of bands.  Std 2 is 12 of 14
    (Green band) but the text admits real shortfalls -> OVER_RATED."""
    fname = "h-nhs-wrenmoor-ccg-s11-2021.pdf"
    s = styles(10)
    st = [P("NHS Wrenmoor Clinical Commissioning Group", s["h1"]),
          P("Section 11 self-assessment 2020/21 \u2013 Wrenmoor Safeguarding Children Partnership",
            s["h2"]),
          P("Date of return: 23 September 2021. Prepared by the Designated Nurse for "
            "Safeguarding Children.", s["body"]),
          P("How to read our ratings", s["h3"]),
          P("Each standard is assessed against the partnership's 14 criteria for that standard. "
            "Bands: 12 to 14 criteria met = Green (fully met); 8 to 11 = Amber (partially met); "
            "7 or fewer = Red (not met).", s["body"])]
    st += [P("Standard 1 \u2013 Leadership and accountability", s["h2"]),
           P("The «1:Designated Nurse reports directly to» the Director of Nursing and Quality, "
             "who is our executive lead for safeguarding children.", s["body"]),
           P("Safeguarding is a «1:standing item at every Governing Body meeting», and the lay "
             "member for patient involvement acts as safeguarding champion.", s["body"]),
           P("The one criterion not met is a published annual safeguarding report for 2019/20, "
             "which was delayed by the pandemic and is now in draft.", s["body"]),
           criteria_box(s, 13), Spacer(1, 6)]
    st += [P("Standard 2 \u2013 Staff safe recruitment, induction, training and development",
             s["h2"]),
           P("«2:Only 64% of GP practice staff» have completed level 3 safeguarding children "
             "training, against a target of 90%.", s["body"]),
           P("The Designated Doctor post has been «2:vacant since January 2021», and the Named "
             "GP post is covered by an interim for one day a week.", s["body"]),
           P("We have «2:not yet checked that commissioned providers» carry out DBS renewals "
             "for staff who work with children.", s["body"]),
           P("CCG staff themselves are all in date for their training.", s["body"]),
           criteria_box(s, 12), Spacer(1, 6)]
    st += [P("Standard 3 \u2013 Safeguarding policies and procedures", s["h2"]),
           P("Our safeguarding policy was «3:refreshed in April 2021» to reflect the partnership "
             "procedures and the new statutory guidance.", s["body"]),
           P("Assurance returns came «3:from only 31 providers» in the last quarter, although "
             "safeguarding clauses are in all 46 provider contracts.", s["body"]),
           P("Escalation to the provider's chief nurse is now automatic after one missed return.",
             s["body"]),
           criteria_box(s, 10), Spacer(1, 6)]
    st += [P("Standard 4 \u2013 Listening to children and young people", s["h2"]),
           P("We funded the Wrenmoor Youth Voice project, and «4:140 young people shaped» the new "
             "emotional wellbeing service specification.", s["body"]),
           P("Waiting times «4:fell from 18 to 9 weeks» after young people asked for a drop-in "
             "option and it was commissioned.", s["body"]),
           P("Two young commissioners now sit on the mental health contract board and report "
             "back to their peers.", s["body"]),
           criteria_box(s, 13), Spacer(1, 6)]
    st += [P("Common questions", s["h2"]),
           P("Q1. Example of another agency improving multi-agency practice", s["h3"]),
           P("The Youth Justice Service shared its speech and language screening with health "
             "commissioners, which led to a joint pathway for young people in the justice system.",
             s["body"]),
           P("Q2. RAG self-rating", s["h3"]),
           P("Standards 1, 2 and 4 fall in the Green band and standard 3 in the Amber band.",
             s["body"]),
           P("Q3. Commitment to partnership multi-agency training", s["h3"]),
           P("The Designated Nurse sits on the training sub-group and we promote partnership "
             "courses to every GP practice through the weekly bulletin.", s["body"]),
           P("Q4. Impact of training on practice", s["h3"]),
           P("GP practices that attended the exploitation briefing made their first referrals "
             "using the partnership screening tool.", s["body"]),
           P("Q5. How the agency knows it has improved", s["h3"]),
           P("Provider assurance returns, the GP safeguarding audit and young people's feedback "
             "through Youth Voice.", s["body"])]
    data = pdf_bytes(st, "Section 11 return 2020/21", "NHS Wrenmoor CCG")
    g = make_gold(fname, ["NHS Wrenmoor Clinical Commissioning Group", "NHS Wrenmoor CCG",
                          "Wrenmoor CCG"],
                  R("green", "green", "amber", "green"), R("green", "amber", "amber", "green"),
                  {"2": "OVER_RATED"})
    return fname, data, g


# =========================================================================== H5 fire
@doc
def h_fire():
    """PDF. Ticks and crosses with a key.  Late (29 October 2021).  Honest Red for Std 4."""
    fname = "h-wrenmoor-fire-rescue-s11-2021.pdf"
    s = styles(10)
    tick = ParagraphStyle("tick", parent=s["body"], fontName="DVB", fontSize=12, leading=16)
    st = [P("Wrenmoor Fire and Rescue Service", s["h1"]),
          P("Section 11 self-assessment 2020/21", s["h2"]),
          P("Submitted 29 October 2021", s["body"]),
          P("This return is late. It was due on 30 September 2021, but the Service's "
            "safeguarding lead post was vacant over the summer; we apologise to the partnership "
            "for the delay.", s["body"]),
          P("Key to our assessment", s["h3"]),
          P("\u2713\u2713 = fully met (Green)     \u2713 = partly met (Amber)     "
            "\u2717 = not met (Red)", s["body"])]
    st += [P("1. Leadership and accountability", s["h2"]),
           P("Our safeguarding lead «1:reports to the Scrutiny Committee» of the Fire Authority "
             "and is the Assistant Chief Fire Officer for Prevention.", s["body"]),
           P("Any crew member can raise a concern «1:through a 24-hour duty officer», who "
             "decides on referral the same day.", s["body"]),
           P("Safeguarding appears in every station plan, and station managers discuss cases at "
             "their monthly meeting with the safeguarding lead.", s["body"]),
           P("Assessment: \u2713\u2713", tick)]
    st += [P("2. Staff safe recruitment, induction, training and development", s["h2"]),
           P("«2:All 38 new firefighters» recruited in 2020/21 had enhanced DBS checks before "
             "starting.", s["body"]),
           P("Only «2:57% of on-call staff» have completed the refreshed safeguarding "
             "e-learning, against 91% of wholetime staff.", s["body"]),
           P("Safeguarding is not yet part of the «2:station manager development programme».",
             s["body"]),
           P("Assessment: \u2713", tick)]
    st += [P("3. Safeguarding policies and procedures", s["h2"]),
           P("Our safeguarding policy was updated in August 2020 to match partnership "
             "procedures.", s["body"]),
           P("The visit procedure «3:still does not prompt crews» to ask about children living "
             "in the home during a home fire safety visit.", s["body"]),
           P("Crews made «3:41 safeguarding referrals, up from 23», and all were acknowledged by "
             "the front door.", s["body"]),
           P("Assessment: \u2713", tick)]
    st += [P("4. Listening to children and young people", s["h2"]),
           P("We «4:do not currently seek the views» of children and young people about our "
             "services.", s["body"]),
           P("Our firesetters intervention scheme does not record what young people think of "
             "it, and the «4:youth cadet scheme was suspended» throughout the year.", s["body"]),
           P("An action plan agreed in October 2021 will add feedback forms to the firesetters "
             "scheme and restart cadets in January 2022.", s["body"]),
           P("Assessment: \u2717", tick)]
    st += [P("Common questions", s["h2"]),
           P("Q1 Another agency improving multi-agency practice", s["h3"]),
           P("Wrenmoor Homes now passes hoarding concerns to us for a joint visit, and two "
             "families with young children had their risk reduced this way.", s["body"]),
           P("Q2 RAG self-rating", s["h3"]),
           P("\u2713\u2713, \u2713, \u2713, \u2717 for standards 1 to 4, using the key above.",
             s["body"]),
           P("Q3 Commitment to partnership multi-agency training", s["h3"]),
           P("Our prevention managers attended the exploitation and neglect courses, and we "
             "will release on-call staff for evening sessions.", s["body"]),
           P("Q4 Impact of training on practice", s["h3"]),
           P("Referrals rose after the neglect course, and they now describe the state of the "
             "home and who lives there.", s["body"]),
           P("Q5 How we know we have improved", s["h3"]),
           P("Referral numbers, feedback from the front door on their quality, and the "
             "safeguarding dashboard reviewed monthly.", s["body"])]
    data = pdf_bytes(st, "Section 11 return 2020/21", "Wrenmoor Fire and Rescue Service")
    g = make_gold(fname, ["Wrenmoor Fire and Rescue Service", "Wrenmoor Fire & Rescue",
                          "WFRS"],
                  R("green", "amber", "amber", "red"), R("green", "amber", "amber", "red"), {},
                  late=True)
    return fname, data, g

# =========================================================================== H6 district council
@doc
def h_district_council():
    """DOCX. Numbered Q&A; each answer starts Yes - / Partly - / No -; a final line gives the
    conversion to RAG.  Common question 4 answered 'N/A'."""
    fname = "h-ashcombe-district-council-s11-2021.docx"
    d = new_docx("Section 11 return 2020-21", "Communities Directorate")
    dhead(d, "Ashcombe District Council", 0)
    dpara(d, "Section 11 return 2020-21 to the Wrenmoor Safeguarding Children Partnership. "
             "Date: 21 September 2021.")
    dpara(d, "We have answered the partnership's four standard questions in a simple Yes / "
             "Partly / No form, followed by the five common questions.")
    dhead(d, "The four standards", 1)
    dpara(d, "1. Leadership and accountability \u2013 do senior leaders take clear "
             "responsibility for safeguarding children?", bold=True)
    dpara(d, "Yes - The Chief Executive is the accountable officer and the Head of Communities "
             "is the designated safeguarding lead, and «1:both sit on the partnership's district "
             "forum».")
    dpara(d, "Councillors receive a safeguarding briefing at induction, and an «1:annual "
             "safeguarding report goes to Cabinet», where members question officers about it.")
    dpara(d, "Safeguarding responsibilities are written into the job descriptions of every "
             "service manager.")
    dpara(d, "2. Staff safe recruitment, induction, training and development \u2013 are staff "
             "safely recruited, inducted and trained?", bold=True)
    dpara(d, "Partly - Pre-employment checks are complete for direct employees, but our audit of "
             "52 licensed taxi drivers in May 2021 «2:found 9 overdue DBS renewals».")
    dpara(d, "Safeguarding training reached 78% of frontline staff, and «2:leisure and waste "
             "contractors are not yet covered» by our training offer.")
    dpara(d, "The nine drivers' licences were suspended until checks were completed.")
    dpara(d, "3. Safeguarding policies and procedures \u2013 are policies in place and used?",
          bold=True)
    dpara(d, "Yes - The corporate safeguarding policy was rewritten in January 2021, and every "
             "housing, licensing and leisure officer has «3:signed to say they have read it».")
    dpara(d, "Our referral log shows every concern is «3:followed up within one working day», "
             "and the log is reviewed by the designated lead each week.")
    dpara(d, "4. Listening to children and young people \u2013 do children's views shape what "
             "you do?", bold=True)
    dpara(d, "Partly - Young people from the Ashcombe Youth Council «4:helped redesign the skate "
             "park consultation», but we have not asked children about our homelessness service.")
    dpara(d, "«4:Two Youth Council members now sit» on the Community Safety Partnership, though "
             "their attendance has been patchy.")
    dpara(d, "Key used above: Yes = Green (fully met), Partly = Amber (partially met), "
             "No = Red (not met).", bold=True)
    dhead(d, "Common questions", 1)
    dpara(d, "Common question 1 \u2013 Example of another agency improving multi-agency practice",
          bold=True)
    dpara(d, "Wrenmoor Constabulary's neighbourhood team now joins our community safety patrols "
             "around the bus station, and concerns about young people there are shared the same "
             "evening.")
    dpara(d, "Common question 2 \u2013 RAG self-rating", bold=True)
    dpara(d, "See the Yes / Partly answers and the key above.")
    dpara(d, "Common question 3 \u2013 Commitment to partnership multi-agency training", bold=True)
    dpara(d, "Our designated lead and two licensing officers attended the partnership's "
             "exploitation course, and we will book places for the housing team.")
    dpara(d, "Common question 4 \u2013 Impact of single and multi-agency training on practice",
          bold=True)
    dpara(d, "N/A")
    dpara(d, "Common question 5 \u2013 How the agency knows it has improved", bold=True)
    dpara(d, "The referral log shows more concerns raised by licensing and leisure staff than "
             "last year, and the partnership's feedback on our referrals has been positive.")
    dpara(d, "Signed: Head of Communities, Ashcombe District Council")
    data = docx_bytes(d)
    g = make_gold(fname, ["Ashcombe District Council", "ADC"],
                  R("green", "amber", "green", "amber"), R("green", "amber", "green", "amber"),
                  {}, cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True})
    return fname, data, g


# =========================================================================== H7 youth justice
@doc
def h_yjs():
    """DOCX. Checkbox ratings (☐/☒) with last year's rating beside.  Std 3: no box ticked,
    2019/20 'Amber' is a decoy -> MISSING_RATING."""
    fname = "h-wrenmoor-youth-justice-service-s11-2021.docx"
    d = new_docx("YJS Section 11 2020-21", "Wrenmoor Youth Justice Service")
    dhead(d, "Wrenmoor Youth Justice Service \u2013 Section 11 Return 2020/21", 0)
    dpara(d, "Returned to the Wrenmoor Safeguarding Children Partnership, 20 September 2021.")

    def boxes(choice, last):
        p = dpara(d, "Self-rating 2020/21:  ", bold=True)
        for c in ("Red", "Amber", "Green"):
            p.add_run(("\u2612 " if c == choice else "\u2610 ") + c + "    ")
        dpara(d, "Rating 2019/20: " + last)

    dhead(d, "Standard 1 \u2013 Leadership and accountability", 1)
    dpara(d, "The Youth Justice Management Board is «1:chaired by the Director of Children's "
             "Services» and includes the police, health, probation and education.")
    dpara(d, "The Head of Service «1:reports safeguarding exceptions to every board meeting», "
             "and board members take part in the annual case audit.")
    dpara(d, "Every member of staff knows who the safeguarding lead is and how to escalate a "
             "concern out of hours.")
    boxes("Green", "Green")

    dhead(d, "Standard 2 \u2013 Staff safe recruitment, induction, training and development", 1)
    dpara(d, "All 29 staff and 14 volunteers hold current enhanced DBS checks, «2:confirmed by "
             "an HR audit in January 2021».")
    dpara(d, "Every case manager completed trauma-informed practice training, and case audits "
             "since then show «2:plans that name the child's own goals».")
    dpara(d, "New volunteers shadow a referral order panel before sitting on one, and each has "
             "a named supervisor.")
    boxes("Green", "Amber")

    dhead(d, "Standard 3 \u2013 Safeguarding policies and procedures", 1)
    dpara(d, "Our safeguarding procedures were updated in December 2020 in line with the "
             "partnership procedures.")
    dpara(d, "A peer audit of 20 cases found that risk management plans were «3:reviewed on time "
             "in 14» of them.")
    dpara(d, "The out-of-hours escalation procedure is «3:still being agreed with the police "
             "custody suite».")
    boxes(None, "Amber")

    dhead(d, "Standard 4 \u2013 Listening to children and young people", 1)
    dpara(d, "Young people on the Participation Panel «4:wrote the new 'What happens at YJS' "
             "leaflet» that every child now receives at their first appointment.")
    dpara(d, "Exit feedback from 46 young people showed «4:40 would recommend their worker».")
    dpara(d, "Panel members asked for appointments outside school hours, and «4:evening sessions "
             "started in March 2021».")
    boxes("Green", "Green")

    dhead(d, "Common questions", 1)
    dpara(d, "Q1. Example of another agency improving multi-agency practice", bold=True)
    dpara(d, "The county council's education welfare team now attends our out-of-court disposal "
             "panel, so school exclusions are picked up before they happen.")
    dpara(d, "Q2. RAG self-rating", bold=True)
    dpara(d, "Green for standards 1, 2 and 4. Standard 3 is discussed above.")
    dpara(d, "Q3. Commitment to partnership multi-agency training", bold=True)
    dpara(d, "Two practitioners are partnership trainers for the exploitation course.")
    dpara(d, "Q4. Impact of training on practice", bold=True)
    dpara(d, "Case managers now complete the exploitation screening tool at assessment, and "
             "three children were referred to the exploitation panel earlier as a result.")
    dpara(d, "Q5. How the agency knows it has improved", bold=True)
    dpara(d, "Case audits, exit feedback and the National Standards self-assessment.")
    data = docx_bytes(d)
    g = make_gold(fname, ["Wrenmoor Youth Justice Service", "Wrenmoor YJS", "YJS"],
                  R("green", "green", None, "green"), R("green", "green", "amber", "green"),
                  {"3": "MISSING_RATING"})
    return fname, data, g


# =========================================================================== H8 academies trust
RGB = {"green": colors.HexColor("#" + GREEN), "amber": colors.HexColor("#" + AMBER),
       "red": colors.HexColor("#" + RED)}


def self_rating_box(colour):
    t = Table([["Our self-rating:", ""]], colWidths=[3.2 * cm, 1.4 * cm], rowHeights=[0.7 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (0, 0), "DVB", 10),
                           ("BACKGROUND", (1, 0), (1, 0), RGB[colour]),
                           ("BOX", (1, 0), (1, 0), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    t.hAlign = "LEFT"
    return t


@doc
def h_academies():
    """PDF. Coloured rectangle beside 'Our self-rating:' with a colour key.  Std 1 Green on
    assertions only -> OVER_RATED."""
    fname = "h-greyfell-academies-trust-s11-2021.pdf"
    s = styles(10)
    key = Table([["", "Green \u2013 fully met", "", "Amber \u2013 partially met", "",
                  "Red \u2013 not met"]],
                colWidths=[0.6 * cm, 3.6 * cm, 0.6 * cm, 3.9 * cm, 0.6 * cm, 3 * cm])
    key.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9),
                             ("BACKGROUND", (0, 0), (0, 0), RGB["green"]),
                             ("BACKGROUND", (2, 0), (2, 0), RGB["amber"]),
                             ("BACKGROUND", (4, 0), (4, 0), RGB["red"])]))
    key.hAlign = "LEFT"
    st = [P("Greyfell Academies Trust", s["h1"]),
          P("Section 11 self-assessment 2020/21 for the Wrenmoor Safeguarding Children "
            "Partnership", s["body"]),
          P("Completed by the Trust Safeguarding Lead, 17 September 2021. Seven academies: two "
            "secondary and five primary, across Greyfell, Ashcombe and Holt Tarrow.", s["body"]),
          P("Colour key", s["h3"]), key, Spacer(1, 8)]
    st += [P("1. Leadership and accountability", s["h2"]),
           P("Safeguarding is «1:at the heart of everything we do» across the Trust.", s["body"]),
           P("Our leaders are fully committed, and a «1:strong safeguarding culture is embedded» "
             "in every one of our academies.", s["body"]),
           P("Trustees «1:take their responsibilities very seriously» and safeguarding is always "
             "a priority.", s["body"]),
           P("The «1:safeguarding trustee role has been vacant» since April 2021 and will be "
             "filled when the board is next reconstituted.", s["body"]),
           self_rating_box("green"), Spacer(1, 6)]
    st += [P("2. Staff safe recruitment, induction, training and development", s["h2"]),
           P("Our single central record audit in November 2020 found «2:gaps in 3 of the 7 "
             "academies», mainly missing overseas checks for supply staff.", s["body"]),
           P("«2:86% of staff completed» the annual safeguarding update by the end of September "
             "2020; the rest were on long-term absence or started later.", s["body"]),
           P("All three academies have since corrected their records, and a termly check by the "
             "Trust HR lead has been added.", s["body"]),
           self_rating_box("amber"), Spacer(1, 6)]
    st += [P("3. Safeguarding policies and procedures", s["h2"]),
           P("Each academy's child protection policy follows the Trust model policy, adapted "
             "locally, and was «3:approved by its local governing body» in the autumn.",
             s["body"]),
           P("Designated leads meet half-termly as a network and share one case-recording "
             "system, so «3:concerns move with a child» who changes academy.", s["body"]),
           P("Leads check each other's files at the network meeting and agree any follow-up "
             "there.", s["body"]),
           self_rating_box("green"), Spacer(1, 6)]
    st += [P("4. Listening to children and young people", s["h2"]),
           P("Pupil voice surveys in four academies showed most pupils know who to talk to, but "
             "we have «4:no way yet to hear from pupils» in the other three.", s["body"]),
           P("Student «4:safeguarding ambassadors were introduced» at Greyfell High in January "
             "2021 and run a lunchtime drop-in.", s["body"]),
           self_rating_box("amber"), Spacer(1, 6)]
    st += [P("Common questions", s["h2"]),
           P("Q1 Example of another agency improving multi-agency practice", s["h3"]),
           P("The school nursing team ran joint drop-ins with our pastoral staff, and more "
             "pupils disclosed worries about home as a result.", s["body"]),
           P("Q2 RAG self-rating", s["h3"]),
           P("Shown by the coloured box under each standard.", s["body"]),
           P("Q3 Commitment to partnership multi-agency training", s["h3"]),
           P("All designated leads attend the partnership's DSL forum and its annual update "
             "course.", s["body"]),
           P("Q4 Impact of training on practice", s["h3"]),
           P("After the harmful sexual behaviour course, leads used the partnership's toolkit to "
             "plan support for both children involved in incidents.", s["body"]),
           P("Q5 How we know we have improved", s["h3"]),
           P("Network file checks, the single central record audit and pupil surveys.",
             s["body"])]
    data = pdf_bytes(st, "Section 11 return 2020/21", "Greyfell Academies Trust")
    g = make_gold(fname, ["Greyfell Academies Trust", "GAT"],
                  R("green", "amber", "green", "amber"), R("amber", "amber", "green", "amber"),
                  {"1": "OVER_RATED"})
    return fname, data, g


# =========================================================================== H9 housing
@doc
def h_housing():
    """DOCX. Fully met / partially met prose at the end of each section.  Standard 4 never
    covered -> MISSING_SECTION.  Common Q1 heading with blank answer."""
    fname = "h-wrenmoor-homes-s11-2021.docx"
    d = new_docx("Section 11 self-assessment", "Wrenmoor Homes")
    dhead(d, "Wrenmoor Homes", 0)
    dpara(d, "Section 11 self-assessment 2020/21 for the Wrenmoor Safeguarding Children "
             "Partnership. Approved by the Executive Team on 14 September 2021.")
    dhead(d, "1. Leadership and accountability", 1)
    dpara(d, "The Director of Housing Services is our safeguarding lead and «1:reports to the "
             "Board quarterly» on safeguarding activity and learning.")
    dpara(d, "Our Safeguarding Champions network «1:covers all six area offices», and each "
             "champion meets the lead every month.")
    dpara(d, "Board members have completed safeguarding training and a named board member "
             "challenges the quarterly report. We consider this standard fully met.")
    dhead(d, "2. Staff safe recruitment, induction, training and development", 1)
    dpara(d, "All 214 staff completed basic safeguarding e-learning, but «2:only 40% of "
             "neighbourhood officers» have completed the face-to-face course.")
    dpara(d, "Contractors working in tenants' homes are «2:not yet required to have DBS checks», "
             "and a change to the contract terms is planned for April 2022.")
    dpara(d, "We consider this standard partially met.")
    dhead(d, "3. Safeguarding policies and procedures", 1)
    dpara(d, "Our safeguarding policy was «3:approved by the Board in February 2021» and follows "
             "the partnership procedures.")
    dpara(d, "Staff raised 63 safeguarding concerns about children this year, «3:each logged and "
             "tracked to closure» by the safeguarding lead.")
    dpara(d, "Area managers check a sample of concerns each quarter to make sure the procedure "
             "was followed. We consider this standard fully met.")
    dhead(d, "Common questions", 1)
    dpara(d, "Q1. Example of another agency improving multi-agency practice", bold=True)
    dpara(d, "")
    dpara(d, "Q2. RAG self-rating", bold=True)
    dpara(d, "Standards 1 and 3 fully met; standard 2 partially met.")
    dpara(d, "Q3. Commitment to partnership multi-agency training", bold=True)
    dpara(d, "Our champions attend the partnership's neglect and domestic abuse courses, and "
             "we share the partnership's bulletin with all staff.")
    dpara(d, "Q4. Impact of training on practice", bold=True)
    dpara(d, "Neighbourhood officers who attended the neglect course now report concerns about "
             "children found during tenancy visits, which they did not do before.")
    dpara(d, "Q5. How the agency knows it has improved", bold=True)
    dpara(d, "The number and quality of safeguarding concerns raised, checked by area managers.")
    dpara(d, "Signed: Director of Housing Services")
    data = docx_bytes(d)
    g = make_gold(fname, ["Wrenmoor Homes"],
                  R("green", "amber", "green", None), R("green", "amber", "green", None),
                  {"4": "MISSING_SECTION"},
                  cq={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return fname, data, g

# =========================================================================== MAIN
def norm(t):
    return " ".join(t.split()).lower()


def docx_units(data):
    d = docx.Document(io.BytesIO(data))
    body = [p.text for p in d.paragraphs]
    other = []

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    other.extend(p.text for p in c.paragraphs)
                    walk(c.tables)
    walk(d.tables)
    return body, other


def pdf_units(data):
    import pdfplumber
    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            lines.extend((pg.extract_text() or "").split("\n"))
    return lines, []


def build_all():
    out = []
    for fn in DOCS:
        _frags.clear()
        fname, data, g = fn()
        out.append((fname, data, gold_text(g), g))
    return out


def check(items):
    import yaml
    ok = True
    names = set()
    for fname, data, gtext, g in items:
        assert fname not in names
        names.add(fname)
        p = os.path.join(SUB, fname)
        gp = os.path.join(GOLD, fname + ".yml")
        if not os.path.exists(p) or open(p, "rb").read() != data:
            print("BYTES DIFFER:", fname)
            ok = False
        if not os.path.exists(gp) or open(gp, encoding="utf-8").read() != gtext:
            print("GOLD DIFFERS:", fname)
            ok = False
        y = yaml.safe_load(gtext)
        assert list(y) == ["file", "agency", "status", "error_code", "framework", "self_ratings",
                           "evidence_supports", "evidence_must_include", "gaps_expected",
                           "gaps_forbidden", "personal_data", "late",
                           "common_questions_answered"], list(y)
        units, other = (pdf_units(data) if fname.endswith(".pdf") else docx_units(data))
        full = norm(" ".join(units + other))
        for k, frs in y["evidence_must_include"].items():
            if not 2 <= len(frs) <= 4:
                print("COUNT", fname, k, len(frs))
                ok = False
            if y["self_ratings"].get(k, "x") is None and y["gaps_expected"].get(k) != ["MISSING_RATING"]:
                pass
            for f in frs:
                nf = norm(f)
                n = full.count(nf)
                one_line = any(nf in norm(u) for u in units)
                nw = len(f.split())
                if n != 1 or not one_line or not 3 <= nw <= 10:
                    print("FRAG %s std%s n=%d oneline=%s words=%d: %r" % (fname, k, n, one_line, nw, f))
                    ok = False
        for pd in y["personal_data"]:
            if norm(pd) not in full:
                print("PERSONAL DATA NOT IN TEXT", fname, pd)
                ok = False
    print("check OK" if ok else "check FAILED", "(%d documents)" % len(items))
    return ok


def main():
    items = build_all()
    if "--check" in sys.argv:
        sys.exit(0 if check(items) else 1)
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for fname, data, gtext, g in items:
        with open(os.path.join(SUB, fname), "wb") as f:
            f.write(data)
        with open(os.path.join(GOLD, fname + ".yml"), "w", encoding="utf-8") as f:
            f.write(gtext)
        print("wrote", fname)


if __name__ == "__main__":
    main()
