"""pack.html, pack-redacted.html and index.html from a real batch."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.files import replacing
from pipeline.report import write_submission
from pipeline.report.consistency import consistency_record
from tests.report_batch import build


class Page(HTMLParser):
    """The tags, links, ids and visible text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    @property
    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}


@pytest.fixture(scope="module")
def out() -> Path:
    return build()[0]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_packs_are_written_beside_each_analysed_file_only(out):
    for slug in ("stroud", "cheltenham", "tewkesbury"):
        for name in ("pack.html", "pack.docx", "pack-redacted.html", "redactions.json"):
            assert (out / "submissions" / slug / name).is_file(), (slug, name)
    for slug in ("broken", "notes"):
        assert sorted(p.name for p in (out / "submissions" / slug).iterdir()) == ["analysis.json"]


@pytest.mark.parametrize("name", ["pack.html", "pack-redacted.html"])
def test_pack_is_self_contained_and_needs_no_script(out, name):
    html = read(out / "submissions/stroud" / name)
    page = Page(html)
    assert not page.all("script") and not page.all("link") and not page.all("img")
    assert page.all("style")
    assert "default-src 'none'" in html
    for attrs in page.all("a"):
        assert attrs["href"].startswith("#"), attrs  # in-page links only
    assert not re.search(r"(src|href)=\"(https?:)?//", html)


def test_submission_html_is_shown_as_text(out):
    html = read(out / "submissions/stroud/pack.html")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "window.__pwned=1</script>" in "".join(Page(html).text)


def test_pack_structure_headings_tables_and_rag_words(out):
    page = Page(read(out / "submissions/stroud/pack.html"))
    assert len(page.all("h1")) == 1
    h2 = [a.get("id") for a in page.all("h2")]
    assert h2 == ["overview", "standard-1", "standard-2", "standard-3", "standard-4", "common"]
    assert all(a.get("scope") in ("col", "row", "colgroup") for a in page.all("th"))
    rag = [a["class"] for a in page.all("span") if "rag" in (a.get("class") or "").split()]
    assert rag and len(rag) >= 8
    text = "".join(page.text)
    for word in ("Green", "Amber", "Red"):
        assert word in text


def test_evidence_is_grouped_strongest_first_and_gaps_link_to_their_sentences(out):
    html = read(out / "submissions/stroud/pack.html")
    section = html[html.index('id="standard-1"') : html.index('id="standard-2"')]
    order = re.findall(r'class="strength strength-(\w+)"', section)
    assert order == sorted(order, key=["impact", "quantified", "activity", "assertion"].index)
    assert order[0] == "impact"
    page = Page(html)
    links = [a["href"][1:] for a in page.all("a") if re.match(r"#s\d+-e\d+$", a["href"])]
    assert links and set(links) <= page.ids
    record = json.loads(read(out / "submissions/stroud/analysis.json"))
    linked = [
        (n, g)
        for n, s in enumerate(record["standards"], start=1)
        for g in s["gaps"]
        if g["evidence"]
    ]
    assert linked, "at least one gap names the sentences behind it"
    number, gap = linked[0]
    assert f'href="#s{number}-e{gap["evidence"][0]}"' in html


def test_indicators_found_and_missing_by_description(out):
    html = read(out / "submissions/stroud/pack.html")
    record = json.loads(read(out / "submissions/stroud/analysis.json"))
    indicators = record["standards"][0]["indicators"]
    assert any(i["found"] for i in indicators) and any(not i["found"] for i in indicators)
    for indicator in indicators:
        label = "Found:" if indicator["found"] else "Missing:"
        description = indicator["description"].replace("'", "&#39;")
        assert re.search(rf"{label}</span> {re.escape(description)}", html), indicator


def test_common_questions_say_whether_each_was_answered(out):
    html = read(out / "submissions/cheltenham/pack.html")
    common = html[html.index('id="common"') :]
    record = json.loads(read(out / "submissions/cheltenham/analysis.json"))
    assert common.count('<tr><th scope="row">') == len(record["common_questions"])
    assert ">No</span>" in common and "Question for the panel:" in common


def test_redacted_pack_has_no_personal_data_and_says_so(out):
    html = read(out / "submissions/stroud/pack-redacted.html")
    for secret in (
        "Kayden",
        "Leanne",
        "Pryce",
        "12/03/2007",
        "Redpoll",
        "GL4 6QZ",
        "07700",
        "jane.doe@example.org",
    ):
        assert secret not in html, secret
    assert "Redacted copy for the youth panel" in html
    assert '<span class="redacted">[REDACTED: name]</span>' in html
    assert "Stroud District Council" in html and "Designated Safeguarding Lead" in html
    log = json.loads(read(out / "submissions/stroud/redactions.json"))
    assert log["counts"]["name"] >= 2 and "Kayden" not in json.dumps(log)


def test_index_grid_links_failures_and_missing_agencies(out):
    html = read(out / "index.html")
    page = Page(html)
    rows = [a for a in page.all("tr") if a.get("class") == "submission"]
    assert len(rows) == 3
    hrefs = [a["href"] for a in page.all("a") if not a["href"].startswith("#")]
    for slug in ("stroud", "cheltenham", "tewkesbury"):
        for name in ("pack.html", "pack.docx", "pack-redacted.html"):
            assert f"submissions/{slug}/{name}" in hrefs
    for href in hrefs:
        assert (out / href.split("#")[0]).is_file(), href
    text = " ".join(page.text)
    assert "broken.docx" in text and "CORRUPT" in text
    assert "notes.txt" in text and "UNSUPPORTED_FORMAT" in text
    assert "National Probation Service" in text
    assert "Consistency of Green ratings" in text and "Weakest" in text
    assert ">over</span>" in html


def test_consistency_spread_and_weakest():
    def entry(name, coverage, strong, rating="green", evidence="amber"):
        cell = {
            "self_rating": rating,
            "evidence_rating": evidence,
            "coverage": coverage,
            "indicators_found": int(coverage * 10),
            "indicators_total": 10,
            "strong_sentences": strong,
        }
        return {
            "file": f"{name}.docx",
            "agency": name,
            "status": "ok",
            "pack": None,
            "standards": {"1": cell},
        }

    submissions = [
        entry("A", 0.8, 12, evidence="green"),
        entry("B", 0.2, 1),
        entry("C", 0.5, 4),
        entry("D", 0.9, 20, rating="amber"),
    ]
    [standard] = consistency_record(submissions, [{"id": "1", "title": "Leadership"}])
    assert standard["green"] == 3 and standard["green_supported"] == 1
    assert standard["coverage"] == {"min": 0.2, "median": 0.5, "max": 0.8}
    assert standard["strong_sentences"] == {"min": 1, "median": 4, "max": 12}
    assert [r["agency"] for r in standard["agencies"]] == ["B", "C", "A"]
    assert [r["weakest"] for r in standard["agencies"]] == [True, False, False]


def test_a_file_that_now_fails_loses_its_old_packs(tmp_path: Path):
    out, batch = build()
    folder = tmp_path / "stroud"
    ok = next(s.analysis for s in batch.submissions if s.analysis.file == "stroud.docx")
    failed = next(s.analysis for s in batch.submissions if s.analysis.file == "broken.docx")
    write_submission(ok, folder, {"id": "x", "title": "x"})
    assert (folder / "pack.docx").is_file()
    with replacing(tmp_path):  # as write_batch does for the submissions folder
        write_submission(failed, folder, {"id": "x", "title": "x"})
    assert sorted(p.name for p in folder.iterdir()) == ["analysis.json"]


def test_evidence_by_strength_keeps_each_sentence_index_and_its_citing_gaps():
    from pipeline.report.html import evidence_by_strength

    evidence = [
        {"strength": "activity", "text": "a"},
        {"strength": "impact", "text": "b"},
        {"strength": "unknown", "text": "c"},  # a strength the pack does not show
        {"strength": "activity", "text": "d"},
    ]
    gaps = [{"type": "X", "evidence": [0, 3]}, {"type": "Y", "evidence": [3]}]
    groups = evidence_by_strength({"evidence": evidence, "gaps": gaps})
    assert groups == [
        ("impact", [(1, evidence[1], [])]),
        ("activity", [(0, evidence[0], [gaps[0]]), (3, evidence[3], gaps)]),
    ]
    assert evidence_by_strength({"evidence": [], "gaps": gaps}) == []


def test_template_fields_of_a_dict_read_as_jinja_reads_them():
    """The pack environment reads ``x.name`` on a dict as its item first; a dict's own
    methods, a missing field and other objects read as they do in plain Jinja."""
    import jinja2

    from pipeline.report.html import environment

    ours = environment()
    plain = jinja2.Environment(undefined=jinja2.StrictUndefined)
    record = {"text": "a", "items": "shadowed", "get": 1}
    for env in (ours, plain):
        assert env.getattr(record, "text") == "a"
        assert env.getattr(record, "items") == record.items  # the method, as in Jinja
        assert env.getattr(record, "get") == record.get
        assert env.getattr("abc", "upper")() == "ABC"
        assert isinstance(env.getattr(record, "missing"), jinja2.Undefined)
    template = "{{ r.text }} {% for k, v in r.items() %}{{ k }}{% endfor %} {{ r.get('get') }}"
    assert ours.from_string(template).render(r=record) == plain.from_string(template).render(
        r=record
    )
    with pytest.raises(jinja2.UndefinedError):
        ours.from_string("{{ r.missing }}").render(r=record)
