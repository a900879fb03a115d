"""PDFium (pypdfium2) helpers for the PDF reader: open a file, read each page's characters
as pdfplumber-style char dicts, and tell cheaply from the page objects whether a page needs
pdfplumber's geometry (a table grid or filled cells).

Characters carry pdfminer's box conventions (``x0``/``x1`` from the glyph advance, ``top``/
``bottom`` from the baseline, the font's descent and the font size), so pdfplumber's own line
and table algorithms give the same result on them as on pdfminer's characters. A page
PDFium cannot describe that way (rotated, offset media box, rotated text) is left to
pdfplumber whole.
"""

from __future__ import annotations

import ctypes
import struct
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.ingest.colours import SYMBOLS

THIN = 3.0  # pdfplumber's default edge_min_length: shorter edges never make a table
_UNMAPPED = {0, 0xFFFD, 0xFFFE, 0xFFFF}
_BOX = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_SYMBOL_CODES = frozenset(map(ord, SYMBOLS))
_LETTERS = [chr(code) for code in range(0x10000)]  # each UTF-16 unit's str, made once


class PageNeedsPdfplumber(Exception):
    """This page is outside what the PDFium reading reproduces; read it with pdfplumber."""


@dataclass
class PdfiumPage:
    number: int  # 1-based
    width: float
    height: float
    doctop: float  # sum of the heights of the pages before, as pdfplumber counts it
    chars: list[dict[str, Any]]
    needs_geometry: bool
    images: int
    image_area: float = 0.0  # the area the page's images cover (their bounds), points^2
    # pdfplumber-style "rect", "line" and "curve" objects when needs_geometry is set and
    # PDFium can give them (no form objects); else None and pdfminer reads the geometry
    shapes: dict[str, list[dict[str, Any]]] | None = None


def open_document(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF; raises pdfium.PdfiumError (``err_code`` says why) on failure."""
    return pdfium.PdfDocument(data)


def title(document: pdfium.PdfDocument) -> str | None:
    value = document.get_metadata_value("Title")
    return value.strip() or None if isinstance(value, str) else None


def modified(document: pdfium.PdfDocument) -> str | None:
    """The ModDate as written (``D:20211014091200Z``), or the CreationDate without one."""
    for key in ("ModDate", "CreationDate"):
        value = document.get_metadata_value(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:64]
    return None


@lru_cache(maxsize=64)
def _standard_descent(fontname: str) -> float | None:
    """The descent pdfminer uses for an unembedded standard-14 font (from its AFM table)."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(fontname)
    if metrics is None:
        return None
    return float(metrics[0].get("Descent", 0)) / 1000  # type: ignore[arg-type]


def _font(text_object: Any, size: float) -> tuple[str, float]:
    """(font name, descent as a share of the font size) for a text page object."""
    font = raw.FPDFTextObj_GetFont(text_object)
    if not font:
        return "", 0.0
    buffer = ctypes.create_string_buffer(256)
    length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
    name = buffer.raw[: max(0, length - 1)].decode("latin-1", "replace")
    descent: float | None = None
    if not raw.FPDFFont_GetIsEmbedded(font):
        descent = _standard_descent(name)
    if descent is None:
        value = ctypes.c_float()
        ok = raw.FPDFFont_GetDescent(font, ctypes.c_float(size or 1.0), ctypes.byref(value))
        descent = value.value / (size or 1.0) if ok else 0.0
    return name, -abs(descent)  # pdfminer treats a positive descent as negative


@lru_cache(maxsize=1)
def _per_char_functions() -> tuple[Any, Any, Any]:
    """FPDFText_GetTextObject, _GetLooseCharBox and _GetCharOrigin as bare ctypes functions
    (new function objects, so pypdfium2's own are untouched): called three times for every
    character, argument checking would cost more than PDFium's work. The text object comes
    back as a plain address (int or None), hashable and cheap."""
    from pypdfium2_raw import bindings

    library = bindings._libs["pdfium"]
    text_object = library["FPDFText_GetTextObject"]
    text_object.restype = ctypes.c_void_p
    loose_box = library["FPDFText_GetLooseCharBox"]
    char_origin = library["FPDFText_GetCharOrigin"]
    for function in (text_object, loose_box, char_origin):
        function.argtypes = None  # called with a c_void_p page, an int and byref() results
    loose_box.restype = char_origin.restype = ctypes.c_int
    return text_object, loose_box, char_origin


def _object_style(textpage: Any, index: int, address: int) -> tuple[str, float, float]:
    """(font name, font size, descent share) of the text object drawing a character; one
    text object has one font, size and matrix. Raises PageNeedsPdfplumber for rotated text."""
    if abs(raw.FPDFText_GetCharAngle(textpage, index)) > 1e-3:
        raise PageNeedsPdfplumber("rotated text")
    size = raw.FPDFText_GetFontSize(textpage, index)
    fontname, descent = _font(ctypes.cast(address, raw.FPDF_PAGEOBJECT), size)
    return fontname, size, descent


def _chars(textpage: Any, height: float, doctop: float) -> list[dict[str, Any]]:
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(textpage, 0, count, buffer)
    units = list(buffer)[:count]
    box = raw.FS_RECTF()
    read_box = _BOX.unpack_from  # (left, top, right, bottom): one call, not four fields
    box_bytes = memoryview(box).cast("B")
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(origin_x), ctypes.byref(origin_y)
    handle = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
    text_object_at, loose_box, char_origin = _per_char_functions()
    # per text object: (font name, size, baseline below the loose box's bottom + descent)
    styles: dict[int, tuple[str, float, float]] = {}
    symbol_colour: dict[int, tuple[float, float, float]] = {}
    chars: list[dict[str, Any]] = []
    add = chars.append
    last_address: int | None = None  # the text object of the previous character kept
    fontname, size, shift = "", 0.0, 0.0
    # A text object's characters share their loose box's bottom (one baseline), so a run
    # of characters with the same bottom in the same object differ only in text, x0 and
    # x1: each is a copy of the run's dict (the keys pdfplumber's line and word grouping
    # and the reader use, in this order) with those three set.
    last_bottom: float | None = None
    run: dict[str, Any] = {}
    letters = _LETTERS
    for index, code in enumerate(units):
        address = text_object_at(handle, index)
        if not address:
            # A character PDFium generated: a line break (dropped), or a space, which may
            # stand in for a real space drawn on its own (a space between a bold and a plain
            # run). Keep spaces, where the previous character ends, so words split as in
            # pdfminer's reading; a space never joins a word or shows in a line's text.
            if code == 0x20 and chars:
                loose_box(handle, index, box_ref)
                previous = chars[-1]
                left = read_box(box_bytes)[0]
                add({**previous, "text": " ", "x0": left, "x1": left})
            continue
        if not 0 < code < 0xD800 and (code in _UNMAPPED or code <= 0xDFFF):
            if not 0xD800 <= code <= 0xDBFF:
                continue
            code = raw.FPDFText_GetUnicode(textpage, index)  # the whole code point
        loose_box(handle, index, box_ref)
        left, _, right, bottom = read_box(box_bytes)
        if address != last_address:
            style = styles.get(address)
            if style is None:
                # One text object has one font, size and matrix, so its characters'
                # baselines sit a fixed distance from their loose boxes' bottoms: read it once.
                fontname, size, descent = _object_style(textpage, index, address)
                char_origin(handle, index, x_ref, y_ref)
                shift = origin_y.value - bottom + descent * size
                style = styles[address] = (fontname, size, shift)
            fontname, size, shift = style
            last_address = address
            last_bottom = None
        if bottom != last_bottom:
            y0 = bottom + shift
            top = height - (y0 + size)
            run = {
                "text": "",
                "fontname": fontname,
                "size": size,
                "x0": 0.0,
                "x1": 0.0,
                "top": top,
                "bottom": height - y0,
                "doctop": doctop + top,
                "upright": True,
            }
            last_bottom = bottom
        text = letters[code] if code < 0x10000 else chr(code)
        if code in _SYMBOL_CODES:
            red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
            if raw.FPDFText_GetFillColor(
                textpage, index, *(ctypes.byref(c) for c in (red, green, blue, alpha))
            ):
                symbol_colour[len(chars)] = (red.value / 255, green.value / 255, blue.value / 255)
        char = run.copy()
        char["text"] = text
        char["x0"] = left
        char["x1"] = right
        add(char)
    for position, colour in symbol_colour.items():
        chars[position]["non_stroking_color"] = colour
    return chars


def _count_objects(page: Any) -> tuple[int, int, int, bool, float]:
    """(horizontal edges, vertical edges, images, has form objects, area of the images)
    over the page objects."""
    horizontal = vertical = images = 0
    forms = False
    image_area = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))

    def visit(count: int, get: Any) -> None:
        nonlocal horizontal, vertical, images, forms, image_area
        for position in range(count):
            page_object = get(position)
            kind = raw.FPDFPageObj_GetType(page_object)
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
                if raw.FPDFPageObj_GetBounds(page_object, left, bottom, right, top):
                    image_area += (right.value - left.value) * (top.value - bottom.value)
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                forms = True
                visit(
                    raw.FPDFFormObj_CountObjects(page_object),
                    lambda i, form=page_object: raw.FPDFFormObj_GetObject(form, i),
                )
            elif kind in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING):
                raw.FPDFPageObj_GetBounds(page_object, left, bottom, right, top)
                wide = right.value - left.value >= THIN
                tall = top.value - bottom.value >= THIN
                horizontal += 2 if wide and tall else int(wide)
                vertical += 2 if wide and tall else int(tall)

    visit(raw.FPDFPage_CountObjects(page), lambda i: raw.FPDFPage_GetObject(page, i))
    return horizontal, vertical, images, forms, image_area


Point = tuple[float, float]


def _segments(path: Any, matrix: tuple[float, ...]) -> list[tuple[str, Point]]:
    """A path object's segments in page space as pdfminer records them: ("m" | "l" | "c" |
    "h", end point). PDFium stores a Bezier as three points (two controls, the end), and a
    closed subpath as a last point back at its start flagged closed, which pdfminer's "h" is."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    segments: list[tuple[str, Point]] = []
    start: Point | None = None
    bezier = 0
    for index in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, index)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, x_ref, y_ref)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            segments.append(("m", point))
            start = point
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # a control point: pdfminer keeps only the end
            segments.append(("c", point))
        else:
            segments.append(("l", point))
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            if segments[-1] == ("l", start):
                segments[-1] = ("h", start)
            else:
                segments.append(("h", start))
    return segments


def _classify(
    segments: list[tuple[str, Point]], style: dict[str, Any], height: float, doctop: float
) -> list[dict[str, Any]]:
    """pdfminer's ``paint_path``: each subpath becomes a line ("ml", "mlh"), a rectangle
    ("mlllh", "mllll" with square corners, closed) or a curve; then pdfplumber's object."""
    shapes: list[dict[str, Any]] = []
    subpath: list[tuple[str, Point]] = []
    for segment in [*segments, ("m", (0.0, 0.0))]:
        if segment[0] == "m" and subpath:
            if len(subpath) > 1:
                shapes.append(_shape(subpath, style, height, doctop))
            subpath = []
        subpath.append(segment)
    return shapes


def _shape(
    subpath: list[tuple[str, Point]], style: dict[str, Any], height: float, doctop: float
) -> dict[str, Any]:
    shape = "".join(op for op, _ in subpath)
    points = [point for _, point in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    kind = "curve"
    if shape in ("mlh", "ml"):
        kind, points = "line", points[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if points[0] == points[4] and square:
            kind = "rect"
            points = [(x0, y0), (x2, y0), (x2, y2), (x0, y2)]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    left, right, low, high = min(xs), max(xs), min(ys), max(ys)
    top = height - high
    return {
        "object_type": kind,
        "x0": left,
        "y0": low,
        "x1": right,
        "y1": high,
        "width": right - left,
        "height": high - low,
        "top": top,
        "bottom": height - low,
        "doctop": doctop + top,
        "pts": [(x, height - y) for x, y in points],
        **style,
    }


def _colour(get: Any, page_object: Any) -> tuple[float, ...] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not get(page_object, r, g, b, a):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _shapes(page: Any, height: float, doctop: float) -> dict[str, list[dict[str, Any]]]:
    """The page's painted paths as pdfplumber's rect, line and curve objects, split and
    classified as pdfminer does, so pdfplumber's table finder sees the same edges."""
    found: dict[str, list[dict[str, Any]]] = {"rect": [], "line": [], "curve": []}
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    matrix, width = raw.FS_MATRIX(), ctypes.c_float()
    for position in range(raw.FPDFPage_CountObjects(page)):
        path = raw.FPDFPage_GetObject(page, position)
        if raw.FPDFPageObj_GetType(path) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPath_GetDrawMode(path, fill_mode, stroke):
            continue
        raw.FPDFPageObj_GetMatrix(path, matrix)
        raw.FPDFPageObj_GetStrokeWidth(path, width)
        style = {
            "fill": fill_mode.value != raw.FPDF_FILLMODE_NONE,
            "stroke": bool(stroke.value),
            "evenodd": fill_mode.value == raw.FPDF_FILLMODE_ALTERNATE,
            "linewidth": width.value,
            "non_stroking_color": _colour(raw.FPDFPageObj_GetFillColor, path),
            "stroking_color": _colour(raw.FPDFPageObj_GetStrokeColor, path),
        }
        transform = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        for shape in _classify(_segments(path, transform), style, height, doctop):
            found[shape["object_type"]].append(shape)
    return found


def _plain_boxes(page: Any) -> bool:
    """True when the page's crop box is its media box at the origin and it is not rotated:
    then PDFium's and pdfminer's page coordinates agree."""
    if raw.FPDFPage_GetRotation(page) != 0:
        return False
    media = [ctypes.c_float() for _ in range(4)]
    if raw.FPDFPage_GetMediaBox(page, *media) and (media[0].value != 0 or media[1].value != 0):
        return False
    crop = [ctypes.c_float() for _ in range(4)]
    return not (
        raw.FPDFPage_GetCropBox(page, *crop)
        and any(abs(c.value - m.value) > 0.01 for c, m in zip(crop, media, strict=True))
    )


# Annotations whose appearance is the agency's text: a form field's value, and text typed
# onto the page with a reader's typewriter tool. Comments (sticky notes, highlights) are not.
_ANSWER_ANNOTATIONS = frozenset((raw.FPDF_ANNOT_WIDGET, raw.FPDF_ANNOT_FREETEXT))


def _filled_in(page: Any) -> bool:
    """Whether the page holds a form field or typed-on text with an appearance to show."""
    for number in range(raw.FPDFPage_GetAnnotCount(page)):
        annotation = raw.FPDFPage_GetAnnot(page, number)
        try:
            if raw.FPDFAnnot_GetSubtype(annotation) in _ANSWER_ANNOTATIONS and (
                raw.FPDFAnnot_HasKey(annotation, b"AP")
            ):
                return True
        finally:
            raw.FPDFPage_CloseAnnot(annotation)
    return False


def read_page(document: pdfium.PdfDocument, index: int, doctop: float) -> PdfiumPage:
    """One page's characters and what it holds; raises PageNeedsPdfplumber for pages the
    PDFium reading does not reproduce. Releases the page before returning."""
    page = raw.FPDF_LoadPage(document.raw, index)
    if not page:
        raise PageNeedsPdfplumber("PDFium could not load the page")
    if _filled_in(page):
        # what a form's fields show, or text typed onto the page in a reader, is the
        # agency's answer: made part of the page's content, and the page loaded again
        raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY)
        raw.FPDF_ClosePage(page)
        page = raw.FPDF_LoadPage(document.raw, index)
        if not page:
            raise PageNeedsPdfplumber("PDFium could not load the page")
    textpage = None
    try:
        if not _plain_boxes(page):
            raise PageNeedsPdfplumber("rotated page or offset media box")
        width = raw.FPDF_GetPageWidthF(page)
        height = raw.FPDF_GetPageHeightF(page)
        horizontal, vertical, images, forms, image_area = _count_objects(page)
        textpage = raw.FPDFText_LoadPage(page)
        chars = _chars(textpage, height, doctop)
        needs_geometry = forms or (horizontal >= 2 and vertical >= 2)
        shapes = _shapes(page, height, doctop) if needs_geometry and not forms else None
        return PdfiumPage(
            number=index + 1,
            width=width,
            height=height,
            doctop=doctop,
            chars=chars,
            needs_geometry=needs_geometry,
            images=images,
            image_area=image_area,
            shapes=shapes,
        )
    finally:
        if textpage:
            raw.FPDFText_ClosePage(textpage)
        raw.FPDF_ClosePage(page)


def page_height(document: pdfium.PdfDocument, index: int) -> float:
    width_height = document.get_page_size(index)
    return float(width_height[1])


def page_size(document: pdfium.PdfDocument, index: int) -> tuple[float, float]:
    width, height = document.get_page_size(index)
    return float(width), float(height)
