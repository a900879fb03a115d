"""Evidence rating per standard (the gaps it leads to: :mod:`pipeline.assess.gaps`).

The evidence rating comes from indicator coverage (the share of the standard's indicators
shown by at least one sentence that does more than assert) and the number of strong
sentences (quantified or impact), against thresholds in the framework file. Every gap names
the sentences and rules behind it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from pipeline.evidence.strength import (
    below_target,
    is_shortfall,
    percentages,
    short_of_target,
    standing_shortfall,
)
from pipeline.values import (
    RATING_RANK,
    STRENGTHS,
    Assessment,
    Evidence,
    Framework,
    Indicator,
    Rating,
    Standard,
    Thresholds,
)

STRONG = ("quantified", "impact")


def evidence_rating(
    standard: Standard,
    evidence: tuple[Evidence, ...],
    indicators: tuple[Indicator, ...],
    framework: Framework,
    words: int,
    self_rating: Rating | None = None,
) -> Assessment:
    """The rating the evidence supports. Where the agency rated itself higher than a strict
    reading gives, and a generous reading (the framework's ``benefit_of_doubt``: one named
    shortfall not held against green, one indicator enough, concern words alone not held
    against it) reaches its rating, the evidence supports the agency's rating, as a panel
    reads it: consistent, not challenged; else it supports at most the generous reading's."""
    own_ids = {i.id for i in indicators if i.standard == standard.id}
    shown = sorted(
        {i for e in evidence if e.strength != "assertion" for i in e.indicators if i in own_ids}
    )
    strengths = Counter(e.strength for e in evidence)
    counts: dict[str, int] = {s: strengths.get(s, 0) for s in STRENGTHS}
    concerns = sum(1 for e in evidence if e.concern and not e.future)  # a plan is not a shortfall
    facts = _Facts(evidence, shown, len(own_ids), counts, concerns, words, shortfalls(evidence))
    t = framework.thresholds
    rating, reason = _reading(facts, t)
    above = self_rating is not None and RATING_RANK[self_rating] > RATING_RANK[rating]
    if self_rating is not None and above and words >= t.min_words:
        # a shortfall measured against its own target is never given the benefit of the doubt
        measured = any(below_target(e.text) for e in facts.named)
        generous = replace(
            t,
            shortfalls_amber=t.shortfalls_amber
            if measured
            else max(t.shortfalls_amber, t.doubt_shortfalls),
            green_indicators=min(t.green_indicators, t.doubt_indicators),
            concerns_amber=max(t.concerns_amber, t.doubt_concerns),
            concerns_red=max(t.concerns_red, t.doubt_concerns),
            words_indicators=min(t.words_indicators, t.doubt_indicators),
        )
        lenient, _ = _reading(facts, generous)
        if RATING_RANK[lenient] >= RATING_RANK[self_rating]:
            reason = (
                f"{rating} on a strict reading, {self_rating} on a generous one"
                f"{f' ({reason})' if reason else ''}: the agency's {self_rating} is consistent "
                "with its evidence"
            )
            rating = self_rating
        elif RATING_RANK[lenient] > RATING_RANK[rating]:
            # the agency's rating is above what even a generous reading supports: the
            # evidence supports up to the generous reading's rating
            reason = (
                f"{rating} on a strict reading, {lenient} at most on a generous one"
                f"{f' ({reason})' if reason else ''}"
            )
            rating = lenient
    explanation = _explain(shown, len(own_ids), counts, concerns, words, t.min_words)
    return Assessment(
        standard_id=standard.id,
        evidence_rating=rating,
        explanation=f"{explanation}; {reason}" if reason else explanation,
        indicators_found=tuple(shown),
        indicators_total=len(own_ids),
        strengths=counts,
        words=words,
        concerns=concerns,
    )


@dataclass(frozen=True)
class _Facts:
    """What a standard's evidence shows, the same for every reading of it."""

    evidence: tuple[Evidence, ...]
    shown: list[str]  # the standard's indicators shown by more than an assertion
    total: int  # the standard's indicators
    counts: dict[str, int]  # sentences by strength
    concerns: int
    words: int
    named: list[Evidence]  # the shortfalls named as they stand


def _reading(facts: _Facts, t: Thresholds) -> tuple[Rating, str]:
    """The rating under thresholds ``t``, and why when a rule beyond the counts decided."""
    evidence, shown, counts = facts.evidence, facts.shown, facts.counts
    concerns, words, named = facts.concerns, facts.words, facts.named
    strong = counts["quantified"] + counts["impact"]
    positive_strong = sum(1 for e in evidence if e.strength in STRONG and not e.concern)
    enough_indicators = len(shown) >= min(t.green_indicators, facts.total)
    share = strong / len(evidence) if evidence else 0.0
    unanswered = sum(1 for e in evidence if e.strength in STRONG and not any(e is n for n in named))
    # everything beyond assertion that names no shortfall, and a shortfall told as the
    # exception to work done ("All 214 staff completed it, but only 40% of officers..."):
    # the work the shortfalls sit beside
    beside = sum(
        1
        for e in evidence
        if e.strength != "assertion"
        and not e.future
        and (not any(e is n for n in named) or _work_before_but(e.text) or _most_done(e.text))
    )
    in_words = (
        counts["activity"] >= t.words_activity
        and counts["impact"] >= t.words_impact
        and len(shown) >= t.words_indicators
    )
    rating: Rating
    reason = ""
    if words < t.min_words:
        rating = "red"
    elif enough_indicators and (strong >= t.green_strong or share >= t.green_share):
        rating = "green"
    elif in_words and len(named) < max(1, t.shortfalls_amber):
        rating = "green"
        reason = f"green: work described across {len(shown)} of the standard's indicators, " + (
            "no shortfall named" if not named else f"{len(named)} shortfall named"
        )
    elif strong >= t.amber_strong or counts["activity"] >= t.amber_activity:
        rating = "amber"
    else:
        rating = "red"
    if concerns >= t.concerns_red and concerns > positive_strong:
        rating = "red"
    elif (
        len(named) >= t.shortfalls_red
        and len(named) > t.shortfalls_red_weight * beside
        and words >= t.min_words
    ):
        rating = "red"
        reason = f"red: {len(named)} shortfalls named and little work described beside them"
    elif rating == "green" and (
        concerns >= t.concerns_amber and concerns >= t.concerns_share * positive_strong
    ):
        rating = "amber"
    elif (
        rating == "green"
        and named
        and len(named) >= t.shortfalls_amber
        and unanswered <= t.shortfalls_weight * len(named)
    ):
        rating = "amber"
        reason = f'amber, not green, for the shortfall named: "{_clip(named[0].text)}"'
    elif rating == "green" and (
        missed := [e for e in named if short_of_target(e.text) >= t.target_gap]
    ):
        rating = "amber"
        reason = (
            f'amber, not green: a figure well short of its own target: "{_clip(missed[0].text)}"'
        )
    return rating, reason


# "..., but only 40% ...", "..., though attendance has been patchy"
_BUT = re.compile(
    r",?\s+\b(?:but|though|although|however|whereas)\b|,\s*(?:yet|while)\b", re.IGNORECASE
)


def _work_before_but(text: str) -> bool:
    """Whether a sentence that names a shortfall first tells work done, in a clause of its
    own before "but", "though" or the like, that names none."""
    turn = _BUT.search(text)
    if turn is None:
        return False
    before = text[: turn.start()]
    return len(before.split()) >= 4 and not is_shortfall(before)


MOSTLY_DONE = 75.0  # per cent: a share this high is mostly done, whatever its target


def _most_done(text: str) -> bool:
    """A shortfall measured as a share mostly done ("in date for 17 of 22 staff (77%)"):
    work beside its own shortfall, not a shortfall alone."""
    shares = percentages(text)
    return bool(shares) and max(shares) >= MOSTLY_DONE


def _clip(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def shortfalls(evidence: tuple[Evidence, ...]) -> list[Evidence]:
    """The sentences that name a shortfall as it stands (see :func:`is_shortfall`), those
    that show a policy past its review date, and a figure whose target is the next sentence
    of the same paragraph ("... recorded in 83% of assessments. Target 95% by March 2022.")."""
    named = [e for e in evidence if e.stale_policy or standing_shortfall(e.text, e.future)]
    for first, second in zip(evidence, evidence[1:], strict=False):
        if first in named or first.block != second.block:
            continue
        if below_target(f"{first.text} {second.text}") and _TARGET_ALONE.match(second.text):
            named.append(first)
    return named


# A sentence that gives only a target: "Target 95% by March 2022."
_TARGET_ALONE = re.compile(r"^\W*(?:our\s+)?target\s*(?:is|of|:)?\s*\d+(?:\.\d+)?\s?%", re.I)


def _explain(
    shown: list[str], total: int, counts: dict[str, int], concerns: int, words: int, min_words: int
) -> str:
    if words < min_words:
        return f"no substantive content ({words} words)"
    parts = []
    if total:
        parts.append(f"{len(shown)} of {total} indicators")
    mix = ", ".join(f"{counts[s]} {s}" for s in reversed(STRENGTHS) if counts[s])
    parts.append(mix or "no sentences")
    if not counts["quantified"] and not counts["impact"]:
        parts.append("no quantified or impact evidence")
    elif not counts["impact"]:
        parts.append("no impact evidence")
    if concerns:
        parts.append(f"{concerns} shortfall{'s' if concerns > 1 else ''} reported")
    return "; ".join(parts)


def missing_indicators(
    standard: Standard, assessment: Assessment, indicators: tuple[Indicator, ...]
) -> list[Indicator]:
    return [
        i
        for i in indicators
        if i.standard == standard.id and i.id not in assessment.indicators_found
    ]
