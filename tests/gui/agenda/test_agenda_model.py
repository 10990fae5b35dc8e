"""The agenda's Qt model: structure, numbers, markers, renames and drops, checked by Qt's tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem
from agenda_editor.core.numbering import item_paths
from agenda_editor.gui.agenda.model import (
    ITEM_ID_ROLE,
    UNSCHEDULED_ROLE,
    UNTRANSLATED_ROLE,
    AgendaModel,
)
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.mime import decode_item_ids, encode_item_ids
from tests import factories

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def model(document: MeetingDocument) -> AgendaModel:
    model = AgendaModel(document)
    model._tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return model


def shown(model: AgendaModel, parent: QModelIndex | None = None) -> list[str]:
    """Every row's text, depth first, as a reader of the tree sees it."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append(model.data(index))
        rows.extend(shown(model, index))
    return rows


def ids(model: AgendaModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    result = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        result.append(model.data(index, ITEM_ID_ROLE))
        result.extend(ids(model, index))
    return result


def test_rows_show_numbers_and_titles_in_agenda_order(model: AgendaModel) -> None:
    assert ids(model) == list(factories.SAMPLE_ORDER)
    assert shown(model)[:3] == [
        "1. Organizational matters",
        "(a) Opening of the meeting",
        "(b) Adoption of the agenda and organization of work",
    ]
    assert "(ii) National programmes" in shown(model)


def test_numbers_follow_the_language_being_edited(model: AgendaModel, document) -> None:
    document.set_language("fr")
    assert shown(model)[1] == "a) Ouverture de la réunion"


def test_an_untranslated_title_shows_the_original_in_italic_with_a_marker(
    model: AgendaModel, document: MeetingDocument
) -> None:
    del document.meeting.item("resources").title["fr"]
    document.set_language("fr")
    index = model.index_of("resources")
    assert model.data(index) == "4. Mobilization of resources [en]"
    assert model.data(index, UNTRANSLATED_ROLE) is True
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "English" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""
    other = model.index_of("report")
    assert model.data(other, UNTRANSLATED_ROLE) is False
    assert model.data(other, Qt.ItemDataRole.FontRole) is None


def test_items_missing_from_the_timetable_are_marked(
    model: AgendaModel, document: MeetingDocument
) -> None:
    assert not any(model.data(model.index_of(i), UNSCHEDULED_ROLE) for i in ids(model))
    timetable = document.snapshot().timetable
    timetable.days[1].slots[0].items.remove("resources")
    document.set_timetable(timetable)
    index = model.index_of("resources")
    assert model.data(index, UNSCHEDULED_ROLE) is True
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "organization of work" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    # Sub-items of a scheduled item count as scheduled through it.
    assert model.data(model.index_of("coop-national"), UNSCHEDULED_ROLE) is False


def test_a_timetable_edit_redraws_only_the_rows_whose_mark_changed(
    model: AgendaModel, document: MeetingDocument
) -> None:
    assert shown(model)  # every row drawn once, as a view would
    redrawn: list[str] = []
    model.dataChanged.connect(
        lambda first, last: redrawn.extend(
            model.data(first.siblingAtRow(row), ITEM_ID_ROLE)
            for row in range(first.row(), last.row() + 1)
        )
    )
    timetable = document.snapshot().timetable
    timetable.days[1].slots[0].items.remove("resources")
    document.set_timetable(timetable)
    assert redrawn == ["resources"]
    redrawn.clear()
    before = item_paths(document.meeting)
    document.push(MoveItemCommand(document, "coop", tree.Position(None, 1)))
    after = item_paths(document.meeting)
    renumbered = [item_id for item_id, path in after.items() if before[item_id] != path]
    assert 0 < len(renumbered) < len(after)
    assert sorted(redrawn) == sorted(renumbered)
    assert shown(model)[3] == "2. Cooperation among providers of technical assistance"


def test_inserting_renumbers_the_following_siblings(
    model: AgendaModel, document: MeetingDocument
) -> None:
    new = AgendaItem(id="new", title={"en": "Election of officers"})
    document.push(InsertItemCommand(document, new, tree.Position(None, 1)))
    assert shown(model)[3:5] == ["2. Election of officers", "3. Review of capacity-building needs"]
    document.undo_stack.undo()
    assert shown(model)[3] == "2. Review of capacity-building needs"


def test_moves_and_removals_keep_the_model_consistent(
    model: AgendaModel, document: MeetingDocument
) -> None:
    document.push(MoveItemCommand(document, "report", tree.Position(None, 0)))
    document.push(MoveItemCommand(document, "coop-joint", tree.Position("org", 0)))
    document.push(RemoveItemCommand(document, "needs"))
    assert [str(document.meeting.items[0].id)] == ["report"]
    assert shown(model)[0] == "1. Adoption of the report"
    assert ids(model) == [item.id for item in document.meeting.walk()]
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert ids(model) == list(factories.SAMPLE_ORDER)


def test_renaming_in_place_pushes_an_undoable_command(
    model: AgendaModel, document: MeetingDocument
) -> None:
    index = model.index_of("report")
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "  Adoption of   the final report ")
    assert document.meeting.item("report").title["en"] == "Adoption of the final report"
    assert model.data(index) == "5. Adoption of the final report"
    document.undo_stack.undo()
    assert model.data(index) == "5. Adoption of the report"


def test_reset_follows_a_replaced_meeting(model: AgendaModel, document: MeetingDocument) -> None:
    document.replace_meeting(factories.bare_meeting(factories.item("x", "Only item")))
    assert shown(model) == ["1. Only item"]


def test_set_document_switches_meetings(model: AgendaModel, qapp) -> None:
    other = MeetingDocument(factories.bare_meeting(factories.item("x", "Other")))
    model.set_document(other)
    assert shown(model) == ["1. Other"]


# -- drag and drop -------------------------------------------------------------------------------


def test_drag_carries_ids_in_agenda_order_without_sub_items_of_dragged_items(
    model: AgendaModel,
) -> None:
    indexes = [model.index_of(i) for i in ("report", "coop-joint", "coop", "open")]
    assert decode_item_ids(model.mimeData(indexes)) == ["open", "coop", "report"]


def test_drop_moves_an_item_under_another_as_one_undo_step(
    model: AgendaModel, document: MeetingDocument
) -> None:
    data = encode_item_ids(["resources"])
    parent = model.index_of("coop")
    assert model.canDropMimeData(data, MOVE, 1, 0, parent)
    assert model.dropMimeData(data, MOVE, 1, 0, parent)
    assert [c.id for c in document.meeting.item("coop").children] == [
        "coop-info",
        "resources",
        "coop-joint",
    ]
    assert model.data(model.index_of("resources")) == "(b) Mobilization of resources"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [i.id for i in document.meeting.items][3] == "resources"


def test_dropping_several_items_keeps_their_order_and_undoes_at_once(
    model: AgendaModel, document: MeetingDocument
) -> None:
    data = model.mimeData([model.index_of("report"), model.index_of("needs")])
    assert model.dropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert [i.id for i in document.meeting.items] == ["needs", "report", "org", "coop", "resources"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [i.id for i in document.meeting.items] == ["org", "needs", "coop", "resources", "report"]


def test_drop_on_an_item_appends_it_as_last_sub_item(
    model: AgendaModel, document: MeetingDocument
) -> None:
    assert model.dropMimeData(encode_item_ids(["report"]), MOVE, -1, -1, model.index_of("org"))
    assert [c.id for c in document.meeting.item("org").children][-1] == "report"


def test_drop_where_the_item_already_is_changes_nothing(
    model: AgendaModel, document: MeetingDocument
) -> None:
    assert model.dropMimeData(encode_item_ids(["needs"]), MOVE, 2, 0, QModelIndex())
    assert document.undo_stack.count() == 0


def test_drop_into_its_own_sub_item_is_refused_with_the_reason(
    model: AgendaModel, document: MeetingDocument
) -> None:
    data = encode_item_ids(["coop"])
    target = model.index_of("coop-joint")
    assert not model.canDropMimeData(data, MOVE, 0, 0, target)
    assert not model.dropMimeData(data, MOVE, 0, 0, target)
    assert "into itself or one of its own sub-items" in (model.drop_problem(data, target) or "")
    assert document.undo_stack.count() == 0


def test_drop_deeper_than_allowed_is_refused_with_the_reason(
    model: AgendaModel, document: MeetingDocument
) -> None:
    # "coop" spans three levels: under "open" (level 2) its deepest items would reach level 5.
    data = encode_item_ids(["coop"])
    target = model.index_of("open")
    assert not model.canDropMimeData(data, MOVE, 0, 0, target)
    assert "at most 4 levels" in (model.drop_problem(data, target) or "")
    # A single item may still go to level 4.
    deep = model.index_of("coop-regional")
    assert model.canDropMimeData(encode_item_ids(["report"]), MOVE, 0, 0, deep)


def test_drops_carrying_nothing_known_are_refused(model: AgendaModel) -> None:
    assert not model.canDropMimeData(encode_item_ids(["ghost"]), MOVE, 0, 0, QModelIndex())
    assert not model.canDropMimeData(encode_item_ids([]), MOVE, 0, 0, QModelIndex())


def test_tooltip_gives_the_full_reference_and_title(model: AgendaModel) -> None:
    tip = model.data(model.index_of("coop-national"), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "Item 3 (b) (ii): National programmes"
