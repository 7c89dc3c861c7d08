"""Steg 3, Inlämning: the returned files, one row per unit, and the Anmärkningar.

The period is taken from the returns when they agree and asked when they do not; a chosen period
that rejects every return is never accepted silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import ProgressFn
from ui.models import units as um
from ui.round import Stamp, stamp
from ui.views.common import Banner, Services, open_path, period_label
from ui.views.findings import FindingsPanel, source_file
from ui.views.periods import settle_period
from ui.views.unit_mail import UnitMail
from vpt.model import Plan
from vpt.read import check_returns
from vpt.read.results import CheckResult

__all__ = ["RETURN_FILTER", "Checked", "ReturnsView"]

RETURN_FILTER = "Arbetsböcker och e-post (*.xlsx *.xlsm *.ods *.eml *.msg);;Alla filer (*)"
AUTO = ""


@dataclass(frozen=True)
class Checked:
    result: CheckResult
    inputs: tuple[Path, ...]
    stamp: Stamp
    prepared: um.Prepared


class ReturnsView(QWidget):
    checked = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.round = services.round
        self.banner = Banner()
        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Period att kontrollera")
        self.period_box.activated.connect(self._period_chosen)

        self.files = QListWidget()
        self.files.setAccessibleName("Inlämnade filer")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        add_files = QPushButton("Lägg till &filer…")
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton("Lägg till ma&pp…")
        add_folder.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton("Ta &bort")
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton("Töm")
        self.clear_button.clicked.connect(self.clear)
        self.check_button = QPushButton("&Kontrollera svaren")
        self.check_button.setToolTip("Läser alla filerna igen (också när mappen fått nya filer).")
        self.check_button.clicked.connect(self.check)

        self.units = um.UnitsModel()
        self.units_view = QTableView()
        self.units_view.setModel(self.units)
        self.units_view.setAccessibleName("Enheter och inlämning")
        self.units_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.units_view.verticalHeader().setVisible(False)
        header = self.units_view.horizontalHeader()
        header.setSectionResizeMode(um.COL_UNIT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(um.COL_FILE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing 500 rows to their contents would stall the window after a check.
        for column, width in ((um.COL_STATE, 150), (um.COL_RECEIVED, 125), (um.COL_ERRORS, 45),
                              (um.COL_WARNINGS, 80)):  # fmt: skip
            header.resizeSection(column, width)
        self.units_view.doubleClicked.connect(self._unit_double_clicked)
        self.reminder_button = QPushButton("&Påminnelser till dem som saknas…")
        self.reminder_button.clicked.connect(self._choose_reminder_folder)
        self.copy_button = QPushButton("Kopiera &rättelselista")
        self.copy_button.setToolTip("Kopierar den markerade enhetens fel och varningar som text.")
        self.copy_button.clicked.connect(self.copy_corrections)
        self.mail_button = QPushButton("Rättelser som e-postutkast…")
        self.mail_button.clicked.connect(self._choose_corrections_folder)

        self.mail = UnitMail(services, self)
        self.panel = FindingsPanel(services)
        self.findings = self.panel.findings

        # layout: files on the left, Enheter / Anmärkningar on the right
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("Inlämnade filer, mappar och e-post\n(dra och släpp hit):"))
        left_layout.addWidget(self.files, 1)
        row1 = QHBoxLayout()
        row1.addWidget(add_files)
        row1.addWidget(add_folder)
        row2 = QHBoxLayout()
        row2.addWidget(self.remove_button)
        row2.addWidget(self.clear_button)
        left_layout.addLayout(row1)
        left_layout.addLayout(row2)

        units_page = QWidget()
        units_layout = QVBoxLayout(units_page)
        units_layout.addWidget(self.units_view, 1)
        unit_actions = QHBoxLayout()
        unit_actions.addWidget(self.reminder_button)
        unit_actions.addStretch(1)
        unit_actions.addWidget(self.copy_button)
        unit_actions.addWidget(self.mail_button)
        units_layout.addLayout(unit_actions)

        self.tabs = QTabWidget()
        self.tabs.addTab(units_page, "Enheter")
        self.tabs.addTab(self.panel, "Anmärkningar")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 700])
        top = QHBoxLayout()
        top.addWidget(QLabel("Period:"))
        top.addWidget(self.period_box)
        top.addStretch(1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.round.plan_changed.connect(self._show_plan)
        self.round.returns_changed.connect(self._show_returns)
        self.round.checked.connect(self._show_result)
        self._show_plan()

    # -- showing --------------------------------------------------------------------------

    def _show_plan(self) -> None:
        self.period_box.clear()
        self.period_box.addItem("Ta perioden från svaren", AUTO)
        plan = self.round.plan
        for period in plan.periods if plan is not None else ():
            self.period_box.addItem(period_label(period.id, period.name), period.id)
        self._show_returns()
        self._show_result()

    def _show_returns(self) -> None:
        self.files.clear()
        for path in self.round.returns:
            self.files.addItem(str(path))
            self.files.item(self.files.count() - 1).setToolTip(str(path))
        has = bool(self.round.returns) and self.round.plan is not None
        self.check_button.setEnabled(has)
        self.remove_button.setEnabled(bool(self.round.returns))
        self.clear_button.setEnabled(bool(self.round.returns))
        if has and self.round.result is None:
            self.banner.show_note(
                f"Listan har {len(self.round.returns)} "
                + ("fil eller mapp" if len(self.round.returns) == 1 else "filer eller mappar")
                + ". Välj ”Kontrollera svaren” för att läsa dem."
            )
        checked = self.round.plan is not None and self.round.result is not None
        if checked and not self.round.result_is_current(stamp(self.round.returns)):
            self.banner.show_note(
                "Listan har ändrats sedan kontrollen. Välj ”Kontrollera svaren” igen."
            )

    def _show_result(self) -> None:
        plan, result = self.round.plan, self.round.result
        self.banner.show_note("")
        if plan is None:
            self.units.set_rows([])
            self.panel.show_findings([], {}, "")
            return
        prepared = self.round.prepared
        if result is None:
            rows, labels = um.unit_rows(plan, None), {}
        elif prepared is not None and prepared.result is result:
            rows, labels = prepared.rows, prepared.labels
        else:
            made = um.prepare(plan, result)
            rows, labels = made.rows, made.labels
        self.units.set_rows(rows)
        period = plan.period(result.period_id) if result is not None else None
        self.panel.show_findings(
            list(result.findings) if result else [], labels, period.name if period else ""
        )
        if result is not None:
            period = plan.period(result.period_id)
            name = period.name if period else result.period_id
            accepted = len(result.accepted_units)
            missing = sum(1 for r in rows if r.state == um.MISSING)
            how = "vald" if self.round.period_choice else "tagen från svaren"
            self.banner.show_note(
                f"Period: {name} ({how}). {accepted} enheter mottagna, {missing} saknas, "
                f"{len(result.findings)} anmärkningar."
            )
            index = self.period_box.findData(self.round.period_choice)
            self.period_box.setCurrentIndex(max(index, 0))

    # -- the list of returns --------------------------------------------------------------

    def add_returns(self, paths: list[Path]) -> int:
        added = self.round.add_returns(paths)
        if paths:
            self.services.settings.set_folder("svar", paths[0].parent)
        return added

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Lägg till inlämnade filer", self.services.settings.folder("svar"),
            RETURN_FILTER,
        )  # fmt: skip
        self.add_returns([Path(p) for p in paths])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Lägg till en mapp med inlämnade filer", self.services.settings.folder("svar")
        )
        if folder:
            self.add_returns([Path(folder)])

    def remove_selected(self) -> None:
        chosen = [Path(item.text()) for item in self.files.selectedItems()]
        if chosen:
            self.round.remove_returns(chosen)

    def clear(self) -> None:
        if self.round.returns and self.services.ask.confirm(
            self, "Töm listan", "Ta bort alla filer ur listan? Filerna själva rörs inte.", "Töm"
        ):
            self.round.clear_returns()

    def _period_chosen(self) -> None:
        self.round.period_choice = str(self.period_box.currentData() or AUTO)

    # -- checking -------------------------------------------------------------------------

    def check(self, period_id: str | None = None) -> None:
        """Check every return off the GUI thread (``period_id`` None: as the combo box says)."""
        plan = self.round.plan
        if plan is None or not self.round.returns:
            return
        if period_id is not None:
            self.round.period_choice = period_id
        choice = self.round.period_choice
        inputs = tuple(self.round.returns)

        def work(progress: ProgressFn) -> Checked:
            before = stamp(inputs)
            result = check_returns(plan, inputs, period_id=choice or None, progress=progress)
            return Checked(result, inputs, before, um.prepare(plan, result))

        self.services.runner.run(
            f"Kontrollerar {len(inputs)} inlämnade filer och mappar…", work,
            lambda checked: self._checked(plan, checked),
        )  # fmt: skip

    def _checked(self, plan: Plan, checked: Checked) -> str:
        result = checked.result
        self.round.set_result(result, checked.inputs, checked.stamp, checked.prepared)
        self.tabs.setCurrentIndex(0)
        again = settle_period(self.services.ask, self, plan, result, self.round.period_choice)
        if again is not None:
            self.check(again)
            return ""
        self.checked.emit()
        accepted = len(result.accepted_units)
        return (
            f"Läste {len(result.files)} filer: {accepted} enheter mottagna, "
            f"{len(result.findings)} anmärkningar. Nästa steg: 4 Sammanställning."
        )

    # -- per unit -------------------------------------------------------------------------

    def selected_unit(self) -> um.UnitRow | None:
        rows = self.units_view.selectionModel().selectedRows()
        return self.units.row(rows[0].row()) if rows else None

    def corrections(self, row: um.UnitRow) -> str:
        return self.mail.corrections(row)

    def copy_corrections(self) -> str:
        return self.mail.copy_corrections(self.selected_unit())

    def _choose_corrections_folder(self) -> None:
        self.mail.choose_corrections_folder(self.selected_unit())

    def write_corrections(self, row: um.UnitRow, folder: Path) -> Path | None:
        return self.mail.write_corrections(row, folder)

    def _choose_reminder_folder(self) -> None:
        self.mail.choose_reminder_folder(self.units.rows())

    def write_reminders(self, folder: Path) -> list[Path]:
        """A reminder draft for every unit that is Saknas."""
        return self.mail.write_reminders(folder, self.units.rows())

    def _unit_double_clicked(self, index: QModelIndex) -> None:
        row = self.units.row(index.row())
        if row.file:
            open_path(self.services, source_file(row.file))

    def export_to(self, path: Path) -> None:
        """Export the Anmärkningar shown to a workbook (see :class:`FindingsPanel`)."""
        self.panel.export_to(path)
