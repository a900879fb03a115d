"""The OCR part of ``make bench``: scanned returns read by Tesseract.

    (g) ``s11 run --workers 1`` over the scanned samples (samples/scans): OCR pages per second
        and the time of each scan, read one file at a time in one process
    (h) one long scan (the samples' scanned pages repeated to 50 pages): wall time and the
        peak RSS of the worker and of Tesseract, which must stay within the memory limit

Skipped, with the reason, when Tesseract is not installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCANS = ROOT / "samples" / "scans" / "submissions"

PER_FILE = """
import json, sys, time
from pathlib import Path
from pipeline.ingest import DEFAULT_LIMITS, ingest
times = {}
for path in sys.argv[1:]:
    started = time.perf_counter()
    document = ingest(Path(path), DEFAULT_LIMITS, ocr=True)
    times[Path(path).name] = {
        "seconds": round(time.perf_counter() - started, 2),
        "pages": len(document.source.ocr_pages),
        "mean_confidence": round(
            sum(p.mean_confidence * p.words for p in document.source.ocr_pages)
            / max(1, sum(p.words for p in document.source.ocr_pages)),
            1,
        ),
    }
print(json.dumps(times))
"""


def long_scan(target: Path, pages: int) -> Path:
    """A scan of ``pages`` pages: the scanned samples' pages over and over."""
    from pypdf import PdfReader, PdfWriter

    sources = [PdfReader(path).pages for path in sorted(SCANS.glob("*.pdf"))]
    flat = [page for pages_of in sources for page in pages_of]
    writer = PdfWriter()
    for n in range(pages):
        writer.add_page(flat[n % len(flat)])
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as stream:
        writer.write(stream)
    return target


def run(work: Path, measure: Any, s11: list[str], long_pages: int) -> dict[str, Any]:
    """Time the scans; ``measure`` is bench.run.measure (wall, CPU, peak RSS)."""
    from pipeline.ingest import ocr

    engine = ocr.engine()
    if engine is None:
        return {"skipped": f"Tesseract is not installed ({ocr.HOW_TO})"}
    scans = sorted(str(p) for p in SCANS.glob("*.pdf"))
    out = work / "out-ocr"
    started = time.perf_counter()
    per_file = json.loads(
        subprocess.run(
            [sys.executable, "-c", PER_FILE, *scans],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    reading = time.perf_counter() - started
    pages = sum(v["pages"] for v in per_file.values())
    batch = measure(
        "s11 run --workers 1, scans",
        [*s11, "run", *scans, "--out", str(out / "g"), "--workers", "1", "-q", "--no-cache"],
        ROOT,
    )
    long_path = long_scan(work / "long-scan" / f"scan-{long_pages}-pages.pdf", long_pages)
    timeout = str(max(120, 10 * long_pages))  # the default 120 s is for one file; see README
    long_run = measure(
        f"s11 run --workers 1, one {long_pages}-page scan",
        [
            *s11,
            "run",
            str(long_path),
            "--out",
            str(out / "h"),
            "--workers",
            "1",
            "-q",
            "--no-cache",
            "--timeout",
            timeout,
        ],
        ROOT,
    )
    summary = json.loads((out / "h" / "summary.json").read_text(encoding="utf-8"))
    [entry] = summary["submissions"]
    return {
        "engine": engine,
        "per_file": per_file,
        "reading_seconds": round(reading, 2),
        "pages": pages,
        "pages_per_second": round(pages / sum(v["seconds"] for v in per_file.values()), 3),
        "batch": {"seconds": round(batch.seconds, 2), "cpu_seconds": round(batch.cpu_seconds, 2)},
        "long": {
            "pages": long_pages,
            "status": entry["status"],
            "error": entry["error"],
            "seconds": round(long_run.seconds, 2),
            "pages_per_second": round(long_pages / long_run.seconds, 3),
            "peak_mb": long_run.peak_mb,
            "max_peak_mb": long_run.max_peak_mb,
            "timeout": float(timeout),
        },
    }


def report(result: dict[str, Any]) -> list[str]:
    if "skipped" in result:
        return [f"(g) OCR: skipped, {result['skipped']}"]
    files = ", ".join(
        f"{name} {v['seconds']:.1f} s ({v['pages']} pages, confidence {v['mean_confidence']})"
        for name, v in result["per_file"].items()
    )
    long = result["long"]
    peaks = dict(long["peak_mb"])
    main, worker = peaks.pop("main", 0.0), peaks.pop("worker 1", 0.0)
    children = max(peaks.values(), default=0.0)  # each page's Tesseract process
    return [
        f"(g) OCR ({result['engine']}): {result['pages_per_second']:.2f} pages/s over "
        f"{result['pages']} scanned pages; {files}; s11 run over the three "
        f"{result['batch']['seconds']:.1f} s",
        f"(h) one {long['pages']}-page scan: {long['status']} in {long['seconds']:.1f} s "
        f"({long['pages_per_second']:.2f} pages/s, --timeout {long['timeout']:g}); peak RSS: "
        f"main {main} MB, worker {worker} MB, each page's Tesseract at most {children} MB "
        "(the worker limit is 2048 MB)",
    ]
