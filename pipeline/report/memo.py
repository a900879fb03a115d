"""What a previous run wrote for each submission, so that a re-run over unchanged files
does not render the same packs again.

An entry per submission folder holds a key (a digest of the analysis record, the framework
and the settings fingerprint, which covers this package's code, templates and rule files)
and the digest of every pack written. A pack is reused only when the key matches and every
file is still there with the same bytes; anything else renders afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from pipeline.files import keep, write_bytes

MEMO_FORMAT = "s11-pack-memo/1"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack_key(record_json: str, framework: dict[str, str], fingerprint: str = "") -> str:
    """What a submission's packs are rendered from: its record, the framework and (across
    runs) the settings fingerprint."""
    framework_json = json.dumps(framework, sort_keys=True)
    return _digest(f"{fingerprint}\0{framework_json}\0{record_json}".encode())


class PackMemo:
    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def key(self, record_json: str, framework: dict[str, str]) -> str:
        return pack_key(record_json, framework, self.fingerprint)

    def key_of_parts(self, parts: Iterable[str], framework: dict[str, str]) -> str:
        """The key of something made from many texts (the summary and every record), digested
        one part at a time rather than joined into one large text first."""
        digest = hashlib.sha256()
        framework_json = json.dumps(framework, sort_keys=True)
        for part in (self.fingerprint, framework_json, *parts):
            data = part.encode("utf-8", "surrogatepass")
            digest.update(f"{len(data)}\0".encode())
            digest.update(data)
        return digest.hexdigest()

    def reuse(self, out: Path, key: str) -> bool:
        """True, with the packs kept in the current write scope, when ``out`` still holds
        exactly what was written for ``key``."""
        try:
            entry = json.loads(self._entry(out).read_bytes())
            if entry.get("format") != MEMO_FORMAT or entry.get("key") != key:
                return False
            files = entry["files"]
            paths = {out / name: digest for name, digest in files.items() if "/" not in name}
            if len(paths) != len(files) or not paths:
                return False
            for path, digest in paths.items():
                if path.is_symlink() or _digest(path.read_bytes()) != digest:
                    return False
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False
        for path in paths:
            keep(path)
        return True

    def remember(self, out: Path, key: str, files: dict[str, bytes]) -> None:
        entry = {
            "format": MEMO_FORMAT,
            "key": key,
            "files": {name: _digest(data) for name, data in files.items()},
        }
        with contextlib.suppress(OSError):  # a memo not written only costs time next run
            write_bytes(self._entry(out), json.dumps(entry).encode("utf-8"), mode=0o600)

    def _entry(self, out: Path) -> Path:
        name = _digest(os.path.abspath(out).encode("utf-8", "surrogateescape"))
        return self.folder / f"{name}.json"
