"""Every question and message the window puts to the user, in one replaceable object.

The window calls ``ask.choose(...)`` and never builds a QMessageBox itself, so tests drive the
real window and answer its questions by giving it an object with the same methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

__all__ = ["Ask", "Kind", "build"]


class Kind(Enum):
    INFO = QMessageBox.Icon.Information
    QUESTION = QMessageBox.Icon.Question
    WARNING = QMessageBox.Icon.Warning
    ERROR = QMessageBox.Icon.Critical


class Ask:
    """Modal message boxes with Swedish buttons."""

    def choose(
        self,
        parent: QWidget | None,
        kind: Kind,
        title: str,
        text: str,
        buttons: Sequence[str],
        *,
        details: str = "",
    ) -> int:
        """Show ``text`` with ``buttons`` (the last one is the cancel/close button); the index chosen."""
        box, made = build(parent, kind, title, text, buttons, details=details)
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else len(buttons) - 1

    def tell(self, parent: QWidget | None, kind: Kind, title: str, text: str) -> None:
        """A message with one OK button."""
        self.choose(parent, kind, title, text, ["OK"])

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        """A warning with ``yes`` and Avbryt; True when the user chose ``yes``."""
        return self.choose(parent, Kind.WARNING, title, text, [yes, "Avbryt"]) == 0


def build(
    parent: QWidget | None,
    kind: Kind,
    title: str,
    text: str,
    buttons: Sequence[str],
    *,
    details: str = "",
) -> tuple[QMessageBox, list[QPushButton]]:
    """The message box :meth:`Ask.choose` shows and its buttons (also for the guide's pictures)."""
    box = QMessageBox(kind.value, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    made: list[QPushButton] = []
    for n, label in enumerate(buttons):
        last = n == len(buttons) - 1
        role = (
            QMessageBox.ButtonRole.RejectRole if last and n else QMessageBox.ButtonRole.AcceptRole
        )
        made.append(box.addButton(label, role))
    box.setDefaultButton(made[0])
    box.setEscapeButton(made[-1])
    return box, made
