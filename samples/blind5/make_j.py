#!/usr/bin/env python
"""Writer j: Thornley Vale Safeguarding Children Partnership blind corpus (9 Section 11 returns).

Usage:
    make_j.py            build submissions/ and gold/ (deterministic)
    make_j.py --check    rebuild in memory, compare bytes with disk, compare gold, check fragments

Evidence fragments are marked in the source text as «N:fragment»; the markers are stripped before
rendering and the fragments become the gold evidence_must_include lists.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

MARK = re.compile(r"«([1-4]):(.*?)»")
GAPS_ALL = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
ORDER = {"red": 0, "amber": 1, "green": 2}


class Frags:
    """Strips «N:text» markers and records the fragments per standard."""

    def __init__(self):
        self.d = {"1": [], "2": [], "3": [], "4": []}

    def __call__(self, s):
        def rep(m):
            self.d[m.group(1)].append(m.group(2))
            return m.group(2)

        out = MARK.sub(rep, s)
        assert "«" not in out and "»" not in out, out
        return out


# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402


class Docx:
    def __init__(self, F, font="Arial", size=11):
        self.F = F
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            self.d.styles[name].font.name = font
        sec = self.d.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        self.shape_id = 0

    def footer(self, text):
        p = self.d.sections[0].footer.paragraphs[0]
        p.text = text
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.font.size = Pt(8)

    def title(self, text, size=20, colour=None):
        p = self.d.add_paragraph()
        r = p.add_run(self.F(text))
        r.bold = True
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        return p

    def h(self, text, level=1):
        return self.d.add_heading(self.F(text), level)

    def _runs(self, p, text, size=None, italic=False):
        # **bold** segments
        parts = self.F(text).split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = i % 2 == 1
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
        return p

    def p(self, text, style=None, size=None, italic=False, align=None):
        p = self.d.add_paragraph(style=style)
        self._runs(p, text, size=size, italic=italic)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def bullet(self, text):
        return self.p(text, style="List Bullet")

    def runs(self, parts, para=None):
        """parts: list of (text, {'bold':..,'strike':..,'italic':..})"""
        p = para if para is not None else self.d.add_paragraph()
        for text, fmt in parts:
            r = p.add_run(self.F(text))
            if fmt.get("bold"):
                r.bold = True
            if fmt.get("italic"):
                r.italic = True
            if fmt.get("strike"):
                r.font.strike = True
        return p

    def table(self, rows, header=True, widths=None, style="Table Grid", shade=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                paras = val if isinstance(val, list) else [val]
                first = True
                for txt in paras:
                    para = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    if txt:
                        self._runs(para, txt)
                    if header and i == 0:
                        for r in para.runs:
                            r.bold = True
                if header and i == 0 and shade:
                    tcPr = cell._tc.get_or_add_tcPr()
                    tcPr.append(parse_xml(
                        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                        'w:val="clear" w:color="auto" w:fill="%s"/>' % shade))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        self.d.add_paragraph()
        return t

    def pagebreak(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def textbox(self, para, text):
        """Anchor a floating Word text box holding `text` to paragraph `para`."""
        self.shape_id += 1
        n = self.shape_id
        esc = text.replace("&", "&amp;").replace("<", "&lt;")
        inner = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="22"/></w:rPr>'
                 '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc)
        xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1620000" cy="324000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1620000" cy="324000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:127.55pt;height:25.5pt;z-index:{251659264 + n};mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#f2f2f2" strokecolor="#1f3864"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
        para._p.append(parse_xml(xml))

    def save(self, author, title, when):
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.subject = "Section 11 self-assessment 2021"
        cp.comments = ""
        cp.keywords = ""
        cp.category = ""
        cp.revision = 4
        cp.created = when
        cp.modified = when
        buf = io.BytesIO()
        self.d.save(buf)
        return norm_zip(buf.getvalue())


def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------------
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle, KeepTogether)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_fonts_done = False


def reg_fonts():
    global _fonts_done
    if not _fonts_done:
        pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
        _fonts_done = True


def styles(font="Helvetica", bold="Helvetica-Bold", size=10.5, accent="#1F3864"):
    ac = colors.HexColor(accent)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=25, textColor=ac, spaceAfter=10),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=13, leading=17, spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, textColor=ac, spaceBefore=12,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.38, spaceAfter=6),
        "small": ParagraphStyle("small", fontName=font, fontSize=9, leading=12, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12.5),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=9.5, leading=12.5),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=size * 1.38, leftIndent=14,
                                 bulletIndent=4, spaceAfter=3),
        "centre": ParagraphStyle("centre", fontName=font, fontSize=size, leading=size * 1.38,
                                 alignment=TA_CENTER),
    }


class Pdf:
    def __init__(self, F, st):
        self.F = F
        self.st = st
        self.story = []

    def _t(self, text):
        out = self.F(text)
        assert "&" not in out.replace("&amp;", ""), out
        return out

    def add(self, fl):
        self.story.append(fl)
        return fl

    def para(self, text, style="body"):
        return self.add(Paragraph(self._t(text), self.st[style]))

    def h1(self, text, key=None):
        f = self.para(text, "h1")
        if key:
            f.toc_key = key
        return f

    def h2(self, text):
        return self.para(text, "h2")

    def bullets(self, items):
        for it in items:
            self.add(Paragraph(self._t(it), self.st["bullet"], bulletText="\u2022"))

    def table(self, rows, widths, header=True, head_bg="#D9E2F3"):
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(self._t(c), self.st["cellb" if (header and i == 0) else "cell"])
                         for c in row])
        t = Table(data, colWidths=widths)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)))
        t.setStyle(TableStyle(cmds))
        self.add(t)
        self.add(Spacer(1, 8))
        return t

    def space(self, h=8):
        self.add(Spacer(1, h))

    def pagebreak(self):
        self.add(PageBreak())


class _Doc(SimpleDocTemplate):
    def __init__(self, *a, **k):
        self.pages_seen = {}
        SimpleDocTemplate.__init__(self, *a, **k)

    def afterFlowable(self, flowable):
        key = getattr(flowable, "toc_key", None)
        if key and key not in self.pages_seen:
            self.pages_seen[key] = self.page


def build_pdf(story, title, author, footer, font="Helvetica"):
    buf = io.BytesIO()
    doc = _Doc(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
               bottomMargin=2 * cm, title=title, author=author, subject="Section 11 self-assessment 2021",
               creator="Microsoft Word", invariant=1)

    def onpage(canv, d):
        canv.saveState()
        canv.setFont(font, 8)
        canv.setFillColor(colors.grey)
        canv.drawCentredString(A4[0] / 2, 1.1 * cm, "%s  |  Page %d" % (footer, d.page))
        canv.restoreState()

    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue(), doc.pages_seen


class TocLine(Flowable):
    """A contents line: title ....... rating ....... page, drawn as one string."""

    def __init__(self, title, rating, page, font="Helvetica", size=10.5, rating_x=320):
        Flowable.__init__(self)
        self.title, self.rating, self.page = title, rating, str(page)
        self.font, self.size, self.rating_x = font, size, rating_x

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.9

    def draw(self):
        f, s = self.font, self.size
        dot = stringWidth(".", f, s)
        sp = stringWidth(" ", f, s)
        text = self.title + " "
        if self.rating:
            w = stringWidth(text, f, s)
            n = max(3, int((self.rating_x - w - sp) / dot))
            text += "." * n + " " + self.rating + " "
        w = stringWidth(text, f, s)
        pw = stringWidth(self.page, f, s)
        n = max(3, int((self.aw - w - pw - sp) / dot))
        text += "." * n + " " + self.page
        self.canv.setFont(f, s)
        self.canv.drawString(0, 4, text)


class CircleHeading(Flowable):
    """A standard heading with a filled coloured circle carrying a white letter beside it."""

    COLS = {"G": "#2E7D32", "A": "#F29D0C", "R": "#C62828"}

    def __init__(self, letter, para):
        Flowable.__init__(self)
        self.letter, self.para = letter, para

    def wrap(self, aw, ah):
        self.pw, self.ph = self.para.wrap(aw - 30, ah)
        self.h = max(self.ph, 20) + 6
        return aw, self.h

    def draw(self):
        c = self.canv
        r = 9
        cy = self.h - r - 2
        c.setFillColor(colors.HexColor(self.COLS[self.letter]))
        c.circle(r, cy, r, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(r, cy - 4, self.letter)
        self.para.drawOn(c, 30, self.h - self.ph - 2)


class CircleKey(Flowable):
    def __init__(self, items):
        Flowable.__init__(self)
        self.items = items

    def wrap(self, aw, ah):
        return aw, 24 * len(self.items)

    def draw(self):
        c = self.canv
        y = 24 * len(self.items) - 14
        for letter, label in self.items:
            c.setFillColor(colors.HexColor(CircleHeading.COLS[letter]))
            c.circle(9, y, 8, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawCentredString(9, y - 3.5, letter)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 10)
            c.drawString(26, y - 3.5, label)
            y -= 24


# ----------------------------------------------------------------------------------------------
# j1 Thornley Vale Police — ratings in the table of contents (PDF)
# ----------------------------------------------------------------------------------------------
def j1_story(F, pages):
    st = styles()
    P = Pdf(F, st)
    P.para("Thornley Vale Police", "title")
    P.para("Section 11 (Children Act 2004) self-assessment return 2021", "sub")
    P.para("Submitted to the Thornley Vale Safeguarding Children Partnership (TVSCP)")
    P.para("Completed by: Detective Chief Superintendent Helen Marlow, Head of Public Protection<br/>"
           "Signed off by: Assistant Chief Constable Robert Keane, 24 September 2021<br/>"
           "Period covered: 1 April 2020 to 31 March 2021")
    P.space(10)
    P.para("<b>Contents</b>", "h2")
    P.para("The RAG self-rating agreed for each standard is shown in this contents list.", "small")
    toc = [("Introduction", None, "intro"),
           ("1. Leadership and accountability", "Green", "s1"),
           ("2. Our people: recruitment, training and development", "Amber", "s2"),
           ("3. Safeguarding policies and procedures", "Green", "s3"),
           ("4. Listening to children and young people", "Amber", "s4"),
           ("5. Common questions", None, "cq")]
    for title, rating, key in toc:
        P.add(TocLine(title, rating, pages.get(key, 0)))
    P.space(6)

    P.h1("Introduction", key="intro")
    P.para("Thornley Vale Police serves a population of about 1.1 million people in three policing districts: "
           "Thornley, Marsh End and Kelby. This return covers 1 April 2020 to 31 March 2021 and was written by "
           "the Public Protection command with the Force Crime Registrar, Learning and Development and the "
           "Professional Standards Department. The year was dominated by COVID-19: demand from domestic abuse "
           "and online child sexual exploitation rose, while many of our usual routes to children, such as "
           "school visits, were closed.")

    P.pagebreak()
    P.h1("1. Leadership and accountability", key="s1")
    P.para("Assistant Chief Constable Robert Keane is the chief officer lead for child safeguarding and sits on "
           "the TVSCP Executive with the Director of Children's Services and the Chief Nurse of the Clinical "
           "Commissioning Group. Detective Chief Superintendent Helen Marlow, Head of Public Protection, is the "
           "operational lead and attends the TVSCP Performance and Quality Sub-group.")
    P.para("«1:The Vulnerability Board met every six weeks» during 2020/21 (eight meetings, all held online "
           "from April 2020). Chaired by ACC Keane, it is the force's governance route for child safeguarding "
           "and receives a monthly performance pack covering child protection investigations, missing "
           "episodes, child exploitation and children held in custody overnight.")
    P.para("«1:A dedicated Child Exploitation Team of 14 officers» was created in January 2021 when we "
           "restructured the Public Protection Unit. It is led by Detective Inspector Farah Quadri, works from "
           "the multi-agency exploitation hub at Marsh End and is funded from the base budget rather than from "
           "short-term grant.")
    P.para("Internal quality assurance is carried out by the Crime and Incident Audit Team. In February 2021 "
           "«1:the team audited 120 child protection investigations»; 109 (91%) met the force standard for "
           "timeliness, strategy discussion and supervision. The findings and an action plan were reported to "
           "the Vulnerability Board on 9 March 2021, and a re-audit in July 2021 found 93%.")
    P.para("The Office of the Police and Crime Commissioner commissions the Children's ISVA service and the "
           "Safe Steps early intervention project; both contracts include safeguarding standards and quarterly "
           "monitoring. Learning from the two Child Safeguarding Practice Reviews published by the TVSCP in "
           "2020/21 has been tracked to completion and all 11 police actions are closed.")

    P.h1("2. Our people: recruitment, training and development", key="s2")
    P.para("All officers, staff and volunteers are vetted in line with the national Vetting Code of Practice "
           "before appointment, and posts in the Public Protection Unit require Management Vetting. The Force "
           "Vetting Unit had «2:a backlog of 310 overdue vetting renewals» at 31 March 2021, caused by the "
           "redeployment of staff during the pandemic. This had reduced to 174 by August 2021, and a "
           "temporary team of four vetting officers is in place until March 2022.")
    P.para("Safeguarding is part of the initial training for every new officer and PCSO. In 2020/21 we "
           "recruited 286 student officers under the Police Uplift Programme, and all of them completed the "
           "two-day vulnerability module before independent patrol.")
    P.para("«2:82% of frontline officers had completed» the child exploitation e-learning at 31 March 2021, "
           "against our target of 95%, and 77% had completed the Voice of the Child module. Mandatory learning "
           "has been harder to sustain during the pandemic, and compliance is now reported by district to the "
           "Vulnerability Board.")
    P.para("Detectives in the Public Protection Unit should receive monthly supervision with a recorded case "
           "review. A dip sample in December 2020 found that «2:supervision was recorded for 74%» of PPU "
           "detectives. A new supervision template was launched in May 2021 and will be re-audited in "
           "November 2021.")
    P.para("Allegations against officers and staff are managed by the Professional Standards Department, which "
           "has a named LADO liaison officer. Nine allegations relating to children were referred to the LADO "
           "in 2020/21, all within one working day.")

    P.h1("3. Safeguarding policies and procedures", key="s3")
    P.para("Officers and staff follow the Thornley Vale multi-agency safeguarding procedures. The force also "
           "has its own Child Protection Policy, a Missing Children procedure and guidance on the detention of "
           "children in custody, all available on the intranet.")
    P.para("«3:The Child Protection Policy was due for review» in March 2020. The review was deferred because "
           "of the demands of COVID-19 and is now scheduled for early 2022. The Missing Children procedure was "
           "last updated in 2018 and does not yet reflect the Philomena Protocol, which we adopted in practice "
           "in September 2020.")
    P.para("Officers record concerns about children on a Vulnerable Child Notification (VCN), which is shared "
           "with the MASH. Police submitted 9,842 VCNs in 2020/21. «3:A dip sample of 60 VCNs» in November "
           "2020 found that 38 (63%) contained enough information for the MASH to make a decision; the others "
           "lacked a summary of risk or of the child's circumstances. Refresher briefings were given to "
           "response teams in January 2021, but the dip sample has not been repeated.")
    P.para("Our Child Exploitation policy «3:is still in draft and awaiting» sign-off by the Vulnerability "
           "Board; in the meantime officers use the TVSCP exploitation screening tool.")
    P.para("We are confident that officers understand how to escalate professional disagreements, although no "
           "audit of escalations has been carried out this year. Information sharing with partners is strong "
           "at strategy meeting level: police attended 96% of the strategy discussions convened by children's "
           "social care.")

    P.h1("4. Listening to children and young people", key="s4")
    P.para("We want children to experience the police as fair and approachable. The Voice of the Child module "
           "(see section 2) encourages officers to record what a child says, how they present and what they "
           "want to happen, and in October 2020 the VCN form was changed so that the child's views are a "
           "mandatory field.")
    P.para("«4:The Youth Independent Advisory Group was launched» in October 2020 with 11 members aged 14 to 19 "
           "from across the three districts. It has met six times online and reviewed our use of stop and "
           "search with children. As a result «4:officers now offer a receipt card» designed by the group, "
           "which explains the reason for the search and how to complain.")
    P.para("Our Volunteer Police Cadets scheme continued online during lockdown with 148 cadets, who "
           "contributed to the consultation on the Police and Crime Plan.")
    P.para("We do not yet have a systematic way of asking children about their experience after contact with "
           "us, for example as victims of crime. «4:A pilot survey of child victims» is planned with the "
           "Children's ISVA service for autumn 2021. Feedback to children on what has changed is currently "
           "limited to the Youth IAG.")

    P.h1("5. Common questions", key="cq")
    P.h2("Q1. Something another agency has done in 2020/21 that improved multi-agency practice")
    P.para("Children's social care introduced a daily multi-agency risk huddle in the MASH from May 2020, "
           "joined remotely by police, health and education. It has cut the time from a police VCN to a social "
           "care decision from an average of 41 hours to 19 hours, and officers now get quicker feedback on "
           "what happened to their referral.")
    P.h2("Q2. RAG self-rating against each standard")
    P.para("Our self-rating for each standard is shown in the contents list at the start of this return. The "
           "ratings were agreed at the Vulnerability Board on 7 September 2021.")
    P.h2("Q3. Commitment to the TVSCP multi-agency training programme")
    P.para("The force is committed to the partnership's training. In 2020/21 we released 94 officers and staff "
           "to attend TVSCP virtual courses, including 31 on the neglect and Graded Care Profile course, and "
           "two Detective Sergeants co-deliver the exploitation course. We also provide the police input to "
           "the partnership's induction for new professionals.")
    P.h2("Q4. Is single and multi-agency training having an impact on practice?")
    P.para("Yes, in the areas we have measured. After the exploitation training, referrals to the exploitation "
           "hub from response officers rose from 22 in the first quarter to 61 in the fourth, and 84% of "
           "those referrals were accepted as appropriate. We have less evidence about the impact of the Voice "
           "of the Child module and will test it in the autumn dip sample.")
    P.h2("Q5. How do we know we have improved?")
    P.para("We track improvement through the Vulnerability Board performance pack, the audits of the Crime and "
           "Incident Audit Team and feedback from partners through the TVSCP. The re-audit of child protection "
           "investigations and the faster MASH decisions are the clearest measures. Where we have not "
           "improved, such as vetting renewals and mandatory training, each action has a named owner and a "
           "target date.")
    return P.story


def build_j1():
    pages = {}
    for _ in range(3):
        F = Frags()
        data, seen = build_pdf(j1_story(F, pages), "Thornley Vale Police Section 11 return 2021",
                               "Helen Marlow", "Thornley Vale Police - Section 11 self-assessment 2021")
        if seen == pages:
            break
        pages = seen
    assert seen == pages
    return data, F.d


# ----------------------------------------------------------------------------------------------
# j2 Vale and Moorland Ambulance Service — rating plus direction of travel (PDF)
# ----------------------------------------------------------------------------------------------
def build_j2():
    reg_fonts()
    F = Frags()
    st = styles(font="DejaVu", bold="DejaVu-Bold", size=10, accent="#005EB8")
    P = Pdf(F, st)
    P.para("Vale and Moorland Ambulance Service NHS Trust", "title")
    P.para("Section 11 Self-Assessment 2020/21", "sub")
    P.para("Return to the Thornley Vale Safeguarding Children Partnership")
    P.para("Prepared by Martin Oyelaran, Named Professional for Safeguarding<br/>"
           "Approved by Claire Ashdown, Director of Quality and Nursing, on 17 September 2021")
    P.h2("How to read our ratings")
    P.para("Each standard carries our RAG self-rating for 2020/21, followed by an arrow showing the direction of "
           "travel since our 2019/20 return.")
    P.table([["Arrow", "Meaning"],
             ["↑", "Improving since the 2019/20 return"],
             ["→", "Maintained at the same level"],
             ["↓", "Declining since the 2019/20 return"]], [2.5 * cm, 10 * cm])
    P.para("The arrow shows movement only; it is not a rating in itself.", "small")

    P.h1("About the Trust")
    P.para("The Trust provides emergency ambulance, NHS 111 and patient transport services across Thornley Vale "
           "and two neighbouring areas. In 2020/21 we attended 61,400 incidents involving children and young "
           "people under 18 in Thornley Vale, and our NHS 111 service handled 38,900 calls about children. "
           "Our crews often see children at home, at moments of crisis, and are well placed to notice neglect "
           "and harm.")

    P.h1("Standard 1: Leadership and accountability")
    P.para("<b>Self-assessment: Green → (maintained)</b>")
    P.para("The Director of Quality and Nursing, Claire Ashdown, is the executive lead for safeguarding and a "
           "voting member of the Trust Board. Non-Executive Director Professor Alan Whitlock chairs the Quality "
           "Committee, which receives a safeguarding report every quarter. Martin Oyelaran, Named Professional "
           "for Safeguarding, leads a team of 9.4 whole-time equivalent practitioners and attends the TVSCP "
           "Board and two of its sub-groups.")
    P.para("«1:The Trust Board received the annual safeguarding report» on 27 May 2021. Below the Board, the "
           "Safeguarding Assurance Group meets monthly and monitors referral volumes, training, audit results "
           "and learning from reviews. Safeguarding is on the corporate risk register with two open risks: "
           "training compliance and delays to NHS 111 call-backs.")
    P.para("In January 2021 «1:internal audit gave significant assurance» on the Trust's safeguarding "
           "governance, with two minor recommendations, both now complete.")
    P.para("Our contracts with private ambulance providers and the NHS 111 subcontractor include safeguarding "
           "clauses. «1:All five subcontracted providers submitted safeguarding assurance» statements in "
           "2020/21, and the safeguarding team visited two of them.")
    P.para("During the pandemic we placed a safeguarding practitioner on every shift in the Emergency "
           "Operations Centre from April 2020, so that crews could get same-day advice. The arrangement worked "
           "well and has been made permanent.")

    P.h1("Standard 2: Safe recruitment, induction, training and development")
    P.para("<b>Self-assessment: Amber ↓ (declining)</b>")
    P.para("Every patient-facing role requires an enhanced DBS check with barred list checks, and the Trust "
           "renews checks every three years. The HR audit in March 2021 confirmed 100% compliance for the "
           "3,412 staff in patient-facing roles.")
    P.para("Safeguarding is part of the induction for «2:all 412 new starters, including temporary» COVID-19 "
           "staff and volunteer community responders.")
    P.para("Level 3 safeguarding children training is where we have gone backwards. Face-to-face training was "
           "suspended from March to September 2020, and compliance fell from 89% in March 2020 to «2:71% at "
           "31 March 2021». A blended e-learning and virtual classroom course was introduced in October 2020. "
           "A «2:recovery plan agreed by the Quality Committee» in April 2021 aims for 90% by December 2021; "
           "compliance had reached 79% by August 2021.")
    P.para("Safeguarding supervision is offered to Emergency Operations Centre clinicians and to crews after "
           "the death of a child or another distressing case. We held 64 group supervision sessions, but we do "
           "not yet record individual uptake.")
    P.para("Allegations against staff are managed under the Managing Allegations policy. Six cases were "
           "referred to the LADO in 2020/21 and all have been concluded.")

    P.h1("Standard 3: Safeguarding policies and procedures")
    P.para("<b>Self-assessment: Green ↑ (improving)</b>")
    P.para("The Safeguarding Children and Young People Policy was rewritten to reflect Working Together 2018 "
           "and the TVSCP procedures, and «3:was ratified by the Quality Committee» on 15 October 2020. It is "
           "supported by guidance on child exploitation (December 2020), children missing from home, and "
           "children not brought to appointments.")
    P.para("Since June 2020 crews have raised safeguarding referrals electronically from the patient record. "
           "«3:Electronic referrals rose from 2,114 to 2,906» between 2019/20 and 2020/21, and 99% reached the "
           "right local authority within four hours.")
    P.para("«3:An audit of 200 children's referrals» in February 2021 found that 94% were appropriate and "
           "clearly described the concern, up from 81% in the 2019 audit.")
    P.para("Our escalation procedure was used 14 times, mostly where crews disagreed with a decision not to "
           "accept a referral; all 14 were resolved at the first or second stage. Since November 2020 the "
           "safeguarding team has had access to the Child Protection Information Sharing system in the "
           "Emergency Operations Centre, so crews can be told when a child is subject to a child protection "
           "plan or is looked after.")

    P.h1("Common questions")
    P.h2("Q1. Something another agency has done during 2020/21 that improved multi-agency practice")
    P.para("Thornley Vale Police placed a vulnerability liaison officer in our Emergency Operations Centre from "
           "September 2020. Joint decisions on welfare calls about children are now made in minutes rather "
           "than hours, and duplicate attendances have fallen.")
    P.h2("Q2. Summary of our RAG self-ratings")
    P.table([["Standard", "2020/21 self-assessment", "Direction of travel"],
             ["1. Leadership and accountability", "Green", "→ maintained"],
             ["2. Safe recruitment, induction, training and development", "Amber", "↓ declining"],
             ["3. Safeguarding policies and procedures", "Green", "↑ improving"]],
            [8 * cm, 4 * cm, 4 * cm])
    P.h2("Q3. Commitment to the TVSCP multi-agency training programme")
    P.para("We promote every TVSCP course through the Trust's weekly bulletin and release staff to attend. In "
           "2020/21, 46 staff attended TVSCP virtual courses, and our Named Professional co-delivers the "
           "course on recognising neglect in the home. We would welcome shorter courses that fit around shift "
           "patterns.")
    P.h2("Q4. Is single and multi-agency training having an impact on practice?")
    P.para("Yes. Since the new Level 3 course, the quality of crews' referrals has risen in each quarterly "
           "audit, and calls to the safeguarding advice line now more often describe the child's "
           "circumstances rather than only the presenting incident.")
    P.h2("Q5. How do we know we have improved?")
    P.para("The Safeguarding Assurance Group dashboard shows referral timeliness, audit results and training "
           "compliance each month. The referral audits and the internal audit opinion show improvement; the "
           "training figures show where we have not improved, and the recovery plan addresses this.")
    return build_pdf(P.story, "Vale and Moorland Ambulance Service NHS Trust Section 11 return 2020/21",
                     "Martin Oyelaran", "Vale and Moorland Ambulance Service NHS Trust - Section 11 2020/21",
                     font="DejaVu")[0], F.d


# ----------------------------------------------------------------------------------------------
# j3 Thornley and Marsh Partnership NHS FT — regulator's judgement quoted beside own rating (DOCX)
# ----------------------------------------------------------------------------------------------
def build_j3():
    F = Frags()
    D = Docx(F, font="Arial", size=11)
    D.footer("Thornley and Marsh Partnership NHS Foundation Trust - Section 11 self-assessment 2021")
    D.title("Thornley and Marsh Partnership NHS Foundation Trust", size=18, colour="005EB8")
    D.p("Section 11 Self-Assessment 2021", size=14)
    D.p("Return to the Thornley Vale Safeguarding Children Partnership")
    D.table([["Date", "28 September 2021"],
             ["Author", "Sarah Whitcombe, Head of Safeguarding"],
             ["Executive sign-off", "Dr Priya Raghunathan, Chief Nurse"],
             ["Period", "1 April 2020 to 31 March 2021"]], header=False, widths=[4.5, 11.5])
    D.h("Introduction", 1)
    D.p("The Trust provides mental health, learning disability and community health services for adults and "
        "children across Thornley Vale and Marsh End, including Child and Adolescent Mental Health Services "
        "(CAMHS), perinatal mental health and community paediatric nursing. In 2020/21 CAMHS received 5,120 "
        "referrals, 22% more than the year before, and our adult services cared for around 9,300 patients who "
        "are parents or carers of children.")
    D.p("The Care Quality Commission rated the Trust Good overall following its inspection in 2019 (report "
        "published 12 November 2019). For each standard below we set out our evidence and then our own "
        "self-assessment against the TVSCP standard.")

    D.h("Standard 1 - Leadership and accountability", 1)
    D.p("Dr Priya Raghunathan, Chief Nurse, is the executive director with Board responsibility for "
        "safeguarding. She is supported by Sarah Whitcombe, Head of Safeguarding, Joanne Pike, Named Nurse for "
        "Children, and Dr Tom Eckersley, Named Doctor, who is a consultant child and adolescent psychiatrist.")
    D.p("The Safeguarding Committee meets every two months and reports to the Quality and Safety Committee. "
        "«1:The Board approved the Safeguarding Annual Report» on 8 July 2021. The safeguarding dashboard is "
        "reviewed at every Committee meeting and covers training, supervision, referrals, Think Family audit "
        "results and actions from reviews.")
    D.p("«1:Internal audit reviewed safeguarding governance» in October 2020 and gave reasonable assurance; "
        "all four of its recommendations were implemented by March 2021.")
    D.p("Safeguarding requirements are written into every contract we commission. In 2020/21 «1:the three "
        "voluntary sector partners» who provide our crisis cafes and peer support each completed our "
        "safeguarding assurance checklist and had a review meeting with the Named Nurse.")
    D.p("In its 2019 inspection the CQC rated the Trust Good for the Well-led domain.")
    D.p("**Our own assessment for Standard 1 is Green.**")

    D.h("Standard 2 - Safe recruitment, induction, training and development", 1)
    D.p("Our recruitment policy follows the NHS Employment Check Standards. «2:An audit of 50 personnel files» "
        "in December 2020 found that every file held an enhanced DBS check, two references, identity checks "
        "and a record of the safeguarding interview question. All 38 recruiting managers in CAMHS have "
        "completed safer recruitment training.")
    D.p("Safeguarding training compliance at 31 March 2021 was 96% for Level 1, 93% for Level 2 and «2:94% for "
        "Level 3 against» a target of 90%. Level 3 training moved to virtual classrooms in May 2020 and we ran "
        "62 sessions during the year.")
    D.p("Every CAMHS and perinatal practitioner has safeguarding supervision at least quarterly. "
        "«2:Supervision compliance for CAMHS staff was 96%» in 2020/21, and in the annual staff survey the "
        "proportion of staff who feel confident managing safeguarding concerns rose from 78% to 91%.")
    D.p("A new safeguarding induction for all new starters, including a half-day with the safeguarding team, "
        "was introduced in October 2020. All seven allegations against staff that involved children were "
        "referred to the LADO within one working day, and none remained open at the end of the year.")
    D.p("Health Education England's 2019 quality visit described our CAMHS training offer as a strength.")
    D.p("**We have rated ourselves Amber for Standard 2.** The evidence is strong, but we have kept this "
        "standard at Amber so as not to be complacent, as the new induction has been running for only six "
        "months.")

    D.h("Standard 3 - Safeguarding policies and procedures", 1)
    D.p("The Safeguarding Children Policy was reviewed in April 2021 and is aligned with the TVSCP procedures; "
        "the Think Family policy was reviewed in the same month. Both are on the intranet, and every CAMHS "
        "team discussed them at a team meeting in May 2021.")
    D.p("Adult mental health practitioners must record whether a patient is a parent or carer and consider "
        "the impact on the children. «3:An audit of 40 adult mental health records» in January 2021 found "
        "this was recorded in 65% of records, and the children's needs were considered in 52%. A mandatory "
        "field was added to the electronic record in June 2021 and a re-audit is due in December 2021.")
    D.p("Referrals to children's social care rose to 412 in 2020/21, and the MASH health team now receives a "
        "copy of every referral. The TVSCP escalation policy was used nine times.")
    D.p("«3:The Was Not Brought policy is overdue» for review (it was due in December 2020), and CAMHS teams "
        "still use the adult Did Not Attend process. This is a priority for the Safeguarding Committee in "
        "autumn 2021.")
    D.p("Topic guidance is in place for self-harm, exploitation and children visiting inpatient wards, and "
        "«3:guidance on online harm is being written» with the CAMHS digital team.")
    D.p("At its assurance visit in March 2021 the NHS England regional safeguarding team described our "
        "arrangements as well developed.")
    D.p("**Our rating for this standard is Amber.**")

    D.h("Standard 4 - Listening to children and young people", 1)
    D.p("The CQC rated our CAMHS services Outstanding for the Caring domain in 2019.")
    D.p("Children and young people shape CAMHS through «4:the Youth Participation Group, which has 16» members "
        "aged 12 to 21. In 2020/21 it met 18 times online. Members co-designed the CAMHS transition leaflet "
        "launched in March 2021 and chose the name and look of the new crisis service.")
    D.p("Young people take part in recruitment: «4:young people sat on 12 interview panels», including those "
        "for a consultant psychiatrist and two clinical leads.")
    D.p("We ask every young person about their experience using the Experience of Service Questionnaire. "
        "«4:86% of the 733 young people» who responded in 2020/21 rated the service good or very good. "
        "Results are shared on You said, we did posters in every clinic and on the website. For example, "
        "after young people asked for evening appointments, two CAMHS teams now stay open until 7pm on "
        "Tuesdays.")
    D.p("In individual care, each care plan includes a section in the young person's own words; the Named "
        "Nurse's audit of 30 care plans in February 2021 found it completed in 28.")
    D.p("**We rate ourselves Green for this standard.**")

    D.h("Common questions", 1)
    D.h("Q1. Something another agency has done during 2020/21 that has improved multi-agency practice", 2)
    D.p("Thornley Vale College gave each of its student support teams a named CAMHS link worker and a direct "
        "consultation line from September 2020. College staff now ring for advice before making a referral, "
        "and the number of inappropriate referrals from the College fell by a third.")
    D.h("Q2. Summary of our RAG self-ratings", 2)
    D.table([["Standard", "Our 2021 self-rating"],
             ["1. Leadership and accountability", "Green"],
             ["2. Safe recruitment, induction, training and development", "Amber"],
             ["3. Safeguarding policies and procedures", "Amber"],
             ["4. Listening to children and young people", "Green"]], widths=[11, 5])
    D.h("Q3. Commitment to the TVSCP multi-agency training programme", 2)
    D.p("We are committed to the programme. Our Named Nurse sits on the TVSCP Learning and Development "
        "Sub-group, and Trust staff took 118 places on TVSCP courses in 2020/21. The Named Doctor co-delivers "
        "the partnership's course on parental mental health.")
    D.h("Q4. Is single and multi-agency training having an impact on practice?", 2)
    D.p("Yes. After the parental mental health course, audited records showed more practitioners recording "
        "the names and ages of children in the household, and referrals to early help from adult services "
        "rose from 31 to 58.")
    D.h("Q5. How do we know we have improved?", 2)
    D.p("We use our audit programme, the safeguarding dashboard, the staff survey and feedback from young "
        "people. The improvements this year are clearest in training, supervision and participation; the "
        "Think Family audit shows where we still need to improve.")
    return D.save("Sarah Whitcombe", "Section 11 Self-Assessment 2021",
                  datetime.datetime(2021, 9, 28, 10, 0, 0)), F.d


# ----------------------------------------------------------------------------------------------
# j4 Thornley Vale College — coloured circles carrying a letter (PDF)
# ----------------------------------------------------------------------------------------------
def build_j4():
    F = Frags()
    st = styles(accent="#5B2C6F")
    P = Pdf(F, st)
    P.para("Thornley Vale College", "title")
    P.para("Safeguarding self-assessment 2020/21: Section 11 return to the TVSCP", "sub")
    P.para("Completed by Angela Brightwell, Assistant Principal (Student Support) and Designated Safeguarding "
           "Lead<br/>Approved by Mark Hollins, Principal, on 10 September 2021")
    P.h2("Key to our self-assessment")
    P.add(CircleKey([("G", "Green - the standard is met and we can show its impact"),
                     ("A", "Amber - partly met, with improvement work under way"),
                     ("R", "Red - not met")]))
    P.space(6)
    P.para("The College has 3,950 students aged 16 to 18, 210 pupils aged 14 to 16 on school-link programmes, "
           "96 apprentices under 18 and 140 students with Education, Health and Care plans, across the "
           "Thornley and Kelby campuses. Much of 2020/21 was taught remotely.")

    def head(letter, text):
        P.add(CircleHeading(letter, Paragraph(F(text), st["h1"])))

    head("G", "Standard 1: Leadership and accountability")
    P.para("Angela Brightwell, Assistant Principal (Student Support), is the Designated Safeguarding Lead and a "
           "member of the Senior Leadership Team. She is supported by five Deputy DSLs, one for each campus, "
           "one for high needs and one for apprentices. David Okafor is the link governor for safeguarding and "
           "meets the DSL every half term.")
    P.para("«1:The annual safeguarding audit was presented» to governors on 8 July 2021, and the Corporation "
           "Board receives a safeguarding report each term. Governors carried out a safeguarding learning walk "
           "in May 2021 and spoke to students and staff at both campuses.")
    P.para("Internal quality assurance includes «1:a monthly audit of 10 safeguarding records» by the Deputy "
           "DSLs. In 2020/21, 112 of the 120 records audited (93%) met the College standard for chronology, "
           "action and outcome.")
    P.para("«1:All four subcontractors completed safeguarding due diligence» checks in September 2020. The "
           "College subcontracts some apprenticeship provision, and the DSL visited each subcontractor during "
           "the year.")

    head("G", "Standard 2: Safer recruitment, induction, training and development")
    P.para("«2:Governors audited the single central record» in March 2021 and found no gaps. The record is "
           "kept by HR and checked by the DSL each month. All staff and regular volunteers hold an enhanced "
           "DBS check, and every interview panel includes a member trained in safer recruitment.")
    P.para("All staff complete safeguarding and Prevent training at induction and an annual update on Keeping "
           "Children Safe in Education. At 31 July 2021 «2:98% of staff had completed the» annual update and "
           "97% the Prevent refresher. All six members of the DSL team hold in-date DSL training.")
    P.para("The DSL team has monthly group supervision with an external clinical supervisor, which began in "
           "September 2020 after staff told us the volume of mental health concerns was affecting them.")
    P.para("«2:Two allegations were referred to the LADO» in 2020/21, and both were managed within the TVSCP "
           "timescales.")

    head("A", "Standard 3: Safeguarding policies and procedures")
    P.para("The Safeguarding and Child Protection Policy was updated in September 2020 for the new Keeping "
           "Children Safe in Education and is published on the College website. Staff record concerns in the "
           "online concern log, and 486 concerns were logged in 2020/21. The safeguarding team made «3:47 "
           "referrals to children's social care» and 61 referrals to early help.")
    P.para("There are two gaps. «3:The online safety policy has not been updated» since 2018 and does not "
           "cover remote learning, which was the main form of teaching for much of the year.")
    P.para("«3:Guidance on peer-on-peer abuse has not been written», although staff had a briefing in March "
           "2021 after the national concerns about sexual harassment in schools and colleges.")
    P.para("The procedure for students missing from education was tested in a joint exercise with Thornley "
           "Vale Police in November 2020 and worked well. Both policy gaps are in the safeguarding action "
           "plan, with completion due by December 2021.")

    head("A", "Standard 4: Listening to children and young people")
    P.para("We gather students' views through the Students' Union, course representatives and an annual "
           "safeguarding survey. «4:1,240 students responded to the safeguarding survey» in February 2021 and "
           "88% said they feel safe at College. Students asked for more visible staff at the Kelby campus in "
           "the evenings, and a staffed reception now stays open until 8pm.")
    P.para("«4:No students with high needs took part» in the safeguarding survey. Students with EHC plans are "
           "asked about their support at their annual review, but we need a more accessible way of hearing "
           "from them about feeling safe.")
    P.para("We have been less good at telling students what changed as a result of their feedback. From "
           "September 2021 «4:twelve student safeguarding ambassadors» will share You said, we did updates "
           "through tutorials.")

    P.h1("Common questions")
    P.h2("Q1. Something another agency has done during 2020/21 that improved multi-agency practice")
    P.para("Thornley and Marsh Partnership NHS Foundation Trust gave our student support teams a named CAMHS "
           "link worker and a consultation line. Our staff can now talk through a worry with a clinician the "
           "same day, and students are reaching the right service more quickly.")
    P.h2("Q2. RAG self-rating against each standard")
    P.para("Our self-rating for each standard is shown by the coloured circle beside its heading; the key is "
           "on page 1.")
    P.h2("Q3. Commitment to the TVSCP multi-agency training programme")
    P.para("N/A")
    P.h2("Q4. Is single and multi-agency training having an impact on practice?")
    P.para("Yes. After the TVSCP exploitation course, which all Deputy DSLs attended, referrals that used the "
           "exploitation screening tool rose from 3 in the autumn term to 19 in the summer term, and the "
           "MASH told us the information in them was clearer.")
    P.h2("Q5. How do we know we have improved?")
    P.para("We compare our record audits, the student survey and the governors' annual safeguarding audit "
           "with the previous year. Record quality, training and the student survey all improved in 2020/21, "
           "and the action plan tracks the two policy gaps.")
    return build_pdf(P.story, "Thornley Vale College safeguarding self-assessment 2020/21", "Angela Brightwell",
                     "Thornley Vale College - Section 11 self-assessment 2020/21")[0], F.d


# ----------------------------------------------------------------------------------------------
# j5 Thornley Vale Council and Thornley Vale Children's Trust — joint return (DOCX)
# ----------------------------------------------------------------------------------------------
def build_j5():
    F = Frags()
    D = Docx(F, font="Calibri", size=11)
    D.footer("Thornley Vale Council and Thornley Vale Children's Trust - joint Section 11 return 2021")
    D.title("Thornley Vale Council and Thornley Vale Children's Trust", size=18, colour="00594F")
    D.p("Joint Section 11 self-assessment 2021", size=14)
    D.p("Submitted to the Thornley Vale Safeguarding Children Partnership on 29 September 2021")
    D.p("Signed: Janet Holloway, Director of Children's Services, Thornley Vale Council; Graham Tennant, Chief "
        "Executive, Thornley Vale Children's Trust")
    D.h("About this joint return", 1)
    D.p("Since April 2019 the Council has commissioned Thornley Vale Children's Trust, a company wholly owned "
        "by the Council, to deliver children's social care, including the MASH, assessment and child "
        "protection, children in care and care leavers' services. The Council keeps statutory "
        "responsibility, commissioning, education, early help and the LADO service.")
    D.p("We have agreed to submit one joint return. For each standard we give a rating for the Council, a "
        "rating for the Trust and a joint rating, agreed at the Joint Safeguarding Assurance Group on 14 "
        "September 2021. Where the two organisations differ, the joint rating is the lower of the two. The "
        "joint rating is the rating of this return.")

    def ratings(c, t, j):
        D.table([["Council", "Trust", "Joint rating"], [c, t, "**" + j + "**"]], widths=[5.3, 5.3, 5.4],
                shade="E2EFDA")

    D.h("Standard 1: Leadership and accountability", 1)
    ratings("Green", "Green", "Green")
    D.p("Janet Holloway is the Director of Children's Services and Councillor Amir Sethi is the Lead Member "
        "for Children. Graham Tennant, the Trust's Chief Executive, sits on the TVSCP Executive alongside the "
        "DCS, and the Trust's Director of Practice, Sunita Bhambra, chairs the partnership's Case Review "
        "Group.")
    D.p("The Council holds the Trust to account through the contract. «1:Quarterly contract review meetings» "
        "chaired by the Assistant Director of Commissioning, Leanne Fitzgerald, examine performance, audit "
        "findings and complaints, and the Council's Children's Scrutiny Committee received the Trust's annual "
        "report in November 2020.")
    D.p("The Trust's quality assurance framework combines monthly audits with two Practice Weeks a year. "
        "«1:Practice Week audits in October 2020» and March 2021 covered 312 cases; the proportion judged good "
        "or better rose from 54% to 66%, and the findings went to both the Trust Board and the Council's "
        "Corporate Parenting Board.")
    D.p("In the Council, safeguarding is led in each directorate by a named Assistant Director, and «1:all 11 "
        "Council directorate Section 11 checklists» were completed and reviewed by the DCS in May 2021.")

    D.h("Standard 2: Safe recruitment, induction, training and development", 1)
    ratings("Amber", "Red", "Red")
    D.h("Council", 3)
    D.p("The Council's HR service applies safer recruitment to every post working with children, and its audit "
        "in February 2021 found 97% of files complete. The LADO service received 238 contacts and 61 "
        "referrals; 74% of LADO referrals were resolved within one month, against a target of 80%. Training "
        "for Council staff outside children's services is not yet tracked centrally.")
    D.h("Trust", 3)
    D.p("Workforce is the Trust's biggest risk. At 31 March 2021 the Trust had «2:a social worker vacancy rate "
        "of 31%» in its safeguarding teams, filled mostly by agency staff, and average caseloads in the "
        "Assessment and Child Protection teams were 24 against a target of 18.")
    D.p("Supervision has suffered: «2:only 49% of social workers had» monthly supervision recorded in line with "
        "policy, and the Practice Week audit found supervision was reflective in fewer than one case in "
        "three.")
    D.p("«2:212 three-yearly DBS renewals were overdue» in the Trust at the end of the year, because renewals "
        "were paused in the first lockdown. A recovery plan is in place, but only 40 had been completed by "
        "June 2021.")
    D.p("The programme for newly qualified social workers was paused between April and September 2020, and 9 "
        "of the 23 newly qualified social workers did not have protected caseloads. The Trust Board approved a "
        "Workforce Strategy in June 2021, but it is too early to show any impact.")

    D.h("Standard 3: Safeguarding policies and procedures", 1)
    ratings("Green", "Amber", "Amber")
    D.p("The Council refreshed its corporate safeguarding policy in September 2020, and all 96 schools "
        "returned their annual safeguarding audit to the Council's education safeguarding team.")
    D.p("The TVSCP threshold document was revised in January 2021 and the Trust trained all MASH staff in its "
        "use. «3:MASH decisions within 24 hours rose» from 71% to 88% over the year.")
    D.p("The escalation policy is not used consistently. Partners tell us Trust staff do not always respond "
        "within the timescale, and «3:only 5 of 17 escalations» raised with the Trust were resolved at stage "
        "one within five working days.")
    D.p("Return home interviews for missing children were offered within 72 hours in 67% of episodes, below "
        "the 85% target. The exploitation strategy was agreed with partners in 2020, but «3:the exploitation "
        "action plan is behind schedule» on two of its six actions.")

    D.h("Standard 4: Listening to children and young people", 1)
    ratings("Amber", "Green", "Amber")
    D.h("Trust", 3)
    D.p("The Children in Care Council, Thornley Voices, meets monthly, has 22 members and presents to the "
        "Corporate Parenting Board each quarter. «4:Mind of My Own statements rose to 1,046» in 2020/21 from "
        "412 the year before, and 91% of child protection conference reports included the child's views in "
        "their own words.")
    D.p("«4:Young Inspectors reviewed the family contact centre» in February 2021; the Trust changed the "
        "waiting area and introduced a welcome pack as a result.")
    D.h("Council", 3)
    D.p("The Youth Council, with 30 members, was consulted on the Children and Young People's Plan. However, "
        "«4:the SEND Youth Forum has not yet been established» and the youth service's annual consultation "
        "was paused in 2020, so the Council has heard less from young people outside social care this year.")

    D.h("Common questions", 1)
    D.h("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", 2)
    D.p("Thornley Vale Police joined the MASH daily risk huddle from May 2020 and brought same-day checks on "
        "every referral. The time from a police notification to a social care decision has more than halved.")
    D.h("Q2. Summary of our RAG self-ratings", 2)
    D.table([["Standard", "Council", "Trust", "Joint rating"],
             ["1. Leadership and accountability", "Green", "Green", "Green"],
             ["2. Safe recruitment, induction, training and development", "Amber", "Red", "Red"],
             ["3. Safeguarding policies and procedures", "Green", "Amber", "Amber"],
             ["4. Listening to children and young people", "Amber", "Green", "Amber"]],
            widths=[8, 2.6, 2.6, 2.8])
    D.h("Q3. Commitment to the TVSCP multi-agency training programme", 2)
    D.p("The Council hosts the TVSCP business unit and funds 38% of the training budget. Trust staff took 262 "
        "places on TVSCP courses in 2020/21, and Trust practice leads co-deliver the neglect and threshold "
        "courses.")
    D.h("Q4. Is single and multi-agency training having an impact on practice?", 2)
    D.p("Partly. Threshold training has improved MASH decision-making, and Graded Care Profile training has "
        "led to 64 completed profiles. But with high staff turnover, the benefit of training is often lost "
        "when staff leave.")
    D.h("Q5. How do we know we have improved?", 2)
    D.p("Practice Week audits, the performance scorecard and the voices of children tell us where practice "
        "has improved. Audit grades and MASH timeliness improved in 2020/21; workforce measures did not, which "
        "is why Standard 2 is our main priority.")
    return D.save("Leanne Fitzgerald", "Joint Section 11 self-assessment 2021",
                  datetime.datetime(2021, 9, 29, 14, 30, 0)), F.d


# ----------------------------------------------------------------------------------------------
# j6 Thornley Vale Probation Delivery Unit — maturity scale; late (PDF)
# ----------------------------------------------------------------------------------------------
def build_j6():
    F = Frags()
    st = styles(accent="#3A3A3A")
    P = Pdf(F, st)
    P.para("The Probation Service", "sub")
    P.para("Thornley Vale Probation Delivery Unit", "title")
    P.para("Section 11 self-assessment 2021 for the Thornley Vale Safeguarding Children Partnership", "sub")
    P.para("Submitted on 22 October 2021 by Deborah Ansell, Head of Thornley Vale PDU")
    P.table([["Late submission"],
             ["This return was due by 30 September 2021. We apologise that it is late: the delay was caused "
              "by the unification of probation services in June 2021 and the move of our case records to new "
              "systems."]], [16.6 * cm], head_bg="#F4CCCC")
    P.h2("Our maturity scale")
    P.para("We assess each standard against the maturity scale used across the region, shown here with its "
           "RAG equivalent.")
    P.table([["Maturity level", "What it means", "RAG equivalent"],
             ["Embedded", "Practice is consistent across the PDU and its impact is evidenced", "Green"],
             ["Developing", "Arrangements are in place but are not yet consistent", "Amber"],
             ["Emerging", "Early work has started; there are significant gaps", "Red"],
             ["Not started", "No arrangements in place", "Red"]], [3.5 * cm, 9.6 * cm, 3.5 * cm])

    P.h1("Standard 1: Leadership and accountability")
    P.para("<b>Maturity level: Developing</b>")
    P.para("Deborah Ansell, Head of PDU, is the accountable lead and sits on the TVSCP Board. Senior Probation "
           "Officer Kwame Asante is the PDU safeguarding children lead and chairs the local Safeguarding "
           "Governance Group.")
    P.para("«1:The Safeguarding Governance Group met monthly» from April 2020 and reviewed every case where a "
           "child living with a person on probation had a child protection plan. Its minutes and action log "
           "are reported quarterly to the regional Quality and Assurance Board.")
    P.para("«1:Quarterly case audits covered 180 cases» in 2020/21. In 93% of cases, safeguarding enquiries "
           "with children's services were completed before sentence, up from 78% in 2019/20, and in 90% the "
           "risk to children was reviewed when the person's circumstances changed.")
    P.para("The 2019 local safeguarding audit produced 14 actions, and «1:all 14 actions were closed by» March "
           "2021; the regional team's follow-up review in April 2021 confirmed this. We attended every TVSCP "
           "Board and sub-group meeting in the year.")
    P.para("We have assessed this standard as Developing. Our arrangements worked well in 2020/21, but the "
           "PDU's structures changed at unification in June 2021 and we do not want to claim Embedded until "
           "the new arrangements have bedded in.")

    P.h1("Standard 2: Safe recruitment, induction, training and development")
    P.para("<b>Maturity level: Embedded</b>")
    P.para("«2:100% of staff hold current» vetting under the Ministry of Justice vetting policy, as checked by "
           "the regional HR team in January 2021. Induction for new staff includes a session with the PDU "
           "safeguarding lead.")
    P.para("Safeguarding children e-learning is mandatory, and «2:97% of practitioners completed it» in "
           "2020/21. All 12 Probation Qualification learners completed the safeguarding module, and "
           "practitioners attended the TVSCP neglect and domestic abuse courses.")
    P.para("«2:Monthly reflective supervision was recorded for 95%» of practitioners in the SPO audit in March "
           "2021. One allegation about a member of staff was referred to the LADO and concluded within "
           "timescale.")

    P.h1("Standard 3: Safeguarding policies and procedures")
    P.para("<b>Maturity level: Developing</b>")
    P.para("We follow the national Probation Service safeguarding children policy framework, the TVSCP "
           "procedures and the MAPPA guidance. Practitioners made «3:138 referrals to children's social care» "
           "in 2020/21.")
    P.para("Home visits were restricted during COVID-19. «3:An audit in February 2021 found» that home visits "
           "had taken place in only 72% of cases with child safeguarding concerns, and some of these were "
           "doorstep visits only. A home visiting standard will be issued by December 2021.")
    P.para("«3:A probation representative joined MACE» in March 2021. Our links to the multi-agency child "
           "exploitation (MACE) panel are new, and we are still agreeing how information about people on "
           "probation who pose a risk to children is shared with the panel.")

    P.h1("Standard 4: Listening to children and young people")
    P.para("<b>Maturity level: Developing</b>")
    P.para("Probation works with adults, so we mostly hear children through their parents and carers and "
           "through partner agencies. We want to hear from children directly where it is safe to do so.")
    P.para("«4:The Hidden Children project in Kelby», run with the charity Visiting Matters, supports children "
           "of people in custody or on licence. In 2020/21 «4:22 children of people on probation» were offered "
           "support and 17 took it up. Their feedback, collected by the charity, led us to change how we tell "
           "families about release dates.")
    P.para("«4:The OASys audit found children's views» recorded in only 31% of relevant cases; we do not yet "
           "routinely record children's views in assessments. Guidance for practitioners is planned for early "
           "2022.")

    P.h1("Common questions")
    P.h2("Q1. Something another agency has done during 2020/21 that improved multi-agency practice")
    P.para("Thornley Vale Children's Trust gave probation practitioners direct access to a MASH social worker "
           "for pre-sentence safeguarding checks. Our court teams now receive answers within two days, which "
           "is why pre-sentence checks improved so much.")
    P.h2("Q2. Summary of our self-assessment")
    P.table([["Standard", "Maturity level", "RAG equivalent"],
             ["1. Leadership and accountability", "Developing", "Amber"],
             ["2. Safe recruitment, induction, training and development", "Embedded", "Green"],
             ["3. Safeguarding policies and procedures", "Developing", "Amber"],
             ["4. Listening to children and young people", "Developing", "Amber"]],
            [8.6 * cm, 4 * cm, 4 * cm])
    P.h2("Q3. Commitment to the TVSCP multi-agency training programme")
    P.para("We release practitioners to TVSCP courses and include them in each person's development plan. In "
           "2020/21, 41 practitioners attended TVSCP courses, and an SPO co-delivers the course on working with "
           "men who pose a risk to children.")
    P.h2("Q4. Is single and multi-agency training having an impact on practice?")
    P.para("Yes. Practitioners who attended the TVSCP domestic abuse course made more timely referrals, and "
           "case audits show clearer risk management plans where children are involved.")
    P.h2("Q5. How do we know we have improved?")
    P.para("We measure improvement through the quarterly case audits, the Safeguarding Governance Group's "
           "action log and feedback from the TVSCP. The audits show clear improvement in pre-sentence checks "
           "and risk reviews.")
    return build_pdf(P.story, "Thornley Vale PDU Section 11 self-assessment 2021", "Deborah Ansell",
                     "The Probation Service - Thornley Vale PDU - Section 11 self-assessment 2021")[0], F.d


# ----------------------------------------------------------------------------------------------
# j7 Heronsgate Learning Trust — rating in a floating Word text box (DOCX); personal data
# ----------------------------------------------------------------------------------------------
J7_PD = ["Kacey Moorcroft", "14/03/2011", "27 Linnet Close, Fenwick Cross ZX4 7QT", "Donna Moorcroft",
         "07700 900417", "999 482 1736"]


def build_j7():
    F = Frags()
    D = Docx(F, font="Calibri", size=11)
    D.footer("Heronsgate Learning Trust - Section 11 self-assessment 2021")
    D.title("Heronsgate Learning Trust", size=20, colour="7B2C3A")
    D.p("Section 11 self-assessment return 2021", size=14)
    D.p("Thornley Vale Safeguarding Children Partnership")
    D.p("Completed by Simon Etheridge, Trust Safeguarding Lead. Signed off by Rachel Penhaligon, Chief "
        "Executive Officer, 21 September 2021.")
    D.h("Introduction", 1)
    D.p("Heronsgate Learning Trust is a multi-academy trust of seven academies in Thornley Vale: five primary "
        "academies (Fenwick Cross Primary, Oakbridge Primary, Kelby Infants, Marsh End Primary and Harewood "
        "Lane Primary) and two secondary academies (Lowmoor Academy and Heronsgate Academy). Together they "
        "have 4,620 pupils, of whom 31% are eligible for free school meals.")
    D.p("Each academy has a Designated Safeguarding Lead and at least one deputy. Our self-rating for each "
        "standard is shown in the box beside its heading.")

    def std(title, rating):
        h = D.h(title, 1)
        D.textbox(h, "Our rating: " + rating)

    std("Standard 1: Leadership and accountability", "Green")
    D.p("Rachel Penhaligon, Chief Executive Officer, is accountable for safeguarding across the Trust. Simon "
        "Etheridge, Trust Safeguarding Lead, line manages the network of seven DSLs and reports to the Board. "
        "Dr Nadia Kowalczyk is the trustee for safeguarding, and each local governing body has a named "
        "safeguarding governor.")
    D.p("«1:The Trust Board approved the safeguarding annual report» on 15 July 2021. Termly reports to the "
        "Board cover concerns, referrals, attendance of vulnerable pupils during lockdown, training and audit "
        "findings.")
    D.p("In June 2021 «1:an external safeguarding review of all seven academies» was carried out by an "
        "independent consultant. It found arrangements effective in every academy and made three minor "
        "recommendations on record keeping, all now completed.")
    D.p("The DSL network meets twice a term, and «1:peer reviews between academies took place» in the spring "
        "term, with each DSL reviewing ten case files in another academy and reporting back to the network.")

    std("Standard 2: Safer recruitment, induction, training and development", "Green")
    D.p("«2:The single central records of all seven academies» are audited termly by the Trust HR manager, and "
        "the summer 2021 audit found no errors. Every recruitment panel includes a member trained in safer "
        "recruitment, and all seven headteachers and 14 senior leaders hold the training.")
    D.p("«2:99% of staff had read KCSIE Part 1» by 30 September 2020 and completed the Trust's online quiz, "
        "and all staff received annual safeguarding training, delivered remotely during lockdown. New staff "
        "have a safeguarding induction with the DSL on their first day.")
    D.p("DSLs have termly supervision with the Trust Safeguarding Lead. «2:Three allegations against staff "
        "were referred» to the LADO in 2020/21 and all were managed in line with the Trust's policy and the "
        "TVSCP timescales.")

    std("Standard 3: Safeguarding policies and procedures", "Amber")
    D.p("The Trust Child Protection Policy was updated in September 2020, and each academy adds its local "
        "contacts. All academies record concerns electronically, and «3:our academies made 214 referrals to "
        "the MASH» in 2020/21.")
    D.p("Case example - information sharing during lockdown. In January 2021 the DSL at Fenwick Cross Primary "
        "became worried about Kacey Moorcroft (date of birth 14/03/2011), who lives at 27 Linnet Close, "
        "Fenwick Cross ZX4 7QT, when she stopped logging on to remote lessons. Her mother, Donna Moorcroft "
        "(07700 900417), told the school the family had no data. The DSL shared the concern with the school "
        "nurse, who confirmed from Kacey's NHS number (999 482 1736) that she had missed a hospital "
        "appointment. A joint home visit followed, Kacey was offered a place in school, and the family was "
        "referred to early help.")
    D.p("There are shortfalls. «3:Three academies had not updated their online safety policies» for remote "
        "learning by the end of the spring term. Our use of the TVSCP escalation policy is also "
        "inconsistent: «3:DSLs escalated only twice in the year», although they told us they disagreed with "
        "MASH decisions more often than that.")
    D.p("A model online safety policy will be adopted by all academies by October 2021, and the Trust "
        "Safeguarding Lead will brief all DSLs on escalation in the autumn term.")

    std("Standard 4: Listening to children and young people", "Green")
    D.p("«4:2,860 pupils completed the spring 2021 pupil voice survey»; 91% of primary and 84% of secondary "
        "pupils said there is an adult they can talk to in school.")
    D.p("Both secondary academies have «4:trained Safeguarding Ambassadors in Years 9 and 10», and every "
        "academy has a school council with a safeguarding item each term.")
    D.p("Pupils' views have changed what we do. After Lowmoor Academy pupils said they felt unsafe in the "
        "corridor near the sports hall at lunchtime, «4:staff supervision was moved and CCTV added»; in the "
        "summer survey the proportion who felt unsafe there fell from 23% to 6%. Findings are shared with "
        "pupils in assemblies and in newsletters.")

    D.h("Common questions", 1)
    D.h("Q1. Something another agency has done during 2020/21 that improved multi-agency practice", 2)
    D.p("The school nursing service set up a weekly virtual drop-in for DSLs during lockdown, which made it "
        "much easier to share worries about children who were not in school.")
    D.h("Q2. RAG self-rating against each standard", 2)
    D.p("Our self-rating against each standard is shown in the box beside each standard heading above.")
    D.h("Q3. Commitment to the TVSCP multi-agency training programme", 2)
    D.p("All seven DSLs and their deputies attended at least one TVSCP course in 2020/21 (63 places in total), "
        "and the Trust Safeguarding Lead sits on the TVSCP Education Safeguarding Group.")
    D.h("Q4. Is single and multi-agency training having an impact on practice?", 2)
    D.p("Yes. After the TVSCP neglect course our DSLs began using the Graded Care Profile, and 18 profiles were "
        "completed in the summer term, leading to earlier early help referrals.")
    D.h("Q5. How do we know we have improved?", 2)
    D.p("The external review, the termly single central record audits and the pupil voice surveys all show "
        "improvement compared with 2019/20, and we track the remaining actions through the DSL network.")
    return D.save("Simon Etheridge", "Section 11 self-assessment return 2021",
                  datetime.datetime(2021, 9, 21, 16, 0, 0)), F.d


# ----------------------------------------------------------------------------------------------
# j8 Thornley Vale Junior Sports Federation — "delete as appropriate" with bold/strike (DOCX)
# ----------------------------------------------------------------------------------------------
def build_j8():
    F = Frags()
    D = Docx(F, font="Arial", size=10.5)
    D.footer("TVSCP Section 11 return form (voluntary and community sector) 2021")
    D.title("TVSCP Section 11 Self-Assessment 2021", size=16)
    D.p("Return form for voluntary, community and sports organisations", size=12)
    D.table([["Organisation", "Thornley Vale Junior Sports Federation"],
             ["Completed by", "Lynne Castellano, Federation Welfare Officer"],
             ["Approved by", "Peter Dunmore, Chair of the Federation Board"],
             ["Date", "30 September 2021"]], header=False, widths=[4.5, 11.5])
    D.p("Guidance: for each standard, summarise your evidence in the box and give your rating for 2020/21 "
        "(delete as appropriate).", italic=True, size=9.5)
    D.p("About us: the Federation is the umbrella body for 43 junior sports clubs in Thornley Vale, covering "
        "football, netball, swimming, cricket and athletics, with about 3,100 junior members and 640 "
        "volunteer coaches. Most clubs were closed or limited to outdoor training for much of 2020/21.")

    def form(title, paras, chosen):
        D.h(title, 2)
        D.table([["Evidence"], [paras]], widths=[16])
        parts = [("Rating (delete as appropriate): ", {})]
        for i, c in enumerate(["Red", "Amber", "Green"]):
            if i:
                parts.append((" / ", {}))
            parts.append((c, {"bold": True} if c == chosen else {"strike": True}))
        D.runs(parts)

    form("Standard 1: Leadership and accountability", [
        "The Federation is run by a voluntary board of nine members chaired by Peter Dunmore, with Lynne "
        "Castellano as Federation Welfare Officer (paid two days a week). Safeguarding is a standing item at "
        "the quarterly board meetings, and the board received a safeguarding report at each of its four "
        "meetings in 2020/21.",
        "Member clubs must appoint a Club Welfare Officer. At March 2021 «1:31 of 43 member clubs had» a named "
        "Club Welfare Officer; we are chasing the other 12.",
        "There has been «1:no safeguarding audit of member clubs» since 2019 because clubs were closed for much "
        "of the year. «1:A self-assessment tool for clubs» was agreed by the board in June 2021 and goes to "
        "clubs in September 2021."], "Amber")

    form("Standard 2: Safer recruitment, induction, training and development", [
        "All our coaches and volunteers are expected to have a DBS check, and we believe our volunteers are "
        "safely recruited. Clubs are responsible for their own recruitment and we trust them to follow our "
        "guidance.",
        "Our records show that «2:DBS checks were in date for 58%» of registered coaches at March 2021. Several "
        "clubs have told us that renewals were not possible during lockdown.",
        "Safeguarding training is recommended for all coaches. «2:Training records exist for only 12 clubs», "
        "and we do not know how many coaches in the other clubs have been trained.",
        "Induction for new volunteers is left to each club. «2:We do not keep a central record» of allegations "
        "against coaches or volunteers; clubs deal with these and contact the LADO if they need to."], "Green")

    form("Standard 3: Safeguarding policies and procedures", [
        "«3:The Federation safeguarding policy was reviewed» in February 2021 and is on our website with a "
        "reporting flowchart. «3:14 concerns were reported to the Federation» Welfare Officer in 2020/21; five "
        "were referred to the MASH and two to the LADO.",
        "Gaps: we do not have a procedure for a child going missing at tournaments and events, and «3:our "
        "photography and social media guidance» is still in draft. Both are planned for the board in "
        "December 2021."], "Amber")

    form("Standard 4: Listening to children and young people", [
        "«4:A junior members forum of 9 young people» was set up in November 2020 and met three times online. "
        "Its members asked for female coaches to be available at girls' sessions, and four clubs now offer "
        "this.",
        "«4:210 junior members answered our online survey» in spring 2021, and 93% said they enjoy their club. "
        "We have not yet told members what we will do in response to the survey, and «4:younger children under "
        "11 were not asked»."], "Amber")

    D.h("Common questions", 2)
    D.table([["Question", "Response"],
             ["Q1. Something another agency has done during 2020/21 that improved multi-agency practice",
              "The LADO service ran two online briefings for our Club Welfare Officers, and clubs now contact "
              "the LADO early instead of handling concerns themselves."],
             ["Q2. RAG self-rating against each standard (summary)",
              "Standard 1 Amber, Standard 2 Green, Standard 3 Amber, Standard 4 Amber."],
             ["Q3. Commitment to the TVSCP multi-agency training programme",
              "Our Welfare Officer attended the TVSCP safeguarding in the community course, and we advertise "
              "TVSCP courses to Club Welfare Officers in our newsletter."],
             ["Q4. Is single and multi-agency training having an impact on practice?", ""],
             ["Q5. How do we know we have improved?",
              "More clubs now have a Club Welfare Officer than last year, and more concerns are reported to "
              "the Federation, which we think shows that coaches know what to do."]], widths=[6.5, 9.5])
    return D.save("Lynne Castellano", "TVSCP Section 11 Self-Assessment 2021",
                  datetime.datetime(2021, 9, 30, 21, 15, 0)), F.d


# ----------------------------------------------------------------------------------------------
# j9 Beacon Faith Family Trust — ratings only in an appendix table (DOCX)
# ----------------------------------------------------------------------------------------------
def build_j9():
    F = Frags()
    D = Docx(F, font="Georgia", size=11)
    D.footer("Beacon Faith Family Trust - Section 11 self-assessment 2021")
    D.title("Beacon Faith Family Trust", size=20, colour="1F4E79")
    D.p("Section 11 self-assessment 2021 for the Thornley Vale Safeguarding Children Partnership", size=13)
    D.p("Prepared by Jonathan Pryce, Designated Safeguarding Lead, and Revd Margaret Oduya, Safeguarding "
        "Trustee. 27 September 2021.")
    D.h("About us", 1)
    D.p("Beacon Faith Family Trust is a Christian charity supported by six churches in Thornley Vale. We run "
        "four youth clubs, two parent and toddler groups, a summer holiday club, a family food bank and a "
        "family support service with two paid family workers. About 620 children and young people used our "
        "services in 2020/21, many of them online during lockdown.")
    D.p("This return describes our evidence against each standard. See Appendix A for our self-assessment "
        "ratings.")

    D.h("1. Leadership and accountability", 1)
    D.p("The Board of Trustees has overall responsibility for safeguarding. Revd Margaret Oduya is the "
        "Safeguarding Trustee, and Jonathan Pryce, our Operations Manager, is the Designated Safeguarding "
        "Lead, with Chloe Baptiste, Senior Family Worker, as deputy.")
    D.p("«1:Trustees receive a safeguarding report at every» board meeting (six in 2020/21), covering "
        "concerns, referrals, training and DBS checks. The Safeguarding Trustee meets the DSL monthly.")
    D.p("We follow the safeguarding guidance of the churches that support us as well as the TVSCP "
        "procedures. However, «1:we have not carried out an internal audit» of our safeguarding records, and "
        "our safeguarding risk register was only started in March 2021.")
    D.p("«1:An external audit by Churches Safeguarding North» is booked for November 2021, and its findings "
        "will go to the trustees in January 2022.")

    D.h("2. Safer recruitment, training and development", 1)
    D.p("«2:All 64 volunteers working with children» and our eight staff have enhanced DBS checks with barred "
        "list checks, renewed every three years, and we take two references and hold an interview for every "
        "role, paid or voluntary.")
    D.p("«2:A safer recruitment audit of volunteer files» in November 2020 found all 72 files complete, and "
        "the trustees checked the results at their December meeting.")
    D.p("«2:61 of the 64 volunteers completed» foundation safeguarding training in 2020/21; the other three "
        "joined in March 2021 and were trained in April. Both family workers attended TVSCP Level 3 courses. "
        "Family workers have monthly supervision with the DSL, and our allegations procedure names the LADO; "
        "there were no allegations this year.")

    D.h("3. Safeguarding policies and procedures", 1)
    D.p("«3:Our Safeguarding Children Policy was adopted» by trustees in May 2021 after a full rewrite, and "
        "every volunteer has signed to say they have read it. It explains how to refer to the MASH, and «3:we "
        "made 9 referrals to the MASH» in 2020/21, all of which were accepted.")
    D.p("When our youth clubs moved online during lockdown we wrote guidance for video call sessions, but it "
        "has not yet been added to the policy. «3:Lone working guidance for home visits» by family workers is "
        "still outstanding and will be completed by December 2021.")

    D.h("4. Listening to children and young people", 1)
    D.p("«4:Our Youth Voice group of 12 young people» meets monthly and helped plan the summer 2021 "
        "programme.")
    D.p("«4:Young people helped recruit our new youth worker» in April 2021, setting the interview task and "
        "sitting on the panel.")
    D.p("«4:Holiday club feedback from 148 children» in August 2020 led us to add more outdoor activities and a "
        "quiet room. We shared the changes on You said, we did posters, and in August 2021, 96% of children "
        "said they enjoyed the holiday club.")

    D.h("Common questions", 1)
    D.p("**Q1. Something another agency has done during 2020/21 that improved multi-agency practice**")
    D.p("The MASH gave us a named contact for voluntary sector referrals in 2020, and our family workers now "
        "receive feedback on every referral they make.")
    D.p("**Q2. RAG self-rating against each standard**")
    D.p("Please see Appendix A.")
    D.p("**Q3. Commitment to the TVSCP multi-agency training programme**")
    D.p("Our family workers and the DSL attend TVSCP courses, and we share the TVSCP training calendar with all "
        "our volunteer leaders. Eleven volunteers attended TVSCP online briefings this year.")
    D.p("**Q4. Is single and multi-agency training having an impact on practice?**")
    D.p("Yes. Volunteers now bring concerns to the DSL sooner and record them more clearly, and the quality of "
        "our referrals to the MASH has improved.")
    D.p("**Q5. How do we know we have improved?**")
    D.p("We compare our safeguarding reports to trustees with last year's, and we listen to what children, "
        "parents and volunteers tell us. We expect the external audit in November to give us a clearer "
        "picture.")

    D.pagebreak()
    D.h("Appendix A - Self-assessment ratings", 1)
    D.table([["Standard", "2020/21 self-assessment", "2019/20 self-assessment", "Comment"],
             ["1. Leadership and accountability", "Amber", "Amber", "External audit booked for November 2021"],
             ["2. Safer recruitment, training and development", "Green", "Amber",
              "DBS checks and training complete"],
             ["3. Safeguarding policies and procedures", "", "Amber",
              "New policy adopted; two pieces of guidance still to follow"],
             ["4. Listening to children and young people", "Green", "Green", "Youth Voice group established"]],
            widths=[5.2, 3.2, 3.2, 4.4])
    return D.save("Jonathan Pryce", "Section 11 self-assessment 2021",
                  datetime.datetime(2021, 9, 27, 11, 45, 0)), F.d


# ----------------------------------------------------------------------------------------------
# Gold specifications
# ----------------------------------------------------------------------------------------------
ALL_Q = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}

SPECS = [
    dict(file="j-thornley-vale-police-s11-2021.pdf", build=build_j1,
         agency=["Thornley Vale Police", "TV Police", "TVP"],
         self={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         evid={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
         gaps={"3": ["OVER_RATED"]}, pd=[], late=False, cq=ALL_Q),
    dict(file="j-vale-and-moorland-ambulance-service-s11-2021.pdf", build=build_j2,
         agency=["Vale and Moorland Ambulance Service NHS Trust", "Vale and Moorland Ambulance Service", "VMAS"],
         self={"1": "green", "2": "amber", "3": "green", "4": None},
         evid={"1": "green", "2": "amber", "3": "green", "4": None},
         gaps={"4": ["MISSING_SECTION"]}, pd=[], late=False, cq=ALL_Q),
    dict(file="j-thornley-and-marsh-partnership-nhs-ft-s11-2021.docx", build=build_j3,
         agency=["Thornley and Marsh Partnership NHS Foundation Trust", "Thornley and Marsh Partnership",
                 "TMPFT"],
         self={"1": "green", "2": "amber", "3": "amber", "4": "green"},
         evid={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={"2": ["UNDER_RATED"]}, pd=[], late=False, cq=ALL_Q),
    dict(file="j-thornley-vale-college-s11-2021.pdf", build=build_j4,
         agency=["Thornley Vale College", "TV College", "TVC"],
         self={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         evid={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         gaps={"common": ["COMMON_QUESTION_UNANSWERED"]}, pd=[], late=False,
         cq={"Q1": True, "Q2": True, "Q3": False, "Q4": True, "Q5": True}),
    dict(file="j-thornley-vale-council-and-childrens-trust-s11-2021.docx", build=build_j5,
         agency=["Thornley Vale Council and Thornley Vale Children's Trust", "Thornley Vale Council",
                 "Thornley Vale Children's Trust"],
         self={"1": "green", "2": "red", "3": "amber", "4": "amber"},
         evid={"1": "green", "2": "red", "3": "amber", "4": "amber"},
         gaps={}, pd=[], late=False, cq=ALL_Q),
    dict(file="j-thornley-vale-probation-delivery-unit-s11-2021.pdf", build=build_j6,
         agency=["Thornley Vale Probation Delivery Unit", "Thornley Vale PDU", "The Probation Service"],
         self={"1": "amber", "2": "green", "3": "amber", "4": "amber"},
         evid={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         gaps={"1": ["UNDER_RATED"]}, pd=[], late=True, cq=ALL_Q),
    dict(file="j-heronsgate-learning-trust-s11-2021.docx", build=build_j7,
         agency=["Heronsgate Learning Trust", "Heronsgate", "HLT"],
         self={"1": "green", "2": "green", "3": "amber", "4": "green"},
         evid={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={}, pd=J7_PD, late=False, cq=ALL_Q),
    dict(file="j-thornley-vale-junior-sports-federation-s11-2021.docx", build=build_j8,
         agency=["Thornley Vale Junior Sports Federation", "Junior Sports Federation", "TVJSF"],
         self={"1": "amber", "2": "green", "3": "amber", "4": "amber"},
         evid={"1": "amber", "2": "red", "3": "amber", "4": "amber"},
         gaps={"2": ["OVER_RATED"], "common": ["COMMON_QUESTION_UNANSWERED"]}, pd=[], late=False,
         cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True}),
    dict(file="j-beacon-faith-family-trust-s11-2021.docx", build=build_j9,
         agency=["Beacon Faith Family Trust", "Beacon Trust", "BFFT"],
         self={"1": "amber", "2": "green", "3": None, "4": "green"},
         evid={"1": "amber", "2": "green", "3": "amber", "4": "green"},
         gaps={"3": ["MISSING_RATING"]}, pd=[], late=False, cq=ALL_Q),
]


def forbidden(spec):
    out = {}
    for s in "1234":
        g = spec["gaps"].get(s, [])
        if "MISSING_SECTION" in g:
            out[s] = []
        elif "MISSING_RATING" in g:
            out[s] = ["MISSING_SECTION"]
        elif "OVER_RATED" in g:
            out[s] = ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        elif "UNDER_RATED" in g:
            out[s] = ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
        else:
            out[s] = list(GAPS_ALL)
    if all(spec["cq"].values()):
        out["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return out


def consistency(spec):
    """The planted gaps must follow from the ratings."""
    for s in "1234":
        own, ev, g = spec["self"][s], spec["evid"][s], spec["gaps"].get(s, [])
        if own is None and ev is None:
            want = ["MISSING_SECTION"]
        elif own is None:
            want = ["MISSING_RATING"]
        elif ORDER[own] > ORDER[ev]:
            want = ["OVER_RATED"]
        elif ORDER[own] < ORDER[ev]:
            want = ["UNDER_RATED"]
        else:
            want = []
        assert g == want, (spec["file"], s, g, want)
    assert ("common" in spec["gaps"]) == (not all(spec["cq"].values())), spec["file"]


def gold_dict(spec, frags):
    return {
        "file": spec["file"], "agency": spec["agency"], "status": "ok", "error_code": None,
        "framework": "gscp-2021", "self_ratings": dict(spec["self"]), "evidence_supports": dict(spec["evid"]),
        "evidence_must_include": {s: list(frags[s]) for s in "1234"},
        "gaps_expected": dict(spec["gaps"]), "gaps_forbidden": forbidden(spec),
        "personal_data": list(spec["pd"]), "late": spec["late"],
        "common_questions_answered": dict(spec["cq"]),
    }


def _j(v):
    return json.dumps(v, ensure_ascii=False)


def _flow_map(d, val):
    return "{" + ", ".join("%s: %s" % (_j(k), val(v)) for k, v in d.items()) + "}"


def gold_yaml(g):
    rating = lambda v: "null" if v is None else v  # noqa: E731
    gl = lambda v: "[" + ", ".join(v) + "]"  # noqa: E731
    L = ["file: " + g["file"], "agency: " + _j(g["agency"]), "status: ok", "error_code: null",
         "framework: gscp-2021",
         "self_ratings: " + _flow_map(g["self_ratings"], rating),
         "evidence_supports: " + _flow_map(g["evidence_supports"], rating),
         "evidence_must_include:"]
    for s, fr in g["evidence_must_include"].items():
        L.append("  %s: [%s]" % (_j(s), ", ".join(_j(x) for x in fr)))
    L.append("gaps_expected: " + _flow_map(g["gaps_expected"], gl))
    L.append("gaps_forbidden:")
    for s, v in g["gaps_forbidden"].items():
        L.append("  %s: %s" % (_j(s), gl(v)))
    L.append("personal_data: [" + ", ".join(_j(x) for x in g["personal_data"]) + "]")
    L.append("late: " + ("true" if g["late"] else "false"))
    L.append("common_questions_answered: " + _flow_map(g["common_questions_answered"],
                                                       lambda v: "true" if v else "false"))
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------
# Extraction used by the check
# ----------------------------------------------------------------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_units(data):
    """One string per w:p (body, table cells, text boxes), skipping mc:Fallback duplicates."""
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    units = []
    for p in root.iter(W + "p"):
        if any(a.tag == MC_FALLBACK for a in p.iterancestors()):
            continue
        parts = []
        for el in p.iter(W + "t", W + "tab", W + "br"):
            owner = next(a for a in el.iterancestors(W + "p"))
            if owner is not p:
                continue
            parts.append(el.text or "" if el.tag == W + "t" else (" " if el.tag == W + "tab" else "\n"))
        units.append("".join(parts))
    return units


def pdf_units(data):
    import pdfplumber
    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines.extend((page.extract_text() or "").split("\n"))
    return lines


def check_doc(spec, data, frags):
    errs = []
    units = pdf_units(data) if spec["file"].endswith(".pdf") else docx_units(data)
    joined = " ".join(units)
    for s in "1234":
        fr = frags[s]
        if spec["evid"][s] is None:
            if fr:
                errs.append("standard %s has no section but has fragments" % s)
            continue
        if len(fr) != 3:
            errs.append("standard %s has %d fragments" % (s, len(fr)))
        for f in fr:
            n_words = len(f.split())
            if not 3 <= n_words <= 10:
                errs.append("fragment %r has %d words" % (f, n_words))
            in_units = sum(u.count(f) for u in units)
            if in_units != 1 or joined.count(f) != 1:
                errs.append("fragment %r: %d in-unit, %d overall" % (f, in_units, joined.count(f)))
            if re.search(r"\b(Red|Amber|Green)\b", f):
                errs.append("fragment %r contains a rating word" % f)
    for pd in spec["pd"]:
        if sum(u.count(pd) for u in units) < 1:
            errs.append("personal data %r not found within one unit" % pd)
    return errs, units


def build_all():
    out = []
    for spec in SPECS:
        consistency(spec)
        data, frags = spec["build"]()
        g = gold_dict(spec, frags)
        out.append((spec, data, frags, g, gold_yaml(g)))
    return out


def main():
    check = "--check" in sys.argv[1:]
    built = build_all()
    second = build_all() if check else None
    problems = []
    for i, (spec, data, frags, g, gy) in enumerate(built):
        fpath = os.path.join(SUB, spec["file"])
        gpath = os.path.join(GOLD, spec["file"] + ".yml")
        errs, units = check_doc(spec, data, frags)
        problems += ["%s: %s" % (spec["file"], e) for e in errs]
        if yaml.safe_load(gy) != g:
            problems.append("%s: gold YAML does not round-trip" % spec["file"])
        if check:
            if second[i][1] != data:
                problems.append("%s: two in-memory builds differ (not deterministic)" % spec["file"])
            if not os.path.exists(fpath) or open(fpath, "rb").read() != data:
                problems.append("%s: file on disk differs from rebuild" % spec["file"])
            if not os.path.exists(gpath) or open(gpath, encoding="utf-8").read() != gy:
                problems.append("%s: gold on disk differs from rebuild" % spec["file"])
            elif yaml.safe_load(open(gpath, encoding="utf-8")) != g:
                problems.append("%s: gold on disk parses differently" % spec["file"])
        if "--dump" in sys.argv[1:]:
            print("=" * 30, spec["file"])
            print("\n".join(units))
    if not check:
        os.makedirs(SUB, exist_ok=True)
        os.makedirs(GOLD, exist_ok=True)
        for spec, data, frags, g, gy in built:
            with open(os.path.join(SUB, spec["file"]), "wb") as fh:
                fh.write(data)
            with open(os.path.join(GOLD, spec["file"] + ".yml"), "w", encoding="utf-8") as fh:
                fh.write(gy)
    for p in problems:
        print("PROBLEM:", p)
    print("%s: %d files, %d problems" % ("check" if check else "build", len(built), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
