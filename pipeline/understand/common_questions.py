"""Whether each of the framework's common questions was answered, and where.

An answer is the text under the question's heading, or beside it in a table row
("Q3 ... | We released 40 staff..."). A blank, "N/A" or a few words is not an answer. A
question answered by the self-ratings themselves (``answered_by: ratings``) is answered when
at least one rating was found.
"""

from __future__ import annotations

import re

from pipeline.understand.headings import match_question
from pipeline.values import Block, CommonAnswer, Document, Framework, Segmentation, SelfRating

MIN_ANSWER_WORDS = 6
_NON_ANSWER = re.compile(
    r"^\W*(n/?a|not applicable|none|nil|no comment|tbc|to follow|see above|see below|"
    r"not answered|-+)"
    r"(\W|$)",
    re.IGNORECASE,
)
# "Q4. Impact of training on practice: N/A" - the label before the answer. A full stop ends a
# label after a question's number or a title of up to eight words ("Impact of training. N/A");
# a longer first sentence is the answer itself.
_LABEL = re.compile(
    r"^\W*(?:(?:q(?:uestion)?\s*\d+|\d+)[.):\s-]*[^.:?]{0,90}[.:?]|[^.:?]{0,90}[:?]|"
    r"(?:[^\s.:?,]+\s+){0,7}[^\s.:?,]+\.)\s+",
    re.IGNORECASE,
)


def _excerpt(text: str, limit: int = 240) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _is_answer(text: str) -> bool:
    """Enough words, and not "N/A" or a bare "see above", once any label is stripped."""
    text = text.strip()
    if _NON_ANSWER.match(text):
        return False
    body = _LABEL.sub("", text, count=1) if _LABEL.match(text) else text
    if _NON_ANSWER.match(body):
        return False
    return len(body.split()) >= MIN_ANSWER_WORDS


def _table_answers(blocks: tuple[Block, ...], framework: Framework) -> dict[str, tuple[Block, str]]:
    answers: dict[str, tuple[Block, str]] = {}
    for block in blocks:
        if block.kind != "table":
            continue
        ids = [q.id for q in framework.common_questions]
        matched = [
            match_question(row[0].text[:200], framework)[0] if len(row) >= 2 else None
            for row in block.rows
        ]
        for position, row in enumerate(block.rows):
            if len(row) < 2:
                continue
            question_id = matched[position] or _between(matched, position, ids)
            if question_id:
                answer = " ".join(c.text for c in row[1:]).strip()
                if _is_answer(answer) or question_id not in answers:
                    answers[question_id] = (block, answer)
    return answers


def _between(matched: list[str | None], position: int, ids: list[str]) -> str | None:
    """An unmatched row that is the only row between the rows of two questions with exactly
    one question between them in the framework is that question ("Does training change what
    staff do?" between Q3 and Q5 is Q4): a question table keeps the framework's order."""
    before = next((i for i in range(position - 1, -1, -1) if matched[i]), None)
    after = next((i for i in range(position + 1, len(matched)) if matched[i]), None)
    if before is None or after is None or after - before != 2:
        return None
    low, high = matched[before], matched[after]
    if low not in ids or high not in ids or ids.index(high) - ids.index(low) != 2:
        return None
    return ids[ids.index(low) + 1]


def _answer_anywhere(document: Document, patterns: tuple[str, ...]) -> tuple[Block, str] | None:
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    for block in document.blocks:
        if block.kind == "heading":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            if len(sentence.split()) >= MIN_ANSWER_WORDS and any(
                p.search(sentence) for p in compiled
            ):
                return block, sentence
    return None


def common_answers(
    document: Document,
    segmentation: Segmentation,
    framework: Framework,
    ratings: dict[str, SelfRating | None],
) -> tuple[CommonAnswer, ...]:
    by_index = {b.index: b for b in document.blocks}
    in_tables = _table_answers(document.blocks, framework)
    result: list[CommonAnswer] = []
    for question in framework.common_questions:
        if question.answered_by == "ratings":
            found = [r for r in ratings.values() if r is not None and r.rating is not None]
            first = min(found, key=lambda r: r.block or 0) if found else None
            result.append(
                CommonAnswer(
                    id=question.id,
                    title=question.title,
                    answered=bool(found),
                    excerpt=_excerpt(first.text) if first else "",
                    page=first.page if first else None,
                    block=first.block if first else None,
                )
            )
            continue
        section = next(s for s in segmentation.common_questions if s.id == question.id)
        blocks = [by_index[i] for i in section.blocks]
        # A heading holds only the question unless it carries an answer after a colon.
        body = [b for b in blocks if b.kind != "heading" or ":" in b.text]
        text = " ".join(b.text for b in body)
        block = body[0] if body else (blocks[0] if blocks else None)
        row = in_tables.get(question.id)
        if row and (not _is_answer(text) or row[0].index in section.blocks):
            # In a question | response table the answer is the question's own row, never
            # the whole table (whose question wording would read as an answer).
            block, text = row
        if not section.blocks and question.id not in in_tables:
            # No section of its own: an answer may sit anywhere in the narrative.
            anywhere = _answer_anywhere(document, question.answer_patterns)
            if anywhere:
                block, text = anywhere
        result.append(
            CommonAnswer(
                id=question.id,
                title=question.title,
                answered=_is_answer(text),
                excerpt=_excerpt(text),
                page=block.page if block else None,
                block=block.index if block else None,
            )
        )
    return tuple(result)
