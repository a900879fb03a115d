"""Name a submission's agency from the register (``rules/agencies.yml``): its title, the
first lines of the document, and the file name, in that order of trust."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.model import Agency, Document

_FIRST_BLOCKS = 8


def _names(agency: Agency) -> list[str]:
    return [agency.name, *agency.aliases] + ([agency.short] if agency.short else [])


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s&]+", name.strip()) if w and w.lower() != "and"]
    joiner = r"(?:\s+|\s*&\s*|\s+and\s+)+"
    flags = 0 if name.isupper() and len(name) <= 6 else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + joiner.join(words) + r"(?![\w-])", flags)


_TITLE_SPLIT = re.compile(r"\s+[-–—:|]\s+|\s*[:|]\s*")
_NOT_A_NAME = re.compile(r"\b(section 11|s11|self[- ]assessment|submission|return|audit|response)\b", re.I)


def _organisation_in_title(title: str | None) -> str | None:
    """"Kestrel Vale Housing Association - Section 11 self-assessment 2021" -> the part that
    names the organisation."""
    if not title:
        return None
    for part in _TITLE_SPLIT.split(title):
        part = part.strip()
        if part and not _NOT_A_NAME.search(part) and 2 <= len(part.split()) <= 10 and part[0].isupper():
            return part
    return None


class AgencyFinder:
    def __init__(self, agencies: tuple[Agency, ...]) -> None:
        self.agencies = agencies
        # Longest names first, so "Gloucestershire Health and Care NHS Foundation Trust" beats
        # "Gloucestershire".
        self.patterns = sorted(
            ((agency, name, _pattern(name)) for agency in agencies for name in _names(agency)),
            key=lambda item: -len(item[1]),
        )

    def _search(self, text: str) -> Agency | None:
        best: tuple[int, int, Agency] | None = None
        for agency, name, pattern in self.patterns:
            match = pattern.search(text)
            if match:
                key = (match.start(), -len(name))
                if best is None or key < best[:2]:
                    best = (key[0], key[1], agency)
        return best[2] if best else None

    def find(self, document: Document | None, file_name: str) -> tuple[str | None, str]:
        """(canonical agency name, how it was found) or (None, "")."""
        if document is not None:
            if document.title and (agency := self._search(document.title)):
                return agency.name, "title"
            own = _organisation_in_title(document.title)
            if own:
                return own, "title (not in the register)"
            opening = " \n ".join(b.text[:300] for b in document.blocks[:_FIRST_BLOCKS])
            if agency := self._search(opening):
                return agency.name, "text"
        stem = re.sub(r"[_\-.]+", " ", Path(file_name).stem)
        if agency := self._search(stem):
            return agency.name, "file name"
        return None, ""

    def missing(self, found: set[str]) -> list[str]:
        return [a.name for a in self.agencies if a.expected and a.name not in found]
