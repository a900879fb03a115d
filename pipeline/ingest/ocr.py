"""Read a scanned PDF page with Tesseract OCR: the page is rendered with PDFium, turned
straight, its table grid found and its cells' colours read from the image, the grid lines
taken out, and the words Tesseract reads (hOCR) given back as pdfplumber-style characters
in PDF points, so the PDF reader groups them into lines and cells as it does a text layer.

One page at a time: each rendered image is released before the next page is drawn, so a
long scan costs one page's memory. Tesseract runs as a child process (``pytesseract``), one
thread, within the file's time limit.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from pipeline.ingest.colours import is_blank, to_hex
from pipeline.values import OCR_LOW_CONFIDENCE, Cell

DPI = 300  # the resolution pages are rendered at for Tesseract
LOW_CONFIDENCE = OCR_LOW_CONFIDENCE  # words Tesseract is less sure of are counted
MIN_TEXT = 20  # a page with fewer letters than this in its text layer has none usable
MIN_IMAGE_SHARE = 0.25  # ...and is read by OCR when images cover this share of it
PSM = 6  # Tesseract page segmentation: one block of text, so a table row stays one line
HOW_TO = "apt-get install tesseract-ocr tesseract-ocr-eng"

_WORK = 2  # grid and skew are found at DPI / _WORK (150 dpi)
_DARK = 170  # grey level under which a pixel is ink
_CONTRAST = 15  # a rule is this much darker than the paper beside it...
_REACH = 3  # ...this many working pixels either side
_RULE_MARKS = set("|[]{}()!/\\_")  # what a rule left on the image is read as
_NOISE = 50.0  # a mark without letters or digits, less sure than this, is dropped
_PRINT = 110  # in a filled cell, only pixels darker than this are print
_COLOURED = 90  # channels further apart than this: a colour, not ink or paper
_LINE = 60  # a ruling line is at least this many working pixels long (10 mm)
_THICK = 8  # ...and at most this thick (a filled cell is not a line)
_UPRIGHT = 36  # an upright rule, at least this long (6 mm)


@dataclass
class OcrTable:
    """A ruled table found on the image, in PDF points, with each cell's text and fill."""

    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


@dataclass
class ScannedPage:
    """What OCR read on one page: characters outside the tables, the tables, and how sure
    Tesseract was."""

    number: int
    width: float
    height: float
    chars: list[dict[str, Any]]
    tables: list[OcrTable]
    words: int
    low_confidence_words: int
    mean_confidence: float
    skew: float  # degrees the page was turned to read it


# ---------------------------------------------------------------- is Tesseract here


def find_tesseract() -> str | None:
    """The tesseract program on PATH, or None."""
    return shutil.which("tesseract")


@lru_cache(maxsize=4)
def _probe(path: str) -> str | None:
    """ "tesseract 5.3.0" when the program runs and has English, else None."""
    try:
        version = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
        languages = subprocess.run(
            [path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    first = (version.stdout or version.stderr).strip().splitlines()
    if not first or "eng" not in (languages.stdout + languages.stderr).split():
        return None
    return first[0].strip()


def engine() -> str | None:
    """The Tesseract that would read scans ("tesseract 5.3.0"), or None if there is none
    usable (not installed, or without English)."""
    path = find_tesseract()
    return _probe(path) if path else None


def no_ocr_message(turned_off: bool) -> str:
    if turned_off:
        return (
            "has no text layer (a scan or image-only PDF) and OCR is turned off (--no-ocr); "
            "run without --no-ocr to read it"
        )
    return (
        "has no text layer (a scan or image-only PDF) and no OCR is available: install "
        f"Tesseract to read scans ({HOW_TO})"
    )


# ---------------------------------------------------------------- one page


def read_page(document: Any, index: int, timeout: float) -> ScannedPage:
    """OCR page ``index`` (0-based) of an open pypdfium2 document."""
    from PIL import Image

    page = document[index]
    try:
        bitmap = page.render(scale=DPI / 72)
        try:
            image = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
    width, height = image.width * 72 / DPI, image.height * 72 / DPI
    skew = _skew(image.convert("L"))
    if abs(skew) >= 0.05:
        image = image.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    rgb = np.asarray(image)
    del image
    grey = _grey(rgb)
    ruling, tables = _grid(grey)
    # fills are read before the lines are taken out; then only the ink is needed
    fills = [_fills(rgb, table) for table in tables]
    text_image = grey.copy()
    text_image[ruling] = 255
    for table, table_fills in zip(tables, fills, strict=True):
        _clear_fills(text_image, rgb, table, table_fills)
    del rgb
    hocr = _tesseract(Image.fromarray(text_image, "L"), timeout)
    del text_image
    words = _words(hocr)
    strokes = _strokes(grey < _DARK, words)
    del grey
    chars = _chars(words, strokes)
    scale = 72 / DPI
    placed: list[OcrTable] = []
    outside = chars
    for table, table_fills in zip(tables, fills, strict=True):
        item, outside = _fill_table(table, table_fills, outside, scale)
        if item is not None:
            placed.append(item)
    confidences = [w.confidence for w in words]
    return ScannedPage(
        number=index + 1,
        width=width,
        height=height,
        chars=outside,
        tables=placed,
        words=len(words),
        low_confidence_words=sum(1 for c in confidences if c < LOW_CONFIDENCE),
        mean_confidence=round(sum(confidences) / len(confidences), 1) if confidences else 0.0,
        skew=round(skew, 2),
    )


def _grey(rgb: np.ndarray) -> np.ndarray:
    weights = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    return np.asarray(rgb @ weights, dtype=np.uint8)


def _clear_fills(
    text_image: np.ndarray, rgb: np.ndarray, grid: _Grid, fills: list[list[str | None]]
) -> None:
    """Whiten each filled cell but for its dark print: print in a cell is black or dark
    grey, and a coloured fill, with the noise of a scan on it, would otherwise be read as
    letters."""
    for row_index, row in enumerate(grid.cells):
        top, bottom = int(grid.ys[row_index] * _WORK), int(grid.ys[row_index + 1] * _WORK)
        for (first, last), fill in zip(row, fills[row_index], strict=True):
            if fill is None:
                continue
            left, right = int(grid.xs[first] * _WORK), int(grid.xs[last + 1] * _WORK)
            box = rgb[top:bottom, left:right].astype(np.int16)
            coloured = (box.max(axis=2) - box.min(axis=2)) > _COLOURED
            faint = text_image[top:bottom, left:right] > _PRINT  # specks, JPEG fringes
            text_image[top:bottom, left:right][coloured | faint] = 255


def _tesseract(image: Any, timeout: float) -> bytes:
    """Tesseract's hOCR for a grey image, handed over as a raw PGM file (quicker to write
    than the PNG pytesseract would make of it)."""
    import tempfile

    import pytesseract

    path = find_tesseract()
    if path:
        pytesseract.pytesseract.tesseract_cmd = path
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one thread: workers run side by side
    with tempfile.TemporaryDirectory(prefix="s11-ocr-") as folder:
        page = os.path.join(folder, "page.pgm")
        image.save(page)
        data = pytesseract.image_to_pdf_or_hocr(
            page,
            lang="eng",
            config=f"--psm {PSM} -c hocr_char_boxes=0",
            extension="hocr",
            timeout=max(1.0, timeout),
        )
    return data if isinstance(data, bytes) else str(data).encode("utf-8")


# ---------------------------------------------------------------- skew


def _skew(grey: Any) -> float:
    """The angle (degrees, anticlockwise) that makes the text lines level: the one whose
    row profile of ink is sharpest, searched in half degrees on a 37 dpi copy, then in
    tenths and twentieths on a 75 dpi one."""
    from PIL import Image

    def inked(factor: int) -> Any:
        small = grey.resize((grey.width // factor, grey.height // factor), Image.Resampling.BOX)
        return Image.fromarray(np.where(np.asarray(small) < 200, 255, 0).astype(np.uint8), "L")

    def sharpest(ink: Any, angles: Any) -> float:
        def sharpness(angle: float) -> float:
            turned = np.asarray(ink.rotate(angle, resample=Image.Resampling.BILINEAR), np.float32)
            return float(np.square(np.diff(turned.sum(axis=1))).sum())

        return float(max(angles, key=sharpness))

    coarse = sharpest(inked(8), np.arange(-4.0, 4.01, 0.5))
    ink = inked(4)
    fine = sharpest(ink, np.arange(coarse - 0.5, coarse + 0.51, 0.1))
    finest = sharpest(ink, np.arange(fine - 0.1, fine + 0.11, 0.05))
    return float(round(finest, 2))


# ---------------------------------------------------------------- table grid


@dataclass
class _Grid:
    xs: list[float]  # column edges, working pixels
    ys: list[float]  # row edges
    cells: list[list[tuple[int, int]]]  # per row: (first, last) column of each cell


def _runs(mask: np.ndarray, length: int) -> np.ndarray:
    """The pixels of ``mask`` that lie in a run of at least ``length`` along each row."""
    height, width = mask.shape
    if width < length:
        return np.zeros_like(mask)
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # a run starts here
    starts = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=starts[:, 1 : full.shape[1] + 1])
    starts[:, full.shape[1] + 1 :] = starts[:, full.shape[1] : full.shape[1] + 1]
    index = np.arange(width)
    low = np.clip(index - length + 1, 0, None)
    high = np.clip(index + 1, None, full.shape[1])
    return (starts[:, high] - starts[:, low]) > 0


def _segments(mask: np.ndarray) -> list[tuple[float, int, int]]:
    """Horizontal line segments (y, x0, x1) in a mask of line pixels."""
    rows = np.flatnonzero(mask.any(axis=1))
    found: list[tuple[float, int, int]] = []
    if rows.size == 0:
        return found
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for band in bands:
        covered = mask[band[0] : band[-1] + 1].any(axis=0)
        xs = np.flatnonzero(covered)
        pieces = np.split(xs, np.flatnonzero(np.diff(xs) > 3) + 1)
        for piece in pieces:
            if piece.size and piece[-1] - piece[0] >= _LINE:
                found.append(((band[0] + band[-1]) / 2, int(piece[0]), int(piece[-1])))
    return found


def _grid(grey: np.ndarray) -> tuple[np.ndarray, list[_Grid]]:
    """The ruling lines (a full-resolution mask, to erase) and the tables they make.

    A rule is a line of pixels darker than the paper a few pixels either side of them (so a
    thin grey rule on a toned scan is found, and the inside of a filled cell is not), or
    the edge of a filled cell, in a run long enough not to be a letter, small breaks from
    noise bridged. Only the rules are erased before OCR."""
    height, width = grey.shape
    work_h, work_w = height // _WORK, width // _WORK
    cut = grey[: work_h * _WORK, : work_w * _WORK].reshape(work_h, _WORK, work_w, _WORK)
    small = cut.min(axis=(1, 3)).astype(np.int16)
    rules_h = _ridge(small, axis=0)
    rules_v = _ridge(small, axis=1)
    horizontal = _runs(_bridged(rules_h | _fill_edge(small, axis=0), axis=1), _LINE)
    vertical = _runs(_bridged(rules_v | _fill_edge(small, axis=1), axis=0).T, _UPRIGHT).T
    # a filled block is not a line: drop runs thicker than a rule
    horizontal &= ~_runs(horizontal.T, _THICK + 1).T
    vertical &= ~_runs(vertical, _THICK + 1)
    tables = _tables(_segments(horizontal), _segments(vertical.T))
    # erased: the upright rules and fill edges, and the level rules alone (a level run that
    # needs a fill's edge may be the foot of a line of text)
    lines = _runs(_bridged(rules_h, axis=1), _LINE) | vertical
    grown = lines.copy()  # a pixel more each way, then back to full resolution
    grown[1:] |= lines[:-1]
    grown[:-1] |= lines[1:]
    grown[:, 1:] |= lines[:, :-1]
    grown[:, :-1] |= lines[:, 1:]
    ruling = np.zeros((height, width), dtype=bool)
    ruling[: work_h * _WORK, : work_w * _WORK] = np.repeat(
        np.repeat(grown, _WORK, axis=0), _WORK, axis=1
    )
    return ruling, tables


def _ridge(small: np.ndarray, axis: int) -> np.ndarray:
    """Pixels at least _CONTRAST darker than the pixels _REACH away on both sides along
    ``axis``: a thin rule."""
    before = np.roll(small, _REACH, axis=axis)
    after = np.roll(small, -_REACH, axis=axis)
    return (np.minimum(before, after) - small) >= _CONTRAST


def _fill_edge(small: np.ndarray, axis: int) -> np.ndarray:
    """The first dark pixels of a filled area, seen from the paper beside it along ``axis``
    (a rule drawn over a fill does not show, but the fill's edge does). The pixel beyond
    must be dark too, which the edge of a letter seldom is along a whole row."""
    before = np.roll(small, _REACH, axis=axis)
    after = np.roll(small, -_REACH, axis=axis)
    entering = ((before - small) >= _CONTRAST) & ((before - after) >= _CONTRAST)
    leaving = ((after - small) >= _CONTRAST) & ((after - before) >= _CONTRAST)
    return entering | leaving


def _bridged(mask: np.ndarray, axis: int) -> np.ndarray:
    """The mask with breaks of up to two pixels along ``axis`` filled."""
    out = mask.copy()
    for shift in (1, 2):
        out |= np.roll(mask, shift, axis=axis) & np.roll(mask, -shift, axis=axis)
    return out


def _tables(
    h_segments: list[tuple[float, int, int]], v_segments: list[tuple[float, int, int]]
) -> list[_Grid]:
    """Segments that cross one another, grouped: each group of two or more of each way is a
    table, its rows between the horizontal lines and its columns between the vertical."""
    tolerance = 4
    parent = list(range(len(h_segments) + len(v_segments)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for i, (y, hx0, hx1) in enumerate(h_segments):
        for j, (x, vy0, vy1) in enumerate(v_segments):
            crosses = hx0 - tolerance <= x <= hx1 + tolerance
            if crosses and vy0 - tolerance <= y <= vy1 + tolerance:
                parent[root(i)] = root(len(h_segments) + j)
    groups: dict[int, tuple[list[tuple[float, int, int]], list[tuple[float, int, int]]]] = {}
    for i, segment in enumerate(h_segments):
        groups.setdefault(root(i), ([], []))[0].append(segment)
    for j, segment in enumerate(v_segments):
        groups.setdefault(root(len(h_segments) + j), ([], []))[1].append(segment)
    grids: list[_Grid] = []
    for horizontal, vertical in groups.values():
        ys = _cluster([s[0] for s in horizontal])
        xs = _cluster([s[0] for s in vertical])
        if len(ys) < 2 or len(xs) < 2:
            continue
        cells: list[list[tuple[int, int]]] = []
        for top, bottom in zip(ys, ys[1:], strict=False):
            row: list[tuple[int, int]] = []
            first = 0
            for column in range(1, len(xs)):
                edge = xs[column]
                last = column == len(xs) - 1
                if last or _ruled(vertical, edge, top, bottom, tolerance):
                    row.append((first, column - 1))
                    first = column
            cells.append(row)
        grids.append(_Grid(xs=xs, ys=ys, cells=cells))
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return grids


def _ruled(
    vertical: list[tuple[float, int, int]], x: float, top: float, bottom: float, tolerance: int
) -> bool:
    """A vertical line at ``x`` runs down most of the band between ``top`` and ``bottom``."""
    span = bottom - top
    for at, y0, y1 in vertical:
        if abs(at - x) <= tolerance:
            covered = min(bottom, y1) - max(top, y0)
            if covered >= 0.5 * span:
                return True
    return False


def _cluster(values: list[float], tolerance: float = 5.0) -> list[float]:
    clusters: list[list[float]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return [sum(c) / len(c) for c in clusters]


def _fills(rgb: np.ndarray, grid: _Grid) -> list[list[str | None]]:
    """Each cell's background colour ("RRGGBB", None when white or grey), from the pixels
    inside it that are not ink: the middle of the cell, clear of its borders."""
    found: list[list[str | None]] = []
    for row_index, row in enumerate(grid.cells):
        top, bottom = grid.ys[row_index] * _WORK, grid.ys[row_index + 1] * _WORK
        colours: list[str | None] = []
        for first, last in row:
            left, right = grid.xs[first] * _WORK, grid.xs[last + 1] * _WORK
            inset_x, inset_y = (right - left) * 0.15 + 4, (bottom - top) * 0.15 + 4
            box = rgb[
                int(top + inset_y) : max(int(top + inset_y) + 1, int(bottom - inset_y)),
                int(left + inset_x) : max(int(left + inset_x) + 1, int(right - inset_x)),
            ].reshape(-1, 3)
            paper = box[box.max(axis=1) > 90]  # not black ink
            if paper.shape[0] < 20:
                colours.append(None)
                continue
            median = np.median(paper, axis=0) / 255.0
            hex_colour = to_hex(tuple(float(c) for c in median))
            colours.append(None if is_blank(hex_colour) else hex_colour)
        found.append(colours)
    return found


# ---------------------------------------------------------------- words


@dataclass
class _Word:
    text: str
    x0: float  # full-resolution pixels
    x1: float
    top: float  # the line's top and bottom: every word of a line shares them
    bottom: float
    size: float  # the line's text size, pixels
    confidence: float
    line: int


_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_SIZE = re.compile(r"x_size ([\d.]+)")
_DESCENDERS = re.compile(r"x_descenders ([\d.]+)")
_CONFIDENCE = re.compile(r"x_wconf (\d+)")


def _words(hocr: bytes) -> list[_Word]:
    """The words of Tesseract's hOCR, each with its line's top, bottom and size."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    root = etree.fromstring(hocr, parser)
    if root is None:
        return []
    found: list[_Word] = []
    line_number = 0
    for line in root.iter("{*}span"):
        kind = line.get("class", "")
        if kind not in ("ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption"):
            continue
        title = line.get("title", "")
        box = _BBOX.search(title)
        if box is None:
            continue
        _, line_top, _, line_bottom = (int(v) for v in box.groups())
        size_match = _SIZE.search(title)
        size = float(size_match.group(1)) if size_match else float(line_bottom - line_top)
        descent_match = _DESCENDERS.search(title)
        descent = float(descent_match.group(1)) if descent_match else size * 0.2
        baseline_match = _BASELINE.search(title)
        offset = float(baseline_match.group(2)) if baseline_match else -descent
        baseline = line_bottom + offset
        bottom = baseline + descent
        top = bottom - size
        line_number += 1
        for word in line.iter("{*}span"):
            if word.get("class") != "ocrx_word":
                continue
            text = "".join(word.itertext()).strip()
            word_box = _BBOX.search(word.get("title", ""))
            if not text or word_box is None:
                continue
            x0, _, x1, _ = (int(v) for v in word_box.groups())
            confidence_match = _CONFIDENCE.search(word.get("title", ""))
            confidence = float(confidence_match.group(1)) if confidence_match else 0.0
            if confidence < _NOISE and not any(c.isalnum() for c in text):
                continue  # a speck or the trace of a rule read as a mark
            found.append(
                _Word(
                    text=text,
                    x0=float(x0),
                    x1=float(x1),
                    top=top,
                    bottom=bottom,
                    size=size,
                    confidence=confidence,
                    line=line_number,
                )
            )
    return found


def _strokes(ink: np.ndarray, words: list[_Word]) -> dict[int, float]:
    """Each line's stroke width (ink pixels per horizontal run of ink): bold text has
    thicker strokes than the page's body text."""
    by_line: dict[int, list[int]] = {}
    for word in words:
        top = max(0, int(word.top))
        bottom = min(ink.shape[0], int(word.bottom) + 1)
        box = ink[top:bottom, max(0, int(word.x0)) : int(word.x1) + 1]
        if box.size == 0:
            continue
        runs = int(np.count_nonzero(box[:, 1:] & ~box[:, :-1]) + np.count_nonzero(box[:, 0]))
        totals = by_line.setdefault(word.line, [0, 0])
        totals[0] += int(np.count_nonzero(box))
        totals[1] += runs
    return {line: ink_count / runs for line, (ink_count, runs) in by_line.items() if runs}


def _chars(words: list[_Word], strokes: dict[int, float]) -> list[dict[str, Any]]:
    """pdfplumber-style characters in PDF points: each word's letters spread evenly over its
    box, a space between words, every letter of a line at that line's top, bottom and size.
    A line is bold when its strokes are a third thicker than the page's usual ones."""
    scale = 72 / DPI
    usual = float(np.median(list(strokes.values()))) if strokes else 0.0
    chars: list[dict[str, Any]] = []
    previous: _Word | None = None
    for word in words:
        bold = usual > 0 and strokes.get(word.line, usual) >= 1.33 * usual
        font = "OCR-Bold" if bold else "OCR"
        top, bottom, size = word.top * scale, word.bottom * scale, word.size * scale
        base = {
            "fontname": font,
            "size": size,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "upright": True,
            "ocr_confidence": word.confidence,
            "ocr_word": word.text,
        }
        if previous is not None and previous.line == word.line:
            gap = previous.x1 * scale
            chars.append({**base, "text": " ", "x0": gap, "x1": gap})
        step = (word.x1 - word.x0) * scale / len(word.text)
        left = word.x0 * scale
        for n, letter in enumerate(word.text):
            chars.append(
                {**base, "text": letter, "x0": left + n * step, "x1": left + (n + 1) * step}
            )
        previous = word
    return chars


def _kept_in_cell(char: dict[str, Any], filled: bool) -> bool:
    """Whether a character read in a table cell is print: not the trace of a rule (a word
    of bars and brackets), nor, in a filled cell, a guess at the fill's noise."""
    word = char["ocr_word"]
    if not any(c.isalnum() for c in word) and (
        set(word) <= _RULE_MARKS or char["ocr_confidence"] < 90
    ):
        return False
    return not (filled and char["ocr_confidence"] < LOW_CONFIDENCE)


def _fill_table(
    grid: _Grid, fills: list[list[str | None]], chars: list[dict[str, Any]], scale: float
) -> tuple[OcrTable | None, list[dict[str, Any]]]:
    """The table with its cells' text (the characters whose centres fall in each cell) and
    fills, and the characters left outside it."""
    from pipeline.ingest import textlines

    to_points = _WORK * scale
    xs = [x * to_points for x in grid.xs]
    ys = [y * to_points for y in grid.ys]
    inside: list[dict[str, Any]] = []
    outside: list[dict[str, Any]] = []
    for char in chars:
        across = (char["x0"] + char["x1"]) / 2
        down = (char["top"] + char["bottom"]) / 2
        if xs[0] <= across <= xs[-1] and ys[0] <= down <= ys[-1]:
            inside.append(char)
        else:
            outside.append(char)
    table = OcrTable(top=ys[0], bottom=ys[-1], x0=xs[0], x1=xs[-1])
    for row_index, row in enumerate(grid.cells):
        top, bottom = ys[row_index], ys[row_index + 1]
        in_row = [c for c in inside if top <= (c["top"] + c["bottom"]) / 2 < bottom]
        cells: list[Cell] = []
        for cell_index, (first, last) in enumerate(row):
            left, right = xs[first], xs[last + 1]
            fill = fills[row_index][cell_index]
            cell_chars = [
                c
                for c in in_row
                if left <= (c["x0"] + c["x1"]) / 2 < right and _kept_in_cell(c, fill is not None)
            ]
            text = textlines.cell_text(cell_chars) if cell_chars else ""
            cells.append(Cell(text=re.sub(r"\s+", " ", text).strip(), fill=fill))
        table.rows.append(tuple(cells))
    if len(table.rows) == 1 and len(table.rows[0]) == 1:
        return None, chars  # a box drawn round text, not a table
    return table, outside
