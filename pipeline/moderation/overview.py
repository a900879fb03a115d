"""Tool against panel for a batch run with ``--db``: this run's evidence ratings compared with
the panel's moderated ratings recorded for the cycle (per cent and Cohen's kappa, overall and
per standard, by :func:`~pipeline.moderation.agreement.agreement_table`), as plain data the
overview shows and ``summary.json`` keeps as ``panel_agreement``."""

from __future__ import annotations

from dataclasses import replace

from pipeline.cycles.store import HistoryStore
from pipeline.moderation.agreement import Agreement, agreement_table
from pipeline.moderation.store import current
from pipeline.values import Batch


def with_panel_agreement(batch: Batch, store: HistoryStore, cycle: int) -> Batch:
    """The batch with ``panel_agreement`` filled in when the panel has moderated this
    cycle; unchanged otherwise."""
    decisions = current(store, cycle, batch.framework.id)
    if not any(d.rating for d in decisions.values()):
        return batch
    tool = {}
    for submission in batch.submissions:
        analysis = submission.analysis
        agency = analysis.agency or analysis.file
        for standard in analysis.standards:
            tool[(agency, standard.id)] = standard.assessment.evidence_rating
    now = {
        cell: replace(
            decision,
            evidence_rating=tool.get((cell[0], cell[1])),
            self_rating=decision.self_rating,
        )
        for cell, decision in decisions.items()
    }
    ids = [s.id for s in batch.framework.standards]
    rows = []
    for row in agreement_table(now, ids):
        overall = row["overall"]
        standards = row["standards"]
        assert isinstance(overall, Agreement) and isinstance(standards, dict)
        rows.append(
            {
                "comparison": row["comparison"],
                "kind": row["kind"],
                "overall": overall.figures(),
                "standards": {s: value.figures() for s, value in standards.items()},
            }
        )
    return replace(batch, panel_agreement=tuple(rows))
