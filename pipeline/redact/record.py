"""Redact every text field of an analysis record that reaches a pack, and log what went.

The log (``redactions.json``) says what kind of data was removed, how long it was and
where (standard, field, offset), with a keyed hash so a reviewer holding the original file
can confirm an item: HMAC-SHA256 keyed with the source file's SHA-256. Without the original
file the hash cannot be checked against guessed names, so the log does not leak the text.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import Counter
from typing import Any

from pipeline.redact import Redactor, Span, merge

REDACTIONS_SCHEMA = "s11-redactions/1"

# Fields that hold ids, enumerations or rule text, never words from the submission.
_NOT_SUBMISSION_TEXT = {
    "schema",
    "framework",
    "sha256",
    "format",
    "agency",
    "agency_method",
    "status",
    "id",
    "title",
    "self_rating",
    "evidence_rating",
    "method",
    "strength",
    "type",
    "rules",
    "indicators_found",
    "description",
    "strong",
    "code",
}


def _location(path: list[str | int], record: dict[str, Any]) -> dict[str, Any]:
    """Which standard or common question a field belongs to, and the field within it."""
    where: dict[str, Any] = {"standard": None, "common_question": None}
    rest = path
    if len(path) >= 2 and path[0] in ("standards", "common_questions") and isinstance(path[1], int):
        key = "standard" if path[0] == "standards" else "common_question"
        where[key] = record[path[0]][path[1]]["id"]
        rest = path[2:]
    field = ""
    for part in rest:
        field += f"[{part}]" if isinstance(part, int) else (f".{part}" if field else part)
    where["field"] = field
    return where


# Texts whose redaction is kept between records; the memo starts again when full.
MEMO_SIZE = 50_000


class RecordRedactor:
    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        # The same text recurs within a record (a sentence quoted in several places) and
        # across records (the pipeline's own explanations, gap details and questions).
        self._memo: dict[tuple[str, tuple[str, ...]], tuple[str, list[Span], list[Span]]] = {}

    def _redact_text(self, text: str, keep: tuple[str, ...]) -> tuple[str, list[Span], list[Span]]:
        """``text`` redacted, its spans and its small-number notes, memoised."""
        key = (text, keep)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            redacted, spans = self.redactor.redact(text, keep)
            found = (redacted, spans, self.redactor.patterns.small_number_notes(text))
            self._memo[key] = found
        return found

    def _names_seen(self, record: dict[str, Any], keep: tuple[str, ...]) -> re.Pattern[str] | None:
        """The words of every name found anywhere in the record, as one pattern: a surname
        named in full once is removed where it later stands alone."""
        words: set[str] = set()

        def collect(value: Any) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    if k not in _NOT_SUBMISSION_TEXT:
                        collect(v)
            elif isinstance(value, list):
                for v in value:
                    collect(v)
            elif isinstance(value, str) and value:
                spans = self._redact_text(value, keep)[1]
                words.update(self.redactor.name_words(value, spans))

        collect(record)
        if not words:
            return None
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def redact(self, record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """A copy of ``record`` with personal data replaced, and its redaction log."""
        key = bytes.fromhex((record.get("source") or {}).get("sha256") or "") or b"s11"
        keep = (record["agency"],) if record.get("agency") else ()
        entries: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        again = self._names_seen(record, keep)

        def walk(value: Any, path: list[str | int]) -> Any:
            if isinstance(value, dict):
                return {
                    k: v if k in _NOT_SUBMISSION_TEXT else walk(v, [*path, k])
                    for k, v in value.items()
                }
            if isinstance(value, list):
                return [walk(v, [*path, n]) for n, v in enumerate(value)]
            if not isinstance(value, str) or not value:
                return value
            text, spans, small_numbers = self._redact_text(value, keep)
            alone = self.redactor.find_words(value, again, keep) if again else []
            if alone:
                spans = merge([*spans, *alone])
                text = self.redactor.replace(value, spans)
            for span in spans:
                original = value[span.start : span.end]
                digest = hmac.new(key, original.encode("utf-8"), hashlib.sha256).hexdigest()[:16]
                entries.append(
                    {
                        "kind": span.kind,
                        "length": len(original),
                        "hash": digest,
                        **_location(path, record),
                        "start": span.start,
                    }
                )
            for note in small_numbers:
                notes.append({"kind": note.kind, **_location(path, record), "start": note.start})
            return text

        redacted = walk(record, [])
        log = {
            "schema": REDACTIONS_SCHEMA,
            "file": redacted.get("source", {}).get("file"),
            "agency": record.get("agency"),
            "hash": "HMAC-SHA256 of the removed text keyed with the source file's SHA-256, "
            "first 16 hex digits",
            "counts": dict(sorted(Counter(e["kind"] for e in entries).items())),
            "redactions": entries,
            "review": notes,
            "approved_by": None,
            "note": "Redaction is automatic and prefers removing too much. A person must check "
            "the redacted pack before release; 'review' lists small numbers that may "
            "identify someone and were not removed.",
        }
        return redacted, log
