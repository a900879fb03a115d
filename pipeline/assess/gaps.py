"""The gaps between a standard's self-rating and its evidence rating, and the other gaps
a standard's evidence shows (no impact, plans under Green, stale policies). Every gap names
the sentences and rules behind it."""

from __future__ import annotations

import re

from pipeline.assess.evidence_rating import STRONG
from pipeline.values import (
    RATING_RANK,
    Assessment,
    Evidence,
    Framework,
    Gap,
    Indicator,
    SelfRating,
    Standard,
)


def find_gaps(
    standard: Standard,
    self_rating: SelfRating | None,
    assessment: Assessment,
    evidence: tuple[Evidence, ...],
    indicators: tuple[Indicator, ...],
    framework: Framework,
    said_elsewhere: tuple[str, ...] = (),
) -> tuple[Gap, ...]:
    """The standard's gaps. ``said_elsewhere``: what the return says of this standard
    outside its section (a covering letter that explains its rating)."""
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
        elif difference < 0 and (
            _clearly_strong(evidence, framework)
            or (
                assessment.evidence_rating == "green"
                and _held_down(self_rating, evidence, said_elsewhere)
            )
        ):
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


# The agency says it held its rating down out of caution, not for a shortfall: "rated Amber
# so as not to be complacent", "scored 3 rather than 4", "we prefer to score cautiously".
_HELD_DOWN = re.compile(
    r"\b(?:not to be complacent|complacen\w*|cautious\w*|caution|on the safe side|"
    r"rather than (?:green|4|3|fully met)|(?:held|hold|holding|kept|keep) (?:us|ourselves|it|this)"
    r" (?:at|back)|(?:score|rate|mark)\w* (?:ourselves|us|it|this) (?:down|lower|modestly)|"
    # "we do not want to signal that the work is done", "can never be finished", "want to see
    # the results hold for another year before saying it is fully met", "so as not to"
    r"(?:do|did) not want to (?:signal|suggest|imply|give|send|claim|say|call|overstate)|"
    r"never (?:be )?(?:finished|complete|done)|want\w* to see [^.]{0,60}\b(?:hold|sustained|"
    r"embedded|last)\w*|before (?:saying|claiming|calling|rating|we (?:say|claim|call))|"
    r"so as not to|"
    # "stays at Level 2 until compliance has been sustained", "until the new arrangements
    # have bedded in": the rating waits for what the evidence already shows to last
    r"until [^.]{0,60}\b(?:sustained|bedded in|embedded|settled|stood the test))\b",
    re.IGNORECASE,
)


def explains_caution(text: str) -> bool:
    """Whether a paragraph says a rating is held down out of caution."""
    return bool(_HELD_DOWN.search(text))


def _held_down(
    self_rating: SelfRating | None, evidence: tuple[Evidence, ...], elsewhere: tuple[str, ...]
) -> bool:
    """True when the rating's own words, the standard's text or what the return says of it
    elsewhere say it is held down out of caution: with green evidence that is an
    under-rating to put to the agency."""
    texts = [self_rating.text if self_rating else "", *(e.text for e in evidence), *elsewhere]
    return any(_HELD_DOWN.search(text) for text in texts)


def _clearly_strong(evidence: tuple[Evidence, ...], framework: Framework) -> bool:
    """Under-rating is only put to an agency on unambiguous evidence: enough measured and
    impact sentences, and (almost) no shortfalls reported. Panels accept a cautious rating
    that the agency explains by a weakness it names."""
    t = framework.thresholds
    impact = sum(1 for e in evidence if e.strength == "impact" and not e.concern)
    positive = sum(1 for e in evidence if e.strength in STRONG and not e.concern)
    concerns = sum(1 for e in evidence if e.concern)
    return positive >= t.under_strong and impact >= t.under_impact and concerns <= t.under_concerns
