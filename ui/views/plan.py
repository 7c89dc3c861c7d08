"""Steg 1, Plan: open a plan (dialog, drop, recent, blank, example), see how vpt reads it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.ask import Kind
from ui.jobs import ProgressFn
from ui.models.findings import COL_FILE, COL_MESSAGE, COL_PLACE, COL_UNIT, FindingsModel
from ui.views.common import Banner, Services, open_path
from vpt.demo import DemoResult, examples_dir, run_demo
from vpt.findings import Report
from vpt.model import Plan
from vpt.planbook import read_plan, write_plan
from vpt.planbook.reading import reading
from vpt.planbook.summary import summarise
from vpt.planbook.writer import blank_plan

__all__ = ["PLAN_FILTER", "PlanView", "examples"]

PLAN_FILTER = "Planbok (*.xlsx *.xlsm *.ods);;Alla filer (*)"


def examples() -> list[Path]:
    """The example plans shipped with vpt (beside the packages, or in the bundle)."""
    return sorted(examples_dir().glob("*.xlsx"))


class PlanView(QWidget):
    opened = Signal()  # a plan was read (also a broken one)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.round = services.round
        open_button = QPushButton("&Öppna plan…")
        open_button.clicked.connect(self.choose_plan)
        new_button = QPushButton("&Ny tom plan…")
        new_button.setToolTip(
            "Skriv en tom planbok med instruktioner och exempelrader att fylla i."
        )
        new_button.clicked.connect(self.choose_new_plan)
        self.example_button = QToolButton()
        self.example_button.setText("Öppna &exempel")
        self.example_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.example_button)
        for path in examples():
            action = menu.addAction(path.stem)
            action.triggered.connect(lambda _checked=False, p=path: self.load_plan(p))
        self.example_button.setMenu(menu)
        self.example_button.setEnabled(bool(examples()))
        edit_button = QPushButton("Öppna planboken i kalkylprogrammet")
        edit_button.clicked.connect(self._open_in_spreadsheet)
        self.edit_button = edit_button

        self.summary = QLabel(
            "Ingen plan är öppnad. Öppna en planbok, dra den hit, skapa en ny tom plan eller "
            "prova med ett exempel."
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = Banner()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Mål och indikatorer", "Målvärde", "Så läser vpt målvärdet"])
        self.tree.setAccessibleName("Målträd")
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 440)
        self.tree.header().resizeSection(1, 170)

        self.findings = FindingsModel()
        self.findings_view = QTableView()
        self.findings_view.setModel(self.findings)
        self.findings_view.setAccessibleName("Anmärkningar på planen")
        self.findings_view.setColumnHidden(COL_UNIT, True)
        self.findings_view.setColumnHidden(COL_FILE, True)
        header = self.findings_view.horizontalHeader()
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.ResizeToContents)
        self.findings_view.verticalHeader().setVisible(False)
        self.findings_view.setWordWrap(True)
        self.findings_view.doubleClicked.connect(self._open_in_spreadsheet)

        buttons = QHBoxLayout()
        for widget in (open_button, new_button, self.example_button, edit_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_label = QLabel("Anmärkningar på planen (blad och cell i planboken):")
        lower_layout.addWidget(self.findings_label)
        lower_layout.addWidget(self.findings_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.round.plan_changed.connect(self._show)
        self._show()

    # -- actions --------------------------------------------------------------------------

    def choose_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Öppna plan", self.services.settings.folder("plan"), PLAN_FILTER
        )
        if path:
            self.load_plan(Path(path))

    def choose_new_plan(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Ny tom plan",
            str(Path(self.services.settings.folder("plan")) / "Verksamhetsplan.xlsx"),
            "Excel-arbetsbok (*.xlsx)",
        )
        if path:
            self.new_plan(Path(path))

    def new_plan(self, path: Path) -> None:
        """Write a blank plan workbook (never over an existing file), then open it."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.exists():
            self.services.ask.tell(
                self, Kind.WARNING, "Ny tom plan",
                f"{path.name} finns redan. Välj ett annat namn; vpt skriver aldrig över en plan.",
            )  # fmt: skip
            return

        def work(progress: ProgressFn) -> tuple[Plan | None, Report]:
            write_plan(blank_plan(), path)
            return read_plan(path)

        self._read(path, work, "Skriver en tom plan…")

    def load_plan(self, path: Path) -> None:
        """Read and check a plan off the GUI thread; ask first if returns would be dropped."""
        if not self._may_drop_returns():
            return
        self._read(path, lambda progress: read_plan(path), "Läser planen…")

    def choose_demo(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Välj en tom mapp för exemplet", self.services.settings.folder("utskick")
        )
        if folder:
            self.run_demo(Path(folder))

    def run_demo(self, folder: Path) -> None:
        """A whole round on an example plan in ``folder``; then its plan and returns are open."""
        if not self._may_drop_returns():
            return

        def work(progress: ProgressFn) -> tuple[DemoResult, Plan | None, Report]:
            demo = run_demo(folder)
            plan, report = read_plan(demo.plan)
            return demo, plan, report

        def done(made: tuple[DemoResult, Plan | None, Report]) -> str:
            demo, plan, report = made
            self.round.set_plan(demo.plan, plan, report.sorted())
            self.round.add_returns([demo.returns])
            self.opened.emit()
            return (
                f"Exemplet ligger i {folder}: utskick, inlämnade svar med vanliga misstag och en "
                "sammanställning. Välj ”Kontrollera svaren” i steget 3 Inlämning."
            )

        self.services.runner.run("Kör ett helt varv med exempeldata…", work, done)

    def _may_drop_returns(self) -> bool:
        return not self.round.returns or self.services.ask.confirm(
            self, "Öppna en annan plan",
            f"Listan över inlämnade filer ({len(self.round.returns)} st.) gäller den öppna "
            "planen och töms när en annan plan öppnas. Filerna själva rörs inte.",
            "Öppna ändå",
        )  # fmt: skip

    def _read(self, path: Path, work: object, label: str) -> None:
        def done(read: tuple[Plan | None, Report]) -> str:
            plan, report = read
            self.round.set_plan(path, plan, report.sorted())
            self.services.settings.add_recent_plan(path)
            self.services.settings.set_folder("plan", path.parent)
            self.opened.emit()
            if plan is None:
                return f"{path.name} går inte att använda som plan."
            if self.round.plan_blocked:
                return f"Planen {plan.name} är öppnad men har fel; se anmärkningarna."
            return f"Planen {plan.name} är öppnad. Nästa steg: 2 Utskick."

        self.services.runner.run(label, work, done)  # type: ignore[arg-type]

    def _open_in_spreadsheet(self) -> None:
        if self.round.plan_path is not None:
            open_path(self.services, self.round.plan_path)

    # -- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        plan, path, report = self.round.plan, self.round.plan_path, self.round.plan_report
        self.findings.set_rows(list(report))
        self.edit_button.setEnabled(path is not None)
        self.findings_view.setVisible(bool(len(report)))
        self.findings_label.setVisible(path is not None)
        self.findings_label.setText(
            f"Anmärkningar på planen ({len(report)} st., blad och cell i planboken; dubbelklicka "
            "för att öppna planboken):" if len(report) else "Inga anmärkningar på planen."
        )  # fmt: skip
        self.tree.clear()
        if path is None:
            self.banner.show_problem("")
            return
        if plan is None:
            self.summary.setText(f"{path.name} går inte att använda som plan.")
        else:
            self.summary.setText(f"{path.name}: " + " · ".join(summarise(plan).lines()))
            self._fill_tree(plan)
        self.banner.show_problem(self.round.plan_blocked)

    def _fill_tree(self, plan: Plan) -> None:
        items: dict[str, QTreeWidgetItem] = {}
        for goal, _depth in plan.walk():
            parent = items.get(goal.parent_id or "")
            label = f"{plan.level_name(goal.id)} {goal.id}: {goal.title}"
            item = QTreeWidgetItem([label])
            item.setToolTip(0, goal.description or label)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[goal.id] = item
            for indicator in plan.indicators_of(goal.id):
                text = reading(plan, indicator)
                child = QTreeWidgetItem(
                    [f"• {indicator.id} {indicator.name}", indicator.target, text]
                )
                child.setToolTip(0, indicator.description or indicator.name)
                child.setToolTip(2, text)
                item.addChild(child)
        self.tree.expandAll()
