"""Run the analysis over many files and write the batch's outputs.

Files are analysed in-process (one worker) or in a local process pool, each worker building
its Toolkit once. A failure in one file is recorded as that file's error and never stops the
batch or changes another file's result.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline import __version__
from pipeline.analyse import Settings, Toolkit, analyse
from pipeline.model import Analysis, Batch, ErrorInfo, S11Error, Submission
from pipeline.report import write_batch
from pipeline.report.files import unique_slugs

Progress = Callable[[Analysis], None]


def collect(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and every file under named folders, in a stable order."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def safe_analyse(path: Path, toolkit: Toolkit) -> Analysis:
    """analyse(), with anything unexpected recorded as CORRUPT rather than raised."""
    try:
        return analyse(path, toolkit)
    except (S11Error, Exception) as exc:  # noqa: BLE001 - one file must never stop the batch
        return Analysis(
            file=path.name,
            framework_id=toolkit.framework.id,
            status="error",
            error=ErrorInfo("CORRUPT", f"could not be analysed ({type(exc).__name__}: {exc})"[:300]),
        )


_worker_toolkit: Toolkit | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_toolkit
    _worker_toolkit = Toolkit(settings)


def _work(path: str) -> Analysis:
    assert _worker_toolkit is not None
    return safe_analyse(Path(path), _worker_toolkit)


@dataclass(frozen=True)
class RunOptions:
    workers: int = 1
    scheduler: str | None = None


def _analyses(files: list[Path], settings: Settings, options: RunOptions,
              toolkit: Toolkit, progress: Progress | None) -> Iterator[Analysis]:
    if options.workers <= 1 or len(files) <= 1:
        for path in files:
            analysis = safe_analyse(path, toolkit)
            if progress:
                progress(analysis)
            yield analysis
        return
    toolkit.finder  # load the model before the pool forks, so workers start with it loaded
    with ProcessPoolExecutor(
        max_workers=options.workers, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        for analysis in pool.map(_work, [str(p) for p in files], chunksize=1):
            if progress:
                progress(analysis)
            yield analysis


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: Path,
    settings: Settings = Settings(),
    options: RunOptions = RunOptions(),
    progress: Progress | None = None,
) -> Batch:
    started = time.perf_counter()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    toolkit = Toolkit(settings)
    files = collect(inputs)
    analyses = list(_analyses(files, settings, options, toolkit, progress))
    slugs = unique_slugs(a.file for a in analyses)
    submissions = tuple(Submission(analysis=a, slug=s) for a, s in zip(analyses, slugs, strict=True))
    found = {a.agency for a in analyses if a.agency}
    batch = Batch(
        framework=toolkit.framework,
        submissions=submissions,
        missing_agencies=tuple(toolkit.agencies.missing(found)),
        run={
            "started": started_at,
            "seconds": round(time.perf_counter() - started, 2),
            "files": len(files),
            "workers": options.workers,
            "s11_version": __version__,
            "python": platform.python_version(),
            "classifier": toolkit.finder.judge.source,
        },
    )
    write_batch(batch, out_dir)
    return batch


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)
