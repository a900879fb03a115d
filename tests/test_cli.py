from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main
from tests.builders import Word


def test_every_command_has_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) >= {"run", "train"}
    for name, command in commands.items():
        assert command.description, name
        for action in command._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest}"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["run", "nowhere", "--out", "x"], "input not found: nowhere"),
        (["run", "--out", "x"], "the following arguments are required: INPUT"),
        (["bogus"], "invalid choice"),
        (["run", ".", "--out", "x", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unreadable_framework_is_a_usage_error(capsys, tmp_path: Path):
    (tmp_path / "a.docx").write_bytes(Word().paragraph("Some words").bytes())
    assert (
        main(
            [
                "run",
                str(tmp_path),
                "--out",
                str(tmp_path / "o"),
                "--framework",
                str(tmp_path / "nope.yml"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "nope.yml: cannot be read" in err and len(err.strip().splitlines()) == 1


def test_run_records_bad_files_and_exits_0_or_1_with_strict(tmp_path: Path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = Word(title="Stroud District Council S11 return").heading("Our workforce")
    good.paragraph(
        "We have rated ourselves Amber against standard two. 96% of staff had DBS checks."
    )
    good.save(inputs / "stroud.docx")
    (inputs / "notes.txt").write_text("not a submission")
    data = Word().paragraph("text").bytes()
    (inputs / "cut.docx").write_bytes(data[: len(data) // 2])
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--workers", "1", "-q"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    by_file = {s["file"]: s for s in summary["submissions"]}
    assert by_file["notes.txt"]["error"]["code"] == "UNSUPPORTED_FORMAT"
    assert by_file["cut.docx"]["error"]["code"] == "CORRUPT"
    assert by_file["stroud.docx"]["status"] == "ok"
    assert by_file["stroud.docx"]["agency"] == "Stroud District Council"
    assert by_file["stroud.docx"]["standards"]["2"]["self_rating"] == "amber"
    err = capsys.readouterr().err
    assert "FAILED notes.txt: UNSUPPORTED_FORMAT" in err
    assert main(["run", str(inputs), "--out", str(out), "--workers", "1", "--strict", "-q"]) == 1
