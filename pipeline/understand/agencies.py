"""Name a submission's agency from the register (``rules/agencies.yml``).

Where a name is found says how much to trust it, so places are tried in this order and the
first that names an organisation wins:

1. the file's title (metadata), then its running header and footer;
2. the cover: its first heading and opening lines;
3. the rest of the opening blocks;
4. the file name.

In each place a registered name or alias wins; failing that, the title, running header and
cover may name an organisation that is not in the register ("Kestrel Vale Housing
Association"), which is used as written and flagged "(not in the register)". Partner
agencies mentioned deeper in the opening ("we work closely with Gloucestershire
Constabulary") can only win when nothing nearer the top names one.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.values import Agency, Document

_FIRST_BLOCKS = 8
_COVER_BLOCKS = 3
_COVER_WORDS = 16  # longer blocks are prose, not cover lines
NOT_REGISTERED = " (not in the register)"
# Capitalised words that may stand before an agency's name without being part of another name.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "our",
        "a",
        "an",
        "and",
        "of",
        "for",
        "by",
        "with",
        "from",
        "in",
        "at",
        "to",
        "this",
        "dear",
        "re",
        "both",
        "all",
        "each",
        "joint",
        "whole",
        "wider",
        "within",
        "across",
    ]
)

_TITLE_SPLIT = re.compile(r"\s+[-–—:|]\s+|\s*[:|]\s*|\s+\(|\)")
# A page-number field left at the end of a running header: "Kestleford District Council Page".
_PAGE_FIELD = re.compile(r"\s+page(?:\s+\d+(?:\s+of\s+\d+)?)?\s*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"\b(section 11|s11|self[- ]assessment|submission|return|audit|response|standard|"
    r"safeguarding children partnership|page \d)\b",
    re.IGNORECASE,
)
# Words that make a title's first part a document's name rather than an organisation's.
_NOT_AN_ORGANISATION = re.compile(
    r"\b(draft|final|version|template|copy|microsoft|document|report|form|annex|appendix|"
    r"evidence|standards?|contents|introduction|summary)\b",
    re.IGNORECASE,
)
# Words that make a short capitalised line an organisation's name rather than a heading.
_ORGANISATION = re.compile(
    r"\b(association|council|councils|trust|service|services|police|constabulary|school|"
    r"academy|college|university|group|ltd|limited|cic|charity|foundation|hospital|hospitals|"
    r"practice|board|agency|authority|club|centre|center|church|diocese|society|housing|"
    r"nhs|mentoring|leisure|transport|probation|cafcass|company|federation|partnership|ccg|"
    r"icb|constabulary|homes|health|healthcare|fire|rescue|justice|network|alliance|"
    r"project|collective|unit|hospice|ambulance|refuge|institute)\b",
    re.IGNORECASE,
)
# A department's name alone ("Children's Services", "Housing Services", "Children's Social
# Care"): the organisation it belongs to is named beside it on the cover or in the header.
_DEPARTMENT_ONLY = re.compile(
    r"^(?:children[’']?s?|adults?[’']?s?|housing|education|public health|communit(?:y|ies)|"
    r"family|families|early help|youth|social)\b[\w\s’'&]*\b(?:services?|care|department|"
    r"directorate)$",
    re.IGNORECASE,
)


# "Marlbeck County Council, Children's Services": a department written after a comma.
_DEPARTMENT = (
    r"(?:Children[’']s Services|Adult Social Care|Adults[’'] Services|Education|Public Health)"
)
_DEPARTMENT_COMMA = re.compile(r",\s+(?=" + _DEPARTMENT + r"\b)")
# "Fellbrook County Council - Children's Services" in a form's field: one name.
_DEPARTMENT_DASH = re.compile(r"\s+[-–—]\s+(?=" + _DEPARTMENT + r"\b)")
# A form's own field for the name: "Name of organisation | Thornbridge Learning Trust (...)".
_NAME_FIELD = re.compile(
    # a survey's or form's own question number may lead: "Q1. Name of your organisation"
    r"^\W*(?:(?:q(?:uestion)?\s*)?\d{1,2}[.):]?\s+)?"
    r"(?:name of (?:the |your )?(?:organisation|organization|agency|body|provider)|"
    r"(?:organisation|organization|agency)(?:'s)? name|organisation|agency)\W*$",
    re.IGNORECASE,
)


def _form_name(document: Document) -> str | None:
    """The organisation a form's name field gives, in a table near the top, a labelled
    line ("Organisation: Eldermere County Council Children's Services"), or a label line
    with the value on the line after it (a filled-in form's field below its label)."""
    blocks = document.blocks[:_FIRST_BLOCKS]
    for number, block in enumerate(blocks):
        label, colon, value = block.text.partition(":")
        if (
            colon
            and not block.rows
            and _NAME_FIELD.match(label)
            and (found := _field_value(value, "(;"))
        ):
            return found
        if not colon and not block.rows and _NAME_FIELD.match(block.text):
            after = blocks[number + 1] if number + 1 < len(blocks) else None
            if after is not None and not after.rows and (found := _field_value(after.text, "(;")):
                return found
        for row_number, row in enumerate(block.rows):
            if not row or not _NAME_FIELD.match(row[0].text):
                continue
            below = block.rows[row_number + 1] if row_number + 1 < len(block.rows) else ()
            # the value beside the label, or in the row below it (a survey's export)
            value = row[1].text if len(row) >= 2 else below[0].text if below else ""
            if found := _field_value(value, "(,;"):
                return found
    return None


def _field_value(text: str, stops: str) -> str | None:
    """A name field's value up to its first bracket or list mark, if it reads as a name."""
    value = re.split(rf"\s*[{stops}]", text.strip(), maxsplit=1)[0].strip()
    value = _DEPARTMENT_DASH.sub(" ", value)
    return value if 1 <= len(value.split()) <= 10 and value[:1].isupper() else None


def _fuller(name: str, document: Document, file_name: str) -> str:
    """The same organisation named more fully on the cover or in the opening ("NHS" and a
    department kept): "NHS Hollinsdale Clinical Commissioning Group" for "Hollinsdale
    Clinical Commissioning Group", "X County Council Children's Services" for "X County
    Council" when the text or the file name says so."""
    opening = [b.text[:300] for b in document.blocks[:_FIRST_BLOCKS]]
    for text in [document.title or "", *document.running[:4], *opening]:
        for part in _TITLE_SPLIT.split(_DEPARTMENT_COMMA.sub(" ", text)):
            own = organisation_name(part.strip())
            if own and own != name and own.endswith(name) and own.split()[0] == "NHS":
                return own
            if own and _spelt_out(name, own):
                return own  # "NHS Wexmoor CCG" in the title, the full name on the cover
    written = re.search(
        re.escape(name) + r",?\s+(" + _DEPARTMENT + r")\b",
        " ".join([*document.running, *opening]),
    )
    if written:
        return f"{name} {written.group(1)}"
    stem = re.sub(r"[_\-.]+", " ", Path(file_name).stem).lower()
    slug = re.sub(r"[’']", "", name.lower())
    for department, in_file_names in _DEPARTMENT_SLUGS.items():
        if f"{slug} {in_file_names}" in stem:
            return f"{name} {department}"
    return name


_DEPARTMENT_SLUGS = {
    "Children's Services": "childrens services",
    "Adult Social Care": "adult social care",
}


_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "at", "to"})


def _title_case(name: str) -> str:
    """A name set in capitals, as it is written elsewhere: "RAVENSHOLT FIRE AND RESCUE
    SERVICE" -> "Ravensholt Fire and Rescue Service"; short capitals (NHS) stay."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    words = []
    for position, word in enumerate(name.split()):
        lowered = word.lower()
        if position and lowered in _SMALL_WORDS:
            words.append(lowered)
        elif word in ("NHS", "CCG", "ICB", "CIC", "YJS") or len(word) <= 2:
            words.append(word)
        else:
            words.append(word[:1] + lowered[1:])
    return " ".join(words)


# The recipient's line of a memo or letter names the partnership, not the sender.
_ADDRESSEE = re.compile(r"^\W*(?:to|dear|attn|attention|cc|copy|for the attention of)\b", re.I)
# A post, not an organisation.
_POST = re.compile(
    r"\b(?:manager|officer|director|head of|chair|chief|nurse|coordinator|co-ordinator|"
    r"lead|leader|designated|deputy|secretary|administrator)\b",
    re.IGNORECASE,
)


def _word_key(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower())


def _names(agency: Agency) -> list[str]:
    return [agency.name, *agency.aliases] + ([agency.short] if agency.short else [])


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s&]+", name.strip()) if w and w.lower() != "and"]
    joiner = r"(?:\s+|\s*&\s*|\s+and\s+)+"
    flags = 0 if name.isupper() and len(name) <= 6 else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + joiner.join(words) + r"(?![\w-])", flags)


def _spelt_out(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with its closing acronym written out: "NHS Wexmoor CCG"
    and "NHS Wexmoor Clinical Commissioning Group"."""
    words = short.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{2,5}", words[-1]):
        return False
    head = " ".join(words[:-1])
    if not full.startswith(head + " "):
        return False
    tail = [w for w in full[len(head) :].split() if w.lower() not in ("and", "of", "&", "for")]
    return "".join(w[0] for w in tail).upper() == words[-1]


def organisation_name(line: str | None) -> str | None:
    """The part of a title or cover line that names an organisation, or None.

    "Kestrel Vale Housing Association - Section 11 self-assessment 2021" -> "Kestrel Vale
    Housing Association". The part must be a capitalised name with a word such as Trust,
    Council or Association in it, so that a heading or a stray title ("Microsoft Word -
    Draft v2") is not taken for one.
    """
    if not line or _ADDRESSEE.match(line):
        return None
    line = _DEPARTMENT_COMMA.sub(" ", line)
    parts = [part.strip(" .,;") for part in _TITLE_SPLIT.split(line) if part]
    # "From: A Person, Head of Community Services, Harrowford District Council": a line of
    # comma-separated parts names the organisation in its last such part.
    parts = [p for part in parts for p in reversed(re.split(r",\s+", part)) if p]
    # "Lanterns Family Support - Section 11 self-assessment 2022": the part before the name
    # of the return is the organisation's, whatever words it uses.
    names_a_return = len(parts) > 1 and any(_NOT_A_NAME.search(part) for part in parts[1:])
    for index, part in enumerate(parts):
        words = part.split()
        if not part or _NOT_A_NAME.search(part) or not 2 <= len(words) <= 10:
            continue
        if not part[0].isupper() or part.endswith((".", "?")) or re.search(r"\d{3,}", part):
            continue
        capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in ("and", "of", "&"))
        if capitalised < len(words):
            continue
        if _POST.search(part):
            continue  # "Partnership Business Manager", "Head of Community Services": a post
        leads_a_title = index == 0 and names_a_return and not _NOT_AN_ORGANISATION.search(part)
        if _ORGANISATION.search(part) or leads_a_title:
            return part
    return None


def _local_unit(line: str, agency: Agency) -> str | None:
    """A local unit named after the registered body it belongs to: "The Probation
    Service: Marlbeck Probation Delivery Unit", "Probation Service - Marlbeck PDU"."""
    parts = [p.strip(" .,;") for p in _TITLE_SPLIT.split(line) if p and p.strip(" .,;")]
    own_words = {w.lower() for name in _names(agency) for w in re.findall(r"[A-Za-z]{4,}", name)}
    for before, after in zip(parts, parts[1:], strict=False):
        if not any(_pattern(name).search(before) for name in _names(agency)):
            continue
        name = organisation_name(after) or (after if _UNIT.search(after) else None)
        if not name or not name[0].isupper() or len(name.split()) > 8:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", name)}
        if (words & own_words or _UNIT.search(name)) and words - own_words:
            return name
    return None


_UNIT = re.compile(r"\b(?:PDU|[Dd]elivery [Uu]nit|[Dd]istrict [Oo]ffice)\b")


def _cover_name(document: Document) -> str | None:
    """A return that opens with its organisation's name alone, then names the return:
    "Lantern Family Support" over "Our Section 11 self-assessment for ...". The name is a
    short capitalised heading, whatever words it uses."""
    blocks = document.blocks[:3]
    if not blocks or blocks[0].kind != "heading":
        return None
    name = blocks[0].text.strip()
    words = name.split()
    if not 2 <= len(words) <= 8 or _NOT_A_NAME.search(name) or _NOT_AN_ORGANISATION.search(name):
        return None
    if not all(w[0].isupper() or w.lower() in ("and", "of", "&", "for") for w in words):
        return None
    if re.search(r"\d", name) or not any(_NOT_A_NAME.search(b.text[:200]) for b in blocks[1:]):
        return None
    return name


class AgencyFinder:
    def __init__(self, agencies: tuple[Agency, ...]) -> None:
        self.agencies = agencies
        # Longest names first, so "Gloucestershire Health and Care NHS Foundation Trust" beats
        # "Gloucestershire".
        self.patterns = sorted(
            ((agency, name, _pattern(name)) for agency in agencies for name in _names(agency)),
            key=lambda item: -len(item[1]),
        )
        self.vocabulary = {
            _word_key(word)
            for agency in agencies
            for name in _names(agency)
            for word in re.findall(r"[\w'’]+", name)
        }

    def search(self, text: str) -> Agency | None:
        """The registered agency named earliest in ``text`` (the longest name at a tie).

        A name inside a longer proper name is not a mention: "Youth Justice Service" in
        "Wyvern Youth Justice Service" is another area's service, so a match straight after a
        capitalised word that is neither in the register's names nor a function word is
        skipped.
        """
        best: tuple[int, int, Agency] | None = None
        for agency, name, pattern in self.patterns:
            for match in pattern.finditer(text):
                if self._inside_other_name(text, match.start()):
                    continue
                key = (match.start(), -len(name))
                if best is None or key < best[:2]:
                    best = (key[0], key[1], agency)
                break
        return best[2] if best else None

    def _inside_other_name(self, text: str, start: int) -> bool:
        before = re.search(r"([A-Z][\w'’]*)[ \t]+$", text[max(0, start - 60) : start])
        if before is None:
            return False
        word = _word_key(before.group(1))
        return word not in self.vocabulary and word not in _FUNCTION_WORDS

    def find(self, document: Document | None, file_name: str) -> tuple[str | None, str]:
        """(agency name, how it was found) or (None, "")."""
        if document is not None:
            # The cover is its first heading and its opening short lines, not prose about
            # partners.
            cover = [
                b.text[:300]
                for b in document.blocks[:_COVER_BLOCKS]
                if b.kind == "heading" or len(b.text.split()) <= _COVER_WORDS
            ]
            first_heading = next(
                (b.text[:300] for b in document.blocks[:_FIRST_BLOCKS] if b.kind == "heading"), ""
            )
            places: list[tuple[str, list[str]]] = [
                ("title", [document.title or ""]),
                ("running header", [_PAGE_FIELD.sub("", line) for line in document.running[:4]]),
                ("cover", list(dict.fromkeys([first_heading, *cover]))),
            ]
            if named := _form_name(document):
                agency = self.search(named)
                return (agency.name, "form") if agency else (named, "form" + NOT_REGISTERED)
            cover_lines = [first_heading, *cover]
            for method, lines in places:
                found = self._in_lines(lines, method)
                if (
                    found
                    and method != "cover"
                    and not found[1].endswith(NOT_REGISTERED)
                    and self._another_areas(found[0], [*cover_lines, *document.running[:4]])
                ):
                    continue  # "YJS" in the title, "Wrenmoor Youth Justice Service" on the cover
                if found and found[1].endswith(NOT_REGISTERED):
                    name = _fuller(_title_case(found[0]), document, file_name)
                    if _DEPARTMENT_ONLY.match(name) and (parent := self._parent(name, places)):
                        return f"{parent} {name}", found[1]
                    return name, found[1]
                if found:
                    return found
            if named := _cover_name(document):
                return named, "cover" + NOT_REGISTERED
            opening = " \n ".join(b.text[:300] for b in document.blocks[:_FIRST_BLOCKS])
            if agency := self.search(opening):
                return agency.name, "text"
        stem = re.sub(r"[_\-.]+", " ", Path(file_name).stem)
        if agency := self.search(stem):
            return agency.name, "file name"
        return None, ""

    def _another_areas(self, name: str, lines: list[str]) -> bool:
        """Whether the cover gives one of this agency's names inside another area's name
        ("Wrenmoor Youth Justice Service" for the register's "Youth Justice Service")."""
        for agency, _, pattern in self.patterns:
            if agency.name != name:
                continue
            if any(self._department_of_other(line, agency) for line in lines):
                return True
            for line in lines:
                for match in pattern.finditer(line):
                    if self._inside_other_name(line, match.start()):
                        return True
        return False

    def _department_of_other(self, line: str, agency: Agency) -> str | None:
        """ "Kessingland Vale County Council - Children's Social Care": a register's
        department name after another organisation's is that organisation's department."""
        parts = [p.strip(" .,;") for p in _TITLE_SPLIT.split(line) if p.strip(" .,;")]
        first = organisation_name(parts[0]) if len(parts) > 1 else None
        if (
            first
            and self.search(first) is None
            and _DEPARTMENT_ONLY.match(parts[1])
            and self.search(parts[1]) is agency
            # the same area's council ("Gloucestershire County Council - Children's Social
            # Care") is the registered agency's own
            and not any(n.split()[0] == first.split()[0] for n in _names(agency))
        ):
            return f"{first} {parts[1]}"
        return None

    def _parent(self, department: str, places: list[tuple[str, list[str]]]) -> str | None:
        """The organisation a department belongs to: an organisation named on its own line
        of the cover or header, or in the same line before the department."""
        for _, lines in places:
            for line in lines:
                for part in (p.strip(" .,;") for p in _TITLE_SPLIT.split(line) if p):
                    own = organisation_name(part)
                    if own and own != department and not _DEPARTMENT_ONLY.match(own):
                        return own
        return None

    def _in_lines(self, lines: list[str], method: str) -> tuple[str, str] | None:
        """The first line naming an organisation: a registered one, else any."""
        for line in lines:
            if agency := self.search(line):
                if unit := _local_unit(line, agency):
                    return unit, method + NOT_REGISTERED
                if other := self._department_of_other(line, agency):
                    return other, method + NOT_REGISTERED
                return agency.name, method
            own = organisation_name(line)
            if own:
                return own, method + NOT_REGISTERED
        return None

    def missing(self, found: set[str]) -> list[str]:
        """Agencies expected this cycle with no submission among ``found``."""
        return [a.name for a in self.agencies if a.expected and a.name not in found]
