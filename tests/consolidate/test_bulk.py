"""The summary's fast table rows: exact text, numbers and formats, readable by openpyxl and calamine."""

from __future__ import annotations

from pathlib import Path

import pytest
import python_calamine
from openpyxl import load_workbook
from xlsxwriter.workbook import Workbook

from vpt.consolidate.bulk import BulkRows, splice

TEXTS = [
    "vanlig text",
    "å ä ö – › √ ±",
    "<b>&amp;</b> & < >",
    "  inledande och avslutande mellanrum  ",
    "rad ett\nrad två\ttabb",
    "styrtecken \x01\x07 här",
    "_x0041_ bokstavligt",
    "=1+1",
    "http://x",
]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    parts, out = tmp_path / "parts.xlsx", tmp_path / "out.xlsx"
    workbook = Workbook(str(parts), {"strings_to_formulas": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet("Blad")
    sheet.write_string(0, 0, "Rubrik")
    oracle = workbook.add_worksheet("Xlsxwriter")  # the same texts written the usual way
    for n, text in enumerate(TEXTS):
        oracle.write_string(n, 0, text)
    red = workbook.add_format({"bg_color": "#F4B183"})
    rows = BulkRows(sheet, 2, 3)
    for n, text in enumerate(TEXTS):
        rows.add([(text, None), (float(n) + 0.5, None), (None if n % 2 else "", red)])
    rows.add_table("vpt_Test", ["Text", "Tal", "Färg"], "Table Style Light 9")
    workbook.close()
    splice(parts, out, [rows])
    return out


def test_openpyxl_reads_the_rows_exactly(book: Path) -> None:
    loaded = load_workbook(book)
    sheet = loaded["Blad"]
    assert sheet["A1"].value == "Rubrik"
    # openpyxl leaves Excel's _xHHHH_ escapes of control characters as they are, as it does for
    # xlsxwriter's. A literal "_x0041_" is escaped as Excel wants ("_x005F_x0041_"; calamine and
    # Excel show "_x0041_"); xlsxwriter does not, so Excel would show "A" there.
    ours = [c.value for c in sheet["A"][2:]]
    theirs = [c.value for c in loaded["Xlsxwriter"]["A"]]
    assert ours[:6] + ours[7:] == theirs[:6] + theirs[7:]
    assert ours[6] == "_x005F_x0041_ bokstavligt"
    assert [c.value for c in sheet["A"][2:]][:5] == TEXTS[:5]
    assert [c.value for c in sheet["B"][2:]] == [n + 0.5 for n in range(len(TEXTS))]
    assert all(c.data_type == "s" for c in sheet["A"][2:])
    assert {c.fill.fgColor.rgb for c in sheet["C"][2:]} == {"FFF4B183"}
    assert sheet.tables["vpt_Test"].ref == f"A2:C{2 + len(TEXTS)}"
    assert sheet.tables["vpt_Test"].autoFilter.ref == f"A2:C{2 + len(TEXTS)}"


def test_calamine_reads_the_rows_exactly(book: Path) -> None:
    rows = python_calamine.CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Blad")
    values = rows.to_python(skip_empty_area=False)
    assert [r[0] for r in values[2:]] == TEXTS
    assert [r[1] for r in values[2:]] == [n + 0.5 for n in range(len(TEXTS))]
