"""The fast word and line grouping gives exactly pdfplumber's result: on generated
characters (close lines, chained tops, backward steps, gaps, spaces, empty text,
ligatures) and on every sample PDF's characters."""

from __future__ import annotations

from typing import Any

import pdfplumber
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils import chars_to_textmap, extract_text
from pdfplumber.utils.text import LIGATURES

from pipeline.ingest import textlines
from tests.conftest import SAMPLES

TEXTS = ["a", "b", "C", "1", ".", " ", "\xa0", "", "\ufb01", "\ufb03", "(cid:3)"]


@st.composite
def characters(draw: Any) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=0, max_value=40))
    chars = []
    for _ in range(count):
        x0 = draw(st.sampled_from([0.0, 4.0, 5.5, 6.0, 9.0, 12.5, 20.0, 40.0]))
        width = draw(st.sampled_from([0.0, 2.0, 5.0]))
        top = draw(st.sampled_from([10.0, 11.5, 12.0, 13.0, 14.5, 16.0, 30.0, 33.0]))
        chars.append(
            {
                "text": draw(st.sampled_from(TEXTS)),
                "x0": x0,
                "x1": x0 + width,
                "top": top,
                "bottom": top + 10,
                "doctop": top,
                "upright": True,
            }
        )
    return chars


def plumber_lines(chars: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    if not chars:
        return []
    textmap = chars_to_textmap(chars, layout_bbox=(0, 0, 600, 800))
    found = textmap.extract_text_lines(strip=True, return_chars=True)
    return [_line(line) for line in found]


def _line(line: dict[str, Any]) -> tuple[Any, ...]:
    keys = ("text", "x0", "top", "x1", "bottom")
    return (*(line[k] for k in keys), [id(c) for c in line["chars"]])


@settings(max_examples=400, deadline=None)
@given(characters())
def test_page_lines_are_pdfplumbers(chars: list[dict[str, Any]]):
    assert [_line(line) for line in textlines.page_lines(chars)] == plumber_lines(chars)


@settings(max_examples=400, deadline=None)
@given(characters())
def test_cell_text_is_pdfplumbers(chars: list[dict[str, Any]]):
    expected = extract_text(chars) if chars else ""
    assert (textlines.cell_text(chars) if chars else "") == expected


def test_ligatures_are_pdfplumbers():
    assert textlines.LIGATURES == LIGATURES


def test_sample_pdf_pages_group_as_pdfplumber_does():
    pages = 0
    for path in sorted((SAMPLES / "submissions").glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                chars = page.chars
                assert textlines.upright(chars)
                assert [_line(line) for line in textlines.page_lines(chars)] == plumber_lines(chars)
                assert textlines.cell_text(chars) == extract_text(chars)
                pages += 1
    assert pages >= 15


def test_rotated_text_is_not_taken_for_upright():
    chars = [{"text": "a", "x0": 0, "x1": 5, "top": 0, "bottom": 10, "upright": False}]
    assert not textlines.upright(chars)
