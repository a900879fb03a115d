"""Evidence rating per standard, and the gaps between it and the self-rating.

The evidence rating comes from indicator coverage (the share of the standard's indicators
shown by at least one sentence that does more than assert) and the number of strong
sentences (quantified or impact), against thresholds in the framework file. Every gap names
the sentences and rules behind it.
"""

from __future__ import annotations

from collections import Counter

from pipeline.model import (
    RATING_RANK,
    STRENGTHS,
    Assessment,
    Evidence,
    Framework,
    Gap,
    Indicator,
    Rating,
    SelfRating,
    Standard,
)

STRONG = ("quantified", "impact")


def evidence_rating(
    standard: Standard,
    evidence: tuple[Evidence, ...],
    indicators: tuple[Indicator, ...],
    framework: Framework,
    words: int,
) -> Assessment:
    own_ids = {i.id for i in indicators if i.standard == standard.id}
    shown = sorted(
        {i for e in evidence if e.strength != "assertion" for i in e.indicators if i in own_ids}
    )
    strengths = Counter(e.strength for e in evidence)
    counts: dict[str, int] = {s: strengths.get(s, 0) for s in STRENGTHS}
    strong = counts["quantified"] + counts["impact"]
    concerns = sum(1 for e in evidence if e.concern)
    positive_strong = sum(1 for e in evidence if e.strength in STRONG and not e.concern)
    enough_indicators = len(shown) >= min(framework.thresholds.green_indicators, len(own_ids))
    share = strong / len(evidence) if evidence else 0.0
    t = framework.thresholds
    rating: Rating
    if words < t.min_words:
        rating = "red"
    elif enough_indicators and (strong >= t.green_strong or share >= t.green_share):
        rating = "green"
    elif strong >= t.amber_strong or counts["activity"] >= t.amber_activity:
        rating = "amber"
    else:
        rating = "red"
    if concerns >= t.concerns_red and concerns > positive_strong:
        rating = "red"
    elif concerns >= t.concerns_amber and 2 * concerns >= positive_strong and rating == "green":
        rating = "amber"
    return Assessment(
        standard_id=standard.id,
        evidence_rating=rating,
        explanation=_explain(shown, len(own_ids), counts, concerns, words, t.min_words),
        indicators_found=tuple(shown),
        indicators_total=len(own_ids),
        strengths=counts,
        words=words,
        concerns=concerns,
    )


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


def gaps(
    standard: Standard,
    self_rating: SelfRating | None,
    assessment: Assessment,
    evidence: tuple[Evidence, ...],
    indicators: tuple[Indicator, ...],
    framework: Framework,
) -> tuple[Gap, ...]:
    found: list[Gap] = []
    sid = standard.id
    missing_section = assessment.words < framework.thresholds.min_words
    if missing_section:
        found.append(
            Gap(
                sid,
                "MISSING_SECTION",
                f"no content found for '{standard.title}' ({assessment.words} words)",
                rules=("min_words",),
            )
        )
    rating = self_rating.rating if self_rating else None
    if rating is None:
        found.append(
            Gap(
                sid,
                "MISSING_RATING",
                f"no self-rating found for '{standard.title}'",
                rules=("self-rating",),
            )
        )
    strongest = sorted(evidence, key=lambda e: -e.score)
    own_ids = {i.id for i in indicators if i.standard == sid}
    # The assertions a question should cite: those on the standard's own topics first.
    weakest = sorted(
        (e for e in evidence if e.strength == "assertion"),
        key=lambda e: (not own_ids.intersection(e.indicators), e.score),
    )
    if rating and assessment.evidence_rating and not missing_section:
        difference = RATING_RANK[rating] - RATING_RANK[assessment.evidence_rating]
        if difference > 0:
            quote = weakest[0] if weakest else (strongest[0] if strongest else None)
            found.append(
                Gap(
                    sid,
                    "OVER_RATED",
                    f"self-rated {rating}, but the evidence supports {assessment.evidence_rating}: "
                    f"{assessment.explanation}",
                    blocks=tuple(sorted({e.block for e in weakest[:5]})),
                    rules=("evidence_rating",),
                    quote=quote.text if quote else "",
                )
            )
        elif difference < 0 and _clearly_strong(evidence, framework):
            strong = [e for e in strongest if e.strength in STRONG]
            found.append(
                Gap(
                    sid,
                    "UNDER_RATED",
                    f"self-rated {rating}, but the evidence supports {assessment.evidence_rating}: "
                    f"{assessment.explanation}",
                    blocks=tuple(sorted({e.block for e in strong[:5]})),
                    rules=("evidence_rating",),
                    quote=strong[0].text if strong else "",
                )
            )
    activity = [e for e in evidence if e.strength in ("activity", "quantified")]
    if not missing_section and activity and not any(e.strength == "impact" for e in evidence):
        found.append(
            Gap(
                sid,
                "NO_IMPACT_EVIDENCE",
                f"{len(activity)} sentence(s) describe activity, none shows its effect on practice "
                "or outcomes for children",
                blocks=tuple(sorted({e.block for e in activity[:5]})),
                rules=("strength:impact",),
                quote=max(activity, key=lambda e: e.score).text,
            )
        )
    future = [e for e in evidence if e.future]
    done = [e for e in evidence if not e.future and e.strength != "assertion"]
    if rating == "green" and future and len(future) >= max(2, len(done) // 3):
        found.append(
            Gap(
                sid,
                "FUTURE_TENSE_UNDER_GREEN",
                f"rated green, but {len(future)} sentence(s) describe plans rather than what has "
                f"been done (against {len(done)} describing completed work)",
                blocks=tuple(sorted({e.block for e in future[:5]})),
                rules=("future-tense",),
                quote=future[0].text,
            )
        )
    stale = [e for e in evidence if e.stale_policy]
    if stale:
        found.append(
            Gap(
                sid,
                "STALE_POLICY",
                "; ".join(f'"{e.text[:80]}": {e.stale_policy}' for e in stale[:3]),
                blocks=tuple(sorted({e.block for e in stale})),
                rules=("stale-policy",),
                quote=stale[0].text,
            )
        )
    return tuple(found)


def _clearly_strong(evidence: tuple[Evidence, ...], framework: Framework) -> bool:
    """Under-rating is only put to an agency on unambiguous evidence: enough measured and
    impact sentences, and (almost) no shortfalls reported. Panels accept a cautious rating
    that the agency explains by a weakness it names."""
    t = framework.thresholds
    impact = sum(1 for e in evidence if e.strength == "impact" and not e.concern)
    positive = sum(1 for e in evidence if e.strength in STRONG and not e.concern)
    concerns = sum(1 for e in evidence if e.concern)
    return positive >= t.under_strong and impact >= t.under_impact and concerns <= t.under_concerns


def missing_indicators(
    standard: Standard, assessment: Assessment, indicators: tuple[Indicator, ...]
) -> list[Indicator]:
    return [
        i
        for i in indicators
        if i.standard == standard.id and i.id not in assessment.indicators_found
    ]
