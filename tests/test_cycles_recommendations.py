"""Recommendation rules (validated in full) and progress on them: planted progress found,
plans and restatements reported as mentions, silence as not mentioned; the batch list and the
partial that renders it; accuracy on the two-cycle gold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from pipeline.analyse import Toolkit, analyse_document
from pipeline.cli import main
from pipeline.cycles.recommendation_progress import track
from pipeline.cycles.recommendations import (
    batch_progress,
    load_recommendations,
    recommendations_file,
)
from pipeline.ingest import ingest
from pipeline.report.html import environment
from pipeline.report.records import recommendation_entry
from pipeline.rules import load_agencies, load_framework, load_indicators
from pipeline.values import Analysis, Recommendation, RecommendationSet, RulesError
from tests.builders import Word
from tests.conftest import CYCLES

AGENCIES = load_agencies()


def _load(path: Path) -> RecommendationSet:
    return load_recommendations(path, AGENCIES, load_indicators(load_framework()))


# ---------------------------------------------------------------- rules


def test_the_seed_reports_recommendations_load():
    made_2021 = {r.id: r for r in _load(recommendations_file(2021)).recommendations}
    made_2020 = {r.id: r for r in _load(recommendations_file(2020)).recommendations}
    assert len(made_2021) == 15 and len(made_2020) == 8
    assert made_2021["2021-1"].responsible == ("Gloucestershire Constabulary",)
    assert made_2021["2021-11"].responsible == ("Gloucestershire Hospitals NHS Foundation Trust",)
    assert made_2021["2021-12"].responsible == (
        "Gloucestershire Health and Care NHS Foundation Trust",
    )
    assert made_2021["2021-15"].responsible == ("Gloucestershire Clinical Commissioning Group",)
    assert made_2021["2021-8"].responsible == made_2021["2021-10"].responsible == ("all",)
    assert all(r.due and r.cycle == 2021 for r in made_2021.values())
    assert made_2020["2020-4"].reported_progress == "In progress"


def test_the_2020_file_agrees_with_the_samples_on_who_answers_for_what():
    samples = yaml.safe_load((CYCLES / "recommendations-2020.yml").read_text())["recommendations"]
    names = {a.name for a in AGENCIES}
    ours = {r.id: r for r in _load(recommendations_file(2020)).recommendations}
    for entry in samples:
        submitting = {n for n in entry["responsible"] if n in names}
        everyone = "all partners" in entry["responsible"]
        assert set(ours[entry["id"]].responsible) == ({"all"} if everyone else submitting), entry[
            "id"
        ]
        assert ours[entry["id"]].due == entry["due"]


def test_every_problem_in_a_recommendations_file_is_reported_at_once(tmp_path: Path):
    path = tmp_path / "2022.yml"
    path.write_text(
        yaml.safe_dump(
            {
                "schema_version": 1,
                "cycle": 2021,
                "recommendations": [
                    {
                        "id": "a",
                        "text": "t",
                        "responsible": ["Gloucestershire Constabulary"],
                        "due": "2022-13-01",
                    },
                    {
                        "id": "a",
                        "text": "t",
                        "responsible": ["Gloucestershire Constabulery"],
                        "due": "2022-01-01",
                        "owner": "x",
                        "indicators": ["S9.nothing"],
                    },
                    {"id": "c", "text": "", "responsible": [], "due": "2022-01-01"},
                    {"id": "d", "text": "t"},
                ],
            }
        )
    )
    with pytest.raises(RulesError) as caught:
        _load(path)
    report = caught.value.report()
    assert "cycle: 2021 does not match the file name 2022.yml" in report
    assert "recommendation 'a': due must be a date written YYYY-MM-DD, found '2022-13-01'" in report
    assert "recommendation 'a': duplicate id" in report
    assert "did you mean 'Gloucestershire Constabulary'?" in report
    assert "unknown key(s) ['owner']" in report
    assert "indicator 'S9.nothing' is not in the indicator catalogue" in report
    assert "recommendation 'c': text is empty" in report
    assert "recommendation 'c': with no responsible agency, name the 'lead' body" in report
    assert "recommendation 'd': missing required key 'responsible'" in report
    assert "recommendation 'd': missing required key 'due'" in report


def test_run_refuses_a_missing_recommendations_file(tmp_path: Path, capsys):
    (tmp_path / "a.docx").write_bytes(Word().paragraph("Some words here").bytes())
    argv = [
        "run",
        str(tmp_path / "a.docx"),
        "--out",
        str(tmp_path / "o"),
        "--cycle",
        "2030",
        "--recommendations",
        "previous",
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "recommendations file not found" in err and "2029.yml" in err


# ---------------------------------------------------------------- progress in a submission


RECOMMENDATIONS = RecommendationSet(
    2020,
    (
        Recommendation(
            "2020-4",
            2020,
            "The GSCP should review its commitment to all agencies attending relevant "
            "multi-agency training.",
            ("all",),
            "2022-03-31",
            keywords=("multi-agency training", "GSCP training", "attendance"),
            indicators=("S2.multi-agency-training",),
        ),
        Recommendation(
            "2020-5",
            2020,
            "The safeguarding partners should share more of the information they use "
            "themselves to quality assure their safeguarding activity.",
            ("Stroud District Council",),
            "2021-12-31",
            keywords=("quality assurance", "dashboard"),
        ),
        Recommendation(
            "2020-7",
            2020,
            "Include an ambassador or other group of young people on any future Section 11 panel.",
            ("Stroud District Council",),
            "2021-11-30",
            keywords=("ambassadors", "youth council"),
        ),
        Recommendation(
            "2020-1",
            2020,
            "The GSCP should consider giving greater visibility to their overarching "
            "strategy including the commitment to Child Friendly Gloucestershire.",
            ("Gloucestershire Constabulary",),
            "2021-06-30",
        ),
    ),
)


@pytest.fixture(scope="module")
def stroud(rules_toolkit: Toolkit, tmp_path_factory) -> tuple[Analysis, tuple]:
    word = Word(title="Stroud District Council - Section 11 return 2021")
    word.heading("Leadership and accountability")
    word.paragraph(
        "We rate ourselves Green for standard 1. The Head of Communities is our named lead."
    )
    word.heading("Staff safe recruitment, induction, training and development")
    word.paragraph(
        "We rate ourselves Amber for standard 2. 22 staff attended GSCP multi-agency training "
        "courses in 2020/21, compared with 6 the year before."
    )
    word.heading("Progress on the 2020 recommendations")
    word.paragraph(
        "The panel asked partners to share more of the information they use to quality assure "
        "their safeguarding work. We will consider how to share our quality assurance dashboard "
        "with the partnership next year."
    )
    word.paragraph(
        "Recommendation 7 asked for young people on the panel. Five members of the Stroud "
        "District Youth Council observed the panel in November 2021 after two preparation sessions."
    )
    path = word.save(tmp_path_factory.mktemp("stroud") / "stroud-2021.docx")
    document = ingest(path)
    analysis = analyse_document(document, rules_toolkit)
    return analysis, track(analysis, document, rules_toolkit.finder, RECOMMENDATIONS)


def test_only_recommendations_for_the_agency_are_tracked(stroud):
    analysis, progress = stroud
    assert analysis.agency == "Stroud District Council"
    assert [p.recommendation.id for p in progress] == ["2020-4", "2020-5", "2020-7"]


def test_planted_progress_is_found_with_its_sentence_and_block(stroud):
    _, progress = stroud
    by_id = {p.recommendation.id: p for p in progress}
    training = by_id["2020-4"]
    assert training.status == "progress"
    assert "22 staff attended" in training.evidence[0].text and training.evidence[0].progress
    assert training.evidence[0].block is not None and training.evidence[0].page is None
    panel = by_id["2020-7"]
    assert panel.status == "progress"
    assert any("Five members" in e.text and e.progress for e in panel.evidence)


def test_a_plan_or_a_restated_recommendation_is_a_mention_only(stroud):
    _, progress = stroud
    sharing = {p.recommendation.id: p for p in progress}["2020-5"]
    assert sharing.status == "mentioned"
    assert sharing.evidence and not any(e.progress for e in sharing.evidence)


def test_a_recommendation_never_written_about_is_not_mentioned(
    rules_toolkit: Toolkit, tmp_path: Path
):
    word = Word(title="Gloucestershire Constabulary - Section 11 return 2021")
    word.heading("Leadership and accountability")
    word.paragraph(
        "We rate ourselves Green for standard 1. The Assistant Chief Constable is the executive "
        "lead and 48 of 50 (96%) case audits met the standard."
    )
    document = ingest(word.save(tmp_path / "gc.docx"))
    analysis = analyse_document(document, rules_toolkit)
    progress = {
        p.recommendation.id: p
        for p in track(analysis, document, rules_toolkit.finder, RECOMMENDATIONS)
    }
    assert progress["2020-1"].status == "not_mentioned" and progress["2020-1"].evidence == ()
    assert set(progress) == {"2020-4", "2020-1"}


def test_the_batch_list_names_agencies_with_no_submission_and_untracked_recommendations(stroud):
    analysis, progress = stroud
    from dataclasses import replace

    analysis = replace(analysis, recommendations=progress)
    led = Recommendation(
        "2020-9",
        2020,
        "The business unit should publish the report.",
        (),
        "2021-01-01",
        lead="GSCP Business Unit",
    )
    entries = batch_progress(
        [analysis], RecommendationSet(2020, (*RECOMMENDATIONS.recommendations, led)), AGENCIES
    )
    rows = [(e.recommendation.id, e.agency, e.status) for e in entries]
    assert ("2020-4", "Stroud District Council", "progress") in rows
    assert ("2020-4", "Gloucestershire Constabulary", "no_submission") in rows
    assert ("2020-4", "British Transport Police", "no_submission") not in rows  # not due this cycle
    assert ("2020-1", "Gloucestershire Constabulary", "no_submission") in rows
    assert ("2020-9", None, "not_tracked") in rows


def test_the_partial_renders_the_documented_rows_and_escapes_text(stroud):
    _, progress = stroud
    rows = [recommendation_entry(p) for p in progress]
    rows[0]["evidence"][0]["text"] = "<script>alert(1)</script>"
    template = environment().from_string('{% include "_recommendations.html.j2" %}')
    html = template.render(recommendations=rows)
    assert (
        "Progress on last year&#39;s recommendations" in html
        or "Progress on last year's recommendations" in html
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Progress shown" in html and "Mentioned, no evidence of progress" in html
    assert '<th scope="col">Agency</th>' in html
    quiet = (
        environment()
        .from_string(
            "{% with recommendations=rows, show_agency=False, heading_level=3 %}"
            '{% include "_recommendations.html.j2" %}{% endwith %}'
        )
        .render(rows=rows)
    )
    assert "<h3" in quiet and '<th scope="col">Agency</th>' not in quiet
    assert "No recommendations" in environment().from_string(
        '{% include "_recommendations.html.j2" %}'
    ).render(recommendations=[])


# ---------------------------------------------------------------- the two-cycle samples


def test_progress_on_the_2020_recommendations_matches_the_gold(cycle_runs: Path):
    """Measured per class; every (agency, recommendation) the gold lists is classified."""
    summary = json.loads((cycle_runs / "2021" / "summary.json").read_text())
    by_file = {s["file"]: s for s in summary["submissions"]}
    confusion: Counter[tuple[str, str]] = Counter()
    cited = total = 0
    for gold_path in sorted((CYCLES / "gold").glob("*2021*.yml")):
        gold = yaml.safe_load(gold_path.read_text())
        analysis = json.loads((cycle_runs / "2021" / by_file[gold["file"]]["analysis"]).read_text())
        found = {r["id"]: r for r in analysis["recommendations"]}
        assert set(found) == set(gold["recommendations"]), gold["file"]
        for rec_id, status in gold["recommendations"].items():
            confusion[(status, found[rec_id]["status"])] += 1
            quoted = " ".join(" ".join(e["text"].split()) for e in found[rec_id]["evidence"])
            for fragment in gold["recommendation_evidence"].get(rec_id, []):
                total += 1
                cited += " ".join(fragment.split()) in quoted
    per_class = {
        s: (confusion[(s, s)], sum(v for (g, _), v in confusion.items() if g == s))
        for s in ("progress", "mentioned", "not_mentioned")
    }
    assert per_class == {"progress": (14, 14), "mentioned": (7, 7), "not_mentioned": (7, 7)}
    assert (cited, total) == (22, 22)


def test_the_batch_summary_lists_progress_for_every_responsible_agency(cycle_runs: Path):
    summary = json.loads((cycle_runs / "2021" / "summary.json").read_text())
    rows = summary["recommendations"]
    statuses = {(r["id"], r["agency"]): r["status"] for r in rows}
    assert statuses[("2020-7", "Stroud District Council")] == "progress"
    assert statuses[("2020-4", "Tewkesbury Borough Council")] == "no_submission"
    assert {r["status"] for r in rows} <= {
        "progress",
        "mentioned",
        "not_mentioned",
        "no_submission",
    }
