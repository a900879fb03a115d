"""Last cycle's recommendations: load ``rules/recommendations/<cycle>.yml`` (validated in
full), and list, for every recommendation, what each responsible agency says about it.

The per-submission reading (which sentences speak to a recommendation, and whether they show
it done) is :mod:`pipeline.cycles.recommendation_progress`; this module holds the rules
and the batch-level list.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.rules import _check_schema, _read_yaml, _strings, rules_dir
from pipeline.values import (
    ALL_AGENCIES,
    Agency,
    Analysis,
    Indicator,
    Recommendation,
    RecommendationProgress,
    RecommendationSet,
    RulesError,
)

_KEYS = {
    "id",
    "text",
    "responsible",
    "due",
    "lead",
    "response",
    "keywords",
    "indicators",
    "reported_progress",
}
_REQUIRED = ("id", "text", "responsible", "due")
STATUS_RANK = {"progress": 2, "mentioned": 1, "not_mentioned": 0}


def recommendations_file(cycle: int) -> Path:
    """Where the recommendations made in ``cycle`` live: ``rules/recommendations/<cycle>.yml``."""
    return rules_dir() / "recommendations" / f"{cycle}.yml"


def load_recommendations(
    path: Path, agencies: tuple[Agency, ...], indicators: tuple[Indicator, ...] | None = None
) -> RecommendationSet:
    """Read and check a recommendations file; every problem is reported at once.

    ``responsible`` names agencies of the register (``rules/agencies.yml``) by their canonical
    name, or is ``[all]``; ``indicators``, when given, are checked against the loaded catalogue.
    """
    data = _check_schema(_read_yaml(path), path, "recommendations")
    problems: list[str] = []
    cycle = data.get("cycle")
    if not isinstance(cycle, int) or isinstance(cycle, bool):
        problems.append(f"cycle: expected a year such as 2021, found {cycle!r}")
        cycle = 0
    elif path.stem.isdigit() and int(path.stem) != cycle:
        problems.append(f"cycle: {cycle} does not match the file name {path.name}")
    names = {a.name for a in agencies}
    indicator_ids = {i.id for i in indicators} if indicators is not None else None
    entries = data.get("recommendations")
    if not isinstance(entries, list) or not entries:
        problems.append("recommendations: expected a non-empty list")
        entries = []
    found: list[Recommendation] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries):
        recommendation = _recommendation(
            entry, position, cycle, names, indicator_ids, seen, problems
        )
        if recommendation:
            found.append(recommendation)
    if problems:
        raise RulesError(str(path), problems)
    return RecommendationSet(cycle=cycle, recommendations=tuple(found), path=str(path))


def _recommendation(
    entry: Any,
    position: int,
    cycle: int,
    names: set[str],
    indicator_ids: set[str] | None,
    seen: set[str],
    problems: list[str],
) -> Recommendation | None:
    if not isinstance(entry, dict) or "id" not in entry:
        problems.append(f"recommendations[{position}]: needs an 'id'")
        return None
    rec_id = str(entry["id"])
    where = f"recommendation '{rec_id}'"
    before = len(problems)
    if rec_id in seen:
        problems.append(f"{where}: duplicate id")
    seen.add(rec_id)
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        problems.append(f"{where}: unknown key(s) {unknown}; allowed {sorted(_KEYS)}")
    for key in _REQUIRED:
        if key not in entry:
            problems.append(f"{where}: missing required key '{key}'")
    text = " ".join(str(entry.get("text") or "").split())
    if "text" in entry and not text:
        problems.append(f"{where}: text is empty")
    responsible = _strings(entry.get("responsible"), f"{where} responsible", problems)
    for name in responsible:
        if name != ALL_AGENCIES and name not in names:
            close = difflib.get_close_matches(name, sorted(names), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(
                f"{where}: responsible '{name}' is not a canonical agency name in "
                f"rules/agencies.yml{hint}; use a name from the register or 'all'"
            )
    lead = str(entry.get("lead") or "").strip()
    if "responsible" in entry and not responsible and not lead:
        problems.append(f"{where}: with no responsible agency, name the 'lead' body")
    due = _due(entry.get("due"), where, problems) if "due" in entry else ""
    indicators = _strings(entry.get("indicators"), f"{where} indicators", problems)
    if indicator_ids is not None:
        for indicator in indicators:
            if indicator not in indicator_ids:
                problems.append(
                    f"{where}: indicator '{indicator}' is not in the indicator catalogue"
                )
    keywords = _strings(entry.get("keywords"), f"{where} keywords", problems)
    if len(problems) > before:
        return None
    return Recommendation(
        id=rec_id,
        cycle=cycle,
        text=text,
        responsible=responsible,
        due=due,
        lead=lead,
        response=" ".join(str(entry.get("response") or "").split()),
        keywords=keywords,
        indicators=indicators,
        reported_progress=str(entry.get("reported_progress") or "").strip(),
    )


def _due(value: Any, where: str, problems: list[str]) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    problems.append(f"{where}: due must be a date written YYYY-MM-DD, found {value!r}")
    return ""


def responsible_agencies(
    recommendation: Recommendation, agencies: tuple[Agency, ...], submitted: Iterable[str]
) -> list[str]:
    """The agencies answerable for a recommendation: those named, or for ``all`` every agency
    expected to submit and every agency that did (register order, then by name)."""
    if ALL_AGENCIES not in recommendation.responsible:
        return list(recommendation.responsible)
    names = [a.name for a in agencies if a.expected]
    extra = sorted(set(submitted) - set(names) - {a.name for a in agencies if not a.expected})
    late = [a.name for a in agencies if not a.expected and a.name in set(submitted)]
    return names + late + extra


def batch_progress(
    analyses: Iterable[Analysis], recommendations: RecommendationSet, agencies: tuple[Agency, ...]
) -> tuple[RecommendationProgress, ...]:
    """One entry per (recommendation, responsible agency) for the whole batch: the agency's
    best status over its submissions, ``no_submission`` when it sent none that could be read,
    and one ``not_tracked`` entry for a recommendation no submitting agency answers for."""
    tracked: dict[tuple[str, str], list[RecommendationProgress]] = {}
    submitted: set[str] = set()
    for analysis in analyses:
        if analysis.status != "ok" or not analysis.agency:
            continue
        submitted.add(analysis.agency)
        for progress in analysis.recommendations:
            tracked.setdefault((progress.recommendation.id, analysis.agency), []).append(progress)
    entries: list[RecommendationProgress] = []
    for recommendation in recommendations.recommendations:
        if not recommendation.responsible:
            entries.append(
                RecommendationProgress(
                    recommendation,
                    None,
                    "not_tracked",
                    f"led by {recommendation.lead}, which does not send a Section 11 return",
                )
            )
            continue
        for agency in responsible_agencies(recommendation, agencies, submitted):
            found = tracked.get((recommendation.id, agency))
            if found:
                entries.append(max(found, key=lambda p: STATUS_RANK.get(p.status, -1)))
            else:
                entries.append(
                    RecommendationProgress(
                        recommendation,
                        agency,
                        "no_submission",
                        "no readable submission from this agency",
                    )
                )
    return tuple(entries)
