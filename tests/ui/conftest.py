"""The real main window with scripted answers to its questions, and plans and returns on disk."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.ask import Ask, Kind
from ui.main_window import MainWindow
from ui.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PLAN = EXAMPLES / "orebro-hsn-2024.xlsx"
RETURNS = EXAMPLES / "returns" / "orebro-hsn-2024" / "svar"
LONG = 60_000


@dataclass
class Asked:
    kind: Kind
    title: str
    text: str
    buttons: list[str]
    details: str


@dataclass
class ScriptedAsk(Ask):
    """Answers the window's questions without a modal box: by title, else the last button."""

    answers: dict[str, int] = field(default_factory=dict)
    asked: list[Asked] = field(default_factory=list)

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
        self.asked.append(Asked(kind, title, text, list(buttons), details))
        return self.answers.get(title, len(buttons) - 1)

    def titles(self) -> list[str]:
        return [a.title for a in self.asked]

    def last(self, title: str) -> Asked:
        return [a for a in self.asked if a.title == title][-1]


@pytest.fixture
def ask() -> ScriptedAsk:
    return ScriptedAsk()


@pytest.fixture
def window(qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "vpt.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ask=ask, settings=settings)
    window.services.open_files = False
    qtbot.addWidget(window)
    window.show()
    return window


def open_plan(qtbot: QtBot, window: MainWindow, path: Path = PLAN) -> None:
    with qtbot.waitSignal(window.plan_view.opened, timeout=LONG):
        window.plan_view.load_plan(path)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=LONG)


def returns_copy(tmp_path: Path, *names: str) -> Path:
    """A folder with copies of the example's Delår returns (all of them when no names)."""
    folder = tmp_path / "svar"
    folder.mkdir()
    for source in sorted(RETURNS.iterdir()):
        if not names or any(n in source.name for n in names):
            shutil.copy2(source, folder / source.name)
    return folder


def plan_with_an_error(tmp_path: Path) -> Path:
    """The example plan with one indicator under a goal that does not exist."""
    path = tmp_path / "plan-med-fel.xlsx"
    book = load_workbook(PLAN)
    sheet = book["Indikatorer"]
    headers = [str(c.value or "").strip().lower() for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("mål-id") + 1, value="M99")
    book.save(path)
    return path
