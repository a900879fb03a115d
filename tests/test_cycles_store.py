"""The history store: migrations, idempotent recording, cycles in either order, rating
changes and RATING_UP_WITHOUT_EVIDENCE, and the ``s11 history`` outputs."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from pipeline.cli import main
from pipeline.cycles.changes import RATING_UP, compare, history, repeats
from pipeline.cycles.store import MIGRATIONS, SCHEMA_VERSION, HistoryStore, migrate, read_output
from pipeline.values import EvidenceSnapshot, HistoryError, Snapshot, StandardSnapshot
from tests.builders import Word
from tests.conftest import CYCLES

TABLES = {
    "schema_version",
    "submissions",
    "standards",
    "evidence",
    "gaps",
    "questions",
    "recommendation_progress",
    "moderation_log",
    "evidence_verdicts",
}


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


# ---------------------------------------------------------------- migrations


def test_an_empty_database_is_migrated_to_the_current_schema(tmp_path: Path):
    with HistoryStore(tmp_path / "h.db") as store:
        assert _tables(store.connection) == TABLES
        assert store.connection.execute("SELECT version FROM schema_version").fetchall() == [
            (SCHEMA_VERSION,)
        ]
    assert SCHEMA_VERSION == len(MIGRATIONS) == 4


def test_a_version_1_database_keeps_its_rows_when_migrated(tmp_path: Path):
    path = tmp_path / "h.db"
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, target=1) == 1
    assert "recommendation_progress" not in _tables(connection)
    connection.execute(
        "INSERT INTO submissions (cycle, agency, file, sha256, format, framework) "
        "VALUES (2020, 'Stroud District Council', 's.docx', 'abc', 'docx', 'gscp-2021')"
    )
    connection.close()
    with HistoryStore(path) as store:
        assert store.connection.execute("SELECT version FROM schema_version").fetchone() == (4,)
        assert "recommendation_progress" in _tables(store.connection)
        assert "moderation_log" in _tables(store.connection)
        assert "evidence_verdicts" in _tables(store.connection)
        assert [s.file for s in store.snapshots()] == ["s.docx"]


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path):
    path = tmp_path / "h.db"
    HistoryStore(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE schema_version SET version = 99")
    connection.commit()
    connection.close()
    with pytest.raises(HistoryError, match="schema version 99"):
        HistoryStore(path)


def test_a_file_that_is_not_a_database_is_a_history_error(tmp_path: Path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 100)
    with pytest.raises(HistoryError, match="not a usable history database"):
        HistoryStore(path)
    assert main(["history", "--db", str(path)]) == 2
    assert "not a usable history database" in capsys.readouterr().err


# ---------------------------------------------------------------- recording


def _record(
    file: str,
    sha256: str,
    agency: str,
    ratings: dict[str, str | None],
    evidence: dict[str, list[tuple[str, str]]] | None = None,
    status: str = "ok",
) -> dict:
    evidence = evidence or {}
    return {
        "schema": "s11-analysis/1",
        "framework": "gscp-2021",
        "agency": agency,
        "status": status,
        "source": {"file": file, "sha256": sha256, "format": "docx", "pages": None},
        "standards": [
            {
                "id": sid,
                "title": f"Standard {sid}",
                "self_rating": rating,
                "evidence_rating": "amber",
                "indicators_found": [],
                "strengths": {},
                "evidence": [
                    {"text": t, "strength": s, "indicators": [], "page": None, "block": n}
                    for n, (t, s) in enumerate(evidence.get(sid, []))
                ],
                "gaps": [],
                "questions": [],
            }
            for sid, rating in ratings.items()
        ],
        "recommendations": [],
    }


def test_recording_the_same_file_twice_changes_nothing(tmp_path: Path):
    records = [
        _record(
            "a.docx",
            "aaa",
            "Stroud District Council",
            {"1": "amber"},
            {"1": [("In 2020 96% of staff had DBS checks.", "quantified")]},
        )
    ]
    with HistoryStore(tmp_path / "h.db") as store:
        first = store.record(records, 2020)
        before = store.dump()
        second = store.record(records, 2020)
        assert store.dump() == before
    assert (first.added, first.unchanged) == (("a.docx",), ())
    assert (second.added, second.unchanged) == ((), ("a.docx",))


def test_the_same_file_in_another_cycle_is_another_submission(tmp_path: Path):
    record = _record("a.docx", "aaa", "Stroud District Council", {"1": "amber"})
    with HistoryStore(tmp_path / "h.db") as store:
        store.record([record], 2020)
        store.record([record], 2021)
        assert [s.cycle for s in store.snapshots()] == [2020, 2021]


def test_files_that_failed_analysis_are_not_recorded(tmp_path: Path):
    failed = {"status": "error", "source": {"file": "cut.docx", "sha256": None}}
    with HistoryStore(tmp_path / "h.db") as store:
        result = store.record([failed], 2021)
        assert result.skipped == ("cut.docx",) and store.snapshots() == []


def test_history_derived_gaps_and_their_questions_are_not_stored(tmp_path: Path):
    record = _record("a.docx", "aaa", "Stroud District Council", {"1": "green"})
    standard = record["standards"][0]
    standard["gaps"] = [{"type": "OVER_RATED", "detail": "d"}, {"type": RATING_UP, "detail": "d"}]
    standard["questions"] = ["over-rated question?", "rating-up question?"]
    with HistoryStore(tmp_path / "h.db") as store:
        store.record([record], 2021)
        rows = store.connection.execute(
            "SELECT type FROM gaps UNION ALL SELECT text FROM questions"
        ).fetchall()
    assert rows == [("OVER_RATED",), ("over-rated question?",)]


# ---------------------------------------------------------------- what changed


@pytest.mark.parametrize(
    "now, before, same",
    [
        (
            "Young people shaped the town centre plan: 212 responded to our consultation "
            "through schools.",
            "In 2019 we asked young people about the town centre plan, and 212 responded "
            "through their schools.",
            True,
        ),
        (
            "In 2021, 91% of staff completed level 3 safeguarding training.",
            "In 2020, 84% of staff completed level 3 safeguarding training.",
            False,
        ),
        (
            "In 2021, 84% of staff completed level 3 safeguarding training.",
            "In 2020, 84% of staff completed level 3 safeguarding training.",
            True,
        ),
        (
            "The youth forum met five times and changed the leaflet for the sexual health clinic.",
            "Our policy on lone working was updated and approved by the board.",
            False,
        ),
    ],
)
def test_repeated_evidence_is_matched_by_its_figures_and_words(now, before, same):
    assert repeats(now, [before]) is same


def _snapshot(
    cycle: int, rating: str, sentences: list[tuple[str, str]], found: tuple[str, ...] = ()
) -> Snapshot:
    evidence = tuple(EvidenceSnapshot(text, strength, found) for text, strength in sentences)
    return Snapshot(
        cycle,
        "Stroud District Council",
        f"s{cycle}.docx",
        f"h{cycle}",
        (StandardSnapshot("4", "Voice", rating, "amber", found, evidence),),
    )


def test_a_rating_up_with_only_last_years_evidence_is_flagged():
    before = _snapshot(
        2020,
        "amber",
        [("The Youth Council has 11 members and met the Cabinet Member twice.", "quantified")],
    )
    now = _snapshot(
        2021,
        "green",
        [
            (
                "Our Youth Council, with its 11 members, has met the Cabinet Member twice.",
                "quantified",
            ),
            ("We will report back to young people next year.", "activity"),
        ],
    )
    change = compare(now, before)[0]
    assert change.change == "up" and change.up_without_evidence
    assert change.carried and not change.new_evidence


def test_a_rating_up_with_a_new_measure_or_a_new_indicator_is_not_flagged():
    before = _snapshot(2020, "amber", [("The Youth Council has 11 members.", "quantified")])
    measured = _snapshot(
        2021,
        "green",
        [("846 young people completed our survey in 2021 and 74% felt listened to.", "quantified")],
    )
    assert not compare(measured, before)[0].up_without_evidence
    indicator = _snapshot(
        2021,
        "green",
        [("Young people sat on the interview panel for the new youth worker.", "activity")],
        found=("S4.children-in-governance",),
    )
    assert compare(indicator, before)[0].new_indicators == ("S4.children-in-governance",)
    assert not compare(indicator, before)[0].up_without_evidence


def _stroud(year: int, rating: str, lines: list[str]) -> Word:
    word = Word(title=f"Stroud District Council - Section 11 return {year}")
    word.heading("Leadership and accountability")
    word.paragraph(
        "We rate ourselves Green for standard 1. The Head of Communities is the named lead and "
        "reports to the Leadership Team every quarter, most recently in September."
    )
    word.heading("Listening to children and young people")
    word.paragraph(f"We rate ourselves {rating} for standard 4.")
    for line in lines:
        word.paragraph(line)
    return word


CARRIED = [
    "The Stroud District Youth Council has 11 members and met the Cabinet Member twice during "
    "the year.",
    "In 2019 we asked young people about the town centre plans and 212 of them responded "
    "through their schools.",
]


def test_run_with_db_flags_a_rating_up_without_new_evidence_and_asks_about_it(tmp_path: Path):
    database = str(tmp_path / "h.db")
    for year, rating, lines in (
        (2020, "Amber", CARRIED),
        (
            2021,
            "Green",
            [
                "Our Youth Council, with its 11 members, has had two meetings with the "
                "Cabinet Member.",
                "Young people helped shape the town centre plans: 212 responded to our "
                "consultation through their schools.",
            ],
        ),
    ):
        folder = tmp_path / f"in{year}"
        folder.mkdir()
        _stroud(year, rating, lines).save(folder / f"stroud-{year}.docx")
        argv = [
            "run",
            str(folder),
            "--out",
            str(tmp_path / f"out{year}"),
            "--db",
            database,
            "--cycle",
            str(year),
            "--workers",
            "1",
            "--no-model",
            "-q",
        ]
        assert main(argv) == 0
    analysis = json.loads((tmp_path / "out2021/submissions/stroud-2021/analysis.json").read_text())
    standard = next(s for s in analysis["standards"] if s["id"] == "4")
    gap = next(g for g in standard["gaps"] if g["type"] == RATING_UP)
    assert "rose from amber (2020) to green (2021)" in gap["detail"]
    assert "2020" in standard["questions"][-1] and "amber" in standard["questions"][-1]
    summary = json.loads((tmp_path / "out2021/summary.json").read_text())
    assert RATING_UP in summary["submissions"][0]["standards"]["4"]["gaps"]
    with HistoryStore(database) as store:
        entries = history(store)
    four = [e for e in entries if e.standard_id == "4"]
    assert [(e.cycle, e.self_rating, e.change) for e in four] == [
        (2020, "amber", None),
        (2021, "green", "up"),
    ]
    assert RATING_UP in four[1].gaps and RATING_UP not in four[0].gaps


# ---------------------------------------------------------------- the command


def test_history_needs_a_database_and_names_unknown_agencies(tmp_path: Path, capsys):
    assert main(["history"]) == 2
    assert "--db PATH is required" in capsys.readouterr().err
    assert main(["history", "--db", str(tmp_path / "none.db")]) == 2
    assert "history database not found" in capsys.readouterr().err
    path = tmp_path / "h.db"
    with HistoryStore(path) as store:
        store.record([_record("a.docx", "aaa", "Stroud District Council", {"1": "amber"})], 2020)
    assert main(["history", "--db", str(path), "--agency", "Nowhere"]) == 2
    assert "Stroud District Council" in capsys.readouterr().err
    assert main(["history", "--db", str(path), "--agency", "stroud dc"]) == 0
    assert "Stroud District Council" in capsys.readouterr().out


def test_history_html_is_self_contained_and_escapes_text(tmp_path: Path):
    path = tmp_path / "h.db"
    name = "Severn <script>alert(1)</script> Trust"
    with HistoryStore(path) as store:
        store.record([_record("a.docx", "a", name, {"1": "amber", "2": "green"})], 2020)
        store.record([_record("b.docx", "b", name, {"1": "green", "2": None})], 2021)
    out = tmp_path / "history.html"
    assert main(["history", "--db", str(path), "--format", "html", "--out", str(out)]) == 0
    html = out.read_text()
    assert "<script" not in html and "&lt;script&gt;" in html
    assert (
        "<svg" in html
        and "src=" not in html
        and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    )
    assert ">green</text>" in html and ">amber</text>" in html and ">red</text>" in html
    assert "2021 self-rating: green" in html and "up since 2020" in html


def test_history_import_needs_an_output_folder_and_a_cycle(tmp_path: Path, capsys):
    assert main(["history", "import", str(tmp_path / "none"), "--db", str(tmp_path / "h.db")]) == 2
    assert "output folder not found" in capsys.readouterr().err
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "summary.json").write_text(
        json.dumps({"framework": {"id": "other"}, "submissions": []})
    )
    assert main(["history", "import", str(tmp_path / "out"), "--db", str(tmp_path / "h.db")]) == 2
    assert "give --cycle YEAR" in capsys.readouterr().err


# ---------------------------------------------------------------- the two-cycle samples


def _gold(year: int) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted((CYCLES / "gold").glob(f"*{year}*.yml"))]


def _history(database: Path) -> list:
    with HistoryStore(database) as store:
        return history(store)


def test_cycles_imported_in_either_order_give_the_same_history(cycle_runs: Path):
    forward, backward = cycle_runs / "forward.db", cycle_runs / "backward.db"
    for database, years in ((forward, (2020, 2021)), (backward, (2021, 2020))):
        for year in years:
            assert (
                main(
                    [
                        "history",
                        "import",
                        str(cycle_runs / str(year)),
                        "--db",
                        str(database),
                        "--cycle",
                        str(year),
                    ]
                )
                == 0
            )
    assert len(_history(forward)) == 6 * 2 * 4
    assert _history(forward) == _history(backward) == _history(cycle_runs / "history.db")
    progress = []
    for database in (forward, backward):
        with HistoryStore(database) as store:
            progress.append(store.progress())
    assert progress[0] == progress[1] and len(progress[0]) == 28


def test_reimporting_a_cycle_leaves_the_database_byte_identical(cycle_runs: Path):
    with HistoryStore(cycle_runs / "history.db") as store:
        before = store.dump()
        result = store.record(read_output(cycle_runs / "2021")[1], 2021)
        assert store.dump() == before
    assert not result.added and len(result.unchanged) == 6


def test_rating_changes_match_the_gold(cycle_runs: Path):
    with HistoryStore(cycle_runs / "history.db") as store:
        entries = {(e.agency, e.standard_id): e for e in history(store) if e.cycle == 2021}
    for gold in _gold(2021):
        for standard_id, change in gold["rating_changes"].items():
            assert entries[(gold["agency"][0], standard_id)].change == change, (
                gold["file"],
                standard_id,
            )


def test_rating_up_without_evidence_matches_the_gold(cycle_runs: Path):
    summary = json.loads((cycle_runs / "2021" / "summary.json").read_text())
    by_file = {s["file"]: s for s in summary["submissions"]}
    flagged = planted = 0
    for gold in _gold(2021):
        standards = by_file[gold["file"]]["standards"]
        for standard_id, entry in standards.items():
            expected = RATING_UP in gold["gaps_expected"].get(standard_id, [])
            planted += expected
            flagged += expected and RATING_UP in entry["gaps"]
            if not expected:
                assert RATING_UP not in entry["gaps"], (gold["file"], standard_id)
    assert planted == flagged == 2


def test_history_csv_has_a_row_per_agency_cycle_and_standard(cycle_runs: Path, capsys):
    assert main(["history", "--db", str(cycle_runs / "history.db"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 6 * 2 * 4
    assert {r["cycle"] for r in rows} == {"2020", "2021"}
    assert main(["history", "--db", str(cycle_runs / "history.db"), "--agency", "GC"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("Gloucestershire Constabulary") and "2020" in table and "(up)" in table
