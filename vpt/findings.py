"""Findings: everything vpt has to say about a plan or a returned file, as data.

A finding never stops the work. It has a stable kebab-case ``code``, a severity, the place
(file, sheet, cell as Excel shows it), the offending value and a Swedish message that tells the
reader what to do. A :class:`Report` collects them and can flatten itself for tests, JSON and sheets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

__all__ = ["Finding", "Report", "Severity", "cell_ref", "column_name"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        """The Swedish word the user sees."""
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"}
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def cell_ref(row: int, col: int) -> str:
    """A1 reference for a 0-based (row, col), as Excel shows it: ``cell_ref(11, 7) == "H12"``."""
    return str(xl_rowcol_to_cell(row, col))


def column_name(col: int) -> str:
    """Column letters for a 0-based column: ``column_name(0) == "A"``."""
    return str(xl_col_to_name(col))


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing worth telling the user, with where it is."""

    code: str
    severity: Severity
    message: str
    file: str = ""
    sheet: str = ""
    cell: str = ""
    row: int | None = None
    column: str = ""
    value: str = ""

    @property
    def place(self) -> str:
        """Where the finding is, as a Swedish reader wants it: ``Uppföljning!H12`` or ``Mål, rad 4``."""
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        parts = [self.sheet] if self.sheet else []
        if self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column:
            parts.append(f"kolumn {self.column}")
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON: severity as its code, empty fields kept for a stable shape."""
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


class Report(Sequence[Finding]):
    """An ordered collection of findings."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._findings: list[Finding] = list(findings)

    def add(self, finding: Finding) -> None:
        self._findings.append(finding)

    def extend(self, findings: Iterable[Finding]) -> None:
        self._findings.extend(findings)

    def __getitem__(self, index: int) -> Finding:  # type: ignore[override]
        return self._findings[index]

    def __len__(self) -> int:
        return len(self._findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._findings)

    def __repr__(self) -> str:
        return f"Report({self._findings!r})"

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self._findings if f.severity is Severity.ERROR]

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self._findings)

    def codes(self) -> list[str]:
        return [f.code for f in self._findings]

    def count_of(self, severity: Severity) -> int:
        return sum(1 for f in self._findings if f.severity is severity)

    def sorted(self) -> Report:
        """Errors first, then warnings, then info; stable within each."""
        return Report(sorted(self._findings, key=lambda f: _SEVERITY_ORDER[f.severity]))

    def flatten(self, spec: Sequence[str] = ("code", "sheet", "cell")) -> list[list[Any]]:
        """Rows of the named fields, for comparing with a literal table in tests."""
        names = {f.name for f in fields(Finding)}
        unknown = [s for s in spec if s not in names]
        if unknown:
            raise ValueError(f"unknown finding fields: {unknown}")
        return [
            [f.severity.value if s == "severity" else getattr(f, s) for s in spec]
            for f in self._findings
        ]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [f.to_dict() for f in self._findings]
