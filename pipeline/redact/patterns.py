"""Personal data found by pattern: contact details, dates of birth, ages with places,
addresses, postcodes, NHS and reference numbers, school names.

Each finder returns spans; overlaps are resolved by :mod:`pipeline.redact`. The patterns are
built from the gazetteer when a :class:`PatternFinder` is made, never at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.redact.gazetteer import Gazetteer

NAME = r"(?<![\w'’-])(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)*)"
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+\d{{2,4}}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{MONTH}\s+\d{{4}}|\d{{4}})"
)
POSTCODE = r"\b(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)\s?[0-9][A-Z]{2}\b"


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


def _alternatives(words: tuple[str, ...]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class PatternFinder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.never = {w.lower() for w in gazetteer.not_names + gazetteer.common_words} | set(
            STOP_WORDS
        )
        self.kinds_words = {w.lower() for w in gazetteer.street_types} | {
            "flat",
            "apartment",
            "apt",
            "unit",
            "room",
            "school",
            "academy",
            "primary",
            "infant",
            "junior",
            "secondary",
            "high",
            "grammar",
            "c",
            "of",
            "e",
            "cofe",
        }
        streets = _alternatives(gazetteer.street_types)
        places = _alternatives(gazetteer.places)
        street = rf"(?:{NAME}(?:['’]s)?\s+){{1,3}}(?:{streets})\b"
        house = r"(?:(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+)?\b\d{1,3}[A-Za-z]?,?\s+"
        tail = rf"(?:,\s*{NAME}(?:[\s-]+{NAME})*){{0,3}}(?:,?\s*{POSTCODE})?"
        age = r"(?:aged|age)\s+\d{1,2}\b|\b\d{1,2}[- ](?:year|yr)s?[- ]old\b"
        place_word = rf"(?:the\s+)?{NAME}(?:[\s-]+(?:on-the-|under-|in-)?{NAME})*"
        nouns = _alternatives(gazetteer.small_number_nouns)
        self.patterns: list[tuple[str, re.Pattern[str], int]] = [
            ("email address", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), 0),
            (
                "phone number",
                re.compile(
                    r"(?<![\w/.])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/])"
                ),
                0,
            ),
            (
                "NHS number",
                re.compile(
                    r"(?:\bNHS\s*(?:No\.?|number|num)?\s*[:.]?\s*)?(?<![\w/.,])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w/])",
                    re.IGNORECASE,
                ),
                0,
            ),
            (
                "date of birth",
                re.compile(
                    rf"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on|\s+in)?)\s*[:\-–]?\s*{DATE}",
                    re.IGNORECASE,
                ),
                0,
            ),
            (
                "age and place",
                re.compile(
                    rf"(?:{age})[^.;:\n]{{0,40}}?\b(?:from|in|of|at|living\s+in|lives\s+in|resident\s+in)\s+{place_word}"
                ),
                0,
            ),
            ("age and place", re.compile(rf"\b\d{{1,2}},?\s+(?:from|of)\s+(?:{places})\b"), 0),
            ("age and place", re.compile(rf"\b(?:{places})\s+\d{{1,2}}[- ]year[- ]old\b"), 0),
            ("address", re.compile(house + street + tail), 0),
            (
                "address",
                re.compile(
                    r"\b(?:lives|living|lived|resides|residing|moved|address(?:ed)?|home)\b[^.;\n]{0,25}?"
                    rf"\b(?:at|on|in|to)\s+({street}{tail})"
                ),
                1,
            ),
            ("postcode", re.compile(POSTCODE), 0),
            (
                "reference number",
                re.compile(
                    rf"\b(?:{_alternatives(gazetteer.reference_cues)})\b\.?\s*[:#.]?\s*(?:is\s+)?"
                    r"([A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)",
                    re.IGNORECASE,
                ),
                1,
            ),
            ("reference number", re.compile(r"\b[A-Z]{1,5}[/-]\d{2,}(?:[/-][A-Z0-9]+)+\b"), 0),
            ("reference number", re.compile(r"\b\d{2,}/\d{4,}/\d{2,4}\b"), 0),
            (
                "reference number",
                re.compile(
                    rf"\b(?:incident|log|CAD|call)\s+(?:no\.?\s*|number\s+)?\d{{1,5}}\s+of\s+{DATE}",
                    re.IGNORECASE,
                ),
                0,
            ),
            ("reference number", re.compile(r"(?<![\w,.£$/])\d{7,}(?![\w,.%])"), 0),
            (
                "school",
                re.compile(
                    rf"\b(?:{NAME}(?:['’]s)?\s+){{1,3}}(?:(?:Primary|Infant|Junior|Secondary|High|Grammar|C\s+of\s+E|CofE)"
                    r"\s+)?(?:School|Academy)\b"
                ),
                0,
            ),
        ]
        self.small_numbers = re.compile(
            rf"\b(?:one|two|three|four|a\s+single|[1-4])\s+(?:{nouns})\b", re.IGNORECASE
        )

    def find(self, text: str) -> list[Span]:
        spans = []
        for kind, pattern, group in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                if start < 0 or not self._plausible(kind, match.group(group)):
                    continue
                if text[start] == "(" and ")" not in text[start:end]:
                    start += 1  # "(07700 900417)": the bracket belongs to the sentence
                spans.append(Span(kind, start, end))
        return spans

    def small_number_notes(self, text: str) -> list[Span]:
        """Counts under five of allegations, complaints, children...: noted, not removed."""
        return [Span("small number", m.start(), m.end()) for m in self.small_numbers.finditer(text)]

    def _plausible(self, kind: str, found: str) -> bool:
        if kind == "phone number":
            digits = re.sub(r"\D", "", found)
            return len(digits) in (10, 11) or (
                digits.startswith("44") and len(digits) in (11, 12, 13)
            )
        if kind in ("address", "school"):
            # "14 London Road" is an address, "20 Family Court hearings" is not.
            words = re.findall(r"[A-Z][A-Za-z'’-]+", found)
            named = [w for w in words if w.lower() not in self.kinds_words]
            return bool(named) and not all(w.lower() in self.never for w in named)
        return True
