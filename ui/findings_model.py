"""The table of findings: severity, place, message, file. Tested without any widget."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vpt.findings import Finding, Severity

__all__ = ["FindingsModel"]

COL_SEVERITY, COL_PLACE, COL_MESSAGE, COL_FILE = range(4)
_HEADERS = ("Allvarlighet", "Plats", "Meddelande", "Fil")
_SYMBOLS = {Severity.ERROR: "✖ fel", Severity.WARNING: "▲ varning", Severity.INFO: "ℹ info"}

_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Finding] = []

    def set_rows(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if column == COL_SEVERITY:
            return _SYMBOLS[finding.severity]
        if column == COL_PLACE:
            return finding.place
        if column == COL_MESSAGE:
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.file
        # The file's own name (an e-mail attachment keeps "brev.eml › bilaga.xlsx"); the
        # whole path is in the tooltip.
        return finding.file.replace("\\", "/").rsplit("/", 1)[-1]
