"""Steg 2, Utskick: period, units, sista svarsdag, folder, e-mail drafts, föregående sammanställning.

Generating never writes over a returned or filled-in workbook: the folder is inspected first
(:func:`vpt.generate.inspect_output`); when it holds earlier files the user is told what would be
replaced and what is kept, and returned workbooks are always kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ask import Kind
from ui.jobs import ProgressFn
from ui.views.common import Banner, Services, choose_previous_summary, open_path, period_label
from vpt.consolidate import read_previous, values_for_unit
from vpt.generate import OutputInspection, inspect_output
from vpt.generate.run import GenerateResult, generate
from vpt.model import Plan

__all__ = ["BATCH", "Order", "SendView"]

BATCH = 64
"""Units per call of generate: cancelling waits at most for one batch (a few seconds). Each call
starts its own worker processes, which costs about a second on Windows, so batches are not small."""

_LISTED = 12  # file names listed in a question before "… och N till"


@dataclass(frozen=True)
class Order:
    """What the user asked to generate."""

    plan: Plan
    period_id: str
    units: list[str]
    folder: Path
    deadline: date | None
    eml: bool
    previous: Path | None


@dataclass
class Generated:
    result: GenerateResult = field(default_factory=GenerateResult)
    kept: list[Path] = field(default_factory=list)


def _names(paths: list[Path]) -> str:
    shown = [f"  • {p.name}" for p in paths[:_LISTED]]
    if len(paths) > _LISTED:
        shown.append(f"  … och {len(paths) - _LISTED} till")
    return "\n".join(shown)


class SendView(QWidget):
    generated = Signal(object)  # GenerateResult

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.round = services.round
        self.banner = Banner()
        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Period")
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.units = QListWidget()
        self.units.setAccessibleName("Enheter")
        all_button = QPushButton("Markera &alla")
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton("Avmarkera alla")
        none_button.clicked.connect(lambda: self._check_all(False))
        self.deadline_box = QCheckBox("Sista svarsdag:")
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline_box.toggled.connect(self.deadline.setEnabled)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText("Mappen där arbetsböckerna sparas")
        folder_button = QPushButton("Välj &mapp…")
        folder_button.clicked.connect(self._choose_folder)
        self.eml_box = QCheckBox("Skapa e-postutkast (.eml) med arbetsboken bifogad")
        self.eml_box.setChecked(True)
        self.previous = QLineEdit()
        self.previous.setPlaceholderText(
            "Valfritt: förra periodens sammanställning, för att fylla i föregående utfall"
        )
        previous_button = QPushButton("Välj…")
        previous_button.clicked.connect(self._choose_previous)
        self.generate_button = QPushButton("&Skapa arbetsböcker")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self._generate_clicked)
        self.open_button = QPushButton("Öppna mappen")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_folder)

        intro = QLabel(
            "Skapa en arbetsbok per enhet för perioden. Skicka dem till enheterna (gärna med "
            "e-postutkasten); enheterna fyller i dem och skickar tillbaka dem."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Period:", self.period_box)
        form.addRow(self.deadline_box, self.deadline)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(folder_button)
        form.addRow("Spara i:", folder_row)
        form.addRow("", self.eml_box)
        previous_row = QHBoxLayout()
        previous_row.addWidget(self.previous, 1)
        previous_row.addWidget(previous_button)
        form.addRow("Föregående:", previous_row)
        unit_buttons = QHBoxLayout()
        unit_buttons.addWidget(all_button)
        unit_buttons.addWidget(none_button)
        unit_buttons.addStretch(1)
        unit_box = QVBoxLayout()
        unit_box.addWidget(QLabel("Enheter som får en arbetsbok:"))
        unit_box.addWidget(self.units, 1)
        unit_box.addLayout(unit_buttons)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(unit_box, 2)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.generate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(actions)
        self._last_folder: Path | None = None
        self.round.plan_changed.connect(self._show_plan)
        self._show_plan()

    # -- showing --------------------------------------------------------------------------

    def _show_plan(self) -> None:
        plan = self.round.plan
        self.period_box.clear()
        self.units.clear()
        blocked = self.round.plan_blocked
        self.banner.show_problem(blocked)
        self.generate_button.setEnabled(not blocked)
        if plan is None:
            return
        for period in plan.periods:
            self.period_box.addItem(period_label(period.id, period.name), period.id)
        for unit in plan.units:
            item = QListWidgetItem(f"{unit.id} {unit.name}")
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(item)
        if self.round.plan_path is not None and not self.folder.text():
            base = Path(self.services.settings.folder("utskick"))
            self.folder.setText(str(base / f"Utskick {plan.name}"[:80]))

    def _period_changed(self) -> None:
        plan = self.round.plan
        period = plan.period(self.period_id) if plan is not None else None
        deadline = period.deadline if period is not None else None
        self.deadline_box.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None)
        if deadline is not None:
            self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for n in range(self.units.count()):
            self.units.item(n).setCheckState(state)

    @property
    def period_id(self) -> str:
        return str(self.period_box.currentData() or "")

    def chosen_units(self) -> list[str]:
        return [
            str(self.units.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.units.count())
            if self.units.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_units(self, unit_ids: list[str]) -> None:
        for n in range(self.units.count()):
            item = self.units.item(n)
            wanted = item.data(Qt.ItemDataRole.UserRole) in unit_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    # -- choosing -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Välj mapp för arbetsböckerna", self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def _choose_previous(self) -> None:
        path = choose_previous_summary(self, self.services)
        if path:
            self.previous.setText(path)

    def _generate_clicked(self) -> None:
        if not self.folder.text().strip():
            self._choose_folder()
        if self.folder.text().strip():
            self.generate_to(Path(self.folder.text().strip()))

    def _open_folder(self) -> None:
        if self._last_folder is not None:
            open_path(self.services, self._last_folder)

    # -- generating -----------------------------------------------------------------------

    def generate_to(self, folder: Path) -> None:
        """Inspect ``folder``, ask if it holds earlier files, then generate off the GUI thread."""
        blocked = self.round.plan_blocked
        plan = self.round.plan
        if blocked or plan is None:
            self.services.ask.tell(self, Kind.WARNING, "Utskick", blocked)
            return
        units = self.chosen_units()
        if not units:
            self.services.ask.tell(
                self, Kind.WARNING, "Utskick", "Markera minst en enhet att skapa arbetsbok för."
            )
            return
        self.folder.setText(str(folder))
        qdate = self.deadline.date()
        order = Order(
            plan, self.period_id, units, folder,
            date(qdate.year(), qdate.month(), qdate.day()) if self.deadline_box.isChecked()
            else None,
            self.eml_box.isChecked(),
            Path(self.previous.text().strip()) if self.previous.text().strip() else None,
        )  # fmt: skip

        def inspect(progress: ProgressFn) -> OutputInspection:
            return inspect_output(folder, plan, order.period_id, units, eml=order.eml)

        self.services.runner.run(
            "Ser efter vad mappen redan innehåller…", inspect, lambda i: self._confirm(order, i)
        )

    def _confirm(self, order: Order, inspection: OutputInspection) -> str:
        protected = sorted(inspection.protected)
        replaceable = sorted(inspection.replaceable)
        if inspection.needs_confirmation:
            text = f"Mappen {order.folder} innehåller redan filer som vpt måste ta hänsyn till."
            details = []
            if replaceable:
                details.append(
                    f"Ersätts med nya (tomma arbetsböcker och utkast som vpt skapat, ännu inte "
                    f"ifyllda), {len(replaceable)} st.:\n{_names(replaceable)}"
                )
            if protected:
                why = [f"  • {p.path.name} – {p.reason}" for p in inspection.why[:_LISTED]]
                if len(protected) > _LISTED:
                    why.append(f"  … och {len(protected) - _LISTED} till")
                details.append(
                    f"Behålls orörda, {len(protected)} st. (vpt skriver aldrig över en ifylld "
                    "eller inlämnad arbetsbok; en ny arbetsbok som skulle få samma namn får ett "
                    "eget namn):\n" + "\n".join(why)
                )
            yes = "Skapa och ersätt de tomma" if replaceable else "Skapa arbetsböckerna"
            answer = self.services.ask.choose(
                self, Kind.QUESTION, "Mappen är inte tom", text, [yes, "Avbryt"],
                details="\n\n".join(details),
            )  # fmt: skip
            if answer != 0:
                return "Utskicket avbröts; mappen är orörd."
        self._start(order)
        return ""

    def _start(self, order: Order) -> None:
        # The user has seen the inspection (or it found nothing to replace). ``force`` lets
        # generate replace only vpt's own blank workbooks; a filled or returned one is always
        # kept, also when it turned up since the inspection or a later batch lands on it.
        def work(progress: ProgressFn) -> GenerateResult:
            by_unit = None
            if order.previous is not None:
                previous = read_previous(order.previous)
                by_unit = {u: values_for_unit(previous, u) for u in order.units}
            total = GenerateResult()
            for start in range(0, len(order.units), BATCH):
                batch = order.units[start : start + BATCH]

                def step(done: int, _total: int, unit: str, offset: int = start) -> None:
                    progress(offset + done, len(order.units), unit)

                part = generate(
                    order.plan, order.period_id, order.folder, units=batch,
                    deadline=order.deadline, eml=order.eml, progress=step,
                    previous_by_unit=by_unit, force=True,
                )  # fmt: skip
                total.files.extend(part.files)
                total.report.extend(part.report)
            return total

        self.services.runner.run("Skapar arbetsböcker…", work, lambda r: self._done(order, r))

    def _done(self, order: Order, result: GenerateResult) -> str:
        self._last_folder = order.folder
        self.open_button.setEnabled(True)
        self.services.settings.set_folder("utskick", order.folder.parent)
        problems = [f.message for f in result.report.sorted()]
        text = f"Skapade {len(result.files)} arbetsböcker i {order.folder}."
        if order.eml:
            drafts = sum(1 for f in result.files if f.draft is not None)
            text += f" {drafts} e-postutkast ligger bredvid dem."
        status = text + " Nästa steg: 3 Inlämning, när svaren kommer."
        missing = len(order.units) - len(result.files)
        title = "Utskicket är klart"
        if result.report.has_errors:
            title = "Utskicket blev inte helt klart"
            text = (
                f"{missing} av {len(order.units)} arbetsböcker kunde inte skrivas; se nedan. "
                + text
            )
            status = text
        self.generated.emit(result)
        answer = self.services.ask.choose(
            self, Kind.WARNING if result.report.has_errors else Kind.INFO, title,
            text, ["Öppna mappen", "Stäng"], details="\n".join(problems[:_LISTED]),
        )  # fmt: skip
        if answer == 0:
            open_path(self.services, order.folder)
        return status
