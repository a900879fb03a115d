"""Read a submission file into a :class:`~pipeline.model.Document`.

The format is decided from the file's first bytes as well as its name, so a renamed file
gets an honest error: a ``.docx`` that is really an encrypted OLE container is ENCRYPTED, a
legacy ``.doc`` is UNSUPPORTED_FORMAT, a ``.pdf`` with no PDF header is CORRUPT.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import (
    CorruptFile,
    Document,
    EmptyDocument,
    EncryptedFile,
    Source,
    TooLarge,
    UnsupportedFormat,
)

SUPPORTED = (".docx", ".pdf")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Bump when a reader's output changes, so cached documents are re-read.
PARSER_VERSION = "2"  # 2: PDF text read with PDFium


@dataclass(frozen=True)
class Limits:
    """What one file may cost before it is refused with TOO_LARGE."""

    max_file_mb: float = 50.0
    max_pages: int = 500
    max_uncompressed_mb: float = 200.0  # total of a Word file's unpacked parts
    max_compression_ratio: float = 100.0  # per part of a Word file
    timeout_s: float = 120.0  # per file, enforced by the batch runner

    def check_size(self, file: str, size: int) -> None:
        if size > self.max_file_mb * 1024 * 1024:
            raise TooLarge(
                file, f"file is {size / 1048576:.1f} MB, over the limit of {self.max_file_mb:g} MB"
            )


DEFAULT_LIMITS = Limits()


def sniff(path: Path, head: bytes) -> str:
    """Return "docx" or "pdf", or raise the error that fits the file."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormat(
            name, f"'{suffix or 'no extension'}' files are not read; save it as .docx or .pdf"
        )
    if suffix == ".docx":
        if head.startswith(OLE_MAGIC):
            # Office writes password-protected .docx files as an OLE container.
            raise EncryptedFile(name, "the Word file is password-protected; send an unlocked copy")
        if not head.startswith(b"PK"):
            raise CorruptFile(name, "is not a Word .docx file (no zip signature)")
        return "docx"
    if b"%PDF-" not in head[:1024]:
        raise CorruptFile(name, "is not a PDF file (no %PDF header)")
    return "pdf"


def ingest(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one submission file; raise an :class:`~pipeline.model.InputError` subclass."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        limits.check_size(name, size)
        data = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(name, f"cannot be read ({exc.strerror or exc})") from None
    if not data:
        raise EmptyDocument(name, "the file is empty (0 bytes)")
    kind = sniff(path, data[:1024])
    source = Source(
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=kind,
        pages=None,
        size=size,
    )
    if kind == "docx":
        from pipeline.ingest import docx

        document = docx.read(data, source, limits)
    else:
        from pipeline.ingest import pdf

        document = pdf.read(data, source, limits)
    if not any(block.text.strip() for block in document.blocks):
        raise EmptyDocument(name, "the document has no text content")
    return document
