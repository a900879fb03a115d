from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from pipeline.redact import Redactor, load_gazetteer
from pipeline.redact.record import RecordRedactor
from pipeline.rules import rules_dir
from pipeline.values import RulesError


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# (text, what must go, the kind it goes as)
PLANTED = [
    ("A young person called Kayden was seen.", "Kayden", "name"),
    ("a girl named Tayla Brookes", "Tayla Brookes", "name"),
    ("a boy known as Jay at school", "Jay", "name"),
    ("a young person called Zephyrine told us", "Zephyrine", "name"),
    ("Mr Okonkwo attended the meeting.", "Mr Okonkwo", "name"),
    ("Mrs J. Smith rang the duty desk.", "Mrs J. Smith", "name"),
    ("Ms Harriet Vane-Jones chaired it.", "Ms Harriet Vane-Jones", "name"),
    ("Dr Patel examined him.", "Dr Patel", "name"),
    ("Miss O'Neill was informed.", "Miss O'Neill", "name"),
    ("The officer, DS Hughes, took the statement.", "Hughes", "name"),
    ("Riley Mercer was arrested.", "Riley Mercer", "name"),
    ("Example: Tayla Brookes, 13, attended.", "Tayla Brookes", "name"),
    ("his mother Leanne Pryce", "Leanne Pryce", "name"),
    ("The allegation against Lewis Carrow was substantiated.", "Lewis Carrow", "name"),
    ("Sarah told her teacher.", "Sarah", "name"),
    ("Afterwards Mohammed said he felt listened to.", "Mohammed", "name"),
    ("Martin Okafor wrote this return.", "Martin Okafor", "name"),
    ("Sarah Young is the lead.", "Sarah Young", "name"),
    ("J.S. was seen on the ward.", "J.S.", "initials"),
    ("his mother Chantelle was present", "Chantelle", "name"),
    ("The child, Zayn, was seen alone.", "Zayn", "name"),
    ("Young person Tayla said she felt safe.", "Tayla", "name"),
    ("the teacher Mr Quill, and his partner Deano", "Deano", "name"),
    ("DOB 04/09/2005", "DOB 04/09/2005", "date of birth"),
    ("(date of birth 12/03/2007)", "date of birth 12/03/2007", "date of birth"),
    ("born on 3 May 2010 in Gloucester", "born on 3 May 2010", "date of birth"),
    ("d.o.b. 1.2.09", "d.o.b. 1.2.09", "date of birth"),
    ("Kayden, aged 14, from Matson, was referred.", "aged 14, from Matson", "age and place"),
    ("a 15-year-old from Hesters Way", "15-year-old from Hesters Way", "age and place"),
    ("a 13 year old girl living in Tuffley", "13 year old girl living in Tuffley", "age and place"),
    ("Tayla, 13, of Tuffley", "13, of Tuffley", "age and place"),
    (
        "lives at 27 Redpoll Way, Matson, Gloucester GL4 6QZ.",
        "27 Redpoll Way, Matson, Gloucester GL4 6QZ",
        "address",
    ),
    ("of 8 Kestrel Court, Tuffley", "8 Kestrel Court, Tuffley", "address"),
    ("Flat 3, 14 London Road", "Flat 3, 14 London Road", "address"),
    ("the family moved to Larkhill Close last year", "Larkhill Close", "address"),
    ("postcode GL51 9AB only", "GL51 9AB", "postcode"),
    ("Call 07700 900417 today.", "07700 900417", "phone number"),
    ("Ring 01452 426000.", "01452 426000", "phone number"),
    ("on (01452) 426 000", "(01452) 426 000", "phone number"),
    ("or +44 7700 900123", "+44 7700 900123", "phone number"),
    ("e-mail jane.doe@example.org now", "jane.doe@example.org", "email address"),
    ("NHS No. 943 476 5919", "NHS No. 943 476 5919", "NHS number"),
    ("NHS number 9434765919.", "NHS number 9434765919", "NHS number"),
    ("943-476-5919 on file", "943-476-5919", "NHS number"),
    ("crime reference CR/61/004417/21.", "CR/61/004417/21", "reference number"),
    ("crime number 54210012345", "54210012345", "reference number"),
    ("case ref: ABC12345", "ABC12345", "reference number"),
    ("police log 54/123456/21 refers", "54/123456/21", "reference number"),
    ("She attends Kingsholm Primary School.", "Kingsholm Primary School", "school"),
    ("a pupil at St Peter's High School", "St Peter's High School", "school"),
    ("police incident 123 of 12/03/2021 refers", "incident 123 of 12/03/2021", "reference number"),
]


@pytest.mark.parametrize("text, secret, kind", PLANTED)
def test_planted_personal_data_is_removed(redactor, text, secret, kind):
    redacted, spans = redactor.redact(text)
    assert secret not in redacted
    for word in secret.replace(",", " ").split():
        if len(word) > 2 and word not in (
            "from",
            "Matson",
            "Tuffley",
            "Gloucester",
            "living",
            "girl",
            "year",
            "old",
            "born",
            "date",
            "birth",
            "NHS",
            "No.",
            "number",
        ):
            assert word not in redacted, word
    assert f"[REDACTED: {kind}]" in redacted


KEPT = [
    "Our Designated Safeguarding Lead reports to the Chief Executive every quarter.",
    "Gloucestershire Constabulary and Gloucestershire Hospitals NHS Foundation Trust attend.",
    "The Named Nurse and Named Doctor meet the Designated Nurse monthly.",
    "The Force Vulnerability Board chaired by the ACC met 12 of 12 months in 20/21.",
    "Operation Encompass notices reached schools in 87% of cases (1,733 of 1,992).",
    "Shared Lives carers and Young Voices members met at Whaddon Fields and Kings Square.",
    "Head of PPB (Det Supt) attends GSCP Executive as deputy for the Chief Constable.",
    "The Stroud District Youth Council has 18 members aged 11 to 18 from seven schools.",
    "We rated ourselves Amber; 96% of staff had DBS checks renewed every three years.",
    "Policy reviewed in April 2021, next review May 2023, by the Safeguarding Steering Group.",
    "Think Family training was delivered by the Local Authority Designated Officer.",
    "Cheltenham Borough Council, Tewkesbury Borough Council and Cafcass responded.",
    "The Virtual School Head and the Youth Justice Partnership Board agreed the plan.",
    "Pupil Premium children and the MASH Front Door are covered by child protection training.",
    "Each child protection conference heard the young person's views.",
]


@pytest.mark.parametrize("text", KEPT)
def test_agencies_roles_places_and_ordinary_text_survive(redactor, text):
    redacted, spans = redactor.redact(text)
    assert redacted == text, spans


def test_strategic_lead_role_stays_and_the_name_goes(redactor):
    redacted, _ = redactor.redact("Designated Safeguarding Lead Priya Natarajan chairs the group.")
    assert redacted == "Designated Safeguarding Lead [REDACTED: name] chairs the group."


def test_submitting_agency_is_kept_even_when_not_in_the_gazetteer(redactor):
    text = "Severn Vale Lettings owns 900 homes."
    assert "[REDACTED" in redactor.redact(text)[0]
    assert redactor.redact(text, keep=["Severn Vale Lettings"])[0] == text


def test_small_numbers_are_noted_not_removed(redactor):
    text = "There were two allegations in the youth team."
    assert redactor.redact(text)[0] == text
    assert [s.kind for s in redactor.patterns.small_number_notes(text)] == ["small number"]


def _record() -> dict:
    return {
        "schema": "s11-analysis/1",
        "source": {"file": "return.docx", "sha256": "ab" * 32, "format": "docx", "pages": None},
        "agency": "Stroud District Council",
        "standards": [
            {
                "id": "2",
                "title": "Staff",
                "self_rating": "green",
                "self_rating_source": {
                    "text": "Green (Mr Okonkwo)",
                    "page": None,
                    "block": 3,
                    "method": "text",
                },
                "evidence": [
                    {
                        "text": "Riley Mercer, 15 (DOB 04/09/2005), was arrested.",
                        "strength": "impact",
                        "indicators": ["S2.allegations"],
                        "indicator_names": ["Allegations"],
                    }
                ],
                "gaps": [
                    {
                        "type": "OVER_RATED",
                        "detail": "d",
                        "quote": "Riley Mercer was arrested.",
                        "rules": ["evidence_rating"],
                        "questions": ["Why was Riley Mercer arrested?"],
                    }
                ],
                "questions": ["Why was Riley Mercer arrested?"],
                "indicators": [
                    {"id": "S2.allegations", "description": "Allegations", "found": True}
                ],
            }
        ],
        "common_questions": [
            {
                "id": "Q1",
                "title": "t",
                "answered": True,
                "excerpt": "Call 07700 900417",
                "questions": [],
            }
        ],
        "warnings": ["block 4 mentions Kayden"],
    }


def test_every_text_field_of_the_record_is_redacted_and_the_log_leaks_nothing():
    record = _record()
    redacted, log = RecordRedactor(Redactor()).redact(record)
    dumped = json.dumps(redacted)
    for secret in ("Riley", "Mercer", "04/09/2005", "Okonkwo", "07700", "Kayden"):
        assert secret not in dumped
    assert redacted["agency"] == "Stroud District Council"
    assert redacted["standards"][0]["evidence"][0]["indicators"] == ["S2.allegations"]
    assert record["standards"][0]["evidence"][0]["text"].startswith("Riley")  # input untouched
    fields = {(e["standard"], e["common_question"], e["field"]) for e in log["redactions"]}
    assert ("2", None, "self_rating_source.text") in fields
    assert ("2", None, "evidence[0].text") in fields
    assert ("2", None, "gaps[0].quote") in fields
    assert ("2", None, "gaps[0].questions[0]") in fields
    assert ("2", None, "questions[0]") in fields
    assert (None, "Q1", "excerpt") in fields
    assert (None, None, "warnings[0]") in fields
    logged = json.dumps(log)
    for secret in ("Riley", "Mercer", "04/09/2005", "Okonkwo", "07700", "Kayden"):
        assert secret not in logged
    names = [
        e for e in log["redactions"] if e["field"] == "evidence[0].text" and e["kind"] == "name"
    ]
    assert names[0]["length"] == len("Riley Mercer") and len(names[0]["hash"]) == 16
    same = {e["hash"] for e in log["redactions"] if e["kind"] == "name" and e["length"] == 12}
    assert len(same) == 1  # the same name hashes alike wherever it appears


def test_gazetteer_problems_are_reported_together(tmp_path: Path):
    data = yaml.safe_load((rules_dir() / "redaction.yml").read_text())
    data["first_names"] = data["first_names"] + ["Board", ""]
    data["places"] = "Gloucester"
    data["colours"] = ["red"]
    path = tmp_path / "redaction.yml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(RulesError) as error:
        load_gazetteer(path)
    report = error.value.report()
    assert "unknown lists ['colours']" in report
    assert "places: expected a non-empty list" in report
    assert "first_names: every entry must be a non-empty string" in report


def test_a_given_name_listed_as_never_a_name_is_refused(tmp_path: Path):
    data = yaml.safe_load((rules_dir() / "redaction.yml").read_text())
    data["first_names"] = data["first_names"] + ["Board"]
    path = tmp_path / "redaction.yml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(RulesError, match=r"first_names: \['Board'\] are also in not_names"):
        load_gazetteer(path)


def test_a_record_redacts_the_same_after_other_records():
    """Redactions are remembered between records: a text is kept as its own agency's
    name in one record and still removed from another agency's record."""
    record = _record()
    record["warnings"].append("Severn Vale Lettings owns 900 homes.")
    other = {**_record(), "agency": "Severn Vale Lettings"}
    other["warnings"] = list(record["warnings"])
    expected = RecordRedactor(Redactor()).redact(record)
    shared = RecordRedactor(Redactor())
    assert shared.redact(other) != expected
    assert shared.redact(record) == expected
    assert shared.redact(record) == expected
    assert "Severn Vale Lettings owns" in shared.redact(other)[0]["warnings"][1]
    assert "Severn Vale Lettings owns" not in expected[0]["warnings"][1]


def _evidence_record(*texts: str, agency: str = "Stroud District Council") -> dict:
    return {
        "agency": agency,
        "source": {"sha256": "ab" * 32},
        "standards": [{"id": "1", "evidence": [{"text": t} for t in texts]}],
    }


def _texts(record: dict) -> list[str]:
    return [e["text"] for e in record["standards"][0]["evidence"]]


def test_a_surname_named_in_full_once_goes_where_it_stands_alone():
    record = _evidence_record(
        "Jane Okonkwo-Reyes is our designated lead.",
        "Okonkwo-Reyes reviewed the policy in May 2021.",
        "The audit was shared with Jane before the board.",
    )
    redacted, log = RecordRedactor(Redactor()).redact(record)
    texts = _texts(redacted)
    assert all("Okonkwo" not in t and "Jane" not in t for t in texts), texts
    assert texts[1].startswith("[REDACTED: name] reviewed the policy")
    assert log["counts"] == {"name": 3}


def test_the_surname_pass_stays_within_its_record():
    """Another record mentioning only the bare word keeps it: the names of one record never
    decide what is removed from another (the redactor is shared across a batch)."""
    redactor = RecordRedactor(Redactor())
    redactor.redact(_evidence_record("Jane Okonkwo-Reyes is our designated lead."))
    other, _ = redactor.redact(_evidence_record("The Okonkwo-Reyes review was published in 2021."))
    assert _texts(other) == ["The Okonkwo-Reyes review was published in 2021."]


def test_the_surname_pass_keeps_agencies_ratings_and_ordinary_words():
    record = _evidence_record(
        "Jane Stroud chairs the group and Amber Lewis leads the audit.",
        "Stroud District Council rated itself Amber for standard 2.",
        "The group meets monthly.",
    )
    texts = _texts(RecordRedactor(Redactor()).redact(record)[0])
    assert "Jane Stroud" not in texts[0] and "Lewis" not in texts[0]
    assert texts[1] == "Stroud District Council rated itself Amber for standard 2."
    assert texts[2] == "The group meets monthly."
