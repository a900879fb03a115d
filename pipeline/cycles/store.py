"""The history store: every analysed submission of every cycle in one SQLite file, so that a
cycle can be compared with the last.

A submission is keyed by (cycle, file sha256): recording the same file for the same cycle
again changes nothing. Only facts about the submission itself are stored (ratings, evidence,
gaps, questions, recommendation progress); comparisons between cycles, such as
RATING_UP_WITHOUT_EVIDENCE, are worked out when read (:mod:`pipeline.cycles.changes`), so the cycles
can be recorded in any order. The schema is versioned: ``schema_version`` holds the version,
and :data:`MIGRATIONS` are applied in order, each in its own transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.report.records import analysis_record
from pipeline.values import (
    ANALYSIS_SCHEMA,
    Batch,
    EvidenceSnapshot,
    HistoryError,
    Snapshot,
    StandardSnapshot,
)

DERIVED_GAPS = frozenset({"RATING_UP_WITHOUT_EVIDENCE"})  # worked out from the history, not stored
_RATING = "CHECK ({0} IS NULL OR {0} IN ('green', 'amber', 'red'))"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: submissions, their standards, evidence, gaps and questions
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version (version) VALUES (0)",
        """CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            cycle INTEGER NOT NULL,
            agency TEXT,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT,
            framework TEXT NOT NULL,
            UNIQUE (cycle, sha256))""",
        "CREATE INDEX submissions_by_agency ON submissions (agency, cycle)",
        f"""CREATE TABLE standards (
            submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            self_rating TEXT {_RATING.format("self_rating")},
            evidence_rating TEXT {_RATING.format("evidence_rating")},
            evidence_count INTEGER NOT NULL,
            assertion_count INTEGER NOT NULL,
            activity_count INTEGER NOT NULL,
            quantified_count INTEGER NOT NULL,
            impact_count INTEGER NOT NULL,
            indicators_found TEXT NOT NULL,
            PRIMARY KEY (submission_id, standard_id))""",
        """CREATE TABLE evidence (
            submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            page INTEGER,
            block INTEGER,
            strength TEXT NOT NULL,
            score REAL,
            indicators TEXT NOT NULL,
            future INTEGER NOT NULL,
            concern INTEGER NOT NULL,
            PRIMARY KEY (submission_id, standard_id, position))""",
        """CREATE TABLE gaps (
            submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            detail TEXT NOT NULL,
            PRIMARY KEY (submission_id, standard_id, position))""",
        """CREATE TABLE questions (
            submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            standard_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (submission_id, standard_id, position))""",
    ),
    (  # 2: progress on the previous cycle's recommendations
        """CREATE TABLE recommendation_progress (
            submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            recommendation_id TEXT NOT NULL,
            recommendation_cycle INTEGER NOT NULL,
            text TEXT NOT NULL,
            due TEXT NOT NULL,
            lead TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('progress', 'mentioned', 'not_mentioned')),
            explanation TEXT NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (submission_id, recommendation_id))""",
    ),
    (  # 3: the panel's moderation, every change kept (pipeline.moderation reads and writes it)
        f"""CREATE TABLE moderation_log (
            id INTEGER PRIMARY KEY,
            cycle INTEGER NOT NULL,
            framework TEXT NOT NULL,
            agency TEXT NOT NULL,
            standard_id TEXT NOT NULL,
            reviewer TEXT NOT NULL CHECK (reviewer IN ('first', 'second')),
            rating TEXT {_RATING.format("rating")},
            self_rating TEXT {_RATING.format("self_rating")},
            evidence_rating TEXT {_RATING.format("evidence_rating")},
            gap_verdicts TEXT NOT NULL,
            note TEXT NOT NULL,
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            source TEXT NOT NULL)""",
        "CREATE INDEX moderation_by_cell ON moderation_log "
        "(cycle, framework, agency, standard_id, reviewer, id)",
    ),
    (  # 4: the panel's verdicts on single evidence items (pipeline.moderation.verdicts)
        """CREATE TABLE evidence_verdicts (
            id INTEGER PRIMARY KEY,
            cycle INTEGER NOT NULL,
            framework TEXT NOT NULL,
            file TEXT NOT NULL,
            standard_id TEXT NOT NULL,
            text TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('strength', 'indicator', 'not_evidence')),
            strength TEXT CHECK (strength IS NULL OR
                strength IN ('assertion', 'activity', 'quantified', 'impact')),
            indicator TEXT NOT NULL,
            note TEXT NOT NULL,
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            source TEXT NOT NULL)""",
        "CREATE INDEX evidence_verdicts_by_cycle ON evidence_verdicts (cycle, framework, id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class RecordResult:
    """What one recording did: submissions added, already present, and not recordable."""

    added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # files that failed analysis: nothing to compare

    def __str__(self) -> str:
        return (
            f"{len(self.added)} submission(s) recorded, {len(self.unchanged)} already "
            f"present, {len(self.skipped)} not analysed"
        )


def schema_version(connection: sqlite3.Connection) -> int:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migration steps after the database's version, up to ``target``."""
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise HistoryError(
            f"the history database is at schema version {current}; this version of s11 knows "
            f"up to {SCHEMA_VERSION}. Upgrade s11 to use it."
        )
    for version in range(current + 1, target + 1):
        with _transaction(connection):
            for statement in MIGRATIONS[version - 1]:
                connection.execute(statement)
            connection.execute("UPDATE schema_version SET version = ?", (version,))
    return schema_version(connection)


LOCK_WAIT_S = 30.0  # how long to wait for another process's lock on the database


def _locked(path: Path, timeout: float) -> HistoryError:
    return HistoryError(
        f"{path} is locked by another process (waited {timeout:g} s); try again when it has "
        "finished"
    )


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction. Another process's lock is waited for (the connection's busy
    timeout), then raises sqlite3.OperationalError("database is locked")."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


class HistoryStore:
    """An open history database, migrated to the current schema."""

    def __init__(self, path: Path | str, timeout: float = LOCK_WAIT_S) -> None:
        self.path = Path(path)
        self.timeout = timeout
        try:
            self.connection = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot be opened ({exc})") from None
        try:
            self.connection.execute("PRAGMA foreign_keys = ON")
            migrate(self.connection)
        except (sqlite3.DatabaseError, HistoryError) as exc:
            self.connection.close()
            if isinstance(exc, HistoryError):
                raise
            if "locked" in str(exc):
                raise _locked(self.path, timeout) from None
            raise HistoryError(f"{self.path}: not a usable history database ({exc})") from None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def dump(self) -> str:
        """The whole database as SQL, for comparing two states."""
        return "\n".join(self.connection.iterdump())

    # -- writing

    def record(self, records: Iterable[dict[str, Any]], cycle: int) -> RecordResult:
        """Record analysis records (``analysis.json`` shape) for a cycle, in one transaction."""
        added: list[str] = []
        unchanged: list[str] = []
        skipped: list[str] = []
        try:
            with _transaction(self.connection):
                for record in records:
                    source = record.get("source") or {}
                    file = str(source.get("file") or record.get("file") or "?")
                    sha256 = source.get("sha256")
                    if record.get("status") != "ok" or not sha256:
                        skipped.append(file)
                    elif self._has(cycle, sha256):
                        unchanged.append(file)
                    else:
                        self._insert(record, cycle, file, sha256)
                        added.append(file)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise _locked(self.path, self.timeout) from None
            raise
        return RecordResult(tuple(added), tuple(unchanged), tuple(skipped))

    def _has(self, cycle: int, sha256: str) -> bool:
        row = self.connection.execute(
            "SELECT 1 FROM submissions WHERE cycle = ? AND sha256 = ?", (cycle, sha256)
        ).fetchone()
        return row is not None

    def _insert(self, record: dict[str, Any], cycle: int, file: str, sha256: str) -> None:
        execute = self.connection.execute
        cursor = execute(
            "INSERT INTO submissions (cycle, agency, file, sha256, format, framework) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                cycle,
                record.get("agency"),
                file,
                sha256,
                record["source"].get("format"),
                str(record.get("framework") or ""),
            ),
        )
        submission_id = cursor.lastrowid
        for position, standard in enumerate(record.get("standards") or []):
            standard_id = str(standard["id"])
            strengths = standard.get("strengths") or {}
            evidence = standard.get("evidence") or []
            execute(
                "INSERT INTO standards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    standard_id,
                    position,
                    standard.get("title") or "",
                    standard.get("self_rating"),
                    standard.get("evidence_rating"),
                    len(evidence),
                    *(
                        int(strengths.get(s, 0))
                        for s in ("assertion", "activity", "quantified", "impact")
                    ),
                    json.dumps(list(standard.get("indicators_found") or [])),
                ),
            )
            for number, item in enumerate(evidence):
                execute(
                    "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        submission_id,
                        standard_id,
                        number,
                        item["text"],
                        item.get("page"),
                        item.get("block"),
                        item["strength"],
                        item.get("score"),
                        json.dumps(list(item.get("indicators") or [])),
                        int(bool(item.get("future"))),
                        int(bool(item.get("concern"))),
                    ),
                )
            own_gaps = [g for g in standard.get("gaps") or [] if g["type"] not in DERIVED_GAPS]
            for number, gap in enumerate(own_gaps):
                execute(
                    "INSERT INTO gaps VALUES (?, ?, ?, ?, ?)",
                    (submission_id, standard_id, number, gap["type"], gap.get("detail") or ""),
                )
            questions = _own_questions(standard)
            for number, text in enumerate(questions):
                execute(
                    "INSERT INTO questions VALUES (?, ?, ?, ?)",
                    (submission_id, standard_id, number, text),
                )
        for entry in record.get("recommendations") or []:
            if entry.get("status") not in ("progress", "mentioned", "not_mentioned"):
                continue
            execute(
                "INSERT INTO recommendation_progress VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    entry["id"],
                    int(entry["cycle"]),
                    entry["text"],
                    entry.get("due") or "",
                    entry.get("lead") or "",
                    entry["status"],
                    entry.get("explanation") or "",
                    json.dumps(entry.get("evidence") or [], ensure_ascii=False, sort_keys=True),
                ),
            )

    # -- reading

    def agencies(self) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT agency FROM submissions WHERE agency IS NOT NULL ORDER BY agency"
        )
        return [row[0] for row in rows]

    def snapshots(self, agency: str | None = None) -> list[Snapshot]:
        """Every recorded submission (of one agency), by agency, cycle and order recorded."""
        query = "SELECT id, cycle, agency, file, sha256 FROM submissions"
        parameters: tuple[Any, ...] = ()
        if agency is not None:
            query += " WHERE agency = ?"
            parameters = (agency,)
        rows = self.connection.execute(query + " ORDER BY agency, cycle, id", parameters).fetchall()
        return [self._snapshot(*row) for row in rows]

    def previous(self, agency: str, cycle: int) -> Snapshot | None:
        """The agency's submission in the latest cycle before ``cycle`` (the last recorded, if
        it sent more than one)."""
        row = self.connection.execute(
            "SELECT id, cycle, agency, file, sha256 FROM submissions "
            "WHERE agency = ? AND cycle < ? "
            "ORDER BY cycle DESC, id DESC LIMIT 1",
            (agency, cycle),
        ).fetchone()
        return self._snapshot(*row) if row else None

    def progress(self, agency: str | None = None) -> list[dict[str, Any]]:
        """Recorded recommendation progress, as ``_recommendations.html.j2`` rows (plus
        ``checked_in``: the cycle of the submission that was read)."""
        query = (
            "SELECT s.cycle AS checked_in, s.agency, s.file, p.recommendation_id AS id, "
            "p.recommendation_cycle AS cycle, p.text, p.due, p.lead, p.status, p.explanation, "
            "p.evidence FROM recommendation_progress p JOIN submissions s ON s.id = p.submission_id"
        )
        parameters: tuple[Any, ...] = ()
        if agency is not None:
            query += " WHERE s.agency = ?"
            parameters = (agency,)
        cursor = self.connection.execute(
            query + " ORDER BY s.agency, s.cycle, s.id, p.rowid", parameters
        )
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        return [{**row, "evidence": json.loads(row["evidence"])} for row in rows]

    def _snapshot(
        self, submission_id: int, cycle: int, agency: str | None, file: str, sha256: str
    ) -> Snapshot:
        evidence: dict[str, list[EvidenceSnapshot]] = {}
        for row in self.connection.execute(
            "SELECT standard_id, text, strength, indicators, page, block, future, concern "
            "FROM evidence "
            "WHERE submission_id = ? ORDER BY standard_id, position",
            (submission_id,),
        ):
            evidence.setdefault(row[0], []).append(
                EvidenceSnapshot(
                    text=row[1],
                    strength=row[2],
                    indicators=tuple(json.loads(row[3])),
                    page=row[4],
                    block=row[5],
                    future=bool(row[6]),
                    concern=bool(row[7]),
                )
            )
        gaps: dict[str, list[str]] = {}
        for standard_id, gap_type in self.connection.execute(
            "SELECT standard_id, type FROM gaps WHERE submission_id = ? "
            "ORDER BY standard_id, position",
            (submission_id,),
        ):
            gaps.setdefault(standard_id, []).append(gap_type)
        standards = tuple(
            StandardSnapshot(
                id=standard_id,
                title=title,
                self_rating=self_rating,
                evidence_rating=evidence_rating,
                indicators_found=tuple(json.loads(found)),
                evidence=tuple(evidence.get(standard_id, ())),
                gaps=tuple(gaps.get(standard_id, ())),
            )
            for standard_id, title, self_rating, evidence_rating, found in self.connection.execute(
                "SELECT standard_id, title, self_rating, evidence_rating, indicators_found "
                "FROM standards "
                "WHERE submission_id = ? ORDER BY position",
                (submission_id,),
            )
        )
        return Snapshot(cycle=cycle, agency=agency, file=file, sha256=sha256, standards=standards)


def _own_questions(standard: dict[str, Any]) -> list[str]:
    """The standard's questions without those drafted for history-derived gaps, which
    :func:`pipeline.cycles.changes.with_history` appends last, one per gap."""
    questions = list(standard.get("questions") or [])
    derived = sum(1 for g in standard.get("gaps") or [] if g["type"] in DERIVED_GAPS)
    return questions[: len(questions) - derived] if derived else questions


def snapshot_of(record: dict[str, Any], cycle: int) -> Snapshot:
    """An analysis record as the store would hold it (to compare a batch not yet recorded)."""
    standards = tuple(
        StandardSnapshot(
            id=str(s["id"]),
            title=s.get("title") or "",
            self_rating=s.get("self_rating"),
            evidence_rating=s.get("evidence_rating"),
            indicators_found=tuple(s.get("indicators_found") or ()),
            evidence=tuple(
                EvidenceSnapshot(
                    e["text"],
                    e["strength"],
                    tuple(e.get("indicators") or ()),
                    e.get("page"),
                    e.get("block"),
                    bool(e.get("future")),
                    bool(e.get("concern")),
                )
                for e in s.get("evidence") or []
            ),
            gaps=tuple(g["type"] for g in s.get("gaps") or [] if g["type"] not in DERIVED_GAPS),
        )
        for s in record.get("standards") or []
    )
    source = record.get("source") or {}
    return Snapshot(
        cycle,
        record.get("agency"),
        str(source.get("file") or ""),
        str(source.get("sha256") or ""),
        standards,
    )


def record_batch(store: HistoryStore, batch: Batch, cycle: int) -> RecordResult:
    """Record a finished batch (``s11 run --db``)."""
    return store.record((analysis_record(s.analysis) for s in batch.submissions), cycle)


def read_output(out_dir: Path) -> tuple[str, list[dict[str, Any]]]:
    """(framework id, analysis records) of an existing output folder, from its summary.json."""
    summary_path = out_dir / "summary.json"
    try:
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise HistoryError(f"{summary_path}: cannot be read as a batch summary ({exc})") from None
    records = []
    for entry in summary.get("submissions") or []:
        if entry.get("status") != "ok" or not entry.get("analysis"):
            records.append({"status": entry.get("status"), "source": {"file": entry.get("file")}})
            continue
        path = out_dir / entry["analysis"]
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise HistoryError(f"{path}: cannot be read ({exc})") from None
        if record.get("schema") != ANALYSIS_SCHEMA:
            raise HistoryError(
                f"{path}: schema {record.get('schema')!r}, expected {ANALYSIS_SCHEMA}"
            )
        records.append(record)
    return str((summary.get("framework") or {}).get("id") or ""), records
