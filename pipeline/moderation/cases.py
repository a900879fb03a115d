"""The standards a model is fitted and checked on: each one's evidence as an earlier run
found it (``analysis.json`` of an ``s11 run`` output folder), and the rating a person gave
it (the panel's moderation, or the gold labels of a sample set).

The evidence is re-judged by the classifier being tried and rated by the real
:func:`~pipeline.assess.evidence_rating.evidence_rating`, so fitting and checking use the
rating logic the pipeline runs, never a copy of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from pipeline.assess.evidence_rating import evidence_rating
from pipeline.evidence.strength import StrengthJudge
from pipeline.values import Evidence, Framework, HistoryError, Indicator, Rating


@dataclass(frozen=True)
class Case:
    """One standard of one analysed return."""

    file: str
    framework: str
    sha256: str
    agency: str
    standard_id: str
    evidence: tuple[Evidence, ...]
    words: int
    self_rating: Rating | None = None  # the agency's, as its run read it


def _evidence(standard_id: str, item: Mapping[str, Any]) -> Evidence:
    return Evidence(
        standard_id=standard_id,
        text=str(item["text"]),
        block=int(item.get("block") or 0),
        page=item.get("page"),
        indicators=tuple(item.get("indicators") or ()),
        strength=item["strength"],
        score=float(item.get("score") or 0.0),
        future=bool(item.get("future")),
        stale_policy=item.get("stale_policy"),
        concern=bool(item.get("concern")),
    )


def _rating(value: object) -> Rating | None:
    return cast(Rating, value) if value in ("red", "amber", "green") else None


def read_cases(out_dir: Path) -> list[Case]:
    """Every standard of every analysed return in an ``s11 run`` output folder."""
    summary_path = out_dir / "summary.json"
    try:
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise HistoryError(f"{summary_path}: not the summary of an s11 run ({exc})") from None
    cases = []
    for entry in summary.get("submissions") or []:
        if entry.get("status") != "ok" or not entry.get("analysis"):
            continue
        analysis = json.loads((out_dir / entry["analysis"]).read_text(encoding="utf-8"))
        agency = str(entry.get("agency") or entry.get("file") or "?")
        for standard in analysis.get("standards") or []:
            standard_id = str(standard["id"])
            cases.append(
                Case(
                    file=str(analysis["source"]["file"]),
                    framework=str((summary.get("framework") or {}).get("id") or ""),
                    sha256=str(analysis["source"].get("sha256") or ""),
                    agency=agency,
                    standard_id=standard_id,
                    evidence=tuple(
                        _evidence(standard_id, e) for e in standard.get("evidence") or []
                    ),
                    words=int(standard.get("words") or 0),
                    self_rating=_rating(standard.get("self_rating")),
                )
            )
    return cases


def rejudge(cases: list[Case], judge: StrengthJudge) -> list[Case]:
    """The cases with every sentence's strength judged again by ``judge``."""
    texts = sorted({e.text for case in cases for e in case.evidence})
    judged = dict(zip(texts, judge.judge(texts), strict=True))
    return [
        replace(
            case,
            evidence=tuple(replace(e, strength=judged[e.text].strength) for e in case.evidence),
        )
        for case in cases
    ]


def rate(
    cases: Iterable[Case], framework: Framework, indicators: tuple[Indicator, ...]
) -> list[str | None]:
    """The evidence rating of each case under ``framework`` (and its thresholds)."""
    return [
        evidence_rating(
            framework.standard(case.standard_id),
            case.evidence,
            indicators,
            framework,
            case.words,
            case.self_rating,
        ).evidence_rating
        for case in cases
    ]


def gold_labels(cases: list[Case], gold: Mapping[str, Mapping[str, Any]]) -> list[str | None]:
    """The rating each case's evidence supports by the gold labels (as ``s11 eval``
    scores it), None where the gold says nothing."""
    from pipeline.evaluate import supported_ratings

    return [
        supported_ratings(dict(gold[case.file])).get(case.standard_id)
        if case.file in gold
        else None
        for case in cases
    ]
