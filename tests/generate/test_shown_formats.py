"""The number formats vpt writes show the value a person typed, in Swedish and English LibreOffice.

A plain space in a format code ("0.0 %") is the thousands separator to LibreOffice under sv-SE:
60 % was shown as "0,1%" in the unit's own workbook. Expected texts are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from tests.clients.libreoffice import LibreOffice
from vpt.templates import load_template

pytestmark = pytest.mark.roundtrip

PERCENT = load_template("uppfoljning")["formats"]["percent_format"]
NUMBER = load_template("sammanstallning")["formats"]["number_format"]

# (cell, format, value stored, text under sv-SE, text under en-US)
CASES = [
    ("A1", PERCENT, 0.6, "60,0 %", "60.0 %"),
    ("B1", PERCENT, 0.725, "72,5 %", "72.5 %"),
    ("C1", PERCENT, 2.5, "250,0 %", "250.0 %"),
    ("D1", NUMBER, 1234.5, "1 234,5", "1,234.5"),
]


def _workbook(path: Path) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    for n, (_, code, value, _, _) in enumerate(CASES):
        sheet.write_number(0, n, value, book.add_format({"num_format": code}))
    book.close()
    return path


def _shown(office: LibreOffice, tmp_path: Path) -> list[str]:
    saved = tmp_path / "saved.xlsx"
    office.fill(_workbook(tmp_path / "formats.xlsx"), saved, [("S", "H1", "1")])
    texts = office.values(saved, [("S", cell) for cell, *_ in CASES])
    return [texts[("S", cell)].text.replace("\u00a0", " ") for cell, *_ in CASES]


def test_formats_show_the_value_under_swedish_libreoffice(
    libreoffice_sv: LibreOffice, tmp_path: Path
) -> None:
    assert _shown(libreoffice_sv, tmp_path) == [case[3] for case in CASES]


def test_formats_show_the_value_under_english_libreoffice(
    libreoffice_en: LibreOffice, tmp_path: Path
) -> None:
    assert _shown(libreoffice_en, tmp_path) == [case[4] for case in CASES]
