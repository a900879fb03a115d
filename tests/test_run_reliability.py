"""Faults a batch must survive without losing or mixing anything: workers that run other
code, a missing model, two runs into one folder, a full disk, the parent killed while
writing, a locked history database. (Worker death, time and memory limits: test_run_batch.py;
a lost Dask worker: test_run_distributed.py; corrupt cache entries: test_ingest_cache.py and
test_run_cache.py.)"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline import files
from pipeline.cli import main
from pipeline.cycles.store import HistoryStore
from pipeline.evidence import strength
from pipeline.run.batch import RunOptions, run_batch
from pipeline.run.sandbox import Sandbox, WorkerError
from pipeline.settings import Settings
from pipeline.values import HistoryError, ModelError, OutputError
from tests.builders import Word
from tests.test_run_batch import _outputs as batch_outputs

ROOT = Path(__file__).resolve().parent.parent


def _submission(folder: Path, name: str, title: str = "Stroud District Council S11") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return (
        Word(title=title)
        .heading("Standard 1: Leadership")
        .paragraph("In March 2021, 96% (212 of 221) of staff had completed Level 3 training.")
        .save(folder / name)
    )


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    _submission(folder, "a-stroud.docx")
    _submission(folder, "b-cheltenham.docx", "Cheltenham Borough Council S11")
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts and p.name != files.LOCK_NAME
    }


# ---------------------------------------------------------------- workers and the model

DECOY = """
import sys
from multiprocessing.connection import Connection

if __name__ == "__main__":  # a worker from another copy of the project: other code
    outbox = Connection(int(sys.argv[2]), readable=False)
    outbox.send(("ready", ("/elsewhere/pipeline", "0.0.0", "decoy", "rules")))
"""


def test_a_worker_ignores_a_copy_of_the_project_in_the_working_directory(
    inputs, tmp_path, monkeypatch
):
    """``python -m pipeline.run.worker`` started from a folder holding another checkout must
    still run the installed package (-P), so the analysis is the same as from anywhere."""
    decoy = tmp_path / "elsewhere"
    (decoy / "pipeline").mkdir(parents=True)
    (decoy / "pipeline" / "__init__.py").write_text("__version__ = '0.0.0'\n")
    (decoy / "pipeline" / "worker.py").write_text(DECOY)
    settings = Settings(use_model=False)
    path = inputs / "a-stroud.docx"
    home = Sandbox(settings, "subprocess")
    try:
        expected = home.analyse(path)
    finally:
        home.close()
    monkeypatch.chdir(decoy)
    away = Sandbox(settings, "subprocess")
    try:
        assert away.analyse(path) == expected
    finally:
        away.close()


def test_a_worker_that_reports_other_code_is_refused_in_one_line(inputs, monkeypatch):
    from pipeline.run import sandbox as sandbox_module

    real = sandbox_module.runtime_identity
    monkeypatch.setattr(
        sandbox_module, "runtime_identity", lambda s: (*real(s)[:2], "0" * 64, real(s)[3])
    )
    sandbox = Sandbox(Settings(use_model=False), "subprocess")
    try:
        with pytest.raises(WorkerError) as raised:
            sandbox.analyse(inputs / "a-stroud.docx")
    finally:
        sandbox.close()
    message = str(raised.value)
    assert "a worker runs different code, rules or model from this command" in message
    assert "fingerprint" in message and "\n" not in message


def test_a_missing_model_stops_the_run_at_start_never_a_silent_fallback(
    inputs, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(strength, "models_dir", lambda: tmp_path / "no-models")
    strength.load_model.cache_clear()
    try:
        with pytest.raises(ModelError):
            strength.load_model()
        code = main(["run", str(inputs), "--out", str(tmp_path / "out"), "--in-process"])
    finally:
        strength.load_model.cache_clear()
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert "strength classifier" in error and "--no-model" in error and "\n" not in error
    assert not (tmp_path / "out" / "summary.json").exists()


def test_no_model_is_only_what_was_asked_for_and_is_recorded(inputs, tmp_path):
    assert main(["run", str(inputs), "--out", str(tmp_path / "rules"), "--no-model", "-q"]) == 0
    assert main(["run", str(inputs), "--out", str(tmp_path / "model"), "-q"]) == 0
    run = {
        name: json.loads((tmp_path / name / "summary.json").read_text())["run"]
        for name in ("rules", "model")
    }
    assert run["rules"]["classifier"] == "rules"
    assert run["model"]["classifier"] == "model"


@pytest.mark.parametrize("how", ["1 worker", "2 workers", "in-process"])
def test_every_executor_gives_the_bytes_of_every_other_from_another_directory(
    inputs, tmp_path, monkeypatch, how
):
    options = {
        "1 worker": RunOptions(workers=1),
        "2 workers": RunOptions(workers=2),
        "in-process": RunOptions(inline=True),
    }
    run_batch([inputs], tmp_path / "reference", Settings(), RunOptions(workers=1))
    monkeypatch.chdir(tmp_path)
    run_batch([inputs], tmp_path / how, Settings(), options[how])
    assert batch_outputs(tmp_path / how) == batch_outputs(tmp_path / "reference")


# ---------------------------------------------------------------- the output folder


def test_a_second_run_into_a_folder_in_use_exits_2_and_mixes_nothing(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    before = _outputs(out)
    holder = subprocess.Popen(  # another run holding the folder
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from pipeline.files import exclusive\n"
            "with exclusive(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(60)\n",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        _submission(inputs, "c-tewkesbury.docx", "Tewkesbury Borough Council S11")
        code = main(["run", str(inputs), "--out", str(out), "--no-model", "-q"])
    finally:
        holder.kill()
        holder.wait()
    assert code == 2
    assert "is in use by another s11 run" in capsys.readouterr().err
    assert _outputs(out) == before
    # once the other run has gone (its lock goes with it), the folder can be used again
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    assert len(json.loads((out / "summary.json").read_text())["submissions"]) == 3


def test_a_full_disk_while_writing_is_one_clear_error_and_the_old_outputs_stay_whole(
    inputs, tmp_path, monkeypatch, capsys
):
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    before = _outputs(out)
    _submission(inputs, "c-tewkesbury.docx", "Tewkesbury Borough Council S11")
    real_fdopen = os.fdopen
    writes = {"n": 0}

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            writes["n"] += 1
            if writes["n"] > 4:  # the disk fills after a few files
                self.stream.write(data[: len(data) // 2])
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.stream.write(data)

    monkeypatch.setattr(files.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    code = main(["run", str(inputs), "--out", str(out), "--no-model", "-q", "--in-process"])
    monkeypatch.undo()
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert "No space left on device" in error and "\n" not in error
    after = _outputs(out)
    assert not [name for name in after if name.endswith(".tmp")]  # no half-written file
    for name, data in after.items():  # every file is the old one or a whole new one
        if name in before and data != before[name]:
            assert name.endswith(("analysis.json", ".html", ".docx", "redactions.json"))
    assert after["summary.json"] == before["summary.json"]
    json.loads(after["summary.json"])
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    assert len(json.loads((out / "summary.json").read_text())["submissions"]) == 3


KILL_WHILE_WRITING = """
import os, signal, sys
from pipeline.cli import main
from pipeline import files

real, count = files.os.replace, [0]

def replace(source, target):
    count[0] += 1
    at = sys.argv[3]
    if (at.isdigit() and count[0] == int(at)) or str(target).endswith(at):
        os.kill(os.getpid(), signal.SIGKILL)
    real(source, target)

files.os.replace = replace
main(["run", sys.argv[1], "--out", sys.argv[2], "--no-model", "-q", "--in-process"])
"""


@pytest.mark.parametrize("at", ["1", "6", "12", "summary.json", "index.html"])
def test_the_parent_killed_while_writing_loses_nothing_and_a_rerun_completes(inputs, tmp_path, at):
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    old_summary = (out / "summary.json").read_bytes()
    _submission(inputs, "c-tewkesbury.docx", "Tewkesbury Borough Council S11")
    killed = subprocess.run(
        [sys.executable, "-c", KILL_WHILE_WRITING, str(inputs), str(out), str(at)],
        capture_output=True,
    )
    assert killed.returncode == -9
    summary = (out / "summary.json").read_bytes()
    json.loads(summary)  # whole, old or new
    assert summary == old_summary or len(json.loads(summary)["submissions"]) == 3
    assert main(["run", str(inputs), "--out", str(out), "--no-model", "-q"]) == 0
    assert len(json.loads((out / "summary.json").read_text())["submissions"]) == 3
    # (the private cache may keep a killed run's temporary file: it is never read as an entry)
    assert not [p for p in out.rglob("*.tmp") if ".cache" not in p.parts]
    reference = tmp_path / "reference"
    assert main(["run", str(inputs), "--out", str(reference), "--no-model", "-q"]) == 0
    assert batch_outputs(out) == batch_outputs(reference)


# ---------------------------------------------------------------- the history database


def test_a_locked_history_database_is_waited_for_then_a_clear_error(tmp_path):
    database = tmp_path / "history.db"
    HistoryStore(database).close()
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryError) as raised:
            HistoryStore(database, timeout=0.3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "is locked by another process (waited 0.3 s)" in str(raised.value)


def test_a_history_lock_released_while_waiting_lets_the_store_open(tmp_path):
    database = tmp_path / "history.db"
    HistoryStore(database).close()
    other = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        with HistoryStore(database, timeout=60) as store:
            assert store.snapshots() == []
    finally:
        release.join()
        other.close()


def test_a_write_error_other_than_a_full_disk_is_an_output_error_too(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.json").mkdir()  # cannot be replaced by a file
    with pytest.raises(OutputError) as raised:
        run_batch([inputs], out, Settings(use_model=False), RunOptions(inline=True))
    assert "summary.json" in str(raised.value)
