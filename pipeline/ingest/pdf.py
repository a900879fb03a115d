"""Read a PDF into Blocks: text in reading order, headings from font size and weight,
running headers and footers removed, tables with each cell's fill colour, and a table that
runs onto the next page joined into one.
"""

from __future__ import annotations

import io
import re
import statistics
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Any

from pipeline.ingest import textlines
from pipeline.ingest.colours import SYMBOLS, from_pdf_colour, is_blank, rating_of
from pipeline.ingest.docx import table_text
from pipeline.ingest.limits import Limits
from pipeline.values import (
    Block,
    Cell,
    CorruptFile,
    Document,
    EmptyDocument,
    EncryptedFile,
    NoTextLayer,
    OcrPage,
    Source,
    TooLarge,
)

_BULLET = re.compile(
    r"^\s*([\u2022\u25aa\u25cf\u2013\u2014\u25e6\u2043\uf0b7\uf0a7\-\*\u00b7\u27a2\u2713]|\(cid:\d+\))"
    # ...not a symbol that is itself what the line is about: "✓✓ = fully met", "✓ = partly met"
    r"(?![\u2713\u2714\u2717\u2718]|\s*[=:])\s*"
)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.IGNORECASE)
MARGIN = 0.09  # share of the page height at top and bottom where running headers live


@dataclass
class Line:
    page: int
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    page_height: float
    kind: str = "paragraph"
    level: int | None = None
    region_top: float | None = None  # top of the two-column stretch the line is read in
    column: int = 0  # 0 left (or the only column), 1 right


@dataclass
class TableItem:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


Item = Line | TableItem


def _fill_at(x: float, y: float, shapes: list[dict[str, Any]]) -> str | None:
    """The colour of the smallest filled shape under the point; the cell's background."""
    best: tuple[float, str | None] | None = None
    for shape in shapes:
        inside_x = shape["x0"] - 0.5 <= x <= shape["x1"] + 0.5
        if inside_x and shape["top"] - 0.5 <= y <= shape["bottom"] + 0.5:
            area = (shape["x1"] - shape["x0"]) * (shape["bottom"] - shape["top"])
            if best is None or area <= best[0]:
                best = (area, from_pdf_colour(shape.get("non_stroking_color")))
    if best is None or is_blank(best[1]):
        return None
    return best[1]


def _symbol_ink(text: str, bbox: tuple[float, ...], chars: list[dict[str, Any]]) -> str | None:
    """The colour of a cell that holds one symbol and nothing else ("●" drawn in green)."""
    if len(text) != 1 or text not in SYMBOLS:
        return None
    x0, top, x1, bottom = bbox
    for char in chars:
        if char["text"] == text and x0 <= char["x0"] <= x1 and top <= char["top"] <= bottom:
            colour = from_pdf_colour(char.get("non_stroking_color"))
            return None if is_blank(colour) else colour
    return None


def _filled_shapes(page: Any) -> list[dict[str, Any]]:
    return [s for s in (*page.rects, *page.curves) if s.get("fill")]


def _tables(page: Any, number: int) -> list[TableItem]:
    if not (page.rects or page.lines or page.curves):
        return []
    shapes = _filled_shapes(page)
    tables: list[TableItem] = []
    found = page.find_tables()
    centres = _centres(page.chars) if found else []
    for table in found:
        x0, top, x1, bottom = table.bbox
        texts = _extract(table, centres)
        item = TableItem(page=number, top=top, bottom=bottom, x0=x0, x1=x1)
        for row, row_texts in zip(table.rows, texts, strict=False):
            cells: list[Cell] = []
            for bbox, text in zip(row.cells, row_texts, strict=False):
                if bbox is None:
                    continue  # covered by a merged cell, already read
                centre_x = (bbox[0] + bbox[2]) / 2
                centre_y = (bbox[1] + bbox[3]) / 2
                cell_text = re.sub(r"\s+", " ", text or "").strip()
                cells.append(
                    Cell(
                        text=cell_text,
                        fill=_fill_at(centre_x, centre_y, shapes),
                        ink=_symbol_ink(cell_text, bbox, page.chars),
                    )
                )
            if cells:
                item.rows.append(tuple(cells))
        if item.rows and (len(item.rows) > 1 or len(item.rows[0]) > 1):
            tables.append(item)
    return tables


_Centre = tuple[float, float, dict[str, Any], int]  # across, down, the character, its position
_DOWN = itemgetter(1)


def _centres(chars: list[dict[str, Any]]) -> list[_Centre]:
    """The page's characters with their centres, ordered by centre height (then position),
    so that a table's or a row's characters are a slice."""
    placed = [
        ((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c, n) for n, c in enumerate(chars)
    ]
    placed.sort(key=_DOWN)
    return placed


def _extract(table: Any, centres: list[_Centre]) -> list[list[str | None]]:
    """pdfplumber's ``Table.extract()``: a character belongs to the cell holding its centre
    (left and top edges inclusive). The page's characters, by centre height, are narrowed
    to the table, then to each row, before each cell is tested."""
    from pdfplumber.utils import extract_text

    x0, top, x1, bottom = table.bbox  # a computed property: read once
    first, last = (bisect_left(centres, at, key=_DOWN) for at in (top, bottom))
    placed = [p for p in centres[first:last] if x0 <= p[0] < x1]
    heights = [p[1] for p in placed]
    rows: list[list[str | None]] = []
    for row in table.rows:
        r_x0, r_top, r_x1, r_bottom = row.bbox
        first, last = bisect_left(heights, r_top), bisect_left(heights, r_bottom)
        in_row = sorted(  # back in the characters' order, which word grouping depends on
            [p for p in placed[first:last] if r_x0 <= p[0] < r_x1], key=itemgetter(3)
        )
        texts: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            c_x0, c_top, c_x1, c_bottom = cell
            cell_chars = [p[2] for p in in_row if c_x0 <= p[0] < c_x1 and c_top <= p[1] < c_bottom]
            if not cell_chars:
                texts.append("")
            elif textlines.upright(cell_chars):
                texts.append(textlines.cell_text(cell_chars))
            else:
                texts.append(extract_text(cell_chars))
        rows.append(texts)
    return rows


def _lines(page: Any, number: int, tables: list[TableItem]) -> list[Line]:
    """Text lines outside the tables, as ``page.filter(...).extract_text_lines()`` finds them."""
    chars = page.chars
    for table in tables:  # one pass per table, each over what the last left
        x0, y0, x1, y1 = 2 * table.x0, 2 * table.top, 2 * table.x1, 2 * table.bottom
        chars = [
            c
            for c in chars
            if not (x0 <= c["x0"] + c["x1"] <= x1 and y0 <= c["top"] + c["bottom"] <= y1)
        ]
    breaks = tuple(t.top for t in tables)
    return _chars_to_lines(chars, number, float(page.width), float(page.height), breaks)


def _chars_to_lines(
    chars: list[dict[str, Any]],
    number: int,
    width: float,
    height: float,
    breaks: tuple[float, ...] = (),
) -> list[Line]:
    """Lines from characters alone, as ``Page.extract_text_lines`` would find them; on a
    page laid out in two columns, each stretch of columns is read left column first."""
    if not chars:
        return []
    gutter = _gutter(chars, width) if textlines.upright(chars) else None
    if gutter is not None:
        return _column_lines(chars, gutter, number, height, breaks)
    if textlines.upright(chars):
        return _to_lines(textlines.page_lines(chars), number, height)
    from pdfplumber.utils import chars_to_textmap

    textmap = chars_to_textmap(
        chars, layout_bbox=(0, 0, width, height), layout_width=width, layout_height=height
    )
    return _to_lines(textmap.extract_text_lines(strip=True, return_chars=True), number, height)


_GUTTER = 8.0  # points of clear space between two columns of text
_COLUMN_ROWS = 6  # rows with text on both sides of the gutter before a page counts as two columns


def _rows(chars: list[dict[str, Any]], spaces: bool = False) -> list[list[dict[str, Any]]]:
    """Characters grouped into rows by their top (to the nearest 2 points); spaces only
    when asked (they place no text, but the line builder reads them)."""
    rows: dict[int, list[dict[str, Any]]] = {}
    by_top: dict[float, list[dict[str, Any]]] = {}  # a line's characters share their top
    for char in chars:
        if spaces or char["text"].strip():
            top = char["top"]
            row = by_top.get(top)
            if row is None:
                row = by_top[top] = rows.setdefault(round(top / 2), [])
            row.append(char)
    return [rows[key] for key in sorted(rows)]


def _gutter(chars: list[dict[str, Any]], width: float) -> float | None:
    """The x of the clear band between two columns of text, or None for a page of one.

    Two columns: a band at least 8 points wide near the middle of the page that no
    character crosses in most rows (a title or a full-width table may), with at least six
    wide rows of text on each side of it (real columns, not labels and their values).
    Candidate positions are 2 points apart; each row's runs of touching characters mark
    the positions they block, so a page costs one pass over its characters."""
    rows = _rows(chars)
    if len(rows) < 2 * _COLUMN_ROWS:
        return None
    low, high = int(width * 0.3) // 2, int(width * 0.7) // 2  # positions x = 2 * step
    change = [0] * (high - low + 1)  # rows blocking each position, as running differences
    for row in rows:
        spans = sorted((c["x0"] - _GUTTER / 2, c["x1"] + _GUTTER / 2) for c in row)
        start, end = spans[0]
        for x0, x1 in [*spans[1:], (float("inf"), float("inf"))]:
            if x0 <= end:  # a span of touching characters: one block for the row
                end = max(end, x1)
                continue
            first, last = max(low, int(start // 2) + 1), min(high - 1, int(end // 2))
            if first <= last:
                change[first - low] += 1
                change[last - low + 1] -= 1
            start, end = x0, x1
    crossed, running = [], 0
    for delta in change[:-1]:
        running += delta
        crossed.append(running)
    clear = [low + i for i, count in enumerate(crossed) if count <= 0.2 * len(rows)]
    if not clear:
        return None
    extents = [_side_extents(row) for row in rows]
    wide = width * 0.25
    scores: list[tuple[int, float]] = []
    for step in clear:
        x = 2.0 * step
        left = right = 0
        for ends, starts_left, starts, ends_right in extents:
            # left: the characters ending at or before x; right: those starting at or after it
            k = bisect_right(ends, x)
            if k and ends[k - 1] - starts_left[k - 1] > wide:
                left += 1
            j = bisect_left(starts, x)
            if j < len(starts) and ends_right[j] - starts[j] > wide:
                right += 1
        score = min(left, right)
        if score >= _COLUMN_ROWS:
            scores.append((score, x))
    if not scores:
        return None
    top = max(score for score, _ in scores)
    # the middle of the clearest band, so that the gutter sits between the columns
    first = next(i for i, (score, _) in enumerate(scores) if score == top)
    last = first
    while (
        last + 1 < len(scores)
        and scores[last + 1][0] == top
        and (scores[last + 1][1] - scores[last][1] <= 2.0)
    ):
        last += 1
    return (scores[first][1] + scores[last][1]) / 2


def _side_extents(
    row: list[dict[str, Any]],
) -> tuple[list[float], list[float], list[float], list[float]]:
    """A row's characters' right edges ascending, with the leftmost left edge among those
    ending at or before each; and their left edges ascending, with the rightmost right edge
    among those starting at or after each: a side of any x is a prefix or a suffix."""
    by_end = sorted(row, key=itemgetter("x1"))
    ends = [c["x1"] for c in by_end]
    starts_left = list(accumulate((c["x0"] for c in by_end), min))
    by_start = sorted(row, key=itemgetter("x0"))
    starts = [c["x0"] for c in by_start]
    ends_right = list(accumulate((c["x1"] for c in reversed(by_start)), max))[::-1]
    return ends, starts_left, starts, ends_right


def _column_lines(
    chars: list[dict[str, Any]],
    gutter: float,
    number: int,
    height: float,
    breaks: tuple[float, ...] = (),
) -> list[Line]:
    """Lines of a two-column page in reading order: each stretch of rows that span the page
    (a title, a full-width table of ratings) as it comes, each stretch of columns left
    column first."""
    stretches: list[tuple[bool, list[dict[str, Any]]]] = []
    previous_top = -1.0
    for row in _rows(chars, spaces=True):
        spans = any(c["text"].strip() and c["x0"] < gutter < c["x1"] for c in row)
        top = min(c["top"] for c in row)
        broken = any(previous_top < at <= top for at in breaks)  # a table between the rows
        previous_top = top
        if stretches and stretches[-1][0] == (not spans) and not broken:
            stretches[-1][1].extend(row)
        else:
            stretches.append((not spans, list(row)))
    lines: list[Line] = []
    for columns, stretch in stretches:
        if not columns:
            lines.extend(_to_lines(textlines.page_lines(stretch), number, height))
            continue
        top = min(c["top"] for c in stretch)
        for column, part in enumerate(
            (
                [c for c in stretch if c["x0"] + c["x1"] <= 2 * gutter],
                [c for c in stretch if c["x0"] + c["x1"] > 2 * gutter],
            )
        ):
            for line in _to_lines(textlines.page_lines(part), number, height) if part else []:
                line.region_top, line.column = top, column
                lines.append(line)
    return lines


def _to_lines(raw_lines: list[dict[str, Any]], number: int, page_height: float) -> list[Line]:
    lines: list[Line] = []
    for raw in raw_lines:
        text = raw["text"].strip()
        chars = [c for c in raw["chars"] if c["text"].strip()]
        if not text or not chars:
            continue
        size = statistics.median([_round_size(c["size"]) for c in chars])
        bold_chars = sum(1 for c in chars if _is_bold(c.get("fontname", "")))
        lines.append(
            Line(
                page=number,
                text=text,
                top=raw["top"],
                bottom=raw["bottom"],
                x0=raw["x0"],
                size=size,
                bold=bold_chars >= 0.8 * len(chars),
                page_height=page_height,
            )
        )
    return lines


@lru_cache(maxsize=1024, typed=True)
def _round_size(size: float) -> float:
    return round(size, 1)


@lru_cache(maxsize=256)
def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    marks = ("bold", "black", "heavy", "semibold", ",b")
    return any(mark in name for mark in marks) or name.endswith("-b")


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def _drop_running_lines(
    pages: list[list[Item]], scanned: frozenset[int] = frozenset()
) -> tuple[list[list[Item]], tuple[str, ...]]:
    """Remove lines repeated in the top or bottom margin of many pages, and page numbers.

    Returns the pages without them, and each distinct repeated line once, as first written
    (running headers often name the agency and the date of the return). Lines of pages read
    by OCR (``scanned``, page numbers) are counted apart, so a text page loses the same
    lines as it would with its scanned pages unread; a scanned page loses those and the
    lines repeated on the other scanned pages.
    """

    def in_margin(line: Line) -> bool:
        return line.top < line.page_height * MARGIN or line.bottom > line.page_height * (1 - MARGIN)

    counts: Counter[str] = Counter()
    scan_counts: Counter[str] = Counter()
    for number, items in enumerate(pages, start=1):
        seen = {_normalise(i.text) for i in items if isinstance(i, Line) and in_margin(i)}
        (scan_counts if number in scanned else counts).update(seen)
    threshold = max(2, len(pages) // 2)
    scan_threshold = max(2, len(scanned) // 2)
    kept: list[list[Item]] = []
    running: dict[str, str] = {}
    for number, items in enumerate(pages, start=1):
        page_kept: list[Item] = []
        for item in items:
            if isinstance(item, Line) and in_margin(item):
                key = _normalise(item.text)
                repeated = counts[key] >= threshold
                if number in scanned:
                    repeated = repeated or key in running or scan_counts[key] >= scan_threshold
                if len(pages) > 1 and repeated:
                    running.setdefault(key, item.text.strip())
                    continue
                if _PAGE_NUMBER.match(item.text.strip()):
                    continue
            page_kept.append(item)
        kept.append(page_kept)
    return kept, tuple(running.values())


def _mark_headings(lines: list[Line]) -> None:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    heading_sizes = sorted({line.size for line in lines if line.size >= body * 1.15}, reverse=True)
    for line in lines:
        words = len(line.text.split())
        if line.size >= body * 1.15 and words <= 25:
            line.kind = "heading"
            line.level = heading_sizes.index(line.size) + 1
        elif line.bold and words <= 14 and not line.text.endswith((".", ",", ";")):
            line.kind = "heading"
            line.level = len(heading_sizes) + 1
        elif _BULLET.match(line.text) and len(line.text) > 3:
            line.kind = "list_item"
            line.text = _BULLET.sub("", line.text, count=1)
        line.text = _UNMAPPED.sub("", line.text).strip()


def _join_tables(pages: list[list[Item]]) -> list[Item]:
    """Flatten pages, joining a table that continues at the top of the next page."""
    items: list[Item] = []
    for page_items in pages:
        for position, item in enumerate(page_items):
            previous = items[-1] if items else None
            if (
                position == 0
                and isinstance(item, TableItem)
                and isinstance(previous, TableItem)
                and previous.page == item.page - 1
                and _same_columns(previous, item)
            ):
                rows = item.rows
                if rows and previous.rows and _row_text(rows[0]) == _row_text(previous.rows[0]):
                    rows = rows[1:]  # the header row the table repeats on each page
                previous.rows.extend(rows)
                continue
            items.append(item)
    return items


def _same_columns(first: TableItem, second: TableItem) -> bool:
    widths = {len(r) for r in first.rows[-1:]} | {len(r) for r in second.rows[:1]}
    return len(widths) == 1 and abs(first.x0 - second.x0) < 15 and abs(first.x1 - second.x1) < 15


def _row_text(row: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple(c.text.lower() for c in row)


def _blocks(items: list[Item]) -> list[Block]:
    blocks: list[Block] = []
    buffer: list[Line] = []

    def flush() -> None:
        if buffer:
            first = buffer[0]
            text = " ".join(line.text for line in buffer)
            blocks.append(
                Block(
                    index=len(blocks),
                    kind=first.kind,  # type: ignore[arg-type]
                    text=text,
                    page=first.page,
                    level=first.level,
                )
            )
            buffer.clear()

    for item in items:
        if isinstance(item, TableItem):
            flush()
            rows = tuple(item.rows)
            blocks.append(
                Block(
                    index=len(blocks),
                    kind="table",
                    text=table_text(rows),
                    page=item.page,
                    rows=rows,
                )
            )
            continue
        if buffer:
            last = buffer[-1]
            gap = item.top - last.bottom
            height = max(last.bottom - last.top, 1.0)
            same_style = (
                item.kind == last.kind and item.size == last.size and item.bold == last.bold
            )
            continues = (
                item.page == last.page
                and same_style
                and gap < height * 0.7
                and item.kind != "list_item"
            )
            if item.kind == "heading" and last.kind == "heading":
                continues = item.page == last.page and same_style and gap < height * 0.7
            if item.kind == "list_item":
                continues = False
            if not continues and item.kind == "paragraph" and last.kind == "list_item":
                # a wrapped list item: indented continuation, no bullet
                continues = item.page == last.page and gap < height * 0.7 and item.x0 > buffer[0].x0
                if continues:
                    item.kind = "list_item"
            if (
                continues
                and isinstance(last, Line)
                and (last.column, last.region_top)
                != (
                    item.column,
                    item.region_top,
                )
            ):
                # into the next column: the paragraph goes on unless the last one ended
                continues = not last.text.rstrip().endswith((".", ":", "!", "?"))
            if (
                not continues
                and item.kind == "paragraph"
                and last.kind == "paragraph"
                and item.page == last.page + 1
                and same_style
                and not last.text.rstrip().endswith((".", ":", "!", "?", ";"))
                and item.text[:1].islower()
            ):
                # a sentence carried over a page break: "... and the Federation has" at the
                # foot of one page, "no group or forum of its own ..." at the top of the next
                continues = True
            if not continues:
                flush()
        buffer.append(item)
    flush()
    return blocks


def _classify(exc: BaseException, file: str) -> Exception:
    """Map whatever pdfminer or pdfplumber raised to ENCRYPTED or CORRUPT."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner: BaseException = exc
    while True:
        first = inner.args[0] if inner.args else None
        wrapped = first if isinstance(first, BaseException) else inner.__cause__
        if wrapped is None or wrapped is inner:
            break
        inner = wrapped
    text = f"{type(inner).__name__} {inner}".lower()
    encrypted = isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError)
    if encrypted or "password" in text or "encrypt" in text:
        return EncryptedFile(file, "the PDF is password-protected; send an unlocked copy")
    detail = f"{type(inner).__name__}: {inner}" if str(inner) else type(inner).__name__
    return CorruptFile(file, f"is not a readable PDF ({detail[:200]})")


def _page_limits(page_count: int, file: str, limits: Limits) -> None:
    if page_count > limits.max_pages:
        raise TooLarge(file, f"has {page_count} pages, over the page limit of {limits.max_pages}")
    if page_count == 0:
        raise EmptyDocument(file, "the PDF has no pages")


class _GeometryPage:
    """What pdfplumber's table finder and this reader use of a page (characters, rects,
    lines, curves, size), all from PDFium: no pdfminer pass."""

    def __init__(self, page: Any) -> None:
        from pdfplumber import utils

        self.chars: list[dict[str, Any]] = page.chars
        self.rects, self.lines, self.curves = (page.shapes[k] for k in ("rect", "line", "curve"))
        self.width, self.height = page.width, page.height
        self.bbox = (0, 0, page.width, page.height)
        self.page_number = page.number
        self.objects = {"char": self.chars, **page.shapes}
        self.edges = [  # the order pdfplumber's Container.edges gives
            *map(utils.line_to_edge, self.lines),
            *(edge for rect in self.rects for edge in utils.rect_to_edges(rect)),
            *(edge for curve in self.curves for edge in utils.curve_to_edges(curve)),
        ]

    def find_tables(self) -> list[Any]:
        from pdfplumber.table import TableFinder, TableSettings

        return TableFinder(self, TableSettings.resolve(None)).tables  # type: ignore[arg-type]


def _page_items(page: Any, number: int) -> list[Item]:
    tables = _tables(page, number)
    items: list[Item] = [*_boxed_labels(_lines(page, number, tables), page, number), *tables]
    items.sort(key=_reading_order)
    return items


# A label that a coloured box beside it answers: "Our self-rating: [green box]".
_BOX_LABEL = re.compile(
    r"\b(?:rating|rated|rag|self[- ]?assess\w*|assessment|score|status|judgement)\b[^.]{0,40}$",
    re.IGNORECASE,
)


def _boxed_labels(lines: list[Line], page: Any, number: int) -> list[Item]:
    """A label line with a small coloured box drawn beside it on the same line, and no
    text in the box, reads as a two-cell row (label | shaded cell), as the same thing drawn
    as a table would: the colour is what the line says."""
    labels = [line for line in lines if _BOX_LABEL.search(line.text.rstrip(" :"))]
    if not labels:
        return list(lines)
    text = [c for c in page.chars if c["text"].strip()]
    boxes = [
        (s, fill)
        for s in _filled_shapes(page)
        if 4 <= s["x1"] - s["x0"] <= 220
        and 4 <= s["bottom"] - s["top"] <= 40
        and rating_of(fill := from_pdf_colour(s.get("non_stroking_color")))
        and not any(
            s["x0"] <= c["x0"] <= s["x1"] and s["top"] <= c["top"] <= s["bottom"] for c in text
        )
    ]
    boxed: dict[int, str | None] = {}
    for line in labels:
        middle = (line.top + line.bottom) / 2
        beside = [
            fill
            for b, fill in boxes
            if b["top"] - 3 <= middle <= b["bottom"] + 3
            and (b["x0"] > line.x0 + 20 or line.x0 - 40 <= b["x1"] <= line.x0 + 2)
        ]
        if len(beside) == 1:
            boxed[id(line)] = beside[0]
    items: list[Item] = []
    for line in lines:
        if id(line) not in boxed:
            items.append(line)
            continue
        row = (Cell(text=line.text.strip()), Cell(text="", fill=boxed[id(line)]))
        items.append(
            TableItem(
                page=number, top=line.top, bottom=line.bottom, x0=line.x0, x1=line.x0, rows=[row]
            )
        )
    return items


def _reading_order(item: Item) -> tuple[float, ...]:
    """Top to bottom; within a stretch of two columns, the left column first."""
    if isinstance(item, Line) and item.region_top is not None:
        return (round(item.region_top), item.column, round(item.top), item.x0)
    return (round(item.top), 0, round(item.top), item.x0)


def read(
    data: bytes, source: Source, limits: Limits, engine: str = "pdfium", ocr: bool = False
) -> Document:
    """Read a PDF. ``engine="pdfium"`` (the default) reads text with PDFium and uses
    pdfplumber's geometry only on pages with a table grid or filled cells;
    ``engine="pdfplumber"`` reads every page with pdfplumber (kept to check the first).
    With ``ocr``, a page with no usable text layer (a scan) is read by Tesseract OCR
    (:mod:`pipeline.ingest.ocr`) when it is installed; every other page reads as without."""
    if engine == "pdfplumber":
        return _read_pdfplumber(data, source, limits)
    import pypdfium2 as pdfium

    from pipeline.ingest import pdfium as fast

    try:
        document = fast.open_document(data)
    except pdfium.PdfiumError as exc:
        raise _classify_pdfium(exc, source.file) from None
    plumber: Any = None
    pages: list[list[Item]] = []
    images = 0
    scans = _Scans(ocr, limits, source.file)
    try:
        page_count = len(document)
        _page_limits(page_count, source.file, limits)
        metadata = (fast.title(document), fast.modified(document))
        doctop = 0.0
        for index in range(page_count):
            number = index + 1
            try:
                page = fast.read_page(document, index, doctop)
            except fast.PageNeedsPdfplumber:
                page = None
            page_images, image_area = 0, 0.0
            if page is not None and not page.needs_geometry:
                items: list[Item] = list(
                    _chars_to_lines(page.chars, number, page.width, page.height)
                )
                page_images, image_area = page.images, page.image_area
            elif page is not None and page.shapes is not None:
                items = _page_items(_GeometryPage(page), number)
                page_images, image_area = page.images, page.image_area
            else:
                if plumber is None:
                    plumber = _open_pdfplumber(data, source.file)
                try:
                    plumber_page = plumber.pages[index]
                    if page is not None:
                        _use_pdfium_chars(plumber, plumber_page, page.chars)
                    items = _page_items(plumber_page, number)
                    page_images = len(plumber_page.images)
                    image_area = sum(
                        (i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in plumber_page.images
                    )
                    plumber_page.close()
                except Exception as exc:
                    raise _classify(exc, source.file) from None
            images += page_images
            if scans.wanted(items, page_images, image_area, fast.page_size(document, index)):
                items = scans.read(document, index)
            pages.append(items)
            doctop += fast.page_height(document, index)
    finally:
        document.close()
        if plumber is not None:
            plumber.close()
    return _document(pages, images, metadata, source, page_count, scans)


class _Scans:
    """The pages of one file read by OCR: which need it, reading them one at a time within
    the file's time limit, and what Tesseract made of each."""

    def __init__(self, enabled: bool, limits: Limits, file: str) -> None:
        self.enabled = enabled
        self.limits = limits
        self.file = file
        self.started = time.monotonic()
        self.read_pages: list[OcrPage] = []
        self.unread: list[int] = []  # pages that needed OCR, with no Tesseract to read them
        self._engine: str | None | bool = False  # False: not looked up yet

    def wanted(
        self, items: list[Item], images: int, image_area: float, size: tuple[float, float]
    ) -> bool:
        """A page with images over a good share of it and next to no text is a scan."""
        if not self.enabled or not images:
            return False
        texts = [
            i.text if isinstance(i, Line) else " ".join(c.text for r in i.rows for c in r)
            for i in items
        ]
        letters = sum(len(re.sub(r"\W", "", text)) for text in texts)
        if letters >= ocr_reader().MIN_TEXT:
            return False
        return image_area >= ocr_reader().MIN_IMAGE_SHARE * size[0] * size[1]

    def read(self, document: Any, index: int) -> list[Item]:
        reader = ocr_reader()
        if self._engine is False:
            self._engine = reader.engine()
        if not self._engine:
            self.unread.append(index + 1)
            return []
        remaining = self.limits.timeout_s - (time.monotonic() - self.started)
        if remaining <= 0:
            raise self.limits.timed_out(self.file)
        try:
            scanned = reader.read_page(document, index, remaining)
        except RuntimeError as exc:  # pytesseract's timeout
            if "timeout" in str(exc).lower():
                raise self.limits.timed_out(self.file) from None
            raise
        number = index + 1
        self.read_pages.append(
            OcrPage(
                page=number,
                mean_confidence=scanned.mean_confidence,
                words=scanned.words,
                low_confidence_words=scanned.low_confidence_words,
                skew=scanned.skew,
            )
        )
        tables = [
            TableItem(page=number, top=t.top, bottom=t.bottom, x0=t.x0, x1=t.x1, rows=t.rows)
            for t in scanned.tables
        ]
        breaks = tuple(t.top for t in tables)
        lines = _chars_to_lines(scanned.chars, number, scanned.width, scanned.height, breaks)
        items: list[Item] = [*lines, *tables]
        items.sort(key=_reading_order)
        return items

    def no_text(self) -> str:
        """Why a file with images and no text was not read."""
        reader = ocr_reader()
        if self.read_pages:
            return "has no text layer, and OCR found no text on its scanned pages"
        return reader.no_ocr_message(turned_off=not self.enabled)


def ocr_reader() -> Any:
    from pipeline.ingest import ocr

    return ocr


# A shown string (literal or hex) with its Tj, or a TJ array: replaced by an empty one, so
# pdfminer has little text to lex. Parentheses stay balanced, so a string that holds
# "(...) Tj" of its own stays one string; text state and colour operators are untouched.
_STRING = rb"\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>"
_NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_SHOWN_TEXT = re.compile(
    rb"(?:" + _STRING + rb")\s*Tj\b|\[(?:\s*(?:" + _STRING + rb"|" + _NUMBER + rb"))*\s*\]\s*TJ\b",
    re.DOTALL,
)


def _strip_shown_text(content: bytes) -> bytes:
    return _SHOWN_TEXT.sub(lambda m: b"() Tj" if m.group(0).endswith(b"Tj") else b"[] TJ", content)


def _use_pdfium_chars(plumber: Any, page: Any, chars: list[dict[str, Any]]) -> None:
    """Give a pdfplumber page its geometry from pdfminer with text skipped (text is what
    makes pdfminer slow), and PDFium's characters in place of pdfminer's."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, stream_value
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class PathsOnly(PDFPageAggregatorWithMarkedContent):
        def render_string(self, *args: Any, **kwargs: Any) -> None:
            return None

    class PathsInterpreter(PDFPageInterpreter):
        def execute(self, streams: Any) -> None:
            stripped = []
            for item in streams:
                stream = stream_value(item)
                copy = PDFStream({}, _strip_shown_text(stream.get_data()))
                copy.objid, copy.genno = stream.objid, stream.genno  # for its cycle check
                stripped.append(copy)
            super().execute(stripped)

    device = PathsOnly(plumber.rsrcmgr, pageno=page.page_number, laparams=plumber.laparams)
    PathsInterpreter(plumber.rsrcmgr, device).process_page(page.page_obj)
    # pdfplumber caches a page's layout and objects in these attributes (pdfplumber 0.11).
    page._layout = device.get_result()
    objects = page.parse_objects()
    if chars and chars[0]["doctop"] - chars[0]["top"] != page.initial_doctop:
        chars = [{**c, "doctop": page.initial_doctop + c["top"]} for c in chars]
    objects["char"] = chars
    page._objects = objects


def _classify_pdfium(exc: Exception, file: str) -> Exception:
    import pypdfium2.raw as raw

    code = getattr(exc, "err_code", None)
    if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
        return EncryptedFile(file, "the PDF is password-protected; send an unlocked copy")
    return CorruptFile(file, f"is not a readable PDF ({str(exc)[:200]})")


def _open_pdfplumber(data: bytes, file: str) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds, some bare, on damaged files
        raise _classify(exc, file) from None


def _read_pdfplumber(data: bytes, source: Source, limits: Limits) -> Document:
    pdf = _open_pdfplumber(data, source.file)
    with pdf:
        try:
            page_count = len(pdf.pages)
        except Exception as exc:
            raise _classify(exc, source.file) from None
        _page_limits(page_count, source.file, limits)
        pages: list[list[Item]] = []
        images = 0
        try:
            info = pdf.metadata
            modified = _text_field(info, "ModDate") or _text_field(info, "CreationDate")
            metadata = (_text_field(info, "Title"), modified)
            for number, page in enumerate(pdf.pages, start=1):
                pages.append(_page_items(page, number))
                images += len(page.images)
                page.close()
        except Exception as exc:
            raise _classify(exc, source.file) from None
    return _document(pages, images, metadata, source, page_count)


def _text_field(metadata: dict[str, Any], key: str) -> str | None:
    value = metadata.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _document(
    pages: list[list[Item]],
    images: int,
    metadata: tuple[str | None, str | None],
    source: Source,
    page_count: int,
    scans: _Scans | None = None,
) -> Document:
    """The Document from each page's items; ``metadata`` is (title, last-modified date)."""
    if not any(items for items in pages):
        if images:
            message = scans.no_text() if scans else ocr_reader().no_ocr_message(turned_off=True)
            raise NoTextLayer(source.file, message)
        raise EmptyDocument(source.file, "the PDF has no text")
    scanned = frozenset(p.page for p in scans.read_pages) if scans else frozenset()
    pages, running = _drop_running_lines(pages, scanned)
    lines = [i for items in pages for i in items if isinstance(i, Line)]
    _mark_headings([line for line in lines if line.page not in scanned])
    if scanned:  # OCR's text sizes are measured, not set: headings are told among themselves
        ocr_lines = [line for line in lines if line.page in scanned]
        _settle_sizes(ocr_lines)
        _mark_headings(ocr_lines)
    blocks = _blocks(_join_tables(pages))
    source = Source(
        file=source.file,
        sha256=source.sha256,
        format="pdf",
        pages=page_count,
        size=source.size,
        ocr_pages=tuple(scans.read_pages) if scans else (),
    )
    warnings: tuple[str, ...] = ()
    if scans and scans.unread:
        listed = ", ".join(str(n) for n in scans.unread)
        warnings = (
            f"pages {listed} are scanned images with no text layer and were not read: "
            f"install Tesseract to read them ({ocr_reader().HOW_TO})",
        )
    title, modified = metadata
    return Document(
        source=source,
        blocks=tuple(blocks),
        title=title,
        modified=modified,
        running=running,
        warnings=warnings,
    )


def _settle_sizes(lines: list[Line]) -> None:
    """Give OCR lines of one text size one value: Tesseract measures each line's size, and
    lines of body text differ by a few per cent. A size within 12% of the usual one is it;
    others are kept to the half point."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    if not weights:
        return
    body = weights.most_common(1)[0][0]
    for line in lines:
        if abs(line.size - body) <= 0.12 * body:
            line.size = body
        else:
            line.size = round(line.size * 2) / 2
