"""Learning from the panel's per-sentence verdicts: the "not evidence" filter and the
per-indicator exclusions, learned by ``s11 train --feedback``, refused when worse on the
held-out gold, and applied by ``s11 run --model`` before the evidence rating."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.cycles.store import HistoryStore
from pipeline.evaluate import load_gold
from pipeline.moderation.exclusions import (
    INDICATOR_FILE,
    NOT_EVIDENCE_FILE,
    Exclusions,
    IndicatorExclusion,
    NotEvidenceFilter,
    learn_indicator_exclusions,
    learn_not_evidence,
    load_exclusions,
    write_exclusions,
)
from pipeline.moderation.importer import import_file
from pipeline.moderation.learn import learn
from pipeline.rules import load_indicators
from pipeline.values import Evidence, ModelError
from tests.conftest import CYCLES, SAMPLES

MODELS = SAMPLES.parent / "models"
RATINGS = CYCLES / "moderation" / "ratings-2020.csv"
VERDICTS = CYCLES / "moderation" / "verdicts-2020.csv"
COVER = (
    "Prepared by the Named Nurse for Safeguarding Children on behalf of the Chief Nurse, "
    "Executive Lead for Safeguarding."
)  # the first sentence of samples/submissions/ght.docx's standard 1


def _shipped(every: int = 1) -> list[str]:
    rows = [json.loads(line) for line in (MODELS / "data" / "strength.jsonl").open()]
    return [r["text"] for r in rows if r["standard"] != "none"][::every]


def _verdict_rows(kind: str) -> list[dict[str, str]]:
    return [r for r in csv.DictReader(VERDICTS.open(encoding="utf-8")) if r["verdict"] == kind]


def _evidence(text: str, indicators: tuple[str, ...] = ()) -> Evidence:
    return Evidence("1", text, 0, None, indicators, "activity", 0.5)


def test_the_filter_leaves_out_the_panels_sentences_and_keeps_shipped_evidence():
    panel = [r["sentence"] for r in _verdict_rows("not_evidence")]
    shipped = _shipped()
    found, report = learn_not_evidence(panel, shipped)
    assert all(found.excludes(text) for text in panel)
    # the threshold sits above every shipped sentence's cross-validated score
    assert report["cross_validation"]["shipped_sentences_dropped"] == 0
    assert sum(found.excludes(text) for text in shipped) <= len(shipped) // 100
    assert report["panel_sentences"] == 12 and report["negatives"] == len(set(shipped))
    kept, left_out = Exclusions(found).apply(
        (_evidence(panel[0]), _evidence("All 97 posts had an in-date DBS check in 2019/20."))
    )
    assert left_out == [panel[0]] and [e.text for e in kept] == [
        "All 97 posts had an in-date DBS check in 2019/20."
    ]


def test_an_indicator_verdict_learns_the_denial_not_the_subject(framework):
    indicators = load_indicators(framework)
    wrong = (
        "Our two largest contracts, for leisure and for grounds maintenance, were let before "
        "2017 and contain no safeguarding clause."
    )
    found, report = learn_indicator_exclusions(
        [(wrong, "S1.commissioning"), ("Anything at all here.", "S9.nowhere")],
        {"S1.commissioning": ["All 19 contracts contain the council's safeguarding clause."]},
        indicators,
    )
    assert report["unknown_indicators"] == 1
    assert [(x.indicator, x.pattern) for x in found] == [
        ("S1.commissioning", "no safeguarding clause")
    ]
    exclusions = Exclusions(None, found)
    tags = ("S1.commissioning", "S1.governance")
    (denied, stated), _ = exclusions.apply(
        (
            _evidence("Our cleaning contract has no safeguarding clause.", tags),
            _evidence("Every contract contains a safeguarding clause.", tags),
        )
    )
    assert denied.indicators == ("S1.governance",)
    assert stated.indicators == tags


def test_the_exclusion_files_round_trip_and_a_bad_one_is_refused(tmp_path: Path):
    exclusions = Exclusions(
        NotEvidenceFilter({"w:prepared": 2.0}, -1.0, 0.5, (COVER,)),
        (IndicatorExclusion("S1.commissioning", "no safeguarding clause", 1),),
    )
    write_exclusions(tmp_path, exclusions, {"cycles": [2020]})
    loaded = load_exclusions(tmp_path)
    assert loaded is not None and loaded.indicators == exclusions.indicators
    assert loaded.not_evidence is not None and loaded.not_evidence.excludes(COVER)
    assert loaded.not_evidence.excludes("Prepared in haste.")  # 2.0 - 1.0 > 0.5
    assert load_exclusions(tmp_path / "nothing-here") is None
    (tmp_path / INDICATOR_FILE).write_text('{"kind": "s11-indicator-exclusions"}')
    with pytest.raises(ModelError):
        load_exclusions(tmp_path)


def _verdict_model(tmp_path: Path) -> Path:
    """The shipped classifier with a not-evidence filter that knows one cover line."""
    folder = tmp_path / "learned"
    folder.mkdir()
    for name in ("strength.linear.npz", "strength.meta.json"):
        shutil.copyfile(MODELS / name, folder / name)
    found, _ = learn_not_evidence([COVER], _shipped(8))
    write_exclusions(folder, Exclusions(found), {"cycles": [2021]})
    return folder


def test_run_with_model_leaves_the_not_evidence_sentence_out_of_the_rating(tmp_path: Path):
    folder = _verdict_model(tmp_path)
    sample = str(SAMPLES / "submissions" / "ght.docx")
    analyses = {}
    for name, extra in (("shipped", []), ("learned", ["--model", str(folder)])):
        argv = ["run", sample, "--out", str(tmp_path / name), "--in-process", "-q"]
        assert main([*argv, *extra]) == 0
        path = next((tmp_path / name).rglob("analysis.json"))
        analyses[name] = json.loads(path.read_text())
    texts = {
        name: [e["text"] for e in a["standards"][0]["evidence"]] for name, a in analyses.items()
    }
    assert COVER in texts["shipped"]
    assert COVER not in texts["learned"]
    assert [t for t in texts["shipped"] if t != COVER] == texts["learned"]
    assert not any("left out" in w for w in analyses["shipped"]["warnings"])
    assert any(
        "left out 1 sentence(s) as not evidence" in w for w in analyses["learned"]["warnings"]
    )


def _small_data(tmp_path: Path) -> Path:
    data = tmp_path / "small.jsonl"
    lines = (MODELS / "data" / "strength.jsonl").read_text().splitlines()
    data.write_text("\n".join(lines[::8]) + "\n")
    return data


def test_the_committed_verdicts_are_learned_and_named_in_the_card(
    cycle_runs: Path, feedback: Path, tmp_path: Path, framework
):
    with HistoryStore(feedback) as opened:
        import_file(VERDICTS, opened, framework, 2020)
    out = tmp_path / "model"
    result = learn(
        feedback,
        [cycle_runs / "2020"],
        [cycle_runs / "2021"],
        load_gold(CYCLES / "gold"),
        out,
        data=_small_data(tmp_path),
    )
    card = result.card
    assert card["feedback"]["not_evidence_verdicts"] == len(_verdict_rows("not_evidence")) == 12
    assert card["feedback"]["indicator_verdicts"] == len(_verdict_rows("indicator")) == 5
    exclusions = card["exclusions"]
    assert exclusions["not_evidence"]["panel_sentences"] == 12
    # every sentence the panel named that the run still reads as evidence (cover lines, for
    # one, are no longer read as any standard's evidence at all)
    from pipeline.moderation.cases import read_cases

    read = {e.text for case in read_cases(cycle_runs / "2020") for e in case.evidence}
    named = {row["sentence"] for row in _verdict_rows("not_evidence")}
    assert named & read
    assert exclusions["left_out"]["moderated"] >= len(named & read)
    assert exclusions["indicator_tags_removed"]["moderated"] >= 5
    assert {"indicator": "S1.commissioning", "pattern": "no safeguarding clause"} in exclusions[
        "indicators"
    ]["patterns"]
    assert set(exclusions["agreement_exclusions_only"]) == {"moderated", "holdout"}
    if result.accepted:
        assert (out / NOT_EVIDENCE_FILE).is_file() and (out / INDICATOR_FILE).is_file()
        assert "per-sentence verdicts" in (out / "README.md").read_text()
        assert json.loads((out / "card.json").read_text())["exclusions"] == exclusions
    else:
        assert not out.exists()


def test_a_panel_that_calls_the_evidence_not_evidence_is_refused(
    cycle_runs: Path, feedback: Path, tmp_path: Path, capsys
):
    """A panel that marks strong evidence "not evidence" (here the strong sentences the 2021
    returns also hold, as a recurring sentence would be): the filter leaves them out of the
    2021 returns, whose ratings then fall below their gold. Refused, nothing written."""
    harmful = tmp_path / "harmful.csv"
    rows = [["cycle", "file", "standard", "sentence", "verdict", "strength", "indicator", "note"]]
    for path in sorted((cycle_runs / "2021").rglob("analysis.json")):
        analysis = json.loads(path.read_text())
        for standard in analysis["standards"]:
            rows += [
                ["2020", "gccg-s11-2020.docx", standard["id"], e["text"], "not_evidence"]
                + ["", "", ""]
                for e in standard["evidence"]
                if e["strength"] in ("quantified", "impact")
            ]
    with harmful.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    main(["moderation", "import", str(harmful), "--db", str(feedback), "--cycle", "2020"])
    out = tmp_path / "model"
    argv = ["train", "--feedback", str(feedback), "--analyses", str(cycle_runs / "2020")]
    argv += ["--holdout", str(cycle_runs / "2021"), "--gold", str(CYCLES / "gold")]
    argv += ["--out", str(out), "--data", str(_small_data(tmp_path))]
    assert main(argv) == 1
    printed = capsys.readouterr().out
    assert "verdicts: `not_evidence.json`" in printed
    assert "refused, the old model is kept" in printed
    assert not out.exists()
