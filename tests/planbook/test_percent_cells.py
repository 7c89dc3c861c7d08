"""Percent targets typed into the plan workbook: "75%" in a General cell is stored as 0.75 with a
percent format. The reader reads the percent it shows; a bare share in a Procent row is flagged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from tests.planbook.conftest import GOOD, write_book
from vpt.planbook import read_plan, write_plan
from vpt.planbook.percent_cells import percent_cells
from vpt.planbook.writer import blank_plan

HEADER = ["ID", "Mål-ID", "Indikator", "Typ", "Målvärde", "Gränsvärde", "Ingångsvärde"]


def _plan_with_formats(path: Path, rows: list[tuple[list[object], dict[int, str]]]) -> Path:
    write_book(path, {**GOOD, "Indikatorer": [HEADER]})
    book = openpyxl.load_workbook(path)
    sheet = book["Indikatorer"]
    for row, formats in rows:
        sheet.append(row)
        for col, number_format in formats.items():
            sheet.cell(sheet.max_row, col).number_format = number_format
    book.save(path)
    return path


def test_a_percent_formatted_number_is_read_as_the_percent_it_shows(tmp_path: Path) -> None:
    path = _plan_with_formats(
        tmp_path / "plan.xlsx",
        [
            (["I1", "E1", "Andel", "Procent", 0.75, 0.7, 0.62], {5: "0%", 6: "0%", 7: "0.0%"}),
            (["I2", "E1", "Andel", "Procent", 0.155, None, None], {5: '0.0" "%'}),
            (["I3", "E1", "Antal", "Tal", 12, None, 0.5], {7: "General"}),
        ],
    )
    plan, report = read_plan(path)
    assert plan is not None
    got = [(i.target, i.threshold, i.baseline) for i in plan.indicators]
    assert got == [("75 %", "70 %", "62 %"), ("15,5 %", "", ""), ("12", "", "0.5")]
    assert not [f for f in report if f.code == "target-percent-share"]


def test_a_bare_share_in_a_procent_row_asks_what_was_meant(tmp_path: Path) -> None:
    path = _plan_with_formats(
        tmp_path / "plan.xlsx",
        [
            (["I1", "E1", "Andel", "Procent", 0.75, None, None], {}),
            (["I2", "E1", "Andel", "Procent", "Minst 1 %", None, None], {}),
            (["I3", "E1", "Andel", "Procent", 1.5, None, None], {}),
        ],
    )
    plan, report = read_plan(path)
    assert plan is not None
    shares = [f for f in report if f.code == "target-percent-share"]
    assert [(f.severity.value, f.cell) for f in shares] == [("warning", "E2")]
    assert "Menade du 75 %?" in shares[0].message


def test_plan_new_formats_the_target_columns_as_text(tmp_path: Path) -> None:
    path = tmp_path / "ny.xlsx"
    write_plan(blank_plan(), path)
    sheet = openpyxl.load_workbook(path)["Indikatorer"]
    headers = {cell.value: cell.column for cell in sheet[1]}
    for header in ("Målvärde", "Gränsvärde", "Ingångsvärde"):
        letter = sheet.cell(1, headers[header]).column_letter
        # the whole column is text, so a new row typed in Excel or Calc keeps "75%" as typed
        assert sheet.column_dimensions[letter].number_format == "@", header
    assert sheet.cell(2, headers["Målvärde"]).number_format == "@"
    assert sheet.cell(2, headers["Indikator"]).number_format == "General"


def test_a_file_that_is_not_office_open_xml_gives_no_percent_cells(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"inte en zip")
    assert percent_cells(path, "Indikatorer", [4]) == set()
    assert percent_cells(tmp_path / "saknas.xlsx", "Indikatorer", [4]) == set()


def test_percent_cells_only_looks_at_the_asked_columns(
    tmp_path: Path, make_plan: Callable[..., Path]
) -> None:
    path = _plan_with_formats(
        tmp_path / "plan.xlsx",
        [(["I1", "E1", "Andel", "Procent", 0.75, 0.7, None], {5: "0%", 6: "0%"})],
    )
    assert percent_cells(path, "Indikatorer", [4]) == {(2, 4)}
    assert percent_cells(path, "Indikatorer", [4, 5]) == {(2, 4), (2, 5)}
    assert percent_cells(path, "Mål", [4]) == set()
