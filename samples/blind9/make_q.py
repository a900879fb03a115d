#!/usr/bin/env python
"""Writer q: Quarrington Safeguarding Children Partnership - blind corpus of 9 Section 11 returns.

Usage:  make_q.py          build submissions/q-*.{docx,pdf} and gold/q-*.yml
        make_q.py --check  rebuild in memory, compare bytes and gold, check fragments

Evidence fragments are marked in the source text as «1:fragment» (standard 1..4) and planted
personal data as «P:string». The markers are stripped from the output and collected for the gold.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

MARK = re.compile(r"«([1-4P]):([^»]+)»")
GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]


class Reg:
    def __init__(self):
        self.frags = {"1": [], "2": [], "3": [], "4": []}
        self.personal = []

    def add(self, key, s):
        if key == "P":
            self.personal.append(s)
        else:
            self.frags[key].append(s)


def strip(raw, reg):
    def rep(m):
        reg.add(m.group(1), m.group(2))
        return m.group(2)
    return MARK.sub(rep, raw)


# --------------------------------------------------------------------------- docx helpers
class D:
    def __init__(self, reg, title, author, when):
        self.reg = reg
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(10.5)
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = when
        cp.modified = when
        cp.last_printed = when
        cp.revision = 1
        cp.subject = "Section 11 self-assessment 2020/21"
        cp.keywords = ""
        cp.comments = ""
        cp.category = ""

    def h(self, raw, level=1, color=None):
        p = self.doc.add_heading(strip(raw, self.reg), level=level)
        if color:
            for r in p.runs:
                r.font.color.rgb = RGBColor.from_string(color)
        return p

    def p(self, raw, bold_lead=None, italic=False, bold=False):
        para = self.doc.add_paragraph()
        if bold_lead:
            r = para.add_run(bold_lead)
            r.bold = True
        r = para.add_run(strip(raw, self.reg))
        r.italic = italic
        r.bold = bold
        return para

    def b(self, raw):
        para = self.doc.add_paragraph(style="List Bullet")
        para.add_run(strip(raw, self.reg))
        return para

    def table(self, rows, header=True, style="Table Grid"):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = strip(val, self.reg)
                if header and i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        self.doc.add_paragraph()
        return t

    def bytes(self, when):
        buf = io.BytesIO()
        self.doc.save(buf)
        return fix_zip(buf.getvalue(), when)


def fix_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- pdf helpers
class PDF:
    def __init__(self, reg, title, author, pagesize=A4, margins=(60, 60, 60, 60), footer=None):
        self.reg = reg
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject("Section 11 self-assessment 2020/21")
        self.c.setCreator(author)
        self.W, self.H = pagesize
        self.l, self.r, self.t, self.b = margins
        self.y = self.H - self.t
        self.page = 1
        self.footer = footer

    def _footer(self):
        if self.footer:
            self.c.setFont("Helvetica", 8)
            self.c.setFillColor(HexColor("#666666"))
            self.c.drawString(self.l, self.b - 28, "%s | Page %d" % (self.footer, self.page))

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.t

    def ensure(self, h):
        if self.y - h < self.b:
            self.new_page()

    def words(self, raw):
        """Split into words; a marked fragment is never broken across lines."""
        out, cur = [], ""
        pos = 0
        for m in MARK.finditer(raw):
            parts = re.split(r"(\s+)", raw[pos:m.start()])
            for part in parts:
                if part.strip() == "" and part != "":
                    if cur:
                        out.append(cur)
                    cur = ""
                else:
                    cur += part
            self.reg.add(m.group(1), m.group(2))
            cur += m.group(2)
            pos = m.end()
        for part in re.split(r"(\s+)", raw[pos:]):
            if part.strip() == "" and part != "":
                if cur:
                    out.append(cur)
                cur = ""
            else:
                cur += part
        if cur:
            out.append(cur)
        return out

    def wrap(self, words, font, size, width):
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if cur and stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def text(self, raw, font="Helvetica", size=10, color=black, indent=0, bullet=None, prefix="",
             leading=None, after=4, x=None, width=None):
        words = self.words(raw)
        leading = leading or size * 1.32
        x0 = (self.l if x is None else x) + indent
        pw = stringWidth(prefix, font, size) if prefix else 0
        bw = size * 1.0 if bullet else 0
        avail = (width if width is not None else (self.W - self.r - x0)) - pw - bw
        lines = self.wrap(words, font, size, avail) or [""]
        for i, line in enumerate(lines):
            self.ensure(leading)
            self.c.setFillColor(color)
            self.c.setFont(font, size)
            base = self.y - size
            if prefix:
                self.c.setFillColor(HexColor("#444444") if prefix.strip() else color)
                self.c.drawString(x0, base, prefix)
                self.c.setFillColor(color)
            if bullet and i == 0:
                # bullets are drawn as small filled dots (not as a glyph)
                self.c.circle(x0 + pw + size * 0.3, base + size * 0.33, size * 0.16, stroke=0, fill=1)
            self.c.drawString(x0 + pw + bw, base, line)
            self.y -= leading
        self.y -= after

    def row(self, cells, xs, font="Helvetica", size=10, color=black, after=2):
        leading = size * 1.4
        self.ensure(leading)
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        for cell, x in zip(cells, xs):
            self.c.drawString(x, self.y - size, strip(cell, self.reg))
        self.y -= leading + after

    def rule(self, after=6):
        self.c.setStrokeColor(HexColor("#999999"))
        self.c.setLineWidth(0.5)
        self.c.line(self.l, self.y, self.W - self.r, self.y)
        self.y -= after

    def space(self, h):
        self.y -= h

    def bytes(self):
        self._footer()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


GREEN = HexColor("#1a7f37")
AMBER = HexColor("#e08a00")
RED = HexColor("#c62828")
NAVY = HexColor("#1f3864")
RAGCOL = {"G": GREEN, "A": AMBER, "R": RED}


# =========================================================================== 1. Police slide deck
def build_police(reg):
    W, H = 960, 540
    pdf = PDF(reg, "Quarrington Police Service - Section 11 self-assessment 2020/21",
              "Quarrington Police Service Public Protection Command", pagesize=(W, H),
              margins=(60, 60, 60, 50))
    c = pdf.c
    n = [0]

    def slide(title, bullets, rag=None, first=False):
        if not first:
            pdf.new_page()
        n[0] += 1
        c.setFillColor(NAVY)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        pdf.y = H - 50
        pdf.text(title, font="Helvetica-Bold", size=28, color=NAVY, after=18,
                 width=W - 60 - 150)
        if rag:
            c.setFillColor(RAGCOL[rag])
            c.circle(W - 85, H - 72, 34, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 32)
            c.drawCentredString(W - 85, H - 83, rag)
        for bl in bullets:
            pdf.text(bl, size=18, bullet="•", after=10, leading=23)
        c.setFont("Helvetica", 9)
        c.setFillColor(HexColor("#666666"))
        c.drawString(60, 22, "Quarrington Police Service | Section 11 self-assessment 2020/21 | Slide %d" % n[0])

    # title slide
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 38)
    c.drawString(70, 340, "Section 11 Self-Assessment 2020/21")
    c.setFont("Helvetica", 24)
    c.drawString(70, 295, "Quarrington Police Service")
    c.setFont("Helvetica", 16)
    c.drawString(70, 240, "Return to Quarrington Safeguarding Children Partnership (QSCP)")
    c.drawString(70, 215, "Presented to the QSCP Audit Panel, 16 September 2021")
    c.drawString(70, 190, "Prepared by the Public Protection Command; agreed by the Public Protection Board, 7 September 2021")
    c.setFont("Helvetica", 9)
    c.drawString(70, 22, "Quarrington Police Service | Section 11 self-assessment 2020/21 | Slide 1")
    n[0] = 1
    pdf.new_page()
    n[0] = 1

    slide("Standard 1: Leadership and accountability", [
        "Strategic lead: «1:Det Supt Alan Rourke, Head of Public Protection»; portfolio held by ACC Fiona Hale",
        "«1:Public Protection Board met 11 times in 2020/21», chaired by the ACC; child protection is a standing item",
        "Quarterly child protection performance pack scrutinised by the Chief Officer Group",
        "Internal audit of public protection governance, February 2021: «1:all 6 audit actions closed by June 2021»",
        "Sergeant-level safeguarding champions now in all 4 policing districts",
    ], rag="G", first=True)
    slide("Standard 2: Safe recruitment, training and development", [
        "Vetting: «2:all 214 new officers and staff vetted before starting»",
        "«2:Child protection e-learning: 81% of frontline officers» completed (target 95%)",
        "Allegations against staff: LADO informed within 1 working day in 17 of 19 cases",
        "Shortfall: dip sample, March 2021 - «2:supervision of PPU investigators not consistently recorded»",
        "Plan: refreshed e-learning and a supervision recording template by December 2021",
    ], rag="A")
    slide("Standard 3: Safeguarding policies and procedures", [
        "Child protection policy reviewed and reissued on 1 March 2021",
        "«3:Missing children procedure rewritten after thematic review, November 2020»",
        "«3:Dip sample of 60 PPNs: 92% shared with MASH» within 24 hours",
        "Escalation protocol used 23 times; «3:all 23 escalations resolved within 10 working days»",
        "Child exploitation screening tool in use in all 3 custody suites",
    ], rag="G")
    slide("Standard 4: Listening to children and young people", [
        "«4:No force-wide mechanism to capture children's views»",
        "Record audit, May 2021: «4:child's voice noted in 9 of 40» records",
        "«4:Children are not told how their views were used»",
        "Youth engagement strategy drafted in 2019 - still not approved",
        "Plan: Voice of the Child lead appointed September 2021; strategy to the Public Protection Board in January 2022",
    ], rag="R")
    slide("Q1: What another agency did that improved multi-agency practice", [
        "Quarrington County Council Children's Services started daily MASH strategy discussions in October 2020",
        "Police now join a same-day strategy discussion instead of waiting up to 3 days",
        "Joint review, April 2021: 38 of 40 strategy discussions held on the day of referral",
    ])
    # Q2 summary slide with small circles
    pdf.new_page()
    n[0] += 1
    c.setFillColor(NAVY)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    pdf.y = H - 50
    pdf.text("Q2: Our self-ratings at a glance", font="Helvetica-Bold", size=28, color=NAVY, after=24)
    for label, rag, word in [("Standard 1 - Leadership and accountability", "G", "Green"),
                             ("Standard 2 - Safe recruitment, training and development", "A", "Amber"),
                             ("Standard 3 - Safeguarding policies and procedures", "G", "Green"),
                             ("Standard 4 - Listening to children and young people", "R", "Red")]:
        cy = pdf.y - 12
        c.setFillColor(RAGCOL[rag])
        c.circle(90, cy + 6, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(90, cy, rag)
        c.setFillColor(black)
        c.setFont("Helvetica", 18)
        c.drawString(125, cy, "%s: %s" % (label, word))
        pdf.y -= 52
    pdf.text("Ratings agreed by the Public Protection Board on 7 September 2021.", size=14, x=125)
    c.setFont("Helvetica", 9)
    c.setFillColor(HexColor("#666666"))
    c.drawString(60, 22, "Quarrington Police Service | Section 11 self-assessment 2020/21 | Slide %d" % n[0])

    slide("Q3 and Q4: Multi-agency training", [
        "Q3 Commitment: 46 officers released to QSCP courses in 2020/21; two trainers in the QSCP pool",
        "Q3 We will release PPU staff to the QSCP neglect course in autumn 2021",
        "Q4 Impact: in a 3-month follow-up survey, 71% of attendees reported changed practice",
        "Q4 PPN quality score in the QSCP audit rose from 2.9 to 3.6 out of 5",
    ])
    slide("Q5: How we know we have improved", [
        "Monthly PPN quality audits, reported to the Public Protection Board",
        "Internal inspection, July 2021: better recording of vulnerability in custody",
        "Strategy discussions now held on the day of referral (see Q1)",
        "Children's voice remains our weakest area - see the Standard 4 plan",
    ])
    return pdf.bytes()


# =========================================================================== 2. Council minutes
def build_council(reg):
    when = datetime.datetime(2021, 9, 10, 9, 30, 0)
    d = D(reg, "Safeguarding Assurance Committee minutes 8 September 2021", "Amy Greer", when)
    d.h("Quarrington County Council - Children's Services", 0)
    d.h("Safeguarding Assurance Committee", 1)
    d.p("Minutes of the meeting held on Wednesday 8 September 2021, 10.00-12.15, Committee Room 2, "
        "County Hall, Quarrington, and on MS Teams.")
    d.h("Present", 2)
    d.table([["Name", "Role", "Initials"],
             ["Helen Carver (Chair)", "Director of Children's Services", "HC"],
             ["Jonathan Swift", "Head of Safeguarding and Quality Assurance", "JS"],
             ["Mira Khan", "Principal Social Worker", "MK"],
             ["David Osei", "Head of Workforce Development", "DO"],
             ["Rachel Lyons", "Participation and Engagement Manager", "RL"],
             ["Tom Beckett", "Service Manager, Front Door and MASH", "TB"]])
    d.p("In attendance: Amy Greer (committee clerk).")
    d.p("Apologies: Cllr Peter Marsh (Lead Member for Children); Nadia Ford (HR Business Partner).")

    d.h("1. Welcome and apologies", 2)
    d.p("The Chair welcomed members. Apologies were noted as above and the meeting was quorate.")
    d.h("2. Minutes of the last meeting and action log", 2)
    d.p("The minutes of 14 July 2021 were agreed as a correct record. Action 21/14 (LADO annual report "
        "to the committee) is complete. Action 21/15 (recruitment of a second MASH team manager) is "
        "carried forward to November.")

    d.h("3. Section 11 self-assessment 2020/21 - draft return", 2)
    d.p("3.1 JS introduced the draft return to the Quarrington Safeguarding Children Partnership (QSCP), "
        "which is due by 30 September 2021. The draft had been circulated to members on 1 September. The "
        "lead for each standard presented the evidence and the draft rating.")

    d.h("Standard 1 - Leadership and accountability (lead: HC)", 3)
    d.p("HC reported that the Director of Children's Services is the named strategic lead and that the "
        "«1:DCS chairs the monthly Quality Assurance Board», which met 12 times in 2020/21. The "
        "«1:quality assurance framework was refreshed in January 2021» and sets a monthly audit programme "
        "for all team managers. Learning from 14 thematic audits was reported to the Corporate Parenting "
        "Board and to Cabinet.")
    d.p("HC noted the Ofsted assurance visit of 2 November 2020, which found that «1:leaders had "
        "maintained a clear grip on practice» during the pandemic. Safeguarding requirements are written "
        "into all 37 commissioned placement and service contracts, and contract monitoring visits resumed "
        "in May 2021.")
    d.p("The draft rating was Green. Members agreed that the evidence supported it; no alternative was "
        "proposed.")

    d.h("Standard 2 - Staff safe recruitment, induction, training and development (lead: DO)", 3)
    d.p("DO reported that «2:97% of social workers had a DBS check» within three years; checks for the "
        "remaining 6 staff were completed by July 2021. All 31 newly qualified social workers completed "
        "the ASYE induction programme. The «2:agency social worker rate fell from 24% to 19%» over the "
        "year but remains above the regional average of 15%.")
    d.p("Case audits found «2:supervision within timescale in 78% of files» against a target of 90%. "
        "LADO timescales were met in 88% of the 142 referrals received in the year.")
    d.p("JS felt Standard 2 should be Red, given the supervision figure and the continuing reliance on "
        "agency staff. DO said the workforce strategy was delivering measurable progress and that Red "
        "would not reflect the improvement in DBS and ASYE figures. MK agreed with DO. The committee did "
        "not support a Red rating; the draft rating was Amber.")
    d.p("Action: DO to report supervision compliance to the committee monthly until it reaches 90%.")

    d.h("Standard 3 - Safeguarding policies and procedures (lead: TB)", 3)
    d.p("TB reported that the «3:child protection procedures were updated in April 2020» to match the "
        "QSCP online procedures, and the escalation policy was reissued in September 2020. «3:MASH "
        "decisions were made within 24 hours in 94%» of 9,812 contacts. The «3:exploitation toolkit "
        "audit in March 2021» found 44 of 50 cases fully compliant; actions on the other six were all "
        "completed by May 2021.")
    d.p("The draft rating was Green. RL asked whether the return interview rate for missing children "
        "(81%) should lower the rating. TB said this is reported to the Missing and Exploited Children "
        "group, is improving month on month, and is covered by a separate action plan. The committee "
        "supported Green.")

    d.h("Standard 4 - Listening to children and young people (lead: RL)", 3)
    d.p("RL reported that the «4:Children in Care Council met 10 times» in 2020/21, online during the "
        "lockdowns, and co-designed the new care leavers' offer launched in January 2021. «4:Mind of My "
        "Own was used by 412 children» and young people, compared with 260 in 2019/20.")
    d.p("A practice audit in June 2021 found the «4:child's voice clearly recorded in 96% of plans» "
        "sampled (48 of 50). In the annual survey, 89% of children in care said their social worker "
        "listens to them. 'You said, we did' feedback is published each quarter and sent to every child "
        "who took part, and young people now sit on every social worker interview panel.")
    d.p("The draft return proposed Green. MK proposed that Standard 4 be rated Green given the audit "
        "results. HC said she would prefer to keep Standard 4 at Amber so as not to be complacent, as the "
        "participation strategy runs to 2023. RL supported Green. After discussion the committee accepted "
        "the Chair's recommendation.")

    d.p("3.2 The committee AGREED the following ratings:", bold=True)
    d.b("Standard 1 - Leadership and accountability: Green")
    d.b("Standard 2 - Staff safe recruitment, induction, training and development: Amber")
    d.b("Standard 3 - Safeguarding policies and procedures: Green")
    d.b("Standard 4 - Listening to children and young people: Amber")

    d.p("3.3 Common questions. The committee approved the following answers for the return.")
    d.p("Quarrington Police Service placed a detective sergeant in the MASH from November 2020. Police "
        "checks are now returned within 4 hours rather than the next working day, which has reduced delay "
        "before strategy discussions.", bold_lead="Q1 Improvement by another agency: ")
    d.p("As agreed at 3.2: Standard 1 Green, Standard 2 Amber, Standard 3 Green, Standard 4 Amber.",
        bold_lead="Q2 Summary of self-ratings: ")
    d.p("The department will continue to release staff to QSCP multi-agency training. 214 staff attended "
        "in 2020/21 and two senior practitioners co-deliver the QSCP neglect course.",
        bold_lead="Q3 Commitment to multi-agency training: ")
    d.p("Yes. A follow-up at 3 months found that 74% of attendees had used the learning in a case, and "
        "the neglect audit in May 2021 found the graded care profile used in 57% of relevant cases, up "
        "from 22%.", bold_lead="Q4 Impact of training: ")
    d.p("Through the monthly audit programme, the performance scorecard, the Ofsted assurance visit and "
        "feedback from families: 91% of parents surveyed said they understood their child's plan.",
        bold_lead="Q5 How we know we have improved: ")

    d.h("4. Actions", 2)
    d.table([["No.", "Action", "Owner", "By"],
             ["21/19", "Submit the approved Section 11 return to the QSCP", "JS", "30 September 2021"],
             ["21/20", "Monthly supervision compliance report to the committee", "DO", "October 2021"],
             ["21/21", "Update on the participation strategy", "RL", "10 November 2021"]])
    d.h("5. Any other business", 2)
    d.p("None. Date of next meeting: Wednesday 10 November 2021, 10.00.")
    d.p("Minutes approved by Helen Carver, Chair.")
    return d.bytes(when)


# =========================================================================== 3. Hospital: coloured headings
def build_hospital(reg):
    pdf = PDF(reg, "Quarrington Hospitals NHS Foundation Trust - Section 11 return 2020/21",
              "Safeguarding Team, Quarrington Hospitals NHS Foundation Trust",
              footer="Quarrington Hospitals NHS Foundation Trust - Section 11 self-assessment 2020/21")
    T = pdf.text
    T("Quarrington Hospitals NHS Foundation Trust", font="Helvetica-Bold", size=18, color=NAVY, after=2)
    T("Section 11 (Children Act 2004) Self-Assessment 2020/21", font="Helvetica-Bold", size=14,
      color=NAVY, after=2)
    T("Return to Quarrington Safeguarding Children Partnership", size=11, after=8)
    T("Submitted: 27 September 2021. Approved by the Trust Safeguarding Committee on 21 September 2021 "
      "and signed off by Karen Walsh, Chief Nurse.", size=10, after=8)
    T("The colour of each heading shows our self-assessment.", font="Helvetica-Oblique", size=11, after=10)
    pdf.rule()
    T("This return covers the year 1 April 2020 to 31 March 2021, with updates to August 2021 where "
      "these show progress against actions. The Trust runs Quarrington General Hospital and the "
      "Eastfield Women and Children's Centre, with 54 paediatric beds, a children's emergency "
      "department and a maternity unit delivering around 4,300 babies a year.", after=10)

    def head(t, col):
        pdf.ensure(60)
        pdf.space(4)
        T(t, font="Helvetica-Bold", size=13, color=col, after=6)

    head("Standard 1: Leadership and accountability", GREEN)
    T("The executive lead for safeguarding is «1:Karen Walsh, Chief Nurse and executive safeguarding "
      "lead», who reports to the Board of Directors. She is supported by Dr Samuel Idris (Named Doctor), "
      "Claire Bowen (Named Nurse) and Jo Patel (Named Midwife), all in post throughout 2020/21.")
    T("The «1:Safeguarding Committee met six times and was quorate» at every meeting. Its annual report "
      "went to the Board on 28 July 2021. The Trust's internal auditors reviewed safeguarding governance "
      "in January 2021 and gave significant assurance; «1:all four recommendations were completed by May "
      "2021».")
    T("Safeguarding clauses are included in all three contracts for outsourced services that involve "
      "contact with children (patient transport, interpreting and security), and compliance is checked at "
      "quarterly contract meetings.", after=8)

    head("Standard 2: Safe recruitment, induction, training and development", AMBER)
    T("An audit of 120 personnel files in March 2021 found that «2:enhanced DBS checks were in place for "
      "100%» of staff in regulated activity. Safeguarding is part of corporate induction, which moved "
      "online in April 2020 and was completed by 1,106 new starters.")
    T("Training was affected by redeployment during the pandemic. At 31 March 2021 «2:Level 3 training "
      "compliance was 76%» against a target of 90% (Level 1: 95%; Level 2: 91%). A recovery plan with "
      "extra virtual sessions had raised Level 3 compliance to 84% by August 2021.")
    T("Safeguarding supervision is in place for paediatric, maternity and emergency department staff, "
      "but «2:only 64% of paediatric ED nurses received supervision» at the required quarterly interval. "
      "The Named Nurse is recruiting two supervisors to close the gap by December 2021. Seven allegations "
      "against staff were referred to the LADO, all within one working day.", after=8)

    head("Standard 3: Safeguarding policies and procedures", GREEN)
    T("The Safeguarding Children Policy was reviewed in November 2020 and is aligned with the QSCP "
      "procedures. The 'Was Not Brought' policy was launched in paediatric outpatients in October 2020, "
      "and «3:missed paediatric appointments fell from 11% to 7%».")
    T("A «3:safeguarding audit of 50 ED attendances» in February 2021 found the screening questions "
      "completed in 98% of cases and Child Protection Information Sharing (CP-IS) checks in 99%. The "
      "Trust used the QSCP escalation policy four times; all were resolved at the first stage.")
    T("Case example (escalation). In December 2020 «P:Kayden Moss», date of birth «P:14/03/2012», of "
      "«P:27 Larkspur Road», Quarrington «P:ZZ4 7QP», NHS number «P:999 482 1173», was admitted with a "
      "head injury. His mother «P:Leanne Moss» (mobile «P:07700 900412») planned to take him home to an "
      "address where a man subject to a risk assessment was living. The ward nurse escalated to the Named "
      "Nurse, a strategy discussion was held the same day, and discharge was delayed until a safety plan "
      "was agreed with children's social care. «3:The case is now used in Level 3 training».", after=8)

    head("Standard 4: Listening to children and young people", AMBER)
    T("Children's views are gathered on the paediatric wards through 'Tell Us' cards. «4:318 cards were "
      "returned in 2020/21» and the themes (food, Wi-Fi, beds for parents) are displayed on 'You said, we "
      "did' boards on both wards.")
    T("Young people from the Youth Forum carried out a 15 Steps Challenge of the children's outpatient "
      "department in September 2020 and all 12 of their recommendations have been put in place. However, "
      "the «4:Youth Forum did not meet between January and June 2021», and there is no equivalent way of "
      "hearing from children and young parents seen in adult areas such as the ED and maternity.")
    T("A record audit in May 2021 found the «4:child's own words recorded in 58%» of safeguarding "
      "referrals. Actions: the Youth Forum restarted on 14 July 2021; a 'child's words' field will be "
      "added to the referral form by November 2021; feedback cards will be extended to the ED.", after=8)

    pdf.rule()
    def q(t):
        pdf.ensure(50)
        T(t, font="Helvetica-Bold", size=12, color=NAVY, after=4)
    q("Q1: Something another agency did in 2020/21 that improved multi-agency practice")
    T("The county council's Children's Services created a health liaison post in the MASH in October "
      "2020. Trust referrals now receive written feedback within 24 hours, and in a staff survey in March "
      "2021 our staff said this made them more confident to refer.", after=8)
    q("Q2: Summary of our self-ratings")
    T("Our self-assessment against each standard is shown by the colour of its heading in this return. "
      "Standards 1 and 3 are where we want them to be; Standards 2 and 4 have specific actions, set out "
      "under each heading and in our 2021/22 safeguarding work plan.", after=8)
    q("Q3: Commitment to the partnership's multi-agency training")
    T("The Trust is committed to QSCP multi-agency training. In 2020/21, 63 staff attended QSCP courses, "
      "and the Named Nurse and Named Doctor co-deliver the QSCP course on bruising in non-mobile "
      "infants.", after=8)
    q("Q4: Is single and multi-agency training having an impact on practice?")
    T("Yes. After the QSCP bruising protocol training, referrals of non-mobile infants with bruising "
      "rose from 9 to 21, and a re-audit in June 2021 found the protocol followed in every case.", after=8)
    q("Q5: How do we know we have improved?")
    T("Quarterly audits, training compliance, supervision figures and feedback from children and staff "
      "are all reported to the Safeguarding Committee. The improvements in 'Was Not Brought' rates and in "
      "ED screening are examples.", after=8)
    T("Karen Walsh, Chief Nurse - 27 September 2021", font="Helvetica-Oblique", size=10)
    return pdf.bytes()


# =========================================================================== 4. GP Federation: assurance scale
def build_gpfed(reg):
    when = datetime.datetime(2021, 9, 20, 14, 0, 0)
    d = D(reg, "Quarrington GP Federation - Section 11 return 2020/21", "Dr Priya Nair", when)
    d.h("Quarrington GP Federation", 0)
    d.p("Section 11 Self-Assessment 2020/21 - return to the Quarrington Safeguarding Children Partnership",
        bold=True)
    d.table([["Organisation", "Quarrington GP Federation (14 member practices)"],
             ["Completed by", "Dr Priya Nair, Federation Safeguarding Lead GP"],
             ["Approved by", "Federation Board, 15 September 2021"],
             ["Date submitted", "20 September 2021"]], header=False)
    d.h("How we have rated ourselves", 1)
    d.p("We have used the Federation's own assurance scale for each standard. Key: Substantial assurance "
        "= Green; Reasonable assurance = Amber; Limited assurance = Amber; No assurance = Red.")

    d.h("Standard 1 - Leadership and accountability", 1)
    d.p("The Federation's safeguarding lead is Dr Priya Nair, supported by the Federation Safeguarding "
        "Nurse, Lorna Hughes (0.6 WTE from October 2020). «1:13 of 14 member practices have a named "
        "lead»; the vacancy at Eastgate Surgery has been covered by Dr Nair since February 2021 and a "
        "permanent lead starts in October 2021.")
    d.p("The Federation Board receives a safeguarding report every six months, but «1:only one of two "
        "board reports was presented» in 2020/21 because of the COVID vaccination programme. The annual "
        "practice safeguarding self-audit was «1:returned by 12 of 14 practices» (86%); the two "
        "outstanding practices have been visited and will complete it by December 2021.")
    d.p("Reasonable assurance", bold_lead="Level of assurance: ")

    d.h("Standard 2 - Staff safe recruitment, induction, training and development", 1)
    d.p("All 63 staff recruited by the Federation or its practices in 2020/21 had pre-employment checks "
        "recorded on the shared HR system; «2:an audit of 63 starter files in April 2021» found 100% had a "
        "DBS check at the correct level and two references.")
    d.p("«2:Level 3 safeguarding training: 94% of GPs» and 91% of practice nurses were up to date at 31 "
        "March 2021 (target 90%). Safeguarding is covered on day one of the induction checklist used in "
        "all 14 practices.")
    d.p("Peer supervision groups for practice safeguarding leads met quarterly online, with 86% "
        "attendance. The Federation adopted an allegations management procedure in August 2020; "
        "«2:both LADO consultations were made the same day».")
    d.p("Substantial assurance", bold_lead="Level of assurance: ")

    d.h("Standard 3 - Safeguarding policies and procedures", 1)
    d.p("We are confident that all of our practices have a child protection policy and that staff know "
        "how to make a referral. The Federation «3:child protection policy was due for review in March "
        "2020» and will be reviewed once new national guidance is published.")
    d.p("A «3:referral pathway flowchart was sent to all 14 practices» in January 2021. The QSCP "
        "information-sharing template has been «3:adopted by 8 of the 14 practices»; the others use their "
        "own forms. We have not audited the quality of referrals made by practices this year, and a 'was "
        "not brought' policy for children is in place in 5 practices.")
    d.p("We believe practice in this area is strong and well embedded across the Federation.")
    d.p("Substantial assurance", bold_lead="Level of assurance: ")

    d.h("Standard 4 - Listening to children and young people", 1)
    d.p("A teenage health check pilot ran in three practices from November 2020. Feedback was collected "
        "from «4:58 young people, 91% of whom felt listened to», and the pilot is being extended to six "
        "practices.")
    d.p("Patient participation groups do not currently include any young people. The Federation has "
        "invited two members of the Quarrington Youth Parliament to join its patient panel from November "
        "2021.")
    d.p("Children's views are not recorded consistently in GP records. An «4:audit of 30 child records is "
        "planned» for November 2021, and a template for «4:recording the child's own words» has been "
        "drafted with the safeguarding nurse.")
    d.p("Limited assurance", bold_lead="Level of assurance: ")

    d.h("Common questions", 1)
    d.h("Q1 Something another agency has done in 2020/21 that improved multi-agency practice", 2)
    d.p("The county council's MASH began sending written outcome letters to GPs for every referral from "
        "December 2020. Practices can now update the child's record straight away, and 12 practices tell "
        "us it has improved follow-up.")
    d.h("Q2 Summary of our self-ratings", 2)
    d.table([["Standard", "Level of assurance"],
             ["1 Leadership and accountability", "Reasonable assurance"],
             ["2 Staff safe recruitment, induction, training and development", "Substantial assurance"],
             ["3 Safeguarding policies and procedures", "Substantial assurance"],
             ["4 Listening to children and young people", "Limited assurance"]])
    d.h("Q3 Commitment to the partnership's multi-agency training", 2)
    d.p("We will keep promoting QSCP training through the monthly practice leads meeting. 41 practice "
        "staff attended QSCP courses in 2020/21, and the protected learning time session in March 2022 "
        "will be given over to the QSCP neglect course.")
    d.h("Q4 Is training having an impact on practice?", 2)
    d.p("Yes. After the QSCP 'Think Family' session in February 2021, GP referrals to the MASH that "
        "included information about adults in the household rose from 40% to 68% (MASH audit, June "
        "2021).")
    d.h("Q5 How we know we have improved", 2)
    d.p("Through the annual practice self-audit, training data, MASH feedback and the teenage health "
        "check survey.")
    d.p("Dr Priya Nair, Federation Safeguarding Lead GP, 20 September 2021")
    return d.bytes(when)


# =========================================================================== 5. District council: typos
def build_district(reg):
    when = datetime.datetime(2021, 9, 24, 11, 15, 0)
    d = D(reg, "Quarrington District Council - Section 11 2020/21", "Mark Ellison", when)
    d.h("Quarrington District Council", 0)
    d.p("Section 11 Self-Assessment 2020/21 for the Quarrington Safeguarding Children Partnership",
        bold=True)
    d.table([["Completed by", "Mark Ellison, Designated Safeguarding Lead"],
             ["Date", "24 September 2021"],
             ["Contact", "safeguarding@quarringtondc.example"]], header=False)
    d.h("Summary of our self-assessment", 1)
    d.table([["Standard", "Lead officer", "RAG"],
             ["1. Leadership and accountability", "Mark Ellison", "Gren"],
             ["2. Staff safe recruitment, induction, training and development", "Jo Harper, HR Manager",
              "Amer"],
             ["3. Safeguarding policies and procedures", "Sanjay Mehta, Community Safety Manager",
              "Ambre"]])

    d.h("1. Leadership and accountability", 1)
    d.p("The Council's Designated Safeguarding Lead is «1:Mark Ellison, Head of Community Services», "
        "with a deputy in each directorate. The «1:Safeguarding Steering Group met four times» in "
        "2020/21, chaired by the Chief Executive, and reviews a quarterly dashboard of referrals, training "
        "and DBS data.")
    d.p("An annual safeguarding report went to Cabinet on 15 March 2021 and to the Overview and Scrutiny "
        "Committee on 6 April 2021. A «1:review of 12 commissioned contracts» in January 2021 (leisure, "
        "events, grounds maintenance and taxi licensing support) found that all 12 include safeguarding "
        "clauses and a named contact.")
    d.p("Internal audit reviewed the Council's safeguarding arrangements in November 2020 and gave "
        "substantial assurance, with two low-priority recommendations, both now completed.")
    d.table([["RAG rating for Standard 1", "gree n"]], header=False)

    d.h("2. Staff safe recruitment, induction, training and development", 1)
    d.p("All 86 staff in regulated roles have an enhanced DBS check, and «2:all 412 licensed taxi "
        "drivers» hold an enhanced DBS check with six-monthly update service checks.")
    d.p("Safeguarding e-learning is mandatory, but «2:only 68% of staff have completed it» (target 90%), "
        "mainly because operational staff without computer access could not attend face-to-face sessions "
        "during 2020/21. Workbooks and depot sessions are planned for the winter.")
    d.p("There is «2:no formal supervision framework for housing officers» who regularly visit families "
        "in temporary accommodation; a framework is being written with the Housing Options Manager for "
        "January 2022. Allegations are handled under QSCP guidance; one LADO referral was made in "
        "2020/21.")
    d.table([["RAG rating for Standard 2", "Amer"]], header=False)

    d.h("3. Safeguarding policies and procedures", 1)
    d.p("The Council's safeguarding policy was updated in June 2020 and approved by Cabinet. «3:Council "
        "staff made 31 safeguarding referrals» in the year, 27 to the MASH and 4 to the police.")
    d.p("Child sexual exploitation awareness is a condition of licensing, and «3:395 drivers completed CSE "
        "awareness training» by March 2021; the rest are booked.")
    d.p("However, the Council «3:does not yet have an escalation procedure» for staff who disagree with a "
        "partner agency's decision, and the information-sharing protocol with the Police needs updating. "
        "Both are in the 2021/22 action plan, due by March 2022.")
    d.table([["RAG rating for Standard 3", "Ambre"]], header=False)

    d.h("Common questions", 1)
    d.p("Quarrington Police Service shared weekly exploitation intelligence with our licensing team from "
        "September 2020. As a result two taxi licences were suspended in 2020/21 and information was "
        "shared with the MASH on both occasions.",
        bold_lead="Q1 Something another agency did that improved multi-agency practice: ")
    d.p("Our ratings for each standard are given in the summary table at the start of this return and in "
        "the box at the end of each section.", bold_lead="Q2 Summary of self-ratings: ")
    d.p("We are committed to QSCP training. 24 Council staff attended QSCP courses in 2020/21, and the "
        "Community Safety Manager sits on the QSCP training subgroup.",
        bold_lead="Q3 Commitment to multi-agency training: ")
    d.p("Yes. Staff who attended the QSCP exploitation course made 9 of this year's 31 referrals, compared "
        "with 2 the year before, and the MASH told us those referrals were well evidenced.",
        bold_lead="Q4 Impact of training on practice: ")
    d.p("The Steering Group dashboard, internal audit and feedback from the MASH show that referrals have "
        "increased and are of better quality.", bold_lead="Q5 How we know we have improved: ")
    return d.bytes(when)


# =========================================================================== 6. YJS: sub-grades, late
def build_yjs(reg):
    pdf = PDF(reg, "Quarrington Youth Justice Service - Section 11 self-assessment 2020/21",
              "Quarrington Youth Justice Service",
              footer="Quarrington Youth Justice Service - Section 11 return 2020/21")
    T = pdf.text
    T("Quarrington Youth Justice Service", font="Helvetica-Bold", size=18, color=NAVY, after=2)
    T("Section 11 Self-Assessment 2020/21 - Quarrington Safeguarding Children Partnership",
      font="Helvetica-Bold", size=12, color=NAVY, after=6)
    T("Date of return: 22 October 2021. Completed by Dionne Clarke, Head of Service.", after=6)
    T("Please note this return is late: the partnership's deadline was 30 September 2021. Our Management "
      "Board, which approves the return, was moved to 19 October 2021 and we did not want to submit "
      "without its agreement. We apologise for the delay.", font="Helvetica-Oblique", after=8)
    T("Key to our grades: G = Green, A = Amber, R = Red. A plus or minus shows where we sit within the "
      "grade: A+ = Amber, close to Green; A- = Amber, close to Red; G- = Green with minor improvements "
      "identified. The letter is the rating.", after=8)
    pdf.rule()
    T("Q2: Summary of our grades", font="Helvetica-Bold", size=12, color=NAVY, after=4)
    xs = [pdf.l, pdf.l + 330]
    pdf.row(["Standard", "Grade"], xs, font="Helvetica-Bold")
    for s, g in [("1 Leadership and accountability", "G-"),
                 ("2 Staff safe recruitment, induction, training and development", "A+"),
                 ("3 Safeguarding policies and procedures", "A-"),
                 ("4 Listening to children and young people", "G")]:
        pdf.row([s, g], xs)
    pdf.space(6)
    pdf.rule()

    def head(t, g):
        pdf.ensure(60)
        pdf.space(2)
        T("%s - Grade: %s" % (t, g), font="Helvetica-Bold", size=12, color=NAVY, after=5)

    head("Standard 1: Leadership and accountability", "G-")
    T("The Head of Service, «1:Dionne Clarke, is the named safeguarding lead» and reports to the Youth "
      "Justice Management Board, chaired by the Director of Children's Services. The «1:Board met four "
      "times in 2020/21» and receives a safeguarding and risk report at every meeting, including serious "
      "incidents and the learning from them.")
    T("A «1:case audit programme of 10 cases a month» reports to the Board quarterly, and our "
      "self-assessment against the inspection framework in March 2021 judged governance and leadership to "
      "be good. Minor improvement: the three new Board members who joined in 2021 have not yet had a "
      "safeguarding induction; sessions are booked for November 2021.", after=8)

    head("Standard 2: Staff safe recruitment, induction, training and development", "A+")
    T("«2:DBS checks are current for 100% of staff» (41) and referral order panel volunteers (23), "
      "checked monthly by the business manager. All 5 new starters in 2020/21 completed the six-week "
      "induction, which includes safeguarding and exploitation modules.")
    T("«2:All 18 case managers hold Level 3 training», refreshed during 2020/21, and every member of "
      "staff completed contextual safeguarding training with the QSCP in January 2021.")
    T("An «2:audit in April 2021 found 95% of supervisions» held within four weeks. In case audits the "
      "quality of safety planning rose from 61% to 89% rated good or better over the year. No allegations "
      "were made against staff; the allegations procedure was tested in a desktop exercise in January "
      "2021 and worked as intended.")
    T("We have graded this standard A+ rather than G so as not to be complacent.", after=8)

    head("Standard 3: Safeguarding policies and procedures", "A-")
    T("The YJS safeguarding policy was updated in September 2020 and links to the QSCP procedures, "
      "including the exploitation and missing children protocols. Every child open to the service is "
      "screened for exploitation risk at the start of their order.")
    T("However, «3:only 58% of assessments were completed within 15 days» (target 85%), and a «3:police "
      "information-sharing delay of up to 10 days» affected out-of-court disposal decisions for part of "
      "the year. Escalation was used twice; one case is still unresolved with a housing provider.")
    T("Actions: a new assessment tracker (in use since July 2021) and a revised information-sharing "
      "agreement with «3:Quarrington Police due for sign-off in December 2021».", after=8)

    head("Standard 4: Listening to children and young people", "G")
    T("Our participation officer runs the 'Have Your Say' survey at the end of every order. In 2020/21 "
      "«4:74 young people completed the survey» and 88% said their views had been taken into account in "
      "their plan.")
    T("Young people sat on the «4:interview panels for three staff posts» and co-produced the new YJS "
      "leaflet for children and families. 'You said, we did' updates are shared every quarter in "
      "reception and by text message.")
    T("An «4:audit in March 2021 found children's views in 92%» of intervention plans.", after=8)

    pdf.rule()
    def q(t):
        pdf.ensure(50)
        T(t, font="Helvetica-Bold", size=12, color=NAVY, after=4)
    q("Q1: Something another agency did that improved multi-agency practice")
    T("Quarrington College kept places open for six young people on orders who missed the start of "
      "term, and now alerts us within two days if their attendance drops.", after=8)
    q("Q3: Commitment to the partnership's multi-agency training")
    T("Fully committed. Every case manager attended at least one QSCP course in 2020/21, and our Deputy "
      "Head of Service co-delivers the QSCP contextual safeguarding course.", after=8)
    q("Q4: Is training having an impact on practice?")
    T("Yes. After the contextual safeguarding training, safety plans that address peer and place risks "
      "rose from 30% to 76% of those audited.", after=8)
    q("Q5: How do we know we have improved?")
    T("Monthly case audits, the Have Your Say survey, Board scrutiny and reoffending data: the proven "
      "reoffending rate fell from 38% to 31%.", after=8)
    return pdf.bytes()


# =========================================================================== 7. College: appendix
def build_college(reg):
    when = datetime.datetime(2021, 9, 17, 10, 0, 0)
    d = D(reg, "Quarrington College - Section 11 self-assessment 2020/21", "Naomi Price", when)
    d.h("Quarrington College of Further Education", 0)
    d.p("Section 11 Self-Assessment 2020/21 - Quarrington Safeguarding Children Partnership", bold=True)
    d.table([["Completed by", "Naomi Price, Designated Safeguarding Lead"],
             ["Approved by", "Colin Hart (Safeguarding Governor) and the Principal, 13 September 2021"],
             ["Date submitted", "17 September 2021"]], header=False)
    d.p("The college has 3,900 students, of whom 1,650 are aged 16-18 and 120 are 14-16 year olds on "
        "school link programmes. Our evidence is set out in Appendix A. Each section below gives a short "
        "summary and the items that support it.")

    d.h("Standard 1 - Leadership and accountability", 1)
    d.p("Green", bold_lead="Rating: ")
    d.p("The Designated Safeguarding Lead is a member of the senior leadership team and reports to "
        "governors each term. See Appendix A, items 1-4.")
    d.h("Standard 2 - Staff safe recruitment, induction, training and development", 1)
    d.p("Amber", bold_lead="Rating: ")
    d.p("Recruitment checks are robust, but refresher training was disrupted in 2020/21 and pastoral "
        "mentors do not yet have formal supervision. See Appendix A, items 5-8.")
    d.h("Standard 3 - Safeguarding policies and procedures", 1)
    d.p("Our safeguarding policy and referral processes were reviewed in 2020/21. See Appendix A, items "
        "9-12. In 2019/20 we rated this standard Amber; the actions from that assessment are now complete "
        "(item 12).")
    d.h("Standard 4 - Listening to children and young people", 1)
    d.p("Green", bold_lead="Rating: ")
    d.p("Students' views shape our safeguarding work through the Student Council and termly surveys. See "
        "Appendix A, items 13-16.")

    d.h("Common questions", 1)
    d.p("Quarrington Youth Justice Service now shares a weekly list of students on orders with our "
        "safeguarding team (with consent), so that we can offer mentoring at enrolment. Eleven students "
        "were supported this way in 2020/21.", bold_lead="Q1: ")
    d.p("Standard 1 Green; Standard 2 Amber; Standard 4 Green. Standard 3: see section 3 and Appendix A.",
        bold_lead="Q2: ")
    d.p("We will continue to send staff to QSCP multi-agency courses; 19 staff attended in 2020/21 and "
        "the DSL is a member of the QSCP education subgroup.", bold_lead="Q3: ")
    d.p("N/A", bold_lead="Q4: ")
    d.p("Through the single central record audit, referral audits, the student survey and governor "
        "monitoring visits, all reported to the Board of Governors.", bold_lead="Q5: ")

    d.h("Appendix A - Evidence", 1)
    d.table([
        ["Item", "Standard", "Evidence", "Date"],
        ["1", "1", "«1:DSL Naomi Price sits on the senior leadership team», line-managed by the Vice "
                   "Principal (Students)", "September 2020"],
        ["2", "1", "Termly safeguarding report to the Board of Governors; «1:three reports presented in "
                   "2020/21»", "December 2020, March 2021, July 2021"],
        ["3", "1", "«1:Safeguarding governor Colin Hart made two monitoring visits»; reports to the "
                   "Board", "February 2021, June 2021"],
        ["4", "1", "Safeguarding requirements in all four subcontracted training provider agreements; "
                   "checked at annual review", "July 2021"],
        ["5", "2", "Single central record audit by an external reviewer: «2:no errors found in 212 staff "
                   "records»", "November 2020"],
        ["6", "2", "Safer recruitment training completed by all 26 recruiting managers", "October 2020"],
        ["7", "2", "«2:Annual safeguarding refresher completed by 71% of staff» (target 95%); the rest "
                   "booked for autumn 2021", "July 2021"],
        ["8", "2", "«2:No formal supervision for pastoral mentors»; pilot group supervision started",
         "June 2021"],
        ["9", "3", "«3:Safeguarding and child protection policy reviewed» and approved by governors, in "
                   "line with Keeping Children Safe in Education 2020", "August 2020"],
        ["10", "3", "Audit of 40 safeguarding referrals: «3:all 40 referred to MASH within one working "
                    "day»", "April 2021"],
        ["11", "3", "Missing from education procedure introduced; «3:17 missing students followed up the "
                    "same day»", "January 2021"],
        ["12", "3", "2019/20 action plan (escalation guidance; information sharing with schools on "
                    "transition) - all actions complete", "March 2021"],
        ["13", "4", "«4:Student Council safeguarding survey, 1,214 responses»; 93% feel safe at college",
         "March 2021"],
        ["14", "4", "«4:Students helped rewrite the online safety policy», which governors approved",
         "May 2021"],
        ["15", "4", "'You said, we did' posters and tutorial slides each term", "December 2020 - July 2021"],
        ["16", "4", "«4:Student voice recorded in 90% of safeguarding files» sampled (36 of 40)",
         "April 2021"],
    ])
    return d.bytes(when)


# =========================================================================== 8. Housing association: email thread
def build_homes(reg):
    pdf = PDF(reg, "RE: Section 11 return 2020/21 - Quarrington Homes", "Gareth Lowe",
              margins=(50, 50, 50, 50))
    T = pdf.text
    F = 9.5

    def hdr(lines, prefix=""):
        for k, v in lines:
            T("%s %s" % (k, v), size=F, prefix=prefix, after=0)

    def body(raw, prefix="", bold=False):
        T(raw, size=F, prefix=prefix, after=0, font="Helvetica-Bold" if bold else "Helvetica")

    def blank(prefix=""):
        T(prefix.rstrip() or " ", size=F, after=0)

    T("Print - Outlook", font="Helvetica-Bold", size=11, after=6)
    pdf.rule()
    hdr([("From:", "Gareth Lowe <gareth.lowe@quarringtonhomes.example>"),
         ("Sent:", "24 September 2021 16:42"),
         ("To:", "QSCP Business Unit <qscp.business@quarrington.example>"),
         ("Cc:", "Sarah Dunn <sarah.dunn@quarringtonhomes.example>"),
         ("Subject:", "RE: Section 11 return 2020/21 - Quarrington Homes")])
    blank()
    body("Dear Priya,")
    blank()
    body("One change to our return before you log it. Our Executive Board met yesterday (23 September) and "
         "asked that Standard 1 (Leadership and accountability) is revised from Amber to Green. The Board "
         "is confident in the leadership it gives to safeguarding and felt Amber undersold the progress "
         "made since January.")
    blank()
    body("Please record Standard 1 as Green. Everything else - the evidence, the other ratings and our "
         "answers to the five common questions - stays as in Sarah's email below.")
    blank()
    body("Kind regards,")
    body("Gareth Lowe")
    body("Director of Housing Services and Safeguarding Lead, Quarrington Homes Housing Association")
    blank()
    P = "> "
    hdr([("From:", "Sarah Dunn <sarah.dunn@quarringtonhomes.example>"),
         ("Sent:", "17 September 2021 11:05"),
         ("To:", "QSCP Business Unit <qscp.business@quarrington.example>"),
         ("Cc:", "Gareth Lowe <gareth.lowe@quarringtonhomes.example>"),
         ("Subject:", "Section 11 return 2020/21 - Quarrington Homes")], prefix=P)
    blank(P)
    body("Dear Priya,", P)
    blank(P)
    body("Please find our Section 11 self-assessment for 2020/21 below. I have taken Gareth's comments "
         "(further down) into account: the training figures are now in, so Standard 2 is Green, and I "
         "have kept Standard 3 at Amber because the exploitation guidance is drafted and out for "
         "consultation.", P)
    blank(P)
    body("STANDARD 1 - LEADERSHIP AND ACCOUNTABILITY - Rating: Amber", P, bold=True)
    body("Gareth Lowe became our named safeguarding lead in January 2021, after the post had been vacant "
         "for eight months. A «1:Safeguarding Working Group was set up in March 2021» and has met three "
         "times. However, the Board «1:has not had a safeguarding report since November 2019», our "
         "safeguarding governance review has been overdue since April 2020, and there was no internal "
         "audit of safeguarding in 2020/21. A check of our contracts found «1:9 of 15 repairs contracts "
         "lack safeguarding clauses»; these will be varied at renewal.", P)
    blank(P)
    body("STANDARD 2 - SAFE RECRUITMENT, INDUCTION, TRAINING AND DEVELOPMENT - Rating: Green", P, bold=True)
    body("«2:All 46 staff in child-facing roles» have an enhanced DBS check, renewed every three years, "
         "and HR audited the single central record in February 2021 with no gaps found. «2:Safeguarding "
         "e-learning: 93% of all staff» (target 90%) at 31 August 2021. Tenancy and neighbourhood officers "
         "completed Level 2 training with the QSCP. Housing officers have monthly supervision that includes "
         "a safeguarding case discussion; an «2:audit of 30 supervision records» in June 2021 found this "
         "recorded in 28. One allegation against a member of staff was referred to the LADO on the same "
         "day and concluded within six weeks.", P)
    blank(P)
    body("STANDARD 3 - SAFEGUARDING POLICIES AND PROCEDURES - Rating: Amber", P, bold=True)
    body("Our safeguarding policy was updated in June 2021 and follows the QSCP procedures. «3:Staff "
         "raised 57 safeguarding concerns» in 2020/21; 49 were referred to the MASH or police and the rest "
         "were managed through early help. An «3:information-sharing agreement with the MASH was signed» "
         "in November 2020. We have «3:no guidance yet on cuckooing and exploitation» in our properties; "
         "draft guidance is out for consultation until 15 October 2021.", P)
    blank(P)
    body("STANDARD 4 - LISTENING TO CHILDREN AND YOUNG PEOPLE - Rating: Amber", P, bold=True)
    body("Our «4:Young Tenants' Panel (aged 16-25) met four times» and reviewed the new tenancy starter "
         "pack. However, in an audit of anti-social behaviour cases involving families, «4:children's "
         "views were recorded in 6 of 20» cases, and we do not yet feed back to children. Plan: a "
         "'child's views' section on ASB and tenancy visit forms by December 2021, and «4:a children's "
         "page in the tenant newsletter» from spring 2022.", P)
    blank(P)
    body("COMMON QUESTIONS", P, bold=True)
    body("Q1. Quarrington District Council's housing options team started joint visits with our tenancy "
         "officers to families in temporary accommodation in October 2020, so concerns are now picked up "
         "and referred by one agency rather than passed between two.", P)
    body("Q2. Standard 1 Amber, Standard 2 Green, Standard 3 Amber, Standard 4 Amber.", P)
    body("Q3. We are committed to QSCP training: 22 staff attended QSCP courses in 2020/21 and we will "
         "release all new tenancy officers for the QSCP introduction course.", P)
    body("Q4. Yes - after the QSCP neglect course, tenancy officers' referrals about home conditions "
         "included a description of the child's lived experience in 15 of 18 cases.", P)
    body("Q5. Through supervision audits, our safeguarding concerns log and feedback from the MASH on the "
         "quality of our referrals.", P)
    blank(P)
    body("Many thanks,", P)
    body("Sarah Dunn, Safeguarding Co-ordinator", P)
    blank(P)
    PP = "> > "
    hdr([("From:", "Gareth Lowe"),
         ("Sent:", "09 September 2021 09:12"),
         ("To:", "Sarah Dunn"),
         ("Subject:", "RE: S11 draft")], prefix=PP)
    blank(PP)
    body("Thanks Sarah. A few thoughts on the ratings. I'd keep Standard 1 at Amber, and Standard 2 at "
         "Amber until the training figures are in. I would put Standard 3 at Red while we have no "
         "cuckooing guidance. Standard 4 at Amber is right.", PP)
    body("Gareth", PP)
    return pdf.bytes()


# =========================================================================== 9. Charity: grouped standards
def build_charity(reg):
    when = datetime.datetime(2021, 9, 28, 15, 30, 0)
    d = D(reg, "Brightwater Children's Charity - Section 11 return 2020/21", "Daniel Marsh", when)
    d.h("Brightwater Children's Charity", 0)
    d.p("Section 11 Self-Assessment 2020/21 - Quarrington Safeguarding Children Partnership", bold=True)
    d.table([["Chief Executive", "Ruth Okafor"],
             ["Safeguarding lead", "Daniel Marsh, Head of Safeguarding"],
             ["Safeguarding trustee", "Anne Whitfield"],
             ["Date", "28 September 2021"]], header=False)
    d.p("Brightwater provides family support, young carers' services and a youth counselling service "
        "across Quarrington, working with around 1,900 children a year. We have grouped the standards into "
        "three parts. Part A covers Standards 1 and 2 together and has one rating for both.")

    d.h("Part A: Standards 1 and 2 (Leadership; Workforce)", 1)
    d.p("Green", bold_lead="Rating for Part A: ")
    d.h("Standard 1 - Leadership and accountability", 2)
    d.p("Daniel Marsh, Head of Safeguarding, is the named lead and reports to the Chief Executive. "
        "«1:Trustee Anne Whitfield leads on safeguarding for the board» and chairs the Safeguarding "
        "Committee, which met quarterly. The board of trustees receives a safeguarding report at every "
        "meeting (six in 2020/21).")
    d.p("An «1:external safeguarding review by Kestrel Associates» in November 2020 found our arrangements "
        "strong and made three minor recommendations, «1:all completed by February 2021». Safeguarding "
        "standards are written into our two subcontracts with sessional counsellors.")
    d.h("Standard 2 - Staff safe recruitment, induction, training and development", 2)
    d.p("«2:100% of 148 staff and volunteers have enhanced DBS checks», tracked on our HR system with a "
        "monthly compliance report. «2:All 22 new starters completed safeguarding induction» within their "
        "first week.")
    d.p("Training compliance was 97% at 31 March 2021. All practitioners have monthly supervision; an "
        "«2:audit of supervision notes in May 2021» found safeguarding discussed in 49 of 50 records. Our "
        "allegations procedure was used twice; both cases were referred to the LADO within one working day "
        "and concluded.")

    d.h("Part B: Standard 3 (Safeguarding policies and procedures)", 1)
    d.p("Amber", bold_lead="Rating for Part B: ")
    d.p("Our safeguarding policy was reviewed and approved by trustees in October 2020. «3:Staff made 64 "
        "referrals to children's social care»; an audit of 20 of them found 18 were of good quality.")
    d.p("Our missing children procedure is up to date, but «3:we have no written exploitation policy» yet "
        "and rely on QSCP guidance, and «3:the information-sharing agreement expired in March 2021»; a new "
        "agreement is with the partnership for signature. Both are due to be completed by December 2021.")

    d.h("Part C: Standard 4 (Listening to children and young people)", 1)
    d.p("Green", bold_lead="Rating for Part C: ")
    d.p("Children and young people shape our services through the «4:Young Advisers group, which met 9 "
        "times», online and in person. They helped recruit our new Chief Executive and rewrote our "
        "complaints leaflet.")
    d.p("Every child is asked for feedback at the end of a piece of work; «4:212 children gave feedback in "
        "2020/21» and 94% said they were listened to. A quarterly 'You said, we did' newsletter goes to "
        "all children who use our services.")
    d.p("A file audit in March 2021 found the «4:child's views recorded in 47 of 50» case files.")

    d.h("Common questions", 1)
    d.table([
        ["", "Question", "Our answer"],
        ["Q1", "Something another agency has done during 20/21 that improved multi-agency practice",
         "Quarrington Youth Justice Service offered our staff places on its contextual safeguarding "
         "training in January 2021, so our youth workers now use the same risk language as partners in "
         "exploitation meetings."],
        ["Q2", "RAG self-rating against each standard",
         "Part A (Standards 1 and 2): Green. Part B (Standard 3): Amber. Part C (Standard 4): Green."],
        ["Q3", "Commitment to the partnership's multi-agency training", ""],
        ["Q4", "Is single and multi-agency training having an impact on practice?",
         "Yes. After the QSCP neglect training our family support workers used the graded care profile in "
         "31 cases, up from 8, and social workers told us our referrals were clearer."],
        ["Q5", "How do you know you have improved?",
         "From file audits, children's feedback, the external review and our quarterly safeguarding "
         "dashboard."],
    ])
    d.p("Signed: Ruth Okafor, Chief Executive, and Daniel Marsh, Head of Safeguarding")
    return d.bytes(when)


# =========================================================================== registry of returns
ALLQ = {"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True}

RETURNS = [
    dict(file="q-quarrington-police-s11-2021.pdf", build=build_police,
         agency=["Quarrington Police Service", "Quarrington Police", "QPS"],
         self={"1": "green", "2": "amber", "3": "green", "4": "red"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "red"},
         gaps={}, late=False, cq=ALLQ),
    dict(file="q-quarrington-county-council-childrens-services-s11-2021.docx", build=build_council,
         agency=["Quarrington County Council Children's Services", "Quarrington Children's Services", "QCC"],
         self={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "green"},
         gaps={"4": ["UNDER_RATED"]}, late=False, cq=ALLQ),
    dict(file="q-quarrington-hospitals-nhs-foundation-trust-s11-2021.pdf", build=build_hospital,
         agency=["Quarrington Hospitals NHS Foundation Trust", "Quarrington Hospitals", "QHFT"],
         self={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "amber"},
         gaps={}, late=False, cq=ALLQ),
    dict(file="q-quarrington-gp-federation-s11-2021.docx", build=build_gpfed,
         agency=["Quarrington GP Federation", "Quarrington GP Federation", "QGPF"],
         self={"1": "amber", "2": "green", "3": "green", "4": "amber"},
         ev={"1": "amber", "2": "green", "3": "amber", "4": "amber"},
         gaps={"3": ["OVER_RATED"]}, late=False, cq=ALLQ),
    dict(file="q-quarrington-district-council-s11-2021.docx", build=build_district,
         agency=["Quarrington District Council", "Quarrington DC", "QDC"],
         self={"1": "green", "2": "amber", "3": "amber", "4": None},
         ev={"1": "green", "2": "amber", "3": "amber", "4": None},
         gaps={"4": ["MISSING_SECTION"]}, late=False, cq=ALLQ),
    dict(file="q-quarrington-youth-justice-service-s11-2021.pdf", build=build_yjs,
         agency=["Quarrington Youth Justice Service", "Quarrington YJS", "QYJS"],
         self={"1": "green", "2": "amber", "3": "amber", "4": "green"},
         ev={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={"2": ["UNDER_RATED"]}, late=True, cq=ALLQ),
    dict(file="q-quarrington-college-s11-2021.docx", build=build_college,
         agency=["Quarrington College of Further Education", "Quarrington College", "QCFE"],
         self={"1": "green", "2": "amber", "3": None, "4": "green"},
         ev={"1": "green", "2": "amber", "3": "green", "4": "green"},
         gaps={"3": ["MISSING_RATING"], "common": ["COMMON_QUESTION_UNANSWERED"]}, late=False,
         cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True}),
    dict(file="q-quarrington-homes-s11-2021.pdf", build=build_homes,
         agency=["Quarrington Homes Housing Association", "Quarrington Homes", "QHHA"],
         self={"1": "green", "2": "green", "3": "amber", "4": "amber"},
         ev={"1": "amber", "2": "green", "3": "amber", "4": "amber"},
         gaps={"1": ["OVER_RATED"]}, late=False, cq=ALLQ),
    dict(file="q-brightwater-childrens-charity-s11-2021.docx", build=build_charity,
         agency=["Brightwater Children's Charity", "Brightwater", "BCC"],
         self={"1": "green", "2": "green", "3": "amber", "4": "green"},
         ev={"1": "green", "2": "green", "3": "amber", "4": "green"},
         gaps={"common": ["COMMON_QUESTION_UNANSWERED"]}, late=False,
         cq={"Q1": True, "Q2": True, "Q3": False, "Q4": True, "Q5": True}),
]

FORBID = {
    None: GAPS,
    "OVER_RATED": ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"],
    "UNDER_RATED": ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"],
    "MISSING_SECTION": [],
    "MISSING_RATING": ["MISSING_SECTION"],
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def rv(v):
    return "null" if v is None else v


def gold_text(r, reg):
    lines = ["file: %s" % r["file"],
             "agency: [%s]" % ", ".join(q(a) for a in r["agency"]),
             "status: ok",
             "error_code: null",
             "framework: gscp-2021",
             "self_ratings: {%s}" % ", ".join('"%s": %s' % (k, rv(r["self"][k])) for k in "1234"),
             "evidence_supports: {%s}" % ", ".join('"%s": %s' % (k, rv(r["ev"][k])) for k in "1234"),
             "evidence_must_include:"]
    for k in "1234":
        lines.append('  "%s": [%s]' % (k, ", ".join(q(f) for f in reg.frags[k])))
    ge = ", ".join('"%s": [%s]' % (k, ", ".join(v)) for k, v in r["gaps"].items())
    lines.append("gaps_expected: {%s}" % ge)
    lines.append("gaps_forbidden:")
    for k in "1234":
        g = r["gaps"].get(k, [None])[0]
        lines.append('  "%s": [%s]' % (k, ", ".join(FORBID[g])))
    if all(r["cq"].values()):
        lines.append('  "common": [COMMON_QUESTION_UNANSWERED]')
    lines.append("personal_data: [%s]" % ", ".join(q(p) for p in reg.personal))
    lines.append("late: %s" % ("true" if r["late"] else "false"))
    lines.append("common_questions_answered: {%s}" % ", ".join(
        '"%s": %s' % (k, "true" if v else "false") for k, v in r["cq"].items()))
    return "\n".join(lines) + "\n"


def build_all():
    out = []
    for r in RETURNS:
        reg = Reg()
        data = r["build"](reg)
        out.append((r, reg, data, gold_text(r, reg)))
    return out


# --------------------------------------------------------------------------- checking
def units(name, data):
    if name.endswith(".pdf"):
        import pdfplumber
        res, pages = [], 0
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages += 1
                res.extend((page.extract_text() or "").split("\n"))
        return res, pages
    d = docx.Document(io.BytesIO(data))
    res = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                res.append(cell.text)
    return res, None


ORDER = {"red": 0, "amber": 1, "green": 2}


def check(built):
    import yaml
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    for r, reg, data, gold in built:
        name = r["file"]
        path = os.path.join(SUB, name)
        gpath = os.path.join(GOLD, name + ".yml")
        if not os.path.exists(path) or open(path, "rb").read() != data:
            fail("%s: bytes differ from rebuild" % name)
        if not os.path.exists(gpath) or open(gpath, encoding="utf-8").read() != gold:
            fail("%s: gold differs" % name)
        g = yaml.safe_load(gold)
        us, pages = units(name, data)
        full = "\n".join(us)
        for k in "1234":
            fr = g["evidence_must_include"][k]
            if r["self"][k] is None and r["ev"][k] is None:
                if fr:
                    fail("%s: fragments on missing section %s" % (name, k))
                if ("Standard %s" % k) in full:
                    fail("%s: missing standard %s is mentioned" % (name, k))
                continue
            if len(fr) != 3:
                fail("%s: standard %s has %d fragments" % (name, k, len(fr)))
            for f in fr:
                nw = len(f.split())
                if not 3 <= nw <= 10:
                    fail("%s: fragment %r has %d words" % (name, f, nw))
                if full.count(f) != 1 or full.lower().count(f.lower()) != 1:
                    fail("%s: fragment %r occurs %d times" % (name, f, full.count(f)))
                if not any(f in u for u in us):
                    fail("%s: fragment %r not within one line/paragraph/cell" % (name, f))
            gap = r["gaps"].get(k, [None])[0]
            s, e = r["self"][k], r["ev"][k]
            if gap == "OVER_RATED" and not ORDER[s] > ORDER[e]:
                fail("%s: OVER_RATED %s inconsistent" % (name, k))
            if gap == "UNDER_RATED" and not ORDER[s] < ORDER[e]:
                fail("%s: UNDER_RATED %s inconsistent" % (name, k))
            if gap is None and s != e:
                fail("%s: standard %s self != evidence without gap" % (name, k))
            if gap == "MISSING_RATING" and s is not None:
                fail("%s: MISSING_RATING with a rating" % name)
        for p in g["personal_data"]:
            if not any(p in u for u in us):
                fail("%s: personal data %r not found on one line" % (name, p))
        if "\u00ab" in full or "\u00bb" in full:
            fail("%s: marker left in output" % name)
        print("%-62s %s %s" % (name, "ok " if ok else "...",
                                 ("%d pages" % pages) if pages else "%d paragraphs/cells" % len(us)))
    return ok


def main():
    built = build_all()
    if "--check" in sys.argv:
        # determinism: a second in-memory build must give identical bytes
        again = build_all()
        same = all(a[2] == b[2] and a[3] == b[3] for a, b in zip(built, again))
        if not same:
            print("FAIL: two in-memory builds differ")
        ok = check(built) and same
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for r, reg, data, gold in built:
        with open(os.path.join(SUB, r["file"]), "wb") as fh:
            fh.write(data)
        with open(os.path.join(GOLD, r["file"] + ".yml"), "w", encoding="utf-8") as fh:
            fh.write(gold)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
