"""What the app sets up at start: Swedish Qt texts, the log, the excepthook, remembered settings."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from ui import logs
from ui.ask import Ask, Kind
from ui.main_window import icon
from ui.settings import RECENT_MAX, Settings
from ui.translations import install_swedish

Button = QMessageBox.StandardButton


def test_stock_dialogs_speak_swedish(qapp: QApplication, qtbot: QtBot) -> None:
    assert install_swedish(qapp)
    box = QMessageBox(QMessageBox.Icon.Question, "vpt", "Spara?")
    box.setStandardButtons(Button.Yes | Button.No | Button.Cancel)
    seen: list[list[str]] = []

    def answer() -> None:  # read the buttons of the modal box while it is shown, then close it
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QMessageBox)
        seen.append([shown.button(b).text() for b in (Button.Yes, Button.No, Button.Cancel)])
        shown.button(Button.Cancel).click()

    QTimer.singleShot(0, answer)
    assert box.exec() == Button.Cancel
    assert seen == [["&Ja", "&Nej", "Avbryt"]]
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.findChildren(QLabel)][:1] == ["&Titta i:"]
    assert sorted(b.text() for b in dialog.findChildren(QPushButton)) == ["&Öppna", "Avbryt"]


def test_recent_plans_are_remembered_newest_first_and_at_most_eight(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "vpt.ini"), QSettings.Format.IniFormat))
    assert settings.recent_plans() == []
    for n in range(RECENT_MAX + 1):
        settings.add_recent_plan(tmp_path / f"plan{n}.xlsx")
    settings.add_recent_plan(tmp_path / "plan3.xlsx")
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "vpt.ini"), QSettings.Format.IniFormat))
    assert [p.name for p in again.recent_plans()] == [
        "plan3.xlsx", "plan8.xlsx", "plan7.xlsx", "plan6.xlsx", "plan5.xlsx", "plan4.xlsx",
        "plan2.xlsx", "plan1.xlsx",
    ]  # fmt: skip


def test_a_folder_that_is_gone_is_not_offered_again(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "vpt.ini"), QSettings.Format.IniFormat))
    settings.set_folder("svar", tmp_path / "borta")
    assert settings.folder("svar") == str(Path.home())
    settings.set_folder("svar", tmp_path)
    assert settings.folder("svar") == str(tmp_path)


def test_an_error_on_a_worker_thread_is_logged_there_and_shown_on_the_gui_thread(
    qapp: QApplication,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs, "_notifier", None)
    logs.install_excepthook()
    notifier = logs._notifier
    assert notifier is not None
    shown_on: list[bool] = []
    notifier.crashed.disconnect()
    notifier.crashed.connect(lambda: shown_on.append(logs._on_gui_thread()))

    def fail() -> None:
        raise RuntimeError("trasigt")

    with caplog.at_level(logging.ERROR, logger="vpt"), qtbot.waitSignal(notifier.crashed):
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: bool(shown_on))
    assert shown_on == [True]
    assert "trasigt" in caplog.text


def test_the_app_logs_where_the_engine_logs_internal_errors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VPT_LOG", str(tmp_path / "logg" / "vpt.log"))
    assert logs.log_folder() == tmp_path / "logg"
    monkeypatch.delenv("VPT_LOG")
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert logs.log_folder() == Path.home() / ".local" / "state" / "vpt"


@pytest.mark.parametrize(("clicked", "expected"), [(0, 0), (1, 1), (2, 2)])
def test_ask_returns_the_button_the_user_clicked(
    qapp: QApplication, clicked: int, expected: int
) -> None:
    def click() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QMessageBox)
        labels = ["Öppna sammanställningen", "Öppna mappen", "Stäng"]
        by_text = {b.text(): b for b in shown.buttons()}
        by_text[labels[clicked]].click()

    QTimer.singleShot(0, click)
    answer = Ask().choose(
        None, Kind.INFO, "Klart", "Sparad.", ["Öppna sammanställningen", "Öppna mappen", "Stäng"]
    )
    assert answer == expected


def test_escape_answers_with_the_last_button(qapp: QApplication, qtbot: QtBot) -> None:
    def escape() -> None:
        shown = QApplication.activeModalWidget()
        assert shown is not None
        qtbot.keyClick(shown, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    assert not Ask().confirm(None, "Enheter saknas", "3 av 5 enheter saknas.", "Skriv ändå")


def test_qt_calls_keep_none_true_and_false_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference on every call: a long session crashed."""
    label = QLabel()
    box = QCheckBox()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(500):
        label.setText("x")
        box.setChecked(True)
        box.isChecked()
        box.toggled.emit(False)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # With the bug each count fell by 500 or more; a cache may hold one more reference.
    assert all(a - b >= 0 for a, b in zip(after, before, strict=True)), (before, after)


def test_the_app_has_its_icon(qapp: QApplication) -> None:
    assert not icon().isNull()
    assert sorted(s.width() for s in icon().availableSizes()) == [64, 256]
