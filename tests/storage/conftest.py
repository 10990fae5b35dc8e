"""A rich fictional meeting used by the storage tests, and file helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agenda_editor.core.model import (
    AgendaItem,
    Day,
    Distribution,
    Meeting,
    PageSize,
    ReferenceDocument,
    Slot,
    Timetable,
)


def rich_meeting() -> Meeting:
    """A two-language meeting with sub-items, footnotes, documents and a two-day timetable."""
    opening = AgendaItem(id="open", title={"en": "Opening of the session", "fr": "Ouverture"})
    officers = AgendaItem(
        id="officers",
        title={"en": "Election of officers"},  # not yet translated into French
        annotation={
            "en": [
                "The Group will elect a <b>Chair</b> and a Rapporteur"
                "<footnote>See the rules of procedure, rule <i>15</i>.</footnote>.",
            ],
            "fr": [],
        },
    )
    organizational = AgendaItem(
        id="org",
        title={"en": "Organizational matters", "fr": "Questions d'organisation"},
        annotation={
            "en": [
                "A first paragraph with <i>italics</i>, H<sub>2</sub>O and 10<sup>3</sup>.",
                "A second one, with a note<footnote>Text of the note &amp; more.</footnote>.",
                "Markup kept as given: <img src=x> & a lone ampersand.",
            ],
            "fr": ["Un paragraphe<footnote>Une note.</footnote>."],
        },
        documents=[
            ReferenceDocument(
                "XYZ/WG.9/2031/1",
                {"en": "Provisional agenda and annotations", "fr": "Ordre du jour provisoire"},
            ),
            ReferenceDocument("XYZ/WG.9/2031/2", {"en": "Note by the Secretariat"}),
        ],
        children=[opening, officers],
    )
    review = AgendaItem(
        id="review",
        title={"en": "Review of the pilot programme", "fr": "Examen du programme pilote"},
        children=[
            AgendaItem(id="review-a", title={"en": "Findings"}),
            AgendaItem(
                id="review-b",
                title={"en": "Next steps", "fr": "Prochaines étapes"},
                children=[AgendaItem(id="review-b-i", title={"en": "Funding"})],
            ),
        ],
    )
    closing = AgendaItem(id="close", title={"en": "Adoption of the report", "fr": "Adoption"})
    return Meeting(
        symbol="XYZ/WG.9/2031/1",
        original_language="en",
        languages=["en", "fr"],
        distribution=Distribution.LIMITED,
        issue_date=dt.date(2031, 2, 14),
        body={"en": "Assembly of Fictional Lighthouse Keepers", "fr": "Assemblée des gardiens"},
        subsidiary_body={"en": "Working Group on Fog Signals"},
        session={"en": "Ninth session", "fr": "Neuvième session"},
        venue={"en": "Reykjavik"},
        start=dt.date(2031, 4, 7),
        end=dt.date(2031, 4, 8),
        title={},
        job_number={"en": "V.31-00001", "fr": "V.31-00002"},
        page_size=PageSize.LETTER,
        items=[organizational, review, closing],
        timetable=Timetable(
            max_slots_per_day=2,
            days=[
                Day(
                    dt.date(2031, 4, 7),
                    [
                        Slot(dt.time(10, 0), dt.time(13, 0), ["open", "org", "review"]),
                        Slot(dt.time(15, 0), dt.time(18, 0), ["review-a", "review"]),
                    ],
                ),
                Day(
                    dt.date(2031, 4, 8),
                    [
                        Slot(dt.time(9, 30), dt.time(12, 30, 15), ["review-b"]),
                        Slot(dt.time(13, 0), dt.time(14, 0)),
                        Slot(dt.time(15, 0), dt.time(18, 0), ["close"]),
                    ],
                    max_slots=3,
                ),
            ],
        ),
    )


@pytest.fixture
def meeting() -> Meeting:
    return rich_meeting()


@pytest.fixture
def saved(tmp_path: Path, meeting: Meeting) -> Path:
    """The rich meeting saved as a session file."""
    from agenda_editor.storage.session import save

    path = tmp_path / "ninth session.agenda"
    save(meeting, path)
    return path
