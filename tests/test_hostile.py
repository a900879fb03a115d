"""Hostile input: XML entity tricks, zip bombs, file names and links that try to escape."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pipeline.files import slugify, unique_slugs
from pipeline.ingest import Limits, ingest
from pipeline.ingest import docx as docx_reader
from pipeline.run.batch import RunOptions, run_batch
from pipeline.settings import Settings
from pipeline.values import CorruptFile, TooLarge
from tests.builders import Word

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Standard 1 &secret;</w:t></w:r></w:p></w:body></w:document>"
)


def rezip(
    data: bytes,
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """The package ``data`` with some parts replaced or added."""
    replace, add = replace or {}, add or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
        for name, part in add.items():
            target.writestr(name, part)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def word_bytes() -> bytes:
    return (
        Word(title="Stroud District Council S11")
        .heading("Standard 1")
        .paragraph("We have a named safeguarding lead.")
        .bytes()
    )


@pytest.fixture
def unpacked(monkeypatch) -> list[str]:
    """The names of every part opened for reading."""
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return opened


def ingest_watched(path: Path, unpacked: list[str], limits: Limits | None = None):
    """ingest(), with the record of unpacked parts started afresh (building the test file
    unpacks parts too)."""
    unpacked.clear()
    return ingest(path, limits or Limits())


# ---------------------------------------------------------------- XML


@pytest.mark.parametrize(
    "xml, encoding",
    [
        (LAUGHS, "utf-8"),
        (EXTERNAL, "utf-8"),
        (LAUGHS, "utf-16"),
        (EXTERNAL, "utf-16"),
    ],
)
def test_a_dtd_in_a_word_part_is_refused(tmp_path, word_bytes, xml, encoding):
    text = xml.replace('version="1.0"?>', f'version="1.0" encoding="{encoding.upper()}"?>', 1)
    path = tmp_path / "hostile.docx"
    path.write_bytes(rezip(word_bytes, {"word/document.xml": text.encode(encoding)}))
    # Refused by our DTD check, or (UTF-16 hides the bytes from it) by libxml2's own guard
    # against entity amplification, before the post-parse check is reached.
    with pytest.raises(CorruptFile, match="declares a DTD|entity amplification"):
        ingest(path)


@pytest.mark.parametrize("xml", [LAUGHS, EXTERNAL])
def test_the_parser_itself_neither_expands_nor_fetches_entities(xml):
    """Behind the DTD refusal, the parser has entity expansion and network access off."""
    try:
        root = etree.fromstring(xml.encode(), docx_reader._PARSER)
    except etree.XMLSyntaxError as exc:  # libxml2 refuses the amplification outright
        assert "amplification" in str(exc)
        return
    text = "".join(root.itertext())
    assert "lollol" not in text and "root:" not in text
    assert len(etree.tostring(root)) < 1000


# ---------------------------------------------------------------- zip bombs


def test_one_part_that_expands_too_far_is_refused_unopened(tmp_path, word_bytes, unpacked):
    path = tmp_path / "bomb.docx"
    path.write_bytes(rezip(word_bytes, add={"word/media/zeros.bin": bytes(5_000_000)}))
    with pytest.raises(TooLarge, match=r"compression-ratio limit of 100x \(--max-compression"):
        ingest_watched(path, unpacked)
    assert unpacked == []


def test_the_unpacked_total_is_limited(tmp_path, word_bytes, unpacked):
    parts = {f"word/media/noise{i}.bin": os.urandom(400_000) for i in range(4)}
    path = tmp_path / "big.docx"
    path.write_bytes(rezip(word_bytes, add=parts, compression=zipfile.ZIP_STORED))
    with pytest.raises(TooLarge, match=r"uncompressed-size limit of 1 MB \(--max-uncompressed-mb"):
        ingest_watched(path, unpacked, Limits(max_uncompressed_mb=1))
    assert unpacked == []


def test_many_small_parts_that_add_up_to_a_bomb_are_refused(tmp_path, word_bytes, unpacked):
    """Each part is under the per-part floor; together they expand over the ratio."""
    parts = {f"word/media/z{i}.bin": bytes(900_000) for i in range(40)}
    path = tmp_path / "many.docx"
    path.write_bytes(rezip(word_bytes, add=parts))
    with pytest.raises(TooLarge, match="unpacks to .*x its size, over the compression-ratio"):
        ingest_watched(path, unpacked)
    assert unpacked == []


def test_too_many_parts_are_refused_from_the_end_record_alone(tmp_path, word_bytes, monkeypatch):
    parts = {f"p/{i}": b"" for i in range(60)}
    path = tmp_path / "parts.docx"
    path.write_bytes(rezip(word_bytes, add=parts))

    def no_directory(*args, **kwargs):
        raise AssertionError("the central directory was read")

    monkeypatch.setattr(docx_reader.zipfile, "ZipFile", no_directory)
    with pytest.raises(TooLarge, match=r"over the limit of 50 parts .*\(--max-parts"):
        ingest(path, Limits(max_parts=50))


def test_a_nested_zip_bomb_is_never_unpacked(tmp_path, word_bytes, unpacked):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as bomb:
        for i in range(10):
            bomb.writestr(f"layer{i}.bin", bytes(2_000_000))
    path = tmp_path / "nested.docx"
    path.write_bytes(
        rezip(
            word_bytes,
            add={"word/embeddings/package.zip": inner.getvalue()},
            compression=zipfile.ZIP_STORED,
        )
    )
    document = ingest_watched(path, unpacked)
    assert unpacked and "named safeguarding lead" in " ".join(b.text for b in document.blocks)
    assert not any("embeddings" in name for name in unpacked)


def test_a_part_that_lies_about_its_size_is_corrupt(tmp_path, word_bytes):
    data = bytearray(rezip(word_bytes))
    local = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").header_offset
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + 17] != b"word/document.xml":
        central = data.find(b"PK\x01\x02", central + 4)
    for offset, header in ((local, 22), (central, 24)):  # the uncompressed-size fields
        data[offset + header : offset + header + 4] = (10).to_bytes(4, "little")
    path = tmp_path / "lying.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile):
        ingest(path)


def test_damaged_compressed_data_in_a_part_is_corrupt(tmp_path, word_bytes):
    """Regression (found by the fuzz test): zlib.error escaped as an unclassified error."""
    data = bytearray(word_bytes)
    info = zipfile.ZipFile(io.BytesIO(word_bytes)).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + 10 + 8):  # scramble the deflate stream
        data[offset] ^= 0x5A
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile, match="cannot be unpacked"):
        ingest(path)


def test_declared_parts_reads_the_end_record(word_bytes):
    parts = zipfile.ZipFile(io.BytesIO(word_bytes)).namelist()
    assert docx_reader.declared_parts(word_bytes) == len(parts)
    assert docx_reader.declared_parts(b"not a zip") is None


# ---------------------------------------------------------------- names and links

HOSTILE_NAMES = [
    "../../escape.docx",
    "..\\..\\escape.docx",
    "a/../../b.docx",
    "....docx",
    ".hidden.docx",
    "CON.docx",
    "nul.pdf",
    "com1.docx",
    "LPT9.pdf",
    "aux",
    " spaced .docx",
    "trailing..docx",
    "\x01\x1b[31mred\x7f.docx",
    "Réponse — été 2021.docx",
    "報告書.docx",
    "تقرير.pdf",
    "a" * 240 + ".docx",
    "Stroud.DOCX",
    "stroud.docx",
    "stroud-2.docx",
    "-",
    "",
]


def test_slugs_are_safe_and_unique_for_hostile_names():
    slugs = unique_slugs(HOSTILE_NAMES)
    assert len(set(slugs)) == len(slugs)
    for name, slug in zip(HOSTILE_NAMES, slugs, strict=True):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), (name, slug)
        assert len(slug) <= 70
        assert slug.split("-")[0] not in {"con", "nul", "com1", "lpt9", "aux"} or "-" in slug
    assert slugify("報告書.docx") != slugify("تقرير.pdf")  # a hash keeps them apart
    assert slugify("Réponse — été 2021.docx") == "reponse-ete-2021"


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_batch_of_hostile_file_names_writes_only_inside_out_dir(tmp_path, word_bytes):
    inputs = tmp_path / "in"
    inputs.mkdir()
    names = [n for n in HOSTILE_NAMES if n and "/" not in n and n not in ("-",)]
    for name in names:
        (inputs / name).write_bytes(word_bytes)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("untouched")
    out = tmp_path / "out"
    batch = run_batch([inputs], out, Settings(use_model=False), RunOptions(inline=True))
    assert len(batch.submissions) == len(names)
    folders = [out / "submissions" / s.slug for s in batch.submissions]
    assert len(set(folders)) == len(folders)
    for folder in folders:
        assert folder.resolve().is_relative_to(out.resolve())
        assert (folder / "analysis.json").is_file()
    assert _tree(outside) == {"keep.txt": b"untouched"}
    assert {p.name for p in tmp_path.iterdir()} == {"in", "out", "outside"}


def test_links_out_of_the_input_folder_are_not_followed(tmp_path, word_bytes):
    inputs, elsewhere = tmp_path / "in", tmp_path / "private"
    inputs.mkdir()
    elsewhere.mkdir()
    secret = elsewhere / "secret.docx"
    secret.write_bytes(Word().paragraph("SECRET-PERSONAL-DATA").bytes())
    (inputs / "real.docx").write_bytes(word_bytes)
    (inputs / "to-secret.docx").symlink_to(secret)
    (inputs / "to-passwd.docx").symlink_to("/etc/passwd")
    (inputs / "same.docx").symlink_to(inputs / "real.docx")  # the same file: read once
    (inputs / "dangling.docx").symlink_to(inputs / "gone.docx")
    os.mkfifo(inputs / "pipe.docx")  # reading it would block for ever
    (inputs / "linked-folder").symlink_to(elsewhere, target_is_directory=True)
    out = tmp_path / "out"
    batch = run_batch([inputs], out, Settings(use_model=False), RunOptions(inline=True))
    by_file = {s.analysis.file: s.analysis for s in batch.submissions}
    assert set(by_file) == {
        "real.docx",
        "to-secret.docx",
        "to-passwd.docx",
        "dangling.docx",
        "pipe.docx",
        "linked-folder",
    }
    assert by_file["real.docx"].status == "ok"
    for name in ("to-secret.docx", "to-passwd.docx", "linked-folder"):
        assert by_file[name].error.code == "UNSUPPORTED_FORMAT"
        assert "outside the input folder" in by_file[name].error.message
    assert by_file["dangling.docx"].error.code == "CORRUPT"
    assert by_file["pipe.docx"].error.code == "UNSUPPORTED_FORMAT"
    written = "".join(
        p.read_bytes().decode("utf-8", "ignore")
        for p in out.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    )
    assert "SECRET-PERSONAL-DATA" not in written and "root:" not in written


def test_symlinks_planted_in_out_dir_are_replaced_not_followed(tmp_path, word_bytes):
    inputs, out, victim = tmp_path / "in", tmp_path / "out", tmp_path / "victim"
    for folder in (inputs, out, victim):
        folder.mkdir()
    (inputs / "stroud.docx").write_bytes(word_bytes)
    (victim / "keep.txt").write_text("untouched")
    (out / "submissions").mkdir()
    (out / "submissions" / "stroud").symlink_to(victim, target_is_directory=True)
    run_batch([inputs], out, Settings(use_model=False), RunOptions(inline=True))
    assert _tree(victim) == {"keep.txt": b"untouched"}
    assert not (out / "submissions" / "stroud").is_symlink()
    analysis = json.loads((out / "submissions" / "stroud" / "analysis.json").read_text())
    assert analysis["status"] == "ok"

    (out / "submissions").rename(tmp_path / "old")
    (out / "submissions").symlink_to(victim, target_is_directory=True)
    run_batch([inputs], out, Settings(use_model=False), RunOptions(inline=True))
    assert _tree(victim) == {"keep.txt": b"untouched"}
    assert (out / "submissions" / "stroud" / "analysis.json").is_file()


# ---------------------------------------------------------------- PDF bombs


def pdf_bomb(path: Path, megabytes: int) -> Path:
    """A one-page PDF whose content stream inflates to ``megabytes`` of drawing operators."""
    import zlib

    operators = b"0 0 m 1 1 l S\n" * (megabytes * 1024 * 1024 // 14)
    stream = zlib.compress(operators, 9)
    del operators
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(body))
    return path


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc (Linux)")
def test_a_pdf_decompression_bomb_costs_one_file(tmp_path, word_bytes):
    inputs = tmp_path / "in"
    inputs.mkdir()
    bomb = pdf_bomb(inputs / "bomb.pdf", megabytes=200)
    assert bomb.stat().st_size < 2_000_000
    (inputs / "stroud.docx").write_bytes(word_bytes)
    limits = Limits(max_memory_mb=150, timeout_s=120)
    batch = run_batch(
        [inputs], tmp_path / "out", Settings(use_model=False, limits=limits), RunOptions(workers=1)
    )
    results = {s.analysis.file: s.analysis for s in batch.submissions}
    assert results["stroud.docx"].status == "ok"
    assert results["bomb.pdf"].error.code == "TOO_LARGE"
    assert "memory limit of 150 MB" in results["bomb.pdf"].error.message
