"""``s11 run``: limit flags, progress and log lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.run.console import Reporter
from pipeline.values import Analysis, ErrorInfo
from tests.builders import Word

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    Word(title="Stroud District Council S11").heading("Standard 1").paragraph(
        "We have a named safeguarding lead."
    ).save(folder / "stroud.docx")
    (folder / "notes.txt").write_text("not a submission")
    return folder


def run(folder: Path, out: Path, *flags: str) -> dict:
    assert main(["run", str(folder), "--out", str(out), "--in-process", "--no-model", *flags]) == 0
    return {e["file"]: e for e in json.loads((out / "summary.json").read_text())["submissions"]}


@pytest.mark.parametrize(
    "flags, message",
    [
        (["--max-file-mb", "0.001"], "over the file-size limit of 0.001 MB (--max-file-mb)"),
        (["--max-uncompressed-mb", "0.01"], "uncompressed-size limit of 0.01 MB"),
        (["--max-parts", "3"], "over the limit of 3 parts in a Word file (--max-parts"),
    ],
)
def test_limit_flags_refuse_with_too_large_naming_the_limit(inputs, tmp_path, flags, message):
    entry = run(inputs, tmp_path / "out", *flags)["stroud.docx"]
    assert entry["error"]["code"] == "TOO_LARGE"
    assert message in entry["error"]["message"]


def test_the_page_limit_applies_to_pdfs(tmp_path):
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                str(SAMPLES / "submissions" / "stroud.pdf"),
                "--out",
                str(out),
                "--max-pages",
                "1",
                "--in-process",
                "-q",
            ]
        )
        == 0
    )
    [entry] = json.loads((out / "summary.json").read_text())["submissions"]
    assert entry["error"]["code"] == "TOO_LARGE" and "page limit of 1" in entry["error"]["message"]


def test_limits_are_recorded_in_the_run_block(inputs, tmp_path):
    run(inputs, tmp_path / "out", "--timeout", "30", "--max-pages", "9")
    limits = json.loads((tmp_path / "out" / "summary.json").read_text())["run"]["limits"]
    assert limits["timeout_s"] == 30 and limits["max_pages"] == 9


@pytest.mark.parametrize("flag", ["--timeout", "--max-file-mb", "--max-pages", "--max-parts"])
@pytest.mark.parametrize("value", ["0", "-1", "many", "nan"])
def test_bad_limits_are_usage_errors(capsys, inputs, tmp_path, flag, value):
    assert main(["run", str(inputs), "--out", str(tmp_path / "o"), flag, value]) == 2
    err = capsys.readouterr().err
    assert flag in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "flags, ok_lines, summary",
    [
        ([], 0, 1),
        (["--verbose"], 1, 1),
        (["--quiet"], 0, 0),
    ],
)
def test_log_lines(capsys, inputs, tmp_path, flags, ok_lines, summary):
    run(inputs, tmp_path / "out", *flags)
    lines = capsys.readouterr().err.strip().splitlines()
    assert [line for line in lines if line.startswith("FAILED")] == [
        "FAILED notes.txt: UNSUPPORTED_FORMAT: '.txt' files are not read; save it as .docx or .pdf"
    ]
    assert sum(line.startswith("ok ") for line in lines) == ok_lines
    assert sum("file(s):" in line for line in lines) == summary


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_on_a_terminal_and_failure_lines_above_it():
    stream = Terminal()
    analyses = [
        Analysis(file="a.docx", framework_id="f", status="ok"),
        Analysis(
            file="b.pdf",
            framework_id="f",
            status="error",
            error=ErrorInfo("ENCRYPTED", "the PDF is password-protected"),
        ),
    ]
    with Reporter(len(analyses), stream=stream) as reporter:
        for analysis in analyses:
            reporter(analysis)
    output = stream.getvalue()
    assert "FAILED b.pdf: ENCRYPTED: the PDF is password-protected" in output
    assert "\x1b[" in output  # drawn with terminal control codes
    assert reporter.failed == 1


def test_no_progress_bar_when_not_a_terminal():
    stream = io.StringIO()
    with Reporter(2, stream=stream) as reporter:
        reporter(Analysis(file="a.docx", framework_id="f", status="ok"))
    assert stream.getvalue() == ""
