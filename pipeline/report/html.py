"""HTML writers: the per-submission pack and the batch overview (``index.html``).

Templates are package data (``pipeline/templates``), rendered with autoescaping on, so any
text from a submission, ``<script>`` included, is shown as text. Pages are self-contained:
inline styles, no scripts, and a Content-Security-Policy that forbids external requests.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True, enabled_extensions=("j2", "html")),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )


def render_pack(record: dict[str, Any], framework: dict[str, Any], redacted: bool = False) -> str:
    title = "Pre-panel analysis pack"
    return environment().get_template("pack.html.j2").render(
        a=record, framework=framework, title=title, redacted=redacted
    )


def render_index(summary: dict[str, Any], standards: list[dict[str, str]]) -> str:
    submissions = summary["submissions"]
    return environment().get_template("index.html.j2").render(
        summary=summary,
        standards=standards,
        ok=[s for s in submissions if s["status"] == "ok"],
        failed=[s for s in submissions if s["status"] != "ok"],
    )
