"""Writers: a finished Analysis or Batch -> the files of the output contract.

Writers format; they compute nothing about the submission.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.files import replacing, write_bytes, write_text
from pipeline.redact import Redactor
from pipeline.redact.record import RecordRedactor
from pipeline.report.html import render_index, render_pack
from pipeline.report.memo import PackMemo, pack_key
from pipeline.report.records import analysis_record, dumps, summary_record
from pipeline.report.tables import summary_csv
from pipeline.report.word import pack_docx
from pipeline.report.workbook import summary_workbook
from pipeline.rules import load_indicators
from pipeline.values import Analysis, Batch, Indicator

PACK_FILES = ("pack.html", "pack.docx", "pack-redacted.html", "redactions.json")


def render_packs(
    record: dict[str, Any], framework: dict[str, str], redactor: RecordRedactor | None = None
) -> dict[str, bytes]:
    """The pack files of an analysed submission's record, by file name."""
    redacted, log = (redactor or RecordRedactor(Redactor())).redact(record)
    return {
        "pack.html": render_pack(record, framework).encode("utf-8"),
        "pack.docx": pack_docx(record, framework),
        "pack-redacted.html": render_pack(redacted, framework, log).encode("utf-8"),
        "redactions.json": dumps(log).encode("utf-8"),
    }


# Packs rendered ahead, by a worker process, for the record it analysed: a folder holding
# the files and this file naming what they were rendered from. The writer uses them only
# for exactly that record (a history comparison may have changed it since).
_RENDERED_FOR = "rendered-for.sha256"


def prerender(
    analysis: Analysis,
    folder: Path,
    framework: dict[str, str],
    indicators: Sequence[Indicator],
    redactor: RecordRedactor,
) -> None:
    """Render an analysed file's packs into ``folder`` for :func:`write_submission`."""
    if analysis.status != "ok":
        return
    record = analysis_record(analysis, indicators)
    record_json = dumps(record)
    packs = render_packs(record, framework, redactor)
    for name, data in packs.items():
        write_bytes(folder / name, data)
    write_text(folder / _RENDERED_FOR, pack_key(record_json, framework))


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
    record_json = dumps(record)
    write_text(folder / "analysis.json", record_json)
    if analysis.status != "ok":
        return record  # packs from an earlier run of a file that now fails are pruned
    key = memo.key(record_json, framework) if memo else ""
    if memo and memo.reuse(folder, key):
        return record
    packs = _prerendered(rendered, record_json, framework) or render_packs(
        record, framework, redactor
    )
    for name, data in packs.items():
        write_bytes(folder / name, data)
    if memo:
        memo.remember(folder, key, packs)
    return record


def write_batch(
    batch: Batch,
    out_dir: Path,
    memo: PackMemo | None = None,
    rendered: Mapping[str, Path] | None = None,
) -> None:
    """Write every contract file, removing results of files no longer in the batch.
    ``rendered`` maps a submission's slug to the folder its packs may be prerendered in."""
    rendered = rendered or {}
    framework = {"id": batch.framework.id, "title": batch.framework.title}
    submissions_dir = out_dir / "submissions"
    indicators = load_indicators(batch.framework)
    redactor = RecordRedactor(Redactor())
    with replacing(submissions_dir):  # then removes whatever a previous run left there
        records = [
            write_submission(
                s.analysis,
                submissions_dir / s.slug,
                framework,
                indicators,
                redactor,
                memo,
                rendered.get(s.slug),
            )
            for s in batch.submissions
        ]
    summary = summary_record(batch)
    standards = [{"id": s.id, "title": s.title} for s in batch.framework.standards]
    standard_ids = [s["id"] for s in standards]
    write_text(out_dir / "summary.json", dumps(summary))
    write_text(out_dir / "summary.csv", summary_csv(summary, standard_ids))
    write_bytes(out_dir / "summary.xlsx", summary_workbook(summary, records, standards))
    write_text(out_dir / "index.html", render_index(summary, standards))
