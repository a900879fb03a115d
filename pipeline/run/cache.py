"""Finished analyses cached by the file's bytes and name and by a fingerprint of everything
else that can change an analysis, so a re-run with nothing changed analyses nothing.
Entries are JSON (never pickle): a damaged or tampered entry is at worst a miss.
(Parsed Documents are cached by :mod:`pipeline.ingest.cache`.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import asdict
from pathlib import Path

from pipeline.codec import from_data, to_data
from pipeline.files import write_bytes
from pipeline.ingest import PARSER_VERSION, ocr_key
from pipeline.ingest.cache import prepare_cache_dir
from pipeline.settings import Settings
from pipeline.values import Analysis

ANALYSIS_FORMAT = "s11-analysis-cache/1"
_LIBRARIES = (
    "spacy",
    "scikit-learn",
    "skops",
    "pdfplumber",
    "pypdfium2",
    "python-docx",
    "rapidfuzz",
    "pytesseract",
)
_KEEP_FINGERPRINTS = 4  # older settings' analyses are removed when a new one is stored


def analysis_fingerprint(settings: Settings) -> str:
    """A digest of everything besides the file that can change its analysis: this package's
    code and templates, every rule file, the framework and recommendations files, the model
    and its metadata, the reading limits and the versions of the libraries that read, split
    and classify. Editing any of them makes every cached analysis a miss."""
    from importlib import metadata

    from pipeline import __version__
    from pipeline.evidence.strength import EXPORT_FILE, META_FILE, MODEL_FILE, models_dir
    from pipeline.rules import rules_dir

    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("version", f"{__version__} parser {PARSER_VERSION} {ANALYSIS_FORMAT}".encode())
    for name in _LIBRARIES:
        try:
            add(name, metadata.version(name).encode())
        except metadata.PackageNotFoundError:
            add(name, b"absent")
    package = Path(__file__).resolve().parent.parent  # the whole package, not only run/
    for folder, label in ((package, "code"), (rules_dir(), "rules")):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                add(f"{label}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    for label, named in (("framework", settings.framework), ("recs", settings.recommendations)):
        given = Path(named) if named else None
        add(label, given.read_bytes() if given and given.is_file() else str(named).encode())
    if settings.model:  # a learned model: its classifier, thresholds and card
        folder = Path(settings.model)
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.is_file():
                add(f"model/{path.name}", hashlib.sha256(path.read_bytes()).digest())
    elif settings.use_model:
        for name in (META_FILE, MODEL_FILE, EXPORT_FILE):
            path = models_dir() / name
            add(name, hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"none")
    add("limits", json.dumps(asdict(settings.limits), sort_keys=True).encode())
    add("ocr", ocr_key(settings.ocr).encode())  # off, no Tesseract, or its version
    return digest.hexdigest()


class AnalysisCache:
    """Finished analyses, keyed by the file's bytes, its name (an agency may be named from
    it) and :func:`analysis_fingerprint`: a re-run over unchanged files under unchanged
    settings reads no file and runs no analysis. Entries are checked against the Analysis
    type hints when loaded, so a damaged one is a miss."""

    def __init__(self, cache_dir: Path, settings: Settings) -> None:
        self.cache_dir = cache_dir
        self.limits = settings.limits
        self.fingerprint = analysis_fingerprint(settings)
        self.folder = cache_dir / "analyses" / self.fingerprint[:24]
        self.classifiers: set[str] = set()  # what judged the strengths of the analyses found
        # the analysis record (JSON) kept with a cached analysis, by the file's path
        self.records: dict[Path, str] = {}
        self._entries: dict[Path, Path] = {}
        with contextlib.suppress(OSError):
            os.utime(self.folder)  # marks these settings as recently used, for _prune

    def get(self, path: Path) -> Analysis | None:
        entry = self._entry(path)
        if entry is None:
            return None
        try:
            record = json.loads(entry.read_bytes())
            if record.get("format") != ANALYSIS_FORMAT:
                return None
            analysis = from_data(Analysis, record["analysis"])
            classifier = record["classifier"]
            if not isinstance(classifier, str):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if analysis.file != path.name:
            return None
        self.classifiers.add(classifier)
        if isinstance(record.get("record"), str):
            self.records[path] = record["record"]
        return analysis

    def put(
        self, path: Path, analysis: Analysis, classifier: str, record_json: str | None = None
    ) -> None:
        """Store an analysis, with its analysis record (``record_json``) when given; one
        whose error depends on time, limits or the worker that ran it (not on the file) is
        not kept, so a re-run tries the file again."""
        if analysis.error is not None and (
            analysis.error.code == "TOO_LARGE" or analysis.error.transient
        ):
            return
        entry = self._entries.get(path) or self._entry(path)
        if entry is None:
            return
        record = {
            "format": ANALYSIS_FORMAT,
            "classifier": classifier,
            "analysis": to_data(analysis),
        }
        if record_json is not None:
            record["record"] = record_json
        try:
            prepare_cache_dir(self.cache_dir)
            if not self.folder.is_dir():
                self._prune()
            data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            write_bytes(entry, data.encode("utf-8"), mode=0o600)
        except OSError:
            pass

    def _entry(self, path: Path) -> Path | None:
        """Where the analysis of this file's current bytes lives; None for what is not a
        regular file within the size limit (the worker reports those)."""
        try:
            if not path.is_file() or path.stat().st_size > self.limits.max_file_mb * 1048576:
                return None
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        name = hashlib.sha256(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
        entry = self.folder / digest[:2] / f"{digest}.{name}.json"
        self._entries[path] = entry
        return entry

    def _prune(self) -> None:
        """Keep the analyses of the most recently used few settings only."""
        parent = self.folder.parent
        if not parent.is_dir():
            return
        folders = sorted(
            (f for f in parent.iterdir() if f.is_dir()), key=lambda f: f.stat().st_mtime
        )
        for old in folders[: max(0, len(folders) - (_KEEP_FINGERPRINTS - 1))]:
            shutil.rmtree(old, ignore_errors=True)
