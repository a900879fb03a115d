"""The heading and reference matchers keep their answers per text and framework: a kept
answer is the answer worked out afresh, and a list handed out is the caller's own."""

from __future__ import annotations

from dataclasses import replace

from pipeline.understand import headings

TEXTS = [
    "Standard 2: Safer recruitment",
    "Our workforce",
    "Standards 1, 3 and 4",
    "Q3. What difference has training made?",
    "Listening to young people - our rating is Amber",
    "the second standard and policies and procedures",
    "",
]


def test_kept_answers_are_the_fresh_answers(framework):
    for text in TEXTS:
        for _ in range(2):  # the second time from the memo
            assert headings.match_standard(text, framework) == headings._match_standard(
                text, framework, 82.0
            )
            assert headings.match_standard(text, framework, threshold=75) == (
                headings._match_standard(text, framework, 75)
            )
            assert headings.match_question(text, framework) == headings._match_question(
                text, framework, 85.0
            )
            assert headings.topic_references(text, framework) == list(
                headings._topic_references(text, framework)
            )
            assert headings.standard_references(text, framework) == list(
                headings._standard_references(text, framework)
            )


def test_a_returned_list_can_be_changed_without_changing_the_next_answer(framework):
    text = "Standard 1 and our workforce"
    first = headings.topic_references(text, framework)
    assert first
    first.clear()
    assert headings.topic_references(text, framework) == list(
        headings._topic_references(text, framework)
    )
    references = headings.standard_references(text, framework)
    references.append(headings.Reference(("9",), 0, 1))
    assert headings.Reference(("9",), 0, 1) not in headings.standard_references(text, framework)


def test_answers_are_kept_per_framework(framework):
    renamed = replace(
        framework,
        standards=tuple(
            replace(s, title=f"Renamed {s.id}", aliases=()) for s in framework.standards
        ),
    )
    title = framework.standards[0].title
    assert headings.match_standard(title, framework)[0] == framework.standards[0].id
    assert headings.match_standard(title, renamed) == headings._match_standard(title, renamed, 82.0)


def test_the_memo_is_bounded(framework, monkeypatch):
    monkeypatch.setattr(headings, "_MEMO_LIMIT", 3)
    for n in range(10):
        headings.match_standard(f"Heading number {n}", framework)
    assert len(headings._memos[id(framework)][1]) <= 3
