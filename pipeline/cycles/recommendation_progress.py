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
from functools import cache

from pipeline.evidence.finder import EvidenceFinder, stale_policy
from pipeline.evidence.strength import FUTURE, has_figure, is_concern
from pipeline.understand.segment import block_texts
from pipeline.values import (
    Analysis,
    Document,
    Evidence,
    ProgressEvidence,
    ProgressStatus,
    Recommendation,
    RecommendationProgress,
    RecommendationSet,
)

RELEVANT = 0.3  # relevance at or above which a sentence speaks to a recommendation
KEYWORD_WEIGHT = 0.2  # added per keyword the sentence contains (all of its words, any order)
MAX_KEYWORDS = 2  # at most this many keywords count
INDICATOR_WEIGHT = 0.1  # added when the sentence matches one of the recommendation's indicators
CARRY = 0.8  # share of a sentence's relevance the next sentence of the same paragraph inherits
MAX_EVIDENCE = 3

# Words that every submission uses about the partnership: no signal for a recommendation.
_DOMAIN_STOP = (
    "gscp",
    "partnership",
    "partners",
    "safeguarding",
    "agency",
    "agencies",
    "gloucestershire",
    "s11",
    "section",
    "recommendation",
    "recommend",
    "consider",
    "continue",
    "ensure",
    "need",
    "work",
    "year",
    "should",
    "must",
)
MIN_TERMS = 4  # sentences with fewer content words ("How we know we have improved") are headings
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SUFFIXES = (
    ("ations", "at"),
    ("ation", "at"),
    ("ments", ""),
    ("ment", ""),
    ("ances", ""),
    ("ance", ""),
    ("ences", ""),
    ("ence", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_PAST = re.compile(
    r"\b(?:have|has|had|was|were)\s+(?:been\s+|now\s+|also\s+|successfully\s+)*\w+(?:ed|en|wn|ld|ght|de|nt|ne|un|et)\b|"
    r"\b(?:we|they|it|this|which|the \w+|our \w+)\s+(?:\w+ly\s+)?"
    r"(?!need|plan|intend|propos|hope|aim|expect)"
    r"\w+(?:ed|ran|led|held|met|took|gave|made|began|wrote|sent|set up|rolled out)\b|"
    r"\b(?:in|during|since|by) (?:19|20)\d\d\b|\b(?:last|this) year\b",
    re.IGNORECASE,
)


def stem(word: str) -> str:
    """A light suffix stripper: train/training/trained -> train, evaluate/evaluation ->
    evaluat, assure/assurance -> assur, improve/improvement -> improv."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@cache
def _stop_words() -> frozenset[str]:
    """English stop words and the domain's own (scikit-learn imported here, not on start-up:
    a warm re-run answered from the cache never needs it)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | frozenset(stem(w) for w in _DOMAIN_STOP)


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, stop words removed."""
    words = (stem(w.replace("'", "")) for w in _WORD.findall(text.lower()))
    stop = _stop_words()
    return [w for w in words if w not in stop and len(w) > 1 and not w.isdigit()]


def _analyzer(text: str) -> list[str]:
    words = terms(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _explicit(recommendation: Recommendation) -> re.Pattern[str] | None:
    number = re.search(r"(\d+)$", recommendation.id)
    if not number:
        return None
    return re.compile(
        rf"\brecommendation\s*(?:no\.?\s*|number\s*)?{number.group(1)}\b", re.IGNORECASE
    )


# "The panel asked all partners to ...", "The 2020 report recommended ...": the recommendation
# restated, which says nothing about what the agency did.
_RESTATED = re.compile(
    r"\b(?:the|last year's|(?:19|20)\d\d) (?:(?:19|20)\d\d |s11 |section 11 )?"
    r"(?:panel|report|review|"
    r"recommendations?|scrutineer)\b[^.;]{0,30}?\b(?:asked|called|recommended|said|noted|found|wanted|"
    r"suggested|proposed)\b",
    re.IGNORECASE,
)

_CLAUSE = re.compile(r"[:;]|,\s+(?:and|but|so)\s+(?=we\b|our\b|this\b|since\b)", re.IGNORECASE)


def _restated_only(text: str) -> bool:
    """The recommendation restated, and nothing done reported after it in the same sentence
    ("... asked us to X, and we took that as a prompt: 22 staff attended ..." reports something)."""
    match = _RESTATED.search(text)
    if not match:
        return False
    rest = _CLAUSE.split(text[match.end() :], maxsplit=1)
    return len(rest) < 2 or not (has_figure(rest[1]) or _PAST.search(rest[1]))


def shows_progress(item: Evidence) -> bool:
    """Done and shown: measured or impact, or activity in the past tense; never a plan, a
    reported shortfall or the recommendation restated."""
    if item.future or item.concern or _restated_only(item.text):
        return False
    if item.strength in ("quantified", "impact"):
        return True
    return item.strength == "activity" and bool(_PAST.search(item.text))


def submission_sentences(
    analysis: Analysis, document: Document, finder: EvidenceFinder
) -> list[Evidence]:
    """Every sentence of the submission as an evidence item: the standards' evidence as the
    analysis found it, and the blocks outside any standard (common questions, introductions,
    progress tables) read here with the same rules and classifier."""
    items = [e for s in analysis.standards for e in s.evidence]
    covered = {i for s in analysis.standards for i in s.section.blocks}
    rest = [
        (b, t)
        for b in document.blocks
        if b.index not in covered
        for t in block_texts(b, finder.framework)
    ]
    sentences = finder.sentences(rest)
    judgements = finder.judge.judge([s.text for s in sentences])
    for sentence, judgement in zip(sentences, judgements, strict=True):
        items.append(
            Evidence(
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
            )
        )
    return sorted(items, key=lambda e: e.block)


def relevance(
    recommendations: Sequence[Recommendation], sentences: Sequence[Evidence]
) -> list[list[float]]:
    """Relevance of each sentence to each recommendation (rows follow ``recommendations``)."""
    if not sentences:
        return [[] for _ in recommendations]
    queries = [" ".join([r.text, *r.keywords, *r.keywords]) for r in recommendations]
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True)
    matrix = vectorizer.fit_transform([s.text for s in sentences] + queries)
    texts, asks = matrix[: len(sentences)], matrix[len(sentences) :]
    cosine = (asks @ texts.T).toarray()
    sentence_terms = [set(terms(s.text)) for s in sentences]
    scores: list[list[float]] = []
    for row, recommendation in enumerate(recommendations):
        keywords = [set(terms(k)) for k in recommendation.keywords]
        explicit = _explicit(recommendation)
        wanted = set(recommendation.indicators)
        line = []
        for column, sentence in enumerate(sentences):
            if explicit and explicit.search(sentence.text):
                line.append(1.0)
                continue
            if len(sentence_terms[column]) < MIN_TERMS:
                line.append(0.0)
                continue
            hits = sum(1 for k in keywords if k and k <= sentence_terms[column])
            score = float(cosine[row, column]) + KEYWORD_WEIGHT * min(hits, MAX_KEYWORDS)
            if wanted & set(sentence.indicators):
                score += INDICATOR_WEIGHT
            line.append(min(score, 1.0))
        scores.append([round(score, 3) for score in _carried(line, sentences)])
    return scores


def _carried(line: list[float], sentences: Sequence[Evidence]) -> list[float]:
    """A paragraph that opens on a recommendation goes on about it: the sentence after a
    relevant one, in the same block, inherits :data:`CARRY` of its relevance (one step only)."""
    result = list(line)
    for index in range(1, len(line)):
        if sentences[index].block == sentences[index - 1].block:
            result[index] = max(line[index], CARRY * line[index - 1])
    return result


def classify(
    recommendation: Recommendation,
    agency: str | None,
    file: str,
    sentences: Sequence[Evidence],
    scores: Sequence[float],
) -> RecommendationProgress:
    relevant = [
        (score, item) for score, item in zip(scores, sentences, strict=True) if score >= RELEVANT
    ]
    done = [(score, item) for score, item in relevant if shows_progress(item)]
    ranked = sorted(
        relevant, key=lambda pair: (not shows_progress(pair[1]), -pair[0], pair[1].block)
    )
    evidence = tuple(
        ProgressEvidence(
            item.text, item.block, item.page, item.strength, score, shows_progress(item)
        )
        for score, item in ranked[:MAX_EVIDENCE]
    )
    status: ProgressStatus
    if done:
        best = max(done, key=lambda pair: pair[0])[1]
        status = "progress"
        explanation = (
            f"{len(done)} sentence(s) show it done (strongest: {best.strength}); "
            f"{len(relevant)} on topic"
        )
    elif relevant:
        status = "mentioned"
        explanation = (
            f"{len(relevant)} sentence(s) on topic, none showing it done "
            "(plans, statements without figures, or shortfalls)"
        )
    else:
        status, explanation = "not_mentioned", "no sentence in the submission speaks to it"
    return RecommendationProgress(recommendation, agency, status, explanation, evidence, file)


def track(
    analysis: Analysis,
    document: Document,
    finder: EvidenceFinder,
    recommendations: RecommendationSet,
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
    analysis: Analysis,
    document: Document,
    finder: EvidenceFinder,
    recommendations: RecommendationSet,
) -> Analysis:
    """The analysis with its ``recommendations`` filled in (the hook ``analyse_document`` calls)."""
    return replace(analysis, recommendations=track(analysis, document, finder, recommendations))
