"""Every undo command class is replayed by one of the undo property tests."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtGui import QUndoCommand

import agenda_editor.gui

#: Bases that are not pushed themselves, only through their subclasses (or inside another).
BASES = {"_MergingCommand", "TimetableCommand"}


def _command_classes() -> set[str]:
    found = set()
    for module_info in pkgutil.walk_packages(agenda_editor.gui.__path__, "agenda_editor.gui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QUndoCommand)
                and value.__module__ == module.__name__
            ):
                found.add(name)
    return found - BASES


def test_every_command_class_is_in_an_undo_property_test() -> None:
    here = Path(__file__).parent
    replayed = "\n".join(
        path.read_text(encoding="utf-8") for path in here.glob("test_commands_property*.py")
    )
    classes = _command_classes()
    assert len(classes) > 20  # the walk found the commands
    missing = sorted(name for name in classes if name not in replayed)
    assert missing == []
