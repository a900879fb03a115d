"""A learned model: a folder written by ``s11 train --feedback`` and chosen with
``s11 run --model PATH``. The shipped framework file and ``models/`` never change.

    PATH/
      strength.skops, strength.linear.npz, strength.meta.json   the strength classifier
      thresholds.yml     the evidence-rating thresholds fitted to the panel's ratings, with
                         the framework they belong to and what they were fitted on
      card.json          the model card: what it was trained on (data digest, cycles,
      README.md          number of labels) and its scores before and after

The thresholds file overlays the framework's: each value it names replaces that field of
:class:`~pipeline.values.Thresholds`, fields it does not name keep the framework's value.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import yaml

from pipeline.values import Framework, ModelError, RulesError, Thresholds

THRESHOLDS_FILE = "thresholds.yml"
THRESHOLDS_KIND = "s11-thresholds"
CARD_FILE = "card.json"
CARD_TEXT = "README.md"
SCHEMA_VERSION = 1


def model_folder(path: str | Path) -> Path:
    """The folder ``--model`` names, checked to hold a classifier; :class:`ModelError`
    saying what is missing otherwise."""
    from pipeline.evidence.strength import EXPORT_FILE, META_FILE, MODEL_FILE

    folder = Path(path)
    if not folder.is_dir():
        raise ModelError(f"--model {path}: not a folder written by `s11 train --feedback`")
    missing = [name for name in (META_FILE,) if not (folder / name).is_file()]
    if not (folder / EXPORT_FILE).is_file() and not (folder / MODEL_FILE).is_file():
        missing.append(f"{EXPORT_FILE} or {MODEL_FILE}")
    if missing:
        raise ModelError(f"--model {path}: missing {', '.join(missing)}")
    return folder


def model_card(folder: Path) -> dict[str, Any]:
    """The folder's ``card.json`` (empty when it has none or it cannot be read)."""
    import json

    try:
        card = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return card if isinstance(card, dict) else {}


def thresholds_values(thresholds: Thresholds) -> dict[str, int | float]:
    return {f.name: getattr(thresholds, f.name) for f in fields(thresholds)}


def _typed(name: str, value: Any, current: Any, problems: list[str]) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"thresholds.{name}: expected a number, found {value!r}")
        return current
    if isinstance(current, int) and not isinstance(current, bool):
        if float(value) != int(value):
            problems.append(f"thresholds.{name}: expected a whole number, found {value!r}")
            return current
        return int(value)
    return float(value)


def with_thresholds(framework: Framework, folder: str | Path | None) -> Framework:
    """The framework with the thresholds of ``folder/thresholds.yml`` laid over its own
    (unchanged when there is no such file). Every problem is reported at once."""
    if folder is None:
        return framework
    path = Path(folder) / THRESHOLDS_FILE
    if not path.is_file():
        return framework
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(
            str(path), [f"cannot be read as YAML ({exc})".replace("\n", " ")]
        ) from None
    problems: list[str] = []
    if not isinstance(data, dict):
        raise RulesError(str(path), ["expected a mapping at the top of the thresholds file"])
    if data.get("schema_version") != SCHEMA_VERSION or data.get("kind") != THRESHOLDS_KIND:
        problems.append(
            f"expected schema_version {SCHEMA_VERSION} and kind {THRESHOLDS_KIND}, found "
            f"{data.get('schema_version')!r} and {data.get('kind')!r}"
        )
    if data.get("framework") != framework.id:
        problems.append(
            f"fitted for framework {data.get('framework')!r}, but this run uses {framework.id!r}"
        )
    given = data.get("thresholds")
    if not isinstance(given, dict):
        problems.append("thresholds: expected a mapping of threshold name to value")
        given = {}
    current = thresholds_values(framework.thresholds)
    values = {}
    for name, value in given.items():
        if name not in current:
            problems.append(f"thresholds.{name}: not a threshold (allowed: {', '.join(current)})")
            continue
        values[name] = _typed(name, value, current[name], problems)
    if problems:
        raise RulesError(str(path), problems)
    return replace(framework, thresholds=replace(framework.thresholds, **values))


def thresholds_document(framework: Framework, fitted: Thresholds, fitted_on: dict[str, Any]) -> str:
    """The text of ``thresholds.yml``: every threshold's value, the framework's beside it."""
    shipped = thresholds_values(framework.thresholds)
    data = {
        "schema_version": SCHEMA_VERSION,
        "kind": THRESHOLDS_KIND,
        "framework": framework.id,
        "framework_file": Path(framework.path).name,
        "thresholds": thresholds_values(fitted),
        "framework_thresholds": shipped,
        "changed": sorted(k for k, v in thresholds_values(fitted).items() if shipped[k] != v),
        "fitted_on": fitted_on,
    }
    header = (
        "# Evidence-rating thresholds fitted to the panel's moderated ratings by\n"
        "# `s11 train --feedback`. Laid over the framework's own by `s11 run --model` this\n"
        "# folder; the framework file itself is unchanged.\n"
    )
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
