"""Steg 4, Sammanställning: write the summary from the check just made, and show its roll-up.

Once the summary is written, "Skapa rapport…" turns it into the Word report (ui.views.report).

Before writing, the user is warned when units are missing or no return was accepted. The check
is read again only when the list of returns or a file in it changed since (mtime and size).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.ask import Kind
from ui.jobs import ProgressFn
from ui.models.rollup import COL_GOAL, RollupModel, rollup_rows
from ui.models.units import Prepared, prepare
from ui.round import Stamp, stamp
from ui.views.common import Banner, Services, choose_previous_summary, open_path
from ui.views.periods import settle_period
from ui.views.report import ReportMaker
from vpt.consolidate import read_previous, save_summary, summarise_result
from vpt.consolidate.outpath import check_summary_path
from vpt.consolidate.table import Summary
from vpt.errors import OutputRefused
from vpt.model import Plan
from vpt.read import check_returns
from vpt.read.check import expected_units, missing_units
from vpt.read.results import CheckResult

__all__ = ["SummaryView", "Written"]


@dataclass(frozen=True)
class Written:
    summary: Summary
    path: Path


class SummaryView(QWidget):
    written = Signal(object)  # Path

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.round = services.round
        self.banner = Banner()
        self.target = QLineEdit()
        self.target.setPlaceholderText("Filen som sammanställningen sparas i (.xlsx)")
        target_button = QPushButton("Välj…")
        target_button.clicked.connect(self._choose_target)
        self.previous = QLineEdit()
        self.previous.setPlaceholderText("Valfritt: förra periodens sammanställning, för trender")
        previous_button = QPushButton("Välj…")
        previous_button.clicked.connect(self._choose_previous)
        self.write_button = QPushButton("&Skriv sammanställningen")
        self.write_button.clicked.connect(self.write_clicked)
        self.open_button = QPushButton("Öppna sammanställningen")
        self.open_button.clicked.connect(lambda: self._open(folder=False))
        self.folder_button = QPushButton("Öppna mappen")
        self.folder_button.clicked.connect(lambda: self._open(folder=True))
        self.report = ReportMaker(services)
        self.rollup = RollupModel()
        self.rollup_view = QTableView()
        self.rollup_view.setModel(self.rollup)
        self.rollup_view.setAccessibleName("Måluppfyllelse per mål och enhet")
        self.rollup_view.verticalHeader().setVisible(False)
        # Fixed widths: sizing 500 unit columns to their contents would stall the window.
        self.rollup_view.horizontalHeader().setDefaultSectionSize(122)
        self.rollup_label = QLabel("Måluppfyllelsen per mål och enhet visas här när "
                                   "sammanställningen är skriven.")  # fmt: skip
        self.rollup_label.setWordWrap(True)

        form = QFormLayout()
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(target_button)
        form.addRow("Spara som:", target_row)
        previous_row = QHBoxLayout()
        previous_row.addWidget(self.previous, 1)
        previous_row.addWidget(previous_button)
        form.addRow("Föregående:", previous_row)
        form.addRow("Mall (valfri):", self.report.template_row())
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.report.create_button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.rollup_label)
        layout.addWidget(self.rollup_view, 1)
        for signal in (self.round.plan_changed, self.round.returns_changed, self.round.checked,
                       self.round.summarised):  # fmt: skip
            signal.connect(self._show)
        self._show()

    def _show(self) -> None:
        plan, summary = self.round.plan, self.round.summary
        ready = plan is not None and bool(self.round.returns)
        self.write_button.setEnabled(ready)
        self.banner.show_problem(
            "" if ready or plan is None else "Lägg till inlämnade filer i steget Inlämning först."
        )
        self._suggest_target()
        done = self.round.summary_path is not None
        self.open_button.setEnabled(done)
        self.folder_button.setEnabled(done)
        self.report.create_button.setEnabled(done)
        if summary is None:
            self.rollup.set_rows([], [])
            return
        units, rows = rollup_rows(summary)
        self.rollup.set_rows(units, rows)
        self.rollup_view.horizontalHeader().resizeSection(COL_GOAL, 320)
        self.rollup_label.setText(
            f"Måluppfyllelse per mål och enhet, {summary.period_name} "
            f"({len(summary.received & {u.id for u in summary.units})} av {len(summary.units)} "
            "enheter har lämnat in). √ uppfyllt, ± delvis uppfyllt, × ej uppfyllt, – ej bedömt."
        )

    def _suggest_target(self) -> None:
        """Beside the returns, named after the period, until the user picks a file."""
        plan, result = self.round.plan, self.round.result
        if self.target.text() or plan is None or result is None or not self.round.returns:
            return
        period = plan.period(result.period_id)
        first = self.round.returns[0]
        folder = first.parent if first.parent != first else first
        name = period.name if period is not None else result.period_id
        self.target.setText(str(folder / f"Sammanställning {name}.xlsx"))

    # -- choosing -------------------------------------------------------------------------

    def _choose_target(self) -> None:
        start = self.target.text() or str(
            Path(self.services.settings.folder("sammanstallning")) / "Sammanställning.xlsx"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, "Spara sammanställningen", start, "Excel-arbetsbok (*.xlsx)"
        )
        if path:
            self.target.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _choose_previous(self) -> None:
        path = choose_previous_summary(self, self.services)
        if path:
            self.previous.setText(path)

    def write_clicked(self) -> None:
        if not self.target.text().strip():
            self._choose_target()
        if self.target.text().strip():
            self.write_to(Path(self.target.text().strip()))

    def _open(self, *, folder: bool) -> None:
        path = self.round.summary_path
        if path is not None:
            open_path(self.services, path.parent if folder else path)

    # -- writing --------------------------------------------------------------------------

    def write_to(self, path: Path) -> None:
        """Check (only if the returns changed), warn, then write the summary off the GUI thread."""
        plan = self.round.plan
        if plan is None or not self.round.returns:
            return
        self.target.setText(str(path))
        inputs = tuple(self.round.returns)
        previous = Path(self.previous.text().strip()) if self.previous.text().strip() else None
        try:  # never over the plan, a return, the previous summary, nor among the returns
            check_summary_path(path, inputs=inputs, plan=self.round.plan_path, previous=previous)
        except OutputRefused as refused:
            self.services.ask.tell(self, Kind.ERROR, "Sammanställning", str(refused))
            return
        if self.round.result_is_current(stamp(inputs)):
            assert self.round.result is not None
            self._confirm(plan, path, self.round.result)
            return
        choice = self.round.period_choice

        def check(progress: ProgressFn) -> tuple[CheckResult, Stamp, Prepared]:
            before = stamp(inputs)
            result = check_returns(plan, inputs, period_id=choice or None, progress=progress)
            return result, before, prepare(plan, result)

        def checked(done: tuple[CheckResult, Stamp, Prepared]) -> str:
            result, when, prepared = done
            self.round.set_result(result, inputs, when, prepared)
            again = settle_period(self.services.ask, self, plan, result, choice)
            if again is not None:
                self.round.period_choice = again
                self.write_to(path)
                return ""
            return self._confirm(plan, path, result)

        self.services.runner.run("Kontrollerar svaren före sammanställningen…", check, checked)

    def _confirm(self, plan: Plan, path: Path, result: CheckResult) -> str:
        expected = expected_units(plan, result.period_id)
        missing = missing_units(plan, result)
        accepted = len(result.accepted_units)
        ask = self.services.ask
        if accepted == 0:
            if not ask.confirm(
                self, "Inga godtagna svar",
                f"0 svar godtogs för perioden. Sammanställningen skulle visa alla "
                f"{len(expected)} enheter som saknade. Se steget Inlämning. Skriva ändå?",
                "Skriv ändå",
            ):  # fmt: skip
                return "Sammanställningen skrevs inte."
        elif missing:
            names = ", ".join(f"{u.id} {u.name}" for u in missing[:10])
            more = f" och {len(missing) - 10} till" if len(missing) > 10 else ""
            if not ask.confirm(
                self, "Enheter saknas",
                f"{len(missing)} av {len(expected)} enheter saknas – skriva ändå?\n\n"
                f"Saknas: {names}{more}. De står som Saknas i sammanställningen.",
                "Skriv ändå",
            ):  # fmt: skip
                return "Sammanställningen skrevs inte."
        self._start(plan, path, result)
        return ""

    def _start(self, plan: Plan, path: Path, result: CheckResult) -> None:
        previous_path = Path(self.previous.text().strip()) if self.previous.text().strip() else None

        def work(progress: ProgressFn) -> Written:
            previous = read_previous(previous_path) if previous_path is not None else None
            label = previous_path.stem if previous_path is not None else ""
            summary = summarise_result(plan, result, previous=previous, previous_label=label)
            progress(0, 1, path.name)
            written = save_summary(summary, path)
            return Written(summary, written)

        self.services.runner.run("Skriver sammanställningen…", work, self._done)

    def _done(self, written: Written) -> str:
        self.round.set_summary(written.summary, written.path)
        self.services.settings.set_folder("sammanstallning", written.path.parent)
        self.written.emit(written.path)
        answer = self.services.ask.choose(
            self, Kind.INFO, "Sammanställningen är sparad",
            f"Sammanställningen är sparad i {written.path}.",
            ["Öppna sammanställningen", "Öppna mappen", "Stäng"],
        )  # fmt: skip
        if answer in (0, 1):
            open_path(self.services, written.path if answer == 0 else written.path.parent)
        return f"Sammanställningen är sparad: {written.path}"
