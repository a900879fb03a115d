from __future__ import annotations

import pytest

from pipeline.understand.ratings import self_ratings
from pipeline.understand.segment import segment
from pipeline.values import Block, Cell, Document, Source

SOURCE = Source("x.docx", "0" * 64, "docx", None, 1)


def rate(framework, *blocks):
    blocks = tuple(Block(i, b.kind, b.text, b.page, b.level, b.rows) for i, b in enumerate(blocks))
    document = Document(SOURCE, blocks)
    ratings, warnings = self_ratings(document, segment(document, framework), framework)
    return {k: (v.rating, v.method) if v else None for k, v in ratings.items()}, warnings, ratings


def table(*rows):
    cells = tuple(tuple(Cell(c) if isinstance(c, str) else Cell(*c) for c in row) for row in rows)
    return Block(0, "table", "\n".join(" | ".join(c.text for c in r) for r in cells), rows=cells)


H = lambda text, level=1: Block(0, "heading", text, level=level)  # noqa: E731
P = lambda text: Block(0, "paragraph", text)  # noqa: E731


@pytest.mark.parametrize(
    "word, rating",
    [
        ("Green", "green"),
        ("G", "green"),
        ("amber", "amber"),
        ("A", "amber"),
        ("Red", "red"),
        ("Fully met", "green"),
        ("Partially met", "amber"),
        ("Not met", "red"),
        ("3", "green"),
        ("2", "amber"),
        ("1", "red"),
        ("Amber.", "amber"),
        ("Green - all areas met", "green"),
    ],
)
def test_rating_words_in_a_labelled_cell(framework, word, rating):
    result, _, _ = rate(
        framework, H("Standard 2: Our workforce"), table(["Self-assessment rating", word])
    )
    assert result["2"] == (rating, "table")


def test_summary_table_rows_name_their_standards(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Standard", "RAG"],
            ["1. Leadership and accountability", "G"],
            ["2. Our workforce", "A"],
            ["3. Policies", ("", "FF0000")],
            ["4. Voice of the child", "Green"],
        ),
    )
    assert result == {
        "1": ("green", "table"),
        "2": ("amber", "table"),
        "3": ("red", "shading"),
        "4": ("green", "table"),
    }


def test_colour_alone_in_the_standards_table(framework):
    result, _, ratings = rate(
        framework, H("Voice of the child"), table(["RAG rating", ("", "92D050")])
    )
    assert result["4"] == ("green", "shading")
    assert ratings["4"].text == "cell shaded #92D050"


def test_white_or_grey_cell_is_no_rating(framework):
    result, _, _ = rate(framework, H("Voice of the child"), table(["RAG rating", ("", "D9D9D9")]))
    assert result["4"] is None


@pytest.mark.parametrize(
    "sentence, standard, rating",
    [
        ("We have assessed ourselves as Amber against standard three.", "3", "amber"),
        ("Standard 2 - Green", "2", "green"),
        ("Standard 4: Amber", "4", "amber"),
        ("Our self-assessment for standard one is Red.", "1", "red"),
        ("We rate ourselves partially met for standard 2.", "2", "amber"),
    ],
)
def test_ratings_in_prose(framework, sentence, standard, rating):
    result, _, _ = rate(framework, P(sentence))
    assert result[standard] == (rating, "text")


def test_prose_rating_inside_a_section_without_a_number(framework):
    result, _, _ = rate(framework, H("Our workforce"), P("Overall we have rated this area Amber."))
    assert result["2"] == ("amber", "text")


def test_heading_with_rating(framework):
    result, _, _ = rate(framework, H("Leadership and accountability: Green"), P("text"))
    assert result["1"] == ("green", "text")


def test_colour_words_that_are_not_ratings_are_ignored(framework):
    result, _, _ = rate(
        framework, H("Our workforce"), P("We responded to a red flag in the green paper.")
    )
    assert result["2"] is None


def test_conflict_keeps_the_most_specific_source_and_warns(framework):
    result, warnings, _ = rate(
        framework,
        P("Standard 2 - Green"),
        H("Our workforce"),
        table(["Self-assessment rating", "Amber"]),
    )
    assert result["2"] == ("amber", "table")
    assert len(warnings) == 1 and "kept amber" in warnings[0]


def test_missing_rating_is_none(framework):
    result, _, _ = rate(framework, H("Our workforce"), P("We check DBS every three years."))
    assert result["2"] is None


@pytest.mark.parametrize(
    "blocks, expected",
    [
        # a heading carrying the rating in brackets
        (
            (H("Standard 1: Leadership and accountability (Green)"), P("text")),
            {"1": ("green", "text")},
        ),
        # upper case, label and colon inside the section
        ((H("Our workforce"), P("Self-assessment: AMBER")), {"2": ("amber", "text")}),
        # split ratings map through the scale
        ((H("Voice of the child"), P("RAG rating: Amber/Green")), {"4": ("amber", "text")}),
        # a standard named by word
        ((P("Standard Three - Red"),), {"3": ("red", "text")}),
        # judged rather than rated
        (
            (
                H("Safeguarding policies and procedures"),
                P("We judge ourselves to be green on this standard."),
            ),
            {"3": ("green", "text")},
        ),
    ],
)
def test_more_ways_of_stating_a_rating(framework, blocks, expected):
    result, _, _ = rate(framework, *blocks)
    for standard, value in expected.items():
        assert result[standard] == value


def test_summary_table_with_a_rating_column_and_evidence(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Standard", "Self-assessment (RAG)", "Key evidence"],
            ["1 Leadership and accountability", "Green", "Board reports quarterly"],
            ["2 Staff safe recruitment, induction, training and development", "Amber", "DBS 96%"],
            ["3 Safeguarding policies and procedures", "Green", "Policy approved 2021"],
            ["4 Listening to children and young people", "Red", "Survey planned"],
        ),
    )
    assert result == {
        "1": ("green", "table"),
        "2": ("amber", "table"),
        "3": ("green", "table"),
        "4": ("red", "table"),
    }


def test_transposed_summary_table_like_table_1(framework):
    result, _, _ = rate(
        framework,
        table(
            ["S11 Standards", "1", "2", "3", "4"],
            ["Self-rating", "G", "A", ("", "FF0000"), "G"],
        ),
    )
    assert result == {
        "1": ("green", "table"),
        "2": ("amber", "table"),
        "3": ("red", "shading"),
        "4": ("green", "table"),
    }


@pytest.mark.parametrize(
    "sentence, statement",
    [
        ("We have rated ourselves Amber against standard two.", True),
        ("We rate this standard green.", True),
        ("Following our audit we rated ourselves Amber for standard 2.", True),
        ("Assessment scale: Fully met, Partially met or Not met, as defined for this audit.", True),
        # someone else's rating, or a rating of something else, is evidence
        ("Safer recruitment was scored amber on the corporate risk register in May 2021.", False),
        ("Case recording was rated Green by internal audit in 2021 with no actions.", False),
        ("Our early help offer was judged Good by Ofsted in its 2021 inspection.", False),
    ],
)
def test_only_the_agencys_own_rating_is_a_rating_statement(framework, sentence, statement):
    from pipeline.understand.ratings import is_rating_statement

    assert is_rating_statement(sentence, framework) is statement


# ---------------------------------------------------------------- mention linking (issue 16)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one closing sentence rating several standards named by topic
        (
            "Overall we judge ourselves Green on governance, our workforce and listening to "
            "children, and Amber on policies.",
            {"1": "green", "2": "green", "3": "amber", "4": "green"},
        ),
        (
            "Looking back over the year we place ourselves at amber for leadership and "
            "accountability, green for safer recruitment and red for our policies.",
            {"1": "amber", "2": "green", "3": "red", "4": None},
        ),
        # names first
        ("We consider our policies and procedures to be Amber.", {"3": "amber"}),
    ],
)
def test_one_sentence_rates_the_standards_it_names(framework, sentence, expected):
    found, _, _ = rate(framework, H("Summary"), P(sentence))
    for standard_id, rating in expected.items():
        assert (found[standard_id] or (None,))[0] == rating, standard_id


@pytest.mark.parametrize(
    "sentence, rating",
    [
        ("Our assessment: GREEN.", "green"),
        ("We believe Green is justified here.", "green"),
        ("We judge this standard Amber.", "amber"),
        ("Last year we called this Red; this year we rate it Amber.", "amber"),
        ("Amber in the previous cycle, Green this time.", "green"),
        ("It has moved up from amber to green.", "green"),
        ("On balance we would give ourselves a 2 for this standard.", "amber"),
        ("This one merits a 3.", "green"),
    ],
)
def test_this_years_rating_is_read_and_last_years_is_not(framework, sentence, rating):
    heading, work = H("Standard 2: Our workforce"), P("We trained 40 staff.")
    found, _, _ = rate(framework, heading, work, P(sentence))
    assert found["2"] == (rating, "text")


@pytest.mark.parametrize(
    "sentence",
    [
        "We aim to be green by the end of next year.",
        "Green means fully met, amber partly met and red not met.",
        "The partnership asks us to score 3 for met, 2 for partly met and 1 for not met.",
        "Our 2019 return rated this standard Amber.",
        "The risk was rated amber on the corporate risk register.",
    ],
)
def test_ratings_about_another_time_a_hope_a_key_or_another_body_are_not_the_rating(
    framework, sentence
):
    found, _, _ = rate(framework, H("Standard 3: Policies and procedures"), P(sentence))
    assert found["3"] is None


def test_a_rating_near_a_standard_in_another_clause_stays_with_its_section(framework):
    found, _, _ = rate(
        framework,
        H("Standard 3: Policies and procedures"),
        P("Our policy for volunteers needs updating, so this one gets a 2."),
    )
    assert found["3"] == ("amber", "text") and found["2"] is None


def test_an_evidence_table_with_a_standard_column_rates_each_standard(framework):
    found, _, _ = rate(
        framework,
        table(
            ["Std", "Evidence", "Impact", "RAG"],
            ["1", "A named lead reports to the board", "Board challenge minuted", "G"],
            ["2", "Safer recruitment training for managers", "12 of 15 trained", "A"],
            ["2", "Standard 2 overall", "Good progress", "AMBER"],
            ["3", "Policy reviewed in May 2021", "Staff survey", "Green"],
            ["4", "Youth forum met six times", "Two changes made", ""],
        ),
    )
    assert found["1"] == ("green", "table") and found["2"] == ("amber", "table")
    assert found["3"] == ("green", "table") and found["4"] is None


def test_a_header_fill_is_no_rating_and_words_beat_numbers(framework):
    found, _, _ = rate(
        framework,
        table(
            [("Standard", "7B2C3B"), ("Score (1 to 4)", "7B2C3B"), ("Summary", "7B2C3B")],
            ["Listening to children and young people", "3", "Mostly met"],
            ["Leadership and accountability", "4 - Fully met", ""],
        ),
    )
    assert found["4"][0] == "amber"  # "3" is Mostly met on this scale, not 3 = green
    assert found["1"][0] == "green"


def test_item_ratings_rank_below_the_overall_line(framework):
    found, _, _ = rate(
        framework,
        H("Standard 4: Listening to children"),
        table(
            ["Evidence", "Impact", "RAG"], ["Survey", "Shared", "Green"], ["Forum", "New", "Amber"]
        ),
        H("Overall rating for Standard 4: Amber", level=2),
    )
    assert found["4"] == ("amber", "text")


@pytest.mark.parametrize("sentence", ["Red flags were escalated.", "Green Lane centre opened."])
def test_a_colour_word_naming_a_thing_is_not_a_rating(framework, sentence):
    found, _, _ = rate(framework, H("Standard 3: Policies and procedures"), P(sentence))
    assert found["3"] is None


# Rating mentions of the kinds unseen returns use, each in wording of its own.


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Our rating: Red ☐  Amber ☐  Green ☒", "green"),
        ("Rating  ☐ Green  ☒ Amber  ☐ Red", "amber"),
        ("Where we stand: [ ] Green [ ] Amber [X] Red", "red"),
        ("Assessment (tick one): Green (x)  Amber ( )  Red ( )", "green"),
    ],
)
def test_a_ticked_box_is_the_rating_and_unticked_ones_are_not(framework, line, expected):
    result, _, _ = rate(framework, H("Standard 3: Policies and procedures"), P(line))
    assert result["3"] == (expected, "text")


def test_a_row_of_empty_boxes_gives_no_rating(framework):
    result, _, _ = rate(
        framework,
        H("Standard 4: Listening to children"),
        P("Children told us the new drop-in helps them speak up."),
        P("Self-rating: ☐ Green ☐ Amber ☐ Red"),
    )
    assert result["4"] is None


def test_a_box_sentence_names_its_standard_inside_a_combined_section(framework):
    result, _, _ = rate(
        framework,
        H("Our team and our rules (standards 2 and 3)"),
        P("Standard 2 - recruiting and training our coaches: Green ☐ Amber ☒ Red ☐"),
        P("Standard 3 - our written procedures: Green ☒ Amber ☐ Red ☐"),
    )
    assert result["2"] == ("amber", "text")
    assert result["3"] == ("green", "text")


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Leadership and accountability in our school (RAG: A)", "amber"),
        ("Leadership and accountability in our school [rating: R]", "red"),
        ("Leadership and accountability in our school - RAG G", "green"),
    ],
)
def test_a_letter_after_a_label_in_an_own_heading(framework, heading, expected):
    result, _, _ = rate(
        framework,
        H(heading),
        P("Our trustees meet quarterly and receive a safeguarding report each time."),
    )
    assert result["1"] == (expected, "text")


def test_a_bold_rating_line_belongs_to_the_standard_above_and_last_years_is_ignored(framework):
    result, _, _ = rate(
        framework,
        H("STANDARD 2 - OUR PEOPLE"),
        P("Level 3 training reached 71% of the staff who need it."),
        H("Self-rating - A   (2019-20: G)", level=2),
        H("STANDARD 3 - OUR PROCEDURES"),
        P("The child protection procedure was rewritten in May."),
        H("Self-rating - G   (2019-20: A)", level=2),
    )
    assert result["2"] == ("amber", "text")
    assert result["3"] == ("green", "text")


def test_scores_are_read_through_the_returns_own_key_table(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Score", "What it means", "Partnership colour"],
            ["5", "Exceeds the standard", "Green"],
            ["4", "Meets the standard", "Green"],
            ["3", "Meets most of the standard", "Amber"],
            ["2", "Meets some of the standard", "Amber"],
            ["1", "Does not meet the standard", "Red"],
        ),
        H("Standard 1: Leadership"),
        P("The board reviewed its safeguarding plan twice."),
        P("Score for this standard: 3"),
        H("Standard 2: Our workforce"),
        P("Induction now includes a safeguarding module."),
        P("Score for this standard: 4"),
    )
    assert result["1"] == ("amber", "text")  # 3 is amber by this key, not the default green
    assert result["2"] == ("green", "text")


def test_a_key_table_gives_no_rating_of_its_own(framework):
    result, _, _ = rate(
        framework,
        H("Standard 3: Policies and procedures"),
        table(
            ["Met", "Every part of the standard is in place (green)."],
            ["Partly met", "Some parts are in place (amber)."],
            ["Not met", "Little is in place (red)."],
        ),
        P("Our procedures were last reviewed in March."),
    )
    assert result["3"] is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Our judgement on the second standard: Partially compliant.", "amber"),
        ("Judgement against standard two - Non-compliant", "red"),
        ("Assessment for Standard Two: Compliant", "green"),
    ],
)
def test_a_labelled_scale_word_with_an_ordinal(framework, line, expected):
    result, _, _ = rate(
        framework, P("Some opening words about our service and its reach."), P(line)
    )
    assert result["2"] == (expected, "text")


def test_a_column_of_last_years_ratings_is_not_this_years(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Standard", "Rating 2019-20", "Rating 2020-21"],
            ["1. Leadership and accountability", "Amber", "Green"],
            ["2. Our workforce", "Green", ""],
            ["3. Policies and procedures", "Red", "Amber"],
        ),
    )
    assert result["1"] == ("green", "table")
    assert result["2"] is None
    assert result["3"] == ("amber", "table")


def test_a_row_of_last_years_ratings_is_not_this_years(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Organisation", "Brook Lane Nurseries"],
            ["Our previous self-ratings", "Standard 1 Green, Standard 2 Amber, Standard 4 Red"],
        ),
        H("Standard 4: Listening to children"),
        P("We ran two listening events with the children in our rooms."),
    )
    assert result["4"] is None


def test_an_action_plans_rag_column_rates_actions_not_standards(framework):
    result, _, _ = rate(
        framework,
        H("Standard 3: Policies and procedures"),
        P("Our procedures were last reviewed in March."),
        table(
            ["Ref", "Standard", "What we will do", "Lead", "Due date", "RAG"],
            [
                "A1",
                "3",
                "Rewrite the lone working procedure",
                "Head of Operations",
                "Dec 2021",
                "Red",
            ],
            ["A2", "3", "Add online safety to induction", "HR Manager", "Jan 2022", "Green"],
        ),
    )
    assert result["3"] is None


def test_coloured_symbols_in_a_summary_table_in_the_standards_order(framework):
    result, _, ratings = rate(
        framework,
        table(
            ["What we looked at", "Our rating"],
            ["Leadership and accountability", ("\u25cf", None, "1E7B34")],
            ["Recruiting, training and supporting our people", ("\u25cf", None, "E08A00")],
            ["Safeguarding policies and procedures", ("\u25cf", None, "1E7B34")],
            ["What children tell us and what we change", ("\u25cf", None, "E08A00")],
        ),
    )
    assert result == {
        "1": ("green", "shading"),
        "2": ("amber", "shading"),
        "3": ("green", "shading"),
        "4": ("amber", "shading"),
    }
    assert ratings["2"].text == "\u25cf coloured #E08A00"


def test_a_tick_box_grid_gives_each_row_the_column_ticked(framework):
    result, _, ratings = rate(
        framework,
        table(
            ["Standard", "Green", "Amber", "Red"],
            ["1 Leadership and accountability", "☐", "☒", "☐"],
            ["2 Our workforce", "☒", "☐", "☐"],
            ["3 Policies and procedures", "☐", "☐", "☐"],  # none ticked: no rating
        ),
    )
    assert result["1"] == ("amber", "table") and result["2"] == ("green", "table")
    assert result["3"] is None
    assert ratings["1"].text == "Amber ticked"


def test_the_current_years_value_after_last_years_in_one_heading(framework):
    result, _, _ = rate(
        framework,
        H("STANDARD 2 - OUR WORKFORCE 2019/20: GREEN 2020/21: AMBER"),
        P("Training reached 70% of staff."),
        H("STANDARD 3 - POLICIES 2019/20: AMBER 2020/21: GREEN"),
        P("The policy was rewritten in May."),
    )
    assert result["2"] == ("amber", "text") and result["3"] == ("green", "text")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Our rating: we said Amber in 2019-20; for 2020-21 we say Green.", "green"),
        ("Rating: Red in 2019-20, Amber for 2020-21.", "amber"),
    ],
)
def test_last_years_rating_in_the_same_sentence_is_left_out(framework, line, expected):
    result, _, _ = rate(framework, H("Standard 2: Our workforce"), P(line))
    assert result["2"] == (expected, "text")


def test_years_as_rows_under_standards_as_columns(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Year", "Standard 1", "Standard 2", "Standard 3"],
            ["2019/20", "Red", "Amber", "Amber"],
            ["2020/21", "Green", "Amber", "Green"],
        ),
    )
    assert result["1"] == ("green", "table") and result["3"] == ("green", "table")


def test_the_overall_row_of_a_table_of_services_rates_the_agency(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Team", "Standard 1", "Standard 2"],
            ["North team", "Green", "Red"],
            ["South team", "Green", "Green"],
            ["Organisation overall", "Green", "Amber"],
        ),
    )
    assert result["2"] == ("amber", "table")


def test_a_five_point_scale_read_through_its_key(framework):
    result, _, _ = rate(
        framework,
        table(
            ["Our scale", "Partnership rating"],
            ["Green", "Green (fully met)"],
            ["Amber-Green", "Amber (partially met)"],
            ["Amber", "Amber (partially met)"],
            ["Red-Amber", "Red (not met)"],
            ["Red", "Red (not met)"],
        ),
        H("Standard 4: Listening to children"),
        P("We have no way yet of hearing from younger children."),
        P("Our rating: Red-Amber"),
    )
    assert result["4"] == ("red", "text")


@pytest.mark.parametrize(
    "rule, value, expected",
    [
        ("The second letter is our rating for this return.", "A/G", "green"),
        ("The first letter is our rating; the second is where we aim to be.", "A/G", "amber"),
        (None, "A/G", "amber"),  # no rule: the lower, as the framework reads "Amber/Green"
    ],
)
def test_a_split_rating_follows_the_returns_own_rule(framework, rule, value, expected):
    blocks = [P(rule)] if rule else []
    result, _, _ = rate(
        framework, *blocks, H("Standard 1: Leadership and accountability"), P(f"Rating: {value}")
    )
    assert result["1"] == (expected, "text")


@pytest.mark.parametrize(
    "key, value, expected",
    [
        # a key in words: the return's own scale, read through it
        (
            "We use our inspection grades here: Outstanding or Good means the standard is met "
            "(Green), Requires improvement means partly met (Amber) and Inadequate means not "
            "met (Red).",
            "Requires improvement",
            "amber",
        ),
        (
            "For the partnership, please read Secure as Green and Developing as Amber.",
            "Secure",
            "green",
        ),
        ("Key: ✓✓ = met in full (Green) ✓ = part met (Amber) ✗ = not met (Red)", "✓", "amber"),
        ("Key: ✓✓ = met in full (Green) ✓ = part met (Amber) ✗ = not met (Red)", "✗", "red"),
    ],
)
def test_a_key_in_words_or_symbols_defines_the_returns_own_ratings(framework, key, value, expected):
    result, _, _ = rate(
        framework,
        P(key),
        H("Standard 3: Safeguarding policies and procedures"),
        P("The policy was reviewed in March 2021."),
        H(f"Our judgement: {value}"),
    )
    assert result["3"] == (expected, "text")


@pytest.mark.parametrize(
    "key, value, expected",
    [
        (
            "Bands: 9 to 10 criteria met = Green; 6 to 8 = Amber; 5 or fewer = Red.",
            "7 of 10",
            "amber",
        ),
        (
            "Bands: 9 to 10 criteria met = Green; 6 to 8 = Amber; 5 or fewer = Red.",
            "9 of 10",
            "green",
        ),
        (
            "We convert as follows: 90% or more is Green; 60% to 89% is Amber; below 60% is Red.",
            "11 of 12",
            "green",
        ),
        (
            "We convert as follows: 90% or more is Green; 60% to 89% is Amber; below 60% is Red.",
            "5 of 12",
            "red",
        ),
    ],
)
def test_a_score_is_read_through_the_keys_bands(framework, key, value, expected):
    result, _, _ = rate(
        framework,
        P(key),
        H("Standard 2: Staff safe recruitment, induction, training and development"),
        P("Every new starter had a DBS check."),
        H(f"Criteria met: {value}", level=3),
    )
    assert result["2"] == (expected, "text")


def test_without_bands_a_count_is_no_rating(framework):
    result, _, _ = rate(
        framework,
        H("Standard 2: Staff safe recruitment, induction, training and development"),
        P("Every new starter had a DBS check."),
        H("Criteria met: 7 of 10", level=3),
    )
    assert result["2"] is None


def test_answers_opening_with_a_key_word_rate_their_standard_by_the_lowest(framework):
    result, _, _ = rate(
        framework,
        P("We answer each question Yes, Partly or No."),
        H("Standard 1: Leadership and accountability"),
        H("1.1 Is there a named lead?", level=2),
        P("Yes - the director is our named lead."),
        H("1.2 Does the board receive reports?", level=2),
        P("Partly - reports went to two of four meetings."),
        H("Standard 4: Listening to children and young people"),
        P("Yes - the youth panel shaped the new leaflet."),
        P("Rule: all Yes is Green; any Partly makes it Amber; any No makes it Red."),
    )
    assert result["1"] == ("amber", "text")
    assert result["4"] == ("green", "text")


def test_without_a_key_a_yes_is_no_rating(framework):
    result, _, _ = rate(
        framework,
        H("Standard 1: Leadership and accountability"),
        P("Yes - the director is our named lead."),
    )
    assert result["1"] is None


def test_a_tracker_with_one_row_per_standard_is_not_an_action_plan(framework):
    rows = [
        ["Ref", "Standard", "Owner", "Actions", "Due date", "RAG"],
        ["1", "Leadership and accountability", "Director", "Board briefing", "June", "Green"],
        [
            "2",
            "Staff safe recruitment, induction, training and development",
            "HR",
            "Audit",
            "May",
            "Amber",
        ],
        ["3", "Safeguarding policies and procedures", "Lead", "Review", "July", "Green"],
    ]
    result, _, _ = rate(framework, table(*rows))
    assert result["2"] == ("amber", "table")
    plan = [rows[0], rows[1], ["1", "Leadership and accountability", "HR", "Second", "May", "Red"]]
    result, _, _ = rate(framework, table(*plan))
    assert result["1"] is None  # several actions for one standard: their progress, not its rating


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "We have rated Standard 1 (leadership) and Standard 3 (our policies) Green.",
            {"1": "green", "3": "green", "2": None},
        ),
        (
            "We meet Standard 2 and Standard 4 in full, and we have rated both Green.",
            {"2": "green", "4": "green", "1": None},
        ),
    ],
)
def test_a_rating_given_to_several_standards_together(framework, sentence, expected):
    found, _, _ = rate(framework, H("Covering letter"), P(sentence))
    for standard_id, rating in expected.items():
        assert (found[standard_id] or (None,))[0] == rating, standard_id


@pytest.mark.parametrize(
    "sentence, rating",
    [
        ("This standard was Amber last year and remains Amber.", "amber"),
        ("Standard three was Red last year and is still Red this year.", "red"),
    ],
)
def test_a_rating_that_stays_the_same_is_this_years(framework, sentence, rating):
    found, _, _ = rate(
        framework,
        H("Standard 3: Safeguarding policies and procedures"),
        P("We audit."),
        P(sentence),
    )
    assert found["3"] == (rating, "text")


def test_a_code_in_brackets_after_a_heading_is_its_rating(framework):
    found, _, _ = rate(
        framework,
        P("Key: [G] met, [A] partly met, [R] not met"),
        H("Standard 1 - Leadership and accountability [A]"),
        P("The Chief Executive holds overall responsibility for safeguarding."),
        H("Standard 4 - Listening to children and young people (R)"),
        P("We have no way of hearing from children yet."),
    )
    assert found["1"] == ("amber", "text")
    assert found["4"] == ("red", "text")


def test_a_list_marker_in_brackets_is_no_rating(framework):
    found, _, _ = rate(
        framework,
        H("Standard 2: Our workforce"),
        P("(A) Recruitment. Every post that works with children needs an enhanced check."),
    )
    assert found["2"] is None


def test_a_badge_letter_before_a_numbered_standard_is_its_rating(framework):
    found, _, _ = rate(
        framework,
        P("G Standard 1: Leadership and accountability"),
        P("The governors receive a safeguarding report each term."),
        P("A Standard 3: Safeguarding policies and procedures"),
        P("The policy was reviewed in May 2021."),
    )
    assert found["1"] == ("green", "text")
    assert found["3"] == ("amber", "text")


def test_an_article_before_a_standard_title_is_no_rating(framework):
    found, _, _ = rate(
        framework, H("Standard 2: Our workforce"), P("A safer workforce is our aim.")
    )
    assert found["2"] is None


def test_target_and_panel_columns_of_a_matrix_are_not_this_years_rating(framework):
    found, _, _ = rate(
        framework,
        table(
            ["Standard", "Self-rating 2020/21", "Target for 2021/22", "Panel moderated 2019/20"],
            ["1. Leadership and accountability", "Green", "Green", "Amber"],
            [
                "2. Staff safe recruitment, induction, training and development",
                "Amber",
                "Green",
                "Red",
            ],
        ),
    )
    assert found["1"][0] == "green"
    assert found["2"][0] == "amber"


def test_a_key_that_gives_several_scores_one_colour(framework):
    found, _, _ = rate(
        framework,
        P(
            "Each standard is scored out of five: Score 5 or 4 = Green; Score 3 = Amber; "
            "Score 2 or 1 = Red."
        ),
        H("Standard 3: Safeguarding policies and procedures"),
        P("The policy was reviewed in May 2021."),
        P("Score: 5/5"),
        H("Standard 4: Listening to children"),
        P("The youth forum met four times."),
        P("Score: 2/5"),
    )
    assert found["3"] == ("green", "text")
    assert found["4"] == ("red", "text")


def test_a_maturity_key_table_names_no_standard(framework):
    found, _, _ = rate(
        framework,
        table(
            ["Maturity level", "What it means", "RAG equivalent"],
            ["Embedded", "Practice is consistent and its impact is evidenced", "Green"],
            ["Developing", "Arrangements are in place but are not yet consistent", "Amber"],
            ["Emerging", "Early work has started; there are significant gaps", "Red"],
        ),
        H("Standard 2: Safe recruitment, induction, training and development"),
        P("Maturity level: Embedded"),
        P("All staff hold current vetting."),
    )
    assert found["2"] == ("green", "text")


def test_a_key_set_out_one_entry_to_a_line(framework):
    found, _, _ = rate(
        framework,
        P("Each standard carries a star self-assessment. Our key is:"),
        P("★★★★ Green: embedded and evidenced"),
        P("★★★☆ Amber: in place with work to do"),
        P("★★☆☆ or fewer Red: significant gaps"),
        H("Standard 1: Leadership and accountability"),
        P("Self-assessment: ★★★☆"),
        P("The board meets quarterly."),
    )
    assert found["1"] == ("amber", "text")


def test_a_worded_key_with_two_codes_for_one_colour(framework):
    found, _, _ = rate(
        framework,
        P(
            "Fully met is equivalent to Green. Largely met and Partly met are both equivalent"
            " to Amber. Not met is equivalent to Red."
        ),
        H("Standard 3: Safeguarding policies and procedures"),
        P("Judgement: Largely met"),
        P("The policy was reviewed in May 2021."),
    )
    assert found["3"] == ("amber", "text")


def test_standards_rated_by_their_place_in_the_order(framework):
    found, _, _ = rate(
        framework,
        H("Covering letter"),
        P(
            "Taking everything together, I would rate us green for the first three and red for the"
            " last one... we rate amber for the remaining two."
        ),  # fmt: skip
    )
    assert [found[i][0] for i in "123"] == ["green"] * 3
    found, _, _ = rate(
        framework,
        H("Covering letter"),
        P("I would put us at amber for the first two standards and green for the other two."),
    )
    assert [found[i][0] for i in "1234"] == ["amber", "amber", "green", "green"]


def test_a_place_on_the_returns_own_scale_read_through_its_bands(framework):
    found, _, _ = rate(
        framework,
        P("Scaling key: 8-10 = Green, 5-7 = Amber, 0-4 = Red."),
        H("Standard 2: Our workforce"),
        P("All appointments were checked before the start date."),
        P("On a scale of 0 to 10 we are at 7."),
        H("Standard 4: Listening to children"),
        P("Our children in care council met monthly."),
        P("On a scale of 0 to 10 we are at 9."),
        H("Q2. RAG self-rating against each standard"),
        P("Standard 2: 7 (Amber); Standard 4: 9 (Green)."),
    )
    assert found["2"][0] == "amber"
    assert found["4"][0] == "green"


def test_the_ratings_answer_lists_standards_by_number_alone(framework):
    found, _, _ = rate(
        framework,
        H("Standard 1: Leadership"),
        P("The board meets quarterly."),
        H("Q2. RAG self-rating against each standard"),
        P("1 – G, 2 – A, 3 – A, 4 – R"),
    )
    assert [found[i][0] for i in "1234"] == ["green", "amber", "amber", "red"]


def test_numbers_in_other_answers_are_not_standards(framework):
    found, _, _ = rate(
        framework,
        H("Q4. Is training having an impact?"),
        P("1 - A, 2 - G"),  # not the ratings question: no standard is rated
    )
    assert found["1"] is None and found["2"] is None


def test_emoji_circles_are_ratings_by_their_colour(framework):
    found, _, _ = rate(
        framework,
        P("Key: 🟢 fully met 🟠 partly met 🔴 not met"),
        H("Standard 1 – Leadership and accountability 🟢"),
        P("The trustees meet quarterly."),
        H("Standard 2 – Staff safe recruitment, induction, training and development 🟠"),
        P("All coaches are checked."),
    )
    assert found["1"][0] == "green" and found["2"][0] == "amber"


def test_a_summary_table_naming_the_returns_own_headings(framework):
    found, _, _ = rate(
        framework,
        H("Chapter 2: Organisational responsibilities", 2),
        P("This chapter answers Standard 1 (Leadership and accountability)."),
        P("The director chairs our safeguarding group."),
        H("Chapter 3: Multi-agency arrangements", 2),
        P("This chapter answers Standard 2 (Staff safe recruitment)."),
        P("All staff are checked before they start."),
        H("Self-assessment summary", 2),
        table(
            ["Chapter", "RAG"],
            ["Chapter 2: Organisational responsibilities", "Green"],
            ["Chapter 3: Multi-agency arrangements", "Amber"],
        ),
    )
    assert found["1"][0] == "green" and found["2"][0] == "amber"


def test_one_rating_for_all_standards_but_those_excepted(framework):
    found, _, _ = rate(
        framework,
        H("Covering letter"),
        P(
            "On the self-ratings, in summary we are green across the board except for our"
            " workforce, which I would describe as amber."
        ),
    )
    assert [found[i][0] for i in "1234"] == ["green", "amber", "green", "green"]


def test_a_rating_line_set_as_a_heading_closes_the_part_above_it(framework):
    from pipeline.analyse import Toolkit
    from pipeline.settings import Settings

    finder = Toolkit(Settings(use_model=False)).finder
    blocks = (
        H("Anytown District Council", 1),
        H("Who is accountable", 2),
        P("The Director of Communities is the senior officer accountable for safeguarding."),
        P("The Corporate Management Team receives a quarterly safeguarding report."),
        H("Our rating: Green", 2),
        H("Our policies and procedures", 2),
        P("Our policy was updated in February 2021."),
        H("Our rating: Amber", 2),
    )
    blocks = tuple(Block(i, b.kind, b.text, b.page, b.level, b.rows) for i, b in enumerate(blocks))
    document = Document(SOURCE, blocks)
    segmentation = segment(document, framework, assign=finder.assign)
    ratings, _ = self_ratings(document, segmentation, framework)
    assert ratings["1"].rating == "green" and ratings["3"].rating == "amber"
    assert not any(4 in q.blocks for q in segmentation.common_questions)


def test_a_tick_grid_marked_with_a_bare_x(framework):
    found, _, _ = rate(
        framework,
        table(
            ["Standard", "G", "A", "R"],
            ["1. Leadership and accountability", "X", "", ""],
            ["4. Listening to children and young people", "", "X", ""],
        ),
    )
    assert found["1"][0] == "green" and found["4"][0] == "amber"


def test_a_key_of_quoted_phrases(framework):
    found, _, _ = rate(
        framework,
        P(
            'When we say "we are doing fine" we mean Green, "we are on our way" means Amber, and'
            ' "we are stuck" means Red.'
        ),  # fmt: skip
        H("2. Staff and volunteers"),
        P("We are stuck."),
        P("Only one of our volunteers has had training."),
        H("Q2. RAG self-rating against each standard"),
        P("Leadership - we are on our way. Staff and volunteers - we are stuck."),
    )
    assert found["2"][0] == "red" and found["1"][0] == "amber"


def test_a_rating_in_a_page_header_that_names_its_standard(framework):
    blocks = (H("Standard 2: Our workforce"), P("All staff are checked before they start."))
    document = Document(
        SOURCE,
        tuple(Block(i, b.kind, b.text, b.page, b.level, b.rows) for i, b in enumerate(blocks)),
        running=("Anytown Council - Section 11 return", "Standard 2 – self-assessment: Amber"),
    )
    ratings, _ = self_ratings(document, segment(document, framework), framework)
    assert ratings["2"].rating == "amber" and ratings["1"] is None


def test_score_bands_written_without_a_separator(framework):
    found, _, _ = rate(
        framework,
        P("Compliance bands used by the Trust: 80% and above Green, 50-79% Amber, below 50% Red."),
        H("Standard 2: Our workforce"),
        P("Self-assessed compliance: 74%"),
        H("Standard 3: Policies"),
        P("Self-assessed compliance: 80%"),
    )
    assert found["2"][0] == "amber" and found["3"][0] == "green"


def test_ratings_listed_by_topic_in_another_order(framework):
    found, _, _ = rate(
        framework,
        H("Q2. RAG self-rating against each standard"),
        P(
            "Our ratings, by topic: Listening to children: Green; Leadership: Amber; Policies:"
            " Green; Workforce: Red."
        ),  # fmt: skip
    )
    assert [found[i][0] for i in "1234"] == ["amber", "red", "green", "green"]


def test_a_rating_the_sentence_replaces(framework):
    found, _, _ = rate(
        framework,
        H("Covering email"),
        P(
            "The return below still shows Green for Standard 3, but our rating for this year is"
            " Amber."
        ),  # fmt: skip
    )
    assert found["3"][0] == "amber"


def test_a_rating_told_as_a_change_from_last_year(framework):
    result, _, _ = rate(
        framework,
        H("Standard 3: Safeguarding policies and procedures"),
        P("Our exploitation guidance was rewritten with the police in May 2021."),
        P("We have brought this down from Green to Amber this year."),
        H("Standard 4: Listening to children and young people"),
        P("Last year (in our 2020 return) we rated this standard Amber."),
        P("The youth panel met monthly and chose the new waiting room design."),
        H("Q2. RAG self-rating against each standard"),
        P("Standard 1 has been raised from Amber to Green. Standard 2 stays at Amber."),
    )
    assert result["3"] == ("amber", "text")
    assert result["1"] == ("green", "text") and result["2"] == ("amber", "text")
    assert result["4"] is None  # only last year's rating is given


def test_ratings_given_for_the_standards_that_follow_them(framework):
    result, _, _ = rate(
        framework,
        H("Summary"),
        P(
            "Our self-ratings are Amber for Standard 1, Green for Standard 2 and Red for"
            " Standard 4."
        ),
    )
    assert [result[s] for s in ("1", "2", "3", "4")] == [
        ("amber", "text"),
        ("green", "text"),
        None,
        ("red", "text"),
    ]


def test_the_agencys_overall_rating_rates_no_standard(framework):
    result, _, _ = rate(
        framework,
        H("Standard 1: Leadership and accountability"),
        P("The governors receive a termly safeguarding report from the DSL."),
        table(
            ["Signed", "J. Okoro, Chair of Governors"],
            [("Overall rating for Thistlecombe School: Amber", "FFC000")],
        ),
        table(["Self-assessment rating", "Green"]),
    )
    assert result["1"] == ("green", "table")
    held, _, _ = rate(
        framework,
        H("Standard 1: Leadership and accountability"),
        table(["Overall rating for this standard: Amber"]),
    )
    assert held["1"] == ("amber", "table")


def test_a_rating_with_a_footnote_marker_or_a_slip_in_its_spelling(framework):
    result, _, _ = rate(
        framework,
        H("Standard 1: Leadership and accountability"),
        P("Our self-rating: Amber\u00b2"),
        H("Standard 2: Staff safe recruitment, induction, training and development"),
        table(["RAG rating for Standard 2", "Gren"]),
        H("Standard 3: Safeguarding policies and procedures"),
        table(["RAG rating for Standard 3", "Ambre"]),
        H("Standard 4: Listening to children and young people"),
        table(["RAG rating for Standard 4", "gree n"]),
    )
    assert [result[s] for s in ("1", "2", "3", "4")] == [
        ("amber", "text"),
        ("green", "table"),
        ("amber", "table"),
        ("green", "table"),
    ]
    # a word a letter away from "red" is left alone: too short to tell from other words
    unread, _, _ = rate(framework, H("Standard 2: Our workforce"), table(["RAG rating", "Read"]))
    assert unread["2"] is None


def test_a_sub_grade_is_its_letters_rating(framework):
    result, _, _ = rate(
        framework,
        H("Standard 2: Staff safe recruitment, induction, training and development - Grade: A+"),
        P("Every coach holds an enhanced DBS check."),
        H("Standard 3: Safeguarding policies and procedures - Grade: G-"),
        P("The policy was reissued in May 2021."),
    )
    assert result["2"] == ("amber", "text") and result["3"] == ("green", "text")
