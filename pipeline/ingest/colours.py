"""Colour handling shared by the readers and the rating extractor: normalise PDF and Word
colours to ``RRGGBB`` and name the nearest of green, amber and red."""

from __future__ import annotations

import colorsys
from collections.abc import Sequence

from pipeline.values import Rating

# Symbols whose colour may be all a cell says ("●" in green): their colour is read.
SYMBOLS = frozenset("●○◉⬤■□▲◆★✓✔✗✘")


def to_hex(rgb: Sequence[float]) -> str:
    """(r, g, b) in 0..1 -> "RRGGBB"."""
    return "".join(f"{max(0, min(255, round(channel * 255))):02X}" for channel in rgb[:3])


def from_pdf_colour(colour: object) -> str | None:
    """A pdfplumber non-stroking colour (gray, RGB or CMYK tuple, 0..1) -> "RRGGBB"."""
    if colour is None:
        return None
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, list | tuple) or not all(isinstance(c, int | float) for c in colour):
        return None  # pattern colours and named colour spaces carry no usable value
    values = [float(c) for c in colour]
    if len(values) == 1:
        return to_hex((values[0],) * 3)
    if len(values) == 3:
        return to_hex(values)
    if len(values) == 4:
        cyan, magenta, yellow, black = values
        return to_hex(
            ((1 - cyan) * (1 - black), (1 - magenta) * (1 - black), (1 - yellow) * (1 - black))
        )
    return None


def parse_hex(value: str | None) -> tuple[float, float, float] | None:
    if not value:
        return None
    value = value.strip().lstrip("#")
    if len(value) != 6:
        return None
    try:
        return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return None


def tint(hex_colour: str, tint_value: str | None = None, shade_value: str | None = None) -> str:
    """Apply Word's themeFillTint/themeFillShade (hex bytes, 00-FF) to a theme colour."""
    rgb = parse_hex(hex_colour)
    if rgb is None:
        return hex_colour
    channels = list(rgb)
    if tint_value:
        amount = int(tint_value, 16) / 255
        channels = [c * amount + (1 - amount) for c in channels]
    if shade_value:
        amount = int(shade_value, 16) / 255
        channels = [c * amount for c in channels]
    return to_hex(channels)


def is_blank(hex_colour: str | None) -> bool:
    """White, near-white, grey and black fills carry no rating."""
    rgb = parse_hex(hex_colour)
    if rgb is None:
        return True
    _, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    return saturation < 0.25 or lightness > 0.93 or lightness < 0.12


def rating_of(hex_colour: str | None) -> Rating | None:
    """The nearest of green, amber and red by hue; None for white, grey, blue and the like."""
    rgb = parse_hex(hex_colour)
    if rgb is None or is_blank(hex_colour):
        return None
    hue, _, _ = colorsys.rgb_to_hls(*rgb)
    degrees = hue * 360
    if degrees < 18 or degrees >= 330:
        return "red"
    if degrees < 66:
        return "amber"
    if degrees < 170:
        return "green"
    return None
