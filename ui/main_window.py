"""The main window: the round's four steps as tabs, a menu bar, progress with cancel.

The steps live in :mod:`ui.views`; they share the :class:`~ui.round.Round` and one
:class:`~ui.runner.Runner`. Every question goes through :class:`~ui.ask.Ask`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
)

from ui.ask import Ask, Kind
from ui.guide import GuideWindow, guide_start
from ui.jobs import Progress
from ui.logs import log_folder
from ui.round import Round
from ui.runner import Runner
from ui.settings import Settings, clamp
from ui.views.common import Services, open_path
from ui.views.plan import PlanView
from ui.views.returns import ReturnsView
from ui.views.send import SendView
from ui.views.summary import SummaryView
from vpt import __version__

__all__ = ["MINIMUM", "MainWindow", "icon", "version"]

MINIMUM = (900, 500)
"""Fits a 1366×768 screen at 150 % scaling (910×512 logical pixels) with the taskbar."""

_PLAN, _SEND, _RETURNS, _SUMMARY = range(4)
_PLAN_SUFFIXES = (".xlsx", ".xlsm", ".ods")


def icon() -> QIcon:
    """The window's icon from the PNGs (no image plugin needed); vpt.svg is their source."""
    folder = Path(__file__).resolve().parent / "resources"
    result = QIcon()
    for size in (256, 64):
        result.addFile(str(folder / f"vpt-{size}.png"), QSize(size, size))
    return result


def version() -> str:
    return __version__


class MainWindow(QMainWindow):
    def __init__(self, ask: Ask | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("vpt – uppföljning av verksamhetsplan")
        self.setWindowIcon(icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(*MINIMUM)
        self.round = Round()
        self.runner = Runner()
        self.ask = ask or Ask()
        self.settings = settings or Settings()
        self.guide: GuideWindow | None = None
        self.services = Services(self.round, self.runner, self.ask, self.settings, self)
        self.plan_view = PlanView(self.services)
        self.send_view = SendView(self.services)
        self.returns_view = ReturnsView(self.services)
        self.summary_view = SummaryView(self.services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for view, title in (
            (self.plan_view, "&1 Plan"),
            (self.send_view, "&2 Utskick"),
            (self.returns_view, "&3 Inlämning"),
            (self.summary_view, "&4 Sammanställning"),
        ):
            self.tabs.addTab(view, title)
        self.setCentralWidget(self.tabs)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Avbryt")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress_label = QLabel()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(widget)
        self.runner.started.connect(self._busy)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.idle.connect(self._idle)
        self.plan_view.opened.connect(self._plan_opened)
        self.returns_view.checked.connect(lambda: self.tabs.setCurrentIndex(_RETURNS))
        self._build_menus()
        self._restore_geometry()
        self.statusBar().showMessage("Börja med att öppna en plan (Arkiv › Öppna plan, Ctrl+O).")

    # -- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        archive = bar.addMenu("&Arkiv")
        self._action(
            archive, "&Öppna plan…", self.plan_view.choose_plan, QKeySequence.StandardKey.Open
        )
        self._action(
            archive, "&Ny tom plan…", self.plan_view.choose_new_plan, QKeySequence.StandardKey.New
        )
        self.recent_menu = archive.addMenu("&Senaste planer")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        archive.addSeparator()
        self._action(archive, "Lägg till &inlämnade filer…", self._add_returns, "Ctrl+I")
        self._action(
            archive, "&Skriv sammanställningen…", self._write_summary, QKeySequence.StandardKey.Save
        )
        self._action(archive, "Skapa &rapport från sammanställning…", self._report_from_file)
        archive.addSeparator()
        self._action(archive, "&Avsluta", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Redigera")
        self._action(
            edit,
            "&Kopiera rättelselista",
            self.returns_view.copy_corrections,
            QKeySequence.StandardKey.Copy,
        )
        self._action(
            edit,
            "&Ta bort markerade filer",
            self.returns_view.remove_selected,
            QKeySequence.StandardKey.Delete,
        )
        self._action(edit, "Töm &listan över inlämnade filer", self.returns_view.clear)
        self._action(edit, "Kontrollera svaren &igen", self.returns_view.check, "F5")
        help_menu = bar.addMenu("&Hjälp")
        self._action(
            help_menu,
            "&Användarhandledning",
            self.open_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, "&Prova ett helt varv med exempeldata…", self.plan_view.choose_demo)
        self._action(help_menu, "Öppna &loggmappen", lambda: open_path(self.services, log_folder()))
        self._action(help_menu, "&Om vpt", self.about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        plans = self.settings.recent_plans()
        for n, path in enumerate(plans, start=1):
            action = self.recent_menu.addAction(f"&{n} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not plans:
            self.recent_menu.addAction("(inga ännu)").setEnabled(False)

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            self.ask.tell(self, Kind.WARNING, "Senaste planer", f"{path} finns inte längre.")
            return
        self.plan_view.load_plan(path)

    def _add_returns(self) -> None:
        self.tabs.setCurrentIndex(_RETURNS)
        self.returns_view.choose_files()

    def _write_summary(self) -> None:
        self.tabs.setCurrentIndex(_SUMMARY)
        self.summary_view.write_clicked()

    def _report_from_file(self) -> None:
        self.tabs.setCurrentIndex(_SUMMARY)
        self.summary_view.report.create_from_file()

    def open_guide(self) -> None:
        """The guide in its own window; a second time the same window comes to the front."""
        if self.guide is None:
            start = guide_start()
            if not start.is_file():
                self.ask.tell(self, Kind.INFO, "Användarhandledning",
                              "Handledningen (docs/app.md) finns inte i den här installationen.")  # fmt: skip
                return
            self.guide = GuideWindow(start, self.ask, self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def about(self) -> None:
        self.ask.tell(
            self, Kind.INFO, "Om vpt",
            f"vpt {version()}\n\nUppföljning av verksamhetsplaner: utskick av arbetsböcker, "
            "kontroll av svaren och sammanställning.\n\n"
            f"Loggen finns i {log_folder()}.",
        )  # fmt: skip

    # -- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.setDropAction(Qt.DropAction.CopyAction)  # never a move
            event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.take_dropped(paths)

    def take_dropped(self, paths: list[Path]) -> None:
        """On the Plan step (or without a plan) one workbook opens as plan; else they are returns."""
        if not paths:
            return
        wants_plan = self.tabs.currentIndex() == _PLAN or self.round.plan is None
        if wants_plan and len(paths) == 1 and paths[0].suffix.lower() in _PLAN_SUFFIXES:
            self.plan_view.load_plan(paths[0])
            return
        self.returns_view.add_returns(paths)
        self.tabs.setCurrentIndex(_RETURNS)

    # -- jobs -----------------------------------------------------------------------------

    def _busy(self, label: str) -> None:
        self.statusBar().clearMessage()
        self.progress_label.setText(label)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.tabs.setEnabled(False)
        self.menuBar().setEnabled(False)

    def _progressed(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat("%v av %m")

    def _idle(self) -> None:
        self.progress_label.clear()
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.tabs.setEnabled(True)
        self.menuBar().setEnabled(True)

    def _succeeded(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message)

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage("Det gick inte. " + message.split(". ", maxsplit=1)[0] + ".")
        self.ask.tell(self, Kind.ERROR, "vpt", message)

    def _cancelled(self) -> None:
        self.statusBar().showMessage("Avbrutet. Det som redan var klart finns kvar.")

    def _plan_opened(self) -> None:
        plan = self.round.plan
        if plan is not None and not self.round.plan_blocked:
            self.setWindowTitle(f"{plan.name} – vpt")

    # -- window ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self.settings.geometry()
        if saved is not None:
            self.restoreGeometry(saved)
        else:
            self.resize(1100, 700)
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(clamp(QRect(self.geometry()), screen.availableGeometry(), MINIMUM))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            if not self.ask.confirm(
                self, "Arbete pågår",
                "vpt arbetar fortfarande (" + (self.progress_label.text() or "…").rstrip("…")
                + "). Avbryta arbetet och stänga? Det som redan är klart finns kvar.",
                "Avbryt och stäng",
            ):  # fmt: skip
                event.ignore()
                return
            self.runner.cancel_and_wait()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()
