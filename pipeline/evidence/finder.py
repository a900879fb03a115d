"""Sentences -> Evidence: indicator rule matches (spaCy PhraseMatcher and Matcher, regular
expressions) combined with the strength classifier.

spaCy runs as ``spacy.blank("en")`` with a sentencizer, so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pipeline.evidence.prefilter import (
    Anchor,
    Needles,
    fold,
    required_literals,
    token_pattern_anchors,
)
from pipeline.evidence.strength import FUTURE, Judgement, StrengthJudge, is_concern
from pipeline.understand.ratings import is_rating_statement
from pipeline.understand.segment import section_texts
from pipeline.values import (
    Block,
    Document,
    Evidence,
    Framework,
    Indicator,
    RulesError,
    Segmentation,
    SelfRating,
)

BASE_SCORE = {"assertion": 0.1, "activity": 0.4, "quantified": 0.6, "impact": 0.75}
MIN_WORDS = 4
_POLICY = re.compile(
    r"\b(policy|policies|procedures?|protocol|guidance|strategy|handbook|framework|"
    r"code of conduct)\b",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"\b(approved|adopted|published|dated|written|issued|ratified|agreed|introduced|produced|"
    r"last (?:reviewed|updated|revised)|reviewed|updated|revised|refreshed|in place since|since)\b"
    r"[^.;]{0,60}?\b((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_REVIEW_DUE = re.compile(
    r"\b(?:review date|due for (?:review|renewal)|next review|to be reviewed|review due|"
    r"scheduled for review|reviewed by|expires?|expiry)\b[^.;]{0,40}?\b(?:(?P<month>jan|feb|mar|"
    r"apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


def stale_policy(sentence: str, framework: Framework) -> str | None:
    """Why a sentence shows an out-of-date policy, or None."""
    if not _POLICY.search(sentence):
        return None
    audit = date.fromisoformat(framework.audit_date)
    review = _REVIEW_DUE.search(sentence)
    if review:
        year = int(review.group("year"))
        month = _MONTH_NUMBER.get((review.group("month") or "dec")[:3].lower(), 12)
        if (year, month) < (audit.year, audit.month):
            return f"its review date ({review.group(0).strip()}) has passed"
        return None
    years = [int(m.group(2)) for m in _DATED.finditer(sentence)]
    if years and max(years) < framework.audit_year - framework.stale_policy_years:
        return (
            f"it is dated {max(years)}, more than {framework.stale_policy_years} years before "
            f"the {framework.audit_year} audit"
        )
    return None


def _lowercase_continues(doc: Any) -> Any:
    """A sentence does not start in lower case: a question mark inside a title ("the Who
    Can I Talk To? posters") or an abbreviation's full stop ends none."""
    for token in doc[1:]:
        if token.is_sent_start and token.text[:1].islower():
            token.is_sent_start = False
    return doc


# The form's or survey's own prompt, not the agency's words: "Standard 1 - please describe
# your evidence (leads, dates, audits)", "Evidence. Please include: named leads; ...".
_PROMPT = re.compile(
    r"\bplease (?:describe|give|summarise|summarize|provide|include|explain|list|tell us|"
    r"state|outline|set out|complete|rate|attach)\b",
    re.IGNORECASE,
)
CONTINUES = "s11_lowercase_continues"  # the spaCy component below, registered on first use
RATING_LINE_WORDS = 14  # a sentence the rating was read from, this short, is only the rating


def without_rating_lines(
    evidence: tuple[Evidence, ...], rating: SelfRating | None
) -> tuple[Evidence, ...]:
    """The evidence less the short sentence the self-rating was read from ("Assessment
    against standard two: Non-compliant.", "we have to score ourselves 1."): the rating in
    the return's own words or key, not evidence for it. A long sentence that also rates
    ("we audited 40 files..., so we rate this Green") stays."""
    if rating is None or rating.method != "text" or rating.block is None:
        return evidence
    line = rating.text.strip()
    return tuple(
        e
        for e in evidence
        if not (
            e.block == rating.block
            and len(e.text.split()) <= RATING_LINE_WORDS
            and (e.text.strip() in line or line in e.text)
        )
    )


@dataclass(frozen=True)
class ScreenedRegex:
    """An indicator regex with the literals one of which any match needs (None: always
    search), so most sentences are turned away by a substring test instead of a search."""

    indicator_id: str
    regex: re.Pattern[str]
    needles: Needles | None


@dataclass(frozen=True)
class TokenRule:
    """One indicator token pattern in a Matcher of its own, run only on a doc that holds
    every anchor: most patterns need words that most blocks lack."""

    matcher: Any
    anchors: tuple[Anchor, ...]


MEMO_TEXTS = 20_000  # texts (and sentences) remembered per process before starting afresh


@dataclass(frozen=True)
class Sentence:
    block: Block
    text: str
    indicators: tuple[str, ...]
    source: int = 0  # which of the texts given to `sentences` it came from


class EvidenceFinder:
    """Holds the compiled rules; build once per process and reuse across documents."""

    def __init__(
        self, framework: Framework, indicators: tuple[Indicator, ...], judge: StrengthJudge
    ) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.strings import get_string_id

        self.framework = framework
        self.indicators = indicators
        self.by_id = {i.id: i for i in indicators}
        self.judge = judge
        # Each distinct text's sentences and matches, and each sentence's judgement, kept
        # across the documents this process reads: returns repeat their questions and much
        # of their wording. Both are functions of the text alone; bounded, then cleared.
        self._split: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._judged: dict[str, Judgement] = {}
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        from spacy.language import Language

        if not Language.has_factory(CONTINUES):
            Language.component(CONTINUES, func=_lowercase_continues)
        self.nlp.add_pipe(CONTINUES)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.tokens = Matcher(self.nlp.vocab, validate=True)
        self.screened: list[ScreenedRegex] = []
        self.token_rules: list[TokenRule] = []
        problems: list[str] = []
        for indicator in indicators:
            if indicator.phrases:
                self.phrases.add(indicator.id, [self.nlp.make_doc(p) for p in indicator.phrases])
            for number, pattern in enumerate(indicator.token_patterns):
                try:  # one at a time, so every bad pattern is named with its indicator
                    self.tokens.add(indicator.id, [list(pattern)])
                except (ValueError, KeyError, TypeError) as exc:  # spaCy's MatchPatternError
                    detail = " ".join(str(exc).split())[:300]
                    problems.append(f"indicator {indicator.id}: tokens[{number}] {detail}")
                    continue
                single = Matcher(self.nlp.vocab)
                single.add(indicator.id, [list(pattern)])
                anchors = token_pattern_anchors(
                    list(pattern), self.nlp.vocab.strings.add, get_string_id
                )
                self.token_rules.append(TokenRule(single, anchors))
            for regex in indicator.regexes:
                compiled = re.compile(regex, re.IGNORECASE)
                needles = required_literals(regex, re.IGNORECASE)
                self.screened.append(ScreenedRegex(indicator.id, compiled, needles))
        if problems:
            raise RulesError("rules/indicators", problems)
        self._index_needles()

    # -- rule matching

    def _matches(self, doc: Any) -> list[tuple[int, str]]:
        """(token start, indicator id) for every rule match in a spaCy Doc."""
        from spacy.attrs import LOWER, ORTH

        strings = self.nlp.vocab.strings
        found = [(start, strings[key]) for key, start, _ in self.phrases(doc)]
        if not self.token_rules:
            return found
        values = doc.to_array([LOWER, ORTH])
        held = {"LOWER": set(values[:, 0].tolist()), "ORTH": set(values[:, 1].tolist())}
        for rule in self.token_rules:
            if all(not held[attr].isdisjoint(ids) for attr, ids in rule.anchors):
                found += [(start, strings[key]) for key, start, _ in rule.matcher(doc)]
        return found

    def _index_needles(self) -> None:
        """Which regexes each needle lets through, so a sentence is tested once per distinct
        needle rather than once per regex."""
        by_needle: dict[str, list[int]] = {}
        unscreened: list[int] = []
        for number, screened in enumerate(self.screened):
            if screened.needles is None:
                unscreened.append(number)
                continue
            for needle in screened.needles:
                by_needle.setdefault(needle, []).append(number)
        self.needle_index = tuple((n, frozenset(numbers)) for n, numbers in by_needle.items())
        self.unscreened = frozenset(unscreened)

    def _regex_ids(self, text: str, found: set[str]) -> set[str]:
        """Indicators not already in ``found`` whose regexes match the sentence; a regex is
        only searched when the folded sentence holds one of its needles."""
        folded = fold(text)
        candidates = set(self.unscreened)
        for needle, numbers in self.needle_index:
            if needle in folded:
                candidates |= numbers
        ids: set[str] = set()
        for number in sorted(candidates):
            screened = self.screened[number]
            if screened.indicator_id in found or screened.indicator_id in ids:
                continue  # one match is enough for an indicator
            if screened.regex.search(text):
                ids.add(screened.indicator_id)
        return ids

    def sentences(self, texts: Iterable[tuple[Block, str]]) -> list[Sentence]:
        items = list(texts)
        # A block's text can be given more than once (in several standards' sections): each
        # distinct text is split and matched once.
        found = self._split
        if len(found) > MEMO_TEXTS:
            found.clear()
        distinct = [text for text in dict.fromkeys(text for _, text in items) if text not in found]
        for text, doc in zip(distinct, self.nlp.pipe(distinct), strict=True):
            found[text] = self._text_sentences(doc)
        return [
            Sentence(block, sentence, ids, source)
            for source, (block, text) in enumerate(items)
            for sentence, ids in found[text]
        ]

    def _text_sentences(self, doc: Any) -> list[tuple[str, tuple[str, ...]]]:
        """(sentence, indicator ids) for each sentence of a spaCy Doc kept as evidence."""
        matches = self._matches(doc)
        kept: list[tuple[str, tuple[str, ...]]] = []
        for sent in doc.sents:
            text = sent.text.strip()
            if (
                len(text.split()) < MIN_WORDS
                or is_rating_statement(text, self.framework)
                or _PROMPT.search(text)
            ):
                continue
            if text.rstrip(" \"'’”)").endswith("?"):
                continue  # a question the return repeats ("4.3 Can children give feedback?")
            ids = {i for start, i in matches if sent.start <= start < sent.end}
            ids |= self._regex_ids(text, ids)
            kept.append((text, tuple(sorted(ids))))
        return kept

    def assign(self, text: str) -> str | None:
        """The standard a stretch of unheaded text is about, by its indicator matches."""
        counts: Counter[str] = Counter()
        for sentence in self.sentences([(Block(0, "paragraph", text), text)]):
            for indicator_id in sentence.indicators:
                counts[self.by_id[indicator_id].standard] += 1
        ranked = counts.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None

    # -- evidence

    def find(
        self, document: Document, segmentation: Segmentation
    ) -> dict[str, tuple[Evidence, ...]]:
        texts: list[tuple[str, Block, str]] = []
        for section in segmentation.standards:
            for block, text in section_texts(document, section, self.framework):
                texts.append((section.id, block, text))
        sentences = self.sentences((block, text) for _, block, text in texts)
        # The same sentence recurs across sections; the model judges each text once.
        judged = self._judged
        if len(judged) > MEMO_TEXTS:
            judged.clear()
        distinct = [text for text in dict.fromkeys(s.text for s in sentences) if text not in judged]
        judged.update(zip(distinct, self.judge.judge(distinct), strict=True))
        judgements = [judged[s.text] for s in sentences]
        found: dict[str, list[Evidence]] = {s.id: [] for s in self.framework.standards}
        for sentence, judgement in zip(sentences, judgements, strict=True):
            standard_id = texts[sentence.source][0]
            own = [i for i in sentence.indicators if self.by_id[i].standard == standard_id]
            score = (
                BASE_SCORE[judgement.strength] + 0.15 * judgement.confidence + (0.1 if own else 0.0)
            )
            found[standard_id].append(
                Evidence(
                    standard_id=standard_id,
                    text=sentence.text,
                    block=sentence.block.index,
                    page=sentence.block.page,
                    indicators=sentence.indicators,
                    strength=judgement.strength,
                    score=round(min(score, 1.0), 2),
                    future=bool(FUTURE.search(sentence.text)),
                    stale_policy=stale_policy(sentence.text, self.framework),
                    concern=is_concern(sentence.text),
                )
            )
        return {k: tuple(v) for k, v in found.items()}
