"""Whether each of the framework's common questions was answered, and where.

An answer is the text under the question's heading, or beside it in a table row
("Q3 ... | We released 40 staff..."). A blank, "N/A" or a few words is not an answer. A
question answered by the self-ratings themselves (``answered_by: ratings``) is answered when
at least one rating was found.
"""

from __future__ import annotations

import re

from pipeline.matching import match_question
from pipeline.model import Block, CommonAnswer, Document, Framework, SelfRating, Segmentation

MIN_ANSWER_WORDS = 12
_NON_ANSWER = re.compile(
    r"^\W*(n/?a|not applicable|none|nil|no comment|tbc|to follow|see above|see (section|appendix)"
    r".{0,20}|not answered|-+)\W*$",
    re.IGNORECASE,
)


def _excerpt(text: str, limit: int = 240) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _is_answer(text: str) -> bool:
    return len(text.split()) >= MIN_ANSWER_WORDS and not _NON_ANSWER.match(text)


def _table_answers(blocks: tuple[Block, ...], framework: Framework) -> dict[str, tuple[Block, str]]:
    answers: dict[str, tuple[Block, str]] = {}
    for block in blocks:
        if block.kind != "table":
            continue
        for row in block.rows:
            if len(row) < 2:
                continue
            question_id, _ = match_question(row[0].text[:200], framework)
            if question_id:
                answer = " ".join(c.text for c in row[1:]).strip()
                if _is_answer(answer) or question_id not in answers:
                    answers[question_id] = (block, answer)
    return answers


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
        body = [by_index[i] for i in section.blocks if i != section.heading]
        text = " ".join(b.text for b in body)
        block = body[0] if body else None
        if not _is_answer(text) and question.id in in_tables:
            block, text = in_tables[question.id]
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
