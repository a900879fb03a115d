"""The typed values passed between stages, and the errors a file can end in.

Every stage is a plain function over these frozen values; dicts appear only at the edges
where YAML is read or JSON written. Every value that comes from a submission points back to
the block it came from (``block``) and, for PDFs, its 1-based ``page``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Rating = Literal["green", "amber", "red"]
RATINGS: tuple[Rating, ...] = ("red", "amber", "green")
RATING_RANK: dict[str, int] = {"red": 0, "amber": 1, "green": 2}

Strength = Literal["assertion", "activity", "quantified", "impact"]
STRENGTHS: tuple[Strength, ...] = ("assertion", "activity", "quantified", "impact")

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
RatingMethod = Literal["text", "table", "shading"]

ANALYSIS_SCHEMA = "s11-analysis/1"
SUMMARY_SCHEMA = "s11-summary/1"


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class Cell:
    """One table cell, read once even when merged across rows or columns."""

    text: str
    fill: str | None = None  # "RRGGBB" upper-case hex of the cell background, None if unfilled
    ink: str | None = None  # "RRGGBB" of a cell holding only a symbol (● ■), when coloured


@dataclass(frozen=True)
class Block:
    """One unit of a document in reading order: a heading, paragraph, list item or table."""

    index: int
    kind: BlockKind
    text: str
    page: int | None = None  # 1-based for PDFs, None for Word
    level: int | None = None  # heading level, 1 is the highest
    rows: tuple[tuple[Cell, ...], ...] = ()


OCR_LOW_CONFIDENCE = 60.0  # OCR words Tesseract is less sure of than this (0-100) are counted


@dataclass(frozen=True)
class OcrPage:
    """A page that had no usable text layer and was read by OCR, and how sure it was."""

    page: int  # 1-based
    mean_confidence: float  # Tesseract's word confidence, 0-100, averaged over the page
    words: int
    low_confidence_words: int  # words below the threshold: kept, and counted here
    skew: float = 0.0  # degrees the page was turned to read it


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    format: str
    pages: int | None
    size: int
    ocr_pages: tuple[OcrPage, ...] = ()  # pages read by OCR; empty for a text-layer file


@dataclass(frozen=True)
class Document:
    source: Source
    blocks: tuple[Block, ...]
    title: str | None = None  # from the file's metadata, when it has one
    warnings: tuple[str, ...] = ()
    modified: str | None = None  # last-saved date from the file's metadata, as written there
    running: tuple[str, ...] = ()  # running header and footer lines, each once, not in blocks


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class Standard:
    id: str
    title: str
    aliases: tuple[str, ...] = ()  # names a heading may give it
    description: str = ""
    topics: tuple[str, ...] = ()  # further phrases that name it in a sentence ("our people")


@dataclass(frozen=True)
class CommonQuestion:
    id: str
    title: str
    aliases: tuple[str, ...] = ()
    answer_patterns: tuple[str, ...] = ()  # regexes for a sentence that answers it anywhere
    answered_by: str = "text"  # "ratings" when the question is answered by the self-ratings


@dataclass(frozen=True)
class Thresholds:
    """When indicator coverage, the mix of strengths and reported shortfalls earn each
    evidence rating (see the framework file for the meaning of each)."""

    green_indicators: int  # distinct indicators of the standard shown
    green_strong: int
    green_share: float
    amber_strong: int
    amber_activity: int
    concerns_amber: int
    concerns_red: int
    concerns_share: float  # ...if shortfalls are this share of the positive strong sentences
    under_strong: int  # UNDER_RATED needs this many measured or impact sentences...
    under_impact: int  # ...this many showing impact...
    under_concerns: int  # ...and no more reported shortfalls than this
    min_words: int  # fewer words than this under a standard counts as no content
    # Green from evidence told in words: this many activity sentences, impact sentences
    # and indicators shown, with no shortfall named (99 turns it off).
    words_activity: int = 99
    words_impact: int = 1
    words_indicators: int = 3
    # Shortfalls named as they stand (not put right): this many cap green at amber, and
    # this many, outnumbering the positive measured or impact sentences, give red.
    shortfalls_amber: int = 99
    shortfalls_red: int = 99
    shortfalls_weight: float = 4.0  # ...unless positive strong ones are this many times as many
    shortfalls_red_weight: float = 2.0  # red: more than this many shortfalls per other sentence
    target_gap: float = 999.0  # a figure this many points below its own target caps green
    # The generous reading a self-rating above the strict one is checked against (see
    # evidence_rating): as many named shortfalls allowed before green is capped, and as few
    # indicators needed. The defaults make it the strict reading.
    doubt_shortfalls: int = 0
    doubt_indicators: int = 99
    doubt_concerns: int = 0  # ...and as many concern sentences before they cap or give red


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    audit_year: int
    audit_date: str  # ISO date the submissions are judged at (review dates before it have passed)
    standards: tuple[Standard, ...]
    common_questions: tuple[CommonQuestion, ...]
    scale: dict[str, Rating | None]  # lower-cased wording -> rating; None marks "not applicable"
    thresholds: Thresholds
    stale_policy_years: int = 3
    path: str = ""

    def standard(self, standard_id: str) -> Standard:
        for standard in self.standards:
            if standard.id == standard_id:
                return standard
        raise KeyError(standard_id)


@dataclass(frozen=True)
class Indicator:
    id: str  # e.g. "S2.dbs-checks"
    standard: str
    description: str
    phrases: tuple[str, ...] = ()
    token_patterns: tuple[tuple[dict[str, object], ...], ...] = ()
    regexes: tuple[str, ...] = ()
    strong: str = ""  # what makes evidence for this indicator credible
    question: str = ""  # how a panel would ask for it when it is missing
    examples_hit: tuple[str, ...] = ()  # sentences the patterns must match (tested)
    examples_miss: tuple[str, ...] = ()  # near-miss sentences they must not match (tested)


# ---------------------------------------------------------------- analysis values


@dataclass(frozen=True)
class Section:
    """The blocks that belong to one framework standard (or one common question)."""

    id: str
    blocks: tuple[int, ...]
    heading: int | None = None  # index of the heading block that opened it
    method: str = "heading"  # heading | mention | content


@dataclass(frozen=True)
class Segmentation:
    standards: tuple[Section, ...]  # framework order, every standard present
    common_questions: tuple[Section, ...]
    unassigned: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()

    def section(self, standard_id: str) -> Section:
        for section in self.standards:
            if section.id == standard_id:
                return section
        raise KeyError(standard_id)


@dataclass(frozen=True)
class SelfRating:
    standard_id: str
    rating: Rating | None
    text: str  # the original wording ("Partially met", "#FFC000", the sentence)
    block: int | None
    page: int | None
    method: RatingMethod
    specificity: int = 0  # higher wins when two sources disagree


@dataclass(frozen=True)
class Evidence:
    standard_id: str
    text: str
    block: int
    page: int | None
    indicators: tuple[str, ...]
    strength: Strength
    score: float
    future: bool = False  # a plan or intention rather than something done
    stale_policy: str | None = None  # why the sentence shows an out-of-date policy
    concern: bool = False  # the agency reports a shortfall ("only 54%", "did not meet")


@dataclass(frozen=True)
class Gap:
    standard_id: str  # a standard id, or a common question id for COMMON_QUESTION_UNANSWERED
    type: str
    detail: str
    blocks: tuple[int, ...] = ()  # the sentences behind it
    rules: tuple[str, ...] = ()  # the indicator ids or rule names behind it
    quote: str = ""  # the sentence a question should cite


@dataclass(frozen=True)
class Question:
    standard_id: str
    gap_type: str
    text: str


@dataclass(frozen=True)
class Assessment:
    """The evidence rating of one standard and how it was reached."""

    standard_id: str
    evidence_rating: Rating | None
    explanation: str
    indicators_found: tuple[str, ...]
    indicators_total: int
    strengths: dict[str, int]
    words: int
    concerns: int = 0


@dataclass(frozen=True)
class StandardResult:
    id: str
    title: str
    self_rating: SelfRating | None
    assessment: Assessment
    evidence: tuple[Evidence, ...]
    gaps: tuple[Gap, ...]
    questions: tuple[Question, ...]
    section: Section


@dataclass(frozen=True)
class CommonAnswer:
    id: str
    title: str
    answered: bool
    excerpt: str
    page: int | None
    block: int | None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str
    # True when the error came from where the file was run (a worker that died or was lost),
    # not from the file's bytes: such an error is never cached, so a re-run tries again.
    transient: bool = False


@dataclass(frozen=True)
class Analysis:
    file: str
    framework_id: str
    status: Literal["ok", "error"]
    source: Source | None = None
    agency: str | None = None
    error: ErrorInfo | None = None
    standards: tuple[StandardResult, ...] = ()
    common_questions: tuple[CommonAnswer, ...] = ()
    gaps: tuple[Gap, ...] = ()  # gaps not tied to one standard (unanswered common questions)
    warnings: tuple[str, ...] = ()
    agency_method: str = ""  # how the agency was recognised: title, text, file name
    recommendations: tuple[RecommendationProgress, ...] = ()  # last cycle's, when tracked
    submitted: str | None = None  # ISO date the document says it was submitted or last saved
    submitted_from: str = ""  # cover | metadata


@dataclass(frozen=True)
class Submission:
    """One analysed file inside a batch, with where its outputs were written."""

    analysis: Analysis
    slug: str
    late: bool = False
    submitted: str | None = None  # ISO date: the analysis's, else the file's modification time
    submitted_from: str = ""  # cover | metadata | file time


@dataclass(frozen=True)
class Agency:
    name: str
    short: str = ""
    aliases: tuple[str, ...] = ()
    expected: bool = True
    note: str = ""


@dataclass(frozen=True)
class Batch:
    framework: Framework
    submissions: tuple[Submission, ...]
    missing_agencies: tuple[str, ...] = ()
    run: dict[str, object] = field(default_factory=dict)
    recommendations: tuple[RecommendationProgress, ...] = ()  # one per (recommendation, agency)
    # tool vs panel (the moderation recorded for this cycle), when the run has --db and the
    # panel has moderated: one row per comparison, plain data for the overview
    panel_agreement: tuple[dict[str, object], ...] = ()


# ---------------------------------------------------------------- recommendations


ALL_AGENCIES = "all"
ProgressStatus = Literal["progress", "mentioned", "not_mentioned", "no_submission", "not_tracked"]


@dataclass(frozen=True)
class Recommendation:
    """One recommendation of a cycle's report (``rules/recommendations/<cycle>.yml``)."""

    id: str
    cycle: int
    text: str
    responsible: tuple[str, ...]  # canonical agency names, or ("all",); () when no agency submits
    due: str  # ISO date
    lead: str = ""  # the body the report names (a subgroup, the business unit...)
    response: str = ""  # the partnership's response as printed
    keywords: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()  # indicator ids whose matches count as on topic
    reported_progress: str = ""  # what the next report said ("Complete", "In progress")

    def applies_to(self, agency: str | None) -> bool:
        named = agency is not None and agency in self.responsible
        return ALL_AGENCIES in self.responsible or named


@dataclass(frozen=True)
class RecommendationSet:
    cycle: int
    recommendations: tuple[Recommendation, ...]
    path: str = ""


@dataclass(frozen=True)
class ProgressEvidence:
    """A sentence of the submission that speaks to a recommendation."""

    text: str
    block: int
    page: int | None
    strength: Strength
    similarity: float  # relevance to the recommendation, 0..1
    progress: bool  # done and shown (past activity, figures or impact), not a plan


@dataclass(frozen=True)
class RecommendationProgress:
    recommendation: Recommendation
    agency: str | None
    status: ProgressStatus
    explanation: str
    evidence: tuple[ProgressEvidence, ...] = ()
    file: str | None = None  # the submission read (None for no_submission / not_tracked)


# ---------------------------------------------------------------- history


@dataclass(frozen=True)
class EvidenceSnapshot:
    text: str
    strength: Strength
    indicators: tuple[str, ...]
    page: int | None = None
    block: int | None = None
    future: bool = False
    concern: bool = False


@dataclass(frozen=True)
class StandardSnapshot:
    """One standard of one recorded submission: ratings, gaps and evidence."""

    id: str
    title: str
    self_rating: Rating | None
    evidence_rating: Rating | None
    indicators_found: tuple[str, ...]
    evidence: tuple[EvidenceSnapshot, ...]
    gaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """One submission as the history store holds it."""

    cycle: int
    agency: str | None
    file: str
    sha256: str
    standards: tuple[StandardSnapshot, ...]

    def standard(self, standard_id: str) -> StandardSnapshot | None:
        return next((s for s in self.standards if s.id == standard_id), None)


RatingChange = Literal["up", "down", "same"]


@dataclass(frozen=True)
class StandardChange:
    """One standard of an agency's submission against its previous cycle's."""

    standard_id: str
    title: str
    previous_rating: Rating | None
    self_rating: Rating | None
    change: RatingChange | None  # None when either rating is missing
    new_evidence: tuple[EvidenceSnapshot, ...]  # measured or impact, not said last cycle
    new_indicators: tuple[str, ...]  # indicators shown now and not last cycle
    carried: tuple[EvidenceSnapshot, ...]  # measured or impact, repeated from last cycle

    @property
    def up_without_evidence(self) -> bool:
        return self.change == "up" and not self.new_evidence and not self.new_indicators


@dataclass(frozen=True)
class HistoryEntry:
    """One agency's standard in one cycle, as the history report shows it."""

    agency: str
    cycle: int
    file: str
    standard_id: str
    title: str
    self_rating: Rating | None
    evidence_rating: Rating | None
    change: RatingChange | None  # against the agency's previous recorded cycle
    previous_cycle: int | None
    gaps: tuple[str, ...]  # recorded gaps, plus RATING_UP_WITHOUT_EVIDENCE where it applies
    evidence_count: int
    strong_count: int


# ---------------------------------------------------------------- errors


class S11Error(Exception):
    """Base of every error the pipeline raises on purpose."""


class InputError(S11Error):
    """A submission that cannot be analysed; ``code`` is the contract's error code."""

    code = "CORRUPT"

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message


class CorruptFile(InputError):
    code = "CORRUPT"


class EncryptedFile(InputError):
    code = "ENCRYPTED"


class NoTextLayer(InputError):
    code = "NO_TEXT"


class UnsupportedFormat(InputError):
    code = "UNSUPPORTED_FORMAT"


class TooLarge(InputError):
    code = "TOO_LARGE"


class EmptyDocument(InputError):
    code = "EMPTY"


class HistoryError(S11Error):
    """The history database or an output folder to import cannot be used."""


class ModelError(S11Error):
    """The trained strength classifier is missing or cannot be read. Never a silent fall
    back to rules: running without it is only what ``--no-model`` asks for."""


class OutputError(S11Error):
    """The outputs cannot be written (disk full, no permission, the folder in use)."""


class RulesError(S11Error):
    """A framework, indicator, question or register file that does not validate.

    Carries every problem found, so an author can fix them all in one pass.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else "invalid"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{path}: {first}{more}")

    def report(self) -> str:
        return "\n".join(f"{self.path}: {problem}" for problem in self.problems)


class ModerationFileError(S11Error):
    """A moderation spreadsheet (xlsx or csv) that cannot be imported: not a workbook or
    UTF-8 CSV, no agency column, a rating that is not green, amber or red... Carries every
    problem found (with row and column); nothing of the file is recorded."""

    code = "MALFORMED_MODERATION"

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"{path}: {shown}{more}; nothing from this file was recorded")
