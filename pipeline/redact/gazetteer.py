"""The redaction gazetteer (``rules/redaction.yml``): what is never a name, which given
names to look for, and the cue words of each kind of personal data.

Checked in full at load time; every problem is reported at once with the list it is in.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from pipeline.rules import load_agencies, load_yaml, rules_dir
from pipeline.values import RulesError

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Gazetteer:
    agencies: tuple[str, ...]
    places: tuple[str, ...]
    roles: tuple[str, ...]
    not_names: tuple[str, ...]
    common_words: tuple[str, ...]
    first_names: tuple[str, ...]
    ambiguous_first_names: tuple[str, ...]
    titles: tuple[str, ...]
    ranks: tuple[str, ...]
    name_cues: tuple[str, ...]
    person_cues: tuple[str, ...]
    street_types: tuple[str, ...]
    reference_cues: tuple[str, ...]
    small_number_nouns: tuple[str, ...]

    @property
    def kept_phrases(self) -> tuple[str, ...]:
        """Agencies, places and roles: phrases that stay in the redacted copy."""
        return self.agencies + self.places + self.roles


_LISTS = tuple(f.name for f in fields(Gazetteer))


def _read(path: Path) -> Any:
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(str(path), [f"cannot be read ({exc.strerror or exc})"]) from None
    except yaml.YAMLError as exc:
        raise RulesError(str(path), [f"is not valid YAML: {exc}".replace("\n", " ")]) from None


def _check(data: Any) -> list[str]:
    if not isinstance(data, dict):
        return ["expected a mapping at the top of the redaction file"]
    problems = []
    if data.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            f"schema_version must be {SCHEMA_VERSION}, found {data.get('schema_version')!r}"
        )
    unknown = set(data) - set(_LISTS) - {"schema_version"}
    if unknown:
        problems.append(f"unknown lists {sorted(unknown)}; allowed {list(_LISTS)}")
    for name in _LISTS:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            problems.append(f"{name}: expected a non-empty list of strings")
        elif not all(isinstance(v, str) and v.strip() for v in value):
            bad = [v for v in value if not (isinstance(v, str) and v.strip())]
            problems.append(f"{name}: every entry must be a non-empty string, found {bad[:3]!r}")
    return problems


def _clashes(data: dict[str, Any]) -> list[str]:
    """A given name that is also listed as never a name would be both kept and removed."""
    never = {w.lower() for key in ("not_names", "common_words") for w in data.get(key) or []}
    problems = []
    for key in ("first_names", "ambiguous_first_names"):
        clash = sorted(n for n in data.get(key) or [] if isinstance(n, str) and n.lower() in never)
        if clash:
            problems.append(f"{key}: {clash} are also in not_names or common_words")
    return problems


def load_gazetteer(path: Path | None = None, agencies_path: Path | None = None) -> Gazetteer:
    """Read and check the gazetteer; the agency register's names join ``agencies``."""
    path = path or rules_dir() / "redaction.yml"
    data = _read(path)
    problems = _check(data)
    if not problems:
        problems = _clashes(data)
    if problems:
        raise RulesError(str(path), problems)
    registered: list[str] = []
    for agency in load_agencies(agencies_path):
        registered += [agency.name, *agency.aliases] + ([agency.short] if agency.short else [])
    values = {name: tuple(str(v).strip() for v in data[name]) for name in _LISTS}
    values["agencies"] = values["agencies"] + tuple(registered)
    return Gazetteer(**values)
