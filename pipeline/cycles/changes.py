"""What changed since an agency's last cycle: self-rating moves, and the gap
RATING_UP_WITHOUT_EVIDENCE, a self-rating that went up with nothing new behind it.

New evidence, for a standard, is a measured or impact sentence (not a plan, not a reported
shortfall) that does not repeat evidence the agency gave last cycle, or an indicator shown now
(by a sentence that is neither an assertion, a plan nor a shortfall) that was not shown last
cycle. Agencies reword what they carry over ("212 of them responded" becomes "212 responded to
our consultation"), so a sentence repeats an earlier one when its figures (years aside) all
appear in that sentence and most of its content words do too: :data:`SAME_FACT` of the shorter
sentence's words with figures, :data:`SAME_WORDS` without. "84% of staff" last year and "91% of
staff" this year is a new measurement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from pipeline.assess.questions import QuestionWriter
from pipeline.cycles.recommendation_progress import terms
from pipeline.cycles.store import HistoryStore, snapshot_of
from pipeline.report.records import analysis_record
from pipeline.values import (
    RATING_RANK,
    Analysis,
    Batch,
    EvidenceSnapshot,
    Gap,
    HistoryEntry,
    Rating,
    RatingChange,
    Snapshot,
    StandardChange,
    StandardResult,
    Submission,
)

RATING_UP = "RATING_UP_WITHOUT_EVIDENCE"
SAME_FACT = 0.5  # word overlap at which a sentence with the same figures repeats an earlier one
SAME_WORDS = 0.8  # word overlap at which a sentence without figures repeats an earlier one
STRONG = ("quantified", "impact")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def rating_change(before: Rating | None, after: Rating | None) -> RatingChange | None:
    if before is None or after is None:
        return None
    if RATING_RANK[after] > RATING_RANK[before]:
        return "up"
    return "down" if RATING_RANK[after] < RATING_RANK[before] else "same"


def _figures(text: str) -> frozenset[str]:
    return frozenset(f for f in _FIGURE.findall(text) if not _YEAR.match(f))


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / min(len(words), len(other)) if words and other else 0.0


def repeats(text: str, earlier: list[str]) -> bool:
    """Whether a sentence says again what one of ``earlier`` said: the same figures and most
    of the same words."""
    figures, words = _figures(text), set(terms(text))
    threshold = SAME_FACT if figures else SAME_WORDS
    return any(
        figures <= _figures(old) and _overlap(words, set(terms(old))) >= threshold
        for old in earlier
    )


def _shows(item: EvidenceSnapshot) -> bool:
    """Done, not a plan, a shortfall or a bare assertion."""
    return item.strength != "assertion" and not item.future and not item.concern


def _strong(item: EvidenceSnapshot) -> bool:
    return item.strength in STRONG and _shows(item)


def compare(current: Snapshot, previous: Snapshot) -> tuple[StandardChange, ...]:
    """Each standard of ``current`` against the same agency's ``previous`` submission. Evidence
    is matched against all of last cycle's evidence, whatever standard it sat under."""
    earlier = [e.text for s in previous.standards for e in s.evidence]
    changes = []
    for standard in current.standards:
        before = previous.standard(standard.id)
        strong = [e for e in standard.evidence if _strong(e)]
        carried = tuple(e for e in strong if repeats(e.text, earlier))
        shown_before = set(before.indicators_found) if before else set()
        shown_now = {
            i
            for e in standard.evidence
            if _shows(e)
            for i in e.indicators
            if i in standard.indicators_found
        }
        changes.append(
            StandardChange(
                standard_id=standard.id,
                title=standard.title,
                previous_rating=before.self_rating if before else None,
                self_rating=standard.self_rating,
                change=rating_change(before.self_rating if before else None, standard.self_rating),
                new_evidence=tuple(e for e in strong if e not in carried),
                new_indicators=tuple(sorted(shown_now - shown_before)),
                carried=carried,
            )
        )
    return tuple(changes)


def rating_up_gap(change: StandardChange, previous_cycle: int, cycle: int) -> Gap:
    quote = change.carried[0].text if change.carried else ""
    repeated = (
        f"; {len(change.carried)} measured or impact sentence(s) repeat it"
        if change.carried
        else ""
    )
    return Gap(
        change.standard_id,
        RATING_UP,
        f"self-rating rose from {change.previous_rating} ({previous_cycle}) to "
        f"{change.self_rating} "
        f"({cycle}), but no new measured or impact evidence and no newly shown indicator since "
        f"{previous_cycle}{repeated}",
        blocks=tuple(sorted({e.block for e in change.carried if e.block is not None})),
        rules=("history:self-rating", "history:new-evidence"),
        quote=quote,
    )


def _question_context(
    analysis: Analysis,
    result: StandardResult,
    change: StandardChange,
    previous_cycle: int,
    cycle: int,
) -> dict[str, Any]:
    return {
        "agency": analysis.agency or "the agency",
        "standard_id": result.id,
        "standard_title": result.title,
        "self_rating": change.self_rating or "unrated",
        "evidence_rating": result.assessment.evidence_rating or "unrated",
        "explanation": result.assessment.explanation,
        "question_title": "",
        "previous_rating": change.previous_rating or "unrated",
        "previous_cycle": previous_cycle,
        "cycle": cycle,
    }


def _with_gaps(
    analysis: Analysis, previous: Snapshot, cycle: int, writer: QuestionWriter
) -> Analysis:
    changes = {
        c.standard_id: c for c in compare(snapshot_of(analysis_record(analysis), cycle), previous)
    }
    results = []
    for result in analysis.standards:
        change = changes.get(result.id)
        if change is None or not change.up_without_evidence:
            results.append(result)
            continue
        gap = rating_up_gap(change, previous.cycle, cycle)
        question = writer.write(
            gap, _question_context(analysis, result, change, previous.cycle, cycle)
        )
        # Appended last, with its question last: HistoryStore relies on this to leave them out.
        results.append(
            replace(
                result,
                gaps=(*result.gaps, gap),
                questions=(*result.questions, *([question] if question else [])),
            )
        )
    return replace(analysis, standards=tuple(results))


def history_step(store: HistoryStore, cycle: int) -> Callable[[Batch], Batch]:
    """The ``before_write`` step of a run recorded in ``store`` as ``cycle``: adds
    RATING_UP_WITHOUT_EVIDENCE with its drafted question (``s11 run --db``, ``s11 serve``)."""
    from pipeline.rules import load_question_templates

    writer = QuestionWriter(load_question_templates())
    return partial(with_history, store=store, cycle=cycle, writer=writer)


def with_history(batch: Batch, store: HistoryStore, cycle: int, writer: QuestionWriter) -> Batch:
    """The batch with RATING_UP_WITHOUT_EVIDENCE added wherever the agency has an earlier cycle
    in the store (the ``before_write`` step of ``s11 run --db``)."""
    submissions = []
    for submission in batch.submissions:
        analysis = submission.analysis
        previous = (
            store.previous(analysis.agency, cycle)
            if analysis.status == "ok" and analysis.agency
            else None
        )
        if previous is not None:
            submission = Submission(
                _with_gaps(analysis, previous, cycle, writer), submission.slug, submission.late
            )
        submissions.append(submission)
    return replace(batch, submissions=tuple(submissions))


def history(store: HistoryStore, agency: str | None = None) -> list[HistoryEntry]:
    """Every agency's ratings per standard across the recorded cycles. Where an agency has
    more than one submission in a cycle, the last recorded stands for the cycle."""
    by_cycle: dict[tuple[str, int], Snapshot] = {}
    for snapshot in store.snapshots(agency):
        by_cycle[
            (snapshot.agency or f"(agency not recognised) {snapshot.file}", snapshot.cycle)
        ] = snapshot
    entries: list[HistoryEntry] = []
    previous: tuple[str, Snapshot] | None = None
    for (name, cycle), snapshot in sorted(by_cycle.items()):
        before = previous[1] if previous and previous[0] == name else None
        changes = {c.standard_id: c for c in compare(snapshot, before)} if before else {}
        for standard in snapshot.standards:
            change = changes.get(standard.id)
            derived = (RATING_UP,) if change and change.up_without_evidence else ()
            entries.append(
                HistoryEntry(
                    agency=name,
                    cycle=cycle,
                    file=snapshot.file,
                    standard_id=standard.id,
                    title=standard.title,
                    self_rating=standard.self_rating,
                    evidence_rating=standard.evidence_rating,
                    change=change.change if change else None,
                    previous_cycle=before.cycle if before else None,
                    gaps=(*standard.gaps, *derived),
                    evidence_count=len(standard.evidence),
                    strong_count=sum(1 for e in standard.evidence if e.strength in STRONG),
                )
            )
        previous = (name, snapshot)
    return entries
