"""Plain-English words for the codes in the records, shared by every writer."""

from __future__ import annotations

GAP_LABELS: dict[str, str] = {
    "MISSING_SECTION": "Nothing written for this standard",
    "MISSING_RATING": "No self-rating found",
    "OVER_RATED": "Self-rating higher than the evidence supports",
    "UNDER_RATED": "Self-rating lower than the evidence supports",
    "NO_IMPACT_EVIDENCE": "Activity described, but no effect on practice or outcomes shown",
    "FUTURE_TENSE_UNDER_GREEN": "Rated green on plans rather than work done",
    "STALE_POLICY": "Policy out of date",
    "COMMON_QUESTION_UNANSWERED": "Common question not answered",
}

# Strongest first: the order evidence is shown in.
STRENGTH_ORDER: tuple[str, ...] = ("impact", "quantified", "activity", "assertion")

STRENGTH_LABELS: dict[str, str] = {
    "impact": "Impact: shows an effect on practice or on children",
    "quantified": "Quantified: gives figures, dates or frequencies",
    "activity": "Activity: describes something done, without figures",
    "assertion": "Assertion: states that something is so, without showing it",
}

RAG_FILLS: dict[str, str] = {"green": "00B050", "amber": "FFC000", "red": "C00000"}
# Text colour on each fill, chosen for contrast (WCAG AA): black on green and amber.
RAG_TEXT: dict[str, str] = {"green": "000000", "amber": "000000", "red": "FFFFFF"}


def rating_word(rating: str | None) -> str:
    return rating.capitalize() if rating else "None"


def gap_label(gap_type: str) -> str:
    return GAP_LABELS.get(gap_type, gap_type.replace("_", " ").capitalize())
