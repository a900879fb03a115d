"""Analysis and Batch -> the JSON records of the output contract (CONTRACT.md).

Records hold no run time, host or version (those live only in summary.json's ``run``
block), so the same inputs give byte-identical ``analysis.json``.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.model import (
    ANALYSIS_SCHEMA,
    SUMMARY_SCHEMA,
    Analysis,
    Batch,
    Evidence,
    Gap,
    SelfRating,
    StandardResult,
    Submission,
)


def _gap(gap: Gap) -> dict[str, Any]:
    return {
        "type": gap.type,
        "detail": gap.detail,
        "blocks": list(gap.blocks),
        "rules": list(gap.rules),
        "quote": gap.quote,
    }


def _evidence(item: Evidence) -> dict[str, Any]:
    return {
        "text": item.text,
        "page": item.page,
        "block": item.block,
        "indicators": list(item.indicators),
        "strength": item.strength,
        "score": item.score,
        "future": item.future,
        "stale_policy": item.stale_policy,
        "concern": item.concern,
    }


def _rating_source(rating: SelfRating | None) -> dict[str, Any] | None:
    if rating is None:
        return None
    return {"text": rating.text, "page": rating.page, "block": rating.block, "method": rating.method}


def _standard(result: StandardResult) -> dict[str, Any]:
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
        "strengths": assessment.strengths,
        "words": assessment.words,
        "section": {
            "method": result.section.method,
            "heading_block": result.section.heading,
            "blocks": list(result.section.blocks),
        },
        "evidence": [_evidence(e) for e in result.evidence],
        "gaps": [_gap(g) for g in result.gaps],
        "questions": [q.text for q in result.questions],
    }


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    source = analysis.source
    return {
        "schema": ANALYSIS_SCHEMA,
        "framework": analysis.framework_id,
        "source": {
            "file": analysis.file,
            "sha256": source.sha256 if source else None,
            "format": source.format if source else None,
            "pages": source.pages if source else None,
        },
        "agency": analysis.agency,
        "agency_method": analysis.agency_method or None,
        "status": analysis.status,
        "error": {"code": analysis.error.code, "message": analysis.error.message} if analysis.error else None,
        "standards": [_standard(s) for s in analysis.standards],
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
    }


def submission_entry(submission: Submission) -> dict[str, Any]:
    analysis = submission.analysis
    return {
        "file": analysis.file,
        "agency": analysis.agency,
        "status": analysis.status,
        "error": {"code": analysis.error.code, "message": analysis.error.message} if analysis.error else None,
        "analysis": f"submissions/{submission.slug}/analysis.json",
        "pack": f"submissions/{submission.slug}/pack.html" if analysis.status == "ok" else None,
        "late": submission.late,
        "submitted": submission.submitted,
        "submitted_from": submission.submitted_from or None,
        "standards": {
            s.id: {
                "self_rating": s.self_rating.rating if s.self_rating else None,
                "evidence_rating": s.assessment.evidence_rating,
                "gaps": [g.type for g in s.gaps],
            }
            for s in analysis.standards
        },
        "common_gaps": [g.standard_id for g in analysis.gaps],
    }


def summary_record(batch: Batch) -> dict[str, Any]:
    return {
        "schema": SUMMARY_SCHEMA,
        "framework": {"id": batch.framework.id, "title": batch.framework.title},
        "submissions": [submission_entry(s) for s in batch.submissions],
        "missing_agencies": list(batch.missing_agencies),
        "run": batch.run,
    }


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"
