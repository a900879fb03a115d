"""``s11 train --feedback DB``: what the tool learns from the panel's decisions.

1. The strength classifier is retrained on the shipped sentences plus every sentence whose
   strength the panel corrected (a correction replaces a shipped label of the same text).
2. The evidence-rating thresholds are fitted (:mod:`pipeline.moderation.fit`) to the panel's
   moderated ratings, on the evidence of the moderated returns as their run found it,
   re-judged by the new classifier: the evidence a run with the new model will see.
3. The per-sentence verdicts that a sentence is not evidence, or that an indicator tagged on
   it is wrong, are learned (:mod:`pipeline.moderation.exclusions`): a "not evidence" filter
   and per-indicator exclusion patterns, applied to the evidence before it is rated, in the
   fitting and the check here as in ``s11 run --model``.
4. All are checked on held-out gold samples (returns not moderated, whose gold says what
   their evidence supports): if the new model agrees with the gold on fewer standards than
   the old one (or on as many with a lower Cohen's kappa), it is refused and nothing is
   written.

The result is a folder (:mod:`pipeline.moderation.learned`) with a model card naming its
data: the training data's digest, the cycles and the number of labels.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.cycles.store import HistoryStore
from pipeline.evidence.strength import (
    EXPORT_FILE,
    META_FILE,
    MODEL_FILE,
    StrengthJudge,
    StrengthModel,
    models_dir,
)
from pipeline.files import write_text
from pipeline.moderation.agreement import Agreement, agreement
from pipeline.moderation.cases import Case, gold_labels, rate, read_cases, rejudge
from pipeline.moderation.exclusions import (
    INDICATOR_FILE,
    NOT_EVIDENCE_FILE,
    Exclusions,
    learn_indicator_exclusions,
    learn_not_evidence,
    write_exclusions,
)
from pipeline.moderation.fit import fit_thresholds
from pipeline.moderation.learned import (
    CARD_FILE,
    CARD_TEXT,
    THRESHOLDS_FILE,
    thresholds_document,
    thresholds_values,
)
from pipeline.moderation.store import Decision, current
from pipeline.moderation.verdicts import EvidenceVerdict, current_verdicts
from pipeline.rules import load_framework, load_indicators
from pipeline.values import Framework, HistoryError, Indicator, Thresholds

CARD_SCHEMA = "s11-learned-model/1"


@dataclass(frozen=True)
class Scores:
    """Agreement with people's ratings: on the moderated returns (what was fitted) and on
    the held-out gold samples (what decides)."""

    moderated: Agreement
    holdout: Agreement


@dataclass(frozen=True)
class LearnResult:
    accepted: bool
    reason: str
    before: Scores
    after: Scores
    cv_before: dict[str, Any]
    cv_after: dict[str, Any]
    card: dict[str, Any] = field(default_factory=dict)
    out: Path | None = None


@dataclass(frozen=True)
class Feedback:
    cycles: tuple[int, ...]
    decisions: dict[int, dict[tuple[str, str, str], Decision]]
    verdicts: tuple[EvidenceVerdict, ...]
    recorded: dict[str, int]  # sha256 -> cycle, the submissions the database holds


def read_feedback(db: Path, framework_id: str, cycles: list[int] | None) -> Feedback:
    if not db.is_file():
        raise HistoryError(f"feedback database not found: {db}")
    with HistoryStore(db) as store:
        found = [
            row[0]
            for row in store.connection.execute(
                "SELECT DISTINCT cycle FROM moderation_log WHERE framework = ? UNION "
                "SELECT DISTINCT cycle FROM evidence_verdicts WHERE framework = ? ORDER BY 1",
                (framework_id, framework_id),
            )
        ]
        chosen = tuple(c for c in found if cycles is None or c in cycles)
        decisions = {cycle: current(store, cycle, framework_id) for cycle in chosen}
        verdicts = tuple(current_verdicts(store, framework_id, chosen))
        recorded = {
            sha: cycle
            for sha, cycle in store.connection.execute("SELECT sha256, cycle FROM submissions")
        }
    if not chosen:
        wanted = f" for cycle(s) {', '.join(map(str, cycles))}" if cycles else ""
        raise HistoryError(f"{db} holds no moderation for framework {framework_id}{wanted}")
    return Feedback(chosen, decisions, verdicts, recorded)


def _corrections(verdicts: tuple[EvidenceVerdict, ...]) -> dict[str, str]:
    return {v.text: str(v.strength) for v in verdicts if v.verdict == "strength" and v.strength}


def _training_set(
    texts: list[str], labels: list[str], corrections: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """The shipped sentences, a corrected label replacing a shipped one of the same text,
    then the corrected sentences the shipped data lacks."""
    merged = dict(zip(texts, labels, strict=True))
    merged.update(corrections)
    return list(merged), list(merged.values())


def _digest(texts: list[str], labels: list[str]) -> str:
    lines = "".join(
        json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n"
        for t, lab in zip(texts, labels, strict=True)
    )
    return hashlib.sha256(lines.encode()).hexdigest()


def _panel_rating(case: Case, feedback: Feedback) -> str | None:
    """The panel's moderated rating of a case: the first reviewer's, in the cycle the
    return is recorded under (or the only cycle moderated). Agencies match by name."""
    cycle = feedback.recorded.get(case.sha256)
    if cycle not in feedback.decisions:
        cycle = feedback.cycles[0] if len(feedback.cycles) == 1 else None
    if cycle is None:
        return None
    decisions = feedback.decisions[cycle]
    decision = decisions.get((case.agency, case.standard_id, "first"))
    if decision is None:
        key = case.agency.casefold()
        decision = next(
            (
                d
                for (agency, standard, reviewer), d in decisions.items()
                if agency.casefold() == key and standard == case.standard_id and reviewer == "first"
            ),
            None,
        )
    return decision.rating if decision else None


def _agreement(
    cases: list[Case],
    labels: list[str | None],
    framework: Framework,
    indicators: tuple[Indicator, ...],
) -> Agreement:
    pairs = [
        (str(tool), label)
        for tool, label in zip(rate(cases, framework, indicators), labels, strict=True)
        if label is not None and tool is not None
    ]
    return agreement(pairs)


def _labelled(cases: list[Case], labels: list[str | None]) -> tuple[list[Case], list[str | None]]:
    kept = [(c, lab) for c, lab in zip(cases, labels, strict=True) if lab is not None]
    return [c for c, _ in kept], [lab for _, lab in kept]


def learn(
    db: Path,
    analyses: list[Path],
    holdout: list[Path],
    gold: Mapping[str, Mapping[str, Any]],
    out: Path,
    framework_name: str | None = None,
    cycles: list[int] | None = None,
    data: Path | None = None,
    base: Path | None = None,
) -> LearnResult:
    """Retrain and refit from the panel's decisions in ``db``; write the model to ``out``
    only if it is not worse than ``base`` (default ``models/``) on the held-out gold."""
    import sklearn

    from pipeline.evidence.train import DATA_FILE, build_pipeline, cross_validate, load_data

    framework = load_framework(framework_name)
    indicators = load_indicators(framework)
    feedback = read_feedback(db, framework.id, cycles)
    base = base or models_dir()
    old_model = StrengthModel.load(base)
    data = data or models_dir() / DATA_FILE
    shipped_texts, shipped_labels = load_data(data)
    corrections = _corrections(feedback.verdicts)
    texts, labels = _training_set(shipped_texts, shipped_labels, corrections)

    shipped_sha = hashlib.sha256(data.read_bytes()).hexdigest()
    base_cv = old_model.meta.get("cross_validation")
    same_data = old_model.meta.get("training_data_sha256") == shipped_sha
    cv_before = base_cv if same_data and base_cv else cross_validate(shipped_texts, shipped_labels)
    fitted_model = None
    if corrections:
        cv_after = cross_validate(texts, labels)
        fitted_model = build_pipeline().fit(texts, labels)
        new_model = StrengthModel(fitted_model, {}, tuple(str(c) for c in fitted_model.classes_))
    else:
        cv_after, new_model = cv_before, old_model
    old_judge, new_judge = StrengthJudge(old_model), StrengthJudge(new_model)

    moderated_cases: list[Case] = []
    moderated_labels: list[str | None] = []
    files: set[str] = set()
    for folder in analyses:
        for case in read_cases(folder):
            if case.framework != framework.id:
                continue
            label = _panel_rating(case, feedback)
            if label is not None:
                moderated_cases.append(case)
                moderated_labels.append(label)
                files.add(case.file)
    if not moderated_cases:
        raise HistoryError(
            "no analysed standard in the --analyses folders has a moderated rating in "
            f"{db} (agencies are matched by name, returns by their recorded cycle)"
        )
    held_cases, held_labels = _held_out(holdout, gold, files, framework.id)
    exclusions, exclusions_report = _exclusions(
        feedback.verdicts, data, corrections, moderated_cases, framework, indicators
    )

    def excluded(cases: list[Case]) -> list[Case]:
        return _excluded(cases, exclusions)

    shipped_framework = framework
    before = Scores(
        _agreement(
            rejudge(moderated_cases, old_judge), moderated_labels, shipped_framework, indicators
        ),
        _agreement(rejudge(held_cases, old_judge), held_labels, shipped_framework, indicators),
    )
    # Thresholds are fitted with each classifier; the pair that agrees with the panel on
    # more moderated standards is kept (on a tie, the one that learned the corrections).
    options = [("shipped", old_judge)] + ([("retrained", new_judge)] if corrections else [])
    fits = {}
    for name, judge in options:
        fitting_cases = excluded(rejudge(moderated_cases, judge))

        def score(thresholds: Thresholds, cases: list[Case] = fitting_cases) -> int:
            trial = replace(framework, thresholds=thresholds)
            return _agreement(cases, moderated_labels, trial, indicators).agreed

        found = fit_thresholds(framework.thresholds, score)
        fits[name] = (found, score(found), judge, fitting_cases)
    used = max(fits, key=lambda name: (fits[name][1], name == "retrained"))
    fitted, _, judge, fitting_cases = fits[used]
    learned_framework = replace(framework, thresholds=fitted)
    after = Scores(
        _agreement(fitting_cases, moderated_labels, learned_framework, indicators),
        _agreement(
            excluded(rejudge(held_cases, judge)), held_labels, learned_framework, indicators
        ),
    )
    if exclusions is not None:  # their effect alone: the shipped classifier and thresholds
        exclusions_report["agreement_exclusions_only"] = {
            "moderated": _agreement(
                excluded(rejudge(moderated_cases, old_judge)),
                moderated_labels,
                shipped_framework,
                indicators,
            ).figures(),
            "holdout": _agreement(
                excluded(rejudge(held_cases, old_judge)),
                held_labels,
                shipped_framework,
                indicators,
            ).figures(),
        }
        exclusions_report["left_out"] = {
            "moderated": _left_out(moderated_cases, exclusions),
            "holdout": _left_out(held_cases, exclusions),
        }
        exclusions_report["indicator_tags_removed"] = {
            "moderated": _tags_removed(moderated_cases, exclusions),
            "holdout": _tags_removed(held_cases, exclusions),
        }
    if used == "shipped":
        fitted_model = None
    label_count = sum(
        1
        for d in feedback.decisions.values()
        for cell, x in d.items()
        if x.rating and cell[2] == "first"
    )
    card = {
        "schema": CARD_SCHEMA,
        "framework": framework.id,
        "feedback": {
            "database": db.name,
            "cycles": list(feedback.cycles),
            "moderated_ratings": label_count,
            "moderated_standards_used": len(moderated_cases),
            "moderated_files": sorted(files),
            "evidence_verdicts": len(feedback.verdicts),
            "strength_corrections": len(corrections),
            "not_evidence_verdicts": sum(
                1 for v in feedback.verdicts if v.verdict == "not_evidence"
            ),
            "indicator_verdicts": sum(1 for v in feedback.verdicts if v.verdict == "indicator"),
        },
        "exclusions": exclusions_report,
        "training_data": {  # what the classifier in this model was trained on
            "shipped": str(DATA_FILE),
            "shipped_sha256": shipped_sha,
            "rows": len(texts) if used == "retrained" else len(shipped_texts),
            "sha256": _digest(texts, labels)
            if used == "retrained"
            else _digest(shipped_texts, shipped_labels),
            "strength_corrections": len(corrections) if used == "retrained" else 0,
        },
        "classifier": {
            "retrained": bool(corrections),
            "retrained_rows": len(texts) if corrections else None,
            "retrained_sha256": _digest(texts, labels) if corrections else None,
            "used": used,
            "moderated_agreement_by_classifier": {name: fit[1] for name, fit in fits.items()},
            "cross_validation_before": cv_before,
            "cross_validation_after": cv_after,
        },
        "thresholds": {
            "file": THRESHOLDS_FILE,
            "changed": {
                k: {"framework": v, "fitted": thresholds_values(fitted)[k]}
                for k, v in thresholds_values(framework.thresholds).items()
                if thresholds_values(fitted)[k] != v
            },
        },
        "agreement": {
            "moderated_before": before.moderated.figures(),
            "moderated_after": after.moderated.figures(),
            "holdout_before": before.holdout.figures(),
            "holdout_after": after.holdout.figures(),
            "holdout_files": len({c.file for c in held_cases}),
        },
        "sklearn_version": sklearn.__version__,
    }
    if not held_labels:
        reason = "no held-out gold sample to check the new model on (give --holdout and --gold)"
        return LearnResult(False, reason, before, after, cv_before, cv_after, card)
    if worse(after.holdout, before.holdout):
        reason = (
            f"the new model agrees with the held-out gold on {after.holdout.agreed} of "
            f"{after.holdout.compared} standards (kappa {after.holdout.kappa}), the old one on "
            f"{before.holdout.agreed} (kappa {before.holdout.kappa}): refused, the old model "
            f"is kept and nothing was written to {out}"
        )
        return LearnResult(False, reason, before, after, cv_before, cv_after, card)
    _write(out, base, fitted_model, old_model.meta, card, framework, fitted, exclusions)
    reason = (
        f"held-out agreement {before.holdout.agreed} -> {after.holdout.agreed} of "
        f"{after.holdout.compared}: accepted, written to {out}"
    )
    return LearnResult(True, reason, before, after, cv_before, cv_after, card, out)


def worse(new: Agreement, old: Agreement) -> bool:
    """Fewer standards agreed, or as many with a lower kappa: as many agreements reached
    more by chance (a model that calls nearly everything green) is not as good. A kappa
    that cannot be computed (one rating used throughout) counts as the lowest."""
    if new.agreed != old.agreed:
        return new.agreed < old.agreed
    lowest = -2.0
    new_kappa = lowest if new.kappa is None else new.kappa
    old_kappa = lowest if old.kappa is None else old.kappa
    return new_kappa < old_kappa


def _held_out(
    holdout: list[Path],
    gold: Mapping[str, Mapping[str, Any]],
    moderated_files: set[str],
    framework_id: str,
) -> tuple[list[Case], list[str | None]]:
    """Held-out standards with a gold rating; a moderated file is never held out."""
    cases = [
        c
        for folder in holdout
        for c in read_cases(folder)
        if c.file not in moderated_files and c.framework == framework_id
    ]
    return _labelled(cases, gold_labels(cases, gold))


def _write(
    out: Path,
    base: Path,
    fitted_model: Any,
    base_meta: dict[str, Any],
    card: dict[str, Any],
    framework: Framework,
    fitted: Thresholds,
    exclusions: Exclusions | None = None,
) -> None:
    from pipeline.evidence.train import save_model

    out.mkdir(parents=True, exist_ok=True)
    meta = {key: value for key, value in base_meta.items() if key != "version_warning"}
    if fitted_model is not None:
        meta.update(
            training_data="shipped data + the panel's strength corrections",
            training_data_sha256=card["training_data"]["sha256"],
            training_rows=card["training_data"]["rows"],
            cross_validation=card["classifier"]["cross_validation_after"],
        )
        meta["feedback"] = card["feedback"]
        save_model(fitted_model, meta, out)
    else:
        for name in (MODEL_FILE, EXPORT_FILE):
            if (base / name).is_file():
                shutil.copyfile(base / name, out / name)
        meta["feedback"] = card["feedback"]
        write_text(out / META_FILE, json.dumps(meta, indent=2) + "\n")
    fitted_on = {
        "cycles": card["feedback"]["cycles"],
        "moderated_ratings": card["feedback"]["moderated_ratings"],
        "moderated_standards_used": card["feedback"]["moderated_standards_used"],
        "files": card["feedback"]["moderated_files"],
        "training_data_sha256": card["training_data"]["sha256"],
    }
    write_text(out / THRESHOLDS_FILE, thresholds_document(framework, fitted, fitted_on))
    if exclusions is not None:
        write_exclusions(
            out,
            exclusions,
            {
                "cycles": card["feedback"]["cycles"],
                "not_evidence_verdicts": card["feedback"]["not_evidence_verdicts"],
                "indicator_verdicts": card["feedback"]["indicator_verdicts"],
                "shipped_sha256": card["training_data"]["shipped_sha256"],
            },
        )
    write_text(out / CARD_FILE, json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    write_text(out / CARD_TEXT, card_text(card))


def card_text(card: dict[str, Any]) -> str:
    """The model card as Markdown, from ``card.json``."""
    feedback, data, scores = card["feedback"], card["training_data"], card["agreement"]
    classifier = card["classifier"]

    def figure(entry: dict[str, Any]) -> str:
        kappa = "n/a" if entry["kappa"] is None else f"{entry['kappa']:.3f}"
        percent = "n/a" if entry["percent"] is None else f"{entry['percent']:.1f}%"
        return f"{entry['agreed']}/{entry['compared']} ({percent}, kappa {kappa})"

    changed = card["thresholds"]["changed"]
    lines = [
        "# Model card: learned from the panel",
        "",
        f"Framework `{card['framework']}`. Written by `s11 train --feedback`; use it with "
        "`s11 run --model THIS_FOLDER`.",
        "",
        "## Trained on",
        "",
        f"- feedback database `{feedback['database']}`, cycle(s) "
        f"{', '.join(map(str, feedback['cycles']))}",
        f"- {feedback['moderated_ratings']} moderated ratings "
        f"({feedback['moderated_standards_used']} standards of {len(feedback['moderated_files'])} "
        f"returns used for fitting), {feedback['evidence_verdicts']} evidence verdicts, "
        f"{feedback['strength_corrections']} strength corrections",
        f"- classifier data: {data['rows']} sentences ({data['strength_corrections']} of them "
        f"the panel's corrections), SHA-256 `{data['sha256']}` (shipped `{data['shipped']}`: "
        f"`{data['shipped_sha256']}`)",
        f"- classifier used: {classifier['used']} (standards agreeing with the panel after "
        "fitting, per classifier: "
        + ", ".join(f"{k} {v}" for k, v in classifier["moderated_agreement_by_classifier"].items())
        + ")",
        "",
        "## Scores",
        "",
        "| | before | after |",
        "| --- | --- | --- |",
        f"| classifier, 5-fold cross-validated macro-F1 (shipped data; with corrections) | "
        f"{classifier['cross_validation_before']['macro_f1']:.3f} | "
        f"{classifier['cross_validation_after']['macro_f1']:.3f} |",
        f"| evidence rating = panel, moderated returns (fitted on) | "
        f"{figure(scores['moderated_before'])} | {figure(scores['moderated_after'])} |",
        f"| evidence rating = gold, held-out samples ({scores['holdout_files']} returns) | "
        f"{figure(scores['holdout_before'])} | {figure(scores['holdout_after'])} |",
        "",
        "## Thresholds changed",
        "",
    ]
    if changed:
        lines += [f"- `{k}`: {v['framework']} -> {v['fitted']}" for k, v in changed.items()]
    else:
        lines.append("- none: the framework's thresholds fit the panel best")
    lines += ["", "## Learned from the per-sentence verdicts", ""] + exclusions_text(
        card.get("exclusions") or {}, figure
    )
    return "\n".join(lines) + "\n"


def exclusions_text(report: dict[str, Any], figure: Any) -> list[str]:
    """The model card's lines on the not-evidence filter and the indicator exclusions."""
    not_evidence, wrong = report.get("not_evidence"), report.get("indicators")
    if not not_evidence and not wrong:
        return ['- nothing: no "not evidence" or "indicator wrong" verdict']
    lines = []
    if not_evidence:
        cv = not_evidence["cross_validation"]
        lines.append(
            f"- `{not_evidence['file']}`: a not-evidence filter from "
            f'{not_evidence["panel_sentences"]} "not evidence" sentences against '
            f"{not_evidence['negatives']} evidence sentences (shipped, with a standard, and the "
            f"panel's strength corrections); "
            f"{cv['folds']}-fold cross-validated, it caught "
            f"{cv['panel_sentences_caught_unseen']} of the {not_evidence['panel_sentences']} "
            f"unseen and dropped {cv['shipped_sentences_dropped']} evidence sentences"
        )
    if wrong:
        patterns = ", ".join(f'{x["indicator"]} "{x["pattern"]}"' for x in wrong["patterns"])
        lines.append(
            f"- `{wrong['file']}`: {len(wrong['patterns'])} indicator exclusion pattern(s) "
            f'from {wrong["verdicts"]} "indicator wrong" verdicts: {patterns}'
        )
    left_out, removed = report.get("left_out") or {}, report.get("indicator_tags_removed") or {}
    if left_out:
        lines.append(
            f"- left out as not evidence: {left_out['moderated']} sentences of the moderated "
            f"returns, {left_out['holdout']} of the held-out; indicator tags removed: "
            f"{removed.get('moderated', 0)} and {removed.get('holdout', 0)}"
        )
    only = report.get("agreement_exclusions_only")
    if only:
        lines.append(
            "- with these alone (shipped classifier and thresholds): moderated "
            f"{figure(only['moderated'])}, held-out {figure(only['holdout'])}"
        )
    return lines


# ---------------------------------------------------------------- per-sentence verdicts


def _standard_sentences(data: Path) -> list[str]:
    """The shipped training sentences that belong to a standard (rows marked ``"standard":
    "none"`` are about the return in general, so they are no sure evidence)."""
    found = []
    for line in data.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if str(row.get("standard", "")) != "none":
                found.append(str(row["text"]))
    return found


def _tagged(
    texts: list[str],
    cases: list[Case],
    wrong: set[tuple[str, str]],
    framework: Framework,
    indicators: tuple[Indicator, ...],
    wanted: set[str],
) -> dict[str, list[str]]:
    """Per indicator in ``wanted``, the sentences it rightly tags: the shipped sentences the
    rules tag with it, and the moderated evidence tagged with it that the panel left alone."""
    from pipeline.evidence.finder import EvidenceFinder
    from pipeline.values import Block

    finder = EvidenceFinder(framework, indicators, StrengthJudge(None))
    tagged: dict[str, list[str]] = {i: [] for i in wanted}
    for sentence in finder.sentences((Block(0, "paragraph", t), t) for t in texts):
        for indicator_id in wanted.intersection(sentence.indicators):
            tagged[indicator_id].append(sentence.text)
    for case in cases:
        for item in case.evidence:
            for indicator_id in wanted.intersection(item.indicators):
                if (item.text, indicator_id) not in wrong:
                    tagged[indicator_id].append(item.text)
    return tagged


def _exclusions(
    verdicts: tuple[EvidenceVerdict, ...],
    data: Path,
    corrections: Mapping[str, str],
    moderated: list[Case],
    framework: Framework,
    indicators: tuple[Indicator, ...],
) -> tuple[Exclusions | None, dict[str, Any]]:
    """The not-evidence filter and the indicator exclusions the verdicts teach (None when
    there are no such verdicts), and what each was learned from."""
    not_evidence = [v.text for v in verdicts if v.verdict == "not_evidence"]
    wrong = [(v.text, v.indicator.strip()) for v in verdicts if v.verdict == "indicator"]
    report: dict[str, Any] = {"not_evidence": None, "indicators": None}
    if not not_evidence and not wrong:
        return None, report
    shipped = _standard_sentences(data)
    found_filter = None
    if not_evidence:
        # Not the moderated returns' other sentences: a panel leaves cover lines unmarked
        # too ("Prepared by ..." in one return, marked in the next), so they are no sure
        # negatives.
        found_filter, report["not_evidence"] = learn_not_evidence(
            not_evidence, shipped + list(corrections)
        )
        report["not_evidence"]["file"] = NOT_EVIDENCE_FILE
    found_patterns: tuple[Any, ...] = ()
    if wrong:
        tagged = _tagged(
            shipped, moderated, set(wrong), framework, indicators, {i for _, i in wrong}
        )
        found_patterns, report["indicators"] = learn_indicator_exclusions(wrong, tagged, indicators)
        report["indicators"]["file"] = INDICATOR_FILE
    return Exclusions(found_filter, found_patterns), report


def _excluded(cases: list[Case], exclusions: Exclusions | None) -> list[Case]:
    if exclusions is None:
        return cases
    return [replace(c, evidence=exclusions.apply(c.evidence)[0]) for c in cases]


def _left_out(cases: list[Case], exclusions: Exclusions) -> int:
    return sum(len(exclusions.apply(c.evidence)[1]) for c in cases)


def _tags_removed(cases: list[Case], exclusions: Exclusions) -> int:
    removed = 0
    for case in cases:
        kept, _ = exclusions.apply(case.evidence)
        by_text = {e.text: e for e in kept}
        removed += sum(
            len(e.indicators) - len(by_text[e.text].indicators)
            for e in case.evidence
            if e.text in by_text
        )
    return removed
