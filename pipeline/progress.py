"""Does a submission show progress on last cycle's recommendations?

For each recommendation that applies to the agency, every sentence of the submission is
scored for relevance: TF-IDF cosine between the recommendation (text and keywords) and the
sentence, fitted on this document so that words every sentence uses weigh little, plus the
recommendation's keywords, its indicator rules and an explicit "recommendation N". A relevant
sentence shows *progress* when it reports something done (measured, impact, or past-tense
activity) rather than a plan, a statement or a shortfall; otherwise it is a *mention*.

    progress       at least one relevant sentence shows it done
    mentioned      relevant sentences, none showing it done (plans, assertions, shortfalls)
    not_mentioned  no relevant sentence
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from pipeline.evidence import EvidenceFinder, _texts, stale_policy
from pipeline.model import (
    Analysis,
    Document,
    Evidence,
    ProgressEvidence,
    ProgressStatus,
    Recommendation,
    RecommendationProgress,
    RecommendationSet,
)
from pipeline.strength import FUTURE, is_concern

RELEVANT = 0.3  # relevance at or above which a sentence speaks to a recommendation
KEYWORD_WEIGHT = 0.2  # added per keyword the sentence contains (at most two count)
INDICATOR_WEIGHT = 0.1  # added when the sentence matches one of the recommendation's indicators
MAX_EVIDENCE = 3

# Words that every submission uses about the partnership: no signal for a recommendation.
_DOMAIN_STOP = frozenset({
    "gscp", "partnership", "partners", "partner", "safeguard", "agency", "agencie", "gloucestershire",
    "s11", "section", "recommendation", "recommend", "consider", "continue", "ensure", "need",
    "work", "year", "s", "t", "nt",
})
_STOP = frozenset(ENGLISH_STOP_WORDS) | _DOMAIN_STOP
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SUFFIXES = (("ations", "at"), ("ation", "at"), ("ings", ""), ("ing", ""), ("ies", "y"),
             ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""), ("e", ""))
_PAST = re.compile(
    r"\b(?:have|has|had|was|were)\s+(?:been\s+|now\s+|also\s+|successfully\s+)*\w+(?:ed|en|wn|ld|ght|de|nt|ne|un|et)\b|"
    r"\b(?:we|they|it|this|which|the \w+|our \w+)\s+(?:\w+ly\s+)?(?!need|plan|intend|propos|hope|aim|expect)"
    r"\w+(?:ed|ran|led|held|met|took|gave|made|began|wrote|sent|set up|rolled out)\b|"
    r"\b(?:in|during|since|by) (?:19|20)\d\d\b|\b(?:last|this) year\b",
    re.IGNORECASE,
)


def stem(word: str) -> str:
    """A light suffix stripper: train/training/trained -> train, evaluate/evaluation -> evaluat."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + replacement
    return word


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, stop words removed."""
    words = (stem(w.replace("'", "")) for w in _WORD.findall(text.lower()))
    return [w for w in words if w not in _STOP and len(w) > 1 and not w.isdigit()]


def _analyzer(text: str) -> list[str]:
    words = terms(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _explicit(recommendation: Recommendation) -> re.Pattern[str] | None:
    number = re.search(r"(\d+)$", recommendation.id)
    if not number:
        return None
    return re.compile(rf"\brecommendation\s*(?:no\.?\s*|number\s*)?{number.group(1)}\b", re.IGNORECASE)


def shows_progress(item: Evidence) -> bool:
    """Done and shown: measured or impact, or activity in the past tense; never a plan or a
    reported shortfall."""
    if item.future or item.concern:
        return False
    if item.strength in ("quantified", "impact"):
        return True
    return item.strength == "activity" and bool(_PAST.search(item.text))


def submission_sentences(analysis: Analysis, document: Document, finder: EvidenceFinder) -> list[Evidence]:
    """Every sentence of the submission as an evidence item: the standards' evidence as the
    analysis found it, and the blocks outside any standard (common questions, introductions,
    progress tables) read here with the same rules and classifier."""
    items = [e for s in analysis.standards for e in s.evidence]
    covered = {i for s in analysis.standards for i in s.section.blocks}
    rest = [(b, t) for b in document.blocks if b.index not in covered for t in _texts(b)]
    sentences = finder.sentences(rest)
    judgements = finder.judge.judge([s.text for s in sentences])
    for sentence, judgement in zip(sentences, judgements, strict=True):
        items.append(Evidence(
            standard_id="",
            text=sentence.text,
            block=sentence.block.index,
            page=sentence.block.page,
            indicators=sentence.indicators,
            strength=judgement.strength,
            score=0.0,
            future=bool(FUTURE.search(sentence.text)),
            stale_policy=stale_policy(sentence.text, finder.framework),
            concern=is_concern(sentence.text),
        ))
    return sorted(items, key=lambda e: e.block)


def relevance(recommendations: Sequence[Recommendation], sentences: Sequence[Evidence]) -> list[list[float]]:
    """Relevance of each sentence to each recommendation (rows follow ``recommendations``)."""
    if not sentences:
        return [[] for _ in recommendations]
    queries = [" ".join([r.text, *r.keywords, *r.keywords]) for r in recommendations]
    vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True)
    matrix = vectorizer.fit_transform([s.text for s in sentences] + queries)
    texts, asks = matrix[: len(sentences)], matrix[len(sentences):]
    cosine = (asks @ texts.T).toarray()
    sentence_terms = [set(_analyzer(s.text)) for s in sentences]
    scores: list[list[float]] = []
    for row, recommendation in enumerate(recommendations):
        keywords = [set(_analyzer(k)) for k in recommendation.keywords]
        explicit = _explicit(recommendation)
        wanted = set(recommendation.indicators)
        line = []
        for column, sentence in enumerate(sentences):
            if explicit and explicit.search(sentence.text):
                line.append(1.0)
                continue
            hits = sum(1 for k in keywords if k and k <= sentence_terms[column])
            score = float(cosine[row, column]) + KEYWORD_WEIGHT * min(hits, 2)
            if wanted & set(sentence.indicators):
                score += INDICATOR_WEIGHT
            line.append(round(min(score, 1.0), 3))
        scores.append(line)
    return scores


def classify(recommendation: Recommendation, agency: str | None, file: str,
             sentences: Sequence[Evidence], scores: Sequence[float]) -> RecommendationProgress:
    relevant = [(score, item) for score, item in zip(scores, sentences, strict=True) if score >= RELEVANT]
    done = [(score, item) for score, item in relevant if shows_progress(item)]
    ranked = sorted(relevant, key=lambda pair: (not shows_progress(pair[1]), -pair[0], pair[1].block))
    evidence = tuple(
        ProgressEvidence(item.text, item.block, item.page, item.strength, score, shows_progress(item))
        for score, item in ranked[:MAX_EVIDENCE]
    )
    status: ProgressStatus
    if done:
        best = max(done, key=lambda pair: pair[0])[1]
        status = "progress"
        explanation = f"{len(done)} sentence(s) show it done (strongest: {best.strength}); {len(relevant)} on topic"
    elif relevant:
        status = "mentioned"
        explanation = (f"{len(relevant)} sentence(s) on topic, none showing it done "
                       "(plans, statements without figures, or shortfalls)")
    else:
        status, explanation = "not_mentioned", "no sentence in the submission speaks to it"
    return RecommendationProgress(recommendation, agency, status, explanation, evidence, file)


def track(
    analysis: Analysis, document: Document, finder: EvidenceFinder, recommendations: RecommendationSet
) -> tuple[RecommendationProgress, ...]:
    """Progress on each recommendation that applies to the submission's agency."""
    own = [r for r in recommendations.recommendations if r.applies_to(analysis.agency)]
    if not own or analysis.status != "ok":
        return ()
    sentences = submission_sentences(analysis, document, finder)
    scores = relevance(own, sentences)
    return tuple(
        classify(r, analysis.agency, analysis.file, sentences, line)
        for r, line in zip(own, scores, strict=True)
    )


def with_progress(
    analysis: Analysis, document: Document, finder: EvidenceFinder, recommendations: RecommendationSet
) -> Analysis:
    """The analysis with its ``recommendations`` filled in (the hook ``analyse_document`` calls)."""
    return replace(analysis, recommendations=track(analysis, document, finder, recommendations))
