"""Run the analysis over many files and write the batch's outputs.

Files are analysed by an executor (:mod:`pipeline.run.executors`, :mod:`pipeline.run.distributed`),
each within the per-file limits; a failure in one file is recorded as that file's error and
never stops the batch or changes another file's result. Results are put back in input order,
so the outputs do not depend on the executor or the number of workers.
"""

from __future__ import annotations

import os
import platform
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline import __version__
from pipeline.cycles.recommendations import batch_progress
from pipeline.files import exclusive, unique_slugs
from pipeline.ingest import PARSER_VERSION
from pipeline.report import prerendered_record, write_batch
from pipeline.report.memo import PackMemo
from pipeline.run.cache import AnalysisCache
from pipeline.run.executors import Done, Job, run_inline, run_local
from pipeline.run.worker import failed, toolkit_for
from pipeline.settings import Settings
from pipeline.understand.dates import file_date, is_late
from pipeline.values import Analysis, Batch, ErrorInfo, OutputError, Submission

Progress = Callable[[Analysis], None]
BeforeWrite = Callable[[Batch], Batch]


@dataclass(frozen=True)
class RunOptions:
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    inline: bool = False  # analyse in this process, without worker processes
    deadline: date | None = None  # submissions dated after it are marked late


@dataclass(frozen=True)
class Input:
    """One file to analyse, or the reason it is not read."""

    path: Path
    refused: str | None = None


def gather(inputs: Iterable[str | Path]) -> list[Input]:
    """Files named directly, and every entry under named folders, in a stable order.

    Inside a folder, a symbolic link is followed only when it points inside that folder: a
    link out of it (to ``/etc/passwd``, a home folder) is recorded as refused, never read,
    so its contents cannot end up in a pack. A file named directly is read wherever it is.
    Anything under a folder that is not a file (a pipe, a device) is recorded too.
    """
    entries: list[Input] = []
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            entries.append(Input(path))
            continue
        root = path.resolve()
        for found in sorted(path.rglob("*")):
            outside = found.is_symlink() and not found.resolve().is_relative_to(root)
            if found.is_dir() and not outside:
                continue  # walked by rglob, or a link to a folder inside that is walked anyway
            if outside:
                kind = "folder" if found.is_dir() else "file"
                entries.append(
                    Input(
                        found,
                        f"is a link to a {kind} outside the input folder; "
                        f"links are not followed out of it, copy it in",
                    )
                )
            elif not found.is_file() and not found.is_symlink():
                entries.append(Input(found, "is not a regular file (a device or pipe)"))
            else:
                entries.append(Input(found))
    seen: set[Path] = set()
    unique = []
    for entry in entries:
        key = entry.path.resolve() if entry.refused is None else entry.path.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    return unique


def collect(inputs: Iterable[str | Path]) -> list[Path]:
    """The paths :func:`gather` finds, refused ones included (they get an error)."""
    return [entry.path for entry in gather(inputs)]


def _execute(
    jobs: list[Job], settings: Settings, options: RunOptions, render_into: Path | None
) -> Iterator[Done]:
    if not jobs:
        return iter(())
    if options.scheduler:
        from pipeline.run.distributed import run_dask

        return run_dask(jobs, settings, options.scheduler, options.workers)
    if options.inline:
        return run_inline(jobs, settings)
    return run_local(jobs, settings, options.workers, render_into=render_into)


def executor_name(options: RunOptions) -> str:
    if options.scheduler:
        return f"dask {options.scheduler}"
    return "inline" if options.inline else "local processes"


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: Path,
    settings: Settings | None = None,
    options: RunOptions | None = None,
    progress: Progress | None = None,
    before_write: BeforeWrite | None = None,
) -> Batch:
    """Analyse every input, write the outputs to ``out_dir`` and return the Batch;
    ``before_write`` may add to the finished batch first (the history comparison of
    ``s11 run --db``)."""
    options = options or RunOptions()
    # Local workers render each file's packs as they go, in a folder kept for the run (the
    # writer uses them only if the record is unchanged by then); Dask workers may be on
    # other machines, and in-process there is nothing to run in parallel with.
    local = not options.scheduler and not options.inline
    with (
        exclusive(Path(out_dir)),
        tempfile.TemporaryDirectory(prefix="s11-packs-") if local else nullcontext() as folder,
    ):
        render_into = Path(folder) if folder else None
        return _run(inputs, out_dir, settings, options, progress, before_write, render_into)


def _run(
    inputs: Iterable[str | Path],
    out_dir: Path,
    settings: Settings | None,
    options: RunOptions,
    progress: Progress | None,
    before_write: BeforeWrite | None,
    render_into: Path | None,
) -> Batch:
    settings = settings or Settings()
    started = time.perf_counter()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    toolkit = toolkit_for(settings)
    entries = gather(inputs)
    results: dict[int, Analysis] = {}
    for index, entry in enumerate(entries):
        if entry.refused is not None:
            results[index] = failed(
                entry.path, toolkit, ErrorInfo("UNSUPPORTED_FORMAT", entry.refused)
            )
            if progress:
                progress(results[index])
    analyses_cache = (
        AnalysisCache(Path(settings.cache_dir), settings) if settings.cache_dir else None
    )
    jobs: list[Job] = []
    refused = sum(1 for entry in entries if entry.refused is not None)
    for index, entry in enumerate(entries):
        if entry.refused is not None:
            continue
        cached = analyses_cache.get(entry.path) if analyses_cache else None
        if cached is None:
            jobs.append((index, entry.path))
            continue
        results[index] = cached
        if progress:
            progress(cached)
    known: dict[int, str] = {}  # the analysis record (JSON) of a result, when made already
    if analyses_cache:
        known.update(
            (index, analyses_cache.records[entry.path])
            for index, entry in enumerate(entries)
            if index in results and entry.path in analyses_cache.records
        )
    for index, analysis in _execute(jobs, settings, options, render_into):
        results[index] = analysis
        record_json = None
        if render_into is not None and analysis.status == "ok":  # rendered by its worker
            record_json = prerendered_record(render_into / str(index))
        if record_json is not None:
            known[index] = record_json
        if analyses_cache:
            path = entries[index].path
            analyses_cache.put(path, analysis, toolkit.finder.judge.source, record_json)
        if progress:
            progress(analysis)
    classifiers = {toolkit.finder.judge.source} if jobs else set()
    if analyses_cache:
        classifiers |= analyses_cache.classifiers
    analyses = [results[index] for index in range(len(entries))]
    slugs = unique_slugs(a.file for a in analyses)
    submissions = tuple(
        _submission(analysis, slug, entry.path, options.deadline)
        for analysis, slug, entry in zip(analyses, slugs, entries, strict=True)
    )
    found = {a.agency for a in analyses if a.agency}
    batch = Batch(
        framework=toolkit.framework,
        submissions=submissions,
        missing_agencies=tuple(toolkit.agencies.missing(found)),
        run={
            "started": started_at,
            "seconds": round(time.perf_counter() - started, 2),
            "files": len(entries),
            "executor": executor_name(options),
            "workers": options.workers,
            "deadline": options.deadline.isoformat() if options.deadline else None,
            "limits": asdict(settings.limits),
            "cache": settings.cache_dir is not None,
            "s11_version": __version__,
            "parser_version": PARSER_VERSION,
            "python": platform.python_version(),
            "classifier": " and ".join(sorted(classifiers)) or toolkit.finder.judge.source,
            "ocr": _ocr_engine() if settings.ocr else "off",
            "analyses_from_cache": len(entries) - len(jobs) - refused,
        }
        | model_entry(settings.model),
        recommendations=batch_progress(analyses, toolkit.recommendations, toolkit.agencies.agencies)
        if toolkit.recommendations
        else (),
    )
    if before_write:
        batch = before_write(batch)
    memo = None
    if analyses_cache:
        memo = PackMemo(analyses_cache.cache_dir / "packs", analyses_cache.fingerprint)
    rendered = {}
    if render_into is not None:
        rendered = {slugs[index]: render_into / str(index) for index, _ in jobs}
    # A record made by the worker or kept in the cache serves only while the batch still
    # holds that very analysis (``before_write`` may have replaced it).
    records = {
        slugs[index]: record_json
        for index, record_json in known.items()
        if batch.submissions[index].analysis is analyses[index]
    }
    try:
        write_batch(batch, out_dir, memo, rendered, records)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        raise OutputError(
            f"the outputs could not be written in {out_dir}: {exc.strerror or exc}{where}. "
            "Every output file is whole, either this run's or the previous run's, and "
            "nothing was removed; run again once that is put right"
        ) from None
    return batch


def _submission(analysis: Analysis, slug: str, path: Path, deadline: date | None) -> Submission:
    """The file's place in the batch. A date from the file's modification time is recorded,
    but never on its own makes a submission late: copying or downloading resets it."""
    submitted, source = analysis.submitted, analysis.submitted_from
    late = is_late(submitted, deadline)
    if submitted is None and (mtime := file_date(path)):
        submitted, source = mtime, "file time"
    return Submission(
        analysis=analysis, slug=slug, late=late, submitted=submitted, submitted_from=source
    )


def model_entry(folder: str | None) -> dict[str, object]:
    """For ``summary.json``'s run block: the learned model a run used (nothing for the
    shipped one, so a default run's summary is as before)."""
    if not folder:
        return {}
    from pipeline.moderation.learned import model_card

    card = model_card(Path(folder))
    return {
        "model": {
            "path": str(Path(folder).resolve()),
            "training_data_sha256": (card.get("training_data") or {}).get("sha256"),
            "cycles": (card.get("feedback") or {}).get("cycles"),
            "moderated_ratings": (card.get("feedback") or {}).get("moderated_ratings"),
        }
    }


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _ocr_engine() -> str:
    """What reads scanned pages in this run: "tesseract 5.3.0", or why nothing does."""
    from pipeline.ingest import ocr

    return ocr.engine() or f"none (install Tesseract: {ocr.HOW_TO})"
