from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyse import Settings, Toolkit
from pipeline.rules import load_framework

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def framework():
    return load_framework()


@pytest.fixture(scope="session")
def toolkit() -> Toolkit:
    return Toolkit(Settings())


@pytest.fixture(scope="session")
def rules_toolkit() -> Toolkit:
    """A toolkit that judges strength by rules only (no trained model)."""
    return Toolkit(Settings(use_model=False))
