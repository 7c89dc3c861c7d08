from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import openpyxl
import pytest

Sheets = Mapping[str, Sequence[Sequence[object]]]

GOOD: dict[str, list[list[object]]] = {
    "Plan": [
        ["Nyckel", "Värde"],
        ["Namn", "Testplan"],
        ["Organisation", "Region Test"],
        ["År", 2025],
        ["Nivåer", "Perspektiv; Effektmål"],
        ["Tolerans", "10 %"],
    ],
    "Mål": [
        ["ID", "Överordnat ID", "Rubrik", "Beskrivning"],
        ["P1", None, "Invånare", ""],
        ["E1", "P1", "Tillgänglig vård", ""],
    ],
    "Indikatorer": [
        ["ID", "Mål-ID", "Indikator", "Typ", "Målvärde", "Riktning", "Perioder", "Gäller för"],
        ["I1", "E1", "Andel besök inom 3 dagar", "Procent", "Minst 75%", "", "T1; Helår", ""],
        ["I2", "E1", "Väntetid i dagar", "Tal", "Högst 30 dagar", "", "", "A"],
    ],
    "Enheter": [
        ["ID", "Namn", "Kontaktperson", "E-post"],
        ["A", "Förvaltning A", "Anna", "anna@example.se"],
        ["B", "Förvaltning B", "Bo", "bo@example.se"],
    ],
    "Perioder": [
        ["ID", "Namn", "Från", "Till", "Sista svarsdag"],
        ["T1", "Tertial 1", "2025-01-01", "2025-04-30", "2025-05-15"],
        ["Helår", "Helår", "2025-01-01", "2025-12-31", "2026-01-20"],
    ],
}


def write_book(path: Path, sheets: Sheets) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def make_plan(tmp_path: Path) -> Callable[..., Path]:
    """Write a plan workbook from GOOD with some sheets replaced: ``make_plan(Mål=[...])``."""

    def make(name: str = "plan.xlsx", **overrides: Sequence[Sequence[object]] | None) -> Path:
        sheets: dict[str, Sequence[Sequence[object]]] = dict(GOOD)
        for sheet, rows in overrides.items():
            if rows is None:
                sheets.pop(sheet)
            else:
                sheets[sheet] = rows
        return write_book(tmp_path / name, sheets)

    return make
