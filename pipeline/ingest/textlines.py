"""Characters -> words -> lines exactly as pdfplumber groups them with its default settings
(``chars_to_textmap(...).extract_text_lines(strip=True)`` for a page's lines and
``extract_text(chars)`` for a table cell), for upright left-to-right text.

pdfplumber builds a dict per word and a tuple per letter and tests each character through
several layers of calls; on table-heavy returns that was a third of the time spent reading a
PDF. The steps here are the same, on plain lists:

1. cluster the characters' ``top`` values (sorted, distinct, chained within 3 points) into
   lines; order by line, then by ``x0``;
2. split each line into words at whitespace characters, at a backwards step, at a gap over 3
   points or a jump in ``top`` over 3 points; a character with empty text is a word alone;
3. cluster the words' tops the same way: for page lines consecutive words of one cluster
   make a line; for cell text every word of a cluster does, clusters in order.

Text that is not upright (rotated) is left to pdfplumber itself.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

TOLERANCE = 3.0  # pdfplumber's default x and y tolerance
LIGATURES = {  # pdfplumber expands these when it reads text
    "\ufb00": "ff",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb06": "st",
    "\ufb05": "st",
}

Char = dict[str, Any]
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")
_X0, _TOP, _X1, _BOTTOM = (itemgetter(key) for key in ("x0", "top", "x1", "bottom"))


class Word:
    __slots__ = ("chars", "text", "top")

    def __init__(self, chars: list[Char], top: float, text: str | None = None) -> None:
        self.chars = chars
        self.top = top  # the lowest of the characters' tops
        if text is None:
            text = "".join([c["text"] or "" for c in chars])
        if not text.isascii() and _LIGATURE.search(text):  # ligatures are not ASCII
            text = "".join(LIGATURES.get(c["text"], c["text"] or "") for c in chars)
        self.text = text

    def letters(self) -> list[Char]:
        """Each character once per letter it reads as (pdfplumber's text map)."""
        if len(self.text) == len(self.chars):  # one letter each: no expansion here
            return self.chars
        return [c for c in self.chars for _ in LIGATURES.get(c["text"]) or c["text"]]


def _clusters(values: list[float]) -> dict[float, int]:
    """Each value's cluster number: sorted distinct values, a new cluster whenever the gap to
    the previous value is over the tolerance (pdfplumber's ``make_cluster_dict``)."""
    numbers: dict[float, int] = {}
    cluster = 0
    last: float | None = None
    for value in sorted(set(values)):
        if last is not None and value > last + TOLERANCE:
            cluster += 1
        numbers[value] = cluster
        last = value
    return numbers


_UPRIGHT = itemgetter("upright")


def upright(chars: list[Char]) -> bool:
    return all(map(_UPRIGHT, chars))


def words(chars: list[Char]) -> list[Word]:
    """pdfplumber's words (``WordExtractor().iter_extract_tuples``) for upright chars."""
    line_of = _clusters([c["top"] for c in chars])
    # Ordered by line, then x0, then position: each line's characters in their order,
    # sorted (stably) by x0.
    by_line: dict[int, list[Char]] = {}
    for char in chars:
        line = line_of[char["top"]]
        members = by_line.get(line)
        if members is None:
            by_line[line] = [char]
        else:
            members.append(char)
    found: list[Word] = []
    add = found.append
    for line in sorted(by_line):
        members = by_line[line]
        if len(members) > 1:
            members.sort(key=_X0)
        current: list[Char] = []
        texts: list[str] = []  # the current word's characters' texts
        top = previous_x0 = previous_x1 = previous_top = 0.0
        for char in members:
            text = char["text"]
            if text.isspace():
                if current:
                    add(Word(current, top, "".join(texts)))
                    current, texts = [], []
                continue
            char_top = char["top"]
            if text == "":
                if current:
                    add(Word(current, top, "".join(texts)))
                add(Word([char], char_top, ""))
                current, texts = [], []
                continue
            x0 = char["x0"]
            if current:
                if (
                    x0 < previous_x0
                    or x0 > previous_x1 + TOLERANCE
                    or (char_top != previous_top and abs(char_top - previous_top) > TOLERANCE)
                ):
                    add(Word(current, top, "".join(texts)))
                    current, texts = [char], [text]
                    top = char_top
                else:
                    current.append(char)
                    texts.append(text)
                    if char_top < top:
                        top = char_top
            else:
                current, texts = [char], [text]
                top = char_top
            previous_x0, previous_x1, previous_top = x0, char["x1"], char_top
        if current:
            add(Word(current, top, "".join(texts)))
    return found


def page_lines(chars: list[Char]) -> list[dict[str, Any]]:
    """The text lines pdfplumber's ``extract_text_lines(strip=True, return_chars=True)``
    gives for these chars: dicts with text, x0, top, x1, bottom and chars (a character
    whose text a ligature expands appears once per letter, as there)."""
    found_words = words(chars)
    cluster_of = _clusters([w.top for w in found_words])
    lines: list[list[Word]] = []
    previous: int | None = None
    for word in found_words:  # consecutive words of one cluster: pdfplumber keeps order here
        cluster = cluster_of[word.top]
        if cluster != previous:
            lines.append([])
            previous = cluster
        lines[-1].append(word)
    result: list[dict[str, Any]] = []
    for line in lines:
        pieces: list[str] = []
        letters: list[Char] = []
        length = 0
        for word in line:
            if length:
                pieces.append(" ")
            pieces.append(word.text)
            letters.extend(word.letters())
            length += len(word.text)
        text = "".join(pieces).strip(" ")
        if not text.strip():
            continue
        result.append(
            {
                "text": text,
                "x0": min(map(_X0, letters)),
                "top": min(map(_TOP, letters)),
                "x1": max(map(_X1, letters)),
                "bottom": max(map(_BOTTOM, letters)),
                "chars": letters,
            }
        )
    return result


def cell_text(chars: list[Char]) -> str:
    """pdfplumber's ``extract_text(chars)``: words joined by spaces, lines by newlines."""
    found_words = words(chars)
    cluster_of = _clusters([w.top for w in found_words])
    by_cluster: dict[int, list[str]] = {}
    for word in found_words:
        by_cluster.setdefault(cluster_of[word.top], []).append(word.text)
    return "\n".join(" ".join(by_cluster[cluster]) for cluster in sorted(by_cluster))
