"""The NumPy export of the strength classifier scores as scikit-learn does, loads without
scikit-learn, and refuses files and pipelines it cannot represent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline.evidence.linear import LinearTextModel
from pipeline.evidence.strength import (
    EXPORT_FILE,
    MODEL_FILE,
    StrengthModel,
    _load_skops,
    models_dir,
)
from pipeline.evidence.train import DATA_FILE, build_pipeline, load_data

EDGE_TEXTS = [
    "",
    "   ",
    "a",
    "Ok.",
    "\ufb01ne  spaced\ttext\n\nhere 96% of 12/13",
    "\u00dcn\u00efc\u00f6d\u00e9 w\u00f6rds \u2013 dash",
    "DBS checks: 41 of 43 (95%) renewed in 2021 - up from 80% in 2019.",
]


@pytest.fixture(scope="module")
def both() -> tuple[LinearTextModel, object]:
    return LinearTextModel.load(models_dir() / EXPORT_FILE), _load_skops(models_dir() / MODEL_FILE)


def test_probabilities_are_scikit_learns(both):
    export, pipeline = both
    texts, _ = load_data(models_dir() / DATA_FILE)
    texts += EDGE_TEXTS
    ours = export.predict_proba(texts)
    theirs = pipeline.predict_proba(texts)  # type: ignore[attr-defined]
    assert export.classes == tuple(str(c) for c in pipeline.classes_)  # type: ignore[attr-defined]
    assert ours.shape == theirs.shape == (len(texts), 4)
    assert np.abs(ours - theirs).max() < 1e-9
    assert (ours.argmax(axis=1) == theirs.argmax(axis=1)).all()


def test_a_freshly_trained_small_pipeline_exports_exactly(tmp_path: Path):
    texts, labels = load_data(models_dir() / DATA_FILE)
    pipeline = build_pipeline().fit(texts[::5], labels[::5])
    (tmp_path / "m.npz").write_bytes(LinearTextModel.export(pipeline))
    export = LinearTextModel.load(tmp_path / "m.npz")
    unseen = texts[1::5][:200] + EDGE_TEXTS
    assert np.abs(export.predict_proba(unseen) - pipeline.predict_proba(unseen)).max() < 1e-9


def test_no_texts_give_no_rows(both):
    assert both[0].predict_proba([]).shape == (0, 4)


def test_judging_does_not_import_scikit_learn():
    script = (
        "import sys\n"
        "from pipeline.evidence.strength import load_model\n"
        "model = load_model()\n"
        "assert model is not None and model.labels\n"
        "model.judge(['In 2021, 96% of staff completed Level 3 training.'])\n"
        "print('sklearn' in sys.modules, 'skops' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert result.stdout.split() == ["False", "False"]


def test_strength_model_reads_the_export_and_falls_back_to_skops(tmp_path: Path):
    assert isinstance(StrengthModel.load().scorer, LinearTextModel)
    folder = tmp_path / "models"
    folder.mkdir()
    for name in ("strength.meta.json", MODEL_FILE):
        (folder / name).write_bytes((models_dir() / name).read_bytes())
    fallback = StrengthModel.load(folder)
    assert not isinstance(fallback.scorer, LinearTextModel)
    sentence = ["The board reviews the safeguarding dashboard every quarter."]
    assert fallback.judge(sentence) == StrengthModel.load().judge(sentence)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", None],
    ids=["empty", "garbage", "other-format"],
)
def test_damaged_or_foreign_exports_are_refused(tmp_path: Path, content: bytes | None):
    path = tmp_path / "m.npz"
    if content is None:
        np.savez(path, format=np.array("something-else/1"))
    else:
        path.write_bytes(content)
    with pytest.raises(ValueError):
        LinearTextModel.load(path)


def test_a_pipeline_with_other_settings_is_not_exported():
    texts, labels = load_data(models_dir() / DATA_FILE)
    pipeline = build_pipeline()
    pipeline.set_params(features__words__strip_accents="unicode")
    pipeline.fit(texts[::10], labels[::10])
    with pytest.raises(ValueError, match="strip_accents"):
        LinearTextModel.export(pipeline)
