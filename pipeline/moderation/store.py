"""Moderation in the history database (table ``moderation_log``, schema version 3).

Nothing is overwritten: each save is a new row, so every change to a rating is kept with who
made it and when, and the current decision on a cell is its latest row. A cell is keyed by
(cycle, framework, agency, standard, reviewer); the first and the second reviewer's decisions
are kept apart so that the two can be compared.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from pipeline.cycles.store import HistoryStore
from pipeline.values import HistoryError

RATINGS = ("green", "amber", "red")
REVIEWERS = ("first", "second")
MAX_NOTE = 2000
MAX_NAME = 80

Reviewer = Literal["first", "second"]


@dataclass(frozen=True)
class Decision:
    """One reviewer's moderation of one agency's standard."""

    cycle: int
    framework: str
    agency: str
    standard_id: str
    reviewer: Reviewer
    rating: str | None  # green, amber, red, or None: not decided
    who: str
    note: str = ""
    gap_verdicts: dict[str, bool] = field(default_factory=dict)  # gap type -> the panel agrees
    self_rating: str | None = None  # the tool's readings when the decision was made
    evidence_rating: str | None = None
    at: str = ""  # ISO time, set when recorded
    source: str = "serve"  # serve | import


def check(decision: Decision) -> None:
    """Refuse a decision the panel could not have meant, with the reason."""
    problems = []
    if decision.reviewer not in REVIEWERS:
        problems.append(f"reviewer must be first or second, not {decision.reviewer!r}")
    for name, value in (
        ("rating", decision.rating),
        ("self rating", decision.self_rating),
        ("evidence rating", decision.evidence_rating),
    ):
        if value is not None and value not in RATINGS:
            problems.append(f"{name} must be green, amber or red, not {value!r}")
    if not decision.who.strip() or len(decision.who) > MAX_NAME:
        problems.append(f"who made the decision must be named (at most {MAX_NAME} characters)")
    if len(decision.note) > MAX_NOTE:
        problems.append(f"the note is {len(decision.note)} characters; at most {MAX_NOTE}")
    if not decision.agency.strip() or not decision.standard_id.strip():
        problems.append("the agency and the standard must be named")
    if problems:
        raise ValueError("; ".join(problems))


def record(store: HistoryStore, decisions: Iterable[Decision]) -> int:
    """Add decisions in one transaction; returns how many. Each is checked first."""
    rows = []
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for decision in decisions:
        check(decision)
        rows.append(
            (
                decision.cycle,
                decision.framework,
                decision.agency,
                decision.standard_id,
                decision.reviewer,
                decision.rating,
                decision.self_rating,
                decision.evidence_rating,
                json.dumps(decision.gap_verdicts, sort_keys=True),
                decision.note,
                decision.who.strip(),
                decision.at or now,
                decision.source,
            )
        )
    append_rows(
        store,
        "INSERT INTO moderation_log (cycle, framework, agency, standard_id, reviewer, "
        "rating, self_rating, evidence_rating, gap_verdicts, note, who, at, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        "the decision was not saved",
    )
    return len(rows)


def append_rows(store: HistoryStore, insert: str, rows: list[tuple], unsaved: str) -> None:
    """Append ``rows`` in one immediate transaction: all of them or none. A database another
    process holds is a HistoryError saying ``unsaved``."""
    connection = store.connection
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.executemany(insert, rows)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise HistoryError(
                f"{store.path} is locked by another process; {unsaved}, try again"
            ) from None
        raise


_COLUMNS = (
    "cycle, framework, agency, standard_id, reviewer, rating, who, note, gap_verdicts, "
    "self_rating, evidence_rating, at, source"
)


def _decision(row: tuple) -> Decision:
    (cycle, framework, agency, standard_id, reviewer, rating, who, note, verdicts, *rest) = row
    self_rating, evidence_rating, at, source = rest
    return Decision(
        cycle=cycle,
        framework=framework,
        agency=agency,
        standard_id=standard_id,
        reviewer=reviewer,
        rating=rating,
        who=who,
        note=note,
        gap_verdicts=json.loads(verdicts),
        self_rating=self_rating,
        evidence_rating=evidence_rating,
        at=at,
        source=source,
    )


Cell = tuple[str, str, str]  # agency, standard id, reviewer


def current(store: HistoryStore, cycle: int, framework: str) -> dict[Cell, Decision]:
    """The latest decision on every cell of a cycle's grid."""
    rows = store.connection.execute(
        f"SELECT {_COLUMNS} FROM moderation_log WHERE id IN ("
        "  SELECT MAX(id) FROM moderation_log WHERE cycle = ? AND framework = ?"
        "  GROUP BY agency, standard_id, reviewer)"
        " ORDER BY agency, standard_id, reviewer",
        (cycle, framework),
    )
    decisions = [_decision(row) for row in rows]
    return {(d.agency, d.standard_id, d.reviewer): d for d in decisions}


def changes(
    store: HistoryStore, cycle: int, framework: str, agency: str | None = None
) -> list[Decision]:
    """Every decision recorded for a cycle (one agency's), oldest first: the change log."""
    query = f"SELECT {_COLUMNS} FROM moderation_log WHERE cycle = ? AND framework = ?"
    parameters: tuple = (cycle, framework)
    if agency is not None:
        query += " AND agency = ?"
        parameters += (agency,)
    rows = store.connection.execute(query + " ORDER BY id", parameters)
    return [_decision(row) for row in rows]
