"""The document plan: what the PDF (and any later exporter) prints, in which words."""

from __future__ import annotations

import pytest

from agenda_editor.core.languages import LANGUAGES
from agenda_editor.core.model import Meeting
from agenda_editor.export.plan import (
    ExportError,
    MissingTranslationError,
    Part,
    build_plan,
)


def lines(meeting: Meeting, lang: str) -> list[str]:
    plan = build_plan(meeting, lang)
    return [f"{line.label} {line.title.text}{line.punctuation}" for line in plan.agenda]


def test_english_agenda_lines(meeting6: Meeting) -> None:
    assert lines(meeting6, "en")[:4] == [
        "1. Organizational matters:",
        "(a) Opening of the meeting;",
        "(b) Adoption of the agenda and organization of work.",
        "2. Review of capacity-building needs.",
    ]


def test_french_sub_items_and_chinese_punctuation(meeting6: Meeting) -> None:
    assert lines(meeting6, "fr")[1] == "a) Ouverture de la réunion;"
    chinese = ["1. 组织事项：", "(a) 会议开幕；", "(b) 通过议程和工作安排。"]
    assert lines(meeting6, "zh")[:3] == chinese
    assert lines(meeting6, "ru")[1] == "a) открытие совещания;"
    assert lines(meeting6, "ar")[1].endswith("؛")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footnotes_are_numbered_through_the_document(meeting6: Meeting, lang: str) -> None:
    plan = build_plan(meeting6, lang)
    refs = [
        inline.number
        for section in plan.sections
        for paragraph in section.paragraphs
        for inline in paragraph.inlines
        if not hasattr(inline, "text")
    ]
    assert refs == list(range(1, len(plan.notes) + 1))
    assert len(refs) == 2
    assert [note.number for note in plan.notes] == refs


def test_headings_have_no_agenda_punctuation(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "en")
    assert plan.sections[0].title.text == "Organizational matters"
    assert plan.sections[1].label == "(a)"


def test_documentation_entries(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "en")
    needs = next(s for s in plan.sections if s.item_id == "needs")
    assert needs.documents[0].line == (
        "Overview of the capacity-building needs reported by coastal States (CFC/COP/WG.4/2026/2)"
    )


def test_annex_rows(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "en")
    first, second = plan.annex_days
    assert first.heading == "Thursday, 11 June"
    rows = [(r.time, r.reference, r.title.text, r.continued) for r in first.rows]
    assert rows == [
        ("10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting", False),
        ("", "1 (b)", "Adoption of the agenda and organization of work", False),
        ("", "2", "Review of capacity-building needs", False),
        ("3–6 p.m.", "2", "Review of capacity-building needs", True),
        ("", "3", "Cooperation among providers of technical assistance", False),
    ]
    assert second.rows[0].continued and second.rows[0].reference == "3"


def test_french_annex_heading_and_reference(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "fr")
    assert plan.annex_days[0].heading == "Jeudi 11 juin"
    assert plan.annex_days[0].rows[0].reference == "1 a)"
    assert plan.annex_days[0].rows[0].time == "10 heures–13 heures"


def test_masthead_and_meeting_block(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "fr")
    assert plan.masthead.distribution == "Distr. générale"
    assert plan.masthead.date == "20 mars 2026"
    assert plan.masthead.language_lines == ["Français", "Original: anglais"]
    assert plan.masthead.job_line == "V.26-01967 (F)"
    assert plan.place_and_dates.text == "Vienne, 11–12 juin 2026"


def test_default_title_when_the_meeting_has_none(meeting6: Meeting) -> None:
    meeting6.title = {}
    assert build_plan(meeting6, "es").title.text == "Programa provisional y anotaciones"


def test_missing_translation_names_the_items(meeting6: Meeting) -> None:
    del meeting6.item("needs").title["ru"]
    del meeting6.venue["ru"]
    with pytest.raises(MissingTranslationError) as caught:
        build_plan(meeting6, "ru")
    assert caught.value.items == ["2"]
    assert "item 2" in str(caught.value)
    assert "venue" in str(caught.value)
    assert "--allow-missing" in str(caught.value)


def test_allow_missing_uses_the_original_and_marks_it(meeting6: Meeting) -> None:
    del meeting6.item("needs").title["ru"]
    del meeting6.item("needs").annotation["ru"]
    plan = build_plan(meeting6, "ru", allow_missing=True)
    line = next(x for x in plan.agenda if x.item_id == "needs")
    assert line.title.text == "Review of capacity-building needs"
    assert line.title.fallback
    section = next(s for s in plan.sections if s.item_id == "needs")
    assert section.paragraphs[0].fallback
    assert plan.fallback_items == ["2"]
    others = [x for x in plan.agenda if x.item_id != "needs"]
    assert not any(x.title.fallback for x in others)


def test_annex_part_needs_only_titles(meeting6: Meeting) -> None:
    del meeting6.item("needs").annotation["es"]
    plan = build_plan(meeting6, "es", part="annex")
    assert plan.part is Part.ANNEX
    assert plan.agenda == [] and plan.sections == []
    assert plan.annex_days
    with pytest.raises(MissingTranslationError):
        build_plan(meeting6, "es", part="full")


def test_agenda_part_has_no_annotations_or_annex(meeting6: Meeting) -> None:
    plan = build_plan(meeting6, "en", part="agenda")
    assert plan.agenda and not plan.sections and not plan.has_annex


def test_bad_language_and_part() -> None:
    from tests.factories import sample_meeting

    with pytest.raises(ExportError, match="'de' is not a UN language"):
        build_plan(sample_meeting(), "de")
    with pytest.raises(ExportError, match="'appendix' is not a part"):
        build_plan(sample_meeting(), "en", part="appendix")


def test_broken_markup_is_named() -> None:
    from tests.factories import sample_meeting

    meeting = sample_meeting()
    meeting.item("open").annotation["en"] = ["An <b>unclosed paragraph."]
    with pytest.raises(ExportError, match=r"Item 1 \(a\), paragraph 1"):
        build_plan(meeting, "en")


def test_annex_alone_needs_a_timetable(meeting6: Meeting) -> None:
    meeting6.timetable.days = []
    with pytest.raises(ExportError, match="no organization of work"):
        build_plan(meeting6, "en", part="annex")
    assert not build_plan(meeting6, "en").has_annex  # the full document simply has no annex


def test_long_lists_of_untranslated_items_are_shortened(meeting6: Meeting) -> None:
    for item in meeting6.walk():
        item.title.pop("es")
    meeting6.venue.pop("es")
    meeting6.session.pop("es")
    with pytest.raises(MissingTranslationError) as caught:
        build_plan(meeting6, "es")
    assert len(caught.value.items) == 11 and len(caught.value.fields) == 2
    assert str(caught.value).startswith("The Spanish (es) version is not fully translated")
    assert "and 1 more" in str(caught.value)
    assert "item 1," in str(caught.value)


def test_default_title_typed_in_the_original_needs_no_translation(meeting6: Meeting) -> None:
    meeting6.title = {"en": "Provisional agenda and annotations"}
    assert build_plan(meeting6, "ru").title.text == "Предварительная повестка дня и аннотации"
    meeting6.title = {"en": "Annotated provisional agenda"}
    with pytest.raises(MissingTranslationError, match="title"):
        build_plan(meeting6, "ru")
