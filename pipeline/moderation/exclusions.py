"""What the panel's per-sentence verdicts teach: sentences that are not evidence, and
indicator tags that are wrong. Learned by ``s11 train --feedback``, written into the learned
model folder, and applied by ``s11 run --model PATH`` to each return's evidence before it is
rated (:func:`pipeline.analyse.analyse_document`).

``not_evidence.json``
    A small linear filter over words, word pairs, the opening words and the length of a
    sentence (cover lines: "Prepared by ...", "Submitted on ...", "1 April 2019 to 31 March
    2020"), trained with the panel's "not evidence" sentences as positives and the shipped
    training sentences that belong to a standard and the panel's strength corrections (which
    the panel held to be evidence) as negatives. Its threshold is set above every
    negative's cross-validated score, so in cross-validation it drops no shipped evidence
    sentence. The panel's sentences themselves are also listed and always left out.

``indicator_exclusions.json``
    Per indicator, phrase patterns on which the indicator's match is wrong: the words the
    indicator's own rule matched in the sentence the panel corrected, widened to the nearest
    word that denies or limits it ("no", "not", "only"...), then one word at a time (left
    first) until no sentence the indicator rightly tags (the shipped sentences it tags, and
    the moderated returns' sentences the panel did not correct) holds it: "no safeguarding
    clause" removes ``S1.commissioning`` wherever it appears. A sentence with no such word
    near the match, or no short distinguishing phrase, is kept whole (that sentence only).

Both are plain JSON: readable, diffable, and nothing is unpickled at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from pipeline.files import write_text
from pipeline.values import Evidence, Indicator, ModelError

NOT_EVIDENCE_FILE = "not_evidence.json"
INDICATOR_FILE = "indicator_exclusions.json"
NOT_EVIDENCE_KIND = "s11-not-evidence"
INDICATOR_KIND = "s11-indicator-exclusions"
SCHEMA_VERSION = 1
MAX_PATTERN_WORDS = 8
# Words that deny or limit what an indicator's match claims ("contain no safeguarding
# clause", "have not run a survey"): a learned pattern includes the nearest one, so it
# removes the indicator where the same denial recurs, not wherever its subject does.
CUES = frozenset(
    ("no", "not", "never", "without", "none", "nor", "neither", "cannot", "only")
    + ("lack", "lacks", "lacking", "absent")
)
FOLDS = 4
C = 1.0
# How far above the highest cross-validated score of an evidence sentence a sentence must
# score to be left out: unseen returns share words with the panel's cover lines (names,
# roles, "March 2020") in sentences that are evidence.
MARGIN = 1.0

_WORD = re.compile(r"[a-z]+|\d+")


def words(text: str) -> list[str]:
    """Lower-case words, every number as ``0``: "4.1" and "2,960" are alike."""
    return ["0" if w.isdigit() else w for w in _WORD.findall(text.lower())]


def _joined(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def features(text: str) -> dict[str, int]:
    found = words(text)
    feats = {f"w:{w}": 1 for w in found}
    feats.update({f"b:{a} {b}": 1 for a, b in zip(found, found[1:], strict=False)})
    if found:
        feats[f"^{found[0]}"] = 1
    if len(found) > 1:
        feats[f"^{found[0]} {found[1]}"] = 1
    size = len(found)
    feats["len:" + ("short" if size <= 8 else "medium" if size <= 16 else "long")] = 1
    return feats


# ---------------------------------------------------------------- the two learned parts


@dataclass(frozen=True)
class NotEvidenceFilter:
    weights: Mapping[str, float]
    intercept: float
    threshold: float
    sentences: tuple[str, ...]  # the panel's own sentences, always left out

    @cached_property
    def texts(self) -> frozenset[str]:
        return frozenset(_joined(t) for t in self.sentences)

    def score(self, text: str) -> float:
        return self.intercept + sum(self.weights.get(f, 0.0) for f in features(text))

    def excludes(self, text: str) -> bool:
        return _joined(text) in self.texts or self.score(text) > self.threshold


@dataclass(frozen=True)
class IndicatorExclusion:
    indicator: str
    pattern: str  # joined words, matched on word boundaries
    learned_from: int  # how many verdicts gave it

    def matches(self, text: str) -> bool:
        return f" {self.pattern} " in _joined(text)


@dataclass(frozen=True)
class Exclusions:
    not_evidence: NotEvidenceFilter | None = None
    indicators: tuple[IndicatorExclusion, ...] = ()

    def apply(self, evidence: tuple[Evidence, ...]) -> tuple[tuple[Evidence, ...], list[str]]:
        """The evidence kept (wrong indicator tags removed), and the sentences left out."""
        kept: list[Evidence] = []
        left_out: list[str] = []
        for item in evidence:
            if self.not_evidence is not None and self.not_evidence.excludes(item.text):
                left_out.append(item.text)
                continue
            wrong = {x.indicator for x in self.indicators if x.matches(item.text)}
            if wrong & set(item.indicators):
                item = replace(item, indicators=tuple(i for i in item.indicators if i not in wrong))
            kept.append(item)
        return tuple(kept), left_out


def exclude_all(
    evidence: Mapping[str, tuple[Evidence, ...]], exclusions: Exclusions | None
) -> tuple[dict[str, tuple[Evidence, ...]], list[str]]:
    """Every standard's evidence through ``exclusions``; the sentences left out, once each."""
    if exclusions is None:
        return dict(evidence), []
    kept: dict[str, tuple[Evidence, ...]] = {}
    left_out: list[str] = []
    for standard_id, items in evidence.items():
        kept[standard_id], dropped = exclusions.apply(items)
        left_out += [text for text in dropped if text not in left_out]
    return kept, left_out


def left_out_warning(left_out: list[str]) -> str:
    quoted = "; ".join(f"“{t if len(t) <= 60 else t[:57] + '...'}”" for t in left_out[:5])
    more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
    return (
        f"the learned model (--model) left out {len(left_out)} sentence(s) as not evidence, "
        f"as the panel taught it: {quoted}{more}"
    )


# ---------------------------------------------------------------- learning


def learn_not_evidence(
    positives: list[str], negatives: list[str]
) -> tuple[NotEvidenceFilter, dict[str, Any]]:
    """The filter, and what it was learned from and how it did in cross-validation."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    positives = list(dict.fromkeys(positives))
    held = {_joined(t) for t in positives}
    negatives = [t for t in dict.fromkeys(negatives) if _joined(t) not in held]
    texts = negatives + positives
    x_all = [features(t) for t in texts]
    y = np.array([0] * len(negatives) + [1] * len(positives))

    folds = min(FOLDS, len(positives))
    vectoriser = DictVectorizer().fit(x_all)
    matrix = vectoriser.transform(x_all)
    out_of_fold = np.zeros(len(texts))
    if folds >= 2:
        # The filter is the average of the folds' models, so a threshold set on their
        # out-of-fold scores is on the scale it scores unseen sentences on.
        coefs, intercepts = [], []
        splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
        for train, test in splitter.split(matrix, y):
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
            model.fit(matrix[train], y[train])
            out_of_fold[test] = model.decision_function(matrix[test])
            coefs.append(model.coef_[0])
            intercepts.append(model.intercept_[0])
        coef, intercept = np.mean(coefs, axis=0), float(np.mean(intercepts))
        highest = float(out_of_fold[y == 0].max())
        caught = int((out_of_fold[y == 1] > highest + MARGIN).sum())
        threshold = round(highest + MARGIN, 6)
    else:  # one sentence: nothing to cross-validate; only the sentence itself is left out
        coef, intercept, threshold, caught = np.zeros(matrix.shape[1]), 0.0, math.inf, 0
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectoriser.get_feature_names_out(), coef, strict=True)
        if abs(w) > 1e-9
    }
    found = NotEvidenceFilter(weights, round(intercept, 6), threshold, tuple(positives))
    report = {
        "panel_sentences": len(positives),
        "negatives": len(negatives),
        "cross_validation": {
            "folds": folds if folds >= 2 else 0,
            "panel_sentences_caught_unseen": caught,
            "shipped_sentences_dropped": 0,  # the threshold is above every negative's score
            "margin": MARGIN,
        },
    }
    return found, report


def _trigger(text: str, indicator: Indicator) -> tuple[int, int] | None:
    """The characters the indicator's own rules match in ``text`` (the first match)."""
    spans: list[tuple[int, int]] = []
    for regex in indicator.regexes:
        match = re.search(regex, text, re.IGNORECASE)
        if match:
            spans.append(match.span())
    if indicator.phrases or indicator.token_patterns:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        nlp = spacy.blank("en")
        doc = nlp.make_doc(text)
        if indicator.phrases:
            phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
            phrases.add(indicator.id, [nlp.make_doc(p) for p in indicator.phrases])
            spans += [(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in phrases(doc)]
        if indicator.token_patterns:
            tokens = Matcher(nlp.vocab)
            tokens.add(indicator.id, [list(p) for p in indicator.token_patterns])
            spans += [(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in tokens(doc)]
    return min(spans) if spans else None


def _pattern(text: str, indicator: Indicator, rightly_tagged: list[str]) -> str:
    """The shortest run of words around the indicator's match that no rightly tagged
    sentence holds; the whole sentence when there is none."""
    positions = [(m.start(), m.end()) for m in _WORD.finditer(text.lower())]
    tokens = words(text)
    whole = " ".join(tokens)
    span = _trigger(text, indicator)
    if span is None or not tokens:
        return whole
    inside = [i for i, (s, e) in enumerate(positions) if s < span[1] and e > span[0]]
    if not inside:
        return whole
    low, high = inside[0], inside[-1] + 1
    if not any(t in CUES for t in tokens[low:high]):
        cues = [i for i, t in enumerate(tokens) if t in CUES]
        if not cues:
            return whole
        nearest = min(cues, key=lambda i: (low - i if i < low else i - high + 1, i))
        low, high = min(low, nearest), max(high, nearest + 1)
        if high - low > MAX_PATTERN_WORDS:
            return whole
    others = [_joined(t) for t in rightly_tagged]
    left_turn = True
    while True:
        candidate = " ".join(tokens[low:high])
        if not any(f" {candidate} " in other for other in others):
            return candidate
        if high - low >= MAX_PATTERN_WORDS or (low == 0 and high == len(tokens)):
            return whole
        if (left_turn and low > 0) or high == len(tokens):
            low -= 1
        else:
            high += 1
        left_turn = not left_turn


def learn_indicator_exclusions(
    wrong: Iterable[tuple[str, str]],
    tagged: Mapping[str, list[str]],
    indicators: tuple[Indicator, ...],
) -> tuple[tuple[IndicatorExclusion, ...], dict[str, Any]]:
    """Patterns from (sentence, indicator id) pairs the panel says are wrong; ``tagged``
    holds, per indicator, the sentences it rightly tags. Unknown indicators are skipped."""
    by_id = {i.id: i for i in indicators}
    counts: dict[tuple[str, str], int] = {}
    unknown = 0
    pairs = list(dict.fromkeys(wrong))
    for text, indicator_id in pairs:
        indicator = by_id.get(indicator_id)
        if indicator is None:
            unknown += 1
            continue
        flagged = {_joined(t) for t, i in pairs if i == indicator_id}
        right = [t for t in tagged.get(indicator_id, []) if _joined(t) not in flagged]
        key = (indicator_id, _pattern(text, indicator, right))
        counts[key] = counts.get(key, 0) + 1
    found = tuple(
        IndicatorExclusion(indicator_id, pattern, n)
        for (indicator_id, pattern), n in sorted(counts.items())
    )
    report = {
        "verdicts": len(pairs),
        "unknown_indicators": unknown,
        "patterns": [{"indicator": x.indicator, "pattern": x.pattern} for x in found],
    }
    return found, report


# ---------------------------------------------------------------- files


def write_exclusions(folder: Path, exclusions: Exclusions, learned_on: dict[str, Any]) -> None:
    if exclusions.not_evidence is not None:
        f = exclusions.not_evidence
        data = {
            "schema_version": SCHEMA_VERSION,
            "kind": NOT_EVIDENCE_KIND,
            "learned_on": learned_on,
            "threshold": f.threshold if math.isfinite(f.threshold) else None,
            "intercept": f.intercept,
            "panel_sentences": list(f.sentences),
            "weights": dict(sorted(f.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))),
        }
        write_text(folder / NOT_EVIDENCE_FILE, json.dumps(data, indent=1) + "\n")
    if exclusions.indicators:
        data = {
            "schema_version": SCHEMA_VERSION,
            "kind": INDICATOR_KIND,
            "learned_on": learned_on,
            "exclusions": [
                {"indicator": x.indicator, "pattern": x.pattern, "learned_from": x.learned_from}
                for x in exclusions.indicators
            ],
        }
        write_text(folder / INDICATOR_FILE, json.dumps(data, indent=1) + "\n")


def _read(path: Path, kind: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise ModelError(f"{path}: not a {kind} file")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ModelError(
            f"{path}: schema_version {data.get('schema_version')!r} is not {SCHEMA_VERSION}"
        )
    return data


def load_exclusions(folder: str | Path | None) -> Exclusions | None:
    """The exclusions of a learned model folder; None when it has neither file (a model
    learned from ratings only, or no model at all)."""
    if folder is None:
        return None
    folder = Path(folder)
    not_evidence_path, indicator_path = folder / NOT_EVIDENCE_FILE, folder / INDICATOR_FILE
    if not not_evidence_path.is_file() and not indicator_path.is_file():
        return None
    not_evidence = None
    indicators: tuple[IndicatorExclusion, ...] = ()
    try:
        if not_evidence_path.is_file():
            data = _read(not_evidence_path, NOT_EVIDENCE_KIND)
            threshold = data["threshold"]
            not_evidence = NotEvidenceFilter(
                {str(k): float(v) for k, v in data["weights"].items()},
                float(data["intercept"]),
                math.inf if threshold is None else float(threshold),
                tuple(str(t) for t in data["panel_sentences"]),
            )
        if indicator_path.is_file():
            data = _read(indicator_path, INDICATOR_KIND)
            indicators = tuple(
                IndicatorExclusion(str(x["indicator"]), str(x["pattern"]), int(x["learned_from"]))
                for x in data["exclusions"]
            )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{folder}: a learned exclusions file is malformed ({exc!r})") from None
    return Exclusions(not_evidence, indicators)
