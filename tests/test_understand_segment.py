from __future__ import annotations

import pytest

from pipeline.understand.segment import segment
from pipeline.values import Block, Document, Source

SOURCE = Source("x.docx", "0" * 64, "docx", None, 1)


def doc(*specs) -> Document:
    blocks = []
    for index, spec in enumerate(specs):
        kind, text, level = (spec + (None,))[:3] if len(spec) == 2 else spec
        blocks.append(Block(index, kind, text, level=level))
    return Document(SOURCE, tuple(blocks))


def owners(document, framework, assign=None):
    result = segment(document, framework, assign)
    mapping = {}
    for section in result.standards:
        for index in section.blocks:
            mapping[index] = section.id
    for section in result.common_questions:
        for index in section.blocks:
            mapping[index] = section.id
    return mapping, result


@pytest.mark.parametrize(
    "heading, standard",
    [
        ("Standard 1: Leadership and accountability", "1"),
        ("Governance and oversight", "1"),
        ("Our workforce", "2"),
        ("Safer recruitment, induction and training", "2"),
        ("Policies and practice guidance", "3"),
        ("Voice of the child", "4"),
        ("Listening to young people", "4"),
        ("4.3 Safeguarding Policies and Procedures", "3"),
        ("Standard three", "3"),
    ],
)
def test_headings_name_standards(framework, heading, standard):
    mapping, _ = owners(
        doc(("heading", heading, 1), ("paragraph", "Some text under it.")), framework
    )
    assert mapping == {0: standard, 1: standard}


def test_subheadings_stay_in_the_section_and_same_level_document_headings_close_it(framework):
    mapping, result = owners(
        doc(
            ("heading", "Our workforce", 1),
            ("heading", "Evidence", 2),
            ("paragraph", "DBS checks are renewed every three years."),
            ("heading", "Areas for development", 2),
            ("paragraph", "Supervision compliance."),
            ("heading", "Conclusion", 1),
            ("paragraph", "We thank the panel for its time."),
        ),
        framework,
    )
    assert mapping == {0: "2", 1: "2", 2: "2", 3: "2", 4: "2"}
    assert result.unassigned == (5, 6)


def test_common_questions_by_number_and_wording(framework):
    mapping, _ = owners(
        doc(
            ("heading", "Common questions", 1),
            ("heading", "Q1", 2),
            ("paragraph", "Answer one."),
            ("heading", "How do we know we have improved?", 2),
            ("paragraph", "Answer five."),
        ),
        framework,
    )
    assert mapping == {1: "Q1", 2: "Q1", 3: "Q5", 4: "Q5"}


def test_a_table_whose_first_cell_names_a_standard_belongs_to_it(framework):
    from pipeline.values import Cell

    table = Block(
        1,
        "table",
        "Standard 3 ...",
        rows=((Cell("Standard 3: Safeguarding policies"),), (Cell("Evidence"), Cell("text"))),
    )
    document = Document(SOURCE, (Block(0, "paragraph", "Intro"), table))
    mapping, _ = owners(document, framework)
    assert mapping == {1: "3"}


def test_unheaded_text_follows_an_explicit_mention_then_content(framework):
    mapping, result = owners(
        doc(
            ("paragraph", "Turning to standard two, all staff are checked."),
            ("paragraph", "References are taken before anyone starts."),
            ("heading", "Other matters", 1),
            ("paragraph", "The youth council met six times."),
            (
                "paragraph",
                "More about how we went about it, in words that name no indicator at all.",
            ),
            ("heading", "Miscellaneous", 1),
            (
                "paragraph",
                "Nothing about anything in particular here at all, just words to fill a line.",
            ),
        ),
        framework,
        assign=lambda text: "4" if "youth council" in text else None,
    )
    # The run under "Other matters" is about standard 4 as a whole.
    assert mapping == {0: "2", 1: "2", 2: "4", 3: "4", 4: "4"}
    assert result.unassigned == (5, 6)
    assert result.warnings and "1 paragraph(s) under no recognisable heading" in result.warnings[0]


def test_a_declared_map_of_parts_to_standards_is_followed(framework):
    mapping, _ = owners(
        doc(
            (
                "paragraph",
                "Our return follows our own structure: Part A corresponds to the partnership's "
                "leadership and accountability standard, Part B to staff recruitment and training.",
            ),
            ("heading", "Part A: Organisation", 1),
            ("paragraph", "Text a."),
            ("heading", "Part B: Our people", 1),
            ("paragraph", "Text b."),
        ),
        framework,
    )
    assert mapping == {1: "1", 2: "1", 3: "2", 4: "2"}


def test_a_standard_introduced_by_name_in_narrative(framework):
    mapping, _ = owners(
        doc(
            ("paragraph", "Lastly, listening to children and young people. We run a youth forum."),
            ("paragraph", "It met four times."),
            (
                "paragraph",
                "Turning to safeguarding policies and procedures, ours were updated in May.",
            ),
        ),
        framework,
    )
    assert mapping == {0: "4", 1: "4", 2: "3"}


def test_every_standard_present_in_framework_order_even_when_absent(framework):
    result = segment(doc(("paragraph", "Nothing relevant")), framework)
    assert [s.id for s in result.standards] == ["1", "2", "3", "4"]
    assert all(s.blocks == () and s.method == "none" for s in result.standards)


def test_a_closing_statement_claims_the_unheaded_paragraphs_before_it(framework):
    mapping, _ = owners(
        doc(
            ("heading", "The four standards", 1),
            ("paragraph", "The Board met five times and receives a quarterly report."),
            ("paragraph", "Our risk panel meets weekly."),
            (
                "paragraph",
                "Taking all of this together, we rate leadership and accountability green.",
            ),
            ("paragraph", "On staffing, all 47 staff hold an enhanced DBS check."),
        ),
        framework,
    )
    assert mapping == {1: "1", 2: "1", 3: "1", 4: "2"}


def test_numbered_paragraph_groups_each_closed_by_their_rating(framework):
    """A memo in numbered paragraphs, no headings: each group's last paragraph rates the
    standard the group was about; the memo's header and introduction belong to none."""
    mapping, result = owners(
        doc(
            ("paragraph", "From: Head of Community Services"),
            ("paragraph", "1.1 This memo is our return, set out as numbered paragraphs."),
            ("paragraph", "2.1 The director is our named lead and the board meets quarterly."),
            ("paragraph", "2.2 The board's annual report went to Cabinet in June."),
            ("paragraph", "2.3 So we rate ourselves Amber on leadership and accountability."),
            ("paragraph", "3.1 Safer recruitment checks are made for every post."),
            ("paragraph", "3.2 We assess ourselves as Green on recruitment and training."),
            ("paragraph", "4.1 Every service has a named lead and a route for concerns."),
            ("paragraph", "4.2 Referrals are checked by the lead before they go."),
            ("paragraph", "4.3 We rate our policies and procedures Amber."),
            ("paragraph", "5.1 Turning to the partnership's questions."),
            ("paragraph", "5.2 Partnership training: every lead attends the annual course."),
        ),
        framework,
    )
    assert [mapping.get(i) for i in range(12)] == [
        None, None, "1", "1", "1", "2", "2", "3", "3", "3", None, "Q3"
    ]  # fmt: skip
    assert {0, 1} <= set(result.unassigned)  # placed under no standard, not guessed


def test_a_memos_header_and_its_words_about_the_return_are_nobodys_evidence(framework):
    """With an assigner that would place anything, a memo without headings keeps its To/From
    lines and the sentence about the return out of the first standard."""
    mapping, _ = owners(
        doc(
            ("paragraph", "To: Partnership Business Manager"),
            ("paragraph", "Subject: Section 11 self-assessment 2020/21"),
            ("paragraph", "1.1 This memo is the council's Section 11 return for 2020/21."),
            ("paragraph", "2.1 The director is our named lead and the board meets quarterly."),
            (
                "paragraph",
                "2.2 We therefore rate ourselves Green on leadership and accountability.",
            ),
        ),
        framework,
        assign=lambda text: "1",
    )
    assert [mapping.get(i) for i in range(5)] == [None, None, None, "1", "1"]


def test_unnumbered_paragraphs_after_a_rating_stay_with_it(framework):
    """Without numbers or closing words a rating may open what follows as well as close
    what precedes: nothing is moved."""
    mapping, _ = owners(
        doc(
            ("heading", "Our return", 1),
            ("paragraph", "We rate leadership and accountability Green."),
            ("paragraph", "The board meets quarterly and the named lead is the director."),
            ("paragraph", "We rate our policies and procedures Amber."),
            ("paragraph", "Our policy was reviewed in March."),
        ),
        framework,
    )
    assert mapping[2] == "1" and mapping[4] == "3"


def test_a_headless_narrative_is_placed_paragraph_by_paragraph(framework):
    """A return with no standard headings that moves from standard to standard: each
    paragraph goes to the standard its content speaks of (issue 16)."""
    from pipeline.analyse import Toolkit
    from pipeline.settings import Settings

    finder = Toolkit(Settings(use_model=False)).finder
    texts = [
        "The board receives a quarterly safeguarding report and the named lead is the director.",
        "All staff have an enhanced DBS check and 94% completed safeguarding training this year.",
        "Our child protection policy was reviewed in March 2021 and staff use the escalation"
        " procedure.",
        "A youth forum of 20 young people met six times and their feedback changed our leaflets.",
    ]
    blocks = (Block(0, "heading", "Anytown Homes", level=1),) + tuple(
        Block(i + 1, "paragraph", text) for i, text in enumerate(texts)
    )
    document = Document(Source("x.docx", "0" * 64, "docx", None, 1), blocks)
    segmentation = segment(document, framework, assign=finder.assign)
    sections = {s.id: s.blocks for s in segmentation.standards}
    assert sections["1"] and 1 in sections["1"]
    assert 2 in sections["2"] and 3 in sections["3"] and 4 in sections["4"]


def test_the_agencys_introduction_is_not_placed_under_a_standard_by_its_content(framework):
    voice = lambda text: "4" if "young people" in text else None  # noqa: E731
    document = doc(
        ("heading", "Fellside Boxing Club", 1),
        ("heading", "About us", 2),
        ("paragraph", "We coach about 60 young people a week in the old mill on Tuesdays."),
        ("heading", "1. Leadership and accountability", 2),
        ("paragraph", "Our chair is the named safeguarding lead and reports to each meeting."),
        ("paragraph", "Unheaded words that young people helped us write."),
    )
    mapping, result = owners(document, framework, voice)
    assert 2 not in mapping and 2 in result.unassigned
    assert mapping[4] == "1"
    assert not result.warnings  # the introduction is not a part that failed to be placed


def test_a_lead_in_opens_the_questions_of_a_return_with_no_headings(framework):
    document = doc(
        (
            "paragraph",
            "Listening to children. Our youth forum met nine times and changed our menu.",
        ),
        (
            "paragraph",
            "The common questions. You asked what another agency has done this year that "
            "improved multi-agency practice: the school nurses shared their referral checklist.",
        ),
        (
            "paragraph",
            "We remain fully committed to the partnership's multi-agency training "
            "programme and released 30 staff to it.",
        ),
        ("paragraph", "Training is having an impact: referrals now say what the worry is."),
    )
    mapping, _ = owners(document, framework)
    assert mapping[0] == "4"
    assert (mapping[1], mapping[2], mapping[3]) == ("Q1", "Q3", "Q4")


def test_a_numbered_title_typed_as_a_paragraph_opens_its_standard(framework):
    document = doc(
        ("heading", "1. Leadership and accountability - who leads?", 2),
        ("paragraph", "Yes - the director leads and reports to the board each quarter."),
        (
            "paragraph",
            "2. Staff safe recruitment, induction, training and development - are staff checked?",
        ),
        ("paragraph", "Partly - nine renewals were overdue in May."),
        ("paragraph", "2. We also ran two courses for volunteers in the spring."),
    )
    mapping, _ = owners(document, framework)
    assert mapping[1] == "1"
    assert mapping[2] == mapping[3] == "2"
    assert mapping[4] == "2"  # a numbered point that names no standard stays where it is


def test_sub_numbered_questions_stay_with_their_standard(framework):
    document = doc(
        ("heading", "Standard 3: Safeguarding policies and procedures", 2),
        ("heading", "3.1 Is the policy up to date?", 2),
        ("paragraph", "Yes - it was approved in February 2021."),
        ("heading", "3.2 Do staff know how to report a concern?", 2),
        ("paragraph", "Yes - 90% said so in the survey."),
        ("heading", "3.3 Are checks built into licensing and events?", 2),
        ("paragraph", "Yes - every driver completes awareness training."),
        ("heading", "Standard 4: Listening to children and young people", 2),
    )
    mapping, _ = owners(document, framework)
    assert [mapping.get(i) for i in range(1, 7)] == ["3"] * 6


def test_cover_fields_before_the_first_standard_are_not_its_evidence(framework):
    document = doc(
        ("heading", "Section 11 return", 1),
        ("paragraph", "Submitted to: the safeguarding partnership"),
        ("paragraph", "Lead officer: Head of Public Protection, who chairs the board"),
        ("heading", "Standard 1: Leadership and accountability", 2),
        ("paragraph", "The board meets monthly."),
    )
    mapping, _ = owners(document, framework, assign=lambda text: "1")
    assert 1 not in mapping and 2 not in mapping
    assert mapping[4] == "1"


def test_a_covering_letter_is_the_cover_not_a_standards_evidence(framework):
    document = doc(
        ("heading", "Pennmoor Homes", 1),
        ("paragraph", "Dear Business Manager,"),
        ("heading", "Section 11 self-assessment 2020/21", 3),
        ("paragraph", "Our board has read this return and agreed its ratings."),
        ("paragraph", "Staff safe recruitment, induction, training and development - Amber"),
        ("paragraph", "The board asked that we hold it at Amber for another year."),
        ("heading", "Section 1. Leadership and accountability", 2),
        ("paragraph", "The chief executive chairs the safeguarding group."),
        ("heading", "Section 2. Staff safe recruitment, induction, training and development", 2),
        ("paragraph", "Every new starter had a DBS check."),
    )
    mapping, result = owners(document, framework, assign=lambda text: "1")
    assert not {1, 3, 4, 5} & set(mapping)
    assert mapping[7] == "1" and mapping[9] == "2"
    assert result.section("2").method == "heading"


def test_what_a_letter_says_of_one_standard_is_found_for_it(framework):
    from pipeline.understand.segment import named_elsewhere

    document = doc(
        ("heading", "Section 11 return", 1),
        ("paragraph", "I should explain the Amber for safer recruitment: we hold it at Amber."),
        ("paragraph", "We hold governance and safer recruitment at Amber."),  # two standards
        ("heading", "Standard 2: Staff safe recruitment, induction, training and development", 2),
        ("paragraph", "Safer recruitment: we hold it at Amber while checks settle."),  # own section
    )
    found = named_elsewhere(document, segment(document, framework), framework, lambda t: True)
    assert found == {
        "2": ("I should explain the Amber for safer recruitment: we hold it at Amber.",)
    }


def test_a_letter_under_a_heading_naming_the_return_is_placed_by_content(framework):
    """A headteacher's letter: one heading that names the return, then a paragraph per
    topic; two standards are enough to place the paragraphs one by one."""
    from pipeline.analyse import Toolkit
    from pipeline.settings import Settings

    finder = Toolkit(Settings(use_model=False)).finder
    mapping, _ = owners(
        doc(
            ("heading", "Section 11 self-assessment 2021", 2),
            (
                "paragraph",
                "I will start with leadership. Our DSL reports to every meeting of"
                " the governing body and the link governor visits each term.",
            ),  # fmt: skip
            (
                "paragraph",
                "Our staffing picture is more mixed. The single central record was"
                " checked in February and all staff completed the annual safeguarding update.",
            ),  # fmt: skip
            (
                "paragraph",
                "Turning to the partnership's common questions. Another agency that"
                " improved multi-agency practice was the school nursing team.",
            ),  # fmt: skip
        ),
        framework,
        assign=finder.assign,
    )
    assert mapping[1] == "1" and mapping[2] == "2" and mapping[3] == "Q1"


def test_schools_listen_to_students_and_pupils(framework):
    mapping, _ = owners(
        doc(
            ("heading", "Our return", 1),
            ("paragraph", "On policies and procedures, our policy was adopted in September."),
            ("paragraph", "Listening to students is something we are proud of: 24 ambassadors."),
        ),
        framework,
    )
    assert mapping[1] == "3" and mapping[2] == "4"


def test_a_letters_first_answer_opens_the_questions(framework):
    mapping, _ = owners(
        doc(
            ("heading", "Our return", 1),
            ("paragraph", "Standard 4. We hear children through play and pictures."),
            (
                "paragraph",
                "On your first common question, the acute trust's palliative team set"
                " up a weekly meeting with us that improved multi-agency practice.",
            ),  # fmt: skip
            ("paragraph", "On the second, our own rating: green for all four standards."),
        ),
        framework,
    )
    assert mapping[2] == "Q1" and mapping[3] == "Q2"


def test_a_letters_date_salutation_and_opening_belong_to_no_standard(framework):
    from pipeline.analyse import Toolkit
    from pipeline.settings import Settings

    finder = Toolkit(Settings(use_model=False)).finder
    mapping, result = owners(
        doc(
            ("heading", "Little Marsh Hospice", 1),
            ("heading", "15 October 2021", 2),
            ("paragraph", "Dear Ms Calloway,"),
            ("heading", "Section 11 self-assessment 2021", 2),
            (
                "paragraph",
                "I am sorry that our return reaches you after the deadline; our head"
                " of care was on leave for most of September.",
            ),  # fmt: skip
            (
                "paragraph",
                "I am the chief executive and the designated safeguarding lead, and"
                " the safeguarding trustee reports to every board meeting.",
            ),  # fmt: skip
            (
                "paragraph",
                "Every member of staff and every volunteer has an enhanced DBS check"
                " and completed safeguarding training this year.",
            ),  # fmt: skip
        ),
        framework,
        assign=finder.assign,
    )
    assert [mapping.get(i) for i in (1, 2, 4)] == [None, None, None]
    assert mapping[5] == "1" and mapping[6] == "2"


def test_a_letter_opening_with_dear_keeps_its_text_placed(framework):
    """Only the salutation itself is the letter's: the paragraphs after "Dear ..." in the same
    run are still placed by what they say."""
    mapping, _ = owners(
        doc(
            ("paragraph", "Dear Chair,"),
            (
                "paragraph",
                "Our director is the named lead and the board receives a quarterly"
                " safeguarding report.",
            ),  # fmt: skip
            ("paragraph", "Yours sincerely,"),
        ),
        framework,
        assign=lambda text: "1",
    )
    assert mapping.get(0) is None and mapping.get(2) is None and mapping[1] == "1"


def test_a_surveys_own_question_numbers_are_not_the_common_questions(framework):
    """A survey prints its questions Q1 to Q14 in one sequence: its Q1 asks the agency's
    name, not the framework's first common question. Each item is placed by its wording;
    one that asks neither a standard nor a common question is left unplaced, not read by
    its content; a long answer under a question is not a row naming a standard."""
    from pipeline.values import Cell

    def item(question, answer):
        return Block(0, "table", f"{question}\n{answer}", rows=((Cell(question),), (Cell(answer),)))

    items = [
        ("Q1. Name of your organisation", "Harlow Vale Boxing Club"),
        ("Q2. Which period does this return cover?", "April 2020 to March 2021"),
        (
            "Q3. Standard 2: Staff safe recruitment, induction, training and development - "
            "please describe your evidence",
            "Every coach has an enhanced DBS check, and our welfare officer audited the club's"
            " records in May 2021 with the county governing body's safeguarding adviser.",
        ),
        ("Q4. Standard 2 - how would you rate your agency?", "Amber"),
        (
            "Q9. Please describe something another agency has done during 20/21 that has"
            " improved multi-agency practice.",
            "The police schools officer ran sessions on exploitation for our junior squads.",
        ),
        (
            "Q10. Please summarise your RAG self-rating against each standard.",
            "Standard 2: Amber.",
        ),
        (
            "Q11. Would you like support from the Partnership Business Unit?",
            "Yes, with our safeguarding policy and the escalation route for our coaches.",
        ),
        ("Q14. Date signed off", "20/09/2021"),
    ]
    blocks = [item(q, a) for q, a in items]
    document = Document(
        SOURCE, tuple(Block(i, b.kind, b.text, rows=b.rows) for i, b in enumerate(blocks))
    )
    mapping, result = owners(document, framework, assign=lambda text: "3")
    assert mapping.get(0) is None and mapping.get(1) is None
    assert mapping[2] == "2" and mapping[3] == "2"
    assert mapping[4] == "Q1" and mapping[5] == "Q2"
    assert mapping.get(6) is None and mapping.get(7) is None  # not read as standard 3
    assert not result.warnings


def test_a_question_set_as_a_plain_numbered_line_is_followed_by_its_answer(framework):
    """Under "Common questions", "Q2. Please summarise ..." set as a plain line is the
    question: the paragraph after it answers Q2, even when it names no question itself."""
    document = doc(
        ("heading", "Common questions", 1),
        (
            "paragraph",
            "Q1. Please describe something another agency has done during 20/21 that"
            " has improved multi-agency practice.",
        ),
        (
            "paragraph",
            "The school nursing team shared its weekly list of children missing"
            " education with our attendance officers.",
        ),
        ("paragraph", "Q2. Please summarise your RAG self-rating against each standard."),
        ("paragraph", "Standard 1: Green. Standard 2: Amber. Standard 3: Green."),
        (
            "paragraph",
            "Q4. Is single and multi-agency training having an impact on practice?"
            " Please give examples.",
        ),
        ("paragraph", "Yes. Since the neglect course, referrals quote the toolkit's scores."),
        ("paragraph", "5. Improvement. Our audit scores rose from 61% to 78% this year."),
    )
    mapping, _ = owners(document, framework)
    assert [mapping.get(i) for i in range(1, 8)] == ["Q1", "Q1", "Q2", "Q2", "Q4", "Q4", "Q5"]


def test_a_contents_page_opens_and_holds_no_standard(framework):
    document = doc(
        ("heading", "Thornbury Sixth Form College", 1),
        ("heading", "Contents", 2),
        ("paragraph", "Standard 1: Leadership and accountability . . . . . . . . . . . . 2"),
        ("paragraph", "Standard 4: Listening to children and young people . . . . . . . . 3"),
        ("heading", "Introduction", 2),
        ("paragraph", "This is the college's return for 2021, approved by the governors."),
        ("heading", "Standard 4: Listening to children and young people", 2),
        ("paragraph", "Student forums meet termly on each campus."),
    )
    mapping, result = owners(document, framework)
    assert mapping.get(2) is None and mapping.get(3) is None
    assert mapping[7] == "4"
    assert not result.warnings


def test_a_table_with_a_standard_over_each_column_goes_column_by_column(framework):
    from pipeline.understand.segment import section_texts
    from pipeline.values import Cell

    rows = (
        (Cell(""), Cell("Standard 2: Our workforce"), Cell("Standard 3: Policies")),
        (
            Cell("Evidence"),
            Cell("Every new starter completed the induction module within a month."),
            Cell("The escalation policy was reissued to every team in March 2021."),
        ),
        (Cell("RAG"), Cell("Green"), Cell("Amber")),
    )
    text = "\n".join(" | ".join(c.text for c in row) for row in rows)
    document = Document(SOURCE, (Block(0, "table", text, rows=rows),))
    result = segment(document, framework)
    texts = {s.id: [t for _, t in section_texts(document, s, framework)] for s in result.standards}
    assert texts["2"] == ["Every new starter completed the induction module within a month."]
    assert texts["3"] == ["The escalation policy was reissued to every team in March 2021."]
    assert texts["1"] == [] and texts["4"] == []
