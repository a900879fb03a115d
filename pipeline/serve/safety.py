"""What the server does with what it is sent: every name, path and upload is hostile.

- Paths: a request names a file by a path relative to a root the server chose; it is read
  only when every part is an ordinary name (no ``..``, no leading ``/``, no backslash, no
  hidden part), nothing on the way is a symbolic link, and the resolved file is still under
  the root. Percent-encoded separators are decoded before the check, by the router.
- Uploads: names are slugged (never used as given); a zip is unpacked member by member into
  flat, slugged names with limits on count, total size and expansion; links in it are
  ignored; a zip inside a zip is kept as a file (and reported as unsupported, as ``s11 run``
  reports any file it cannot read).
"""

from __future__ import annotations

import hmac
import secrets
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pipeline.files import slugify

KEEP_SUFFIXES = (".docx", ".pdf")
MAX_MEMBERS = 500


class Refused(Exception):
    """A request the server will not carry out; the message says why, for the user."""


def inside(root: Path, relative: str) -> Path:
    """The file ``relative`` names under ``root``, or Refused. Never follows a link."""
    if not relative or "\\" in relative or "\x00" in relative:
        raise Refused("not a file name this server serves")
    parts = PurePosixPath(relative).parts
    if relative.startswith("/") or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise Refused("not a file name this server serves")
    base = root.resolve()
    path = base
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise Refused("not a file name this server serves")
    if not path.resolve().is_relative_to(base) or not path.is_file():
        raise Refused("no such file")
    return path


def upload_name(name: str, taken: set[str]) -> str:
    """A safe, unique file name for an uploaded file: the slug of its base name, and its
    suffix when it is one s11 reads (anything else is kept, to be reported as unsupported)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    suffix = PurePosixPath(base).suffix.lower()
    suffix = suffix if suffix in (*KEEP_SUFFIXES, ".zip") else ".unsupported"
    stem = slugify(base)
    candidate, number = f"{stem}{suffix}", 2
    while candidate in taken:
        candidate = f"{stem}-{number}{suffix}"
        number += 1
    taken.add(candidate)
    return candidate


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = MAX_MEMBERS
    max_total_mb: float = 200.0
    max_ratio: float = 100.0


def unpack(archive: Path, into: Path, taken: set[str], limits: ZipLimits) -> list[str]:
    """Unpack a zip's files into ``into`` (flat, slugged names); returns the names written.

    Refused (nothing kept from it) when it is not a zip, has more members than allowed, would
    unpack to more than the total, or a member expands more than the ratio allows: the checks
    count the bytes actually read, not what the archive claims.
    """
    try:
        with zipfile.ZipFile(archive) as opened:
            members = [m for m in opened.infolist() if not m.is_dir() and not _is_link(m)]
            if len(members) > limits.max_members:
                raise Refused(
                    f"{archive.name}: {len(members)} files in the zip; at most {limits.max_members}"
                )
            budget = int(limits.max_total_mb * 1024 * 1024)
            written: list[str] = []
            try:
                for member in members:
                    name = upload_name(member.filename, taken)
                    budget -= _copy(opened, member, into / name, budget, limits.max_ratio)
                    written.append(name)
            except Refused:
                for name in written:
                    (into / name).unlink(missing_ok=True)
                raise
            return written
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise Refused(f"{archive.name}: not a zip file that can be read ({exc})") from None


def _is_link(member: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(member.external_attr >> 16)


def _copy(
    opened: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, budget: int, ratio: float
) -> int:
    limit = min(budget, int(max(member.compress_size, 1) * ratio) + 1024)
    size = 0
    with opened.open(member) as source, target.open("wb") as sink:
        while chunk := source.read(1 << 16):
            size += len(chunk)
            if size > limit:
                sink.close()
                target.unlink()
                raise Refused(
                    f"{member.filename}: unpacks to more than the zip limits allow "
                    f"(total size or expansion); send the files themselves"
                )
            sink.write(chunk)
    return size


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two secrets; False when either is missing."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))
