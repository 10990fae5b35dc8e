"""The Qt bindings must not leak references to True/False/None.

PySide6 6.12.0 did, on every signal emission and every model ``data()`` override returning
``None``: after a few minutes of editing Python 3.11 aborted the whole application
("bool_dealloc"). pyproject.toml caps the version because of it; this test tells whether a
new release may lift the cap.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    bare = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt's name and default)
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/None are immortal from 3.12 on")
def test_signal_emission_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.bare.connect(lambda: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.flag.emit(True)
        emitter.bare.emit()
    assert sys.getrefcount(True) - true_before >= -5
    assert sys.getrefcount(None) - none_before >= -5


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/None are immortal from 3.12 on")
def test_model_data_returning_none_keeps_reference_counts(qapp) -> None:
    model = _Model()
    none_before = sys.getrefcount(None)
    for _ in range(200):
        for row in range(3):
            # Through Qt's C++ side (QModelIndex.data calls the override), as views do.
            model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) - none_before >= -5
