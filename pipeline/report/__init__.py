"""Writers: a finished Analysis or Batch -> the files of the output contract.

Writers format; they compute nothing about the submission.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.files import replacing, write_bytes, write_text
from pipeline.report.html import render_index, render_pack
from pipeline.report.memo import PackMemo, pack_key
from pipeline.report.records import analysis_record, dumps, summary_record
from pipeline.report.tables import summary_csv
from pipeline.report.word import pack_docx
from pipeline.rules import load_indicators
from pipeline.values import Analysis, Batch, Indicator

if TYPE_CHECKING:
    from pipeline.redact.record import RecordRedactor

PACK_FILES = ("pack.html", "pack.docx", "pack-redacted.html", "redactions.json")


def render_packs(
    record: dict[str, Any], framework: dict[str, str], redactor: RecordRedactor | None = None
) -> dict[str, bytes]:
    """The pack files of an analysed submission's record, by file name."""
    redacted, log = (redactor or _record_redactor()).redact(record)
    return {
        "pack.html": render_pack(record, framework).encode("utf-8"),
        "pack.docx": pack_docx(record, framework),
        "pack-redacted.html": render_pack(redacted, framework, log).encode("utf-8"),
        "redactions.json": dumps(log).encode("utf-8"),
    }


def _record_redactor() -> RecordRedactor:
    from pipeline.redact import Redactor
    from pipeline.redact.record import RecordRedactor

    return RecordRedactor(Redactor())


class _RedactorOnFirstUse:
    """The batch's record redactor, built when a pack is first rendered: a re-run whose
    packs are all reused loads neither its name lists nor spaCy."""

    def __init__(self) -> None:
        self._redactor: RecordRedactor | None = None

    def redact(self, record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        if self._redactor is None:
            self._redactor = _record_redactor()
        return self._redactor.redact(record)


# Packs rendered ahead, by a worker process, for the record it analysed: a folder holding
# the files and this file naming what they were rendered from. The writer uses them only
# for exactly that record (a history comparison may have changed it since).
_RENDERED_FOR = "rendered-for.sha256"


_RECORD = "analysis.json"  # the record the packs were rendered from, as the writer writes it


def prerender(
    analysis: Analysis,
    folder: Path,
    framework: dict[str, str],
    indicators: Sequence[Indicator],
    redactor: RecordRedactor,
) -> None:
    """Render an analysed file's packs into ``folder`` for :func:`write_submission`, with
    the analysis record they were rendered from."""
    if analysis.status != "ok":
        return
    record = analysis_record(analysis, indicators)
    record_json = dumps(record)
    packs = render_packs(record, framework, redactor)
    for name, data in packs.items():
        write_bytes(folder / name, data)
    write_text(folder / _RECORD, record_json)
    write_text(folder / _RENDERED_FOR, pack_key(record_json, framework))


def prerendered_record(folder: Path) -> str | None:
    """The analysis record (JSON) a worker rendered packs from in ``folder``, if any."""
    try:
        return (folder / _RECORD).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None


def _prerendered(
    folder: Path | None, record_json: str, framework: dict[str, str]
) -> dict[str, bytes] | None:
    if folder is None:
        return None
    try:
        if (folder / _RENDERED_FOR).read_text() != pack_key(record_json, framework):
            return None
        return {name: (folder / name).read_bytes() for name in PACK_FILES}
    except OSError:
        return None


def write_submission(
    analysis: Analysis,
    folder: Path,
    framework: dict[str, str],
    indicators: Sequence[Indicator] = (),
    redactor: RecordRedactor | None = None,
    memo: PackMemo | None = None,
    rendered: Path | None = None,
) -> dict[str, Any]:
    """Write analysis.json and, for an analysed file, its packs; return the record. With a
    ``memo``, packs still as the last run wrote them for the same record are left alone;
    ``rendered`` is a folder :func:`prerender` may have filled for this file."""
    record = analysis_record(analysis, indicators)
    _write_submission(analysis, record, dumps(record), folder, framework, redactor, memo, rendered)
    return record


def _write_submission(
    analysis: Analysis,
    record: dict[str, Any] | None,
    record_json: str,
    folder: Path,
    framework: dict[str, str],
    redactor: RecordRedactor | None,
    memo: PackMemo | None,
    rendered: Path | None,
) -> None:
    write_text(folder / "analysis.json", record_json)
    if analysis.status != "ok":
        return  # packs from an earlier run of a file that now fails are pruned
    key = memo.key(record_json, framework) if memo else ""
    if memo and memo.reuse(folder, key):
        return
    packs = _prerendered(rendered, record_json, framework)
    if packs is None:
        packs = render_packs(record or json.loads(record_json), framework, redactor)
    for name, data in packs.items():
        write_bytes(folder / name, data)
    if memo:
        memo.remember(folder, key, packs)


def write_batch(
    batch: Batch,
    out_dir: Path,
    memo: PackMemo | None = None,
    rendered: Mapping[str, Path] | None = None,
    records: Mapping[str, str] | None = None,
) -> None:
    """Write every contract file, removing results of files no longer in the batch.
    ``rendered`` maps a submission's slug to the folder its packs may be prerendered in;
    ``records`` to its analysis record (JSON) when already made for exactly its analysis
    (by the worker, or kept in the cache with it). With a ``memo``, a summary.xlsx still as
    the last run wrote it for the same records is left alone."""
    rendered = rendered or {}
    records = records or {}
    framework = {"id": batch.framework.id, "title": batch.framework.title}
    submissions_dir = out_dir / "submissions"
    indicators = load_indicators(batch.framework)
    redactor = typing.cast("RecordRedactor", _RedactorOnFirstUse())
    record_jsons: list[str] = []
    with replacing(submissions_dir):  # then removes whatever a previous run left there
        for s in batch.submissions:
            record_json = records.get(s.slug)
            record = None
            if record_json is None:
                record = analysis_record(s.analysis, indicators)
                record_json = dumps(record)
            _write_submission(
                s.analysis,
                record,
                record_json,
                submissions_dir / s.slug,
                framework,
                redactor,
                memo,
                rendered.get(s.slug),
            )
            record_jsons.append(record_json)
    summary = summary_record(batch)
    standards = [{"id": s.id, "title": s.title} for s in batch.framework.standards]
    standard_ids = [s["id"] for s in standards]
    write_text(out_dir / "summary.json", dumps(summary))
    write_text(out_dir / "summary.csv", summary_csv(summary, standard_ids))
    _write_workbook(out_dir, summary, record_jsons, standards, framework, memo)
    write_text(out_dir / "index.html", render_index(summary, standards))


def _write_workbook(
    out_dir: Path,
    summary: dict[str, Any],
    record_jsons: list[str],
    standards: list[dict[str, str]],
    framework: dict[str, str],
    memo: PackMemo | None,
) -> None:
    """summary.xlsx, from the summary (but for the run's times, which it does not show) and
    the records; left alone when the memo says it holds exactly that."""
    key = ""
    if memo:
        shown = {name: value for name, value in summary.items() if name != "run"}
        key = memo.key_of_parts([dumps(shown), json.dumps(standards), *record_jsons], framework)
        if memo.reuse(out_dir, key):
            return
    from pipeline.report.workbook import gaps_view, summary_workbook

    records = [gaps_view(json.loads(record_json)) for record_json in record_jsons]
    data = summary_workbook(summary, records, standards)
    write_bytes(out_dir / "summary.xlsx", data)
    if memo:
        memo.remember(out_dir, key, {"summary.xlsx": data})
