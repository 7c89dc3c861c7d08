"""The report to the nämnd from the Sammanställning step: choose where, optional template, write.

The report is written by :func:`vpt.report.write_report` as a job off the GUI thread; a refusal
or an unreadable summary or template comes back as the engine's Swedish message (an error dialog
from the main window), never as a success line. The summary and the template are only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from ui.ask import Kind
from ui.jobs import ProgressFn
from ui.views.common import Services, open_path
from vpt.report import write_report

__all__ = ["ReportMaker", "report_name"]

WORD_FILTER = "Word-dokument (*.docx)"
TEMPLATE_FILTER = "Word-dokument eller Word-mall (*.docx *.dotx)"
SUMMARY_FILTER = "Excel-arbetsbok (*.xlsx)"


def report_name(summary: Path) -> str:
    """ "Sammanställning T1.xlsx" -> "Rapport T1.docx"; any other name gets "Rapport " before it."""
    stem = summary.stem
    head = "Sammanställning"
    if stem.lower().startswith(head.lower()):
        rest = stem[len(head) :].strip(" -_")
        return f"Rapport {rest}.docx" if rest else "Rapport.docx"
    return f"Rapport {stem}.docx"


class ReportMaker(QObject):
    """The template field and the "Skapa rapport…" button, and the writing behind them."""

    written = Signal(object)  # Path of the report

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.template = QLineEdit()
        self.template.setPlaceholderText(
            "Valfritt: regionens Word-mall (.docx) med sidhuvud, logga och format för rapporten"
        )
        self.template.setAccessibleName("Mall för rapporten")
        remembered = services.settings.report_template()
        if remembered is not None:
            self.template.setText(str(remembered))
        self.template_button = QPushButton("Välj…")
        self.template_button.setAccessibleName("Välj mall för rapporten")
        self.template_button.clicked.connect(self.choose_template)
        self.create_button = QPushButton("Skapa &rapport…")
        self.create_button.setToolTip(
            "Skriver ett utkast till uppföljningsrapporten i Word ur sammanställningen."
        )
        self.create_button.clicked.connect(self.create_clicked)

    def template_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.template_button)
        return row

    # -- choosing -------------------------------------------------------------------------

    def choose_template(self) -> None:
        current = self.template.text().strip()
        start = Path(current).parent if current else Path(self.services.settings.folder("rapport"))
        path = self.services.ask.open_file(
            self.services.window, "Mall för rapporten", start, TEMPLATE_FILTER
        )
        if path is not None:
            self.template.setText(str(path))

    def create_clicked(self) -> None:
        """Report from the summary written in this round (the step's button)."""
        summary = self.services.round.summary_path
        if summary is not None:
            self.create_from(summary)

    def create_from_file(self) -> None:
        """Report from a summary workbook chosen on disk (Arkiv › Skapa rapport från …)."""
        start = Path(self.services.settings.folder("sammanstallning"))
        summary = self.services.ask.open_file(
            self.services.window, "Skapa rapport från sammanställning", start, SUMMARY_FILTER
        )
        if summary is not None:
            self.create_from(summary)

    def create_from(self, summary: Path) -> None:
        """Ask where to save the report (beside the summary by default), then write it."""
        out = self.services.ask.save_file(
            self.services.window, "Spara rapporten", summary.parent / report_name(summary),
            WORD_FILTER,
        )  # fmt: skip
        if out is None:
            return
        if not out.suffix:
            out = out.with_suffix(".docx")
        self.write(summary, out)

    # -- writing --------------------------------------------------------------------------

    def write(self, summary: Path, out: Path) -> bool:
        """Write the report of ``summary`` to ``out`` off the GUI thread (False while busy)."""
        text = self.template.text().strip()
        template = Path(text) if text else None
        if template is not None and not template.is_file():
            self.services.ask.tell(
                self.services.window, Kind.ERROR, "Rapport",
                f"Mallen {template} finns inte. Välj en annan mall eller töm fältet Mall "
                "för att skriva rapporten utan mall.",
            )  # fmt: skip
            return False

        def work(progress: ProgressFn) -> Path:
            return write_report(summary, out, template=template, progress=progress)

        def done(path: Path) -> str:
            settings = self.services.settings
            settings.set_folder("rapport", path.parent)
            settings.set_report_template(template)
            self.written.emit(path)
            answer = self.services.ask.choose(
                self.services.window, Kind.INFO, "Rapporten är sparad",
                f"Rapporten är sparad i {path}. Den är ett utkast: läs igenom den och skriv "
                "bedömningen där det står [Skriv … bedömning här].",
                ["Öppna rapporten", "Öppna mappen", "Stäng"],
            )  # fmt: skip
            if answer in (0, 1):
                open_path(self.services, path if answer == 0 else path.parent)
            return f"Rapporten är sparad: {path}"

        return self.services.runner.run("Skriver rapporten…", work, done)
