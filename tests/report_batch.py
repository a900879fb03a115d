"""One small batch, built once per test session and run through the real pipeline, for the
report, redaction and browser tests: three Word returns (one with a case narrative full of
personal data and pasted HTML), a PDF return, a broken file and an unsupported one."""

from __future__ import annotations

import dataclasses
import tempfile
from functools import lru_cache
from pathlib import Path

from pipeline.run.batch import run_batch
from pipeline.values import Batch
from tests.builders import Word, pdf

INJECTED = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
NARRATIVE = (
    "A young person called Kayden, aged 14, from Matson (date of birth 12/03/2007), lives with "
    "his mother Leanne Pryce at 27 Redpoll Way, Matson, Gloucester GL4 6QZ; her mobile is "
    "07700 900417 and the social worker is jane.doe@example.org. The case was reviewed and "
    "Kayden now attends school every day, and the number of missing episodes fell from 9 to 1."
)


def _stroud(path: Path) -> None:
    word = Word(title="Stroud District Council Section 11 return 2021")
    word.heading("Standard 1: Leadership and accountability")
    word.table([["Self-assessment rating", "Green"]])
    word.paragraph(
        "The Chief Executive is the executive lead for safeguarding and reports to "
        "Cabinet twice a year; the Designated Safeguarding Lead has 0.5 WTE protected time."
    )
    word.paragraph("We are committed to safeguarding children.")
    word.paragraph(
        "An audit of 40 case files in June 2021 found 36 (90%) recorded the child's views, "
        "up from 62% in 2019, and practice changed as a result."
    )
    word.heading("Standard 2: Staff safe recruitment, induction, training and development")
    word.table([["Self-assessment rating", "Amber"]])
    word.paragraph(
        "96% of staff (212 of 221) had an enhanced DBS check by March 2021, "
        "renewed every three years."
    )
    word.paragraph(NARRATIVE)
    word.heading("Standard 3: Safeguarding policies and procedures")
    word.table([["Self-assessment rating", "Green"]])
    word.paragraph(
        "Our safeguarding policy was reviewed in April 2021 and is next due in April 2023."
    )
    word.paragraph("Our missing children procedure was approved in 2015 and has not been updated.")
    word.paragraph(f"Pasted from our web page: {INJECTED}")
    word.heading("Standard 4: Listening to children and young people")
    word.table([["Self-assessment rating", "Green"]])
    word.paragraph(
        "The Stroud District Youth Council has 18 members and met 6 times; its survey of "
        "418 young people led us to change the opening hours of two youth centres."
    )
    word.save(path)


def _cheltenham(path: Path) -> None:
    word = Word(title="Cheltenham Borough Council Section 11 return 2021")
    word.heading("Standard 1: Leadership and accountability")
    word.table([["Self-assessment rating", "Green"]])
    word.paragraph("We take safeguarding seriously and it is everyone's business.")
    word.heading("Standard 4: Listening to children and young people")
    word.table([["Self-assessment rating", "Green"]])
    word.paragraph("We value the voice of the child.")
    word.save(path)


def _tewkesbury(path: Path) -> None:
    pdf(
        path,
        [
            [
                ("h1", "Tewkesbury Borough Council Section 11 return"),
                ("h2", "Standard 1: Leadership and accountability"),
                ("p", "Self-assessment rating: Amber."),
                (
                    "p",
                    "The Head of Community Services is the designated safeguarding lead and "
                    "reports to the Executive Committee every quarter; 4 reports were made in "
                    "2020/21.",
                ),
                ("h2", "Standard 2: Staff safe recruitment, induction, training and development"),
                ("p", "Self-assessment rating: Green."),
                ("p", "All 85 staff completed level 1 safeguarding training in 2020/21."),
            ]
        ],
        title="Tewkesbury Borough Council Section 11 return",
    )


@lru_cache(maxsize=1)
def build() -> tuple[Path, Batch]:
    """The inputs, run through ``run_batch``; returns the output folder and the Batch."""
    root = Path(tempfile.mkdtemp(prefix="s11-report-tests-"))
    inputs = root / "in"
    inputs.mkdir()
    _stroud(inputs / "stroud.docx")
    _cheltenham(inputs / "cheltenham.docx")
    _tewkesbury(inputs / "tewkesbury.pdf")
    data = Word().paragraph("text").bytes()
    (inputs / "broken.docx").write_bytes(data[: len(data) // 2])
    (inputs / "notes.txt").write_text("not a submission")
    out = root / "out"
    batch = run_batch([inputs], out)
    return out, batch


def with_late(batch: Batch, file: str) -> Batch:
    """The batch with one submission marked late."""
    submissions = tuple(
        dataclasses.replace(s, late=True) if s.analysis.file == file else s
        for s in batch.submissions
    )
    return dataclasses.replace(batch, submissions=submissions)
