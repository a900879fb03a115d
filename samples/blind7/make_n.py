#!/usr/bin/env python3
"""Writer n: Wexmoor Safeguarding Children Partnership - nine invented Section 11 returns (2021).

Usage:
    make_n.py            build submissions/n-*.{docx,pdf} and gold/n-*.yml
    make_n.py --check    rebuild in memory, compare bytes with disk, compare gold,
                         and check every evidence fragment occurs exactly once

Evidence fragments are marked in the source text as «N:fragment» (N = standard);
the markers are stripped from the output and the gold is generated from them.
Everything here is invented.
"""
import io
import json
import re
import sys
import zipfile
import datetime
from pathlib import Path


HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
GOLD = HERE / "gold"

MARK = re.compile(r"«([1-4]):(.*?)»")
GAPS_ALL = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
ORDER = {"green": 3, "amber": 2, "red": 1}


def strip(text):
    return MARK.sub(lambda m: m.group(2), text)


def block_texts(block):
    kind = block[0]
    if kind in ("title", "subtitle", "h1", "h2", "h3", "p", "small", "section"):
        return [block[1]]
    if kind == "bullets":
        return list(block[1])
    if kind == "table":
        return [c for row in block[1] for c in row]
    return []


def fragments(ret):
    out = {"1": [], "2": [], "3": [], "4": []}
    for b in ret["blocks"]:
        for t in block_texts(b):
            for m in MARK.finditer(t):
                out[m.group(1)].append(m.group(2))
    return out


# ---------------------------------------------------------------- docx
FIXED_DT = datetime.datetime(2021, 9, 20, 9, 0, 0)


def _docx_runs(par, text, bold_all=False, size=None):
    from docx.shared import Pt
    parts = strip(text).split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = par.add_run(part)
        if bold_all or i % 2 == 1:
            r.bold = True
        if size:
            r.font.size = Pt(size)


def build_docx(ret):
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = ret.get("font", "Calibri")
    st.font.size = Pt(ret.get("size", 11))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    first_header = True
    for b in ret["blocks"]:
        kind = b[0]
        if kind == "section":
            if first_header:
                s = d.sections[0]
                first_header = False
            else:
                s = d.add_section(WD_SECTION.NEW_PAGE)
                s.header.is_linked_to_previous = False
            hp = s.header.paragraphs[0]
            hp.text = ""
            _docx_runs(hp, b[1], bold_all=True)
        elif kind == "title":
            p = d.add_paragraph(style="Title")
            _docx_runs(p, b[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            _docx_runs(p, b[1])
        elif kind in ("h1", "h2", "h3"):
            p = d.add_heading(level=int(kind[1]))
            _docx_runs(p, b[1])
        elif kind == "p":
            p = d.add_paragraph()
            _docx_runs(p, b[1])
        elif kind == "small":
            p = d.add_paragraph()
            _docx_runs(p, b[1], size=9)
        elif kind == "bullets":
            for t in b[1]:
                p = d.add_paragraph(style="List Bullet")
                _docx_runs(p, t)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    _docx_runs(c.paragraphs[0], cell, bold_all=(i == 0 and b[2].get("header", True)))
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "spacer":
            d.add_paragraph()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = ret["author"]
    cp.last_modified_by = ret["author"]
    cp.title = ret["title"]
    cp.subject = "Section 11 self-assessment 2021"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = ret.get("created", FIXED_DT)
    cp.modified = ret.get("created", FIXED_DT)
    cp.last_printed = ret.get("created", FIXED_DT)
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed member timestamps
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 9, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- pdf
def _rl(text):
    t = strip(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts = t.split("**")
    return "".join(("<b>%s</b>" % p) if i % 2 else p for i, p in enumerate(parts))


def build_pdf(ret):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, ListFlowable, ListItem)

    fs = ret.get("size", 10.5)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=fs, leading=fs * 1.38,
                          spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.35)
    cell = ParagraphStyle("cell", parent=body, fontSize=fs - 1, leading=(fs - 1) * 1.3, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=8)
    subtitle = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=12.5, leading=16, spaceAfter=10)
    h = {1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=10, spaceAfter=6),
         2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
         3: ParagraphStyle("h3", fontName="Helvetica-BoldOblique", fontSize=fs, leading=fs * 1.35, spaceBefore=6, spaceAfter=3)}
    story = []
    for b in ret["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(_rl(b[1]), title))
        elif kind == "subtitle":
            story.append(Paragraph(_rl(b[1]), subtitle))
        elif kind in ("h1", "h2", "h3"):
            story.append(Paragraph(_rl(b[1]), h[int(kind[1])]))
        elif kind == "p":
            story.append(Paragraph(_rl(b[1]), body))
        elif kind == "small":
            story.append(Paragraph(_rl(b[1]), small))
        elif kind == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(_rl(t), body), leftIndent=14) for t in b[1]],
                                      bulletType="bullet", start="-", leftIndent=14, bulletFontSize=fs))
        elif kind == "table":
            rows, opts = b[1], b[2]
            hdr = opts.get("header", True)
            data = [[Paragraph(_rl(c), cellb if (i == 0 and hdr) else cell) for c in row]
                    for i, row in enumerate(rows)]
            widths = [w * cm for w in opts["widths"]] if "widths" in opts else None
            t = Table(data, colWidths=widths, repeatRows=1 if hdr else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "spacer":
            story.append(Spacer(1, 10))
        else:
            raise ValueError(kind)

    footer = ret["footer"]

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, footer)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title=ret["title"], author=ret["author"], subject="Section 11 self-assessment 2021",
                            creator=ret.get("creator", "Microsoft Word"), producer=ret.get("producer", "ReportLab PDF Library"))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def build(ret):
    return build_docx(ret) if ret["file"].endswith(".docx") else build_pdf(ret)


# ---------------------------------------------------------------- gold
def forbidden_for(std, expected):
    gx = expected.get(std, [])
    if "MISSING_SECTION" in gx:
        return []
    if "MISSING_RATING" in gx:
        return ["MISSING_SECTION"]
    if "OVER_RATED" in gx:
        return ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    if "UNDER_RATED" in gx:
        return ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    return list(GAPS_ALL)


def _flow(d):
    return "{" + ", ".join('"%s": %s' % (k, "null" if v is None else v) for k, v in d.items()) + "}"


def _j(x):
    return json.dumps(x, ensure_ascii=False)


def gold_text(ret):
    g = ret["gold"]
    frs = fragments(ret)
    exp = g.get("gaps_expected", {})
    cqa = g["common_questions_answered"]
    L = ["file: %s" % ret["file"],
         "agency: %s" % _j(g["agency"]),
         "status: ok",
         "error_code: null",
         "framework: gscp-2021",
         "self_ratings: %s" % _flow(g["self_ratings"]),
         "evidence_supports: %s" % _flow(g["evidence_supports"]),
         "evidence_must_include:"]
    for s in "1234":
        L.append('  "%s": %s' % (s, _j(frs[s])))
    if exp:
        L.append("gaps_expected:")
        for k in ["1", "2", "3", "4", "common"]:
            if k in exp:
                L.append('  "%s": [%s]' % (k, ", ".join(exp[k])))
    else:
        L.append("gaps_expected: {}")
    L.append("gaps_forbidden:")
    for s in "1234":
        L.append('  "%s": [%s]' % (s, ", ".join(forbidden_for(s, exp))))
    if all(cqa.values()):
        L.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    L.append("personal_data: %s" % _j(g.get("personal_data", [])))
    L.append("late: %s" % ("true" if g.get("late") else "false"))
    L.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (k, "true" if v else "false") for k, v in cqa.items()))
    return "\n".join(L) + "\n"


def gold_name(ret):
    return ret["file"] + ".yml"


# ---------------------------------------------------------------- extraction for the check
def units_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    units = [p.text for p in d.paragraphs]

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    units.extend(p.text for p in c.paragraphs)
                    walk_tables(c.tables)
    walk_tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer):
            if not part.is_linked_to_previous:
                units.extend(p.text for p in part.paragraphs)
    return units


def units_pdf(data):
    import pdfplumber
    units = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").split("\n"))
    return units


def npages_pdf(data):
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_return(ret, data, problems):
    units = units_docx(data) if ret["file"].endswith(".docx") else units_pdf(data)
    joined = norm(" ".join(units))
    frs = fragments(ret)
    g = ret["gold"]
    exp = g.get("gaps_expected", {})
    for s in "1234":
        n = len(frs[s])
        ms = "MISSING_SECTION" in exp.get(s, [])
        if ms:
            if n or g["self_ratings"][s] is not None or g["evidence_supports"][s] is not None:
                problems.append("%s std %s: MISSING_SECTION but has fragments/ratings" % (ret["file"], s))
        elif n != 3:
            problems.append("%s std %s: %d fragments (want 3)" % (ret["file"], s, n))
        for f in frs[s]:
            w = len(f.split())
            if not 3 <= w <= 10:
                problems.append("%s: fragment %r has %d words" % (ret["file"], f, w))
            in_units = sum(u.count(f) for u in units)
            in_units_ci = sum(norm(u).count(norm(f)) for u in units)
            in_joined = joined.count(norm(f))
            if not (in_units == 1 and in_units_ci == 1 and in_joined == 1):
                problems.append("%s std %s: fragment %r exact-in-unit=%d ci-in-unit=%d joined=%d"
                                % (ret["file"], s, f, in_units, in_units_ci, in_joined))
        # rating logic consistency
        sr, ev = g["self_ratings"][s], g["evidence_supports"][s]
        gx = exp.get(s, [])
        if "OVER_RATED" in gx:
            ok = sr and ev and ORDER[sr] > ORDER[ev]
        elif "UNDER_RATED" in gx:
            ok = sr and ev and ORDER[sr] < ORDER[ev]
        elif "MISSING_RATING" in gx:
            ok = sr is None and ev is not None
        elif "MISSING_SECTION" in gx:
            ok = sr is None and ev is None
        else:
            ok = sr is not None and sr == ev
        if not ok:
            problems.append("%s std %s: ratings %s/%s inconsistent with gaps %s" % (ret["file"], s, sr, ev, gx))
    cq_gap = "COMMON_QUESTION_UNANSWERED" in exp.get("common", [])
    if cq_gap == all(g["common_questions_answered"].values()):
        problems.append("%s: common-question gap and answered flags disagree" % ret["file"])
    for pd in g.get("personal_data", []):
        if not any(pd in u for u in units):
            problems.append("%s: personal data %r not found within one unit" % (ret["file"], pd))
    if ret["file"].endswith(".pdf"):
        np_ = npages_pdf(data)
        lo, hi = ret.get("pages", (2, 5))
        if not lo <= np_ <= hi:
            problems.append("%s: %d pages, want %d-%d" % (ret["file"], np_, lo, hi))
        return "%d pages" % np_
    words = len(" ".join(units).split())
    return "%d words" % words


def main():
    check = "--check" in sys.argv
    problems = []
    names = set()
    for ret in RETURNS:
        assert ret["file"].startswith("n-") and ret["file"] not in names
        names.add(ret["file"])
        data = build(ret)
        again = build(ret)
        if data != again:
            problems.append("%s: build is not deterministic" % ret["file"])
        gt = gold_text(ret)
        path, gpath = SUB / ret["file"], GOLD / gold_name(ret)
        if check:
            if not path.exists() or path.read_bytes() != data:
                problems.append("%s: bytes on disk differ from rebuild" % ret["file"])
            if not gpath.exists() or gpath.read_text(encoding="utf-8") != gt:
                problems.append("%s: gold on disk differs" % gpath.name)
            import yaml
            y = yaml.safe_load(gpath.read_text(encoding="utf-8"))
            assert y["file"] == ret["file"]
            disk = path.read_bytes() if path.exists() else data
        else:
            path.write_bytes(data)
            gpath.write_text(gt, encoding="utf-8")
            disk = data
        info = check_return(ret, disk, problems)
        print("%-58s %s" % (ret["file"], info))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: %d returns%s" % (len(RETURNS), " - check passed" if check else " written"))


# ==== CONTENT ====
def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def B(*items):
    return ("bullets", list(items))


def T(rows, **opts):
    return ("table", rows, opts)


PB = ("pagebreak",)
SP = ("spacer",)

CQ_TEXT = {
    1: "Something another agency has done during 2020/21 that has improved multi-agency practice",
    2: "RAG self-rating against each standard (summary)",
    3: "Our commitment to the partnership's multi-agency training",
    4: "Is single and multi-agency training having an impact on practice?",
    5: "How do we know we have improved?",
}

ALL_CQ = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}

RETURNS = []

# ------------------------------------------------------------------ 1. Mental health trust (PDF)
# Style: health scale Strength / Development area / Priority for action.  Plant: MISSING_SECTION (4).
RETURNS.append({
    "file": "n-wexmoor-dunmere-mental-health-trust-s11-2021.pdf",
    "title": "Section 11 Self-Assessment 2021 - Wexmoor and Dunmere Mental Health NHS Foundation Trust",
    "author": "Amara Osei",
    "footer": "WDMHFT - Section 11 self-assessment 2021 - OFFICIAL",
    "blocks": [
        ("title", "Wexmoor and Dunmere Mental Health NHS Foundation Trust"),
        ("subtitle", "Section 11 (Children Act 2004) self-assessment 2021 for the Wexmoor Safeguarding Children Partnership"),
        T([["Organisation", "Wexmoor and Dunmere Mental Health NHS Foundation Trust (WDMHFT)"],
           ["Executive lead", "Helen Markby, Chief Nurse and Director of Quality"],
           ["Completed by", "Amara Osei, Named Nurse for Safeguarding Children"],
           ["Period covered", "1 April 2020 to 31 March 2021, with updates to September 2021"],
           ["Date submitted", "23 September 2021"]], header=False, widths=[4.5, 12.5]),
        H2("Rating key"),
        P("This return uses the Trust's quality assurance scale. **Strength** = Green: the standard is fully met "
          "and we can show the impact. **Development area** = Amber: the standard is partly met and improvement "
          "work is under way. **Priority for action** = Red: the standard is not met and needs urgent action."),
        H2("Introduction"),
        P("This return sets out the Trust's self-assessment for 2020/21 against the partnership's Section 11 "
          "standards, using evidence from our Safeguarding Assurance Framework, together with our answers to the "
          "five common questions. The Trust provides inpatient, community and crisis mental health services for "
          "adults and young people across Wexmoor and Dunmere, including the Wexmoor CAMHS service and a "
          "12-bed adolescent unit at Larkhill House."),

        H1("Standard 1 - Leadership and accountability"),
        P("**Assessment: Strength**"),
        P("Helen Markby, Chief Nurse and Director of Quality, is the executive lead for safeguarding and a voting "
          "member of the Trust Board. She is supported by the Associate Director of Safeguarding, Daniel Rourke, the "
          "Named Nurse for Safeguarding Children, Amara Osei, and the Named Doctor, Dr Priya Ramanathan, who has two "
          "programmed activities a week for the role. All of these posts were filled for the whole of 2020/21."),
        P("The Safeguarding Committee, chaired by the Chief Nurse, «1:met 11 of the 12 scheduled meetings» "
          "during the year; the stood-down meeting in January 2021 was replaced by a written report during the "
          "second Covid-19 wave. The committee reports to the Quality and Safety Committee, which received the "
          "quarterly safeguarding assurance report in July 2020, October 2020, January 2021 and April 2021. The "
          "Board received the Safeguarding Annual Report on 29 July 2021."),
        P("«1:Substantial assurance on safeguarding governance» was the opinion of our internal auditors after "
          "their review in February 2021. They made two minor recommendations: clarifying the "
          "terms of reference of the operational safeguarding group, and adding a safeguarding field to the risk "
          "register template. Both were completed by May 2021."),
        P("Commissioning: the contracts of «1:all six subcontracted providers» set out Section 11 "
          "responsibilities. This includes the two independent hospitals that take our out-of-area "
          "adolescent admissions, and each provided a signed assurance statement in March 2021."),
        P("Internal quality assurance is through a rolling audit programme (see Standard 3). Findings go to the "
          "Safeguarding Committee, and every action has a named owner and a due date on the committee's action log."),

        H1("Standard 2 - Staff safe recruitment, induction, training and development"),
        P("**Assessment: Development area**"),
        P("Safer recruitment: the Trust's Recruitment and Selection Policy was reviewed in October 2020. All "
          "«2:412 new starters» in 2020/21 had DBS checks appropriate to their role completed before their start "
          "date, confirmed by the monthly workforce compliance report; no one started work on a risk-assessed basis."),
        P("Induction: safeguarding children is covered on day one of corporate induction, delivered virtually "
          "since April 2020, and attendance is a condition of starting on a ward or in a team."),
        P("Training: «2:Level 3 compliance was 81%» at 31 March 2021 against a Trust target of 90% (Level 1 "
          "was 96% and Level 2 was 93%). This is up from 74% in March 2020 but is "
          "still below target. The shortfall is concentrated in adult services, with the "
          "«2:inpatient adult wards at 68%», because classroom sessions were cancelled between November 2020 and "
          "February 2021. A recovery trajectory is monitored monthly by Daniel Rourke, aiming for 90% by March 2022, "
          "and extra virtual Level 3 sessions run twice a month from September 2021."),
        P("Supervision: safeguarding supervision is mandatory for CAMHS and perinatal staff. Quarterly compliance "
          "averaged 76% during the year (target 85%) because of staff redeployment; this is a named shortfall on the "
          "Safeguarding Committee action log, owned by the Named Nurse."),
        P("Allegations: five allegations about staff who work with children were referred to the LADO during the "
          "year, all within one working day, and each was managed under the Trust's Managing Allegations Policy "
          "jointly with HR and the LADO."),

        H1("Standard 3 - Safeguarding policies and procedures"),
        P("**Assessment: Strength**"),
        P("The Safeguarding Children Policy was reviewed and ratified by the Safeguarding Committee in November "
          "2020 and is aligned with the WSCP multi-agency procedures. The Think Family Policy and the Was Not "
          "Brought guidance were both updated in January 2021 to cover virtual appointments."),
        P("An «3:audit of 60 adult records in March 2021» found that 92% included a recorded check of whether the "
          "patient had children or caring responsibilities (79% in the 2019 audit), and that in every case where a "
          "concern was identified a referral or a discussion with the safeguarding team followed."),
        P("Referral pathways: 88% of our referrals were «3:rated good or outstanding by MASH» for the quality "
          "of the information given in 2020/21. Referrals to the Wexmoor MASH are made by the clinician with advice "
          "from the safeguarding team."),
        P("Escalation: staff «3:used the escalation policy nine times» in the year, mostly about step-down "
          "decisions. All nine were resolved at the first or second stage and the learning was shared in the "
          "safeguarding newsletter."),
        P("Exploitation and missing children: the Trust's child exploitation guidance was updated in June 2021 to "
          "reflect the WSCP exploitation strategy, and missing episodes from Larkhill House are reported to the "
          "police and the MASH in line with the WSCP missing children protocol."),

        H1("Common questions"),
        H3("1. " + CQ_TEXT[1]),
        P("Wexmoor Constabulary's street triage car, where one of our mental health practitioners works alongside a "
          "police officer on Friday and Saturday evenings, was extended in October 2020 to respond to 16 and 17 year "
          "olds. Our crisis team report fewer young people brought to A&E under police powers as a result."),
        H3("2. " + CQ_TEXT[2]),
        P("Standard 1 - Strength (Green); Standard 2 - Development area (Amber); Standard 3 - Strength (Green)."),
        H3("3. " + CQ_TEXT[3]),
        P("The Trust is committed to the WSCP multi-agency training programme. 46 staff attended WSCP courses in "
          "2020/21, and the Named Nurse co-delivers the WSCP Think Family module three times a year."),
        H3("4. " + CQ_TEXT[4]),
        P("Yes. After the Think Family training in autumn 2020 the March 2021 record audit showed the improvement "
          "described under Standard 3, and calls to our safeguarding advice line about the children of adult "
          "patients rose to 212, from 160 the year before."),
        H3("5. " + CQ_TEXT[5]),
        P("Through our audit programme, training compliance figures and MASH feedback on the quality of referrals, "
          "all reported each quarter to the Safeguarding Committee and once a year to the Board."),
        SP,
        P("Signed: Helen Markby, Chief Nurse and Director of Quality, 23 September 2021"),
    ],
    "gold": {
        "agency": ["Wexmoor and Dunmere Mental Health NHS Foundation Trust", "Wexmoor and Dunmere Mental Health Trust", "WDMHFT"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": None},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": None},
        "gaps_expected": {"4": ["MISSING_SECTION"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 2. Constabulary (PDF)
# Style: Confidence level High / Medium / Low.  Plant: UNDER_RATED (3).
RETURNS.append({
    "file": "n-wexmoor-constabulary-s11-2021.pdf",
    "title": "Wexmoor Constabulary - Section 11 self-assessment 2021",
    "author": "DS Joanna Prior",
    "footer": "Wexmoor Constabulary - Section 11 return 2021 - OFFICIAL",
    "blocks": [
        ("title", "Wexmoor Constabulary"),
        ("subtitle", "Section 11 Children Act 2004 - self-assessment return to the Wexmoor Safeguarding Children Partnership, 2021"),
        T([["Chief officer lead", "Assistant Chief Constable Marcus Heywood"],
           ["Prepared by", "Detective Superintendent Joanna Prior, Head of Public Protection"],
           ["Date", "28 September 2021"]], header=False, widths=[4.5, 12.5]),
        H2("How we have rated ourselves"),
        P("For each standard we give a confidence level. **High** = Green: we are confident the standard is met and "
          "can evidence the impact. **Medium** = Amber: the standard is partly met or improvement is still under way. "
          "**Low** = Red: the standard is not met."),

        H1("Standard 1: Leadership and accountability"),
        P("**Confidence level: High**"),
        P("Assistant Chief Constable Marcus Heywood is the chief officer lead for child safeguarding and represents "
          "the force on the WSCP executive. Detective Superintendent Joanna Prior, Head of Public Protection, attends "
          "the WSCP delivery group and chairs the force Child Exploitation Tactical Group."),
        P("The force Vulnerability Board, chaired by ACC Heywood, meets monthly and receives a child safeguarding "
          "performance pack."),
        P("The Vulnerability Strategy was «1:approved by the Chief Officer Group» on 14 September 2020 and is reviewed each quarter against its "
          "delivery plan. The Police and Crime Commissioner holds the force to account for vulnerability at the "
          "quarterly accountability board, where child safeguarding was the «1:themed item in January 2021»."),
        P("A «1:dedicated quality assurance sergeant» in the Public Protection Unit carries out internal "
          "quality assurance, dip sampling child-related incidents every month. Findings "
          "and actions are recorded on the Vulnerability Board action log, each with a named owner."),
        P("Commissioning: the force commissions the Sexual Assault Referral Centre jointly with NHS partners. The "
          "contract includes Section 11 requirements and the provider's safeguarding report was considered at the "
          "contract meeting in February 2021."),

        H1("Standard 2: Safe recruitment, induction, training and development"),
        P("**Confidence level: Medium**"),
        P("Vetting: all officers, staff and volunteers are vetted to the national standard before appointment. At 31 "
          "March 2021 «2:99.4% of the workforce held in-date vetting»; the 19 outstanding renewals were completed by "
          "June 2021."),
        P("Training: the force 'Vulnerability First' classroom day, covering child protection, exploitation and the "
          "voice of the child, had been completed by 88% of frontline officers by March 2021."),
        P("Shortfall: «2:31 of the 140 student officers» recruited in 2020/21 had not completed the child exploitation module by "
          "the end of the year because courses were cancelled; catch-up sessions were completed in August 2021."),
        P("Supervision: PPU investigators have monthly supervision with a detective sergeant. A check in September "
          "2021 found 83% of supervision records up to date, and team leaders have been asked to close the gap by "
          "December 2021."),
        P("Allegations: seven allegations about officers or staff were referred to the LADO. An internal review found "
          "that in two cases Professional Standards made the referral later than the one working day expected, so "
          "«2:a joint checklist with the LADO» was introduced in April 2021."),

        H1("Standard 3: Safeguarding policies and procedures"),
        P("**Confidence level: Medium**"),
        P("We have set our confidence at Medium. The evidence below is strong, but we want to see it sustained for a "
          "further year before moving to High, so that we are not complacent."),
        P("Our child protection procedures were reviewed in February 2021 and are fully aligned with the WSCP "
          "procedures. Every public protection and response policy on the intranet has a named owner and a review "
          "date, and none is past its review date."),
        P("A quality assurance audit of «3:150 child-related incidents in January 2021» found that 97% had a Public "
          "Protection Notice submitted within 24 hours, and 95% of those notices were rated good for the information "
          "they contained."),
        P("Information sharing: the MASH police team shared information within four hours for 94% of urgent strategy "
          "discussions in 2020/21 (target 90%), and the MASH audit in June 2021 found no case where police "
          "information was missing from a strategy meeting."),
        P("Missing and exploitation: the missing person policy was refreshed in November 2020 and return home "
          "interview outcomes are now shared with the force exploitation hub. The number of children reported "
          "missing three or more times in a quarter «3:fell from 84 to 61» over the year."),
        P("A peer review by Dunmere Constabulary in May 2021 described our child protection procedures as "
          "«3:robust and well understood by staff»."),

        H1("Standard 4: Listening to children and young people"),
        P("**Confidence level: Medium**"),
        P("Children's voice in our own work: response officers record what children present at domestic abuse "
          "incidents said and how they appeared. A dip sample of 100 domestic abuse incidents in February 2021 found "
          "«4:the child's voice recorded in 64%» of them, up from 41% in 2019 but below our aim of 80%."),
        P("Shaping services: the «4:Youth Independent Advisory Group was launched» in March 2021 with 12 members aged "
          "14 to 19, recruited through the youth service and Wexmoor Sixth Form College. It has met four times and "
          "reviewed the force's stop and search leaflet for young people."),
        P("Feedback to children: «4:we do not yet have a consistent way» of telling children and young people what "
          "has changed because of their views. A 'You said, we did' page on the force website is planned for "
          "December 2021, owned by the Youth Engagement Officer, PC Hannah Lowe."),

        H1("Common questions"),
        H3("Q1. " + CQ_TEXT[1]),
        P("Wexmoor Council Children's Services introduced a daily MASH triage call in November 2020 that includes "
          "police, health and education. It has cut the time taken to decide whether a strategy discussion is needed "
          "and has improved the information officers receive back."),
        H3("Q2. " + CQ_TEXT[2]),
        P("Standard 1: High (Green). Standard 2: Medium (Amber). Standard 3: Medium (Amber). Standard 4: Medium (Amber)."),
        H3("Q3. " + CQ_TEXT[3]),
        P("74 officers and staff attended WSCP multi-agency courses in 2020/21, and the PPU provides a co-trainer for "
          "the WSCP Child Exploitation course. Attendance at WSCP training is included in PPU development plans."),
        H3("Q4. " + CQ_TEXT[4]),
        P("Yes. Since Vulnerability First, the quality of Public Protection Notices has risen (95% rated good in "
          "January 2021 against 81% a year earlier), and MASH colleagues report clearer descriptions of children's "
          "circumstances."),
        H3("Q5. " + CQ_TEXT[5]),
        P("Through the monthly performance pack, the QA sergeant's dip samples, partner feedback through the MASH and "
          "the Dunmere peer review."),
    ],
    "gold": {
        "agency": ["Wexmoor Constabulary", "Wexmoor Police", "WXC"],
        "self_ratings": {"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "gaps_expected": {"3": ["UNDER_RATED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 3. Council children's services (DOCX)
# Style: rating in each Word section header.  Plant: personal data in case example.
RETURNS.append({
    "file": "n-wexmoor-council-childrens-services-s11-2021.docx",
    "title": "Wexmoor Council Children's Services - Section 11 self-assessment 2021",
    "author": "Simon Greaves",
    "created": datetime.datetime(2021, 9, 27, 14, 5, 0),
    "blocks": [
        ("section", "Wexmoor Council Children's Services - Section 11 self-assessment 2021"),
        ("title", "Wexmoor Council - Children's Services"),
        ("subtitle", "Section 11 self-assessment 2021 - Wexmoor Safeguarding Children Partnership"),
        T([["Director of Children's Services", "Rebecca Aldane"],
           ["Completed by", "Simon Greaves, Head of Quality Assurance and Safeguarding"],
           ["Date", "27 September 2021"]], header=False),
        P("Wexmoor Council is a unitary authority. This return covers Children's Services, including early help, "
          "the MASH, children's social care, the LADO service and commissioning for children."),
        P("Each standard is set out in its own section of this document, and our self-assessment for that standard "
          "is shown in the header of the section. Our answers to the common questions follow below."),
        H1("Common questions"),
        H2("Q1. " + CQ_TEXT[1]),
        P("Wexmoor and Dunmere Mental Health NHS Foundation Trust placed a mental health practitioner in the MASH from "
          "January 2021. Decisions about families where a parent has mental ill health are now quicker and better "
          "informed."),
        H2("Q2. " + CQ_TEXT[2]),
        P("Our self-assessment rating for each standard is given in the header of that standard's section of this "
          "return."),
        H2("Q3. " + CQ_TEXT[3]),
        P("Children's Services is the largest user of WSCP training: 318 staff attended WSCP courses in 2020/21, and "
          "our practice leads deliver the neglect and Graded Care Profile courses."),
        H2("Q4. " + CQ_TEXT[4]),
        P("Yes. After the neglect training, use of the Graded Care Profile rose from 40 to 131 assessments, and the "
          "March 2021 neglect audit found clearer plans for children living with neglect."),
        H2("Q5. " + CQ_TEXT[5]),
        P("Through the audit programme (71% good or better, up from 58%), performance data reviewed monthly at the "
          "Improvement Board, and feedback from children through Mind of My Own and Wexmoor Voices."),
        P("Signed: Rebecca Aldane, Director of Children's Services, 27 September 2021"),

        ("section", "Standard 1 – self-assessment: Green"),
        H1("Standard 1: Leadership and accountability"),
        P("Rebecca Aldane, Director of Children's Services, is the statutory lead and sits on the WSCP executive with "
          "the Chief Executive, Mark Tillotson. Councillor Tom Okafor, Lead Member for Children, chairs the Corporate "
          "Parenting Panel and receives a monthly briefing from the DCS."),
        P("The Children's Services Improvement Board, chaired by the Chief Executive, met monthly throughout 2020/21, "
          "including virtually during the lockdowns, and «1:signed off the Practice Improvement Plan» in October "
          "2020. Progress against the plan's outcomes is reviewed at every meeting."),
        P("Quality assurance: the Quality Assurance Framework was refreshed in September 2020. The service completed "
          "«1:240 collaborative case audits in 2020/21»; 71% of cases were judged good or better, up from 58% in "
          "2019/20, and every audit has a learning action that the team manager follows up."),
        P("Commissioning: every commissioned provider, including the 38 residential and fostering providers on our "
          "framework, has a Section 11 clause in its contract. «1:Compliance visits to 31 providers» took place "
          "between April 2020 and March 2021, and two providers with concerns were placed on enhanced monitoring."),

        ("section", "Standard 2 – self-assessment: Amber"),
        H1("Standard 2: Staff safe recruitment, induction, training and development"),
        P("Safer recruitment: every recruitment panel includes a member trained in safer recruitment. The HR audit in "
          "January 2021 checked 60 personnel files and found «2:DBS and references complete in all 60»."),
        P("Workforce stability remains our main challenge. «2:Agency social workers made up 22%» of the qualified "
          "workforce at March 2021 (20% in March 2020), and the average caseload in the assessment teams was 21 "
          "against our target of 18. A recruitment and retention package, including a market supplement for "
          "experienced social workers, was agreed by Cabinet in June 2021."),
        P("Supervision: «2:78% of supervisions were within timescale» across the year against our target of 90%; "
          "the figure was lowest in the assessment teams during the January 2021 lockdown. Heads of Service now "
          "review supervision compliance weekly."),
        P("Induction and training: 94% of staff have completed the mandatory safeguarding modules, and all 17 newly "
          "qualified social workers in 2020/21 completed the ASYE programme with a protected caseload."),
        P("Allegations: the LADO service received 112 referrals in 2020/21 and 86% had an initial consideration within "
          "one working day. Quarterly LADO reports go to the WSCP."),

        ("section", "Standard 3 – self-assessment: Green"),
        H1("Standard 3: Safeguarding policies and procedures"),
        P("All Children's Services procedures sit in the online procedures manual alongside the WSCP procedures. "
          "«3:Each chapter has a named owner» and the October 2020 review found none past its review date."),
        P("Front door: the Front Door Audit in March 2021 looked at 50 contacts and found that threshold decisions were "
          "«3:appropriate in 47 cases (94%)», and that consent and information sharing decisions were correctly "
          "recorded in all 50."),
        P("Missing children and exploitation: return home interviews were «3:offered in 98% of missing episodes» in "
          "2020/21, and 87% were completed within 72 hours. The weekly Exploitation Panel, chaired by the Head of "
          "Service for Adolescents, Lorna Beech, reviewed 96 young people during the year."),
        P("Escalation: the WSCP Resolution Protocol was used 14 times with partner agencies, and 13 were resolved at "
          "stage 1 or 2."),

        ("section", "Standard 4 – self-assessment: Amber"),
        H1("Standard 4: Listening to children and young people"),
        P("Children's voice in their own care: the case audit programme found the child's voice clearly recorded in "
          "«4:83% of audited cases», and children used the Mind of My Own app to send 412 statements in 2020/21, up "
          "from 260."),
        P("Shaping services: the Children in Care Council, Wexmoor Voices, has 18 members and "
          "«4:interviewed candidates for the Head of Service» post in May 2021. Care leavers helped to rewrite the "
          "Local Offer in 2020."),
        P("Case example: Kayden Thorne (date of birth 14/03/2011), who lives at 27 Furnace Lane, Wexmoor ZX4 7QP "
          "(NHS number 999 482 1937), used Mind of My Own to tell his social worker that he was frightened at "
          "contact. His mother, Leanne Thorne, can be contacted on 07700 900412. Contact arrangements were changed "
          "within a week and Kayden now says he feels safer."),
        P("Shortfall: we do not yet feed back to children systematically on what has changed because of their views. "
          "A 'You said, we did' report for Wexmoor Voices will be produced twice a year from autumn 2021, "
          "«4:owned by the Participation Manager», Ellie Fairclough."),
    ],
    "gold": {
        "agency": ["Wexmoor Council Children's Services", "Wexmoor Children's Services", "WCCS"],
        "self_ratings": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "gaps_expected": {},
        "personal_data": ["Kayden Thorne", "14/03/2011", "27 Furnace Lane, Wexmoor ZX4 7QP", "999 482 1937",
                          "Leanne Thorne", "07700 900412"],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 4. Fire and rescue (DOCX)
# Style: scoring matrix at the end (Standard | G | A | R).  Plants: OVER_RATED (2); Q5 missing.
RETURNS.append({
    "file": "n-wexmoor-fire-rescue-service-s11-2021.docx",
    "title": "Wexmoor Fire and Rescue Service - Section 11 return 2021",
    "author": "Dan Whitcombe",
    "created": datetime.datetime(2021, 9, 21, 11, 30, 0),
    "blocks": [
        ("title", "Wexmoor Fire and Rescue Service"),
        ("subtitle", "Section 11 self-assessment 2021 for the Wexmoor Safeguarding Children Partnership"),
        T([["Executive lead", "Karen Ossett, Deputy Chief Fire Officer"],
           ["Strategic safeguarding lead", "Area Manager Dan Whitcombe, Head of Prevention and Safeguarding"],
           ["Safeguarding Manager", "Rachel Imrie"],
           ["Date", "21 September 2021"]], header=False),
        P("Our ratings for each standard are shown in the scoring matrix at the end of this return."),

        H1("Standard 1 - Leadership and accountability"),
        P("Karen Ossett, Deputy Chief Fire Officer, is the executive lead for safeguarding. Area Manager Dan Whitcombe "
          "is the strategic lead and represents the Service at the WSCP delivery group. The Safeguarding Manager, "
          "Rachel Imrie, leads a team of two safeguarding officers who give advice to crews seven days a week."),
        P("The internal Safeguarding Board, chaired by the Deputy Chief Fire Officer, «1:met on all four planned dates» "
          "in 2020/21 and each time reviewed referral data, training and learning from local and national reviews."),
        P("The Fire Authority received the «1:Safeguarding Annual Report in February 2021», and the Community Safety "
          "Committee scrutinised it in detail, asking for a follow-up report on the Firesetter Intervention Scheme "
          "which was presented in June 2021."),
        P("Internal quality assurance: the Safeguarding Manager audits a sample of safeguarding referrals every "
          "quarter and feeds back to the crew manager concerned. A learning bulletin goes to all stations after each "
          "audit; «1:four bulletins were issued» during the year, covering neglect, hoarding, domestic abuse and "
          "exploitation."),

        H1("Standard 2 - Staff safe recruitment, induction, training and development"),
        P("The Service is fully committed to safer recruitment, and all our staff understand their safeguarding "
          "responsibilities."),
        P("«2:All 28 Fire Cadet instructors» have an enhanced DBS check, renewed every three years."),
        P("Safeguarding training is part of our mandatory training package. At March 2021, "
          "«2:58% of operational staff» had completed the safeguarding e-learning module within the last three years; "
          "completion among on-call firefighters was lower."),
        P("Our Safer Recruitment Policy has been «2:due for review since January 2020»; the review was delayed by "
          "Covid-19 and will be picked up in 2022."),
        P("We believe that staff in roles involving contact with children have the appropriate DBS checks, and HR are "
          "confirming this. Allegations against staff are dealt with under the Service's disciplinary procedure."),

        H1("Standard 3 - Safeguarding policies and procedures"),
        P("The Safeguarding Children and Adults Policy was reviewed in June 2021 and is aligned with the WSCP "
          "procedures; it is on the Service intranet and in every appliance's reference folder."),
        P("Crews raised «3:146 safeguarding concerns» in 2020/21 (109 in 2019/20), all through the online form, and "
          "every one was triaged by a safeguarding officer within 24 hours."),
        P("An «3:audit of 40 referrals in April 2021» found that 95% contained enough information for the MASH to "
          "make a decision without coming back to us; the two that did not were followed up with the crews involved."),
        P("The information sharing agreement with the MASH was signed in October 2020, and the Firesetter Intervention "
          "Scheme has a «3:written referral pathway agreed with» Children's Services and the Youth Offending Service."),

        H1("Standard 4 - Listening to children and young people"),
        P("Our four Fire Cadet units (62 cadets aged 13 to 17) «4:helped rewrite the cadet handbook» in autumn 2020 and "
          "chose the design of the new safeguarding poster that hangs in every station."),
        P("Families on the Firesetter Intervention Scheme complete a feedback form at the end of the programme. "
          "«4:71% of forms were returned» in 2020/21, and young people's comments led us to hold sessions at home "
          "rather than at the fire station."),
        P("However, children's views are «4:not yet captured during Safe and Well visits», where crews usually speak "
          "only to the adults. A prompt card for crews is being trialled at Eastgate and Tolbury stations from "
          "October 2021, led by Rachel Imrie."),

        H1("Common questions"),
        H2("1. " + CQ_TEXT[1]),
        P("Wexmoor Council's MASH gave our safeguarding officers direct access to the MASH consultation line in "
          "November 2020. Crews now get advice the same day, and fewer of our referrals are returned for more "
          "information."),
        H2("2. " + CQ_TEXT[2]),
        P("See the scoring matrix at the end of this return."),
        H2("3. " + CQ_TEXT[3]),
        P("Our two safeguarding officers and the Safeguarding Manager attended WSCP courses on neglect and "
          "exploitation in 2020/21, and we have booked places for station managers on the 2021/22 programme."),
        H2("4. " + CQ_TEXT[4]),
        P("Yes. After the WSCP neglect course our safeguarding officers introduced a hoarding and neglect prompt for "
          "Safe and Well visits, and referrals that mention children living in cluttered or unsafe homes rose from 9 "
          "to 23."),

        H1("Scoring matrix"),
        T([["Standard", "G", "A", "R"],
           ["1. Leadership and accountability", "X", "", ""],
           ["2. Staff safe recruitment, induction, training and development", "X", "", ""],
           ["3. Safeguarding policies and procedures", "X", "", ""],
           ["4. Listening to children and young people", "", "X", ""]]),
        P("Completed by Area Manager Dan Whitcombe on behalf of the Chief Fire Officer, 21 September 2021."),
    ],
    "gold": {
        "agency": ["Wexmoor Fire and Rescue Service", "Wexmoor Fire", "WFRS"],
        "self_ratings": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "gaps_expected": {"2": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": False},
    },
})

# ------------------------------------------------------------------ 5. CCG (PDF)
# Style: Q2 lists the ratings by topic in another order.  Plant: OVER_RATED (4).
RETURNS.append({
    "file": "n-nhs-wexmoor-ccg-s11-2021.pdf",
    "title": "NHS Wexmoor CCG - Section 11 self-assessment 2021",
    "author": "Mark Adeyemi",
    "footer": "NHS Wexmoor Clinical Commissioning Group - Section 11 2021",
    "blocks": [
        ("title", "NHS Wexmoor Clinical Commissioning Group"),
        ("subtitle", "Section 11 self-assessment 2021 - Wexmoor Safeguarding Children Partnership"),
        T([["Executive lead", "Sarah Lindqvist, Director of Nursing and Quality"],
           ["Completed by", "Mark Adeyemi, Designated Nurse for Safeguarding Children"],
           ["Date", "29 September 2021"]], header=False, widths=[4.5, 12.5]),
        P("The CCG commissions health services for around 310,000 people in Wexmoor, including 46 GP practices. "
          "The CCG will become part of the Wexmoor and Dunmere Integrated Care Board in 2022. Our self-ratings for "
          "the standards are given in our answer to common question 2."),

        H1("1. Leadership and accountability"),
        P("Sarah Lindqvist, Director of Nursing and Quality, is the CCG's executive lead for safeguarding and a member "
          "of the Governing Body. The Designated Nurse, Mark Adeyemi, and the Designated Doctor, Dr Fiona "
          "Walsh-Carey, hold the statutory designated roles and both sit on the WSCP delivery group."),
        P("The «1:Designated Doctor post was vacant» from December 2020 to June 2021 after the previous postholder "
          "retired. Cover for urgent advice was provided by the Named Doctor at Wexmoor General Hospital, but the "
          "Designated Doctor's review of child death processes was delayed until July 2021."),
        P("The Governing Body received the safeguarding annual report in July 2021, and the Quality Committee "
          "receives a quarterly safeguarding dashboard; «1:two of the four quarterly dashboards» were deferred during "
          "the Covid-19 waves and replaced by verbal updates."),
        P("Safeguarding standards are in all NHS contracts, and provider assurance visits resumed in May 2021."),
        P("Transition: ICB safeguarding leadership arrangements «1:have not yet been agreed»; the "
          "Director of Nursing is leading the transition work with the ICS."),

        H1("2. Safe recruitment, induction, training and development"),
        P("CCG staff: all staff in the safeguarding team and in roles with access to children's records have an "
          "enhanced DBS check. Safeguarding children training compliance at March 2021 was 98% at Level 1 and 89% at "
          "Level 2; all four members of the safeguarding team are trained to Level 4."),
        P("Primary care: «2:41 of our 46 GP practices» returned the annual safeguarding self-assessment. Across those "
          "practices «2:Level 3 training for GPs was 84%», against the intercollegiate expectation that all GPs are "
          "trained to Level 3. The «2:five practices that did not return» the self-assessment have been followed up "
          "by the Named GP, Dr Owen Pryce, and visits are booked for October 2021."),
        P("Supervision: Named GPs and the Designated Nurse receive monthly safeguarding supervision. Supervision for "
          "practice safeguarding leads is offered through quarterly peer forums, which 29 practices attended."),

        H1("3. Safeguarding policies and procedures"),
        P("The CCG Safeguarding Children Policy was reviewed in April 2021 and reflects the WSCP procedures, the "
          "intercollegiate guidance and the CCG's statutory duties."),
        P("GP reports to initial child protection conferences were submitted for «3:91% of requested conferences» in "
          "2020/21, up from 62% in 2019/20, after the Named GP introduced a report template and a reminder process."),
        P("«3:44 of 46 practices completed» the primary care safeguarding audit tool in 2021, and every practice has "
          "adopted the WSCP Was Not Brought guidance for children who miss appointments."),
        P("The CCG escalated two concerns about a provider's discharge planning for adolescents through the WSCP "
          "Resolution Protocol, and «3:both were resolved within four weeks» with changes to the discharge checklist."),

        H1("4. Listening to children and young people"),
        P("The CCG is committed to ensuring that the voice of the child is at the heart of everything we commission. "
          "We expect every provider to listen to children and young people and to use their views to improve "
          "services."),
        P("Two young people's representatives joined the CAMHS transformation steering group in January 2021 and "
          "«4:attended two of the six meetings» held since then."),
        P("A young people's survey on the new eating disorder pathway was planned for spring 2021 but was postponed "
          "and «4:has not yet been rescheduled»."),
        P("Our contracts ask providers to report each quarter on how they listen to children; reports have been "
          "«4:received from two of our five main providers»."),
        P("We are confident that children's views inform our commissioning decisions."),

        H1("Common questions"),
        H3("Q1. " + CQ_TEXT[1]),
        P("Wexmoor Fire and Rescue Service agreed a written referral pathway into its Firesetter Intervention Scheme. "
          "Our GPs and school nurses now use the same pathway, and children are seen more quickly."),
        H3("Q2. " + CQ_TEXT[2]),
        P("Our ratings, by topic: Listening to children: Green; Leadership: Amber; Policies: Green; Workforce: Amber."),
        H3("Q3. " + CQ_TEXT[3]),
        P("The CCG supports the WSCP training programme: the Designated Nurse chairs the WSCP learning and development "
          "group, and 38 practice staff attended WSCP courses in 2020/21."),
        H3("Q4. " + CQ_TEXT[4]),
        P("Yes. The rise in GP conference reports followed the WSCP 'Working Together at Conference' course, which was "
          "attended by 17 practice safeguarding leads."),
        H3("Q5. " + CQ_TEXT[5]),
        P("Through practice self-assessments, conference report data from Children's Services and provider assurance "
          "reports to the Quality Committee."),
    ],
    "gold": {
        "agency": ["NHS Wexmoor Clinical Commissioning Group", "Wexmoor CCG", "WCCG"],
        "self_ratings": {"1": "amber", "2": "amber", "3": "green", "4": "green"},
        "evidence_supports": {"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        "gaps_expected": {"4": ["OVER_RATED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 6. Sixth form college (DOCX)
# Style: Part 1-4 in another order (Part 1 = Std 3, Part 2 = Std 1, Part 3 = Std 4, Part 4 = Std 2).
# Plant: UNDER_RATED (1).
RETURNS.append({
    "file": "n-wexmoor-sixth-form-college-s11-2021.docx",
    "title": "Wexmoor Sixth Form College - Section 11 self-assessment 2021",
    "author": "Claire Hanbury",
    "created": datetime.datetime(2021, 9, 17, 15, 20, 0),
    "blocks": [
        ("title", "Wexmoor Sixth Form College"),
        ("subtitle", "Section 11 self-assessment 2021 - return to the Wexmoor Safeguarding Children Partnership"),
        T([["Principal", "Dr Martin Aske"],
           ["Designated Safeguarding Lead", "Claire Hanbury, Assistant Principal (Student Support)"],
           ["Link governor for safeguarding", "Ravi Sandhu"],
           ["Date", "17 September 2021"]], header=False),
        P("The college has 1,580 students aged 16 to 19, of whom 1,410 are under 18. This return is set out in four "
          "parts, followed by our answers to the common questions."),

        H1("Part 1 - Safeguarding policies and procedures"),
        P("**Our rating for this part: Green**"),
        P("Our Child Protection and Safeguarding Policy is reviewed every September in line with Keeping Children Safe "
          "in Education. The 2020 version was «3:approved by the Corporation on 29 September 2020», and the 2021 "
          "version, with a new section on child-on-child sexual harassment, was approved on 14 September 2021."),
        P("All concerns are logged on CPOMS. Staff logged 486 concerns in 2020/21, and an "
          "«3:audit of 50 concerns in June 2021» found that 94% had actions recorded within 24 hours and that every "
          "referral to the MASH was made on the day the concern was raised."),
        P("After the national review of sexual abuse in schools and colleges in June 2021 we reviewed our approach "
          "with the student union and «3:introduced an anonymous reporting button» on the student app, which "
          "received 23 reports in its first two months, all followed up by the safeguarding team."),
        P("The attendance and children missing education procedure was revised in January 2021 so that any under-18 "
          "student absent for three days without contact is followed up by a safeguarding officer the same day."),

        H1("Part 2 - Leadership and accountability"),
        P("**Our rating for this part: Amber**"),
        P("We have kept this part at Amber so that we are not complacent, because the safeguarding team has only been "
          "at its current size for a year."),
        P("Claire Hanbury, Assistant Principal, is the Designated Safeguarding Lead and a member of the Senior "
          "Leadership Team. She is supported by «1:three trained deputy DSLs»; the team grew from two deputies to "
          "three in September 2020."),
        P("Ravi Sandhu is the link governor for safeguarding. The Corporation received a termly safeguarding report in "
          "November 2020, March 2021 and June 2021, and the link governor met the DSL every half term."),
        P("In January 2021 an external safeguarding audit by Harbridge Education Consultancy found "
          "«1:all 12 areas fully met», with no recommendations; the report was presented to the Corporation in March "
          "2021."),
        P("The single central record is audited every term by the Vice Principal, and «1:all three audits found no "
          "errors»."),

        H1("Part 3 - Listening to children and young people"),
        P("**Our rating for this part: Green**"),
        P("The Student Voice Forum, with representatives from every curriculum area, meets monthly and has "
          "safeguarding as a standing item. In October 2020 the forum «4:chose the three safeguarding themes» for "
          "tutorials in 2020/21: online safety, healthy relationships and mental health."),
        P("Our student safeguarding survey in March 2021 received 1,140 responses (72% of students). 91% said they "
          "feel safe at college and «4:86% knew how to report a concern»."),
        P("We feed back through a termly 'You said, we did' bulletin. For example, students asked for a quiet space, "
          "and the Wellbeing Hub opened in February 2021. Twelve student safeguarding ambassadors were trained in "
          "April 2021 and «4:helped to design the reporting button» on the app."),

        H1("Part 4 - Staff safe recruitment, induction, training and development"),
        P("**Our rating for this part: Amber**"),
        P("Every interview panel includes at least one member trained in safer recruitment, and 14 managers completed "
          "the training in 2020/21. All 37 new staff completed safeguarding induction before working with students, "
          "and «2:96% of staff completed the annual update» by October 2020."),
        P("Supervision for the DSL team was informal until April 2021, when «2:monthly external supervision for the "
          "DSL» began with an independent social worker. We have not yet extended supervision to the wider student "
          "support team; this is planned for January 2022."),
        P("Checks on contractors and visiting speakers are not yet consistent: «2:a spot check in May 2021» found that "
          "three of eight visiting speakers had not been through the visiting speaker procedure. The procedure has "
          "been reissued and reception staff briefed."),
        P("Two allegations against staff were referred to the LADO in 2020/21 and were managed in line with Part 4 of "
          "Keeping Children Safe in Education."),

        H1("Common questions"),
        H2("Q1. " + CQ_TEXT[1]),
        P("Wexmoor Constabulary invited our students to join its new Youth Independent Advisory Group in March 2021. "
          "Four of our students are members, and the police attended our safeguarding week in May."),
        H2("Q2. " + CQ_TEXT[2]),
        P("Part 1: Green. Part 2: Amber. Part 3: Green. Part 4: Amber."),
        H2("Q3. " + CQ_TEXT[3]),
        P("All members of the DSL team attend at least one WSCP course a year; in 2020/21 they attended the "
          "exploitation, neglect and harmful sexual behaviour courses."),
        H2("Q4. " + CQ_TEXT[4]),
        P("Yes. After the WSCP harmful sexual behaviour course, the safeguarding team introduced a risk assessment "
          "template that was used for all 11 cases of harmful sexual behaviour in 2020/21."),
        H2("Q5. " + CQ_TEXT[5]),
        P("Through the external audit, CPOMS audits, the student survey and feedback from the Student Voice Forum."),
    ],
    "gold": {
        "agency": ["Wexmoor Sixth Form College", "Wexmoor College", "WSFC"],
        "self_ratings": {"1": "amber", "2": "amber", "3": "green", "4": "green"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "green", "4": "green"},
        "gaps_expected": {"1": ["UNDER_RATED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 7. Probation (PDF, long)
# Style: long return, sub-headings, appendix, action plan with RAG per action (decoys);
# rating lines after each standard heading.  Plant: MISSING_RATING (2) with last year's rating as decoy.
RETURNS.append({
    "file": "n-wexmoor-probation-delivery-unit-s11-2021.pdf",
    "title": "Wexmoor Probation Delivery Unit - Section 11 self-assessment 2021",
    "author": "Tom Brackley",
    "footer": "The Probation Service - Wexmoor PDU - Section 11 self-assessment 2021 - OFFICIAL",
    "pages": (8, 14),
    "size": 10.5,
    "blocks": [
        SP, SP,
        ("title", "The Probation Service - Wexmoor Probation Delivery Unit"),
        ("subtitle", "Section 11 Children Act 2004: self-assessment and action plan 2021"),
        ("subtitle", "Submitted to the Wexmoor Safeguarding Children Partnership"),
        SP,
        T([["Head of PDU", "Angela Forsyth"],
           ["PDU safeguarding children lead", "Tom Brackley, Senior Probation Officer"],
           ["Quality Development Officer", "Nadia Sher"],
           ["Regional safeguarding lead", "Gill Aintree, Head of Public Protection (region)"],
           ["Period covered", "1 April 2020 to 31 March 2021, with significant updates to September 2021"],
           ["Version and date", "Version 1.3 (final), 24 September 2021"]], header=False, widths=[5.5, 11.5]),
        SP,
        H2("Contents"),
        B("1. Introduction and context",
          "2. How this return was completed",
          "3. Standard 1: Leadership and accountability",
          "4. Standard 2: Staff safe recruitment, induction, training and development",
          "5. Standard 3: Safeguarding policies and procedures",
          "6. Standard 4: Listening to children and young people",
          "7. Common questions",
          "8. Action plan 2021/22",
          "Appendix A: Evidence documents"),
        PB,

        H1("1. Introduction and context"),
        H2("1.1 The Wexmoor Probation Delivery Unit"),
        P("The Wexmoor Probation Delivery Unit (PDU) supervises around 2,150 adults on community orders, suspended "
          "sentence orders and licence in Wexmoor. It has offices in Wexmoor town centre and Eastgate, a court team "
          "at Wexmoor Magistrates' and Crown Courts, and staff based in the Integrated Offender Management unit with "
          "Wexmoor Constabulary. The PDU employs 118 staff, including 46 Probation Officers, 39 Probation Services "
          "Officers (PSOs) and 24 Professional Qualification in Probation (PQiP) trainees."),
        P("Although we work with adults, a large proportion of the people we supervise are parents, step-parents or "
          "carers, or have regular contact with children. Our case management data for March 2021 show that 46% of "
          "people on probation in Wexmoor live with or have regular contact with a child. Around 9% are subject to a "
          "child protection or child in need plan as a parent or household member. Safeguarding children is "
          "therefore core business for every practitioner."),
        H2("1.2 Probation reform and unification"),
        P("On 26 June 2021 the former National Probation Service and the Community Rehabilitation Companies were "
          "brought together into a single Probation Service. In Wexmoor this meant that 41 staff and around 900 cases "
          "transferred into the PDU from the former Community Rehabilitation Company. Much of the year covered by "
          "this return was spent planning for unification while continuing to deliver services under the Covid-19 "
          "exceptional delivery model, when most contact with people on probation was by telephone and home visits "
          "were restricted to the highest-risk cases."),
        P("This context matters for several parts of this return. Some of our governance arrangements paused during "
          "the transition, and some of our workforce data for transferred staff is still being validated at regional "
          "level. We have tried to be open about where this affects the evidence."),
        H2("1.3 Partnership working"),
        P("The PDU is a member of the WSCP executive (through the Head of PDU) and the WSCP delivery group (through "
          "the PDU safeguarding children lead). We attend the Multi-Agency Risk Assessment Conference (MARAC), the "
          "MAPPA Strategic Management Board and the Exploitation Panel, and we second a probation officer to the "
          "Wexmoor Youth Offending Service."),

        H1("2. How this return was completed"),
        P("This return was drafted by the PDU safeguarding children lead with the Quality Development Officer and "
          "reviewed by the PDU senior management team on 21 September 2021. Evidence was drawn from case audits, the "
          "regional performance and quality reports, training records, the minutes of the PDU Quality and "
          "Safeguarding Meeting and feedback from partners. The documents we relied on are listed in Appendix A."),
        P("For each standard we give a self-assessment rating of Green (met, with evidence of impact), Amber (partly "
          "met, with improvement work under way) or Red (not met). The action plan in section 8 uses its own RAG "
          "column, which shows the progress of each action (Green = complete or on track, Amber = some delay, "
          "Red = off track); it is not a rating of the standard."),
        PB,

        H1("3. Standard 1: Leadership and accountability"),
        P("**Self-assessment rating: Amber**"),
        H2("3.1 Leadership roles"),
        P("Angela Forsyth, Head of the Wexmoor PDU, is accountable for safeguarding children in the PDU and represents "
          "the Probation Service on the WSCP executive. Tom Brackley, Senior Probation Officer, is the PDU "
          "safeguarding children lead; the role takes half of his time and he was appointed in July 2021 after the "
          "post had been «1:vacant since March 2021», when his predecessor moved to a regional role. During the "
          "vacancy the Head of PDU and two senior probation officers covered the partnership meetings, but the PDU "
          "missed two WSCP delivery group meetings (April and May 2021)."),
        P("At regional level, Gill Aintree, Head of Public Protection, is the regional safeguarding lead and chairs "
          "the regional safeguarding forum, which the PDU lead attends."),
        H2("3.2 Governance"),
        P("The PDU Quality and Safeguarding Meeting, chaired by the Head of PDU, normally meets every two months and "
          "receives safeguarding audit findings, training data and learning from reviews."),
        P("However, it «1:did not meet between January and April 2021» because the senior team's time was taken up by "
          "unification planning; it resumed in May 2021 and has met every two months since. Safeguarding risks were "
          "reported to the regional senior leadership team through the monthly performance report throughout."),
        P("The PDU does not yet have its own local safeguarding risk register. Risks are currently held on the "
          "regional register, which is not always specific enough to Wexmoor. A local register will be in place by "
          "December 2021 (action 1.2)."),
        H2("3.3 Partnership accountability"),
        P("Attendance at MARAC was 100% in 2020/21, and the PDU contributed to both child safeguarding practice "
          "reviews undertaken by the WSCP during the year. The Head of PDU presented the PDU's response to the review "
          "known as 'Child R' to the WSCP executive in March 2021."),
        H2("3.4 Quality assurance"),
        P("The Quality Development Officer, Nadia Sher, carried out a safeguarding case audit in November 2020 and a "
          "re-audit in June 2021 (see section 5.3). The findings were presented to every team at "
          "«1:practice development days in July 2021», and each team manager agreed a team improvement plan. "
          "Individual feedback was given to every practitioner whose case was audited."),
        H2("3.5 Summary"),
        P("Leadership roles are clear and the Head of PDU is visibly engaged with the partnership. However, the gap "
          "in the lead role, the pause in the Quality and Safeguarding Meeting and the lack of a local risk register "
          "mean that this standard is not yet fully met."),
        PB,

        H1("4. Standard 2: Staff safe recruitment, induction, training and development"),
        H2("4.1 Safer recruitment and vetting"),
        P("All Probation Service staff are vetted before appointment and are subject to the Ministry of Justice "
          "vetting policy. Unification brought 41 staff from the former Community Rehabilitation Company into the "
          "PDU, and «2:vetting checks for all 41 transferring staff» were confirmed before 26 June 2021. Recruitment "
          "panels include a manager who has completed safer recruitment training."),
        H2("4.2 Induction"),
        P("New staff complete the national Probation Service induction, which includes a safeguarding children "
          "module. The 24 PQiP trainees who started in 2020/21 completed the module in their first month and are "
          "allocated cases involving children only after their practice tutor assessor signs off their safeguarding "
          "learning."),
        H2("4.3 Training"),
        P("Safeguarding children e-learning compliance was 87% at March 2021 against the national expectation of "
          "95%. The classroom course 'Domestic Abuse and Safeguarding Children' had been attended by "
          "«2:64% of Probation Services Officers» by March 2021, because classroom delivery was suspended for most of "
          "the year; a virtual version has run monthly since May 2021. Transferred staff from the former Community "
          "Rehabilitation Company are being mapped against the national training requirements, and this mapping is "
          "not yet complete."),
        H2("4.4 Supervision"),
        P("Every practitioner should receive monthly reflective supervision that includes their cases involving "
          "children. Our supervision audit in March 2021 found that «2:70% of supervision sessions were recorded» on "
          "the system in the expected month; the rest either did not happen or were not recorded. Managers' "
          "caseloads increased during unification and this is a known pressure."),
        H2("4.5 Managing allegations"),
        P("One allegation concerning a member of staff's conduct towards a child was referred to the LADO in 2020/21. "
          "It was referred on the same day and managed jointly by HR, the Head of PDU and the LADO in line with the "
          "WSCP allegations procedure."),
        H2("4.6 Rating"),
        P("In our 2019/20 return we rated this standard Amber. We are not giving a rating for 2020/21 until the "
          "regional workforce data for transferred staff has been validated, which we expect in November 2021."),
        PB,

        H1("5. Standard 3: Safeguarding policies and procedures"),
        P("**Self-assessment rating: Green**"),
        H2("5.1 Policies"),
        P("The PDU follows the Probation Service Safeguarding Children Policy Framework and the WSCP multi-agency "
          "procedures. Local procedures for children's services enquiries, home visits and information sharing were "
          "updated for unification and reissued to all staff on 28 June 2021, with a briefing at every team meeting."),
        H2("5.2 Safeguarding checks at court"),
        P("Before sentence, the court team checks with Children's Services and the police domestic abuse unit for "
          "everyone who has contact with children."),
        P("Court team audit: «3:120 pre-sentence reports in February 2021» were audited, and these checks had been completed before sentence in 96% of cases where the person had "
          "contact with children. The result was used in the proposal in every case."),
        H2("5.3 Quality of safeguarding in assessments"),
        P("The November 2020 audit of 80 cases found that safeguarding information was sufficient in 63% of cases. "
          "After the practice development work described in section 3.4, the June 2021 re-audit of 80 cases found "
          "it was sufficient in 84% of cases, «3:up from 63% in November 2020», and that referrals to Children's "
          "Services had been made where needed in every audited case."),
        H2("5.4 Escalation and information sharing"),
        P("The Resolution Protocol was used six times; «3:all six were resolved at stage 1» or stage 2. We used "
          "it in 2020/21 mainly when we disagreed with decisions to close a case to children's social "
          "care while a parent on probation posed a risk. Probation officers attend child protection conferences "
          "and core groups for every case where the person we supervise is a parent or household member, and "
          "written reports are provided when attendance is not possible."),
        H2("5.5 Exploitation and missing children"),
        P("Probation staff attend the weekly Exploitation Panel when an adult on probation is linked to the "
          "exploitation of children, and the Integrated Offender Management team shares intelligence about adults "
          "linked to county lines with the force exploitation hub."),
        PB,

        H1("6. Standard 4: Listening to children and young people"),
        P("**Self-assessment rating: Amber**"),
        H2("6.1 Children in the families of people on probation"),
        P("Our practitioners rarely work directly with children, but we expect them to find out about and record the "
          "experiences of children in the households of people we supervise, through partner agencies and, where "
          "safe, home visits. The June 2021 audit found «4:children's views recorded in 58%» of the cases where "
          "children were in the household, usually through information from social workers or schools. Home visits "
          "were restricted for much of the year, which reduced practitioners' direct observation of children."),
        H2("6.2 Young adults moving from the Youth Offending Service"),
        P("Nineteen young people transferred from the Wexmoor Youth Offending Service to the PDU in 2020/21. Each had "
          "a joint transition meeting with their YOS worker and their new probation practitioner, and "
          "«4:17 of the 19 young people» said in their exit feedback to the YOS that they understood what would "
          "happen next and felt listened to."),
        H2("6.3 Shaping our services"),
        P("The 'Engaging People on Probation' forum gives adults on probation a say in how services are run, and its "
          "members include young adults aged 18 to 25."),
        P("However, we «4:have not yet consulted children directly» about "
          "how probation affects them and their families. We plan to work with Kestrel Yard Youth Project and the "
          "Children in Care Council to hear from children with a parent on probation by March 2022 (action 4.2)."),
        PB,

        H1("7. Common questions"),
        H2("7.1 " + CQ_TEXT[1]),
        P("Wexmoor Council Children's Services gave the PDU court team direct read-only access to the children's "
          "social care system from January 2021. Safeguarding checks that used to take up to five days are now "
          "usually done on the day, which is reflected in the court audit result in section 5.2."),
        H2("7.2 " + CQ_TEXT[2]),
        P("Standard 1: Amber. Standard 2: not yet rated for 2020/21 (see section 4.6). Standard 3: Green. "
          "Standard 4: Amber."),
        H2("7.3 " + CQ_TEXT[3]),
        P("The PDU is committed to the WSCP training programme. 52 staff attended WSCP multi-agency courses in "
          "2020/21, mainly the domestic abuse, neglect and exploitation courses, and two of our senior probation "
          "officers are on the WSCP pool of co-trainers. Attendance at WSCP training is discussed in every "
          "practitioner's annual development review."),
        H2("7.4 " + CQ_TEXT[4]),
        P("Yes. The June 2021 re-audit shows a clear improvement in the quality of safeguarding information in "
          "assessments after the practice development days, and practitioners who attended the WSCP neglect course "
          "have used the Graded Care Profile evidence from social workers in their sentence plans."),
        H2("7.5 " + CQ_TEXT[5]),
        P("We know we have improved through our case audits and re-audits, the court team audit, performance data on "
          "safeguarding checks, and feedback from Children's Services and the YOS. We also look at the learning from "
          "WSCP reviews and check whether it appears in practice at the next audit."),
        PB,

        H1("8. Action plan 2021/22"),
        P("The RAG column shows the progress of each action at 24 September 2021 (Green = complete or on track, "
          "Amber = some delay, Red = off track)."),
        T([["No.", "Std", "Action", "Owner", "Due", "RAG"],
           ["1.1", "1", "Appoint a permanent PDU safeguarding children lead", "Angela Forsyth", "Jul 2021", "Green"],
           ["1.2", "1", "Set up a local safeguarding risk register, reviewed at every Quality and Safeguarding Meeting", "Angela Forsyth", "Dec 2021", "Amber"],
           ["1.3", "1", "Restore bimonthly Quality and Safeguarding Meetings and publish a forward plan", "Angela Forsyth", "May 2021", "Green"],
           ["1.4", "1", "Ensure PDU attendance at every WSCP delivery group meeting", "Tom Brackley", "Ongoing", "Green"],
           ["2.1", "2", "Map transferred staff against national safeguarding training requirements", "Tom Brackley", "Nov 2021", "Amber"],
           ["2.2", "2", "Raise safeguarding children e-learning compliance to 95%", "Team managers", "Mar 2022", "Amber"],
           ["2.3", "2", "Run monthly virtual 'Domestic Abuse and Safeguarding Children' course", "Tom Brackley", "From May 2021", "Green"],
           ["2.4", "2", "Supervision recording audit every quarter; target 90% recorded", "Senior probation officers", "Mar 2022", "Red"],
           ["3.1", "3", "Reissue local safeguarding procedures after unification", "Tom Brackley", "Jun 2021", "Green"],
           ["3.2", "3", "Repeat the court team safeguarding checks audit", "Nadia Sher", "Feb 2022", "Green"],
           ["3.3", "3", "Third safeguarding case audit, including transferred cases", "Nadia Sher", "Dec 2021", "Green"],
           ["4.1", "4", "Add a 'child's lived experience' prompt to the assessment quality checklist", "Nadia Sher", "Oct 2021", "Amber"],
           ["4.2", "4", "Hear from children with a parent on probation, with Kestrel Yard Youth Project", "Tom Brackley", "Mar 2022", "Amber"],
           ["4.3", "4", "Share YOS transition feedback with all practitioners", "YOS seconded officer", "Dec 2021", "Green"]],
          widths=[1.0, 1.1, 7.3, 3.3, 2.5, 1.8]),
        PB,

        H1("Appendix A: Evidence documents"),
        P("The following documents are held by the PDU and can be provided to the WSCP on request."),
        T([["Ref.", "Document", "Date"],
           ["A1", "PDU Quality and Safeguarding Meeting minutes (five meetings)", "Jun 2020 - Sep 2021"],
           ["A2", "Regional safeguarding forum terms of reference", "Sep 2020"],
           ["A3", "Safeguarding case audit report (80 cases)", "Nov 2020"],
           ["A4", "Safeguarding case re-audit report (80 cases)", "Jun 2021"],
           ["A5", "Court team safeguarding checks audit (120 reports)", "Feb 2021"],
           ["A6", "Supervision recording audit", "Mar 2021"],
           ["A7", "Training compliance report, Wexmoor PDU", "Mar 2021"],
           ["A8", "Vetting confirmation for transferring staff", "Jun 2021"],
           ["A9", "Local safeguarding procedures (post-unification)", "Jun 2021"],
           ["A10", "Practice development day slides and team improvement plans", "Jul 2021"],
           ["A11", "WSCP Resolution Protocol log (six escalations)", "2020/21"],
           ["A12", "MARAC attendance record", "2020/21"],
           ["A13", "YOS to probation transition feedback summary", "Jul 2021"],
           ["A14", "Engaging People on Probation forum notes", "2021"],
           ["A15", "PDU response to the 'Child R' safeguarding practice review", "Mar 2021"],
           ["A16", "Regional performance and quality report extracts", "Monthly"]],
          widths=[1.3, 11.7, 4.0]),
        SP,
        P("Signed: Angela Forsyth, Head of Wexmoor PDU, 24 September 2021"),
    ],
    "gold": {
        "agency": ["Wexmoor Probation Delivery Unit", "Wexmoor Probation", "WPDU"],
        "self_ratings": {"1": "amber", "2": None, "3": "green", "4": "amber"},
        "evidence_supports": {"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        "gaps_expected": {"2": ["MISSING_RATING"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 8. Leisure trust (DOCX)
# Style: cover email on top revises Standard 3 from Green to Amber.  Plant: late.
RETURNS.append({
    "file": "n-wexmoor-active-leisure-trust-s11-2021.docx",
    "title": "Wexmoor Active Leisure Trust - Section 11 return 2021",
    "author": "Gareth Pell",
    "created": datetime.datetime(2021, 10, 11, 16, 40, 0),
    "blocks": [
        P("**From:** Gareth Pell <gareth.pell@wexmooractive.org.uk>"),
        P("**Sent:** 11 October 2021 16:42"),
        P("**To:** WSCP Business Unit <wscp.business@wexmoorscp.org.uk>"),
        P("**Subject:** Section 11 return 2021 - Wexmoor Active Leisure Trust"),
        SP,
        P("Dear WSCP Business Unit,"),
        P("Please find our Section 11 return for 2021 below. Apologies that it is late - we know the deadline was 30 "
          "September and we are sorry for the delay."),
        P("Since drafting, we have revised Standard 3 to Amber after the audit results. In our September spot checks "
          "at all five centres, only 14 of the 23 duty managers could describe the out-of-hours escalation route "
          "correctly. The return below was written before those results came in and still shows Green for Standard "
          "3, but our rating for this year is Amber. The other ratings are unchanged."),
        P("We will re-run the spot checks in December after refresher briefings and will update the partnership."),
        P("Kind regards,"),
        P("Gareth Pell"),
        P("Head of Operations and Designated Safeguarding Lead, Wexmoor Active Leisure Trust"),
        PB,

        ("title", "Wexmoor Active Leisure Trust"),
        ("subtitle", "Section 11 self-assessment 2021 - Wexmoor Safeguarding Children Partnership"),
        T([["Chief Executive", "Jo Marchetti"],
           ["Designated Safeguarding Lead", "Gareth Pell, Head of Operations"],
           ["Safeguarding trustee", "Ann Kowalczyk"],
           ["Draft completed", "20 September 2021"]], header=False),
        P("Wexmoor Active runs five leisure centres and three swimming pools for Wexmoor Council under a management "
          "contract. Around 4,800 children a week use our swim school, holiday camps, junior gym and sports clubs."),

        H1("Standard 1: Leadership and accountability"),
        P("RAG rating: **Green**"),
        P("Jo Marchetti, Chief Executive, is accountable to the board for safeguarding, and Gareth Pell, Head of "
          "Operations, is the Designated Safeguarding Lead with a deputy at each centre. Ann Kowalczyk is the "
          "trustee safeguarding champion and meets the DSL every quarter."),
        P("The board received a safeguarding report at each of its four meetings in 2020/21. The centre managers' "
          "safeguarding group met «1:every month except April 2020», when the centres were closed."),
        P("The Council's annual contract review in May 2021 found that the Trust «1:met all safeguarding contract "
          "requirements», and the Council's contract manager noted our improved reporting."),
        P("Internal quality assurance: the DSL organised «1:mystery visits at all five centres» in 2021, testing how "
          "reception staff responded to a lost-child scenario; the results went to the board in July 2021."),

        H1("Standard 2: Staff safe recruitment, induction, training and development"),
        P("RAG rating: **Amber**"),
        P("«2:All 214 coaches, swim teachers and lifeguards» who work with children have enhanced DBS checks, tracked "
          "on the HR system and renewed every three years."),
        P("Safeguarding training: at March 2021 «2:83% of staff had completed» the safeguarding module in the past two "
          "years, against our target of 95%. The gap is mainly among casual staff."),
        P("Induction covers safeguarding, the code of conduct and how to report a concern, and new staff cannot work "
          "alone with children until it is signed off."),
        P("There is «2:no refresher for casual staff» who work fewer than ten hours a month. A short online refresher "
          "will launch in November 2021, and casual staff will be paid for the time."),

        H1("Standard 3: Safeguarding policies and procedures"),
        P("RAG rating: **Green**"),
        P("Our Safeguarding Children Policy was updated in March 2021 in line with the WSCP procedures and includes "
          "sections on lost and missing children, changing rooms and photography."),
        P("Staff recorded «3:38 safeguarding concerns in 2020/21», and 11 were referred to the MASH; all referrals were "
          "made on the same day."),
        P("The lost child procedure was tested with drills at the three larger centres in June 2021, but it has "
          "«3:not yet been tested at Fenwick Road» or Millbrook pools."),
        P("Escalation: the out-of-hours escalation route is set out in the duty manager handbook, and «3:the on-call "
          "DSL rota» covers evenings and weekends."),

        H1("Standard 4: Listening to children and young people"),
        P("RAG rating: **Amber**"),
        P("The swim school survey in February 2021 received «4:300 responses from children and parents». Children "
          "asked for more time in the water at the end of lessons, so the last five minutes of each lesson are now "
          "free play."),
        P("Junior gym members aged 11 to 15 gave feedback on the new induction, and we «4:moved junior gym sessions "
          "to 4.30pm» so that they could come straight from school."),
        P("We have not yet set up the «4:youth panel we planned for 2020»; it is now due to start in January 2022."),

        H1("Common questions"),
        H2("1. " + CQ_TEXT[1]),
        P("Kestrel Yard Youth Project ran joint holiday sessions with us in summer 2021 and helped our staff "
          "understand the worries some young people have about exploitation in Eastgate."),
        H2("2. " + CQ_TEXT[2]),
        P("Standard 1 Green; Standard 2 Amber; Standard 3 Green; Standard 4 Amber."),
        H2("3. " + CQ_TEXT[3]),
        P("Our DSL and five centre deputies attended WSCP courses in 2020/21, and we have asked for WSCP training to "
          "be offered in the evening so that shift staff can attend."),
        H2("4. " + CQ_TEXT[4]),
        P("Yes. Since the WSCP exploitation course, centre staff have raised four concerns about older young people "
          "waiting outside centres, which were passed to the police and the MASH."),
        H2("5. " + CQ_TEXT[5]),
        P("Through concern logs, mystery visits, the Council's contract review and feedback from children and parents."),
    ],
    "gold": {
        "agency": ["Wexmoor Active Leisure Trust", "Wexmoor Active", "WALT"],
        "self_ratings": {"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        "evidence_supports": {"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        "gaps_expected": {},
        "personal_data": [],
        "late": True,
        "common_questions_answered": dict(ALL_CQ),
    },
})

# ------------------------------------------------------------------ 9. Youth work charity (DOCX)
# Style: plain words ("we think we are doing well" / "we are getting there" / "we need help").
# Plants: honest Red (2); Q4 "N/A".
RETURNS.append({
    "file": "n-kestrel-yard-youth-project-s11-2021.docx",
    "title": "Kestrel Yard Youth Project - Section 11 return 2021",
    "author": "Shona McAvoy",
    "created": datetime.datetime(2021, 9, 27, 19, 10, 0),
    "blocks": [
        ("title", "Kestrel Yard Youth Project"),
        ("subtitle", "Our Section 11 return for the Wexmoor Safeguarding Children Partnership, 2021"),
        P("Filled in by Shona McAvoy (Project Manager and Safeguarding Lead) with Pat Devlin (Safeguarding Trustee). "
          "Date: 27 September 2021."),
        P("We are a small youth charity in Eastgate, Wexmoor. We run three open youth clubs a week and a girls' group, "
          "with 3 part-time paid staff and 15 volunteers. About 120 young people aged 11 to 18 come to us each month."),
        H2("How we have rated ourselves"),
        P("We have used our own words. When we say \"we think we are doing well\" we mean Green, \"we are getting "
          "there\" means Amber, and \"we need help\" means Red."),

        H1("1. Leadership and accountability"),
        P("**We are getting there.**"),
        P("We have 5 trustees. Pat Devlin became our safeguarding trustee in January 2021. Shona McAvoy is the "
          "safeguarding lead and Dev Mistry, our youth worker, is the deputy."),
        P("Safeguarding was on the agenda at «1:three of our four trustee meetings» this year. We wrote a safeguarding "
          "report for the trustees «1:for the first time in June 2021»."),
        P("We have «1:not yet done any checking» (auditing) of our own safeguarding records. Pat plans to do the first "
          "one in November 2021. We do not commission any services."),

        H1("2. Staff and volunteers: safe recruitment, induction and training"),
        P("**We need help.**"),
        P("Our 3 paid staff all have up-to-date enhanced DBS checks. For our 15 volunteers, «2:we only hold DBS "
          "certificates for 7», and some of the others started before we kept proper records."),
        P("We «2:do not have a written induction» for volunteers. New volunteers shadow Shona for a session and then "
          "start."),
        P("Only Shona has done safeguarding training in the last three years (the WSCP course in 2019), and "
          "«2:none of our volunteers has had» any safeguarding training with us."),
        P("We do not have a procedure for what to do if there is an allegation about a member of staff or a volunteer, "
          "and we do not offer supervision. We have asked the WSCP business unit and the council's voluntary sector "
          "team for help, and Pat has booked DBS checks for all volunteers through the council's umbrella scheme in "
          "October."),

        H1("3. Safeguarding policies and procedures"),
        P("**We are getting there.**"),
        P("Our safeguarding policy was written in 2019 and updated in May 2021 using the council's voluntary sector "
          "template. It now has the MASH phone line and the WSCP escalation steps in it."),
        P("In 2020/21 we had «3:9 safeguarding concerns about young people». We «3:referred 6 to the MASH» and talked "
          "the other 3 through with the MASH consultation line."),
        P("We have «3:not yet written anything about missing children» or exploitation, even though some of our young "
          "people are at risk. We want to use the WSCP procedures and have a session booked with the exploitation hub "
          "in November."),

        H1("4. Listening to children and young people"),
        P("**We think we are doing well.**"),
        P("Young people run our youth committee: «4:9 young people meet every month» and decide what the clubs do and "
          "how the budget for trips is spent."),
        P("The committee interviewed our new youth worker in March 2021, and «4:their scores counted for half» of the "
          "decision."),
        P("In our July 2021 survey, «4:44 of the 48 young people» who answered said they feel safe at Kestrel Yard. We "
          "have a 'You said, we did' board: for example, they asked for the girls' group to move to Thursdays, and we "
          "moved it."),

        H1("The five common questions"),
        H2("1. Something another agency did in 2020/21 that made working together better"),
        P("PC Hannah Lowe from Wexmoor Constabulary came to our youth club every month from March 2021 to talk with "
          "young people about knife crime. When we had a worry about a young person being exploited, she helped us "
          "get it to the right people quickly."),
        H2("2. Our ratings"),
        P("Leadership - we are getting there. Staff and volunteers - we need help. Policies - we are getting there. "
          "Listening to young people - we think we are doing well."),
        H2("3. Our commitment to WSCP multi-agency training"),
        P("We want to do more WSCP training. Shona and Dev went on the WSCP exploitation course in 2021, and we have "
          "asked for places for our volunteers."),
        H2("4. Is training having an impact on practice?"),
        P("N/A"),
        H2("5. How do we know we have improved?"),
        P("Our young people tell us, through the committee and the survey, and our trustees now get a safeguarding "
          "report, which they did not before."),
    ],
    "gold": {
        "agency": ["Kestrel Yard Youth Project", "Kestrel Yard", "KYYP"],
        "self_ratings": {"1": "amber", "2": "red", "3": "amber", "4": "green"},
        "evidence_supports": {"1": "amber", "2": "red", "3": "amber", "4": "green"},
        "gaps_expected": {"common": ["COMMON_QUESTION_UNANSWERED"]},
        "personal_data": [],
        "late": False,
        "common_questions_answered": {"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
    },
})

# ==== END CONTENT ====

if __name__ == "__main__":
    main()
