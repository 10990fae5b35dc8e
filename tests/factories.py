"""Meetings built in code for tests: one rich fictional meeting and small building blocks.

``sample_meeting()`` is a fictional two-day working group in English and French, shaped like a
real "provisional agenda and annotations": items with sub-items, one sub-item with third-level
items, annotations with italics and footnotes, reference documents and a two-day organization of
work in which items are continued from one meeting to the next. Every call builds a new meeting,
so a test may change it freely. It is clean: :func:`agenda_editor.core.rules.check` finds nothing.

Item ids are stable and readable (``"org"``, ``"open"``, ``"coop-joint"``...); ``SAMPLE_ORDER``
lists them in agenda order.
"""

from __future__ import annotations

import datetime as dt

from agenda_editor.core.model import (
    AgendaItem,
    Body,
    Day,
    Distribution,
    Meeting,
    PageSize,
    ReferenceDocument,
    Slot,
    Timetable,
)

#: Ids of the sample meeting's items in agenda (document) order.
SAMPLE_ORDER = (
    "org",
    "open",
    "adoption",
    "needs",
    "coop",
    "coop-info",
    "coop-joint",
    "coop-regional",
    "coop-national",
    "resources",
    "report",
)

SAMPLE_START = dt.date(2026, 6, 11)
SAMPLE_END = dt.date(2026, 6, 12)


def text(en: str, fr: str | None = None) -> dict[str, str]:
    """A text held per language: English, and French when given."""
    return {"en": en} if fr is None else {"en": en, "fr": fr}


def item(
    item_id: str,
    en: str,
    fr: str | None = None,
    *children: AgendaItem,
    annotation: dict[str, list[str]] | None = None,
    documents: list[ReferenceDocument] | None = None,
) -> AgendaItem:
    """An agenda item with a stable id, its title and optional sub-items."""
    return AgendaItem(
        id=item_id,
        title=text(en, fr),
        annotation=annotation or {},
        documents=documents or [],
        children=list(children),
    )


def slot(start: str, end: str, *item_ids: str, body: str = "plenary") -> Slot:
    """A meeting of a day (of ``body``) from "HH:MM" times, taking up the given items in order."""
    return Slot(dt.time.fromisoformat(start), dt.time.fromisoformat(end), list(item_ids), body)


def bare_meeting(*items: AgendaItem, languages: tuple[str, ...] = ("en",)) -> Meeting:
    """A minimal well-formed meeting holding ``items`` and no timetable (English original)."""
    return Meeting(
        symbol="XYZ/WG.9/2026/1",
        original_language="en",
        languages=list(languages),
        items=list(items),
    )


def sample_meeting() -> Meeting:
    """A rich fictional meeting in English and French (see the module's docstring)."""

    def overview() -> ReferenceDocument:
        return ReferenceDocument(
            "CFC/COP/WG.4/2026/2",
            text(
                "Overview of the capacity-building needs reported by coastal States",
                "Aperçu des besoins de renforcement des capacités signalés par les États côtiers",
            ),
        )

    needs_docs = [
        overview(),
        ReferenceDocument(
            "CFC/COP/2025/7/Rev.1",
            text(
                "Report of the Secretary of the Conference on the fisheries observer programme",
                "Rapport du Secrétaire de la Conférence sur le programme d'observateurs des pêches",
            ),
        ),
    ]
    coop_docs = [
        ReferenceDocument(
            "CFC/COP/WG.4/2026/3",
            text(
                "Note by the Secretariat on partnerships among providers of assistance",
                "Note du Secrétariat sur les partenariats entre prestataires d'assistance",
            ),
        ),
        # Listed under two items with the same title: allowed and not a finding.
        overview(),
    ]

    items = [
        item(
            "org",
            "Organizational matters",
            "Questions d'organisation",
            item(
                "open",
                "Opening of the meeting",
                "Ouverture de la réunion",
                annotation={
                    "en": [
                        "The meeting of the Working Group will be opened on Thursday, "
                        "11 June 2026, at 10 a.m."
                    ],
                    "fr": [
                        "La réunion du Groupe de travail sera ouverte le jeudi 11 juin 2026 "
                        "à 10 heures."
                    ],
                },
            ),
            item(
                "adoption",
                "Adoption of the agenda and organization of work",
                "Adoption de l'ordre du jour et organisation des travaux",
                annotation={
                    "en": [
                        "The provisional agenda was prepared in accordance with resolution 7/2 "
                        "of the Conference, entitled <i>Strengthening coastal fisheries "
                        "cooperation</i>.<footnote>See CFC/COP/2025/9, chap. I.</footnote>",
                        "Resources will allow two plenary meetings a day, with interpretation "
                        "into the six official languages of the United Nations.",
                    ],
                    "fr": [
                        "L'ordre du jour provisoire a été établi conformément à la "
                        "résolution 7/2 de la Conférence, intitulée <i>Renforcement de la "
                        "coopération en matière de pêche côtière</i><footnote>Voir "
                        "CFC/COP/2025/9, chap. I.</footnote>.",
                        "Les ressources disponibles permettront la tenue de deux séances "
                        "plénières par jour, avec interprétation dans les six langues "
                        "officielles de l'Organisation des Nations Unies.",
                    ],
                },
            ),
        ),
        item(
            "needs",
            "Review of capacity-building needs",
            "Examen des besoins de renforcement des capacités",
            annotation={
                "en": [
                    "The Working Group will have before it an overview of the needs reported "
                    "by States<footnote>Replies received by <b>1 March 2026</b>; see "
                    "<i>Official Records</i>, Supplement No. 3.</footnote> and may wish to "
                    "advise the Conference on priorities.",
                ],
                "fr": [
                    "Le Groupe de travail sera saisi d'un aperçu des besoins signalés par les "
                    "États<footnote>Réponses reçues au <b>1<sup>er</sup> mars 2026</b>; voir "
                    "<i>Documents officiels</i>, Supplément n<sup>o</sup> 3.</footnote> et "
                    "voudra peut-être conseiller la Conférence sur les priorités.",
                ],
            },
            documents=needs_docs,
        ),
        item(
            "coop",
            "Cooperation among providers of technical assistance",
            "Coopération entre prestataires d'assistance technique",
            item(
                "coop-info",
                "Exchange of information",
                "Échange d'informations",
            ),
            item(
                "coop-joint",
                "Joint programming",
                "Programmation conjointe",
                item("coop-regional", "Regional programmes", "Programmes régionaux"),
                item("coop-national", "National programmes", "Programmes nationaux"),
            ),
            annotation={
                "en": [
                    "In resolution 7/2, the Conference stressed that assistance should avoid "
                    "duplication; CO<sub>2</sub> monitoring was cited as an example."
                ],
                "fr": [
                    "Dans sa résolution 7/2, la Conférence a souligné que l'assistance devait "
                    "éviter les doubles emplois; la surveillance du CO<sub>2</sub> a été citée "
                    "en exemple."
                ],
            },
            documents=coop_docs,
        ),
        item("resources", "Mobilization of resources", "Mobilisation des ressources"),
        item("report", "Adoption of the report", "Adoption du rapport"),
    ]

    timetable = Timetable(
        days=[
            Day(
                SAMPLE_START,
                [
                    slot("10:00", "13:00", "open", "adoption", "needs"),
                    slot("15:00", "18:00", "needs", "coop"),
                ],
            ),
            Day(
                SAMPLE_END,
                [
                    slot("10:00", "13:00", "coop", "resources"),
                    slot("15:00", "18:00", "report"),
                ],
            ),
        ],
        max_slots_per_day=2,
    )

    return Meeting(
        symbol="CFC/COP/WG.4/2026/1",
        original_language="en",
        languages=["en", "fr"],
        distribution=Distribution.GENERAL,
        issue_date=dt.date(2026, 3, 20),
        body=text(
            "Conference of the Parties to the Convention on Coastal Fisheries Cooperation",
            "Conférence des Parties à la Convention sur la coopération en matière de pêche côtière",
        ),
        subsidiary_body=text(
            "Working Group on Capacity-Building",
            "Groupe de travail sur le renforcement des capacités",
        ),
        session=text("Fourth meeting", "Quatrième réunion"),
        venue=text("Vienna", "Vienne"),
        start=SAMPLE_START,
        end=SAMPLE_END,
        title=text("Provisional agenda and annotations", "Ordre du jour provisoire et annotations"),
        job_number=text("V.26-01966", "V.26-01967"),
        page_size=PageSize.A4,
        items=items,
        timetable=timetable,
    )


def two_body_meeting() -> Meeting:
    """The sample meeting with a Committee of the Whole meeting beside the plenary.

    Four meetings a day (all bodies together). The plenary continues "needs" and "coop"; the
    Committee takes up the sub-items of "coop" and continues "coop-joint". Clean as well.
    """
    meeting = sample_meeting()
    meeting.timetable = Timetable(
        bodies=[
            Body("plenary", text("Plenary", "Plénière")),
            Body("cow", text("Committee of the Whole", "Commission plénière")),
        ],
        days=[
            Day(
                SAMPLE_START,
                [
                    slot("10:00", "13:00", "open", "adoption", "needs"),
                    slot("15:00", "18:00", "needs", "coop"),
                    slot("10:00", "13:00", "coop-info", "coop-joint", body="cow"),
                    slot("15:00", "18:00", "coop-joint", body="cow"),
                ],
            ),
            Day(
                SAMPLE_END,
                [
                    slot("10:00", "13:00", "coop", "resources"),
                    slot("15:00", "18:00", "report"),
                    slot("10:00", "13:00", "coop-regional", "coop-national", body="cow"),
                ],
            ),
        ],
        max_slots_per_day=4,
    )
    return meeting
