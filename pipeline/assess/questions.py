"""Gaps -> drafted panel questions, from the jinja2 templates in ``rules/questions.yml``.

Templates are rendered in a sandbox (they are rule files that non-programmers edit). The
wording is picked by a stable hash of agency, standard and gap type, so the same input gives
the same question and different agencies get different wordings.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from pipeline.values import Gap, Question, RulesError

MAX_QUOTE = 220


class QuestionWriter:
    def __init__(
        self, templates: dict[str, tuple[str, ...]], path: str = "rules/questions.yml"
    ) -> None:
        self.environment = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
        self.templates: dict[str, list[Any]] = {}
        problems = []
        for gap_type, wordings in templates.items():
            compiled = []
            for number, wording in enumerate(wordings):
                try:
                    compiled.append(self.environment.from_string(wording))
                except TemplateError as exc:
                    problems.append(f"{gap_type}[{number}]: {exc}")
            self.templates[gap_type] = compiled
        if problems:
            raise RulesError(path, problems)

    def write(self, gap: Gap, context: dict[str, Any]) -> Question | None:
        wordings = self.templates.get(gap.type)
        if not wordings:
            return None
        key = f"{context.get('agency', '')}|{gap.standard_id}|{gap.type}".encode()
        choice = int(hashlib.sha256(key).hexdigest(), 16) % len(wordings)
        quote = gap.quote.strip()
        if len(quote) > MAX_QUOTE:
            quote = quote[: MAX_QUOTE - 1].rsplit(" ", 1)[0] + "…"
        values = {"quote": quote, **context}
        text = wordings[choice].render(**values)
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r"\s+([,.?;:])", r"\1", text)
        return Question(standard_id=gap.standard_id, gap_type=gap.type, text=text)
