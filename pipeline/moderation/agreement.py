"""How far two sets of ratings agree: per cent agreement and Cohen's kappa, as
qualitative-analysis tools report inter-rater agreement.

Kappa corrects the per cent agreement for the agreement two raters would reach by chance,
given how often each uses each rating: ``(p_o - p_e) / (1 - p_e)``. When both raters use one
rating only, chance agreement is 1 and kappa is undefined (None), never shown as a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipeline.moderation.store import Cell, Decision


@dataclass(frozen=True)
class Agreement:
    compared: int  # cells both raters rated
    agreed: int
    kappa: float | None

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.compared if self.compared else None

    def figures(self) -> dict[str, int | float | None]:
        """As written in eval.json, the overview and the model card."""
        percent = None if self.percent is None else round(self.percent, 1)
        return {
            "compared": self.compared,
            "agreed": self.agreed,
            "percent": percent,
            "kappa": self.kappa,
        }


def agreement(pairs: Iterable[tuple[str, str]]) -> Agreement:
    """Agreement over (rating a, rating b) pairs."""
    pairs = list(pairs)
    n = len(pairs)
    if not n:
        return Agreement(0, 0, None)
    agreed = sum(1 for a, b in pairs if a == b)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    chance = sum(first[r] * second[r] for r in first) / (n * n)
    observed = agreed / n
    kappa = None if chance >= 1.0 else (observed - chance) / (1.0 - chance)
    return Agreement(n, agreed, None if kappa is None else round(kappa, 3))


COMPARISONS = (
    ("evidence", "Tool's evidence rating vs panel"),
    ("self", "Agency's self-rating vs panel"),
    ("reviewers", "First reviewer vs second reviewer"),
)


def _pairs(
    decisions: Mapping[Cell, Decision], kind: str, standard_id: str | None
) -> list[tuple[str, str]]:
    pairs = []
    for (agency, standard, reviewer), decision in decisions.items():
        if reviewer != "first" or decision.rating is None:
            continue
        if standard_id is not None and standard != standard_id:
            continue
        other = {
            "evidence": decision.evidence_rating,
            "self": decision.self_rating,
            "reviewers": getattr(decisions.get((agency, standard, "second")), "rating", None),
        }[kind]
        if other is not None:
            pairs.append((other, decision.rating))
    return pairs


def agreement_table(
    decisions: Mapping[Cell, Decision], standard_ids: list[str]
) -> list[dict[str, object]]:
    """One row per comparison: overall, then per standard. The panel's rating is the first
    reviewer's; the second reviewer's is compared with it."""
    rows: list[dict[str, object]] = []
    for kind, label in COMPARISONS:
        overall = agreement(_pairs(decisions, kind, None))
        row: dict[str, object] = {"comparison": label, "kind": kind, "overall": overall}
        row["standards"] = {s: agreement(_pairs(decisions, kind, s)) for s in standard_ids}
        rows.append(row)
    return rows
