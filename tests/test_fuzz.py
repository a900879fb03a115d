"""Mutated real files: every one ends as ok or as a deliberately classified error, never an
uncaught exception and never a hang.

Each case runs in a worker process with a per-file time limit, as in a batch. Set
``S11_FUZZ_EXAMPLES`` to run more cases than the default (kept small for CI).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import Limits
from pipeline.run.sandbox import Sandbox
from pipeline.settings import Settings
from pipeline.values import Analysis
from tests import builders

CONTRACT_CODES = {"CORRUPT", "ENCRYPTED", "NO_TEXT", "UNSUPPORTED_FORMAT", "TOO_LARGE", "EMPTY"}
EXAMPLES = int(os.environ.get("S11_FUZZ_EXAMPLES", "60"))
TIME_LIMIT_S = 30.0
OUTCOMES: Counter[str] = Counter()
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
XML_SNIPPETS = [
    b"<w:p>",
    b"</w:p>",
    b"<w:tbl><w:tr><w:tc>",
    b"<!DOCTYPE x>",
    b"&amp;",
    b"&bogus;",
    b"<![CDATA[",
    b"]]>",
    b"\x00",
    b"\xff\xfe",
    b'<w:shd w:fill="ZZZZZZ"/>',
    b'<w:outlineLvl w:val="99999999999"/>',
    b"<w:t>Standard 1 Green</w:t>",
    b'<w:vMerge w:val="continue"/>',
    b"<mc:AlternateContent>",
    b"<w:sdt>",
]


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz-samples")
    word = (
        builders.Word(title="Stroud District Council S11")
        .heading("Standard 1: Leadership and accountability")
        .paragraph("We have rated ourselves Green. 96% of staff completed training.")
        .table([["Standard", "Rating"], ["1", ("Green", "00B050")]])
        .bytes()
    )
    pdf = builders.pdf(
        folder / "s.pdf",
        [
            [
                ("h1", "Standard 2: Workforce"),
                ("p", "We rate ourselves Amber. 88% of staff had DBS checks."),
                ("table", [["Standard", "Rating"], ["2", "Amber"]], {}, 0),
            ]
        ],
    ).read_bytes()
    return {"docx": word, "pdf": pdf}


@pytest.fixture(scope="module")
def sandbox():
    worker = Sandbox(Settings(limits=Limits(timeout_s=TIME_LIMIT_S)), "fork")
    yield worker
    worker.close()


def mutations(max_position: int = 1 << 20):
    position = st.integers(0, max_position)
    return st.lists(
        st.one_of(
            st.tuples(st.just("flip"), position, st.integers(0, 7)),
            st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=48)),
            st.tuples(st.just("snippet"), position, st.sampled_from(XML_SNIPPETS)),
            st.tuples(st.just("delete"), position, st.integers(1, 300)),
            st.tuples(st.just("truncate"), position, st.just(0)),
        ),
        min_size=1,
        max_size=5,
    )


def mutate(data: bytes, operations) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in operations:
        at = position % (len(buffer) + 1)
        if kind == "flip" and buffer:
            buffer[at % len(buffer)] ^= 1 << value
        elif kind in ("insert", "snippet"):
            buffer[at:at] = value
        elif kind == "delete":
            del buffer[at : at + value]
        elif kind == "truncate":
            del buffer[at:]
    return bytes(buffer)


def rezip_part(data: bytes, part: str, operations) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, mutate(content, operations) if name == part else content)
    return out.getvalue()


def check(sandbox: Sandbox, tmp_path: Path, name: str, data: bytes) -> Analysis:
    path = tmp_path / name
    path.write_bytes(data)
    analysis = sandbox.analyse(path)
    outcome = "ok" if analysis.status == "ok" else analysis.error.code
    OUTCOMES[outcome] += 1
    if analysis.status != "ok":
        assert analysis.error.code in CONTRACT_CODES, analysis.error
        assert not analysis.error.message.startswith("could not be analysed"), analysis.error
        assert "time limit" not in analysis.error.message, f"{name} hung: {analysis.error}"
        assert "stopped unexpectedly" not in analysis.error.message, analysis.error
    return analysis


@FUZZ
@given(operations=mutations())
def test_mutated_word_files(samples, sandbox, tmp_path, operations):
    check(sandbox, tmp_path, "mutated.docx", mutate(samples["docx"], operations))


@FUZZ
@given(operations=mutations())
def test_mutated_pdf_files(samples, sandbox, tmp_path, operations):
    check(sandbox, tmp_path, "mutated.pdf", mutate(samples["pdf"], operations))


@FUZZ
@given(
    part=st.sampled_from(
        ["word/document.xml", "word/styles.xml", "docProps/core.xml", "_rels/.rels"]
    ),
    operations=mutations(max_position=1 << 14),
)
def test_mutated_parts_inside_a_valid_zip(samples, sandbox, tmp_path, part, operations):
    check(sandbox, tmp_path, "inner.docx", rezip_part(samples["docx"], part, operations))


def test_report_fuzz_outcomes(capsys):
    """Prints the outcome counts of the cases above (run with -s to see them)."""
    with capsys.disabled():
        print(f"\nfuzz outcomes: {dict(sorted(OUTCOMES.items()))}")
