"""What a user can read in a window: every text of its widgets, actions, menus and headers.

Also loads the translation scripts of ``translations/`` (they are scripts, not a package).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"


def load_script(name: str) -> ModuleType:
    """``translations/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(
        f"_translations_{name}", TRANSLATIONS / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def translated_sources(lang: str) -> dict[str, str]:
    """English source -> translation, for the finished entries of ``lang``'s catalogue whose
    translation differs from the source (numerus entries left out: their text varies)."""
    update = load_script("update_translations")
    catalogue = update.read_ts(TRANSLATIONS / f"agenda_editor_{lang}.ts")
    found = {}
    for message in catalogue.messages.values():
        if message.numerus or not message.is_translated():
            continue
        if message.translation != message.source:
            found[message.source] = message.translation
    return found


def _header_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, model.rowCount(QModelIndex())),
    ):
        for section in range(min(count, 50)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                texts.append(tip)
    return texts


def _action_texts(action: QAction) -> list[str]:
    texts = [action.text(), action.toolTip(), action.statusTip(), action.iconText()]
    menu = action.menu()
    if isinstance(menu, QMenu):
        texts.append(menu.title())
        for sub in menu.actions():
            texts += _action_texts(sub)
    return texts


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything ``widget`` and its children show or say on hover."""
    found: list[tuple[str, str]] = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}:{w.objectName()}"
        texts = [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
            texts += [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QAbstractItemView):
            texts += _header_texts(w.model())
        for action in w.actions():
            texts += _action_texts(action)
        found += [(where, text) for text in texts if text]
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            found += [("menu bar", text) for text in _action_texts(action) if text]
    return found


def untranslated(widget: QWidget, sources: dict[str, str]) -> list[str]:
    """Texts shown by ``widget`` that are English sources of our catalogue with a translation."""
    return sorted({f"{where}: {text!r}" for where, text in widget_texts(widget) if text in sources})
