"""Parsed Documents cached by content, so a re-run (after editing rules, say) reads no
file twice; and finished analyses, so a re-run with nothing changed analyses nothing.

An entry is keyed by the file's SHA-256, its format, :data:`PARSER_VERSION` and the limits
that can change a reader's result; the file name is not part of the key (it is put back on
load). Entries are JSON of the frozen dataclasses, never pickle, so a tampered cache can at
worst be a miss. Classified errors that depend only on the bytes (CORRUPT, ENCRYPTED,
NO_TEXT, EMPTY) are cached too; TOO_LARGE is not, since it depends on limits and time.

The cache holds the full text of submissions, so it lives beside the outputs by default
(``OUT_DIR/.cache``), readable by its owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.codec import from_data, to_data
from pipeline.ingest import PARSER_VERSION, Limits, ingest_data, read_input, sniff
from pipeline.model import (
    Analysis,
    Block,
    Cell,
    CorruptFile,
    Document,
    EmptyDocument,
    EncryptedFile,
    InputError,
    NoTextLayer,
    Source,
)
from pipeline.report.files import write_bytes

if TYPE_CHECKING:
    from pipeline.analyse import Settings

CACHE_FORMAT = "s11-document-cache/1"
CACHED_ERRORS: dict[str, type[InputError]] = {
    "CORRUPT": CorruptFile,
    "ENCRYPTED": EncryptedFile,
    "NO_TEXT": NoTextLayer,
    "EMPTY": EmptyDocument,
}
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# s11 document cache; safe to delete.\n"


def cached_ingest(path: Path, limits: Limits, cache_dir: Path) -> Document:
    """:func:`pipeline.ingest.ingest`, answered from ``cache_dir`` when the same bytes were
    read before by the same parser version under the same limits."""
    data = read_input(path, limits)
    if not data:
        raise EmptyDocument(path.name, "the file is empty (0 bytes)")
    kind = sniff(path, data[:1024])  # the name decides too: never from the cache
    digest = hashlib.sha256(data).hexdigest()
    entry = entry_path(cache_dir, digest, kind, limits)
    record = _load(entry, digest)
    if record is not None:
        return _answer(record, path.name)
    try:
        document = ingest_data(path, data, limits)
    except InputError as error:
        if error.code in CACHED_ERRORS:
            _store(
                cache_dir, entry, {"error": {"code": error.code, "message": error.message}}, digest
            )
        raise
    _store(cache_dir, entry, {"document": encode(document)}, digest)
    return document


def entry_path(cache_dir: Path, digest: str, kind: str, limits: Limits) -> Path:
    name = f"{digest}.{kind}.p{PARSER_VERSION}.{limits.parse_key()}.json"
    return cache_dir / "documents" / digest[:2] / name


def encode(document: Document) -> dict[str, Any]:
    source = document.source
    return {
        "source": {
            "file": source.file,
            "sha256": source.sha256,
            "format": source.format,
            "pages": source.pages,
            "size": source.size,
        },
        "title": document.title,
        "modified": document.modified,
        "running": list(document.running),
        "warnings": list(document.warnings),
        "blocks": [
            {
                "index": b.index,
                "kind": b.kind,
                "text": b.text,
                "page": b.page,
                "level": b.level,
                "rows": [[[cell.text, cell.fill] for cell in row] for row in b.rows],
            }
            for b in document.blocks
        ],
    }


def decode(record: dict[str, Any]) -> Document:
    """The Document an :func:`encode` record holds; raises on any field of the wrong type."""
    source = record["source"]
    blocks = tuple(
        Block(
            index=_int(b["index"]),
            kind=_choice(b["kind"], ("heading", "paragraph", "list_item", "table")),
            text=_str(b["text"]),
            page=_optional(b["page"], int),
            level=_optional(b["level"], int),
            rows=tuple(
                tuple(Cell(text=_str(text), fill=_optional(fill, str)) for text, fill in row)
                for row in b["rows"]
            ),
        )
        for b in record["blocks"]
    )
    return Document(
        source=Source(
            file=_str(source["file"]),
            sha256=_str(source["sha256"]),
            format=_choice(source["format"], ("docx", "pdf")),
            pages=_optional(source["pages"], int),
            size=_int(source["size"]),
        ),
        blocks=blocks,
        title=_optional(record["title"], str),
        warnings=tuple(_str(w) for w in record["warnings"]),
        modified=_optional(record["modified"], str),
        running=tuple(_str(line) for line in record["running"]),
    )


def _answer(record: dict[str, Any], file: str) -> Document:
    if "error" in record:
        error = record["error"]
        raise CACHED_ERRORS[error["code"]](file, error["message"])
    document = decode(record["document"])
    source = document.source
    renamed = Source(file, source.sha256, source.format, source.pages, source.size)
    return replace(document, source=renamed)


def _load(entry: Path, digest: str) -> dict[str, Any] | None:
    """The entry's record, or None when absent, unreadable or not what it claims to be."""
    try:
        record = json.loads(entry.read_bytes())
        if record.get("format") != CACHE_FORMAT or record.get("sha256") != digest:
            return None
        if "error" in record:
            if record["error"]["code"] not in CACHED_ERRORS:
                return None
            _str(record["error"]["message"])
        else:
            decode(record["document"])  # validate once here, so a bad entry is just a miss
        return record
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _store(cache_dir: Path, entry: Path, record: dict[str, Any], digest: str) -> None:
    """Write an entry; a cache that cannot be written only costs speed."""
    try:
        _prepare(cache_dir)
        payload = {"format": CACHE_FORMAT, "sha256": digest, "parser": PARSER_VERSION, **record}
        write_bytes(entry, json.dumps(payload, ensure_ascii=False).encode("utf-8"), mode=0o600)
    except OSError:
        pass


def _prepare(cache_dir: Path) -> None:
    if not cache_dir.is_dir():
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache_dir.chmod(0o700)
    tag = cache_dir / "CACHEDIR.TAG"  # backup tools skip folders that carry this tag
    if not tag.exists():
        write_bytes(tag, _TAG.encode("ascii"))


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    return value


def _optional(value: Any, kind: type) -> Any:
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__} or null")
    return value


def _choice(value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise ValueError(f"expected one of {allowed}")
    return value


# ---------------------------------------------------------------- finished analyses

ANALYSIS_FORMAT = "s11-analysis-cache/1"
_LIBRARIES = (
    "spacy",
    "scikit-learn",
    "skops",
    "pdfplumber",
    "pypdfium2",
    "python-docx",
    "rapidfuzz",
)
_KEEP_FINGERPRINTS = 4  # older settings' analyses are removed when a new one is stored


def analysis_fingerprint(settings: Settings) -> str:
    """A digest of everything besides the file that can change its analysis: this package's
    code and templates, every rule file, the framework and recommendations files, the model
    and its metadata, the reading limits and the versions of the libraries that read, split
    and classify. Editing any of them makes every cached analysis a miss."""
    from importlib import metadata

    from pipeline import __version__
    from pipeline.rules import rules_dir
    from pipeline.strength import EXPORT_FILE, META_FILE, MODEL_FILE, models_dir

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
    package = Path(__file__).resolve().parent
    for folder, label in ((package, "code"), (rules_dir(), "rules")):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                add(f"{label}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    for label, named in (("framework", settings.framework), ("recs", settings.recommendations)):
        given = Path(named) if named else None
        add(label, given.read_bytes() if given and given.is_file() else str(named).encode())
    if settings.use_model:
        for name in (META_FILE, MODEL_FILE, EXPORT_FILE):
            path = models_dir() / name
            add(name, hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"none")
    add("limits", json.dumps(asdict(settings.limits), sort_keys=True).encode())
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
            classifier = _str(record["classifier"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if analysis.file != path.name:
            return None
        self.classifiers.add(classifier)
        return analysis

    def put(self, path: Path, analysis: Analysis, classifier: str) -> None:
        """Store an analysis; one whose error depends on time, limits or the worker that ran
        it (not on the file) is not kept, so a re-run tries the file again."""
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
        try:
            _prepare(self.cache_dir)
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
