"""What ``s11 run`` tells the person at the terminal while a batch runs.

On an interactive terminal, a progress bar on stderr with one line above it per failed file;
otherwise plain log lines (one per failed file; with ``verbose``, one per file). ``quiet``
keeps only the failure lines.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import IO, Any

from pipeline.values import Analysis


def failure_line(analysis: Analysis) -> str:
    """One clear line for a file that failed."""
    error = analysis.error
    code, message = (error.code, error.message) if error else ("ERROR", "failed")
    return f"FAILED {analysis.file}: {code}: {message}"


class Reporter:
    """A progress callback for :func:`pipeline.run.batch.run_batch`, used as a context manager."""

    def __init__(
        self, total: int, quiet: bool = False, verbose: bool = False, stream: IO[str] | None = None
    ) -> None:
        self.total = total
        self.quiet = quiet
        self.verbose = verbose
        self.stream = stream or sys.stderr
        self.failed = 0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Reporter:
        if not self.quiet and self.stream.isatty() and self.total > 1:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            # No refresh thread: worker processes are forked while the bar is up.
            self._bar = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                auto_refresh=False,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("analysing", total=self.total)
        return self

    def __call__(self, analysis: Analysis) -> None:
        if analysis.status != "ok":
            self.failed += 1
            self._print(failure_line(analysis))
        elif self.verbose and not self.quiet:
            self._print(f"ok     {analysis.file}: {analysis.agency or 'agency not recognised'}")
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=analysis.file[:40])
            self._bar.refresh()

    def _print(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self.stream, flush=True)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
