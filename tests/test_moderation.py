"""The panel's moderation: kept in the history database without overwriting, compared as per
cent agreement and Cohen's kappa, exported as the report's agency x standard table."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from pipeline.cycles.store import HistoryStore
from pipeline.moderation.agreement import agreement, agreement_table
from pipeline.moderation.grid import agreement_csv, grid, moderated_csv, moderated_workbook
from pipeline.moderation.store import Decision, changes, current, record
from pipeline.report.labels import RAG_FILLS

IDS = ["1", "2", "3", "4"]


def _decision(agency: str, standard: str, *rating: str | None, **kw: object) -> Decision:
    values: dict[str, object] = {
        "cycle": 2021,
        "framework": "gscp-2021",
        "agency": agency,
        "standard_id": standard,
        "reviewer": "first",
        "rating": rating[0] if rating else None,
        "who": "Panel chair",
    }
    values.update(kw)
    return Decision(**values)  # type: ignore[arg-type]


def test_kappa_worked_example() -> None:
    # observed 3/4; rater a uses g twice and a twice, rater b g once and a three times:
    # chance = (2*1 + 2*3) / 16 = 0.5, kappa = (0.75 - 0.5) / 0.5 = 0.5
    result = agreement(
        [("green", "green"), ("green", "amber"), ("amber", "amber"), ("amber", "amber")]
    )
    assert (result.compared, result.agreed, result.percent, result.kappa) == (4, 3, 75.0, 0.5)


def test_kappa_textbook_two_raters() -> None:
    # the usual 50-item example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> kappa 0.4
    pairs = [("g", "g")] * 20 + [("g", "r")] * 5 + [("r", "g")] * 10 + [("r", "r")] * 15
    assert agreement(pairs).kappa == pytest.approx(0.4)
    assert agreement(pairs).percent == pytest.approx(70.0)


def test_kappa_undefined_when_one_rating_only_and_empty() -> None:
    assert agreement([("green", "green")] * 3).kappa is None
    assert agreement([]).percent is None
    # perfect agreement across two ratings is kappa 1
    assert agreement([("green", "green"), ("red", "red")]).kappa == 1.0


def test_decisions_are_logged_never_overwritten(tmp_path) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        record(store, [_decision("Police", "1", "amber", note="first look")])
        record(store, [_decision("Police", "1", "green", note="after the evidence session")])
        record(store, [_decision("Police", "1", "red", reviewer="second", who="Lay member")])
        now = current(store, 2021, "gscp-2021")
        log = changes(store, 2021, "gscp-2021", "Police")
    assert now[("Police", "1", "first")].rating == "green"
    assert now[("Police", "1", "first")].note == "after the evidence session"
    assert now[("Police", "1", "second")].who == "Lay member"
    assert [d.rating for d in log] == ["amber", "green", "red"]
    assert all(d.at for d in log)


@pytest.mark.parametrize(
    "bad",
    [
        {"rating": "purple"},
        {"reviewer": "third"},
        {"who": "  "},
        {"note": "x" * 2001},
        {"evidence_rating": "GREEN"},
    ],
)
def test_a_decision_that_cannot_be_meant_is_refused_and_nothing_saved(tmp_path, bad) -> None:
    with HistoryStore(tmp_path / "h.db") as store:
        with pytest.raises(ValueError):
            record(
                store,
                [
                    _decision("Police", "1", "green"),
                    _decision("Police", "2", **({"rating": "amber"} | bad)),
                ],
            )
        assert changes(store, 2021, "gscp-2021") == []


def _summary() -> dict:
    def standards(self_, evidence):
        return {
            s: {"self_rating": a, "evidence_rating": b, "gaps": ["OVER_RATED"] if a != b else []}
            for s, a, b in zip(IDS, self_, evidence, strict=True)
        }

    return {
        "submissions": [
            {
                "agency": "Police",
                "file": "police.pdf",
                "status": "ok",
                "analysis": "submissions/police/analysis.json",
                "standards": standards(["green"] * 4, ["green", "amber", "green", "red"]),
            },
            {
                "agency": "Health",
                "file": "health.docx",
                "status": "ok",
                "analysis": "submissions/health/analysis.json",
                "standards": standards(["amber"] * 4, ["amber"] * 4),
            },
            {"agency": None, "file": "broken.pdf", "status": "error", "standards": {}},
        ]
    }


def _decided() -> dict:
    decisions = {}
    for agency, ratings in (
        ("Police", ["green", "amber", "green", "red"]),
        ("Health", ["amber"] * 4),
    ):
        summary = {e["agency"]: e for e in _summary()["submissions"] if e["agency"]}
        for s, rating in zip(IDS, ratings, strict=True):
            found = summary[agency]["standards"][s]
            decisions[(agency, s, "first")] = _decision(
                agency,
                s,
                rating,
                self_rating=found["self_rating"],
                evidence_rating=found["evidence_rating"],
            )
    decisions[("Police", "2", "second")] = _decision("Police", "2", "green", reviewer="second")
    return decisions


def test_agreement_table_compares_tool_self_and_reviewers() -> None:
    rows = {row["kind"]: row for row in agreement_table(_decided(), IDS)}
    # the tool's evidence rating equals the panel's on all 8 cells
    assert rows["evidence"]["overall"].agreed == 8
    # self-ratings: Police 2 and 4 differ from the panel
    assert (rows["self"]["overall"].compared, rows["self"]["overall"].agreed) == (8, 6)
    assert rows["reviewers"]["overall"].compared == 1
    assert rows["reviewers"]["standards"]["2"].agreed == 0


def test_moderated_grid_exports_as_the_report_table() -> None:
    decisions = _decided()
    rows = grid(_summary(), decisions, IDS)
    assert [r.agency for r in rows] == ["Police", "Health", "broken.pdf"]
    assert rows[0].slug == "police"
    table = list(csv.reader(io.StringIO(moderated_csv(rows, IDS))))
    assert table[0] == ["agency", "standard_1", "standard_2", "standard_3", "standard_4"]
    assert table[1] == ["Police", "green", "amber", "green", "red"]
    assert table[3] == ["broken.pdf", "", "", "", ""]
    figures = list(csv.reader(io.StringIO(agreement_csv(decisions, IDS))))
    self_all = next(line for line in figures if line[0].startswith("Agency's") and line[1] == "all")
    assert self_all[2:4] == ["8", "75.0"]

    book = load_workbook(io.BytesIO(moderated_workbook(rows, IDS, decisions)))
    assert book.sheetnames == ["Moderated ratings", "Side by side", "Agreement"]
    sheet = book["Moderated ratings"]
    assert sheet["A2"].value == "Police"
    assert sheet["E2"].value.lower() == "red"
    assert sheet["E2"].fill.fgColor.rgb.endswith(RAG_FILLS["red"])
    assert sheet["A3"].value == "Health" and sheet["B3"].fill.fgColor.rgb.endswith(
        RAG_FILLS["amber"]
    )
    side = book["Side by side"]
    police_2 = next(
        r for r in side.iter_rows(min_row=2, values_only=True) if r[:2] == ("Police", "2")
    )
    assert [str(v).lower() for v in police_2[2:6]] == ["green", "amber", "amber", "green"]


def test_csv_export_cannot_carry_a_formula() -> None:
    summary = {
        "submissions": [
            {"agency": '=HYPERLINK("x")', "file": "a.pdf", "status": "ok", "standards": {}}
        ]
    }
    text = moderated_csv(grid(summary, {}, IDS), IDS)
    assert not text.splitlines()[1].startswith("=")
