#!/usr/bin/env python3
"""Validate the sample corpus: sources, gold files and rendered outputs.

    python samples/check.py                # lint sources + gold, inspect rendered files
    python samples/check.py --determinism  # also rebuild twice in temp dirs and compare bytes

Exits non-zero on any failure. Checks:

* no sentence of more than 6 words appears in two different sources (framework titles and the
  canonical common-question wording are allowed, since the partnership template prints them);
* no real person named in the seed audit report is used;
* gold files: valid keys, codes and ratings; Table 1 agencies rated exactly as Table 1;
  every ``evidence_must_include`` fragment sits in exactly one sentence of the source, inside the
  right standard's section, and occurs exactly once in the rendered text; 2-4 fragments per
  standard present; every ``personal_data`` string occurs in the rendered text;
* PDFs: 2-10 pages, running header and "Page N of M" on every page; docx open with python-docx;
* bad files fail in the intended way.
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
             "FUTURE_TENSE_UNDER_GREEN", "STALE_POLICY", "COMMON_QUESTION_UNANSWERED"}
ERROR_CODES = {None, "CORRUPT", "ENCRYPTED", "NO_TEXT", "UNSUPPORTED_FORMAT", "EMPTY"}
# People named in the seed report: never reuse any of these names.
BANNED_NAMES = ["Crompton", "Dempsey", "Eardley", "Dougan", "James-Hodges", "Megan Land", "Morgan Smith",
                "Brandon Watkins", "Maxie Wells", "Steve Miles", "Dave Jones", "Jackie Barnes"]

SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(\[\u2018\u201c])")

failures: list[str] = []


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
    if canon in TABLE1:
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


def check_determinism():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        build.build(Path(a), quiet=True)
        build.build(Path(b), quiet=True)
        for pa in sorted(Path(a).rglob("*")):
            if pa.is_file():
                rel = pa.relative_to(a)
                pb = Path(b) / rel
                if pa.read_bytes() != pb.read_bytes():
                    fail(f"not deterministic: {rel}")
                committed = HERE / rel
                if not committed.exists() or committed.read_bytes() != pa.read_bytes():
                    fail(f"committed file out of date (re-run build.py): {rel}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("--root", type=Path, default=HERE, help="where the rendered files are")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    sources = build.load_sources()
    check_sources(sources)
    files = defaultdict(list)
    for name, data in sources:
        files[data["file"]].append(name)
        check_gold_source(name, data)
        info = check_rendered(name, data, args.root)
        if args.verbose and info:
            print(f"{data['file']:45s} {info}")
    for f, names in files.items():
        if len(names) > 1:
            fail(f"output {f} produced by several sources {names}")
    stems = defaultdict(list)
    for f in files:
        stems[Path(f).stem].append(f)
    gold_dir = args.root / "gold"
    expected = {f"{f}.yml" for f in files}
    for gf in gold_dir.glob("*.yml"):
        if gf.name not in expected:
            fail(f"stale gold file {gf.name}")
    for d in ("submissions", "bad"):
        for p in (args.root / d).glob("*"):
            if p.name not in files:
                fail(f"stale output {d}/{p.name}")
    if args.determinism:
        check_determinism()
    for m in failures:
        print("FAIL", m)
    print(f"{len(sources)} sources, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
