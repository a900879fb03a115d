"""Safe file writing: atomic replacement, slugs that stay inside the output folder, and
removal of results a re-run no longer produces."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

MAX_SLUG = 60
# Names Windows refuses for a folder, whatever the extension.
_RESERVED = (
    {"con", "prn", "aux", "nul", "conin", "conout", "clock"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)


@dataclass
class _Scope:
    root: Path
    written: set[Path] = field(default_factory=set)


_scope: ContextVar[_Scope | None] = ContextVar("s11_write_scope", default=None)


def write_bytes(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write via a temporary file in the same folder, then rename over the target, so a
    reader sees the old file or the new one, never half of one."""
    scope = _scope.get()
    if scope is not None and _inside(path, scope.root):
        _real_folders(scope.root, path.parent)
        scope.written.add(_absolute(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)  # replaces a symlink itself, never the file it points to
    except BaseException as exc:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if isinstance(exc, OSError) and exc.filename is None:  # name the file (disk full)
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise


LOCK_NAME = ".s11-lock"


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder`` for one run: a second run into the same folder gets
    :class:`~pipeline.values.OutputError` at once rather than mixing its files with this
    one's. The lock is the kernel's (``flock``), so it goes with the process, even on
    ``kill -9``. Temporary files a killed run left beside the outputs are removed."""
    from pipeline.values import OutputError

    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    descriptor = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                f"{folder} is in use by another s11 run; wait for it to finish or choose "
                "another --out"
            ) from None
        for stale in folder.glob(".*.tmp"):  # left by a run killed while writing
            with suppress(OSError):
                stale.unlink()
        yield
    finally:
        os.close(descriptor)


def keep(path: Path) -> None:
    """Count ``path`` as written in the current :func:`replacing` block, without writing it
    (an unchanged pack from the previous run)."""
    scope = _scope.get()
    if scope is not None and _inside(path, scope.root):
        scope.written.add(_absolute(path))


_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The same zip package (docx, xlsx) with every entry's timestamp fixed, so the same
    content gives the same bytes."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_entries((info.filename, source.read(info.filename)) for info in source.infolist())


def zip_entries(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip package of (name, bytes) entries in order, every timestamp fixed (see
    :func:`fixed_zip`)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return buffer.getvalue()


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


@contextmanager
def replacing(folder: Path) -> Iterator[None]:
    """Write a fresh set of results under ``folder``: when the block completes, every file
    under it that was not written inside the block is removed (the results of a file no
    longer in the input, the pack of a file that now fails, a temporary file left by a
    crash). If the block raises, nothing is removed. Symlinked folders met on the way are
    replaced by real ones, so nothing is written outside ``folder``."""
    folder = _absolute(folder)
    scope = _Scope(root=folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    _real_folders(folder.parent, folder)
    token = _scope.set(scope)
    try:
        yield
    finally:
        _scope.reset(token)
    prune(folder, scope.written)


def prune(folder: Path, keep: Iterable[Path]) -> None:
    """Remove everything under ``folder`` but ``keep`` (absolute paths) and their folders."""
    keep = {_absolute(path) for path in keep}
    folder = _absolute(folder)
    keep_folders = {parent for path in keep for parent in path.parents}
    for current, folders, files in os.walk(folder, topdown=False, followlinks=False):
        base = Path(current)
        for name in files:
            path = base / name
            if path not in keep:
                path.unlink()
        for name in folders:
            path = base / name
            if path.is_symlink():
                path.unlink()
            elif path not in keep_folders:
                shutil.rmtree(path)


def _absolute(path: Path) -> Path:
    """Absolute and with ``..`` folded, without following symlinks."""
    return Path(os.path.abspath(path))


def _inside(path: Path, root: Path) -> bool:
    return _absolute(path).is_relative_to(root)


def _real_folders(root: Path, folder: Path) -> None:
    """Make each folder from ``root`` (exclusive) down to ``folder`` a real directory."""
    relative = _absolute(folder).relative_to(_absolute(root))
    current = _absolute(root)
    for part in relative.parts:
        current = current / part
        if current.is_symlink() or (current.exists() and not current.is_dir()):
            current.unlink()
        current.mkdir(exist_ok=True)


def slugify(name: str) -> str:
    """A file name -> a lower-case ASCII slug with no separators, dots or control characters,
    safe as a folder name on every OS. A name with no ASCII letters or digits keeps a short
    hash of itself, so two such names still get distinct, stable slugs."""
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_SLUG].strip("-")
    if not slug:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = f"submission-{digest}"
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
