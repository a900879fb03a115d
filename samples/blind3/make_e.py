#!/usr/bin/env python3
"""Writer E: nine invented Section 11 returns (2020/21) to the fictional Eldermere
Safeguarding Children Partnership, with gold files.

Usage:
    make_e.py           write submissions/e-*.docx|pdf and gold/e-*.yml
    make_e.py --check   rebuild in memory, compare bytes with disk, check gold fragments

Everything is invented. Phone numbers use 07700 900xxx, postcodes use the invented
prefix QE, NHS numbers start 999.
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
SUB = HERE / "submissions"
GOLD = HERE / "gold"

STD_NAMES = {
    "1": "Leadership and accountability",
    "2": "Staff safe recruitment, induction, training and development",
    "3": "Safeguarding policies and procedures",
    "4": "Listening to children and young people",
}
ALL4 = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]

GREEN, AMBER, RED = "00B050", "FFC000", "C00000"
RAGHEX = {"Green": GREEN, "Amber": AMBER, "Red": RED, "G": GREEN, "A": AMBER, "R": RED}

# ---------------------------------------------------------------------------
# Word rendering
# ---------------------------------------------------------------------------
FIXED_DT = datetime(2021, 9, 28, 9, 0, 0)
ZIP_DT = (2021, 9, 28, 9, 0, 0)


def _shade(cell, hexfill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _checkbox_runs(paragraph, name, checked):
    """Append a legacy FORMCHECKBOX field to paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    chk = '<w:checked/>' if checked else ''
    begin = parse_xml(
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
        '<w:default w:val="0"/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
        % (nsdecls("w"), name, chk))
    instr = parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                      % nsdecls("w"))
    end = parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w"))
    for el in (begin, instr, end):
        paragraph._p.append(el)


def render_docx(spec):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Calibri")
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    cb_count = [0]
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
        elif kind == "h1":
            d.add_heading(b[1], 1)
        elif kind == "h2":
            d.add_heading(b[1], 2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ital":
            p = d.add_paragraph()
            p.add_run(b[1]).italic = True
        elif kind == "pb":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(b[2])
        elif kind == "num":  # memo numbered paragraph
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(b[1] + "\t")
            p.add_run(b[2])
        elif kind == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, txt in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = txt
                    if r == 0 and opts.get("header", True):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                        if opts.get("head_fill"):
                            _shade(cell, opts["head_fill"])
                    fill = opts.get("shade", {}).get((r, c))
                    if fill:
                        _shade(cell, fill)
            if opts.get("widths"):
                for r in t.rows:
                    for c, w in enumerate(opts["widths"]):
                        r.cells[c].width = Cm(w)
            d.add_paragraph()
        elif kind == "cb":  # label, options, chosen
            p = d.add_paragraph()
            p.add_run(b[1] + "  ").bold = True
            for opt in b[2]:
                cb_count[0] += 1
                _checkbox_runs(p, "Check%d" % cb_count[0], opt == b[3])
                p.add_run(" " + opt + "    ")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "space":
            d.add_paragraph()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = spec["author"]
    cp.last_modified_by = spec["author"]
    cp.title = spec["doc_title"]
    cp.subject = "Section 11 self-assessment 2020/21"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------

def render_pdf(spec):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, alignment=TA_LEFT, spaceAfter=6)
    ital = ParagraphStyle("i", parent=base, fontName="Helvetica-Oblique")
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                        spaceBefore=10, spaceAfter=6,
                        textColor=colors.HexColor(spec.get("head_colour", "#1F3864")))
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                        spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=20,
                           spaceAfter=10)
    cellst = ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0)

    class Rect(Flowable):
        """A label followed by a filled, text-free rectangle."""

        def __init__(self, label, hexc):
            super().__init__()
            self.label, self.hexc = label, hexc

        def wrap(self, aw, ah):
            return aw, 22

        def draw(self):
            c = self.canv
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(colors.black)
            c.drawString(0, 7, self.label)
            w = c.stringWidth(self.label, "Helvetica-Bold", 10)
            c.setFillColor(colors.HexColor("#" + self.hexc))
            c.setStrokeColor(colors.HexColor("#404040"))
            c.rect(w + 10, 2, 46, 16, stroke=1, fill=1)

    class KeyRects(Flowable):
        def __init__(self, items):
            super().__init__()
            self.items = items

        def wrap(self, aw, ah):
            return aw, 20 * len(self.items) + 4

        def draw(self):
            c = self.canv
            y = 20 * (len(self.items) - 1) + 4
            for hexc, label in self.items:
                c.setFillColor(colors.HexColor("#" + hexc))
                c.setStrokeColor(colors.HexColor("#404040"))
                c.rect(0, y, 30, 13, stroke=1, fill=1)
                c.setFillColor(colors.black)
                c.setFont("Helvetica", 9.5)
                c.drawString(40, y + 3, label)
                y -= 20

    story = []
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(escape(b[1]), title))
        elif kind == "h1":
            story.append(Paragraph(escape(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), base))
        elif kind == "ital":
            story.append(Paragraph(escape(b[1]), ital))
        elif kind == "pb":
            story.append(Paragraph("<b>%s</b>%s" % (escape(b[1]), escape(b[2])), base))
        elif kind == "bullets":
            for t in b[1]:
                story.append(Paragraph(escape(t), base, bulletText="\u2022"))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            data = [[Paragraph(("<b>%s</b>" if r == 0 and opts.get("header", True) else "%s")
                               % escape(t), cellst) for t in row] for r, row in enumerate(rows)]
            widths = [w * cm for w in opts["widths"]] if opts.get("widths") else None
            tb = Table(data, colWidths=widths, hAlign="LEFT")
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("head_fill"):
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + opts["head_fill"])))
            for (r, c), hx in opts.get("shade", {}).items():
                cmds.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#" + hx)))
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif kind == "rect":
            story.append(Rect(b[1], b[2]))
            story.append(Spacer(1, 4))
        elif kind == "keyrects":
            story.append(KeyRects(b[1]))
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, 10))
        else:
            raise ValueError(kind)

    def on_page(c, doc):
        c.saveState()
        if spec.get("watermark"):
            c.setFillColor(colors.Color(0.85, 0.85, 0.85))
            c.setFont("Helvetica-Bold", 110)
            c.translate(A4[0] / 2, A4[1] / 2)
            c.rotate(45)
            c.drawCentredString(0, -40, spec["watermark"])
            c.rotate(-45)
            c.translate(-A4[0] / 2, -A4[1] / 2)
        if spec.get("header"):
            c.setFillColor(colors.HexColor("#404040"))
            c.setFont("Helvetica", 8)
            c.drawString(2 * cm, A4[1] - 1.2 * cm, spec["header"])
            c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        if spec.get("footer"):
            c.setFillColor(colors.HexColor("#404040"))
            c.setFont("Helvetica", 8)
            c.drawString(2 * cm, 1.1 * cm, spec["footer"])
            c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Page %d" % doc.page)
        c.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title=spec["doc_title"], author=spec["author"],
                            subject="Section 11 self-assessment 2020/21", creator="make_e.py")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def gold_for(spec):
    g = spec["gold"]
    self_r, ev = g["self"], g["evidence"]
    planted = g.get("planted", {})
    gaps_expected = {k: [v] for k, v in planted.items()}
    if not all(g["common"].values()):
        gaps_expected["common"] = ["COMMON_QUESTION_UNANSWERED"]
    forb = {}
    for s in "1234":
        p = planted.get(s)
        if p == "OVER_RATED":
            f = ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif p == "UNDER_RATED":
            f = ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif p == "MISSING_RATING":
            f = ["MISSING_SECTION"]
        elif p == "MISSING_SECTION":
            f = []
        else:
            assert self_r[s] is not None and self_r[s] == ev[s], (spec["file"], s)
            f = list(ALL4)
        if f:
            forb[s] = f
    return {
        "file": spec["file"],
        "agency": g["agency"],
        "status": "ok",
        "error_code": None,
        "framework": "gscp-2021",
        "self_ratings": dict(self_r),
        "evidence_supports": dict(ev),
        "evidence_must_include": {k: v for k, v in g["frags"].items()},
        "gaps_expected": gaps_expected,
        "gaps_forbidden": forb,
        "personal_data": list(g.get("personal", [])),
        "late": g.get("late", False),
        "common_questions_answered": dict(g["common"]),
    }


def _q(s):
    return json.dumps(s, ensure_ascii=False)


def _flowmap(m):
    def val(v):
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) if not isinstance(x, str) or x.isupper() else _q(x)
                                   for x in v) + "]"
        return str(v)
    return "{" + ", ".join("%s: %s" % (_q(k), val(v)) for k, v in m.items()) + "}"


def gold_yaml(g):
    out = []
    out.append("file: %s" % g["file"])
    out.append("agency: [%s]" % ", ".join(_q(a) for a in g["agency"]))
    out.append("status: ok")
    out.append("error_code: null")
    out.append("framework: gscp-2021")
    out.append("self_ratings: %s" % _flowmap(g["self_ratings"]))
    out.append("evidence_supports: %s" % _flowmap(g["evidence_supports"]))
    out.append("evidence_must_include:")
    for k, v in g["evidence_must_include"].items():
        out.append("  %s: [%s]" % (_q(k), ", ".join(_q(x) for x in v)))
    out.append("gaps_expected: %s" % _flowmap(g["gaps_expected"]))
    out.append("gaps_forbidden:")
    for k, v in g["gaps_forbidden"].items():
        out.append("  %s: [%s]" % (_q(k), ", ".join(v)))
    out.append("personal_data: [%s]" % ", ".join(_q(x) for x in g["personal_data"]))
    out.append("late: %s" % ("true" if g["late"] else "false"))
    out.append("common_questions_answered: %s" % _flowmap(g["common_questions_answered"]))
    text = "\n".join(out) + "\n"
    assert yaml.safe_load(text) == g, g["file"]
    return text


# ---------------------------------------------------------------------------
# Returns
# ---------------------------------------------------------------------------
RETURNS = []  # filled in below, one entry per return


def build(spec):
    return render_docx(spec) if spec["file"].endswith(".docx") else render_pdf(spec)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract_units(data, fname):
    """Return list of text units: lines (PDF) or paragraphs (Word, incl. table cells)."""
    if fname.endswith(".pdf"):
        import pdfplumber
        units = []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                units.extend((page.extract_text() or "").split("\n"))
        return units
    import docx
    d = docx.Document(io.BytesIO(data))
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        seen = set()
        for row in t.rows:
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                units.extend(p.text for p in cell.paragraphs)
    return units


def check():
    ok = True
    for spec in RETURNS:
        f = spec["file"]
        data = build(spec)
        disk = (SUB / f).read_bytes() if (SUB / f).exists() else None
        if data != disk:
            print("BYTES DIFFER:", f)
            ok = False
        again = build(spec)
        if again != data:
            print("NOT DETERMINISTIC:", f)
            ok = False
        g = gold_for(spec)
        gy = gold_yaml(g)
        gp = GOLD / (f + ".yml")
        if not gp.exists() or gp.read_text() != gy:
            print("GOLD DIFFERS:", f)
            ok = False
        units = [norm(u) for u in extract_units(data, f)]
        full = " ".join(units)
        for s, frs in g["evidence_must_include"].items():
            if not 2 <= len(frs) <= 4:
                print("FRAG COUNT", f, s, len(frs))
                ok = False
            for fr in frs:
                n = norm(fr)
                nw = len(n.split())
                cnt = full.count(n)
                one = sum(1 for u in units if n in u)
                if cnt != 1 or one != 1 or not 3 <= nw <= 10:
                    print("FRAG FAIL %s std%s words=%d count=%d units=%d: %r" % (f, s, nw, cnt, one, fr))
                    ok = False
        for pd in g["personal_data"]:
            if norm(pd) not in full:
                print("PERSONAL DATA NOT IN TEXT", f, pd)
                ok = False
    for p in sorted(SUB.glob("e-*")):
        if p.name not in {s["file"] for s in RETURNS}:
            print("STRAY FILE", p.name)
            ok = False
    print("check OK" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    SUB.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for p in list(SUB.glob("e-*")) + list(GOLD.glob("e-*")):
        p.unlink()
    for spec in RETURNS:
        (SUB / spec["file"]).write_bytes(build(spec))
        (GOLD / (spec["file"] + ".yml")).write_text(gold_yaml(gold_for(spec)))
        print("wrote", spec["file"])


# === RETURNS ===

# --- 1. Eldermere Constabulary: PDF, running header/footer, DRAFT watermark,
#        force five-point scale with a key mapping to the partnership's three.
RETURNS.append({
    "file": "e-eldermere-constabulary-s11-2021.pdf",
    "doc_title": "Eldermere Constabulary Section 11 return 2020/21",
    "author": "Public Protection Command",
    "header": "Eldermere Constabulary  |  Section 11 Self-Assessment 2020/21  |  OFFICIAL",
    "footer": "Eldermere Constabulary - Public Protection Command - version 0.4 (draft for Chief Officer Group)",
    "watermark": "DRAFT",
    "blocks": [
        ("title", "Section 11 (Children Act 2004) Self-Assessment Return 2020/21"),
        ("pb", "Submitted to: ", "Eldermere Safeguarding Children Partnership"),
        ("pb", "Lead officer: ", "Detective Superintendent Corwen Ashdale, Head of Public Protection"),
        ("pb", "Date: ", "27 September 2021"),
        ("ital", "This copy is watermarked as a draft because the Chief Constable has not yet signed it. "
                 "The content has been agreed by the Chief Officer Group and will not change."),
        ("h1", "How we have rated ourselves"),
        ("p", "The force assesses itself on the five-point scale used in our internal inspection "
              "programme. The table below shows how each point on our scale converts to the "
              "partnership's three ratings."),
        ("table", [["Force rating", "Partnership rating"],
                   ["Green", "Green (fully met)"],
                   ["Amber-Green", "Amber (partially met)"],
                   ["Amber", "Amber (partially met)"],
                   ["Red-Amber", "Red (not met)"],
                   ["Red", "Red (not met)"]], {"widths": [4, 6], "head_fill": "D9D9D9"}),
        ("h1", "Standard 1: Leadership and accountability"),
        ("pb", "Force rating: ", "Green"),
        ("p", "Safeguarding children sits within the Chief Constable's portfolio and is led day to day by "
              "the Head of Public Protection, who attends the partnership executive and chairs the force "
              "Vulnerability Board."),
        ("p", "The Board meets every six weeks, receives the child protection performance report and "
              "holds named chief inspectors to account for their actions. Decisions on the restructure of "
              "the Child Exploitation Unit were taken through the Board with the partnership's "
              "independent scrutineer present."),
        ("p", "The Deputy Chief Constable challenged slow police attendance at strategy discussions twice "
              "this year; both challenges are minuted with actions closed. Safeguarding is a standing "
              "item at every district's monthly performance meeting, and district commanders can explain "
              "their own figures without briefing notes."),
        ("h1", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("pb", "Force rating: ", "Amber-Green"),
        ("p", "All officers and staff are vetted to the national standard before appointment, and "
              "renewals are tracked by the Force Vetting Unit. At 31 March 2021, 94% of renewals were in "
              "date; the overdue renewals are mainly police staff in contact centre roles, and a recovery "
              "plan will clear them by December 2021."),
        ("p", "The child-centred policing e-learning module was completed by 81% of frontline officers, "
              "against a target of 95%. Face-to-face training on child exploitation was paused during "
              "lockdown, and only two of the five planned cohorts ran."),
        ("p", "New student officers spend a full day on safeguarding children during initial training, "
              "delivered jointly with children's social care."),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("pb", "Force rating: ", "Amber"),
        ("p", "Our child protection, missing children and child exploitation policies were reviewed in "
              "2020 and now link directly to the partnership procedures manual."),
        ("p", "A dip-sample of 60 domestic abuse incidents in February 2021 found that children in the "
              "household were recorded in 52 cases, but schools were notified within the agreed time in "
              "only 39. We have changed the overnight process so that the Multi-Agency Safeguarding Hub "
              "sends school notifications by 8am."),
        ("p", "Allegations against officers are managed by the Professional Standards Department and "
              "referred to the Local Authority Designated Officer. One referral this year was late, and "
              "the cause has been addressed with a new checklist."),
        ("h1", "Standard 4: Listening to children and young people"),
        ("pb", "Force rating: ", "Red-Amber"),
        ("p", "We have to be honest that we do not yet have a way of hearing from children about their "
              "contact with the police. Officers do not routinely record what children say when they "
              "attend incidents, and our body-worn video reviews found the child's views noted in very "
              "few cases."),
        ("p", "There is no children's panel or survey. The Youth Independent Advisory Group lapsed in "
              "2019 and has not been restarted, and complaints from young people are not identified as "
              "such, so we cannot say what they tell us."),
        ("p", "A proposal to restart the advisory group with the Eldermere Youth Council has been written "
              "but not yet funded."),
        ("h1", "Common questions"),
        ("h2", "Q1. An example of another agency improving multi-agency practice"),
        ("p", "Children's social care introduced an evening strategy discussion rota with a named "
              "manager available until 10pm. Strategy discussions for children arrested in the evening "
              "now take place before the child is released."),
        ("h2", "Q2. RAG self-rating"),
        ("p", "Converted to the partnership's scale: Standard 1 Green, Standard 2 Amber, Standard 3 "
              "Amber, Standard 4 Red."),
        ("h2", "Q3. Commitment to partnership multi-agency training"),
        ("p", "Each district will nominate two officers for every multi-agency course, and the Public "
              "Protection training team will co-deliver the partnership's exploitation course."),
        ("h2", "Q4. Impact of single and multi-agency training on practice"),
        ("p", "Officers who attended the multi-agency neglect course in 2020 now make referrals that the "
              "MASH describes as better evidenced, and fewer are returned for more information."),
        ("h2", "Q5. How do you know you have improved?"),
        ("p", "We repeat our audits each year and track the Vulnerability Board's action log. The next "
              "dip-sample in October 2021 will test whether the change to school notifications has "
              "worked."),
        ("space",),
        ("p", "Detective Superintendent Corwen Ashdale, Head of Public Protection, Eldermere Constabulary"),
    ],
    "gold": {
        "agency": ["Eldermere Constabulary", "Eldermere Police"],
        "self": {"1": "green", "2": "amber", "3": "amber", "4": "red"},
        "evidence": {"1": "green", "2": "amber", "3": "amber", "4": "red"},
        "frags": {
            "1": ["chairs the force Vulnerability Board",
                  "independent scrutineer present",
                  "both challenges are minuted with actions closed"],
            "2": ["94% of renewals were in date",
                  "completed by 81% of frontline officers",
                  "Face-to-face training on child exploitation was paused"],
            "3": ["A dip-sample of 60 domestic abuse incidents",
                  "sends school notifications by 8am",
                  "One referral this year was late"],
            "4": ["Youth Independent Advisory Group lapsed",
                  "do not routinely record what children say",
                  "complaints from young people are not identified"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 2. Eldermere County Council Children's Services: Word form, ratings only as legacy
#        FORMCHECKBOX fields (the ticked state lives in w:checked), child's data in case learning.
_RAG3 = ["Green", "Amber", "Red"]
RETURNS.append({
    "file": "e-eldermere-county-council-childrens-services-s11-2021.docx",
    "doc_title": "Section 11 self-assessment form 2020/21 - Children's Services",
    "author": "Quality Assurance Team",
    "blocks": [
        ("title", "Section 11 Self-Assessment Form 2020/21"),
        ("p", "Eldermere Safeguarding Children Partnership"),
        ("pb", "Organisation: ", "Eldermere County Council Children's Services"),
        ("pb", "Completed by: ", "Imogen Trevallis, Head of Quality Assurance and Safeguarding"),
        ("pb", "Date completed: ", "29 September 2021"),
        ("ital", "Guidance: answer each standard in the box provided, then tick ONE self-rating box "
                 "(Green = fully met, Amber = partially met, Red = not met)."),
        ("h1", "Standard 1: Leadership and accountability"),
        ("ital", "Prompt: How do senior leaders make sure that safeguarding children is given priority, "
                 "and who is accountable?"),
        ("p", "The Director of Children's Services is a statutory partner of the partnership and attends "
              "every executive meeting. The Lead Member for Children receives a quarterly safeguarding "
              "report and questioned the service's performance at two scrutiny committees this year."),
        ("p", "Responsibility for each area of practice is written into the accountability framework "
              "agreed by the Corporate Leadership Team in June 2020. Service managers know who they "
              "answer to, and the framework is tested in our annual practice week, when leaders shadow "
              "frontline teams and report back on what they found."),
        ("cb", "Self-rating:", _RAG3, "Green"),
        ("h1", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("ital", "Prompt: How do you recruit safely, and how do you make sure staff are trained and "
                 "supervised?"),
        ("p", "Safer recruitment is managed by the council's HR service, and every social work "
              "appointment includes a values-based interview and a written exercise. An audit of 40 "
              "personnel files in January 2021 found references missing in 5 files and one file without "
              "a recorded DBS check date; all six have since been corrected."),
        ("p", "Statutory safeguarding training completion stands at 78% across the directorate, below "
              "our 90% target, because newly arrived agency social workers were not being enrolled. "
              "Enrolment is now part of the agency onboarding checklist. Supervision was recorded "
              "monthly for 84% of social workers."),
        ("cb", "Self-rating:", _RAG3, "Amber"),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("ital", "Prompt: Are your policies up to date and aligned with partnership procedures, and do "
                 "staff follow them?"),
        ("p", "Our procedures are held in the online procedures manual that we share with partners, and "
              "were last updated in March 2021. Escalation under the partnership resolution protocol was "
              "used 11 times by our staff this year."),
        ("p", "Case learning this year showed where practice fell short. Leah Brannigan (date of birth "
              "14 March 2011), of 17 Quarry Lane, Wexcombe QE7 2RN, NHS number 999 482 7716, was "
              "referred three times by her school before a strategy discussion was held. Her mother, "
              "Donna Brannigan, can be contacted on 07700 900562 and has agreed to take part in the "
              "learning review."),
        ("p", "The review found that the threshold document was applied inconsistently between the "
              "front door and the locality teams. We have rewritten the threshold guidance with partners "
              "and retrained front door staff, but a re-audit is not due until November 2021, so we "
              "cannot yet show that the change has held."),
        ("cb", "Self-rating:", _RAG3, "Amber"),
        ("h1", "Standard 4: Listening to children and young people"),
        ("ital", "Prompt: How do children's views shape your services, and what has changed as a result?"),
        ("p", "The Children in Care Council meets monthly with the Director, and its members "
              "interviewed all three candidates for the Head of Corporate Parenting post. Following "
              "their challenge, review meetings are now held in a venue the child chooses, and young "
              "people write their own section of the review record."),
        ("p", "Advocacy is offered to every child subject to a child protection conference, and the "
              "advocacy service reports that take-up has risen every quarter. Care leavers redesigned "
              "the leaving care offer leaflet, which is now in use."),
        ("cb", "Self-rating:", _RAG3, "Green"),
        ("h1", "Common questions"),
        ("h2", "Q1. Please give an example of another agency improving multi-agency practice"),
        ("p", "Eldermere Community Health NHS Trust's health visitors began joint pre-birth assessments "
              "with our early help teams, so unborn babies are discussed by both services from 20 weeks "
              "of pregnancy."),
        ("h2", "Q2. RAG self-rating"),
        ("p", "Please see the ticked boxes under each standard above."),
        ("h2", "Q3. Commitment to partnership multi-agency training"),
        ("p", "We will continue to fund 40% of the partnership training programme and release staff for "
              "all multi-agency courses."),
        ("h2", "Q4. Impact of single and multi-agency training on practice"),
        ("p", "After the partnership's neglect training, use of the graded care profile rose in our "
              "locality teams, and audits show clearer plans for neglected children."),
        ("h2", "Q5. How do you know you have improved?"),
        ("p", "Through our monthly case audits, the quality assurance framework, feedback from children "
              "and families, and the partnership's performance dataset."),
    ],
    "gold": {
        "agency": ["Eldermere County Council Children's Services", "Eldermere County Council",
                   "Eldermere Children's Services"],
        "self": {"1": "green", "2": "amber", "3": "amber", "4": "green"},
        "evidence": {"1": "green", "2": "amber", "3": "amber", "4": "green"},
        "frags": {
            "1": ["questioned the service's performance at two scrutiny committees",
                  "accountability framework agreed by the Corporate Leadership Team",
                  "leaders shadow frontline teams"],
            "2": ["An audit of 40 personnel files",
                  "completion stands at 78% across the directorate",
                  "now part of the agency onboarding checklist"],
            "3": ["used 11 times by our staff this year",
                  "threshold document was applied inconsistently",
                  "a re-audit is not due until November 2021"],
            "4": ["interviewed all three candidates for the Head",
                  "write their own section of the review record",
                  "redesigned the leaving care offer leaflet"],
        },
        "personal": ["Leah", "Brannigan", "Donna", "14 March 2011", "17 Quarry Lane", "QE7 2RN",
                     "999 482 7716", "07700 900562"],
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 3. NHS Eldermere CCG: PDF, standards re-numbered as the CCG's own assurance "areas"
#        in a different order; each rating is only a filled rectangle (no text); Q1 "N/A".
RETURNS.append({
    "file": "e-nhs-eldermere-ccg-s11-2021.pdf",
    "doc_title": "NHS Eldermere CCG - Section 11 self-assessment 2020/21",
    "author": "Safeguarding Team, NHS Eldermere CCG",
    "head_colour": "#005EB8",
    "footer": "NHS Eldermere Clinical Commissioning Group - Section 11 return 2020/21",
    "blocks": [
        ("title", "NHS Eldermere Clinical Commissioning Group"),
        ("p", "Section 11 Children Act 2004 self-assessment for the Eldermere Safeguarding Children "
              "Partnership, 2020/21. Prepared by the Designated Nurse for Safeguarding Children, "
              "Harriet Quillon, and approved by the Chief Nurse on 21 September 2021."),
        ("h2", "How to read this return"),
        ("p", "We have answered the partnership's four standards using the four areas of the CCG's own "
              "Safeguarding Assurance Framework, so the order differs from the partnership template. "
              "Each area shows which Section 11 standard it answers. Our self-rating for each area is "
              "shown by a coloured box using this key:"),
        ("keyrects", [("00B050", "Fully met"), ("FFC000", "Partially met - action needed"),
                      ("C00000", "Not met")]),
        ("h1", "Area 1 - Governance (Section 11 Standard 1: Leadership and accountability)"),
        ("p", "The Chief Nurse is the executive lead for safeguarding and reports to the Governing Body "
              "at each meeting. The Designated Nurse and Designated Doctor for safeguarding children are "
              "in post and have protected time agreed in their job plans."),
        ("p", "The Quality and Safeguarding Committee reviews assurance from every provider we "
              "commission. In 2020/21 it escalated concerns about one provider's training figures to the "
              "contract review meeting, which led to an agreed recovery plan."),
        ("p", "Safeguarding standards are written into every NHS contract we hold and are tested through "
              "our annual provider assurance visits."),
        ("rect", "Our self-rating:", "00B050"),
        ("h1", "Area 2 - Policy (Section 11 Standard 3: Safeguarding policies and procedures)"),
        ("p", "Our safeguarding children policy was updated in April 2021, two months later than planned "
              "because of the pandemic response."),
        ("p", "Commissioned providers must have policies that match the partnership procedures, but our "
              "check of provider policies in 2020/21 covered 7 of our 11 main providers. The remaining "
              "four will be checked by the end of 2021."),
        ("p", "The GP safeguarding leads network uses a shared template for referrals and practices tell "
              "us they use it, but we have not audited its use."),
        ("rect", "Our self-rating:", "FFC000"),
        ("h1", "Area 3 - Workforce (Section 11 Standard 2: Staff safe recruitment, induction, "
               "training and development)"),
        ("p", "All CCG staff complete safeguarding children training at the level their role requires. "
              "At the end of March 2021, 98% of staff were compliant at levels 1 and 2, and all 14 staff "
              "who need level 3 were in date."),
        ("p", "Recruitment follows the NHS Employment Check Standards. Our HR audit in November 2020 "
              "found every required check on file for the 22 appointments made that year."),
        ("p", "New starters complete a safeguarding induction with the Designated Nurse in their first "
              "month, and records show every named GP received quarterly safeguarding supervision."),
        ("rect", "Our self-rating:", "00B050"),
        ("h1", "Area 4 - Voice (Section 11 Standard 4: Listening to children and young people)"),
        ("p", "We ask providers to show how children's views shape their services, and two of our main "
              "providers now run young people's feedback panels. The CCG itself has little direct "
              "contact with children."),
        ("p", "We commissioned a survey of young people's experience of the children's mental health "
              "service in 2020, which had 186 responses and led to a text reminder service for "
              "appointments."),
        ("p", "We have not yet built children's views into our own commissioning decisions in a "
              "consistent way, and this is in our plan for 2021/22."),
        ("rect", "Our self-rating:", "FFC000"),
        ("h1", "Partnership common questions"),
        ("pb", "Q1 Example of another agency improving multi-agency practice: ", "N/A"),
        ("pb", "Q2 RAG self-rating (summary): ", "see the coloured boxes against each area above."),
        ("pb", "Q3 Commitment to partnership multi-agency training: ",
         "the CCG will continue to fund the named GP training days and will release the designated "
         "professionals to co-deliver partnership courses."),
        ("pb", "Q4 Impact of single and multi-agency training on practice: ",
         "GP practices that attended the 2020 neglect sessions now send more referrals with a "
         "chronology attached, according to the MASH health desk."),
        ("pb", "Q5 How we know we have improved: ",
         "provider assurance visits, the quarterly safeguarding dashboard and audit findings reported "
         "to the Quality and Safeguarding Committee."),
    ],
    "gold": {
        "agency": ["NHS Eldermere Clinical Commissioning Group", "NHS Eldermere CCG", "Eldermere CCG"],
        "self": {"1": "green", "2": "green", "3": "amber", "4": "amber"},
        "evidence": {"1": "green", "2": "green", "3": "amber", "4": "amber"},
        "frags": {
            "1": ["protected time agreed in their job plans",
                  "escalated concerns about one provider's training figures",
                  "written into every NHS contract we hold"],
            "2": ["all 14 staff who need level 3",
                  "for the 22 appointments made that year",
                  "every named GP received quarterly safeguarding supervision"],
            "3": ["two months later than planned",
                  "covered 7 of our 11 main providers",
                  "we have not audited its use"],
            "4": ["which had 186 responses",
                  "led to a text reminder service",
                  "not yet built children's views into our own"],
        },
        "common": {"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 4. Harrowford District Council: email-style memo, numbered paragraphs only (no standard
#        headings); ratings stated in a sentence at the end of each group. Standard 2 is rated
#        Green although the memo itself admits 61% training, overdue driver DBS renewals and an
#        induction gap (OVER_RATED). Q5 is never answered.
RETURNS.append({
    "file": "e-harrowford-district-council-s11-2021.docx",
    "doc_title": "Memo - Section 11 self-assessment 2020/21",
    "author": "Community Services",
    "blocks": [
        ("p", "MEMORANDUM"),
        ("pb", "To: ", "Partnership Business Manager, Eldermere Safeguarding Children Partnership"),
        ("pb", "From: ", "Ottilie Scarbrook, Head of Community Services, Harrowford District Council"),
        ("pb", "Date: ", "28 September 2021"),
        ("pb", "Subject: ", "Section 11 self-assessment 2020/21 - Harrowford District Council"),
        ("space",),
        ("num", "1.1", "Thank you for the reminder. This memo is the council's Section 11 return for "
                       "2020/21. It follows the order of the partnership's four standards and then the "
                       "common questions, but is set out as numbered paragraphs to match our committee "
                       "format."),
        ("num", "1.2", "It will also be reported to our Community Overview and Scrutiny Committee on "
                       "14 October 2021."),
        ("num", "2.1", "Safeguarding at Harrowford is led by the Head of Community Services as the "
                       "designated senior officer, with a safeguarding lead in each service."),
        ("num", "2.2", "The council's safeguarding policy was approved by Cabinet in 2019. A corporate "
                       "safeguarding group was set up in 2020 but met only twice during the year, "
                       "because officers were redeployed to the pandemic response."),
        ("num", "2.3", "Elected members have not had safeguarding training since the May 2021 "
                       "elections; sessions are booked for November."),
        ("num", "2.4", "We therefore rate ourselves Amber on leadership and accountability."),
        ("num", "3.1", "Safer recruitment training has been given to managers who recruit, and DBS "
                       "checks are required for all posts that work with children, including taxi "
                       "drivers licensed by the council."),
        ("num", "3.2", "Our own figures show that only 61% of staff have completed the mandatory "
                       "safeguarding e-learning, and 19 DBS renewals for licensed drivers were overdue "
                       "at the end of March 2021."),
        ("num", "3.3", "Induction for new staff moved online in April 2020 and the safeguarding section "
                       "was left out for the first six months; we found this in January."),
        ("num", "3.4", "Overall we assess ourselves as Green on recruitment, induction and training."),
        ("num", "4.1", "Our safeguarding policy and procedures follow the partnership procedures and are "
                       "on the council intranet. Every service has a named safeguarding lead and a clear "
                       "route for raising a concern, and the leisure, housing and licensing teams each "
                       "tested that route through a case walk-through in 2020."),
        ("num", "4.2", "Staff in the walk-throughs knew who to call and what to record, and the "
                       "safeguarding leads now meet to share what they have learned from referrals."),
        ("num", "4.3", "Referrals from council services are checked by the safeguarding lead before "
                       "they are sent, and the MASH has given us positive feedback about their quality."),
        ("num", "4.4", "We rate our policies and procedures Green."),
        ("num", "5.1", "Our leisure and housing services hear from young people through the Harrowford "
                       "Youth Forum, which told us in 2020 that the skate park felt unsafe after dark; "
                       "lighting was installed in March 2021."),
        ("num", "5.2", "Other services do not yet ask children for their views, and our consultation "
                       "toolkit does not mention children at all."),
        ("num", "5.3", "We rate listening to children Amber."),
        ("num", "6.1", "Turning to the partnership's questions. Another agency that improved "
                       "multi-agency practice: Eldermere Constabulary's licensing officers ran joint "
                       "night-time checks with our licensing team, which found two drivers working "
                       "without the right badge."),
        ("num", "6.2", "Summary of our ratings: leadership Amber, recruitment and training Green, "
                       "policies Green, listening to children Amber."),
        ("num", "6.3", "Partnership training: we will send every safeguarding lead to the partnership's "
                       "annual conference and to the multi-agency exploitation course."),
        ("num", "6.4", "Impact of training: after the exploitation course our housing officers made "
                       "three referrals about young people in temporary accommodation that they would "
                       "not previously have recognised."),
        ("num", "7.1", "Please contact me on 07700 900418 if you need anything further."),
        ("space",),
        ("p", "Ottilie Scarbrook"),
        ("p", "Head of Community Services"),
    ],
    "gold": {
        "agency": ["Harrowford District Council", "Harrowford DC"],
        "self": {"1": "amber", "2": "green", "3": "green", "4": "amber"},
        "evidence": {"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        "planted": {"2": "OVER_RATED"},
        "frags": {
            "1": ["met only twice during the year",
                  "sessions are booked for November"],
            "2": ["only 61% of staff have completed",
                  "19 DBS renewals for licensed drivers were overdue",
                  "the safeguarding section was left out"],
            "3": ["tested that route through a case walk-through",
                  "knew who to call and what to record",
                  "given us positive feedback about their quality"],
            "4": ["lighting was installed in March 2021",
                  "toolkit does not mention children at all"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": False},
    },
})

# --- 5. Eldermere Community Health NHS Trust: ratings only in a matrix whose columns are the
#        standards and whose rows are the services plus "Trust overall". Standard 2: every service
#        Green, Trust overall Amber "to avoid complacency" despite strong evidence (UNDER_RATED).
_T = ["Service", "Standard 1", "Standard 2", "Standard 3", "Standard 4"]
RETURNS.append({
    "file": "e-eldermere-community-health-nhs-trust-s11-2021.docx",
    "doc_title": "Section 11 Self-Assessment 2020/21 - Eldermere Community Health NHS Trust",
    "author": "Safeguarding Children Team",
    "blocks": [
        ("title", "Eldermere Community Health NHS Trust"),
        ("p", "Section 11 Self-Assessment 2020/21 for the Eldermere Safeguarding Children Partnership"),
        ("pb", "Prepared by: ", "Named Nurse for Safeguarding Children, on behalf of the Director of Nursing"),
        ("pb", "Approved: ", "Trust Safeguarding Committee, 16 September 2021"),
        ("h1", "Ratings by service"),
        ("p", "Each of our three children's services assessed itself against the four standards. The "
              "Safeguarding Committee then agreed the Trust's overall rating for each standard, shown "
              "in the bottom row."),
        ("table", [_T,
                   ["Health Visiting", "Green", "Green", "Green", "Green"],
                   ["School Nursing", "Green", "Green", "Green", "Amber"],
                   ["Children's Community Nursing", "Green", "Green", "Green", "Red"],
                   ["Trust overall", "Green", "Amber", "Green", "Amber"]],
         {"head_fill": "DEEAF6", "widths": [5.2, 2.6, 2.6, 2.6, 2.6]}),
        ("p", "All three services rated themselves Green on standard 2. The Committee chose an overall "
              "Amber for standard 2 to avoid complacency, because a new electronic training record goes "
              "live in 2021/22 and we want to see a full year on the new system first."),
        ("h1", "Standard 1 - Leadership and accountability"),
        ("p", "The Director of Nursing is the executive lead for safeguarding, and the Trust Board "
              "receives a safeguarding report twice a year. The Named Nurse for Safeguarding Children "
              "leads a team of six specialist practitioners, and every service has a safeguarding "
              "champion who attends the monthly champions forum."),
        ("p", "The Board challenged the waits for child protection medicals in 2020, and the paediatric "
              "service changed its rota so that medicals are now offered the same day. Safeguarding is "
              "part of every service's quarterly quality review."),
        ("h1", "Standard 2 - Staff safe recruitment, induction, training and development"),
        ("p", "Safeguarding children training compliance at 31 March 2021 was 97% for level 2 and 95% "
              "for level 3, against a target of 90%. An audit of 50 recruitment files in December 2020 "
              "found every pre-employment check complete."),
        ("p", "Every new starter has a safeguarding induction session on their first day, and all "
              "health visitors and school nurses received safeguarding supervision at least every "
              "three months."),
        ("p", "We tested the impact of level 3 training through a case file audit in February 2021: "
              "88% of records described the child's lived experience clearly, up from 64% in 2019."),
        ("h1", "Standard 3 - Safeguarding policies and procedures"),
        ("p", "Our safeguarding children policy was reviewed in October 2020 and is aligned with the "
              "partnership procedures. Staff use a single referral pathway to the MASH, and the "
              "safeguarding team reviews every referral within two working days."),
        ("p", "The partnership escalation protocol is explained at induction and was used eight times "
              "by our staff; each use is logged and reviewed by the Named Nurse. A re-audit of our "
              "was-not-brought policy in March 2021 found it applied in 45 of 48 cases."),
        ("h1", "Standard 4 - Listening to children and young people"),
        ("p", "Health visitors ask every parent about their experience and record the family's own "
              "words. School nurses run a text messaging service for young people aged 11 to 19, which "
              "received 1,240 messages this year, and young people's feedback led to the drop-in "
              "opening on Saturday mornings."),
        ("p", "Children's Community Nursing has no system yet for hearing from the children it cares "
              "for, many of whom have complex needs and limited speech, and the team rated itself Red. "
              "A project with the learning disability nurses on picture-based feedback started in "
              "June 2021."),
        ("h1", "Common questions"),
        ("h2", "Question 1 - Another agency improving multi-agency practice"),
        ("p", "Eldermere Youth Justice Service's speech and language screening has helped our school "
              "nurses find unmet communication needs in young people known to both services."),
        ("h2", "Question 2 - RAG self-rating"),
        ("p", "See the ratings table at the start of this return."),
        ("h2", "Question 3 - Commitment to partnership training"),
        ("p", "We will keep our commitment of 30 places a year on partnership courses and will "
              "co-deliver the neglect course."),
        ("h2", "Question 4 - Impact of training on practice"),
        ("p", "After multi-agency neglect training, staff used the graded care profile more often: "
              "completed assessments rose from 12 to 41 over the year."),
        ("h2", "Question 5 - How we know we have improved"),
        ("p", "Audit results, supervision records and feedback from families go to the Safeguarding "
              "Committee each quarter, and we compare each year's audits with the last."),
    ],
    "gold": {
        "agency": ["Eldermere Community Health NHS Trust", "Eldermere Community Health", "ECHT"],
        "self": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "evidence": {"1": "green", "2": "green", "3": "green", "4": "amber"},
        "planted": {"2": "UNDER_RATED"},
        "frags": {
            "1": ["attends the monthly champions forum",
                  "medicals are now offered the same day"],
            "2": ["97% for level 2 and 95%",
                  "An audit of 50 recruitment files",
                  "up from 64% in 2019"],
            "3": ["reviews every referral within two working days",
                  "found it applied in 45 of 48 cases",
                  "was used eight times by our staff"],
            "4": ["received 1,240 messages this year",
                  "opening on Saturday mornings",
                  "picture-based feedback started in June 2021"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 6. Wexcombe Academies Trust: PDF, narrative per standard with ratings only in the signed
#        declaration table at the end; late (22 October 2021, says so). Standard 4 rated Amber
#        "until the results hold for another year" despite strong pupil-voice evidence (UNDER_RATED).
RETURNS.append({
    "file": "e-wexcombe-academies-trust-s11-2021.pdf",
    "doc_title": "Wexcombe Academies Trust - Section 11 return 2020/21",
    "author": "Wexcombe Academies Trust",
    "head_colour": "#5B2C6F",
    "blocks": [
        ("title", "Wexcombe Academies Trust - Section 11 Self-Assessment 2020/21"),
        ("p", "To the Eldermere Safeguarding Children Partnership, from Wexcombe Academies Trust (four "
              "primary and two secondary academies in Wexcombe, Lindale Cross and Brindlecote)."),
        ("pb", "Date of submission: ", "22 October 2021"),
        ("p", "We apologise that this return is late: it is submitted after the partnership's deadline "
              "of 30 September 2021 because our Trust Board could not approve it until its meeting on "
              "20 October."),
        ("h1", "Standard 1: Leadership and accountability"),
        ("p", "The Trust's Director of Education is the executive lead for safeguarding, and the Trust "
              "Board has a named safeguarding trustee who visits each academy every term."),
        ("p", "Every academy has a designated safeguarding lead and at least one deputy, and the Trust "
              "safeguarding lead brings them together every half term. Trustees receive a termly "
              "safeguarding report and asked for deeper analysis of low-level concerns, which is now "
              "included. Each local governing body has a safeguarding governor who meets the designated "
              "safeguarding lead."),
        ("h1", "Standard 2: Staff safe recruitment, induction, training and development"),
        ("p", "All staff are checked before they start, and each academy's single central record is "
              "checked by the Trust's HR team every term. A check in January 2021 found two academies "
              "where volunteers' checks had not been added to the single central record; this was "
              "corrected within a week."),
        ("p", "Annual training completion for permanent staff was 92%. Induction for supply staff was "
              "inconsistent, and in one academy supply teachers had not been given the safeguarding "
              "leaflet. A single induction sheet for supply staff is now used in all six academies."),
        ("h1", "Standard 3: Safeguarding policies and procedures"),
        ("p", "Each academy uses the Trust's child protection policy, adapted for local contacts and "
              "reviewed every September. Concerns are recorded on one electronic system across the "
              "Trust, so patterns are visible when children move between our schools."),
        ("p", "Designated safeguarding leads told us in supervision that they feel confident to escalate "
              "when they disagree with a decision, and they have done so. Our external safeguarding "
              "review in spring 2021 found records timely and actions clear."),
        ("h1", "Standard 4: Listening to children and young people"),
        ("p", "In March 2021 we surveyed 2,310 pupils across all six academies about feeling safe; 91% "
              "said there was an adult in school they could talk to."),
        ("p", "Secondary pupils said the online reporting tool was hard to find, so our student "
              "safeguarding ambassadors redesigned it, and reports rose from 14 to 63 in the summer "
              "term."),
        ("p", "The ambassadors also rewrote the anti-bullying policy in their own words, and the Trust "
              "Board adopted it in June 2021. A follow-up survey in July showed that 94% of pupils knew "
              "how to report a worry online."),
        ("h1", "Partnership questions"),
        ("h2", "1. Example of another agency improving multi-agency practice"),
        ("p", "Harrowford District Council's community safety team worked with our Wexcombe secondary "
              "academy to map the places where pupils feel unsafe on the way home, and lighting and "
              "patrols followed."),
        ("h2", "2. RAG self-rating"),
        ("p", "Our self-ratings are recorded in the signed declaration below."),
        ("h2", "3. Commitment to partnership multi-agency training"),
        ("p", "Every designated safeguarding lead will attend at least one partnership course a year, "
              "and we will host partnership courses at our two secondary academies."),
        ("h2", "4. Impact of training on practice"),
        ("p", "After the multi-agency child exploitation course, designated safeguarding leads shared "
              "information with the police about two pupils at risk, which led to disruption plans."),
        ("h2", "5. How we know we have improved"),
        ("p", "We compare each academy's annual safeguarding audit with the previous year and track the "
              "pupil survey results term by term."),
        ("h1", "Declaration"),
        ("p", "We confirm that this self-assessment is accurate and that the ratings below have been "
              "agreed by the Trust Board."),
        ("table", [["Section 11 standard", "Self-rating"],
                   ["1. Leadership and accountability", "Green"],
                   ["2. Staff safe recruitment, induction, training and development", "Amber"],
                   ["3. Safeguarding policies and procedures", "Green"],
                   ["4. Listening to children and young people", "Amber"]],
         {"widths": [11, 4], "head_fill": "E8DAEF"}),
        ("p", "Note: trustees rated standard 4 Amber because they want to see the survey results hold "
              "for another year before saying it is fully met."),
        ("table", [["Signed", "Name", "Role", "Date"],
                   ["(signed)", "Perpetua Holloway-Marsh", "Chief Executive Officer", "22 October 2021"],
                   ["(signed)", "Ambrose Kettleby", "Chair of Trustees", "22 October 2021"]],
         {"widths": [2.5, 5, 4.5, 3.5]}),
    ],
    "gold": {
        "agency": ["Wexcombe Academies Trust", "WAT"],
        "self": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "evidence": {"1": "green", "2": "amber", "3": "green", "4": "green"},
        "planted": {"4": "UNDER_RATED"},
        "frags": {
            "1": ["who visits each academy every term",
                  "Trustees receive a termly safeguarding report"],
            "2": ["A check in January 2021 found two academies",
                  "Annual training completion for permanent staff was 92%",
                  "supply teachers had not been given the safeguarding leaflet"],
            "3": ["uses the Trust's child protection policy",
                  "Concerns are recorded on one electronic system",
                  "Our external safeguarding review in spring 2021"],
            "4": ["we surveyed 2,310 pupils across all six academies",
                  "reports rose from 14 to 63",
                  "rewrote the anti-bullying policy in their own words"],
        },
        "late": True,
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 7. Eldermere Fire and Rescue Service: Word, narrative then an Evidence | Impact | RAG table
#        per standard (RAG cell has the word and a fill). Standard 3 is rated Green on assertion
#        alone ("at the heart of everything we do", "embedded") - OVER_RATED.
def _eir(ev, imp, rag):
    return ("table", [["Evidence", "Impact", "RAG"], [ev, imp, rag]],
            {"head_fill": "F2DCDB", "widths": [7.5, 6.5, 2.5], "shade": {(1, 2): RAGHEX[rag]}})


RETURNS.append({
    "file": "e-eldermere-fire-rescue-s11-2021.docx",
    "doc_title": "EFRS Section 11 Audit 2020-21",
    "author": "Prevention Department",
    "font": "Arial",
    "blocks": [
        ("title", "Eldermere Fire and Rescue Service"),
        ("p", "Section 11 Audit 2020-21 - return to the Eldermere Safeguarding Children Partnership"),
        ("pb", "Safeguarding lead: ", "Assistant Chief Fire Officer (Prevention), Lorcan Pemberthy"),
        ("pb", "Date: ", "24 September 2021"),
        ("h1", "Standard 1 - Leadership and accountability"),
        ("p", "The Assistant Chief Fire Officer for Prevention is the safeguarding lead and reports to "
              "the Service Leadership Team each quarter. Safeguarding was added to the Fire "
              "Authority's risk register in 2020 after members asked how crews would protect children "
              "during home visits in lockdown."),
        ("p", "Station managers hold the safeguarding lead role for their watches and know how to "
              "escalate. The Fire Authority's scrutiny panel reviewed our safeguarding arrangements in "
              "February 2021, and its recommendations have all been completed."),
        _eir("Quarterly leadership reports; corporate risk register; scrutiny panel report",
             "Leaders and members understand and challenge safeguarding", "Green"),
        ("h1", "Standard 2 - Staff safe recruitment, induction, training and development"),
        ("p", "Every member of staff who visits homes has an enhanced DBS check, renewed every three "
              "years. Safeguarding training is given at induction and refreshed every two years; at "
              "March 2021, 86% of operational staff were in date, with the gap mainly among on-call "
              "firefighters who could not attend station training during lockdown."),
        ("p", "All Fire Cadets instructors hold enhanced checks, but we found that two volunteer "
              "assistants had started before their checks came back. The start process has been "
              "tightened so that no volunteer is rostered until HR confirms the check."),
        _eir("DBS register; training records; cadet volunteer files",
             "Most staff trained; on-call gap being closed", "Amber"),
        ("h1", "Standard 3 - Safeguarding policies and procedures"),
        ("p", "Safeguarding is at the heart of everything we do. Our policies are robust, embedded and "
              "fully aligned with the partnership procedures."),
        ("p", "All staff understand their responsibilities and know what to do. We have a strong "
              "safeguarding culture across the service and are confident that concerns are always "
              "raised appropriately. Our procedures are regularly reviewed."),
        _eir("Safeguarding policy", "Strong safeguarding culture", "Green"),
        ("h1", "Standard 4 - Listening to children and young people"),
        ("p", "Our Fire Cadets units give young people a regular voice: cadets chose the topics for this "
              "year's home safety campaign and presented it to the Chief Fire Officer. Firesetter "
              "intervention staff ask each child what they thought of the sessions, and their comments "
              "led to shorter, more practical sessions."),
        ("p", "Beyond the cadets and the firesetter scheme we do not hear from children, and we have no "
              "way of capturing children's views during home fire safety visits."),
        _eir("Cadet campaign; firesetter feedback forms",
             "Changes to campaign and firesetter sessions", "Amber"),
        ("h1", "Partnership questions"),
        ("pb", "Q1 Another agency improving multi-agency practice. ",
         "Eldermere Constabulary shared information quickly about a family at risk of arson, which "
         "allowed a joint visit within 24 hours."),
        ("pb", "Q2 RAG self-rating. ",
         "Our ratings are shown in the table under each standard."),
        ("pb", "Q3 Commitment to partnership training. ",
         "We will release our safeguarding advisers to attend and co-deliver partnership training, and "
         "offer our training centre in Saltmarsh Quay as a venue."),
        ("pb", "Q4 Impact of training. ",
         "Crews who attended the partnership's hoarding and neglect session have made more "
         "safeguarding referrals from home visits."),
        ("pb", "Q5 How we know we have improved. ",
         "We review referral numbers and quality with the MASH each year and survey staff confidence "
         "after training."),
    ],
    "gold": {
        "agency": ["Eldermere Fire and Rescue Service", "Eldermere Fire & Rescue Service", "EFRS"],
        "self": {"1": "green", "2": "amber", "3": "green", "4": "amber"},
        "evidence": {"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        "planted": {"3": "OVER_RATED"},
        "frags": {
            "1": ["Authority's risk register in 2020",
                  "its recommendations have all been completed"],
            "2": ["86% of operational staff were in date",
                  "assistants had started before their checks came back"],
            "3": ["at the heart of everything we do",
                  "robust, embedded and fully aligned",
                  "concerns are always raised appropriately"],
            "4": ["cadets chose the topics for this year's home safety campaign",
                  "led to shorter, more practical sessions",
                  "no way of capturing children's views"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 8. Saltmarsh Housing Association: PDF letter, long first-person narrative, ratings as
#        "fully met" / "partially met" sentences. Standard 4 is never covered (MISSING_SECTION).
RETURNS.append({
    "file": "e-saltmarsh-housing-association-s11-2021.pdf",
    "doc_title": "Saltmarsh Housing Association - Section 11 letter 2020/21",
    "author": "Saltmarsh Housing Association",
    "head_colour": "#1E6B52",
    "blocks": [
        ("title", "Saltmarsh Housing Association"),
        ("p", "Harbour House, Quay Street, Saltmarsh Quay QE2 9HD"),
        ("p", "24 September 2021"),
        ("p", "To the Business Manager, Eldermere Safeguarding Children Partnership"),
        ("pb", "Re: ", "Section 11 self-assessment 2020/21"),
        ("p", "Dear colleagues,"),
        ("p", "I am writing as the executive lead for safeguarding at Saltmarsh Housing Association to "
              "give you our Section 11 self-assessment for 2020/21. We manage around 6,800 homes across "
              "Saltmarsh Quay, Brindlecote and the eastern villages, and our staff are in tenants' homes "
              "every day, so I have tried to be candid about where we are."),
        ("h2", "Leadership and accountability"),
        ("p", "I have been the executive lead for safeguarding since 2018 and I report to our Board at "
              "every meeting. In 2020 the Board appointed a safeguarding champion from its members, and "
              "she has twice attended our operational safeguarding group to hear directly from housing "
              "officers."),
        ("p", "When we found in 2020 that neighbourhood officers were unsure when to raise a concern "
              "about children in overcrowded homes, I asked for a clear guide, and it was in place "
              "within two months. I believe we fully meet this standard."),
        ("h2", "Safe recruitment, induction and training"),
        ("p", "All of our own staff complete safeguarding awareness training at induction, and training "
              "is at 89% for existing staff, with the rest booked before December."),
        ("p", "Our repairs contractors are the weaker point. I cannot yet confirm that every operative "
              "entering tenants' homes has had a DBS check, because our contract did not require the "
              "contractor to share its records until April 2021. The first records arrived in August and "
              "we are checking them now. I would say we have partially met this standard."),
        ("h2", "Policies and procedures"),
        ("p", "We adopted the partnership procedures in 2019, and our safeguarding policy sits alongside "
              "our domestic abuse policy. We made 37 referrals to children's social care in the year."),
        ("p", "When we reviewed ten of those referrals I was concerned that four did not explain what "
              "the officer had seen in the home. We have introduced a short referral template, and the "
              "safeguarding group will check referrals again in December. We have partially met this "
              "standard."),
        ("h2", "The partnership's common questions"),
        ("p", "On the first question, an example of another agency improving practice: children's "
              "social care invited our tenancy officers to a meeting about a family we were about to "
              "evict, and together we agreed a plan that kept the family housed."),
        ("p", "On the second question, in summary: I rate leadership and accountability fully met, and "
              "recruitment and training, and policies and procedures, partially met."),
        ("p", "On partnership training, we will send at least six staff a year to partnership courses. "
              "On the impact of training, staff who attended the partnership's domestic abuse course now "
              "write referrals with more detail about the household."),
        ("p", "Finally, we will know we have improved when the December referral check is compared with "
              "this year's review."),
        ("p", "Yours sincerely,"),
        ("p", "Rosalind Achterberg-Wynne"),
        ("p", "Director of Housing Services and executive safeguarding lead"),
    ],
    "gold": {
        "agency": ["Saltmarsh Housing Association", "Saltmarsh Housing"],
        "self": {"1": "green", "2": "amber", "3": "amber", "4": None},
        "evidence": {"1": "green", "2": "amber", "3": "amber", "4": None},
        "planted": {"4": "MISSING_SECTION"},
        "frags": {
            "1": ["appointed a safeguarding champion from its members",
                  "it was in place within two months"],
            "2": ["I cannot yet confirm that every operative",
                  "contract did not require the contractor to share",
                  "The first records arrived in August"],
            "3": ["We made 37 referrals to children's social care",
                  "We have introduced a short referral template"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# --- 9. Eldermere Youth Justice Service: Word, ordinal headings ("Standard three"), each
#        section closes with last year's and this year's rating. Standard three gives only last
#        year's rating (decoy) and no 2020/21 rating (MISSING_RATING).
RETURNS.append({
    "file": "e-eldermere-youth-justice-service-s11-2021.docx",
    "doc_title": "EYJS Section 11 self-assessment 2020-21",
    "author": "Eldermere Youth Justice Service",
    "blocks": [
        ("title", "Eldermere Youth Justice Service"),
        ("p", "Section 11 self-assessment 2020-21 for the Eldermere Safeguarding Children Partnership. "
              "Agreed by the Youth Justice Management Board on 23 September 2021."),
        ("h1", "Standard one: Leadership and accountability"),
        ("p", "The Head of Service reports to the Youth Justice Management Board, which is chaired by "
              "the Director of Children's Services and includes the police, probation, health and "
              "education."),
        ("p", "The Board now receives a safeguarding dashboard at each meeting, which it asked for after "
              "last year's self-assessment, and members have used it to question the rise in children "
              "held overnight in police custody. A Board member from each agency now leads one priority "
              "in the youth justice plan."),
        ("pb", "Our rating: ", "we said Amber in 2019-20; for 2020-21 we say Green."),
        ("h1", "Standard two: Staff safe recruitment, induction, training and development"),
        ("p", "Every case manager has an enhanced DBS check and police systems vetting, and both are "
              "checked by the business support manager every quarter. Safeguarding training is "
              "refreshed every two years, and all 31 practitioners were in date at March 2021."),
        ("p", "New staff shadow experienced colleagues for their first month and do not hold cases "
              "alone until their manager has signed off their induction. Practitioners have monthly "
              "supervision, and the team's trauma-informed practice training has changed how first "
              "appointments with children are planned."),
        ("pb", "Our rating: ", "Green in 2019-20 and Green again for 2020-21."),
        ("h1", "Standard three: Safeguarding policies and procedures"),
        ("p", "Last year we rated standard three Amber because our safety and wellbeing plans were not "
              "shared with schools."),
        ("p", "This year we agreed an information-sharing protocol with the county's secondary schools, "
              "and plans are now shared with the designated safeguarding lead when the child consents. "
              "Our audit in May 2021 found plans shared in 17 of 25 cases."),
        ("p", "Staff use the partnership escalation procedure, although two escalations this year took "
              "over a month to resolve."),
        ("h1", "Standard four: Listening to children and young people"),
        ("p", "Every child completes a self-assessment at the start and end of their order, and managers "
              "read their comments. Our participation group, Voice Up, helped interview our new Head of "
              "Service and redesigned the waiting area at the Lindale Cross office."),
        ("p", "When children told us that coming to the office felt like being in trouble, we moved most "
              "meetings to youth centres and libraries, and attendance at appointments improved."),
        ("pb", "Our rating: ", "Amber in 2019-20; this year we judge it Green."),
        ("h1", "The partnership's five questions"),
        ("h2", "Question one: another agency improving multi-agency practice"),
        ("p", "Eldermere Constabulary's custody team now telephones our duty worker as soon as a child "
              "is detained, so an appropriate adult arrives sooner."),
        ("h2", "Question two: RAG self-rating"),
        ("p", "Our ratings are given at the end of each standard above."),
        ("h2", "Question three: commitment to partnership multi-agency training"),
        ("p", "We will release practitioners for the partnership's exploitation training and co-deliver "
              "the contextual safeguarding module."),
        ("h2", "Question four: impact of training on practice"),
        ("p", "After the partnership's contextual safeguarding training, case managers mapped peer "
              "groups in twelve cases and shared the maps with the police."),
        ("h2", "Question five: how we know we have improved"),
        ("p", "We use our quarterly case audit, the Board dashboard, and children's end-of-order "
              "self-assessments."),
        ("space",),
        ("p", "Signed: Tobiah Wrenfield, Head of Service, Eldermere Youth Justice Service"),
    ],
    "gold": {
        "agency": ["Eldermere Youth Justice Service", "Eldermere YJS", "EYJS"],
        "self": {"1": "green", "2": "green", "3": None, "4": "green"},
        "evidence": {"1": "green", "2": "green", "3": "amber", "4": "green"},
        "planted": {"3": "MISSING_RATING"},
        "frags": {
            "1": ["receives a safeguarding dashboard at each meeting",
                  "held overnight in police custody"],
            "2": ["all 31 practitioners were in date",
                  "do not hold cases alone until"],
            "3": ["agreed an information-sharing protocol",
                  "found plans shared in 17 of 25 cases",
                  "took over a month to resolve"],
            "4": ["helped interview our new Head of Service",
                  "redesigned the waiting area at the Lindale Cross office",
                  "moved most meetings to youth centres and libraries"],
        },
        "common": {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
    },
})

# === END RETURNS ===

if __name__ == "__main__":
    main()
