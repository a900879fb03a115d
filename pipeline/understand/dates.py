"""When a submission was made, for ``--deadline``.

In order of trust: a date stated on the cover or in a running header or footer
("Submitted: 14 October 2021", "Date of submission", "Date completed", "approved by ... on
9 December 2021", "Date: 14/10/2021"), then the file's own metadata (Word's ``modified``
core property, a PDF's ModDate), then the file's modification time. That last is recorded
but never on its own makes a submission late: copying, downloading or checking out a file
resets it. Dates are day-first, as written in England.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline.values import Document

_COVER_BLOCKS = 15
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?!\d)"
)
# Most specific first: a "Date:" line is only used when no submission date is stated.
_LABELS = (
    r"date\s+(?:of\s+)?submi(?:tted|ssion)|submi(?:tted|ssion\s+date)(?:\s+on)?",
    r"date\s+(?:completed|returned|signed)|(?:completed|returned|signed)\s+on",
    r"date",
)
_CELL_START = r"(?:^|[|\n])[ \t]*"
# "This response was approved by the National Safeguarding Lead on 9 December 2021",
# "Gloucester City Council - submitted 29 October 2021" (a running footer).
_PROSE = re.compile(
    r"\b(?:submitted|approved|signed(?:\s+off)?|sent|returned)\b"
    r"(?:\s+(?:by|to)\s+[^.\n|]{1,80}?)?\s+(?:on\s+)?(?P<when>" + _DATE + ")",
    re.IGNORECASE,
)


def parse_date(text: str) -> date | None:
    """The first date in ``text`` in a form a cover or metadata uses, or None."""
    match = re.search(_DATE, text, re.IGNORECASE)
    if match is None:
        return None
    groups = match.groupdict()
    try:
        if groups["iso"]:
            return date.fromisoformat(groups["iso"])
        if groups["day"] or groups["day2"]:
            month = _MONTHS[(groups["month"] or groups["month2"]).lower()]
            return date(
                int(groups["year"] or groups["year2"]), month, int(groups["day"] or groups["day2"])
            )
        year = int(groups["y"])
        return date(year + 2000 if year < 100 else year, int(groups["m"]), int(groups["d"]))
    except ValueError:
        return None


def metadata_date(value: str | None) -> date | None:
    """A Word W3CDTF (``2021-10-14T09:12:00Z``) or PDF (``D:20211014091200``) date."""
    if not value:
        return None
    pdf = re.match(r"\s*D:(\d{4})(\d{2})(\d{2})", value)
    if pdf:
        try:
            return date(int(pdf.group(1)), int(pdf.group(2)), int(pdf.group(3)))
        except ValueError:
            return None
    iso = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if iso:
        try:
            return date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    return None


def stated_date(document: Document) -> tuple[str | None, str]:
    """(ISO date, "cover" or "metadata") from the document itself, or (None, "")."""
    lines = [*document.running, *(block.text for block in document.blocks[:_COVER_BLOCKS])]
    cover = "\n".join(lines)
    for label in _LABELS:
        pattern = _CELL_START + rf"(?:{label})\b[ \t]*[:|\-\u2013]?[ \t]*(?P<rest>[^\n|]*)"
        for match in re.finditer(pattern, cover, re.IGNORECASE | re.MULTILINE):
            found = parse_date(match.group("rest"))
            if found:
                return found.isoformat(), "cover"
    for match in _PROSE.finditer(cover):
        found = parse_date(match.group("when"))
        if found:
            return found.isoformat(), "cover"
    found = metadata_date(document.modified)
    if found:
        return found.isoformat(), "metadata"
    return None, ""


def file_date(path: Path) -> str | None:
    """The file's modification date (UTC), or None when it cannot be read."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()
    except (OSError, ValueError, OverflowError):
        return None


def is_late(submitted: str | None, deadline: date | None) -> bool:
    """True when a known submission date falls after the deadline."""
    if deadline is None or submitted is None:
        return False
    return date.fromisoformat(submitted) > deadline
