"""Whether each common question is answered: a question | response table is read row by
row, so a blank response is unanswered even when the question's own wording would pass for
an answer (issue 16)."""

from __future__ import annotations

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
