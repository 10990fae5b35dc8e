"""Several bodies meeting side by side (plenary and Committee of the Whole): the limit of a day
counts them all, "(continued)", time order and overlaps are per body, and bodies are edited."""

from __future__ import annotations

import datetime as dt

import pytest

from agenda_editor.core import bodies, rules
from agenda_editor.core import timetable as tt
from agenda_editor.core.model import Body, Meeting, Timetable
from tests.factories import sample_meeting, slot, two_body_meeting


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def codes(meeting: Meeting) -> list[str]:
    return [finding.code for finding in rules.check(meeting)]


def refused(code: str, action: object, *args: object) -> None:
    with pytest.raises(tt.TimetableError) as info:
        action(*args)  # type: ignore[operator]
    assert info.value.refusal.code == code


def test_the_two_body_sample_is_clean() -> None:
    assert rules.check(two_body_meeting()) == []


def test_a_new_timetable_has_one_unnamed_body() -> None:
    timetable = Timetable()
    assert [(b.id, b.name) for b in timetable.bodies] == [("plenary", {})]
    assert not timetable.parallel
    assert sample_meeting().timetable.days[0].slots[0].body == "plenary"


def test_the_limit_of_a_day_counts_the_meetings_of_every_body() -> None:
    timetable = two_body_meeting().timetable
    timetable.max_slots_per_day = 3
    # Day 2 has two plenary meetings and one of the Committee: the Committee, which has only
    # one, still cannot meet a second time.
    refused("beyond-limit-bodies", tt.add_slot, timetable, 0, None, None, "cow")
    timetable.max_slots_per_day = 4
    index = tt.add_slot(timetable, 1, None, None, "cow")
    day = timetable.days[1]
    assert (day.slots[index].body, day.slots[index].start) == ("cow", t("15:00"))
    refused("beyond-limit-bodies", tt.add_slot, timetable, 1, None, None, "plenary")
    assert "all bodies together" in str(
        tt.check_add_slot(timetable, 1, "plenary").message  # type: ignore[union-attr]
    )
    timetable.max_slots_per_day = 3
    assert tt.over_limit_days(timetable) == [0, 1]


def test_a_drop_into_a_new_meeting_of_a_body_is_refused_past_the_limit() -> None:
    timetable = two_body_meeting().timetable
    timetable.max_slots_per_day = 3
    refusal = tt.check_place(timetable, 1, 3, ["report"], body="cow")
    assert refusal is not None and refusal.code == "beyond-limit-bodies"
    timetable.max_slots_per_day = 4
    slot_index = tt.place_items(timetable, 1, 3, -1, ["report"], body="cow")
    assert timetable.days[1].slots[slot_index].body == "cow"
    assert timetable.days[1].slots[slot_index].items == ["report"]


def test_continued_is_per_body() -> None:
    meeting = two_body_meeting()
    timetable = meeting.timetable

    def marks(item_id: str) -> list[tuple[str, bool]]:
        return [
            (timetable.days[p.day].slots[p.slot].body, p.continued)
            for p in tt.placements(timetable)
            if p.item_id == item_id
        ]

    assert marks("needs") == [("plenary", False), ("plenary", True)]
    assert marks("coop-joint") == [("cow", False), ("cow", True)]
    # The same item in both bodies is two different things: each body's first is not
    # "continued", wherever it stands among the other body's meetings.
    timetable.days[1].slots[2].items.append("coop")
    assert marks("coop") == [("plenary", False), ("plenary", True), ("cow", False)]


def test_overlaps_and_time_order_are_checked_within_a_body_only() -> None:
    meeting = two_body_meeting()
    assert "slots-overlap" not in codes(meeting)  # both bodies meet 10:00-13:00
    day = meeting.timetable.days[0]
    day.slots[3].start = t("12:00")  # the Committee's afternoon now overlaps its morning
    found = [f for f in rules.check(meeting) if f.code == "slots-overlap"]
    assert len(found) == 1 and found[0].target.slot == 3
    meeting = two_body_meeting()
    # Listed plenary afternoon, then Committee morning: not out of order (other body).
    assert "slots-order" not in codes(meeting)
    day = meeting.timetable.days[0]
    day.slots[2], day.slots[3] = day.slots[3], day.slots[2]
    assert codes(meeting).count("slots-order") == 1


def test_agenda_order_is_checked_per_body() -> None:
    meeting = two_body_meeting()
    # The Committee takes up 4 (b) on day 1 while the plenary reaches 5 only on day 2: fine.
    assert "item-out-of-order" not in codes(meeting)
    committee = meeting.timetable.days[1].slots[2]
    committee.items = ["coop-info", *committee.items]  # back to 4 (a) after 4 (b) (i): late
    meeting.timetable.days[0].slots[2].items.remove("coop-info")
    found = [f for f in rules.check(meeting) if f.code == "item-out-of-order"]
    assert [(f.target.item_id, f.target.slot) for f in found] == [("coop-info", 2)]


def test_moving_a_meeting_to_another_body() -> None:
    timetable = two_body_meeting().timetable
    # Day 2: the Committee meets in the morning only; the plenary afternoon may become its.
    index = tt.set_slot_body(timetable, 1, 1, "cow")
    day = timetable.days[1]
    assert [(s.body, f"{s.start:%H:%M}", s.items) for s in day.slots] == [
        ("plenary", "10:00", ["coop", "resources"]),
        ("cow", "10:00", ["coop-regional", "coop-national"]),
        ("cow", "15:00", ["report"]),
    ]
    assert index == 2
    # The plenary morning cannot join the Committee: it already meets then.
    refused("body-busy", tt.set_slot_body, timetable, 1, 0, "cow")
    refused("no-body", tt.set_slot_body, timetable, 1, 0, "nobody")


def test_a_new_meeting_of_a_body_gets_a_time_that_body_has_free() -> None:
    timetable = two_body_meeting().timetable
    day = timetable.days[1]
    assert tt.next_slot_times(day, "cow") == (t("15:00"), t("18:00"))
    assert tt.next_slot_times(day, "plenary") == (t("19:00"), t("22:00"))


def test_trimming_a_day_keeps_items_in_their_body() -> None:
    timetable = two_body_meeting().timetable
    tt.set_day_limit(timetable, 0, 2, trim=True)
    day = timetable.days[0]
    # The two morning meetings stay; each afternoon's items join its own body's morning.
    assert [(s.body, s.items) for s in day.slots] == [
        ("plenary", ["open", "adoption", "needs", "coop"]),
        ("cow", ["coop-info", "coop-joint"]),
    ]


def test_adding_naming_ordering_and_removing_bodies() -> None:
    timetable = sample_meeting().timetable
    index = bodies.add_body(timetable, {"en": "Working Group on Draft Resolutions"}, body_id="wg")
    assert index == 1 and timetable.parallel
    bodies.set_body_name(timetable, "plenary", "en", " Plenary ")
    bodies.set_body_name(timetable, "plenary", "fr", "Plénière")
    assert timetable.bodies[0].name == {"en": "Plenary", "fr": "Plénière"}
    bodies.set_body_name(timetable, "plenary", "fr", "")
    assert timetable.bodies[0].name == {"en": "Plenary"}
    timetable.max_slots_per_day = 3
    tt.add_slot(timetable, 0, t("10:00"), t("13:00"), "wg")
    assert [s.body for s in timetable.days[0].slots] == ["plenary", "plenary", "wg"]
    bodies.move_body(timetable, "wg", 0)
    assert [b.id for b in timetable.bodies] == ["wg", "plenary"]
    assert [s.body for s in timetable.days[0].slots] == ["wg", "plenary", "plenary"]
    with pytest.raises(tt.TimetableError):
        bodies.add_body(timetable, {}, body_id="wg")
    removed = bodies.remove_body(timetable, "wg")
    assert [(d, s.body) for d, s in removed] == [(0, "wg")]
    assert [b.id for b in timetable.bodies] == ["plenary"]
    assert all(s.body == "plenary" for day in timetable.days for s in day.slots)
    refused("last-body", bodies.remove_body, timetable, "plenary")


def test_findings_about_bodies() -> None:
    meeting = two_body_meeting()
    meeting.timetable.bodies[1].name = {}
    meeting.timetable.bodies.append(Body("plenary", {"en": "Again"}))
    meeting.timetable.days[0].slots.append(slot("19:00", "20:00", body="ghost"))
    found = {f.code: f for f in rules.check(meeting)}
    assert found["body-no-name"].params["number"] == "2"
    assert "body-duplicate" in found
    assert found["slot-unknown-body"].target.slot == 4
    # One unnamed body is how most meetings look: nothing to say.
    assert "body-no-name" not in codes(sample_meeting())


def test_untranslated_body_names_are_reported_for_the_versions_exported() -> None:
    meeting = two_body_meeting()
    meeting.timetable.bodies[1].name.pop("fr")
    found = [f for f in rules.check(meeting, ["fr"]) if f.code == "untranslated-body"]
    assert [(f.severity, f.params["body"]) for f in found] == [
        (rules.Severity.ERROR, "Committee of the Whole")
    ]
    assert rules.check(meeting, ["en"]) == []
