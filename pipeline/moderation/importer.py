"""``s11 moderation import FILE``: the panel's decisions from a spreadsheet, so that a panel
that works in Excel can take part.

Two layouts, told apart by their header row:

- **the ratings grid**, one row per agency, in the layout ``summary.xlsx`` (sheet
  "Summary") and ``summary.csv`` export, with a column per standard for the panel's rating
  added: ``S1 panel`` (csv ``s1_panel``). The moderated grid's own export (``Standard 1``,
  csv ``standard_1``) is read too. The ``S1 self`` and ``S1 evidence`` columns, when present,
  are kept beside the decision as the tool's readings it was made against.
- **evidence verdicts**, one row per sentence: ``file``, ``standard``, ``sentence``,
  ``verdict`` (``strength``, ``indicator`` or ``not_evidence``), ``strength`` (the panel's,
  for a strength verdict), ``indicator`` (for an indicator verdict), ``note``, ``cycle``.

The whole file is checked first; any problem raises :class:`ModerationFileError` naming
every bad row and column, and nothing of the file is recorded (what the database held
before is untouched).
"""

from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.cycles.store import HistoryStore
from pipeline.moderation.store import RATINGS, Decision, record
from pipeline.moderation.verdicts import VERDICTS, EvidenceVerdict, check, record_verdicts
from pipeline.values import STRENGTHS, Framework, ModerationFileError

_RATING_WORDS = {"g": "green", "a": "amber", "r": "red", **{r: r for r in RATINGS}}
_VERDICT_WORDS = {
    "strength corrected": "strength",
    "strength wrong": "strength",
    "indicator wrong": "indicator",
    "not evidence": "not_evidence",
    **{v: v for v in VERDICTS},
}
_PANEL = re.compile(r"^(?:standard[ _]?|s)(\w+?)[ _]panel$|^standard[ _](\w+)$")
_TOOL = re.compile(r"^s(\w+?)[ _](self|evidence)$")


@dataclass(frozen=True)
class Imported:
    kind: str  # "ratings" | "verdicts"
    recorded: int
    skipped: int  # rows or cells left blank: no decision


def _key(header: object) -> str:
    return re.sub(r"\s+", " ", str(header or "")).strip().lower()


def read_rows(path: Path) -> list[list[str]]:
    """The cells of a .csv (UTF-8) or .xlsx file as text, the header row first."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ModerationFileError(str(path), ["not a UTF-8 CSV file"]) from None
        except OSError as exc:
            raise ModerationFileError(str(path), [f"cannot be read ({exc.strerror})"]) from None
        try:
            return [[cell.strip() for cell in row] for row in csv.reader(text.splitlines())]
        except csv.Error as exc:
            raise ModerationFileError(str(path), [f"not a readable CSV file ({exc})"]) from None
    if suffix == ".xlsx":
        return _workbook_rows(path)
    raise ModerationFileError(str(path), [f"expected an .xlsx or .csv file, not {suffix!r}"])


def _workbook_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not an Excel workbook (.xlsx)"
        raise ModerationFileError(str(path), [str(reason)]) from None
    try:
        sheets = list(workbook.worksheets)
        preferred = [s for s in sheets if s.title in ("Summary", "Moderated ratings")]
        for sheet in preferred + [s for s in sheets if s not in preferred]:
            rows = [
                ["" if value is None else str(value).strip() for value in row]
                for row in sheet.iter_rows(values_only=True)
            ]
            if rows and any(_key(cell) == "agency" or _key(cell) == "sentence" for cell in rows[0]):
                return rows
        return []
    finally:
        workbook.close()


def import_file(
    path: Path,
    store: HistoryStore,
    framework: Framework,
    cycle: int,
    who: str | None = None,
) -> Imported:
    """Check the whole file, then record its decisions (one transaction)."""
    rows = [row for row in read_rows(path) if any(row)]
    if not rows:
        raise ModerationFileError(
            str(path), ["no header row with an 'agency' or 'sentence' column"]
        )
    header = [_key(cell) for cell in rows[0]]
    who = who or f"import of {path.name}"
    if "sentence" in header:
        verdicts, problems = _verdicts(header, rows[1:], framework, cycle, who)
        if problems:
            raise ModerationFileError(str(path), problems)
        return Imported("verdicts", record_verdicts(store, verdicts), 0)
    decisions, skipped, problems = _ratings(header, rows[1:], framework, cycle, who)
    if problems:
        raise ModerationFileError(str(path), problems)
    return Imported("ratings", record(store, decisions), skipped)


def _rating(value: str) -> str | None:
    return _RATING_WORDS.get(value.strip().lower()) if value.strip() else None


def _ratings(
    header: list[str], rows: list[list[str]], framework: Framework, cycle: int, who: str
) -> tuple[list[Decision], int, list[str]]:
    problems: list[str] = []
    ids = [s.id for s in framework.standards]
    if "agency" not in header:
        problems.append("no 'agency' column in the header row")
    panel: dict[str, int] = {}
    tool: dict[tuple[str, str], int] = {}
    for column, name in enumerate(header):
        if match := _PANEL.match(name):
            standard_id = match.group(1) or match.group(2)
            if standard_id not in ids:
                problems.append(
                    f"column {column + 1} '{name}': framework {framework.id} has no standard "
                    f"{standard_id!r} (standards: {', '.join(ids)})"
                )
            panel[standard_id] = column
        elif match := _TOOL.match(name):
            tool[(match.group(1), match.group(2))] = column
    if not panel:
        problems.append(
            "no panel rating columns: add one per standard, e.g. 'S1 panel' (csv 's1_panel'), "
            "or use the moderated grid's 'Standard 1' columns"
        )
    if problems:
        return [], 0, problems
    agency_column = header.index("agency")
    decisions: list[Decision] = []
    skipped = 0
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(rows, start=2):
        cells = row + [""] * (len(header) - len(row))
        agency = cells[agency_column].strip()
        if not agency:
            problems.append(f"row {number}: no agency named")
            continue
        for standard_id, column in panel.items():
            raw = cells[column]
            rating = _rating(raw)
            if rating is None:
                if raw.strip():
                    problems.append(
                        f"row {number}, column '{header[column]}': {raw!r} is not green, amber "
                        "or red (or G, A, R; blank for no decision)"
                    )
                else:
                    skipped += 1
                continue
            if (agency, standard_id) in seen:
                problems.append(f"row {number}: {agency} standard {standard_id} rated twice")
                continue
            seen.add((agency, standard_id))
            readings = {
                kind: _rating(cells[tool[(standard_id, kind)]])
                if (standard_id, kind) in tool
                else None
                for kind in ("self", "evidence")
            }
            decisions.append(
                Decision(
                    cycle=cycle,
                    framework=framework.id,
                    agency=agency,
                    standard_id=standard_id,
                    reviewer="first",
                    rating=rating,
                    who=who,
                    self_rating=readings["self"],
                    evidence_rating=readings["evidence"],
                    source="import",
                )
            )
    return decisions, skipped, problems


def _verdicts(
    header: list[str], rows: list[list[str]], framework: Framework, cycle: int, who: str
) -> tuple[list[EvidenceVerdict], list[str]]:
    required = ("file", "standard", "sentence", "verdict")
    missing = [name for name in required if name not in header]
    if missing:
        return [], [f"no '{name}' column in the header row" for name in missing]
    ids = {s.id for s in framework.standards}
    problems: list[str] = []
    verdicts = []
    for number, row in enumerate(rows, start=2):
        cells = dict(zip(header, row + [""] * (len(header) - len(row)), strict=False))
        verdict_word = cells["verdict"].strip().lower()
        standard_id = cells["standard"].strip()
        try:
            row_cycle = int(cells.get("cycle") or cycle)
        except ValueError:
            problems.append(f"row {number}: cycle {cells.get('cycle')!r} is not a year")
            continue
        strength = cells.get("strength", "").strip().lower() or None
        verdict = EvidenceVerdict(
            cycle=row_cycle,
            framework=framework.id,
            file=cells["file"].strip(),
            standard_id=standard_id,
            text=cells["sentence"].strip(),
            verdict=_VERDICT_WORDS.get(verdict_word, verdict_word),
            who=who,
            strength=strength,
            indicator=cells.get("indicator", "").strip(),
            note=cells.get("note", "").strip(),
        )
        found = check(verdict)
        if standard_id and standard_id not in ids:
            found.append(f"framework {framework.id} has no standard {standard_id!r}")
        if strength and strength not in STRENGTHS:
            found.append(f"strength {strength!r} is not one of {', '.join(STRENGTHS)}")
        problems.extend(f"row {number}: {problem}" for problem in dict.fromkeys(found))
        if not found:
            verdicts.append(verdict)
    return verdicts, problems
