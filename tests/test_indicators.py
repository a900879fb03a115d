"""The evidence-indicator catalogues: every indicator matches its own ``hit`` examples and
none of its ``miss`` examples, each standard has enough indicators, and every pattern
compiles under spaCy's validating Matcher."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from spacy.matcher import Matcher

from pipeline.evidence.finder import EvidenceFinder
from pipeline.evidence.strength import StrengthJudge
from pipeline.rules import load_framework, load_indicators, rules_dir
from pipeline.values import Block, Framework, Indicator, RulesError

SAMPLES_SRC = Path(__file__).resolve().parent.parent / "samples" / "src"

# Framework id -> the fewest indicators each of its standards must have.
MINIMUM_PER_STANDARD = {"gscp-2021": 8, "working-together-2018": 3}
MINIMUM_EXAMPLES = 2


@cache
def _framework(framework_id: str) -> Framework:
    return load_framework(framework_id)


@cache
def _indicators(framework_id: str) -> tuple[Indicator, ...]:
    return load_indicators(_framework(framework_id))


@cache
def _finder(framework_id: str) -> EvidenceFinder:
    return EvidenceFinder(_framework(framework_id), _indicators(framework_id), StrengthJudge(None))


def _cases() -> list[tuple[str, str]]:
    return [(f, i.id) for f in MINIMUM_PER_STANDARD for i in _indicators(f)]


def _indicator(framework_id: str, indicator_id: str) -> Indicator:
    return next(i for i in _indicators(framework_id) if i.id == indicator_id)


def matched(framework_id: str, text: str) -> set[str]:
    """Every indicator id the finder gives any sentence of ``text``."""
    finder = _finder(framework_id)
    sentences = finder.sentences([(Block(0, "paragraph", text), text)])
    assert sentences, f"{text!r} gives no evidence sentence (too short, or read as a rating)"
    return {i for s in sentences for i in s.indicators}


CASES = _cases()
CASE_IDS = [f"{f}:{i}" for f, i in CASES]


@pytest.mark.parametrize("framework_id, indicator_id", CASES, ids=CASE_IDS)
def test_hit_examples_match_their_indicator(framework_id, indicator_id):
    indicator = _indicator(framework_id, indicator_id)
    unmatched = [t for t in indicator.examples_hit if indicator_id not in matched(framework_id, t)]
    assert not unmatched, f"{indicator_id} does not match: {unmatched}"


@pytest.mark.parametrize("framework_id, indicator_id", CASES, ids=CASE_IDS)
def test_miss_examples_do_not_match_their_indicator(framework_id, indicator_id):
    indicator = _indicator(framework_id, indicator_id)
    wrongly = [t for t in indicator.examples_miss if indicator_id in matched(framework_id, t)]
    assert not wrongly, f"{indicator_id} wrongly matches: {wrongly}"


@pytest.mark.parametrize("framework_id, indicator_id", CASES, ids=CASE_IDS)
def test_every_indicator_is_complete(framework_id, indicator_id):
    indicator = _indicator(framework_id, indicator_id)
    assert len(indicator.examples_hit) >= MINIMUM_EXAMPLES
    assert len(indicator.examples_miss) >= MINIMUM_EXAMPLES
    assert indicator.strong and indicator.question.endswith("?")
    # Question templates embed the description with its first letter lower-cased, so it must
    # not open with an acronym or a name ("DBS checks" would read "dBS checks").
    first_word = indicator.description.split()[0]
    assert first_word[0].islower() or first_word[1:].islower(), indicator.description
    prefix = indicator_id.split(".")[0]
    assert prefix.upper() in (indicator.standard.upper(), f"S{indicator.standard}")


@pytest.mark.parametrize("framework_id", list(MINIMUM_PER_STANDARD))
def test_each_standard_has_enough_indicators(framework_id):
    framework = _framework(framework_id)
    for standard in framework.standards:
        own = [i for i in _indicators(framework_id) if i.standard == standard.id]
        assert len(own) >= MINIMUM_PER_STANDARD[framework_id], standard.id


@pytest.mark.parametrize("framework_id", list(MINIMUM_PER_STANDARD))
def test_framework_has_its_own_indicator_folder(framework_id):
    files = list((rules_dir() / "indicators" / framework_id).glob("*.yml"))
    if framework_id == "gscp-2021":
        assert not files, "the default framework reads rules/indicators/*.yml"
    else:
        assert files


@pytest.mark.parametrize("framework_id, indicator_id", CASES, ids=CASE_IDS)
def test_token_patterns_validate(framework_id, indicator_id):
    indicator = _indicator(framework_id, indicator_id)
    matcher = Matcher(_finder(framework_id).nlp.vocab, validate=True)
    for pattern in indicator.token_patterns:
        matcher.add(indicator_id, [list(pattern)])  # raises MatchPatternError when invalid


def test_examples_are_written_fresh_not_copied_from_the_samples():
    corpus = " ".join(p.read_text(encoding="utf-8") for p in SAMPLES_SRC.glob("*.yml"))
    corpus = re.sub(r"\s+", " ", corpus).lower()
    copied = [
        text
        for framework_id in MINIMUM_PER_STANDARD
        for indicator in _indicators(framework_id)
        for text in (*indicator.examples_hit, *indicator.examples_miss)
        if re.sub(r"\s+", " ", text).lower().rstrip(".") in corpus
    ]
    assert not copied


def test_examples_problems_are_all_reported(tmp_path: Path):
    path = tmp_path / "examples.yml"
    base = {"standard": "1", "description": "a lead", "patterns": {"phrases": ["lead"]}}
    path.write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "indicators": [
                    {"id": "S1.one", **base, "examples": ["not", "a", "mapping"]},
                    {"id": "S1.two", **base, "examples": {"hit": "one string", "miss": [3]}},
                    {"id": "S1.three", **base, "examples": {"hits": ["typo"]}},
                    {
                        "id": "S1.four",
                        **base,
                        "examples": {"hit": ["The lead met us."], "miss": []},
                    },
                ],
            }
        )
    )
    with pytest.raises(RulesError) as caught:
        load_indicators(_framework("gscp-2021"), [path])
    report = caught.value.report()
    assert "indicator 'S1.one': examples must be a mapping with 'hit' and 'miss' lists" in report
    assert "indicator 'S1.two' examples.hit: expected a list of non-empty strings" in report
    assert "indicator 'S1.two' examples.miss: expected a list of non-empty strings" in report
    assert "indicator 'S1.three': examples uses ['hits']; allowed ['hit', 'miss']" in report
    assert "S1.four" not in report


def test_examples_load_as_tuples(tmp_path: Path):
    path = tmp_path / "examples.yml"
    path.write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "indicators": [
                    {
                        "id": "S1.lead",
                        "standard": "1",
                        "description": "a lead",
                        "patterns": {"phrases": ["lead"]},
                        "examples": {"hit": [" The lead met us. "], "miss": ["Nobody came."]},
                    },
                ],
            }
        )
    )
    (indicator,) = load_indicators(_framework("gscp-2021"), [path])
    assert indicator.examples_hit == ("The lead met us.",)
    assert indicator.examples_miss == ("Nobody came.",)


def test_every_bad_token_pattern_is_reported_with_its_indicator():
    framework = _framework("gscp-2021")
    good = _indicators("gscp-2021")[0]
    bad = (
        Indicator(
            id="S1.bad-in",
            standard="1",
            description="a lead",
            token_patterns=(({"LOWER": {"IN": "lead"}},),),
        ),
        Indicator(
            id="S2.bad-op",
            standard="2",
            description="checks",
            token_patterns=(({"LOWER": "dbs"}, {"LOWER": "check", "OP": "?!"}),),
        ),
    )
    with pytest.raises(RulesError) as caught:
        EvidenceFinder(framework, (good, *bad), StrengthJudge(None))
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("indicator S1.bad-in: tokens[0]")
    assert problems[1].startswith("indicator S2.bad-op: tokens[0]")
