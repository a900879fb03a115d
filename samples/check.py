#!/usr/bin/env python3
"""Validate the sample corpus: sources, gold files and rendered outputs.

    python samples/check.py                # lint sources + gold, inspect rendered files
    python samples/check.py --determinism  # also rebuild twice in temp dirs and compare bytes
    python samples/check.py --set cycles   # one source set (main, cycles, holdout; default: all)

Exits non-zero on any failure. Checks:

* no sentence of more than 6 words appears in two different sources (framework titles and the
  canonical common-question wording are allowed, since the partnership template prints them);
* no real person named in the seed audit report is used;
* gold files: valid keys, codes and ratings; Table 1 agencies rated exactly as Table 1;
  every ``evidence_must_include`` fragment sits in exactly one sentence of the source, inside the
  right standard's section, and occurs exactly once in the rendered text; 2-4 fragments per
  standard present; every ``personal_data`` string occurs in the rendered text;
* PDFs: 2-10 pages, running header and "Page N of M" on every page; docx open with python-docx;
* bad files fail in the intended way;
* the two-cycle set (samples/cycles): rating changes agree with the two years' ratings, new and
  carried evidence is (or is not) in the previous year's file, and every 2020 recommendation
  owned by the agency has a status, with its evidence fragments in the text.
"""
from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402

GSCP_STANDARDS = {
    "1": "Leadership and accountability",
    "2": "Staff safe recruitment, induction, training and development",
    "3": "Safeguarding policies and procedures",
    "4": "Listening to children and young people",
}
GSCP_QUESTIONS = [
    "Can you point to something another agency has done during 20/21 that has improved multi-agency practice?",
    "RAG rate yourselves.",
    "Your commitment to GSCP multi-agency training.",
    "Is single and multi-agency training having an impact on practice?",
    "How do you know you have improved?",
]
WT2018_IDS = ["accountability", "senior_lead", "listening_culture", "whistleblowing", "escalation",
              "info_sharing", "designated_lead", "safer_recruitment", "supervision_training",
              "safety_culture", "allegations"]
TABLE1 = {  # seed report, Table 1 (standards 1-4)
    "Cheltenham Borough Council": "GAGG",
    "Cotswold & Forest of Dean District Councils": "GGAA",
    "Stroud District Council": "GAGG",
    "Tewkesbury Borough Council": "GAGG",
    "Gloucester City Council": "RGAG",
    "Gloucestershire Children's Social Care & Commissioning": "GGGG",
    "Gloucestershire Constabulary": "GGAG",
    "Gloucestershire Hospitals NHS Foundation Trust": "GGAG",
    "Gloucestershire Health and Care NHS Foundation Trust": "GGGG",
    "Gloucestershire County Council Adult Social Care": "GGGG",
    "Gloucestershire Youth Offending Service": "GGGG",
    "Gloucestershire Clinical Commissioning Group": "GGGG",
}
RAG = {"G": "green", "A": "amber", "R": "red"}
GAP_TYPES = {"MISSING_SECTION", "MISSING_RATING", "OVER_RATED", "UNDER_RATED", "NO_IMPACT_EVIDENCE",
             "FUTURE_TENSE_UNDER_GREEN", "STALE_POLICY", "COMMON_QUESTION_UNANSWERED",
             "RATING_UP_WITHOUT_EVIDENCE"}
REC_STATUSES = {"progress", "mentioned", "not_mentioned"}
RANK = {"red": 0, "amber": 1, "green": 2}
ERROR_CODES = {None, "CORRUPT", "ENCRYPTED", "NO_TEXT", "UNSUPPORTED_FORMAT", "EMPTY"}
# People named in the seed report: never reuse any of these names.
BANNED_NAMES = ["Crompton", "Dempsey", "Eardley", "Dougan", "James-Hodges", "Megan Land", "Morgan Smith",
                "Brandon Watkins", "Maxie Wells", "Steve Miles", "Dave Jones", "Jackie Barnes"]

SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(\[\u2018\u201c])")

failures: list[str] = []
RENDERED: dict[str, str] = {}  # file name -> normalised rendered text (filled by check_rendered)


def fail(msg: str) -> None:
    failures.append(msg)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        out.extend(x.strip() for x in SENT_SPLIT.split(line) if x.strip())
    return out


def key_sentence(s: str) -> str:
    return norm(s).lower().rstrip(" .:;!?")


# --------------------------------------------------------------------------- source level


def check_sources(sources):
    allowed = {key_sentence(x) for x in list(GSCP_STANDARDS.values()) + GSCP_QUESTIONS}
    allowed |= {key_sentence(f"Standard {k}: {v}") for k, v in GSCP_STANDARDS.items()}
    seen: dict[str, str] = {}
    for name, data in sources:
        local = set()
        for _sec, kind, text in build.iter_text_units(data):
            for sent in sentences(text):
                k = key_sentence(sent)
                bare = re.sub(r"^(standard\s*)?\d+[.:)]?\s*[-:\u2013]?\s*", "", k)
                if len(k.split()) <= 6 or k in allowed or bare in allowed or k in local:
                    continue
                local.add(k)
                if k in seen and seen[k] != name:
                    fail(f"repeated sentence in {seen[k]} and {name}: {sent!r}")
                seen.setdefault(k, name)
            for banned in BANNED_NAMES:
                if banned.lower() in text.lower():
                    fail(f"{name}: uses a name from the seed report: {banned}")


def check_gold_source(name, data):
    g = data["gold"]
    fw = g["framework"]
    if g["status"] not in ("ok", "error"):
        fail(f"{name}: bad status {g['status']}")
    if g["error_code"] not in ERROR_CODES:
        fail(f"{name}: bad error_code {g['error_code']}")
    if g["status"] == "error":
        if not g["error_code"]:
            fail(f"{name}: error status without error_code")
        return
    keys = list(GSCP_STANDARDS) if fw == "gscp-2021" else WT2018_IDS if fw == "working-together-2018" else None
    if keys is None:
        fail(f"{name}: unknown framework {fw}")
        return
    sr = g["self_ratings"]
    if list(sr) != keys:
        fail(f"{name}: self_ratings keys {list(sr)} != {keys}")
    for k, v in sr.items():
        if v not in ("green", "amber", "red", None):
            fail(f"{name}: bad rating {k}={v}")
    canon = g["agency"][0]
    if canon in TABLE1 and data.get("cycle", 2021) == 2021:
        want = {str(i + 1): RAG[c] for i, c in enumerate(TABLE1[canon])}
        if sr != want:
            fail(f"{name}: ratings {sr} differ from Table 1 {want}")
    for field in ("gaps_expected", "gaps_forbidden"):
        for k, codes in g[field].items():
            if k != "common" and k not in keys:
                fail(f"{name}: {field} has unknown key {k}")
            for c in codes:
                if c not in GAP_TYPES:
                    fail(f"{name}: {field} unknown gap {c}")
                if (k == "common") != (c == "COMMON_QUESTION_UNANSWERED"):
                    fail(f"{name}: {c} under key {k}")
    for k in g["gaps_expected"]:
        both = set(g["gaps_expected"][k]) & set(g["gaps_forbidden"].get(k, []))
        if both:
            fail(f"{name}: {k} both expected and forbidden: {both}")
    cqa = g["common_questions_answered"]
    if list(cqa) != ["Q1", "Q2", "Q3", "Q4", "Q5"]:
        fail(f"{name}: common_questions_answered keys")
    if (not all(cqa.values())) != ("common" in g["gaps_expected"]):
        fail(f"{name}: unanswered questions and COMMON_QUESTION_UNANSWERED disagree")

    # sections present in the source, and evidence fragments
    units = [(sec, sent) for sec, _kind, text in build.iter_text_units(data) for sent in sentences(text)]
    present = {sec for sec, _ in units if sec is not None}
    missing_sec = {k for k, v in g["gaps_expected"].items() if "MISSING_SECTION" in v}
    for k in keys:
        if k in missing_sec:
            if k in present:
                fail(f"{name}: standard {k} marked MISSING_SECTION but has a section")
            if sr[k] is not None:
                fail(f"{name}: standard {k} MISSING_SECTION but rated")
            continue
        if k not in present:
            fail(f"{name}: standard {k} has no section marker in the source")
        frags = g["evidence_must_include"].get(k, [])
        if not 2 <= len(frags) <= 4:
            fail(f"{name}: standard {k} has {len(frags)} evidence fragments (want 2-4)")
        for f in frags:
            hits = [(sec, s) for sec, s in units if f in s]
            if len(hits) != 1:
                fail(f"{name}: fragment {f!r} in {len(hits)} sentences (want 1)")
            elif hits[0][0] != k:
                fail(f"{name}: fragment {f!r} is in section {hits[0][0]}, not {k}")
    for k in g["evidence_must_include"]:
        if k not in keys:
            fail(f"{name}: evidence for unknown key {k}")
    for k, v in sr.items():
        if v is None and k not in missing_sec and "MISSING_RATING" not in g["gaps_expected"].get(k, []):
            fail(f"{name}: {k} unrated but MISSING_RATING not expected")


# --------------------------------------------------------------------------- rendered files


def docx_text(path: Path) -> tuple[str, list[str]]:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(d.tables)
    hf = []
    for s in d.sections:
        hf.extend(p.text for p in s.header.paragraphs)
        hf.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(parts), hf


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


def check_rendered(name, data, root: Path):
    g = data["gold"]
    path = root / data.get("dest", "submissions") / data["file"]
    if not path.exists():
        fail(f"{name}: missing output {path}")
        return None
    if g["status"] == "error":
        check_bad(name, data, path)
        return None
    info = {}
    if path.suffix == ".pdf":
        pages = pdf_pages(path)
        info["pages"] = len(pages)
        if not 2 <= len(pages) <= 10:
            fail(f"{name}: {len(pages)} pages (want 2-10)")
        for i, t in enumerate(pages, 1):
            if data.get("header") and norm(data["header"]) not in norm(t):
                fail(f"{name}: page {i} lacks running header")
            if f"Page {i} of {len(pages)}" not in t:
                fail(f"{name}: page {i} lacks 'Page {i} of {len(pages)}'")
        text = "\n".join(pages)
        for block in data.get("body", []):
            spec = block.get("table") if isinstance(block, dict) else None
            if spec and spec.get("expect_split"):
                head = norm(" ".join(build.cell_spec(c)["text"][0] for c in spec["rows"][0][:2]))
                on = [i for i, t in enumerate(pages, 1) if head in norm(t)]
                if len(on) < 2:
                    fail(f"{name}: table '{head}' does not continue onto a second page with its header repeated")
                info["split_table_pages"] = on
    else:
        text, hf = docx_text(path)
        if data.get("header") and not any(norm(data["header"]) in norm(x) for x in hf):
            fail(f"{name}: docx header missing")
        info["words"] = len(text.split())
        # No Word layout engine here: estimate pages by rendering the same source through the PDF path.
        from pypdf import PdfReader

        approx = len(PdfReader(io.BytesIO(build.render_pdf(data))).pages)
        info["approx_pages"] = approx
        if not 2 <= approx <= 10:
            fail(f"{name}: about {approx} pages when laid out (want 2-10)")
    flat = norm(text)
    for k, frags in g["evidence_must_include"].items():
        for f in frags:
            n = flat.count(norm(f))
            if n != 1:
                fail(f"{name}: rendered text has fragment {f!r} {n} times (want 1)")
    for pd in g["personal_data"]:
        if norm(pd) not in flat:
            fail(f"{name}: personal data {pd!r} not found in rendered text")
    RENDERED[data["file"]] = flat
    return info


def check_bad(name, data, path: Path):
    code = data["gold"]["error_code"]
    raw = path.read_bytes()
    if code == "CORRUPT":
        try:
            zipfile.ZipFile(io.BytesIO(raw)).testzip()
            import docx

            docx.Document(str(path))
            fail(f"{name}: truncated docx still opens")
        except Exception:
            pass
    elif code == "ENCRYPTED":
        from pypdf import PdfReader

        r = PdfReader(str(path))
        if not r.is_encrypted:
            fail(f"{name}: not encrypted")
        elif r.decrypt("") != 0:
            fail(f"{name}: opens with an empty password")
        elif r.decrypt(data["user_password"]) == 0:
            fail(f"{name}: user password does not open it")
    elif code == "NO_TEXT":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            if any((p.extract_text() or "").strip() for p in pdf.pages):
                fail(f"{name}: image-only PDF has a text layer")
            if not any(p.images for p in pdf.pages):
                fail(f"{name}: image-only PDF has no image")
    elif code == "EMPTY":
        text, hf = docx_text(path)
        if text.strip() or any(x.strip() for x in hf):
            fail(f"{name}: empty docx has text")
    elif code == "UNSUPPORTED_FORMAT":
        if path.suffix == ".doc" and not raw.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
            fail(f"{name}: .doc lacks the OLE2 signature")


def check_determinism(src_dir: Path = build.SRC_DIR, root: Path = HERE):
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        build.build(Path(a), quiet=True, src_dir=src_dir)
        build.build(Path(b), quiet=True, src_dir=src_dir)
        for pa in sorted(Path(a).rglob("*")):
            if pa.is_file():
                rel = pa.relative_to(a)
                pb = Path(b) / rel
                if pa.read_bytes() != pb.read_bytes():
                    fail(f"not deterministic: {rel}")
                committed = root / rel
                if not committed.exists() or committed.read_bytes() != pa.read_bytes():
                    fail(f"committed file out of date (re-run build.py): {rel}")


# --------------------------------------------------------------------------- two-cycle set


REC_KEYS_2020 = ("id", "number", "text", "responsible", "due", "progress_2021_report")
REC_KEYS_2021 = ("id", "number", "text", "response", "review", "responsible_agencies", "seeded_in")


def load_recommendations(path: Path, required=REC_KEYS_2020) -> dict[str, dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    recs = {}
    for rec in data["recommendations"]:
        for key in required:
            if key not in rec:
                fail(f"{path.name}: recommendation {rec.get('id')} lacks {key}")
        recs[str(rec["id"])] = rec
    return recs


def owns(rec: dict, agency: str) -> bool:
    return "all partners" in rec["responsible"] or agency in rec["responsible"]


def check_cycles(sources, set_dir: Path):
    """Cross-year checks for samples/cycles (format: samples/cycles/README.md)."""
    recs = load_recommendations(set_dir / "recommendations-2020.yml")
    recs_2021 = load_recommendations(set_dir / "recommendations-2021.yml", REC_KEYS_2021)
    by_file = {data["file"]: data for _name, data in sources}
    for rid, rec in recs_2021.items():
        for f in rec.get("seeded_in") or []:
            if by_file.get(f, {}).get("cycle") != 2021:
                fail(f"recommendations-2021.yml: {rid} seeded_in {f}, not a 2021 sample")
    for name, data in sources:
        g = data["gold"]
        cycle = data.get("cycle")
        if cycle not in (2020, 2021) or str(cycle) != data.get("dest"):
            fail(f"{name}: cycle {cycle!r} must be 2020 or 2021 and equal dest "
                 f"{data.get('dest')!r}")
            continue
        extras = [k for k in build.GOLD_EXTRA_KEYS if k in g]
        if cycle == 2020:
            if extras:
                fail(f"{name}: 2020 gold should be the plain format, has {extras}")
            continue
        want = ["previous", "rating_changes", "new_evidence", "carried_evidence",
                "recommendations", "recommendation_evidence"]
        if extras != want:
            fail(f"{name}: 2021 gold keys {extras} != {want}")
            continue
        prev = by_file.get(g["previous"])
        if prev is None or prev.get("cycle") != 2020 or prev["gold"]["agency"][0] != g["agency"][0]:
            fail(f"{name}: previous {g['previous']!r} is not the same agency's 2020 submission")
            continue
        before, after = prev["gold"]["self_ratings"], g["self_ratings"]
        for k in GSCP_STANDARDS:
            b, a = before.get(k), after.get(k)
            expect = None
            if a and b:
                expect = "same" if a == b else "up" if RANK[a] > RANK[b] else "down"
            if g["rating_changes"].get(k) != expect:
                fail(f"{name}: rating_changes[{k}] {g['rating_changes'].get(k)} "
                     f"but {b} -> {a} is {expect}")
        up_no_ev = {k for k, v in g["gaps_expected"].items() if "RATING_UP_WITHOUT_EVIDENCE" in v}
        for k in up_no_ev:
            if g["rating_changes"].get(k) != "up":
                fail(f"{name}: RATING_UP_WITHOUT_EVIDENCE on {k}, which did not go up")
            if k in g["new_evidence"]:
                fail(f"{name}: standard {k} has new evidence but RATING_UP_WITHOUT_EVIDENCE")
            if not g["carried_evidence"].get(k):
                fail(f"{name}: RATING_UP_WITHOUT_EVIDENCE on {k} without carried_evidence")
        for k, change in g["rating_changes"].items():
            if change == "up" and k not in up_no_ev:
                if not g["new_evidence"].get(k):
                    fail(f"{name}: standard {k} went up with no new_evidence listed")
                if "RATING_UP_WITHOUT_EVIDENCE" not in g["gaps_forbidden"].get(k, []):
                    fail(f"{name}: standard {k} went up with new evidence; "
                         "forbid RATING_UP_WITHOUT_EVIDENCE")
        now, then = RENDERED.get(data["file"]), RENDERED.get(prev["file"])
        if now is None or then is None:
            continue
        for frags in g["new_evidence"].values():
            for f in frags:
                if now.count(norm(f)) != 1 or norm(f) in then:
                    fail(f"{name}: new evidence {f!r} must be once in {data['file']} "
                         f"and absent from {prev['file']}")
        for frags in g["carried_evidence"].values():
            for f in frags:
                if norm(f) not in now or norm(f) not in then:
                    fail(f"{name}: carried evidence {f!r} must be in both {data['file']} "
                         f"and {prev['file']}")
        owned = {rid for rid, rec in recs.items() if owns(rec, g["agency"][0])}
        if set(g["recommendations"]) != owned:
            fail(f"{name}: recommendations {sorted(g['recommendations'])} != owned {sorted(owned)}")
        units = [s for _sec, _kind, text in build.iter_text_units(data) for s in sentences(text)]
        for rid, status in g["recommendations"].items():
            if status not in REC_STATUSES:
                fail(f"{name}: recommendation {rid} has bad status {status}")
            frags = g["recommendation_evidence"].get(rid, [])
            if status == "not_mentioned":
                if frags:
                    fail(f"{name}: {rid} not_mentioned but has evidence fragments")
                number = recs[rid]["number"] if rid in recs else None
                if number and re.search(rf"\brecommendation {number}\b", now, re.I):
                    fail(f"{name}: {rid} not_mentioned but the text names recommendation {number}")
            elif not frags:
                fail(f"{name}: {rid} is {status} but has no evidence fragments")
            for f in frags:
                if sum(f in s for s in units) != 1:
                    fail(f"{name}: recommendation fragment {f!r} not in exactly one sentence")
                if now.count(norm(f)) != 1:
                    fail(f"{name}: recommendation fragment {f!r} occurs "
                         f"{now.count(norm(f))} times in the rendered text")
        for rid in g["recommendation_evidence"]:
            if rid not in g["recommendations"]:
                fail(f"{name}: recommendation_evidence for {rid}, which has no status")


def check_set(set_name: str, sources, root: Path, args) -> None:
    files = defaultdict(list)
    for name, data in sources:
        files[data["file"]].append(name)
        check_gold_source(name, data)
        info = check_rendered(name, data, root)
        if args.verbose and info:
            print(f"{data['file']:45s} {info}")
    for f, names in files.items():
        if len(names) > 1:
            fail(f"output {f} produced by several sources {names}")
    gold_dir = root / "gold"
    expected = {f"{f}.yml" for f in files}
    for gf in gold_dir.glob("*.yml"):
        if gf.name not in expected:
            fail(f"stale gold file {gf.name}")
    dests = {d.get("dest", "submissions") for _n, d in sources}
    if set_name == "main":
        dests = {"submissions", "bad"}
    for d in sorted(dests):
        for p in (root / d).glob("*"):
            if p.name not in files:
                fail(f"stale output {d}/{p.name}")
    if set_name == "cycles":
        check_cycles(sources, root)
    if args.determinism:
        check_determinism(HERE / build.SETS[set_name][0], root)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--set", dest="source_set", choices=[*build.SETS, "all"], default="all",
                    help="source set to check (default: all); sentences are always "
                    "compared across all sets")
    ap.add_argument("--root", type=Path, help="where the rendered files are (one set only)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    by_set = {name: build.load_sources(src_dir=HERE / src)
              for name, (src, _out) in build.SETS.items() if (HERE / src).is_dir()}
    names = [n for n in by_set if args.source_set in (n, "all")]
    if args.root and len(names) != 1:
        raise SystemExit("--root needs a single --set")
    # sentence reuse is checked across every source in every set
    check_sources([(f"{n}/{name}" if n != "main" else name, data)
                   for n, srcs in by_set.items() for name, data in srcs])
    total = 0
    for set_name in names:
        root = args.root or HERE / build.SETS[set_name][1]
        check_set(set_name, by_set[set_name], root, args)
        total += len(by_set[set_name])
    for m in failures:
        print("FAIL", m)
    print(f"{total} sources ({', '.join(names)}), {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
