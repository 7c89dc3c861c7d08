"""Anmärkningar (in the Inlämning step): every finding of the check, filtered, sorted, exported.

The words are those of the summary's Fynd sheet; double-click opens the returned file in the
spreadsheet program; the file name is shortened in the middle, the whole path is its tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.ask import Kind
from ui.export import export_findings
from ui.models import findings as fm
from ui.views.common import Services, open_path
from vpt.findings import Finding, Severity

__all__ = ["FindingsPanel", "source_file"]


def source_file(name: str) -> Path:
    """The file on disk behind a finding's file: the e-mail for an attachment."""
    return Path(name.split(" › ", 1)[0])


class FindingsPanel(QWidget):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.period_name = ""
        self.findings = fm.FindingsModel()
        self.view = QTableView()
        self.view.setModel(self.findings)
        self.view.setAccessibleName("Anmärkningar")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(fm.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(fm.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((fm.COL_SEVERITY, 90), (fm.COL_UNIT, 150), (fm.COL_FILE, 170),
                              (fm.COL_PLACE, 110)):  # fmt: skip
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(self._double_clicked)
        self.unit_filter = QComboBox()
        self.unit_filter.setAccessibleName("Visa enhet")
        self.unit_filter.currentIndexChanged.connect(self._filter_changed)
        self.severity_boxes = {
            s: QCheckBox(s.label.capitalize())
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        }
        for box in self.severity_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._filter_changed)
        export_button = QPushButton("&Exportera…")
        export_button.setToolTip("Sparar anmärkningarna som visas som arbetsbok (bladet Fynd).")
        export_button.clicked.connect(self._choose_export)
        self.count_label = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Enhet:"))
        filters.addWidget(self.unit_filter, 1)
        for box in self.severity_boxes.values():
            filters.addWidget(box)
        filters.addWidget(export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count_label)

    def show_findings(
        self, findings: Sequence[Finding], labels: Mapping[str, str], period_name: str
    ) -> None:
        """Show ``findings``; ``labels`` names the unit of each returned file."""
        self.period_name = period_name
        self.findings.set_rows(findings, labels)
        self.detail.clear()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem("Alla enheter", "")
        for label in sorted({v for v in labels.values() if v}):
            self.unit_filter.addItem(label, label)
        self.unit_filter.blockSignals(False)
        self._count()

    def _filter_changed(self) -> None:
        self.findings.set_unit(str(self.unit_filter.currentData() or ""))
        self.findings.set_severities({s for s, b in self.severity_boxes.items() if b.isChecked()})
        self._count()

    def _count(self) -> None:
        total, shown = self.findings.total, self.findings.rowCount()
        self.count_label.setText(
            f"Visar {shown} av {total} anmärkningar. Dubbelklicka för att öppna filen."
            if total else "Inga anmärkningar."
        )  # fmt: skip

    def _show_detail(self, current: QModelIndex) -> None:
        """The whole message of the chosen finding, with its place and file, below the table."""
        if not current.isValid() or current.row() >= self.findings.rowCount():
            self.detail.clear()
            return
        finding = self.findings.finding(current.row())
        place = f" [{finding.place}]" if finding.place else ""
        self.detail.setText(
            f"{finding.severity.label.capitalize()}{place}: {finding.message}\n{finding.file}"
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        finding = self.findings.finding(index.row())
        if finding.file:
            open_path(self.services, source_file(finding.file))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Exportera anmärkningar",
            str(Path(self.services.settings.folder("sammanstallning")) / "Anmärkningar.xlsx"),
            "Excel-arbetsbok (*.xlsx)",
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export the findings shown (the filters apply) to a workbook, off the GUI thread."""
        rows, name = self.findings.shown(), self.period_name
        if self.services.round.reads(path):
            self.services.ask.tell(
                self, Kind.ERROR, "Anmärkningar",
                f"{path.name} är en av filerna som vpt läser. vpt skriver aldrig över den; välj "
                "ett annat filnamn.",
            )  # fmt: skip
            return

        def done(written: Path) -> str:
            if self.services.ask.choose(
                self, Kind.INFO, "Anmärkningar", f"{len(rows)} anmärkningar sparades i {written}.",
                ["Öppna arbetsboken", "Stäng"],
            ) == 0:  # fmt: skip
                open_path(self.services, written)
            return f"Anmärkningarna är sparade: {written}"

        self.services.runner.run(
            "Sparar anmärkningarna…", lambda progress: export_findings(rows, path, name), done
        )
