"""The batch runner: per-file time limit in every executor, crashes, stale results,
deterministic output whatever runs it, and no network."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.ingest import Limits
from pipeline.ingest import docx as docx_reader
from pipeline.run.batch import RunOptions, run_batch
from pipeline.run.worker import NO_NETWORK_ENV
from pipeline.settings import Settings
from tests.builders import Word

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# A mix of Word, PDF and bad files, small enough to run several times.
DETERMINISM_SET = [
    "submissions/stroud.pdf",
    "submissions/cheltenham.docx",
    "submissions/ght.docx",
    "submissions/kestrel-vale-housing.pdf",
    "bad/truncated-submission.docx",
    "bad/notes.txt",
    "bad/empty.docx",
]
EXECUTORS = {
    "in-process": RunOptions(inline=True),
    "1 worker": RunOptions(workers=1),
    "2 workers": RunOptions(workers=2),
}


def submission(title: str, sentence: str = "We have a named safeguarding lead.") -> Word:
    return Word(title=title).heading("Standard 1: Leadership").paragraph(sentence)


@pytest.fixture
def three_files(tmp_path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    submission("Stroud District Council S11").save(inputs / "a-stroud.docx")
    submission("Tewkesbury Borough Council S11").save(inputs / "b-hangs.docx")
    submission("Cheltenham Borough Council S11").save(inputs / "c-cheltenham.docx")
    return inputs


def read_slowly_for(name: str, monkeypatch, action=lambda: time.sleep(3600)) -> None:
    """Make the Word reader misbehave (hang, by default) on one file. Worker processes
    are forked after this, so they misbehave too."""
    real = docx_reader.read

    def read(data, source, limits):
        if source.file == name:
            action()
        return real(data, source, limits)

    monkeypatch.setattr(docx_reader, "read", read)


@pytest.mark.parametrize("executor", list(EXECUTORS))
def test_a_file_that_hangs_is_too_large_and_the_batch_goes_on(
    three_files, tmp_path, monkeypatch, executor
):
    read_slowly_for("b-hangs.docx", monkeypatch)
    settings = Settings(use_model=False, limits=Limits(timeout_s=5))
    batch = run_batch([three_files], tmp_path / "out", settings, EXECUTORS[executor])
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["a-stroud.docx"].status == results["c-cheltenham.docx"].status == "ok"
    error = results["b-hangs.docx"].error
    assert error is not None and error.code == "TOO_LARGE"
    assert "time limit of 5 s per file (--timeout)" in error.message
    assert results["c-cheltenham.docx"].agency == "Cheltenham Borough Council"


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("executor", ["1 worker", "2 workers"])
def test_a_file_that_eats_memory_is_too_large_and_the_batch_goes_on(
    three_files, tmp_path, monkeypatch, executor
):
    def hoard():
        hoard.kept = b"x" * (400 << 20)  # 400 MB, touched
        time.sleep(3600)

    read_slowly_for("b-hangs.docx", monkeypatch, hoard)
    limits = Limits(max_memory_mb=200, timeout_s=600)
    batch = run_batch(
        [three_files],
        tmp_path / "out",
        Settings(use_model=False, limits=limits),
        EXECUTORS[executor],
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    error = results["b-hangs.docx"].error
    assert error.code == "TOO_LARGE" and "memory limit of 200 MB" in error.message
    assert results["a-stroud.docx"].status == results["c-cheltenham.docx"].status == "ok"


@pytest.mark.parametrize("executor", ["1 worker", "2 workers"])
def test_a_worker_that_dies_costs_only_its_file(three_files, tmp_path, monkeypatch, executor):
    read_slowly_for("b-hangs.docx", monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    batch = run_batch(
        [three_files], tmp_path / "out", Settings(use_model=False), EXECUTORS[executor]
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["b-hangs.docx"].error.code == "CORRUPT"
    assert "stopped unexpectedly" in results["b-hangs.docx"].error.message
    assert results["a-stroud.docx"].status == results["c-cheltenham.docx"].status == "ok"


def test_an_unexpected_exception_costs_only_its_file(three_files, tmp_path, monkeypatch):
    def explode():
        raise KeyError("bug")

    read_slowly_for("b-hangs.docx", monkeypatch, explode)
    batch = run_batch(
        [three_files], tmp_path / "out", Settings(use_model=False), RunOptions(inline=True)
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["b-hangs.docx"].error.code == "CORRUPT"
    assert results["a-stroud.docx"].status == "ok"


def test_a_rerun_leaves_no_stale_results(three_files, tmp_path):
    out = tmp_path / "out"
    options = RunOptions(inline=True)
    run_batch([three_files], out, Settings(use_model=False), options)
    assert (out / "submissions" / "a-stroud" / "pack.html").is_file()
    (out / "submissions" / "a-stroud" / "leftover.tmp").write_text("from a crashed run")

    (three_files / "c-cheltenham.docx").unlink()  # no longer in the input
    data = (three_files / "a-stroud.docx").read_bytes()
    (three_files / "a-stroud.docx").write_bytes(data[: len(data) // 2])  # now fails
    run_batch([three_files], out, Settings(use_model=False), options)

    assert sorted(p.name for p in (out / "submissions").iterdir()) == ["a-stroud", "b-hangs"]
    assert sorted(p.name for p in (out / "submissions" / "a-stroud").iterdir()) == ["analysis.json"]
    summary = json.loads((out / "summary.json").read_text())
    assert [s["file"] for s in summary["submissions"]] == ["a-stroud.docx", "b-hangs.docx"]


def test_every_write_is_atomic(three_files, tmp_path, monkeypatch):
    """Files appear only by rename from a temporary file in the same folder."""
    from pipeline import files

    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(source, target):
        renames.append((str(source), str(target)))
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    out = tmp_path / "out"
    run_batch([three_files], out, Settings(use_model=False), RunOptions(inline=True))
    # (the run's lock file is opened in place, holds nothing and is never read)
    written = {str(p) for p in out.rglob("*") if p.is_file() and p.name != files.LOCK_NAME}
    assert written and written <= {target for _, target in renames}
    for source, target in renames:
        assert Path(source).parent == Path(target).parent and source.endswith(".tmp")


def _outputs(out: Path) -> dict[str, bytes]:
    outputs = {
        str(p.relative_to(out)): p.read_bytes()
        for p in (out / "submissions").rglob("*")
        if p.is_file()
    }
    summary = json.loads((out / "summary.json").read_text())
    summary.pop("run")
    outputs["summary.json without run"] = json.dumps(summary).encode()
    outputs["summary.csv"] = (out / "summary.csv").read_bytes()
    return outputs


def test_outputs_are_byte_identical_whatever_the_worker_count(tmp_path):
    inputs = [SAMPLES / name for name in DETERMINISM_SET]
    results = {}
    for name, options in EXECUTORS.items():
        run_batch(inputs, tmp_path / name, Settings(), options)
        results[name] = _outputs(tmp_path / name)
    first = results["in-process"]
    assert sum(1 for name in first if name.endswith("analysis.json")) == len(DETERMINISM_SET)
    for name, outputs in results.items():
        assert outputs == first, name


def test_the_run_block_alone_holds_time_and_versions(tmp_path):
    run_batch(
        [SAMPLES / "submissions" / "stroud.pdf"],
        tmp_path,
        Settings(use_model=False),
        RunOptions(inline=True),
    )
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert {"started", "seconds", "s11_version", "python", "limits"} <= set(summary["run"])
    analysis = (tmp_path / "submissions" / "stroud" / "analysis.json").read_text()
    assert summary["run"]["started"][:10] not in analysis and "s11_version" not in analysis


@pytest.fixture
def no_network(monkeypatch):
    """Every socket fails, here and in worker processes (forked ones inherit the patch;
    spawned ones install it from the environment variable)."""

    def refuse(*args, **kwargs):
        raise OSError("network access attempted during the batch")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setenv(NO_NETWORK_ENV, "1")


@pytest.mark.parametrize(
    "options", [RunOptions(inline=True), RunOptions(workers=2)], ids=["in-process", "2 workers"]
)
def test_a_batch_runs_with_the_network_disabled(no_network, tmp_path, options):
    inputs = [SAMPLES / name for name in DETERMINISM_SET]
    batch = run_batch(inputs, tmp_path / "out", Settings(), options)
    statuses = {s.analysis.file: s.analysis.status for s in batch.submissions}
    assert sum(status == "ok" for status in statuses.values()) == 4
    errors = [s.analysis.error.message for s in batch.submissions if s.analysis.error]
    assert not any("network" in message for message in errors)


def test_spawned_workers_install_the_guard_from_the_environment(no_network, tmp_path):
    """A spawned worker imports everything anew (no inherited patch): it still runs the
    batch, and the guard it installs from the environment does block sockets."""
    from pipeline.run.executors import run_local

    probe = tmp_path / "probe.docx"
    submission("Stroud District Council S11").save(probe)
    done = list(run_local([(0, probe)], Settings(use_model=False), workers=1, how="spawn"))
    assert [(index, analysis.status) for index, analysis in done] == [(0, "ok")]

    check = (
        "from pipeline.run.worker import guard_network_if_asked\n"
        "guard_network_if_asked()\n"
        "import socket, urllib.request\n"
        "for attempt in (lambda: socket.socket(), lambda: urllib.request.urlopen('http://127.0.0.1:9')):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        print('blocked', type(exc).__name__, exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        env={**os.environ, NO_NETWORK_ENV: "1"},
        timeout=120,
        check=True,
    )
    assert result.stdout.count("network access is disabled in s11 workers") == 2


def test_workers_render_the_packs_and_the_writer_uses_them(tmp_path, monkeypatch):
    import pipeline.report as report

    used: list[bool] = []
    real = report._prerendered

    def counted(folder, record_json, framework):
        packs = real(folder, record_json, framework)
        used.append(packs is not None)
        return packs

    monkeypatch.setattr(report, "_prerendered", counted)
    inputs = [SAMPLES / name for name in DETERMINISM_SET]
    run_batch(inputs, tmp_path / "workers", Settings(), RunOptions(workers=2))
    run_batch(inputs, tmp_path / "inline", Settings(), RunOptions(inline=True))
    analysed = 4  # the four readable returns of DETERMINISM_SET
    assert used[:analysed] == [True] * analysed  # the worker run: every pack prerendered
    assert used[analysed:] == [False] * analysed  # in-process: nothing to reuse
    assert _outputs(tmp_path / "workers") == _outputs(tmp_path / "inline")


def test_packs_rendered_for_another_record_are_not_used(tmp_path):
    """A history comparison changes records after the workers rendered their packs: the
    writer must render those again, from the record it writes."""
    from dataclasses import replace

    def change(batch):
        submissions = tuple(
            replace(s, analysis=replace(s.analysis, warnings=(*s.analysis.warnings, "changed")))
            for s in batch.submissions
        )
        return replace(batch, submissions=submissions)

    inputs = [SAMPLES / name for name in DETERMINISM_SET]
    run_batch(inputs, tmp_path / "workers", Settings(), RunOptions(workers=1), before_write=change)
    run_batch(inputs, tmp_path / "inline", Settings(), RunOptions(inline=True), before_write=change)
    outputs = _outputs(tmp_path / "workers")
    assert outputs == _outputs(tmp_path / "inline")
    packs = [name for name in outputs if name.endswith("pack.html")]
    assert len(packs) == 4
    assert all(b"changed" in outputs[name] for name in packs)
