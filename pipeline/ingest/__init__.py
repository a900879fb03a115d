"""Read a submission file into a :class:`~pipeline.values.Document`.

The format is decided from the file's first bytes as well as its name, so a renamed file
gets an honest error: a ``.docx`` that is really an encrypted OLE container is ENCRYPTED, a
legacy ``.doc`` is UNSUPPORTED_FORMAT, a ``.pdf`` with no PDF header is CORRUPT.
"""

from __future__ import annotations

import hashlib
import io
import stat
from dataclasses import replace
from pathlib import Path

from pipeline.ingest.limits import DEFAULT_LIMITS, Limits
from pipeline.values import (
    CorruptFile,
    Document,
    EmptyDocument,
    EncryptedFile,
    Source,
    UnsupportedFormat,
)

SUPPORTED = (".docx", ".pdf")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Bump when a reader's output changes, so cached documents are re-read.
# 4: PDF text read with PDFium; 5: PDF table geometry too; 6: symbol ink; 7: a key's leading
# symbols ("✓✓ = fully met") kept, not taken for a bullet; 8: a sentence carried over a PDF
# page break is one paragraph, Word footnotes and endnotes are read; 9: a PDF form's field
# values and typed-on text are read (the page flattened), Word's legacy drop-downs, struck-through
# runs left out, a vertically merged cell's value in every row it spans.
PARSER_VERSION = "9"


def ocr_key(ocr: bool) -> str:
    """What reads scanned pages, for cache keys: off, no Tesseract, or its version (a
    scan read as NO_TEXT without Tesseract is read again once it is installed)."""
    if not ocr:
        return "ocr-off"
    from pipeline.ingest import ocr as reader

    found = reader.engine()
    return "ocr-" + ("".join(c for c in found if c.isalnum() or c == ".") if found else "none")


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


def read_input(path: Path, limits: Limits) -> bytes:
    """The bytes of a regular file within the size limit (a FIFO or device would block)."""
    name = path.name
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise UnsupportedFormat(name, "is not a regular file (a folder, device or pipe)")
        limits.check_size(name, status.st_size)
        with path.open("rb") as stream:
            data = stream.read(int(limits.max_file_mb * 1024 * 1024) + 1)
    except OSError as exc:
        raise CorruptFile(name, f"cannot be read ({exc.strerror or exc})") from None
    limits.check_size(name, len(data))  # it grew after the stat
    return data


def ingest(path: Path | str, limits: Limits = DEFAULT_LIMITS, ocr: bool = False) -> Document:
    """Read one submission file; raise an :class:`~pipeline.values.InputError` subclass.
    With ``ocr``, scanned PDF pages are read by Tesseract OCR when it is installed."""
    path = Path(path)
    return ingest_data(path, read_input(path, limits), limits, ocr)


def ingest_data(
    path: Path, data: bytes, limits: Limits = DEFAULT_LIMITS, ocr: bool = False
) -> Document:
    """Parse the bytes of the file at ``path`` (already read within the size limit)."""
    name = path.name
    if not data:
        raise EmptyDocument(name, "the file is empty (0 bytes)")
    kind = sniff(path, data[:1024])
    source = Source(
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=kind,
        pages=None,
        size=len(data),
    )
    if kind == "docx":
        from pipeline.ingest import docx

        document = docx.read(data, source, limits)
    else:
        from pipeline.ingest import pdf

        document = pdf.read(data, source, limits, ocr=ocr)
        if document.modified is None:
            document = replace(document, modified=pdf_modified(data))
    if not any(block.text.strip() for block in document.blocks):
        raise EmptyDocument(name, "the document has no text content")
    return document


def pdf_modified(data: bytes) -> str | None:
    """The PDF's ModDate (else CreationDate) as written, e.g. ``D:20211014091200+01'00'``;
    None when it has none or it cannot be read (the reader has already vouched for the file)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for info in document.info:
            for key in ("ModDate", "CreationDate"):
                value = resolve1(info.get(key))
                if isinstance(value, bytes):
                    value = value.decode("latin-1")
                if isinstance(value, str) and value.strip():
                    return value.strip()[:64]
    except Exception:  # noqa: BLE001 - a damaged Info dictionary only loses the date
        return None
    return None
