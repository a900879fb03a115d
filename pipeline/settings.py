"""The settings of a run: everything a worker process needs to rebuild its Toolkit, as
plain, picklable values (so they cross to local workers and Dask alike)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ingest import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to rebuild the Toolkit: plain, picklable values."""

    framework: str | None = None  # path or id; None is the default framework
    limits: Limits = DEFAULT_LIMITS
    use_model: bool = True
    cache_dir: str | None = None
    recommendations: str | None = None  # last cycle's recommendations file, to track progress
    ocr: bool = True  # read scanned PDF pages with Tesseract when it is installed (--no-ocr)
    model: str | None = None  # a learned model folder (s11 train --feedback); None: models/
