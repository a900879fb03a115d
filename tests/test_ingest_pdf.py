"""The PDF reader, one construct per test, asserting the exact values read."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors

from pipeline.ingest import ingest
from pipeline.ingest.colours import rating_of
from pipeline.values import CorruptFile, EncryptedFile, NoTextLayer
from tests.builders import pdf


def test_headings_from_font_size_and_paragraphs_joined(tmp_path: Path):
    path = pdf(
        tmp_path / "h.pdf",
        [
            [
                ("h1", "Standard 1: Leadership and accountability"),
                (
                    "p",
                    "The Director of Nursing is the executive lead for safeguarding and reports "
                    "to the Trust Board every quarter, with an annual report each June that the "
                    "board discusses.",
                ),
                ("h2", "Evidence"),
                ("p", "Short paragraph."),
            ]
        ],
    )
    doc = ingest(path)
    assert [(b.kind, b.level, b.page) for b in doc.blocks] == [
        ("heading", 1, 1),
        ("paragraph", None, 1),
        ("heading", 2, 1),
        ("paragraph", None, 1),
    ]
    assert doc.blocks[1].text.startswith("The Director of Nursing")
    assert doc.blocks[1].text.endswith("that the board discusses.")
    assert doc.source.pages == 1


def test_running_headers_footers_and_page_numbers_are_removed(tmp_path: Path):
    pages = [
        [("h1", f"Section {n}"), ("p", f"Body text on page {n} about safeguarding.")]
        for n in (1, 2, 3)
    ]
    doc = ingest(
        pdf(
            tmp_path / "r.pdf", pages, header="Stroud District Council S11 return 2021", footer=True
        )
    )
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "Section 1",
        "Body text on page 1 about safeguarding.",
        "Section 2",
        "Body text on page 2 about safeguarding.",
        "Section 3",
        "Body text on page 3 about safeguarding.",
    ]
    assert [b.page for b in doc.blocks] == [1, 1, 2, 2, 3, 3]


@pytest.mark.parametrize(
    "colour, expected",
    [
        (colors.Color(0, 0.69, 0.31), "00B04F"),
        (colors.CMYKColor(0, 0.25, 1, 0), "amber"),  # CMYK: converted as a viewer shows it
        (colors.CMYKColor(0, 1, 1, 0.2), "red"),
        (colors.Color(0.85, 0.85, 0.85), "D9D9D9"),
    ],
)
def test_table_cell_fill_colours_in_rgb_cmyk_and_gray(tmp_path: Path, colour, expected):
    rows = [["Standard", "Rating"], ["1 Leadership", ""]]
    doc = ingest(
        pdf(tmp_path / "t.pdf", [[("p", "Ratings below."), ("table", rows, {(1, 1): colour}, 0)]])
    )
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [[c.text for c in row] for row in table.rows] == [
        ["Standard", "Rating"],
        ["1 Leadership", ""],
    ]
    fill = table.rows[1][1].fill
    if expected == "D9D9D9":
        assert fill is None  # grey carries no rating and is not reported as a fill
    elif expected in ("amber", "red"):
        assert fill is not None and rating_of(fill) == expected
    else:
        assert fill == expected
    assert table.rows[1][0].fill is None


def test_table_continuing_on_next_page_is_joined_and_repeated_header_dropped(tmp_path: Path):
    rows = [["Indicator", "Evidence"]] + [[f"Row {n}", f"Evidence line {n}"] for n in range(1, 61)]
    doc = ingest(
        pdf(
            tmp_path / "long.pdf",
            [[("p", "Intro."), ("table", rows, {}, 1), ("p", "After the table.")]],
            header="Agency header",
            footer=True,
        )
    )
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    texts = [row[0].text for row in tables[0].rows]
    assert texts[0] == "Indicator" and texts.count("Indicator") == 1
    assert texts[1:] == [f"Row {n}" for n in range(1, 61)]
    assert doc.source.pages >= 2
    assert doc.blocks[-1].text == "After the table."


def test_bullets_are_list_items(tmp_path: Path):
    doc = ingest(
        pdf(
            tmp_path / "b.pdf",
            [
                [
                    ("p", "Intro line."),
                    ("bullet", "First bullet point text"),
                    ("bullet", "Second bullet point text"),
                ]
            ],
        )
    )
    assert [(b.kind, b.text) for b in doc.blocks][1:] == [
        ("list_item", "First bullet point text"),
        ("list_item", "Second bullet point text"),
    ]


def test_encrypted_pdf(tmp_path: Path):
    from pypdf import PdfReader, PdfWriter

    plain = pdf(tmp_path / "plain.pdf", [[("p", "Secret text.")]])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="pw", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)
    with pytest.raises(EncryptedFile):
        ingest(locked)


def test_image_only_pdf_has_no_text_layer(tmp_path: Path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.drawImage(str(image), 50, 500, 200, 100)
    page.save()
    with pytest.raises(NoTextLayer):
        ingest(path)


def test_truncated_pdf_is_corrupt(tmp_path: Path):
    data = pdf(tmp_path / "ok.pdf", [[("p", "Some text.")]]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:300])
    with pytest.raises(CorruptFile):
        ingest(path)


def test_not_a_pdf_is_corrupt(tmp_path: Path):
    path = tmp_path / "fake.pdf"
    path.write_text("hello")
    with pytest.raises(CorruptFile, match="no %PDF header"):
        ingest(path)


def test_a_two_column_page_is_read_column_by_column(tmp_path):
    """Corporate returns laid out in two columns: the left column is read before the right,
    and a full-width title keeps its place (issue 16)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    from pipeline.ingest import ingest

    styles = getSampleStyleSheet()
    width, height = A4
    path = tmp_path / "columns.pdf"
    document = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    title = Frame(50, height - 120, width - 100, 60, id="title")
    left_frame = Frame(50, 60, (width - 120) / 2, height - 200, id="left")
    right = Frame(70 + (width - 120) / 2, 60, (width - 120) / 2, height - 200, id="right")
    document.addPageTemplates([PageTemplate(frames=[title, left_frame, right])])
    left = "Left column sentence {} about our safeguarding board."
    left_text = " ".join(left.format(i) for i in range(40))
    right_text = " ".join(f"Right column sentence {i} about training records." for i in range(40))
    document.build(
        [
            Paragraph("Anytown Council Section 11 return", styles["Title"]),
            FrameBreak(),
            Paragraph(left_text, styles["Normal"]),
            FrameBreak(),
            Paragraph(right_text, styles["Normal"]),
        ]
    )
    blocks = ingest(path).blocks
    text = " ".join(b.text for b in blocks)
    assert blocks[0].text.startswith("Anytown Council")
    assert "Left column sentence 39 about our safeguarding board." in text
    assert "Right column sentence 0 about training records." in text
    assert text.index("Left column sentence 39") < text.index("Right column sentence 0")
    assert "board. Right" not in text.split("Left column sentence 39")[0]


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs DejaVu Sans (fonts-dejavu-core, .ci/run)")
def test_a_lone_symbol_cell_carries_its_colour(tmp_path: Path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    style = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=10)

    def dot(colour: str) -> Paragraph:
        return Paragraph(f'<font color="{colour}">\u25cf</font>', style)

    rows = [
        ["Area", "Where we are"],
        ["Our board", dot("#2E8B3C")],
        ["Our people", dot("#E69A00")],
        ["Our procedures", Paragraph("\u25cf", style)],  # black: no colour to read
    ]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "dots.pdf"
    SimpleDocTemplate(str(path), invariant=1).build([table])
    block = next(b for b in ingest(path).blocks if b.kind == "table")
    cells = [row[1] for row in block.rows[1:]]
    assert [c.text for c in cells] == ["\u25cf"] * 3
    assert [rating_of(c.ink) for c in cells] == ["green", "amber", None]
    assert all(c.fill is None for c in cells)


def test_a_coloured_box_beside_a_rating_label_reads_as_a_shaded_cell(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "boxes.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica", 11)
    page.drawString(72, 760, "Standard 1: Leadership and accountability")
    page.drawString(72, 740, "Our self-rating:")
    page.setFillColor(colors.Color(0, 0.69, 0.31))
    page.rect(170, 737, 30, 12, stroke=0, fill=1)  # to the right of the label
    page.setFillColor(colors.black)
    page.drawString(100, 700, "Fully met")
    page.setFillColor(colors.Color(1, 0.75, 0))
    page.rect(72, 697, 20, 12, stroke=0, fill=1)  # a key's swatch: no label, left as it is
    page.save()
    blocks = ingest(path).blocks
    boxed = [b for b in blocks if b.kind == "table"]
    assert len(boxed) == 1
    assert boxed[0].rows[0][0].text == "Our self-rating:"
    assert rating_of(boxed[0].rows[0][1].fill) == "green"
    assert any(b.text == "Fully met" and b.kind != "table" for b in blocks)


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs DejaVu Sans (fonts-dejavu-core, .ci/run)")
def test_a_key_line_that_starts_with_tick_symbols_keeps_them(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    path = tmp_path / "ticks.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("DejaVuSans", 10)
    page.drawString(72, 760, "\u2713\u2713 = met in full (Green)   \u2713 = part met (Amber)")
    page.drawString(72, 730, "\u2713 Our first point, a ticked bullet")
    page.showPage()
    page.save()
    texts = [b.text for b in ingest(path).blocks]
    assert "\u2713\u2713 = met in full (Green) \u2713 = part met (Amber)" in texts
    assert "Our first point, a ticked bullet" in texts


def test_a_sentence_carried_over_a_page_break_is_one_paragraph(tmp_path: Path):
    path = pdf(
        tmp_path / "carried.pdf",
        [
            [
                ("h1", "Standard 4: Listening to children"),
                ("p", "Our youth panel has no members under 18, and the practice has"),
            ],  # fmt: skip
            [("p", "no forum of its own for young patients."), ("p", "A survey is planned.")],
            [("p", "Next page, new paragraph.")],
        ],
    )
    texts = [b.text for b in ingest(path).blocks]
    assert "the practice has no forum of its own for young patients." in texts[1]
    assert texts[2:] == ["A survey is planned.", "Next page, new paragraph."]


def test_a_filled_in_form_reads_its_fields_values(tmp_path: Path):
    """A fillable PDF's answers live in form fields (text boxes, a drop-down), not in the
    page's text: what the fields show is read where they sit, a sticky-note comment is not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "form.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(72, 780, "Standard 3: Safeguarding policies and procedures")
    page.setFont("Helvetica", 10)
    page.drawString(72, 760, "Evidence:")
    form = page.acroForm
    form.textfield(
        name="evidence3",
        value="The policy was ratified by the board in March 2021.",
        x=72,
        y=700,
        width=450,
        height=40,
        borderWidth=0,
        fontSize=10,
    )
    page.drawString(72, 680, "Self-assessment rating for Standard 3:")
    form.choice(
        name="rating3",
        value="Amber",
        options=["Red", "Amber", "Green"],
        x=260,
        y=675,
        width=80,
        height=16,
        borderWidth=0,
        fontSize=10,
    )
    page.drawString(72, 640, "Please return the form by 30 September 2021.")
    page.textAnnotation("Reviewer: should this be Red?", Rect=(480, 770, 500, 790))
    page.save()
    texts = [b.text for b in ingest(path).blocks]
    assert not any("should this be Red" in text for text in texts)
    assert "The policy was ratified by the board in March 2021." in texts
    assert "Self-assessment rating for Standard 3: Amber" in texts
    assert (
        texts.index("Evidence:")
        < texts.index("The policy was ratified by the board in March 2021.")
        < texts.index("Please return the form by 30 September 2021.")
    )
