"""Recognising a framework's standards and common questions in headings and sentences:
numbered references ("Standard 2", "standard three", "standards 1, 3 and 4"), titles,
aliases and close matches ("Our workforce", "Governance & oversight")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz

from pipeline.values import CommonQuestion, Framework, Standard

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
}
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|iv|v|ii|iii)"
STANDARD_REF = re.compile(
    rf"\b(?:s11\s+)?(?:standards?|std\.?|theme|arrangements?|key\s+standards?)\s*"
    rf"(?P<numbers>{_NUMBER}(?:\s*(?:,|and|&|/|-|to)\s*{_NUMBER})*)\b",
    re.IGNORECASE,
)
# "the second standard", "our fourth standard": an ordinal before the word.
ORDINAL_REF = re.compile(
    r"\b(?P<numbers>first|second|third|fourth|fifth|sixth)\s+(?:s11\s+|section 11\s+)?"
    r"standard\b",
    re.IGNORECASE,
)
QUESTION_REF = re.compile(
    r"^\W*(?:common\s+)?(?:question|q)\s*\.?\s*(?P<number>\d{1,2})\b", re.IGNORECASE
)
_STOPWORDS = {
    "the",
    "and",
    "of",
    "to",
    "a",
    "an",
    "in",
    "for",
    "our",
    "we",
    "your",
    "their",
    "its",
    "on",
    "with",
    "at",
    "by",
    "s11",
    "section",
    "11",
    "standard",
    "&",
}


def number_value(token: str) -> int | None:
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def standard_by_number(framework: Framework, number: int) -> Standard | None:
    """Standard ``number`` of the framework: by id when ids are numbers, else by position."""
    for standard in framework.standards:
        if standard.id == str(number):
            return standard
    if all(not s.id.isdigit() for s in framework.standards) and 1 <= number <= len(
        framework.standards
    ):
        return framework.standards[number - 1]
    return None


@dataclass(frozen=True)
class Reference:
    standard_ids: tuple[str, ...]
    start: int
    end: int


_MEMO_LIMIT = 20_000  # answers kept per framework and function, then started afresh
_T = TypeVar("_T")
# id(framework) -> (the framework, kept so that its id is not reused; answers by key)
_memos: dict[int, tuple[Framework, dict[Any, Any]]] = {}


def _memo(framework: Framework, key: Any, compute: Callable[[], _T]) -> _T:
    """The answer for ``key`` about ``framework``, computed once: headings, cells and
    sentences recur within a return and across returns written to one template, and every
    answer here is a function of the text and the framework alone (a Framework is never
    changed once loaded)."""
    entry = _memos.get(id(framework))
    if entry is None or entry[0] is not framework:
        entry = _memos[id(framework)] = (framework, {})
    answers = entry[1]
    try:
        return answers[key]
    except KeyError:
        pass
    value = compute()  # which may keep answers of its own (a heading's references)
    if len(answers) >= _MEMO_LIMIT:
        answers.clear()
    answers[key] = value
    return value


def standard_references(text: str, framework: Framework) -> list[Reference]:
    """Every explicit numbered reference to standards in the text, lists expanded."""
    return list(_memo(framework, ("refs", text), lambda: _standard_references(text, framework)))


def _standard_references(text: str, framework: Framework) -> tuple[Reference, ...]:
    references: list[Reference] = []
    for match in STANDARD_REF.finditer(text):
        raw = match.group("numbers")
        tokens = re.split(r"\s*(?:,|and|&|/|-|to)\s*", raw, flags=re.IGNORECASE)
        numbers = [n for n in (number_value(t) for t in tokens if t) if n is not None]
        if re.search(r"\d\s*(?:-|to)\s*\d", raw) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        ids = []
        for number in numbers:
            standard = standard_by_number(framework, number)
            if standard and standard.id not in ids:
                ids.append(standard.id)
        if ids:
            references.append(Reference(tuple(ids), match.start(), match.end()))
    for match in ORDINAL_REF.finditer(text):
        ordinal = number_value(match.group("numbers"))
        standard = standard_by_number(framework, ordinal) if ordinal is not None else None
        if standard and not any(
            r.start < match.end() and match.start() < r.end for r in references
        ):
            references.append(Reference((standard.id,), match.start(), match.end()))
    return tuple(sorted(references, key=lambda r: r.start))


def normalise(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ers", "er", "ed", "es", "s")


def stem(word: str) -> str:
    """A light suffix-stripper: recruiting, recruitment -> recruit; policies -> polic."""
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    words = []
    for word in normalise(text).split():
        word = word.strip("'")
        if word in _STOPWORDS or word.isdigit() or not word:
            continue
        words.append(stem(word))
    return words


_GENERIC = {
    stem(w)
    for w in (
        "safeguarding",
        "children",
        "child",
        "young",
        "people",
        "practice",
        "service",
        "evidence",
        "improvement",
        "impact",
        "training",
        "agency",
        "development",  # a maturity level ("Developing") as much as a topic
    )
}


@lru_cache(maxsize=8192)
def _word_set(text: str) -> frozenset[str]:
    """content_words as a set, kept: headings and cells are scored against every title and
    alias, so the same text is split many times over."""
    return frozenset(content_words(text))


def similarity(text: str, phrase: str) -> float:
    """0-100: how well a heading names a phrase (a title or alias).

    Every word of the phrase in the heading scores 90-100; a short heading whose words all
    belong to the phrase ("Listening to young people") 83-95; otherwise a fuzzy match.
    """
    text_words = _word_set(text)
    phrase_words = _word_set(phrase)
    if not phrase_words or not text_words:
        return 0.0
    if phrase_words <= text_words:
        if text_words == phrase_words and len(text_words) == 1 and text_words <= _GENERIC:
            return 0.0
        share = len(phrase_words) / len(text_words)
        # One shared word is weak evidence of the topic of a longer heading.
        return 90.0 + 10.0 * share if len(phrase_words) > 1 else 75.0 + 20.0 * share
    if text_words <= phrase_words and not text_words <= _GENERIC:
        return 83.0 + 12.0 * len(text_words) / len(phrase_words)
    return float(
        fuzz.token_sort_ratio(" ".join(sorted(text_words)), " ".join(sorted(phrase_words)))
    )


@lru_cache(maxsize=8192)
def _best(text: str, names: tuple[str, ...]) -> float:
    """The best similarity of ``text`` to any of ``names``; kept, because the same headings
    and table cells recur within a return and across returns written to one template."""
    return max((similarity(text, name) for name in names), default=0.0)


# "Staff and volunteers - our rating is Amber", "Leadership (Green)": the rating is not the topic.
_RATING_CLAUSE = re.compile(
    r"\s*(?:[-–—:|(]\s*)?(?:our\s+)?(?:self[- ]?)?(?:rag\s+)?"
    r"(?:rating|rated|assessment|score|grade)\b.*$"
    r"|\s*[-–—:|(]\s*(?:green|amber|red|fully met|partially met|partly met|mostly met|not met)"
    r"\b\W*$",
    re.IGNORECASE,
)


def topic(text: str) -> str:
    """A heading without the rating it announces."""
    stripped = _RATING_CLAUSE.sub("", text).strip()
    return stripped or text


def match_standard(
    text: str, framework: Framework, threshold: float = 82.0
) -> tuple[str | None, float]:
    """The standard a heading names, by explicit number first, then title or alias."""
    return _memo(
        framework,
        ("standard", text, threshold),
        lambda: _match_standard(text, framework, threshold),
    )


def _match_standard(text: str, framework: Framework, threshold: float) -> tuple[str | None, float]:
    text = topic(text)
    references = standard_references(text, framework)
    ids = {i for ref in references for i in ref.standard_ids}
    if len(ids) == 1:
        return next(iter(ids)), 100.0
    best_id, best_score = None, 0.0
    for standard in framework.standards:
        score = _best(text, (standard.title, *standard.aliases))
        if score > best_score:
            best_id, best_score = standard.id, score
    if best_score >= threshold:
        return best_id, best_score
    return None, best_score


def match_question(
    text: str, framework: Framework, threshold: float = 85.0
) -> tuple[str | None, float]:
    """The common question a heading names: "Q3", "Question 3", or its wording."""
    return _memo(
        framework,
        ("question", text, threshold),
        lambda: _match_question(text, framework, threshold),
    )


def _match_question(text: str, framework: Framework, threshold: float) -> tuple[str | None, float]:
    explicit = QUESTION_REF.match(text)
    if explicit:
        wanted = f"Q{int(explicit.group('number'))}"
        for question in framework.common_questions:
            if question.id.upper() == wanted:
                return question.id, 100.0
    best_id, best_score = None, 0.0
    for question in framework.common_questions:
        score = _question_score(text, question)
        if score > best_score:
            best_id, best_score = question.id, score
    if best_score >= threshold:
        return best_id, best_score
    return None, best_score


def _question_score(text: str, question: CommonQuestion) -> float:
    score = _best(text, question.aliases)
    title_score = fuzz.token_set_ratio(normalise(text), normalise(question.title))
    if len(content_words(text)) >= 4:
        score = max(score, title_score)
    return score


_TOPIC_PATTERNS: dict[int, list[tuple[re.Pattern[str], str]]] = {}


def _topic_patterns(framework: Framework) -> list[tuple[re.Pattern[str], str]]:
    key = id(framework)
    if key not in _TOPIC_PATTERNS:
        names = [
            (name, standard.id)
            for standard in framework.standards
            for name in (standard.title, *standard.aliases, *standard.topics)
        ]
        names.sort(key=lambda pair: -len(pair[0]))  # the longest name wins an overlap
        _TOPIC_PATTERNS[key] = [
            (
                re.compile(
                    r"(?<![\w-])"
                    + r"\s+".join(re.escape(word) for word in name.replace("&", "and").split())
                    + r"(?![\w-])",
                    re.IGNORECASE,
                ),
                standard_id,
            )
            for name, standard_id in names
        ]
    return _TOPIC_PATTERNS[key]


def topic_references(text: str, framework: Framework) -> list[Reference]:
    """Every standard a sentence names by title, alias or topic phrase ("our workforce",
    "hearing children", "policies and procedures"), and every numbered reference, in order
    and without overlaps (a numbered reference or the longer name wins)."""
    return list(_memo(framework, ("topics", text), lambda: _topic_references(text, framework)))


def _topic_references(text: str, framework: Framework) -> tuple[Reference, ...]:
    found = standard_references(text, framework)
    taken = [(r.start, r.end) for r in found]
    for pattern, standard_id in _topic_patterns(framework):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            found.append(Reference((standard_id,), match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return tuple(sorted(found, key=lambda r: r.start))
