"""A benchmark corpus from the sample sources: variants of ``samples/src/*.yml`` with
sections shuffled and repeated, narrative lengthened, agencies, fonts and heading styles
varied, rendered to Word and PDF by the samples generator. Deterministic for a seed.

    python -m bench.corpus OUT_DIR [--files 200] [--pdf-pages 2000] [--seed 0]
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import math
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LONG_SOURCE = "gcc-childrens"  # tables across pages, filled header cells, long narrative


@lru_cache(maxsize=1)
def samples_build() -> ModuleType:
    """samples/build.py, loaded by path (samples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("samples_build", ROOT / "samples" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def sources() -> tuple[tuple[str, dict[str, Any]], ...]:
    """The rendered submissions' sources (broken-input sources are left out)."""
    return tuple(
        (name, data)
        for name, data in samples_build().load_sources()
        if data.get("kind", "submission") == "submission"
        and data.get("dest", "submissions") == "submissions"
    )


@dataclass(frozen=True)
class Entry:
    file: str  # path relative to the corpus folder
    source: str
    format: str
    pages: int  # exact for PDF, estimated for Word (words / 450)
    words: int


def _split_sections(body: list[Any]) -> tuple[list[Any], list[list[Any]]]:
    prelude: list[Any] = []
    sections: list[list[Any]] = []
    for block in body:
        if isinstance(block, dict) and "section" in block:
            sections.append([block])
        elif sections:
            sections[-1].append(block)
        else:
            prelude.append(block)
    return prelude, sections


def _paragraphs(body: list[Any]) -> list[str]:
    return [
        block if isinstance(block, str) else str(block["p"])
        for block in body
        if isinstance(block, str) or (isinstance(block, dict) and "p" in block)
    ]


def _lengthen(section: list[Any], pool: list[str], rng: random.Random) -> list[Any]:
    """Some paragraphs get another paragraph of the same document appended."""
    out = []
    for block in section:
        text = (
            block if isinstance(block, str) else block.get("p") if isinstance(block, dict) else None
        )
        if isinstance(text, str) and pool and rng.random() < 0.4:
            out.append({"p": f"{text} {rng.choice(pool)}"})
        else:
            out.append(block)
    return out


def variant(
    index: int,
    seed: int,
    fmt: str | None = None,
    repeat: int | None = None,
    source_name: str | None = None,
) -> dict[str, Any]:
    """The source of corpus file ``index``: a varied copy of one sample source."""
    rng = random.Random(f"{seed}-{index}")
    named = dict(sources())
    name = source_name or rng.choice(sorted(named))
    data = copy.deepcopy(named[name])
    fmt = fmt or ("pdf" if rng.random() < 0.6 else "docx")
    repeat = repeat or (rng.randint(4, 12) if fmt == "pdf" else rng.randint(2, 5))
    prelude, sections = _split_sections(data.get("body", []))
    pool = _paragraphs(data.get("body", []))
    if len(sections) > 1 and rng.random() < 0.3:
        rng.shuffle(sections)
    body = list(prelude)
    for _ in range(repeat):
        for section in sections:
            body.extend(_lengthen(section, pool, rng))
    if not sections:
        body = [block for _ in range(repeat) for block in _lengthen(list(prelude), pool, rng)]
    data["body"] = body
    if rng.random() < 0.5:  # another agency's title and running header
        _, other = rng.choice(sources())
        for key in ("title", "header", "footer"):
            if other.get(key):
                data[key] = other[key]
    style = dict(data.get("style") or {})
    style["pdf_font"] = rng.choice(["Helvetica", "Times-Roman"])
    style["font_size"] = rng.choice([9.5, 10, 10.5, 11])
    if fmt == "docx":
        style["headings"] = rng.choice(["styled", "bold"])
    data["style"] = style
    data["file"] = f"{fmt}/{index:04d}-{name}.{fmt}"
    return data


def _words(data: dict[str, Any]) -> int:
    return sum(len(text.split()) for _, _, text in samples_build().iter_text_units(data))


def _render(job: tuple[int, int, str, str | None, int | None, str | None]) -> Entry:
    index, seed, out, fmt, repeat, source_name = job
    data = variant(index, seed, fmt, repeat, source_name)
    build = samples_build()
    payload = build.render_pdf(data) if data["file"].endswith(".pdf") else build.render_docx(data)
    path = Path(out) / data["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(payload)
    words = _words(data)
    pages = _pdf_pages(path) if path.suffix == ".pdf" else max(1, math.ceil(words / 450))
    return Entry(
        data["file"], data["file"].split("-", 1)[1].rsplit(".", 1)[0], path.suffix[1:], pages, words
    )


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def build(
    out: Path,
    files: int = 200,
    pdf_pages: int = 2000,
    seed: int = 0,
    workers: int = 2,
    repeat: int | None = None,
) -> list[Entry]:
    """Render at least ``files`` files holding at least ``pdf_pages`` PDF pages; ``repeat``
    fixes how often each file's sections repeat (default: 4-12 for PDF, 2-5 for Word)."""
    out.mkdir(parents=True, exist_ok=True)
    entries: list[Entry] = []
    index = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while (
            len(entries) < files or sum(e.pages for e in entries if e.format == "pdf") < pdf_pages
        ):
            wanted = max(files - len(entries), 2)
            jobs = [(i, seed, str(out), None, repeat, None) for i in range(index, index + wanted)]
            index += wanted
            entries.extend(pool.map(_render, jobs))
    manifest = out.parent / f"{out.name}.json"  # beside the corpus, not among the inputs
    manifest.write_text(
        json.dumps({"seed": seed, "files": [asdict(e) for e in entries]}, indent=1) + "\n",
        encoding="utf-8",
    )
    return entries


def long_pdf(out: Path, pages: int = 300, seed: int = 0) -> Entry:
    """One PDF of at least ``pages`` pages (tables, filled cells, narrative)."""
    probe = _render((10**6, seed, str(out / "probe"), "pdf", 1, LONG_SOURCE))
    repeat = math.ceil(pages / probe.pages) + 1
    entry = _render((10**6 + 1, seed, str(out), "pdf", repeat, LONG_SOURCE))
    while entry.pages < pages:  # pragma: no cover - the estimate above is generous
        repeat += max(1, math.ceil((pages - entry.pages) / probe.pages))
        entry = _render((10**6 + 1, seed, str(out), "pdf", repeat, LONG_SOURCE))
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--pdf-pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    entries = build(args.out, args.files, args.pdf_pages, args.seed)
    pdf = [e for e in entries if e.format == "pdf"]
    pages = sum(e.pages for e in pdf)
    print(f"{len(entries)} files ({len(pdf)} PDF, {pages} PDF pages) in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
