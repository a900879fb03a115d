"""Parsed Documents cached by content, so a re-run (after editing rules, say) reads no
file twice. (Finished analyses are cached by :mod:`pipeline.run.cache`.)

An entry is keyed by the file's SHA-256, its format, :data:`PARSER_VERSION` and the limits
that can change a reader's result; the file name is not part of the key (it is put back on
load). Entries are JSON of the frozen dataclasses, never pickle, so a tampered cache can at
worst be a miss. Classified errors that depend only on the bytes (CORRUPT, ENCRYPTED,
NO_TEXT, EMPTY) are cached too; TOO_LARGE is not, since it depends on limits and time.

The cache holds the full text of submissions, so it lives beside the outputs by default
(``OUT_DIR/.cache``), readable by its owner only.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.files import write_bytes
from pipeline.ingest import PARSER_VERSION, Limits, ingest_data, ocr_key, read_input, sniff
from pipeline.values import (
    Block,
    Cell,
    CorruptFile,
    Document,
    EmptyDocument,
    EncryptedFile,
    InputError,
    NoTextLayer,
    OcrPage,
    Source,
)

CACHE_FORMAT = "s11-document-cache/1"
CACHED_ERRORS: dict[str, type[InputError]] = {
    "CORRUPT": CorruptFile,
    "ENCRYPTED": EncryptedFile,
    "NO_TEXT": NoTextLayer,
    "EMPTY": EmptyDocument,
}
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# s11 document cache; safe to delete.\n"


def cached_ingest(path: Path, limits: Limits, cache_dir: Path, ocr: bool = False) -> Document:
    """:func:`pipeline.ingest.ingest`, answered from ``cache_dir`` when the same bytes were
    read before by the same parser version under the same limits and OCR."""
    data = read_input(path, limits)
    if not data:
        raise EmptyDocument(path.name, "the file is empty (0 bytes)")
    kind = sniff(path, data[:1024])  # the name decides too: never from the cache
    digest = hashlib.sha256(data).hexdigest()
    entry = entry_path(cache_dir, digest, kind, limits, ocr_key(ocr) if kind == "pdf" else "")
    record = _load(entry, digest)
    if record is not None:
        return _answer(record, path.name)
    try:
        document = ingest_data(path, data, limits, ocr)
    except InputError as error:
        if error.code in CACHED_ERRORS:
            _store(
                cache_dir, entry, {"error": {"code": error.code, "message": error.message}}, digest
            )
        raise
    _store(cache_dir, entry, {"document": encode(document)}, digest)
    return document


def entry_path(cache_dir: Path, digest: str, kind: str, limits: Limits, ocr: str = "") -> Path:
    reading = f"{limits.parse_key()}.{ocr}" if ocr else limits.parse_key()
    name = f"{digest}.{kind}.p{PARSER_VERSION}.{reading}.json"
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
            "ocr_pages": [
                [p.page, p.mean_confidence, p.words, p.low_confidence_words, p.skew]
                for p in source.ocr_pages
            ],
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
                "rows": [[[cell.text, cell.fill, cell.ink] for cell in row] for row in b.rows],
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
                tuple(
                    Cell(text=_str(text), fill=_optional(fill, str), ink=_optional(ink, str))
                    for text, fill, ink in row
                )
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
            ocr_pages=tuple(
                OcrPage(_int(page), _number(mean), _int(words), _int(low), _number(skew))
                for page, mean, words, low, skew in source.get("ocr_pages", [])
            ),
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
    renamed = replace(source, file=file)
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
        prepare_cache_dir(cache_dir)
        payload = {"format": CACHE_FORMAT, "sha256": digest, "parser": PARSER_VERSION, **record}
        write_bytes(entry, json.dumps(payload, ensure_ascii=False).encode("utf-8"), mode=0o600)
    except OSError:
        pass


def prepare_cache_dir(cache_dir: Path) -> None:
    """Make the private cache folder (owner only), tagged so backup tools skip it."""
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


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError("expected a number")
    return float(value)


def _optional(value: Any, kind: type) -> Any:
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__} or null")
    return value


def _choice(value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise ValueError(f"expected one of {allowed}")
    return value
