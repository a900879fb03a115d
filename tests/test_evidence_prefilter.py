"""The evidence finder's screens (pipeline.evidence.prefilter) may skip work but never lose a match:
a regex is only skipped when it cannot match, a token pattern only when it cannot match.

Checked against every shipped indicator pattern with the catalogue's own examples, the
sample submissions' text and strings generated from each regex, and by comparing the
finder with the plain all-patterns search it replaces."""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.evidence.finder import EvidenceFinder
from pipeline.evidence.prefilter import fold, required_literals, token_pattern_anchors
from pipeline.evidence.strength import StrengthJudge
from pipeline.rules import load_framework, load_indicators
from pipeline.values import Block, Indicator

try:
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse

FRAMEWORKS = ("gscp-2021", "working-together-2018")
SAMPLES_SRC = Path(__file__).resolve().parent.parent / "samples" / "src"


@cache
def _indicators(framework_id: str) -> tuple[Indicator, ...]:
    return load_indicators(load_framework(framework_id))


@cache
def _finder(framework_id: str) -> EvidenceFinder:
    framework = load_framework(framework_id)
    return EvidenceFinder(framework, _indicators(framework_id), StrengthJudge(None))


def _strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


@cache
def _sample_texts() -> tuple[str, ...]:
    """Every piece of text in the sample submissions' sources, plus the catalogue examples."""
    texts: list[str] = []
    for path in sorted(SAMPLES_SRC.glob("*.yml")):
        texts += [t for t in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))) if t]
    for framework_id in FRAMEWORKS:
        for indicator in _indicators(framework_id):
            texts += [*indicator.examples_hit, *indicator.examples_miss]
    return tuple(dict.fromkeys(texts))


def _all_regexes() -> list[tuple[str, str]]:
    return [
        (indicator.id, regex)
        for framework_id in FRAMEWORKS
        for indicator in _indicators(framework_id)
        for regex in indicator.regexes
    ]


def _passes(needles: frozenset[str] | None, text: str) -> bool:
    return needles is None or any(needle in fold(text) for needle in needles)


# -- fold: the sentence side of the regex screen


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_fold_gives_every_character_a_case_insensitive_regex_takes_for_ascii_that_ascii():
    everything = _every_character()
    for code in range(0x80):
        literal = chr(code)
        for found in set(re.findall(re.escape(literal), everything, re.IGNORECASE)):
            # alone and among ASCII, so a lengthening lower() would show
            assert fold(found) == literal.lower(), (literal, found)
            assert fold(f"a{found}b") == f"a{literal.lower()}b", (literal, found)


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"\bin\b", "Safeguarding İN schools"),  # dotted capital I: two characters in lower()
        (r"\bin\b", "ın practice"),  # dotless i
        (r"safeguarding", "ſafeguarding"),  # long s
        (r"\bkpi\b", "\u212aPI figures"),  # Kelvin sign
        (r"\bDSL\b", "The dsl reports"),
    ],
)
def test_fold_keeps_unicode_case_matches(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert _passes(required_literals(pattern, re.IGNORECASE), text)


# -- required_literals on its own


@pytest.mark.parametrize(
    "pattern, needles",
    [
        (r"\bDSLs?\b", {"dsl"}),
        (r"\b(?:ACC|DCC|CEO)\b", {"acc", "dcc", "ceo"}),
        (r"\b(?:voice|voices)\b", {"voice"}),  # "voices" holds "voice"
        (r"\bcolou?r\b", {"colo"}),  # the optional letter splits the literal
        (r"(?:new\s+)?policy", {"policy"}),  # an optional group needs nothing
        (r"\b[GL]SCP\b", {"scp"}),  # a character set is no literal
        (r"(?=.*\bchild)\bplan", {"plan"}),  # lookarounds are ignored
        (r"(?:ab){2,}", {"ab"}),
        (r"\bre-?audit\w*", {"audit"}),
        (r"x(?:abc|de)", {"abc", "de"}),  # the surest screen: its shortest needle is longest
        (r"(a)\1", {"a"}),  # a backreference adds nothing
    ],
)
def test_required_literals(pattern, needles):
    assert required_literals(pattern, re.IGNORECASE) == needles


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+\s\w",  # classes only
        r"(?:policy|\d+)",  # one branch has no literal
        r"(?:policy)?",  # optional
        r"(?:policy)*\s",
        r"(?!policy)\w+",  # a negative lookahead needs nothing
        r"éüñ",  # non-ASCII literals are not screened
        r"(unclosed",  # does not parse
    ],
)
def test_no_screen_where_none_is_sure(pattern):
    assert required_literals(pattern, re.IGNORECASE) is None


def test_alternation_needles_cover_every_branch():
    needles = required_literals(r"\b(?:report(?:s|ed)?|present(?:ed)?)\b", re.IGNORECASE)
    assert needles == {"report", "present"}
    for text in ("It was presented.", "They REPORTED it.", "Reports went."):
        assert _passes(needles, text)
    assert not _passes(needles, "Nothing of the kind.")


def test_case_sensitive_parts_are_folded_too():
    needles = required_literals(r"(?-i:Prevent) duty", re.IGNORECASE)
    assert needles == {"prevent"}
    assert _passes(required_literals(r"(?-i:PREVENT)", re.IGNORECASE), "PREVENT training")


# -- every shipped regex: the screen never turns away a text the regex matches


def _generate(items: Any, rng: random.Random, depth: int = 0) -> str:
    """A random string the parsed pattern is likely to match (anchors and negative
    lookarounds are skipped, so some are not matches; the callers keep only real matches)."""
    out: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            out.append(chr(value))
        elif op is sre_constants.NOT_LITERAL:
            out.append(" " if value != ord(" ") else "x")
        elif op is sre_constants.ANY:
            out.append(rng.choice("  a.-"))
        elif op is sre_constants.IN:
            out.append(_one_of(value, rng))
        elif op is sre_constants.BRANCH:
            out.append(_generate(rng.choice(value[1]), rng, depth + 1))
        elif op is sre_constants.SUBPATTERN:
            out.append(_generate(value[-1], rng, depth + 1))
        elif op is sre_constants.ASSERT and value[0] == 1:  # (?=.*x).*y: "x y" will do
            out.append(_generate(value[1], rng, depth + 1) + " ")
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, body = value
            count = rng.randint(low, min(high, low + 3))
            out += [_generate(body, rng, depth + 1) for _ in range(count)]
    return "".join(out)


def _one_of(members: Any, rng: random.Random) -> str:
    options: list[str] = []
    for op, value in members:
        if op is sre_constants.LITERAL:
            options.append(chr(value))
        elif op is sre_constants.RANGE:
            options.append(chr(rng.randint(*value)))
        elif op is sre_constants.CATEGORY:
            options.append({"CATEGORY_DIGIT": "7", "CATEGORY_SPACE": " "}.get(str(value), "w"))
        elif op is sre_constants.NEGATE:
            return " "  # the shipped patterns negate sentence ends: [^.;]
    return rng.choice(options) if options else "a"


def _disguise(text: str, rng: random.Random) -> str:
    """The same text in mixed case, with some letters swapped for the Unicode characters a
    case-insensitive regex takes for them."""
    lookalikes = {"i": "İı", "s": "ſ", "k": "\u212a"}
    out = []
    for char in text:
        if char.lower() in lookalikes and rng.random() < 0.3:
            out.append(rng.choice(lookalikes[char.lower()]))
        else:
            out.append(char.upper() if rng.random() < 0.5 else char)
    return "".join(out)


@pytest.mark.parametrize("indicator_id, pattern", _all_regexes())
def test_screen_never_rejects_a_match(indicator_id, pattern):
    regex = re.compile(pattern, re.IGNORECASE)
    needles = required_literals(pattern, re.IGNORECASE)
    rng = random.Random(pattern)
    tree = sre_parse.parse(pattern, re.IGNORECASE)
    texts = list(_sample_texts())
    for _ in range(150):
        made = _generate(list(tree), rng)
        texts += [made, f"Before {made} after.", _disguise(made, rng)]
    matched = 0
    generated = sum(1 for text in texts[-450:] if regex.search(text))
    assert generated >= 50, f"{indicator_id}: few generated strings match {pattern}"
    for text in texts:
        if regex.search(text):
            matched += 1
            assert _passes(needles, text), (indicator_id, text)
    assert matched, f"{indicator_id}: no text exercised {pattern}"


def test_shipped_regexes_are_nearly_all_screened():
    unscreened = [p for _, p in _all_regexes() if required_literals(p, re.IGNORECASE) is None]
    assert len(unscreened) <= len(_all_regexes()) // 10, unscreened


# -- token patterns


def test_anchors_skip_optional_and_negated_tokens():
    ids: dict[str, int] = {}

    def string_id(text: str) -> int:
        return ids.setdefault(text, len(ids) + 1)

    pattern = [
        {"LOWER": {"IN": ["child", "children"]}},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "friendly", "OP": "+"},
        {"LOWER": "not", "OP": "!"},
        {"LOWER": {"REGEX": "^leaflets?$"}},
        {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["the"]}},
    ]
    anchors = token_pattern_anchors(pattern, string_id, string_id)
    assert anchors == (
        ("LOWER", frozenset({ids["child"], ids["children"]})),
        ("LOWER", frozenset({ids["friendly"]})),
    )
    assert token_pattern_anchors([{"lower": "x"}], string_id, string_id) == ()


def _reference(finder: EvidenceFinder, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """What ``sentences`` found before the screens: every pattern tried on everything."""
    doc = finder.nlp(text)
    strings = finder.nlp.vocab.strings
    matches = [(start, strings[key]) for key, start, _ in finder.phrases(doc)]
    matches += [(start, strings[key]) for key, start, _ in finder.tokens(doc)]
    out = []
    for sent in doc.sents:
        sentence = sent.text.strip()
        ids = {i for start, i in matches if sent.start <= start < sent.end}
        ids |= {r.indicator_id for r in finder.screened if r.regex.search(sentence)}
        out.append((sentence, tuple(sorted(ids))))
    return out


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_finder_finds_what_the_unscreened_search_finds(framework_id):
    finder = _finder(framework_id)
    texts = list(_sample_texts())
    rng = random.Random(framework_id)
    texts += [_disguise(t, rng) for t in texts[:300]]
    found = finder.sentences((Block(n, "paragraph", t), t) for n, t in enumerate(texts))
    got = {(s.source, s.text): s.indicators for s in found}
    indicators = 0
    for number, text in enumerate(texts):
        for sentence, ids in _reference(finder, text):
            if (number, sentence) in got:
                assert got[(number, sentence)] == ids, sentence
                indicators += len(ids)
    assert indicators > 100


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_each_token_rule_matches_as_the_shared_matcher(framework_id):
    """``finder.tokens`` holds every token pattern in one Matcher, as before the screens."""
    finder = _finder(framework_id)
    assert len(finder.token_rules) == sum(len(i.token_patterns) for i in finder.indicators)
    for doc in finder.nlp.pipe(_sample_texts()):
        strings = finder.nlp.vocab.strings
        expected = {(start, strings[key]) for key, start, _ in finder.tokens(doc)}
        expected |= {(start, strings[key]) for key, start, _ in finder.phrases(doc)}
        assert set(finder._matches(doc)) == expected, doc.text
