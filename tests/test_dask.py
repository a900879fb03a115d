"""The Dask executor against a real LocalCluster of two worker processes: the same bytes as
the local pool, the time limit, and one Toolkit per worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyse import Settings
from pipeline.batch import RunOptions, run_batch
from pipeline.ingest import Limits
from tests.builders import Word
from tests.test_batch import DETERMINISM_SET, SAMPLES, _outputs

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
        from pipeline.distributed import worker_starts

        starts = client.run(worker_starts)
    assert len(starts) == 2
    for counts in starts.values():  # each worker built its Toolkit once, for every file
        assert list(counts.values()) == [1]


def slow_submission(path: Path) -> Path:
    """A real document long enough to take many seconds to analyse."""
    word = Word(title="Stroud District Council S11").heading("Standard 1: Leadership")
    for i in range(4000):
        word.paragraph(
            f"In quarter {i} we trained {i % 97} staff and audited {i % 13} case "
            f"files, and {i % 7} managers reviewed supervision records."
        )
    return word.save(path)


def test_a_file_past_the_time_limit_on_dask_is_too_large_and_the_batch_goes_on(cluster, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    slow_submission(inputs / "b-slow.docx")
    for name in ("a-quick.docx", "c-quick.docx"):
        Word(title="Cheltenham Borough Council S11").heading("Standard 1").paragraph(
            "We have a named safeguarding lead."
        ).save(inputs / name)
    limits = Limits(timeout_s=1.5, max_compression_ratio=10_000)
    batch = run_batch(
        [inputs],
        tmp_path / "out",
        Settings(use_model=False, limits=limits),
        RunOptions(scheduler=cluster.scheduler_address),
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["b-slow.docx"].error.code == "TOO_LARGE"
    assert "time limit of 1.5 s" in results["b-slow.docx"].error.message
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
    from pipeline.distributed import analyse_task, run_dask

    def flaky(path: str, settings: Settings):
        if path.endswith("b-lost.docx"):
            raise RuntimeError("worker lost")
        return analyse_task(path, settings)

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
