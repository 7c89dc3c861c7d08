"""The Anmärkningar table: one finding per row, sortable and filterable by unit and severity.

The columns use the words of the summary's Fynd sheet. The file column shows the file's own name
(the view shortens it in the middle); the whole path is the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.models.colours import background, foreground
from vpt.findings import Finding, Severity

__all__ = [
    "COL_FILE",
    "COL_MESSAGE",
    "COL_PLACE",
    "COL_SEVERITY",
    "COL_UNIT",
    "HEADERS",
    "FindingsFilter",
    "FindingsModel",
    "file_name",
]

COL_SEVERITY, COL_UNIT, COL_FILE, COL_PLACE, COL_MESSAGE = range(5)
HEADERS = ("Allvarlighet", "Enhet", "Fil", "Cell", "Meddelande")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

_Index = QModelIndex | QPersistentModelIndex


def file_name(path: str) -> str:
    """The file's own name; an e-mail attachment keeps "brev.eml › bilaga.xlsx"."""
    if " › " in path:
        mail, attachment = path.split(" › ", 1)
        return f"{file_name(mail)} › {attachment}"
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class FindingsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Finding] = []
        self._units: Mapping[str, str] = {}

    def set_rows(self, findings: Sequence[Finding], units: Mapping[str, str] | None = None) -> None:
        """``units`` names the unit of each returned file (file → "ID Namn")."""
        self.beginResetModel()
        self._rows = list(findings)
        self._units = dict(units or {})
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def unit_of(self, row: int) -> str:
        return self._units.get(self._rows[row].file, "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            if column == COL_SEVERITY:
                return _RANK[finding.severity]
            role = Qt.ItemDataRole.DisplayRole
        if column == COL_SEVERITY and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            paint = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return paint("severity", finding.severity.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.file if column == COL_FILE else self._text(finding, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(finding, column)

    def _text(self, finding: Finding, column: int) -> str:
        if column == COL_SEVERITY:
            return f"{_SYMBOLS[finding.severity]} {finding.severity.label}"
        if column == COL_UNIT:
            return self._units.get(finding.file, "")
        if column == COL_FILE:
            return file_name(finding.file)
        if column == COL_PLACE:
            return finding.place
        return finding.message


class FindingsFilter(QSortFilterProxyModel):
    """Shows the findings of one unit and of the chosen severities; sorts by severity rank."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._unit = ""
        self._severities: set[Severity] = set(Severity)

    def set_unit(self, unit: str) -> None:
        """Only findings of ``unit`` ("ID Namn" as the model shows it); "" shows all."""
        self._refilter(lambda: setattr(self, "_unit", unit))

    def set_severities(self, severities: set[Severity]) -> None:
        self._refilter(lambda: setattr(self, "_severities", set(severities)))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() by a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - Qt before 6.10
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        if model.finding(source_row).severity not in self._severities:
            return False
        return not self._unit or model.unit_of(source_row) == self._unit
