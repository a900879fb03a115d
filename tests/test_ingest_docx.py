"""The Word reader, one construct per test, asserting the exact values read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.values import CorruptFile, EmptyDocument, EncryptedFile, TooLarge, UnsupportedFormat
from tests.builders import Word


def read(tmp_path: Path, word: Word, name: str = "doc.docx"):
    return ingest(word.save(tmp_path / name))


def test_heading_levels_from_styles(tmp_path):
    doc = read(
        tmp_path,
        Word()
        .heading("Title", 0)
        .heading("Standard 1", 1)
        .heading("Evidence", 2)
        .paragraph("Body text here."),
    )
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Title"),
        ("heading", 1, "Standard 1"),
        ("heading", 2, "Evidence"),
        ("paragraph", None, "Body text here."),
    ]
    assert doc.blocks[0].page is None and doc.source.pages is None


def test_bold_and_numbered_lines_are_headings_without_heading_styles(tmp_path):
    doc = read(
        tmp_path,
        Word()
        .paragraph("Our workforce", bold=True)
        .paragraph("2. Safer recruitment")
        .paragraph("A bold sentence that ends with a full stop.", bold=True)
        .paragraph("Plain text."),
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Our workforce"),
        ("heading", "2. Safer recruitment"),
        ("paragraph", "A bold sentence that ends with a full stop."),
        ("paragraph", "Plain text."),
    ]


def test_list_items(tmp_path):
    doc = read(tmp_path, Word().paragraph("First point of the list", style="List Bullet"))
    assert doc.blocks[0].kind == "list_item"


def test_table_rows_and_cell_fills(tmp_path):
    doc = read(
        tmp_path,
        Word().table(
            [
                ["Standard", "Rating"],
                ["Leadership", ("", "00B050")],
                ["Policies", ("Amber", "FFC000")],
            ]
        ),
    )
    (table,) = doc.blocks
    assert table.kind == "table"
    assert [[(c.text, c.fill) for c in row] for row in table.rows] == [
        [("Standard", None), ("Rating", None)],
        [("Leadership", None), ("", "00B050")],
        [("Policies", None), ("Amber", "FFC000")],
    ]


def test_merged_cells_are_read_once_and_a_short_merged_value_holds_in_each_row(tmp_path):
    word = Word()
    table = word.document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Standard 2: Our workforce"
    table.cell(1, 0).merge(
        table.cell(2, 0)
    ).text = (
        "Evidence: the audit in May found every file complete and the panel chair signed it off"
    )
    table.cell(1, 1).text = "a"
    table.cell(1, 2).text = "b"
    table.cell(2, 1).text = "c"
    table.cell(2, 2).text = "d"
    doc = read(tmp_path, word)
    rows = [[c.text for c in row] for row in doc.blocks[0].rows]
    assert rows == [
        ["Standard 2: Our workforce"],
        [
            "Evidence: the audit in May found every file complete and the panel chair signed it"
            " off",
            "a",
            "b",
        ],
        ["c", "d"],
    ]
    assert doc.blocks[0].text.count("Standard 2") == 1
    # a summary table whose one RAG cell spans two standards' rows: both take it
    word = Word()
    table = word.document.add_table(rows=3, cols=2)
    for row, text in enumerate(("Standard 1", "Standard 2", "Standard 3")):
        table.cell(row, 0).text = text
    table.cell(0, 1).text = "Green"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "Amber"
    rows = [[c.text for c in row] for row in read(tmp_path, word).blocks[0].rows]
    assert rows == [["Standard 1", "Green"], ["Standard 2", "Amber"], ["Standard 3", "Amber"]]


def test_content_controls_are_read(tmp_path):
    word = (
        Word()
        .raw(
            '<w:sdt NS><w:sdtPr><w:alias w:val="Rating"/></w:sdtPr><w:sdtContent>'
            "<w:p><w:r><w:t>Text inside a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
        .raw(
            '<w:p NS><w:r><w:t xml:space="preserve">Rating: </w:t></w:r><w:sdt><w:sdtContent>'
            "<w:r><w:t>Green</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        )
    )
    doc = read(tmp_path, word)
    assert [b.text for b in doc.blocks] == ["Text inside a content control.", "Rating: Green"]


def test_tracked_insertions_kept_and_deletions_dropped(tmp_path):
    word = Word().raw(
        '<w:p NS><w:r><w:t xml:space="preserve">We rated this </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>Red</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>Amber</w:t></w:r></w:ins>'
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> moved away</w:t></w:r></w:moveFrom>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
    )
    assert [b.text for b in read(tmp_path, word).blocks] == ["We rated this Amber."]


def test_text_boxes_read_once_as_blocks_of_their_own(tmp_path):
    box = (
        "<w:txbxContent><w:p><w:r><w:t>Box text about DBS checks.</w:t></w:r></w:p></w:txbxContent>"
    )
    word = Word().raw(
        "<w:p NS><w:r><w:t>Before the box.</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    assert [b.text for b in read(tmp_path, word).blocks] == [
        "Before the box.",
        "Box text about DBS checks.",
    ]


def test_headers_footers_comments_and_footnotes_stay_out_of_the_body(tmp_path):
    word = Word().header("Running header text").footer("Page 1 of 3").paragraph("Body only.")
    word.raw(
        '<w:p NS><w:r><w:t>Noted</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    doc = read(tmp_path, word)
    assert [b.text for b in doc.blocks] == ["Body only.", "Noted"]


def test_theme_fill_is_resolved(tmp_path):
    word = Word().table([["Rating", "x"]])
    cell = word.document.tables[0].cell(0, 1)._tc
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "auto")
    shading.set(qn("w:themeFill"), "accent3")  # green in the template's Office theme
    cell.get_or_add_tcPr().append(shading)
    doc = read(tmp_path, word)
    assert doc.blocks[0].rows[0][1].fill == "9BBB59"


def test_table_style_conditional_fill_applies_where_the_cell_has_none(tmp_path):
    # "Light Grid Accent 3" shades its header row; a style with a green first row:
    word = Word().table([["Rating"], ["text"]], style="Medium Shading 1 Accent 6")
    doc = read(tmp_path, word)
    header_fill = doc.blocks[0].rows[0][0].fill
    assert header_fill is not None and header_fill != "FFFFFF"


def test_title_from_core_properties(tmp_path):
    doc = read(tmp_path, Word(title="Gloucestershire Constabulary S11 2021").paragraph("x y z"))
    assert doc.title == "Gloucestershire Constabulary S11 2021"


# ---------------------------------------------------------------- errors


def test_truncated_docx_is_corrupt(tmp_path):
    data = Word().paragraph("Some text").bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile):
        ingest(path)


def test_empty_docx_is_empty(tmp_path):
    with pytest.raises(EmptyDocument):
        ingest(Word().save(tmp_path / "empty.docx"))


def test_ole_container_named_docx_is_encrypted(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(EncryptedFile):
        ingest(path)


def test_legacy_doc_is_unsupported(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(UnsupportedFormat, match="'.doc' files are not read"):
        ingest(path)


def _package_with(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def test_xml_entity_declarations_are_refused(tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "laughs.docx"
    path.write_bytes(_package_with(laughs))
    with pytest.raises(CorruptFile, match="DTD"):
        ingest(path)


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<a/>")
        package.writestr("word/media/bomb.bin", b"\0" * (50 * 1024 * 1024))
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(TooLarge, match="compression-ratio limit"):
        ingest(path)


def test_a_lone_symbol_cell_carries_its_font_colour(tmp_path):
    import docx
    from docx.shared import RGBColor

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, colour) in enumerate(
        [("Our board", RGBColor(0x1E, 0x7B, 0x34)), ("Our people", RGBColor(0xE0, 0x8A, 0x00))]
    ):
        table.cell(row, 0).text = label
        table.cell(row, 1).paragraphs[0].add_run("\u25cf").font.color.rgb = colour
    table.cell(2, 0).text = "A word"
    table.cell(2, 1).paragraphs[0].add_run("Amber").font.color.rgb = RGBColor(0xE0, 0x8A, 0x00)
    path = tmp_path / "dots.docx"
    document.save(path)
    block = next(b for b in ingest(path).blocks if b.kind == "table")
    assert [c.ink for c in (row[1] for row in block.rows)] == ["1E7B34", "E08A00", None]


def _legacy_box_xml(checked: bool) -> str:
    state = '<w:checked w:val="1"/>' if checked else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
        f'<w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_legacy_form_check_boxes_and_symbol_font_boxes_read_as_box_glyphs(tmp_path):
    boxes = (
        '<w:p NS><w:r><w:t xml:space="preserve">Where we stand: </w:t></w:r>'
        + _legacy_box_xml(False)
        + '<w:r><w:t xml:space="preserve">Green </w:t></w:r>'
        + _legacy_box_xml(True)
        + '<w:r><w:t xml:space="preserve">Amber </w:t></w:r>'
        + _legacy_box_xml(False)
        + "<w:r><w:t>Red</w:t></w:r></w:p>"
    )
    symbols = (
        '<w:p NS><w:r><w:t xml:space="preserve">Rating: Green </w:t></w:r>'
        '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'
        '<w:r><w:t xml:space="preserve"> Amber </w:t></w:r>'
        '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r></w:p>'
    )
    doc = read(tmp_path, Word().raw(boxes).raw(symbols))
    assert [b.text for b in doc.blocks] == [
        "Where we stand: ☐ Green ☒ Amber ☐ Red",
        "Rating: Green ☑ Amber ☐",
    ]


def test_a_footnote_is_read_after_the_paragraph_that_refers_to_it(tmp_path):
    word = (
        Word()
        .paragraph("Before.")
        .raw(
            "<w:p NS><w:r><w:t>Each standard closes with a compliance score.</w:t></w:r>"
            '<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
        )
        .paragraph("After.")
    )
    path = word.save(tmp_path / "notes.docx")
    notes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:t>80% and above Green, 50-79% Amber, below 50%'
        " Red.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/footnotes.xml", notes)
    path.write_bytes(buffer.getvalue())
    texts = [b.text for b in ingest(path).blocks]
    assert texts == [
        "Before.",
        "Each standard closes with a compliance score.",
        "80% and above Green, 50-79% Amber, below 50% Red.",
        "After.",
    ]


def test_a_legacy_drop_down_reads_as_its_chosen_entry_and_struck_options_are_left_out(tmp_path):
    def choice(result: str) -> str:
        entries = "".join(f'<w:listEntry w:val="{v}"/>' for v in ("Red", "Amber", "Green"))
        return (
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Rating1"/>'
            f"<w:ddList>{result}{entries}</w:ddList></w:ffData></w:fldChar></w:r>"
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    def option(text: str, struck: bool) -> str:
        strike = "<w:rPr><w:strike/></w:rPr>" if struck else ""
        return f'<w:r>{strike}<w:t xml:space="preserve">{text}</w:t></w:r>'

    chosen = (
        '<w:p NS><w:r><w:t xml:space="preserve">Self-rating: </w:t></w:r>'
        + choice('<w:result w:val="2"/>')
        + "</w:p>"
    )
    default = '<w:p NS><w:r><w:t xml:space="preserve">Rating: </w:t></w:r>' + choice("") + "</w:p>"
    crossed = (
        '<w:p NS><w:r><w:t xml:space="preserve">Self-assessment: </w:t></w:r>'
        + option("Red / ", True)
        + option("Amber", False)
        + option(" / Green", True)
        + option(" (delete as appropriate)", False)
        + "</w:p>"
    )
    doc = read(tmp_path, Word().raw(chosen).raw(default).raw(crossed))
    assert [b.text for b in doc.blocks] == [
        "Self-rating: Green",
        "Rating: Red",
        "Self-assessment: Amber (delete as appropriate)",
    ]
