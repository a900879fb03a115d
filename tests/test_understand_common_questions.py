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
            Cell(
                "Q1. Can you point to something another agency has done that has improved "
                "multi-agency practice?"
            ),
            Cell(""),
        ),
        (
            Cell("Q3. Set out your commitment to the partnership's multi-agency training"),
            Cell(
                "We released 14 staff to partnership courses and two of our managers are "
                "accredited trainers for the neglect course."
            ),
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


def _answers(framework, blocks):
    blocks = tuple(
        Block(i, b.kind, b.text, level=b.level, rows=b.rows) for i, b in enumerate(blocks)
    )
    document = Document(Source("x.docx", "0" * 64, "docx", None, 1), blocks)
    return {
        a.id: a.answered
        for a in common_answers(document, segment(document, framework), framework, {})
    }


def _table(*pairs):
    rows = tuple((Cell(q), Cell(a)) for q, a in pairs)
    return Block(0, "table", "\n".join(f"{q} | {a}" for q, a in pairs), rows=rows)


def test_a_question_row_in_its_place_between_two_others_is_that_question(framework):
    answer = "Managers now check on the files that staff use what the course taught them."
    pairs = [
        ("Question", "Answer"),
        (
            "Commitment to partnership multi-agency training",
            "We sent 12 staff on partnership courses.",
        ),
        ("Has it made a difference to what people do?", answer),
        ("How do you know you have improved?", "Complaints fell and referrals are better written."),
    ]
    found = _answers(framework, [Block(0, "heading", "Common questions", level=1), _table(*pairs)])
    assert found["Q4"] is True
    shuffled = [pairs[0], pairs[2], pairs[1], pairs[3]]  # not between its neighbours
    found = _answers(
        framework, [Block(0, "heading", "Common questions", level=1), _table(*shuffled)]
    )
    assert found["Q4"] is False


def test_answers_led_by_ordinals_take_the_questions_in_order(framework):
    found = _answers(
        framework,
        [
            Block(0, "heading", "The partnership's questions", level=1),
            Block(
                0,
                "paragraph",
                "First, the county council's front door now phones us back the same day.",
            ),
            Block(
                0, "paragraph", "Third, eleven of our staff went on partnership courses this year."
            ),
            Block(
                0,
                "paragraph",
                "Fourth, on impact, supervision notes show staff now record the child's words.",
            ),
            Block(
                0,
                "paragraph",
                "Finally, audits and complaints tell us that practice is better than last year.",
            ),
        ],
    )
    assert found["Q1"] and found["Q3"] and found["Q4"] and found["Q5"]
