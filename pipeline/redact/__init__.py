"""Remove personal data from text for the youth-panel copy of a pack.

:class:`Redactor` finds names, contact details, dates of birth, ages with places,
addresses, NHS and reference numbers, and replaces each with ``[REDACTED: kind]``. Agencies,
places and roles in the gazetteer (``rules/redaction.yml``) are kept. It prefers recall: a
missed child's name is worse than an extra redaction, and a person approves the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.redact.gazetteer import Gazetteer, load_gazetteer
from pipeline.redact.names import NameFinder
from pipeline.redact.patterns import NAME, PatternFinder, Span, _alternatives

__all__ = ["Gazetteer", "Redactor", "Span", "load_gazetteer", "merge", "replacement"]

_NAME_KINDS = {"name", "initials", "school"}


def replacement(kind: str) -> str:
    return f"[REDACTED: {kind}]"


class Redactor:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.patterns = PatternFinder(self.gazetteer)
        self.names = NameFinder(self.gazetteer)
        self.kept = self._phrases(self.gazetteer.kept_phrases)
        self.token = re.compile(NAME)

    @staticmethod
    def _phrases(phrases: Iterable[str]) -> re.Pattern[str] | None:
        phrases = tuple(p for p in phrases if p.strip())
        if not phrases:
            return None
        return re.compile(rf"(?<!\w)(?:{_alternatives(phrases)})(?!\w)", re.IGNORECASE)

    def find(self, text: str, keep: Iterable[str] = ()) -> list[Span]:
        """The spans to remove from ``text``, merged and in order. ``keep`` adds phrases
        (such as the submitting agency's own name) that are never a person's name."""
        spans = self.patterns.find(text)
        names = self.names.find(text)
        if names:  # most text names nobody: the kept phrases are looked for only when it does
            kept = self._kept(text, self._phrases(keep))
            for span in names:
                tokens = [m for m in self.token.finditer(text, span.start, span.end)]
                if span.kind == "initials" or any(not _inside(m.start(), kept) for m in tokens):
                    spans.append(span)
        return merge(spans)

    def name_words(self, text: str, spans: Iterable[Span]) -> set[str]:
        """The words of the names found in ``text`` that could stand alone as a name later
        (a surname, a given name), not ordinary words, stop words or roles."""
        words = set()
        for span in spans:
            if span.kind != "name":
                continue
            for match in self.token.finditer(text, span.start, span.end):
                word = match.group()
                if len(word) >= 3 and self.names.could_stand_alone(word):
                    words.add(word)
        return words

    def find_words(self, text: str, words: re.Pattern[str], keep: Iterable[str] = ()) -> list[Span]:
        """Where ``words`` (names seen elsewhere in the same record) occur on their own in
        ``text``, outside the kept phrases: "Smith reviewed the policy" after "Jane Smith"."""
        found = [Span("name", m.start(), m.end()) for m in words.finditer(text)]
        if not found:
            return []
        kept = self._kept(text, self._phrases(keep))
        return [span for span in found if not _inside(span.start, kept)]

    def replace(self, text: str, spans: list[Span]) -> str:
        """``text`` with the (merged, ordered) ``spans`` replaced."""
        parts, position = [], 0
        for span in spans:
            parts += [text[position : span.start], replacement(span.kind)]
            position = span.end
        parts.append(text[position:])
        return "".join(parts)

    def redact(self, text: str, keep: Iterable[str] = ()) -> tuple[str, list[Span]]:
        """``text`` with every span replaced, and the spans (positions in the original)."""
        spans = self.find(text, keep)
        return self.replace(text, spans), spans

    def _kept(self, text: str, extra: re.Pattern[str] | None) -> list[tuple[int, int]]:
        """Where the gazetteer's kept phrases, and ``extra``, occur in ``text``."""
        return [
            match.span()
            for pattern in (self.kept, extra)
            if pattern is not None
            for match in pattern.finditer(text)
        ]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, named after the longest of them; a name never wins
    over a more specific kind it overlaps (an address that starts with a street name)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind
            if (span.end - span.start > last.end - last.start and span.kind not in _NAME_KINDS) or (
                last.kind in _NAME_KINDS and span.kind not in _NAME_KINDS
            ):
                kind = span.kind
            merged[-1] = Span(kind, last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged
