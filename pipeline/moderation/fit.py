"""Fit the evidence-rating thresholds to ratings a panel gave.

Generic over :class:`~pipeline.values.Thresholds`: every field is tried in turn at values
near its current one (``dataclasses.replace``), scored by a function the caller gives (how
many standards the real evidence rating then agrees with the panel on), and a change is kept
only when it agrees on more. Passes repeat until nothing improves. Deterministic: fields in
declaration order, ties go to the value nearest the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from pipeline.values import Thresholds

MAX_PASSES = 4


def candidates(value: int | float) -> list[int | float]:
    """Values to try for one threshold, nearest first."""
    if isinstance(value, int) and not isinstance(value, bool):
        found: list[int | float] = [
            v for v in (value - 1, value + 1, value - 2, value + 2) if v >= 0
        ]
        return found
    steps = (-0.1, 0.1, -0.2, 0.2, -0.3, 0.3)
    return [round(value + step, 3) for step in steps if value + step > 0]


def fit_thresholds(
    start: Thresholds, score: Callable[[Thresholds], int], passes: int = MAX_PASSES
) -> Thresholds:
    """The thresholds, from ``start``, that ``score`` rates highest by coordinate search."""
    best, best_score = start, score(start)
    for _ in range(passes):
        improved = False
        for field in fields(Thresholds):
            current = getattr(best, field.name)
            for value in candidates(current):
                trial = replace(best, **{field.name: value})  # type: ignore[arg-type]
                try:
                    trial_score = score(trial)
                except (IndexError, ValueError, ZeroDivisionError):
                    # a value the rating cannot work with (shortfalls_amber 0 asks for the
                    # first of no shortfalls): not a candidate
                    continue
                if trial_score > best_score:
                    best, best_score, improved = trial, trial_score, True
                    break  # nearest improving value; the next pass tries further
        if not improved:
            break
    return best
