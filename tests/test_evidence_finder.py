from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evidence.finder import stale_policy
from pipeline.evidence.strength import has_figure, rule_strength
from pipeline.understand.segment import segment
from pipeline.values import Block, Document, Source

SOURCE = Source("x.docx", "0" * 64, "docx", None, 1)


@pytest.mark.parametrize(
    "sentence, strength",
    [
        ("We are committed to hearing the voice of the child.", "assertion"),
        ("Safeguarding is everyone's business and is embedded across the council.", "assertion"),
        (
            "The Head of Housing is the designated safeguarding lead and reports to the Cabinet.",
            "activity",
        ),
        ("96% of eligible staff completed Level 3 training by March 2021.", "quantified"),
        ("We audited 40 case files in June.", "quantified"),
        (
            "A re-audit in June found the child's voice recorded in 88% of plans, up from 61%.",
            "impact",
        ),
        ("You said the drop-in was too early; we did move it to after school.", "impact"),
    ],
)
def test_rule_strength(sentence, strength):
    assert rule_strength(sentence).strength == strength


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Level 3 training is mandatory for Standard 2 roles under Section 11.", False),
        ("Working Together 2018 sets this out.", False),
        ("We held 12 sessions.", True),
        ("Completion reached 87 per cent.", True),
        ("The policy was approved in May 2021.", True),
        ("Our 7-minute briefings are popular.", False),
        # the agency's size is not a measure of what it did
        ("The trust has 14 governors.", False),
        ("We employ 65 sessional coaches across the county.", False),
        ("The club employs 65 sessional coaches.", False),
        ("All 14 governors have completed the online course.", True),
    ],
)
def test_figures_ignore_titles_and_levels(sentence, expected):
    assert has_figure(sentence) is expected


@pytest.mark.parametrize(
    "sentence, concern",
    [
        ("Only 11 of the 19 interview panels included a trained member.", True),
        ("The Corporate Safeguarding Group did not meet between February and September.", True),
        ("Completion was 71% against our target of 95%.", True),
        ("Completion was 97% against our target of 95%.", False),
        ("The one missing reference was obtained within a week.", False),
        ("Our missing children procedure was refreshed in October 2020.", False),
        ("All 41 files were complete.", False),
    ],
)
def test_reported_shortfalls(sentence, concern):
    from pipeline.evidence.strength import is_concern

    assert is_concern(sentence) is concern


@pytest.mark.parametrize(
    "sentence, stale",
    [
        ("Our safeguarding policy was approved in 2016.", True),
        ("The child protection policy is due for review in March 2019.", True),
        ("The policy was approved in 2016 and last reviewed in May 2021.", False),
        ("Our safeguarding policy was approved in January 2021, next review January 2022.", False),
        ("We trained 40 staff in 2016.", False),
    ],
)
def test_stale_policy(framework, sentence, stale):
    assert (stale_policy(sentence, framework) is not None) is stale


def test_evidence_items_carry_block_page_indicators_and_strength(rules_toolkit):
    blocks = (
        Block(0, "heading", "Our workforce", level=1),
        Block(
            1,
            "paragraph",
            "We have rated ourselves amber for this standard. 96% of eligible staff "
            "(212 of 221) had an enhanced DBS check by March 2021. "
            "We are committed to safer recruitment.",
        ),
    )
    document = Document(SOURCE, blocks)
    found = rules_toolkit.finder.find(document, segment(document, rules_toolkit.framework))
    items = found["2"]
    assert [e.text for e in items] == [
        "96% of eligible staff (212 of 221) had an enhanced DBS check by March 2021.",
        "We are committed to safer recruitment.",
    ]
    assert items[0].strength == "quantified" and "S2.dbs-checks" in items[0].indicators
    assert items[0].block == 1 and items[0].page is None
    assert items[1].strength == "assertion"
    assert items[0].score > items[1].score
    assert found["1"] == () and found["3"] == () and found["4"] == ()


def test_content_assignment_uses_indicator_matches(rules_toolkit):
    assert (
        rules_toolkit.finder.assign("The youth council and our survey of young people shaped this.")
        == "4"
    )
    assert rules_toolkit.finder.assign("Enhanced DBS checks are renewed every three years.") == "2"
    assert rules_toolkit.finder.assign("The weather was fine.") is None


def test_a_table_with_a_row_per_standard_routes_each_row_to_its_standard(rules_toolkit):
    from pipeline.values import Cell

    rows = (
        (Cell("Standard"), Cell("Rating"), Cell("Evidence")),
        (
            Cell("1. Leadership and accountability"),
            Cell("Green"),
            Cell("The Director is the executive lead and reports to the Cabinet quarterly."),
        ),
        (
            Cell("2. Staff safe recruitment, induction, training and development"),
            Cell("Amber"),
            Cell("96% of staff had an enhanced DBS check by March 2021."),
        ),
        (Cell(""), Cell(""), Cell("Supervision is recorded monthly for all 14 officers.")),
    )
    table = Block(0, "table", "...", rows=rows)
    document = Document(SOURCE, (table,))
    segmentation = segment(document, rules_toolkit.framework)
    assert segmentation.section("1").blocks == (0,) and segmentation.section("2").blocks == (0,)
    found = rules_toolkit.finder.find(document, segmentation)
    assert [e.text for e in found["1"]] == [
        "The Director is the executive lead and reports to the Cabinet quarterly."
    ]
    assert [e.text for e in found["2"]] == [
        "96% of staff had an enhanced DBS check by March 2021.",
        "Supervision is recorded monthly for all 14 officers.",
    ]
    assert found["3"] == () and found["4"] == ()


@pytest.mark.parametrize(
    "sentence, concern",
    [
        ("The summer check of 612 entries found no missing checks.", False),
        ("The child's own views were noted in 24 of 30 records.", False),
        ("Older children told us the hubs had nothing for them, so we started a club.", False),
        ("None of the checks were overdue in March 2022.", False),
        ("Two checks were overdue in March 2022.", True),
    ],
)
def test_denied_shortfalls_are_not_concerns(sentence, concern):
    from pipeline.evidence.strength import is_concern

    assert is_concern(sentence) is concern


@pytest.mark.parametrize(
    "sentence",
    [
        "Panel members told us they felt unsafe in the stairwells, so we fitted brighter lighting.",
        "After the champions told us the clinic felt unwelcoming, a Saturday session was started.",
        "Young people said the forms were confusing and we rewrote them with them in May.",
    ],
)
def test_you_said_we_did_is_impact(sentence):
    from pipeline.evidence.strength import Judgement, constrain

    assert constrain(Judgement("quantified", 0.8, "model"), sentence).strength == "impact"


def test_evidence_is_the_same_whatever_the_finder_read_before(toolkit, rules_toolkit):
    """The finder keeps each text's sentences and judgements across documents: a document
    read after others gives what a fresh finder gives."""
    from pipeline.analyse import Toolkit, analyse

    submissions = Path(__file__).resolve().parent.parent / "samples" / "submissions"
    first, second = submissions / "stroud.pdf", submissions / "cheltenham.docx"
    for kit in (toolkit, rules_toolkit):
        after_others = [analyse(path, kit) for path in (first, second, first)]
        assert after_others[0] == after_others[2]
        assert analyse(second, Toolkit(kit.settings)) == after_others[1]


def test_a_key_sentence_is_no_evidence(framework):
    from pipeline.understand.ratings import is_rating_statement

    key = (
        "The RAG column is shaded to show our self-assessment: green means fully met, amber"
        " means partly met with actions, red means not met."
    )
    assert is_rating_statement(key, framework)
    assert not is_rating_statement(
        "Our forum met monthly and reviewed the red flag policy.", framework
    )


def test_the_line_a_rating_was_read_from_is_no_evidence():
    from pipeline.evidence.finder import without_rating_lines
    from pipeline.values import Evidence, SelfRating

    def said(text, block):
        return Evidence("2", text, block, 1, (), "quantified", 0.6)

    line = "Judgement against the second standard: Not compliant."
    long = (
        "We checked 40 personnel files in May 2021 and found every reference in place, so we"
        " score ourselves 4."
    )
    evidence = (
        said("Only 5 of 12 interview panels had a trained member.", 7),
        said(line, 8),
        said(long, 9),
    )
    from_line = SelfRating("2", "red", line, 8, 1, "text")
    assert [e.text for e in without_rating_lines(evidence, from_line)] == [
        evidence[0].text,
        long,
    ]
    # a long sentence that also rates keeps its evidence; a rating from a table has no line
    from_long = SelfRating("2", "green", long, 9, 1, "text")
    assert without_rating_lines(evidence, from_long) == evidence
    assert without_rating_lines(evidence, SelfRating("2", "red", line, 8, 1, "table")) == evidence
    assert without_rating_lines(evidence, None) == evidence


def test_a_question_mark_inside_a_title_ends_no_sentence(rules_toolkit):
    text = (
        "After the survey, pupils designed the Is Anyone There? leaflets that every tutor"
        " group now uses. Primary pupils have not yet been asked."
    )
    block = Block(0, "paragraph", text)
    found = [s.text for s in rules_toolkit.finder.sentences([(block, text)])]
    assert found == [
        "After the survey, pupils designed the Is Anyone There? leaflets that every tutor group"
        " now uses.",
        "Primary pupils have not yet been asked.",
    ]


def test_a_forms_own_prompt_is_no_evidence(rules_toolkit):
    text = (
        "Standard 2 - please describe your evidence (leads, dates, audits, figures). Every"
        " coach had an enhanced DBS check by March 2021."
    )
    block = Block(0, "paragraph", text)
    found = [s.text for s in rules_toolkit.finder.sentences([(block, text)])]
    assert found == ["Every coach had an enhanced DBS check by March 2021."]
