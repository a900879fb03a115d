from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.rules import (
    load_agencies,
    load_framework,
    load_indicators,
    load_question_templates,
    rules_dir,
)
from pipeline.values import RulesError


def test_default_framework_has_the_four_standards_and_five_questions(framework):
    assert [s.id for s in framework.standards] == ["1", "2", "3", "4"]
    assert framework.standards[3].title == "Listening to children and young people"
    assert [q.id for q in framework.common_questions] == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert framework.scale["partially met"] == "amber"
    assert framework.scale["g"] == "green"


def test_every_framework_file_loads():
    files = sorted((rules_dir() / "frameworks").glob("*.yml"))
    assert files
    for path in files:
        framework = load_framework(str(path))
        assert framework.standards, path


def test_framework_problems_are_reported_together(tmp_path: Path):
    broken = {
        "schema_version": 1,
        "id": "x",
        "title": "x",
        "audit_year": 2021,
        "standards": [{"id": "1", "title": "A"}, {"id": "1", "title": "B"}, {"title": "no id"}],
        "scale": {"green": "green", "purple": "violet"},
        "thresholds": {"green": {"coverage": 0.5}},
    }
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken))
    with pytest.raises(RulesError) as caught:
        load_framework(str(path))
    problems = " | ".join(caught.value.problems)
    assert "duplicate standard id '1'" in problems
    assert "needs 'id' and 'title'" in problems
    assert "'violet' is not one of green, amber, red or null" in problems
    assert "thresholds" in problems
    assert len(caught.value.problems) == 4


def test_wrong_schema_version_is_refused(tmp_path: Path):
    path = tmp_path / "old.yml"
    path.write_text("schema_version: 0\nid: x\n")
    with pytest.raises(RulesError, match="schema_version must be 1"):
        load_framework(str(path))


def test_indicator_catalogue_has_at_least_eight_per_standard(framework):
    indicators = load_indicators(framework)
    for standard in framework.standards:
        own = [i for i in indicators if i.standard == standard.id]
        assert len(own) >= 8, standard.id
        assert all(i.description and i.strong for i in own)


def test_indicator_problems_name_file_rule_and_allowed_values(framework, tmp_path: Path):
    path = tmp_path / "bad.yml"
    path.write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "indicators": [
                    {
                        "id": "X.one",
                        "standard": "9",
                        "description": "d",
                        "patterns": {"phrases": ["a"]},
                    },
                    {
                        "id": "X.two",
                        "standard": "1",
                        "description": "d",
                        "patterns": {"regex": ["(unclosed"]},
                    },
                    {
                        "id": "X.three",
                        "standard": "1",
                        "description": "d",
                        "patterns": {"tokens": [[{"LOWERR": "x"}]]},
                    },
                    {"id": "X.four", "standard": "1", "description": "", "patterns": {}},
                ],
            }
        )
    )
    with pytest.raises(RulesError) as caught:
        load_indicators(framework, [path])
    report = caught.value.report()
    assert "bad.yml: indicator 'X.one': standard '9' is not one of ['1', '2', '3', '4']" in report
    assert "indicator 'X.two': regex '(unclosed' does not compile" in report
    assert "tokens[0] uses ['LOWERR']" in report
    assert "indicator 'X.four': needs a description" in report
    assert "needs at least one phrase" in report


def test_question_templates_give_two_wordings_per_gap_type():
    templates = load_question_templates()
    for gap_type in (
        "OVER_RATED",
        "UNDER_RATED",
        "MISSING_SECTION",
        "MISSING_RATING",
        "NO_IMPACT_EVIDENCE",
        "FUTURE_TENSE_UNDER_GREEN",
        "STALE_POLICY",
        "COMMON_QUESTION_UNANSWERED",
    ):
        assert len(templates[gap_type]) >= 2, gap_type


def test_agency_register_lists_table_1_agencies_and_two_year_cycles():
    agencies = {a.name: a for a in load_agencies()}
    assert "Gloucestershire Constabulary" in agencies
    assert agencies["Gloucestershire Constabulary"].short == "GC"
    assert agencies["British Transport Police"].expected is False
