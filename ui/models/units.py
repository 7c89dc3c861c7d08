"""The Inlämning table: one row per unit of the plan, what came back from it and what is wrong.

:func:`unit_rows` turns a plan and a check result into plain rows (tested without Qt models);
:class:`UnitsModel` shows them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.models.colours import background, foreground
from ui.models.table import RowsModel
from vpt.findings import Severity
from vpt.model import Plan
from vpt.read.check import expected_units
from vpt.read.results import CheckResult, ReturnedFile, Submission

__all__ = [
    "COL_ERRORS",
    "COL_FILE",
    "COL_RECEIVED",
    "COL_STATE",
    "COL_UNIT",
    "COL_WARNINGS",
    "Prepared",
    "UnitRow",
    "UnitsModel",
    "prepare",
    "unit_rows",
]

COL_UNIT, COL_STATE, COL_FILE, COL_RECEIVED, COL_ERRORS, COL_WARNINGS = range(6)
HEADERS = ("Enhet", "Inlämning", "Fil", "Mottagen", "Fel", "Varningar")

RECEIVED, MISSING, DUPLICATE, REJECTED, WRONG_PERIOD, NOT_ASKED = (
    "Mottagen", "Saknas", "Dubblett", "Avvisad", "Fel period", "Inget att följa upp",
)  # fmt: skip
_PAINT = {
    RECEIVED: "accepted", MISSING: "missing", DUPLICATE: "duplicate", REJECTED: "rejected",
    WRONG_PERIOD: "rejected", NOT_ASKED: "none",
}  # fmt: skip
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit (or one file no unit could be told for) and its state."""

    unit_id: str
    unit_name: str
    state: str
    file: str = ""
    received: str = ""
    errors: int = 0
    warnings: int = 0
    note: str = ""

    @property
    def label(self) -> str:
        return f"{self.unit_id} {self.unit_name}".strip()


def unit_rows(plan: Plan, result: CheckResult | None) -> list[UnitRow]:
    """Every unit of the plan in plan order, then the files that belong to no unit of it."""
    if result is None:
        return [UnitRow(u.id, u.name, MISSING) for u in plan.units]
    expected = {u.id for u in expected_units(plan, result.period_id)}
    counts: Counter[tuple[str, Severity]] = Counter(
        (f.file, f.severity) for f in result.findings if f.file
    )
    by_unit: dict[str, list[ReturnedFile]] = {}
    for returned in result.files:
        by_unit.setdefault(returned.unit_id, []).append(returned)
    rows = []
    for unit in plan.units:
        files = by_unit.pop(unit.id, [])
        if not files:
            state = MISSING if unit.id in expected else NOT_ASKED
            rows.append(UnitRow(unit.id, unit.name, state))
            continue
        chosen = _representative(files)
        state, note = _state(chosen, result.period_id)
        others = len(files) - 1
        if others:
            note = f"{note} +{others} fil{'er' if others > 1 else ''} till".strip()
        rows.append(_row(unit.id, unit.name, state, chosen, counts, note))
    for unit_id, files in by_unit.items():
        for returned in files:
            state, note = _state(returned, result.period_id)
            name = "okänd enhet" if not unit_id else "finns inte i planen"
            rows.append(_row(unit_id, name, state, returned, counts, note))
    return rows


@dataclass(frozen=True)
class Prepared:
    """What the Inlämning step shows of a check, worked out off the GUI thread."""

    result: CheckResult
    rows: list[UnitRow]
    labels: dict[str, str]  # returned file → "ID Namn" of its unit


def prepare(plan: Plan, result: CheckResult) -> Prepared:
    """The unit rows and the unit of every returned file (in the worker, after the check)."""
    rows = unit_rows(plan, result)
    units = {u.id: f"{u.id} {u.name}" for u in plan.units}
    labels = {f.name: units.get(f.unit_id, f.unit_id) for f in result.files}
    return Prepared(result, rows, labels)


def _representative(files: Sequence[ReturnedFile]) -> ReturnedFile:
    order = {Submission.ACCEPTED: 0, Submission.DUPLICATE: 1, Submission.REJECTED: 2}
    return min(files, key=lambda f: order[f.submission])


def _state(returned: ReturnedFile, period_id: str) -> tuple[str, str]:
    if returned.submission is Submission.ACCEPTED:
        return RECEIVED, ""
    if returned.submission is Submission.DUPLICATE:
        return DUPLICATE, ""
    if returned.period_id and returned.period_id != period_id:
        return WRONG_PERIOD, returned.period_id
    return REJECTED, ""


def _row(
    unit_id: str,
    unit_name: str,
    state: str,
    returned: ReturnedFile,
    counts: Counter[tuple[str, Severity]],
    note: str,
) -> UnitRow:
    received = f"{returned.received:%Y-%m-%d %H:%M}" if returned.received else ""
    return UnitRow(
        unit_id, unit_name, state, returned.name, received,
        counts[(returned.name, Severity.ERROR)], counts[(returned.name, Severity.WARNING)], note,
    )  # fmt: skip


class UnitsModel(RowsModel):
    HEADERS = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[UnitRow] = []

    def set_rows(self, rows: Sequence[UnitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> UnitRow:
        return self._rows[row]

    def rows(self) -> list[UnitRow]:
        return list(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if column == COL_STATE and role == Qt.ItemDataRole.BackgroundRole:
            return background("submission", _PAINT[item.state])
        if column == COL_STATE and role == Qt.ItemDataRole.ForegroundRole:
            return foreground("submission", _PAINT[item.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FILE:
            return item.file or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_UNIT:
            return item.label
        if column == COL_STATE:
            return f"{item.state} ({item.note})" if item.note else item.state
        if column == COL_FILE:
            return item.file.replace("\\", "/").rsplit("/", 1)[-1]
        if column == COL_RECEIVED:
            return item.received
        if column == COL_ERRORS:
            return str(item.errors) if item.file else ""
        return str(item.warnings) if item.file else ""
