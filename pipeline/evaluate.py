"""Measure the pipeline against gold labels a person wrote (``s11 eval``).

Gold files are ``<gold dir>/<file name>.yml`` (see samples/README.md). Documents are run in
groups by the framework their gold names, through the same batch runner users use, and every
stage is scored: status and error code, agency, self-ratings (each miss listed), evidence
recall, gap recall, false gap flags, questions for flagged standards, common questions and
redaction leaks.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.files import write_text
from pipeline.run.batch import RunOptions, collect, run_batch
from pipeline.settings import Settings


@dataclass
class Metric:
    name: str
    hits: int = 0
    total: int = 0
    lower_is_better: bool = False
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str = "") -> None:
        self.total += 1
        if ok:
            self.hits += 1
        elif miss:
            self.misses.append(miss)

    @property
    def value(self) -> float | None:
        return round(self.hits / self.total, 4) if self.total else None

    def record(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "hits": self.hits,
            "total": self.total,
            "lower_is_better": self.lower_is_better,
            "misses": self.misses,
        }


METRICS = (
    ("status", "file status"),
    ("error_code", "error code"),
    ("agency", "agency"),
    ("self_rating", "self-rating"),
    ("evidence_recall", "evidence recall"),
    ("evidence_rating", "evidence rating agreement"),
    ("gap_recall", "gap recall"),
    ("false_gap_rate", "false gap flags"),
    ("questions", "flagged standards with a question"),
    ("common_questions", "common questions answered/not"),
    ("redaction_leaks", "redaction leaks"),
)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    gold = {}
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        gold[str(data["file"])] = data
    return gold


def evaluate(
    inputs: list[str],
    gold_dir: Path,
    out_dir: Path,
    workers: int = 1,
    ocr: bool = True,
    model: str | None = None,
) -> dict[str, Any]:
    gold = load_gold(gold_dir)
    files = collect(inputs)
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in files:
        groups[str((gold.get(path.name) or {}).get("framework") or "")].append(path)
    metrics = {
        key: Metric(key, lower_is_better=key in ("false_gap_rate", "redaction_leaks"))
        for key, _ in METRICS
    }
    unlabelled = []
    ratings: list[tuple[str, str, str]] = []  # (standard, tool, gold) for the agreement
    for framework_id, paths in sorted(groups.items()):
        folder = out_dir / (framework_id or "default")
        batch = run_batch(
            paths,
            folder,
            Settings(framework=framework_id or None, ocr=ocr, model=model),
            RunOptions(workers=workers),
        )
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        for entry in summary["submissions"]:
            labels = gold.get(entry["file"])
            if labels is None:
                unlabelled.append(entry["file"])
                continue
            analysis = json.loads((folder / entry["analysis"]).read_text(encoding="utf-8"))
            redacted = folder / Path(entry["analysis"]).parent / "pack-redacted.html"
            _score(entry["file"], labels, analysis, redacted, metrics)
            ratings.extend(_rating_pairs(labels, analysis))
        del batch
    result = {
        "metrics": {key: metrics[key].record() for key, _ in METRICS},
        "documents": len(files),
        "unlabelled": unlabelled,
        "agreement": rating_agreement(ratings),
    }
    if model:
        result["model"] = str(model)
    write_text(out_dir / "eval.json", json.dumps(result, indent=2) + "\n")
    return result


def _score(
    file: str,
    labels: dict[str, Any],
    analysis: dict[str, Any],
    redacted: Path,
    metrics: dict[str, Metric],
) -> None:
    status = labels.get("status", "ok")
    metrics["status"].add(
        analysis["status"] == status, f"{file}: expected {status}, got {analysis['status']}"
    )
    if status == "error":
        got = (analysis.get("error") or {}).get("code")
        metrics["error_code"].add(
            got == labels.get("error_code"),
            f"{file}: expected {labels.get('error_code')}, got {got}",
        )
        return
    names = [n for n in (labels.get("agency") or []) if n]
    if names:
        metrics["agency"].add(
            analysis.get("agency") in names,
            f"{file}: expected {names[0]}, got {analysis.get('agency')}",
        )
    if analysis["status"] != "ok":
        return
    standards = {s["id"]: s for s in analysis["standards"]}
    for standard_id, expected in (labels.get("self_ratings") or {}).items():
        got = (standards.get(str(standard_id)) or {}).get("self_rating")
        metrics["self_rating"].add(
            got == expected, f"{file} / {standard_id}: expected {expected}, got {got}"
        )
    for standard_id, fragments in (labels.get("evidence_must_include") or {}).items():
        texts = [
            _normal(e["text"]) for e in (standards.get(str(standard_id)) or {}).get("evidence", [])
        ]
        for fragment in fragments or []:
            metrics["evidence_recall"].add(
                any(_normal(str(fragment)) in t for t in texts),
                f'{file} / {standard_id}: "{fragment}"',
            )
    for standard_id, expected in supported_ratings(labels).items():
        got = (standards.get(str(standard_id)) or {}).get("evidence_rating")
        metrics["evidence_rating"].add(
            got == expected, f"{file} / {standard_id}: expected {expected}, got {got}"
        )
    common_gaps = {
        g["id"] for g in analysis.get("gaps", []) if g["type"] == "COMMON_QUESTION_UNANSWERED"
    }
    for standard_id, types in (labels.get("gaps_expected") or {}).items():
        for gap_type in types or []:
            if str(standard_id) == "common":
                flagged = bool(common_gaps) if gap_type == "COMMON_QUESTION_UNANSWERED" else False
            else:
                flagged = gap_type in {
                    g["type"] for g in (standards.get(str(standard_id)) or {}).get("gaps", [])
                }
            metrics["gap_recall"].add(flagged, f"{file} / {standard_id}: {gap_type} not flagged")
    for standard_id, types in (labels.get("gaps_forbidden") or {}).items():
        for gap_type in types or []:
            present = gap_type in {
                g["type"] for g in (standards.get(str(standard_id)) or {}).get("gaps", [])
            }
            # "hits" counts false flags, so the value is the false-flag rate.
            metrics["false_gap_rate"].add(present, "")
            if present:
                metrics["false_gap_rate"].misses.append(
                    f"{file} / {standard_id}: {gap_type} flagged"
                )
    for standard in analysis["standards"]:
        if standard["gaps"]:
            metrics["questions"].add(
                bool(standard["questions"]), f"{file} / {standard['id']}: no question"
            )
    answered = {c["id"]: c["answered"] for c in analysis.get("common_questions", [])}
    for question_id, expected in (labels.get("common_questions_answered") or {}).items():
        got = answered.get(question_id)
        metrics["common_questions"].add(
            got == expected, f"{file} / {question_id}: expected {expected}, got {got}"
        )
    personal = [str(p) for p in labels.get("personal_data") or []]
    if personal and redacted.exists():
        text = _normal(html.unescape(redacted.read_text(encoding="utf-8")))
        for item in personal:
            leaked = _normal(item) in text
            metrics["redaction_leaks"].add(leaked, "")
            if leaked:
                metrics["redaction_leaks"].misses.append(
                    f'{file}: "{item}" appears in the redacted pack'
                )


def _rating_pairs(labels: dict[str, Any], analysis: dict[str, Any]) -> list[tuple[str, str, str]]:
    if analysis.get("status") != "ok":
        return []
    standards = {s["id"]: s for s in analysis["standards"]}
    return [
        (standard_id, str((standards.get(standard_id) or {}).get("evidence_rating")), expected)
        for standard_id, expected in supported_ratings(labels).items()
    ]


def rating_agreement(ratings: list[tuple[str, str, str]]) -> dict[str, Any]:
    """The tool's evidence rating against the rating the gold (the panel's view of what the
    evidence supports) gives, overall and per standard: per cent agreement and Cohen's kappa
    (:mod:`pipeline.moderation.agreement`)."""
    from pipeline.moderation.agreement import agreement

    ids = sorted({s for s, _, _ in ratings}, key=lambda s: (len(s), s))
    return {
        "overall": agreement([(tool, gold) for _, tool, gold in ratings]).figures(),
        "standards": {
            i: agreement([(t, g) for s, t, g in ratings if s == i]).figures() for i in ids
        },
    }


def supported_ratings(labels: dict[str, Any]) -> dict[str, str]:
    """The rating each standard's evidence supports: ``evidence_supports`` where the gold
    gives it, else the self-rating of a standard that is well evidenced and rated
    consistently (both OVER_RATED and UNDER_RATED forbidden)."""
    if labels.get("evidence_supports"):
        return {str(k): v for k, v in labels["evidence_supports"].items() if v}
    forbidden = {str(k): set(v or []) for k, v in (labels.get("gaps_forbidden") or {}).items()}
    return {
        str(k): v
        for k, v in (labels.get("self_ratings") or {}).items()
        if v and {"OVER_RATED", "UNDER_RATED"} <= forbidden.get(str(k), set())
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'metric':<38} {'value':>7} {'count':>9}"]
    for key, label in METRICS:
        metric = result["metrics"][key]
        value = "n/a" if metric["value"] is None else f"{metric['value']:.3f}"
        lines.append(f"{label:<38} {value:>7} {metric['hits']:>4}/{metric['total']:<4}")
    found = result.get("agreement") or {}
    if found.get("overall", {}).get("compared"):
        lines.append("\nevidence rating vs gold (the panel's view), per cent and Cohen's kappa:")
        rows = [("all", found["overall"]), *found["standards"].items()]
        for standard_id, value in rows:
            kappa = "n/a" if value["kappa"] is None else f"{value['kappa']:.3f}"
            lines.append(
                f"  standard {standard_id:<4} {value['agreed']:>3}/{value['compared']:<3} "
                f"{value['percent']:5.1f}%  kappa {kappa}"
            )
    for key, label in METRICS:
        misses = result["metrics"][key]["misses"]
        if misses:
            lines.append(f"\n{label}: {len(misses)} miss(es)")
            lines.extend(f"  - {m}" for m in misses)
    if result["unlabelled"]:
        lines.append(f"\nno gold labels for: {', '.join(result['unlabelled'])}")
    return "\n".join(lines)


def check_floors(result: dict[str, Any], floors_path: Path) -> list[str]:
    """Every metric that falls below its floor (or above its ceiling for lower-is-better)."""
    floors = yaml.safe_load(floors_path.read_text(encoding="utf-8")) or {}
    failures = []
    for key, bound in (floors.get("floors") or {}).items():
        metric = result["metrics"].get(key)
        if metric is None or metric["value"] is None:
            failures.append(f"{key}: no measurement")
            continue
        if metric["lower_is_better"]:
            if metric["value"] > bound:
                failures.append(f"{key}: {metric['value']:.3f} is above the ceiling {bound}")
        elif metric["value"] < bound:
            failures.append(f"{key}: {metric['value']:.3f} is below the floor {bound}")
    return failures
