"""The checks of a meeting: each finding appears when its problem is there, and only then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_editor.core.model import Day, Meeting, ReferenceDocument, Timetable
from agenda_editor.core.rules import (
    Finding,
    Severity,
    check,
    has_errors,
    symbol_problem,
    untranslated_items,
)
from agenda_editor.core.timetable import remove_placements
from tests import factories
from tests.factories import SAMPLE_END, SAMPLE_START, bare_meeting, item, slot


def found(meeting: Meeting, code: str, languages: list[str] | None = None) -> list[Finding]:
    return [f for f in check(meeting, languages) if f.code == code]


def only(meeting: Meeting, code: str, languages: list[str] | None = None) -> Finding:
    findings = found(meeting, code, languages)
    assert len(findings) == 1, findings
    return findings[0]


def test_the_sample_meeting_is_clean(sample_meeting: Meeting) -> None:
    assert check(sample_meeting) == []
    assert check(sample_meeting, ["en", "fr"]) == []
    assert not has_errors(check(sample_meeting))


def test_a_bare_meeting_with_one_titled_item_is_clean() -> None:
    assert check(bare_meeting(item("x", "Opening"))) == []


# --- the meeting ---------------------------------------------------------------------------


def test_malformed_meeting_symbol(sample_meeting: Meeting) -> None:
    sample_meeting.symbol = "CFC/COP//1"
    finding = only(sample_meeting, "meeting-symbol")
    assert finding.severity is Severity.ERROR
    assert "CFC/COP//1" in finding.message
    assert "empty part between slashes" in finding.message
    assert finding.target.field == "symbol"


def test_original_language_must_be_a_un_language() -> None:
    meeting = Meeting(symbol="A/1/2", original_language="de", items=[item("x", "X")])
    assert only(meeting, "meeting-language").severity is Severity.ERROR


def test_meeting_ending_before_it_starts(sample_meeting: Meeting) -> None:
    sample_meeting.start, sample_meeting.end = SAMPLE_END, SAMPLE_START
    finding = only(sample_meeting, "meeting-dates")
    assert finding.severity is Severity.ERROR
    assert "2026-06-11" in finding.message and "2026-06-12" in finding.message


def test_an_empty_agenda_is_a_warning() -> None:
    assert only(bare_meeting(), "no-items").severity is Severity.WARNING


# --- items and documents -------------------------------------------------------------------


@pytest.mark.parametrize("title", [{}, {"en": ""}, {"en": "   "}, {"fr": "Seulement en français"}])
def test_an_item_without_a_title_in_the_original_language(
    sample_meeting: Meeting, title: dict[str, str]
) -> None:
    sample_meeting.item("coop-info").title = title
    finding = only(sample_meeting, "item-no-title")
    assert finding.severity is Severity.ERROR
    assert finding.message == "Item 3 (a) has no title."
    assert finding.target.item_id == "coop-info"


def test_broken_markup_names_the_item_language_paragraph_and_problem(
    sample_meeting: Meeting,
) -> None:
    sample_meeting.item("adoption").annotation["fr"][1] = "Deux séances <i>par jour."
    finding = only(sample_meeting, "item-markup")
    assert finding.severity is Severity.ERROR
    assert finding.target.item_id == "adoption"
    assert finding.target.lang == "fr"
    assert "Item 1 (b), fr annotation, paragraph 2" in finding.message
    assert "<i> is never closed" in finding.message


@pytest.mark.parametrize(
    "symbol",
    [
        "A/64/123",
        "CTOC/COP/WG.2/2009/2",
        "CTOC/COP/2005/2/Rev.2",
        "E/CN.7/2009/CRP.6–E/CN.15/2009/CRP.6",
        "A/HRC/10/L.1/Add.1",
        "S/2009/1*",
        "A/C.3/64/L.12/Corr.1",
        # The Mediterranean Action Plan's series have a space after the body's name.
        "UNEP/MED WG.550/1",
        "UNEP/MED IG.26/22",
        "UNEP(DEPI)/MED WG.431/Inf.3",
    ],
)
def test_well_formed_symbols_are_accepted(sample_meeting: Meeting, symbol: str) -> None:
    assert symbol_problem(symbol) is None
    sample_meeting.item("resources").documents = [ReferenceDocument(symbol, {"en": "A report"})]
    assert found(sample_meeting, "document-symbol") == []


@pytest.mark.parametrize(
    ("symbol", "reason"),
    [
        ("A/64 /123", "it contains spaces"),
        (" A/64/123", "it contains spaces"),
        ("UNEP /MED WG.550/1", "it contains spaces"),
        ("UNEP/MED  WG.550/1", "it contains spaces"),
        ("UNEP/MED WG.550 /1", "it contains spaces"),
        ("UNEP/MED\tWG.550/1", "it contains spaces"),
        ("UNEP/MED WG.550/1 ", "it contains spaces"),
        ("A/64//123", "it has an empty part between slashes"),
        ("/A/64", "it has an empty part between slashes"),
        ("A/64/", "it has an empty part between slashes"),
        ("A64123", "it has no slash-separated parts"),
        ("A/64/123#", "it contains characters that symbols do not use: #"),
        ("A/64/<123>", "it contains characters that symbols do not use: < >"),
        ("A/64/1–B", "the part 'B' has no slash-separated parts"),
        ("A/64/1–", "a dash joining two symbols has nothing on one side"),
    ],
)
def test_malformed_document_symbols_are_errors_with_the_reason(
    sample_meeting: Meeting, symbol: str, reason: str
) -> None:
    assert symbol_problem(symbol) == reason
    sample_meeting.item("resources").documents = [ReferenceDocument(symbol, {"en": "A report"})]
    finding = only(sample_meeting, "document-symbol")
    assert finding.severity is Severity.ERROR
    assert finding.target.item_id == "resources"
    assert reason in finding.message
    assert finding.params["problem"] == reason


@pytest.mark.parametrize("symbol", ["", "   "])
def test_a_document_without_a_symbol_is_an_error_that_says_so(
    sample_meeting: Meeting, symbol: str
) -> None:
    """Not "the symbol '' is malformed: it is empty", which read oddly in every language."""
    assert symbol_problem(symbol) == "it is empty"
    sample_meeting.item("resources").documents = [ReferenceDocument(symbol, {"en": "A report"})]
    finding = only(sample_meeting, "document-no-symbol")
    assert finding.severity is Severity.ERROR
    assert finding.target.item_id == "resources"
    assert finding.message == "Item 4 lists a document without a symbol."
    assert found(sample_meeting, "document-symbol") == []


def test_a_meeting_without_a_symbol_is_an_error_that_says_so(sample_meeting: Meeting) -> None:
    sample_meeting.symbol = ""
    finding = only(sample_meeting, "meeting-no-symbol")
    assert finding.severity is Severity.ERROR
    assert finding.message == "The document has no symbol yet."
    assert found(sample_meeting, "meeting-symbol") == []


def test_a_document_listed_twice_under_one_item(sample_meeting: Meeting) -> None:
    documents = sample_meeting.item("needs").documents
    documents.append(ReferenceDocument(documents[0].symbol, dict(documents[0].title)))
    finding = only(sample_meeting, "document-duplicate")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Item 2 lists CFC/COP/WG.4/2026/2 twice."


def test_one_symbol_titled_differently_under_two_items(sample_meeting: Meeting) -> None:
    # The sample lists CFC/COP/WG.4/2026/2 under items 2 and 3 with the same title.
    assert found(sample_meeting, "document-titles-differ") == []
    sample_meeting.item("coop").documents[1].title["en"] = "Overview of needs"
    finding = only(sample_meeting, "document-titles-differ")
    assert finding.severity is Severity.WARNING
    assert finding.target.item_id == "coop"
    assert "under item 3 than under item 2" in finding.message


# --- timetable -----------------------------------------------------------------------------


def test_a_day_over_its_limit_of_meetings(sample_meeting: Meeting) -> None:
    first_day = sample_meeting.timetable.days[0]
    first_day.slots.append(slot("19:00", "21:00"))
    finding = only(sample_meeting, "day-over-limit")
    assert finding.severity is Severity.ERROR
    assert finding.message == "2026-06-11: 3 meetings, more than the limit of 2."
    assert finding.target.day == 0
    first_day.max_slots = 3
    assert found(sample_meeting, "day-over-limit") == []


def test_a_day_limit_lowered_below_its_meetings(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[1].max_slots = 1
    assert only(sample_meeting, "day-over-limit").target.day == 1


def test_overlapping_meetings(sample_meeting: Meeting) -> None:
    afternoon = sample_meeting.timetable.days[1].slots[1]
    afternoon.start = dt.time(12, 30)
    finding = only(sample_meeting, "slots-overlap")
    assert finding.severity is Severity.ERROR
    assert "10:00-13:00 and 12:30-18:00 overlap" in finding.message
    assert (finding.target.day, finding.target.slot) == (1, 1)


def test_back_to_back_meetings_do_not_overlap(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots[1].start = dt.time(13, 0)
    assert found(sample_meeting, "slots-overlap") == []


@pytest.mark.parametrize("end", [dt.time(9, 0), dt.time(10, 0)])
def test_a_meeting_ending_before_or_when_it_starts(sample_meeting: Meeting, end: dt.time) -> None:
    sample_meeting.timetable.days[0].slots[0].end = end
    finding = only(sample_meeting, "slot-times")
    assert finding.severity is Severity.ERROR
    assert (finding.target.day, finding.target.slot) == (0, 0)


@pytest.mark.parametrize("date", [dt.date(2026, 6, 10), dt.date(2026, 6, 13)])
def test_a_day_outside_the_meeting_dates(sample_meeting: Meeting, date: dt.date) -> None:
    sample_meeting.timetable.days.append(Day(date, [slot("10:00", "13:00", "report")]))
    finding = only(sample_meeting, "day-outside-meeting")
    assert finding.severity is Severity.ERROR
    assert finding.target.day == 2
    assert date.isoformat() in finding.message


def test_a_meeting_listing_an_item_not_in_the_agenda(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[1].slots[1].items.append("ghost")
    finding = only(sample_meeting, "slot-unknown-item")
    assert finding.severity is Severity.ERROR
    assert finding.params["item"] == "ghost"
    assert (finding.target.day, finding.target.slot) == (1, 1)


def _unscheduled(meeting: Meeting) -> set[str | None]:
    return {f.target.item_id for f in found(meeting, "item-unscheduled")}


def test_an_item_never_taken_up_is_reported(sample_meeting: Meeting) -> None:
    remove_placements(sample_meeting.timetable, ["resources"])
    finding = only(sample_meeting, "item-unscheduled")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Item 4 is not in the organization of work."


def test_an_item_counts_as_scheduled_through_an_ancestor_or_a_descendant(
    sample_meeting: Meeting,
) -> None:
    # The sample places "coop" and the sub-items of "org", not "org" itself: all scheduled.
    assert _unscheduled(sample_meeting) == set()
    remove_placements(sample_meeting.timetable, ["coop"])
    assert _unscheduled(sample_meeting) == {
        "coop",
        "coop-info",
        "coop-joint",
        "coop-regional",
        "coop-national",
    }
    sample_meeting.timetable.days[1].slots[0].items.insert(0, "coop-regional")
    # Placed: coop-regional; its ancestors coop-joint and coop count as scheduled through it.
    assert _unscheduled(sample_meeting) == {"coop-info", "coop-national"}


def test_without_any_day_nothing_is_reported_unscheduled(sample_meeting: Meeting) -> None:
    sample_meeting.timetable = Timetable()
    assert check(sample_meeting) == []


def test_an_item_taken_up_after_a_later_one(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots[0].items = ["needs", "open", "adoption"]
    findings = found(sample_meeting, "item-out-of-order")
    assert [f.message for f in findings] == [
        "Item 1 (a) is taken up after item 2, which comes after it on the agenda.",
        "Item 1 (b) is taken up after item 2, which comes after it on the agenda.",
    ]
    assert all(f.severity is Severity.WARNING for f in findings)
    assert [(f.target.day, f.target.slot) for f in findings] == [(0, 0), (0, 0)]


def test_only_first_appearances_count_for_the_order(sample_meeting: Meeting) -> None:
    # "needs" is continued after "coop" has started: the normal shape of a timetable.
    sample_meeting.timetable.days[1].slots[1].items.insert(0, "needs")
    assert found(sample_meeting, "item-out-of-order") == []


def test_an_item_taken_up_after_its_own_sub_items_is_in_order(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots[0].items = ["open", "adoption", "org", "needs"]
    assert found(sample_meeting, "item-out-of-order") == []


def test_sub_items_taken_up_in_reverse_order(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots[0].items = ["adoption", "open", "needs"]
    finding = only(sample_meeting, "item-out-of-order")
    assert finding.message.startswith("Item 1 (a) is taken up after item 1 (b)")


# --- translations --------------------------------------------------------------------------


def test_untranslated_texts_are_information_while_editing(sample_meeting: Meeting) -> None:
    del sample_meeting.item("resources").title["fr"]
    finding = only(sample_meeting, "untranslated-item")
    assert finding.severity is Severity.INFO
    assert finding.target.lang == "fr"
    assert "Item 4 is not fully translated into fr" in finding.message
    assert not has_errors(check(sample_meeting))


def test_untranslated_texts_are_errors_in_a_language_being_exported(
    sample_meeting: Meeting,
) -> None:
    del sample_meeting.item("resources").title["fr"]
    assert only(sample_meeting, "untranslated-item", ["fr"]).severity is Severity.ERROR
    assert has_errors(check(sample_meeting, ["fr"]))
    # Exporting only the original: the French gap does not matter.
    assert check(sample_meeting, ["en"]) == []


@pytest.mark.parametrize(
    ("damage", "missing"),
    [
        (lambda m: m.item("needs").title.pop("fr"), "title"),
        (lambda m: m.item("needs").annotation.pop("fr"), "annotation"),
        (lambda m: m.item("needs").annotation.update(fr=["", " "]), "annotation"),
        (lambda m: m.item("needs").documents[1].title.pop("fr"), "document titles"),
    ],
)
def test_the_finding_says_what_is_missing(
    sample_meeting: Meeting, damage: Callable[[Meeting], object], missing: str
) -> None:
    damage(sample_meeting)
    finding = only(sample_meeting, "untranslated-item", ["fr"])
    assert finding.params["missing"] == missing
    assert f"(missing: {missing})" in finding.message
    assert untranslated_items(sample_meeting, "fr") == ["needs"]


@pytest.mark.parametrize("name", ["body", "subsidiary_body", "session", "venue", "title"])
def test_untranslated_meeting_texts(sample_meeting: Meeting, name: str) -> None:
    del getattr(sample_meeting, name)["fr"]
    finding = only(sample_meeting, "untranslated-meeting", ["fr"])
    assert finding.severity is Severity.ERROR
    assert finding.target.field == name
    assert only(sample_meeting, "untranslated-meeting").severity is Severity.INFO


def test_exporting_a_language_with_no_texts_reports_every_item(
    sample_meeting: Meeting,
) -> None:
    findings = found(sample_meeting, "untranslated-item", ["ru"])
    assert len(findings) == len(list(sample_meeting.walk()))
    assert all(f.severity is Severity.ERROR and f.target.lang == "ru" for f in findings)
    # The Russian version is not one of the meeting's versions: no information while editing.
    assert found(sample_meeting, "untranslated-item") == []


def test_a_text_missing_in_the_original_is_not_an_untranslated_text(
    sample_meeting: Meeting,
) -> None:
    sample_meeting.venue = {"fr": "Vienne"}
    assert found(sample_meeting, "untranslated-meeting", ["fr"]) == []


def test_findings_print_with_their_severity(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots[0].end = dt.time(9, 0)
    assert str(only(sample_meeting, "slot-times")).startswith("error: The meeting of 2026-06-11")


# --- checks added after review: order of days and meetings, typed punctuation, empty notes --


def test_a_date_listed_twice_in_the_timetable(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days.append(Day(SAMPLE_END, [slot("10:00", "13:00")]))
    finding = only(sample_meeting, "day-duplicate")
    assert finding.severity is Severity.ERROR
    assert finding.message == "2026-06-12 appears twice in the organization of work."
    assert finding.target.day == 2
    assert found(sample_meeting, "days-order") == []


def test_days_listed_out_of_date_order(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days.reverse()
    finding = only(sample_meeting, "days-order")
    assert finding.severity is Severity.WARNING
    assert finding.message == "2026-06-11 is listed after 2026-06-12."
    assert finding.target.day == 1


def test_meetings_of_a_day_listed_out_of_time_order(sample_meeting: Meeting) -> None:
    sample_meeting.timetable.days[0].slots.reverse()
    finding = only(sample_meeting, "slots-order")
    assert finding.severity is Severity.WARNING
    assert "10:00-13:00 is listed after the one at 15:00-18:00" in finding.message
    assert (finding.target.day, finding.target.slot) == (0, 1)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Opening of the meeting;"),
        ("en", "Organizational matters: "),
        ("fr", "Ouverture de la réunion."),
        ("zh", "开幕。"),
        ("ar", "افتتاح الاجتماع؛"),
    ],
)
def test_a_title_typed_with_the_agendas_punctuation(
    sample_meeting: Meeting, lang: str, title: str
) -> None:
    sample_meeting.item("open").title[lang] = title
    finding = only(sample_meeting, "item-title-punctuation")
    assert finding.severity is Severity.WARNING
    assert finding.target.lang == lang
    assert finding.params["mark"] == title.rstrip()[-1]
    assert f"The {lang} title of item 1 (a) ends with" in finding.message


def test_titles_ending_in_other_marks_are_fine(sample_meeting: Meeting) -> None:
    sample_meeting.item("open").title["en"] = "Opening of the meeting (continued)"
    sample_meeting.item("needs").title["en"] = "What next?"
    assert found(sample_meeting, "item-title-punctuation") == []


def test_an_empty_footnote(sample_meeting: Meeting) -> None:
    sample_meeting.item("needs").annotation["en"].append("See below.<footnote> </footnote>")
    finding = only(sample_meeting, "item-empty-footnote")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Item 2, en annotation, paragraph 2: empty footnote."


def test_a_document_dated_after_the_meeting_starts(sample_meeting: Meeting) -> None:
    sample_meeting.issue_date = dt.date(2026, 6, 12)
    finding = only(sample_meeting, "meeting-issue-date")
    assert finding.severity is Severity.WARNING
    sample_meeting.issue_date = SAMPLE_START
    assert found(sample_meeting, "meeting-issue-date") == []


@pytest.mark.parametrize(
    ("lang", "paragraph", "mark"),
    [
        ("en", "Reported by States<footnote>See annex.</footnote>, and reviewed.", ","),
        ("en", "Reviewed in 2025<footnote>See annex.</footnote>.", "."),
        ("fr", "Signalés par les États,<footnote>Voir annexe.</footnote> et examinés.", ","),
        ("fr", "Examiné en 2025.<footnote>Voir annexe.</footnote>", "."),
    ],
)
def test_a_footnote_marker_on_the_wrong_side_of_punctuation(
    sample_meeting: Meeting, lang: str, paragraph: str, mark: str
) -> None:
    sample_meeting.item("needs").annotation[lang] = [paragraph]
    finding = only(sample_meeting, "item-footnote-placement")
    assert finding.severity is Severity.WARNING
    assert finding.target.lang == lang
    assert finding.params["mark"] == mark


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("en", "Reported by States,<footnote>See annex.</footnote> and reviewed."),
        ("en", "Reported by States<footnote>See annex.</footnote> and reviewed."),
        ("fr", "Signalés par les États<footnote>Voir annexe.</footnote>, et examinés."),
    ],
)
def test_footnote_markers_placed_as_the_language_places_them(
    sample_meeting: Meeting, lang: str, paragraph: str
) -> None:
    sample_meeting.item("needs").annotation[lang] = [paragraph]
    assert found(sample_meeting, "item-footnote-placement") == []


def test_two_language_versions_sharing_a_job_number(sample_meeting: Meeting) -> None:
    sample_meeting.job_number["fr"] = sample_meeting.job_number["en"]
    finding = only(sample_meeting, "job-number-shared")
    assert finding.severity is Severity.WARNING
    assert "The versions en, fr have the same job number V.26-01966" in finding.message


# --- what officers miss ----------------------------------------------------------------------


def test_one_symbol_titled_differently_in_a_translation_only(sample_meeting: Meeting) -> None:
    # The original (English) titles agree; the French ones do not: still the same document.
    sample_meeting.item("coop").documents[1].title["fr"] = "Aperçu des besoins"
    finding = only(sample_meeting, "document-titles-differ")
    assert finding.severity is Severity.WARNING
    assert "under item 3 than under item 2" in finding.message


def test_one_symbol_titled_differently_whichever_language_is_the_original(
    sample_meeting: Meeting,
) -> None:
    sample_meeting.original_language = "fr"
    sample_meeting.item("coop").documents[1].title["en"] = "Overview of needs"
    assert only(sample_meeting, "document-titles-differ").target.item_id == "coop"
    # Spacing alone is not a different title.
    sample_meeting.item("coop").documents[1].title["en"] = " ".join(
        sample_meeting.item("needs").documents[0].title["en"].split()
    ).replace(" ", "  ", 1)
    assert found(sample_meeting, "document-titles-differ") == []


def test_annotations_missing_in_the_original_but_present_in_a_version(
    sample_meeting: Meeting,
) -> None:
    assert found(sample_meeting, "annotation-not-in-original") == []
    sample_meeting.item("needs").annotation["en"] = [" "]
    finding = only(sample_meeting, "annotation-not-in-original")
    assert finding.severity is Severity.WARNING
    assert finding.target.item_id == "needs" and finding.target.lang == "en"
    assert finding.message == (
        "Item 2 has an annotation in fr but none in the original language (en)."
    )
    sample_meeting.item("needs").annotation.pop("fr")
    assert found(sample_meeting, "annotation-not-in-original") == []


def test_the_order_check_follows_the_agenda_as_it_is_edited(sample_meeting: Meeting) -> None:
    from agenda_editor.core.tree import Position, move_item

    sample_meeting.timetable.days[0].slots[0].items = ["needs", "open", "adoption"]
    assert found(sample_meeting, "item-out-of-order")  # "needs" (item 2) comes after "open"
    origin = move_item(sample_meeting, "needs", Position(None, 0))  # now item 1, before "open"
    assert found(sample_meeting, "item-out-of-order") == []
    move_item(sample_meeting, "needs", origin)
    assert len(found(sample_meeting, "item-out-of-order")) == 2


def test_unscheduled_items_follow_the_timetable_and_the_agenda(sample_meeting: Meeting) -> None:
    from agenda_editor.core.model import AgendaItem, Day, Timetable
    from agenda_editor.core.rules import unscheduled_items
    from agenda_editor.core.tree import remove_item

    assert unscheduled_items(sample_meeting) == []
    sample_meeting.item("coop").children.append(AgendaItem("late"))
    assert unscheduled_items(sample_meeting) == []  # a sub-item of a scheduled item
    sample_meeting.items.append(AgendaItem("extra"))
    shown = unscheduled_items(sample_meeting)
    assert shown == ["extra"]
    shown.append("changed by a caller")
    assert unscheduled_items(sample_meeting) == ["extra"]
    sample_meeting.timetable.days[0].slots[0].items.append("extra")
    assert unscheduled_items(sample_meeting) == []
    sample_meeting.timetable.days[0].slots[0].items.remove("extra")
    assert unscheduled_items(sample_meeting) == ["extra"]
    remove_item(sample_meeting, "extra")
    assert unscheduled_items(sample_meeting) == []
    sample_meeting.timetable = Timetable(days=[Day(sample_meeting.timetable.days[0].date)])
    assert unscheduled_items(sample_meeting) == [item.id for item in sample_meeting.walk()]


# A tree of up to 12 items: each one's parent is an earlier item or the top level (-1).
_PARENTS = st.lists(st.integers(-1, 11), min_size=1, max_size=12).map(
    lambda drawn: [min(parent, n - 1) for n, parent in enumerate(drawn)]
)


@given(_PARENTS, st.lists(st.lists(st.integers(0, 12), max_size=4), max_size=3))
@settings(max_examples=200, deadline=None)
def test_unscheduled_items_are_those_with_no_scheduled_relative(
    parents: list[int], meetings: list[list[int]]
) -> None:
    """Unscheduled: neither the item, an item above it nor one below it is taken up by a
    meeting; listed in agenda order (a taken-up id that is no item, 12, changes nothing)."""
    from agenda_editor.core.model import AgendaItem, Day, Timetable
    from agenda_editor.core.rules import unscheduled_items

    items = [AgendaItem(f"i{n}") for n in range(len(parents))]
    top: list[AgendaItem] = []
    for made, parent in zip(items, parents, strict=True):
        (top if parent < 0 else items[parent].children).append(made)
    meeting = bare_meeting(*top)
    taken = [[f"i{n}" for n in listed] for listed in meetings]
    meeting.timetable = Timetable(
        days=[Day(SAMPLE_START, [slot("10:00", "13:00", *ids) for ids in taken])]
    )
    scheduled = {item_id for ids in taken for item_id in ids}

    def above(n: int) -> list[int]:
        return [] if parents[n] < 0 else [parents[n], *above(parents[n])]

    def related(n: int) -> set[int]:
        below = {m for m in range(len(parents)) if n in above(m)}
        return {n, *above(n), *below}

    expected = {f"i{n}" for n in range(len(parents))
                if not {f"i{m}" for m in related(n)} & scheduled}  # fmt: skip
    listed = unscheduled_items(meeting)
    assert set(listed) == expected
    assert listed == [item.id for item in meeting.walk() if item.id in expected]


def test_broken_markup_in_an_annotation_is_a_finding_not_a_crash() -> None:
    meeting = factories.sample_meeting()
    meeting.item("open").annotation["fr"] = ["Ouverture <i>non fermée"]
    meeting.item("open").annotation["en"] = ["Opening <i>not closed"]
    codes = [finding.code for finding in check(meeting)]
    assert codes.count("item-markup") == 2
    meeting.item("open").annotation["en"] = []
    assert "annotation-not-in-original" in [finding.code for finding in check(meeting)]
