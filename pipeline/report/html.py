"""HTML writers: the per-submission pack and the batch overview (``index.html``).

Templates are package data (``pipeline/templates``), rendered with autoescaping on, so any
text from a submission, ``<script>`` included, is shown as text. Pages are self-contained:
inline styles, no scripts, and a Content-Security-Policy that forbids external requests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from pipeline.report.labels import GAP_LABELS, STRENGTH_LABELS, STRENGTH_ORDER

_REDACTED = re.compile(r"\[REDACTED: [A-Za-z ]+\]")


def _mark_redactions(value: Any) -> Any:
    """Escape text and wrap each ``[REDACTED: kind]`` so it stands out; the wrapper is
    added after escaping, so nothing from the submission becomes markup."""
    if isinstance(value, str) and not isinstance(value, Markup) and "[REDACTED: " in value:
        escaped = str(escape(value))
        wrapped = _REDACTED.sub(lambda m: f'<span class="redacted">{m.group()}</span>', escaped)
        return Markup(wrapped)
    return value


Row = tuple[int, dict[str, Any], list[dict[str, Any]]]


def evidence_by_strength(standard: dict[str, Any]) -> list[tuple[str, list[Row]]]:
    """A standard's evidence grouped by strength, strongest first, empty groups left out:
    each row is the sentence's index in the standard's evidence, the sentence and the gaps
    citing it. One pass in Python, where the template scanned every sentence and every
    gap once per strength."""
    groups: dict[str, list[Row]] = {strength: [] for strength in STRENGTH_ORDER}
    gaps = standard["gaps"]
    for n, item in enumerate(standard["evidence"]):
        rows = groups.get(item["strength"])
        if rows is not None:
            rows.append((n, item, [gap for gap in gaps if n in gap["evidence"]]))
    return [(strength, rows) for strength, rows in groups.items() if rows]


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's environment, with ``x.name`` on a plain dict looked up as ``x["name"]``
    first. Jinja tries ``getattr`` first and falls back to the item, which for the
    records' dicts always meant raising and catching an AttributeError; a plain dict has
    no attributes but its type's (``items``, ``get``: those still go the usual way), so
    the answer is the same."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = _Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(
            default=True, default_for_string=True, enabled_extensions=("j2", "html")
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_mark_redactions,
    )
    env.tests["contains"] = lambda sequence, item: item in sequence
    env.globals.update(
        gap_labels=GAP_LABELS,
        strength_labels=STRENGTH_LABELS,
        strength_order=STRENGTH_ORDER,
        evidence_by_strength=evidence_by_strength,
    )
    return env


def render_pack(
    record: dict[str, Any], framework: dict[str, Any], redactions: dict[str, Any] | None = None
) -> str:
    """The pre-panel pack; with ``redactions`` (the log), the redacted youth-panel copy."""
    return (
        environment()
        .get_template("pack.html.j2")
        .render(
            a=record, framework=framework, title="Pre-panel analysis pack", redactions=redactions
        )
    )


def render_index(summary: dict[str, Any], standards: list[dict[str, str]]) -> str:
    submissions = summary["submissions"]
    return (
        environment()
        .get_template("index.html.j2")
        .render(
            summary=summary,
            standards=standards,
            ok=[s for s in submissions if s["status"] == "ok"],
            failed=[s for s in submissions if s["status"] != "ok"],
            late=[s for s in submissions if s.get("late")],
        )
    )
