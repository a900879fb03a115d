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
from dataclasses import dataclass

from pipeline.matching import match_question, match_standard, standard_references
from pipeline.model import Block, Document, Framework, Section, Segmentation

Assigner = Callable[[str], str | None]

_DOCUMENT_HEADINGS = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(introduction|background|context|conclusions?|summary|"
    r"appendix|appendices|contents|action plan|next steps|about (us|the)|purpose|"
    r"sign[- ]?off|signed|declaration|glossary|common questions|general questions|"
    r"additional questions|references|executive summary|overview|foreword)\b",
    re.IGNORECASE,
)


@dataclass
class _Open:
    kind: str  # "standard" | "question"
    id: str
    level: int
    heading: int
    method: str


def _heading_target(
    block: Block, framework: Framework, current: _Open | None
) -> tuple[str, str] | None:
    """("standard" | "question", id) that a heading names, or None."""
    text = block.text
    standard_id, standard_score = match_standard(text, framework)
    question_id, question_score = match_question(text, framework)
    explicit_question = question_score >= 100 and re.match(r"^\W*(common\s+)?(q|question)\s*\.?\s*\d", text, re.I)
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


def _table_standard(block: Block, framework: Framework) -> str | None:
    """A table whose first cell names exactly one standard, and no other row names another."""
    if not block.rows or not block.rows[0]:
        return None
    first, _ = match_standard(block.rows[0][0].text[:120], framework)
    if first is None:
        return None
    for row in block.rows[1:]:
        if row and (other := match_standard(row[0].text[:120], framework)[0]) and other != first:
            return None  # a summary table listing several standards
    return first


def segment(document: Document, framework: Framework, assign: Assigner | None = None) -> Segmentation:
    standard_blocks: dict[str, list[int]] = {s.id: [] for s in framework.standards}
    question_blocks: dict[str, list[int]] = {q.id: [] for q in framework.common_questions}
    standard_heading: dict[str, int] = {}
    question_heading: dict[str, int] = {}
    methods: dict[str, str] = {}
    unassigned: list[int] = []
    current: _Open | None = None
    mention: str | None = None  # a standard named in unheaded text, until the next heading

    def place(kind: str, target: str, index: int, method: str) -> None:
        if kind == "standard":
            standard_blocks[target].append(index)
            methods.setdefault(target, method)
        else:
            question_blocks[target].append(index)

    for block in document.blocks:
        if block.kind == "heading":
            target = _heading_target(block, framework, current)
            mention = None
            level = block.level or 9
            if target:
                kind, target_id = target
                current = _Open(kind, target_id, level, block.index, "heading")
                (standard_heading if kind == "standard" else question_heading).setdefault(
                    target_id, block.index
                )
                place(kind, target_id, block.index, "heading")
                continue
            if current and (level < current.level or (
                level == current.level and _DOCUMENT_HEADINGS.match(block.text)
            )):
                current = None
            if current:
                place(current.kind, current.id, block.index, current.method)
            else:
                unassigned.append(block.index)
            continue
        if block.kind == "table":
            table_target = _table_standard(block, framework)
            if table_target:
                place("standard", table_target, block.index, "heading")
                if current is None or current.kind != "standard":
                    mention = table_target
                continue
        if current:
            place(current.kind, current.id, block.index, current.method)
            continue
        references = {i for r in standard_references(block.text[:300], framework) for i in r.standard_ids}
        if len(references) == 1:
            mention = next(iter(references))
            place("standard", mention, block.index, "mention")
            continue
        if mention:
            place("standard", mention, block.index, "mention")
            continue
        unassigned.append(block.index)

    warnings: list[str] = []
    leftover: list[int] = []
    by_index = {b.index: b for b in document.blocks}
    for index in unassigned:
        block = by_index[index]
        target_id = assign(block.text) if assign and block.kind != "heading" else None
        if target_id and target_id in standard_blocks:
            place("standard", target_id, index, "content")
        else:
            leftover.append(index)
    substantive = [i for i in leftover if len(by_index[i].text.split()) >= 12]
    if substantive:
        pages = sorted({by_index[i].page for i in substantive if by_index[i].page})
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
