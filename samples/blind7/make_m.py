#!/usr/bin/env python3
"""Writer m: blind corpus of Section 11 returns for the invented Fellbrook Safeguarding
Children Partnership (framework gscp-2021).

    make_m.py          build submissions/m-*.{docx,pdf}, gold/m-*.yml and NOTES-m.md
    make_m.py --check  rebuild in memory, compare bytes with disk, compare gold/notes,
                       and check every evidence fragment occurs exactly once (within one
                       pdfplumber line / one docx paragraph or table-cell paragraph)

Evidence fragments are marked in the source text as «N:fragment» (N = standard); the
markers are stripped before rendering and the gold is generated from them.
Everything here is invented.  Phone numbers 07700 900xxx, postcodes ZX/ZZ, NHS no. 999...
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Flowable, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

G, A, R = "green", "amber", "red"
OVER, UNDER, MS, MR, CQU = ("OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING",
                            "COMMON_QUESTION_UNANSWERED")
ALLGAPS = [OVER, UNDER, MS, MR]

# ----------------------------------------------------------------------------------------
# fragment markers
MARK = re.compile(r"«([1-4]):(.*?)»")


class Ctx:
    """Collects the evidence fragments of one return while its text is rendered."""

    def __init__(self):
        self.frags = {"1": [], "2": [], "3": [], "4": []}

    def s(self, text):
        def rep(m):
            self.frags[m.group(1)].append(m.group(2))
            return m.group(2)
        out = MARK.sub(rep, text)
        assert "«" not in out and "»" not in out, text
        return out


# ----------------------------------------------------------------------------------------
# DOCX helpers
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_docx(meta):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(6)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    when = meta["when"]
    cp.author = meta["author"]
    cp.last_modified_by = meta["author"]
    cp.title = meta["title"]
    cp.subject = "Section 11 self-assessment 2021"
    cp.keywords = "FSCP; Section 11; 2021"
    cp.comments = ""
    cp.category = ""
    cp.created = when - datetime.timedelta(days=12)
    cp.modified = when
    cp.last_printed = when
    cp.revision = meta.get("revision", 4)
    if meta.get("header"):
        hp = d.sections[0].header.paragraphs[0]
        hp.text = meta["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    if meta.get("footer"):
        fp = d.sections[0].footer.paragraphs[0]
        fp.text = meta["footer"]
        for r in fp.runs:
            r.font.size = Pt(8)
    return d


def add_runs(p, text):
    """**bold** markup inside a paragraph."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            if i % 2 == 1:
                r.bold = True
    return p


def P(d, ctx, text, style=None):
    p = d.add_paragraph(style=style)
    add_runs(p, ctx.s(text))
    return p


def H(d, ctx, text, level=1):
    return d.add_heading(ctx.s(text), level=level)


def BUL(d, ctx, items):
    for it in items:
        P(d, ctx, it, style="List Bullet")


def set_cell(cell, ctx, text, bold=False, size=None):
    cell.text = ""
    lines = ctx.s(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, ("**" + line + "**") if bold and line else line)
        if size:
            for r in p.runs:
                r.font.size = Pt(size)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def TBL(d, ctx, rows, widths=None, header=True, size=9, head_fill="D9E2F3"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, ctx, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, head_fill)
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph()
    return t


def formtext(p, name, value, size=None):
    """Legacy Word text form field (FORMTEXT) with its typed value."""
    shown = value if value else "\u2002" * 5
    sz = '<w:sz w:val="%d"/>' % (size * 2) if size else ""
    xml = (
        '<w:r %(ns)s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%(n)s"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
        '<w:r %(ns)s><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        '<w:r %(ns)s><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r %(ns)s><w:rPr><w:b/><w:noProof/>%(sz)s</w:rPr><w:t xml:space="preserve">%(v)s</w:t></w:r>'
        '<w:r %(ns)s><w:fldChar w:fldCharType="end"/></w:r>'
    ) % {"ns": nsdecls("w"), "n": name, "v": xml_escape(shown), "sz": sz}
    frag = parse_xml('<w:p %s>%s</w:p>' % (nsdecls("w"), xml.replace(" " + nsdecls("w"), "")))
    for r in list(frag):
        p._p.append(r)
    return p


def add_footnote(d, p, text):
    """Attach footnote 1 (text) to paragraph p; creates word/footnotes.xml."""
    fx = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:footnotes %s>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
        '</w:footnotes>'
    ) % (nsdecls("w"), xml_escape(text))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                fx.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          '<w:footnoteReference w:id="1"/></w:r>' % nsdecls("w")))


def docx_bytes(d, when):
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------
# PDF helpers
FONTDIR_L = "/usr/share/fonts/truetype/liberation/"
FONTDIR_D = "/usr/share/fonts/truetype/dejavu/"
_fonts_done = False


def fonts():
    global _fonts_done
    if _fonts_done:
        return
    for n, f in [("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                 ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")]:
        pdfmetrics.registerFont(TTFont(n, FONTDIR_L + f))
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, FONTDIR_D + f))
    addMapping("LS", 0, 0, "LS")
    addMapping("LS", 1, 0, "LSB")
    addMapping("LS", 0, 1, "LSI")
    addMapping("LS", 1, 1, "LSBI")
    _fonts_done = True


def styles():
    fonts()
    return {
        "title": ParagraphStyle("title", fontName="LSB", fontSize=16, leading=20, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName="LS", fontSize=11, leading=14, spaceAfter=8,
                              textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5, keepWithNext=1,
                             textColor=colors.HexColor("#1F3864")),
        "h2": ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": ParagraphStyle("body", fontName="LS", fontSize=10, leading=13.2, spaceAfter=6),
        "small": ParagraphStyle("small", fontName="LS", fontSize=8.5, leading=11, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5),
        "bullet": ParagraphStyle("bullet", fontName="LS", fontSize=10, leading=13.2, leftIndent=16,
                                 bulletIndent=4, spaceAfter=3, bulletFontName="LS"),
        "arrow": ParagraphStyle("arrow", fontName="LSB", fontSize=10, leading=13.2, leftIndent=16,
                                bulletIndent=2, spaceAfter=8, bulletFontName="DV"),
    }


def md(text):
    """escape then **bold**"""
    t = xml_escape(text)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def PP(ctx, st, text, style="body", **kw):
    return Paragraph(md(ctx.s(text)), st[style], **kw)


def BB(ctx, st, text):
    return Paragraph(md(ctx.s(text)), st["bullet"], bulletText="\u2022")


def pdf_table(ctx, st, rows, widths, head_fill="#D9E2F3"):
    data = [[Paragraph(md(ctx.s(("**%s**" % c) if i == 0 else c)), st["cell"]) for c in row]
            for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_fill)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def pdf_bytes(meta, story, footer):
    buf = io.BytesIO()

    def onpage(c, doc):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(doc.leftMargin, 30, footer)
        c.drawRightString(A4[0] - doc.rightMargin, 30, "Page %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=56,
                            bottomMargin=56, title=meta["title"], author=meta["author"],
                            subject="Section 11 self-assessment 2021", creator="Microsoft Word",
                            producer="Microsoft: Print To PDF", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


LM, RM = 60, 60
NOTE_X = 462  # absolute x of the margin notes in the hospital return


class HeadingWithNote(Flowable):
    """Standard heading with a RAG margin note drawn at a fixed x near the right margin."""

    def __init__(self, text, note):
        Flowable.__init__(self)
        self.text, self.note = text, note

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 24

    def draw(self):
        c = self.canv
        x0 = LM + 6  # frame padding
        assert x0 + pdfmetrics.stringWidth(self.text, "LSB", 12) < NOTE_X - 8, self.text
        c.setFillColor(colors.HexColor("#1F3864"))
        c.setFont("LSB", 12)
        c.drawString(0, 6, self.text)
        c.setFillColor(colors.HexColor("#7F1F1F"))
        c.setFont("DVB", 8.5)
        c.drawString(NOTE_X - x0, 7, self.note)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(0, 1, NOTE_X - x0 - 10, 1)


class Quadrant(Flowable):
    """One-page 2x2 grid: a box per standard with title, short evidence lines, rating word."""

    def __init__(self, boxes, height=560):
        Flowable.__init__(self)
        self.boxes, self.h = boxes, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        c = self.canv
        gap = 12
        bw = (self.aw - gap) / 2.0
        bh = (self.h - gap) / 2.0
        fills = {"GREEN": "#E2F0D9", "AMBER": "#FFF2CC", "RED": "#F8CBAD"}
        for i, (title, lines, word) in enumerate(self.boxes):
            col, row = i % 2, i // 2
            x = col * (bw + gap)
            y = self.h - (row + 1) * bh - row * gap
            c.setStrokeColor(colors.HexColor("#1F3864"))
            c.setLineWidth(1)
            c.setFillColor(colors.white)
            c.rect(x, y, bw, bh, stroke=1, fill=0)
            c.setFillColor(colors.HexColor("#1F3864"))
            c.setFont("LSB", 11)
            assert pdfmetrics.stringWidth(title, "LSB", 11) < bw - 20, title
            c.drawString(x + 10, y + bh - 22, title)
            c.setFillColor(colors.black)
            c.setFont("LS", 9.5)
            yy = y + bh - 46
            for ln in lines:
                assert pdfmetrics.stringWidth("\u2013 " + ln, "LS", 9.5) < bw - 20, ln
                c.drawString(x + 10, yy, "\u2013 " + ln)
                yy -= 16
            c.setFillColor(colors.HexColor(fills[word]))
            c.rect(x + 10, y + 12, 90, 26, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("LSB", 14)
            c.drawCentredString(x + 55, y + 20, word)


# ----------------------------------------------------------------------------------------
# the returns
RETURNS = []


def ret(**kw):
    def deco(fn):
        kw["build"] = fn
        RETURNS.append(kw)
        return fn
    return deco


# 1 ---------------------------------------------------------------- Word legacy form fields
@ret(file="m-fellbrook-childrens-services-s11-2021.docx",
     agency=["Fellbrook County Council Children's Services", "Children's Services", "FCC"],
     structure="Word form: details table and per-standard evidence, legacy FORMTEXT fields; Q2 as a form table",
     how='legacy text form field after "Self-assessment:" (Green/Amber/Red); std 3 field left empty',
     self={"1": G, "2": A, "3": None, "4": G}, ev={"1": G, "2": A, "3": A, "4": G},
     gaps={"3": [MR]}, pd=[], late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted="MISSING_RATING std 3 (empty form field; decoy 2019 rating Green; Q2 field also empty)")
def r_childrens(ctx):
    when = datetime.datetime(2021, 9, 24, 16, 5, 0)
    d = new_docx({"when": when, "author": "Martin Kell", "title": "FSCP Section 11 self-assessment form 2021",
                  "header": "Fellbrook Safeguarding Children Partnership | OFFICIAL",
                  "footer": "FSCP Section 11 Self-Assessment Form 2021 (framework gscp-2021) v1.3"})
    d.add_heading("Fellbrook Safeguarding Children Partnership", 0)
    P(d, ctx, "**Section 11 (Children Act 2004) Self-Assessment Form 2021**")
    P(d, ctx, "Please complete the shaded fields. For each standard, describe your evidence and give a "
              "self-assessment of Green, Amber or Red. Return the completed form to the FSCP Business Unit "
              "by 30 September 2021.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    det = [("Agency", "Fellbrook County Council - Children's Services", "Agency"),
           ("Completed by", "Martin Kell, Head of Safeguarding and Quality Assurance", "Completed"),
           ("Signed off by", "Dr Hannah Okafor, Director of Children's Services", "Signed"),
           ("Date", "24/09/2021", "Date")]
    for i, (lab, val, name) in enumerate(det):
        set_cell(t.cell(i, 0), ctx, lab, bold=True)
        shade(t.cell(i, 0), "F2F2F2")
        t.cell(i, 1).text = ""
        formtext(t.cell(i, 1).paragraphs[0], name, val)
        t.cell(i, 0).width, t.cell(i, 1).width = Cm(4.5), Cm(12)
    d.add_paragraph()

    H(d, ctx, "Standard 1: Leadership and accountability", 1)
    P(d, ctx, "Dr Hannah Okafor, Director of Children's Services (DCS), is the statutory lead for children and a "
              "member of the FSCP Executive. Cllr Ruth Achebe is the Lead Member for Children and Families. "
              "Day-to-day safeguarding leadership sits with Martin Kell, Head of Safeguarding and Quality "
              "Assurance, who chairs the monthly Safeguarding Quality Board.")
    P(d, ctx, "The Children's Services Improvement Board, chaired by the Chief Executive, met 11 times in 2020/21 "
              "and received the performance and quality report at every meeting. «1:The Lead Member attended "
              "10 of the 11 meetings» and the Overview and Scrutiny Committee examined our pandemic recovery plan "
              "in December 2020.")
    P(d, ctx, "Our Quality Assurance Framework was refreshed in January 2021. Between April 2020 and March 2021 "
              "practice managers and auditors completed 412 case audits, 96 of them moderated jointly with partner "
              "agencies. «1:71% of audited cases were graded good or better», compared with 58% in 2019/20, and "
              "no case was graded inadequate in the final quarter.")
    P(d, ctx, "Commissioning: all 14 contracts with external providers of residential, fostering and family "
              "support services include Section 11 clauses. The Commissioning Team checked compliance in "
              "February 2021; «1:two providers were issued with improvement notices», and both notices have "
              "since been closed.")
    P(d, ctx, "Learning from the two rapid reviews held in 2020/21 has been reported to the Improvement Board and "
              "the actions are tracked on the single improvement plan.")
    p = d.add_paragraph()
    add_runs(p, "**Self-assessment:** ")
    formtext(p, "SA1", "Green")

    H(d, ctx, "Standard 2: Safe recruitment, induction, training and development", 1)
    P(d, ctx, "Recruitment to all posts follows the council's Safer Recruitment Procedure, revised in June 2020 to "
              "allow remote interviews with identity checks. Recruiting managers must hold safer recruitment "
              "training; «2:42 of 45 recruiting managers renewed it» within the last three years.")
    P(d, ctx, "Enhanced DBS checks are in place for all staff in regulated activity. Three-yearly renewals slipped "
              "during the first lockdown and «2:9% of renewals were overdue at 31 March 2021»; the HR Business "
              "Partner expects the backlog to be cleared by December 2021.")
    P(d, ctx, "Induction: 23 newly qualified social workers started the ASYE programme and 21 completed their "
              "first year. Every new starter completes the corporate and service induction within eight weeks.")
    P(d, ctx, "Supervision: the standard is monthly case supervision. A dip sample of 120 case files in May 2021 "
              "found «2:supervision recorded within timescale in 78%» of cases, against a target of 90%. Team "
              "managers now have protected time and the dip sample will be repeated in November 2021.")
    P(d, ctx, "Allegations management: the LADO, Priya Sandhu, received 164 contacts in 2020/21, of which 61 met "
              "the threshold for an allegations management meeting. Initial meetings were held within five "
              "working days in 84% of cases.")
    p = d.add_paragraph()
    add_runs(p, "**Self-assessment:** ")
    formtext(p, "SA2", "Amber")

    H(d, ctx, "Standard 3: Safeguarding policies and procedures", 1)
    P(d, ctx, "Children's Services works to the FSCP online child protection procedures, last updated in November "
              "2020, and every practitioner can reach them from the staff intranet. Our own practice guidance "
              "sits alongside the procedures and is owned by the Safeguarding Quality Board.")
    P(d, ctx, "Topic policies: the «3:Missing from Home and Care protocol was revised» in October 2020 with "
              "Fellbrook Police, and return home interviews were offered in 88% of missing episodes. The child "
              "exploitation practice guidance is still in draft and has not yet been agreed with partners.")
    P(d, ctx, "Escalation: «3:staff raised 14 formal escalations under» the partnership resolution protocol; all "
              "were resolved at stage 1 or stage 2. The Front Door (MASH) handled 9,870 contacts in the year, "
              "but «3:the information sharing agreement with GP practices» is still awaiting signature by two of "
              "the six primary care networks.")
    P(d, ctx, "In our 2019 Section 11 return this standard was rated Green. The self-assessment for 2021 will be "
              "agreed by the Safeguarding Quality Board on 14 October 2021, once the exploitation guidance has "
              "been signed off.")
    p = d.add_paragraph()
    add_runs(p, "**Self-assessment:** ")
    formtext(p, "SA3", "")

    H(d, ctx, "Standard 4: Listening to children and young people", 1)
    P(d, ctx, "Fellbrook's Children in Care Council, Voice Crew, met 18 times in 2020/21, mostly online, and "
              "«4:presented its annual report to Corporate Parenting Panel» in March 2021. The Participation "
              "Officer, Jade Whitlow, supports Voice Crew and the care leavers' forum.")
    P(d, ctx, "Children tell us what they think through the Mind of My Own app: «4:482 statements were sent in "
              "2020/21», compared with 207 the year before. Advocacy referrals rose from 96 to 131.")
    P(d, ctx, "Case audits look for the child's voice. In the 412 audits described under Standard 1, «4:the "
              "child's views were clearly recorded in 89%» of child protection and child in need plans. Young "
              "people sat on interview panels for 6 of the 8 team manager appointments.")
    P(d, ctx, "We feed back through a quarterly 'You said, we did' newsletter; Voice Crew asked for better Wi-Fi "
              "in our children's homes and the upgrade was completed in January 2021.")
    p = d.add_paragraph()
    add_runs(p, "**Self-assessment:** ")
    formtext(p, "SA4", "Green")

    H(d, ctx, "Common questions", 1)
    H(d, ctx, "Q1. Something another agency has done during 20/21 that improved multi-agency practice", 2)
    P(d, ctx, "Fellbrook Police introduced a daily 9.30am missing children briefing with social care and health "
              "from June 2020. It has cut the time taken to share information on missing episodes and led to "
              "joint safety plans for 37 children.")
    H(d, ctx, "Q2. RAG self-rating against each standard", 2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate([("Standard 1", "Green"), ("Standard 2", "Amber"), ("Standard 3", ""),
                                    ("Standard 4", "Green")]):
        set_cell(t.cell(i, 0), ctx, lab, bold=True)
        t.cell(i, 1).text = ""
        formtext(t.cell(i, 1).paragraphs[0], "Q2S%d" % (i + 1), val)
    d.add_paragraph()
    H(d, ctx, "Q3. Commitment to the partnership's multi-agency training", 2)
    P(d, ctx, "Children's Services is fully committed to the FSCP programme. 214 of our staff attended FSCP "
              "multi-agency courses in 2020/21 and we provided 11 trainers to the pool, delivering 19 sessions. "
              "Attendance at the core child protection course is a requirement for all newly qualified social "
              "workers.")
    H(d, ctx, "Q4. Is single and multi-agency training having an impact on practice?", 2)
    P(d, ctx, "Yes. Three-month follow-up questionnaires (102 returned) show 83% of staff changed something in "
              "their practice, most often the use of chronologies and the neglect toolkit. The chronology "
              "quality audit in April 2021 found improvement in 23 of 30 files.")
    H(d, ctx, "Q5. How do you know you have improved?", 2)
    P(d, ctx, "Audit grades rose from 58% to 71% good or better, re-referrals within 12 months fell from 24% to "
              "19%, and children's feedback through Mind of My Own has more than doubled.")
    return docx_bytes(d, when)


# 2 ---------------------------------------------------------- summary table Met/Partially met
@ret(file="m-fellbrook-police-s11-2021.docx",
     agency=["Fellbrook Constabulary", "Fellbrook Police", "FC"],
     structure="Part A summary table Standard | Assessment | Notes; Part B evidence by standard; Part C questions",
     how="Assessment column Met / Partially met / Not met (Met=Green, Partially met=Amber, Not met=Red); "
         "Notes column holds decoy past ratings",
     self={"1": G, "2": G, "3": A, "4": A}, ev={"1": G, "2": A, "3": A, "4": A},
     gaps={"2": [OVER]}, pd=[], late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted="OVER_RATED std 2 (Met; vetting backlog, 61% training, no supervision record, 2017 procedure)")
def r_police(ctx):
    when = datetime.datetime(2021, 9, 27, 11, 40, 0)
    d = new_docx({"when": when, "author": "DS Owen Gallagher", "title": "Fellbrook Constabulary Section 11 2021",
                  "header": "OFFICIAL", "footer": "Fellbrook Constabulary - Public Protection Command"})
    d.add_heading("Fellbrook Constabulary", 0)
    P(d, ctx, "**Section 11 Self-Assessment 2021 - Fellbrook Safeguarding Children Partnership**")
    P(d, ctx, "Prepared by Detective Superintendent Owen Gallagher, Head of Public Protection, and approved by "
              "Assistant Chief Constable Laura Brennan. Submitted 27 September 2021.")
    H(d, ctx, "Part A: Summary of self-assessment", 1)
    TBL(d, ctx, [["Standard", "Assessment", "Notes"],
                 ["1. Leadership and accountability", "Met", "Last year: Met"],
                 ["2. Safe recruitment, induction, training and development", "Met",
                  "Panel 2019/20: Partially met"],
                 ["3. Safeguarding policies and procedures", "Partially met",
                  "Last year: Met. Missing persons policy refreshed"],
                 ["4. Listening to children and young people", "Partially met", "Panel 2019/20: Not met"]],
        widths=[7.5, 3.2, 6.3])
    P(d, ctx, "Key: Met = Green; Partially met = Amber; Not met = Red. Notes record previous years for comparison.")

    H(d, ctx, "Part B: Evidence", 1)
    H(d, ctx, "Standard 1 - Leadership and accountability", 2)
    P(d, ctx, "Assistant Chief Constable Laura Brennan is the chief officer lead for safeguarding children and "
              "represents the force on the FSCP Executive. Detective Superintendent Owen Gallagher leads the "
              "Public Protection Command, which includes the Child Abuse Investigation Team and the force's "
              "officers in the MASH.")
    P(d, ctx, "The Public Protection Governance Board, chaired by the ACC, «1:met quarterly throughout "
              "2020/21» and oversees the force child protection improvement plan; 38 of its 41 actions were "
              "completed by March 2021 and the remaining three have owners and dates.")
    P(d, ctx, "The Public Protection Audit Team completed six thematic audits in 2020/21, covering child sexual "
              "exploitation, online abuse, missing children and the voice of the child. «1:Each audit reported "
              "to the Governance Board» with a named action owner, and progress is reviewed at the next meeting.")
    P(d, ctx, "Since July 2020 the Chief Constable's monthly performance meeting has included a child protection "
              "dashboard. «1:Police attendance at strategy discussions was 97%» in 2020/21.")

    H(d, ctx, "Standard 2 - Safe recruitment, induction, training and development", 2)
    P(d, ctx, "All officers and staff are vetted by the Force Vetting Unit before appointment, and posts in the "
              "Child Abuse Investigation Team require management vetting. Induction: all 186 student officers "
              "who joined in 2020/21 received a full day on child abuse, neglect and exploitation.")
    P(d, ctx, "Vetting renewals have fallen behind. At 31 March 2021 there was «2:a backlog of 312 overdue "
              "vetting renewals», including 27 in public protection roles. Additional vetting staff have been "
              "requested through the budget process.")
    P(d, ctx, "Training: the national e-learning module on child abuse is mandatory for all officers, but "
              "«2:completion stood at 61% of officers» at 31 March 2021. The specialist child abuse "
              "investigation course was postponed in 2020 and eight detectives remain untrained.")
    P(d, ctx, "There is no central record of supervision for public protection staff; supervision takes place "
              "informally within teams. The procedure for managing allegations against staff who work with "
              "children «2:was last reviewed in 2017» and does not yet reflect the 2019 change to the LADO "
              "referral route.")

    H(d, ctx, "Standard 3 - Safeguarding policies and procedures", 2)
    P(d, ctx, "The Child Abuse Investigation Policy was reviewed in November 2020 and the Missing Persons Policy in "
              "February 2021. Officers can open the FSCP procedures on their mobile devices.")
    P(d, ctx, "Public Protection Notices (PPNs) are how officers share concerns about children with the MASH. "
              "«3:6,412 PPNs relating to children were submitted» in 2020/21. A quality audit in January 2021 found "
              "that «3:68% of PPNs met the quality standard»; most of the rest did not describe the child's "
              "lived experience.")
    P(d, ctx, "The Child Exploitation Policy is under review to align with the partnership exploitation strategy; "
              "a draft will go to the Governance Board in December 2021. «3:The force raised five formal "
              "escalations» under the partnership protocol, all resolved.")

    H(d, ctx, "Standard 4 - Listening to children and young people", 2)
    P(d, ctx, "The force Youth Independent Advisory Group was set up with 14 members aged 14 to 19 and «4:has met "
              "four times since March 2021». Members reviewed the stop and search leaflet for young people.")
    P(d, ctx, "Officers are expected to record the voice of the child in every PPN; the January 2021 audit found "
              "«4:children's views recorded in 54% of PPNs», up from 41% in 2019/20.")
    P(d, ctx, "The cadets scheme continued online with 62 cadets. We do not yet have a systematic way to tell "
              "children what changed as a result of their views; «4:a feedback page will launch in January "
              "2022».")

    H(d, ctx, "Part C: Common questions", 1)
    TBL(d, ctx, [["Question", "Response"],
                 ["Q1 Something another agency has done during 20/21 that improved multi-agency practice",
                  "Fellbrook Community Health NHS Trust placed a health practitioner in the MASH from September "
                  "2020. Health information is now available for police-led strategy discussions the same day."],
                 ["Q2 RAG self-rating against each standard", "See the summary table in Part A."],
                 ["Q3 Commitment to the partnership's multi-agency training",
                  "143 officers and staff attended FSCP courses in 2020/21. The force funds two places on every "
                  "FSCP exploitation course and provides a trainer for the joint investigation module."],
                 ["Q4 Is single and multi-agency training having an impact on practice?",
                  "Partly. Officers who attended FSCP exploitation training submitted better-quality intelligence "
                  "reports, but PPN quality overall has improved only slowly."],
                 ["Q5 How do you know you have improved?",
                  "Strategy discussion attendance rose from 88% to 97%, the improvement plan is 93% complete and "
                  "the voice of the child is recorded more often (41% to 54%)."]],
        widths=[6, 11])
    return docx_bytes(d, when)


# 3 ----------------------------------------------------------------- PDF margin note RAG
@ret(file="m-fellbrook-hospitals-s11-2021.pdf",
     agency=["Fellbrook Hospitals NHS Foundation Trust", "Fellbrook Hospitals", "FHFT"],
     structure="PDF narrative; heading line per standard with margin note at fixed x; questions at end",
     how='margin note "RAG \u25b6 GREEN/AMBER" drawn at x=462 on each standard heading line',
     self={"1": G, "2": A, "3": G, "4": A}, ev={"1": G, "2": A, "3": G, "4": G},
     gaps={"4": [UNDER]}, pd=[], late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted='UNDER_RATED std 4 (Amber "so as not to be complacent"; forum, 94% FFT, 92% voice audit)')
def r_hospitals(ctx):
    st = styles()
    s = []
    s.append(PP(ctx, st, "Fellbrook Hospitals NHS Foundation Trust", "title"))
    s.append(PP(ctx, st, "Section 11 Self-Assessment 2021 for the Fellbrook Safeguarding Children Partnership",
                "sub"))
    s.append(PP(ctx, st, "**Completed by:** Claire Denholm, Named Nurse for Safeguarding Children. **Approved by:** "
                         "Dr Imran Qureshi, Chief Nurse and Executive Lead for Safeguarding. **Date:** 21 September "
                         "2021."))
    s.append(PP(ctx, st, "Our RAG rating for each standard is shown to the right of the standard heading.", "small"))

    s.append(HeadingWithNote("Standard 1: Leadership and accountability", "RAG \u25b6 GREEN"))
    s.append(PP(ctx, st, "The Chief Nurse, Dr Imran Qureshi, is the executive lead for safeguarding and a "
                         "non-executive director, Alison Frame, is the Board's safeguarding champion. The Named "
                         "Doctor is Dr Tomas Lindqvist, consultant paediatrician, and the Named Midwife is Bethan "
                         "Cole."))
    s.append(PP(ctx, st, "«1:The Board received the annual safeguarding report» in July 2021 and a mid-year report "
                         "in January 2021; both were discussed in public session. The Safeguarding Committee meets "
                         "every two months and reports to the Quality Committee."))
    s.append(PP(ctx, st, "Internal quality assurance: «1:eight safeguarding audits were completed in 2020/21», "
                         "including a quarterly Emergency Department audit of child protection information checks. "
                         "«1:ED checks were completed for 96%» of child attendances in the final quarter, up from "
                         "84% a year earlier."))
    s.append(PP(ctx, st, "The Trust's contract with its temporary staffing supplier requires safeguarding training "
                         "at the correct level, and the Workforce Team checks this each quarter."))

    s.append(HeadingWithNote("Standard 2: Safer recruitment, training and development", "RAG \u25b6 AMBER"))
    s.append(PP(ctx, st, "Safer recruitment follows the NHS Employment Check Standards, and enhanced DBS checks with "
                         "children's barred list checks are completed for all staff in regulated activity."))
    s.append(PP(ctx, st, "Level 3 safeguarding children training: «2:compliance was 79% against the 90% target» at "
                         "March 2021, because face-to-face sessions were paused between April and August 2020. "
                         "Level 1 and 2 compliance was 92%. Extra virtual sessions are booked to reach 90% by "
                         "December 2021."))
    s.append(PP(ctx, st, "Safeguarding supervision: «2:86% of paediatric nurses received» quarterly supervision as "
                         "required, but only 71% of community midwives did. A group supervision model for "
                         "midwives started in July 2021."))
    s.append(PP(ctx, st, "Allegations: «2:seven allegations against staff were referred» to the LADO in 2020/21 and "
                         "all were managed in line with the Trust policy, which was reviewed in October 2020."))

    s.append(HeadingWithNote("Standard 3: Safeguarding policies and procedures", "RAG \u25b6 GREEN"))
    s.append(PP(ctx, st, "The Safeguarding Children Policy was reviewed and ratified in December 2020 and is in date. "
                         "Topic guidance includes the «3:was not brought policy ratified in February 2021», bruising "
                         "in non-mobile babies, and child exploitation, all linked to the FSCP procedures."))
    s.append(PP(ctx, st, "Referrals: staff made «3:1,137 referrals to children's social care» in 2020/21. An audit of "
                         "50 referrals in March 2021 found 93% met the FSCP referral quality standard."))
    s.append(PP(ctx, st, "Information sharing: the maternity safeguarding team shares information at monthly "
                         "midwifery liaison meetings with social care and health visiting. The «3:maternity "
                         "information sharing audit in May 2021» found information shared in 48 of 50 cases. "
                         "Escalation: staff used the partnership escalation protocol four times."))

    s.append(HeadingWithNote("Standard 4: Listening to children and young people", "RAG \u25b6 AMBER"))
    s.append(PP(ctx, st, "The Trust's Young People's Health Forum has «4:21 members aged 11 to 18». It has met "
                         "monthly since April 2020 and reviewed the design of the new children's Emergency "
                         "Department waiting area, which opened in March 2021."))
    s.append(PP(ctx, st, "Friends and Family Test: «4:94% of children and young people rated» their care good or "
                         "very good (1,860 responses). Play specialists use picture feedback cards with younger "
                         "children."))
    s.append(PP(ctx, st, "«4:An audit of 60 safeguarding records» in June 2021 found the child's voice recorded in "
                         "92% of them. The forum co-produced the leaflet on moving to adult services, launched in "
                         "May 2021, and each children's ward shows a quarterly 'You said, we did' board."))
    s.append(PP(ctx, st, "We have kept this standard at Amber so as not to be complacent while the forum's work is "
                         "extended to the maternity unit."))

    s.append(PP(ctx, st, "Common questions", "h1"))
    qa = [("Q1. Something another agency has done during 20/21 that improved multi-agency practice",
           "Fellbrook County Council Children's Services set up a named social worker contact for the Emergency "
           "Department during the pandemic. ED staff now get advice within the hour, and repeat attendances by "
           "children open to social care are flagged the same day."),
          ("Q2. RAG self-rating against each standard",
           "Our ratings are shown beside each standard heading above: two standards are rated Green and two "
           "Amber."),
          ("Q3. Commitment to the partnership's multi-agency training",
           "The Trust released 96 staff to FSCP multi-agency courses in 2020/21. The Named Nurse co-delivers the "
           "FSCP neglect course."),
          ("Q4. Is single and multi-agency training having an impact on practice?",
           "Yes. After the bruising training the number of non-mobile babies with bruising discussed with "
           "social care rose from 9 to 17, and referral quality improved."),
          ("Q5. How do you know you have improved?",
           "Audit results (ED checks 84% to 96%, referral quality 93%) and feedback from children and families "
           "through the forum and the Friends and Family Test.")]
    for q, a in qa:
        s.append(PP(ctx, st, q, "h2"))
        s.append(PP(ctx, st, a))
    meta = {"title": "Section 11 Self-Assessment 2021", "author": "Claire Denholm"}
    return pdf_bytes(meta, s, "Fellbrook Hospitals NHS Foundation Trust - Section 11 return 2021")


# 4 ---------------------------------------------------- percentage self-score, footnote bands
@ret(file="m-fellbrook-community-health-s11-2021.docx",
     agency=["Fellbrook Community Health NHS Trust", "Fellbrook Community Health", "FCHT"],
     structure="narrative by standard, each ending with a self-assessed compliance percentage; questions",
     how='"Self-assessed compliance: NN%"; bands only in a Word footnote (>=80 Green, 50-79 Amber, <50 Red)',
     self={"1": G, "2": A, "3": G, "4": A}, ev={"1": G, "2": A, "3": G, "4": A},
     gaps={}, late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     pd=["Kayden Marsh", "14/03/2017", "12 Larch Close, Fellbrook ZX4 7QP", "999 314 5823", "Leah Marsh",
         "07700 900417"],
     planted="personal data in std 3 case example (child name, DOB, address, NHS number, parent name, phone); "
             "std 3 exactly 80% (Green)")
def r_community(ctx):
    when = datetime.datetime(2021, 9, 20, 14, 30, 0)
    d = new_docx({"when": when, "author": "Gemma Rowntree", "title": "FCHT Section 11 self-assessment 2021",
                  "header": "Fellbrook Community Health NHS Trust",
                  "footer": "Section 11 self-assessment 2021 - approved by Trust Safeguarding Committee"})
    d.add_heading("Section 11 Self-Assessment 2021", 0)
    P(d, ctx, "**Fellbrook Community Health NHS Trust** - return to the Fellbrook Safeguarding Children Partnership")
    P(d, ctx, "Lead: Gemma Rowntree, Head of Safeguarding. Executive Lead: Paul Ashdown, Director of Nursing. "
              "Date: 20 September 2021.")
    P(d, ctx, "Services covered: health visiting, school nursing, Family Nurse Partnership, community paediatrics, "
              "CAMHS and sexual health services.")
    p = P(d, ctx, "Each standard closes with a self-assessed compliance score agreed by the Trust Safeguarding "
                  "Committee on 9 September 2021.")
    add_footnote(d, p, "Compliance bands used by the Trust: 80% and above Green, 50-79% Amber, below 50% Red.")

    H(d, ctx, "Standard 1 - Leadership and accountability", 1)
    P(d, ctx, "The Director of Nursing, Paul Ashdown, is the executive lead for safeguarding and reports to the "
              "Trust Board. «1:The Board received quarterly safeguarding reports» throughout 2020/21, and the "
              "annual report was approved on 27 July 2021.")
    P(d, ctx, "The Safeguarding Committee meets every two months under the Director of Nursing; «1:attendance by "
              "service leads averaged 87%». The Named Doctor, Dr Aisha Karimi, and the Named Nurse, Ruth "
              "Bellamy, attend every meeting.")
    P(d, ctx, "The safeguarding team completed a programme of nine audits. The «1:health visiting record-keeping "
              "audit in February 2021» found chronologies present in 91% of records, and actions from all nine "
              "audits are tracked by the committee.")
    P(d, ctx, "**Self-assessed compliance: 88%**")

    H(d, ctx, "Standard 2 - Safe recruitment, induction, training and development", 1)
    P(d, ctx, "All posts follow the NHS Employment Check Standards, with enhanced DBS checks for staff working with "
              "children. An HR audit of 50 personnel files in April 2021 found every check present in 48; the two "
              "missing references were obtained within a week.")
    P(d, ctx, "Training: «2:Level 3 training compliance was 76%» at 31 March 2021 against a target of 90%. Level 1 "
              "and 2 compliance was 94%.")
    P(d, ctx, "Supervision: caseload holders must receive safeguarding supervision every three months, but "
              "«2:only 69% of school nurses received it» in the last quarter because of redeployment to the "
              "vaccination programme.")
    P(d, ctx, "Induction includes a two-hour safeguarding session in the first week. Allegations: «2:four "
              "referrals to the LADO were made», all within one working day.")
    P(d, ctx, "**Self-assessed compliance: 74%**")

    H(d, ctx, "Standard 3 - Safeguarding policies and procedures", 1)
    P(d, ctx, "The Safeguarding Children Policy was reviewed in March 2021 and is in date. The Trust adopted the "
              "FSCP child exploitation guidance in November 2020, and the Was Not Brought guidance was revised in "
              "January 2021.")
    P(d, ctx, "Referrals: «3:health visitors made 318 referrals» to the MASH in 2020/21. The Trust's health "
              "practitioner in the MASH answered «3:4,106 health information requests», 98% within the agreed "
              "timescale.")
    P(d, ctx, "Case example - escalation works: a health visitor was worried about Kayden Marsh (DOB 14/03/2017) "
              "of 12 Larch Close, Fellbrook ZX4 7QP, NHS number 999 314 5823, after repeated missed "
              "appointments. His mother, Leah Marsh, was contacted on 07700 900417 but did not engage. The health "
              "visitor «3:used the escalation policy to challenge» a 'no further action' decision, and a strategy "
              "discussion was held within two days.")
    P(d, ctx, "**Self-assessed compliance: 80%**")

    H(d, ctx, "Standard 4 - Listening to children and young people", 1)
    P(d, ctx, "Children and young people give feedback through the school nursing text service and the CAMHS "
              "participation group. «4:The CAMHS participation group has 12 members» and helped recruit two "
              "consultant psychiatrists in 2021.")
    P(d, ctx, "Friends and Family Test results for children's services were 91% positive, but there were "
              "«4:only 212 responses from children» across all community services.")
    P(d, ctx, "There is no Trust-wide way of telling children what changed as a result of their feedback; «4:a "
              "children's participation strategy is being drafted» for April 2022.")
    P(d, ctx, "**Self-assessed compliance: 67%**")

    H(d, ctx, "Common questions", 1)
    P(d, ctx, "**Q1 - Something another agency has done during 20/21 that improved multi-agency practice**")
    P(d, ctx, "Fellbrook Hospitals NHS Foundation Trust started sending daily notifications of children's Emergency "
              "Department attendances to health visitors and school nurses. Follow-up contacts are now made within "
              "two working days.")
    P(d, ctx, "**Q2 - RAG self-rating against each standard**")
    P(d, ctx, "Standard 1: 88%. Standard 2: 74%. Standard 3: 80%. Standard 4: 67%.")
    P(d, ctx, "**Q3 - Commitment to the partnership's multi-agency training**")
    P(d, ctx, "The Trust is committed to the FSCP programme: 131 staff attended multi-agency courses and the Named "
              "Nurse is a member of the FSCP Learning and Development Group.")
    P(d, ctx, "**Q4 - Is single and multi-agency training having an impact on practice?**")
    P(d, ctx, "Yes. After the neglect toolkit training, use of the toolkit in health visiting records rose from "
              "34% to 71% (audit, February 2021).")
    P(d, ctx, "**Q5 - How do you know you have improved?**")
    P(d, ctx, "Record-keeping audits, the quarterly training dashboard and feedback from MASH partners on the "
              "timeliness of health information.")
    return docx_bytes(d, when)


# 5 ------------------------------------------------------------ Position: On track / ...
@ret(file="m-fellbrook-valley-council-s11-2021.pdf",
     agency=["Fellbrook Valley District Council", "Fellbrook Valley Council", "FVDC"],
     structure="PDF narrative by standard, each section ending with a Position line; questions",
     how='"Position: On track / Some concerns / Off track"; key sentence maps to Green / Amber / Red',
     self={"1": G, "2": A, "3": G, "4": A}, ev={"1": G, "2": A, "3": A, "4": A},
     gaps={"3": [OVER]}, pd=[], late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted="OVER_RATED std 3 (On track; policy last reviewed 2018, assertions, no audit, no topic guidance)")
def r_district(ctx):
    st = styles()
    s = []
    s.append(PP(ctx, st, "Fellbrook Valley District Council", "title"))
    s.append(PP(ctx, st, "Section 11 Self-Assessment 2021 - Fellbrook Safeguarding Children Partnership", "sub"))
    s.append(PP(ctx, st, "Completed by Simon Petrakis, Head of Communities and Designated Safeguarding Officer. "
                         "Signed off by the Chief Executive, Anne-Marie Coulter, on 29 September 2021."))
    s.append(PP(ctx, st, "**How to read this return:** each section ends with our Position. On track means Green, "
                         "Some concerns means Amber and Off track means Red."))

    s.append(PP(ctx, st, "1. Leadership and accountability", "h1"))
    s.append(PP(ctx, st, "The Chief Executive is the accountable officer for safeguarding. Simon Petrakis, Head of "
                         "Communities, is the Designated Safeguarding Officer, supported by four deputies in "
                         "Licensing, Housing Options, Leisure and Environmental Health. Cllr Gareth Mowbray is the "
                         "Cabinet member with responsibility for safeguarding."))
    s.append(PP(ctx, st, "The Corporate Safeguarding Group «1:met six times in 2020/21» and reviews referrals, "
                         "training and contract compliance at each meeting. «1:Cabinet received the annual "
                         "safeguarding report» on 13 July 2021."))
    s.append(PP(ctx, st, "Internal Audit gave «1:a substantial assurance opinion» on our safeguarding arrangements "
                         "in November 2020; its two low-priority recommendations were completed by February 2021. Safeguarding clauses are included in the leisure management contract and "
                         "checked at the quarterly contract meeting."))
    s.append(PP(ctx, st, "**Position:** On track"))

    s.append(PP(ctx, st, "2. Safe recruitment, induction, training and development", "h1"))
    s.append(PP(ctx, st, "Licensing: «2:all 412 licensed drivers had current checks» at 31 March 2021. The Licensing "
                         "Team checks DBS status for hackney carriage and private hire drivers every six months "
                         "through the update service. Recruitment follows the council's Safer Recruitment Policy "
                         "and posts working with children require an enhanced DBS check."))
    s.append(PP(ctx, st, "Staff training: «2:76% of our 380 staff had completed» the mandatory safeguarding "
                         "e-learning by 31 March 2021. Face-to-face training for frontline staff was cancelled "
                         "in 2020 and is being rebooked for autumn 2021."))
    s.append(PP(ctx, st, "Drivers: «2:only 58% of drivers have completed» the child sexual exploitation awareness "
                         "training, which became a licence condition in April 2021. Drivers who have not completed "
                         "it by renewal will not be relicensed."))
    s.append(PP(ctx, st, "**Position:** Some concerns"))

    s.append(PP(ctx, st, "3. Safeguarding policies and procedures", "h1"))
    s.append(PP(ctx, st, "The council's Safeguarding Children and Adults Policy «3:was last formally reviewed in "
                         "March 2018». The planned review was postponed because of the pandemic and is now "
                         "scheduled for 2022."))
    s.append(PP(ctx, st, "Staff are aware of how to raise a concern and we are confident that referrals are made "
                         "appropriately. «3:Referrals to the MASH: 41 (2019/20: 44)». We have not audited the "
                         "quality or outcome of these referrals."))
    s.append(PP(ctx, st, "«3:Housing Options staff follow the FSCP procedures» when 16 and 17 year olds present as "
                         "homeless, but there is no separate guidance for council staff on child exploitation or "
                         "missing children. The council signed the partnership information sharing agreement "
                         "in 2020."))
    s.append(PP(ctx, st, "**Position:** On track"))

    s.append(PP(ctx, st, "4. Listening to children and young people", "h1"))
    s.append(PP(ctx, st, "The Youth Council «4:was consulted on the play area programme» in autumn 2020. It has 22 "
                         "members aged 11 to 18, and «4:three of the five play areas were redesigned» using their "
                         "ideas."))
    s.append(PP(ctx, st, "Two Youth Council members sat on the evaluation panel for the new leisure contract. "
                         "However, we do not collect children's views on licensing or housing services, and "
                         "«4:feedback to young people is informal»."))
    s.append(PP(ctx, st, "**Position:** Some concerns"))

    s.append(PP(ctx, st, "Common questions", "h1"))
    qa = [("Q1. Something another agency has done during 20/21 that improved multi-agency practice",
           "Fellbrook Police shared intelligence with our Licensing Team about drivers of concern through a new "
           "monthly meeting. Two licences were suspended as a result."),
          ("Q2. RAG self-rating against each standard",
           "Standard 1 On track; Standard 2 Some concerns; Standard 3 On track; Standard 4 Some concerns."),
          ("Q3. Commitment to the partnership's multi-agency training",
           "The council will send its Deputy Safeguarding Officers to FSCP courses; 12 staff attended in 2020/21."),
          ("Q4. Is single and multi-agency training having an impact on practice?",
           "Licensing officers who attended the FSCP exploitation course now routinely share concerns about "
           "drivers with the police."),
          ("Q5. How do you know you have improved?",
           "The Internal Audit opinion, the licensing DBS compliance figures and the Youth Council's feedback on "
           "the play areas.")]
    for q, a in qa:
        s.append(PP(ctx, st, q, "h2"))
        s.append(PP(ctx, st, a))
    meta = {"title": "FVDC Section 11 2021", "author": "Simon Petrakis"}
    return pdf_bytes(meta, s, "Fellbrook Valley District Council - Section 11 Self-Assessment 2021")


# 6 -------------------------------------------------------------------- table captions
@ret(file="m-fellbrook-youth-justice-s11-2021.docx",
     agency=["Fellbrook Youth Justice Service", "Youth Justice Service", "FYJS"],
     structure="per standard: heading, caption, evidence table Area | Evidence | Impact; questions as paragraphs",
     how='only in the caption above each evidence table: "Table 2: Standard 2 evidence (Amber)"',
     self={"1": G, "2": A, "3": G, "4": A}, ev={"1": G, "2": G, "3": G, "4": A},
     gaps={"2": [UNDER]}, pd=[], late=False, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted="UNDER_RATED std 2 (caption Amber; 100% DBS, 97% training, 95% supervision; "
             "'not to be complacent')")
def r_yjs(ctx):
    when = datetime.datetime(2021, 9, 17, 10, 15, 0)
    d = new_docx({"when": when, "author": "Daniel Osei", "title": "FYJS Section 11 return 2021",
                  "header": "Fellbrook Youth Justice Service", "footer": "Section 11 Self-Assessment 2021"})
    d.add_heading("Fellbrook Youth Justice Service", 0)
    P(d, ctx, "**Section 11 Self-Assessment 2021 - Fellbrook Safeguarding Children Partnership**")
    P(d, ctx, "Head of Service: Daniel Osei. Management Board chair: Sarah Lyle, Director of Early Help, Fellbrook "
              "County Council. Date: 17 September 2021.")
    P(d, ctx, "The service worked with 212 children in 2020/21, 74 of them on statutory court orders, and has a "
              "team of 38 staff drawn from the council, police, probation and health. Remote contact was used "
              "during lockdowns, but every child on a statutory order was seen face to face at least monthly.")
    P(d, ctx, "The evidence for each standard is set out in a table. Our self-assessment for the standard is shown "
              "in the caption of its table.")
    W3 = [3.4, 7.6, 6]

    H(d, ctx, "Standard 1: Leadership and accountability", 1)
    P(d, ctx, "Table 1: Standard 1 evidence (Green)", style="Caption")
    TBL(d, ctx, [["Area", "Evidence", "Impact"],
                 ["Named leads", "Head of Service Daniel Osei. «1:Safeguarding lead is Team Manager Kirsty Byrne», "
                  "who attends the FSCP Practice Group.", "Clear route for staff to raise concerns."],
                 ["Board oversight", "The YJS Management Board met quarterly and «1:safeguarding is a standing "
                  "agenda item».", "The Board challenged police on delays to out-of-court disposals in January 2021."],
                 ["Quality assurance", "«1:Internal audit of 24 cases in February 2021»: safety and wellbeing "
                  "assessment judged sufficient in 21.", "Findings fed into team development day in March 2021."]],
        widths=W3)

    H(d, ctx, "Standard 2: Safe recruitment, induction, training and development", 1)
    P(d, ctx, "Table 2: Standard 2 evidence (Amber)", style="Caption")
    TBL(d, ctx, [["Area", "Evidence", "Impact"],
                 ["Safer recruitment", "«2:All 38 staff and 21 volunteers» have enhanced DBS checks; renewals "
                  "are all in date.", "Checked by the council's HR audit, April 2021: no gaps."],
                 ["Training", "«2:Safeguarding training compliance was 97%» at 31 March 2021; all case managers "
                  "are trained in trauma-informed practice.", "Case notes show trauma-informed planning in 20 of "
                  "24 audited cases."],
                 ["Supervision", "Audit in June 2021: «2:monthly supervision held for 95% of» case managers.",
                  "Supervision notes record safeguarding decisions."],
                 ["Allegations", "No allegations against staff in 2020/21. Allegations policy reviewed January "
                  "2021.", "Staff surveyed know how to contact the LADO (100%)."]],
        widths=W3)
    P(d, ctx, "Although this evidence is strong, we have chosen not to raise our self-assessment this year so as "
              "not to be complacent; two new case managers are still completing their induction.")

    H(d, ctx, "Standard 3: Safeguarding policies and procedures", 1)
    P(d, ctx, "Table 3: Standard 3 evidence (Green)", style="Caption")
    TBL(d, ctx, [["Area", "Evidence", "Impact"],
                 ["Policies", "YJS safeguarding procedure reviewed December 2020 and «3:kept in line with FSCP "
                  "procedures».", "Staff quiz in March 2021: 92% correct on referral routes."],
                 ["Exploitation", "«3:Child exploitation screening completed for 100%» of new cases since October "
                  "2020.", "17 children referred to the Exploitation Hub; 15 have a disruption plan."],
                 ["Information sharing", "«3:Police and YJS information sharing protocol» renewed March 2021.",
                  "Daily custody notifications now reach case managers by 10am."],
                 ["Escalation", "Two escalations raised with Children's Services; both resolved at stage 1.",
                  "Joint visits agreed for both children."]],
        widths=W3)

    H(d, ctx, "Standard 4: Listening to children and young people", 1)
    P(d, ctx, "Table 4: Standard 4 evidence (Amber)", style="Caption")
    TBL(d, ctx, [["Area", "Evidence", "Impact"],
                 ["Feedback", "«4:Exit survey returned by 46 young people» (43% of closed cases).",
                  "Young people asked for more evening appointments; these started in May 2021."],
                 ["Shaping services", "Two young people helped redesign the reparation offer.",
                  "New bike-repair reparation project started June 2021."],
                 ["Views in assessments", "Audit found the «4:young person's views recorded in 83%» of assessments.",
                  "Target 95% by March 2022."],
                 ["Telling children what changed", "«4:No routine feedback to young people yet»; a quarterly "
                  "newsletter is planned for 2022.", "Not yet measured."]],
        widths=W3)

    H(d, ctx, "Priority actions for 2021/22", 1)
    TBL(d, ctx, [["Action", "Lead", "By when"],
                 ["Complete induction and safeguarding sign-off for the two new case managers", "Kirsty Byrne",
                  "December 2021"],
                 ["Introduce a quarterly newsletter telling young people what changed after their feedback",
                  "Participation worker", "March 2022"],
                 ["Raise recording of young people's views in assessments to 95%", "Team managers", "March 2022"],
                 ["Repeat the case audit with the Management Board observing", "Daniel Osei", "February 2022"]],
        widths=[9.5, 4, 3.5])

    H(d, ctx, "Common questions", 1)
    P(d, ctx, "**Q1. Something another agency has done during 20/21 that improved multi-agency practice.** "
              "Fellbrook Police set up a daily custody notification to the YJS, so children arrested overnight "
              "are seen by a case manager before court.")
    P(d, ctx, "**Q2. RAG self-rating against each standard.** Our self-assessments are given in the captions to "
              "Tables 1 to 4 above.")
    P(d, ctx, "**Q3. Commitment to the partnership's multi-agency training.** All case managers attend the FSCP "
              "exploitation and child protection courses; 31 places were taken up in 2020/21.")
    P(d, ctx, "**Q4. Is single and multi-agency training having an impact on practice?** Yes: exploitation "
              "screening rose to 100% after the FSCP course and case audits show better contingency planning.")
    P(d, ctx, "**Q5. How do you know you have improved?** Case audit results, the exit survey and a fall in "
              "first-time entrants from 61 to 44.")
    return docx_bytes(d, when)


# 7 ------------------------------------------------------------------ quadrant one-pager
@ret(file="m-kestrel-moor-school-s11-2021.pdf",
     agency=["Kestrel Moor School", "Kestrel Moor", "KMS"],
     structure="page 1: 2x2 quadrant, one box per standard (title, evidence lines, rating word); "
               "then narrative and questions",
     how="rating word (GREEN/AMBER) in each quadrant box on page 1",
     self={"1": G, "2": G, "3": A, "4": G}, ev={"1": G, "2": G, "3": A, "4": G},
     gaps={"common": [CQU]}, pd=[], late=False,
     cqa={"Q1": True, "Q2": True, "Q3": False, "Q4": True, "Q5": True},
     planted='Q3 answered "N/A"')
def r_school(ctx):
    st = styles()
    s = []
    s.append(PP(ctx, st, "Kestrel Moor School: Section 11 at a glance (2021)", "title"))
    s.append(PP(ctx, st, "Independent day and boarding school, ages 7 to 18. Return to the Fellbrook Safeguarding "
                         "Children Partnership, 15 September 2021.", "sub"))
    boxes = [
        ("1. Leadership and accountability",
         ["DSL is on the senior leadership team", "Safeguarding governor visits termly",
          "Annual report to governors, July 2021", "External review, May 2021"], "GREEN"),
        ("2. Safer recruitment and training",
         ["Single central record checked termly", "All staff trained, September 2020",
          "No allegations against staff"], "GREEN"),
        ("3. Policies and procedures",
         ["Policy updated for KCSIE 2021", "Online safety gaps in remote learning",
          "Escalation procedure used once"], "AMBER"),
        ("4. Listening to children",
         ["Pupil Safeguarding Council", "Worry boxes and online form", "Annual pupil survey, June 2021"],
         "GREEN"),
    ]
    s.append(Spacer(1, 8))
    s.append(Quadrant([(ctx.s(a), [ctx.s(x) for x in b], c) for a, b, c in boxes]))
    s.append(PageBreak())

    s.append(PP(ctx, st, "Narrative", "title"))
    s.append(PP(ctx, st, "Standard 1: Leadership and accountability", "h1"))
    s.append(PP(ctx, st, "Kestrel Moor is an independent co-educational day and boarding school with 540 pupils. The "
                         "Designated Safeguarding Lead is the Deputy Head (Pastoral), Fiona Aldridge, who sits on the "
                         "senior leadership team and is supported by three deputy DSLs, one in each section of the "
                         "school and one for boarding."))
    s.append(PP(ctx, st, "«1:The safeguarding governor, Peter Haines, visited» the school each term, met the DSL and "
                         "pupils, and «1:reviewed the single central record in March 2021». The governing body "
                         "approved the annual safeguarding report on 6 July 2021."))
    s.append(PP(ctx, st, "The Head commissioned «1:an external safeguarding review in May 2021» from an independent "
                         "consultant. It found practice to be strong, and its three recommendations on record "
                         "keeping were completed by the end of the summer term."))
    s.append(PP(ctx, st, "Standard 2: Safer recruitment, induction, training and development", "h1"))
    s.append(PP(ctx, st, "Safer recruitment: «2:all 14 staff appointed in 2020/21» were interviewed by panels with "
                         "at least one safer-recruitment-trained member, and every check was complete before they "
                         "started. The Bursar's termly audit of the single central record found no gaps."))
    s.append(PP(ctx, st, "Training: «2:all 168 staff completed annual safeguarding training» in September 2020, "
                         "including visiting music teachers and boarding staff. The DSL and deputies completed DSL "
                         "refresher training in January 2021. New staff receive a safeguarding induction from the "
                         "DSL before they start work."))
    s.append(PP(ctx, st, "A low-level concerns policy was introduced in January 2021 and six low-level concerns were "
                         "recorded; «2:no allegations against staff were made» in the year."))
    s.append(PP(ctx, st, "Standard 3: Safeguarding policies and procedures", "h1"))
    s.append(PP(ctx, st, "The Child Protection Policy was updated in September 2021 for the new statutory guidance and "
                         "is published on the school website. However, «3:the online safety policy was not "
                         "updated» for remote learning until January 2021, and an incident in November 2020 showed "
                         "gaps in the monitoring of school devices used at home."))
    s.append(PP(ctx, st, "«3:The DSL made nine referrals» to children's social care in 2020/21 and used the "
                         "partnership escalation procedure once, when a referral was closed without a visit; the "
                         "case was reopened."))
    s.append(PP(ctx, st, "The boarding «3:missing child procedure was tested in March 2021» with a planned exercise; "
                         "two improvements to roll-call timing were made. A new web filtering system will be in "
                         "place by December 2021."))
    s.append(PP(ctx, st, "Standard 4: Listening to children and young people", "h1"))
    s.append(PP(ctx, st, "The Pupil Safeguarding Council, with 16 pupils from Year 5 to Year 13, meets every half "
                         "term with the DSL. Pupils can raise worries through worry boxes in each house and an "
                         "online form that goes straight to the DSL team."))
    s.append(PP(ctx, st, "In the annual pupil survey (June 2021, 482 responses) «4:92% of pupils said they have a "
                         "trusted adult» in school. «4:The Safeguarding Council asked for changes» to the boarding "
                         "evening routine and to the location of the worry boxes, and both were made in 2021."))
    s.append(PP(ctx, st, "«4:A 'You said, we did' page» in the pupil newsletter shows what changed, and the DSL "
                         "reports back to all pupils in an assembly each term."))
    s.append(PP(ctx, st, "Common questions", "h1"))
    qa = [("Q1. Something another agency has done during 20/21 that improved multi-agency practice",
           "The Fellbrook Community Health school nursing team ran a drop-in for boarders during lockdown, which "
           "identified two pupils who needed early help."),
          ("Q2. RAG self-rating against each standard",
           "Standard 1 Green, Standard 2 Green, Standard 3 Amber, Standard 4 Green (see page 1)."),
          ("Q3. Commitment to the partnership's multi-agency training", "N/A"),
          ("Q4. Is single and multi-agency training having an impact on practice?",
           "Yes. Staff referrals to the DSL are more detailed since the September 2020 training, and staff quiz "
           "scores rose from 71% to 90%."),
          ("Q5. How do you know you have improved?",
           "The external review, the single central record audits and the pupil survey results.")]
    for q, a in qa:
        s.append(PP(ctx, st, q, "h2"))
        s.append(PP(ctx, st, a))
    meta = {"title": "Kestrel Moor School Section 11 2021", "author": "Fiona Aldridge"}
    return pdf_bytes(meta, s, "Kestrel Moor School - Section 11 Self-Assessment 2021")


# 8 --------------------------------------------------------------------- bullets throughout
@ret(file="m-fellbrook-homes-s11-2021.pdf",
     agency=["Fellbrook Homes Housing Association", "Fellbrook Homes", "FHHA"],
     structure="PDF, bullet points throughout; standards 1-3 only; questions as bullets",
     how='last bullet of each standard "\u2192 Overall: Amber"',
     self={"1": A, "2": G, "3": A, "4": None}, ev={"1": A, "2": G, "3": A, "4": None},
     gaps={"4": [MS]}, pd=[], late=True, cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True},
     planted="MISSING_SECTION std 4 (never addressed); late (submitted 18 October 2021, says late)")
def r_homes(ctx):
    st = styles()
    s = []

    def arrow(word):
        return Paragraph("Overall: %s" % word, st["arrow"], bulletText="\u2192")

    s.append(PP(ctx, st, "Fellbrook Homes", "title"))
    s.append(PP(ctx, st, "Section 11 Self-Assessment 2021 - Fellbrook Safeguarding Children Partnership", "sub"))
    for b in ["**Submitted:** 18 October 2021",
              "**Late return:** we apologise that this return is late. It was due on 30 September 2021 but was "
              "delayed while our Safeguarding Lead post was vacant.",
              "**Completed by:** Marcus Treloar, Interim Safeguarding Lead",
              "**Approved by:** Jane Ellery, Director of Housing Services",
              "**About us:** 6,800 homes across Fellbrook; around 2,900 households include children"]:
        s.append(BB(ctx, st, b))

    s.append(PP(ctx, st, "Standard 1: Leadership and accountability", "h1"))
    for b in ["Executive lead: Jane Ellery, Director of Housing Services; Board safeguarding champion: Robert "
              "Nkemelu",
              "«1:The Board received one safeguarding report» in 2020/21 (March 2021); quarterly reporting was "
              "agreed but not delivered",
              "Safeguarding Policy Group meets quarterly, but «1:two of four meetings were cancelled» in 2020/21",
              "Internal QA: «1:no audit of safeguarding cases» was completed in 2020/21; an audit of 40 cases is "
              "planned for November 2021",
              "Safeguarding clauses are in the repairs and maintenance contract; contractor checks are due in "
              "January 2022"]:
        s.append(BB(ctx, st, b))
    s.append(arrow("Amber"))

    s.append(PP(ctx, st, "Standard 2: Safe recruitment, induction, training and development", "h1"))
    for b in ["«2:Enhanced DBS checks for all 64 staff» who visit homes where children live; all renewals in date "
              "(HR audit, June 2021)",
              "Safer recruitment: every interview panel includes a trained manager; 11 managers trained in 2020/21",
              "«2:Safeguarding e-learning completed by 95% of staff»; tenancy and neighbourhood officers also "
              "attended the FSCP neglect briefing",
              "Induction for frontline staff includes a half-day safeguarding session before their first home visit",
              "Frontline staff have «2:monthly supervision with a safeguarding item» (96% recorded, file audit "
              "May 2021)",
              "Allegations: one allegation against a contractor was referred to the LADO the same day"]:
        s.append(BB(ctx, st, b))
    s.append(arrow("Green"))

    s.append(PP(ctx, st, "Standard 3: Safeguarding policies and procedures", "h1"))
    for b in ["Safeguarding Policy reviewed June 2021, linked to the FSCP procedures",
              "«3:Staff made 57 safeguarding referrals» about children in 2020/21 (2019/20: 39)",
              "«3:Our domestic abuse policy is overdue» for review (due March 2021); new draft with the Board in "
              "December 2021",
              "No written guidance yet on child exploitation or cuckooing; staff rely on the FSCP procedures",
              "Referrals go through the MASH; «3:information sharing with the MASH» works well but feedback on "
              "outcomes is not recorded"]:
        s.append(BB(ctx, st, b))
    s.append(arrow("Amber"))

    s.append(PP(ctx, st, "Actions for 2021/22", "h1"))
    for b in ["Appoint a permanent Safeguarding Lead (interviews on 2 November 2021)",
              "Quarterly safeguarding reports to the Board from January 2022, with a standard data set",
              "Complete the case audit of 40 safeguarding cases in November 2021 and report findings to the Board",
              "Agree the new domestic abuse policy and add guidance on cuckooing and child exploitation for "
              "housing officers by March 2022",
              "Ask the MASH for outcome feedback on every referral and record it on the housing management system",
              "Check safeguarding compliance by our repairs contractors in January 2022"]:
        s.append(BB(ctx, st, b))

    s.append(PP(ctx, st, "Common questions", "h1"))
    for b in ["**Q1 Another agency's improvement to multi-agency practice:** Fellbrook Police's neighbourhood team "
              "now shares cuckooing concerns with our housing officers within 24 hours",
              "**Q2 RAG self-rating:** Standard 1 Amber; Standard 2 Green; Standard 3 Amber",
              "**Q3 Commitment to multi-agency training:** 28 staff attended FSCP courses in 2020/21; we will fund "
              "places for all new housing officers",
              "**Q4 Impact of training:** referrals rose from 39 to 57 after the FSCP neglect briefing and are more "
              "detailed",
              "**Q5 How we know we have improved:** more referrals, training above 95% and positive MASH feedback "
              "on referral quality"]:
        s.append(BB(ctx, st, b))
    meta = {"title": "Fellbrook Homes S11 2021", "author": "Marcus Treloar"}
    return pdf_bytes(meta, s, "Fellbrook Homes - Section 11 Self-Assessment 2021")


# 9 ------------------------------------------------------------------ RAG with target
@ret(file="m-lanternway-s11-2021.docx",
     agency=["Lanternway Children's Charity", "Lanternway", "LCC"],
     structure="narrative by standard, each ending with a RAG line with target in brackets; questions table",
     how='"RAG: A (G by March 2022)" - the letter before the brackets is this year\'s rating',
     self={"1": A, "2": G, "3": R, "4": A}, ev={"1": A, "2": G, "3": R, "4": A},
     gaps={"common": [CQU]}, pd=[], late=False,
     cqa={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True},
     planted="honest Red std 3 (RAG: R (A by December 2021)); Q4 response cell blank")
def r_lanternway(ctx):
    when = datetime.datetime(2021, 9, 23, 9, 50, 0)
    d = new_docx({"when": when, "author": "Nadia Farrow", "title": "Lanternway Section 11 2021",
                  "header": "Lanternway Children's Charity (registered charity, Fellbrook)",
                  "footer": "Section 11 Self-Assessment 2021 - Fellbrook Safeguarding Children Partnership"})
    d.add_heading("Lanternway Children's Charity", 0)
    P(d, ctx, "**Section 11 Self-Assessment 2021**")
    P(d, ctx, "Lanternway runs family support, a young carers service and after-school clubs in Fellbrook, with 26 "
              "staff and 70 volunteers. This return was completed by Nadia Farrow, Safeguarding Lead, and "
              "approved by the Board of Trustees on 22 September 2021.")
    P(d, ctx, "In 2020/21 we supported 340 families and 96 young carers. During the lockdowns our clubs moved "
              "online and family support workers kept in touch with families by phone and doorstep visits. "
              "Our Safeguarding Lead also manages the family support team, which has limited the time "
              "available for safeguarding development this year.")
    P(d, ctx, "Each standard ends with our RAG rating for this year, followed in brackets by our target.")

    H(d, ctx, "1. Leadership and accountability", 1)
    P(d, ctx, "The Chief Executive, Tom Beresford, is accountable for safeguarding, and «1:the lead trustee for "
              "safeguarding is Dr Meera Pillai». Nadia Farrow is the Safeguarding Lead; there is no named deputy.")
    P(d, ctx, "Trustees received a safeguarding report at three of their four meetings in 2020/21. The «1:safeguarding "
              "risk register was reviewed in April 2021». There has been «1:no internal audit of safeguarding "
              "files»; a peer audit with another Fellbrook charity is planned for January 2022.")
    P(d, ctx, "A staff survey in May 2021 found that 22 of 26 staff could name the Safeguarding Lead, but only "
              "nine knew which trustee leads on safeguarding. Safeguarding now opens every staff meeting.")
    P(d, ctx, "**RAG: A (G by March 2022)**")

    H(d, ctx, "2. Safe recruitment, induction, training and development", 1)
    P(d, ctx, "«2:DBS checks are in place for all 96» staff and volunteers, recorded on a single central record "
              "that the Operations Manager checked in June 2021. Two managers hold current safer recruitment "
              "training and sit on every interview panel.")
    P(d, ctx, "«2:100% of staff completed Level 2 training» in 2020/21 and all volunteers completed our induction "
              "module before starting. Staff receive «2:one-to-one supervision every six weeks», with safeguarding "
              "as the first item; the June 2021 file check found it recorded for 25 of 26 staff.")
    P(d, ctx, "**RAG: G (maintain to March 2022)**")

    H(d, ctx, "3. Safeguarding policies and procedures", 1)
    P(d, ctx, "Our child protection policy «3:was last reviewed in June 2017» and does not reflect current "
              "partnership procedures. «3:We have no written escalation procedure», and staff told us they were "
              "unsure how to challenge a decision by another agency.")
    P(d, ctx, "«3:Two referrals in 2020/21 were delayed» by more than a week because the Safeguarding Lead was on "
              "leave and no deputy was named. We have no guidance for staff on missing children or exploitation.")
    P(d, ctx, "A new policy has been drafted with help from the FSCP Business Unit and goes to trustees in November "
              "2021, with an escalation procedure and a named deputy.")
    P(d, ctx, "**RAG: R (A by December 2021)**")

    H(d, ctx, "4. Listening to children and young people", 1)
    P(d, ctx, "«4:The Young Carers Forum meets monthly» and chose the activities for the summer 2021 programme. "
              "Children in after-school clubs complete a short feedback card each term; «4:318 cards were returned "
              "in 2020/21».")
    P(d, ctx, "Children's views are not yet recorded consistently in family support case notes, and «4:we do not "
              "yet tell children» what changed as a result of their feedback.")
    P(d, ctx, "Two young carers helped interview our new young carers worker in July 2021, and the forum's idea "
              "of a quiet room at the Fellbrook centre is being costed.")
    P(d, ctx, "**RAG: A (G by September 2022)**")

    H(d, ctx, "Priority actions", 1)
    BUL(d, ctx, ["Trustees to approve the new child protection policy and escalation procedure (November 2021)",
                 "Name and train a deputy Safeguarding Lead (December 2021)",
                 "Peer audit of safeguarding files with another Fellbrook charity (January 2022)",
                 "Add a 'what you told us' section to the after-school club newsletter (spring 2022)"])

    H(d, ctx, "Common questions", 1)
    TBL(d, ctx, [["Question", "Response"],
                 ["Q1 Something another agency has done during 20/21 that improved multi-agency practice",
                  "Fellbrook County Council's Early Help team invited voluntary sector partners to its weekly "
                  "allocation meeting, so families we support are now linked to a lead professional quickly."],
                 ["Q2 RAG self-rating against each standard", "1: A, 2: G, 3: R, 4: A"],
                 ["Q3 Commitment to the partnership's multi-agency training",
                  "We will send every member of staff to the FSCP core course within their first year; eight "
                  "attended in 2020/21."],
                 ["Q4 Is single and multi-agency training having an impact on practice?", ""],
                 ["Q5 How do you know you have improved?",
                  "Our training and supervision records, and the young carers' feedback on the summer programme."]],
        widths=[6, 11])
    return docx_bytes(d, when)


# ----------------------------------------------------------------------------------------
# gold
def gaps_forbidden(r):
    out = {}
    for k in "1234":
        exp = r["gaps"].get(k, [])
        if MS in exp:
            out[k] = []
        elif MR in exp:
            out[k] = [MS]
        elif OVER in exp:
            out[k] = [UNDER, MS, MR]
        elif UNDER in exp:
            out[k] = [OVER, MS, MR]
        else:
            out[k] = list(ALLGAPS)
    if all(r["cqa"].values()):
        out["common"] = [CQU]
    return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow_map(dct):
    return "{" + ", ".join('%s: %s' % (q(k), (v if v is not None else "null")) for k, v in dct.items()) + "}"


def gold_text(r, frags):
    L = []
    L.append("file: %s" % r["file"])
    L.append("agency: [%s]" % ", ".join(q(a) for a in r["agency"]))
    L.append("status: ok")
    L.append("error_code: null")
    L.append("framework: gscp-2021")
    L.append("self_ratings: %s" % flow_map(r["self"]))
    L.append("evidence_supports: %s" % flow_map(r["ev"]))
    L.append("evidence_must_include:")
    for k in "1234":
        L.append('  "%s": [%s]' % (k, ", ".join(q(f) for f in frags[k])))
    if r["gaps"]:
        L.append("gaps_expected: {%s}" % ", ".join('%s: [%s]' % (q(k), ", ".join(v)) for k, v in r["gaps"].items()))
    else:
        L.append("gaps_expected: {}")
    L.append("gaps_forbidden:")
    for k, v in gaps_forbidden(r).items():
        L.append('  "%s": [%s]' % (k, ", ".join(v)))
    L.append("personal_data: [%s]" % ", ".join(q(p) for p in r["pd"]))
    L.append("late: %s" % ("true" if r["late"] else "false"))
    L.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (k, "true" if v else "false") for k, v in r["cqa"].items()))
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------
# extraction for the checks
def units_docx(data):
    d = docx.Document(io.BytesIO(data))
    units = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    units.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)
    walk(d.tables)
    for s in d.sections:
        units.extend(p.text for p in s.header.paragraphs)
        units.extend(p.text for p in s.footer.paragraphs)
    z = zipfile.ZipFile(io.BytesIO(data))
    if "word/footnotes.xml" in z.namelist():
        from lxml import etree
        root = etree.fromstring(z.read("word/footnotes.xml"))
        for p in root.iter("{%s}p" % W_NS):
            units.append("".join(t.text or "" for t in p.iter("{%s}t" % W_NS)))
    return units


def units_pdf(data):
    import pdfplumber
    units = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").split("\n"))
    return units


def check_return(r, data, frags):
    errs = []
    units = units_docx(data) if r["file"].endswith(".docx") else units_pdf(data)
    joined = " ".join(units)
    joined_l = joined.lower()
    for k in "1234":
        fl = frags[k]
        if r["ev"][k] is None:
            if fl:
                errs.append("std %s has no section but fragments %r" % (k, fl))
            continue
        if len(fl) != 3:
            errs.append("std %s: %d fragments (want 3)" % (k, len(fl)))
        for f in fl:
            n = len(f.split())
            if not 3 <= n <= 10:
                errs.append("std %s fragment %r has %d words" % (k, f, n))
            per_unit = sum(u.count(f) for u in units)
            total = joined.count(f)
            total_ci = joined_l.count(f.lower())
            if per_unit != 1 or total != 1 or total_ci != 1:
                errs.append("std %s fragment %r: in-unit %d, whole %d, ci %d" % (k, f, per_unit, total, total_ci))
    for p in r["pd"]:
        if sum(u.count(p) for u in units) < 1:
            errs.append("personal data %r not found within one unit" % p)
    # consistency of the declared plan
    for k in "1234":
        sr, ev, gp = r["self"][k], r["ev"][k], r["gaps"].get(k, [])
        order = {R: 0, A: 1, G: 2}
        if ev is None:
            assert sr is None and gp == [MS], (r["file"], k)
        elif sr is None:
            assert gp == [MR], (r["file"], k)
        elif order[sr] > order[ev]:
            assert gp == [OVER], (r["file"], k)
        elif order[sr] < order[ev]:
            assert gp == [UNDER], (r["file"], k)
        else:
            assert gp == [], (r["file"], k)
    assert (not all(r["cqa"].values())) == ("common" in r["gaps"]), r["file"]
    return errs


def build_all():
    out = []
    for r in RETURNS:
        ctx = Ctx()
        data = r["build"](ctx)
        out.append((r, data, ctx.frags, gold_text(r, ctx.frags)))
    return out


# ----------------------------------------------------------------------------------------
# notes
NOTES_HEAD = """# NOTES-m: Fellbrook Safeguarding Children Partnership (writer m)

Nine invented Section 11 returns (framework `gscp-2021`) for the invented area of Fellbrook,
built by `make_m.py` (deterministic; `make_m.py --check` rebuilds and verifies).  Ratings
below are given in the gold's terms (green / amber / red; `-` = none / no section).

"""

NOTES_TAIL = """
## Things a reader should know

- **Children's Services (form fields), standard 3.** The Self-assessment form field is present but
  empty (five en-spaces, as Word leaves an unfilled text field), and the Q2 form table leaves the
  Standard 3 field empty too. The text says the 2019 return rated the standard Green and that the
  2021 rating "will be agreed ... on 14 October 2021". I took that as no rating for this year
  (MISSING_RATING); the 2019 Green is a decoy. The evidence (missing protocol revised, 14 escalations,
  exploitation guidance still in draft, GP information sharing agreement unsigned) supports Amber.
  Q2 is still answered: it is a filled-in table with one blank field.
- **Police, standard 2 "Met".** Some real work (vetting on entry, a full induction day for 186 student
  officers), but there is a backlog of 312 vetting renewals, e-learning is at 61%, there is no central
  supervision record and the allegations procedure dates from 2017. I judged that **amber** (real work
  plus serious named shortfalls), not red. A reader who says red would still flag OVER_RATED. The Notes
  column ("Last year: Met", "Panel 2019/20: Partially met", "Panel 2019/20: Not met") is all past
  ratings and must not be read as this year's.
  The key maps Met = Green, Partially met = Amber, Not met = Red.
- **Hospitals.** The ratings appear only as margin notes ("RAG \u25b6 GREEN") on the heading line. The
  pdfplumber line reads e.g. `Standard 1: Leadership and accountability RAG \u25b6 GREEN`. Q2 only says
  "two standards are rated Green and two Amber" and does not say which. Standard 4 is Amber, with the
  text "kept this standard at Amber so as not to be complacent", but the evidence is Green: a forum with
  21 members meeting monthly, 94% FFT from 1,860 responses, 92% voice-of-child audit and You said, we did
  boards. So UNDER_RATED.
- **Community Health.** The bands exist only in the Word footnote attached to the intro sentence:
  80% and above Green, 50-79% Amber, below 50% Red. Standard 3 is exactly **80% -> Green** (a boundary
  case), and its evidence (policy in date, 318 referrals, 98% timeliness, an escalation that worked)
  supports Green. The body text also has other percentages (87% attendance, 76% training, etc.) that are
  not self-scores. The personal data sits in the Standard 3 case example. I listed the child's name,
  DOB, address line, NHS number (999 314 5823, mod-11 valid, 999 range), the mother's name and the
  phone number.
- **District Council, standard 3 "On track".** The policy was last reviewed in March 2018, there are
  assertions ("we are confident that referrals are made appropriately"), the referrals have never been
  audited, and there is no exploitation or missing guidance. There is some substance too (41 MASH
  referrals, a signed ISA, FSCP procedures used). I judged **amber**; red would be defensible, but either
  way it is OVER_RATED. Q2 repeats the Position words, not colours.
- **Youth Justice.** The ratings appear only in the Caption-style paragraphs "Table N: Standard N
  evidence (Colour)". There is no other rating line, and Q2 points to the captions. Standard 2 says
  "chosen not to raise our self-assessment ... so as not to be complacent" and has no rating word. Its
  evidence is Green (100% DBS, 97% training, 95% monthly supervision, HR audit with no gaps).
- **Kestrel Moor School.** The quadrant boxes on page 1 hold summaries with the rating word. All
  fragments come from the narrative pages (the box lines are worded differently). Q3 is answered only
  "N/A", which I count as unanswered. Q2 repeats the ratings.
- **Fellbrook Homes.** Standard 4 (listening to children) is never mentioned anywhere, including Q2,
  which lists Standards 1-3 only. The return is dated 18 October 2021 and says it is late. Its ratings
  are the last bullet of each standard, with an arrow bullet: `\u2192 Overall: Amber`. Standard 1 Amber is
  honest (one Board report, meetings cancelled, no case audit, but named leads and a plan).
- **Lanternway.** "RAG: A (G by March 2022)": only the letter before the bracket counts. Standard 2 is
  "RAG: G (maintain to March 2022)". Standard 3 is "RAG: R (A by December 2021)", an honest Red (policy
  from 2017, no escalation procedure, two delayed referrals, no deputy, no topic guidance; the only
  mitigation is a draft policy). The Q4 response cell is empty. Q2 is "1: A, 2: G, 3: R, 4: A".
- Every return except Fellbrook Homes is dated on or before 30 September 2021.
- Fragments are checked case-sensitively and case-insensitively to occur exactly once in the whole
  extracted text (pdfplumber `extract_text()` lines, or docx paragraphs and table-cell paragraphs, plus
  headers, footers and footnotes). Each fragment is checked to sit within a single line or paragraph.
"""


def notes_text(built):
    def rr(dct):
        return "/".join((dct[k] or "-") for k in "1234")
    L = [NOTES_HEAD,
         "| file | agency | format | structure | how ratings are given | own 1/2/3/4 | evidence supports 1/2/3/4 | planted |",
         "|---|---|---|---|---|---|---|---|"]
    for r, data, frags, g in built:
        cells = (r["file"], r["agency"][0], r["file"].rsplit(".", 1)[1], r["structure"], r["how"],
                 rr(r["self"]), rr(r["ev"]), r["planted"])
        L.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    cnt = {k: 0 for k in (OVER, UNDER, MS, MR)}
    for r, *_ in built:
        for k, v in r["gaps"].items():
            for x in v:
                if x in cnt:
                    cnt[x] += 1
    reds = sum(1 for r, *_ in built for k in "1234" if r["self"][k] == R and r["ev"][k] == R)
    pd = sum(1 for r, *_ in built if r["pd"])
    late = sum(1 for r, *_ in built if r["late"])
    cqu = sum(1 for r, *_ in built for v in r["cqa"].values() if not v)
    ndocx = sum(1 for r, *_ in built if r["file"].endswith(".docx"))
    L.append("")
    L.append("## Counts planted")
    L.append("")
    L.append("- OVER_RATED: %d (Police std 2, District Council std 3)" % cnt[OVER])
    L.append("- UNDER_RATED: %d (Hospitals std 4, Youth Justice std 2)" % cnt[UNDER])
    L.append("- MISSING_SECTION: %d (Fellbrook Homes std 4)" % cnt[MS])
    L.append("- MISSING_RATING: %d (Children's Services std 3)" % cnt[MR])
    L.append("- honest Red: %d (Lanternway std 3)" % reds)
    L.append("- personal data: %d return (Community Health)" % pd)
    L.append("- late: %d (Fellbrook Homes)" % late)
    L.append("- common question unanswered: %d (Kestrel Moor Q3 \"N/A\", Lanternway Q4 blank)" % cqu)
    L.append("- formats: %d docx, %d pdf" % (ndocx, len(built) - ndocx))
    return "\n".join(L) + "\n" + NOTES_TAIL


# ----------------------------------------------------------------------------------------
def main():
    check = "--check" in sys.argv[1:]
    built = build_all()
    errs = []
    for r, data, frags, g in built:
        errs += ["%s: %s" % (r["file"], e) for e in check_return(r, data, frags)]
        try:
            import yaml
            y = yaml.safe_load(g)
            assert y["file"] == r["file"] and y["framework"] == "gscp-2021"
        except Exception as e:  # noqa
            errs.append("%s: gold does not parse: %s" % (r["file"], e))
    notes = notes_text(built)
    if check:
        for r, data, frags, g in built:
            p = os.path.join(SUB, r["file"])
            if not os.path.exists(p) or open(p, "rb").read() != data:
                errs.append("%s: bytes differ from disk" % r["file"])
            gp = os.path.join(GOLD, r["file"] + ".yml")
            if not os.path.exists(gp) or open(gp, encoding="utf-8").read() != g:
                errs.append("%s: gold differs from disk" % r["file"])
        npth = os.path.join(HERE, "NOTES-m.md")
        if not os.path.exists(npth) or open(npth, encoding="utf-8").read() != notes:
            errs.append("NOTES-m.md differs")
    else:
        os.makedirs(SUB, exist_ok=True)
        os.makedirs(GOLD, exist_ok=True)
        for r, data, frags, g in built:
            with open(os.path.join(SUB, r["file"]), "wb") as fh:
                fh.write(data)
            with open(os.path.join(GOLD, r["file"] + ".yml"), "w", encoding="utf-8") as fh:
                fh.write(g)
        with open(os.path.join(HERE, "NOTES-m.md"), "w", encoding="utf-8") as fh:
            fh.write(notes)
    for e in errs:
        print("ERROR", e)
    print("%s: %d returns, %d problems" % ("check" if check else "build", len(built), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
