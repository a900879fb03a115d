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

__all__ = ["Gazetteer", "Redactor", "Span", "load_gazetteer", "replacement"]

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
        return _merge(spans)

    def redact(self, text: str, keep: Iterable[str] = ()) -> tuple[str, list[Span]]:
        """``text`` with every span replaced, and the spans (positions in the original)."""
        spans = self.find(text, keep)
        parts, position = [], 0
        for span in spans:
            parts += [text[position : span.start], replacement(span.kind)]
            position = span.end
        parts.append(text[position:])
        return "".join(parts), spans

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


def _merge(spans: list[Span]) -> list[Span]:
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
