"""The main window: open a plan, generate the workbooks, drop the returns, write the summary.

Every action has a method that takes its paths directly (``load_plan``, ``generate_to``,
``add_returns``, ``check``, ``consolidate_to``), so the dialogs are thin and the window can be
driven by tests and by drag and drop alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.findings_model import COL_FILE, COL_MESSAGE, FindingsModel
from ui.jobs import Job, Progress, start
from vpt.consolidate import consolidate
from vpt.demo import DemoResult, run_demo
from vpt.findings import Finding, Report
from vpt.generate.run import generate
from vpt.model import Plan
from vpt.planbook import read_plan
from vpt.planbook.summary import summarise
from vpt.read import check_returns
from vpt.read.results import CheckResult

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """One window for the whole round: plan, utskick, inläsning, sammanställning."""

    show_dialogs = True  # tests drive the window without modal dialogs

    plan_loaded = Signal(object)
    job_done = Signal(str)
    job_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("vpt – uppföljning av verksamhetsplan")
        self.setAcceptDrops(True)
        self.resize(1100, 720)
        self.plan: Plan | None = None
        self.plan_path: Path | None = None
        self.returns: list[Path] = []
        self.result: CheckResult | None = None
        self._pending: list[Finding] | None = None
        self._job: Job | None = None
        self._after: Callable[[], None] | None = None
        self.findings = FindingsModel()
        self._build()
        self._update_actions()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.plan_label = QLabel("Ingen plan öppnad. Välj ”Öppna plan…” för att börja.")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton("Öppna plan…")
        open_button.clicked.connect(self._choose_plan)
        demo_button = QPushButton("Prova med exempeldata…")
        demo_button.setToolTip(
            "Kör ett helt uppföljningsvarv på en exempelplan: utskick, ifyllda svar med vanliga "
            "misstag, kontroll och sammanställning."
        )
        demo_button.clicked.connect(self._choose_demo_folder)

        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Period")
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.eml_box = QCheckBox("Skapa e-postutkast till enheterna")
        self.generate_button = QPushButton("Skapa arbetsböcker…")
        self.generate_button.clicked.connect(self._choose_generate_folder)

        self.returns_list = QListWidget()
        self.returns_list.setAccessibleName("Inlämnade filer")
        add_button = QPushButton("Lägg till svar…")
        add_button.clicked.connect(self._choose_returns)
        self.check_button = QPushButton("Kontrollera svar")
        self.check_button.clicked.connect(self.check)
        self.consolidate_button = QPushButton("Skriv sammanställning…")
        self.consolidate_button.clicked.connect(self._choose_summary)

        self.table = QTableView()
        self.table.setModel(self.findings)
        self.table.setAccessibleName("Anmärkningar")
        self.table.horizontalHeader().setSectionResizeMode(
            COL_MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_FILE, QHeaderView.ResizeMode.ResizeToContents
        )

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)

        top = QHBoxLayout()
        top.addWidget(self.plan_label, 1)
        top.addWidget(open_button)
        top.addWidget(demo_button)
        send = QHBoxLayout()
        send.addWidget(QLabel("Period:"))
        send.addWidget(self.period_box)
        send.addWidget(self.eml_box)
        send.addStretch(1)
        send.addWidget(self.generate_button)
        receive = QHBoxLayout()
        receive.addWidget(add_button)
        receive.addWidget(self.check_button)
        receive.addStretch(1)
        receive.addWidget(self.consolidate_button)

        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addLayout(send)
        layout.addWidget(
            QLabel("Inlämnade filer (dra och släpp arbetsböcker, mappar eller e-post hit):")
        )
        layout.addWidget(self.returns_list, 1)
        layout.addLayout(receive)
        layout.addWidget(QLabel("Anmärkningar:"))
        layout.addWidget(self.table, 2)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def _update_actions(self) -> None:
        has_plan = self.plan is not None
        self.generate_button.setEnabled(has_plan and self.period_box.count() > 0)
        self.check_button.setEnabled(has_plan and bool(self.returns))
        self.consolidate_button.setEnabled(has_plan and bool(self.returns))

    # -- plan -----------------------------------------------------------------------------

    def _choose_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Öppna plan", "", "Planbok (*.xlsx *.xlsm *.ods);;Alla filer (*)"
        )
        if path:
            self.load_plan(Path(path))

    def load_plan(self, path: Path) -> None:
        """Read and check a plan; show its summary and findings."""
        plan, report = read_plan(path)
        self.findings.set_rows(report.sorted())
        self.plan, self.plan_path = plan, path
        self.period_box.clear()
        if plan is None:
            self.plan_label.setText(
                f"{path.name} går inte att använda som plan. Se anmärkningarna."
            )
        else:
            summary = "\n".join(summarise(plan).lines())
            errors = len(report.errors)
            note = f"\n{errors} fel i planen: rätta dem innan utskicket." if errors else ""
            self.plan_label.setText(summary + note)
            for period in plan.periods:
                self.period_box.addItem(f"{period.name} ({period.id})", period.id)
        self._update_actions()
        self.plan_loaded.emit(plan)

    @property
    def period_id(self) -> str:
        return str(self.period_box.currentData() or "")

    # -- generate -------------------------------------------------------------------------

    def _choose_generate_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Välj mapp för arbetsböckerna")
        if folder:
            self.generate_to(Path(folder))

    def generate_to(self, folder: Path) -> None:
        plan, period_id, eml = self.plan, self.period_id, self.eml_box.isChecked()
        if plan is None:
            return

        def work(progress: Progress) -> str:
            result = generate(plan, period_id, folder, eml=eml, progress=progress)
            self._show_later(result.report)
            return f"Skapade {len(result.files)} arbetsböcker i {folder}."

        self._run(work, "Skapar arbetsböcker…")

    # -- returns --------------------------------------------------------------------------

    def _choose_returns(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Välj inlämnade arbetsböcker eller e-post",
            "",
            "Arbetsböcker och e-post (*.xlsx *.xlsm *.ods *.eml);;Alla filer (*)",
        )
        self.add_returns([Path(p) for p in paths])

    def add_returns(self, paths: Sequence[Path]) -> None:
        for path in paths:
            if path not in self.returns:
                self.returns.append(path)
                self.returns_list.addItem(str(path))
        self._update_actions()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_returns(paths)
        event.acceptProposedAction()

    def check(self) -> None:
        plan, period_id, inputs = self.plan, self.period_id, list(self.returns)
        if plan is None:
            return

        def work(progress: Progress) -> str:
            result = self._checked(plan, inputs, period_id, progress)
            accepted = sum(1 for f in result.files if f.accepted)
            return f"Läste {len(result.files)} filer, {accepted} godtagna, {len(result.findings)} anmärkningar."

        self._run(work, "Kontrollerar svaren…")

    def _choose_summary(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Spara sammanställning", "sammanstallning.xlsx", "Excel-arbetsbok (*.xlsx)"
        )
        if path:
            self.consolidate_to(Path(path))

    def consolidate_to(self, path: Path) -> None:
        plan, period_id, inputs = self.plan, self.period_id, list(self.returns)
        if plan is None:
            return

        def work(progress: Progress) -> str:
            result = self._checked(plan, inputs, period_id, progress)
            written = consolidate(plan, result, path)
            return f"Sammanställningen är sparad: {written}"

        self._run(work, "Skriver sammanställningen…")

    def _checked(
        self, plan: Plan, inputs: Sequence[Path], period_id: str, progress: Progress
    ) -> CheckResult:
        """Check the returns (in a job), keep the result and show its findings when done."""
        result = check_returns(plan, inputs, period_id=period_id or None, progress=progress)
        self.result = result
        self._show_later(result.findings)
        return result

    # -- demo -----------------------------------------------------------------------------

    def _choose_demo_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Välj en tom mapp för exemplet")
        if folder:
            self.run_demo(Path(folder))

    def run_demo(self, folder: Path) -> None:
        """Run the demo round in ``folder``, then show its plan, returns and findings here."""
        done: list[DemoResult] = []

        def work(progress: Progress) -> str:
            result = run_demo(folder)
            done.append(result)
            self._show_later(result.findings)
            return f"Exemplet är klart. Sammanställningen: {result.summary}"

        def show() -> None:
            result = done[0]
            self.load_plan(result.plan)
            self.returns.clear()
            self.returns_list.clear()
            self.add_returns([result.returns])
            self.findings.set_rows(Report(result.findings).sorted())

        self._run(work, "Kör exemplet…", after=show)

    # -- running jobs ---------------------------------------------------------------------

    def _show_later(self, findings: Report | Sequence[Finding]) -> None:
        self._pending = list(Report(findings).sorted())

    def _run(
        self, work: Callable[[Progress], Any], busy: str, *, after: Callable[[], None] | None = None
    ) -> None:
        """Run ``work`` in the thread pool; ``after`` runs here, in the GUI thread, on success."""
        self._pending = None
        self._after = after
        self.statusBar().showMessage(busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.setEnabled(False)
        job = Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job  # keep the signals alive until the job is done
        start(job)

    def _on_progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        self.progress.setVisible(False)
        self.setEnabled(True)
        self._update_actions()
        if self._pending is not None:
            self.findings.set_rows(self._pending)

    def _on_finished(self, message: object) -> None:
        self._end()
        if self._after is not None:
            self._after()
        self.statusBar().showMessage(str(message))
        self.job_done.emit(str(message))

    def _on_failed(self, message: str) -> None:
        self._end()
        self.statusBar().showMessage(message)
        self.job_failed.emit(message)
        if self.show_dialogs:
            QMessageBox.warning(self, "vpt", message)
