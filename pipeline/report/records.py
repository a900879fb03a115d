"""Analysis and Batch -> the JSON records of the output contract (CONTRACT.md).

Records hold no run time, host or version (those live only in summary.json's ``run``
block), so the same inputs give byte-identical ``analysis.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring as _string  # the C escaper, ensure_ascii=False
from typing import Any

from pipeline.report.consistency import consistency_record
from pipeline.values import (
    ANALYSIS_SCHEMA,
    OCR_LOW_CONFIDENCE,
    SUMMARY_SCHEMA,
    Analysis,
    Batch,
    Evidence,
    Gap,
    Indicator,
    RecommendationProgress,
    SelfRating,
    Source,
    StandardResult,
    Submission,
)

STRONG = ("quantified", "impact")


def _gap(gap: Gap) -> dict[str, Any]:
    return {
        "type": gap.type,
        "detail": gap.detail,
        "blocks": list(gap.blocks),
        "rules": list(gap.rules),
        "quote": gap.quote,
    }


def _evidence(item: Evidence, names: dict[str, str], scanned: set[int]) -> dict[str, Any]:
    record = {
        "text": item.text,
        "page": item.page,
        "block": item.block,
        "indicators": list(item.indicators),
        "indicator_names": [names.get(i, i) for i in item.indicators],
        "strength": item.strength,
        "score": item.score,
        "future": item.future,
        "stale_policy": item.stale_policy,
        "concern": item.concern,
    }
    if item.page in scanned:
        record["ocr"] = True  # the quote was read by OCR: check it against the page
    return record


def _ocr_record(source: Source) -> dict[str, Any]:
    """The pages read by OCR and how sure Tesseract was (only in a scan's record)."""
    pages = source.ocr_pages
    words = sum(p.words for p in pages)
    low = sum(p.low_confidence_words for p in pages)
    weighted = sum(p.mean_confidence * p.words for p in pages)
    return {
        "engine": "tesseract",
        "low_confidence_below": OCR_LOW_CONFIDENCE,
        "mean_confidence": round(weighted / words, 1) if words else 0.0,
        "words": words,
        "low_confidence_words": low,
        "low_confidence_share": round(low / words, 4) if words else 0.0,
        "pages": [
            {
                "page": p.page,
                "ocr": True,
                "mean_confidence": p.mean_confidence,
                "words": p.words,
                "low_confidence_words": p.low_confidence_words,
                "low_confidence_share": round(p.low_confidence_words / p.words, 4)
                if p.words
                else 0.0,
                "skew_degrees": p.skew,
            }
            for p in pages
        ],
    }


def _rating_source(rating: SelfRating | None) -> dict[str, Any] | None:
    if rating is None:
        return None
    return {
        "text": rating.text,
        "page": rating.page,
        "block": rating.block,
        "method": rating.method,
    }


def recommendation_entry(progress: RecommendationProgress) -> dict[str, Any]:
    """One (recommendation, agency) row: the shape ``_recommendations.html.j2`` takes."""
    recommendation = progress.recommendation
    return {
        "id": recommendation.id,
        "cycle": recommendation.cycle,
        "text": recommendation.text,
        "due": recommendation.due,
        "lead": recommendation.lead,
        "responsible": list(recommendation.responsible),
        "agency": progress.agency,
        "file": progress.file,
        "status": progress.status,
        "explanation": progress.explanation,
        "evidence": [
            {
                "text": e.text,
                "page": e.page,
                "block": e.block,
                "strength": e.strength,
                "similarity": e.similarity,
                "progress": e.progress,
            }
            for e in progress.evidence
        ],
    }


def _standard_gap(gap: Gap, result: StandardResult) -> dict[str, Any]:
    """A gap with the evidence sentences behind it (indices into the standard's evidence)
    and the questions drafted from it."""
    cited = [n for n, e in enumerate(result.evidence) if e.block in gap.blocks]
    quoted = next(
        (n for n, e in enumerate(result.evidence) if gap.quote and e.text == gap.quote), None
    )
    if quoted is not None and quoted not in cited:
        cited = sorted([*cited, quoted])  # the quoted sentence is always behind its gap
    return {
        **_gap(gap),
        "evidence": cited,
        "quote_evidence": quoted,
        "questions": [q.text for q in result.questions if q.gap_type == gap.type],
    }


def _indicators(result: StandardResult, indicators: Sequence[Indicator]) -> list[dict[str, Any]]:
    """Every indicator of the standard, found or not, with the words a panel reads."""
    found = set(result.assessment.indicators_found)
    own = [i for i in indicators if i.standard == result.id]
    if not own:
        return [{"id": i, "description": i, "strong": "", "found": True} for i in sorted(found)]
    return [
        {"id": i.id, "description": i.description, "strong": i.strong, "found": i.id in found}
        for i in own
    ]


def _standard(
    result: StandardResult, indicators: Sequence[Indicator], scanned: set[int]
) -> dict[str, Any]:
    assessment = result.assessment
    return {
        "id": result.id,
        "title": result.title,
        "self_rating": result.self_rating.rating if result.self_rating else None,
        "self_rating_source": _rating_source(result.self_rating),
        "evidence_rating": assessment.evidence_rating,
        "evidence_explanation": assessment.explanation,
        "indicators_found": list(assessment.indicators_found),
        "indicators_total": assessment.indicators_total,
        "indicators": _indicators(result, indicators),
        "strengths": assessment.strengths,
        "words": assessment.words,
        "section": {
            "method": result.section.method,
            "heading_block": result.section.heading,
            "blocks": list(result.section.blocks),
        },
        "evidence": [
            _evidence(e, {i.id: i.description for i in indicators}, scanned)
            for e in result.evidence
        ],
        "gaps": [_standard_gap(g, result) for g in result.gaps],
        "questions": [q.text for q in result.questions],
    }


def analysis_record(analysis: Analysis, indicators: Sequence[Indicator] = ()) -> dict[str, Any]:
    """The analysis.json record; ``indicators`` adds each indicator's description."""
    source = analysis.source
    scanned = {p.page for p in source.ocr_pages} if source else set()
    source_record: dict[str, Any] = {
        "file": analysis.file,
        "sha256": source.sha256 if source else None,
        "format": source.format if source else None,
        "pages": source.pages if source else None,
    }
    if source and source.ocr_pages:
        source_record["ocr"] = _ocr_record(source)
    return {
        "schema": ANALYSIS_SCHEMA,
        "framework": analysis.framework_id,
        "source": source_record,
        "agency": analysis.agency,
        "agency_method": analysis.agency_method or None,
        "status": analysis.status,
        "error": {"code": analysis.error.code, "message": analysis.error.message}
        if analysis.error
        else None,
        "standards": [_standard(s, indicators, scanned) for s in analysis.standards],
        "common_questions": [
            {
                "id": a.id,
                "title": a.title,
                "answered": a.answered,
                "excerpt": a.excerpt,
                "page": a.page,
                "block": a.block,
                "questions": [q.text for q in a.questions],
            }
            for a in analysis.common_questions
        ],
        "gaps": [{"id": g.standard_id, **_gap(g)} for g in analysis.gaps],
        "warnings": list(analysis.warnings),
        "recommendations": [recommendation_entry(p) for p in analysis.recommendations],
    }


def _scores(result: StandardResult) -> dict[str, Any]:
    """How much evidence stands behind a standard, for comparing agencies."""
    assessment = result.assessment
    total = assessment.indicators_total
    return {
        "indicators_found": len(assessment.indicators_found),
        "indicators_total": total,
        "coverage": round(len(assessment.indicators_found) / total, 2) if total else None,
        "strong_sentences": sum(assessment.strengths.get(s, 0) for s in STRONG),
        "sentences": len(result.evidence),
    }


def submission_entry(submission: Submission) -> dict[str, Any]:
    analysis = submission.analysis
    folder = f"submissions/{submission.slug}"
    ok = analysis.status == "ok"
    entry = {
        "file": analysis.file,
        "agency": analysis.agency,
        "status": analysis.status,
        "error": {"code": analysis.error.code, "message": analysis.error.message}
        if analysis.error
        else None,
        "analysis": f"submissions/{submission.slug}/analysis.json",
        "pack": f"{folder}/pack.html" if ok else None,
        "pack_redacted": f"{folder}/pack-redacted.html" if ok else None,
        "pack_docx": f"{folder}/pack.docx" if ok else None,
        "late": submission.late,
        "submitted": submission.submitted,
        "submitted_from": submission.submitted_from or None,
        "standards": {
            s.id: {
                "self_rating": s.self_rating.rating if s.self_rating else None,
                "evidence_rating": s.assessment.evidence_rating,
                "gaps": [g.type for g in s.gaps],
                **_scores(s),
            }
            for s in analysis.standards
        },
        "common_gaps": [g.standard_id for g in analysis.gaps],
    }
    if analysis.source and analysis.source.ocr_pages:
        ocr = _ocr_record(analysis.source)
        entry["ocr"] = {
            "pages": [p["page"] for p in ocr["pages"]],
            "mean_confidence": ocr["mean_confidence"],
            "low_confidence_share": ocr["low_confidence_share"],
        }
    return entry


def summary_record(batch: Batch) -> dict[str, Any]:
    submissions = [submission_entry(s) for s in batch.submissions]
    standards = [{"id": s.id, "title": s.title} for s in batch.framework.standards]
    record = {
        "schema": SUMMARY_SCHEMA,
        "framework": {"id": batch.framework.id, "title": batch.framework.title},
        "submissions": submissions,
        "missing_agencies": list(batch.missing_agencies),
        "consistency": consistency_record(submissions, standards),
        "recommendations": [recommendation_entry(p) for p in batch.recommendations],
        "run": batch.run,
    }
    if batch.panel_agreement:
        record["panel_agreement"] = list(batch.panel_agreement)
    return record


def dumps(record: dict[str, Any]) -> str:
    """``json.dumps(record, indent=2, ensure_ascii=False)`` and a final newline, made by
    :func:`_encode`: with ``indent`` set, the json module encodes in pure Python, one
    generator per level, which was a large part of writing a record."""
    parts: list[str] = []
    _encode(record, "\n", parts)
    parts.append("\n")
    return "".join(parts)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (_INFINITY, -_INFINITY):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_INFINITY = float("inf")


def _key(key: Any) -> str:
    """A dict key as the json module writes it."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    """Append ``value`` as JSON with two-space indents; ``newline`` is a line break and the
    current indent. Same output as the json module, separators, escapes and all."""
    if isinstance(value, str):
        parts.append(_string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, list | tuple):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            separator = "," + inner
            _encode(item, inner, parts)
        parts.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            parts.append(separator + _string(_key(key)) + ": ")
            separator = "," + inner
            _encode(item, inner, parts)
        parts.append(newline + "}")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
