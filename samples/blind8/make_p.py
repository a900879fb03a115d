#!/usr/bin/env python3
"""Writer p - Pellbury Safeguarding Children Partnership blind corpus (8 PDF + 1 DOCX).

Usage:
    make_p.py           build submissions/p-*.{pdf,docx} and gold/p-*.yml
    make_p.py --check   rebuild in memory, compare bytes and gold with disk,
                        and check every evidence fragment occurs exactly once

Evidence fragments are marked in the source text as «N:fragment» (N = standard);
the markers are stripped from the documents and the gold is generated from them.
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SUB = os.path.join(HERE, 'submissions')
GOLD = os.path.join(HERE, 'gold')
NB = '\u00a0'          # glue used inside fragments so that they never wrap
PW, PH = A4

DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
_fonts_done = False


def register_fonts():
    global _fonts_done
    if not _fonts_done:
        pdfmetrics.registerFont(TTFont('DejaVuSans', DEJAVU))
        pdfmetrics.registerFont(TTFont('DejaVuSans-Bold', DEJAVU_B))
        _fonts_done = True


# ----------------------------------------------------------------------------
# fragments
# ----------------------------------------------------------------------------
FRAG_RE = re.compile(r'«([1-4]):(.*?)»')


class Frags:
    def __init__(self):
        self.d = {'1': [], '2': [], '3': [], '4': []}

    def t(self, s, glue=True):
        def rep(m):
            k, frag = m.group(1), m.group(2)
            self.d[k].append(frag)
            return frag.replace(' ', NB) if glue else frag
        out = FRAG_RE.sub(rep, s)
        assert '«' not in out and '»' not in out, s
        return out


def unglue(s):
    return s.replace(NB, ' ')


# ----------------------------------------------------------------------------
# hyphenation (used by the typeset return only)
# ----------------------------------------------------------------------------
HYPH_WORDS = """
safe|guard|ing super|vi|sion part|ner|ship part|ner|ship's re|cruit|ment com|mis|sion|ing
com|mis|sioned ac|count|abil|ity or|gan|isa|tion or|gan|isa|tions de|vel|op|ment prac|ti|tion|ers
in|for|ma|tion ex|ploit|a|tion as|sur|ance in|de|pend|ent des|ig|nated al|leg|a|tions pro|ced|ures
pro|ced|ure chil|dren's com|pli|ance im|prove|ment im|prove|ments pro|fes|sion|al pro|fes|sion|als
gov|er|nance ef|fect|ive|ness Clin|ic|al prov|id|ers prov|id|er per|form|ance in|ter|col|le|gi|ate
pro|gramme vac|cin|a|tion con|fer|ence con|fer|ences re|quire|ments ap|point|ments in|cor|por|ate
man|age|ment quar|ter|ly ex|ec|ut|ive lead|er|ship re|com|mend|a|tions im|ple|men|ted en|hanced
cer|ti|fic|ates con|tract con|tracts sus|pend|ed vir|tu|al|ly in|ter|rup|tion tra|ject|or|ies
mon|it|ored stand|ard stand|ards sched|ule Com|mit|tee Gov|ern|ing ar|range|ments pri|or|ity
con|fid|ence in|tra|net hand|book re|viewed re|ceived ap|proved com|pleted train|ing re|port|ing
sub|groups fe|male gen|it|al mu|til|a|tion do|mest|ic as|sess|ment as|sess|ments ser|vices
op|er|a|tion|al pro|tec|tion ini|tial de|sig|nated re|ports re|port con|sist|ently re|spons|ib|il|it|ies
of|fi|cers com|mis|sion|ers ap|point|ed ed|uc|a|tion fol|low|ing to|geth|er con|tin|ued
Gov|ern|ing dash|board dash|boards im|ple|ment|a|tion par|ti|cip|a|tion re|spond|ed
ex|cep|tions meet|ings
"""


def _hyph_table():
    tab = {}
    for w in HYPH_WORDS.split():
        parts = w.split('|')
        word = ''.join(parts)
        pts, n = [], 0
        for p in parts[:-1]:
            n += len(p)
            pts.append(n)
        tab[word.lower()] = pts
    return tab


HYPH = _hyph_table()


def split_candidates(text):
    """Possible (head-with-hyphen, tail) splits of one word token."""
    out = []
    if NB in text:
        return out
    m = re.match(r"^([(\"']?)([A-Za-z']+)(.*)$", text)
    if m:
        lead, core, trail = m.groups()
        pts = HYPH.get(core.lower())
        if pts and not trail.startswith('-'):
            for p in pts:
                if p >= 2 and len(core) - p >= 3:
                    out.append((lead + core[:p] + '-', core[p:] + trail))
    for j, ch in enumerate(text):
        if ch == '-' and 2 <= j < len(text) - 3:
            out.append((text[:j + 1], text[j + 1:]))
    return out


# ----------------------------------------------------------------------------
# wrapping and line layout
# ----------------------------------------------------------------------------
def tokens_of(text, font, bold, size):
    toks = []
    for i, part in enumerate(text.split('**')):
        f = bold if i % 2 else font
        for w in part.split(' '):
            if w:
                toks.append((w, f, size))
    return toks


def tok_w(t):
    return stringWidth(unglue(t[0]), t[1], t[2])


def wrap(toks, maxw, hyph=False, bold_fonts=()):
    lines, cur, curw = [], [], 0.0
    toks = list(toks)
    i = 0
    nsplit = 0
    while i < len(toks):
        t = toks[i]
        w = tok_w(t)
        sp = stringWidth(' ', t[1], t[2])
        if not cur:
            cur, curw = [t], w
            i += 1
            continue
        if curw + sp + w <= maxw:
            cur.append(t)
            curw += sp + w
            i += 1
            continue
        if hyph and t[1] not in bold_fonts:
            avail = maxw - curw - sp
            best = None
            for a, b in split_candidates(t[0]):
                if stringWidth(a, t[1], t[2]) <= avail:
                    if best is None or len(a) > len(best[0]):
                        best = (a, b)
            if best:
                cur.append((best[0], t[1], t[2]))
                lines.append(cur)
                cur, curw = [], 0.0
                toks[i] = (best[1], t[1], t[2])
                nsplit += 1
                continue
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines, nsplit


def runs_of(line):
    """Merge tokens of one line into (text, font, size) runs (spaces included)."""
    runs = []
    for j, (w, f, s) in enumerate(line):
        txt = unglue(w) + (' ' if j < len(line) - 1 else '')
        if runs and runs[-1][1] == f and runs[-1][2] == s:
            runs[-1] = (runs[-1][0] + txt, f, s)
        else:
            runs.append((txt, f, s))
    return runs


def wrap_plain(text, font, size, maxw):
    """Wrap a clean/glued string into plain unglued line strings (no hyphenation)."""
    out = []
    for para in text.split('\n'):
        lines, _ = wrap(tokens_of(para, font, font, size), maxw)
        if not lines:
            out.append('')
        for ln in lines:
            out.append(''.join(r[0] for r in runs_of(ln)))
    return out


class Layout:
    """Positions lines onto A4 pages; each op is a dict drawn later."""

    def __init__(self, left=56, right=56, top=60, bottom=62):
        self.left, self.top, self.bottom = left, top, bottom
        self.width = PW - left - right
        self.pages = []
        self.block = 0
        self.splits = 0
        self.newpage()

    def newpage(self):
        self.pages.append([])
        self.y = PH - self.top

    def op(self, **kw):
        self.pages[-1].append(kw)

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def space(self, h):
        self.y -= h

    def para(self, text, font='Helvetica', bold='Helvetica-Bold', size=10, leading=13.5,
             x=None, width=None, justify=False, hyph=False, role='para', after=6,
             color=black, keep=2):
        x = self.left if x is None else x
        width = self.width if width is None else width
        lines, ns = wrap(tokens_of(text, font, bold, size), width, hyph, (bold,))
        self.splits += ns
        self.block += 1
        self.need(leading * min(keep, len(lines)))
        for i, ln in enumerate(lines):
            if self.y - leading < self.bottom:
                self.newpage()
            self.y -= leading
            runs = runs_of(ln)
            ws = 0.0
            if justify and i < len(lines) - 1:
                nat = sum(stringWidth(r[0], r[1], r[2]) for r in runs)
                nsp = sum(r[0].count(' ') for r in runs)
                if nsp:
                    ws = (width - nat) / nsp
                    if ws > 3.2:       # underfull line: leave it ragged rather than gappy
                        ws = 0.0
            self.op(kind='line', x=x, y=self.y, runs=runs, ws=ws, role=role,
                    block=self.block, color=color)
        self.y -= after
        return lines

    def heading(self, text, font='Helvetica-Bold', size=12, leading=16, before=6, after=3,
                role='heading', color=black, keep=4):
        self.need(before + leading + 13.5 * keep)
        self.y -= before
        return self.para(text, font=font, bold=font, size=size, leading=leading, role=role,
                         after=after, color=color, keep=1)


def draw_ops(c, ops):
    cur_ws = 0.0          # Tw is part of the graphics state and persists between BT/ET
    for o in ops:
        k = o['kind']
        if k == 'line':
            c.setFillColor(o.get('color', black))
            t = c.beginText(o['x'], o['y'])
            ws = o.get('ws') or 0.0
            if ws != cur_ws:
                t.setWordSpace(ws)
                cur_ws = ws
            for txt, f, s in o['runs']:
                t.setFont(f, s)
                t.textOut(txt)
            c.drawText(t)
        elif k == 'text':
            c.setFillColor(o.get('color', black))
            c.setFont(o['font'], o['size'])
            if o.get('align') == 'right':
                c.drawRightString(o['x'], o['y'], o['text'])
            elif o.get('align') == 'center':
                c.drawCentredString(o['x'], o['y'], o['text'])
            else:
                c.drawString(o['x'], o['y'], o['text'])
        elif k == 'rect':
            c.setFillColor(o.get('fill', white))
            c.setStrokeColor(o.get('stroke', black))
            c.rect(o['x'], o['y'], o['w'], o['h'], stroke=1 if o.get('stroke') else 0,
                   fill=1 if o.get('fill') else 0)
        elif k == 'hline':
            c.setStrokeColor(o.get('stroke', black))
            c.setLineWidth(o.get('lw', 0.5))
            c.line(o['x1'], o['y'], o['x2'], o['y'])
        else:
            raise ValueError(k)


def new_canvas(buf, title, author, creator, subject=None, producer=None):
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if subject:
        c.setSubject(subject)
    if producer:
        c.setProducer(producer)
    return c


def render_layout(lay, title, author, creator, footer=None, order=None, producer=None):
    buf = io.BytesIO()
    c = new_canvas(buf, title, author, creator, producer=producer)
    n = len(lay.pages)
    for i, ops in enumerate(lay.pages):
        ops = list(ops)
        if footer:
            ops = footer(i + 1, n) + ops
        if order:
            ops = order(ops)
        draw_ops(c, ops)
        c.showPage()
    c.save()
    return buf.getvalue(), n


GREY = Color(0.35, 0.35, 0.35)
NAVY = Color(0.10, 0.20, 0.42)


# ----------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------
ALLGAPS = ['OVER_RATED', 'UNDER_RATED', 'MISSING_SECTION', 'MISSING_RATING']
RANK = {'red': 0, 'amber': 1, 'green': 2}


def make_gold(fname, agency, own, ev, plants, frags, personal=(), late=False, unanswered=()):
    """plants: {std: 'OVER'|'UNDER'|'MS'|'MR'}"""
    expected, forbidden = {}, {}
    for k in '1234':
        p = plants.get(k)
        if p is None:
            assert own[k] == ev[k] and own[k] is not None, (fname, k)
            forbidden[k] = list(ALLGAPS)
        elif p == 'OVER':
            assert RANK[own[k]] > RANK[ev[k]], (fname, k)
            expected[k] = ['OVER_RATED']
            forbidden[k] = ['UNDER_RATED', 'MISSING_SECTION', 'MISSING_RATING']
        elif p == 'UNDER':
            assert RANK[own[k]] < RANK[ev[k]], (fname, k)
            expected[k] = ['UNDER_RATED']
            forbidden[k] = ['OVER_RATED', 'MISSING_SECTION', 'MISSING_RATING']
        elif p == 'MS':
            assert own[k] is None and ev[k] is None and not frags[k], (fname, k)
            expected[k] = ['MISSING_SECTION']
            forbidden[k] = []
        elif p == 'MR':
            assert own[k] is None and ev[k] is not None, (fname, k)
            expected[k] = ['MISSING_RATING']
            forbidden[k] = ['MISSING_SECTION']
        if p != 'MS':
            assert len(frags[k]) == 3, (fname, k, frags[k])
    cqa = {'Q%d' % i: ('Q%d' % i) not in unanswered for i in range(1, 6)}
    if unanswered:
        expected['common'] = ['COMMON_QUESTION_UNANSWERED']
    else:
        forbidden['common'] = ['COMMON_QUESTION_UNANSWERED']
    for k in '1234':
        for f in frags[k]:
            n = len(f.split())
            assert 3 <= n <= 10, (fname, f)
    return dict(file=fname, agency=list(agency), own=own, ev=ev, frags=frags,
                expected=expected, forbidden=forbidden, personal=list(personal),
                late=late, cqa=cqa)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def gold_yaml(g):
    def rmap(d):
        return '{' + ', '.join('"%s": %s' % (k, d[k] if d[k] else 'null') for k in '1234') + '}'

    def gmap(d):
        return '{' + ', '.join('"%s": [%s]' % (k, ', '.join(v)) for k, v in d.items()) + '}'

    L = ['file: %s' % g['file'],
         'agency: [%s]' % ', '.join(q(a) for a in g['agency']),
         'status: ok',
         'error_code: null',
         'framework: gscp-2021',
         'self_ratings: %s' % rmap(g['own']),
         'evidence_supports: %s' % rmap(g['ev']),
         'evidence_must_include:']
    for k in '1234':
        L.append('  "%s": [%s]' % (k, ', '.join(q(f) for f in g['frags'][k])))
    L.append('gaps_expected: %s' % gmap(g['expected']))
    L.append('gaps_forbidden:')
    for k, v in g['forbidden'].items():
        L.append('  "%s": [%s]' % (k, ', '.join(v)))
    L.append('personal_data: [%s]' % ', '.join(q(p) for p in g['personal']))
    L.append('late: %s' % ('true' if g['late'] else 'false'))
    L.append('common_questions_answered: {%s}' % ', '.join(
        '"%s": %s' % (k, 'true' if v else 'false') for k, v in g['cqa'].items()))
    return '\n'.join(L) + '\n'


# ----------------------------------------------------------------------------
# common text helpers
# ----------------------------------------------------------------------------
STD_TITLES = {
    '1': 'Leadership and accountability',
    '2': 'Staff safe recruitment, induction, training and development',
    '3': 'Safeguarding policies and procedures',
    '4': 'Listening to children and young people',
}
CQ_TITLES = {
    'Q1': 'Something another agency has done during 20/21 that has improved multi-agency practice',
    'Q2': 'RAG self-rating against each standard (summary)',
    'Q3': "Your agency's commitment to the Partnership's multi-agency training",
    'Q4': 'Is single and multi-agency training having an impact on practice?',
    'Q5': 'How do you know your agency has improved?',
}


# ============================================================================
# 1. Fillable PDF form (AcroForm) - Pellbury Community Health NHS Trust
# ============================================================================
def build_form():
    F = Frags()
    fname = 'p-pellbury-community-health-s11-2021.pdf'
    head = [
        ('agency_name', 'Name of agency', 'Pellbury Community Health NHS Trust'),
        ('completed_by', 'Completed by (name and role)',
         'Dawn Okafor, Named Nurse for Safeguarding Children'),
        ('signed_off_by', 'Signed off by (senior leader)',
         'Helen Marlowe, Chief Nurse and Executive Lead for Safeguarding'),
        ('date', 'Date', '21 September 2021'),
    ]
    stds = {
        '1': dict(
            guide='Named leads; board oversight and governance; safeguarding in commissioning '
                  'and contracts; internal quality assurance.',
            evidence=(
                "Helen Marlowe, Chief Nurse, is the executive lead for safeguarding and a member of the "
                "Pellbury Safeguarding Children Partnership executive. «1:Dawn Okafor, Named Nurse for "
                "Safeguarding Children, leads» a team of six specialist practitioners, and the Named Doctor, "
                "Dr Imran Qureshi, has four sessions a week for safeguarding.\n"
                "The Trust Board received the safeguarding annual report on 14 July 2021, and «1:quarterly "
                "safeguarding dashboards went to every Quality and Safety Committee» during 2020/21, with "
                "exceptions escalated to the Board.\n"
                "Safeguarding requirements are written into all eleven subcontracted service specifications. "
                "«1:The contract review in February 2021 found all eleven» providers compliant; two were asked "
                "to update their training records and both did so by April 2021.\n"
                "Internal assurance: the rolling audit programme completed four safeguarding audits in the year "
                "(records, supervision, Was Not Brought and voice of the child). Each was reported to the "
                "Safeguarding Assurance Group and 23 of the 26 resulting actions were closed by August 2021."),
            dev="A Board development session on contextual safeguarding is booked for 9 November 2021. "
                "Safeguarding will be added to the divisional performance reviews from quarter 3.",
            rating='Green'),
        '2': dict(
            guide='Safer recruitment and DBS; induction; training compliance; supervision; '
                  'management of allegations against staff.',
            evidence=(
                "Recruitment follows the NHS Employment Check Standards. Every post with access to children "
                "requires an enhanced DBS check with barred list; «2:a sample audit of 60 personnel files in "
                "April 2021» found 58 complete, the two gaps being missing second references, since obtained.\n"
                "Level 3 safeguarding children training compliance was «2:81% against the Trust target of "
                "90%» at 31 March 2021 (Level 1: 95%, Level 2: 92%). The shortfall follows the pause in "
                "face-to-face training in 2020; virtual Level 3 sessions have run twice a month since January 2021.\n"
                "Safeguarding supervision for health visitors and school nurses is quarterly, but «2:only 68% of "
                "eligible staff received all four sessions» in 2020/21. A third safeguarding supervisor started "
                "in August 2021.\n"
                "All new starters complete safeguarding induction in their first week. The managing allegations "
                "policy was reviewed in June 2021; we consulted the LADO on seven occasions and all seven were "
                "managed within the policy timescales."),
            dev="Reach 90% Level 3 compliance by March 2022 and 90% supervision uptake by the end of quarter 4; "
                "repeat the personnel file audit in January 2022.",
            rating='Amber'),
        '3': dict(
            guide='Child protection policy; escalation; information sharing; referral pathways; '
                  'topic policies (e.g. missing children, exploitation).',
            evidence=(
                "The Safeguarding Children Policy was reviewed and ratified in «3:January 2021 and reflects the "
                "partnership procedures» issued in December 2020. Topic policies cover Was Not Brought, child "
                "exploitation, missing children, FGM and domestic abuse, and «3:all five were reviewed within "
                "their review dates».\n"
                "The Trust uses the partnership escalation policy. It was used 14 times in 2020/21 and «3:every "
                "escalation was logged and resolved within 20 working days».\n"
                "Information sharing: a re-audit of health visiting records in May 2021 found consent and the "
                "reason for sharing recorded in 94% of cases, up from 72% in the 2019 audit. Referrals to the "
                "Pellbury Front Door use the partnership form, and the Front Door's feedback in June 2021 rated "
                "91% of our referrals as good quality."),
            dev="Publish Was Not Brought guidance for adult services by December 2021.",
            rating='Green'),
        '4': dict(
            guide="Children's views in their own care and in shaping services; feeding back to children.",
            evidence=(
                "Children's wishes and feelings are recorded in school nursing and health visiting care plans. "
                "The «4:voice of the child audit in March 2021» found the child's own words or lived experience "
                "recorded in 76% of school nursing records, below our 90% standard, and in 88% of health "
                "visiting records.\n"
                "Our Youth Health Champions, a group of 12 young people aged 13 to 18, «4:helped redesign the "
                "school nursing text service» in autumn 2020, and «4:messages from young people rose by 40%» in "
                "the following term.\n"
                "We do not yet feed back consistently to children about what has changed as a result of their "
                "views. A 'You said, we did' page for the school nursing website is planned for January 2022 "
                "and the champions will review it before it goes live."),
            dev="Raise recording of the child's voice in school nursing records to 90% (re-audit March 2022).",
            rating='Amber'),
    }
    cqs = {
        'Q1': "The Pellbury Council Front Door introduced a daily domestic abuse triage meeting in September "
              "2020 and invited our health visiting lead to attend. Health visitors now learn of police "
              "call-outs to families with children under five within one working day, rather than up to two "
              "weeks later, and contact is made before the next routine visit.",
        'Q2': "Standard 1: Green. Standard 2: Amber. Standard 3: Green. Standard 4: Amber.",
        'Q3': "We are fully committed to the PSCP multi-agency training programme. In 2020/21, 42 Trust staff "
              "attended PSCP courses (neglect, exploitation and the Graded Care Profile 2), and two of our "
              "specialist practitioners co-deliver the PSCP neglect course. Attendance is recorded on our "
              "training system and counts towards Level 3 compliance.",
        'Q4': "Yes. After the Was Not Brought training in November 2020, the Was Not Brought audit in May 2021 "
              "showed missed appointments followed up within five days in 83% of cases, compared with 61% "
              "before the training. Practitioners who attended the Graded Care Profile 2 course have used the "
              "tool with 19 families since January 2021.",
        'Q5': "",     # left blank by the agency
    }
    cq_prompts = {
        'Q1': 'Q1. Please describe something another agency has done during 20/21 that has improved '
              'multi-agency practice.',
        'Q2': 'Q2. Please summarise your RAG self-rating against each standard.',
        'Q3': "Q3. Please describe your agency's commitment to the Partnership's multi-agency training.",
        'Q4': 'Q4. Is single and multi-agency training having an impact on practice? Please give examples.',
        'Q5': 'Q5. How do you know your agency has improved?',
    }

    buf = io.BytesIO()
    c = new_canvas(buf, 'PSCP Section 11 Self-Assessment Return 2021', 'Pellbury SCP Business Unit',
                   'Adobe Acrobat Pro DC 21.7', producer='Adobe Acrobat Pro DC 21.7.20091')
    form = c.acroForm
    glued = {}
    orig_txAP = form.txAP
    FS = 9
    LEAD = FS * 1.2

    def patched_txAP(key, value, iFontName, rFontName, fontSize, **kw):
        if kw.get('wkind', 'textfield') == 'textfield' and value in glued:
            value = '\n'.join(wrap_plain(glued[value], 'Helvetica', fontSize, kw['width'] - 10))
        return orig_txAP(key, value, iFontName, rFontName, fontSize, **kw)
    form.txAP = patched_txAP

    L, R, TOP, BOT = 48, PW - 48, PH - 50, 56
    W = R - L
    st = {'y': TOP, 'page': 1}
    field_fill = Color(0.93, 0.95, 1.0)
    field_border = Color(0.55, 0.6, 0.7)

    def footer():
        c.setFont('Helvetica', 7.5)
        c.setFillColor(GREY)
        c.drawString(L, 30, 'PSCP Section 11 Self-Assessment Return Form 2021 (v2, issued June 2021)')
        c.drawRightString(R, 30, 'Page %d' % st['page'])
        c.setFillColor(black)

    def newpage():
        footer()
        c.showPage()
        st['page'] += 1
        st['y'] = TOP

    def need(h):
        if st['y'] - h < BOT:
            newpage()

    def printed(text, font='Helvetica', size=9, lead=11.5, color=black, after=2):
        lines = wrap_plain(text, font, size, W)
        need(lead * len(lines))
        c.setFillColor(color)
        for ln in lines:
            st['y'] -= lead
            c.setFont(font, size)
            c.drawString(L, st['y'], ln)
        c.setFillColor(black)
        st['y'] -= after

    def field_h(raw, min_lines):
        g = FRAG_RE.sub(lambda m: m.group(2).replace(' ', NB), raw)
        nlines = max(min_lines, len(wrap_plain(g, 'Helvetica', FS, W - 10))) if raw else min_lines
        return nlines * LEAD + 8

    def textfield(name, raw, tip, min_lines=1):
        g = F.t(raw)
        v = unglue(g)
        assert all(ord(ch) < 128 for ch in v), name
        glued[v] = g
        h = field_h(raw, min_lines)
        need(h + 4)
        st['y'] -= h + 2
        form.textfield(name=name, tooltip=tip, value=v, x=L, y=st['y'], width=W, height=h,
                       fontName='Helvetica', fontSize=FS, textColor=black, fillColor=field_fill,
                       borderColor=field_border, borderWidth=1, fieldFlags='multiline' if h > 20 else '',
                       maxlen=0)
        st['y'] -= 8

    def combo(name, value, label):
        need(24)
        st['y'] -= 18
        c.setFont('Helvetica-Bold', 9)
        c.drawString(L, st['y'] + 4, label)
        form.choice(name=name, tooltip=label, value=value, options=['Green', 'Amber', 'Red'],
                    x=L + 215, y=st['y'], width=90, height=15, fontName='Helvetica', fontSize=9,
                    textColor=black, fillColor=field_fill, borderColor=field_border, borderWidth=1,
                    fieldFlags='combo', maxlen=0)
        st['y'] -= 10

    # --- page 1 header
    c.setFillColor(NAVY)
    c.rect(L, TOP - 34, W, 34, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(L + 10, TOP - 15, 'Pellbury Safeguarding Children Partnership')
    c.setFont('Helvetica', 10)
    c.drawString(L + 10, TOP - 28, 'Section 11 (Children Act 2004) Self-Assessment 2021 - Agency Return Form')
    c.setFillColor(black)
    st['y'] = TOP - 40
    printed('Please complete every field and return the saved form to the Partnership Business Unit by '
            '30 September 2021. Rate each standard Red, Amber or Green using the drop-down list. '
            'Green: the standard is fully met and you can evidence its impact. Amber: the standard is partly '
            'met, with work in progress. Red: the standard is not met.', size=8.5, lead=10.5, color=GREY,
            after=6)
    for name, label, val in head:
        printed(label, font='Helvetica-Bold', size=9, after=0)
        textfield(name, val, label)
    printed('Part A - The four standards', font='Helvetica-Bold', size=11.5, lead=16, color=NAVY, after=2)
    for k in '1234':
        s = stds[k]
        need(15 + 22 + field_h(s['evidence'], 6) + 12)
        printed('Standard %s: %s' % (k, STD_TITLES[k]), font='Helvetica-Bold', size=10.5, lead=15,
                color=NAVY, after=0)
        printed('Evidence. Please include: ' + s['guide'], size=8.5, lead=10.5, color=GREY, after=0)
        textfield('s%s_evidence' % k, s['evidence'], 'Standard %s evidence' % k, min_lines=6)
        need(11.5 + field_h(s['dev'], 2) + 12 + 30)
        printed('Areas for development and actions for 2021/22', font='Helvetica-Bold', size=9, after=0)
        textfield('s%s_actions' % k, s['dev'], 'Standard %s actions' % k, min_lines=2)
        combo('s%s_rating' % k, s['rating'], 'Self-assessment rating for Standard %s:' % k)
    printed('Part B - Common questions (all agencies)', font='Helvetica-Bold', size=11.5, lead=16,
            color=NAVY, after=2)
    for qk in ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']:
        need(11.5 + field_h(cqs[qk], 3) + 12)
        printed(cq_prompts[qk], font='Helvetica-Bold', size=9, after=0)
        textfield('common_%s' % qk.lower(), cqs[qk], cq_prompts[qk][:3], min_lines=3)
    footer()
    c.showPage()
    c.save()
    data = buf.getvalue()

    own = {'1': 'green', '2': 'amber', '3': 'green', '4': 'amber'}
    gold = make_gold(fname, ['Pellbury Community Health NHS Trust', 'Pellbury Community Health', 'PCHT'],
                     own, dict(own), {}, F.d, unanswered=('Q5',))
    return fname, data, gold, {'kind': 'form', 'pages': st['page']}


# ============================================================================
# 2. Content stream not in reading order - Pellbury Constabulary
# ============================================================================
def design_order(ops):
    """Order as design software writes it: footer, paragraphs bottom-to-top,
    headings after their paragraphs, ratings last."""
    foot = [o for o in ops if o.get('role') == 'footer']
    deco = [o for o in ops if o.get('role') not in ('footer', 'para', 'heading', 'rating')]
    paras = [o for o in ops if o.get('role') == 'para']
    heads = [o for o in ops if o.get('role') == 'heading']
    rats = [o for o in ops if o.get('role') == 'rating']
    blocks = {}
    for o in paras:
        blocks.setdefault(o['block'], []).append(o)
    pblocks = sorted(blocks.values(), key=lambda b: min(o['y'] for o in b))
    hblocks = {}
    for o in heads:
        hblocks.setdefault(o['block'], []).append(o)
    hb = sorted(hblocks.values(), key=lambda b: min(o['y'] for o in b))
    return foot + deco + [o for b in pblocks for o in b] + [o for b in hb for o in b] + rats


def build_police():
    F = Frags()
    fname = 'p-pellbury-constabulary-s11-2021.pdf'
    lay = Layout(left=62, right=62, top=64, bottom=70)
    P = lambda s, **kw: lay.para(F.t(s), size=10, leading=13.6, after=7, **kw)

    lay.para('Pellbury Constabulary', font='Helvetica-Bold', size=18, leading=22, role='heading',
             color=NAVY, after=2)
    lay.para('Section 11 Children Act 2004 - Self-Assessment Return 2021', font='Helvetica', size=12,
             leading=16, role='heading', color=NAVY, after=8)
    lay.op(kind='hline', x1=lay.left, x2=PW - lay.left, y=lay.y, stroke=NAVY, lw=1.2, role='deco')
    lay.space(4)
    for s in ['Submitted to: Pellbury Safeguarding Children Partnership, 29 September 2021',
              'Prepared by: Detective Chief Inspector Ruth Ashdown, Head of Public Protection',
              'Approved by: Assistant Chief Constable Paul Greaves, chief officer lead for safeguarding',
              'Classification: OFFICIAL']:
        lay.para(s, size=9.5, leading=12.5, after=0)
    lay.space(8)
    P("This return sets out how Pellbury Constabulary meets its duties under section 11 of the Children "
      "Act 2004. It draws on the force's own audits for 2020/21, HMICFRS feedback and the Partnership's "
      "multi-agency audits. Where we have fallen short we say so, and each shortfall has an owner and a "
      "date in the Public Protection improvement plan.")

    lay.heading('Standard 1: Leadership and accountability')
    P("Assistant Chief Constable Paul Greaves is the chief officer lead for safeguarding and represents the "
      "force on the Partnership executive. «1:Detective Chief Inspector Ruth Ashdown, Head of Public "
      "Protection,» is the operational lead and chairs the monthly Vulnerability Board, which received a "
      "children's safeguarding performance report at each of its 12 meetings in 2020/21.")
    P("The Police and Crime Commissioner's Accountability Board reviewed child protection performance in "
      "«1:October 2020 and again in April 2021». The force Safeguarding Strategy 2020-23 names a lead "
      "superintendent for each area of child vulnerability: child exploitation, online abuse, missing "
      "children and domestic abuse.")
    P("Internal assurance is provided by the Public Protection Audit Team, which completed «1:six thematic "
      "audits of child protection investigations» in 2020/21. Each has an action plan owned by a named "
      "superintendent, and the January 2021 re-audit of strategy discussions found police attendance at "
      "97% of them, up from 84% in 2019.")
    lay.para('Self-assessment: Green', font='Helvetica-Bold', size=10.5, leading=14, role='rating', after=4)

    lay.heading('Standard 2: Staff safe recruitment, induction, training and development')
    P("All officers and staff are vetted to the national Vetting Code of Practice before appointment, and "
      "posts in the Public Protection Unit require management vetting. «2:Vetting renewals are up to date "
      "for 96%» of staff; the 31 people whose renewals are overdue are booked for completion by December "
      "2021.")
    P("Mandatory child protection e-learning was completed by 88% of frontline officers by March 2021. "
      "However, «2:only 14 of the 23 Child Abuse Investigation Team detectives» have completed the "
      "accredited specialist investigator course, because national course places were cancelled during the "
      "pandemic. Nine places are confirmed for 2021/22.")
    P("Supervision: the Public Protection Unit introduced structured monthly case supervision in «2:September "
      "2020; a dip sample in March 2021» found it recorded for 71% of open investigations, against our "
      "expectation of 100%. Allegations against officers and staff are handled by the Professional Standards "
      "Department, which made nine referrals to the LADO in 2020/21, all within one working day.")
    lay.para('Self-assessment: Amber', font='Helvetica-Bold', size=10.5, leading=14, role='rating', after=4)

    lay.heading('Standard 3: Safeguarding policies and procedures')
    P("The force child protection policy was revised in «3:November 2020 following the new partnership "
      "procedures» and is published on the intranet with a one-page guide for response officers.")
    P("Missing children: the force follows the partnership missing protocol, and «3:return home interviews "
      "were requested within 72 hours» in 93% of episodes. Our child exploitation policy was due for review "
      "in March 2021 and is overdue because we are waiting for the regional exploitation framework; the 2019 "
      "version remains in force.")
    P("Information sharing: Public Protection Notices to the Front Door are now sent electronically. The May "
      "2021 audit found «3:an average of 3.2 days from incident to notification», against a target of 24 "
      "hours, and a backlog of 140 notices at its peak in January 2021. A triage team of four staff was added "
      "in April 2021 and the backlog had fallen to 22 by August 2021.")
    lay.para('Self-assessment: Amber', font='Helvetica-Bold', size=10.5, leading=14, role='rating', after=4)

    lay.heading('Standard 4: Listening to children and young people')
    P("This is the standard where we are weakest. We have no force-wide arrangement for hearing from children "
      "and young people about our services, and in 2020/21 children's views did not inform any change to "
      "policy or practice.")
    P("«4:A dip sample of 50 domestic abuse incident reports» in June 2021 found the child's words, behaviour "
      "or demeanour recorded in only 11 of them (22%). Body-worn video is not routinely used to capture what "
      "children tell officers at the scene.")
    P("The Youth Independent Advisory Group, which met quarterly until early 2020, «4:has not met since March "
      "2020» and has no chair. We have no way of telling children what has happened as a result of their "
      "contact with us, and «4:no child or young person was consulted» on the new Safeguarding Strategy.")
    P("Plan: a voice-of-the-child prompt will be added to the domestic abuse risk assessment (go-live December "
      "2021); the Youth Independent Advisory Group will be relaunched with Pellbury Youth Works by January "
      "2022; and 50 incident reports will be re-audited in April 2022.")
    lay.para('Self-assessment: Red', font='Helvetica-Bold', size=10.5, leading=14, role='rating', after=4)

    lay.heading('Common questions')
    lay.para('1. Something another agency has done during 20/21 that improved multi-agency practice',
             font='Helvetica-Bold', size=10, leading=13.6, role='heading', after=1)
    P("Pellbury Community Health NHS Trust placed a health visitor in the Front Door domestic abuse triage from "
      "September 2020. Officers now receive health information on the same day, which has helped response "
      "officers plan safety visits for 38 families with very young children.")
    lay.para('2. RAG self-rating against each standard', font='Helvetica-Bold', size=10, leading=13.6,
             role='heading', after=1)
    P("Standard 1 Green; Standard 2 Amber; Standard 3 Amber; Standard 4 Red.")
    lay.para("3. Commitment to the Partnership's multi-agency training", font='Helvetica-Bold', size=10,
             leading=13.6, role='heading', after=1)
    P("61 officers and staff attended PSCP multi-agency courses in 2020/21, and the detective inspector for "
      "the Child Abuse Investigation Team sits on the Partnership's Learning and Development Group. Two "
      "officers are trained to co-deliver the PSCP domestic abuse course.")
    lay.para('4. Is training having an impact on practice?', font='Helvetica-Bold', size=10, leading=13.6,
             role='heading', after=1)
    P("Yes. After the PSCP child exploitation training in February 2021, referrals from response officers to "
      "the Exploitation Hub rose from 9 in the previous quarter to 26 in April to June 2021, and the Hub "
      "judged 21 of the 26 to be appropriate.")
    lay.para('5. How do we know we have improved?', font='Helvetica-Bold', size=10, leading=13.6,
             role='heading', after=1)
    P("Through re-audit: police attendance at strategy discussions has risen from 84% to 97%, the notification "
      "backlog has fallen from 140 to 22, and HMICFRS noted improved supervision of child abuse investigations "
      "in its March 2021 feedback. Our weakest area, listening to children, is now a Vulnerability Board "
      "priority.")

    def footer(n, total):
        return [dict(kind='text', role='footer', x=lay.left, y=36, font='Helvetica', size=8, color=GREY,
                     text='Pellbury Constabulary  |  Section 11 return 2021  |  OFFICIAL'),
                dict(kind='text', role='footer', x=PW - lay.left, y=36, font='Helvetica', size=8,
                     color=GREY, text='Page %d of %d' % (n, total), align='right')]

    data, n = render_layout(lay, 'Section 11 Self-Assessment 2021', 'Public Protection Unit',
                            'Adobe InDesign 16.2 (Windows)', footer=footer, order=design_order,
                            producer='Adobe PDF Library 16.0')
    own = {'1': 'green', '2': 'amber', '3': 'amber', '4': 'red'}
    gold = make_gold(fname, ['Pellbury Constabulary', 'Pellbury Police', 'PCON'], own, dict(own), {}, F.d)
    return fname, data, gold, {'kind': 'pdf'}


# ============================================================================
# 3. Shaded "Key facts" side panel - Pellbury Council Children's Services
# ============================================================================
def build_council():
    F = Frags()
    fname = 'p-pellbury-council-childrens-services-s11-2021.pdf'
    lay = Layout(left=54, right=54, top=58, bottom=66)
    BODY_W = 322
    PX = PW - 54 - 150
    PW_ = 150
    shade = Color(0.88, 0.92, 0.90)
    teal = Color(0.05, 0.38, 0.36)

    def panel_section(heading, paras, panel):
        start = len(lay.pages[-1])
        lay.para(heading, font='Helvetica-Bold', size=12.5, leading=17, role='heading', color=teal,
                 width=BODY_W, after=4)
        for p in paras:
            lay.para(F.t(p), size=9.8, leading=13.4, width=BODY_W, after=6)
        ys = [o['y'] for o in lay.pages[-1][start:] if o['kind'] == 'line']
        assert len(ys) >= len(panel), heading
        top = ys[0] + 17
        bot = ys[len(panel) - 1] - 10
        lay.pages[-1].insert(start, dict(kind='rect', x=PX, y=bot, w=PW_, h=top - bot, fill=shade))
        for i, item in enumerate(panel):
            bold = i == 0 or item.startswith('Rating')
            lay.op(kind='text', x=PX + 8, y=ys[i], font='Helvetica-Bold' if bold else 'Helvetica',
                   size=9.5 if i == 0 else 8.5, text=item, color=teal if i == 0 else black)

    lay.para("Pellbury Council - Children's Services", font='Helvetica-Bold', size=17, leading=21,
             role='heading', color=teal, after=1)
    lay.para('Section 11 Self-Assessment 2021 for Pellbury Safeguarding Children Partnership',
             size=11, leading=15, color=teal, after=6)
    for s in ["Completed by: Sarah Linton, Head of Safeguarding and Quality Assurance",
              "Approved by: Mark Feeney, Director of Children's Services",
              "Date: 27 September 2021"]:
        lay.para(s, size=9, leading=12, after=0)
    lay.space(6)
    lay.para("This return covers children's social care, early help and the council's commissioned children's "
             "services for 2020/21. Each standard has its own page; the Key facts panel gives the headline "
             "figures and our self-assessment rating.", size=9.8, leading=13.4, after=10)

    panel_section('Standard 1: Leadership and accountability', [
        "Mark Feeney, Director of Children's Services, is the statutory lead and a member of the Partnership "
        "executive; Councillor Priya Desai is Lead Member for Children. The «1:Corporate Parenting Board met "
        "six times» in 2020/21, and the Children's Services Improvement Board has scrutinised safeguarding "
        "performance every month since April 2019.",
        "Ofsted's focused visit in February 2021 found that leaders have «1:a clear and accurate understanding "
        "of practice» and that management oversight had improved since the 2019 inspection. The 2020 Section 11 "
        "action plan had 18 actions, and all 18 were completed by July 2021.",
        "Our quality assurance framework is well established. We completed «1:48 thematic and practice-week "
        "audits» in 2020/21, with 82% of audited cases graded good or better (2019/20: 64%). Learning from "
        "each audit goes to the monthly Practice Learning Forum and is tracked on the QA action log; 95% of "
        "audit actions were closed on time.",
        "Commissioned services: safeguarding clauses are in all 37 children's services contracts, and contract "
        "monitoring visits in 2020/21 covered 35 of the 37 providers; the other two were visited in April 2021.",
        "We have deliberately not raised our rating this year, so that we are not complacent while the new "
        "senior leadership team beds in.",
    ], ['Key facts', 'DCS: Mark Feeney', 'Lead Member: Cllr Priya Desai', 'Ofsted focused visit: Feb 2021',
        'Audits 2020/21: 48', 'Good or better: 82%', 'Audit actions on time: 95%',
        '2020 actions completed: 18/18', 'Contracts with clauses: 37/37', '', 'Rating: Amber',
        '(held at Amber)'])
    lay.newpage()

    panel_section('Standard 2: Staff safe recruitment, induction, training and development', [
        "Safer recruitment: «2:all 212 social work and residential posts recruited» in 2020/21 had completed "
        "safer recruitment checks before the start date. HR's audit of 40 files in March 2021 found 100% "
        "compliance for references, identity, qualifications and enhanced DBS with barred list checks. At least "
        "one member of every interview panel has completed safer recruitment training, and 64 managers are "
        "currently trained.",
        "Training: «2:safeguarding training compliance is 96% across» children's social care. The Social Work "
        "Academy ran a 12-week induction for 26 newly qualified social workers, and all 26 completed their "
        "assessed and supported year in employment.",
        "Supervision: the supervision audit in «2:May 2021 found 93% of supervision» records in timescale, and "
        "88% were rated good for reflective content. Managers receive quarterly reflective group supervision "
        "from the Principal Social Worker.",
        "Allegations: the LADO received 214 contacts and 61 referrals in 2020/21; 98% of initial considerations "
        "were held within one working day, and the annual LADO report went to the Partnership in June 2021.",
    ], ['Key facts', 'Posts recruited: 212', 'Files audited: 40 (100%)', 'Trained panel members: 64',
        'Training compliance: 96%', 'NQSW induction: 26', 'Supervision in time: 93%', 'LADO referrals: 61',
        '', 'Rating: Green'])
    lay.newpage()

    panel_section('Standard 3: Safeguarding policies and procedures', [
        "Children's social care works to the partnership procedures, which the council hosts online, and "
        "«3:our local practice guidance was updated in March 2021» to reflect the new threshold document.",
        "Escalation: social workers used the resolution and escalation protocol 22 times in 2020/21; «3:all 22 "
        "were resolved at stage 1 or 2», and the learning was shared at the Practice Learning Forum.",
        "The Front Door processed 9,480 contacts in 2020/21. «3:Decisions were made within 24 hours in 97%» of "
        "contacts, and re-referrals within 12 months fell from 24% to 18%. Guidance on missing children, child "
        "exploitation and contextual safeguarding was reviewed in spring 2021, and the Exploitation Hub screens "
        "every missing episode within two working days.",
        "Information sharing agreements with health and police were renewed in January 2021, and the Front "
        "Door's partner feedback survey in June 2021 found 89% of partners satisfied with the response to "
        "their referral.",
    ], ['Key facts', 'Front Door contacts: 9,480', '24-hour decisions: 97%', 'Re-referrals: 18% (was 24%)',
        'Escalations resolved: 22/22', 'Partner satisfaction: 89%', '', 'Rating: Green'])
    lay.newpage()

    panel_section('Standard 4: Listening to children and young people', [
        "Children in care and care leavers are represented by the Children in Care Council, Voices of "
        "Pellbury, which «4:met the Corporate Parenting Board three times» in 2020/21 and led the redesign of "
        "the pledge to children in care.",
        "Advocacy: «4:independent advocacy take-up was 41%» for children subject to child protection "
        "conferences, below our target of 60%. Conferences moved online during the pandemic and fewer children "
        "took part.",
        "Audit evidence: «4:the March 2021 voice of the child audit» found children's views clearly recorded "
        "in 79% of assessments, but reflected in the plan in only 58%. A voice of the child practice week is "
        "planned for November 2021, and the Mind of My Own app was launched in July 2021; 132 statements had "
        "been received by September.",
        "We do not yet feed back consistently to children on how their views have changed services. The "
        "Participation Officer is developing a quarterly 'You said, we did' report with Voices of Pellbury.",
    ], ['Key facts', 'CiCC at Corporate Parenting: 3', 'Advocacy take-up: 41%', 'Views in assessment: 79%',
        'Views in plan: 58%', 'Mind of My Own: 132', '', 'Rating: Amber'])
    lay.newpage()

    panel_section('Common questions', [
        "1. Another agency's contribution: Pellbury Constabulary's electronic Public Protection Notices, "
        "introduced with a triage team in April 2021, have cut the backlog of notifications waiting for the "
        "Front Door from 140 to 22, so that social workers see domestic abuse incidents days sooner.",
        "2. RAG self-rating: our self-ratings are summarised in the panel opposite.",
        "3. Multi-agency training: children's social care staff took 318 places on PSCP courses in 2020/21. "
        "Team managers attend the PSCP 'working together' course within six months of appointment, and our "
        "Principal Social Worker chairs the Partnership's Learning and Development Group.",
        "4. Impact of training: following the Graded Care Profile 2 roll-out, the proportion of neglect "
        "cases with a completed GCP2 rose from 12% to 57%, and the neglect audit in June 2021 found plans "
        "clearer about what must change for the child.",
        "5. How we know we have improved: audit grades (82% good or better, up from 64%), fewer re-referrals "
        "(18%, down from 24%), and Ofsted's February 2021 focused visit, which found that practice had "
        "improved since 2019.",
    ], ['Our ratings 2021', 'Standard 1: Amber', 'Standard 2: Green', 'Standard 3: Green',
        'Standard 4: Amber'])

    def footer(n, total):
        return [dict(kind='hline', x1=lay.left, x2=PW - lay.left, y=44, stroke=teal, lw=0.6),
                dict(kind='text', x=lay.left, y=32, font='Helvetica', size=7.5, color=GREY,
                     text="Pellbury Council Children's Services - Section 11 Self-Assessment 2021"),
                dict(kind='text', x=PW - lay.left, y=32, font='Helvetica', size=7.5, color=GREY,
                     text='%d' % n, align='right')]

    data, n = render_layout(lay, 'Section 11 Self-Assessment 2021', 'Sarah Linton',
                            'Microsoft Word for Microsoft 365', footer=footer,
                            producer='Microsoft: Print To PDF')
    own = {'1': 'amber', '2': 'green', '3': 'green', '4': 'amber'}
    ev = {'1': 'green', '2': 'green', '3': 'green', '4': 'amber'}
    gold = make_gold(fname, ["Pellbury Council Children's Services", "Pellbury Children's Services", 'PCCS'],
                     own, ev, {'1': 'UNDER'}, F.d)
    return fname, data, gold, {'kind': 'pdf'}


# ============================================================================
# 4. Justified, hyphenated typeset report - NHS Pellbury CCG (Standard 4 missing)
# ============================================================================
def build_ccg():
    F = Frags()
    fname = 'p-nhs-pellbury-ccg-s11-2021.pdf'
    lay = Layout(left=78, right=78, top=70, bottom=72)
    FONT, BOLD = 'Times-Roman', 'Times-Bold'
    P = lambda s, after=5: lay.para(F.t(s), font=FONT, bold=BOLD, size=10.8, leading=13.6,
                                    justify=True, hyph=True, after=after)
    H = lambda s: lay.heading(s, font=BOLD, size=12.5, leading=17, before=8, after=2, color=NAVY)

    lay.para('NHS Pellbury Clinical Commissioning Group', font=BOLD, size=17, leading=21, color=NAVY,
             after=2)
    lay.para('Section 11 Self-Assessment 2021: report to the Pellbury Safeguarding Children Partnership',
             font='Times-Italic', size=12, leading=15, after=8)
    lay.para('Prepared by Joanne Petrakis, Designated Nurse for Safeguarding Children, and approved by '
             'Dr Alan Whitcombe, Director of Nursing and Quality. 24 September 2021.', font=FONT, size=10,
             leading=13, after=10)
    P("This report sets out the Clinical Commissioning Group's self-assessment for 2020/21 against the "
      "Partnership's Section 11 standards. As a commissioning organisation our responsibilities are "
      "exercised largely through the contracts we hold with providers and through the designated "
      "professionals, who give safeguarding leadership and supervision across the local health economy. "
      "The evidence below is drawn from provider assurance returns, our internal audit programme and the "
      "minutes of the Quality and Performance Committee.")

    H('Standard 1: Leadership and accountability')
    P("Dr Alan Whitcombe, Director of Nursing and Quality, is the executive lead for safeguarding and a "
      "member of the Partnership executive. The Designated Nurse, Joanne Petrakis, and the Designated "
      "Doctor, «1:Dr Femi Adeyemi,» provide professional leadership across the health economy and attend every "
      "Partnership subgroup, including the Practice Review Group.")
    P("Safeguarding is a standing item on the Quality and Performance Committee, which received a "
      "safeguarding assurance report at «1:each of its ten meetings» in 2020/21. The Governing Body approved "
      "the safeguarding annual report in July 2021 and receives a summary of safeguarding exceptions every "
      "quarter.")
    P("Commissioning: every NHS contract held by the Clinical Commissioning Group includes the safeguarding "
      "assurance schedule, and providers submit quarterly safeguarding assurance returns. All «1:seven main "
      "providers submitted» every quarterly return in 2020/21; the two services with gaps in training "
      "compliance agreed improvement trajectories, which were monitored monthly through contract "
      "management meetings.")
    P("Internal assurance: the internal auditors reviewed safeguarding governance in January 2021 and gave an "
      "opinion of substantial assurance, with two low-priority recommendations that were implemented by "
      "April 2021.")
    P("**Self-rating: Green.** The executive leadership, the regular governance reporting, the contract "
      "assurance arrangements and the internal audit opinion together give us confidence that this "
      "standard is fully met.")

    H('Standard 2: Staff safe recruitment, induction, training and development')
    P("Recruitment to all Clinical Commissioning Group posts follows the NHS Employment Check Standards. "
      "«2:Thirty-one staff were appointed» in 2020/21 and all had the required checks before starting; the "
      "designated professionals and the safeguarding team hold enhanced certificates with barred list "
      "checks, renewed every three years. Every new starter completes safeguarding induction in the first "
      "month.")
    P("Safeguarding children training compliance among our own staff is 97% at Level 1 and 91% at Level 2. "
      "However, only «2:64% of GP practice» safeguarding leads have completed Level 3 training within the "
      "intercollegiate timescale; the practice-based training programme was suspended in 2020 and restarted "
      "virtually in March 2021.")
    P("Supervision: the designated professionals provide safeguarding supervision to the named professionals "
      "in provider organisations. Quarterly «2:group supervision for named GPs» was held only twice in "
      "2020/21 because of pressures from the vaccination programme; it has been held monthly since June "
      "2021.")
    P("The allegations procedure was refreshed in May 2021 to reflect Partnership guidance. There were no "
      "allegations against Clinical Commissioning Group staff during the year, and the designated nurse "
      "advised primary care on three occasions about allegations involving practice staff.")
    P("**Self-rating: Amber.** Recruitment and the training of our own staff are sound, but the Level 3 "
      "compliance of practice leads and the interruption to supervision mean that we cannot yet rate this "
      "standard Green. Our plan is to reach 90% Level 3 compliance among practice leads by March 2022.")

    H('Standard 3: Safeguarding policies and procedures')
    P("The safeguarding children policy «3:was revised in December 2020» to incorporate the Partnership's "
      "updated procedures and is available to all staff and to GP practices through the primary care "
      "intranet.")
    P("Topic guidance for primary care on child exploitation, female genital mutilation, domestic abuse and "
      "children who were not brought to appointments was published in the GP safeguarding handbook in "
      "February 2021; a survey of 36 practices in June 2021 found «3:that 33 were using it».")
    P("Escalation: the designated professionals escalated concerns on eleven occasions during 2020/21 using "
      "the Partnership escalation procedure, and all were resolved. Information sharing: the Clinical "
      "Commissioning Group funded a «3:GP safeguarding liaison post» in the Front Door from October 2020, "
      "and GP reports for initial child protection conferences were provided on time in 92% of cases, up "
      "from 67% the previous year.")
    P("**Self-rating: Green.** Our policies are current and in use, and the improvement in conference "
      "reports has been measured and sustained over three quarters.")

    H('Common questions')
    lay.para('Question 1: something another agency has done during 20/21 that has improved multi-agency '
             'practice', font=BOLD, size=10.8, leading=13.6, after=1)
    P("Pellbury Constabulary began sending domestic abuse notifications to GP practices through the Front "
      "Door in November 2020. Practices can now flag the records of the children concerned and offer an "
      "appointment, and the practice safeguarding leads tell us that they hear about incidents weeks "
      "earlier than before.")
    lay.para('Question 2: RAG self-rating against each standard', font=BOLD, size=10.8, leading=13.6,
             after=1)
    P("Our self-ratings are Green for Standard 1, Amber for Standard 2 and Green for Standard 3.")
    lay.para("Question 3: commitment to the Partnership's multi-agency training", font=BOLD, size=10.8,
             leading=13.6, after=1)
    P("We promote every Partnership course to GP practices through the weekly primary care bulletin, and "
      "88 primary care staff attended Partnership courses in 2020/21. The Designated Nurse co-delivers the "
      "multi-agency course on neglect.")
    lay.para('Question 4: is training having an impact on practice?', font=BOLD, size=10.8, leading=13.6,
             after=1)
    P("Yes. After the Partnership's training on conference reports in autumn 2020, the proportion of GP "
      "reports submitted on time rose from 67% to 92%, and conference chairs report that the reports are "
      "more analytical.")
    lay.para('Question 5: how do we know we have improved?', font=BOLD, size=10.8, leading=13.6, after=1)
    P("Through measured change: timely conference reports, the complete set of provider assurance returns, "
      "the substantial assurance opinion from internal audit, and the uptake of the GP safeguarding "
      "handbook in 33 of 36 practices.")

    def footer(n, total):
        return [dict(kind='text', x=PW / 2, y=40, font='Times-Roman', size=9, color=GREY,
                     text='- %d -' % n, align='center')]

    data, n = render_layout(lay, 'Section 11 Self-Assessment 2021', 'Joanne Petrakis',
                            'LaTeX with hyperref', footer=footer, producer='pdfTeX-1.40.21')
    own = {'1': 'green', '2': 'amber', '3': 'green', '4': None}
    ev = {'1': 'green', '2': 'amber', '3': 'green', '4': None}
    gold = make_gold(fname, ['NHS Pellbury Clinical Commissioning Group', 'Pellbury CCG', 'PCCG'],
                     own, ev, {'4': 'MS'}, F.d)
    return fname, data, gold, {'kind': 'pdf', 'splits': lay.splits}


# ============================================================================
# 5. Cross-references and decoy numbers - Pellbury Fire and Rescue Service (late)
# ============================================================================
def build_fire():
    F = Frags()
    fname = 'p-pellbury-fire-and-rescue-s11-2021.pdf'
    red = Color(0.62, 0.08, 0.10)
    lay = Layout(left=60, right=60, top=60, bottom=66)
    P = lambda s, after=6: lay.para(F.t(s), size=10, leading=13.8, after=after)
    H = lambda s: lay.heading(s, size=12, leading=16, before=8, after=3, color=red)

    lay.para('Pellbury Fire and Rescue Service', font='Helvetica-Bold', size=17, leading=21, color=red,
             after=1)
    lay.para('Section 11 Self-Assessment 2021', size=12.5, leading=16, after=8)
    for s in ['To: Pellbury Safeguarding Children Partnership Business Unit',
              'Completed by: Station Manager Gareth Pryce, Safeguarding Lead',
              'Approved by: Deputy Chief Fire Officer Alison Trent',
              'Date: 14 October 2021']:
        lay.para(s, size=9.5, leading=12.5, after=0)
    lay.space(8)
    P("**Please note that this return is late.** It was due on 30 September 2021. Sign-off was delayed "
      "because senior officers were committed to the Aldmoor Common wildfire in the last two weeks of "
      "September, and we apologise to the Partnership for the delay.")
    P("This is our second Section 11 return. It takes account of the 2020 independent review of our "
      "safeguarding arrangements, which made six recommendations; Recommendation 3 of the 2020 review asked "
      "us to create a dedicated safeguarding post, and Recommendation 5 asked for a training needs analysis. "
      "Safeguarding is Priority 2 in our Community Risk Management Plan 2021-24.")

    H('Standard 1 - Leadership and accountability')
    P("Deputy Chief Fire Officer Alison Trent is the strategic lead for safeguarding and reports to the Fire "
      "Authority. «1:Station Manager Gareth Pryce was appointed Safeguarding Lead» in January 2021, a new "
      "full-time post created in response to Recommendation 3 of the 2020 review.")
    P("The Fire Authority's Scrutiny Committee received «1:its first safeguarding report in June 2021», and "
      "reporting is now six-monthly. Each of our 14 stations has a named safeguarding champion at watch "
      "manager level.")
    P("Internal assurance is still being built. «1:We have not yet audited our safeguarding referrals»; the "
      "first audit is planned for January 2022. The safeguarding action plan has 12 actions: 5 are complete, "
      "4 are on track and 3 are behind schedule. Safeguarding clauses were added in 2021 to the contracts "
      "for fire-setter interventions and youth engagement, but our other 12 contracts have not yet been "
      "reviewed.")
    P("Our self-rating for this standard is Amber. Leadership is now clear, but assurance and contract "
      "arrangements are only at Phase 1 of our safeguarding improvement plan.")

    H('Standard 2 - Staff safe recruitment, induction, training and development')
    P("We are confident that our recruitment practices keep children safe. All firefighter recruits are "
      "DBS checked, and «2:staff who deliver the FireSafe youth programme» have enhanced checks. Six "
      "recruiting managers completed safer recruitment training in February 2021, and the 22 FireSafe "
      "instructors completed a Level 2 safeguarding course in autumn 2020.")
    P("Safeguarding e-learning is available to all staff and «2:54% of operational staff have completed it» "
      "to date. The safeguarding module of the recruits' induction course was paused in March 2020 during "
      "the pandemic and will be reinstated when classroom training resumes.")
    P("DBS renewals: we renew enhanced checks every three years, and «2:renewals for 38 youth programme staff "
      "and volunteers» fell due in 2020/21 and are being processed.")
    P("Supervision is provided informally by watch managers, who are experienced and know their crews well. "
      "Allegations against staff are managed under our allegations procedure, which was last reviewed in "
      "2017. Objective 4 of our People Strategy is to be an employer of choice, and we believe our staff have "
      "the skills they need.")
    P("We rate this standard Green.")

    H('Standard 3 - Safeguarding policies and procedures')
    P("Our Safeguarding Children and Adults Policy was rewritten in «3:March 2021 and approved by the Fire "
      "Authority» in April 2021. It includes the Partnership escalation procedure and information-sharing "
      "guidance, and it is on every station's intranet page.")
    P("Referrals: crews and Safe and Well advisers made «3:87 safeguarding referrals in 2020/21» (2019/20: "
      "52), helped by Phase 1 of the Safe and Well visit roll-out. We do not yet record the outcome of "
      "referrals, so we cannot say how many led to support for a child.")
    P("Topic guidance on hoarding, child exploitation and children found during fire investigations is still "
      "in draft and will be issued in Phase 2 of the plan, by March 2022. «3:The escalation procedure has not "
      "yet been used», which we think reflects low awareness rather than an absence of disagreements.")
    P("As with Standard 1, we rate this standard Amber.")

    H('Standard 4 - Listening to children and young people')
    P("«4:The FireSafe youth programme asks every participant» to complete a feedback card. 412 cards were "
      "returned in 2020/21 and 94% rated the course good or very good. Participants asked for shorter "
      "sessions, and sessions were cut from three hours to two in January 2021.")
    P("We have not yet involved children in the design of other services, such as home fire safety visits. "
      "Objective 4 of our Youth Engagement Strategy is to set up a youth panel, and «4:recruitment to the "
      "youth panel begins in November 2021» with the help of Pellbury Youth Works.")
    P("Feedback to children about what has changed is limited to posters at the training centre; «4:the "
      "youth panel will publish a termly update» from spring 2022.")
    P("Unlike Standard 2, which we rated Green, we rate this standard Amber: there is good feedback from one "
      "programme, but not yet across the Service.")

    H('Common questions')
    P("**1. Something another agency has done during 20/21 that has improved multi-agency practice.** "
      "Pellbury Youth Works trained our FireSafe instructors to recognise signs of exploitation in March "
      "2021, and instructors made four referrals to the Exploitation Hub in the following four months.")
    P("**2. RAG self-rating against each standard.** Standard 1: Amber. Standard 2: Green. Standard 3: Amber. "
      "Standard 4: Amber.")
    P("**3. Commitment to the Partnership's multi-agency training.** The Safeguarding Lead and all 14 station "
      "champions attended the PSCP 'working together' course in 2021, and we have reserved places for our "
      "Safe and Well advisers on the neglect course in November 2021.")
    P("**4. Is training having an impact on practice?** Referrals rose from 52 to 87 after the champions "
      "were trained, which suggests greater awareness; we will test the quality of referrals in the January "
      "2022 audit.")
    P("**5. How do we know we have improved?** We now have a Safeguarding Lead, a rewritten policy, "
      "six-monthly reporting to the Fire Authority and more referrals. We know we need outcome information "
      "to show that children are safer as a result.")

    def footer(n, total):
        return [dict(kind='text', x=lay.left, y=34, font='Helvetica', size=8, color=GREY,
                     text='Pellbury Fire and Rescue Service - Section 11 Self-Assessment 2021 - OFFICIAL'),
                dict(kind='text', x=PW - lay.left, y=34, font='Helvetica', size=8, color=GREY,
                     text='Page %d' % n, align='right')]

    data, n = render_layout(lay, 'PFRS Section 11 return 2021', 'Gareth Pryce',
                            'Microsoft Word 2016', footer=footer, producer='Microsoft Word 2016')
    own = {'1': 'amber', '2': 'green', '3': 'amber', '4': 'amber'}
    ev = {'1': 'amber', '2': 'amber', '3': 'amber', '4': 'amber'}
    gold = make_gold(fname, ['Pellbury Fire and Rescue Service', 'Pellbury Fire', 'PFRS'],
                     own, ev, {'2': 'OVER'}, F.d, late=True)
    return fname, data, gold, {'kind': 'pdf'}


# ============================================================================
# 6. Change from last year as the rating - Pellbury Probation Delivery Unit
# ============================================================================
def build_probation():
    F = Frags()
    fname = 'p-pellbury-probation-pdu-s11-2021.pdf'
    teal = Color(0.0, 0.33, 0.45)
    lay = Layout(left=64, right=64, top=62, bottom=66)
    P = lambda s, after=6: lay.para(F.t(s), font='Helvetica', size=10, leading=13.8, after=after)
    H = lambda s: lay.heading(s, size=12, leading=16, before=10, after=3, color=teal)

    lay.para('The Probation Service', size=11, leading=14, color=teal, after=0)
    lay.para('Pellbury Probation Delivery Unit', font='Helvetica-Bold', size=17, leading=21, color=teal,
             after=2)
    lay.para('Section 11 Self-Assessment 2021 - return to Pellbury Safeguarding Children Partnership',
             size=10.5, leading=14, after=8)
    for s in ['Head of PDU: Marcus Bell',
              'Completed by: Lorraine Hughes, Senior Probation Officer and Safeguarding Lead',
              'Date: 23 September 2021']:
        lay.para(s, size=9.5, leading=12.5, after=0)
    lay.space(8)
    P("On 26 June 2021 the National Probation Service and the Community Rehabilitation Company were brought "
      "together in the unified Probation Service. This return covers the work of both former organisations "
      "in Pellbury during 2020/21 and the first three months of the new PDU. For each standard we say how "
      "our rating compares with our 2020 return.")

    H('Standard 1: Leadership and accountability')
    P("Marcus Bell, Head of the Pellbury PDU, is the senior lead for safeguarding and attends the "
      "Partnership executive. «1:Lorraine Hughes became Safeguarding Lead in July 2021», after unification, "
      "and chairs a monthly safeguarding practice forum for senior probation officers.")
    P("The PDU's quality and performance meeting reviews safeguarding every month. «1:The regional Quality "
      "Development Officer audited 30 cases» in March 2021 and found that safeguarding enquiries had been "
      "made at the court stage in 83% of them.")
    P("There is still work to do. The unified PDU does not yet have a single safeguarding action plan, and "
      "the two legacy plans are being merged (due November 2021). «1:Governance reporting was interrupted "
      "during unification» from May to July 2021.")
    P("Standard 1 remains Amber, as it was in 2020.")

    H('Standard 2: Staff safe recruitment, induction, training and development')
    P("All staff are vetted by HMPPS before appointment and re-vetted every ten years. Training: «2:all 94 "
      "PDU staff have completed» the Probation Service safeguarding children e-learning, and 41 of our 41 "
      "practitioners have attended the two-day child safeguarding in probation course.")
    P("Supervision: «2:monthly reflective supervision was recorded for 95%» of practitioners in the April to "
      "June 2021 audit. Induction: the 12 Probation Services Officers who joined in 2020/21 each completed the "
      "national induction, including its safeguarding module, within six weeks of starting.")
    P("Allegations are handled under the HMPPS policy. Two referrals were made to the LADO in 2020/21, both "
      "within one working day, and «2:the learning review in May 2021» confirmed that both were managed "
      "correctly.")
    P("This standard has moved from Amber to Green this year, because the training gaps identified in 2020 "
      "have been closed.")

    H('Standard 3: Safeguarding policies and procedures')
    P("Last year (2020) we rated this standard Green.")
    P("The PDU follows the HMPPS Child Safeguarding Policy Framework, revised in 2021, and the Partnership "
      "procedures. «3:Local guidance on home visits where children live» was reissued in March 2021 and "
      "briefed to every team.")
    P("Information sharing: «3:safeguarding enquiries with children's services were completed before "
      "sentence» in 96% of cases in the June 2021 audit, up from 71% in 2019/20. The escalation procedure "
      "was used four times in 2020/21, and all four were resolved at the first stage.")
    P("Referrals: «3:the Front Door confirmed the quality of our referrals» in its April 2021 feedback, "
      "rating 90% of them as good. Our guidance on child exploitation and on people who pose a risk to "
      "children was reviewed with the Exploitation Hub in May 2021.")

    H('Standard 4: Listening to children and young people')
    P("Our work here is mainly with the children of the people we supervise. «4:The Family Voices project "
      "with Barnardo's paused» in March 2020 and has not restarted, so we heard directly from only nine "
      "children this year, compared with 46 in 2019/20.")
    P("Practitioners are expected to record the child's perspective in OASys assessments; «4:the June 2021 "
      "audit found it in 62%» of cases where children live in the household. Since April 2021 "
      "practitioners have used the Three Houses tool with children on 14 home visits, and what the "
      "children said was used to shape their parents' sentence plans.")
    P("«4:Young people on the transition from youth justice» are asked for feedback at their first "
      "appointment; 17 of the 20 asked said they understood what would happen next. We have not fed back to "
      "children on any changes made as a result.")
    P("We have lowered this from Green to Amber this year. Restarting Family Voices is a priority for "
      "2021/22.")

    H('Common questions')
    lay.para('Q1. Something another agency has done during 20/21 that improved multi-agency practice',
             font='Helvetica-Bold', size=10, leading=13.8, after=1)
    P("Children's Services gave our court team direct access to the Front Door duty manager from January 2021. "
      "Safeguarding enquiries that used to take up to ten days are now usually answered within two, which is "
      "why our pre-sentence enquiry rate has risen to 96%.")
    lay.para('Q2. RAG self-rating against each standard', font='Helvetica-Bold', size=10, leading=13.8,
             after=1)
    P("Standard 1 stays at Amber. Standard 2 has moved from Amber to Green. Standard 4 has been lowered from "
      "Green to Amber.")
    lay.para("Q3. Commitment to the Partnership's multi-agency training", font='Helvetica-Bold', size=10,
             leading=13.8, after=1)
    P("Practitioners are expected to attend at least one PSCP course a year; 37 of 41 did so in 2020/21. "
      "Two senior probation officers are members of the PSCP training pool.")
    lay.para('Q4. Impact of single and multi-agency training', font='Helvetica-Bold', size=10, leading=13.8,
             after=1)
    P("After the PSCP domestic abuse course, the proportion of risk management plans that include a named "
      "action to protect children rose from 58% to 81% in our June 2021 audit.")
    lay.para('Q5. How do we know we have improved?', font='Helvetica-Bold', size=10, leading=13.8, after=1)
    P("Audit results: pre-sentence safeguarding enquiries up from 71% to 96%, full training compliance, and "
      "monthly supervision for 95% of practitioners. Our fall in direct contact with children shows where we "
      "have not improved.")

    def footer(n, total):
        return [dict(kind='text', x=lay.left, y=34, font='Helvetica', size=8, color=GREY,
                     text='Pellbury PDU - Section 11 2021 - OFFICIAL'),
                dict(kind='text', x=PW - lay.left, y=34, font='Helvetica', size=8, color=GREY,
                     text='%d of %d' % (n, total), align='right')]

    data, n = render_layout(lay, 'Pellbury PDU Section 11 Self-Assessment 2021', 'Lorraine Hughes',
                            'Microsoft Word for Microsoft 365', footer=footer,
                            producer='Microsoft Word for Microsoft 365')
    own = {'1': 'amber', '2': 'green', '3': None, '4': 'amber'}
    ev = {'1': 'amber', '2': 'green', '3': 'green', '4': 'amber'}
    gold = make_gold(fname, ['Pellbury Probation Delivery Unit', 'Pellbury PDU', 'PPDU'],
                     own, ev, {'3': 'MR'}, F.d)
    return fname, data, gold, {'kind': 'pdf'}


# ============================================================================
# 7. Trend arrows beside the rating - Pellbury Valley Academy Trust
# ============================================================================
def build_academy():
    register_fonts()
    F = Frags()
    fname = 'p-pellbury-valley-academy-trust-s11-2021.pdf'
    purple = Color(0.33, 0.13, 0.45)
    FONT, BOLD = 'DejaVuSans', 'DejaVuSans-Bold'
    lay = Layout(left=58, right=58, top=60, bottom=66)
    P = lambda s, after=6: lay.para(F.t(s), font=FONT, bold=BOLD, size=9.4, leading=13.4, after=after)
    H = lambda s: lay.heading(s, font=BOLD, size=11.5, leading=16, before=9, after=3, color=purple)

    def rating(txt):
        lay.need(24)
        lay.y -= 18
        lay.op(kind='rect', x=lay.left, y=lay.y - 5, w=150, h=18, fill=Color(0.93, 0.90, 0.96))
        lay.op(kind='text', x=lay.left + 6, y=lay.y, font=BOLD, size=10, text=txt)
        lay.y -= 10

    lay.para('Pellbury Valley Academy Trust', font=BOLD, size=17, leading=21, color=purple, after=1)
    lay.para('Section 11 Safeguarding Self-Assessment 2021 - return to Pellbury Safeguarding Children '
             'Partnership', font=FONT, size=10.5, leading=14, after=8)
    for s in ['Trust safeguarding lead: Naomi Brennan, Director of Safeguarding and Inclusion',
              'Chief Executive Officer: Richard Oyelaran',
              'Schools covered: five primary academies and two secondary academies',
              'Date: 17 September 2021']:
        lay.para(s, font=FONT, size=8.8, leading=12, after=0)
    lay.space(8)
    # legend box
    lay.op(kind='rect', x=lay.left, y=lay.y - 46, w=lay.width, h=46, fill=Color(0.96, 0.95, 0.98),
           stroke=Color(0.7, 0.62, 0.78))
    lay.y -= 4
    lay.para('How to read our ratings', font=BOLD, size=9, leading=12.5, x=lay.left + 8, after=0)
    lay.para('Each standard is rated Red, Amber or Green for 2021. The arrow shows the change since our '
             '2020 return:', font=FONT, size=8.6, leading=12, x=lay.left + 8,
             width=lay.width - 16, after=0)
    lay.y -= 12
    for dx, item in [(8, '↑  improved since 2020'), (150, '→  no change since 2020'),
                     (300, '↓  lower than 2020')]:
        lay.op(kind='text', x=lay.left + dx, y=lay.y, font=FONT, size=8.6, text=item)
    lay.y -= 16
    lay.para('**Overall: Amber**   (the Trust Board\'s overall judgement across all seven academies)',
             font=FONT, bold=BOLD, size=10, leading=14, after=4)

    H('Standard 1: Leadership and accountability')
    P("The Trust Board appointed «1:Dr Elaine Forsythe as safeguarding trustee» in September 2020. She meets "
      "the Director of Safeguarding each term and reports to every Board meeting. Each of our seven academies "
      "has a Designated Safeguarding Lead and at least one deputy, and each local governing body has a "
      "safeguarding governor.")
    P("«1:The Board received termly safeguarding reports» throughout 2020/21, covering referrals, children "
      "missing education, attendance of vulnerable pupils during the lockdowns and staff training. The annual "
      "safeguarding report for 2020/21 was approved on 8 July 2021.")
    P("Internal assurance: «1:every academy had a safeguarding review in spring 2021», carried out by the "
      "Director of Safeguarding with the Trust audit tool. All seven were judged effective, with actions on "
      "record-keeping at two academies, both completed by June 2021.")
    rating('Rating: Green →')

    H('Standard 2: Staff safe recruitment, induction, training and development')
    P("Single central record: «2:an external audit of all seven single central records» in January 2021 "
      "found them 100% compliant, with no actions. Every recruitment panel includes a member trained in "
      "safer recruitment, and references are obtained before interview.")
    P("Training: «2:all 486 staff completed annual safeguarding training» by 30 September 2020, and all 21 "
      "designated and deputy designated leads hold DSL training renewed within the last two years. Every "
      "new starter in 2020/21 (58 staff) received safeguarding induction on their first day, including Part "
      "1 of Keeping Children Safe in Education and the academy's child protection policy.")
    P("Supervision: DSLs receive half-termly group supervision from the Director of Safeguarding, and "
      "«2:attendance in 2020/21 was 98%». Allegations: three allegations were referred to the LADO, each on "
      "the day it was made, and all three concluded within the Partnership timescales.")
    P("Although this evidence shows full compliance, the Board has asked us to hold this standard at Amber "
      "for one more year so that we are not complacent.")
    rating('Rating: Amber ↑')

    H('Standard 3: Safeguarding policies and procedures')
    P("Each academy's child protection policy is based on the Trust model policy, «3:updated for Keeping "
      "Children Safe in Education 2021» and approved by local governing bodies by 15 September 2021.")
    P("Recording: all seven academies use an electronic safeguarding record system, and «3:the spring 2021 "
      "reviews found concerns actioned within 24 hours» in 97% of the entries sampled. The academies made "
      "146 referrals to the Front Door in 2020/21.")
    P("Children missing education: «3:the Trust's missing education procedure was followed» in all 23 cases "
      "of pupils missing from education. Escalation was used twice in the year, and both cases were resolved "
      "with the Front Door.")
    rating('Rating: Green →')

    H('Standard 4: Listening to children and young people')
    P("Every academy has a school council, and «4:the secondary academies ran a pupil safeguarding survey» in "
      "March 2021, with 1,240 responses. 81% of pupils said they knew who to talk to if they were worried, "
      "down from 89% in 2019, which is why our rating for this standard is lower than last year.")
    P("After the survey, «4:pupils designed the Who Can I Talk To? posters» that are now in every classroom, "
      "and the student safeguarding ambassadors at both secondary academies run tutor-time sessions on "
      "healthy relationships.")
    P("Shortfalls: primary pupils have not been surveyed since 2019, and pupil voice is not yet part of the "
      "Board's safeguarding report. «4:A primary pupil voice survey is planned» for spring 2022.")
    rating('Rating: Amber ↓')

    H('Common questions')
    for qh, txt in [
        ('1. Something another agency has done during 20/21 that improved multi-agency practice',
         "The school nursing service ran weekly virtual drop-ins for our secondary pupils during the spring "
         "2021 lockdown. 64 pupils used them, and nurses and DSLs agreed joint plans for 11 of them."),
        ('2. RAG self-rating against each standard',
         "Standard 1: Green →. Standard 2: Amber ↑. Standard 3: Green →. Standard 4: Amber ↓."),
        ("3. Commitment to the Partnership's multi-agency training",
         "All 21 DSLs and deputies attended at least one PSCP course in 2020/21, and the Trust hosted the PSCP "
         "neglect course for schools in June 2021."),
        ('4. Is training having an impact on practice?',
         "Yes. After the PSCP child exploitation course, DSLs' referrals to the Exploitation Hub rose from 3 in "
         "2019/20 to 12 in 2020/21, and the Hub rated all 12 as appropriate."),
        ('5. How do we know we have improved?',
         "The external single central record audit, the spring 2021 safeguarding reviews and the pupil survey "
         "give us measured evidence; the survey also shows us where we have gone backwards."),
    ]:
        lay.para(qh, font=BOLD, size=9.4, leading=13.4, after=1)
        P(txt)

    def footer(n, total):
        return [dict(kind='text', x=lay.left, y=34, font=FONT, size=7.5, color=GREY,
                     text='Pellbury Valley Academy Trust - Section 11 Self-Assessment 2021'),
                dict(kind='text', x=PW - lay.left, y=34, font=FONT, size=7.5, color=GREY,
                     text='Page %d of %d' % (n, total), align='right')]

    data, n = render_layout(lay, 'PVAT Section 11 2021', 'Naomi Brennan', 'Canva',
                            footer=footer, producer='Canva')
    own = {'1': 'green', '2': 'amber', '3': 'green', '4': 'amber'}
    ev = {'1': 'green', '2': 'green', '3': 'green', '4': 'amber'}
    gold = make_gold(fname, ['Pellbury Valley Academy Trust', 'Pellbury Valley', 'PVAT'],
                     own, ev, {'2': 'UNDER'}, F.d)
    return fname, data, gold, {'kind': 'pdf'}


# ============================================================================
# 8 and 9. Online survey responses (printed to PDF; exported to Word)
# ============================================================================
def survey_questions():
    qs = [
        ('org', 'Name of your organisation'),
        ('sector', 'Which sector does your organisation belong to?'),
        ('name', 'Name of the person completing this return'),
        ('role', 'Job title'),
        ('period', 'Which period does this return cover?'),
    ]
    for k in '1234':
        t = 'Standard %s: %s' % (k, STD_TITLES[k])
        qs += [('s%se' % k, '%s – please describe your evidence (leads, dates, audits, figures, outcomes)' % t),
               ('s%sr' % k, '%s – how would you rate your agency?' % t),
               ('s%sa' % k, 'Standard %s – what actions are planned for 2021/22?' % k)]
    qs += [
        ('cq1', 'Please describe something another agency has done during 20/21 that has improved '
                'multi-agency practice.'),
        ('cq2', 'Please summarise your RAG self-rating against each standard.'),
        ('cq3', "Please describe your agency's commitment to the Partnership's multi-agency training."),
        ('cq4', 'Is single and multi-agency training having an impact on practice? Please give examples.'),
        ('cq5', 'How do you know your agency has improved?'),
        ('concerns', 'Do you have any concerns you wish to raise with the Partnership?'),
        ('support', 'Would you like support from the Partnership Business Unit with your action plan?'),
        ('staff', 'How many staff and volunteers does your organisation have?'),
        ('staffc', 'How many of them work directly with children?'),
        ('signoff', 'Name and role of the senior leader who signed off this return'),
        ('signdate', 'Date signed off'),
        ('share', 'May the Partnership share anonymised examples of good practice from your return?'),
        ('declare', 'Declaration: I confirm that the information in this return is accurate.'),
    ]
    assert len(qs) == 30
    return qs


def build_survey_pdf():
    F = Frags()
    fname = 'p-pellbury-leisure-trust-s11-2021.pdf'
    A = {
        'org': 'Pellbury Leisure Trust',
        'sector': 'Voluntary, community and charity sector (leisure and sport trust)',
        'name': 'Craig Dunmore',
        'role': 'Head of Operations and Designated Safeguarding Lead',
        'period': '1 April 2020 to 31 March 2021',
        's1e': "The Chief Executive, Janet Fellowes, is the board-level lead, and «1:the Board of Trustees "
               "appointed a safeguarding trustee», Tom Hadley, in November 2020. Craig Dunmore, Head of "
               "Operations, is the Designated Safeguarding Lead, with a deputy at each of our five centres.\n"
               "Safeguarding is reported to the Board quarterly, but «1:only two of the four quarterly reports» "
               "were presented in 2020/21 because the centres were closed for long periods.\n"
               "We have not yet carried out an internal safeguarding audit. «1:A self-audit tool was agreed in "
               "June 2021» and will be used at every centre by December 2021. The holiday activity providers we "
               "commissioned in summer 2021 all signed our safeguarding agreement before the programme started.",
        's1r': 'Amber',
        's1a': 'Complete the self-audit at all five centres by December 2021 and restore quarterly Board '
               'reporting.',
        's2e': "All 146 staff and volunteers who work with children hold enhanced DBS checks, and «2:our HR "
               "audit in February 2021 found 146 of 146» in date; the DBS update service is used for annual "
               "rechecks.\n"
               "Safer recruitment: two references are taken before anyone starts, and «2:every interview panel "
               "includes a trained manager» (11 managers are trained in safer recruitment).\n"
               "Training: 97% of staff have completed the Trust's safeguarding e-learning, and all swimming "
               "teachers and coaches hold the national governing body safeguarding course. Induction includes "
               "a safeguarding session on day one, and «2:all 38 new starters in 2020/21 completed it».\n"
               "Supervision: swim and coaching team leaders hold monthly one-to-ones that include safeguarding, "
               "and the DSL runs quarterly reflective sessions for the centre deputies. One allegation was "
               "referred to the LADO in 2020/21, within one working day.",
        's2r': 'Green',
        's2a': 'Train the four newly appointed duty managers in safer recruitment.',
        's3e': "We have a child protection policy and all staff know what to do if they have a concern. «3:The "
               "policy was last reviewed in 2018» and the review due in 2020 was postponed because of Covid; it "
               "still refers to the Pellbury LSCB, which the Partnership replaced in 2019.\n"
               "We follow the Partnership procedures. «3:We do not have separate policies» on missing children "
               "or exploitation because we have not needed them.\n"
               "In May 2021 «3:a spot-check found only 4 of 12 duty managers» could describe how to make a "
               "referral to the Front Door. When a child went missing from a swimming session in April 2021 it "
               "was more than two hours before the police were called. We have not used the escalation "
               "procedure.\n"
               "Overall we are confident that our procedures are robust.",
        's3r': 'Green',
        's3a': 'Review the policy when time allows.',
        's4e': "Children and young people give feedback through our annual customer survey. «4:The junior "
               "members survey in August 2021» had 318 responses and led to the return of teen-only gym "
               "sessions on Saturday mornings.\n"
               "«4:Young leaders aged 14 to 18 sit on» the Sports Development Forum and helped plan the summer "
               "holiday programme.\n"
               "We have not yet asked children specifically whether they feel safe in our centres, and feedback "
               "to children is limited to notices in reception. «4:A feeling safe question will be added» to "
               "the 2022 survey.",
        's4r': 'Amber',
        's4a': 'Add a feeling safe question to the junior survey; publish results on the centre noticeboards.',
        'cq1': "The Pellbury Council Holiday Activities and Food team shared a single booking and safeguarding "
               "form with all summer 2021 providers, so that we received children's medical and welfare "
               "information before the first session for all 420 children we hosted.",
        'cq2': 'Standard 1 Amber, Standard 2 Green, Standard 3 Green, Standard 4 Amber.',
        'cq3': "Our DSL and two centre deputies attended the PSCP 'working together' course in 2021, and we "
               "will send all five centre deputies on the PSCP exploitation course this year.",
        'cq4': "Yes. Swimming teachers who completed the governing body course have raised four welfare "
               "concerns with the DSL since April 2021, compared with none in the previous year.",
        'cq5': "Through the HR audit of DBS checks, training completion and the junior members survey, which "
               "showed that changes we made were noticed by young people.",
        'concerns': 'No.',
        'support': 'Yes - we would welcome advice on updating our child protection policy.',
        'staff': '412 staff and 60 volunteers',
        'staffc': '146',
        'signoff': 'Janet Fellowes, Chief Executive',
        'signdate': '27/09/2021',
        'share': 'Yes',
        'declare': 'I confirm',
    }
    qs = survey_questions()
    lay = Layout(left=54, right=54, top=78, bottom=70)
    lay.para('Pellbury Safeguarding Children Partnership – Section 11 Self-Assessment 2021', font='Helvetica-Bold',
             size=13, leading=17, after=2)
    lay.para('Individual response', size=10, leading=13, color=GREY, after=10)
    for i, (k, text) in enumerate(qs, 1):
        lay.need(13 * 3 + 8)
        lay.para('Q%d. %s' % (i, text), font='Helvetica-Bold', size=9.6, leading=12.6, after=3, keep=3)
        ans = A[k]
        for para in ans.split('\n'):
            lay.para(F.t(para), size=9.6, leading=12.6, x=lay.left + 14, width=lay.width - 14, after=3)
        lay.space(7)

    def footer(n, total):
        return [dict(kind='text', x=lay.left, y=PH - 40, font='Helvetica', size=8, color=GREY,
                     text='Response ID 48213 – Completed 28/09/2021 16:02'),
                dict(kind='text', x=PW - lay.left, y=PH - 40, font='Helvetica', size=8, color=GREY,
                     text='PSCP Section 11 Self-Assessment 2021', align='right'),
                dict(kind='hline', x1=lay.left, x2=PW - lay.left, y=PH - 46, stroke=GREY, lw=0.4),
                dict(kind='text', x=lay.left, y=34, font='Helvetica', size=7.5, color=GREY,
                     text='https://surveys.pellbury-scp.example/s/section11-2021/responses/48213/print'),
                dict(kind='text', x=PW - lay.left, y=34, font='Helvetica', size=7.5, color=GREY,
                     text='Page %d of %d' % (n, total), align='right')]

    data, n = render_layout(lay, 'Response 48213', 'SurveyHub', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) '
                            'Chrome/94.0.4606.61', footer=footer, producer='Skia/PDF m94')
    own = {'1': 'amber', '2': 'green', '3': 'green', '4': 'amber'}
    ev = {'1': 'amber', '2': 'green', '3': 'red', '4': 'amber'}
    gold = make_gold(fname, ['Pellbury Leisure Trust', 'Pellbury Leisure', 'PLT'], own, ev, {'3': 'OVER'}, F.d)
    return fname, data, gold, {'kind': 'pdf'}


DOCX_TIME = (2021, 9, 27, 11, 46, 0)


def docx_bytes(doc):
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_survey_docx():
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    F = Frags()
    fname = 'p-pellbury-youth-works-s11-2021.docx'
    RA = 'Amber – partially meeting the standard'
    RG = 'Green – fully meeting the standard'
    A = {
        'org': 'Pellbury Youth Works',
        'sector': 'Voluntary, community and charity sector (youth work)',
        'name': 'Ravi Sandhu',
        'role': 'Youth Work Manager and Designated Safeguarding Lead',
        'period': '1 April 2020 to 31 March 2021',
        's1e': "Youth Works is a registered charity with 26 paid staff and 70 volunteers running eight youth "
               "clubs and a detached team. «1:The Chief Executive, Bernadette Cole, is the lead» for "
               "safeguarding, and Ravi Sandhu, Youth Work Manager, is the Designated Safeguarding Lead. «1:A "
               "trustee, Gillian Osei, took on safeguarding» in January 2021.\n"
               "The trustees receive a safeguarding report at each of their four meetings a year. The reports "
               "give the number of concerns but no analysis of themes or outcomes.\n"
               "«1:We have not completed an internal audit» since 2019. An external safeguarding review by "
               "Pellbury Council for Voluntary Service is booked for January 2022.",
        's1r': RA,
        's1a': 'External safeguarding review (January 2022); add themes and outcomes to the trustee report.',
        's2e': "All staff and volunteers in regulated activity have enhanced DBS checks with barred list "
               "checks. «2:Our check in March 2021 found three volunteers» whose renewals were overdue; they were "
               "stood down until the new checks came back in April.\n"
               "References are taken for all staff, but «2:for volunteers we take one reference», not the two "
               "our policy requires.\n"
               "Training: all 26 staff have completed Level 2 safeguarding training, but volunteer completion is "
               "71%. «2:Staff receive monthly supervision that includes safeguarding»; volunteers are supervised "
               "by session leads, but this is not recorded. There were no allegations against staff or "
               "volunteers in 2020/21.",
        's2r': RA,
        's2a': 'Two references for every volunteer from October 2021; volunteer training to 90% by March 2022; '
               'record volunteer supervision.',
        's3e': "Our safeguarding policy and procedures were reviewed by trustees in «3:April 2021 and include the "
               "Partnership escalation procedure». Guidance on exploitation, missing young people and online "
               "safety was added in 2021 with help from the Exploitation Hub.\n"
               "«3:Every concern is logged on our secure system» and reviewed by the DSL within 24 hours; an audit "
               "of 40 logs in June 2021 found 39 reviewed within 24 hours.\n"
               "We made 31 referrals to the Front Door in 2020/21, and «3:the Front Door accepted 29 of 31 "
               "referrals». We used the escalation procedure once, and the case was resolved within a week.",
        's3r': RG,
        's3a': 'Repeat the log audit in December 2021.',
        's4e': "Young people shape everything we do. «4:The Youth Board of ten young people» interviews all new "
               "staff, sets the programme each term and presented its work to the Partnership in March 2021.\n"
               "«4:Every session ends with a two-minute feedback check-in», and the 2020/21 annual survey (212 "
               "responses) found that 92% of young people felt safe at our sessions. We publish 'You said, we "
               "did' updates at every club; «4:after young people asked for detached work» on the Dunmere "
               "estate, we started two evening sessions a week in May 2021.\n"
               "Case example: Kayden Marsh (DOB 14/03/2007, NHS number 999 123 4567) lives with his mother, "
               "Shannon Marsh, at 17 Fenwick Close, Pellbury ZX4 7QP. He told his youth worker that he was "
               "being pressured to carry packages for older boys. With his agreement the worker referred him "
               "to the Exploitation Hub the same day, and he now has a mentor. His mum can be contacted on "
               "07700 900482 and has agreed to talk to other parents about the project.",
        's4r': RG,
        's4a': 'Youth Board to review the annual survey questions before March 2022.',
        'cq1': "Pellbury Constabulary's neighbourhood team joined our detached sessions on the Dunmere estate "
               "from February 2021. Young people met the same two officers every week, and three young people "
               "later chose to report exploitation to them directly.",
        'cq2': 'Standard 1: Amber. Standard 2: Amber. Standard 3: Green. Standard 4: Green.',
        'cq3': "All six session leads attended the PSCP exploitation course, and our DSL attends the PSCP "
               "training pool meetings. We would like more evening courses for volunteers.",
        'cq4': 'N/A',
        'cq5': "Our referrals are better: the Front Door accepted 29 of 31 in 2020/21, compared with 17 of 26 in "
               "2019/20, and the Youth Board tells us young people know who to go to.",
        'concerns': 'The waiting time for the Exploitation Hub mentoring service (around eight weeks).',
        'support': 'Yes - help with volunteer safer recruitment.',
        'staff': '26 staff and 70 volunteers',
        'staffc': '96 (all)',
        'signoff': 'Bernadette Cole, Chief Executive',
        'signdate': '24/09/2021',
        'share': 'Yes',
        'declare': 'I confirm',
    }
    personal = ['Kayden Marsh', '14/03/2007', '999 123 4567', 'Shannon Marsh',
                '17 Fenwick Close, Pellbury ZX4 7QP', '07700 900482']

    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.text = 'Exported from SurveyHub – https://surveys.pellbury-scp.example/s/section11-2021/responses/48377'
    fp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run('Pellbury Safeguarding Children Partnership – Section 11 Self-Assessment 2021')
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run('Response ID 48377 – Completed 27/09/2021 11:40')
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    p = doc.add_paragraph()
    r = p.add_run('Respondent: Pellbury Youth Works    Status: Complete    Time taken: 1 h 52 min')
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    def shade(cell, hexfill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement('w:shd')
        shd.set(qn('w:val'), 'clear')
        shd.set(qn('w:color'), 'auto')
        shd.set(qn('w:fill'), hexfill)
        tcPr.append(shd)

    for i, (k, text) in enumerate(survey_questions(), 1):
        t = doc.add_table(rows=2, cols=1)
        t.style = 'Table Grid'
        qc, ac = t.rows[0].cells[0], t.rows[1].cells[0]
        shade(qc, 'DCE6F2')
        qp = qc.paragraphs[0]
        rr = qp.add_run('Q%d. %s' % (i, text))
        rr.bold = True
        paras = A[k].split('\n')
        ac.paragraphs[0].text = F.t(paras[0], glue=False)
        for extra in paras[1:]:
            ac.add_paragraph(F.t(extra, glue=False))
        doc.add_paragraph()

    cp = doc.core_properties
    cp.author = 'SurveyHub'
    cp.last_modified_by = 'SurveyHub'
    cp.title = 'Response 48377 - Section 11 Self-Assessment 2021'
    cp.subject = ''
    cp.keywords = ''
    cp.comments = ''
    cp.category = ''
    cp.revision = 1
    dt = datetime.datetime(*DOCX_TIME)
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    data = docx_bytes(doc)

    own = {'1': 'amber', '2': 'amber', '3': 'green', '4': 'green'}
    gold = make_gold(fname, ['Pellbury Youth Works', 'Youth Works', 'PYW'], own, dict(own), {}, F.d,
                     personal=personal, unanswered=('Q4',))
    return fname, data, gold, {'kind': 'docx'}


BUILDERS = [build_form, build_police, build_council, build_ccg, build_fire, build_probation,
            build_academy, build_survey_pdf, build_survey_docx]


# ============================================================================
# extraction used by --check
# ============================================================================
def text_blocks(kind, data):
    if kind == 'form':
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        vals = []
        for name, f in sorted(r.get_fields().items()):
            v = f.get('/V')
            if isinstance(v, str) and f.get('/FT') == '/Tx':
                vals.append(v)
        return vals
    if kind == 'pdf':
        import pdfplumber
        lines = []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for p in pdf.pages:
                lines.extend((p.extract_text() or '').split('\n'))
        return lines
    if kind == 'docx':
        from docx import Document
        d = Document(io.BytesIO(data))
        blocks = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    blocks.append(cell.text)
        for s in d.sections:
            blocks += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return blocks
    raise ValueError(kind)


def pdf_pages(data):
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)




def build_all():
    out = []
    for b in BUILDERS:
        fname, data, gold, info = b()
        out.append((fname, data, gold_yaml(gold), gold, info))
    return out


def check(items):
    import yaml
    ok = True
    for fname, data, gy, gold, info in items:
        probs = []
        p = os.path.join(SUB, fname)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            probs.append('bytes differ from disk')
        gp = os.path.join(GOLD, fname + '.yml')
        if not os.path.exists(gp) or open(gp, encoding='utf-8').read() != gy:
            probs.append('gold differs from disk')
        y = yaml.safe_load(gy)
        assert y['file'] == fname
        kind = info['kind']
        blocks = text_blocks(kind, data)
        blob = '\n\x00\n'.join(blocks)
        for k, frs in y['evidence_must_include'].items():
            for f in frs:
                n = blob.count(f)
                if n != 1:
                    probs.append('fragment %s %r occurs %d times' % (k, f, n))
        for pd in y['personal_data']:
            if blob.count(pd) < 1:
                probs.append('personal data %r not found' % pd)
        npages = pdf_pages(data) if kind != 'docx' else None
        if npages is not None and not (2 <= npages <= 5):
            probs.append('page count %d' % npages)
        extra = ''
        if 'splits' in info:
            extra = ' hyphen-splits=%d' % info['splits']
        print('%-55s %-5s pages=%s frags=%d%s %s' % (
            fname, kind, npages, sum(len(v) for v in y['evidence_must_include'].values()), extra,
            'OK' if not probs else 'FAIL'))
        for pr in probs:
            print('    ' + pr)
        ok = ok and not probs
    return ok


def main():
    items = build_all()
    if '--check' in sys.argv:
        ok = check(items)
        print('CHECK PASSED' if ok else 'CHECK FAILED')
        sys.exit(0 if ok else 1)
    os.makedirs(SUB, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for fname, data, gy, gold, info in items:
        with open(os.path.join(SUB, fname), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(GOLD, fname + '.yml'), 'w', encoding='utf-8') as fh:
            fh.write(gy)
        print('wrote', fname)


if __name__ == '__main__':
    main()
