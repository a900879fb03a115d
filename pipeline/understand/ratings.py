"""Find each standard's self-rating: in table cells (words, letters, numbers or colour
alone), in headings ("Leadership and accountability: Green") and in prose ("we have assessed
ourselves as Amber against standard three"). Wording is mapped through the framework's scale.

Where two sources disagree, the most specific wins (a rating cell in the standard's own
table over a summary table, over a sentence) and a warning names both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import cast

from rapidfuzz.distance import OSA

from pipeline.ingest.colours import rating_of
from pipeline.understand.headings import (
    match_standard,
    number_value,
    standard_by_number,
    standard_references,
    topic_references,
)
from pipeline.understand.segment import row_standards, standard_column
from pipeline.values import (
    RATING_RANK,
    Block,
    Cell,
    Document,
    Framework,
    Rating,
    RatingMethod,
    Segmentation,
    SelfRating,
)

_LABEL = re.compile(
    r"\b(rag|rating|rated|self[- ]?assess\w*|self[- ]?rating|grade|grading|score|judgement|"
    r"overall|assessment|compliance level|maturity|status|criteria met)\b",
    re.IGNORECASE,
)
_RATING_VERB = re.compile(
    r"\b(rag[- ]?rat\w*|rat(?:e|ed|es|ing|ings)|assess(?:ed|es|ing|ment)?|self[- ]?assess\w*|"
    r"grad(?:e|ed|ing)|judg(?:e|ed|ing|ement)|scor(?:e|ed|es|ing)|RAG|"
    r"(?:place|put|hold|held|keep|kept|consider|see|regard|count|class)\w* (?:ourselves|us|it|this"
    r"|the standard|this standard|our position)|put (?:it|this|ourselves)? ?at|"
    r"consider (?:that )?(?:this|it|the|standard|we|our)|think (?:this|that|we|it)|"
    r"believe (?:that )?(?:this|it|we|green|amber|red|our)|justified|justifies|deserves?|merits?|"
    r"calling (?:this|it|ourselves)|call (?:this|it|ourselves)|gives? (?:ourselves|us|it|this)|"
    r"gets? an?|our (?:view|position|verdict|conclusion)|honest (?:rating|position|answer)|"
    r"remains?|remained|stays?|stayed|(?:is|are) still|"
    # a change of rating: "has been lowered from Green to Amber", "we have moved it up to Green"
    r"(?:moved|lowered|raised|dropped|downgraded|upgraded|revised|changed|gone (?:up|down)|"
    r"come (?:up|down)|brought (?:it |this )?(?:up|down)))\b",
    re.IGNORECASE,
)
# A score given in words: "we would give ourselves a 2", "this one gets a 3", "scored 1".
_SCORE = re.compile(
    r"\b(?:scor(?:e|ed|es|ing)|gives?|giving|gave|gets?|deserves?|merits?|award(?:ed|s)?|"
    r"rat(?:e|ed|es|ing))\s+(?:(?:ourselves|us|it|this|the standard|this standard)\s+)?"
    r"(?:(?:at|as)\s+)?(?:(?:an?|a score of|a rating of)\s+)?(?P<score>\d)\b"
    r"(?!\s*(?:%|per ?cent|of\b|out of \d\d|[.,]\d|"
    r"(?!(?:for|on|in|against|out of [1-9]|this|overall|here|again|too|as|and|because|but|"
    r"which|since|so|though)\b)[a-z]))",
    re.IGNORECASE,
)
# A rating the sentence goes on to replace: "..., but our rating for this year is Amber".
_SUPERSEDED = re.compile(
    r",?\s*\bbut\s+(?:our|the)\s+(?:revised\s+|actual\s+)?(?:rating|self-rating|"
    r"self-assessment)\b[^.]{0,40}?\b(?:is|are|will be|has been)\b",
    re.IGNORECASE,
)
# Coloured circles typed as emoji: their colour is the rating.
_EMOJI_RATING: dict[str, Rating] = {"🟢": "green", "🟠": "amber", "🟡": "amber", "🔴": "red"}
_EMOJI = re.compile("|".join(_EMOJI_RATING))
# A place on the return's own scale, read through its bands: "On a scale of 0 to 10 we are
# at 7", "I would put us at 6".
_SCALED = re.compile(
    r"\b(?:we are|we're|we sit|we would (?:put|place) ourselves|we (?:put|place) ourselves|"
    r"(?:would )?(?:put|place)s? us)\s+(?:at|on)\s+(?:a\s+)?(?P<score>\d{1,2})\b"
    r"(?:\s*(?:/|out of)\s*\d{1,2})?(?!\s*(?:%|per ?cent|[.,]\d))",
    re.IGNORECASE,
)
# Words around a rating that put it in another time, a hypothesis or a key, not this
# year's self-rating: "Amber last year", "moved from amber", "we aim to be green by 2022",
# "3 for met, 2 for partly met".
_ANOTHER_TIME_AFTER = re.compile(
    r"^\W*(?:\w+\W+)?(?:last|previous|prior|the (?:previous|last|year before))\s+"
    r"(?:year|cycle|audit|return|time|round|self-assessment)\b|"
    r"^\W*(?:next year|in future|in the future|by (?:the end of )?(?:20\d\d|next|march|april))",
    re.IGNORECASE,
)
_ANOTHER_TIME_BEFORE = re.compile(
    r"(?:\b(?:last year|last time|previously|previous(?: year| cycle| audit| return| rating)?|"
    r"prior year|the year before|in the last (?:audit|cycle|return))\b"
    r"(?:(?!\b(?:and|but|while|whereas|now|this year)\b)[^.;,]){0,45}"
    r"|\bfrom\s*(?:an?\s+)?"
    r"|\b(?:aim|aiming|hope|hoping|expect|expecting|plan|planning|want|intend|intending|"
    r"ambition|target|working towards?|move (?:up )?to|moving (?:up )?to|get to|reach|achieve|"
    r"become|until|not yet|before (?:we|it) (?:can|could) (?:\w+ ){0,3})\b[^.;,]{0,20})$",
    re.IGNORECASE,
)
_KEY_AFTER = re.compile(
    r"^\s*(?:=|means|mean|indicates|signifies|denotes|stands for|is (?:given|used) (?:for|when|"
    r"where)|for\s+(?:fully|partly|partially|not|met|mostly|all|some|most|minimum))",
    re.IGNORECASE,
)
# A colour word that names a thing: "red flags", "Green Lane", "amber lights".
_NOT_A_RATING_AFTER = re.compile(
    r"^[\s-]*(?:flags?|tape|lines?|zones?|lights?|rooms?|spaces?|lanes?|belts?|cards?|book|"
    r"paper|cross|routes?|star|park|street|road|house|centre|center|alert|warning)\b",
    re.IGNORECASE,
)
_KEY_SENTENCE = re.compile(
    r"\b(?:key|legend|means|scale|definitions?|defined|please|rate each|rating each|"
    r"conver(?:t|ts|ted|sion)|as follows|bands?|rule|equivalent to)\b|=|"
    r"\bfor (?:fully |partly |partially |not )?met\b",
    re.IGNORECASE,
)
# "Our ratings of Red, Green, Amber and Green", in framework order.
_RATING_LIST = re.compile(r"\bratings?\b|\bscores?\b", re.IGNORECASE)
_ALL_STANDARDS = re.compile(
    r"\b(all|each of the|every one of the|across the|across all)\s+(\w+\s+)?"
    r"(standards|areas|themes)\b",
    re.IGNORECASE,
)


# A footnote marker on a rating ("Green¹", "Amber*", "Red†"): the rating stands.
_MARKER = "[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]"
_OVERALL = re.compile(r"\b(overall|summary|total|in all)\b", re.IGNORECASE)
# An overall rating said to be the whole agency's: "Overall rating for Ostmere College",
# "overall assessment of the Trust", "overall rating for our organisation".
_AGENCY_OVERALL = re.compile(
    r"\boverall\s+(?:self[- ]?)?(?:rag\s+)?(?:rating|assessment|grade|judgement|position)?\s*"
    r"(?:for|of)\s+(?!(?:this |the |each |every )?standard\b)(?:the\s+|our\s+)?"
    r"(?:(?-i:[A-Z])\w+|organisation|organization|agency|service|trust|council|college)\b",
    re.IGNORECASE,
)


class _Scale:
    """The framework's wording, split into what may be read from a cell and from prose,
    with the codes a document's own key defines ("4 = Fully met = Green")."""

    def __init__(
        self,
        framework: Framework,
        codes: dict[str, Rating | None] | None = None,
        split: str | None = None,
        bands: tuple[_Band, ...] = (),
    ) -> None:
        self.cell = dict(framework.scale)
        self.cell.update(_EMOJI_RATING)
        self.cell.update(codes or {})
        # The words and symbols the return's own key defines ("Good", "Requires
        # improvement", "✓✓"): a paragraph that opens with one answers with that rating.
        self.openers = {c: r for c, r in (codes or {}).items() if not re.fullmatch(r"\w", c)}
        # Score bands of the key ("12 to 14 criteria met = Green", "85% or more is Green").
        self.bands = bands
        # Which part of a split rating ("A/G") the return's key says counts: "first",
        # "second", or None (then the lower, as the framework reads "Amber/Green").
        self.split = split
        prose = {
            word: rating
            for word, rating in framework.scale.items()
            if rating is not None
            and (" " in word or word in ("green", "amber", "red") or "/" in word)
        }
        words = sorted(prose, key=len, reverse=True)
        self.prose = prose
        self.prose_pattern = (
            re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")"
                r"(?=" + _MARKER + r"|(?![\w-]))",
                re.IGNORECASE,
            )
            if words
            else None
        )

    def from_cell(self, text: str) -> tuple[Rating | None, str] | None:
        """A rating when the cell holds only scale wording (or starts with a rating word)."""
        cleaned = re.sub(r"(?:[\s.:;*()\[\]]|" + _MARKER + r")+$", "", text.strip().lower())
        cleaned = re.sub(r"^[\s:;*()\[\]-]+", "", cleaned)
        scored = re.fullmatch(r"\d\s*[-–—:=(]\s*(\D.*?)\)?", cleaned)  # "4 - Fully met"
        if scored and scored.group(1).strip() in self.cell:
            return self.cell[scored.group(1).strip()], text.strip()
        if cleaned in self.cell:
            return self.cell[cleaned], text.strip()
        if (misspelt := _misspelt_colour(cleaned)) is not None:
            return misspelt, text.strip()  # "Amer", "Gren", "gree n" typed in a RAG cell
        number = re.fullmatch(r"(\d)\s*(?:/\s*\d|out of \d)?", cleaned)
        if number and number.group(1) in self.cell:
            return self.cell[number.group(1)], text.strip()
        if self.prose_pattern:
            match = self.prose_pattern.match(cleaned)
            if (
                match
                and len(cleaned.split()) <= 12
                and (len(cleaned) == match.end() or cleaned[match.end()] in " -–—:,.(/")
            ):
                return self.prose[match.group(1).lower()], text.strip()
        return None

    def exact(self, text: str) -> tuple[Rating | None, str] | None:
        """A rating when ``text`` is nothing but scale wording: a word or phrase, a letter
        ("G"), a score of the key ("4", "3/4") or a colour word; unlike :meth:`from_cell`
        nothing may follow it."""
        cleaned = re.sub(r"(?:[\s.:;*]|" + _MARKER + r")+$", "", text.strip()).strip()
        if not cleaned:
            return None
        lowered = cleaned.lower()
        if len(cleaned) == 1 and cleaned.isalpha() and not cleaned.isupper():
            return None  # a lone lower-case "a" is a word, not Amber
        graded = re.fullmatch(r"([A-Z]|[A-Za-z]{3,})\s*[+\-−–]", cleaned)
        if graded and (base := self.exact(graded.group(1))) is not None:
            return base[0], cleaned  # a sub-grade: "A+" is Amber close to Green, still Amber
        if lowered in self.cell:
            return self.cell[lowered], cleaned
        number = re.fullmatch(r"(\d)\s*(?:/\s*\d|out of \d)", lowered)
        if number and number.group(1) in self.cell:
            return self.cell[number.group(1)], cleaned
        if self.bands and (banded := self.banded(lowered)) is not None:
            return banded, cleaned
        pair = re.fullmatch(r"([a-z]+)\s*/\s*([a-z]+)", lowered)
        if pair and pair.group(1) in self.cell and pair.group(2) in self.cell:
            first, second = self.cell[pair.group(1)], self.cell[pair.group(2)]
            if first is None or second is None:
                return None
            if self.split == "first":
                return first, cleaned
            if self.split == "second":
                return second, cleaned
            return min((first, second), key=RATING_RANK.__getitem__), cleaned
        return None

    def banded(self, text: str) -> Rating | None:
        """A score read through the key's bands: "13 of 14", "11/12", "85%", and a bare
        number when the bands are of plain scores ("8-10 = Green": "8")."""
        score = _SCORE_VALUE.fullmatch(text)
        if not score:
            plain = re.fullmatch(r"\d{1,2}", text.strip())
            if plain is None:
                return None
            plain_value = float(plain.group(0))
            return next(
                (b.rating for b in self.bands if not b.percent and b.low <= plain_value < b.high),
                None,
            )
        got = float(score.group("got"))
        whole = float(score.group("whole")) if score.group("whole") else None
        for band in self.bands:
            if band.percent:
                value = 100 * got / whole if whole else (got if score.group("pct") else None)
            else:
                value = got
            if value is not None and band.low <= value < band.high:
                return band.rating
        return None


@dataclass(frozen=True)
class _Band:
    low: float
    high: float
    percent: bool
    rating: Rating


_SCORE_VALUE = re.compile(
    r"(?P<got>\d+(?:\.\d+)?)\s*(?:(?P<pct>%)|(?:of|out of|/)\s*(?P<whole>\d+))"
    r"(?:\s+(?:criteria|standards?|points|items|questions|marks))?(?:\s+met)?"
)
# "12 to 14 criteria met = Green", "8 to 11 = Amber", "7 or fewer = Red", "85% or more of
# criteria met is Green", "50% to 84% is Amber", "below 50% is Red".
_BAND = re.compile(
    r"(?:(?P<low>\d+)%?\s*(?:to|-|–)\s*(?P<high>\d+)%?"
    r"|(?P<floor>\d+)%?\s*(?:or (?:more|above|over|higher)|and (?:above|over)|\+)"
    r"|(?:below|under|less than|fewer than)\s+(?P<ceiling>\d+)%?"
    r"|(?P<top>\d+)%?\s*or (?:fewer|less|below|under))"
    r"[^;.=]{0,40}?(?:(?:=|\bis\b|\bgives\b|\bmeans\b|:|[-–—])[^;.]{0,12}?)?"
    r"\b(?P<colour>green|amber|red)\b",
    re.IGNORECASE,
)


def _bands(text: str) -> tuple[_Band, ...]:
    """The score bands a key sentence defines, each from its low score up to (not
    including) the next whole number above its high one: "8 to 11" holds 11.5 (a
    percentage between bands), "below 50%" ends at 50."""
    bands = []
    for match in _BAND.finditer(text):
        group = match.groupdict()
        rating = cast(Rating, group["colour"].lower())
        percent = "%" in text
        if group["low"] is not None:
            low, high = float(group["low"]), float(group["high"]) + 1
        elif group["floor"] is not None:
            low, high = float(group["floor"]), float("inf")
        elif group["ceiling"] is not None:
            low, high = float("-inf"), float(group["ceiling"])
        else:
            low, high = float("-inf"), float(group["top"]) + 1
        bands.append(_Band(low, high, percent, rating))
    return tuple(bands) if len({b.rating for b in bands}) >= 2 else ()


# A key that says which part of a split rating counts: "The second letter is our rating".
_SPLIT_RULE = re.compile(
    r"\b(?P<which>first|second|last|latter|right-hand|left-hand)\s+(?:letter|colour|color|"
    r"rating|one)\b[^.]{0,40}?\b(?:is our (?:rating|self-rating)|counts|is the (?:rating|one)"
    r"|gives our rating)",
    re.IGNORECASE,
)


# A column of ratings that are not this year's own: a target, another body's judgement.
_NOT_OURS_NOW = re.compile(
    r"\b(?:target|aim|ambition|aspiration|goal|next year|planned|projected|forecast|"
    r"moderat\w*|panel|ofsted|cqc|hmicfrs|hmip|inspect\w*|peer review)\b",
    re.IGNORECASE,
)
# A rating given by someone else, or to something else, is evidence, not the self-rating:
# "scored amber on the corporate risk register", "rated Green by internal audit".
_OTHER_RATING = re.compile(
    r"\b(risk (?:register|log)|(?:by|from|in) (?:the |our |an? )?(?:internal |external )?"
    r"(?:audit|auditors?|inspection|inspectorate|inspectors?|peer review)|Ofsted|CQC|HMICFRS|"
    r"HMIP)\b",
    re.IGNORECASE,
)


def is_rating_statement(text: str, framework: Framework) -> bool:
    """True for a sentence that only states a self-rating ("We have rated ourselves Amber
    against standard two"); such sentences are the rating, not evidence for it."""
    scale = _scale(framework)
    if scale.prose_pattern is None or not scale.prose_pattern.search(text):
        return False
    if _OTHER_RATING.search(text):
        return False
    colours = {m.group(1).lower() for m in _COLOUR_WORD.finditer(text)}
    if len(colours) >= 2 and _KEY_SENTENCE.search(text):
        return True  # a key ("green means fully met, amber means partly met"): no evidence
    words = len(text.split())
    return words <= 8 or (words <= 18 and bool(_RATING_VERB.search(text)))


_SCALES: dict[int, _Scale] = {}


def _scale(framework: Framework) -> _Scale:
    key = id(framework)
    if key not in _SCALES:
        _SCALES[key] = _Scale(framework)
    return _SCALES[key]


def _cell_rating(cell: Cell, scale: _Scale) -> tuple[Rating | None, str, RatingMethod] | None:
    """(rating, original wording, method) for a cell, from its words or else its colour."""
    from_text = scale.from_cell(cell.text) if cell.text.strip() else None
    if from_text is not None:
        return from_text[0], from_text[1], "table"
    if len(cell.text.strip()) <= 3:
        colour = rating_of(cell.fill)
        if colour:
            return colour, f"cell shaded #{cell.fill}", "shading"
        ink = rating_of(cell.ink)
        if ink:
            return ink, f"{cell.text.strip()} coloured #{cell.ink}", "shading"
    return None


def _misspelt_colour(cell: str) -> Rating | None:
    """A cell that is "green" or "amber" typed with one slip (a letter missing, added,
    changed or swapped, or a space inside): "Amer", "Gren", "Ambre", "gree n". "Red" is
    too short to tell from other words."""
    word = cell.replace(" ", "")
    if not 3 <= len(word) <= 6 or not word.isalpha():
        return None
    colours: tuple[Rating, ...] = ("green", "amber")
    for colour in colours:
        if OSA.distance(word, colour) <= 1:
            return colour
    return None


_COLOUR_WORD = re.compile(r"(?<![\w-])(green|amber|red)(?![\w-])", re.IGNORECASE)


def _key_rows(block: Block, framework: Framework, scale: _Scale) -> dict[str, Rating] | None:
    """The codes a key (legend) table defines, or None when the table is not a key. A key
    names no standard, and two or more of its rows each give a different rating through
    a colour word or scale wording: "4 | Fully met | Green", "Compliant | The standard is
    fully met (green)"."""
    if block.kind != "table" or not 2 <= len(block.rows) <= 8:
        return None
    if standard_column(block, framework) is not None:
        return None  # an evidence table: its Std column names standards
    if any(len(c.text) > 160 for row in block.rows for c in row):
        return None  # a key's entries are short
    codes: dict[str, Rating] = {}
    ratings: set[Rating] = set()
    unrated = 0
    for row in block.rows:
        texts = [c.text.strip() for c in row]
        if any(len(t) <= 100 and match_standard(t, framework)[0] for t in texts if t):
            return None  # a row of a summary table
        colours = {m.group(1).lower() for t in texts for m in _COLOUR_WORD.finditer(t)}
        row_rating: Rating | None = None
        if len(colours) == 1:
            row_rating = framework.scale.get(colours.pop())
        else:
            parsed = [p[0] for t in texts[1:] if (p := scale.from_cell(t)) and p[0]]
            if not parsed and scale.prose_pattern is not None:
                # "G | Standard fully met": the meaning names the scale in a phrase
                parsed = [
                    r
                    for t in texts[1:]
                    for m in scale.prose_pattern.finditer(t)
                    if (r := scale.prose[m.group(1).lower()])
                ]
            row_rating = parsed[0] if len(set(parsed)) == 1 else None
        if row_rating is None:
            if not any(_SPLIT_RULE.search(t) for t in texts):
                unrated += 1
            continue
        ratings.add(row_rating)
        for text in texts:
            if text and len(text) <= 25 and not _COLOUR_WORD.fullmatch(text):
                code = text.lower().rstrip(".")
                if codes.get(code, row_rating) != row_rating:
                    return None  # a key gives each code one rating
                codes[code] = row_rating
    if unrated > 1:
        return None  # every entry of a key, bar a header, defines a rating
    return codes if len(ratings) >= 2 and len(codes) >= 2 else None


# "4 = Fully met (Green)", "3 - mostly met - amber", "5 or 4 = Green" in a key sentence.
_KEY_ENTRY = re.compile(
    r"(?<![\w.])(?P<code>(?:\d|[A-Z])(?:\s*(?:or|and|,)\s*(?:\d|[A-Z]))*)\s*(?:=|:|[-–—])"
    r"\s*[^,;=]{0,40}?\b(?P<colour>green|amber|red)\b",
    re.IGNORECASE,
)
_KEY_CODES = re.compile(r"(?<![\w.])(?:\d|[A-Z])(?!\w)", re.IGNORECASE)


def document_scale(document: Document, framework: Framework) -> tuple[_Scale, frozenset[int]]:
    """The framework's scale with the codes the document's own key defines, and the blocks
    that are keys (they define ratings, they do not give any)."""
    base = _scale(framework)
    codes: dict[str, Rating | None] = {}
    keys: set[int] = set()
    split: str | None = None
    bands: tuple[_Band, ...] = ()
    for position, block in enumerate(document.blocks):
        texts = (
            [c.text for row in block.rows for c in row] if block.kind == "table" else [block.text]
        )
        for text in texts:
            if rule := _SPLIT_RULE.search(text):
                split = (
                    "first" if rule.group("which").lower() in ("first", "left-hand") else "second"
                )
        if block.kind == "table":
            found = _key_rows(block, framework, base)
            if found:
                codes.update(found)
                keys.add(block.index)
        elif _KEY_SENTENCE.search(block.text) and len(block.text) < 400:
            lines = _key_lines(document, position)
            text = "; ".join(b.text for b in (block, *lines))
            entries = list(_KEY_ENTRY.finditer(text))
            is_key = False
            if len({e.group("colour").lower() for e in entries}) >= 2:
                for entry in entries:
                    for code in _KEY_CODES.findall(entry.group("code")):
                        codes[code.lower()] = framework.scale.get(entry.group("colour").lower())
                is_key = True
            if worded := _worded_key(text, framework):
                codes.update(worded)
                is_key = True
            if found_bands := _bands(text):
                bands = found_bands
                is_key = True
            if is_key:
                keys.update(b.index for b in (block, *lines))
    if not codes and split is None and not bands:
        return base, frozenset(keys)
    return _Scale(framework, codes, split, bands), frozenset(keys)


def _key_lines(document: Document, position: int) -> list[Block]:
    """The entries of a key set out one to a line after its opening, the block at
    ``position`` ("Our key is:" then "★★★★ Green: ...", "★★★☆ Amber: ..."): the short lines
    that follow, each naming one colour; none when the opening already names two or more."""
    opening = document.blocks[position]
    if len({m.group(1).lower() for m in _COLOUR_WORD.finditer(opening.text)}) >= 2:
        return []
    lines: list[Block] = []
    for block in document.blocks[position + 1 : position + 1 + _KEY_LINES]:
        colours = {m.group(1).lower() for m in _COLOUR_WORD.finditer(block.text)}
        if block.kind in ("heading", "table") or len(block.text) > 200 or len(colours) != 1:
            break
        lines.append(block)
    return lines if len(lines) >= 2 else []


_KEY_LINES = 6  # a key's entries one to a line: at most this many

# A key in words: "please read Good as Green, Requires improvement as Amber and Inadequate
# as Red"; "Yes = Green (fully met), Partly = Amber"; "a standard where every answer is
# Yes is Green; any Partly makes it Amber"; "✓✓ = fully met (Green) ✓ = partly met (Amber)".
_SYMBOL_ENTRY = re.compile(
    r"(?P<code>[✓✔✗✘×★☆]+)\s*(?:(?:=|:|[-–—])\s*[^✓✔✗✘×★☆=]{0,40}?|(?:or (?:fewer|less|more) )?)"
    r"\b(?P<colour>green|amber|red)\b",
    re.IGNORECASE,
)
_KEY_CLAUSE = re.compile(r"[;,.]|\band\b(?! (?:\w+ ){1,2}(?:is|are)\b)")
_KEY_LINK = re.compile(
    r"\s(?:=|:|means|as|is|counts as|converts? to|maps? (?:on)?to|equals|makes it|gives|"
    r"becomes|(?:is|are)(?: both| all)? (?:equivalent|equal) to|equates? to|"
    r"corresponds? to|[-–—])\s",
    re.IGNORECASE,
)
_CODE = re.compile(r"(?:^|\s)(?P<code>[A-Z][\w'-]*(?:\s[a-z][\w'-]*){0,2})\s*$")
_NOT_A_CODE = frozenset(
    {"green", "amber", "red", "key", "scale", "rating", "ratings", "standard", "the", "our"}
)


# 'When we say "we think we are doing well" we mean Green, "we are getting there" means Amber'
_QUOTED_ENTRY = re.compile(
    r"[\"“‘']\s*(?P<code>[^\"”’']{2,40}?)\s*[\"”’']\s*,?\s*(?:we mean|means|=|is|stands for|"
    r"counts as|is our|for)\s+(?P<colour>green|amber|red)\b",
    re.IGNORECASE,
)


def _worded_key(text: str, framework: Framework) -> dict[str, Rating | None]:
    codes: dict[str, Rating | None] = {}
    for entry in _SYMBOL_ENTRY.finditer(text):
        codes[entry.group("code")] = cast(Rating, entry.group("colour").lower())
    for entry in _QUOTED_ENTRY.finditer(text):
        code = entry.group("code").strip(" .,").lower()
        if not _COLOUR_WORD.search(code):
            codes[code] = cast(Rating, entry.group("colour").lower())
    plain = re.sub(
        r"\([^)]*\)", lambda m: m.group(0) if _COLOUR_WORD.search(m.group(0)) else "", text
    )
    for clause in _KEY_CLAUSE.split(plain):
        colours = list(_COLOUR_WORD.finditer(clause))
        if len(colours) != 1 or _SYMBOL_ENTRY.search(clause) or re.search(r"\d", clause):
            continue
        before = clause[: colours[0].start()]
        links = list(_KEY_LINK.finditer(before))
        # the words before the first link name the code ("Good means ..."); else those
        # before the last ("every answer is Yes is Green")
        for link in (links[:1] + links[-1:]) if links else []:
            code = _CODE.search(before[: link.start()])
            if code and _a_code(code.group("code"), framework):
                rating = cast(Rating, colours[0].group(1).lower())
                codes[code.group("code").lower()] = rating
                # "Substantially met and Partially met are both equivalent to Amber"
                joined = _JOINED_CODE.search(before[: code.start("code")])
                if joined and _a_code(joined.group("code"), framework):
                    codes[joined.group("code").lower()] = rating
                break
    return codes if len(set(codes.values())) >= 2 else {}


# The code before "X and" / "X or" / "X," that shares the next code's rating.
_JOINED_CODE = re.compile(
    r"(?:^|[\s.;:])(?P<code>[A-Z][\w'-]*(?:\s[a-z][\w'-]*){0,2})\s*(?:,|\band\b|\bor\b)\s*$"
)


def _a_code(code: str, framework: Framework) -> bool:
    return (
        code.lower() not in _NOT_A_CODE
        and not topic_references(code, framework)
        and not standard_references(code, framework)
    )


# A table that plans actions: its RAG column rates the actions' progress, not a standard.
_ACTION_HEADER = re.compile(
    r"\b(actions?|owner|lead|lead officer|responsible|by whom|target date|by when|deadline|"
    r"timescales?|progress|due date|due|completion date|what we will do|next steps)\b",
    re.IGNORECASE,
)


def _is_action_plan(block: Block, framework: Framework) -> bool:
    """A table of actions, unless it is a tracker with one row per standard (each
    standard once, three or more of them): its RAG column then rates the standards."""
    if not block.rows:
        return False
    header = [c.text for c in block.rows[0]]
    if sum(1 for text in header if _ACTION_HEADER.search(text)) < 2:
        return False
    rows = row_standards(block, framework)
    return not (len(rows) >= 3 and len(set(rows.values())) == len(rows))


def _section_of(segmentation: Segmentation) -> dict[int, str]:
    owner: dict[int, str] = {}
    for section in segmentation.standards:
        for index in section.blocks:
            owner[index] = section.id
    return owner


def _own_headings(document: Document, owner: dict[int, str]) -> dict[str, str]:
    """The return's own headings that stand for a standard: a heading whose text all went
    to one standard ("Chapter 2: Organisational responsibilities" under which "This chapter
    answers Standard 1" placed everything), by its text; ``owner`` is each placed block's
    standard."""
    headings: dict[str, str] = {}
    under: list[str | None] = []
    heading: Block | None = None
    for block in (*document.blocks, None):
        if block is None or block.kind == "heading":
            placed = {u for u in under if u}
            if heading is not None and len(placed) == 1 and all(under):
                headings[_heading_key(heading.text)] = placed.pop()
            heading, under = block, []
        else:
            under.append(owner.get(block.index))
    return headings


def _heading_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", text.lower()).split())


def _table_candidates(
    block: Block,
    owner: str | None,
    framework: Framework,
    scale: _Scale,
    headings: dict[str, str] | None = None,
) -> Iterable[SelfRating]:
    rows = block.rows
    rating_column: int | None = None
    stale: set[int] = set()  # columns of another year: "2019/20", "Last year"
    if rows:
        header = rows[0]
        stale = {
            position
            for position, cell in enumerate(header)
            if position > 0
            and len(cell.text) < 60
            and (another_time(cell.text, framework) or _NOT_OURS_NOW.search(cell.text))
        }
        candidates = [
            position
            for position, cell in enumerate(header)
            if position > 0
            and position not in stale
            and (_LABEL.search(cell.text) or _CYCLE.search(cell.text))
            and len(cell.text) < 60
        ]
        # A column the header calls a rating outranks one that only names a year.
        labelled = [p for p in candidates if _LABEL.search(header[p].text)]
        chosen = labelled or candidates
        rating_column = chosen[-1] if chosen else None
        columns = _standard_columns(header, framework)
        if len(set(columns.values())) >= 2:
            # Standards across the top, ratings below (like the report's Table 1).
            for row in rows[1:]:
                if _last_years_row(row, framework):
                    continue  # a "2019/20" row: last year's ratings
                # Rows of teams or services under an "Overall" row: the overall one rates
                # the agency.
                specificity = 4 if row and _OVERALL.search(row[0].text[:60]) else 3
                for position, standard_id in columns.items():
                    if position < len(row) and (found := _cell_rating(row[position], scale)):
                        rating, wording, method = found
                        if rating is not None:
                            yield SelfRating(
                                standard_id,
                                rating,
                                wording,
                                block.index,
                                block.page,
                                method,
                                specificity,
                            )
            return
    boxes = _box_columns(rows, scale)
    if boxes:
        yield from _ticked_rows(block, boxes, owner, framework)
        return
    by_column = standard_column(block, framework)
    row_owners = row_standards(block, framework) if by_column is not None else {}
    if by_column is None and rating_column is not None:
        row_owners = _rows_in_order(rows, rating_column, framework, scale)
    item_ratings: list[SelfRating] = []  # a rating column's rows rate items of the standard
    for row_number, row in enumerate(rows):
        if not row or (row_number == 0 and rating_column is not None):
            continue  # the header names the rating column: its own fill is decoration
        if _last_years_row(row, framework):
            continue  # "Last year's self-ratings (2019-20) | ..."
        row_standard: str | None = row_owners.get(row_number)
        label_in_row = False
        overall = False
        for position, cell in enumerate(row):
            if len(cell.text) <= 100 and position != by_column:
                named, _ = match_standard(cell.text, framework)
                if not named and headings:
                    named = headings.get(_heading_key(cell.text))  # the return's own heading
                if named and not scale.from_cell(cell.text):
                    row_standard = row_standard or named
            if _LABEL.search(cell.text) and len(cell.text) < 80:
                label_in_row = True
                overall = overall or bool(_OVERALL.search(cell.text))
        for position, cell in enumerate(row):
            if position == by_column or position in stale:
                continue  # "2" in a Std column names the standard, it is not a score
            found = _cell_rating(cell, scale)
            if found is None:
                # "RAG rating: Amber" in one cell
                inline = (
                    re.search(r"[:\-–—]\s*(.+)$", cell.text) if _LABEL.search(cell.text) else None
                )
                if inline and len(cell.text) < 80:
                    parsed = scale.from_cell(inline.group(1))
                    if parsed:
                        found = (parsed[0], cell.text.strip(), "table")
            if found is None:
                continue
            rating, wording, method = found
            if wording.strip().isdigit() and (words := _word_rating(row, position, scale)):
                rating, wording = words  # "3 | Mostly met": the words say which scale
            if position == 0 and not label_in_row and row_standard is None:
                continue  # a first-column word is a label more often than a rating
            if rating_column is not None and row_number > 0 and position != rating_column:
                continue  # the header names the rating column; "1" in a No. column is not a rating
            in_rating_column = (
                rating_column is not None and position == rating_column and row_number > 0
            )
            if not row_standard and _AGENCY_OVERALL.search(cell.text):
                continue  # "Overall rating for Ostmere College: Amber": the agency's, no standard's
            if row_standard:
                # An evidence table's "Standard 2 overall" row outranks its item rows.
                standard_id, specificity = row_standard, 4 if overall else 3
            elif owner and (label_in_row or in_rating_column):
                standard_id, specificity = owner, 4
            elif owner and method == "shading":
                standard_id, specificity = owner, 2
            else:
                continue
            if rating is None:
                continue
            found_rating = SelfRating(
                standard_id, rating, wording, block.index, block.page, method, specificity
            )
            if in_rating_column and not row_standard and not overall:
                item_ratings.append(found_rating)
            else:
                yield found_rating
    if len(item_ratings) >= 2:
        # Rows rated one by one rate the items; a line such as "Overall rating for Standard
        # 2: Amber" rates the standard, so these rank below it.
        yield from (replace(r, specificity=2) for r in item_ratings)
    else:
        yield from item_ratings


def _box_columns(rows: tuple[tuple[Cell, ...], ...], scale: _Scale) -> dict[int, Rating]:
    """A tick-box grid: header cells that are scale words ("Green | Amber | Red") over
    cells that hold only a box. Empty when the table is not one."""
    if len(rows) < 2:
        return {}
    columns = {
        position: parsed[0]
        for position, cell in enumerate(rows[0])
        if position > 0 and (parsed := scale.exact(cell.text)) and parsed[0]
    }
    if len(set(columns.values())) < 2:
        return {}
    boxed = sum(
        1
        for row in rows[1:]
        for position in columns
        if position < len(row) and _BOX.fullmatch(row[position].text.strip())
    )
    # a grid marked with a bare "X" (or a tick) in one column per row, the others left empty
    marked = [
        [
            position
            for position in columns
            if position < len(row) and _MARK.fullmatch(row[position].text)
        ]
        for row in rows[1:]
        if row
    ]
    empty_or_marked = all(
        not row[position].text.strip() or _MARK.fullmatch(row[position].text)
        for row in rows[1:]
        for position in columns
        if position < len(row)
    )
    if boxed < len(columns) and empty_or_marked and sum(len(m) == 1 for m in marked) >= 2:
        return columns
    return columns if boxed >= len(columns) else {}


def _ticked_rows(
    block: Block, columns: dict[int, Rating], owner: str | None, framework: Framework
) -> Iterable[SelfRating]:
    """Each row's ticked column gives its standard's rating; a row with none gives none."""
    for row in block.rows[1:]:
        if not row:
            continue
        named, _ = match_standard(row[0].text[:100], framework)
        references = standard_references(row[0].text, framework)
        number = number_value(re.split(r"\W+", row[0].text.strip())[0] or "")
        by_number = standard_by_number(framework, number) if number is not None else None
        standard_id = (
            references[0].standard_ids[0]
            if references
            else by_number.id
            if by_number
            else named or (owner if len(block.rows) == 2 else None)
        )
        ticked = [
            (position, rating)
            for position, rating in columns.items()
            if position < len(row)
            and (
                ((box := _BOX.fullmatch(row[position].text.strip())) and box.group("ticked"))
                or _MARK.fullmatch(row[position].text)
            )
        ]
        if standard_id and len(ticked) == 1:
            position, rating = ticked[0]
            wording = f"{block.rows[0][position].text.strip()} ticked"
            yield SelfRating(standard_id, rating, wording, block.index, block.page, "table", 3)


def _rows_in_order(
    rows: tuple[tuple[Cell, ...], ...], rating_column: int, framework: Framework, scale: _Scale
) -> dict[int, str]:
    """A summary table with one row per standard in the framework's order, titles in the
    agency's own words: when the rows whose titles do name a standard (two or more) sit
    where that order puts them, the others take their standard by position."""
    standards = framework.standards
    body = [n for n in range(1, len(rows)) if rows[n] and rows[n][0].text.strip()]
    if len(body) != len(standards):
        return {}
    named: dict[int, str] = {}
    for place, row_number in enumerate(body):
        row = rows[row_number]
        label = row[0].text if rating_column != 0 else ""
        standard_id = match_standard(label[:100], framework)[0] if label else None
        if standard_id:
            if standard_id != standards[place].id:
                return {}  # out of order: no position can be trusted
            named[row_number] = standard_id
        if rating_column >= len(row) or _cell_rating(row[rating_column], scale) is None:
            return {}  # every row of such a table carries its rating
    if len(named) < 2:
        return {}
    return {row_number: standards[place].id for place, row_number in enumerate(body)}


def _word_rating(
    row: tuple[Cell, ...], skip: int, scale: _Scale
) -> tuple[Rating | None, str] | None:
    """The rating another cell of the row gives in words, if any."""
    for position, cell in enumerate(row):
        if position != skip and cell.text.strip() and not cell.text.strip()[:1].isdigit():
            parsed = scale.from_cell(cell.text)
            if parsed:
                return parsed
    return None


def _standard_columns(header: tuple[Cell, ...], framework: Framework) -> dict[int, str]:
    """Header cells that name a standard, by number ("1", "Standard 2") or title."""
    columns: dict[int, str] = {}
    for position, cell in enumerate(header):
        if position == 0 or not cell.text.strip():
            continue
        number = number_value(re.sub(r"^(standard|std|s)\s*", "", cell.text.strip(), flags=re.I))
        standard = standard_by_number(framework, number) if number is not None else None
        standard_id = standard.id if standard else match_standard(cell.text[:100], framework)[0]
        if standard_id:
            columns[position] = standard_id
    return columns


@dataclass(frozen=True)
class _Mention:
    """A rating named in a sentence: its place, the rating it maps to, its wording."""

    start: int
    end: int
    rating: Rating | None
    wording: str
    labelled: bool = False  # a ticked box or a labelled value: the sentence states a rating


_YEAR_NEAR = re.compile(
    r"(?:\b(?:in|for|during|at)\s+(?:the\s+)?|\b(?:our|the)\s+)(?P<year>20\d\d)\b"
    r"(?!\s*[/\-–]\s*\d)",
    re.IGNORECASE,
)


# A year of account written as a span, "2019/20", "2019-2020", "2020-21".
_CYCLE = re.compile(r"\b(20\d\d)\s*[/\-–]\s*(20)?(\d\d)\b")


def _earlier_year(text: str, framework: Framework, nearest: str = "any") -> bool:
    """True when ``text`` dates the rating before this audit ("in 2020", "our 2020 return",
    "(2019-20: G)", a "2019/20" column). With ``nearest="last"`` (text before a rating) or
    ``"first"`` (text after it) only the year nearest the rating counts: "2019/20: AMBER
    2020/21: GREEN" dates GREEN this year."""
    years = [(m.start(), int(m.group("year"))) for m in _YEAR_NEAR.finditer(text)]
    years += [(m.start(), 2000 + int(m.group(3))) for m in _CYCLE.finditer(text)]
    if not years:
        return False
    years.sort()
    if nearest == "last":
        return years[-1][1] < framework.audit_year
    if nearest == "first":
        return years[0][1] < framework.audit_year
    return any(year < framework.audit_year for _, year in years)


def another_time(text: str, framework: Framework) -> bool:
    """True for a label that puts what follows in another year ("Last year's self-ratings
    (2019-20)", a "2019/20" column header, "Previous rating")."""
    if _CYCLE.search(text) or _YEAR_NEAR.search(text) or re.search(r"\b20\d\d\b", text):
        years = [2000 + int(m.group(3)) for m in _CYCLE.finditer(text)]
        years += [int(y) for y in re.findall(r"\b(20\d\d)\b(?!\s*[/\-–]\s*\d)", text)]
        if years and max(years) < framework.audit_year:
            return True
    return bool(
        re.search(
            r"\b(last|previous|prior)\s+(year|cycle|audit|return|rating|self[- ]?ratings?)"
            r"|\blast year's\b|\bprevious(ly)?\b",
            text,
            re.IGNORECASE,
        )
    )


def _last_years_row(row: tuple[Cell, ...], framework: Framework) -> bool:
    """A table row labelled with another year: "2019/20 | Green | Amber", "Last year's
    self-ratings | ..."."""
    return len(row) > 1 and len(row[0].text) < 80 and another_time(row[0].text, framework)


# Tick boxes beside scale words: "Green ☒ Amber ☐ Red ☐", "[ ] Green [x] Amber".
_BOX = re.compile(
    r"(?P<ticked>\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✓✔⊠■])|(?P<empty>\[\s*\]|\(\s*\)|[☐□])"
)


# A cell of a tick grid marked on its own: "X", "x", a tick.
_MARK = re.compile(r"\s*(?:[xX✓✔●]|yes)\s*", re.IGNORECASE)


def _ticked(sentence: str, found: list[_Mention]) -> list[_Mention] | None:
    """The mentions whose box is ticked, when the sentence is a row of tick boxes; None
    when it has no boxes. Each scale word takes the box on the side the sentence puts
    them (before the first word or after it); an unticked row gives no rating."""
    boxes = [
        b
        for b in _BOX.finditer(sentence)
        # a key's own symbol given as the rating ("Assessment: ✓✓") is no box beside one
        if not any(m.start < b.end() and b.start() < m.end for m in found)
    ]
    if not boxes or not found:
        return None
    before = boxes[0].start() < found[0].start
    kept = []
    for position, mention in enumerate(found):
        if before:
            low = found[position - 1].end if position else 0
            near = [b for b in boxes if low <= b.start() and b.end() <= mention.start]
            box = near[-1] if near else None
        else:
            high = found[position + 1].start if position + 1 < len(found) else len(sentence)
            near = [b for b in boxes if mention.end <= b.start() and b.end() <= high]
            box = near[0] if near else None
        if box is not None and box.group("ticked"):
            kept.append(replace(mention, labelled=True))
    return kept


# "Self-assessment score: 4", "Standard 1 RAG: G", "(RAG: A)", "Self-rating - G",
# "Assessment against standard two: Non-compliant": a label, a separator and a value that
# is nothing but scale wording.
_FIELD = re.compile(
    r"(?P<label>[^:=()\[\].;]{1,70}?)\s*(?::|=|\s[-–—]\s)\s*(?P<value>[^.;,:()\[\]]{1,30}?)"
    r"\s*(?=$|[.;,)(\]]|\s+[-–—]\s)"
)
_SEPARATOR = re.compile(r"[:=]|\s[-–—]\s")
# "RAG G", "RAG rating A" with no separator.
_RAG_LETTER = re.compile(r"\b(?i:rag)(?:\s+(?i:rating))?\s+(?P<value>[GAR])(?![\w/])")
# A code in brackets after what it rates: "Standard 2 - Safer workforce [A]", "Standard 1
# (G); Standard 2 (A)". Upper-case letters only, and never the first thing on the line
# (a list's "(A)").
_BRACKETED = re.compile(r"(?<=\S)\s*[\[(]\s*(?P<value>[A-Z]{1,2})\s*[\])]\s*(?=$|[;,.])")
# A letter before a numbered standard, as a coloured badge beside a heading reads: "G
# Standard 1: Leadership and accountability".
_LEADING_CODE = re.compile(
    r"^\W*(?P<value>[GAR])\s+(?=(?i:standard|std\.?)\s*(?:\d|one|two|three|four|five)\b)"
)


def _field_mentions(sentence: str, framework: Framework, scale: _Scale) -> list[_Mention]:
    found = []
    # a field needs its separator; most sentences have none, and the search is costly
    fields = _FIELD.finditer(sentence) if _SEPARATOR.search(sentence) else ()
    for match in fields:
        label = match.group("label")
        if not (_LABEL.search(label) or topic_references(label, framework)):
            continue
        parsed = scale.exact(match.group("value"))
        if parsed is None:
            continue
        found.append(_Mention(match.start("value"), match.end("value"), parsed[0], parsed[1], True))
    coded = (_RAG_LETTER, _BRACKETED, _LEADING_CODE)
    for match in (m for pattern in coded for m in pattern.finditer(sentence)):
        parsed = scale.exact(match.group("value"))
        if parsed and not any(m.start == match.start("value") for m in found):
            found.append(
                _Mention(match.start("value"), match.end("value"), parsed[0], parsed[1], True)
            )
    return found


def rating_mentions(
    sentence: str, framework: Framework, scale: _Scale | None = None
) -> list[_Mention]:
    """Every rating a sentence gives as this year's self-rating: scale words and phrases,
    ticked boxes, labelled values ("RAG: G", "score: 4" with the document's key) and
    scores given in words ("we give ourselves a 2"); mentions about another time
    ("Amber last year", "up from amber", "(2019-20: G)"), a hope ("we aim to be green"),
    a key or legend ("3 for met, 2 for partly met") or another body's rating (a risk
    register, an inspectorate) are left out."""
    scale = scale or _scale(framework)
    found: list[_Mention] = []
    if scale.prose_pattern is not None:
        for match in scale.prose_pattern.finditer(sentence):
            rating = scale.prose[match.group(1).lower()]
            found.append(_Mention(match.start(1), match.end(1), rating, match.group(1)))
    for match in _SCORE.finditer(sentence):
        score = match.group("score")
        if score in scale.cell and scale.cell[score] is not None:
            found.append(
                _Mention(match.start("score"), match.end("score"), scale.cell[score], score)
            )
    for match in _EMOJI.finditer(sentence):
        found.append(
            _Mention(
                match.start(), match.end(), _EMOJI_RATING[match.group(0)], match.group(0), True
            )
        )
    if scale.bands:
        for match in _SCALED.finditer(sentence):
            banded = scale.banded(match.group("score"))
            if banded and not any(m.start == match.start("score") for m in found):
                found.append(
                    _Mention(match.start("score"), match.end("score"), banded, match.group(0), True)
                )
    for field in _field_mentions(sentence, framework, scale):
        if not any(m.start < field.end and field.start < m.end for m in found):
            found.append(field)
    found.sort(key=lambda m: m.start)
    # "8 (Green)", "Level 2 (Amber)": the word in brackets restates the rating before it
    found = [
        m
        for n, m in enumerate(found)
        if not (n and re.fullmatch(r"\s*[(\[]\s*", sentence[found[n - 1].end : m.start]))
    ]
    if len(found) >= 2 and _KEY_SENTENCE.search(sentence) and len({m.rating for m in found}) >= 2:
        return []  # a key: "Green = fully met, Amber = partly met"
    ticked = _ticked(sentence, found)
    if ticked is not None:
        found = ticked
    superseded = _SUPERSEDED.search(sentence)
    if superseded and any(m.start >= superseded.end() for m in found):
        # "... still shows Green for Standard 3, but our rating for this year is Amber"
        found = [m for m in found if m.start >= superseded.end()]
    kept = []
    for mention in found:
        before = sentence[max(0, mention.start - 60) : mention.start]
        after = sentence[mention.end : mention.end + 60]
        if _ANOTHER_TIME_AFTER.search(after) or _ANOTHER_TIME_BEFORE.search(before):
            continue
        clause_before = re.split(r"[;,]|\b(?:and|but|while|whereas)\b", before)[-1]
        # "(2019-20: G)" after a rating speaks of its own rating, not of this one.
        clause_after = re.split(r"[(;]", after[:25])[0]
        if _earlier_year(clause_after, framework, "first") or _earlier_year(
            clause_before, framework, "last"
        ):
            continue
        if _KEY_AFTER.search(after) or _NOT_A_RATING_AFTER.search(after):
            continue
        if _OTHER_RATING.search(before[-40:]) or _OTHER_RATING.search(after[:40]):
            continue
        kept.append(mention)
    return kept


def _prose_candidates(
    block: Block, owner: str | None, framework: Framework, scale: _Scale
) -> Iterable[SelfRating]:
    """Ratings given in sentences, each linked to the standard(s) it speaks of: a numbered
    reference or a standard named by title, alias or topic in the same sentence ("Green on
    governance, our workforce and hearing children, and Amber on policies" rates four);
    else a heading's standard; else the section the sentence sits in."""
    if scale.prose_pattern is None:
        return
    for sentence in re.split(r"(?<=[.!?])\s+|\n", block.text):
        mentions = rating_mentions(sentence, framework, scale)
        if not mentions:
            continue
        references = standard_references(sentence, framework)
        # A short sentence that gives a rating is a rating statement ("Green this year.").
        rated = (
            bool(_RATING_VERB.search(sentence))
            or len(sentence.split()) <= 8
            or any(m.labelled for m in mentions)
            # "Our ratings, by topic: Leadership: Amber; Policies: Green"
            or (len(mentions) >= 2 and bool(_RATING_LIST.search(sentence)))
        )
        text = sentence.strip()[:300]
        ranged = _ranges(sentence, mentions, framework) or _all_but(sentence, mentions, framework)
        if ranged:
            for ranged_id, ranged_rating in ranged:
                yield SelfRating(ranged_id, ranged_rating, text, block.index, block.page, "text", 3)
            continue
        listed = _listed(sentence, mentions, references, framework, rated)
        if listed is not None:
            for listed_id, listed_rating in listed:
                yield SelfRating(listed_id, listed_rating, text, block.index, block.page, "text", 1)
            continue
        heading_standard = None
        if block.kind == "heading" or (len(sentence) < 120 and not references):
            stripped = sentence
            for mention in reversed(mentions):
                stripped = stripped[: mention.start] + " " + stripped[mention.end :]
            heading_standard, _ = match_standard(stripped, framework)
        labelled = (
            bool(re.fullmatch(r"\W*[\w' -]{0,40}[:\-–—]\s*\W*\S.{0,30}", sentence.strip()))
            and len(mentions) == 1
        )
        topics = _topic_links(sentence, mentions, framework) if rated else {}
        for position, mention in enumerate(mentions):
            if mention.rating is None:
                continue
            group = (
                _conjoined(
                    sentence, mention, references, mentions[position - 1].end if position else 0
                )
                if rated
                else []
            )
            if len(group) >= 2:
                for group_id in group:
                    yield SelfRating(
                        group_id, mention.rating, text, block.index, block.page, "text", 3
                    )
                continue
            # A numbered reference first, then the standards the sentence names next to the
            # rating, then a heading's standard, then the section.
            standard_id, specificity = _pair(
                sentence, mention, references, None, None, rated or labelled
            )
            if standard_id is None and (linked := topics.get(position)):
                for topic_id in linked:
                    yield SelfRating(
                        topic_id, mention.rating, text, block.index, block.page, "text", 3
                    )
                continue
            if standard_id is None:
                standard_id, specificity = _pair(
                    sentence, mention, [], owner, heading_standard, rated or labelled
                )
            if standard_id is None:
                continue
            if specificity == 3 and _OVERALL.search(sentence) and references:
                specificity = 4  # "Overall rating for Standard 4: Amber"
            yield SelfRating(
                standard_id, mention.rating, text, block.index, block.page, "text", specificity
            )


# "amber for the first two standards and green for the other two", "Green for the last three".
_RANGE = re.compile(
    r"\b(?P<rating>green|amber|red)\s+(?:for|on|against)\s+(?:the\s+)?(?P<which>first|last|final|"
    r"other|remaining)\s+(?P<count>two|three|2|3)\b",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "2": 2, "3": 3}
# "green across the board except for staff training, which I would describe as amber"
_ALL_BUT = re.compile(
    r"\b(?P<rating>green|amber|red)\s+(?:across the board|throughout|for (?:all|every|each)"
    r"(?: (?:of the )?\w+)? standards?|on (?:all|every|each)(?: \w+)? standards?)\s*,?\s*"
    r"(?:except|apart from|but|save|other than)\s+(?:for\s+)?(?P<rest>[^.;]+)",
    re.IGNORECASE,
)


def _all_but(
    sentence: str, mentions: list[_Mention], framework: Framework
) -> list[tuple[str, Rating]]:
    """Every standard rated at once but those named after "except": they take the rating
    the rest of the sentence gives them, or none."""
    match = _ALL_BUT.search(sentence)
    if not match or all(m.start != match.start("rating") for m in mentions):
        return []
    rest = match.group("rest")
    excepted = {i for r in topic_references(rest, framework) for i in r.standard_ids}
    if not excepted:
        return []
    later = [m for m in mentions if m.start >= match.start("rest")]
    rating = cast(Rating, match.group("rating").lower())
    found = [(s.id, rating) for s in framework.standards if s.id not in excepted]
    if later and later[0].rating:
        found.extend((i, later[0].rating) for i in sorted(excepted))
    return found


def _ranges(
    sentence: str, mentions: list[_Mention], framework: Framework
) -> list[tuple[str, Rating]]:
    """Standards rated by their place in the framework's order: the first or last so many,
    and "the other two" for those the sentence has not rated yet."""
    order = [s.id for s in framework.standards]
    kept = {m.start for m in mentions}
    rated: dict[str, Rating] = {}
    for match in _RANGE.finditer(sentence):
        if match.start("rating") not in kept:
            continue  # another year's, a key's: not this year's rating
        count = _COUNTS[match.group("count").lower()]
        which = match.group("which").lower()
        if which == "first":
            ids = order[:count]
        elif which in ("last", "final"):
            ids = order[-count:]
        else:
            ids = [i for i in order if i not in rated][:count]
        rating = cast(Rating, match.group("rating").lower())
        for standard_id in ids:
            rated.setdefault(standard_id, rating)
    return list(rated.items())


_JOINED = re.compile(r"\s*(?:,|and|&|as well as)?\s*(?:the\s+)?", re.IGNORECASE)
_BOTH = re.compile(
    r"\b(?:both|all three|all of them|each of them|them all|them both)\W*$", re.IGNORECASE
)


def _conjoined(sentence: str, mention: _Mention, references: list, since: int) -> list[str]:
    """The standards a rating gives together: "Standard 2 (recruitment) and Standard 3
    (policies) Amber", "...standard 1 and standard 4 in full, and we have rated both Green"."""
    before = [r for r in references if since <= r.start and r.end <= mention.start]
    if len(before) < 2:
        return []
    ids: list[str] = []
    for reference in before:
        ids.extend(i for i in reference.standard_ids if i not in ids)
    if _BOTH.search(sentence[before[-1].end : mention.start]):
        return ids
    gaps = [sentence[a.end : b.start] for a, b in zip(before, before[1:], strict=False)]
    gaps.append(sentence[before[-1].end : mention.start])
    plain = [re.sub(r"\([^)]*\)", " ", gap) for gap in gaps]
    if all(_JOINED.fullmatch(gap) for gap in plain[:-1]) and _LINKING.fullmatch(plain[-1]):
        return ids
    return []


_LINKING = re.compile(r"[\s:\-–—=(]*(?:(?:are|were|is|as|at|both|rated|as being)\b[\s:\-–—=(]*)*")


def _topic_links(
    sentence: str, mentions: list[_Mention], framework: Framework
) -> dict[int, list[str]]:
    """For each rating mention, the standards the sentence names for it. The sentence reads
    one way throughout: rating first ("green for X and Y, amber for Z": each rating takes
    the names after it) or names first ("X and Y are green, Z amber": the names before)."""
    references = topic_references(sentence, framework)
    if not references:
        return {}
    rating_first = mentions[0].start < references[0].start
    links: dict[int, list[str]] = {}
    for position, mention in enumerate(mentions):
        if rating_first:
            low = mention.end
            high = mentions[position + 1].start if position + 1 < len(mentions) else len(sentence)
        else:
            low = mentions[position - 1].end if position else 0
            high = mention.start
        group = [r for r in references if low <= r.start and r.end <= high]
        if not group:
            continue
        # The nearest name must be close to the rating, in the same clause: "so this one
        # gets a 2" after a sentence about volunteers rates the section, not volunteers.
        gap = (
            sentence[mention.end : group[0].start]
            if rating_first
            else sentence[group[-1].end : mention.start]
        )
        labels = re.fullmatch(r"\s*[:=\-–—]\s*", gap)  # "Leadership: Amber" names its topic
        if len(gap) > _TOPIC_GAP or (_CLAUSE_BREAK.search(gap) and not labels):
            continue
        ids: list[str] = []
        for reference in group:
            ids.extend(i for i in reference.standard_ids if i not in ids)
        links[position] = ids
    return links


_TOPIC_GAP = 32  # characters between a rating and the nearest standard it names
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:so|and so|but|which|because|as)\b|\b(?:this|that) one\b")


def _listed(
    sentence: str,
    mentions: list[_Mention],
    references: list,
    framework: Framework,
    rated: bool,
) -> list[tuple[str, Rating]] | None:
    """Ratings given for every standard at once: "Our ratings are green for all four
    standards", "Our ratings of Red, Green, Amber and Green" (in framework order)."""
    if references or not rated:
        return None
    ratings = [m.rating for m in mentions]
    standards = [s.id for s in framework.standards]
    if len(set(ratings)) == 1 and _ALL_STANDARDS.search(sentence):
        return [(standard_id, ratings[0]) for standard_id in standards if ratings[0]]
    if (
        len(ratings) == len(standards) > 1
        and _RATING_LIST.search(sentence)
        and len(topic_references(sentence, framework)) < 2  # by topic: each paired with its own
    ):
        return [(s, r) for s, r in zip(standards, ratings, strict=True) if r]
    return None


_FOR_WHAT = re.compile(r"\s*(?:for|against|on|under)\s+(?:the\s+)?", re.IGNORECASE)


def _pair(
    sentence: str,
    word: _Mention,
    references: list,
    owner: str | None,
    heading_standard: str | None,
    rated: bool,
) -> tuple[str | None, int]:
    """Which standard a rating word in a sentence belongs to, and how sure we are."""
    best: tuple[int, str] | None = None
    for reference in references:
        if reference.start >= word.end and _FOR_WHAT.fullmatch(
            sentence[word.end : reference.start]
        ):
            # "Green for Standard 1, Amber for Standard 2": the standard a rating is for
            return reference.standard_ids[0], 3
    for reference in references:
        if reference.end <= word.start:
            between = sentence[reference.end : word.start]
            if (
                len(between) <= 40
                and re.fullmatch(
                    r"[\s:\-–—=(]*((is|was|has been|as|at|rated|rating|assessed|self-assessed|"
                    r"we are|we have rated ourselves|we rate ourselves|overall)\b[\s:\-–—=(]*)*",
                    between,
                    re.IGNORECASE,
                )
                or (rated and len(between) <= 60)
            ):
                distance = word.start - reference.end
                if best is None or distance < best[0]:
                    best = (distance, reference.standard_ids[0])
        else:
            between = sentence[word.end : reference.start]
            if len(between) <= 50 and (
                rated or re.search(r"\b(for|against|on|in|under)\b", between)
            ):
                distance = reference.start - word.end
                if best is None or distance < best[0]:
                    best = (distance, reference.standard_ids[0])
    if best:
        return best[1], 3
    if heading_standard and (rated or re.search(r"[:\-–—(]\s*$", sentence[: word.start])):
        return heading_standard, 3
    if owner and rated:
        return owner, 2
    return None, 0


def self_ratings(
    document: Document, segmentation: Segmentation, framework: Framework
) -> tuple[dict[str, SelfRating | None], tuple[str, ...]]:
    """Each standard's rating (None when none is found) and warnings about conflicts."""
    scale, keys = document_scale(document, framework)
    owner = _section_of(segmentation)
    headings = _own_headings(document, owner)
    candidates: list[SelfRating] = []
    for block in document.blocks:
        if block.index in keys:
            continue  # a key defines ratings, it gives none
        if block.kind == "table":
            if _is_action_plan(block, framework):
                continue  # its RAG column rates the actions
            candidates.extend(
                _table_candidates(block, owner.get(block.index), framework, scale, headings)
            )
            for row in block.rows:
                if _last_years_row(row, framework):
                    continue
                for cell in row:
                    if len(cell.text) > 20:
                        pseudo = Block(block.index, "paragraph", cell.text, block.page)
                        candidates.extend(
                            c
                            for c in _prose_candidates(
                                pseudo, owner.get(block.index), framework, scale
                            )
                            if c.specificity >= 2
                        )
        else:
            candidates.extend(_prose_candidates(block, owner.get(block.index), framework, scale))
    candidates.extend(_answer_candidates(document, owner, scale))
    candidates.extend(_numbered_list(document, segmentation, framework, scale))
    for line in document.running:
        # "Standard 2 – self-assessment: Amber" in a Word section's header: a rating that
        # names its standard (a header that names none rates nothing)
        if not standard_references(line, framework):
            continue
        pseudo = Block(-1, "paragraph", line, None)
        candidates.extend(
            replace(c, block=None, specificity=2)
            for c in _prose_candidates(pseudo, None, framework, scale)
        )
    chosen: dict[str, SelfRating | None] = {}
    warnings: list[str] = []
    for standard in framework.standards:
        mine = [c for c in candidates if c.standard_id == standard.id]
        if not mine:
            chosen[standard.id] = None
            continue
        best = max(mine, key=lambda c: (c.specificity, -c.block if c.block is not None else 0))
        chosen[standard.id] = best
        others = {c.rating for c in mine} - {best.rating}
        if others:
            disagreeing = next(c for c in mine if c.rating != best.rating)
            warnings.append(
                f"Standard {standard.id}: rated {best.rating} ({_where(best)}) but "
                f"{disagreeing.rating} ({_where(disagreeing)}); kept {best.rating}, the more "
                "specific source"
            )
    return chosen, tuple(warnings)


# "1 – G, 2 – A, 3 – A, 4 – R": standards by number alone, each with its rating.
_NUMBERED_PAIR = re.compile(
    r"(?:^|[,;]\s*)(?:(?:standard|std\.?|s)\s*)?(?P<number>\d)\s*(?:[-–—:=]\s*|\s+)"
    r"(?P<value>[^,;.]{1,25}?)\s*(?=[,;.]|$)",
    re.IGNORECASE,
)


def _numbered_list(
    document: Document, segmentation: Segmentation, framework: Framework, scale: _Scale
) -> list[SelfRating]:
    """In the answer to the question that asks for the ratings, a list of standards by
    number alone ("1 – G, 2 – A, 3 – A, 4 – R"): there a bare number is a standard."""
    asks = {q.id for q in framework.common_questions if _LABEL.search(q.title)}
    blocks = {i for q in segmentation.common_questions if q.id in asks for i in q.blocks}
    found: list[SelfRating] = []
    for block in document.blocks:
        if block.index not in blocks or block.kind == "table" or len(block.text) > 200:
            continue
        pairs = [
            (standard, parsed[0])
            for match in _NUMBERED_PAIR.finditer(block.text)
            if (standard := standard_by_number(framework, int(match.group("number"))))
            and (parsed := scale.exact(match.group("value")))
            and parsed[0] is not None
        ]
        if len(pairs) >= 2:
            found.extend(
                SelfRating(
                    standard.id, rating, block.text[:300], block.index, block.page, "text", 2
                )
                for standard, rating in pairs
            )
    return found


def _answer_candidates(
    document: Document, owner: dict[int, str], scale: _Scale
) -> list[SelfRating]:
    """Answers that open with a word of the return's own key ("Yes - the Director is our
    named lead", "Partly - 82% have completed..."): a standard's rating is its lowest
    answer, as such keys convert them ("any Partly makes it Amber, any No makes it Red")."""
    if not scale.openers:
        return []
    pattern = re.compile(
        r"^\W*("
        + "|".join(re.escape(c) for c in sorted(scale.openers, key=len, reverse=True))
        + r")\s*(?:[-–—:.,]|\s[-–—]\s)",
        re.IGNORECASE,
    )
    answers: dict[str, list[tuple[Rating, Block]]] = {}
    for block in document.blocks:
        standard_id = owner.get(block.index)
        if standard_id is None or block.kind == "table":
            continue
        opened = pattern.match(block.text)
        if opened and (rating := scale.openers[opened.group(1).lower()]) is not None:
            answers.setdefault(standard_id, []).append((rating, block))
    found = []
    for standard_id, given in answers.items():
        rating, block = min(given, key=lambda pair: RATING_RANK[pair[0]])
        found.append(
            SelfRating(standard_id, rating, block.text[:300], block.index, block.page, "text", 2)
        )
    return found


def _where(rating: SelfRating) -> str:
    place = (
        f"page {rating.page}"
        if rating.page
        else f"block {rating.block}"
        if rating.block is not None
        else "the page header"
    )
    source = {"table": "a table cell", "shading": "a shaded cell", "text": "the text"}[
        rating.method
    ]
    return f'{source}, {place}: "{rating.text[:60]}"'
