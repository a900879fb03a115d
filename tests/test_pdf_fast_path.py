"""The PDFium reading (the default) gives the same Documents as the pdfplumber reading:
on every sample PDF, on the broken inputs, and on small built PDFs, one construct each."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest import DEFAULT_LIMITS, pdfium
from pipeline.ingest import pdf as reader
from pipeline.ingest.colours import from_pdf_colour, rating_of
from pipeline.values import Document, InputError, Source
from tests.builders import pdf
from tests.conftest import SAMPLES

SAMPLE_PDFS = [
    *sorted((SAMPLES / "submissions").glob("*.pdf")),
    *sorted((SAMPLES / "bad").glob("*.pdf")),
]


def assert_same_reading(fast: object, reference: object) -> None:
    """The same Document, except that a cell filled in CMYK may differ in its hex value:
    PDFium converts CMYK as a viewer shows it, pdfminer's colour by the plain formula. The
    rating such a cell reads as must still be the same."""
    if fast == reference:
        return
    assert isinstance(fast, Document) and isinstance(reference, Document)
    assert _with_ratings(fast) == _with_ratings(reference)


def _with_ratings(document: Document) -> Document:
    blocks = tuple(
        replace(
            block,
            rows=tuple(
                tuple(replace(cell, fill=str(rating_of(cell.fill))) for cell in row)
                for row in block.rows
            ),
        )
        for block in document.blocks
    )
    return replace(document, blocks=blocks)


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
    assert_same_reading(fast, reference)


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
    assert_same_reading(fast, reference)


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
    assert_same_reading(fast, reference)


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


def test_rgb_fills_keep_their_exact_colour(tmp_path: Path):
    path = pdf(
        tmp_path / "fills.pdf",
        [
            [
                (
                    "table",
                    RATED,
                    {(1, 1): colors.Color(0, 0.69, 0.31), (0, 0): colors.Color(0.2, 0.4, 0.8)},
                    0,
                )
            ]
        ],
    )
    fast, reference = read_both(path)
    assert fast == reference
    table = next(b for b in fast.blocks if b.kind == "table")
    assert table.rows[1][1].fill == "00B04F"
    assert table.rows[0][0].fill == "3366CC"


def test_a_cmyk_fill_reads_as_the_same_rating(tmp_path: Path):
    path = pdf(
        tmp_path / "cmyk.pdf", [[("table", RATED, {(1, 1): colors.CMYKColor(0, 0.25, 1, 0)}, 0)]]
    )
    fast, reference = read_both(path)
    cells = [
        next(b for b in doc.blocks if b.kind == "table").rows[1][1] for doc in (fast, reference)
    ]
    assert [rating_of(cell.fill) for cell in cells] == ["amber", "amber"]


def _drawn_shapes(path: Path) -> None:
    drawing = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    drawing.setStrokeColorRGB(0.2, 0.3, 0.4)
    drawing.setFillColorRGB(0.9, 0.1, 0.1)
    drawing.rect(50, 700, 120, 40, stroke=1, fill=0)
    drawing.rect(200, 700, 120, 40, stroke=0, fill=1)
    drawing.rect(350, 700, 120, 40, stroke=1, fill=1)
    drawing.line(50, 650, 500, 650)  # horizontal
    drawing.line(60, 640, 60, 500)  # vertical
    drawing.line(80, 640, 200, 520)  # diagonal
    drawing.roundRect(250, 520, 100, 60, 8, stroke=1, fill=1)
    drawing.circle(450, 560, 30, stroke=1, fill=0)
    path_object = drawing.beginPath()  # two subpaths, one closed by "h"
    path_object.moveTo(50, 450)
    path_object.lineTo(150, 450)
    path_object.lineTo(150, 400)
    path_object.lineTo(50, 400)
    path_object.close()
    path_object.moveTo(200, 450)
    path_object.lineTo(300, 400)
    path_object.lineTo(250, 380)
    drawing.drawPath(path_object, stroke=1, fill=0)
    drawing.saveState()
    drawing.translate(320, 300)
    drawing.scale(1.5, 0.5)
    drawing.setFillColorRGB(0.0, 0.69, 0.31)
    drawing.rect(0, 0, 60, 40, stroke=1, fill=1)
    drawing.restoreState()
    drawing.showPage()
    drawing.save()


def _key(shape: dict) -> tuple:
    rounded = tuple(round(shape[k], 2) for k in ("x0", "top", "x1", "bottom"))
    points = tuple((round(x, 2), round(y, 2)) for x, y in shape.get("pts") or ())
    colour = from_pdf_colour(shape.get("non_stroking_color"))
    return (
        shape["object_type"],
        rounded,
        points,
        bool(shape["fill"]),
        bool(shape["stroke"]),
        colour,
    )


def test_pdfium_shapes_are_pdfminers_rects_lines_and_curves(tmp_path: Path):
    import pdfplumber
    import pypdfium2.raw as raw

    path = tmp_path / "shapes.pdf"
    _drawn_shapes(path)
    with pdfplumber.open(path) as plumber:
        page = plumber.pages[0]
        expected = sorted(_key(s) for s in (*page.rects, *page.lines, *page.curves))
    document = pdfium.open_document(path.read_bytes())
    pdfium_page = raw.FPDF_LoadPage(document.raw, 0)
    try:
        found = pdfium._shapes(pdfium_page, raw.FPDF_GetPageHeightF(pdfium_page), 0.0)
    finally:
        raw.FPDF_ClosePage(pdfium_page)
        document.close()
    got = sorted(_key(s) for kind in ("rect", "line", "curve") for s in found[kind])
    # three drawn, the scaled one, and the first subpath (closed by "h")
    assert [k[0] for k in expected].count("rect") == 5
    assert [k[0] for k in expected].count("line") == 3
    assert got == expected


def test_table_pages_are_read_without_pdfminer(tmp_path: Path, monkeypatch):
    def refuse(data: bytes, file: str) -> None:
        raise AssertionError("pdfplumber opened for a table page PDFium can describe")

    path = pdf(
        tmp_path / "table.pdf",
        [[("p", "Ratings below."), ("table", RATED, {(1, 1): colors.Color(0, 0.69, 0.31)}, 0)]],
    )
    reference = read_both(path)[1]
    monkeypatch.setattr(reader, "_open_pdfplumber", refuse)
    data = path.read_bytes()
    source = Source(file=path.name, sha256="0" * 64, format="pdf", pages=None, size=len(data))
    assert reader.read(data, source, DEFAULT_LIMITS) == reference


def test_a_table_inside_a_form_object_is_read_the_same(tmp_path: Path):
    path = tmp_path / "form.pdf"
    drawing = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    drawing.beginForm("grid")
    drawing.setFillColorRGB(0.0, 0.69, 0.31)
    drawing.rect(200, 600, 100, 30, stroke=1, fill=1)
    for y in (600, 630, 660):
        drawing.line(100, y, 300, y)
    for x in (100, 200, 300):
        drawing.line(x, 600, x, 660)
    drawing.endForm()
    drawing.doForm("grid")
    drawing.setFont("Helvetica", 10)
    drawing.drawString(105, 640, "Standard")
    drawing.drawString(205, 640, "Rating")
    drawing.drawString(105, 610, "1 Leadership")
    drawing.drawString(72, 760, "Ratings in the grid below.")
    drawing.showPage()
    drawing.save()
    fast, reference = read_both(path)
    assert fast == reference
    assert isinstance(fast, Document)
    table = next(b for b in fast.blocks if b.kind == "table")
    assert table.rows[1][1].fill == "00B04F"
