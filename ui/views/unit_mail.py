"""E-mail drafts and correction lists for units, from the Inlämning step's table Enheter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.ask import Kind
from ui.drafts import corrections_text, draft_path, reminder_text, write_message
from ui.models import units as um
from ui.views.common import Services, open_path
from vpt.model import Unit

__all__ = ["UnitMail"]


class UnitMail:
    """Reminders to the units that are Saknas; a unit's corrections as text or a draft."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        self.services = services
        self.round = services.round
        self.parent = parent

    def corrections(self, row: um.UnitRow) -> str:
        plan, result = self.round.plan, self.round.result
        unit = plan.unit(row.unit_id) if plan is not None else None
        if unit is None or result is None or not row.file:
            return ""
        return corrections_text(unit, Path(row.file).name, [
            f for f in result.findings if f.file == row.file])  # fmt: skip

    def copy_corrections(self, row: um.UnitRow | None) -> str:
        text = self.corrections(row) if row is not None else ""
        if not text:
            self.services.ask.tell(
                self.parent, Kind.INFO, "Rättelselista",
                "Markera en enhet som har lämnat in en fil i tabellen Enheter.",
            )  # fmt: skip
            return ""
        QGuiApplication.clipboard().setText(text)
        return text

    def choose_corrections_folder(self, row: um.UnitRow | None) -> None:
        if row is None or not self.corrections(row):
            self.copy_corrections(row)  # explains what to select
            return
        folder = QFileDialog.getExistingDirectory(self.parent, "Spara e-postutkastet i")
        if folder:
            self.write_corrections(row, Path(folder))

    def write_corrections(self, row: um.UnitRow, folder: Path) -> Path | None:
        plan = self.round.plan
        unit = plan.unit(row.unit_id) if plan is not None else None
        if plan is None or unit is None:
            return None
        subject = f"Rättelser i uppföljningen av {plan.name}"
        path = draft_path(folder, "Rättelser", unit)
        return self._write_drafts([(path, unit, subject, self.corrections(row))], folder)[0]

    def choose_reminder_folder(self, rows: Sequence[um.UnitRow]) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent, "Spara påminnelserna i")
        if folder:
            self.write_reminders(Path(folder), rows)

    def write_reminders(self, folder: Path, rows: Sequence[um.UnitRow]) -> list[Path]:
        """A reminder draft for every unit that is Saknas."""
        plan, result = self.round.plan, self.round.result
        if plan is None:
            return []
        period_id = (
            result.period_id
            if result is not None
            else (self.round.period_choice or (plan.periods[0].id if plan.periods else ""))
        )
        period = plan.period(period_id)
        deadline: date | None = period.deadline if period is not None else None
        missing = [r for r in rows if r.state == um.MISSING]
        drafts = []
        for row in missing:
            unit = plan.unit(row.unit_id)
            if unit is not None:
                subject, body = reminder_text(plan, period_id, unit, deadline)
                drafts.append((draft_path(folder, "Påminnelse", unit), unit, subject, body))
        if not drafts:
            self.services.ask.tell(self.parent, Kind.INFO, "Påminnelser", "Ingen enhet saknas.")
            return []
        return self._write_drafts(drafts, folder)

    def _write_drafts(
        self, drafts: Sequence[tuple[Path, Unit, str, str]], folder: Path
    ) -> list[Path]:
        created = datetime.now(UTC).replace(microsecond=0)
        written = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for planned, unit, subject, body in drafts:
                # never over an earlier draft: a second reminder gets the time in its name
                path = planned if not planned.exists() else planned.with_name(
                    f"{planned.stem} {created:%Y%m%d-%H%M%S}.eml")  # fmt: skip
                written.append(write_message(path, unit, subject, body, created))
        except OSError as exc:
            self.services.ask.tell(
                self.parent, Kind.ERROR, "E-postutkast",
                f"Utkasten kunde inte sparas i {folder} ({exc.strerror or exc}). Välj en annan "
                "mapp.",
            )  # fmt: skip
            return written
        if self.services.ask.choose(
            self.parent, Kind.INFO, "E-postutkast",
            f"{len(written)} e-postutkast sparades i {folder}. Öppna dem i e-postprogrammet och "
            "skicka dem.", ["Öppna mappen", "Stäng"],
        ) == 0:  # fmt: skip
            open_path(self.services, folder)
        return written
