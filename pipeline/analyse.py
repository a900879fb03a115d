"""The whole analysis of one file, read top to bottom:

    ingest -> segment -> self_ratings -> evidence -> evidence_rating + gaps -> questions

A :class:`Toolkit` holds what is loaded once per process (framework, rules, spaCy, the
model); :func:`analyse` turns any classified input error into an ``error`` Analysis.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from pipeline.assess.evidence_rating import evidence_rating, missing_indicators
from pipeline.assess.gaps import explains_caution, find_gaps
from pipeline.assess.questions import QuestionWriter
from pipeline.cycles.recommendation_progress import with_progress
from pipeline.cycles.recommendations import load_recommendations
from pipeline.evidence.finder import EvidenceFinder, without_rating_lines
from pipeline.evidence.strength import StrengthJudge, load_model
from pipeline.ingest import ingest
from pipeline.moderation.exclusions import exclude_all, left_out_warning, load_exclusions
from pipeline.moderation.learned import with_thresholds
from pipeline.rules import load_agencies, load_framework, load_indicators, load_question_templates
from pipeline.settings import Settings
from pipeline.understand.agencies import AgencyFinder
from pipeline.understand.common_questions import common_answers
from pipeline.understand.dates import stated_date
from pipeline.understand.ratings import rating_mentions, self_ratings
from pipeline.understand.segment import named_elsewhere, section_texts, segment
from pipeline.values import (
    Analysis,
    CommonAnswer,
    Document,
    ErrorInfo,
    Framework,
    Gap,
    Indicator,
    InputError,
    Question,
    RecommendationSet,
    Section,
    SelfRating,
    StandardResult,
)


class Toolkit:
    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        self.settings = settings
        self.framework: Framework = with_thresholds(
            load_framework(settings.framework), settings.model
        )
        self.indicators: tuple[Indicator, ...] = load_indicators(self.framework)
        # what a learned model (--model) was taught by the panel's per-sentence verdicts
        self.exclusions = load_exclusions(settings.model)
        self.writer = QuestionWriter(load_question_templates())
        self.agencies = AgencyFinder(load_agencies())
        self.recommendations: RecommendationSet | None = None
        if settings.recommendations:
            self.recommendations = load_recommendations(
                Path(settings.recommendations), self.agencies.agencies, self.indicators
            )

    @cached_property
    def finder(self) -> EvidenceFinder:
        model = load_model(self.settings.model) if self.settings.use_model else None
        return EvidenceFinder(self.framework, self.indicators, StrengthJudge(model))

    def read(self, path: Path) -> Document:
        if self.settings.cache_dir:
            from pipeline.ingest.cache import cached_ingest

            return cached_ingest(
                path, self.settings.limits, Path(self.settings.cache_dir), self.settings.ocr
            )
        return ingest(path, self.settings.limits, self.settings.ocr)


def analyse(path: Path | str, toolkit: Toolkit) -> Analysis:
    path = Path(path)
    framework = toolkit.framework
    try:
        document = toolkit.read(path)
    except InputError as error:
        agency, method = toolkit.agencies.find(None, path.name)
        return Analysis(
            file=path.name,
            framework_id=framework.id,
            status="error",
            agency=agency,
            agency_method=method,
            error=ErrorInfo(error.code, error.message),
        )
    return analyse_document(document, toolkit)


def analyse_document(document: Document, toolkit: Toolkit) -> Analysis:
    framework = toolkit.framework
    finder = toolkit.finder
    agency, agency_method = toolkit.agencies.find(document, document.source.file)
    submitted, submitted_from = stated_date(document)

    segmentation = segment(document, framework, assign=finder.assign)
    ratings, rating_warnings = self_ratings(document, segmentation, framework)
    evidence = finder.find(document, segmentation)
    explained = named_elsewhere(document, segmentation, framework, explains_caution)
    left_out: list[str] = []
    if toolkit.exclusions is not None:  # not evidence, or a wrong indicator, by the panel
        evidence, left_out = exclude_all(evidence, toolkit.exclusions)
    results: list[StandardResult] = []
    for standard in framework.standards:
        section = segmentation.section(standard.id)
        words = sum(len(text.split()) for _, text in section_texts(document, section, framework))
        rating = ratings[standard.id]
        found = without_rating_lines(evidence[standard.id], rating)
        assessment = evidence_rating(
            standard,
            found,
            toolkit.indicators,
            framework,
            words,
            rating.rating if rating else None,
        )
        gaps = find_gaps(
            standard,
            rating,
            assessment,
            found,
            toolkit.indicators,
            framework,
            (
                *explained.get(standard.id, ()),
                *_rating_paragraphs(document, section, rating, framework),
            ),
        )
        missing = missing_indicators(standard, assessment, toolkit.indicators)
        context = _question_context(
            agency, standard.id, standard.title, rating, assessment, missing, toolkit
        )
        questions = tuple(q for g in gaps if (q := toolkit.writer.write(g, context)) is not None)
        results.append(
            StandardResult(
                id=standard.id,
                title=standard.title,
                self_rating=rating,
                assessment=assessment,
                evidence=found,
                gaps=gaps,
                questions=questions,
                section=section,
            )
        )

    answers = common_answers(document, segmentation, framework, ratings)
    common_gaps: list[Gap] = []
    answered: list[CommonAnswer] = []
    for answer in answers:
        if answer.answered:
            answered.append(answer)
            continue
        gap = Gap(
            answer.id,
            "COMMON_QUESTION_UNANSWERED",
            f"{answer.id} ({answer.title}) is not answered",
            blocks=(answer.block,) if answer.block is not None else (),
            rules=("common-question",),
        )
        common_gaps.append(gap)
        question = toolkit.writer.write(
            gap,
            {
                "agency": agency or "the agency",
                "question_title": answer.title,
                "standard_id": answer.id,
                "standard_title": answer.title,
            },
        )
        answered.append(_with_question(answer, question))

    analysis = Analysis(
        file=document.source.file,
        framework_id=framework.id,
        status="ok",
        source=document.source,
        agency=agency,
        agency_method=agency_method,
        submitted=submitted,
        submitted_from=submitted_from,
        standards=tuple(results),
        common_questions=tuple(answered),
        gaps=tuple(common_gaps),
        warnings=(
            *document.warnings,
            *segmentation.warnings,
            *rating_warnings,
            *((left_out_warning(left_out),) if left_out else ()),
        ),
    )
    if toolkit.recommendations:
        analysis = with_progress(analysis, document, finder, toolkit.recommendations)
    return analysis


def _rating_paragraphs(
    document: Document, section: Section, rating: SelfRating | None, framework: Framework
) -> tuple[str, ...]:
    """The paragraphs that give the standard's rating, where its reasons sit: the one the
    rating was read from, and the standard's own lines that rate it ("Self-assessment:
    Amber. We have kept this standard at Amber so as not to be complacent."), which are
    the rating, not evidence."""
    own = rating.block if rating is not None else None
    return tuple(
        b.text
        for b in document.blocks
        if explains_caution(b.text)
        and (b.index == own or (b.index in section.blocks and rating_mentions(b.text, framework)))
    )


def _with_question(answer: CommonAnswer, question: Question | None) -> CommonAnswer:
    if question is None:
        return answer
    return CommonAnswer(
        answer.id,
        answer.title,
        answer.answered,
        answer.excerpt,
        answer.page,
        answer.block,
        (question,),
    )


def _question_context(
    agency: str | None,
    standard_id: str,
    standard_title: str,
    rating: Any,
    assessment: Any,
    missing: list[Indicator],
    toolkit: Toolkit,
) -> dict[str, Any]:
    by_id = {i.id: i for i in toolkit.indicators}
    return {
        "agency": agency or "the agency",
        "standard_id": standard_id,
        "standard_title": standard_title,
        "self_rating": rating.rating if rating and rating.rating else "unrated",
        "evidence_rating": assessment.evidence_rating or "unrated",
        "explanation": assessment.explanation,
        "missing": [_lower_first(i.description) for i in missing],
        "found": [by_id[i].description for i in assessment.indicators_found if i in by_id],
        "question_title": "",
    }


def _lower_first(text: str) -> str:
    """A description made to run on in a sentence: "Named safeguarding lead" -> "named
    safeguarding lead", but "DBS checks" and "LADO referrals" keep their capitals."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:])):
        return text
    return text[:1].lower() + text[1:]
