"""Read a Word ``.docx`` into Blocks, straight from its XML parts.

Reading the package ourselves (rather than through python-docx) lets us refuse zip bombs
before unpacking, parse XML with entity expansion off, and see what libraries commonly lose:
text in content controls and text boxes, tracked insertions (kept) and deletions (dropped),
merged cells (read once), and cell colour from direct shading, theme colours and the table
style's conditional formatting. Headers and footers live in other parts and never reach the
body (they are kept as the document's running lines); comments are left out; a footnote's or
endnote's text is read as a paragraph after the one that refers to it.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from pipeline.ingest.colours import SYMBOLS, tint
from pipeline.ingest.limits import Limits
from pipeline.values import Block, Cell, CorruptFile, Document, EncryptedFile, Source, TooLarge

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"


def q(tag: str, ns: str = W) -> str:
    return f"{{{ns}}}{tag}"


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)

_SKIP_SUBTREES = {
    q("del"),
    q("moveFrom"),
    q("instrText"),
    q("delInstrText"),
    q("Fallback", MC),
    q("footnoteReference"),
    q("endnoteReference"),
    q("commentReference"),
}
_NUMBERED_HEADING = re.compile(r"^(?:(\d+(?:\.\d+)*)[.)]?|[A-Z][.)])\s+\S")
_STANDARD_LINE = re.compile(r"^(standard|section|part|question|q)\s*\d+\b", re.IGNORECASE)
_TABLE_COND_ORDER = (
    "wholeTable",
    "band1Horz",
    "band2Horz",
    "band1Vert",
    "band2Vert",
    "firstCol",
    "lastCol",
    "firstRow",
    "lastRow",
    "nwCell",
    "neCell",
    "swCell",
    "seCell",
)


# ---------------------------------------------------------------- package safety


_END_RECORD = struct.Struct("<4s4H2LH")  # the zip's end-of-central-directory record
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_END = struct.Struct("<4sQ2H2L4Q")
_BOMB_FLOOR = 1_000_000  # parts smaller than this unpack to too little to matter


def declared_parts(data: bytes) -> int | None:
    """How many parts the zip's end record says it holds, read before anything is unpacked
    (None when there is no end record: zipfile then reports the damage)."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if at < 0 or at + _END_RECORD.size > len(data):
        return None
    count = _END_RECORD.unpack_from(data, at)[4]
    locator = at - _ZIP64_LOCATOR.size
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == b"PK\x06\x07":
        offset = _ZIP64_LOCATOR.unpack_from(data, locator)[2]
        if offset + _ZIP64_END.size <= len(data) and data[offset : offset + 4] == b"PK\x06\x06":
            count = _ZIP64_END.unpack_from(data, offset)[7]
    return count


def _open_package(data: bytes, source: Source, limits: Limits) -> zipfile.ZipFile:
    """Open the zip and refuse a bomb from its directory alone, before any part is unpacked.

    zipfile never yields more than a part's declared size (a part that unpacks to more
    fails its CRC check), so the declared sizes bound everything read later. Embedded
    packages (``word/embeddings/*.xlsx``, nested zips) are never opened.
    """
    parts = declared_parts(data)
    if parts is not None and parts > limits.max_parts:
        raise _too_many_parts(source, parts, limits)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error) as exc:
        raise CorruptFile(source.file, f"is not a readable Word file ({exc})") from None
    if len(infos) > limits.max_parts:
        raise _too_many_parts(source, len(infos), limits)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _BOMB_FLOOR and ratio > limits.max_compression_ratio:
            raise TooLarge(
                source.file,
                f"part {info.filename[:80]} expands {ratio:.0f}x, over the compression-ratio "
                f"limit of {limits.max_compression_ratio:g}x (--max-compression-ratio; "
                "possible zip bomb)",
            )
    if total > limits.max_uncompressed_mb * 1024 * 1024:
        raise TooLarge(
            source.file,
            f"unpacks to {total / 1048576:.0f} MB, over the uncompressed-size limit of "
            f"{limits.max_uncompressed_mb:g} MB (--max-uncompressed-mb; possible zip bomb)",
        )
    overall = total / max(len(data), 1)
    if total > _BOMB_FLOOR and overall > limits.max_compression_ratio:
        # Many small parts, each under the per-part floor, that add up to a bomb.
        raise TooLarge(
            source.file,
            f"unpacks to {overall:.0f}x its size, over the compression-ratio limit of "
            f"{limits.max_compression_ratio:g}x (--max-compression-ratio; possible zip bomb)",
        )
    if "EncryptionInfo" in package.namelist():
        raise EncryptedFile(source.file, "the Word file is password-protected")
    return package


def _too_many_parts(source: Source, parts: int, limits: Limits) -> TooLarge:
    return TooLarge(
        source.file,
        f"holds {parts} parts, over the limit of {limits.max_parts} parts in a Word file "
        "(--max-parts; possible zip bomb)",
    )


def _parse(package: zipfile.ZipFile, name: str, source: Source, limits: Limits) -> etree._Element:
    try:
        with package.open(name) as handle:
            raw = handle.read(int(limits.max_uncompressed_mb * 1024 * 1024) + 1)
    except KeyError:
        raise CorruptFile(source.file, f"has no {name} part") from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:  # zlib.error: damaged compressed data
        raise CorruptFile(source.file, f"part {name} cannot be unpacked ({exc})") from None
    # Word never writes a DTD; refusing one (entity definitions with it) rules out entity
    # expansion and external entities even before the parser, which has both turned off.
    refused = CorruptFile(source.file, f"part {name} declares a DTD, which Word never writes")
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise refused
    try:
        root = etree.fromstring(raw, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptFile(source.file, f"part {name} is not well-formed XML ({exc})") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:  # e.g. declared in UTF-16
        raise refused
    return root


def _main_part(package: zipfile.ZipFile, source: Source, limits: Limits) -> str:
    names = set(package.namelist())
    if "_rels/.rels" in names:
        rels = _parse(package, "_rels/.rels", source, limits)
        for rel in rels.iter(q("Relationship", REL)):
            if rel.get("Type") == OFFICE_DOC:
                return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


# ---------------------------------------------------------------- styles and theme


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    bold: bool | None = None
    size: float | None = None
    numbered: bool = False
    conditional_fill: dict[str, str] = field(default_factory=dict)  # cond type -> fill


class _Styles:
    def __init__(self, root: etree._Element | None, theme: dict[str, str]) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.theme = theme
        if root is None:
            return
        for element in root.iter(q("style")):
            style_id = element.get(q("styleId")) or ""
            style = _Style()
            name = element.find(q("name"))
            style.name = (name.get(q("val")) if name is not None else style_id) or ""
            based = element.find(q("basedOn"))
            style.based_on = based.get(q("val")) if based is not None else None
            outline = element.find(f"{q('pPr')}/{q('outlineLvl')}")
            if outline is not None and (outline.get(q("val")) or "").isdigit():
                style.outline = int(outline.get(q("val")) or 0) + 1
            style.numbered = element.find(f"{q('pPr')}/{q('numPr')}") is not None
            run_props = element.find(q("rPr"))
            if run_props is not None:
                style.bold = _on_off(run_props.find(q("b")))
                size = run_props.find(q("sz"))
                if size is not None and (size.get(q("val")) or "").isdigit():
                    style.size = int(size.get(q("val")) or 0) / 2
            whole = element.find(f"{q('tcPr')}/{q('shd')}")
            if whole is not None and (fill := self.fill_of(whole)):
                style.conditional_fill["wholeTable"] = fill
            for cond in element.findall(q("tblStylePr")):
                shading = cond.find(f"{q('tcPr')}/{q('shd')}")
                if shading is not None and (fill := self.fill_of(shading)):
                    style.conditional_fill[cond.get(q("type")) or ""] = fill
            self.styles[style_id] = style
            if element.get(q("type")) == "paragraph" and element.get(q("default")) in ("1", "true"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            name = style.name.lower()
            match = re.fullmatch(r"heading\s*(\d)", name)
            if match:
                return int(match.group(1))
            if name in ("title",):
                return 1
            if name in ("subtitle",):
                return 2
            if style.outline is not None and style.outline <= 9:
                return style.outline
        return None

    def bold(self, style_id: str | None) -> bool:
        for style in self.chain(style_id):
            if style.bold is not None:
                return style.bold
        return False

    def size(self, style_id: str | None) -> float | None:
        for style in self.chain(style_id):
            if style.size is not None:
                return style.size
        return None

    def is_list(self, style_id: str | None) -> bool:
        return any(s.numbered or s.name.lower().startswith("list") for s in self.chain(style_id))

    def conditional_fill(self, style_id: str | None) -> dict[str, str]:
        merged: dict[str, str] = {}
        for style in reversed(list(self.chain(style_id))):
            merged.update(style.conditional_fill)
        return merged

    def fill_of(self, shading: etree._Element) -> str | None:
        """The background colour a ``w:shd`` paints, resolving theme colours."""
        theme_fill = shading.get(q("themeFill"))
        if theme_fill and self.theme:
            base = self.theme.get(_THEME_ALIASES.get(theme_fill, theme_fill))
            if base:
                return tint(base, shading.get(q("themeFillTint")), shading.get(q("themeFillShade")))
        fill = (shading.get(q("fill")) or "").upper()
        if re.fullmatch(r"[0-9A-F]{6}", fill):
            pattern = shading.get(q("val")) or "clear"
            if pattern in ("clear", "nil") or fill != "FFFFFF":
                return fill
        if (shading.get(q("val")) or "") == "solid":
            colour = (shading.get(q("color")) or "").upper()
            if re.fullmatch(r"[0-9A-F]{6}", colour):
                return colour
        return None


_THEME_ALIASES = {
    "dark1": "dk1",
    "light1": "lt1",
    "dark2": "dk2",
    "light2": "lt2",
    "text1": "dk1",
    "background1": "lt1",
    "text2": "dk2",
    "background2": "lt2",
    "hyperlink": "hlink",
    "followedHyperlink": "folHlink",
}


def _theme_colours(root: etree._Element | None) -> dict[str, str]:
    colours: dict[str, str] = {}
    if root is None:
        return colours
    scheme = root.find(f".//{q('clrScheme', A)}")
    if scheme is None:
        return colours
    for slot in scheme:
        if not isinstance(slot.tag, str):
            continue
        name = etree.QName(slot).localname
        srgb = slot.find(q("srgbClr", A))
        system = slot.find(q("sysClr", A))
        if srgb is not None:
            colours[name] = (srgb.get("val") or "").upper()
        elif system is not None:
            colours[name] = (system.get("lastClr") or "").upper()
    return colours


def _on_off(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(q("val"), "true") not in ("0", "false", "off", "none")


# ---------------------------------------------------------------- body


class _Reader:
    def __init__(self, styles: _Styles, notes: dict[tuple[str, str], str] | None = None) -> None:
        self.styles = styles
        self.notes = notes or {}
        self.blocks: list[Block] = []
        self.uses_heading_styles = False

    def add(self, kind: str, text: str, level: int | None = None, rows: tuple = ()) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", text).strip()
        if not text and not rows:
            return
        self.blocks.append(
            Block(index=len(self.blocks), kind=kind, text=text, level=level, rows=rows)  # type: ignore[arg-type]
        )

    def walk(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == q("p"):
                self.paragraph(child)
            elif tag == q("tbl"):
                self.table(child)
            elif tag in (q("sdt"),):
                content = child.find(q("sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag in (q("customXml"), q("ins"), q("moveTo"), q("smartTag")):
                self.walk(child)
            elif tag == q("AlternateContent", MC):
                choice = child.find(q("Choice", MC))
                if choice is not None:
                    self.walk(choice)

    def paragraph(self, element: etree._Element) -> None:
        text = paragraph_text(element)
        boxes = [box for box in element.iter(q("txbxContent")) if not _inside_skipped(box, element)]
        # Only the outermost text boxes; nested ones are walked from their parent box.
        boxes = [b for b in boxes if not any(o is not b and _has_ancestor(b, o) for o in boxes)]
        if text.strip():
            kind, level = self.classify(element, text)
            self.add(kind, text, level)
        for box in boxes:
            self.walk(box)
        for kind in ("footnote", "endnote"):
            # a note's text as a paragraph after the one that refers to it
            for reference in element.iter(q(f"{kind}Reference")):
                note = self.notes.get((kind, reference.get(q("id")) or ""))
                if note:
                    self.add("paragraph", note)

    def classify(self, element: etree._Element, text: str) -> tuple[str, int | None]:
        properties = element.find(q("pPr"))
        style_id = None
        numbered = False
        outline = None
        if properties is not None:
            style = properties.find(q("pStyle"))
            style_id = style.get(q("val")) if style is not None else None
            numbered = properties.find(q("numPr")) is not None
            outline_element = properties.find(q("outlineLvl"))
            if outline_element is not None and (outline_element.get(q("val")) or "").isdigit():
                value = int(outline_element.get(q("val")) or 9)
                outline = value + 1 if value < 9 else None
        style_id = style_id or self.styles.default_paragraph
        level = outline or self.styles.heading_level(style_id)
        if level is not None:
            self.uses_heading_styles = True
            return "heading", level
        words = len(text.split())
        short = words <= 14 and len(text) <= 120 and not text.rstrip().endswith((".", ";", ","))
        if short and self._all_bold(element, style_id):
            size = self._size(element, style_id)
            return "heading", 1 if size and size >= 14 else 2
        if short and (_NUMBERED_HEADING.match(text) or _STANDARD_LINE.match(text)) and words <= 10:
            return "heading", 2
        if numbered or self.styles.is_list(style_id):
            return "list_item", None
        return "paragraph", None

    def _all_bold(self, element: etree._Element, style_id: str | None) -> bool:
        style_bold = self.styles.bold(style_id)
        seen_text = False
        for run in element.iter(q("r")):
            if _inside_skipped(run, element) or not "".join(run.itertext()).strip():
                continue
            if not any(t.text and t.text.strip() for t in run.iter(q("t"))):
                continue
            seen_text = True
            run_style = run.find(f"{q('rPr')}/{q('rStyle')}")
            bold = _on_off(run.find(f"{q('rPr')}/{q('b')}"))
            if bold is None and run_style is not None:
                bold = self.styles.bold(run_style.get(q("val")))
            if bold is None:
                bold = style_bold
            if not bold:
                return False
        return seen_text

    def _size(self, element: etree._Element, style_id: str | None) -> float | None:
        for run in element.iter(q("r")):
            size = run.find(f"{q('rPr')}/{q('sz')}")
            if size is not None and (size.get(q("val")) or "").isdigit():
                return int(size.get(q("val")) or 0) / 2
        return self.styles.size(style_id)

    def table(self, element: etree._Element) -> None:
        properties = element.find(q("tblPr"))
        style_id = None
        look: dict[str, bool] = {"firstRow": True, "firstColumn": True, "noHBand": False}
        if properties is not None:
            style = properties.find(q("tblStyle"))
            style_id = style.get(q("val")) if style is not None else None
            look_element = properties.find(q("tblLook"))
            if look_element is not None:
                look = _table_look(look_element)
        conditional = self.styles.conditional_fill(style_id)
        row_elements = [r for r in element if r.tag == q("tr")]
        rows: list[tuple[Cell, ...]] = []
        merged: dict[int, Cell] = {}  # a vertically merged cell by its grid column
        for row_number, row in enumerate(row_elements):
            cells: list[Cell] = []
            cell_elements = list(_cells(row))
            grid = 0
            for column, cell in enumerate(cell_elements):
                properties = cell.find(q("tcPr"))
                at, grid = grid, grid + _grid_span(properties)
                merge = properties.find(q("vMerge")) if properties is not None else None
                if merge is not None and merge.get(q("val"), "continue") == "continue":
                    # the merged cell above spans this row too: a short value ("Amber", a
                    # standard's title) holds in each row; longer text is read once
                    if at in merged:
                        cells.append(merged[at])
                    continue
                text = " ".join(
                    t for t in (paragraph_text(p) for p in cell.iter(q("p"))) if t.strip()
                )
                fill = self._cell_fill(
                    cell,
                    conditional,
                    look,
                    row_number,
                    len(row_elements),
                    column,
                    len(cell_elements),
                )
                cell_text = re.sub(r"\s+", " ", text).strip()
                read = Cell(text=cell_text, fill=fill, ink=_symbol_ink(cell, cell_text))
                cells.append(read)
                if merge is not None and len(cell_text.split()) <= _REPEATED_WORDS:
                    merged[at] = read
                else:
                    merged.pop(at, None)  # a new cell in this column ends the merge above
            if cells:
                rows.append(tuple(cells))
        if rows:
            self.add("table", table_text(rows), rows=tuple(rows))

    def _cell_fill(
        self,
        cell: etree._Element,
        conditional: dict[str, str],
        look: dict[str, bool],
        row: int,
        rows: int,
        column: int,
        columns: int,
    ) -> str | None:
        shading = cell.find(f"{q('tcPr')}/{q('shd')}")
        if shading is not None:
            return self.styles.fill_of(shading)
        for paragraph_shading in cell.iter(q("shd")):
            parent = paragraph_shading.getparent()
            if parent is not None and parent.tag == q("pPr"):
                fill = self.styles.fill_of(paragraph_shading)
                if fill:
                    return fill
        if not conditional:
            return None
        applies = {"wholeTable"}
        if not look.get("noHBand"):
            applies.add(
                "band1Horz" if (row - look.get("firstRow", False)) % 2 == 0 else "band2Horz"
            )
        if not look.get("noVBand", True):
            applies.add("band1Vert" if column % 2 == 0 else "band2Vert")
        if look.get("firstRow") and row == 0:
            applies.add("firstRow")
        if look.get("lastRow") and row == rows - 1:
            applies.add("lastRow")
        if look.get("firstColumn") and column == 0:
            applies.add("firstCol")
        if look.get("lastColumn") and column == columns - 1:
            applies.add("lastCol")
        fill = None
        for cond in _TABLE_COND_ORDER:
            if cond in applies and cond in conditional:
                fill = conditional[cond]
        return fill


def _table_look(element: etree._Element) -> dict[str, bool]:
    look = {
        name: element.get(q(name)) in ("1", "true", "on")
        for name in ("firstRow", "lastRow", "firstColumn", "lastColumn", "noHBand", "noVBand")
    }
    value = element.get(q("val"))
    if value and not any(element.get(q(n)) is not None for n in look):
        bits = int(value, 16)
        look = {
            "firstRow": bool(bits & 0x20),
            "lastRow": bool(bits & 0x40),
            "firstColumn": bool(bits & 0x80),
            "lastColumn": bool(bits & 0x100),
            "noHBand": bool(bits & 0x200),
            "noVBand": bool(bits & 0x400),
        }
    return look


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == q("tc"):
            yield child
        elif child.tag in (q("sdt"), q("customXml")):
            content = child.find(q("sdtContent")) if child.tag == q("sdt") else child
            if content is not None:
                yield from _cells(content)


def _symbol_ink(cell: etree._Element, text: str) -> str | None:
    """The font colour of a cell that holds one symbol and nothing else ("●" in green)."""
    if len(text) != 1 or text not in SYMBOLS:
        return None
    for run in cell.iter(q("r")):
        if text not in "".join(t.text or "" for t in run.iter(q("t"))):
            continue
        colour = run.find(f"{q('rPr')}/{q('color')}")
        value = (colour.get(q("val")) or "").upper() if colour is not None else ""
        return value if re.fullmatch(r"[0-9A-F]{6}", value) else None
    return None


def _has_ancestor(element: etree._Element, ancestor: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def _inside_skipped(element: etree._Element, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP_SUBTREES:
            return True
        parent = parent.getparent()
    return False


def paragraph_text(paragraph: etree._Element) -> str:
    """The visible text of a paragraph: tracked insertions in, deletions and the contents of
    text boxes (read as blocks of their own) out."""
    parts: list[str] = []

    def visit(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP_SUBTREES or tag == q("txbxContent"):
                continue
            if tag == q("t"):
                parts.append(child.text or "")
            elif tag in (q("tab"), q("ptab")) or tag in (q("br"), q("cr")):
                parts.append(" ")
            elif tag == q("noBreakHyphen"):
                parts.append("-")
            elif tag == q("sym"):
                parts.append(_symbol(child))
            elif (
                tag == q("fldChar")
                and (box := child.find(f"{q('ffData')}/{q('checkBox')}")) is not None
            ):
                parts.append(_legacy_box(box))
            elif (
                tag == q("fldChar")
                and (choices := child.find(f"{q('ffData')}/{q('ddList')}")) is not None
            ):
                parts.append(_legacy_choice(choices))
            elif tag == q("r") and _struck(child):
                continue  # struck through: "Red / Amber / Green (delete as appropriate)"
            elif tag == q("p") and child is not paragraph:
                continue  # a nested paragraph belongs to a text box or cell, read on its own
            else:
                visit(child)

    visit(paragraph)
    return "".join(parts)


# Box and tick glyphs of the symbol fonts Word inserts with Insert > Symbol; other symbols
# read as a space, as before.
_SYMBOL_FONT_GLYPHS = {
    "wingdings": {"FE": "☑", "FD": "☒", "78": "☒", "A8": "☐", "6F": "☐", "FC": "✓", "FB": "✗"},
    "wingdings 2": {"52": "☑", "54": "☒", "51": "☒", "A3": "☐", "50": "✓", "4F": "✗"},
}


def _symbol(element: etree._Element) -> str:
    font = (element.get(q("font")) or "").strip().lower()
    code = (element.get(q("char")) or "").upper()
    code = code[2:] if len(code) == 4 and code.startswith("F0") else code[-2:]
    return _SYMBOL_FONT_GLYPHS.get(font, {}).get(code, " ")


_REPEATED_WORDS = 12  # a merged cell this short (a rating, a standard's title) fills each row


def _grid_span(properties: etree._Element | None) -> int:
    span = properties.find(q("gridSpan")) if properties is not None else None
    try:
        return max(1, int(span.get(q("val"), "1"))) if span is not None else 1
    except ValueError:
        return 1


def _legacy_choice(choices: etree._Element) -> str:
    """A legacy drop-down (FORMDROPDOWN) as Word shows it: the entry its w:result names,
    else its w:default, else the first; the body holds no copy of it."""
    entries = [e.get(q("val"), "") for e in choices.findall(q("listEntry"))]
    chosen = choices.find(q("result"))
    if chosen is None:
        chosen = choices.find(q("default"))
    try:
        index = int(chosen.get(q("val"), "0")) if chosen is not None else 0
    except ValueError:
        index = 0
    return entries[index] if 0 <= index < len(entries) else ""


def _struck(run: etree._Element) -> bool:
    """Whether a run is struck through (single or double): text the writer crossed out."""
    properties = run.find(q("rPr"))
    if properties is None:
        return False
    return any(_on_off(properties.find(q(name))) for name in ("strike", "dstrike"))


def _legacy_box(box: etree._Element) -> str:
    """A legacy form check box (FORMCHECKBOX) as the glyph Word shows: its w:checked state,
    else its w:default."""
    checked = _on_off(box.find(q("checked")))
    if checked is None:
        default = box.find(q("default"))
        checked = default is not None and default.get(q("val"), "0") in ("1", "true", "on")
    return "☒ " if checked else "☐ "


def table_text(rows: tuple[tuple[Cell, ...], ...] | list[tuple[Cell, ...]]) -> str:
    return "\n".join(" | ".join(cell.text for cell in row) for row in rows)


# ---------------------------------------------------------------- entry point


def read(data: bytes, source: Source, limits: Limits) -> Document:
    package = _open_package(data, source, limits)
    with package:
        main = _main_part(package, source, limits)
        document = _parse(package, main, source, limits)
        names = set(package.namelist())
        folder = main.rsplit("/", 1)[0] if "/" in main else ""
        prefix = f"{folder}/" if folder else ""
        theme_name = next(
            (n for n in sorted(names) if n.startswith(f"{prefix}theme/") and n.endswith(".xml")),
            None,
        )
        theme = _theme_colours(_parse(package, theme_name, source, limits) if theme_name else None)
        styles_root = (
            _parse(package, f"{prefix}styles.xml", source, limits)
            if f"{prefix}styles.xml" in names
            else None
        )
        title = modified = None
        if "docProps/core.xml" in names:
            core = _parse(package, "docProps/core.xml", source, limits)
            title = _core_text(core, q("title", DC))
            modified = _core_text(core, q("modified", DCTERMS))
        running = _running_lines(package, prefix, names, source, limits)
        notes = _notes(package, prefix, names, source, limits)
    body = document.find(q("body"))
    if body is None:
        raise CorruptFile(source.file, "the Word document has no body")
    reader = _Reader(_Styles(styles_root, theme), notes)
    reader.walk(body)
    return Document(
        source=replace(source, pages=None),
        blocks=tuple(reader.blocks),
        title=title,
        modified=modified,
        running=running,
    )


def _notes(
    package: zipfile.ZipFile, prefix: str, names: set[str], source: Source, limits: Limits
) -> dict[tuple[str, str], str]:
    """Each footnote's and endnote's text by (kind, id): a key of the return's own scale
    ("80% and above is Green") is often given in one."""
    notes: dict[tuple[str, str], str] = {}
    for kind in ("footnote", "endnote"):
        name = f"{prefix}{kind}s.xml"
        if name not in names:
            continue
        for note in _parse(package, name, source, limits).iter(q(kind)):
            if note.get(q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(paragraph_text(p) for p in note.iter(q("p")))
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                notes[(kind, note.get(q("id")) or "")] = text[:2000]
    return notes


def _running_lines(
    package: zipfile.ZipFile, prefix: str, names: set[str], source: Source, limits: Limits
) -> tuple[str, ...]:
    """Each distinct line of the running headers and footers (they name the agency and,
    sometimes, the date it submitted), kept apart from the body."""
    lines: dict[str, None] = {}
    pattern = re.compile(rf"{re.escape(prefix)}(?:header|footer)\d*\.xml")
    for name in sorted(n for n in names if pattern.fullmatch(n))[:12]:
        for paragraph in _parse(package, name, source, limits).iter(q("p")):
            text = re.sub(r"\s+", " ", paragraph_text(paragraph)).strip()
            if text and len(lines) < 24:
                lines[text[:300]] = None
    return tuple(lines)


def _core_text(core: etree._Element, tag: str) -> str | None:
    element = core.find(tag)
    text = (element.text or "").strip() if element is not None else ""
    return text[:200] or None
