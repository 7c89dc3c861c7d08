"""What the step views share: the services they get, a banner, opening files and folders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from ui.ask import Ask
from ui.round import Round
from ui.runner import Runner
from ui.settings import Settings

__all__ = ["Banner", "Services", "choose_previous_summary", "open_path", "period_label"]


@dataclass
class Services:
    """Everything a view may use; views never reach into each other."""

    round: Round
    runner: Runner
    ask: Ask
    settings: Settings
    window: QWidget
    open_files: bool = True  # tests switch off handing files to the desktop
    opener: Callable[[Path], object] | None = None  # instead of the desktop (tests)


def period_label(period_id: str, name: str) -> str:
    """ "Tertial 1 (T1)", or just "Delår" when the name is the ID."""
    return name if name == period_id or not period_id else f"{name} ({period_id})"


def open_path(services: Services, path: Path) -> bool:
    """Open a file in its program (Excel, LibreOffice) or a folder in the file manager."""
    if not services.open_files:
        return True
    if services.opener is not None:
        services.opener(path)
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_previous_summary(parent: QWidget, services: Services) -> str:
    """Ask for last period's summary (for prefill and trends); "" when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Föregående sammanställning", services.settings.folder("sammanstallning"),
        "Excel-arbetsbok (*.xlsx)",
    )  # fmt: skip
    return path


class Banner(QLabel):
    """A line that says why a step cannot go on (symbol and words, colour only as a help)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.setText(f"✖ {text}" if text else "")
        self.setStyleSheet(
            "QLabel { background: #F4B183; color: #5C1F00; padding: 6px; border-radius: 3px; }"
        )
        self.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        self.setText(f"ℹ {text}" if text else "")
        self.setStyleSheet(
            "QLabel { background: #DCEBF7; color: #0B3558; padding: 6px; border-radius: 3px; }"
        )
        self.setVisible(bool(text))
