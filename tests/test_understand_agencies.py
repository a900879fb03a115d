"""Naming each submission's agency from the register, and who is missing."""

from __future__ import annotations

import re

import pytest

from pipeline.rules import load_agencies
from pipeline.understand.agencies import AgencyFinder, organisation_name
from pipeline.values import Agency, Block, Document, Source

SOURCE = Source(file="return.docx", sha256="0" * 64, format="docx", pages=None, size=1)
PARTNERS = (
    "We work closely with Gloucestershire Constabulary, Children's Social Care and "
    "the Gloucestershire Hospitals NHS Foundation Trust on joint audits."
)


@pytest.fixture(scope="module")
def finder() -> AgencyFinder:
    return AgencyFinder(load_agencies())


def document(
    *blocks: tuple[str, str], title: str | None = None, running: tuple[str, ...] = ()
) -> Document:
    return Document(
        source=SOURCE,
        title=title,
        running=running,
        blocks=tuple(
            Block(index=i, kind=kind, text=text)  # type: ignore[arg-type]
            for i, (kind, text) in enumerate(blocks)
        ),
    )


@pytest.mark.parametrize(
    "doc, expected",
    [
        (
            document(("heading", "Kestrel Vale Housing Association"), ("paragraph", PARTNERS)),
            ("Kestrel Vale Housing Association", "cover (not in the register)"),
        ),
        (
            document(
                ("heading", "Section 11 self-assessment 2021"),
                ("paragraph", PARTNERS),
                running=("Stroud District Council | Section 11 return",),
            ),
            ("Stroud District Council", "running header"),
        ),
        (
            document(
                ("heading", "Section 11 self-assessment 2021"),
                ("heading", "Tewkesbury Borough Council"),
                ("paragraph", PARTNERS),
                title="Section 11 return",
            ),
            ("Tewkesbury Borough Council", "cover"),
        ),
        (
            document(("paragraph", PARTNERS), title="Kestrel Vale Housing Association - S11 2021"),
            ("Kestrel Vale Housing Association", "title (not in the register)"),
        ),
        (
            document(
                ("heading", "Standard 1: Leadership and accountability"),
                ("paragraph", "Our safeguarding lead reports to the board."),
                ("paragraph", PARTNERS),
            ),
            ("Gloucestershire Constabulary", "text"),
        ),
    ],
    ids=[
        "unregistered cover",
        "running header",
        "first heading",
        "unregistered title",
        "only the text",
    ],
)
def test_the_agencys_own_name_beats_partners_named_deeper(finder, doc, expected):
    assert finder.find(doc, "return.docx") == expected


def test_the_file_name_is_the_last_resort(finder):
    empty = document(("paragraph", "We have a named safeguarding lead."))
    assert finder.find(empty, "stroud_district_council-s11.docx") == (
        "Stroud District Council",
        "file name",
    )
    assert finder.find(None, "notes.txt") == (None, "")


@pytest.mark.parametrize(
    "line, name",
    [
        (
            "Kestrel Vale Housing Association - Section 11 self-assessment 2021",
            "Kestrel Vale Housing Association",
        ),
        ("Severnside Youth Mentoring CIC: S11 return", "Severnside Youth Mentoring CIC"),
        ("Section 11 self-assessment 2021", None),
        ("Standard 2: Safe recruitment", None),
        ("We trained 96% of staff.", None),
        ("Microsoft Word - Draft v2 final", None),
        ("Template for partners", None),
        ("Lanterns Family Support - Section 11 self-assessment 2022", "Lanterns Family Support"),
        ("Draft Copy - Section 11 self-assessment 2022", None),
        ("Lanterns Family Support - Draft", None),
    ],
)
def test_organisation_names_in_a_heading(line, name):
    assert organisation_name(line) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wyvern Youth Justice Service - Section 11 self-assessment", None),
        ("Wyvern Constabulary annual return", None),
        ("The Youth Justice Service in Gloucestershire", "Gloucestershire Youth Offending Service"),
        ("Gloucestershire Youth Justice Service", "Gloucestershire Youth Offending Service"),
        (
            "Gloucestershire Children's Social Care - S11",
            "Gloucestershire Children's Social Care & Commissioning",
        ),
        (
            "Report from Wyvern Police; see also Gloucestershire Constabulary",
            "Gloucestershire Constabulary",
        ),
    ],
)
def test_a_registered_name_inside_another_areas_name_is_not_a_mention(finder, text, expected):
    found = finder.search(text)
    assert (found.name if found else None) == expected


def test_missing_agencies_are_the_expected_ones_without_a_submission():
    finder = AgencyFinder(
        (Agency("A Council"), Agency("B Trust", expected=False), Agency("C Police"))
    )
    assert finder.missing({"A Council", "Someone Not Registered"}) == ["C Police"]


def test_the_register_is_unambiguous():
    """Every name, alias and acronym points at one agency only."""
    owners: dict[str, set[str]] = {}
    agencies = load_agencies()
    for agency in agencies:
        for name in (agency.name, *agency.aliases, *([agency.short] if agency.short else [])):
            key = re.sub(r"\s+", " ", name.replace("&", "and")).strip()
            key = key if key.isupper() else key.lower()
            owners.setdefault(key, set()).add(agency.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert any(not a.expected for a in agencies)  # two-year cycles are in the register


# Names of organisations outside the register, read as unseen returns write them.


def _doc(blocks, running=(), title=None):
    from pipeline.values import Block, Document, Source

    return Document(
        Source("x.pdf", "0" * 64, "pdf", 1, 1),
        tuple(Block(i, kind, text, 1, None, rows) for i, (kind, text, rows) in enumerate(blocks)),
        title=title,
        running=tuple(running),
    )


def test_an_nhs_lockup_in_the_header_keeps_its_nhs(finder):
    document = _doc(
        [
            ("heading", "Section 11 return 2020/21", ()),
            ("heading", "NHS Brookfield Integrated Care Board", ()),
        ],
        running=["NHS", "Brookfield Integrated Care Board"],
    )
    assert finder.find(document, "icb.pdf")[0] == "NHS Brookfield Integrated Care Board"


def test_a_department_after_a_comma_or_in_the_opening_is_kept(finder):
    comma = _doc(
        [("heading", "Section 11 return 2020/21", ())],
        running=["Eastmoor County Council, Children's Services | Section 11 return"],
    )
    assert finder.find(comma, "x.pdf")[0] == "Eastmoor County Council Children's Services"
    named_below = _doc(
        [
            (
                "paragraph",
                "Return from Eastmoor County Council Children's Services to the partnership.",
                (),
            )
        ],
        running=["Eastmoor County Council - putting children first"],
    )
    assert finder.find(named_below, "x.pdf")[0] == "Eastmoor County Council Children's Services"


def test_a_forms_name_field_names_the_organisation(finder):
    from pipeline.values import Cell

    rows = (
        (Cell("Name of organisation"), Cell("Ashgrove Schools Trust (5 academies)")),
        (Cell("Completed by"), Cell("The Director of Education")),
    )
    document = _doc([("heading", "Section 11 Self-Assessment 2020-21", ()), ("table", "", rows)])
    assert finder.find(document, "form.pdf") == (
        "Ashgrove Schools Trust",
        "form (not in the register)",
    )


def test_a_labelled_organisation_line_beats_a_title_naming_a_department(finder):
    document = _doc(
        [
            ("heading", "Section 11 Self-Assessment Form 2020/21", ()),
            ("paragraph", "Organisation: Fenwold County Council Children's Services", ()),
        ],
        title="Section 11 self-assessment form 2020/21 - Children's Services",
    )
    assert finder.find(document, "form.docx")[0] == "Fenwold County Council Children's Services"


def test_a_memo_names_the_organisation_after_the_person_and_post(finder):
    document = _doc(
        [
            ("heading", "MEMORANDUM", ()),
            (
                "paragraph",
                "From: A Writer, Head of Community Services, Brightmoor District Council",
                (),
            ),
        ]
    )
    assert finder.find(document, "memo.docx")[0] == "Brightmoor District Council"


def test_a_name_set_in_capitals_is_written_as_a_name(finder):
    document = _doc(
        [
            ("heading", "BRIGHTMOOR FIRE AND RESCUE SERVICE", ()),
            ("heading", "SECTION 11 RETURN", ()),
        ]
    )
    assert finder.find(document, "x.docx")[0] == "Brightmoor Fire and Rescue Service"


def test_a_short_name_in_the_title_yields_to_another_areas_service_on_the_cover(finder):
    document = _doc(
        [("heading", "Pennmoor Youth Justice Service - Section 11 return 2020/21", ())],
        title="YJS Section 11 2020-21",
    )
    assert finder.find(document, "x.docx")[0] == "Pennmoor Youth Justice Service"


def test_a_local_unit_named_after_its_national_body(finder):
    document = _doc(
        [("heading", "The Probation Service: Pennmoor Probation Delivery Unit", ())],
        running=["Probation Service - Pennmoor PDU | Section 11 return"],
    )
    # the header's "Pennmoor PDU", spelt out as the cover writes it
    assert finder.find(document, "x.pdf")[0] == "Pennmoor Probation Delivery Unit"
    cover_only = _doc([("heading", "The Probation Service: Pennmoor Probation Delivery Unit", ())])
    assert finder.find(cover_only, "x.pdf")[0] == "Pennmoor Probation Delivery Unit"


@pytest.mark.parametrize(
    "line", ["Tarnwick Homes", "Tarnwick Community Health", "Tarnwick Fire and Rescue"]
)
def test_more_kinds_of_organisation_name(line):
    assert organisation_name(line) == line


def test_a_title_naming_a_department_takes_the_organisation_on_the_cover(finder):
    document = _doc(
        [
            ("heading", "Eastmoor Borough Council", ()),
            ("heading", "Housing Services: Section 11 audit 2021", ()),
        ],
        title="Section 11 audit 2021 - Housing Services",
    )
    assert finder.find(document, "x.docx")[0] == "Eastmoor Borough Council Housing Services"


def test_a_registered_department_name_after_another_areas_council_is_that_councils(finder):
    document = _doc(
        [("heading", "Section 11 Self-Assessment 2021", ())],
        running=["Eastmoor County Council - Children's Social Care - Section 11 2021"],
        title="Section 11 Self-Assessment 2021 - Children's Social Care",
    )
    assert finder.find(document, "x.docx")[0] == "Eastmoor County Council Children's Social Care"


def test_a_hospice_is_an_organisation():
    assert organisation_name("Little Marsh Children's Hospice") == "Little Marsh Children's Hospice"


def test_a_title_abbreviation_takes_the_full_name_on_the_cover(finder):
    document = _doc(
        [("heading", "NHS Eastmoor Clinical Commissioning Group", ())],
        title="NHS Eastmoor CCG - Section 11 self-assessment 2021",
    )
    assert finder.find(document, "x.pdf")[0] == "NHS Eastmoor Clinical Commissioning Group"


def test_a_forms_agency_field_with_a_dash_before_the_department(finder):
    from pipeline.values import Cell

    rows = ((Cell("Agency"), Cell("Eastmoor County Council - Children's Services")),)
    document = _doc([("heading", "Self-Assessment Form 2021", ()), ("table", "", rows)])
    assert finder.find(document, "x.docx")[0] == "Eastmoor County Council Children's Services"


def test_a_name_field_whose_value_sits_below_its_label(finder):
    """A filled-in form prints its label with the value on the line below; a survey's
    export puts a numbered question in one row and the answer in the row under it."""
    from pipeline.values import Cell

    below = _doc(
        [
            ("heading", "Section 11 Agency Return Form", ()),
            ("heading", "Name of agency", ()),
            ("paragraph", "Harlow Vale Family Hubs", ()),
            ("heading", "Completed by (name and role)", ()),
            ("paragraph", "Sam Ochieng, Hub Manager", ()),
        ]
    )
    assert finder.find(below, "form.pdf")[0] == "Harlow Vale Family Hubs"
    rows = ((Cell("Q1. Name of your organisation"),), (Cell("Harlow Vale Boxing Club"),))
    survey = _doc([("heading", "Survey response", ()), ("table", "", rows)])
    assert finder.find(survey, "response.docx")[0] == "Harlow Vale Boxing Club"
