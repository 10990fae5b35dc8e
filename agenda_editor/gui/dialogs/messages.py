"""Questions with named answers, in one function that tests can replace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def ask_choice(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[tuple[str, str, QMessageBox.ButtonRole]],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    default: str | None = None,
    details: str = "",
) -> str:
    """Ask the user to pick one of ``choices`` (key, button text, role); returns the key.

    Closing the box (Escape) answers with the choice whose role is ``RejectRole``, or the last.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    buttons = {}
    for key, label, role in choices:
        button = box.addButton(label, role)
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
        if role is Role.RejectRole:
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    if clicked in buttons:
        return buttons[clicked]
    rejected = [key for key, _label, role in choices if role is Role.RejectRole]
    return rejected[0] if rejected else choices[-1][0]
