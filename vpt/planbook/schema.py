"""The plan workbook contract: its sheets and columns, as the reader and the writer share them.

Headers are matched case-insensitively and without spaces, hyphens or a trailing colon, so
"Mål-ID", "mål id" and "MÅLID:" are the same column. Order and extra columns do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from vpt.findings import cell_ref

__all__ = [
    "GOALS",
    "INDICATORS",
    "PERIODS",
    "PLAN",
    "PLAN_KEYS",
    "SHEETS",
    "UNITS",
    "Column",
    "SheetLayout",
    "SheetSpec",
    "normalise_header",
]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    width: int = 16


@dataclass(frozen=True, slots=True)
class SheetSpec:
    key: str
    name: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def normalise_header(text: object) -> str:
    """Fold a header for matching: case, spaces, hyphens, underscores, dots and a trailing colon."""
    return re.sub(r"[\s\-_.:/]+", "", str(text or "")).casefold()


PLAN = SheetSpec(
    "plan",
    "Plan",
    (
        Column("key", "Nyckel", required=True, aliases=("Uppgift",), width=18),
        Column("value", "Värde", required=True, width=60),
    ),
)

# Keys of the Plan sheet, by the field they fill.
PLAN_KEYS = {
    "name": "Namn",
    "organisation": "Organisation",
    "year": "År",
    "levels": "Nivåer",
    "tolerance": "Tolerans",
    "rollup": "Sammanvägning",
}

GOALS = SheetSpec(
    "goals",
    "Mål",
    (
        Column("id", "ID", required=True, aliases=("Mål-ID",), width=10),
        Column("parent_id", "Överordnat ID", aliases=("Överordnat mål", "Förälder"), width=14),
        Column("title", "Rubrik", required=True, aliases=("Mål", "Namn"), width=60),
        Column("description", "Beskrivning", width=60),
    ),
)

INDICATORS = SheetSpec(
    "indicators",
    "Indikatorer",
    (
        Column("id", "ID", required=True, width=10),
        Column("goal_id", "Mål-ID", required=True, aliases=("Mål",), width=10),
        Column("name", "Indikator", required=True, aliases=("Mått", "Uppdrag", "Namn"), width=50),
        Column("description", "Beskrivning", width=40),
        Column("type", "Typ", width=12),
        Column("unit", "Enhet", aliases=("Måttenhet",), width=10),
        Column("target", "Målvärde", width=24),
        Column("threshold", "Gränsvärde", width=14),
        Column("direction", "Riktning", width=18),
        Column("baseline", "Ingångsvärde", width=20),
        Column("source", "Källa", aliases=("Rapportering/uppföljning och källa",), width=30),
        Column("periods", "Perioder", width=18),
        Column("units", "Gäller för", aliases=("Enheter",), width=18),
    ),
)

UNITS = SheetSpec(
    "units",
    "Enheter",
    (
        Column("id", "ID", required=True, width=10),
        Column("name", "Namn", required=True, aliases=("Enhet", "Förvaltning"), width=40),
        Column("contact", "Kontaktperson", aliases=("Kontakt",), width=28),
        Column("email", "E-post", aliases=("Epost", "Mejl", "E-postadress"), width=34),
    ),
)

PERIODS = SheetSpec(
    "periods",
    "Perioder",
    (
        Column("id", "ID", required=True, width=10),
        Column("name", "Namn", required=True, aliases=("Period",), width=24),
        Column("start", "Från", aliases=("Från och med", "Startdatum"), width=14),
        Column("end", "Till", aliases=("Till och med", "Slutdatum"), width=14),
        Column("deadline", "Sista svarsdag", aliases=("Svarsdag", "Deadline"), width=16),
    ),
)

SHEETS = (PLAN, GOALS, INDICATORS, UNITS, PERIODS)


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where a sheet's columns were found in one workbook, for pointing findings at cells."""

    spec: SheetSpec
    name: str
    columns: dict[str, int] = field(default_factory=dict)

    def place(self, key: str, row: int | None) -> dict[str, Any]:
        """Finding fields (sheet, row, column, cell) for a column key in an Excel row (1-based)."""
        col = self.columns.get(key)
        return {
            "sheet": self.name,
            "row": row,
            "column": self.spec.column(key).header,
            "cell": cell_ref(row - 1, col) if row is not None and col is not None else "",
        }
