"""People's names: after titles, ranks and cue words ("called", "named"), known given names
with their surnames, initials, and "First Last" runs of capitalised words that are not an
agency, place or role in the gazetteer.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.redact.gazetteer import Gazetteer
from pipeline.redact.patterns import NAME, Span, _alternatives

MAX_SURNAMES = 2


class NameFinder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        rank_words = {w for r in gazetteer.ranks + gazetteer.titles for w in r.split()}
        self.blocked = (
            {w.lower() for w in gazetteer.not_names}
            | set(STOP_WORDS)
            | {w.lower() for w in rank_words}
        )
        self.common = {w.lower() for w in gazetteer.common_words}
        self.first = set(gazetteer.first_names)
        self.ambiguous = set(gazetteer.ambiguous_first_names)
        self.token = re.compile(NAME)
        names = rf"({NAME}(?:\s+{NAME}){{0,2}})"
        self.titled = re.compile(
            rf"\b(?:{_alternatives(gazetteer.titles)})\.?\s+(?:[A-Z]\.?\s+){{0,2}}{names}"
        )
        self.ranked = re.compile(rf"\b(?:{_alternatives(gazetteer.ranks)})\.?\s+{names}")
        self.cued = re.compile(rf"\b(?i:{_alternatives(gazetteer.name_cues)})\s+[\"'“‘]?{names}")
        self.person = re.compile(rf"\b(?i:{_alternatives(gazetteer.person_cues)}),?\s+{names}")
        self.initialled = re.compile(rf"\b[A-Z]\.\s?{names}")
        self.initials = re.compile(r"\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?")

    def find(self, text: str) -> list[Span]:
        spans = [Span("initials", m.start(), m.end()) for m in self.initials.finditer(text)]
        for pattern, whole in ((self.titled, True), (self.ranked, False), (self.initialled, True)):
            for match in pattern.finditer(text):
                end = self._name_end(match.group(1), match.start(1))
                if end is not None:
                    spans.append(Span("name", match.start() if whole else match.start(1), end))
        cued = [*self.cued.finditer(text), *self.person.finditer(text)]
        for match in cued:
            first = match.group(1).split()[0]
            if first[0].isupper() and first.lower() not in self.common | self.blocked:
                end = self._name_end(match.group(1), match.start(1))
                if end is not None:
                    spans.append(Span("name", match.start(1), end))
        spans += self._runs(text)
        return spans

    def _name_end(self, names: str, start: int) -> int | None:
        """Where a name starting at ``start`` ends: its words up to the first blocked one."""
        end = None
        for match in self.token.finditer(names):
            if match.group().lower() in self.blocked:
                break
            end = start + match.end()
        return end

    def _runs(self, text: str) -> list[Span]:
        """Known given names with following surnames, and runs of two or more capitalised
        words that are neither blocked nor ordinary words."""
        spans = []
        for run in self._capitalised_runs(text):
            words = [m.group() for m in run]
            kinds = [self._kind(w) for w in words]
            for i, kind in enumerate(kinds):
                if kind == "first" or (
                    kind == "ambiguous"
                    and i + 1 < len(run)
                    and kinds[i + 1] in ("unknown", "first")
                ):
                    j = i
                    while j + 1 < len(run) and j - i < MAX_SURNAMES and kinds[j + 1] != "blocked":
                        j += 1
                    spans.append(Span("name", run[i].start(), run[j].end()))
            i = 0
            while i < len(run):
                j = i
                while j < len(run) and kinds[j] in ("unknown", "first", "ambiguous"):
                    j += 1
                if j - i >= 2:
                    spans.append(Span("name", run[i].start(), run[j - 1].end()))
                i = max(j, i + 1)
        return spans

    def could_stand_alone(self, word: str) -> bool:
        """True for a name word that, met again on its own, is still that person: a given
        name or a word that is neither ordinary, blocked nor an ambiguous given name."""
        return self._kind(word) in ("first", "unknown")

    def _kind(self, word: str) -> str:
        lower = word.lower()
        if word in self.first:
            return "first"
        if word in self.ambiguous:
            return "ambiguous"
        if lower in self.blocked:
            return "blocked"
        return "common" if lower in self.common else "unknown"

    def _capitalised_runs(self, text: str) -> list[list[re.Match[str]]]:
        runs: list[list[re.Match[str]]] = []
        previous: re.Match[str] | None = None
        for match in self.token.finditer(text):
            if previous is not None and text[previous.end() : match.start()] == " ":
                runs[-1].append(match)
            else:
                runs.append([match])
            previous = match
        return runs
