"""Train the sentence strength classifier (``s11 train`` / ``make model``).

A stock scikit-learn Pipeline: TF-IDF over words (1-2 grams) and characters (2-5 grams
within word boundaries), joined, into a logistic regression. Saved with skops beside a
metadata file holding the scikit-learn version, the training data's hash, the labels and the
5-fold cross-validated macro-F1 and per-class F1 that the model card reports, and exported
to NumPy arrays that analysis reads without scikit-learn (pipeline/evidence/linear.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.evidence.linear import LinearTextModel
from pipeline.evidence.strength import EXPORT_FILE, META_FILE, MODEL_FILE, models_dir
from pipeline.files import write_bytes, write_text
from pipeline.values import STRENGTHS

DATA_FILE = "data/strength.jsonl"
SEED = 0


def load_data(path: Path) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["label"] not in STRENGTHS:
            raise ValueError(f"{path}:{number}: label {row['label']!r} not in {STRENGTHS}")
        texts.append(row["text"])
        labels.append(row["label"])
    return texts, labels


def build_pipeline(c: float = 8.0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    min_df=1,
                    token_pattern=r"(?u)\b\w[\w'%/-]*\b|%",
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    return Pipeline(
        [
            ("features", features),
            ("classifier", LogisticRegression(C=c, max_iter=5000, class_weight="balanced")),
        ]
    )


def cross_validate(texts: list[str], labels: list[str], folds: int = 5) -> dict[str, Any]:
    from sklearn.metrics import classification_report, f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    predicted = cross_val_predict(build_pipeline(), texts, labels, cv=splitter)
    report = classification_report(
        labels, predicted, labels=list(STRENGTHS), output_dict=True, zero_division=0
    )
    return {
        "folds": folds,
        "macro_f1": round(float(f1_score(labels, predicted, average="macro")), 4),
        "accuracy": round(float(report["accuracy"]), 4),
        "per_class_f1": {label: round(float(report[label]["f1-score"]), 4) for label in STRENGTHS},
    }


def train(data: Path | None = None, out_dir: Path | None = None) -> dict[str, Any]:
    import sklearn

    out_dir = out_dir or models_dir()
    data = data or models_dir() / DATA_FILE
    texts, labels = load_data(data)
    scores = cross_validate(texts, labels)
    model = build_pipeline().fit(texts, labels)
    meta = {
        "model": "strength",
        "labels": list(STRENGTHS),
        "sklearn_version": sklearn.__version__,
        "training_data": str(DATA_FILE),
        "training_data_sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
        "training_rows": len(texts),
        "class_counts": {label: labels.count(label) for label in STRENGTHS},
        "cross_validation": scores,
        "pipeline": "TF-IDF words 1-2 + chars 2-5 (char_wb) -> LogisticRegression(C=8, balanced)",
        "seed": SEED,
    }
    save_model(model, meta, out_dir)
    return meta


def save_model(model: Any, meta: dict[str, Any], out_dir: Path) -> None:
    """The fitted pipeline as skops, its NumPy export and its metadata, in ``out_dir``."""
    from skops.io import dumps

    write_bytes(out_dir / MODEL_FILE, dumps(model))
    write_bytes(out_dir / EXPORT_FILE, LinearTextModel.export(model))
    write_text(out_dir / META_FILE, json.dumps(meta, indent=2) + "\n")
