#!/usr/bin/env python3
"""make_o.py - writer "o": Ostmere Safeguarding Children Partnership, Section 11 returns 2021.

Builds nine synthetic returns (8 .docx written from raw WordprocessingML, 1 .pdf from
reportlab) into submissions/, and one gold YAML per file into gold/.

    make_o.py            build everything (deterministic bytes)
    make_o.py --check    rebuild in memory, compare with disk, check gold and fragments
    make_o.py --dump     print the accepted-view text of every file (for proof-reading)

Evidence fragments are marked in the source text as «N:fragment»; the markers are
stripped from the documents and the same strings become the gold, so they cannot drift.
Everything in these documents is invented.
"""
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import yaml
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, "submissions")
GOLD = os.path.join(HERE, "gold")

FRAG_RE = re.compile(r"«(\d):(.*?)»", re.S)
TOK_RE = re.compile(r"\[\[(b|i|s|ins|del):(.*?)\]\]|\[\[dd:(\d)\]\]|\{c(\d+)\}|\{/c(\d+)\}", re.S)

GAPS = ["OVER_RATED", "UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
LEVEL = {"red": 0, "amber": 1, "green": 2}


def esc(s):
    return escape(s, {'"': "&quot;"})


# ----------------------------------------------------------------------------------------
# Word package pieces
# ----------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLES_XML = XML_HEAD + f'''<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="2F5496"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

NUM_BULLET = ('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B4D6E11"/><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl>'
              '</w:abstractNum>')
NUM_HEADINGS = ('<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3F20"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001D"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
                '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
                '</w:abstractNum>')


def numbering_xml(headings):
    parts = [XML_HEAD, f'<w:numbering xmlns:w="{W_NS}">']
    if headings:
        parts.append(NUM_HEADINGS)
    parts.append(NUM_BULLET)
    if headings:
        parts.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    parts.append('<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    parts.append("</w:numbering>")
    return "".join(parts)


class Doc:
    """A Word document written as raw WordprocessingML."""

    def __init__(self, title, creator, last_by, created, modified, revision=3, track=False,
                 forms=False, header=None, footer=None, heading_numbering=False,
                 rev_author=None, rev_date=None):
        self.title, self.creator, self.last_by = title, creator, last_by
        self.created, self.modified, self.revision = created, modified, revision
        self.track, self.forms = track, forms
        self.header, self.footer = header, footer
        self.heading_numbering = heading_numbering
        self.rev_author, self.rev_date = rev_author, rev_date
        self.body = []
        self.frags = {k: [] for k in "1234"}
        self.comments = []
        self._rev = 100
        self._bm = 0
        self._dd = 0
        self._box = 0

    # -- text and runs ------------------------------------------------------------------
    def _strip(self, s, allow=True):
        def rep(m):
            if not allow:
                raise ValueError("fragment marker not allowed here: " + m.group(2))
            self.frags[m.group(1)].append(m.group(2))
            return m.group(2)
        return FRAG_RE.sub(rep, s)

    @staticmethod
    def _rpr(b=False, i=False, strike=False, color=None, sz=None, rstyle=None):
        x = []
        if rstyle:
            x.append(f'<w:rStyle w:val="{rstyle}"/>')
        if b:
            x.append("<w:b/><w:bCs/>")
        if i:
            x.append("<w:i/><w:iCs/>")
        if strike:
            x.append("<w:strike/>")
        if color:
            x.append(f'<w:color w:val="{color}"/>')
        if sz:
            x.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
        return "<w:rPr>" + "".join(x) + "</w:rPr>" if x else ""

    def _run(self, text, deleted=False, allow=True, **fmt):
        text = self._strip(text, allow=allow and not deleted)
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{self._rpr(**fmt)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'

    def _revid(self):
        self._rev += 1
        return self._rev

    def _dropdown(self, idx):
        self._dd += 1
        self._bm += 1
        name = f"Dropdown{self._dd}"
        return (f'<w:bookmarkStart w:id="{self._bm}" w:name="{name}"/>'
                f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                f'<w:calcOnExit w:val="0"/><w:statusText w:type="text" w:val="Choose a rating"/><w:ddList><w:result w:val="{idx}"/>'
                '<w:listEntry w:val="Red"/><w:listEntry w:val="Amber"/><w:listEntry w:val="Green"/>'
                '</w:ddList></w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
                '<w:r><w:rPr><w:b/><w:bCs/></w:rPr></w:r>'
                '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                f'<w:bookmarkEnd w:id="{self._bm}"/>')

    def runs(self, s, allow=True, **fmt):
        out, pos = [], 0
        for m in TOK_RE.finditer(s):
            if m.start() > pos:
                out.append(self._run(s[pos:m.start()], allow=allow, **fmt))
            kind, txt, dd, cs, ce = m.groups()
            if kind == "b":
                out.append(self._run(txt, allow=allow, **{**fmt, "b": True}))
            elif kind == "i":
                out.append(self._run(txt, allow=allow, **{**fmt, "i": True}))
            elif kind == "s":
                out.append(self._run(txt, allow=allow, **{**fmt, "strike": True}))
            elif kind == "ins":
                out.append(f'<w:ins w:id="{self._revid()}" w:author="{esc(self.rev_author)}" w:date="{self.rev_date}">'
                           f'{self._run(txt, allow=allow, **fmt)}</w:ins>')
            elif kind == "del":
                out.append(f'<w:del w:id="{self._revid()}" w:author="{esc(self.rev_author)}" w:date="{self.rev_date}">'
                           f'{self._run(txt, deleted=True, **fmt)}</w:del>')
            elif dd is not None:
                out.append(self._dropdown(int(dd)))
            elif cs is not None:
                out.append(f'<w:commentRangeStart w:id="{cs}"/>')
            elif ce is not None:
                out.append(f'<w:commentRangeEnd w:id="{ce}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           f'<w:commentReference w:id="{ce}"/></w:r>')
            pos = m.end()
        if pos < len(s):
            out.append(self._run(s[pos:], allow=allow, **fmt))
        return "".join(out)

    # -- paragraphs ---------------------------------------------------------------------
    def para(self, s="", style=None, num=None, jc=None, keep_next=False, before=None, after=None,
             prefix="", allow=True, shd=None, **fmt):
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if keep_next:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if shd:
            ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>')
        if before is not None or after is not None:
            a = ""
            if before is not None:
                a += f' w:before="{before}"'
            if after is not None:
                a += f' w:after="{after}"'
            ppr.append(f"<w:spacing{a}/>")
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        ppr_x = "<w:pPr>" + "".join(ppr) + "</w:pPr>" if ppr else ""
        return f"<w:p>{ppr_x}{prefix}{self.runs(s, allow=allow, **fmt)}</w:p>"

    def p(self, s="", **kw):
        self.body.append(self.para(s, **kw))

    def h1(self, s, numbered=False):
        self.p(s, style="Heading1", num=(1, 0) if numbered else None, allow=False)

    def h2(self, s, numbered=False):
        self.p(s, style="Heading2", num=(1, 1) if numbered else None, allow=False)

    def bullet(self, s, **kw):
        self.p(s, style="ListParagraph", num=(2, 0), **kw)

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def comment(self, cid, author, initials, date, text):
        self.comments.append((cid, author, initials, date, text))

    # -- tables -------------------------------------------------------------------------
    def table(self, rows, widths, header=True, header_fill="D9E2F3", label_col=False):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        x = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
             f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            x.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if is_head else ""))
            for ci, cell in enumerate(row):
                c = cell if isinstance(cell, dict) else {"text": cell}
                tcpr = f'<w:tcW w:w="{widths[ci]}" w:type="dxa"/>'
                if c.get("vmerge") == "restart":
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif c.get("vmerge") == "continue":
                    tcpr += "<w:vMerge/>"
                fill = c.get("fill") or (header_fill if is_head else None) or (
                    "F2F2F2" if label_col and ci == 0 else None)
                if fill:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
                if c.get("valign"):
                    tcpr += f'<w:vAlign w:val="{c["valign"]}"/>'
                bold = c.get("b", is_head or (label_col and ci == 0))
                texts = c.get("text", "").split("\n")
                paras = "".join(self.para(t, b=bold, jc=c.get("jc")) for t in texts)
                x.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>")
            x.append("</w:tr>")
        x.append("</w:tbl>")
        self.body.append("".join(x))
        self.p("", after=0)

    # -- floating text box ("At a glance") ---------------------------------------------
    def box_run(self, lines):
        self._box += 1
        n = self._box
        cx, cy = 2057400, 1188720          # 5.72 cm x 3.3 cm
        content = "".join(self.para(t, b=b, after=60, allow=False, sz=(20 if not b else 22),
                                    color=("1F3864" if b else None)) for t, b in lines)
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                     '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if n == 1 else ""
        return (
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="19050" b="15240"/>'
            '<wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EAF1FB"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic>'
            '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'{shapetype}<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:3.6pt;width:162pt;height:93.6pt;z-index:{251658240 + n};'
            'visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;'
            'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;'
            'mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
            'mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" fillcolor="#eaf1fb" strokecolor="#2f5496">'
            f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
            '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        )

    # -- package ------------------------------------------------------------------------
    def _hdr_ftr(self, root, text, page_field):
        runs = self.runs(text, allow=False)
        if page_field:
            runs += ('<w:r><w:tab/></w:r>' + self._run("Page ", allow=False) +
                     '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        style = "Header" if root == "hdr" else "Footer"
        return XML_HEAD + f'<w:{root} {DOC_NS}><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p></w:{root}>'

    def build(self):
        sect = []
        if self.header:
            sect.append('<w:headerReference w:type="default" r:id="rId20"/>')
        if self.footer:
            sect.append('<w:footerReference w:type="default" r:id="rId21"/>')
        sect.append('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" '
                    'w:header="624" w:footer="624" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>')
        document = (XML_HEAD + f"<w:document {DOC_NS}><w:body>" + "".join(self.body) +
                    "<w:sectPr>" + "".join(sect) + "</w:sectPr></w:body></w:document>")
        settings = (XML_HEAD + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>' +
                    ("<w:trackRevisions/>" if self.track else "") +
                    ('<w:documentProtection w:edit="forms" w:enforcement="1"/>' if self.forms else "") +
                    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    "</w:settings>")
        core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{esc(self.title)}</dc:title><dc:creator>{esc(self.creator)}</dc:creator>"
                f"<cp:lastModifiedBy>{esc(self.last_by)}</cp:lastModifiedBy><cp:revision>{self.revision}</cp:revision>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.modified}</dcterms:modified></cp:coreProperties>')
        app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
               "<TotalTime>0</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
               "<ScaleCrop>false</ScaleCrop><Company>Ostmere</Company><LinksUpToDate>false</LinksUpToDate>"
               "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>")
        ct = ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>']
        drels = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>']
        files = []
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            drels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            cx = [XML_HEAD, f'<w:comments {DOC_NS}>']
            for cid, author, initials, date, text in self.comments:
                cx.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{initials}">'
                          '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                          f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>')
            cx.append("</w:comments>")
            files.append(("word/comments.xml", "".join(cx)))
        if self.header:
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            drels.append('<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            files.append(("word/header1.xml", self._hdr_ftr("hdr", self.header, False)))
        if self.footer:
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            drels.append('<Relationship Id="rId21" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            files.append(("word/footer1.xml", self._hdr_ftr("ftr", self.footer, True)))
        ct += ['<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
               '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
               "</Types>"]
        drels.append("</Relationships>")
        rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                "</Relationships>")
        ordered = [("[Content_Types].xml", XML_HEAD + "".join(ct)), ("_rels/.rels", rels),
                   ("word/document.xml", document), ("word/styles.xml", STYLES_XML),
                   ("word/settings.xml", settings), ("word/numbering.xml", numbering_xml(self.heading_numbering))]
        ordered += files
        ordered += [("word/_rels/document.xml.rels", XML_HEAD + "".join(drels)),
                    ("docProps/core.xml", core), ("docProps/app.xml", app)]
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w") as z:
            for name, data in ordered:
                etree.fromstring(data.encode("utf-8"))      # well-formedness guard
                zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zi.external_attr = 0
                z.writestr(zi, data.encode("utf-8"))
        return bio.getvalue()


def title_block(d, agency, subtitle, rows):
    d.p("Ostmere Safeguarding Children Partnership", style="Title", allow=False)
    d.p(subtitle, style="Subtitle", allow=False)
    d.table([[k, v] for k, v in rows], [2800, 6498], header=False, label_col=True)


# ----------------------------------------------------------------------------------------
# Return 1 - Ostmere Constabulary: tracked changes
# ----------------------------------------------------------------------------------------
def r1():
    d = Doc("Section 11 self-assessment 2021 - Ostmere Constabulary", "Kieran Osei", "Dana Whitlock",
            "2021-08-16T08:41:00Z", "2021-09-21T15:22:00Z", revision=9, track=True,
            header="OFFICIAL \u2013 Ostmere Constabulary \u2013 Section 11 self-assessment 2021",
            footer="Public Protection Unit, Ostmere Constabulary",
            rev_author="Dana Whitlock", rev_date="2021-09-21T14:05:00Z")
    title_block(d, "Ostmere Constabulary", "Section 11 (Children Act 2004) self-assessment 2021 \u2013 Ostmere Constabulary", [
        ("Agency", "Ostmere Constabulary"),
        ("Chief officer lead", "Assistant Chief Constable Fiona Marsh"),
        ("Completed by", "Detective Superintendent Kieran Osei, Public Protection Unit"),
        ("Reviewed by", "Superintendent Dana Whitlock, Head of Safeguarding Review"),
        ("Date submitted", "24 September 2021"),
    ])
    d.p("This return sets out how Ostmere Constabulary meets its duties under Section 11 of the Children Act 2004. "
        "It covers April 2020 to March 2021, with updates to September 2021, and was reviewed by the Force "
        "Vulnerability Board before submission. Ratings use the partnership's Red / Amber / Green scale.")

    d.h1("Standard 1 \u2013 Leadership and accountability")
    d.p("Assistant Chief Constable Fiona Marsh is the chief officer lead for safeguarding children and sits on the "
        "Ostmere Safeguarding Children Partnership executive. Detective Chief Superintendent Aled Pryce, Head of Public "
        "Protection, is the operational lead and attends the partnership's Practice Review Group.")
    d.p("«1:The Force Vulnerability Board, chaired by the Deputy Chief Constable», meets every two months. It met six "
        "times in 2020/21 and every meeting was quorate. The Board receives a quarterly child protection performance "
        "report and a six-monthly report on progress against the partnership's priorities.")
    d.p("Internal quality assurance is led by the Public Protection Audit Team. «1:Four thematic audits were completed "
        "in 2020/21» as planned. The February 2021 audit of 120 domestic abuse incidents where children were present "
        "found that «1:96% had a child notification submitted within 24 hours», compared with 83% in the 2019 audit.")
    d.p("The HMICFRS child protection re-inspection in November 2020 reported good progress. All five recommendations "
        "from the original inspection were signed off by the Board by June 2021, and every action from our 2019 "
        "Section 11 return has been completed and evidenced to the partnership.")
    d.p("Learning from the partnership's rapid reviews is tracked by the Public Protection Learning Board. The four "
        "actions from the 2020 rapid review of a baby's non-accidental injury were completed and tested by re-audit in "
        "April 2021, which found the new bruising protocol followed in every case sampled.")
    d.p("[[b:Self-assessment rating: ]][[del:Green]][[ins:Amber \u2013 held at Amber so that we are not complacent "
        "ahead of the 2022 inspection]]")

    d.h1("Standard 2 \u2013 Safe recruitment, induction, training and development")
    d.p("All new officers, staff and volunteers are vetted before appointment under the national vetting code. "
        "«2:312 starters were vetted in 2020/21 before their start date». Officers in the Public Protection Unit and "
        "the Multi-Agency Safeguarding Hub hold Management Vetting.")
    d.p("Vetting renewals slipped during the pandemic: «2:9% of renewals were overdue at 31 March 2021». A recovery "
        "plan overseen by the Force Vetting Manager aims to clear the backlog by December 2021; at 31 August 2021 the "
        "figure was 6%.")
    d.p("[[del:All frontline officers completed the Level 3 safeguarding e-learning by March 2021. ]]"
        "[[ins:By 31 March 2021, «2:81% of frontline officers had completed» the Vulnerability and Child Protection "
        "e-learning; the target is 95% by March 2022. ]]Classroom child protection training for new detectives "
        "restarted in May 2021.")
    d.p("Supervision in the Child Abuse Investigation Team is monthly and recorded. Induction for contact centre staff "
        "did not include child protection content until July 2021, when a module on recognising risk to children in "
        "calls was added.")
    d.p("Allegations against officers and staff are managed by the Professional Standards Department. Fourteen "
        "referrals were made to the LADO in 2020/21, all within one working day.")
    d.p("[[b:Self-assessment rating: ]]Amber")

    d.h1("Standard 3 \u2013 Safeguarding policies and procedures")
    d.p("The Force child protection policy was reviewed in April 2021 by Detective Inspector Leah Curran and is aligned "
        "with the Ostmere partnership procedures. The escalation policy for professional disagreements was reissued to "
        "all supervisors in January 2021.")
    d.p("Information sharing through the MASH is governed by the partnership information sharing agreement, re-signed "
        "in October 2020. «3:Operation Encompass notifications to schools totalled 2,146» in 2020/21 and «3:99% were "
        "sent before 9am» on the next school day.")
    d.p("Our missing children procedure was revised in March 2021 to include the partnership exploitation screening "
        "tool. «3:A May 2021 audit of 60 missing episodes» found risk assessments correctly completed in 95% of cases, "
        "and every high-risk episode had been reviewed by an inspector.")
    d.p("Child exploitation is tackled through Operation Lantern, the force's tactical plan, with a dedicated team of "
        "one detective sergeant and six officers. Lantern officers attend every multi-agency child exploitation panel "
        "and 48 children were safeguarded through disruption activity in 2020/21.")
    d.p("[[b:Self-assessment rating: ]][[del:Amber]][[ins:Green]]")

    d.h1("Standard 4 \u2013 Listening to children and young people")
    d.p("Since January 2021 the child notification form has a mandatory \u2018voice of the child\u2019 field. «4:A June "
        "2021 dip sample found 64%» of notifications recorded the child's views, words or demeanour, up from 38% in "
        "2019. Our target is 85% by March 2022.")
    d.p("[[del:Every child detained in custody now sees an independent appropriate adult within two hours. ]]The Youth "
        "Independent Advisory Group, «4:14 young people aged 14 to 21», met five times and helped rewrite our stop and "
        "search guidance for under-18s.")
    d.p("We do not yet tell children routinely how their views have been used. A \u2018You said, we did\u2019 page "
        "«4:is planned for the force website in 2022», and the Advisory Group will review it before launch.")
    d.p("Custody staff have been trained to explain rights to children in plain language, and a children's leaflet "
        "written with the Advisory Group was introduced in custody in August 2021.")
    d.p("[[b:Self-assessment rating: ]][[del:Green]][[ins:Amber]]")

    d.h1("Common questions")
    d.h2("Q1 Something another agency has done during 2020/21 that improved multi-agency practice")
    d.p("Ostmere County Council Children's Services introduced a daily domestic abuse triage in the MASH from September "
        "2020. It has cut duplicate contacts and means our notifications are screened by a social worker the same day.")
    d.h2("Q2 RAG self-rating against each standard")
    d.p("Standard 1: [[del:Green]][[ins:Amber]]; Standard 2: Amber; Standard 3: [[del:Amber]][[ins:Green]]; "
        "Standard 4: [[del:Green]][[ins:Amber]].")
    d.h2("Q3 Commitment to the partnership's multi-agency training")
    d.p("We are committed to the partnership's training programme. 186 officers and staff attended partnership courses "
        "in 2020/21, and public protection staff are released for at least one multi-agency course each year.")
    d.h2("Q4 Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Officers who attended the partnership's \u2018Seeing the child\u2019 course write fuller notifications, and "
        "MASH managers report fewer notifications returned for missing information since the course began.")
    d.h2("Q5 How do you know you have improved?")
    d.p("Through our audit programme, the HMICFRS re-inspection findings and feedback from partners at the Practice "
        "Review Group, which noted improved attendance by police at strategy discussions.")
    d.h1("Priorities for 2021/22")
    d.bullet("Clear the vetting renewal backlog by December 2021.")
    d.bullet("Reach 95% completion of the Vulnerability and Child Protection e-learning by March 2022.")
    d.bullet("Raise recording of the child's voice in notifications to 85%.")
    d.bullet("Launch routine feedback to children on how their views have been used.")
    d.h1("Sign-off")
    d.p("Signed: Detective Chief Superintendent Aled Pryce, Head of Public Protection. Date: 24 September 2021.")
    gold = dict(
        file="o-ostmere-constabulary-s11-2021.docx",
        agency=["Ostmere Constabulary", "Ostmere Police", "OC"],
        self_ratings={"1": "amber", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        gaps={"1": ["UNDER_RATED"]},
        personal_data=[], late=False, cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 2 - Ostmere County Council Children's Services: reviewer comments
# ----------------------------------------------------------------------------------------
def r2():
    d = Doc("Section 11 return 2021 - Children's Services", "Marcus Tan", "Helen Rook",
            "2021-08-23T10:02:00Z", "2021-09-17T16:48:00Z", revision=14,
            header="Ostmere County Council \u2013 Children's Services \u2013 Section 11 return 2021",
            footer="Ostmere County Council")
    HR = ("Helen Rook", "HR")
    MT = ("Marcus Tan", "MT")
    title_block(d, "", "Section 11 self-assessment 2021 \u2013 Ostmere County Council Children's Services", [
        ("Agency", "Ostmere County Council Children's Services"),
        ("Accountable lead", "Rachel Okafor, Director of Children's Services"),
        ("Prepared by", "Marcus Tan, Assistant Director Safeguarding"),
        ("Quality assured by", "Helen Rook, Head of Quality Assurance"),
        ("Date", "28 September 2021"),
    ])
    d.p("This self-assessment covers 2020/21. It draws on our practice audit programme, performance data and the views "
        "of children and families. Each standard ends with our self-rating.")

    d.h1("Standard 1: Leadership and accountability")
    d.p("Rachel Okafor, Director of Children's Services, is the accountable lead and one of the three statutory partners "
        "of the Ostmere Safeguarding Children Partnership. Councillor Peter Hallam, Lead Member for Children, receives a "
        "monthly safeguarding briefing and chairs the Corporate Parenting Panel.")
    d.comment(1, *HR, "2021-09-15T09:12:00Z", "Can we quote the focused visit letter reference here? \u2013 HR")
    d.p("{c1}«1:The Children's Improvement Board met monthly throughout 2020/21»{/c1} and tracked the improvement plan that "
        "followed the 2019 inspection. Ofsted's focused visit in February 2021 found that leaders \u2018have a good "
        "understanding of the quality of practice\u2019.")
    d.p("Our quality assurance framework combines monthly practice audits, themed audits and feedback from families. "
        "«1:312 case audits were completed in 2020/21», all moderated by a second manager; 79% of cases were judged good "
        "or better, up from 61% in 2019/20. Findings go to a monthly practice report considered by the senior leadership team.")
    d.p("Commissioned services, including residential and fostering placements, are monitored by the Placements Quality "
        "Team. «1:All 41 commissioned providers received a safeguarding visit» in 2020/21, virtually where necessary.")
    d.p("The Director chairs a weekly performance clinic, and the Chief Executive receives a quarterly safeguarding "
        "assurance report. Learning from the two local child safeguarding practice reviews published in 2020/21 was "
        "built into our practice standards, and a re-audit in May 2021 showed the changes were in place.")
    d.p("[[b:Self-rating: ]]Green")

    d.h1("Standard 2: Safer recruitment, induction, training and development")
    d.p("Safer recruitment training is mandatory for every recruiting manager; «2:all 58 recruiting managers are "
        "trained» and refresh every three years. DBS checks were in place for 100% of new starters and agency workers "
        "in 2020/21.")
    d.comment(2, *HR, "2021-09-15T09:40:00Z", "Should this be Red? Supervision was below 70% for most of the year. \u2013 HR")
    d.comment(3, *MT, "2021-09-16T11:05:00Z", "I think Amber is fair \u2013 the trend is clearly up and the recovery plan is funded. \u2013 MT")
    d.p("{c2}{c3}Supervision within timescale fell during the pandemic. It was 68% in quarter 3 of 2020/21 and 84% "
        "by June 2021, against a target of 90%.{/c3}{/c2} A supervision recovery plan, funded from April 2021, has added "
        "two practice supervisors.")
    d.p("Completion of mandatory safeguarding training is 88% (target 95%). Newly qualified social workers follow the "
        "Assessed and Supported Year in Employment; «2:all 23 ASYE social workers completed» the year in 2020/21.")
    d.p("Average caseloads were 17 children per social worker at March 2021, and agency workers made up 14% of the "
        "social work workforce, down from 22% a year earlier.")
    d.p("The Local Authority Designated Officer received 248 contacts in 2020/21, and «2:96% were responded to within one "
        "working day».")
    d.p("[[b:Self-rating: ]]Amber")

    d.h1("Standard 3: Safeguarding policies and procedures")
    d.p("Our child protection procedures are embedded and well understood by staff. «3:The procedures manual was last "
        "fully reviewed in May 2018»; the planned review has been postponed twice because of the pandemic and is now "
        "scheduled for 2022.")
    d.p("The policy on resolving professional disagreements is being refreshed with partners and has not yet been "
        "published. We are confident that social workers know the referral pathways and the escalation route.")
    d.comment(4, *MT, "2021-09-16T11:20:00Z", "55% is low \u2013 do we have an action plan for this? \u2013 MT")
    d.p("{c4}«3:A dip sample of 40 strategy discussions» in March 2021 found that only 22 (55%) recorded the "
        "information-sharing decision and its rationale.{/c4} Return home interviews for children who go missing were "
        "offered within 72 hours in «3:61% of episodes against a 90% target».")
    d.p("The multi-agency child exploitation panel meets monthly, and the partnership exploitation screening tool has been "
        "in use since October 2020.")
    d.p("Staff are reminded of key procedures through the weekly practice bulletin. The procedures review will begin "
        "once a project manager has been appointed.")
    d.comment(5, *HR, "2021-09-17T10:02:00Z", "Should this be Amber at best? The manual is three years past its review date. \u2013 HR")
    d.p("[[b:Self-rating: ]]{c5}Green{/c5}")

    d.h1("Standard 4: Listening to children and young people")
    d.p("Children tell us their views through the Mind of My Own app, their social workers and independent advocates. "
        "«4:Mind of My Own statements rose to 1,142» in 2020/21, from 610 the year before.")
    d.p("Ostmere Voices, our Children in Care Council, has 22 members and met ten times. Members interviewed candidates "
        "for the Head of Service post and «4:co-wrote the new care leavers' local offer».")
    d.comment(6, *HR, "2021-09-17T10:15:00Z", "Has this case example been anonymised? \u2013 HR")
    d.p("{c6}Case example: Lily-Mae Harcourt (date of birth 14/03/2011) of 27 Fernbank Road, Ostmere ZX4 7QP, NHS number "
        "999 312 4587, used Mind of My Own before her review child protection conference. Her mother, Kerry Harcourt "
        "(07700 900417), told us it was the first time Lily-Mae's worries had been read out in her own words.{/c6}")
    d.p("Independent reviewing officers meet every child in care before their review, and 86% of children aged four "
        "and over contributed to their review in 2020/21.")
    d.p("We still have work to do. «4:Only 48% of child protection conference reports» included the child's own words "
        "in the June 2021 audit, and take-up of advocacy for conferences was 19%.")
    d.comment(7, *MT, "2021-09-16T11:31:00Z", "Could we claim Green here given the Mind of My Own growth? \u2013 MT")
    d.p("[[b:Self-rating: ]]{c7}Amber{/c7}")

    d.h1("Common questions")
    d.p("[[b:Q1 Something another agency has done during 2020/21 that improved multi-agency practice]]", keep_next=True)
    d.p("Ostmere Hospitals NHS Foundation Trust placed a paediatric liaison nurse in the MASH from November 2020, so health "
        "information is now available at every strategy discussion.")
    d.p("[[b:Q2 RAG self-rating against each standard]]", keep_next=True)
    d.p("Standard 1: Green. Standard 2: Amber. Standard 3: Green. Standard 4: Amber.")
    d.p("[[b:Q3 Commitment to the partnership's multi-agency training]]", keep_next=True)
    d.p("We host the partnership's training co-ordinator and release social workers for every multi-agency course; 412 of "
        "our staff attended partnership training in 2020/21.")
    d.p("[[b:Q4 Is single and multi-agency training having an impact on practice?]]", keep_next=True)
    d.p("Yes, in part. After the neglect toolkit training, use of the toolkit in assessments rose from 31% to 70%, although "
        "audit shows its use in planning is still inconsistent.")
    d.p("[[b:Q5 How do you know you have improved?]]", keep_next=True)
    d.p("Audit grades have improved for two years running, the focused visit recognised progress, and families' feedback "
        "after assessments is more positive.")
    d.p("[[b:Signed: ]]Rachel Okafor, Director of Children's Services \u2013 28 September 2021")
    gold = dict(
        file="o-ostmere-county-council-childrens-services-s11-2021.docx",
        agency=["Ostmere County Council Children's Services", "Children's Services", "OCC"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        gaps={"3": ["OVER_RATED"]},
        personal_data=["Lily-Mae Harcourt", "14/03/2011", "27 Fernbank Road, Ostmere ZX4 7QP", "999 312 4587",
                       "Kerry Harcourt", "07700 900417"],
        late=False, cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 3 - Ostmere Hospitals NHS Foundation Trust: legacy drop-down form fields
# ----------------------------------------------------------------------------------------
def r3():
    d = Doc("OSCP Section 11 Audit Tool 2021", "OSCP Business Unit", "Carys Lloyd",
            "2017-03-02T12:00:00Z", "2021-09-23T08:55:00Z", revision=21, forms=True,
            header="OSCP Section 11 Audit Tool (v3, 2017)", footer="Ostmere Safeguarding Children Partnership")
    d.p("Ostmere Safeguarding Children Partnership", style="Title", allow=False)
    d.p("Section 11 Audit Tool 2021", style="Subtitle", allow=False)
    d.table([["Name of agency", "Ostmere Hospitals NHS Foundation Trust"],
             ["Executive lead", "Joanne Ferris, Chief Nurse"],
             ["Completed by", "Carys Lloyd, Named Nurse for Safeguarding Children"],
             ["Date completed", "23 September 2021"]], [2800, 6498], header=False, label_col=True)
    d.p("The Trust runs Ostmere General Hospital and Dunmoor Community Hospital, with 82 paediatric beds, a neonatal "
        "unit and about 4,100 births a year. This audit covers April 2020 to March 2021.")
    d.p("[[i:Guidance: for each standard give your evidence and areas for development, then use the drop-down list after "
        "\u2018Self-rating:\u2019 to choose your rating.]]", sz=18)

    def std(title, evidence, dev, idx):
        d.h1(title)
        d.p("[[b:Evidence:]]", keep_next=True)
        for e in evidence:
            d.p(e)
        d.p("[[b:Areas for development:]]", keep_next=True)
        for x in dev:
            d.bullet(x)
        d.p("[[b:Self-rating: ]][[dd:%d]]" % idx, before=120)

    std("Standard 1: Leadership and accountability", [
        "Joanne Ferris, Chief Nurse, is the executive lead for safeguarding and a member of the Trust Board. The Named "
        "Doctor (Dr Samir Qureshi), Named Nurse (Carys Lloyd) and Named Midwife (Beth Arkwright) are all in post, "
        "supported by four specialist safeguarding nurses.",
        "«1:The Safeguarding Committee meets quarterly, chaired by the Chief Nurse», and reports to the Quality Committee. "
        "The Board approved the safeguarding annual report on 8 July 2021.",
        "«1:All nine audits in the 2020/21 safeguarding audit programme» were completed, including the audit of children "
        "attending the emergency department after self-harm. «1:All 12 actions from our 2019 Section 11 action plan» "
        "are complete.",
        "Safeguarding is a standing item at each divisional quality meeting. Professor Anita Rhodes, the non-executive "
        "director for safeguarding, visited the children's wards and the emergency department in March and July 2021 "
        "and reported her findings to the Board.",
    ], ["Embed the new safeguarding dashboard in divisional governance meetings from October 2021."], 2)

    std("Standard 2: Safer recruitment, induction, training and development", [
        "Level 3 safeguarding children training is required for 2,318 staff. «2:Compliance at 31 March 2021 was 49%» "
        "against the Trust target of 85%, and in the emergency department it was 37%. Face-to-face training stopped for "
        "most of the year and e-learning capacity did not make up the gap.",
        "«2:Safeguarding supervision for emergency department nurses is not established». Only 22% of eligible midwives "
        "received safeguarding supervision in the last quarter.",
        "A records audit in June 2021 found «2:63 staff in regulated activity without a DBS check» on file. Checks are "
        "being completed but the audit has not yet been repeated.",
        "Induction includes a one-hour safeguarding session, but 30% of new starters between April and December 2020 "
        "did not attend it after induction moved online.",
        "The allegations management policy expired in January 2020 and has not been re-approved. A recovery plan was "
        "agreed by the Safeguarding Committee in August 2021; it is too early to show any improvement.",
    ], ["Level 3 training trajectory to reach 85% by March 2022.",
        "Supervision model for the emergency department and maternity.",
        "Re-approve the allegations management policy and repeat the DBS records audit in November 2021."], 0)

    std("Standard 3: Safeguarding policies and procedures", [
        "The Trust child protection policy was reviewed in November 2020 and reflects the Ostmere partnership procedures. "
        "A \u2018Was Not Brought\u2019 «3:policy for children was launched in outpatients» in March 2021.",
        "«3:Child Protection Information Sharing checks were completed» for 97% of children attending the emergency "
        "department and urgent treatment centre (audit of 400 attendances, April 2021).",
        "Shortfalls remain. The \u2018Think Family\u2019 question for adult patients was recorded in «3:only 58% of relevant "
        "adult attendances» in the May 2021 audit, and the child exploitation policy is still in draft.",
        "A domestic abuse policy was approved in February 2021, and two hospital-based independent domestic violence "
        "advisers now work in the emergency department and maternity.",
    ], ["Think Family prompts in the electronic patient record by December 2021.",
        "Approve the child exploitation policy."], 1)

    std("Standard 4: Listening to children and young people", [
        "Ostmere Hospitals Young Voices, our youth forum of 18 members aged 11 to 19, redesigned the paediatric emergency "
        "waiting area, which «4:reopened in June 2021 with a separate teenage space».",
        "The children's Friends and Family Test received 1,904 responses in 2020/21, with «4:93% rating their care good "
        "or very good». Results are displayed on each children's ward on a \u2018You said, we did\u2019 board.",
        "An April 2021 audit of safeguarding referrals found that «4:91% recorded the child's own views» or, for babies "
        "and young children, their presentation and behaviour.",
        "Children with learning disabilities are offered a hospital passport, and play specialists help younger "
        "children say what they want before procedures.",
    ], ["Extend Young Voices to maternity and neonatal services."], 2)

    d.h1("Common questions")
    d.p("[[b:1. Something another agency has done during 2020/21 that improved multi-agency practice]]", keep_next=True)
    d.p("Ostmere County Council Children's Services invited our Named Nurse to its weekly MASH strategy meeting, which "
        "has speeded up health input to strategy discussions for unborn babies.")
    d.p("[[b:2. RAG self-rating against each standard]]", keep_next=True)
    d.table([["Standard", "Self-rating"],
             ["Standard 1: Leadership and accountability", "[[dd:2]]"],
             ["Standard 2: Safer recruitment, induction, training and development", "[[dd:0]]"],
             ["Standard 3: Safeguarding policies and procedures", "[[dd:1]]"],
             ["Standard 4: Listening to children and young people", "[[dd:2]]"]], [6498, 2800])
    d.p("[[b:3. Commitment to the partnership's multi-agency training]]", keep_next=True)
    d.p("The Trust is committed to the programme. Our Named Doctor co-delivers the partnership's course on bruising in "
        "non-mobile babies, and 96 Trust staff attended partnership courses in 2020/21.")
    d.p("[[b:4. Is single and multi-agency training having an impact on practice?]]", keep_next=True)
    d.p("Where staff have been trained, yes: referrals from the children's wards now routinely include the child's "
        "views. The impact is limited by low Level 3 completion in the emergency department and maternity.")
    d.p("[[b:5. How do you know you have improved?]]", keep_next=True)
    d.p("Through the completed audit programme, the Friends and Family Test results and the closure of every action in "
        "our 2019 Section 11 plan. We also know where we have not improved: Level 3 training and supervision are our "
        "priority for 2021/22 and are reported to the Board every month.")
    d.p("[[b:Signed: ]]Joanne Ferris, Chief Nurse \u2013 23 September 2021")
    gold = dict(
        file="o-ostmere-hospitals-nhs-foundation-trust-s11-2021.docx",
        agency=["Ostmere Hospitals NHS Foundation Trust", "Ostmere Hospitals", "OHFT"],
        self_ratings={"1": "green", "2": "red", "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "red", "3": "amber", "4": "green"},
        gaps={}, personal_data=[], late=False,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 4 - Ostmere and Dunmoor Mental Health NHS Trust: "delete as appropriate" (struck)
# ----------------------------------------------------------------------------------------
def r4():
    d = Doc("Section 11 self-assessment 2021", "Tomasz Nowak", "Tomasz Nowak",
            "2021-09-06T13:30:00Z", "2021-10-15T09:10:00Z", revision=6,
            header="Ostmere and Dunmoor Mental Health NHS Trust", footer="Section 11 self-assessment 2021")
    title_block(d, "", "Section 11 self-assessment 2021 \u2013 Ostmere and Dunmoor Mental Health NHS Trust", [
        ("Agency", "Ostmere and Dunmoor Mental Health NHS Trust"),
        ("Executive lead", "Dr Alison Greave, Director of Nursing and Quality"),
        ("Completed by", "Tomasz Nowak, Named Nurse for Safeguarding Children"),
        ("Date", "15 October 2021"),
    ])
    d.p("This return was due on 30 September 2021. We apologise that it is late: final sign-off had to wait for the "
        "Trust's Quality and Safety Committee on 12 October 2021.")
    d.p("The Trust provides inpatient and community mental health services for adults and children across Ostmere and "
        "Dunmoor, including CAMHS, perinatal mental health and drug and alcohol services. This return covers 2020/21.")
    SA = "[[b:Self-assessment: ]]"

    d.h1("Standard 1: Leadership and accountability")
    d.p("Dr Alison Greave, Director of Nursing and Quality, is the executive lead for safeguarding children. Tomasz "
        "Nowak, Named Nurse, and Dr Ifeoma Bassey, Named Doctor, lead the safeguarding team and attend the partnership's "
        "Practice Review Group.")
    d.p("The Safeguarding Group meets quarterly under the Director of Nursing and reports to the Quality and Safety "
        "Committee. The Board «1:approved the safeguarding annual report on 29 June 2021», and the Board's safeguarding "
        "development session in March 2021 was led by our named professionals.")
    d.p("«1:Internal audit reviewed our safeguarding arrangements in January 2021» and gave substantial assurance, with "
        "two minor recommendations that were completed by April 2021.")
    d.p("Safeguarding children is part of the Trust's quality strategy for 2021\u201324, and each care group has a "
        "safeguarding lead who reports to the Safeguarding Group every quarter. Learning from the partnership's review "
        "of the \u2018Family P\u2019 case was shared through a Board briefing and practice seminars in April 2021.")
    d.p("Safeguarding requirements are written into all our contracts with voluntary sector providers, and «1:the "
        "contracts team checked every contract in February 2021».")
    d.p(SA + "[[s:Red]] / [[s:Amber]] / Green (delete as appropriate)")

    d.h1("Standard 2: Safer recruitment, induction, training and development")
    d.p("DBS checks are completed before appointment for every post, and the workforce team checks them at each change "
        "of role. «2:Level 3 safeguarding children training is at 83%» against a target of 90%.")
    d.p("«2:Safeguarding supervision reached 95% in CAMHS teams», but only 61% in adult community mental health teams, "
        "where staff see parents but rarely think of themselves as working with children.")
    d.p("Safeguarding content was added to induction for medical staff in January 2021, and the allegations policy "
        "was reviewed in October 2020.")
    d.p("Seven allegations were referred to the LADO in 2020/21, all on the day they were raised. «2:A supervision plan "
        "for adult community teams» starts in November 2021, with group supervision every six weeks.")
    d.p(SA + "[[s:Red]] / Amber / [[s:Green]] (delete as appropriate)")

    d.h1("Standard 3: Safeguarding policies and procedures")
    d.p("Our Think Family policy was rewritten in March 2021 after the partnership's review of a case involving a parent "
        "with psychosis. It requires every adult care plan to record whether the patient lives with or cares for children.")
    d.p("«3:The child visiting policy for inpatient wards» was reviewed in December 2020, and family rooms are now "
        "available on all four adult wards.")
    d.p("«3:An audit of 100 adult care records in May 2021» found that children in the household were recorded in 94 "
        "cases, and that «3:every referral to children's social care» had been discussed with the safeguarding team.")
    d.p("Our safeguarding advice line took 1,206 calls in 2020/21. A quality check of 50 calls in March 2021 found the "
        "advice given clearly recorded in 48, and information sharing followed the partnership agreement in each case.")
    d.p("Young carers are identified at assessment and, with consent, referred to the Ostmere Young Carers service.")
    d.p(SA + "Green")

    d.h1("Standard 4: Listening to children and young people")
    d.p("The CAMHS participation group, «4:Headspace Ostmere, has 12 members», and helped recruit our new consultant "
        "child and adolescent psychiatrist in May 2021.")
    d.p("Young people helped to design the new CAMHS waiting room at Dunmoor and wrote the leaflet that explains "
        "admission to the adolescent unit.")
    d.p("In the April 2021 audit «4:71% of CAMHS care plans were co-produced» with the young person, against a target "
        "of 85%.")
    d.p("We have no consistent way of feeding back to young people what changed because of their views, and «4:adult "
        "services rarely record the views» of patients' children. Both are priorities for 2022.")
    d.p(SA + "[[s:Red]] / Amber / [[s:Green]] (delete as appropriate)")

    d.h1("Common questions")
    d.h2("1. Something another agency has done during 2020/21 that improved multi-agency practice")
    d.p("Ostmere Constabulary began copying us into child notifications where the parent is open to our services, which "
        "means our care coordinators hear about incidents within a day.")
    d.h2("2. RAG self-rating against each standard")
    d.table([["Standard", "Self-assessment (delete as appropriate)"],
             ["1 Leadership and accountability", "[[s:Red]] / [[s:Amber]] / Green"],
             ["2 Safer recruitment, induction, training and development", "[[s:Red]] / Amber / [[s:Green]]"],
             ["3 Safeguarding policies and procedures", "Green"],
             ["4 Listening to children and young people", "[[s:Red]] / Amber / [[s:Green]]"]], [5598, 3700])
    d.h2("3. Commitment to the partnership's multi-agency training")
    d.p("We are committed to it. 64 Trust staff attended partnership courses in 2020/21, and the Named Nurse is a trainer "
        "on the partnership's parental mental health course.")
    d.h2("4. Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Since the Think Family training, adult teams record children in the household far more reliably, as the "
        "May 2021 audit shows. Staff tell us the course gave them the confidence to ask patients about their children.")
    d.h2("5. How do you know you have improved?")
    d.p("Audit results, the internal audit opinion and fewer concerns raised by the partnership about our attendance at "
        "child protection conferences.")
    d.p("[[b:Signed: ]]Dr Alison Greave, Director of Nursing and Quality \u2013 15 October 2021")
    gold = dict(
        file="o-ostmere-and-dunmoor-mental-health-nhs-trust-s11-2021.docx",
        agency=["Ostmere and Dunmoor Mental Health NHS Trust", "Ostmere and Dunmoor MH Trust", "ODMHT"],
        self_ratings={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "amber"},
        gaps={}, personal_data=[], late=True,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 5 - Ostmere District Council: automatic heading numbering (standard 3 missing)
# ----------------------------------------------------------------------------------------
def r5():
    d = Doc("Section 11 Self-Assessment 2021", "Priya Chandran", "Priya Chandran",
            "2021-09-01T09:00:00Z", "2021-09-27T14:37:00Z", revision=5, heading_numbering=True,
            footer="Ostmere District Council \u2013 Section 11 self-assessment 2021")
    d.p("Ostmere District Council", style="Title", allow=False)
    d.p("Section 11 Children Act 2004 self-assessment for the Ostmere Safeguarding Children Partnership, 2021",
        style="Subtitle", allow=False)
    N = True
    d.h1("Introduction", N)
    d.p("This is Ostmere District Council's Section 11 self-assessment for 2021. The council's safeguarding "
        "responsibilities cover housing, licensing, leisure, community safety and environmental health. The return was "
        "prepared by the Safeguarding Officer and agreed by the Corporate Management Team on 21 September 2021.")
    d.p("The council employs 610 staff. It has no children's social care functions, but its staff and contractors meet "
        "children and families every day, particularly in housing, leisure centres and licensed premises.")

    d.p("The council's safeguarding arrangements were reshaped in 2020 when the Safeguarding Officer post became "
        "full-time. Much of the year was spent supporting staff who were redeployed to the community hub during the "
        "pandemic, many of whom were delivering food and prescriptions to families with children for the first time.")
    d.h1("Leadership and accountability", N)
    d.h2("Named leads and governance", N)
    d.p("Neil Varga, Director of Communities, is the council's strategic lead for safeguarding, and Priya Chandran, "
        "Safeguarding Officer, is the operational lead. «1:The Safeguarding Policy Group meets every quarter» and "
        "includes a lead officer from each service.")
    d.p("The Leader of the Council, Councillor Joan Petrie, is the member champion for safeguarding and meets the "
        "strategic lead every two months.")
    d.p("The last annual safeguarding report to Cabinet was in 2019. «1:A report is scheduled for the November 2021 "
        "Cabinet», and from 2022 it will be an annual item.")
    d.h2("Commissioning and contracts", N)
    d.p("«1:A June 2021 review of 32 contracts» found that 22 (69%) contained the council's safeguarding clause. The "
        "remaining contracts, mainly leisure and events, will be varied at renewal, and procurement staff now use a "
        "safeguarding checklist.")
    d.p("Events run on council land, including the Ostmere summer festival, must now submit a safeguarding plan as part "
        "of the event application. This was introduced in April 2021 and applied to 14 events over the summer.")
    d.h2("Quality assurance", N)
    d.p("We do not yet have a regular audit of safeguarding referrals. Priya Chandran sampled 20 referrals in April 2021; "
        "17 were appropriate and timely, and the three that were not have been discussed with the services concerned.")
    d.p("Referral numbers are reported to the Corporate Management Team every six months: 94 referrals were made in "
        "2020/21, compared with 61 in 2019/20. A quarterly referral audit will start in January 2022.")
    d.p("We rate ourselves Amber against Standard 1.")

    d.h1("Safer recruitment, training and supervision", N)
    d.h2("Safer recruitment and DBS checks", N)
    d.p("«2:All 146 posts that require a DBS check» had a valid check at 31 March 2021. Licensed taxi and private hire "
        "drivers must subscribe to the DBS update service, and «2:all 388 licensed drivers were checked» every six months.")
    d.h2("Training", N)
    d.p("«2:96% of staff completed basic safeguarding e-learning» in 2020/21. Designated safeguarding officers in each "
        "service have completed the partnership's Level 3 course, and licensing officers attended child exploitation "
        "awareness training in March 2021.")
    d.p("New staff complete the e-learning in their first month, and managers confirm completion before probation is "
        "signed off. After the May 2021 elections, 29 of the 42 councillors attended a safeguarding briefing.")
    d.h2("Supervision and allegations", N)
    d.p("Officers who make safeguarding referrals have a debrief with the Safeguarding Officer within a week. Our "
        "procedure for allegations against staff was updated in January 2021; it was used twice in 2020/21 and both "
        "cases were referred to the LADO on the day they were raised.")
    d.p("Staff in the community hub and the housing options team, who deal with the most distressing calls, have "
        "monthly group supervision with an external facilitator, and managers hold a safeguarding check-in at every "
        "one-to-one meeting.")
    d.p("We rate ourselves Green against Standard 2.")

    d.h1("Listening to children and young people", N)
    d.p("The Ostmere Youth Council, supported by our Community Development team, has 24 elected members aged 11 to 18. "
        "«4:The consultation on play park improvements received 412 responses» from children and families, and six "
        "parks were redesigned as a result.")
    d.p("«4:Young people from the Youth Council sat on the panel» that recommissioned the district's youth work service "
        "in February 2021.")
    d.p("Leisure centres ask children to rate their swimming and holiday activity sessions each term; 1,030 children "
        "gave feedback in 2020/21, and the holiday programme now includes a girls-only climbing session that they asked for.")
    d.p("Our housing service does not routinely record the views of children in homeless families, and «4:we have no "
        "mechanism for feeding back» to children about how their views were used. We plan to add a children's section "
        "to housing assessments by March 2022.")
    d.p("The Youth Council presented its own report to the Communities Scrutiny Committee in March 2021, and two of "
        "its recommendations, free swimming for young carers and later bus times to the leisure centre, have been "
        "adopted.")
    d.p("We rate ourselves Amber against Standard 4.")

    d.h1("Common questions", N)
    d.h2("Something another agency has done during 2020/21 that improved multi-agency practice", N)
    d.p("Ostmere Constabulary shared its missing-from-home data with our licensing team, which led to joint night-time "
        "visits to takeaway premises and taxi ranks in the town centre.")
    d.h2("RAG self-rating against each standard", N)
    d.p("Standard 1: Amber. Standard 2: Green. Standard 4: Amber.")
    d.h2("Commitment to the partnership's multi-agency training", N)
    d.p("The council is committed to the partnership's training. Each designated safeguarding officer attends at least "
        "one partnership course a year, and 31 officers attended in 2020/21.")
    d.h2("Whether single and multi-agency training is having an impact on practice", N)
    d.p("")
    d.h2("How we know we have improved", N)
    d.p("More referrals now come from housing and licensing staff, and the April 2021 sample showed that most were "
        "appropriate and timely.")
    d.h1("Sign-off", N)
    d.p("Signed: Neil Varga, Director of Communities. Date: 27 September 2021.")
    gold = dict(
        file="o-ostmere-district-council-s11-2021.docx",
        agency=["Ostmere District Council", "District Council", "ODC"],
        self_ratings={"1": "amber", "2": "green", "3": None, "4": "amber"},
        evidence_supports={"1": "amber", "2": "green", "3": None, "4": "amber"},
        gaps={"3": ["MISSING_SECTION"], "common": ["COMMON_QUESTION_UNANSWERED"]},
        personal_data=[], late=False,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": False, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 6 - Ostmere Youth Justice Service: floating "At a glance" text boxes
# ----------------------------------------------------------------------------------------
def r6():
    d = Doc("Youth Justice Service - Section 11 2021", "Grace Adeyemi", "Grace Adeyemi",
            "2021-08-30T10:10:00Z", "2021-09-22T12:01:00Z", revision=7,
            header="Ostmere Youth Justice Service", footer="Section 11 self-assessment 2021 \u2013 OFFICIAL")
    title_block(d, "", "Section 11 self-assessment 2021 \u2013 Ostmere Youth Justice Service", [
        ("Agency", "Ostmere Youth Justice Service"),
        ("Named lead", "Grace Adeyemi, Head of Service"),
        ("Management Board chair", "Rachel Okafor, Director of Children's Services"),
        ("Date", "22 September 2021"),
    ])
    d.p("The service worked with 214 children in 2020/21, including 58 on court orders and 96 on out-of-court "
        "disposals. This return covers April 2020 to March 2021.")
    d.p("Like other services we moved to a mix of remote and face-to-face contact during the pandemic. We kept "
        "face-to-face visits for every child assessed as high risk of serious harm, and no child went more than two weeks "
        "without seeing their case manager.")
    d.p("Our self-assessment and key figures for each standard are shown in the \u2018At a glance\u2019 box beside it.")

    def box(rating, f1, f2):
        return d.box_run([("At a glance", True), ("Self-assessment: " + rating, True), (f1, False), (f2, False)])

    d.h1("Standard 1 \u2013 Leadership and accountability")
    d.p("Grace Adeyemi, Head of Service, is the named lead for safeguarding. «1:The Youth Justice Management Board is "
        "chaired by» the Director of Children's Services and includes the police, health, probation and education.",
        prefix=box("Green", "Board meetings held: 4 of 4", "Case audits in year: 6"))
    d.p("The Board met every quarter in 2020/21 with average attendance of 92%. «1:It approved the Youth Justice Plan in "
        "July 2021» and receives a safeguarding and risk report at every meeting.")
    d.p("Practice is quality assured through monthly case audits by team managers. «1:The HM Inspectorate of Probation "
        "thematic visit» in March 2021 found that \u2018safety and wellbeing was well managed in most cases\u2019, and our "
        "own audits during the year found a good safety and wellbeing plan in 88% of cases.")
    d.p("The Board's safeguarding sub-group reviews every case where a child we supervise suffers serious harm. Three "
        "reviews were completed in 2020/21, and the learning was taken to practice meetings and built into the "
        "supervision template.")
    d.p("Grace Adeyemi attends the partnership's executive and the Child Exploitation Strategic Group, and team "
        "managers sit on the monthly exploitation panel, so that the Board hears directly about risks to the children "
        "we work with.")

    d.h1("Standard 2 \u2013 Safe recruitment, induction, training and development")
    d.p("We are confident that all staff know how to respond to an allegation and that our recruitment is safe. New staff "
        "complete the council's corporate induction and a youth justice induction checklist.",
        prefix=box("Green", "DBS renewals in date: 71%", "Exploitation training: 58%"))
    d.p("Our local policy is to renew DBS checks every three years. «2:Only 71% of renewals were in date» at 31 March "
        "2021 after checks lapsed during the pandemic; the business support team aims to clear the backlog by December 2021.")
    d.p("«2:Two of our five recruiting managers» have completed safer recruitment training, which was last delivered "
        "in-house in 2018; places for the other three are booked for November 2021. «2:Nine of the 20 referral order "
        "panel volunteer files» had a completed induction checklist.")
    d.p("Induction for new case managers is carried out by team managers and is not recorded in a consistent way.")
    d.p("Child exploitation training has been completed by 58% of case managers. Supervision is monthly and was recorded "
        "in 90% of cases during the year.")

    d.h1("Standard 3 \u2013 Safeguarding policies and procedures")
    d.p("Our safeguarding procedures follow the Ostmere partnership procedures and the Youth Justice Board's case "
        "management guidance. «3:The child exploitation protocol was revised in January 2021» with the police and "
        "children's social care.",
        prefix=box("Amber", "Policies in date: 9 of 12", "Exploitation panel referrals: 37"))
    d.p("«3:37 children were referred to the exploitation panel» in 2020/21, and each had a joint safety plan with their "
        "social worker.")
    d.p("Three of our twelve policies are past their review date, including the information sharing protocol with "
        "schools, which will be reissued in December 2021. «3:A February 2021 audit of 30 cases» found that 24 had a "
        "timely referral to children's social care where one was needed.")
    d.p("Remand and custody decisions are reviewed by a manager on the day, and a case manager attends every strategy "
        "discussion for a child we supervise.")
    d.p("Information about children at risk of exploitation is shared at the weekly risk meeting with the police and "
        "children's social care, and every child discussed has a named lead professional.")

    d.h1("Standard 4 \u2013 Listening to children and young people")
    d.p("Children's views shape their own plans: «4:every AssetPlus assessment includes a self-assessment» completed with "
        "the child, and a May 2021 audit found their views reflected in 93% of intervention plans.",
        prefix=box("Green", "End-of-order feedback: 86%", "Participation group: 11 members"))
    d.p("«4:86% of children completed end-of-order feedback» in 2020/21, and 90% of them said their worker listened to them.")
    d.p("Our participation group, Voice Matters, «4:redesigned the reception area at Castle Street» and now co-delivers "
        "induction for new staff. We publish a \u2018You said, we did\u2019 newsletter every quarter.")
    d.p("Children choose where to meet their case manager where it is safe to do so, and since October 2020 two "
        "members of Voice Matters have sat on the panel for every case manager appointment.")

    d.h1("Common questions")
    d.h2("Q1 Something another agency has done during 2020/21 that improved multi-agency practice")
    d.p("Ostmere College agreed a named contact for every young person we supervise who is on roll there, which has "
        "improved attendance and cut the time taken to share concerns.")
    d.h2("Q2 RAG self-rating against each standard")
    d.p("Standard 1: Green; Standard 2: Green; Standard 3: Amber; Standard 4: Green.")
    d.h2("Q3 Commitment to the partnership's multi-agency training")
    d.p("All case managers attend the partnership's exploitation course, and we run a youth justice session within the "
        "partnership's programme twice a year.")
    d.h2("Q4 Is single and multi-agency training having an impact on practice?")
    d.p("Yes. Case managers trained in trauma-informed practice have fewer breaches on their caseloads, and children's "
        "feedback about them is more positive.")
    d.h2("Q5 How do you know you have improved?")
    d.p("HMIP's thematic findings, our audit results and children's end-of-order feedback all show improvement on 2019/20.")
    d.h1("Priorities for 2021/22")
    d.bullet("Bring all DBS renewals into date.")
    d.bullet("Safer recruitment training for every recruiting manager.")
    d.bullet("Review the three policies past their review date.")
    d.p("[[b:Signed: ]]Grace Adeyemi, Head of Service \u2013 22 September 2021")
    gold = dict(
        file="o-ostmere-youth-justice-service-s11-2021.docx",
        agency=["Ostmere Youth Justice Service", "Youth Justice Service", "OYJS"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "green"},
        gaps={"2": ["OVER_RATED"]}, personal_data=[], late=False,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 8 - Ostmere Homes: summary table with a vertically merged RAG cell
# ----------------------------------------------------------------------------------------
def r8():
    d = Doc("Ostmere Homes Section 11 2021", "Sam Pell", "Joy Ekwueme",
            "2021-08-19T11:00:00Z", "2021-09-20T10:26:00Z", revision=4,
            header="Ostmere Homes \u2013 Section 11 self-assessment 2021", footer="Ostmere Homes Housing Association")
    title_block(d, "", "Section 11 self-assessment 2021 \u2013 Ostmere Homes Housing Association", [
        ("Agency", "Ostmere Homes Housing Association"),
        ("Strategic lead", "Joy Ekwueme, Director of Housing"),
        ("Completed by", "Sam Pell, Safeguarding Manager"),
        ("Date", "20 September 2021"),
    ])
    d.p("Ostmere Homes manages 6,200 homes across Ostmere, including a 28-bed Foyer for young people aged 16 to 24. This "
        "return answers the partnership's common questions first and then gives our evidence against each standard.")
    d.p("We employ 240 staff, including tenancy officers, repairs operatives and the Foyer team, and use nine repairs "
        "and maintenance contractors. This return covers April 2020 to March 2021.")
    d.h1("Part A \u2013 Common questions")
    d.p("[[b:Q1 Something another agency has done during 2020/21 that improved multi-agency practice]]", keep_next=True)
    d.p("N/A")
    d.p("[[b:Q2 RAG self-rating against each standard]]", keep_next=True)
    GREEN, AMBER = "92D050", "FFC000"
    d.table([["Standard", "Self-assessment"],
             ["1. Leadership and accountability", {"text": "Green", "fill": GREEN, "b": True, "jc": "center", "valign": "center"}],
             ["2. Safer recruitment, induction, training and development",
              {"text": "Amber", "fill": AMBER, "b": True, "jc": "center", "valign": "center", "vmerge": "restart"}],
             ["3. Safeguarding policies and procedures", {"text": "", "fill": AMBER, "vmerge": "continue"}],
             ["4. Listening to children and young people", {"text": "Amber", "fill": AMBER, "b": True, "jc": "center", "valign": "center"}]],
            [6498, 2800])
    d.p("[[b:Q3 Commitment to the partnership's multi-agency training]]", keep_next=True)
    d.p("We are committed to it. Our tenancy sustainment officers attended the partnership's neglect and exploitation "
        "courses in 2020/21, 27 places in all.")
    d.p("[[b:Q4 Is single and multi-agency training having an impact on practice?]]", keep_next=True)
    d.p("Yes. Trained officers raise concerns earlier; most concerns logged in 2020/21 came from tenancy and repairs staff "
        "rather than from complaints.")
    d.p("[[b:Q5 How do you know you have improved?]]", keep_next=True)
    d.p("The number and quality of concerns logged has risen, and the internal audit recommendations have been closed. "
        "Children's social care told us in June 2021 that our referrals now give clearer information about the risk to "
        "the child.")

    d.h1("Part B \u2013 Evidence against the standards")
    d.h2("Standard 1 \u2013 Leadership and accountability")
    d.p("Martin Grieve, Chief Executive, is accountable for safeguarding. Joy Ekwueme, Director of Housing, is the "
        "strategic lead and Sam Pell, Safeguarding Manager, the operational lead. «1:Board member Ruth Ainsley is the "
        "safeguarding champion» and meets the Safeguarding Manager every quarter.")
    d.p("«1:The Board received the annual safeguarding report in May 2021» and agreed the safeguarding plan for 2021/22. "
        "The Safeguarding Steering Group, chaired by the Director of Housing, met every quarter.")
    d.p("«1:The internal audit of safeguarding in December 2020» gave reasonable assurance, and all three "
        "recommendations were implemented by March 2021.")
    d.p("Safeguarding is a standing item at every Executive Team meeting, and a safeguarding dashboard goes to the "
        "Board each quarter. The Board champion and the Director of Housing attended the partnership's annual conference "
        "in November 2020.")
    d.h2("Standard 2 \u2013 Safer recruitment, induction, training and development")
    d.p("«2:All 87 roles that need a DBS check» had a valid check at 31 March 2021, including Foyer staff and relief "
        "workers.")
    d.p("Recruitment panels for the Foyer include a trained manager, and references are taken up before any offer is "
        "confirmed. New staff complete safeguarding induction in their first two weeks.")
    d.p("«2:74% of frontline staff have completed Level 2» safeguarding training, against a target of 90% by March 2022. "
        "Training moved online in 2020 and repairs operatives were the slowest to complete it.")
    d.p("Contractors are required to give their operatives safeguarding induction, but «2:only 5 of our 9 contractors» "
        "have confirmed this in writing. Contract managers will check the remaining four at the next quarterly reviews.")
    d.p("Foyer staff receive monthly supervision and an annual safeguarding refresher. A short online module for repairs "
        "operatives who visit homes with children was launched in June 2021.")
    d.h2("Standard 3 \u2013 Safeguarding policies and procedures")
    d.p("Our safeguarding policy was updated in February 2021 and sets out how staff raise a concern and when to refer to "
        "children's social care. «3:143 safeguarding concerns were logged in 2020/21», and 88% of those needing a referral "
        "were referred within 24 hours.")
    d.p("Our domestic abuse policy is awaiting Domestic Abuse Housing Alliance accreditation, and «3:the information "
        "sharing agreement with the council» expired in 2020 and is being renewed.")
    d.p("«3:A policy on missing young people at the Foyer» was introduced in October 2020 with Ostmere Constabulary.")
    d.p("Staff can get advice from the Safeguarding Manager by phone throughout office hours, and out-of-hours officers "
        "have an on-call manager. The safeguarding policy and referral flowchart are on every staff tablet.")
    d.h2("Standard 4 \u2013 Listening to children and young people")
    d.p("«4:Young people at our Foyer in Wendle Street» complete a quarterly survey; 64 responses in 2020/21 led to "
        "longer opening hours for the training kitchen and a new quiet room.")
    d.p("Two young people from the Foyer sit on our Residents' Panel, and «4:the panel reviewed our anti-social behaviour "
        "leaflet» in 2021.")
    d.p("Young residents chose the furniture for the Foyer's common room in 2021 and took part in the interviews for the "
        "new Foyer manager.")
    d.p("Tenancy officers carrying out home visits record whether children live in the home, but they are not asked to "
        "speak to the children or record their views.")
    d.p("Children living in our general needs homes are not asked for their views, and «4:we have not yet fed back» to "
        "Foyer residents on the changes made after their surveys. A \u2018You said, we did\u2019 board is planned.")
    d.p("[[b:Signed: ]]Joy Ekwueme, Director of Housing \u2013 20 September 2021")
    gold = dict(
        file="o-ostmere-homes-s11-2021.docx",
        agency=["Ostmere Homes Housing Association", "Ostmere Homes", "OHHA"],
        self_ratings={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        evidence_supports={"1": "green", "2": "amber", "3": "amber", "4": "amber"},
        gaps={"common": ["COMMON_QUESTION_UNANSWERED"]}, personal_data=[], late=False,
        cq={"Q1": False, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 9 - Brightlings Children's Charity: rating words in names of places and services
# ----------------------------------------------------------------------------------------
def r9():
    d = Doc("Brightlings Section 11 return 2021", "Idris Fenwick", "Idris Fenwick",
            "2021-08-12T15:20:00Z", "2021-09-17T09:44:00Z", revision=5,
            header="Brightlings Children's Charity \u2013 Section 11 return 2021", footer="Registered charity \u2013 Ostmere")
    title_block(d, "", "Section 11 self-assessment 2021 \u2013 Brightlings Children's Charity", [
        ("Agency", "Brightlings Children's Charity"),
        ("Chief Executive", "Naomi Castellane"),
        ("Completed by", "Idris Fenwick, Head of Safeguarding"),
        ("Date", "17 September 2021"),
    ])
    d.p("Brightlings runs three services in Ostmere: Redfern Lodge, a short-breaks home for disabled children; the "
        "Greenacre family centre; and Amber Court supported housing for care leavers aged 16 to 19.")
    d.p("The charity employs 74 staff and 40 volunteers and works with about 600 children and young people a year. This "
        "return covers April 2020 to March 2021.")

    d.h1("Standard 1: Leadership and accountability")
    d.p("Naomi Castellane, Chief Executive, is accountable to the Board of Trustees, and Idris Fenwick, Head of "
        "Safeguarding, is the designated lead. Colin Marr is the lead trustee for safeguarding.")
    d.p("«1:The trustees' Safeguarding Committee met four times in 2020/21» and reviews every serious incident at "
        "Redfern Lodge, the Greenacre family centre and Amber Court.")
    d.p("In March 2021 the trustees gave the green light to fund a second safeguarding adviser, who started in June 2021. "
        "«1:Our independent safeguarding review in October 2020» made four recommendations, all now completed.")
    d.p("«1:Redfern Lodge was judged Good by Ofsted» at its last inspection, including for how well children are "
        "helped and protected.")
    d.p("Safeguarding reports go to every Board meeting, and trustees visit each service at least twice a year. The "
        "Safeguarding Committee's terms of reference were refreshed in January 2021.")
    d.p("The Head of Safeguarding attends the partnership's voluntary sector forum and represented the sector on the "
        "partnership's Practice Review Group in 2020/21.")
    d.p("[[b:Standard 1 self-assessment \u2013 Green]]")

    d.h1("Standard 2: Safer recruitment, induction, training and development")
    d.p("Every employee and volunteer has an enhanced DBS check before starting; «2:the October 2020 file audit found 100% "
        "compliance» across all three services.")
    d.p("New staff complete a five-day induction, including our \u2018red flags\u2019 module on recognising abuse of "
        "disabled children. «2:91% of staff are up to date» with safeguarding training.")
    d.p("Managers at each service complete safer recruitment training, and interview panels for Redfern Lodge include a "
        "young person from the Young Brightlings panel.")
    d.p("Supervision is the weak point: «2:at Amber Court only 70% of supervisions» took place on time in 2020/21, "
        "compared with 95% at Redfern Lodge. A new supervision rota at Amber Court started in July 2021 and is monitored "
        "monthly.")
    d.p("Volunteers at the Greenacre family centre complete the same safeguarding induction as staff. Allegations against "
        "staff or volunteers are reported to the LADO by the Head of Safeguarding; two were referred in 2020/21, both "
        "on the day the concern was raised.")
    d.p("[[b:Standard 2 self-assessment \u2013 Amber]]")

    d.h1("Standard 3: Safeguarding policies and procedures")
    d.p("Our safeguarding policy was reviewed and approved by the trustees in April 2021 and is consistent with the "
        "Ostmere partnership procedures. Separate procedures cover children missing from Redfern Lodge and young people "
        "missing from Amber Court.")
    d.p("«3:All 19 missing episodes from Amber Court» in 2020/21 were reported to the police within the agreed time, and "
        "every young person was offered a return interview.")
    d.p("«3:Our escalation procedure was used twice» in 2020/21, both times at the Greenacre family centre, and both "
        "concerns were resolved at team manager level.")
    d.p("Staff share information with social workers under the partnership's information sharing agreement, which the "
        "trustees re-signed in May 2021, and every team has a one-page guide to making a referral to the MASH.")
    d.p("«3:A September 2021 audit of 50 safeguarding records» found 48 complete and timely. In our 2019 return we rated "
        "this standard Amber; since then every action in our policy plan has been completed.")

    d.h1("Standard 4: Listening to children and young people")
    d.p("Children at Redfern Lodge have communication passports, and «4:staff use Talking Mats at every stay» so that "
        "children who do not use speech can tell us what they liked and what worried them.")
    d.p("«4:The Young Brightlings panel of 15 young people» interviews every new manager and rewrote our complaints "
        "leaflet in 2021.")
    d.p("Young people at Amber Court chair their own monthly house meeting; their suggestions led to new wi-fi and a "
        "budgeting course in 2021.")
    d.p("Complaints and compliments from children are reported to the trustees every quarter; eleven were received from "
        "children in 2020/21, and each child received a written reply in a format they could use.")
    d.p("«4:Greenacre parents and children co-designed the summer programme», and each service has a \u2018You said, we "
        "did\u2019 board that is updated monthly.")
    d.p("[[b:Standard 4 self-assessment \u2013 Green]]")

    d.h1("Common questions")
    d.p("[[b:Q1 Something another agency has done during 2020/21 that improved multi-agency practice]]", keep_next=True)
    d.p("Ostmere Constabulary's missing person coordinator now meets Amber Court staff monthly, which has reduced repeat "
        "missing episodes.")
    d.p("[[b:Q2 RAG self-rating against each standard]]", keep_next=True)
    d.p("Standard 1 \u2013 Green. Standard 2 \u2013 Amber. Standard 4 \u2013 Green.")
    d.p("[[b:Q3 Commitment to the partnership's multi-agency training]]", keep_next=True)
    d.p("We are fully committed; 38 staff attended partnership courses in 2020/21, and our trainers deliver the "
        "partnership's disabled children module.")
    d.p("[[b:Q4 Is single and multi-agency training having an impact on practice?]]", keep_next=True)
    d.p("Yes. Staff who completed the partnership exploitation course spotted red flags earlier at Amber Court, and two "
        "young people were referred to the exploitation panel as a result.")
    d.p("[[b:Q5 How do you know you have improved?]]", keep_next=True)
    d.p("Through our audits, the independent review and what children and young people tell us.")
    d.p("[[b:Signed: ]]Naomi Castellane, Chief Executive \u2013 17 September 2021")
    gold = dict(
        file="o-brightlings-childrens-charity-s11-2021.docx",
        agency=["Brightlings Children's Charity", "Brightlings", "BCC"],
        self_ratings={"1": "green", "2": "amber", "3": None, "4": "green"},
        evidence_supports={"1": "green", "2": "amber", "3": "green", "4": "green"},
        gaps={"3": ["MISSING_RATING"]}, personal_data=[], late=False,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return d, gold


# ----------------------------------------------------------------------------------------
# Return 7 - Ostmere College: PDF "saved from Word" with a table of contents
# ----------------------------------------------------------------------------------------
def r7():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from reportlab.platypus.tableofcontents import TableOfContents

    frags = {k: [] for k in "1234"}

    def strip(s):
        def rep(m):
            frags[m.group(1)].append(m.group(2))
            return m.group(2)
        return FRAG_RE.sub(rep, s)

    def x(s):
        return esc(strip(s))

    body = ParagraphStyle("Body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    h1 = ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                        textColor=colors.HexColor("#1F3864"), keepWithNext=1)
    h2 = ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3,
                        textColor=colors.HexColor("#2F5496"), keepWithNext=1)
    title = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=6,
                           textColor=colors.HexColor("#1F3864"))
    sub = ParagraphStyle("S", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=18,
                         textColor=colors.HexColor("#595959"))
    rating = ParagraphStyle("R", parent=body, fontName="Helvetica-Bold")
    cell = ParagraphStyle("C", fontName="Helvetica", fontSize=10, leading=13)
    cellb = ParagraphStyle("CB", parent=cell, fontName="Helvetica-Bold")

    class CollegeDoc(BaseDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, Paragraph) and f.style.name == "H1":
                self.notify("TOCEntry", (0, f.getPlainText(), self.page))

    def decorate(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(colors.HexColor("#404040"))
        canv.drawString(2 * cm, A4[1] - 1.3 * cm, "Ostmere College | Section 11 Self-Assessment 2021")
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "OFFICIAL")
        canv.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        canv.drawString(2 * cm, 1.2 * cm, "Ostmere College of Further Education")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()

    story = [Paragraph("Ostmere College", title),
             Paragraph("Section 11 (Children Act 2004) Self-Assessment 2021 for the Ostmere Safeguarding Children "
                       "Partnership", sub),
             Paragraph("Contents", ParagraphStyle("TOCH", parent=h2, fontSize=13, spaceAfter=8))]
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ParagraphStyle("TOC1", fontName="Helvetica", fontSize=10.5, leading=18, leftIndent=0)]
    story += [toc, PageBreak()]

    def H(t):
        story.append(Paragraph(esc(t), h1))

    def P(t, st=body):
        story.append(Paragraph(x(t), st))

    H("Introduction")
    P("This is Ostmere College's Section 11 self-assessment for 2021. The college has 3,900 students, including 1,650 "
      "aged 16 to 18 and 140 with education, health and care plans, on two campuses. The return was approved by the "
      "Corporation's Search and Governance Committee on 20 September 2021.")
    P("Provision includes apprenticeships, a 14 to 16 programme for 85 school pupils, supported internships and adult "
      "learning. Safeguarding covers every learner, including adults at risk, but this return concentrates on "
      "children and young people.")
    H("Standard 1: Leadership and accountability")
    P("Dr Hannah Whitcombe, Principal, is accountable for safeguarding. Owen Brandt, Designated Safeguarding Lead, is "
      "a member of the senior leadership team and leads four deputy DSLs. Lorna Fitch is the governor for safeguarding.")
    P("«1:The Corporation receives a termly safeguarding report», and the annual safeguarding report was approved on "
      "12 July 2021.")
    P("«1:Ofsted's inspection in November 2019 judged safeguarding effective», and the annual safeguarding audit "
      "carried out with the safeguarding governor in June 2021 confirmed that all actions had been completed.")
    P("Subcontracted provision is monitored by the quality team: «1:all seven subcontractors were audited» for "
      "safeguarding in 2020/21.")
    P("Safeguarding is a standing item at every senior leadership team meeting, and the DSL meets the Principal "
      "fortnightly. All 14 governors completed safeguarding training in October 2020.")
    P("Self-assessment: Green", rating)
    H("Standard 2: Safer recruitment, induction, training and development")
    P("«2:The January, April and July 2021 checks» of the single central record found every record complete; the "
      "record is checked monthly by HR and termly by the safeguarding governor.")
    P("«2:98% of the 640 staff completed annual safeguarding training», and all new staff complete safeguarding "
      "induction in their first week.")
    P("Allegations: «2:three allegations were referred to the LADO» in 2020/21, each within one working day, and all "
      "were managed to a conclusion.")
    P("Safer recruitment training has been completed by all 31 staff who sit on interview panels, and every panel "
      "includes at least one trained member. The safeguarding team receives monthly supervision from an external "
      "clinical supervisor.")
    P("Self-assessment: Green", rating)
    H("Standard 3: Safeguarding policies and procedures")
    P("Our safeguarding and child protection policy was reviewed in August 2021 in line with Keeping Children Safe in "
      "Education 2021.")
    P("The Prevent risk assessment was updated in March 2021, and referral routes to children's social care and the "
      "MASH are set out on a one-page guide given to every member of staff.")
    P("«3:CPOMS was introduced in January 2021», and 87% of concerns logged since then were actioned on the same day.")
    P("There are shortfalls. «3:Our sexual harassment action plan is still in progress» following Ofsted's June "
      "2021 review of sexual abuse in schools and colleges, and the online safety policy has not been updated for "
      "remote learning. «3:A student survey on peer-on-peer abuse» is planned for November 2021.")
    P("Self-assessment: Amber", rating)
    H("Standard 4: Listening to children and young people")
    P("«4:1,480 students completed the safeguarding survey» in March 2021, and 94% said they feel safe at college.")
    P("Student forums meet termly on each campus and the Students' Union president sits on the Corporation. "
      "«4:Following the survey, lighting was improved» in the Westgate car park and a quiet room opened in the library.")
    P("Students with education, health and care plans give their views through their key workers, and the 2021 "
      "survey had an easy-read version, completed by 96 students. Student safeguarding ambassadors were recruited "
      "on both campuses in 2020/21 and helped to write the student safeguarding guide.")
    P("\u2018You said, we did\u2019 «4:posters are displayed on every campus each term», and the survey will be repeated in "
      "March 2022 so that we can measure change.")
    P("Self-assessment: Amber. We have kept this standard at Amber so as not to be complacent.", rating)
    H("Common questions")
    for q, a in [
        ("Q1 Something another agency has done during 2020/21 that improved multi-agency practice",
         "Ostmere Youth Justice Service gave us a named contact for every student it supervises, so concerns are shared "
         "within a day."),
        ("Q2 RAG self-rating against each standard",
         "Standard 1 Green; Standard 2 Green; Standard 3 Amber; Standard 4 Amber."),
        ("Q3 Commitment to the partnership's multi-agency training",
         "All DSLs attend partnership training each year; 22 staff attended partnership courses in 2020/21."),
        ("Q4 Is single and multi-agency training having an impact on practice?",
         "Yes. Referrals made by trained staff are better evidenced and fewer are returned by the MASH for more "
         "information."),
        ("Q5 How do you know you have improved?",
         "Through the student survey, CPOMS data and our annual safeguarding audit."),
    ]:
        story.append(Paragraph(esc(q), h2))
        P(a)
    H("Sign-off")
    t = Table([[Paragraph("Signed", cellb), Paragraph("Dr Hannah Whitcombe, Principal", cell)],
               [Paragraph("Designated Safeguarding Lead", cellb), Paragraph("Owen Brandt", cell)],
               [Paragraph("Date", cellb), Paragraph("29 September 2021", cell)],
               [Paragraph("Overall rating for Ostmere College: Amber", cellb), ""]],
              colWidths=[8 * cm, 8.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (0, 2), colors.HexColor("#F2F2F2")),
                           ("SPAN", (0, 3), (1, 3)),
                           ("BACKGROUND", (0, 3), (1, 3), colors.HexColor("#FFC000")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)

    buf = io.BytesIO()
    doc = CollegeDoc(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                     bottomMargin=2 * cm, title="Ostmere College Section 11 Self-Assessment 2021", author="Owen Brandt",
                     subject="Section 11 self-assessment", creator="Microsoft\u00ae Word for Microsoft 365",
                     producer="Microsoft\u00ae Word for Microsoft 365", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=decorate)])
    # multiBuild runs the story more than once; collect fragments from the first pass only
    doc.multiBuild(story)
    gold = dict(
        file="o-ostmere-college-s11-2021.pdf",
        agency=["Ostmere College of Further Education", "Ostmere College", "OCFE"],
        self_ratings={"1": "green", "2": "green", "3": "amber", "4": "amber"},
        evidence_supports={"1": "green", "2": "green", "3": "amber", "4": "green"},
        gaps={"4": ["UNDER_RATED"]}, personal_data=[], late=False,
        cq={"Q1": True, "Q2": True, "Q3": True, "Q4": True, "Q5": True})
    return buf.getvalue(), frags, gold


# ----------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------
def forbidden_for(gaps):
    if not gaps:
        return list(GAPS)
    g = gaps[0]
    if g == "MISSING_SECTION":
        return []
    if g == "MISSING_RATING":
        return ["MISSING_SECTION"]
    if g == "OVER_RATED":
        return ["UNDER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    if g == "UNDER_RATED":
        return ["OVER_RATED", "MISSING_SECTION", "MISSING_RATING"]
    raise ValueError(g)


def gold_obj(g, frags):
    gaps = g["gaps"]
    # consistency of the plan
    for k in "1234":
        s, e = g["self_ratings"][k], g["evidence_supports"][k]
        kind = (gaps.get(k) or [None])[0]
        if kind == "MISSING_SECTION":
            assert s is None and e is None and not frags[k], (g["file"], k)
        elif kind == "MISSING_RATING":
            assert s is None and e is not None, (g["file"], k)
        elif kind == "OVER_RATED":
            assert LEVEL[s] > LEVEL[e], (g["file"], k)
        elif kind == "UNDER_RATED":
            assert LEVEL[s] < LEVEL[e], (g["file"], k)
        else:
            assert s == e and s is not None, (g["file"], k)
        if kind != "MISSING_SECTION":
            assert len(frags[k]) == 3, (g["file"], k, frags[k])
    all_answered = all(g["cq"].values())
    assert all_answered == ("common" not in gaps), g["file"]
    forb = {k: forbidden_for(gaps.get(k)) for k in "1234"}
    if all_answered:
        forb["common"] = ["COMMON_QUESTION_UNANSWERED"]
    return {
        "file": g["file"], "agency": g["agency"], "status": "ok", "error_code": None, "framework": "gscp-2021",
        "self_ratings": g["self_ratings"], "evidence_supports": g["evidence_supports"],
        "evidence_must_include": {k: frags[k] for k in "1234"},
        "gaps_expected": {k: v for k, v in gaps.items()},
        "gaps_forbidden": forb, "personal_data": g["personal_data"], "late": g["late"],
        "common_questions_answered": g["cq"],
    }


def js(s):
    return json.dumps(s, ensure_ascii=False)


def gold_yaml(o):
    def rd(d):
        return "{" + ", ".join(f'"{k}": {v if v else "null"}' for k, v in d.items()) + "}"

    def gl(d):
        return "{" + ", ".join(f'"{k}": [' + ", ".join(v) + "]" for k, v in d.items()) + "}"

    L = [f"file: {o['file']}",
         "agency: [" + ", ".join(js(a) for a in o["agency"]) + "]",
         "status: ok", "error_code: null", "framework: gscp-2021",
         "self_ratings: " + rd(o["self_ratings"]),
         "evidence_supports: " + rd(o["evidence_supports"]),
         "evidence_must_include:"]
    for k, v in o["evidence_must_include"].items():
        L.append(f'  "{k}": [' + ", ".join(js(f) for f in v) + "]")
    L.append("gaps_expected: " + gl(o["gaps_expected"]))
    L.append("gaps_forbidden:")
    for k, v in o["gaps_forbidden"].items():
        L.append(f'  "{k}": [' + ", ".join(v) + "]")
    L.append("personal_data: [" + ", ".join(js(p) for p in o["personal_data"]) + "]")
    L.append("late: " + ("true" if o["late"] else "false"))
    L.append("common_questions_answered: {" + ", ".join(
        f'"{k}": ' + ("true" if v else "false") for k, v in o["common_questions_answered"].items()) + "}")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------
# Build all
# ----------------------------------------------------------------------------------------
def build_all():
    out = []
    for fn in (r1, r2, r3, r4, r5, r6, r8, r9):
        d, g = fn()
        data = d.build()
        o = gold_obj(g, d.frags)
        out.append((g["file"], data, o))
    pdf, frags, g = r7()
    # multiBuild may run the story several times; Paragraph text was stripped once at creation
    o = gold_obj(g, frags)
    out.insert(6, (g["file"], pdf, o))
    return out


# ----------------------------------------------------------------------------------------
# Independent readers used by --check (accepted view, as Word shows it)
# ----------------------------------------------------------------------------------------
W = "{%s}" % W_NS
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
SKIP = {W + "del", W + "delText", W + "instrText", W + "txbxContent", W + "drawing", W + "pict",
        MC + "AlternateContent", W + "moveFrom", W + "commentReference"}


def _walk(el, out):
    tag = el.tag
    if tag in SKIP:
        return
    if tag == W + "t":
        out.append(el.text or "")
    elif tag == W + "tab":
        out.append("\t")
    elif tag in (W + "br", W + "cr"):
        out.append("\n")
    elif tag == W + "fldChar" and el.get(W + "fldCharType") == "begin":
        dd = el.find(f"{W}ffData/{W}ddList")
        if dd is not None:
            entries = [e.get(W + "val") for e in dd.findall(W + "listEntry")]
            r = dd.find(W + "result")
            dflt = dd.find(W + "default")
            idx = int(r.get(W + "val")) if r is not None else (int(dflt.get(W + "val")) if dflt is not None else 0)
            out.append(entries[idx] if entries else "")
    for c in el:
        _walk(c, out)


def _has_ancestor(el, tag):
    p = el.getparent()
    while p is not None:
        if p.tag == tag:
            return True
        p = p.getparent()
    return False


def read_docx(data):
    """Return (body paragraphs in accepted view, other texts: text boxes, comments, deleted text, headers)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    paras, other = [], []
    for p in root.iter(W + "p"):
        if _has_ancestor(p, W + "txbxContent"):
            continue
        out = []
        _walk(p, out)
        paras.append("".join(out))
    for tb in root.iter(W + "txbxContent"):
        other.append(" ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tb.iter(W + "p")))
    other.append(" ".join(dt.text or "" for dt in root.iter(W + "delText")))
    for name in z.namelist():
        if name in ("word/comments.xml",) or name.startswith("word/header") or name.startswith("word/footer"):
            r = etree.fromstring(z.read(name))
            other.append(" ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in r.iter(W + "p")))
    return paras, other


def read_pdf(data):
    import pdfplumber
    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines += (page.extract_text() or "").split("\n")
    return lines, []


def check_file(name, data, gold):
    errs = []
    units, other = (read_pdf(data) if name.endswith(".pdf") else read_docx(data))
    full = "\n".join(units)
    for k, fl in gold["evidence_must_include"].items():
        for f in fl:
            n_words = len(f.split())
            if not 3 <= n_words <= 10:
                errs.append(f"{name}: fragment {k} has {n_words} words: {f!r}")
            per_unit = sum(u.count(f) for u in units)
            if per_unit != 1 or full.count(f) != 1:
                errs.append(f"{name}: fragment {k} found {per_unit}x in units / {full.count(f)}x overall: {f!r}")
            if any(f in o for o in other):
                errs.append(f"{name}: fragment {k} also in box/comment/deleted/header text: {f!r}")
    for pdx in gold["personal_data"]:
        if pdx not in full:
            errs.append(f"{name}: personal data not visible: {pdx!r}")
    return errs, units


def main():
    args = sys.argv[1:]
    built = build_all()
    if "--check" in args or "--dump" in args:
        errs = []
        for name, data, o in built:
            path = os.path.join(SUB, name)
            gpath = os.path.join(GOLD, name + ".yml")
            if "--check" in args:
                if not os.path.exists(path) or open(path, "rb").read() != data:
                    errs.append(f"{name}: bytes on disk differ from rebuild")
                y = gold_yaml(o)
                if not os.path.exists(gpath) or open(gpath, encoding="utf-8").read() != y:
                    errs.append(f"{name}: gold on disk differs from rebuild")
                if yaml.safe_load(y) != o:
                    errs.append(f"{name}: gold YAML does not round-trip")
            disk = open(path, "rb").read() if os.path.exists(path) else data
            e, units = check_file(name, disk, o)
            errs += e
            if "--dump" in args:
                print("=" * 30, name, f"({len(' '.join(units).split())} words)")
                print("\n".join(u for u in units if u.strip()))
        if "--check" in args:
            if errs:
                print("\n".join(errs))
                print(f"CHECK FAILED: {len(errs)} problem(s)")
                sys.exit(1)
            print(f"check OK: {len(built)} files, bytes and gold identical, all fragments found exactly once")
        return
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, data, o in built:
        with open(os.path.join(SUB, name), "wb") as fh:
            fh.write(data)
        with open(os.path.join(GOLD, name + ".yml"), "w", encoding="utf-8") as fh:
            fh.write(gold_yaml(o))
        print("wrote", name)


if __name__ == "__main__":
    main()
