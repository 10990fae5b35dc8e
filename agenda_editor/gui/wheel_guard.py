"""Date, number and choice fields in a scrolling page take the mouse wheel only when focused.

Scrolling the Meeting page with the wheel used to change whatever field passed under the
pointer (the last day went from 18 to 12 September). Guarded fields no longer take focus from
the wheel, and a wheel turned over one that is not focused scrolls the page instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Sends the wheel over an unfocused guarded field to the page that scrolls around it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def guard_fields(root: QWidget) -> WheelGuard:
    """Guard every spin box, date field and combo box under ``root`` that sits in a scroll
    area (fields elsewhere, such as the toolbar's, keep Qt's behaviour)."""
    guard = WheelGuard(root)
    fields: list[QWidget] = [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]
    for field in fields:
        if _scroll_area_of(field) is None or isinstance(field.parentWidget(), QAbstractSpinBox):
            continue
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
    return guard
