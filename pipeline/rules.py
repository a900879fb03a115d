"""Load and validate the rule files under ``rules/``: frameworks, indicators, question
templates and the agency register.

Every loader checks the whole file and raises one :class:`RulesError` listing every problem
with its rule id and what would have been allowed, so an author fixes them in one pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from pipeline.values import (
    RATINGS,
    Agency,
    CommonQuestion,
    Framework,
    Indicator,
    Rating,
    RulesError,
    Standard,
    Thresholds,
)

SCHEMA_VERSION = 1
DEFAULT_FRAMEWORK = "gscp-2021"


def rules_dir() -> Path:
    """The rules folder: ``$S11_RULES`` if set, else ``rules/`` beside the package."""
    override = os.environ.get("S11_RULES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "rules"


def load_yaml(text: str) -> Any:
    """``yaml.safe_load``, with libyaml's C parser when PyYAML was built with it (ten times
    faster on the rule files, which every run reads)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(str(path), [f"cannot be read ({exc.strerror or exc})"]) from None
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        raise RulesError(str(path), [f"is not valid YAML: {exc}".replace("\n", " ")]) from None


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: expected a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _regexes(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    patterns = _strings(value, where, problems)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"{where}: regex {pattern!r} does not compile ({exc})")
    return patterns


def _check_schema(data: Any, path: Path, kind: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise RulesError(str(path), [f"expected a mapping at the top of the {kind} file"])
    if data.get("schema_version") != SCHEMA_VERSION:
        raise RulesError(
            str(path),
            [f"schema_version must be {SCHEMA_VERSION}, found {data.get('schema_version')!r}"],
        )
    return data


# ---------------------------------------------------------------- frameworks


def framework_path(name_or_path: str | None) -> Path:
    """Resolve ``--framework``: a file path, or the id of a file in ``rules/frameworks``."""
    if not name_or_path:
        return rules_dir() / "frameworks" / f"{DEFAULT_FRAMEWORK}.yml"
    candidate = Path(name_or_path)
    if candidate.suffix in (".yml", ".yaml") or candidate.exists():
        return candidate
    return rules_dir() / "frameworks" / f"{name_or_path}.yml"


def load_framework(name_or_path: str | None = None) -> Framework:
    path = framework_path(name_or_path)
    data = _check_schema(_read_yaml(path), path, "framework")
    problems: list[str] = []
    for key in ("id", "title", "standards", "scale", "thresholds", "audit_year"):
        if key not in data:
            problems.append(f"missing required key '{key}'")
    if problems:
        raise RulesError(str(path), problems)

    standards: list[Standard] = []
    seen: set[str] = set()
    for position, entry in enumerate(data.get("standards") or []):
        where = f"standards[{position}]"
        if not isinstance(entry, dict) or "id" not in entry or "title" not in entry:
            problems.append(f"{where}: needs 'id' and 'title'")
            continue
        standard_id = str(entry["id"])
        if standard_id in seen:
            problems.append(f"{where}: duplicate standard id '{standard_id}'")
        seen.add(standard_id)
        standards.append(
            Standard(
                id=standard_id,
                title=str(entry["title"]),
                aliases=_strings(entry.get("aliases"), f"standard {standard_id} aliases", problems),
                description=str(entry.get("description", "")),
                topics=_strings(entry.get("topics"), f"standard {standard_id} topics", problems),
            )
        )
    if not standards:
        problems.append("standards: at least one standard is required")

    questions: list[CommonQuestion] = []
    for position, entry in enumerate(data.get("common_questions") or []):
        where = f"common_questions[{position}]"
        if not isinstance(entry, dict) or "id" not in entry or "title" not in entry:
            problems.append(f"{where}: needs 'id' and 'title'")
            continue
        if entry.get("answered_by", "text") not in ("text", "ratings"):
            problems.append(f"{where}: answered_by must be 'text' or 'ratings'")
        questions.append(
            CommonQuestion(
                id=str(entry["id"]),
                title=str(entry["title"]),
                aliases=_strings(entry.get("aliases"), f"{entry['id']} aliases", problems),
                answer_patterns=_regexes(
                    entry.get("answer_patterns"), f"{entry['id']} answer_patterns", problems
                ),
                answered_by=str(entry.get("answered_by", "text")),
            )
        )

    scale: dict[str, Rating | None] = {}
    raw_scale = data.get("scale")
    if not isinstance(raw_scale, dict) or not raw_scale:
        problems.append("scale: expected a mapping of wording to green, amber, red or null")
    else:
        for wording, rating in raw_scale.items():
            if rating is not None and rating not in RATINGS:
                problems.append(
                    f"scale '{wording}': '{rating}' is not one of green, amber, red or null"
                )
                continue
            scale[str(wording).strip().lower()] = rating

    thresholds = _thresholds(data.get("thresholds"), problems)
    try:
        audit_year = int(data["audit_year"])
    except (TypeError, ValueError):
        problems.append(f"audit_year: expected a year, found {data['audit_year']!r}")
        audit_year = 0
    audit_date = str(data.get("audit_date") or f"{audit_year}-12-31")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", audit_date):
        problems.append(f"audit_date: expected YYYY-MM-DD, found {audit_date!r}")
    if problems or thresholds is None:
        raise RulesError(str(path), problems)
    return Framework(
        id=str(data["id"]),
        title=str(data["title"]),
        audit_year=audit_year,
        audit_date=audit_date,
        standards=tuple(standards),
        common_questions=tuple(questions),
        scale=scale,
        thresholds=thresholds,
        stale_policy_years=int(data.get("stale_policy_years", 3)),
        path=str(path),
    )


def _thresholds(raw: Any, problems: list[str]) -> Thresholds | None:
    try:
        green, amber, concerns = raw["green"], raw["amber"], raw.get("concerns", {})
        under = raw.get("under_rated", {})
        in_words, shortfalls = raw.get("green_in_words", {}), raw.get("shortfalls", {})
        doubt = raw.get("benefit_of_doubt", {})
        return Thresholds(
            green_indicators=int(green.get("indicators", 0)),
            green_strong=int(green["strong"]),
            green_share=float(green.get("share", 1.01)),
            amber_strong=int(amber["strong"]),
            amber_activity=int(amber.get("activity", 2)),
            concerns_amber=int(concerns.get("amber", 99)),
            concerns_red=int(concerns.get("red", 99)),
            concerns_share=float(concerns.get("share", 0.5)),
            under_strong=int(under.get("strong", 4)),
            under_impact=int(under.get("impact", 2)),
            under_concerns=int(under.get("concerns", 1)),
            min_words=int(raw.get("min_words", 25)),
            words_activity=int(in_words.get("activity", 99)),
            words_impact=int(in_words.get("impact", 1)),
            words_indicators=int(in_words.get("indicators", 3)),
            shortfalls_amber=int(shortfalls.get("amber", 99)),
            shortfalls_red=int(shortfalls.get("red", 99)),
            shortfalls_weight=float(shortfalls.get("weight", 4.0)),
            shortfalls_red_weight=float(shortfalls.get("red_weight", 2.0)),
            target_gap=float(shortfalls.get("target_gap", 999.0)),
            doubt_shortfalls=int(doubt.get("shortfalls", 0)),
            doubt_indicators=int(doubt.get("indicators", 99)),
            doubt_concerns=int(doubt.get("concerns", 0)),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        problems.append(
            "thresholds: expected green: {strong, share, indicators}, amber: {strong, activity}, "
            "concerns: {amber, red}, under_rated: {strong, impact, concerns}, green_in_words: "
            "{activity, impact, indicators}, shortfalls: {amber, red, weight, red_weight, "
            "target_gap}, "
            "benefit_of_doubt: {shortfalls, indicators} and min_words"
        )
        return None


# ---------------------------------------------------------------- indicators

_TOKEN_KEYS = {
    "ORTH",
    "TEXT",
    "LOWER",
    "LENGTH",
    "IS_ALPHA",
    "IS_DIGIT",
    "LIKE_NUM",
    "IS_PUNCT",
    "IS_TITLE",
    "IS_UPPER",
    "SHAPE",
    "OP",
    "REGEX",
}


def indicator_files(framework: Framework) -> list[Path]:
    """The indicator files for a framework: ``rules/indicators/<framework id>/*.yml``,
    or ``rules/indicators/*.yml`` for the default framework."""
    base = rules_dir() / "indicators"
    own = base / framework.id
    if own.is_dir():
        return sorted(own.glob("*.yml"))
    if framework.id == DEFAULT_FRAMEWORK:
        return sorted(base.glob("*.yml"))
    return []


def load_indicators(
    framework: Framework, paths: Iterable[Path] | None = None
) -> tuple[Indicator, ...]:
    indicators: list[Indicator] = []
    problems_by_file: list[tuple[Path, list[str]]] = []
    standard_ids = {s.id for s in framework.standards}
    seen: set[str] = set()
    for path in paths if paths is not None else indicator_files(framework):
        data = _check_schema(_read_yaml(path), path, "indicator")
        problems: list[str] = []
        for position, entry in enumerate(data.get("indicators") or []):
            indicator = _indicator(entry, position, standard_ids, seen, problems)
            if indicator:
                indicators.append(indicator)
        if problems:
            problems_by_file.append((path, problems))
    if problems_by_file:
        first_path = problems_by_file[0][0]
        all_problems = [f"{p.name}: {msg}" for p, msgs in problems_by_file for msg in msgs]
        raise RulesError(str(first_path.parent), all_problems)
    return tuple(indicators)


def _indicator(
    entry: Any, position: int, standard_ids: set[str], seen: set[str], problems: list[str]
) -> Indicator | None:
    if not isinstance(entry, dict) or "id" not in entry:
        problems.append(f"indicators[{position}]: needs an 'id'")
        return None
    indicator_id = str(entry["id"])
    where = f"indicator '{indicator_id}'"
    ok = True
    if indicator_id in seen:
        problems.append(f"{where}: duplicate id")
        ok = False
    seen.add(indicator_id)
    standard = str(entry.get("standard", ""))
    if standard not in standard_ids:
        problems.append(f"{where}: standard '{standard}' is not one of {sorted(standard_ids)}")
        ok = False
    if not str(entry.get("description", "")).strip():
        problems.append(f"{where}: needs a description")
        ok = False
    patterns = entry.get("patterns") or {}
    if not isinstance(patterns, dict):
        problems.append(f"{where}: patterns must be a mapping of phrases, tokens and regex")
        return None
    phrases = _strings(patterns.get("phrases"), f"{where} phrases", problems)
    regexes = _strings(patterns.get("regex"), f"{where} regex", problems)
    for regex in regexes:
        try:
            re.compile(regex)
        except re.error as exc:
            problems.append(f"{where}: regex {regex!r} does not compile ({exc})")
            ok = False
    token_patterns: list[tuple[dict[str, object], ...]] = []
    for number, pattern in enumerate(patterns.get("tokens") or []):
        if not isinstance(pattern, list) or not all(isinstance(t, dict) for t in pattern):
            problems.append(f"{where}: tokens[{number}] must be a list of token mappings")
            ok = False
            continue
        unknown = {k for t in pattern for k in t} - _TOKEN_KEYS
        if unknown:
            problems.append(
                f"{where}: tokens[{number}] uses {sorted(unknown)}; allowed {sorted(_TOKEN_KEYS)}"
            )
            ok = False
            continue
        token_patterns.append(tuple(pattern))
    if not (phrases or regexes or token_patterns):
        problems.append(f"{where}: needs at least one phrase, token pattern or regex")
        ok = False
    examples_hit, examples_miss = _examples(entry.get("examples"), where, problems)
    if not ok:
        return None
    return Indicator(
        id=indicator_id,
        standard=standard,
        description=str(entry["description"]).strip(),
        phrases=phrases,
        token_patterns=tuple(token_patterns),
        regexes=regexes,
        strong=str(entry.get("strong", "")).strip(),
        question=str(entry.get("question", "")).strip(),
        examples_hit=examples_hit,
        examples_miss=examples_miss,
    )


def _examples(raw: Any, where: str, problems: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``examples: {hit: [...], miss: [...]}``: sentences the indicator must and must not
    match (checked by the tests, not at run time)."""
    if raw is None:
        return (), ()
    if not isinstance(raw, dict):
        problems.append(f"{where}: examples must be a mapping with 'hit' and 'miss' lists")
        return (), ()
    unknown = sorted(str(k) for k in raw if k not in ("hit", "miss"))
    if unknown:
        problems.append(f"{where}: examples uses {unknown}; allowed ['hit', 'miss']")
    hits = _strings(raw.get("hit"), f"{where} examples.hit", problems)
    misses = _strings(raw.get("miss"), f"{where} examples.miss", problems)
    return hits, misses


# ---------------------------------------------------------------- question templates


def load_question_templates(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Gap type -> jinja2 templates (at least two wordings each)."""
    path = path or rules_dir() / "questions.yml"
    data = _check_schema(_read_yaml(path), path, "question")
    problems: list[str] = []
    templates: dict[str, tuple[str, ...]] = {}
    for gap_type, wordings in (data.get("questions") or {}).items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]+", str(gap_type)):
            problems.append(f"'{gap_type}': gap types are UPPER_SNAKE_CASE")
        texts = _strings(wordings, f"{gap_type}", problems)
        if len(texts) < 2:
            problems.append(f"'{gap_type}': give at least two wordings")
        templates[str(gap_type)] = texts
    if problems:
        raise RulesError(str(path), problems)
    return templates


# ---------------------------------------------------------------- agency register


def load_agencies(path: Path | None = None) -> tuple[Agency, ...]:
    path = path or rules_dir() / "agencies.yml"
    data = _check_schema(_read_yaml(path), path, "agency register")
    problems: list[str] = []
    agencies: list[Agency] = []
    for position, entry in enumerate(data.get("agencies") or []):
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            problems.append(f"agencies[{position}]: needs a 'name'")
            continue
        agencies.append(
            Agency(
                name=str(entry["name"]).strip(),
                short=str(entry.get("short", "")).strip(),
                aliases=_strings(entry.get("aliases"), f"{entry['name']} aliases", problems),
                expected=bool(entry.get("expected", True)),
                note=str(entry.get("note", "")).strip(),
            )
        )
    if problems:
        raise RulesError(str(path), problems)
    return tuple(agencies)
