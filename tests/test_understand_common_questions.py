"""Whether each common question is answered: a question | response table is read row by
row, so a blank response is unanswered even when the question's own wording would pass for
an answer (issue 16)."""

from __future__ import annotations

import pytest

from pipeline.understand.common_questions import common_answers
from pipeline.understand.segment import segment
from pipeline.values import Block, Cell, Document, Source


def test_a_blank_response_row_is_unanswered(framework):
    rows = (
        (Cell("Question"), Cell("Response")),
        (
            Cell("Q1. Can you point to something another agency has done that has improved "
                 "multi-agency practice?"),
            Cell(""),
        ),
        (
            Cell("Q3. Set out your commitment to the partnership's multi-agency training"),
            Cell("We released 14 staff to partnership courses and two of our managers are "
                 "accredited trainers for the neglect course."),
        ),
    )
    text = "\n".join(" | ".join(c.text for c in row) for row in rows)
    blocks = (
        Block(0, "heading", "Common questions", level=1),
        Block(1, "table", text, rows=rows),
    )
    document = Document(Source("x.docx", "0" * 64, "docx", None, 1), blocks)
    answers = {
        a.id: a.answered
        for a in common_answers(document, segment(document, framework), framework, {})
    }
    assert answers["Q1"] is False
    assert answers["Q3"] is True


@pytest.mark.parametrize(
    "text, answered",
    [
        ("Commitment to partnership training. N/A.", False),
        ("Q4. Impact of training on practice: N/A", False),
        ("How we know we have improved: see above", False),
        # a first sentence that is the answer, with a sign-off after it
        (
            "The number and quality of the concerns our staff raise, checked by area "
            "managers. Signed: Director of Housing",
            True,
        ),
    ],
)
def test_a_label_is_stripped_but_a_first_sentence_is_the_answer(text, answered):
    from pipeline.understand.common_questions import _is_answer

    assert _is_answer(text) is answered
