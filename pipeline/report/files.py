"""Safe file writing: atomic replacement, and slugs that stay inside the output folder."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

MAX_SLUG = 60
# Names Windows refuses for a folder, whatever the extension.
_RESERVED = (
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def slugify(name: str) -> str:
    """A file name -> a lower-case ASCII slug with no separators, dots or control characters."""
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_SLUG].strip("-") or "submission"
    if slug in _RESERVED:
        slug = f"{slug}-file"
    return slug


def unique_slugs(names: Iterable[str]) -> list[str]:
    """One slug per name, in order, made unique with -2, -3... where names collide."""
    seen: set[str] = set()
    slugs = []
    for name in names:
        base = slugify(name)
        slug, number = base, 2
        while slug in seen:
            slug = f"{base}-{number}"
            number += 1
        seen.add(slug)
        slugs.append(slug)
    return slugs
