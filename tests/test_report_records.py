"""The fields the writers rely on: indicators, gap-to-sentence links, scores, pack paths."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.report.records import dumps
from tests.report_batch import build


@pytest.fixture(scope="module")
def out():
    return build()[0]


def test_every_indicator_of_a_standard_is_listed_found_or_not(out):
    record = json.loads((out / "submissions/stroud/analysis.json").read_text())
    for standard in record["standards"]:
        indicators = standard["indicators"]
        assert len(indicators) == standard["indicators_total"]
        assert {i["id"] for i in indicators if i["found"]} == set(standard["indicators_found"])
        assert all(
            i["description"] and i["id"].startswith(f"S{standard['id']}.") for i in indicators
        )


def test_gaps_point_at_their_sentences_and_questions(out):
    record = json.loads((out / "submissions/stroud/analysis.json").read_text())
    for standard in record["standards"]:
        evidence = standard["evidence"]
        for gap in standard["gaps"]:
            behind = [n for n in gap["evidence"] if n != gap["quote_evidence"]]
            assert all(evidence[n]["block"] in gap["blocks"] for n in behind)
            if gap["quote_evidence"] is not None:
                assert evidence[gap["quote_evidence"]]["text"] == gap["quote"]
                assert gap["quote_evidence"] in gap["evidence"]
            assert set(gap["questions"]) <= set(standard["questions"])
        for item in evidence:
            assert len(item["indicator_names"]) == len(item["indicators"])


def test_summary_entries_carry_scores_and_pack_paths(out):
    summary = json.loads((out / "summary.json").read_text())
    by_file = {e["file"]: e for e in summary["submissions"]}
    stroud = by_file["stroud.docx"]
    assert stroud["pack_redacted"] == "submissions/stroud/pack-redacted.html"
    assert stroud["pack_docx"] == "submissions/stroud/pack.docx"
    cell = stroud["standards"]["1"]
    assert cell["indicators_total"] > 0 and 0 <= cell["coverage"] <= 1
    assert cell["strong_sentences"] <= cell["sentences"]
    assert by_file["broken.docx"]["pack"] is None and by_file["broken.docx"]["pack_docx"] is None
    assert [c["standard"] for c in summary["consistency"]] == ["1", "2", "3", "4"]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(
            st.text() | st.integers() | st.floats() | st.booleans() | st.none(),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@given(_JSON)
def test_dumps_writes_what_the_json_module_writes(value):
    assert (
        dumps({"value": value}) == json.dumps({"value": value}, indent=2, ensure_ascii=False) + "\n"
    )
