import pytest

from pipeline.ingest.colours import from_pdf_colour, rating_of, tint


@pytest.mark.parametrize(
    "colour, rating",
    [
        ("00B050", "green"),
        ("92D050", "green"),
        ("C6EFCE", "green"),
        ("00FF00", "green"),
        ("FFC000", "amber"),
        ("FFBF00", "amber"),
        ("FFFF00", "amber"),
        ("F79646", "amber"),
        ("FF0000", "red"),
        ("C00000", "red"),
        ("E6B8B7", "red"),
        ("FFC7CE", "red"),
        ("FFFFFF", None),
        ("D9D9D9", None),
        ("000000", None),
        ("4472C4", None),
        (None, None),
    ],
)
def test_nearest_rag_colour(colour, rating):
    assert rating_of(colour) == rating


@pytest.mark.parametrize(
    "pdf_colour, expected",
    [
        ((0.5,), "808080"),
        ((1, 0, 0), "FF0000"),
        ((1, 0, 1, 0), "00FF00"),
        ((0, 0.25, 1, 0), "FFBF00"),
        (0.0, "000000"),
        ("pattern", None),
        (None, None),
    ],
)
def test_pdf_colour_spaces_normalise_to_rgb(pdf_colour, expected):
    assert from_pdf_colour(pdf_colour) == expected


def test_word_theme_tint_lightens():
    assert tint("00B050", tint_value="80") == "7FD7A7"
