"""The findings panel: the rules' findings, refreshed after edits, leading to their target."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agenda_editor.core.rules import Finding, Severity, Target, check
from agenda_editor.gui.commands.texts import SetItemTitleCommand, SetMeetingFieldCommand
from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.findings import FindingsPanel, finding_text, summary_text
from tests import factories


def _cell(panel: FindingsPanel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(row, column).data(role)


def _texts(panel: FindingsPanel) -> list[str]:
    return [_cell(panel, row, 1) for row in range(panel.model.rowCount())]


def _panel(qtbot, meeting=None) -> FindingsPanel:
    panel = FindingsPanel(MeetingDocument(meeting or factories.sample_meeting()))
    qtbot.addWidget(panel)
    return panel


def test_lists_what_the_rules_find(qtbot):
    meeting = factories.sample_meeting()
    meeting.symbol = "no slash"
    panel = _panel(qtbot, meeting)
    expected = check(meeting)
    assert expected
    assert panel.model.rowCount() == len(expected)
    assert _cell(panel, 0, 0) == "Error"
    assert _cell(panel, 0, 1) == finding_text(expected[0])
    assert "no slash" in _cell(panel, 0, 1)
    assert _cell(panel, 0, 1, Qt.ItemDataRole.ToolTipRole) == _cell(panel, 0, 1)
    assert not _cell(panel, 0, 0, Qt.ItemDataRole.DecorationRole).isNull()
    assert [_cell(panel, n, 1) for n in range(len(expected))] == [
        finding_text(finding) for finding in expected
    ]


def test_no_finding_is_one_row_that_says_so(qtbot):
    panel = _panel(qtbot)
    assert panel.count() == 0
    assert _texts(panel) == ["No problems found."]
    assert panel.model.flags(panel.model.index(0, 1)) == Qt.ItemFlag.NoItemFlags
    with qtbot.assertNotEmitted(panel.activated):
        panel.activate_row(0)


def test_the_view_shows_the_findings_and_enter_leads_there(qtbot):
    meeting = factories.sample_meeting()
    meeting.item("resources").title["en"] = ""
    panel = _panel(qtbot, meeting)
    panel.resize(600, 300)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.view.header().model().headerData(1, Qt.Orientation.Horizontal) == "Finding"
    widest = panel.view.fontMetrics().horizontalAdvance("Information")
    assert panel.view.header().sectionSize(0) > widest  # no severity is cut short
    row = next(n for n, f in enumerate(panel.findings) if f.code == "item-no-title")
    panel.view.scrollTo(panel.model.index(row, 1))
    rect = panel.view.visualRect(panel.model.index(row, 1))
    assert panel.view.viewport().rect().contains(rect.center()), (row, rect)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.view.currentIndex().row() == row
    with qtbot.waitSignal(panel.activated) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [Target("item", "resources", field="title")]


def test_refreshes_once_shortly_after_edits(qtbot):
    panel = _panel(qtbot)
    document = panel.document
    assert panel.count() == 0
    with qtbot.waitSignal(panel.summary_changed, timeout=2000) as blocker:
        document.push(SetMeetingFieldCommand(document, "symbol", "bad", merge=True))
        document.push(SetMeetingFieldCommand(document, "symbol", "bad one", merge=True))
        assert panel.count() == 0  # not on every keystroke
    assert blocker.args == ["1 error"]
    assert "bad one" in _cell(panel, 0, 1)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.count() == 0, timeout=2000)


def test_summary_counts_by_severity():
    def finding(severity: Severity) -> Finding:
        return Finding(severity, "x", "message")

    assert summary_text([]) == "No problems found"
    assert summary_text([finding(Severity.ERROR)] * 2 + [finding(Severity.WARNING)] * 3) == (
        "2 errors, 3 warnings"
    )
    assert summary_text([finding(Severity.INFO)]) == "1 note"


def test_activating_a_finding_emits_its_target(qtbot):
    panel = _panel(qtbot)
    document = panel.document
    document.push(SetItemTitleCommand(document, "resources", "en", ""))
    panel.refresh()
    row = next(n for n, f in enumerate(panel.findings) if f.code == "item-no-title")
    with qtbot.waitSignal(panel.activated) as blocker:
        panel.activate_row(row)
    assert blocker.args == [Target("item", "resources", field="title")]


def test_the_window_goes_to_the_item_of_an_activated_finding(qtbot, window):
    document = window.document
    document.push(SetItemTitleCommand(document, "coop-info", "en", ""))
    window.findings.refresh()
    window.agenda_panel.select_item("org")
    row = next(n for n, f in enumerate(window.findings.findings) if f.code == "item-no-title")
    window.findings.activate_row(row)
    assert window.agenda_panel.current_item_id() == "coop-info"


def test_the_panel_follows_a_new_document(qtbot):
    panel = _panel(qtbot)
    other = MeetingDocument(factories.bare_meeting())
    panel.set_document(other)
    assert [f.code for f in panel.findings] == ["no-items"]


def test_a_language_change_rewrites_the_summary(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    panel = _panel(qtbot)
    with qtbot.waitSignal(panel.summary_changed, timeout=1000):
        QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))


def test_items_are_numbered_as_the_version_shown_numbers_them(qtbot):
    """The French version letters sub-items "a)", not "(a)" as the English checks write."""
    meeting = factories.sample_meeting()
    meeting.item("open").title.pop("fr")
    document = MeetingDocument(meeting)
    panel = FindingsPanel(document)
    qtbot.addWidget(panel)
    document.set_language("fr")
    panel.refresh()
    texts = _texts(panel)
    untranslated = [text for text in texts if "1 a)" in text]
    assert untranslated, texts
    assert not any("1 (a)" in text for text in texts)
