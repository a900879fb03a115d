"""Scanned returns read by Tesseract OCR: an image-only PDF becomes an analysis with its
pages marked, a mixed file keeps its text pages, --no-ocr and a missing Tesseract give
NO_TEXT with how to read it, and a coloured cell on a scan reads as its rating.

The tests that run Tesseract are skipped when it is not installed (CI installs it); the
image steps (skew, grid, fills) are tested on drawn images and need no Tesseract."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.analyse import Toolkit, analyse
from pipeline.cli import main
from pipeline.ingest import DEFAULT_LIMITS, ingest, ocr
from pipeline.ingest.cache import decode, encode
from pipeline.ingest.colours import rating_of
from pipeline.report.records import analysis_record
from pipeline.settings import Settings
from pipeline.values import NoTextLayer
from tests.conftest import SAMPLES

SCANS = SAMPLES / "scans" / "submissions"
SCANNED_RETURN = SAMPLES / "bad" / "scanned-return.pdf"

needs_tesseract = pytest.mark.skipif(
    ocr.engine() is None, reason=f"Tesseract is not installed ({ocr.HOW_TO})"
)


def _make_scans():
    spec = importlib.util.spec_from_file_location("make_scans", SAMPLES / "scans" / "make_scans.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    return Toolkit(Settings(use_model=False))


# ---------------------------------------------------------------- with Tesseract


@needs_tesseract
def test_an_image_only_pdf_is_read_with_its_pages_marked(toolkit):
    analysis = analyse(SCANS / "stroud-scan.pdf", toolkit)
    record = analysis_record(analysis)
    assert record["status"] == "ok"
    assert record["agency"] == "Stroud District Council"
    pages = record["source"]["ocr"]["pages"]
    assert [p["page"] for p in pages] == [1, 2] and all(p["ocr"] for p in pages)
    assert all(p["mean_confidence"] > 80 and p["words"] > 300 for p in pages)
    assert 0.5 <= abs(pages[0]["skew_degrees"]) <= 1.5  # the scan was turned 0.5-1.5 degrees
    ratings = {s["id"]: s["self_rating"] for s in record["standards"]}
    assert ratings == {"1": "green", "2": "amber", "3": "green", "4": "green"}
    quotes = [e for s in record["standards"] for e in s["evidence"]]
    assert quotes and all(e["ocr"] is True and e["page"] in (1, 2) for e in quotes)
    assert any("88% (301 of 342 staff)" in e["text"] for e in quotes)


@needs_tesseract
def test_the_bad_samples_scan_is_read_too(toolkit):
    record = analysis_record(analyse(SCANNED_RETURN, toolkit))
    assert record["status"] == "ok"
    assert record["agency"] == "Gloucestershire Community Rehabilitation Partnership"
    assert [s["self_rating"] for s in record["standards"]] == ["green", "amber", "green", "amber"]


@needs_tesseract
def test_a_mixed_file_keeps_its_text_pages(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(SAMPLES / "submissions" / "stroud.pdf").pages[0])
    writer.add_page(PdfReader(SCANS / "stroud-scan.pdf").pages[1])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as stream:
        writer.write(stream)
    without = ingest(mixed, DEFAULT_LIMITS, ocr=False)
    read = ingest(mixed, DEFAULT_LIMITS, ocr=True)
    assert {b.page for b in without.blocks} == {1}  # the scanned page has no text layer
    assert [p.page for p in read.source.ocr_pages] == [2]
    first = [b for b in read.blocks if b.page == 1]
    assert first == list(without.blocks)  # the text page exactly as without OCR
    second = " ".join(b.text for b in read.blocks if b.page == 2)
    assert "completed by 1,032 young people" in second


@needs_tesseract
def test_a_coloured_cell_on_a_scan_reads_as_the_rating(tmp_path, toolkit):
    styles = getSampleStyleSheet()
    story = [
        Paragraph("Kestrel Vale Housing Association: Section 11 return 2021", styles["Title"]),
        Paragraph("Self-assessment summary", styles["Heading2"]),
    ]
    rows = [
        ["Standard", "Rating"],
        ["1 Leadership and accountability", ""],
        ["2 Staff safe recruitment, induction, training and development", ""],
        ["3 Safeguarding policies and procedures", ""],
        ["4 Listening to children and young people", ""],
    ]
    fills = ["#00B050", "#FFC000", "#C00000", "#92D050"]
    table = Table(rows, colWidths=[360, 100])
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080"))]
            + [
                ("BACKGROUND", (1, n + 1), (1, n + 1), colors.HexColor(f))
                for n, f in enumerate(fills)
            ]
        )
    )
    story += [table, Spacer(1, 12)]
    story += [
        Paragraph(
            "The board reviews the safeguarding dashboard every quarter and the named lead "
            "reports to it on referrals, training and audits.",
            styles["BodyText"],
        )
    ]
    original = tmp_path / "digital.pdf"
    SimpleDocTemplate(str(original), pagesize=A4, invariant=1).build(story)
    scanned = tmp_path / "colour-scan.pdf"
    _make_scans().make_scan(original, scanned, True, 150, 40)

    document = ingest(scanned, DEFAULT_LIMITS, ocr=True)
    [grid] = [b for b in document.blocks if b.kind == "table"]
    assert [row[0].text for row in grid.rows][1:3] == [
        "1 Leadership and accountability",
        "2 Staff safe recruitment, induction, training and development",
    ]
    assert [rating_of(row[1].fill) for row in grid.rows] == [None, "green", "amber", "red", "green"]

    record = analysis_record(analyse(scanned, toolkit))
    got = {
        s["id"]: (s["self_rating"], s["self_rating_source"]["method"]) for s in record["standards"]
    }
    assert got == {
        "1": ("green", "shading"),
        "2": ("amber", "shading"),
        "3": ("red", "shading"),
        "4": ("green", "shading"),
    }


# ---------------------------------------------------------------- without OCR


def test_no_ocr_gives_no_text_with_the_way_to_read_it(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(SCANNED_RETURN), "--out", str(out), "--no-ocr", "-q"]) == 0
    [entry] = json.loads((out / "summary.json").read_text())["submissions"]
    assert entry["status"] == "error" and entry["error"]["code"] == "NO_TEXT"
    assert "OCR is turned off (--no-ocr)" in entry["error"]["message"]
    assert "ocr" not in entry


def test_without_tesseract_a_scan_is_no_text_with_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    assert ocr.engine() is None
    with pytest.raises(NoTextLayer) as caught:
        ingest(SCANNED_RETURN, DEFAULT_LIMITS, ocr=True)
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in caught.value.message
    analysis = analyse(SCANNED_RETURN, Toolkit(Settings(use_model=False)))
    assert analysis.error is not None and analysis.error.code == "NO_TEXT"
    assert "install Tesseract" in analysis.error.message


def test_without_tesseract_a_mixed_file_warns_of_its_unread_pages(monkeypatch, tmp_path):
    from pypdf import PdfReader, PdfWriter

    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    writer = PdfWriter()
    writer.add_page(PdfReader(SAMPLES / "submissions" / "stroud.pdf").pages[0])
    writer.add_page(PdfReader(SCANNED_RETURN).pages[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as stream:
        writer.write(stream)
    document = ingest(mixed, DEFAULT_LIMITS, ocr=True)
    assert document.source.ocr_pages == ()
    assert document.blocks == ingest(mixed, DEFAULT_LIMITS, ocr=False).blocks
    [warning] = document.warnings
    assert warning.startswith("pages 2 are scanned images with no text layer")
    assert ocr.HOW_TO in warning


def test_pages_read_by_ocr_survive_the_document_cache():
    from dataclasses import replace

    from pipeline.values import Document, OcrPage, Source

    source = Source("a.pdf", "0" * 64, "pdf", 2, 10, (OcrPage(1, 91.5, 300, 12, -0.85),))
    document = Document(source=source, blocks=())
    assert decode(json.loads(json.dumps(encode(document)))) == document
    plain = replace(document, source=replace(source, ocr_pages=()))
    assert decode(json.loads(json.dumps(encode(plain)))) == plain


# ---------------------------------------------------------------- the image steps


def _text_page(angle: float) -> Image.Image:
    image = Image.new("L", (1240, 1754), 245)
    draw = ImageDraw.Draw(image)
    for row in range(30):
        y = 150 + row * 40
        for word in range(12):
            x = 120 + word * 85
            draw.rectangle((x, y, x + 60, y + 14), fill=30)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=245)


@pytest.mark.parametrize("angle", [-1.4, -0.6, 0.0, 0.8, 1.5])
def test_the_skew_is_found_from_the_row_profile(angle):
    assert ocr._skew(_text_page(angle)) == pytest.approx(-angle, abs=0.15)


def test_a_ruled_table_and_its_fills_are_found_on_the_image():
    width, height = 2480, 1200
    image = Image.new("RGB", (width, height), (242, 240, 235))
    draw = ImageDraw.Draw(image)
    xs, ys = [200, 1500, 2100], [200, 320, 440, 560]
    draw.rectangle((1500, 320, 2100, 440), fill=(30, 170, 70))  # green
    draw.rectangle((1500, 440, 2100, 560), fill=(240, 185, 15))  # amber
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=(128, 128, 128), width=2)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=(128, 128, 128), width=2)
    draw.rectangle((240, 360, 700, 380), fill=(20, 20, 20))  # a word in a cell
    noise = np.random.default_rng(0).normal(0, 3, (height, width, 1))
    rgb = np.clip(np.asarray(image, dtype=np.float32) + noise, 0, 255).astype(np.uint8)
    grey = ocr._grey(rgb)
    ruling, [grid] = ocr._grid(grey)
    assert len(grid.ys) == 4 and len(grid.xs) == 3
    assert [x * 2 for x in grid.xs] == pytest.approx(xs, abs=6)
    assert grid.cells == [[(0, 0), (1, 1)]] * 3
    fills = ocr._fills(rgb, grid)
    assert [[rating_of(f) for f in row] for row in fills] == [
        [None, None],
        [None, "green"],
        [None, "amber"],
    ]
    assert ruling[ys[1], 1000] and ruling[400, xs[0]]  # the rules are erased before OCR...
    assert not ruling[370, 400]  # ...and the word is not


def test_the_scanned_samples_are_small_and_image_only():
    import pypdfium2 as pdfium

    for path in sorted(SCANS.glob("*.pdf")):
        assert path.stat().st_size < 400 * 1024, path.name
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            for index in range(len(document)):
                page = document[index]
                text = page.get_textpage()
                assert text.count_chars() == 0, (path.name, index)
                text.close()
                page.close()
        finally:
            document.close()
