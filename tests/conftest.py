from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyse import Toolkit
from pipeline.rules import load_framework
from pipeline.settings import Settings

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


CYCLES = SAMPLES / "cycles"


@pytest.fixture(scope="session")
def cycle_runs(tmp_path_factory) -> Path:
    """The two-cycle samples run as a partnership would: 2020 with --db, then 2021 with --db
    and last cycle's recommendations. Returns the folder holding history.db, 2020/ and 2021/."""
    from pipeline.cli import main

    folder = tmp_path_factory.mktemp("cycles")
    database = str(folder / "history.db")
    for year, extra in ((2020, ["--cycle", "2020"]), (2021, ["--recommendations", "previous"])):
        argv = [
            "run",
            str(CYCLES / str(year)),
            "--out",
            str(folder / str(year)),
            "--db",
            database,
            "-q",
        ]
        assert main([*argv, *extra]) == 0
    return folder


@pytest.fixture
def feedback(cycle_runs: Path, tmp_path: Path, framework) -> Path:
    """The two-cycle history with the committed 2020 moderation imported."""
    import shutil

    from pipeline.cycles.store import HistoryStore
    from pipeline.moderation.importer import import_file

    database = tmp_path / "feedback.db"
    shutil.copyfile(cycle_runs / "history.db", database)
    with HistoryStore(database) as opened:
        import_file(CYCLES / "moderation" / "ratings-2020.csv", opened, framework, 2020)
    return database
