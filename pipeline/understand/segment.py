"""Split a Document into one Section per framework standard and per common question.

Headings open sections when they name a standard or question (by number, title, alias or a
close match). A deeper heading that names nothing ("Evidence", "Areas for development")
stays inside the open section; a heading as high as the one that opened it closes it. A
table whose first cell names one standard belongs to it. Text under no recognisable heading
is placed by an explicit mention ("Turning to standard three...") or, failing that, by its
content through ``assign``; what is left is reported in ``warnings``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.understand.headings import (
    QUESTION_REF,
    match_question,
    match_standard,
    normalise,
    number_value,
    standard_by_number,
    standard_references,
    topic,
    topic_references,
)
from pipeline.values import Block, Document, Framework, Section, Segmentation

Assigner = Callable[[str], str | None]

# Sub-headings that belong to whatever standard they sit under, at any level.
_SUBHEADINGS = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(evidence|key evidence|supporting evidence|"
    r"evidence of (impact|compliance)|"
    r"strengths?|what we do well|what is working well|what's working well|areas? (for|of) "
    r"(development|improvement|focus)|what we need to (improve|do)|what needs to improve|"
    r"development areas?|actions?|actions? planned|planned actions|next steps|improvement actions|"
    r"impact|our impact|outcomes?|challenges|key achievements|achievements|progress|"
    r"self[- ]?assessment|rating|rag rating|score|assessment|summary|comments?|case (example|study)"
    r"|examples?|narrative|update|commentary|risks?|gaps?)\b[^.]{0,40}$",
    re.IGNORECASE,
)
# "Part A corresponds to the partnership's leadership standard, Part B to ..."
_DECLARED = re.compile(
    r"\b(part|section|chapter|theme|domain|area)\s+([A-Z]|\d{1,2})\b", re.IGNORECASE
)
_DECLARES = re.compile(
    r"\b(correspond\w*|relat\w*|maps?|mapped|equivalent|covers?|match\w*|align\w*)\b", re.IGNORECASE
)
_QUESTIONS_CONTAINER = re.compile(
    r"\b(common|partnership|general|gscp|lscp|panel|additional|local)?\s*questions\b|"
    r"\bquestions (from|for|asked by) the (partnership|panel)\b|\bpartnership questions\b",
    re.IGNORECASE,
)
_QUESTIONS_LEAD = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\s+)?(?:(?:turning|moving on|coming|now turning|we turn|"
    r"and finally,?|finally,?)\s+(?:now\s+)?to\s+)?(?:the\s+)?(?:(?:partnership'?s?|our)\s+)?"
    r"(?:common|partnership'?s?|general)\s+questions\s*[.:\-–—]\s*"
    # "On your first common question, ...": the first answer opens the questions
    r"|^\W*(?:on|to|turning to|as for)\s+(?:your|the|the partnership'?s)\s+(?:first|1st)\s+"
    r"(?:common\s+|partnership\s+)?question\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2})[.)]\s+\S")
_PROSE_LEAD = 14
_CLOSING = re.compile(
    r"^\W*(?:\d{1,2}\.\d{1,2}\s+)?(?:taking (?:all|everything|this)|overall|in summary|to sum up|"
    r"all (?:of )?(?:this|that)|"
    r"for (?:these|this|all these) reasons?|that is why|this is why|on balance|in conclusion|"
    r"so,? (?:we|overall)|we (?:therefore|are (?:confident|content|satisfied)|have therefore))\b",
    re.IGNORECASE,
)
_TRANSITION = re.compile(
    r"^\W*(?:turning(?: now)? to|moving(?: on)? to|next,?|finally,?|lastly,?|as for|as regards|"
    r"with regard to|in relation to|on|for|under)\s+(?P<topic>[^.,;:]{3,80})",
    re.IGNORECASE,
)  # words at the start of a paragraph where a standard's name introduces it


@dataclass
class _Open:
    kind: str  # "standard" | "question"
    id: str
    level: int
    heading: int
    method: str


def declared_parts(document: Document, framework: Framework) -> dict[str, str]:
    """A submission's own map from its parts to the standards ("Part A corresponds to the
    partnership's leadership and accountability standard, Part B to ...")."""
    mapping: dict[str, str] = {}
    for block in document.blocks[:40]:
        if block.kind == "heading" or not _DECLARES.search(block.text):
            continue
        for sentence in re.split(r"(?<=[.;])\s+", block.text):
            if not _DECLARES.search(sentence):
                continue
            marks = list(_DECLARED.finditer(sentence))
            for number, mark in enumerate(marks):
                end = marks[number + 1].start() if number + 1 < len(marks) else len(sentence)
                target, _ = match_standard(sentence[mark.end() : end], framework, threshold=75)
                if target:
                    mapping[f"{mark.group(1).lower()} {mark.group(2).lower()}"] = target
    return mapping


def _declared_target(text: str, declared: dict[str, str]) -> str | None:
    match = _DECLARED.match(text.strip())
    if match:
        return declared.get(f"{match.group(1).lower()} {match.group(2).lower()}")
    return None


def _prose_mention(text: str, framework: Framework) -> str | None:
    """A standard introduced by name or number at the start of an unheaded paragraph."""
    references = {i for r in standard_references(text[:300], framework) for i in r.standard_ids}
    if len(references) == 1:
        return next(iter(references))
    transition = _TRANSITION.match(text)
    if transition:
        subject, _ = match_standard(transition.group("topic"), framework)
        if subject:
            return subject
    lead = " " + normalise(" ".join(text.split()[:_PROSE_LEAD])) + " "
    found = set()
    for standard in framework.standards:
        for name in (standard.title, *standard.aliases):
            phrase = normalise(name)
            if len(phrase.split()) >= 2 and f" {phrase} " in lead:
                found.add(standard.id)
    return next(iter(found)) if len(found) == 1 else None


_SUB_NUMBER = re.compile(r"^\W*(\d{1,2})\.(\d{1,2})(?:\.\d+)?[.)]?\s+\S")


def _sub_numbered(text: str, framework: Framework) -> str | None:
    """The standard whose number a sub-heading's number starts with ("3.2 ..." -> 3)."""
    numbered = _SUB_NUMBER.match(text)
    if not numbered:
        return None
    standard = standard_by_number(framework, int(numbered.group(1)))
    return standard.id if standard else None


_NUMBERED_TITLE = re.compile(r"^\W*(\d{1,2})[.)]\s+(\S.*)$")
_TITLE_WORDS = 30  # a title line with its question, not a paragraph of evidence


def _title_paragraph(block: Block, framework: Framework) -> str | None:
    """The standard a short paragraph opens with its own number and title ("2. Staff safe
    recruitment, induction, training and development - are staff safely recruited?")."""
    if block.kind == "table" or len(block.text.split()) > _TITLE_WORDS:
        return None
    numbered = _NUMBERED_TITLE.match(block.text)
    if not numbered:
        return None
    standard = standard_by_number(framework, int(numbered.group(1)))
    title = re.split(r"\s[-–—]\s|[?:]", numbered.group(2))[0]
    standard_id, _ = match_standard(title, framework)
    return standard_id if standard is not None and standard_id == standard.id else None


def _heading_target(
    block: Block,
    framework: Framework,
    current: _Open | None,
    declared: dict[str, str] | None = None,
    asked: bool = False,
) -> tuple[str, str] | None:
    """("standard" | "question", id) that a heading names, or None; ``asked`` for the
    wording of a survey's own numbered question."""
    text = block.text
    if declared and (target := _declared_target(text, declared)):
        return "standard", target
    standard_id, standard_score = match_standard(text, framework)
    question_id, question_score = match_question(topic(text), framework)
    if asked and not question_id and topic(text) != text and not _RATING_VALUE.search(text):
        # a survey's "Please summarise your RAG self-rating against each standard": a
        # clause about rating that gives no rating is the question, not a rating announced
        question_id, question_score = match_question(text, framework)
    explicit_question = question_score >= 100 and re.match(
        r"^\W*(common\s+)?(q|question)\s*\.?\s*\d", text, re.I
    )
    if explicit_question and question_id:
        return "question", question_id
    if standard_id and standard_score >= question_score:
        return "standard", standard_id
    if question_id:
        # Inside a standard, a sub-heading such as "Multi-agency training" is part of it.
        if current and current.kind == "standard" and (block.level or 9) > current.level:
            return None
        return "question", question_id
    if standard_id:
        return "standard", standard_id
    return None


_LABEL_CELL = re.compile(
    r"^\W*(evidence|evidence of (compliance|impact)|strengths?|"
    r"areas? for (development|improvement)|"
    r"actions?|rating|rag( rating)?|self[- ]assessment( rating)?|comments?|standard|n/?a|none|"
    r"key (strengths|evidence)|what we do|how we know)\W*$",
    re.IGNORECASE,
)
_MIN_CELL_WORDS = 4


_STANDARD_COLUMN = re.compile(
    r"^\W*(std\.?|standards?|s11 standards?|standard no\.?|no\.?|ref\.?|#|theme)\W*$",
    re.IGNORECASE,
)


def standard_column(block: Block, framework: Framework) -> int | None:
    """The column of a table whose header is "Std", "Standard" or the like and whose cells
    name standards by number or title (an evidence table with a row per item), or None."""
    if len(block.rows) < 2:
        return None
    header = block.rows[0]
    for position, cell in enumerate(header):
        if not _STANDARD_COLUMN.match(cell.text):
            continue
        values = [
            _cell_standard(row[position].text, framework)
            for row in block.rows[1:]
            if position < len(row) and row[position].text.strip()
        ]
        if values and sum(v is not None for v in values) >= max(1, len(values) * 3 // 4):
            return position
    return None


def _cell_standard(text: str, framework: Framework) -> str | None:
    """A standard named by a cell: a bare number ("2", "S2", "Std 2") or a title."""
    bare = re.fullmatch(r"\W*(?:std\.?|standard|s)?\s*(\w+)\W*", text.strip(), re.IGNORECASE)
    if bare and (number := number_value(bare.group(1))) is not None:
        standard = standard_by_number(framework, number)
        return standard.id if standard else None
    return match_standard(text[:120], framework)[0] if len(text) <= 120 else None


def row_standards(block: Block, framework: Framework) -> dict[int, str]:
    """For a table that names two or more standards in its rows (a template with a row per
    standard, or an evidence table with a standard column), which standard each row belongs
    to; rows under a named row follow it. A table with a standard column whose rows all name
    one standard (a page of a longer table) belongs to it. Empty for any other table."""
    column = standard_column(block, framework)
    if column is not None:
        owners: dict[int, str] = {}
        current: str | None = None
        for number, row in enumerate(block.rows[1:], start=1):
            if column < len(row) and row[column].text.strip():
                current = _cell_standard(row[column].text, framework) or current
            if current:
                owners[number] = current
        return owners
    named: dict[int, str] = {}
    for number, row in enumerate(block.rows):
        if (
            row
            and len(row[0].text) <= 120
            and (standard_id := match_standard(row[0].text, framework)[0])
        ):
            named[number] = standard_id
    if len(set(named.values())) < 2:
        return {}
    owners = {}
    current = None
    for number in range(len(block.rows)):
        current = named.get(number, current)
        if current:
            owners[number] = current
    return owners


def column_standards(block: Block, framework: Framework) -> dict[int, str]:
    """For a table whose header row names a standard over each of two or more columns (an
    evidence table turned on its side: rows "Lead", "Evidence", "RAG"), the standard each
    column belongs to; empty for any other table."""
    if not block.rows or len(block.rows) < 2:
        return {}
    named = {
        position: standard_id
        for position, cell in enumerate(block.rows[0])
        if position > 0
        and len(cell.text) <= 120
        and (standard_id := match_standard(cell.text, framework)[0])
    }
    return named if len(set(named.values())) >= 2 else {}


def _names_standard(text: str, framework: Framework) -> bool:
    """A cell that is only a standard's number and title, not evidence."""
    return len(text.split()) <= 14 and match_standard(text, framework)[1] >= 95


def block_texts(block: Block, framework: Framework, standard_id: str | None = None) -> list[str]:
    """The texts of a block that can hold evidence: a paragraph or list item whole, and the
    table cells that are neither labels, ratings nor a standard's title. Given a standard, a
    table with a row per standard yields only that standard's rows."""
    if block.kind == "heading":
        return []
    if block.kind != "table":
        return [block.text]
    owners = row_standards(block, framework) if standard_id else {}
    columns = column_standards(block, framework) if standard_id and not owners else {}
    texts = []
    for number, row in enumerate(block.rows):
        if owners and owners.get(number) != standard_id:
            continue
        for position, cell in enumerate(row):
            if columns and columns.get(position) != standard_id:
                continue  # another standard's column, or the rows' labels
            text = cell.text.strip()
            if (
                len(text.split()) >= _MIN_CELL_WORDS
                and not _LABEL_CELL.match(text)
                and not _names_standard(text, framework)
            ):
                texts.append(text)
    return texts


def named_elsewhere(
    document: Document,
    segmentation: Segmentation,
    framework: Framework,
    wanted: Callable[[str], bool],
) -> dict[str, tuple[str, ...]]:
    """For each standard, the ``wanted`` paragraphs outside its section that name it and no
    other standard (a covering letter that explains its rating)."""
    owner = {i: s.id for s in segmentation.standards for i in s.blocks}
    found: dict[str, list[str]] = {}
    for block in document.blocks:
        if block.kind == "table" or not wanted(block.text):
            continue
        references = [
            *standard_references(block.text[:600], framework),
            *topic_references(block.text[:600], framework),
        ]
        named = {i for r in references for i in r.standard_ids}
        if len(named) == 1 and (standard_id := named.pop()) != owner.get(block.index):
            found.setdefault(standard_id, []).append(block.text)
    return {k: tuple(v) for k, v in found.items()}


def section_texts(
    document: Document, section: Section, framework: Framework
) -> list[tuple[Block, str]]:
    """Every evidence-capable text under a standard, with its block."""
    by_index = {b.index: b for b in document.blocks}
    return [
        (by_index[index], text)
        for index in section.blocks
        for text in block_texts(by_index[index], framework, section.id)
    ]


_RATING_VALUE = re.compile(r"\b(?:green|amber|red|met|(?-i:[RAG]))\b", re.IGNORECASE)


# A contents page's entry: the title, dot leaders (or a tab) and a page number.
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$|…+\s*\d{1,3}\s*$")
_CONTENTS_WORDS = 40  # dot leaders count as words; an entry is short all the same
_QUESTION_LINE = 8  # the level of a question set as a plain line, below any real heading


def _asks_only(text: str, question_id: str, framework: Framework) -> bool:
    """Whether a numbered line is only the question ("Q2. Please summarise your RAG
    self-rating against each standard."), its answer in the paragraphs after it."""
    if not (QUESTION_REF.match(text) or re.match(r"^\s*\(?\d{1,2}[.)]\s+", text)):
        return False  # "Third, our commitment ...": an answer that says which it answers
    unnumbered = re.sub(r"^\s*\(?\d{1,2}[.)]\s+", "", text, count=1)
    wording = QUESTION_REF.sub("", unnumbered, count=1).strip(" .):–-")
    if len(wording.split()) > _QUESTION_WORDS or re.search(r"[.!:]\s+\S", wording):
        return False  # long, or a label with its answer ("Self-rating. As recorded ...")
    if wording.endswith("?"):
        return True
    asked, _ = match_question(wording, framework, threshold=80)
    return asked == question_id and not _RATING_VALUE.search(wording)


_QUESTION_WORDS = 30


def _own_question_numbers(document: Document, framework: Framework) -> bool:
    """Whether the return numbers its questions in a sequence of its own, as a survey tool
    prints a response ("Q1" to "Q30"): numbers well past the framework's common questions
    mean "Q3" is the survey's third question, not the framework's."""
    numbers = [
        int(found.group("number"))
        for block in document.blocks
        if (found := QUESTION_REF.match(block.text))
    ]
    return bool(numbers) and max(numbers) > _OWN_NUMBERING * len(framework.common_questions)


_OWN_NUMBERING = 2  # numbered questions past this many times the framework's are a survey's


def _numbered_item(block: Block, framework: Framework) -> Block | None:
    """A numbered question of the survey as a heading of its wording alone (a table's
    first cell, else the block's first line), or None for a block not so numbered."""
    if not QUESTION_REF.match(block.text):
        return None
    first = block.rows[0][0].text if block.rows and block.rows[0] else block.text
    wording = QUESTION_REF.sub("", first.split("\n", 1)[0], count=1).lstrip(" .):–-")
    return replace(block, kind="heading", text=wording, rows=())


def _table_standard(block: Block, framework: Framework) -> str | None:
    """A table whose first cell names exactly one standard, and no other row names another."""
    if not block.rows or not block.rows[0]:
        return None
    first, _ = match_standard(block.rows[0][0].text[:120], framework)
    if first is None:
        return None
    for row in block.rows[1:]:
        if not row or len(row[0].text.split()) > _LABEL_WORDS:
            continue  # an answer's sentences below the question, not a row's label
        if (other := match_standard(row[0].text[:120], framework)[0]) and other != first:
            return None  # a summary table listing several standards
    return first


_LABEL_WORDS = 15  # a first cell longer than this is text, not a label naming a standard


def _label(block: Block) -> str | None:
    """The label that opens a block: a heading's text, or a paragraph's short first sentence
    ("Impact of training. After the course, ...")."""
    if block.kind == "heading":
        return block.text
    first = re.split(r"(?<=[.:?])\s+", block.text.strip(), maxsplit=1)[0]
    return (
        first if len(first.split()) <= 10 and len(block.text.split()) > len(first.split()) else None
    )


def _container_question(
    block: Block, framework: Framework, found: list[str], under_heading: bool
) -> str | None:
    """Inside a "Common questions" part: which question a sub-heading or labelled paragraph
    opens, by number ("3.", "Q3"), by wording, or else by position (they come in order).
    A paragraph under a question's own heading is its answer unless it is numbered."""
    numbered = _NUMBERED.match(block.text) or QUESTION_REF.match(block.text)
    ids = [q.id for q in framework.common_questions]
    if numbered:
        wanted = f"Q{int(numbered.group(1))}"
        return next((i for i in ids if i.upper() == wanted), None)
    if under_heading:
        return None
    ordinal = _ORDINAL_LEAD.match(block.text)
    if ordinal:
        # "First, an example from another agency: ...", "Fourth, on impact, ...", "Finally, ..."
        word = ordinal.group(1).lower()
        position = len(ids) if word in ("finally", "lastly") else _ORDINALS.index(word) + 1
        return ids[position - 1] if position <= len(ids) else None
    label = _label(block)
    if label is None or _QUESTIONS_LEAD.fullmatch(label):
        # An unlabelled answer: its opening words restate the question ("You asked what
        # another agency has done...", "Training is having an impact").
        opening = re.split(r"(?<=[.?!])\s+", _QUESTIONS_LEAD.sub("", block.text, count=1))[0]
        remaining = [i for i in ids if i not in found]
        by_wording, _ = match_question(opening[:200], framework, threshold=_RESTATED)
        return by_wording if by_wording in remaining else None
    by_wording, _ = match_question(label, framework, threshold=80)
    if by_wording:
        return by_wording
    if block.kind == "paragraph" and not found:
        return None  # a preamble before the first labelled answer
    remaining = [i for i in ids if i not in found]
    position = ids.index(found[-1]) + 1 if found else 0
    following = [i for i in ids[position:] if i in remaining]
    return following[0] if following else None


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ORDINAL_LEAD = re.compile(
    r"^\W*(first|second|third|fourth|fifth|sixth|seventh|finally|lastly)(?:ly)?\s*[,:]",
    re.IGNORECASE,
)
_RESTATED = 85.0  # how closely an unlabelled answer's opening must restate its question
_NARRATIVE_STANDARDS = 3  # a run whose paragraphs speak of this many standards moves between them


def _by_content(run: list[int], by_index: dict[int, Block], assign: Assigner) -> dict[int, str]:
    """For a run of unheaded paragraphs that moves from standard to standard (a narrative
    with no headings), each paragraph's standard by its own content; a paragraph whose
    content names none goes with the one before it (or, at the start, the one after).
    Empty when the paragraphs point to fewer standards: the run is then placed whole. Under
    a heading that names the return itself (a letter's "Section 11 self-assessment 2021"),
    two standards are enough: that heading says nothing of what follows."""
    own = {i: assign(by_index[i].text) for i in run if by_index[i].kind != "heading"}
    opening = by_index[run[0]]
    needed = (
        2
        if opening.kind == "heading" and _NAMES_THE_RETURN.search(opening.text)
        else _NARRATIVE_STANDARDS
    )
    if len({t for t in own.values() if t}) < needed:
        return {}  # paragraphs under one heading that strays once stay together
    placed: dict[int, str] = {}
    previous: str | None = None
    for index in run:
        previous = own.get(index) or previous
        if previous:
            placed[index] = previous
    if needed == 2:
        # a letter's opening paragraphs (an apology for lateness, who the agency is) speak
        # of no standard: they stay unplaced rather than go to the first standard named
        return placed
    first = next((own[i] for i in run if own.get(i)), None)
    for index in run:
        if index in placed:
            break
        if first:
            placed[index] = first
    return placed


def _runs(
    indices: list[int], by_index: dict[int, Block], fields: frozenset[int] | set[int] = frozenset()
) -> list[list[int]]:
    """Unassigned blocks grouped into runs: each heading starts a new run (a rating line
    set as a heading does not), and so does a gap in the block order."""
    runs: list[list[int]] = []
    for index in indices:
        heading = by_index[index].kind == "heading" and index not in fields
        starts = not runs or heading or index != runs[-1][-1] + 1
        if starts:
            runs.append([index])
        else:
            runs[-1].append(index)
    return runs


# The agency's own introduction before the standards.
_INTRODUCTION = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(?:about us|about the (?:organisation|service|trust|club|charity)|"
    r"introduction|background|context|overview|who we are|our (?:organisation|service))\W*$",
    re.IGNORECASE,
)
# A heading that names the return, not a part of it.
_NAMES_THE_RETURN = re.compile(
    r"\b(?:section 11|s11)\b.*\b(?:self[- ]?assessment|return|submission|narrative|audit)\b"
    r"|\b(?:covering letter|cover letter|cover note)\b",
    re.IGNORECASE,
)
# A cover sheet's field: "Submitted to: ...", "Lead officer: ...", "Date: 27 September 2021".
_COVER_FIELD = re.compile(
    r"^\W*(?:to|from|subject|re|cc|submitted (?:to|by)|lead (?:officer|manager)|completed by|"
    r"approved by|signed(?: off)?(?: by)?|date(?: submitted| of submission)?|organi[sz]ation|"
    r"agency|name|role|job title|"
    r"contact(?: details)?|email|telephone|return to|period covered|version)\s*:",
    re.IGNORECASE,
)
# A letter's own lines: its date alone, the salutation, the sign-off.
_LETTER_LINE = re.compile(
    r"^\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+20\d\d|dear\s+\S.{0,60}|yours\s+(?:sincerely|"
    r"faithfully))\W*$",
    re.IGNORECASE,
)
_SALUTATION = re.compile(r"^\W*dear\b", re.IGNORECASE)


def _letter_lines(run: list[int], by_index: dict[int, Block]) -> set[int]:
    """A letter's own lines in a run: its date, salutation and sign-off, and the addressee
    between a date that opens the run and the salutation ("15 October 2021", "Ms A Calloway,
    Business Manager ...", "Dear Ms Calloway,"). They belong to no standard."""
    lines = {i for i in run if _LETTER_LINE.match(by_index[i].text)}
    if run[0] in lines:
        salutation = next(
            (n for n, i in enumerate(run[:4]) if _SALUTATION.match(by_index[i].text)), None
        )
        if salutation is not None:
            lines.update(run[: salutation + 1])
    return lines


# A line that gives a value, not a title: "Self-rating - G", "RAG rating: Amber".
_FIELD_LINE = re.compile(
    r"^\W*(?:our\s+|overall\s+|this year's\s+)?(?:self[- ]?(?:rating|assessment)|rag|rating|"
    r"score|judgement|assessment|grade|grading|criteria met)\b[\w ]{0,25}?(?::|\s[-–—]\s)",
    re.IGNORECASE,
)


# A rating statement: a short paragraph with a rating in it.
_RATES = re.compile(
    r"\b(?:green|amber|red|fully met|partially met|partly met|not met)\b", re.IGNORECASE
)
_RATING_LINE = 200
_PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{1,2})\.\d{1,2}\b")


def _closed_group(carried: list[int], closing: str, by_position: dict[int, Block]) -> list[int]:
    """The carried paragraphs a rating statement closes as its own group: all of them when
    it says so ("Overall, ...", "We therefore ..."), else those numbered in its own group
    ("4.1" ... "4.3" before "4.4 We rate our policies Green"). Unnumbered paragraphs after a
    closing rating stay where they are: the rating may as well open the next standard."""
    if _CLOSING.match(closing):
        return list(carried)
    if not _PARAGRAPH_NUMBER.match(closing):
        return []
    return _same_group(carried, closing, by_position)


def _same_group(indices: list[int], closing: str, by_position: dict[int, Block]) -> list[int]:
    """The paragraphs numbered in the closing paragraph's group ("2.1" ... "2.3" before "2.4
    We rate ..."), with the unnumbered ones that continue them; a memo's "To:" and "From:"
    lines and its "1.1" introduction are not in group 2."""
    own = _PARAGRAPH_NUMBER.match(closing)
    if not own:
        return list(indices)
    group: list[int] = []
    inside = False
    for index in indices:
        number = _PARAGRAPH_NUMBER.match(by_position[index].text)
        if number:
            inside = number.group(1) == own.group(1)
        if inside:
            group.append(index)
    return group


def segment(
    document: Document, framework: Framework, assign: Assigner | None = None
) -> Segmentation:
    standard_blocks: dict[str, list[int]] = {s.id: [] for s in framework.standards}
    question_blocks: dict[str, list[int]] = {q.id: [] for q in framework.common_questions}
    standard_heading: dict[str, int] = {}
    question_heading: dict[str, int] = {}
    methods: dict[str, str] = {}
    unassigned: list[int] = []
    current: _Open | None = None
    mention: str | None = None  # a standard named in unheaded text, until the next heading
    declared = declared_parts(document, framework)
    by_position = {b.index: b for b in document.blocks}
    last_boundary = -1  # the last heading, or the last block placed by a mention
    container: int | None = None  # level of an open "Common questions" heading
    answered_in_order: list[str] = []  # questions found so far inside the container
    question_ids = {q.id.upper() for q in framework.common_questions}

    by_mention: dict[int, str] = {}  # blocks placed by a standard named in unheaded text
    fields: set[int] = set()  # rating lines set as headings, read as the text above them
    # Paragraphs carried under the last mention since it was made, and whether that mention
    # closed a group with its rating ("We rate ourselves Amber on leadership."): the
    # paragraphs after a closing rating may be the next group, which its own rating closes.
    carried: list[int] = []
    closed_by_rating = False

    def place(kind: str, target: str, index: int, method: str) -> None:
        if kind == "standard":
            standard_blocks[target].append(index)
            methods.setdefault(target, method)
            if method.endswith("mention"):
                by_mention[index] = target
        else:
            question_blocks[target].append(index)

    def open_heading(target: tuple[str, str], level: int, index: int) -> _Open:
        """The section a heading (or a survey's numbered question) opens, placed."""
        kind, opened = target
        (standard_heading if kind == "standard" else question_heading).setdefault(opened, index)
        place(kind, opened, index, "heading")
        return _Open(kind, opened, level, index, "heading")

    own_numbers = _own_question_numbers(document, framework)
    other_items: set[int] = set()  # a survey's own questions that ask no standard or question
    for block in document.blocks:
        if (
            _CONTENTS_ENTRY.search(block.text)
            and len(block.text.split()) <= _CONTENTS_WORDS
            and not _RATING_VALUE.search(block.text)
        ):
            # "Standard 4: Listening to children . . . . 3": the contents page names the
            # standards, it opens and holds none of them (one that gives ratings is read as
            # the summary it also is)
            other_items.add(block.index)
            continue
        if own_numbers and (item := _numbered_item(block, framework)) is not None:
            # A survey's own numbered question ("Q18. Please describe something another
            # agency has done..."): placed by its wording, never by its number; one that
            # asks neither a standard nor a common question closes what was open.
            last_boundary = block.index
            carried, closed_by_rating, mention = [], False, None
            target = _heading_target(item, framework, current, declared, asked=True)
            if target is None:
                current = None
                other_items.add(block.index)
                continue
            level = (block.level or 9) if block.kind == "heading" else 9
            current = open_heading(target, level, block.index)
            continue
        if own_numbers and block.kind == "heading" and current is not None:
            # the wrapped second line of a numbered question set in bold: still that item
            place(current.kind, current.id, block.index, current.method)
            continue
        if container is None and block.kind != "heading" and _QUESTIONS_LEAD.match(block.text):
            # "The common questions. You asked what ...": a lead-in opens the questions part
            # of a return with no headings, as a heading would.
            container, current, mention, answered_in_order = 9, None, None, []
        if container is not None and not (
            block.kind == "heading" and (block.level or 9) <= container
        ):
            under_heading = (
                current is not None
                and current.kind == "question"
                and current.level < 9
                and block.kind != "heading"
            )
            question_id = _container_question(block, framework, answered_in_order, under_heading)
            if question_id:
                answered_in_order.append(question_id)
                level = (block.level or 9) if block.kind == "heading" else 9
                if level == 9 and _asks_only(block.text, question_id, framework):
                    level = _QUESTION_LINE  # the question set as a plain line: answers follow
                current = _Open("question", question_id, level, block.index, "heading")
                question_heading.setdefault(question_id, block.index)
                place("question", question_id, block.index, "heading")
                continue
        elif block.kind != "heading" and (explicit := QUESTION_REF.match(block.text)):
            wanted = f"Q{int(explicit.group('number'))}"
            if wanted in question_ids:
                question_id = next(
                    q.id for q in framework.common_questions if q.id.upper() == wanted
                )
                current = _Open("question", question_id, 9, block.index, "heading")
                question_heading.setdefault(question_id, block.index)
                place("question", question_id, block.index, "heading")
                continue
        if block.kind == "heading" and current is not None and _FIELD_LINE.match(block.text):
            # "Self-rating - G" set in bold is a field of the open section, not a heading.
            place(current.kind, current.id, block.index, current.method)
            continue
        if block.kind == "heading" and current is None and _FIELD_LINE.match(block.text):
            # ...and of the unheaded text above it when no section is open ("Our rating:
            # Green" closing a part under the agency's own topic heading): never a question.
            if mention:
                place("standard", mention, block.index, "mention")
            else:
                unassigned.append(block.index)
                fields.add(block.index)
            continue
        if (
            block.kind == "heading"
            and current is not None
            and current.kind == "standard"
            and _sub_numbered(block.text, framework) == current.id
        ):
            # "3.2 Do staff know how to report a concern?" under Standard 3: its question.
            place("standard", current.id, block.index, current.method)
            continue
        if block.kind == "heading":
            last_boundary = block.index
            carried, closed_by_rating = [], False
            level = block.level or 9
            if container is not None and level <= container:
                container = None
            if (
                _QUESTIONS_CONTAINER.search(block.text)
                and not match_question(block.text, framework)[0]
            ):
                container = level
                answered_in_order = []
            target = _heading_target(block, framework, current, declared)
            mention = None
            if target:
                current = open_heading(target, level, block.index)
                continue
            if current and level <= current.level and not _SUBHEADINGS.match(block.text):
                current = None
            if current:
                place(current.kind, current.id, block.index, current.method)
            else:
                unassigned.append(block.index)
            continue
        if block.kind == "table":
            named = set(row_standards(block, framework).values()) or set(
                column_standards(block, framework).values()
            )
            if named:
                for standard_id in sorted(named):
                    place("standard", standard_id, block.index, "table rows")
                continue
            table_target = _table_standard(block, framework)
            if table_target:
                place("standard", table_target, block.index, "heading")
                if current is None or current.kind != "standard":
                    mention = table_target
                continue
        if (
            current is not None
            and current.kind == "standard"
            and (titled := _title_paragraph(block, framework))
            and titled != current.id
            and titled not in standard_heading
        ):
            # "2. Staff safe recruitment ... - are staff safely recruited?" typed as a plain
            # paragraph among headings styled as such: it opens its standard all the same.
            last_boundary = block.index
            current = _Open("standard", titled, current.level, block.index, "heading")
            standard_heading[titled] = block.index
            place("standard", titled, block.index, "heading")
            continue
        if current:
            place(current.kind, current.id, block.index, current.method)
            continue
        introduced = _prose_mention(block.text, framework) if block.kind != "table" else None
        if introduced:
            rates = _RATES.search(block.text) is not None and len(block.text) <= _RATING_LINE
            if rates and closed_by_rating and mention not in (None, introduced):
                for index in _closed_group(carried, block.text, by_position):
                    standard_blocks[mention].remove(index)
                    place("standard", introduced, index, "closing mention")
            carried, closed_by_rating = [], rates
            if _CLOSING.match(block.text) and mention is None:
                # "Taking all of this together, we rate leadership green": the unheaded
                # paragraphs since the last heading were about this standard.
                pending = _same_group(
                    [
                        i
                        for i in unassigned
                        if i > last_boundary and by_position[i].kind != "heading"
                    ],
                    block.text,
                    by_position,
                )
                for index in pending:
                    unassigned.remove(index)
                    place("standard", introduced, index, "closing mention")
            mention = introduced
            place("standard", mention, block.index, "mention")
            continue
        if mention:
            place("standard", mention, block.index, "mention")
            carried.append(block.index)
            continue
        unassigned.append(block.index)

    warnings: list[str] = []
    leftover: list[int] = []
    by_index = {b.index: b for b in document.blocks}
    # Before the first standard's heading sit the cover and the agency's introduction ("About
    # us", "Introduction"): they are about the agency, not evidence for one standard.
    first_heading = min(standard_heading.values(), default=None)
    if first_heading is None:
        # No headings at all (a memo, a letter): the front ends where the first standard's
        # text begins.
        first_text = min((i for ids in standard_blocks.values() for i in ids), default=None)
        if first_text is not None and not any(
            b.kind == "heading" for b in document.blocks if b.index < first_text
        ):
            first_heading = first_text
    # The cover is what sits under the document's title (its first heading) and under a
    # heading that names the return itself ("Section 11 self-assessment 2020/21").
    front: set[int] = set()
    introduction = False
    headings_seen = 0
    for block in document.blocks:
        if first_heading is None or block.index >= first_heading:
            break
        if (
            not standard_heading
            and block.kind != "heading"
            and _NAMES_THE_RETURN.search(block.text)
            and block.index in unassigned
        ):
            front.add(block.index)  # "1.1 This memo is the council's Section 11 return ..."
            continue
        if block.kind == "heading":
            headings_seen += 1
            introduction = bool(
                _INTRODUCTION.match(block.text)
                or headings_seen == 1
                or (
                    _NAMES_THE_RETURN.search(block.text)
                    and not match_standard(block.text, framework)[0]
                )
            )
        if (introduction or _COVER_FIELD.match(block.text)) and block.index in unassigned:
            front.add(block.index)
        elif introduction and block.index in by_mention:
            # a covering letter that names each standard with its rating ("Staff safe
            # recruitment - Amber") is still the letter, not that standard's evidence
            mentioned = by_mention[block.index]
            standard_blocks[mentioned].remove(block.index)
            if mentioned in standard_heading:
                methods[mentioned] = "heading"
            front.add(block.index)
    for run in _runs([i for i in unassigned if i not in front], by_index, fields):
        letter = _letter_lines(run, by_index)
        leftover.extend(letter)
        run = [i for i in run if i not in letter]
        if not run:
            continue
        text = " ".join(by_index[i].text for i in run)
        run_target = assign(text) if assign else None
        by_content = _by_content(run, by_index, assign) if assign and len(run) > 1 else {}
        for index in run:
            block = by_index[index]
            target_id = run_target
            if by_content:
                target_id = by_content.get(index)
            elif assign and block.kind != "heading" and len(run) > 1 and not run_target:
                target_id = assign(block.text)
            if (
                target_id
                and target_id in standard_blocks
                and (block.kind != "heading" or run_target)
            ):
                place("standard", target_id, index, "content")
            else:
                leftover.append(index)
    leftover = sorted([*leftover, *front, *other_items])
    substantive = [
        i
        for i in leftover
        if i not in front and i not in other_items and len(by_index[i].text.split()) >= 12
    ]
    if substantive:
        pages = sorted({page for i in substantive if (page := by_index[i].page)})
        where = f" (pages {', '.join(map(str, pages))})" if pages else ""
        warnings.append(
            f"{len(substantive)} paragraph(s) under no recognisable heading{where} "
            "could not be placed under a standard"
        )
    standards = tuple(
        Section(
            id=s.id,
            blocks=tuple(sorted(set(standard_blocks[s.id]))),
            heading=standard_heading.get(s.id),
            method=methods.get(s.id, "none") if standard_blocks[s.id] else "none",
        )
        for s in framework.standards
    )
    questions = tuple(
        Section(
            id=q.id,
            blocks=tuple(sorted(set(question_blocks[q.id]))),
            heading=question_heading.get(q.id),
        )
        for q in framework.common_questions
    )
    return Segmentation(standards, questions, tuple(leftover), tuple(warnings))
