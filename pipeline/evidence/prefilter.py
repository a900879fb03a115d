"""Cheap screens that let the evidence finder skip work which cannot find anything.

An indicator regex is searched in every sentence, yet almost every search fails. Most
patterns need some literal words (``\\bDSLs?\\b`` needs "dsl"), and a substring test on the
lower-cased sentence is far cheaper than a search. :func:`required_literals` reads a
pattern's parse tree and returns strings at least one of which every match must contain;
:func:`fold` puts a sentence in the same form. Both err towards searching: a pattern or a
part of one that they cannot reason about gives no screen, so no evidence can be lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:  # the parser moved in Python 3.11
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse

# Non-ASCII characters that a case-insensitive regex treats as an ASCII letter (the dotted
# and dotless i, the long s, the Kelvin sign). str.lower() leaves them non-ASCII or, for the
# dotted capital I, makes two characters of it, so they are mapped first.
# tests/test_evidence_prefilter.py checks this table against every Unicode character.
_ASCII_LOOKALIKES = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}

_LITERAL = _sre_constants.LITERAL
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = {
    _sre_constants.MAX_REPEAT,
    _sre_constants.MIN_REPEAT,
    getattr(_sre_constants, "POSSESSIVE_REPEAT", _sre_constants.MAX_REPEAT),
}
_ATOMIC_GROUP = getattr(_sre_constants, "ATOMIC_GROUP", None)

Needles = frozenset[str]


def fold(text: str) -> str:
    """The form of a sentence that :func:`required_literals` strings are looked for in.

    Every ASCII character of the text, and every character a case-insensitive regex takes
    for an ASCII letter, becomes one lower-case ASCII character in place, so a run of
    characters that a regex literal matches appears here as that literal, lower-cased.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_ASCII_LOOKALIKES).lower()


def required_literals(pattern: str, flags: int = 0) -> Needles | None:
    """Lower-case ASCII strings at least one of which is in the folded text of any string
    the pattern matches in; None when no such set can be derived (always search then)."""
    try:
        tree = _sre_parse.parse(pattern, flags)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    needles = _sequence(list(tree))
    if needles is None:
        return None
    # A needle holding a shorter one can only be present when that one is too.
    return frozenset(n for n in needles if not any(o != n and o in n for o in needles))


def _sequence(items: list[Any]) -> Needles | None:
    """Needles for items matched one after another: every item with a requirement is a
    valid screen on its own, and the most selective one is kept."""
    candidates: list[Needles] = []
    run: list[str] = []
    for op, value in items:
        if op is _LITERAL and value < 0x80:
            run.append(chr(value).lower())
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        needed = _item(op, value)
        if needed is not None:
            candidates.append(needed)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


def _item(op: Any, value: Any) -> Needles | None:
    if op is _SUBPATTERN:
        return _sequence(list(value[-1]))
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _sequence(list(value))
    if op is _BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            needed = _sequence(list(branch))
            if needed is None:
                return None  # this branch can match without any known literal
            union |= needed
        return frozenset(union)
    if op in _REPEATS:
        low, _, body = value
        return _sequence(list(body)) if low >= 1 else None
    # Character sets, classes, anchors, lookarounds, back-references: no literal needed.
    return None


def _selectivity(needles: Needles) -> tuple[int, int]:
    """Longer shortest needle first, then fewer needles."""
    return (min(len(n) for n in needles), -len(needles))


# -- spaCy token patterns

#: A token attribute ("LOWER" or "ORTH") and the string ids it may take in some token.
Anchor = tuple[str, frozenset[int]]
_REQUIRED_OPS = {"1", "+"}  # a token spec with one of these (or no OP) matches at least once


def token_pattern_anchors(
    pattern: list[dict[str, Any]],
    string_id: Callable[[str], int],
    set_member_id: Callable[[str], int],
) -> tuple[Anchor, ...]:
    """What a doc must hold for a spaCy Matcher pattern to match in it: for every anchor, some
    token whose attribute value is one of the anchor's ids.

    Only non-optional token specs with an exact ``LOWER``/``ORTH`` string or an ``IN`` list of
    strings give anchors; ids are made as the Matcher makes them (``string_id`` for a plain
    value, ``set_member_id`` for an ``IN`` list member). A pattern in any other spelling (keys
    not upper-case, say) gives none, so it always runs.
    """
    anchors: list[Anchor] = []
    for spec in pattern:
        if not isinstance(spec, dict) or any(
            not isinstance(key, str) or key != key.upper() for key in spec
        ):
            return ()
        if "OP" in spec and spec["OP"] not in _REQUIRED_OPS:
            continue
        for attr in ("LOWER", "ORTH"):
            value = spec.get(attr)
            if isinstance(value, str):
                anchors.append((attr, frozenset([string_id(value)])))
            elif (
                isinstance(value, dict)
                and set(value) == {"IN"}
                and isinstance(value["IN"], (list, tuple))
                and all(isinstance(v, str) for v in value["IN"])
            ):
                anchors.append((attr, frozenset(set_member_id(v) for v in value["IN"])))
    return tuple(anchors)
