"""Finished analyses and rendered packs reused on a re-run: only when nothing that could
change them has changed, and never from a damaged entry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.analyse import Toolkit, analyse
from pipeline.codec import from_data, to_data
from pipeline.ingest import Limits
from pipeline.rules import rules_dir
from pipeline.run import worker
from pipeline.run.batch import RunOptions, run_batch
from pipeline.run.cache import ANALYSIS_FORMAT, analysis_fingerprint
from pipeline.settings import Settings
from pipeline.values import Analysis

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NAMES = ("stroud.pdf", "cheltenham.docx", "kestrel-vale-housing.pdf")


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / "submissions" / name, folder / name)
    shutil.copy(SAMPLES / "bad" / "truncated-submission.docx", folder)
    return folder


@pytest.fixture
def analysed(monkeypatch) -> list[str]:
    """The files analysed (not answered from the cache), in the inline executor."""
    names: list[str] = []
    real = worker.analyse_file

    def analyse_file(path, toolkit):
        names.append(path.name)
        return real(path, toolkit)

    monkeypatch.setattr("pipeline.run.executors.analyse_file", analyse_file)
    return names


def _files(out: Path) -> dict[str, bytes]:
    found = {
        str(p.relative_to(out)): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    }
    summary = json.loads(found.pop("summary.json"))
    summary.pop("run")
    found["summary.json without run"] = json.dumps(summary).encode()
    return found


def _run(inputs: Path, out: Path):
    settings = Settings(use_model=False, cache_dir=str(out / ".cache"))
    return run_batch([inputs], out, settings, RunOptions(inline=True))


@pytest.mark.parametrize(
    "path",
    [SAMPLES / "submissions" / name for name in NAMES] + [SAMPLES / "bad" / "empty.docx"],
    ids=lambda p: p.name,
)
def test_an_analysis_survives_the_round_trip_through_json(path):
    analysis = analyse(path, Toolkit(Settings(use_model=False)))
    assert from_data(Analysis, json.loads(json.dumps(to_data(analysis)))) == analysis


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(status="pending"),
        lambda d: d["standards"][0]["evidence"][0].update(page="3"),
        lambda d: d["standards"][0].update(questions={}),
        lambda d: d.update(injected="os.system"),
        lambda d: d["standards"][0]["assessment"].update(strengths={"impact": "2"}),
    ],
    ids=["bad literal", "bad type", "object for a list", "unknown field", "bad dict value"],
)
def test_a_record_of_the_wrong_shape_is_refused(damage):
    analysis = analyse(SAMPLES / "submissions" / "stroud.pdf", Toolkit(Settings(use_model=False)))
    data = json.loads(json.dumps(to_data(analysis)))
    damage(data)
    with pytest.raises((TypeError, ValueError)):
        from_data(Analysis, data)


def test_a_warm_rerun_analyses_nothing_and_writes_the_same_bytes(inputs, tmp_path, analysed):
    out = tmp_path / "out"
    first = _run(inputs, out)
    assert sorted(analysed) == sorted([*NAMES, "truncated-submission.docx"])
    assert first.run["analyses_from_cache"] == 0
    cold = _files(out)

    analysed.clear()
    second = _run(inputs, out)
    assert analysed == []
    assert second.run["analyses_from_cache"] == len(NAMES) + 1
    assert second.run["classifier"] == "rules"
    assert [s.analysis for s in second.submissions] == [s.analysis for s in first.submissions]
    assert _files(out) == cold


def test_a_changed_file_is_analysed_again_and_its_packs_rewritten(inputs, tmp_path, analysed):
    out = tmp_path / "out"
    _run(inputs, out)
    analysed.clear()
    shutil.copy(SAMPLES / "submissions" / "ght.docx", inputs / "cheltenham.docx")
    batch = _run(inputs, out)
    assert analysed == ["cheltenham.docx"]
    changed = next(s.analysis for s in batch.submissions if s.analysis.file == "cheltenham.docx")
    pack = (out / "submissions" / "cheltenham" / "pack.html").read_text()
    assert changed.agency and changed.agency in pack


def test_a_renamed_file_is_analysed_again(inputs, tmp_path, analysed):
    out = tmp_path / "out"
    _run(inputs, out)
    analysed.clear()
    (inputs / "stroud.pdf").rename(inputs / "return-2021.pdf")
    batch = _run(inputs, out)
    assert analysed == ["return-2021.pdf"]
    assert {s.analysis.file for s in batch.submissions} >= {"return-2021.pdf"}
    assert not (out / "submissions" / "stroud").exists()


def test_editing_a_rule_file_makes_every_analysis_a_miss(inputs, tmp_path, monkeypatch, analysed):
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    monkeypatch.setenv("S11_RULES", str(rules))
    out = tmp_path / "out"
    _run(inputs, out)
    before = analysis_fingerprint(Settings(use_model=False))
    questions = rules / "questions.yml"
    questions.write_text(questions.read_text() + "\n# reworded by the panel chair\n")
    assert analysis_fingerprint(Settings(use_model=False)) != before
    analysed.clear()
    _run(inputs, out)
    assert sorted(analysed) == sorted([*NAMES, "truncated-submission.docx"])


def test_other_settings_have_their_own_analyses():
    plain = analysis_fingerprint(Settings(use_model=False))
    assert analysis_fingerprint(Settings(use_model=True)) != plain
    other = Settings(use_model=False, framework="working-together-2018")
    assert analysis_fingerprint(other) != plain
    small = Settings(use_model=False, limits=Limits(max_pages=3))
    assert analysis_fingerprint(small) != plain


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"status":"ok"', '"status":"maybe"', 1),
        lambda text: text.replace(ANALYSIS_FORMAT, "something-else/1"),
        lambda text: text.replace('"file":"stroud.pdf"', '"file":"other.pdf"', 1),
    ],
    ids=["truncated", "bad value", "other format", "another file's"],
)
def test_a_damaged_analysis_entry_is_a_miss(inputs, tmp_path, analysed, damage):
    out = tmp_path / "out"
    first = _run(inputs, out)
    entries = [
        p for p in (out / ".cache" / "analyses").rglob("*.json") if "stroud.pdf" in p.read_text()
    ]
    assert len(entries) == 1
    entries[0].write_text(damage(entries[0].read_text()))
    analysed.clear()
    second = _run(inputs, out)
    assert analysed == ["stroud.pdf"]
    assert [s.analysis for s in second.submissions] == [s.analysis for s in first.submissions]


def test_a_pack_edited_or_deleted_since_is_written_again(inputs, tmp_path):
    out = tmp_path / "out"
    _run(inputs, out)
    cold = _files(out)
    folder = out / "submissions" / "stroud"
    (folder / "pack.html").write_text("edited by hand")
    (folder / "pack.docx").unlink()
    _run(inputs, out)
    assert _files(out) == cold


def test_too_large_is_not_kept(inputs, tmp_path, analysed):
    out = tmp_path / "out"
    settings = Settings(
        use_model=False,
        cache_dir=str(out / ".cache"),
        limits=Limits(max_pages=1),
    )
    for _ in range(2):
        batch = run_batch([inputs / "stroud.pdf"], out, settings, RunOptions(inline=True))
        assert batch.submissions[0].analysis.error.code == "TOO_LARGE"
    assert analysed == ["stroud.pdf", "stroud.pdf"]


def test_a_workbook_edited_or_deleted_since_is_written_again(inputs, tmp_path):
    """A warm re-run leaves summary.xlsx alone only while it holds what was written."""
    out = tmp_path / "out"
    _run(inputs, out)
    cold = _files(out)
    (out / "summary.xlsx").write_bytes(b"edited by hand")
    _run(inputs, out)
    assert _files(out) == cold
    (out / "summary.xlsx").unlink()
    _run(inputs, out)
    assert _files(out) == cold


def test_the_record_kept_with_a_cached_analysis_is_the_one_written(inputs, tmp_path):
    """A warm re-run writes analysis.json from the record kept in the cache: it must be the
    record of the cached analysis, byte for byte."""
    from pipeline.report.records import analysis_record, dumps
    from pipeline.rules import load_indicators

    out = tmp_path / "out"
    batch = _run(inputs, out)
    indicators = load_indicators(batch.framework)
    second = _run(inputs, out)
    assert second.run["analyses_from_cache"] == len(NAMES) + 1
    for submission in second.submissions:
        written = (out / "submissions" / submission.slug / "analysis.json").read_text()
        assert written == dumps(analysis_record(submission.analysis, indicators))
