"""Learning from the panel: the moderation imported from spreadsheets (and refused whole when
malformed), thresholds fitted to it and laid over the framework, a model that is worse on
held-out gold refused, the model card, the cache key and ``--model PATH``."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import fields, replace
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from pipeline.cli import main
from pipeline.cycles.store import HistoryStore
from pipeline.evaluate import load_gold, rating_agreement
from pipeline.moderation.fit import fit_thresholds
from pipeline.moderation.grid import grid, moderated_workbook
from pipeline.moderation.importer import import_file
from pipeline.moderation.learn import learn
from pipeline.moderation.learned import THRESHOLDS_FILE, with_thresholds
from pipeline.moderation.store import Decision, current, record
from pipeline.moderation.verdicts import current_verdicts
from pipeline.rules import load_framework
from pipeline.run.cache import analysis_fingerprint
from pipeline.settings import Settings
from pipeline.values import ModerationFileError, RulesError, Thresholds
from tests.conftest import CYCLES, SAMPLES

MODERATION = CYCLES / "moderation"
RATINGS = MODERATION / "ratings-2020.csv"
VERDICTS = MODERATION / "verdicts-2020.csv"


@pytest.fixture
def store(tmp_path: Path):
    with HistoryStore(tmp_path / "h.db") as opened:
        yield opened


def _count(store: HistoryStore, table: str) -> int:
    return store.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# ---------------------------------------------------------------- importing


def test_the_committed_2020_moderation_imports_as_24_ratings(store, framework):
    result = import_file(RATINGS, store, framework, 2020)
    assert (result.kind, result.recorded, result.skipped) == ("ratings", 24, 0)
    decisions = current(store, 2020, framework.id)
    stroud = decisions[("Stroud District Council", "1", "first")]
    # the panel's amber against the tool's green, both kept from the sheet
    assert (stroud.rating, stroud.self_rating, stroud.evidence_rating) == (
        "amber",
        "amber",
        "green",
    )
    assert stroud.source == "import" and stroud.who == "import of ratings-2020.csv"


def test_a_real_summary_xlsx_with_panel_columns_added_imports(cycle_runs, store, framework):
    """The workbook `s11 run` wrote, as a panel would fill it in Excel: a 'S<n> panel' column
    after each standard's gaps, ratings typed as words or letters, one left blank."""
    workbook = load_workbook(cycle_runs / "2020" / "summary.xlsx")
    sheet = workbook["Summary"]
    headers = [cell.value for cell in sheet[1]]
    for position in reversed([i for i, h in enumerate(headers, 1) if str(h).endswith("gaps")]):
        sheet.insert_cols(position + 1)
        sheet.cell(1, position + 1, headers[position - 1].replace("gaps", "panel"))
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, position + 1, "G" if row % 2 else "Amber")
    sheet.cell(2, headers.index("S1 gaps") + 2).value = None
    path = Path(store.path).parent / "moderated.xlsx"
    workbook.save(path)
    result = import_file(path, store, framework, 2020, who="Panel chair")
    assert (result.recorded, result.skipped) == (23, 1)
    ratings = {d.rating for d in current(store, 2020, framework.id).values()}
    assert ratings == {"green", "amber"}


def test_the_moderated_grid_export_reimports(store, framework, tmp_path: Path):
    ids = [s.id for s in framework.standards]
    decisions = {
        ("Cafcass", s, "first"): Decision(2021, framework.id, "Cafcass", s, "first", "red", "chair")
        for s in ids
    }
    summary = {"submissions": [{"agency": "Cafcass", "file": "c.pdf", "status": "ok"}]}
    path = tmp_path / "moderated.xlsx"
    path.write_bytes(moderated_workbook(grid(summary, decisions, ids), ids, decisions))
    assert import_file(path, store, framework, 2021).recorded == 4


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _not_a_workbook(path: Path) -> Path:
    path = path.with_suffix(".xlsx")
    path.write_bytes(b"agency,s1_panel\nCafcass,green\n")
    return path


def _latin1(path: Path) -> Path:
    path.write_bytes("agency,s1_panel\nCaf\xe9,green\n".encode("latin-1"))
    return path


def _wrong_suffix(path: Path) -> Path:
    path = path.with_suffix(".ods")
    path.write_bytes(b"x")
    return path


def _sheet_without_agency(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(["Organisation", "S1 panel"])
    workbook.active.append(["Cafcass", "Green"])
    path = path.with_suffix(".xlsx")
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    "make, message",
    [
        (_not_a_workbook, "not an Excel workbook"),
        (_latin1, "not a UTF-8 CSV file"),
        (_wrong_suffix, "expected an .xlsx or .csv file"),
        (_sheet_without_agency, "no header row with an 'agency' or 'sentence' column"),
        (
            lambda p: _write_csv(p, [["agency", "s1_panel", "s2_panel"], ["A", "green", "purple"]]),
            "row 2, column 's2_panel': 'purple' is not green, amber or red",
        ),
        (
            lambda p: _write_csv(p, [["agency", "s9_panel"], ["A", "green"]]),
            "framework gscp-2021 has no standard '9'",
        ),
        (lambda p: _write_csv(p, [["agency", "s1_self"], ["A", "green"]]), "no panel rating"),
        (
            lambda p: _write_csv(p, [["agency", "s1_panel"], ["", "green"], ["B", "red"]]),
            "row 2: no agency named",
        ),
        (
            lambda p: _write_csv(
                p,
                [
                    ["file", "standard", "sentence", "verdict", "strength"],
                    ["a.pdf", "1", "We met.", "strength", ""],
                ],
            ),
            "row 2: a strength verdict needs the panel's strength",
        ),
        (
            lambda p: _write_csv(p, [["file", "sentence", "verdict"], ["a.pdf", "x", "strength"]]),
            "no 'standard' column",
        ),
    ],
)
def test_a_malformed_file_is_one_classified_error_and_nothing_is_lost(
    store, framework, tmp_path: Path, make, message
):
    import_file(RATINGS, store, framework, 2020)
    before = (_count(store, "moderation_log"), _count(store, "evidence_verdicts"))
    path = make(tmp_path / "panel.csv")
    with pytest.raises(ModerationFileError, match=message) as raised:
        import_file(path, store, framework, 2020)
    assert raised.value.code == "MALFORMED_MODERATION"
    assert "nothing from this file was recorded" in str(raised.value)
    assert (_count(store, "moderation_log"), _count(store, "evidence_verdicts")) == before


def test_every_problem_of_a_file_is_reported_at_once(store, framework, tmp_path: Path):
    rows = [["agency", "s1_panel", "s2_panel"], ["A", "Purple", "green"], ["B", "green", "x"]]
    with pytest.raises(ModerationFileError) as raised:
        import_file(_write_csv(tmp_path / "p.csv", rows), store, framework, 2020)
    assert [p.split(",")[0] for p in raised.value.problems] == ["row 2", "row 3"]
    assert _count(store, "moderation_log") == 0


def test_the_cli_import_refuses_a_bad_file_in_one_line(capsys, tmp_path: Path):
    bad = _write_csv(tmp_path / "p.csv", [["agency", "s1_panel"], ["A", "blue"]])
    assert main(["moderation", "import", str(bad), "--db", str(tmp_path / "h.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "'blue' is not green" in err and "Traceback" not in err


def test_evidence_verdicts_keep_sentence_file_and_cycle(store, framework):
    result = import_file(VERDICTS, store, framework, 2020)
    assert (result.kind, result.recorded) == ("verdicts", 33)
    verdicts = current_verdicts(store, framework.id, [2020])
    kinds = {v.verdict for v in verdicts}
    assert kinds == {"strength", "not_evidence", "indicator"}
    police = next(v for v in verdicts if v.text.startswith("4.1 The force"))
    assert (police.file, police.cycle, police.strength) == (
        "glos-constabulary-s11-2020.pdf",
        2020,
        "assertion",
    )
    assert current_verdicts(store, framework.id, [2021]) == []


# ---------------------------------------------------------------- thresholds


def _thresholds_file(folder: Path, framework_id: str, values: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "schema_version": 1,
        "kind": "s11-thresholds",
        "framework": framework_id,
        "thresholds": values,
    }
    (folder / THRESHOLDS_FILE).write_text(yaml.safe_dump(document), encoding="utf-8")
    return folder


def test_a_thresholds_file_overlays_the_framework_and_leaves_the_rest(framework, tmp_path):
    folder = _thresholds_file(tmp_path / "m", framework.id, {"green_strong": 3})
    learned = with_thresholds(framework, folder)
    assert learned.thresholds == replace(framework.thresholds, green_strong=3)
    assert load_framework(None).thresholds == framework.thresholds  # the shipped file unchanged


@pytest.mark.parametrize(
    "framework_id, values, message",
    [
        ("working-together-2018", {"green_strong": 3}, "fitted for framework"),
        ("gscp-2021", {"green_colour": 3}, "not a threshold"),
        ("gscp-2021", {"green_strong": 2.5}, "expected a whole number"),
        ("gscp-2021", {"green_share": "half"}, "expected a number"),
    ],
)
def test_a_thresholds_file_that_does_not_fit_is_refused(
    framework, tmp_path, framework_id, values, message
):
    folder = _thresholds_file(tmp_path / "m", framework_id, values)
    with pytest.raises(RulesError, match=message):
        with_thresholds(framework, folder)


def test_fitting_tries_every_threshold_field(framework):
    """Whatever field the score rewards is moved towards it, one step at a time."""
    for field in fields(Thresholds):
        start = framework.thresholds
        target = getattr(start, field.name) + (
            2 if isinstance(getattr(start, field.name), int) else 0.2
        )

        def score(thresholds: Thresholds, name: str = field.name, goal: float = target) -> int:
            return -round(abs(getattr(thresholds, name) - goal) * 10)

        fitted = fit_thresholds(start, score)
        assert getattr(fitted, field.name) == pytest.approx(target), field.name
        others = [f.name for f in fields(Thresholds) if f.name != field.name]
        assert all(getattr(fitted, n) == getattr(start, n) for n in others)


# ---------------------------------------------------------------- learning


def test_learning_from_the_2020_moderation_writes_a_model_card_naming_its_data(
    cycle_runs: Path, feedback: Path, tmp_path: Path
):
    out = tmp_path / "model"
    result = learn(
        feedback,
        [cycle_runs / "2020"],
        [cycle_runs / "2021"],
        load_gold(CYCLES / "gold"),
        out,
    )
    assert result.accepted, result.reason
    assert result.after.holdout.agreed >= result.before.holdout.agreed
    assert result.after.moderated.agreed >= result.before.moderated.agreed
    card = json.loads((out / "card.json").read_text())
    assert card["feedback"]["cycles"] == [2020]
    assert card["feedback"]["moderated_ratings"] == 24
    assert card["feedback"]["moderated_standards_used"] == 24
    assert len(card["training_data"]["sha256"]) == 64
    assert card["training_data"]["rows"] == 1559  # no strength corrections: the shipped data
    assert card["classifier"]["retrained"] is False
    assert "2020" in (out / "README.md").read_text()
    thresholds = yaml.safe_load((out / THRESHOLDS_FILE).read_text())
    assert thresholds["framework"] == "gscp-2021"
    assert thresholds["fitted_on"]["cycles"] == [2020]
    assert set(thresholds["thresholds"]) == {f.name for f in fields(Thresholds)}
    meta = json.loads((out / "strength.meta.json").read_text())
    assert meta["feedback"]["cycles"] == [2020]


def test_a_model_worse_on_the_held_out_gold_is_refused(
    cycle_runs: Path, feedback: Path, tmp_path: Path, capsys
):
    """A 'panel' that rates every 2020 standard amber pulls the thresholds away from green
    and red: on the 2021 gold it agrees less. Refused, nothing written, the folder's old
    content kept."""
    harmful = tmp_path / "all-amber.csv"
    rows = list(csv.reader(RATINGS.open(encoding="utf-8")))
    panel = [i for i, name in enumerate(rows[0]) if name.endswith("_panel")]
    _write_csv(
        harmful,
        [rows[0]] + [[("amber" if i in panel else v) for i, v in enumerate(r)] for r in rows[1:]],
    )
    main(["moderation", "import", str(harmful), "--db", str(feedback), "--cycle", "2020"])
    out = tmp_path / "model"
    (out).mkdir()
    (out / "keep.txt").write_text("the old model")
    argv = [
        "train",
        "--feedback",
        str(feedback),
        "--analyses",
        str(cycle_runs / "2020"),
        "--holdout",
        str(cycle_runs / "2021"),
        "--gold",
        str(CYCLES / "gold"),
        "--out",
        str(out),
    ]
    assert main(argv) == 1
    printed = capsys.readouterr().out
    assert "refused, the old model is kept" in printed
    assert "before" in printed and "after" in printed
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_strength_corrections_retrain_the_classifier_on_the_data_they_add(
    cycle_runs: Path, feedback: Path, tmp_path: Path, framework
):
    """A small shipped set keeps this quick; the card counts the corrected sentences."""
    with HistoryStore(feedback) as opened:
        import_file(VERDICTS, opened, framework, 2020)
    data = tmp_path / "small.jsonl"
    lines = (SAMPLES.parent / "models" / "data" / "strength.jsonl").read_text().splitlines()
    data.write_text("\n".join(lines[::8]) + "\n")
    result = learn(
        feedback,
        [cycle_runs / "2020"],
        [cycle_runs / "2021"],
        load_gold(CYCLES / "gold"),
        tmp_path / "model",
        data=data,
    )
    corrected = sum(1 for row in csv.DictReader(VERDICTS.open()) if row["verdict"] == "strength")
    card = result.card
    assert card["classifier"]["retrained"] is True
    assert card["feedback"]["strength_corrections"] == corrected == 16
    assert card["feedback"]["evidence_verdicts"] == 33  # 16 strength, 12 not evidence, 5 indicator
    assert card["classifier"]["retrained_rows"] == len(lines[::8]) + corrected
    assert card["classifier"]["retrained_sha256"] != card["training_data"]["shipped_sha256"]
    assert set(card["classifier"]["moderated_agreement_by_classifier"]) == {"shipped", "retrained"}
    used = card["classifier"]["used"]
    assert card["training_data"]["rows"] == (
        len(lines[::8]) + corrected if used == "retrained" else len(lines[::8])
    )
    assert result.cv_before != result.cv_after


def test_train_feedback_never_writes_into_models(capsys, feedback: Path):
    models = SAMPLES.parent / "models"
    assert main(["train", "--feedback", str(feedback), "--out", str(models)]) == 2
    assert "never replaced" in capsys.readouterr().err


# ---------------------------------------------------------------- --model PATH


def _learned_model(tmp_path: Path, framework_id: str, values: dict) -> Path:
    folder = tmp_path / "learned"
    folder.mkdir()
    models = SAMPLES.parent / "models"
    for name in ("strength.linear.npz", "strength.meta.json"):
        shutil.copyfile(models / name, folder / name)
    return _thresholds_file(folder, framework_id, values)


def test_the_cache_key_changes_with_the_model(tmp_path: Path, framework):
    folder = _learned_model(tmp_path, framework.id, {"green_strong": 3})
    shipped = analysis_fingerprint(Settings())
    learned = analysis_fingerprint(Settings(model=str(folder)))
    assert learned != shipped
    _thresholds_file(folder, framework.id, {"green_strong": 4})
    assert analysis_fingerprint(Settings(model=str(folder))) not in (shipped, learned)
    assert analysis_fingerprint(Settings()) == shipped


def test_run_with_model_uses_its_thresholds_and_names_it(tmp_path: Path, framework):
    """Thresholds no standard can meet (min_words) make every evidence rating red."""
    folder = _learned_model(tmp_path, framework.id, {"min_words": 100000})
    sample = str(SAMPLES / "submissions" / "ght.docx")
    for name, extra in (("shipped", []), ("learned", ["--model", str(folder)])):
        argv = ["run", sample, "--out", str(tmp_path / name), "--in-process", "-q"]
        assert main([*argv, *extra]) == 0
    ratings = {}
    for name in ("shipped", "learned"):
        summary = json.loads((tmp_path / name / "summary.json").read_text())
        entry = summary["submissions"][0]
        ratings[name] = [s["evidence_rating"] for s in entry["standards"].values()]
        ratings[name + "_run"] = summary["run"]
    assert set(ratings["learned"]) == {"red"} and set(ratings["shipped"]) != {"red"}
    assert "model" not in ratings["shipped_run"]
    assert ratings["learned_run"]["model"]["path"] == str(folder.resolve())


def test_run_with_a_folder_that_is_not_a_model_is_a_usage_error(tmp_path: Path, capsys):
    sample = str(SAMPLES / "submissions" / "ght.docx")
    argv = ["run", sample, "--out", str(tmp_path / "o"), "--model", str(tmp_path)]
    assert main(argv) == 2
    assert "missing strength.meta.json" in capsys.readouterr().err


# ---------------------------------------------------------------- agreement


def test_eval_agreement_reports_per_cent_and_kappa_per_standard():
    pairs = [("1", "green", "green"), ("1", "green", "amber"), ("2", "amber", "amber")]
    pairs += [("2", "amber", "amber")]
    result = rating_agreement(pairs)
    # overall: 3 of 4; chance (2*1 + 2*3) / 16 = 0.5, kappa 0.5 (as the moderation's worked example)
    assert result["overall"] == {"compared": 4, "agreed": 3, "percent": 75.0, "kappa": 0.5}
    assert result["standards"]["1"]["agreed"] == 1 and result["standards"]["2"]["kappa"] is None


def test_the_overview_shows_tool_against_panel_when_the_cycle_is_moderated(
    tmp_path: Path, framework
):
    database = tmp_path / "h.db"
    sample = str(SAMPLES / "submissions" / "ght.docx")
    argv = ["run", sample, "--out", str(tmp_path / "o"), "--db", str(database), "--in-process"]
    assert main([*argv, "--cycle", "2021", "-q"]) == 0
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert "panel_agreement" not in summary
    entry = summary["submissions"][0]
    tool = {s: v["evidence_rating"] for s, v in entry["standards"].items()}
    flipped = {"green": "amber", "amber": "green", "red": "amber"}
    with HistoryStore(database) as opened:
        record(
            opened,
            [
                Decision(2021, framework.id, entry["agency"], s, "first", rating, "Chair")
                for s, rating in {**tool, "4": flipped[tool["4"]]}.items()
            ],
        )
    assert main([*argv, "--cycle", "2021", "-q"]) == 0
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    evidence = next(r for r in summary["panel_agreement"] if r["kind"] == "evidence")
    assert (evidence["overall"]["agreed"], evidence["overall"]["compared"]) == (3, 4)
    assert evidence["standards"]["4"]["agreed"] == 0
    page = (tmp_path / "o" / "index.html").read_text()
    assert "Agreement with the panel" in page and "3/4 (75.0%)" in page


@pytest.mark.parametrize(
    "new, old, refused",
    [
        ((16, 0.9), (17, 0.3), True),  # fewer agreements
        ((17, 0.2), (17, 0.3), True),  # as many, more of them by chance
        ((17, None), (17, 0.3), True),  # one rating throughout
        ((17, 0.3), (17, 0.3), False),
        ((18, 0.1), (17, 0.3), False),
    ],
)
def test_worse_means_fewer_agreements_then_lower_kappa(new, old, refused):
    from pipeline.moderation.agreement import Agreement
    from pipeline.moderation.learn import worse

    assert worse(Agreement(21, *new), Agreement(21, *old)) is refused


def test_eval_with_model_scores_the_learned_model(tmp_path: Path, framework, capsys):
    folder = _learned_model(tmp_path, framework.id, {"min_words": 100000})
    sample = str(SAMPLES / "submissions" / "ght.docx")
    argv = ["eval", sample, "--gold", str(SAMPLES / "gold"), "--workers", "1"]
    figures = {}
    for name, extra in (("shipped", []), ("learned", ["--model", str(folder)])):
        assert main([*argv, "--out", str(tmp_path / name), *extra]) == 0
        result = json.loads((tmp_path / name / "eval.json").read_text())
        figures[name] = result["agreement"]["overall"]
        assert ("model" in result) is (name == "learned")
    assert "evidence rating vs gold" in capsys.readouterr().out
    assert figures["learned"]["compared"] == figures["shipped"]["compared"] > 0
    assert figures["learned"]["agreed"] < figures["shipped"]["agreed"]
