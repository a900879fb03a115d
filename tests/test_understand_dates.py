"""When each submission was made, and --deadline."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline.cli import main
from pipeline.understand.dates import is_late, metadata_date, parse_date, stated_date
from pipeline.values import Block, Document, Source
from tests.builders import Word

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SOURCE = Source(file="x.docx", sha256="0" * 64, format="docx", pages=None, size=1)


def cover(*lines: str, modified: str | None = None, running: tuple[str, ...] = ()) -> Document:
    return Document(
        source=SOURCE,
        modified=modified,
        running=running,
        blocks=tuple(Block(index=i, kind="paragraph", text=t) for i, t in enumerate(lines)),
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14 October 2021", date(2021, 10, 14)),
        ("14th Oct. 2021", date(2021, 10, 14)),
        ("October 14, 2021", date(2021, 10, 14)),
        ("14/10/2021", date(2021, 10, 14)),
        ("14.10.21", date(2021, 10, 14)),
        ("2021-10-14", date(2021, 10, 14)),
        ("3/4/2021", date(2021, 4, 3)),
        ("31/02/2021", None),
        ("in 2021", None),
    ],
)
def test_dates_are_read_day_first(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            cover(
                "Stroud District Council", "Submitted: 14 October 2021", "Date: 1 September 2021"
            ),
            ("2021-10-14", "cover"),
        ),
        (cover("Agency | Stroud DC\nDate of submission | 20/09/2021"), ("2021-09-20", "cover")),
        (
            cover("Date: 1 September 2021", "Policy review date: 2019-01-01"),
            ("2021-09-01", "cover"),
        ),
        (cover("Our policy review date: 1 March 2019 has passed."), (None, "")),
        (
            cover("This response was approved by the National Lead on 9 December 2021."),
            ("2021-12-09", "cover"),
        ),
        (
            cover("Standard 1", running=("Gloucester City Council - submitted 29 October 2021",)),
            ("2021-10-29", "cover"),
        ),
        (cover("Standard 1", modified="2021-09-01T09:00:00Z"), ("2021-09-01", "metadata")),
        (cover("Standard 1", modified="D:20210902101500+01'00'"), ("2021-09-02", "metadata")),
        (cover("Standard 1"), (None, "")),
    ],
)
def test_the_submission_date_comes_from_the_cover_then_the_metadata(doc, expected):
    assert stated_date(doc) == expected


def test_lateness_needs_a_known_date_after_the_deadline():
    deadline = date(2021, 9, 24)
    assert is_late("2021-09-25", deadline) and not is_late("2021-09-24", deadline)
    assert not is_late(None, deadline) and not is_late("2021-12-01", None)
    assert metadata_date("not a date") is None


def test_deadline_marks_late_submissions_in_the_summary(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    Word(title="Stroud District Council S11").paragraph("Submitted: 14 October 2021").heading(
        "Standard 1"
    ).paragraph("We have a named lead.").save(inputs / "stroud.docx")
    Word(title="Tewkesbury Borough Council S11").paragraph("Date: 20/09/2021").heading(
        "Standard 1"
    ).paragraph("We have a named lead.").save(inputs / "tewkesbury.docx")
    broken = inputs / "broken.docx"
    broken.write_bytes(b"PK not really")
    os.utime(broken, (1_634_000_000, 1_634_000_000))  # 12 October 2021
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                str(inputs),
                "--out",
                str(out),
                "--deadline",
                "2021-09-24",
                "--in-process",
                "-q",
            ]
        )
        == 0
    )
    summary = json.loads((out / "summary.json").read_text())
    entries = {e["file"]: e for e in summary["submissions"]}
    stroud = entries["stroud.docx"]
    assert (stroud["submitted"], stroud["late"]) == ("2021-10-14", True)
    assert entries["stroud.docx"]["submitted_from"] == "cover"
    assert (entries["tewkesbury.docx"]["submitted"], entries["tewkesbury.docx"]["late"]) == (
        "2021-09-20",
        False,
    )
    assert entries["broken.docx"]["submitted"] == "2021-10-12"
    assert entries["broken.docx"]["submitted_from"] == "file time"
    assert entries["broken.docx"]["late"] is False  # a modification time is too weak for that
    assert summary["run"]["deadline"] == "2021-09-24"


def test_lateness_matches_the_samples_gold_labels(tmp_path):
    """Gloucester City (a footer) and Cafcass (its cover) are late; no other sample is."""
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                str(SAMPLES / "submissions"),
                str(SAMPLES / "bad"),
                "--out",
                str(out),
                "--deadline",
                "2021-09-24",
                "--no-model",
                "--workers",
                "2",
                "-q",
            ]
        )
        == 0
    )
    summary = json.loads((out / "summary.json").read_text())
    late = {entry["file"]: entry["late"] for entry in summary["submissions"]}
    gold = {}
    for path in (SAMPLES / "gold").glob("*.yml"):
        labels = yaml.safe_load(path.read_text())
        gold[labels["file"]] = bool(labels.get("late"))
    assert late == gold
    assert sorted(f for f, is_late in late.items() if is_late) == [
        "cafcass.pdf",
        "gloucester-city.docx",
    ]


def test_a_bad_deadline_is_a_usage_error(capsys, tmp_path):
    argv = ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--deadline", "24/09/2021"]
    assert main(argv) == 2
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err
