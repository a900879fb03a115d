"""The panel's verdicts on single evidence items (table ``evidence_verdicts``, schema 4).

A verdict says the tool was wrong about one sentence of one return: its strength (with the
strength the panel gives it), one of its indicators, or that it is not evidence at all. Each
keeps the sentence, the file it came from and the cycle, so the corrected sentences can be
added to the classifier's training data (:mod:`pipeline.moderation.learn`). Like the
moderation log, nothing is overwritten: the latest verdict on a sentence counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from pipeline.cycles.store import HistoryStore
from pipeline.moderation.store import append_rows
from pipeline.values import STRENGTHS

VERDICTS = ("strength", "indicator", "not_evidence")


@dataclass(frozen=True)
class EvidenceVerdict:
    cycle: int
    framework: str
    file: str
    standard_id: str
    text: str  # the sentence, as the tool quoted it
    verdict: str  # strength | indicator | not_evidence
    who: str
    strength: str | None = None  # the panel's strength, for a "strength" verdict
    indicator: str = ""  # the indicator the panel says is wrong, for an "indicator" verdict
    note: str = ""
    at: str = ""
    source: str = "import"


def check(verdict: EvidenceVerdict) -> list[str]:
    """What is wrong with a verdict, as sentences (empty when it can be recorded)."""
    problems = []
    if verdict.verdict not in VERDICTS:
        problems.append(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict.verdict!r}")
    if verdict.verdict == "strength" and verdict.strength not in STRENGTHS:
        problems.append(
            f"a strength verdict needs the panel's strength ({', '.join(STRENGTHS)}), "
            f"not {verdict.strength!r}"
        )
    if verdict.verdict == "indicator" and not verdict.indicator.strip():
        problems.append("an indicator verdict needs the indicator id it corrects")
    if not verdict.text.strip():
        problems.append("the sentence is empty")
    if not verdict.file.strip() or not verdict.standard_id.strip():
        problems.append("the file and the standard must be named")
    if not verdict.who.strip():
        problems.append("who made the verdict must be named")
    return problems


def record_verdicts(store: HistoryStore, verdicts: Iterable[EvidenceVerdict]) -> int:
    """Add verdicts in one transaction (all or none); returns how many."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = []
    for verdict in verdicts:
        problems = check(verdict)
        if problems:
            raise ValueError("; ".join(problems))
        rows.append(
            (
                verdict.cycle,
                verdict.framework,
                verdict.file,
                verdict.standard_id,
                verdict.text,
                verdict.verdict,
                verdict.strength if verdict.verdict == "strength" else None,
                verdict.indicator,
                verdict.note,
                verdict.who.strip(),
                verdict.at or now,
                verdict.source,
            )
        )
    append_rows(
        store,
        "INSERT INTO evidence_verdicts (cycle, framework, file, standard_id, text, "
        "verdict, strength, indicator, note, who, at, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        "nothing was saved",
    )
    return len(rows)


def current_verdicts(
    store: HistoryStore, framework: str, cycles: Iterable[int] | None = None
) -> list[EvidenceVerdict]:
    """The latest verdict on each (cycle, file, standard, sentence), oldest first."""
    rows = store.connection.execute(
        "SELECT cycle, framework, file, standard_id, text, verdict, who, strength, indicator, "
        "note, at, source FROM evidence_verdicts WHERE id IN ("
        "  SELECT MAX(id) FROM evidence_verdicts WHERE framework = ?"
        "  GROUP BY cycle, file, standard_id, text, verdict, indicator) ORDER BY id",
        (framework,),
    )
    wanted = None if cycles is None else set(cycles)
    found = [EvidenceVerdict(*row) for row in rows]
    return [v for v in found if wanted is None or v.cycle in wanted]
