"""The cache of parsed documents: keyed by content, stored as JSON, never trusted blindly."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.ingest import Limits, cache, ingest
from pipeline.ingest import docx as docx_reader
from pipeline.ingest import pdf as pdf_reader
from pipeline.ingest.cache import cached_ingest, decode, encode
from pipeline.rules import rules_dir
from pipeline.run.batch import RunOptions, run_batch
from pipeline.settings import Settings
from pipeline.values import CorruptFile, TooLarge

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SOME = [
    SAMPLES / "submissions" / name
    for name in ("stroud.pdf", "cheltenham.docx", "ght.docx", "cafcass.pdf")
]


@pytest.fixture
def reads(monkeypatch) -> Counter[str]:
    """How many times each file was parsed by a reader."""
    counts: Counter[str] = Counter()
    for module in (docx_reader, pdf_reader):
        real = module.read

        def read(data, source, limits, real=real, **options):
            counts[source.file] += 1
            return real(data, source, limits, **options)

        monkeypatch.setattr(module, "read", read)
    return counts


@pytest.mark.parametrize("path", SOME, ids=lambda p: p.name)
def test_a_document_survives_the_round_trip_through_json(path):
    document = ingest(path)
    record = json.loads(json.dumps(encode(document)))
    assert decode(record) == document


def test_every_document_field_is_stored():
    from dataclasses import fields

    from pipeline.values import Block, Document

    document = ingest(SOME[1])
    assert set(encode(document)) == {f.name for f in fields(Document)}
    assert set(encode(document)["blocks"][0]) == {f.name for f in fields(Block)}


def test_rerunning_after_editing_rules_parses_nothing(tmp_path, monkeypatch, reads):
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    monkeypatch.setenv("S11_RULES", str(rules))
    inputs = [*SOME, SAMPLES / "bad" / "truncated-submission.docx"]
    out = tmp_path / "out"
    settings = Settings(cache_dir=str(out / ".cache"))
    first = run_batch(inputs, out, settings, RunOptions(inline=True))
    assert sum(reads.values()) == len(inputs)

    questions = rules / "questions.yml"
    questions.write_text(questions.read_text() + "\n# reviewed by the panel chair\n")
    for indicator_file in (rules / "indicators").glob("*.yml"):
        indicator_file.write_text(indicator_file.read_text() + "\n# reworded\n")
    reads.clear()
    second = run_batch(inputs, out, settings, RunOptions(inline=True))
    assert sum(reads.values()) == 0
    assert [s.analysis for s in second.submissions] == [s.analysis for s in first.submissions]


def test_the_same_bytes_under_another_name_come_from_the_cache(tmp_path, reads):
    copy = tmp_path / "renamed-return.docx"
    shutil.copy(SAMPLES / "submissions" / "cheltenham.docx", copy)
    first = cached_ingest(SAMPLES / "submissions" / "cheltenham.docx", Limits(), tmp_path / "c")
    second = cached_ingest(copy, Limits(), tmp_path / "c")
    assert reads["cheltenham.docx"] == 1 and reads["renamed-return.docx"] == 0
    assert second.source.file == "renamed-return.docx" and second.blocks == first.blocks


def test_errors_about_the_bytes_are_cached_and_too_large_is_not(tmp_path, reads):
    broken = SAMPLES / "bad" / "truncated-submission.docx"
    for _ in range(2):
        with pytest.raises(CorruptFile):
            cached_ingest(broken, Limits(), tmp_path / "c")
    assert reads[broken.name] == 1

    pdf = SAMPLES / "submissions" / "stroud.pdf"
    for _ in range(2):
        with pytest.raises(TooLarge, match="page limit of 1"):
            cached_ingest(pdf, Limits(max_pages=1), tmp_path / "c")
    assert reads[pdf.name] == 2
    assert cached_ingest(pdf, Limits(), tmp_path / "c").source.pages  # other limits: parsed


def test_a_name_that_is_not_supported_is_never_answered_from_the_cache(tmp_path):
    cached_ingest(SAMPLES / "submissions" / "cheltenham.docx", Limits(), tmp_path / "c")
    same_bytes = tmp_path / "cheltenham.txt"
    shutil.copy(SAMPLES / "submissions" / "cheltenham.docx", same_bytes)
    with pytest.raises(Exception, match="'.txt' files are not read"):
        cached_ingest(same_bytes, Limits(), tmp_path / "c")


def test_a_new_parser_version_misses(tmp_path, monkeypatch, reads):
    path = SAMPLES / "submissions" / "cheltenham.docx"
    cached_ingest(path, Limits(), tmp_path / "c")
    monkeypatch.setattr(cache, "PARSER_VERSION", "next")
    cached_ingest(path, Limits(), tmp_path / "c")
    assert reads[path.name] == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"kind": "paragraph"', '"kind": "script"', 1),
        lambda text: text.replace('"index": 0', '"index": "0"', 1),
        lambda text: '{"py/object": "os.system"}',
    ],
    ids=["truncated", "bad kind", "bad type", "foreign"],
)
def test_a_damaged_entry_is_a_miss_and_is_rewritten(tmp_path, reads, damage):
    path = SAMPLES / "submissions" / "cheltenham.docx"
    expected = cached_ingest(path, Limits(), tmp_path / "c")
    [entry] = (tmp_path / "c" / "documents").rglob("*.json")
    entry.write_text(damage(entry.read_text()))
    assert cached_ingest(path, Limits(), tmp_path / "c") == expected
    assert reads[path.name] == 2
    assert json.loads(entry.read_text())["format"] == cache.CACHE_FORMAT


def test_the_cache_is_private_json_beside_the_outputs(tmp_path):
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                str(SAMPLES / "submissions" / "stroud.pdf"),
                "--out",
                str(out),
                "--in-process",
                "-q",
            ]
        )
        == 0
    )
    folder = out / ".cache"
    assert (folder / "CACHEDIR.TAG").is_file()
    assert folder.stat().st_mode & 0o077 == 0
    [entry] = (folder / "documents").rglob("*.json")
    assert entry.stat().st_mode & 0o077 == 0
    record = json.loads(entry.read_text())
    assert record["format"] == "s11-document-cache/1" and record["document"]["blocks"]
    assert (
        main(
            [
                "run",
                str(SAMPLES / "submissions" / "stroud.pdf"),
                "--out",
                str(out),
                "--in-process",
                "-q",
            ]
        )
        == 0
    )
    assert (out / "submissions" / "stroud" / "analysis.json").is_file() and folder.is_dir()


def test_no_cache_writes_none(tmp_path):
    out = tmp_path / "out"
    assert (
        main(
            [
                "run",
                str(SAMPLES / "submissions" / "stroud.pdf"),
                "--out",
                str(out),
                "--in-process",
                "--no-cache",
                "-q",
            ]
        )
        == 0
    )
    assert not (out / ".cache").exists()
