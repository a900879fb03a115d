"""The strength classifier: quality on a held-out split, the model card, safe loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evidence.strength import (
    META_FILE,
    Judgement,
    StrengthJudge,
    StrengthModel,
    constrain,
    models_dir,
)
from pipeline.evidence.train import DATA_FILE, build_pipeline, load_data


def test_macro_f1_on_a_held_out_split():
    from sklearn.metrics import f1_score
    from sklearn.model_selection import train_test_split

    texts, labels = load_data(models_dir() / DATA_FILE)
    assert len(texts) >= 1000
    train_x, test_x, train_y, test_y = train_test_split(
        texts, labels, test_size=0.2, stratify=labels, random_state=1
    )
    predicted = build_pipeline().fit(train_x, train_y).predict(test_x)
    macro = f1_score(test_y, predicted, average="macro")
    assert macro >= 0.85, f"held-out macro-F1 {macro:.3f}"


def test_model_card_reports_the_trained_models_scores():
    meta = json.loads((models_dir() / META_FILE).read_text())
    card = (models_dir() / "README.md").read_text()
    scores = meta["cross_validation"]
    assert f"| macro | {scores['macro_f1']:.3f} |" in card
    for label, value in scores["per_class_f1"].items():
        assert f"| {label} | {value:.3f} |" in card
    assert f"{meta['training_rows']:,} sentences" in card


def test_loaded_model_judges_sentences():
    judge = StrengthJudge(StrengthModel.load())
    results = judge.judge(
        [
            "We are committed to hearing the voice of every child we work with.",
            "In March 2021, 412 of 430 staff (96%) had completed Level 3 training.",
        ]
    )
    assert [r.strength for r in results] == ["assertion", "quantified"]
    assert all(0.25 <= r.confidence <= 1.0 for r in results)


def test_refuses_a_model_with_other_labels(tmp_path: Path):
    from sklearn.dummy import DummyClassifier
    from skops.io import dump

    model = DummyClassifier().fit(["a", "b"], ["x", "y"])
    dump(model, tmp_path / "strength.skops")
    (tmp_path / META_FILE).write_text(json.dumps({"sklearn_version": "0"}))
    with pytest.raises(ValueError, match="expected"):
        StrengthModel.load(tmp_path)


@pytest.mark.parametrize(
    "label, text, expected",
    [
        ("impact", "The Designated Safeguarding Lead attends the subgroup.", "activity"),
        (
            "impact",
            "We will introduce a new audit tool next year that should improve recording.",
            "activity",
        ),
        ("quantified", "The Board oversees safeguarding.", "activity"),
        ("quantified", "Completion rose from 61% in 2020 to 94% in 2021.", "impact"),
        ("activity", "The policy was approved in May 2021.", "activity"),
    ],
)
def test_model_labels_are_held_to_the_words(label, text, expected):
    assert constrain(Judgement(label, 0.9, "model"), text).strength == expected


@pytest.mark.parametrize(
    "text, planned",
    [
        ("Repeat the mystery-shopper visits twice a year.", True),
        ("Clear the vetting renewal backlog by March 2022.", True),
        ("Review of the policy took place in May 2021.", False),
        ("Complete records were found in 19 of 20 files.", False),
        # a row with its owner and date, "will" with any verb, a date booked
        ("Head of service to sign off the revised procedure (January 2022)", True),
        ("Practice manager to re-run the file audit by April 2022.", True),
        ("Staff were able to join the course by May 2021.", False),
        ("Referrals to the early help hub rose by June 2021.", False),
        ("Response to the survey from 30 young people in July 2021.", False),
        ("The findings will go to the trustees in December.", True),
        ("A peer review is booked for November 2021.", True),
        ("The annual report goes to the board in May each year.", False),
        ("HR will not confirm a start date until the check is back.", False),
        ("I hope the panel will forgive the length of this return.", False),
        ("Review the lone working guidance when the new manager starts.", True),
        ("Review of the lone working guidance took place in March.", False),
    ],
)
def test_an_action_plan_line_is_a_plan(text, planned):
    from pipeline.evidence.strength import FUTURE

    assert bool(FUTURE.search(text)) is planned
