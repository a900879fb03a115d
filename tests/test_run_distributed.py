"""The Dask executor against a real LocalCluster of two worker processes: the same bytes as
the local pool, the time limit, and one Toolkit per worker."""

from __future__ import annotations

import os

import pytest

from pipeline.ingest import Limits
from pipeline.run.batch import RunOptions, run_batch
from pipeline.settings import Settings
from tests.builders import Word
from tests.test_run_batch import DETERMINISM_SET, SAMPLES, _outputs

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster


def test_dask_gives_the_same_bytes_as_the_local_pool(cluster, tmp_path):
    inputs = [SAMPLES / name for name in DETERMINISM_SET]
    run_batch(inputs, tmp_path / "local", Settings(), RunOptions(workers=2))
    batch = run_batch(
        inputs, tmp_path / "dask", Settings(), RunOptions(scheduler=cluster.scheduler_address)
    )
    assert batch.run["executor"].startswith("dask tcp://")
    local, dask = _outputs(tmp_path / "local"), _outputs(tmp_path / "dask")
    assert sum(1 for name in dask if name.endswith("analysis.json")) == len(DETERMINISM_SET)
    assert dask == local

    with distributed.Client(cluster) as client:
        from pipeline.run.distributed import worker_starts

        starts = client.run(worker_starts)
    assert len(starts) == 2
    for counts in starts.values():  # each worker built its Toolkit once, for every file
        assert list(counts.values()) == [1]


HANG_HOOK = """
import os
_name = os.environ.get("S11_TEST_HANG_ON")
if _name:
    import time
    from pipeline.ingest import docx as _docx

    _real = _docx.read

    def _read(data, source, limits):
        if source.file == _name:
            time.sleep(3600)
        return _real(data, source, limits)

    _docx.read = _read
"""


@pytest.fixture(scope="module")
def hanging_cluster(tmp_path_factory):
    """A cluster whose worker processes, and the worker children they start, hang for an
    hour reading "b-hangs.docx": a file that is slower than any time limit on any machine
    (a ``sitecustomize`` on PYTHONPATH reaches the children, which monkeypatch cannot)."""
    hook = tmp_path_factory.mktemp("hook")
    (hook / "sitecustomize.py").write_text(HANG_HOOK, encoding="utf-8")
    env = {"PYTHONPATH": str(hook), "S11_TEST_HANG_ON": "b-hangs.docx"}
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        env=env,
    ) as cluster:
        yield cluster


def test_a_file_past_the_time_limit_on_dask_is_too_large_and_the_batch_goes_on(
    hanging_cluster, tmp_path
):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a-quick.docx", "b-hangs.docx", "c-quick.docx"):
        Word(title="Cheltenham Borough Council S11").heading("Standard 1").paragraph(
            "We have a named safeguarding lead."
        ).save(inputs / name)
    limits = Limits(timeout_s=5)
    batch = run_batch(
        [inputs],
        tmp_path / "out",
        Settings(use_model=False, limits=limits),
        RunOptions(scheduler=hanging_cluster.scheduler_address),
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["b-hangs.docx"].error.code == "TOO_LARGE"
    assert "time limit of 5 s" in results["b-hangs.docx"].error.message
    assert results["a-quick.docx"].status == results["c-quick.docx"].status == "ok"


def test_scheduler_local_starts_and_stops_its_own_cluster(tmp_path):
    batch = run_batch(
        [SAMPLES / "submissions" / "stroud.pdf"],
        tmp_path,
        Settings(use_model=False),
        RunOptions(scheduler="local", workers=1),
    )
    assert [s.analysis.status for s in batch.submissions] == ["ok"]
    assert batch.run["executor"] == "dask local"


def test_a_task_the_cluster_loses_costs_only_its_file(cluster, tmp_path):
    """A Dask-level failure (here: the task raising in the Dask worker) is one error line."""
    from pipeline.run.distributed import analyse_task, run_dask

    def flaky(path: str, settings: Settings, expected):
        if path.endswith("b-lost.docx"):
            raise RuntimeError("worker lost")
        return analyse_task(path, settings, expected)

    jobs = []
    for index, name in enumerate(("a-kept.docx", "b-lost.docx")):
        path = tmp_path / name
        Word(title="Cheltenham Borough Council S11").heading("Standard 1").paragraph(
            "We have a named safeguarding lead."
        ).save(path)
        jobs.append((index, path))
    done = dict(run_dask(jobs, Settings(use_model=False), cluster.scheduler_address, 2, flaky))
    assert done[0].status == "ok"
    assert done[1].error.code == "CORRUPT"
    assert "Dask worker running it failed (RuntimeError: worker lost)" in done[1].error.message
    assert done[1].error.transient  # so never cached: a re-run tries it again


def test_a_dask_worker_killed_mid_run_costs_only_its_files_and_a_rerun_fills_them_in(
    tmp_path,
):
    """A worker process that dies on a file (the whole Dask worker, not only its child) is
    retried by the scheduler, then given up as lost: that file fails, named, the others are
    analysed, and a re-run into the same folder (cache on) fills it in."""
    from distributed import LocalCluster

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a-kept.docx", "b-lost.docx", "c-kept.docx"):
        Word(title="Cheltenham Borough Council S11").heading("Standard 1").paragraph(
            "We have a named safeguarding lead."
        ).save(inputs / name)
    out = tmp_path / "out"
    settings = Settings(use_model=False, cache_dir=str(out / ".cache"))
    with LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        from pipeline.run import distributed as s11_distributed

        real = s11_distributed.analyse_task

        def dies_on_b(path: str, settings: Settings, expected):
            if path.endswith("b-lost.docx"):
                os._exit(1)  # the Dask worker process itself goes
            return real(path, settings, expected)

        done = dict(
            s11_distributed.run_dask(
                [(i, inputs / n) for i, n in enumerate(sorted(p.name for p in inputs.iterdir()))],
                settings,
                cluster.scheduler_address,
                2,
                dies_on_b,
            )
        )
    assert done[0].status == done[2].status == "ok", (done[0].error, done[2].error)
    assert done[1].file == "b-lost.docx" and done[1].error.code == "CORRUPT"
    assert "Dask worker running it failed" in done[1].error.message
    from pipeline.run.cache import AnalysisCache

    cache = AnalysisCache(out / ".cache", settings)
    for index, name in enumerate(("a-kept.docx", "b-lost.docx", "c-kept.docx")):
        cache.put(inputs / name, done[index], "rules")
    assert cache.get(inputs / "b-lost.docx") is None  # the lost file is tried again
    rerun = run_batch([inputs], out, settings, RunOptions(workers=1))
    assert [s.analysis.status for s in rerun.submissions] == ["ok", "ok", "ok"]
    assert rerun.run["analyses_from_cache"] == 2
