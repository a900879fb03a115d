"""Writers: a finished Analysis or Batch -> the files of the output contract.

Writers format; they compute nothing about the submission.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Analysis, Batch
from pipeline.report.files import replacing, write_text
from pipeline.report.html import render_index, render_pack
from pipeline.report.records import analysis_record, dumps, summary_record
from pipeline.report.tables import summary_csv


def write_submission(analysis: Analysis, folder: Path, framework: dict[str, str]) -> None:
    record = analysis_record(analysis)
    write_text(folder / "analysis.json", dumps(record))
    if analysis.status == "ok":
        write_text(folder / "pack.html", render_pack(record, framework))


def write_batch(batch: Batch, out_dir: Path) -> None:
    """Write every contract file, removing results of files no longer in the batch."""
    framework = {"id": batch.framework.id, "title": batch.framework.title}
    submissions_dir = out_dir / "submissions"
    with replacing(submissions_dir):  # then removes whatever a previous run left there
        for submission in batch.submissions:
            write_submission(submission.analysis, submissions_dir / submission.slug, framework)
    summary = summary_record(batch)
    standard_ids = [s.id for s in batch.framework.standards]
    write_text(out_dir / "summary.json", dumps(summary))
    write_text(out_dir / "summary.csv", summary_csv(summary, standard_ids))
    standards = [{"id": s.id, "title": s.title} for s in batch.framework.standards]
    write_text(out_dir / "index.html", render_index(summary, standards))
