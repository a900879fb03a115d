"""The PDFium reading (the default) gives the same Documents as the pdfplumber reading:
on every sample PDF, on the broken inputs, and on small built PDFs, one construct each."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest import DEFAULT_LIMITS
from pipeline.ingest import pdf as reader
from pipeline.model import InputError, Source
from tests.builders import pdf
from tests.conftest import SAMPLES

SAMPLE_PDFS = [
    *sorted((SAMPLES / "submissions").glob("*.pdf")),
    *sorted((SAMPLES / "bad").glob("*.pdf")),
]


def read_both(path: Path) -> tuple[object, object]:
    data = path.read_bytes()
    source = Source(file=path.name, sha256="0" * 64, format="pdf", pages=None, size=len(data))
    results = []
    for engine in ("pdfium", "pdfplumber"):
        try:
            results.append(reader.read(data, source, DEFAULT_LIMITS, engine=engine))
        except InputError as error:
            results.append((type(error).__name__, error.code))  # messages name each library
    return results[0], results[1]


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_samples_read_the_same(path: Path):
    fast, reference = read_both(path)
    assert fast == reference


ROWS = [[f"Row {n}", f"Evidence line {n}"] for n in range(1, 61)]
RATED = [["Standard", "Rating"], ["1 Leadership", ""], ["2 Recruitment", "Amber"]]
LONG = (
    "The Designated Safeguarding Lead reports to the board every quarter, and the annual "
    "report each June sets out training completion, audits and what changed as a result."
)


@pytest.mark.parametrize(
    "pages",
    [
        pytest.param(
            [
                [
                    ("h1", "Standard 1: Leadership"),
                    ("p", LONG),
                    ("h2", "Evidence"),
                    ("p", "Short paragraph."),
                ]
            ],
            id="headings-and-paragraphs",
        ),
        pytest.param(
            [
                [
                    ("p", "Intro line."),
                    ("bullet", "First bullet point text"),
                    ("bullet", "Second bullet point text"),
                ]
            ],
            id="bullets",
        ),
        pytest.param(
            [
                [
                    (
                        "p",
                        "<b>Standard 2:</b> Safer recruitment and <b>DBS</b> checks "
                        "<b>rated</b> <b>Green</b> this year.",
                    )
                ]
            ],
            id="bold-and-plain-runs",
        ),
        pytest.param(
            [
                [
                    ("p", "Ratings below."),
                    (
                        "table",
                        RATED,
                        {
                            (1, 1): colors.Color(0, 0.69, 0.31),
                            (1, 2): colors.CMYKColor(0, 0.25, 1, 0),
                            (0, 0): colors.Color(0.85, 0.85, 0.85),
                        },
                        0,
                    ),
                ]
            ],
            id="filled-cells",
        ),
        pytest.param(
            [
                [
                    ("p", "Intro."),
                    ("table", [["Indicator", "Evidence"], *ROWS], {}, 1),
                    ("p", "After the table."),
                ]
            ],
            id="table-across-pages",
        ),
        pytest.param(
            [[("h1", f"Section {n}"), ("p", LONG)] for n in (1, 2, 3)], id="several-pages"
        ),
    ],
)
def test_built_pdfs_read_the_same(tmp_path: Path, pages):
    path = pdf(
        tmp_path / "built.pdf",
        pages,
        header="Agency header - S11 return",
        footer=True,
        title="Agency S11 return",
    )
    fast, reference = read_both(path)
    assert fast == reference


def test_a_rotated_page_is_read_by_pdfplumber_and_the_same(tmp_path: Path):
    path = tmp_path / "rotated.pdf"
    drawing = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    drawing.setFont("Helvetica-Bold", 16)
    drawing.drawString(72, 760, "Standard 3: Policies")
    drawing.setFont("Helvetica", 10)
    drawing.drawString(72, 730, "Our allegations policy was reviewed in March 2021 by the board.")
    drawing.setPageRotation(90)
    drawing.showPage()
    drawing.save()
    fast, reference = read_both(path)
    assert fast == reference


def test_pages_without_tables_never_open_pdfplumber(tmp_path: Path, monkeypatch):
    def refuse(data: bytes, file: str) -> None:
        raise AssertionError("pdfplumber opened for a page with no table")

    monkeypatch.setattr(reader, "_open_pdfplumber", refuse)
    path = pdf(
        tmp_path / "text.pdf",
        [[("h1", "Standard 4: Voice of the child"), ("p", LONG)]],
        header="Agency header",
        footer=True,
    )
    data = path.read_bytes()
    source = Source(file=path.name, sha256="0" * 64, format="pdf", pages=None, size=len(data))
    document = reader.read(data, source, DEFAULT_LIMITS)
    kinds_texts = [(b.kind, b.text) for b in document.blocks]
    assert ("heading", "Standard 4: Voice of the child") in kinds_texts
    assert ("paragraph", LONG) in kinds_texts


@pytest.mark.parametrize(
    "content, expected",
    [
        (rb"BT /F1 10 Tf (Hello \(x\) world) Tj ET", b"BT /F1 10 Tf () Tj ET"),
        (b"BT [(A) -120 (B) 3.5 <4142>] TJ ET", b"BT [] TJ ET"),
        (
            b"BT <41424344> Tj 1 0 0 rg ET 0 0 1 rg 10 10 50 50 re f",
            b"BT () Tj 1 0 0 rg ET 0 0 1 rg 10 10 50 50 re f",
        ),
        (b"BT (a (b) c) Tj ET", b"BT (a (b) c) Tj ET"),  # nested: left whole, still one string
    ],
)
def test_shown_text_is_emptied_for_the_geometry_pass(content: bytes, expected: bytes):
    assert reader._strip_shown_text(content) == expected
