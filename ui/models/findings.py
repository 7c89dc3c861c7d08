"""The Anmärkningar table: one finding per row, sortable and filterable by unit and severity.

The columns use the words of the summary's Fynd sheet. The file column shows the file's own name
(the view shortens it in the middle); the whole path is the tooltip.

Sorting and filtering happen here, on the Python list, not in a QSortFilterProxyModel: a proxy
asks ``data()`` for every row (and for every comparison when sorting), which for the 30 000
findings of 500 returns stalled the window for seconds. The view asks only for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.models.colours import background, foreground
from ui.models.table import RowsModel
from vpt.findings import Finding, Severity

__all__ = [
    "COL_FILE",
    "COL_MESSAGE",
    "COL_PLACE",
    "COL_SEVERITY",
    "COL_UNIT",
    "HEADERS",
    "FindingsModel",
    "file_name",
]

COL_SEVERITY, COL_UNIT, COL_FILE, COL_PLACE, COL_MESSAGE = range(5)
HEADERS = ("Allvarlighet", "Enhet", "Fil", "Cell", "Meddelande")
_SYMBOLS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

_Index = QModelIndex | QPersistentModelIndex


def file_name(path: str) -> str:
    """The file's own name; an e-mail attachment keeps "brev.eml › bilaga.xlsx"."""
    if " › " in path:
        mail, attachment = path.split(" › ", 1)
        return f"{file_name(mail)} › {attachment}"
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class FindingsModel(RowsModel):
    """All findings of a check; shows those of the chosen unit and severities, sorted."""

    HEADERS = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._all: list[Finding] = []
        self._rows: list[Finding] = []
        self._units: Mapping[str, str] = {}
        self._unit = ""
        self._severities: set[Severity] = set(Severity)
        self._sort: tuple[int, Qt.SortOrder] = (COL_SEVERITY, Qt.SortOrder.AscendingOrder)

    def set_rows(self, findings: Sequence[Finding], units: Mapping[str, str] | None = None) -> None:
        """``units`` names the unit of each returned file (file → "ID Namn")."""
        self.beginResetModel()
        self._all = list(findings)
        self._units = dict(units or {})
        self._unit = ""
        self._arrange()
        self.endResetModel()

    def set_unit(self, unit: str) -> None:
        """Only findings of ``unit`` ("ID Namn" as the model shows it); "" shows all."""
        self._refilter(unit, self._severities)

    def set_severities(self, severities: set[Severity]) -> None:
        self._refilter(self._unit, set(severities))

    def _refilter(self, unit: str, severities: set[Severity]) -> None:
        self.beginResetModel()
        self._unit, self._severities = unit, severities
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        units, unit, severities = self._units, self._unit, self._severities
        rows = [
            f for f in self._all
            if f.severity in severities and (not unit or units.get(f.file, "") == unit)
        ]  # fmt: skip
        column, order = self._sort
        if column == COL_SEVERITY:  # three passes keep the order within a severity (fast)
            rows = [f for severity in _RANK for f in rows if f.severity is severity]
        else:
            rows.sort(key=lambda f: self._text(f, column).casefold())
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        self._rows = rows

    @property
    def total(self) -> int:
        return len(self._all)

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def shown(self) -> list[Finding]:
        return list(self._rows)

    def unit_of(self, row: int) -> str:
        return self._units.get(self._rows[row].file, "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._rows[index.row()]
        column = index.column()
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
