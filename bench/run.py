"""``make bench``: build a corpus, then time on the same files

    (a) the floor: pdfplumber ``page.extract_text()`` over every PDF page, one process
    (b) ``s11 run --workers 1`` (the PDFs, then the Word files: (b) is their sum)
    (c) ``s11 run --workers 2`` over the whole corpus
    (d) the same run again with the files unchanged (warm)
    (e) ``s11 --help`` start-up
    (f) peak RSS of every worker process, and of one run over a single 300-page PDF
    (g), (h) OCR: pages per second and time per scan on samples/scans, and one 50-page
        scan's time and peak memory (``bench/ocr.py``; skipped without Tesseract)

and print pages per second and the ratios b/a, c/b, d/b against the targets; write
``bench.json``. ``--smoke`` runs the same steps on a tiny corpus in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench import ocr as ocr_bench
from bench.corpus import build, long_pdf

ROOT = Path(__file__).resolve().parent.parent
S11 = [sys.executable, "-m", "pipeline.cli"]
TARGETS = {"b/a": 5.0, "c/b": 1.85, "d/b": 25.0, "help_s": 0.15, "peak_mb": 300.0}

FLOOR = """
import sys, pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
            pages += 1
print(pages)
"""


@dataclass
class Timing:
    """One measured command: wall and CPU seconds, and peak RSS per process (MB)."""

    label: str
    seconds: float
    cpu_seconds: float
    peak_mb: dict[str, float] = field(default_factory=dict)
    load_average: float = 0.0  # 1-minute load at the start: other work on the machine
    # CPU seconds of each process (the command itself, "main", and every worker), as last
    # seen in /proc before it ended (at most one poll, 50 ms, short)
    cpu_by_process: dict[str, float] = field(default_factory=dict)

    @property
    def max_peak_mb(self) -> float:
        return max(self.peak_mb.values(), default=0.0)


def _peak_rss_mb(pid: int) -> float | None:
    """VmHWM (the process's peak resident set) from /proc, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process so far, from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime and stime, fields 14 and 15


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                found.extend(int(c) for c in children)
                stack.extend(int(c) for c in children)
        except OSError:
            continue
    return found


def measure(label: str, command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Timing:
    """Run a command, polling /proc for the peak RSS of it and every process it starts."""
    load = os.getloadavg()[0]
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peaks: dict[int, float] = {}
    names: dict[int, str] = {}
    cpu_seen: dict[int, float] = {}
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            peak = _peak_rss_mb(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), peak)
                names.setdefault(pid, "main" if pid == process.pid else f"worker {len(names)}")
            used = _cpu_seconds(pid)
            if used is not None:
                cpu_seen[pid] = used
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    after = os.times()
    if process.returncode != 0:
        raise SystemExit(
            f"{label}: {' '.join(command)} exited {process.returncode}\n{stderr[-2000:]}"
        )
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    peak_mb = {names[pid]: round(mb, 1) for pid, mb in peaks.items()}
    by_process = {names[pid]: round(used, 2) for pid, used in cpu_seen.items() if pid in names}
    return Timing(label, seconds, cpu, peak_mb, round(load, 2), by_process)


def machine() -> dict[str, Any]:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory_kb = int(line.split()[1])
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "ram_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _cache_options(cache: Path) -> list[str]:
    """The run's cache option (the cache of documents, analyses and packs), so (c) fills
    it and (d) re-runs over it."""
    help_text = subprocess.run(
        [*S11, "run", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    for option in ("--cache-dir", "--cache"):
        if option in help_text:
            return [option, str(cache)]
    return []


def run(
    work: Path, files: int, pdf_pages: int, long_pages: int, seed: int, smoke: bool = False
) -> dict[str, Any]:
    corpus = work / "corpus"
    started = time.perf_counter()
    entries = build(corpus, files, pdf_pages, seed, repeat=1 if smoke else None)
    quiet = ["-q", "--no-model"] if smoke else ["-q"]  # smoke: no model load, seconds not minutes
    long_entry = long_pdf(work / "long", long_pages, seed) if long_pages else None
    built = time.perf_counter() - started
    pdfs = sorted(str(corpus / e.file) for e in entries if e.format == "pdf")
    words = sorted(str(corpus / e.file) for e in entries if e.format == "docx")
    pdf_page_count = sum(e.pages for e in entries if e.format == "pdf")
    all_pages = sum(e.pages for e in entries)
    print(
        f"corpus: {len(entries)} files ({len(pdfs)} PDF with {pdf_page_count} pages, "
        f"{len(words)} Word ~{all_pages - pdf_page_count} pages) built in {built:.0f} s",
        flush=True,
    )

    timings: dict[str, Timing] = {}

    def step(key: str, label: str, command: list[str], env: dict[str, str] | None = None) -> Timing:
        timing = measure(label, command, ROOT, env)
        timings[key] = timing
        print(
            f"  {key:<8} {timing.seconds:8.2f} s wall {timing.cpu_seconds:8.2f} s cpu  {label}"
            f"  (load average {timing.load_average})",
            flush=True,
        )
        return timing

    step("a", "floor: pdfplumber extract_text, PDFs", [sys.executable, "-c", FLOOR, *pdfs])
    out = work / "out"
    step(
        "b_pdf",
        "s11 run --workers 1, PDFs",
        [*S11, "run", *pdfs, "--out", str(out / "b-pdf"), "--workers", "1", *quiet],
    )
    step(
        "b_word",
        "s11 run --workers 1, Word",
        [*S11, "run", *words, "--out", str(out / "b-word"), "--workers", "1", *quiet],
    )
    cache = _cache_options(work / "cache")
    step(
        "c",
        "s11 run --workers 2, all",
        [*S11, "run", str(corpus), "--out", str(out / "c"), "--workers", "2", *quiet, *cache],
    )
    step(  # the business unit's re-run: same files, same output folder, same cache
        "d",
        "s11 run --workers 2, all, warm re-run",
        [*S11, "run", str(corpus), "--out", str(out / "c"), "--workers", "2", *quiet, *cache],
    )
    help_runs = [measure("s11 --help", [*S11, "--help"], ROOT).seconds for _ in range(7)]
    script = shutil.which("s11", path=str(Path(sys.executable).parent))
    script_runs = (
        [measure("s11 --help", [script, "--help"], ROOT).seconds for _ in range(7)]
        if script
        else []
    )
    if long_entry:
        step(
            "long",
            f"s11 run --workers 1, one {long_entry.pages}-page PDF",
            [
                *S11,
                "run",
                str(work / "long" / long_entry.file),
                "--out",
                str(out / "long"),
                "--workers",
                "1",
                *quiet,
            ],
        )

    scans = ocr_bench.run(work, measure, S11, 4 if smoke else 50)
    for line in ocr_bench.report(scans):
        print("  " + line, flush=True)

    b = timings["b_pdf"].seconds + timings["b_word"].seconds
    a = timings["a"].seconds
    ratios = {
        "b/a": a / timings["b_pdf"].seconds,  # the same PDF pages, floor time over s11 time
        "c/b": b / timings["c"].seconds,
        "d/b": b / timings["d"].seconds,
    }
    cpu_ratios = {
        "b/a": timings["a"].cpu_seconds / timings["b_pdf"].cpu_seconds,
        "c/b": (timings["b_pdf"].cpu_seconds + timings["b_word"].cpu_seconds)
        / timings["c"].cpu_seconds,
    }
    worker_peaks = {k: v for k, v in timings["c"].peak_mb.items() if k != "main"}
    peak = max(
        [
            *worker_peaks.values(),
            timings["b_pdf"].max_peak_mb,
            timings["b_word"].max_peak_mb,
            timings["long"].max_peak_mb if "long" in timings else 0.0,
        ]
    )
    help_seconds = statistics.median(script_runs or help_runs)
    result = {
        "schema": "s11-bench/1",
        "machine": machine(),
        "corpus": {
            "seed": seed,
            "files": len(entries),
            "pdf_files": len(pdfs),
            "word_files": len(words),
            "pdf_pages": pdf_page_count,
            "word_pages_estimated": all_pages - pdf_page_count,
            "long_pdf_pages": long_entry.pages if long_entry else None,
            "build_seconds": round(built, 1),
        },
        "timings": {
            k: {**asdict(t), "seconds": round(t.seconds, 3), "cpu_seconds": round(t.cpu_seconds, 3)}
            for k, t in timings.items()
        },
        "pages_per_second": {
            "a": round(pdf_page_count / a, 2),
            "b_pdf": round(pdf_page_count / timings["b_pdf"].seconds, 2),
            "b": round(all_pages / b, 2),
            "c": round(all_pages / timings["c"].seconds, 2),
            "d": round(all_pages / timings["d"].seconds, 2),
        },
        "help_seconds": {
            "median": round(help_seconds, 3),
            "python_m": round(statistics.median(help_runs), 3),
        },
        "cache": bool(cache),
        "ratios": {k: round(v, 2) for k, v in ratios.items()},
        "cpu_ratios": {k: round(v, 2) for k, v in cpu_ratios.items()},
        "peak_mb": {
            "workers_c": worker_peaks,
            "max": round(peak, 1),
            "long_pdf": timings["long"].max_peak_mb if "long" in timings else None,
        },
        "targets": TARGETS,
        "parent_cpu_share_c": round(
            timings["c"].cpu_by_process.get("main", 0.0) / max(timings["c"].cpu_seconds, 1e-9), 3
        ),
        "ocr": scans,
    }
    result["met"] = {
        "b/a": ratios["b/a"] >= TARGETS["b/a"],
        "c/b": ratios["c/b"] >= TARGETS["c/b"],
        "d/b": ratios["d/b"] >= TARGETS["d/b"],
        "help_s": help_seconds < TARGETS["help_s"],
        "peak_mb": peak < TARGETS["peak_mb"],
    }
    return result


def report(result: dict[str, Any]) -> str:
    m, c, pps, r = result["machine"], result["corpus"], result["pages_per_second"], result["ratios"]
    t = result["timings"]
    met = {k: "met" if v else "NOT met" for k, v in result["met"].items()}
    goal = result["targets"]
    b_seconds = t["b_pdf"]["seconds"] + t["b_word"]["seconds"]
    b_cpu = t["b_pdf"]["cpu_seconds"] + t["b_word"]["cpu_seconds"]

    def row(label: str, wall: float, cpu: float, pages: float | None = None) -> str:
        rate = f"{pages:>9.1f}" if pages is not None else ""
        return f"{label:<34}{wall:>9.1f}{cpu:>9.1f}{rate}"

    warm = "" if result["cache"] else "  (no cache yet: a plain re-run)"
    lines = [
        f"machine: {m['cores']} cores, {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"load average at start {m['load_average_at_start']}",
        f"corpus: {c['files']} files, {c['pdf_files']} PDF ({c['pdf_pages']} pages), "
        f"{c['word_files']} Word (~{c['word_pages_estimated']} pages), seed {c['seed']}",
        "",
        f"{'step':<34}{'wall s':>9}{'cpu s':>9}{'pages/s':>9}",
        row(
            "(a) floor, pdfplumber extract_text", t["a"]["seconds"], t["a"]["cpu_seconds"], pps["a"]
        ),
        row(
            "(b) s11 run, 1 worker, PDFs",
            t["b_pdf"]["seconds"],
            t["b_pdf"]["cpu_seconds"],
            pps["b_pdf"],
        ),
        row("(b) s11 run, 1 worker, Word", t["b_word"]["seconds"], t["b_word"]["cpu_seconds"]),
        row("(b) s11 run, 1 worker, all", b_seconds, b_cpu, pps["b"]),
        row("(c) s11 run, 2 workers, all", t["c"]["seconds"], t["c"]["cpu_seconds"], pps["c"]),
        row("(d) warm re-run, 2 workers", t["d"]["seconds"], t["d"]["cpu_seconds"], pps["d"])
        + warm,
        f"(e) s11 --help: {result['help_seconds']['median']:.3f} s median "
        f"(python -m pipeline.cli: {result['help_seconds']['python_m']:.3f} s)  "
        f"target < {goal['help_s']} s: {met['help_s']}",
        f"(f) peak RSS per worker in (c): {result['peak_mb']['workers_c']} MB; "
        f"one {c['long_pdf_pages']}-page PDF: {result['peak_mb']['long_pdf']} MB; "
        f"max {result['peak_mb']['max']} MB  target < {goal['peak_mb']:.0f} MB: {met['peak_mb']}",
        f"CPU seconds by process in (c): {t['c'].get('cpu_by_process', {})} "
        f"(the parent's share {result.get('parent_cpu_share_c', 0):.1%})",
        "",
        f"b/a {r['b/a']:.2f} (target >= {goal['b/a']}: {met['b/a']}; "
        f"by CPU time {result['cpu_ratios']['b/a']:.2f})",
        f"c/b {r['c/b']:.2f} (target >= {goal['c/b']}: {met['c/b']}; "
        f"by CPU time {result['cpu_ratios']['c/b']:.2f})",
        f"d/b {r['d/b']:.2f} (target >= {goal['d/b']:.0f}: {met['d/b']})",
        "",
        *ocr_bench.report(result.get("ocr") or {"skipped": "not measured"}),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny corpus: checks the command works"
    )
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--pdf-pages", type=int, default=2000)
    parser.add_argument("--long-pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench.json")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus folder")
    args = parser.parse_args(argv)
    if args.smoke:
        args.files, args.pdf_pages, args.long_pages = 4, 4, 8
    work = Path(tempfile.mkdtemp(prefix="s11-bench-"))
    try:
        result = run(work, args.files, args.pdf_pages, args.long_pages, args.seed, args.smoke)
    finally:
        if args.keep:
            print(f"corpus kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    result["smoke"] = args.smoke
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print()
    print(report(result))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
