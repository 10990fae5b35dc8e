"""The findings panel keeps each item's findings and checks again only the items an edit
changed: after any sequence of edits, undos and redos (made through the document's commands, as
the window makes them) it lists exactly what a fresh check of the meeting finds, in the same
order and worded the same, and a finding that is still found stays selected."""

from __future__ import annotations

import contextlib
import copy

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from agenda_editor.core import tree
from agenda_editor.core.model import AgendaItem, ReferenceDocument
from agenda_editor.core.rules import Finding, Severity, check
from agenda_editor.core.timetable import TimetableError
from agenda_editor.gui.commands.texts import (
    SetAnnotationCommand,
    SetDocumentsCommand,
    SetItemTitleCommand,
    SetMeetingFieldCommand,
)
from agenda_editor.gui.commands.timetable import ScheduleItemsCommand
from agenda_editor.gui.commands.tree import InsertItemCommand, MoveItemCommand, RemoveItemCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.findings import FindingsPanel, row_steps
from tests import factories
from tests.gui.random_steps import move_among_siblings, random_steps

ACTIONS = (
    "title", "paragraph", "documents", "move", "indent", "insert", "remove", "schedule",
    "symbol", "languages", "original", "shown", "undo", "redo",
)  # fmt: skip
#: Titles and paragraphs that the checks have something to say about, and some they do not.
TITLES = ("", "Opening;", "Adoption of the agenda", "  ", "Élection du Bureau.")
PARAGRAPHS = (
    "The <i>meeting</i> opens.",
    "Broken <i>markup",
    "States<footnote>See the report.</footnote>, in turn.",
    "Empty note<footnote> </footnote>.",
    "(a) A lettered paragraph;",
    "",
)
SYMBOLS = ("CFC/COP/WG.4/2026/2", "CFC/COP/2025/7", "no slash", "", "A/B C/1")


def listed(findings: list[Finding]) -> list[tuple[object, ...]]:
    """Everything a finding holds (its params and template too, which equality leaves out)."""
    return [(f.severity, f.code, f.message, f.target, f.params, f.template) for f in findings]


def shown(panel: FindingsPanel) -> list[tuple[object, ...]]:
    model = panel.model
    return [
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    ]


@random_steps(ACTIONS, examples=40, longest=14)
def test_the_findings_after_edits_are_those_of_a_fresh_check(qtbot, steps) -> None:
    meeting = factories.sample_meeting()
    meeting.languages.append("es")
    # Listed first under another title: the later listings of the symbol are findings, and
    # which listing comes first changes with the edits.
    meeting.item("open").documents = [ReferenceDocument(SYMBOLS[0], {"en": "Report 0"})]
    document = MeetingDocument(meeting)
    panel = FindingsPanel(document)
    try:
        for action, pick, where in steps:
            _edit(document, action, pick, where)
            panel.refresh()
            expected = check(copy.deepcopy(document.meeting))
            assert listed(panel.findings) == listed(expected), action
            assert panel.model.findings == panel.findings
            copied = MeetingDocument(copy.deepcopy(document.meeting))
            copied.set_language(document.language)
            fresh = FindingsPanel(copied)
            try:
                assert shown(panel) == shown(fresh), action
                assert panel.summary() == fresh.summary()
            finally:
                fresh.deleteLater()
                copied.deleteLater()
    finally:
        panel.deleteLater()
        document.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _edit(document: MeetingDocument, action: str, pick: int, where: int) -> None:
    meeting = document.meeting
    ids = [item.id for item in meeting.walk()]
    item_id = ids[pick % len(ids)] if ids else ""
    lang = meeting.languages[where % len(meeting.languages)]
    if action == "title" and item_id:
        document.push(SetItemTitleCommand(document, item_id, lang, TITLES[where % len(TITLES)]))
    elif action == "paragraph" and item_id:
        paragraphs = list(meeting.item(item_id).annotation.get(lang, []))
        paragraphs[where % 2 :] = [PARAGRAPHS[pick % len(PARAGRAPHS)]]
        document.push(SetAnnotationCommand(document, item_id, lang, paragraphs, merge=False))
    elif action == "documents" and item_id:
        documents = [
            ReferenceDocument(SYMBOLS[(where + n) % len(SYMBOLS)], {"en": f"Report {pick % 2}"})
            for n in range(where % 3)
        ]
        document.push(SetDocumentsCommand(document, item_id, documents))
    elif action == "move" and item_id:
        move_among_siblings(document, item_id, where)
    elif action == "indent" and item_id:
        indent = tree.indent_target(meeting, item_id)
        if indent is not None:
            document.push(MoveItemCommand(document, item_id, indent))
    elif action == "insert":
        item = AgendaItem(title={"en": TITLES[where % len(TITLES)]})
        document.push(InsertItemCommand(document, item, tree.Position(None, where % 3)))
    elif action == "remove" and item_id:
        document.push(RemoveItemCommand(document, item_id))
    elif action == "schedule" and item_id and meeting.timetable.days:
        with contextlib.suppress(TimetableError):
            day = where % len(meeting.timetable.days)
            document.push(ScheduleItemsCommand(document, [item_id], day, 0))
    elif action == "symbol":
        document.push(SetMeetingFieldCommand(document, "symbol", SYMBOLS[where % len(SYMBOLS)]))
    elif action == "languages":
        languages = ["en", "fr"] if "es" in meeting.languages else ["en", "fr", "es"]
        document.push(SetMeetingFieldCommand(document, "languages", languages))
    elif action == "original":
        original = "fr" if meeting.original_language == "en" else "en"
        document.push(SetMeetingFieldCommand(document, "original_language", original))
    elif action == "shown":
        document.set_language(lang)
    elif action == "undo":
        document.undo_stack.undo()
    elif action == "redo":
        document.undo_stack.redo()


def test_a_finding_still_found_stays_selected_after_an_edit(qtbot) -> None:
    meeting = factories.sample_meeting()
    meeting.item("resources").title["en"] = "Resources;"
    document = MeetingDocument(meeting)
    panel = FindingsPanel(document)
    qtbot.addWidget(panel)
    row = next(n for n, f in enumerate(panel.findings) if f.code == "item-title-punctuation")
    chosen = panel.findings[row]
    panel.view.setCurrentIndex(panel.model.index(row, 1))
    # Findings come before it and after it.
    document.push(SetItemTitleCommand(document, "open", "en", ""))
    document.push(SetMeetingFieldCommand(document, "symbol", "no slash"))
    document.push(SetItemTitleCommand(document, ids_after(meeting, "resources"), "en", "Next;"))
    panel.refresh()
    current = panel.view.currentIndex()
    assert panel.findings.index(chosen) != row  # it moved down the list
    assert panel.findings[current.row()] == chosen
    assert panel.view.selectionModel().isRowSelected(current.row())
    assert current.data(Qt.ItemDataRole.DisplayRole) is not None


def ids_after(meeting, item_id: str) -> str:
    ids = [item.id for item in meeting.walk()]
    return ids[ids.index(item_id) + 1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 7), max_size=40),
    st.lists(st.tuples(st.integers(0, 7), st.booleans()), max_size=40),
)
def test_the_row_steps_turn_the_rows_shown_into_the_new_findings(old_picks, new_picks) -> None:
    findings = [Finding(Severity.WARNING, "code", f"Finding {n}.") for n in range(8)]
    old = [findings[n] for n in old_picks]
    # Found again: the same finding, or an equal one made again.
    new = [copy.copy(findings[n]) if again else findings[n] for n, again in new_picks]
    rows = list(old)
    for row, removed, inserted in row_steps(old, new):
        assert 0 <= row <= len(rows) and row + removed <= len(rows)
        rows[row : row + removed] = inserted
    assert rows == new
    if old == new:
        assert row_steps(old, new) == []
