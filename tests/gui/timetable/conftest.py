"""Fixtures of the timetable tests: a document of the sample meeting, its model and panel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from agenda_editor.gui.document import MeetingDocument
from agenda_editor.gui.timetable.model import TimetableModel
from agenda_editor.gui.timetable.panel import TimetablePanel


@pytest.fixture
def model(document: MeetingDocument) -> TimetableModel:
    """The grid model, watched by Qt's model tester through every test that uses it."""
    grid = TimetableModel(document)
    grid.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        grid, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return grid


@pytest.fixture
def panel(qtbot, document: MeetingDocument) -> TimetablePanel:
    widget = TimetablePanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return widget
