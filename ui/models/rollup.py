"""The roll-up per goal and unit, as the summary's Översikt shows it: word, symbol and colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.colours import background, foreground
from vpt.consolidate.table import Summary
from vpt.targets import Status

__all__ = ["COL_GOAL", "COL_OVERALL", "RollupModel", "RollupRow", "rollup_rows"]

COL_GOAL, COL_OVERALL = 0, 1
"""Columns after COL_OVERALL are the units, in plan order."""

MISSING = "Saknas"
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RollupRow:
    """One goal: its title (indented by depth), the status over all units and per unit."""

    goal: str
    overall: Status | None
    per_unit: tuple[Status | None, ...]  # None: the unit returned nothing (Saknas)


def rollup_rows(summary: Summary) -> tuple[list[str], list[RollupRow]]:
    """The units ("ID Namn") and one row per goal in plan order."""
    plan = summary.plan
    units = summary.units
    rows = []
    for goal, depth in plan.walk():
        overall = summary.overall.get(goal.id)
        cells = []
        for unit in units:
            rolled = summary.goal_status.get(unit.id, {}).get(goal.id)
            cells.append(None if unit.id not in summary.received else (
                rolled.status if rolled else Status.NOT_ASSESSED))  # fmt: skip
        title = f"{'    ' * depth}{goal.id} {goal.title}"
        rows.append(RollupRow(title, overall.status if overall else None, tuple(cells)))
    return [f"{u.id} {u.name}".strip() for u in units], rows


def cell_text(status: Status | None) -> str:
    return MISSING if status is None else f"{status.symbol} {status.label}"


class RollupModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._units: list[str] = []
        self._rows: list[RollupRow] = []

    def set_rows(self, units: list[str], rows: list[RollupRow]) -> None:
        self.beginResetModel()
        self._units, self._rows = list(units), list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (2 + len(self._units) if self._rows else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or section < 0:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            return self._units[section - 2]  # the unit's ID and whole name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_GOAL:
            return "Mål"
        if section == COL_OVERALL:
            return "Alla enheter"
        return self._units[section - 2].split(" ", 1)[0]  # the ID: it fits the column

    def status(self, row: int, column: int) -> Status | None:
        item = self._rows[row]
        return item.overall if column == COL_OVERALL else item.per_unit[column - 2]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], index.column()
        if column == COL_GOAL:
            return item.goal if role == Qt.ItemDataRole.DisplayRole else None
        status = self.status(index.row(), column)
        key = "missing" if status is None else status.value
        group = "missing" if status is None else "status"
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(group, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(group, key)
        return None
