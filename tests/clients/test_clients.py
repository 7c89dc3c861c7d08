"""The test clients are real: LibreOffice parses typed text by locale and respects protection,
saves xlsx and ods that other readers read back, and Gnumeric's re-save keeps the values."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from . import (
    CellValue,
    LibreOffice,
    LibreOfficeError,
    gnumeric_convert,
)

pytestmark = pytest.mark.roundtrip

SHEET = "Uppföljning"  # non-ASCII on purpose: sheet names in the plans are Swedish
FORMULA_CELL = "C2"  # =B2*2
LOCKED_CELL = "B5"  # holds 1, sheet protected

Expected = float | str | bool | dt.date

# (locale, cell, typed text, expected value after the save). The cells are set up by `source`.
CASES: list[tuple[str, str, str, Expected]] = [
    ("sv_SE", "B2", "5,2", 5.2),
    ("sv_SE", "B3", "75%", 0.75),
    ("sv_SE", "B4", "75", 75.0),  # percent cell: typed 75 is 7500 %, not 0.75
    ("sv_SE", "B6", "1 234,5", 1234.5),
    ("sv_SE", "B7", "1\u00a0234,5", 1234.5),  # the no-break space Swedish formatting uses
    ("sv_SE", "B8", "ja", "ja"),
    ("sv_SE", "B9", "2024-03-15", dt.date(2024, 3, 15)),
    ("sv_SE", "B10", "sant", True),
    ("sv_SE", LOCKED_CELL, "9", 1.0),  # typing into a locked cell leaves it unchanged
    ("en_US", "B2", "5,2", "5,2"),  # not a number under en-US: stays text
    ("en_US", "B3", "75%", 0.75),
    ("en_US", "B4", "75", 75.0),
    ("en_US", "B6", "1,234.5", 1234.5),
    ("en_US", "B8", "ja", "ja"),
    ("en_US", "B9", "3/15/2024", dt.date(2024, 3, 15)),
    ("en_US", "B10", "TRUE", True),
    ("en_US", LOCKED_CELL, "9", 1.0),
]
# The formula C2 = B2*2 recalculated from what B2 became.
FORMULA_RESULTS: dict[str, Expected] = {"sv_SE": 10.4, "en_US": "#VALUE!"}
FORMATS = ["xlsx", "ods"]


def entries(locale: str) -> list[tuple[str, str, str]]:
    return [(SHEET, cell, typed) for loc, cell, typed, _ in CASES if loc == locale]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A protected sheet with unlocked input cells (one percent-formatted) and a formula."""
    path = tmp_path_factory.mktemp("source") / "källa med å.xlsx"  # non-ASCII path on purpose
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    sheet = workbook.add_worksheet(SHEET)
    unlocked = workbook.add_format({"locked": False})
    percent = workbook.add_format({"locked": False, "num_format": "0%"})
    sheet.write_string("A1", "Indikator")
    for cell in ("B2", "B3", "B6", "B7", "B8", "B9", "B10"):
        sheet.write_blank(cell, None, unlocked)
    sheet.write_blank("B4", None, percent)
    sheet.write_number(LOCKED_CELL, 1)
    sheet.write_formula(FORMULA_CELL, "=B2*2")
    sheet.protect()
    workbook.close()
    return path


@pytest.fixture(scope="module")
def filled(
    source: Path,
    libreoffice_sv: LibreOffice,
    libreoffice_en: LibreOffice,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], Path]:
    """(locale, format) → the source typed into through LibreOffice and saved in that format."""
    out = tmp_path_factory.mktemp("filled")
    offices = {"sv_SE": libreoffice_sv, "en_US": libreoffice_en}
    result = {}
    for locale, office in offices.items():
        for fmt in FORMATS:
            dst = out / f"ifylld {locale} ä.{fmt}"
            office.fill(source, dst, entries(locale), fmt="xlsx" if fmt == "xlsx" else "ods")
            result[(locale, fmt)] = dst
    return result


def calamine_cell(path: Path, cell: str) -> object:
    """A cell by its A1 address, with calamine's leading-empty-area trimming switched off."""
    rows = (
        CalamineWorkbook.from_path(str(path))
        .get_sheet_by_name(SHEET)
        .to_python(skip_empty_area=False)
    )
    col = ord(cell[0]) - ord("A")
    row = int(cell[1:]) - 1
    return rows[row][col] if row < len(rows) and col < len(rows[row]) else ""


def assert_same(actual: object, expected: Expected) -> None:
    """Compare what a reader returned with the expected value, allowing each reader's types."""
    if isinstance(expected, str | bool):
        assert actual == expected and type(actual) is type(expected), actual
    elif isinstance(expected, dt.date):
        day = actual.date() if isinstance(actual, dt.datetime) else actual
        assert day == expected, actual
    else:
        assert isinstance(actual, int | float) and not isinstance(actual, bool), actual
        assert actual == pytest.approx(expected)


@pytest.mark.parametrize(("locale", "cell", "typed", "expected"), CASES)
def test_typed_value_as_libreoffice_holds_it(
    locale: str,
    cell: str,
    typed: str,
    expected: Expected,
    source: Path,
    libreoffice_sv: LibreOffice,
    libreoffice_en: LibreOffice,
    tmp_path: Path,
) -> None:
    office = libreoffice_sv if locale == "sv_SE" else libreoffice_en
    cells = office.fill(source, tmp_path / "one.xlsx", [(SHEET, cell, typed)])
    got = cells[(SHEET, cell)]
    if isinstance(expected, str):
        assert (got.kind, got.text) == ("text", expected)
    else:
        assert got.kind == "value"
        assert got.value == pytest.approx(as_number(expected))


def as_number(expected: float | bool | dt.date) -> float:
    """The number LibreOffice stores: a day count from 1899-12-30 for dates, 1/0 for booleans."""
    if isinstance(expected, dt.date):
        return float((expected - dt.date(1899, 12, 30)).days)
    return float(expected)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("locale", "cell", "typed", "expected"), CASES)
def test_typed_value_read_back_by_calamine(
    fmt: str,
    locale: str,
    cell: str,
    typed: str,
    expected: Expected,
    filled: dict[tuple[str, str], Path],
) -> None:
    assert_same(calamine_cell(filled[(locale, fmt)], cell), expected)


@pytest.mark.parametrize(("locale", "cell", "typed", "expected"), CASES)
def test_typed_value_read_back_by_openpyxl(
    locale: str, cell: str, typed: str, expected: Expected, filled: dict[tuple[str, str], Path]
) -> None:
    sheet = openpyxl.load_workbook(filled[(locale, "xlsx")], data_only=True)[SHEET]
    assert_same(sheet[cell].value, expected)


@pytest.mark.parametrize(("locale", "expected"), list(FORMULA_RESULTS.items()))
def test_formula_recalculated_before_save(
    locale: str, expected: Expected, filled: dict[tuple[str, str], Path]
) -> None:
    sheet = openpyxl.load_workbook(filled[(locale, "xlsx")], data_only=True)[SHEET]
    assert_same(sheet[FORMULA_CELL].value, expected)
    formulas = openpyxl.load_workbook(filled[(locale, "xlsx")])[SHEET]
    assert formulas[FORMULA_CELL].value == "=B2*2"


@pytest.mark.parametrize("fmt", FORMATS)
def test_values_job_reads_saved_file(
    fmt: str, filled: dict[tuple[str, str], Path], libreoffice_sv: LibreOffice
) -> None:
    cells = libreoffice_sv.values(filled[("sv_SE", fmt)], [(SHEET, "B4"), (SHEET, FORMULA_CELL)])
    assert cells[(SHEET, "B4")] == CellValue("value", "value", 75.0, "7500%", "75", 0)
    formula = cells[(SHEET, FORMULA_CELL)]
    assert (formula.kind, formula.result_kind, formula.formula) == ("formula", "value", "=B2*2")
    assert formula.value == pytest.approx(10.4)
    assert formula.text == "10,4"  # displayed under sv-SE


def test_protection_survives_libreoffice_save(filled: dict[tuple[str, str], Path]) -> None:
    sheet = openpyxl.load_workbook(filled[("sv_SE", "xlsx")])[SHEET]
    assert sheet.protection.sheet is True
    assert sheet["B2"].protection.locked is False
    assert sheet[LOCKED_CELL].protection.locked is True


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
@pytest.mark.parametrize(("locale", "cell", "typed", "expected"), CASES)
def test_gnumeric_resave_keeps_values(
    locale: str,
    cell: str,
    typed: str,
    expected: Expected,
    filled: dict[tuple[str, str], Path],
    gnumeric: None,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    resaved = tmp_path_factory.getbasetemp() / f"gnumeric {locale} ö.xlsx"
    if not resaved.exists():
        gnumeric_convert(filled[(locale, "xlsx")], resaved)
    sheet = openpyxl.load_workbook(resaved, data_only=True)[SHEET]
    assert_same(sheet[cell].value, expected)
    assert_same(calamine_cell(resaved, cell), expected)


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_gnumeric_resave_keeps_formula_result(
    filled: dict[tuple[str, str], Path], gnumeric: None, tmp_path: Path
) -> None:
    resaved = tmp_path / "gnumeric.xlsx"
    gnumeric_convert(filled[("sv_SE", "xlsx")], resaved)
    sheet = openpyxl.load_workbook(resaved, data_only=True)[SHEET]
    assert sheet[FORMULA_CELL].value == pytest.approx(10.4)


@pytest.mark.parametrize(
    ("sheet", "cell", "message"),
    [
        ("Saknas", "B2", "no sheet named 'Saknas'"),
        (SHEET, "not-a-cell", "'not-a-cell' is not one cell in A1 notation"),
        (SHEET, "B2:B3", "'B2:B3' is not one cell in A1 notation"),
    ],
)
def test_bad_job_is_an_error_and_the_office_keeps_working(
    sheet: str, cell: str, message: str, source: Path, libreoffice_sv: LibreOffice, tmp_path: Path
) -> None:
    with pytest.raises(LibreOfficeError, match=message):
        libreoffice_sv.fill(source, tmp_path / "bad.xlsx", [(sheet, cell, "1")])
    assert not (tmp_path / "bad.xlsx").exists()
    cells = libreoffice_sv.fill(source, tmp_path / "good.xlsx", [(SHEET, "B2", "2,5")])
    assert cells[(SHEET, "B2")].value == 2.5


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def gone_within(pgid: int, seconds: float) -> bool:
    """Whether the group is gone within ``seconds``: killed processes are reaped a moment later."""
    deadline = time.monotonic() + seconds
    while group_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_quit_leaves_no_process_behind() -> None:
    with LibreOffice("en_US") as office:
        pgid = office.soffice_pgid
        assert pgid is not None and group_alive(pgid)
    assert gone_within(pgid, 10)


def test_dead_soffice_is_a_clear_error_and_leaves_no_process(source: Path, tmp_path: Path) -> None:
    with LibreOffice("en_US") as office:
        pgid = office.soffice_pgid
        assert pgid is not None
        os.killpg(pgid, signal.SIGKILL)
        time.sleep(0.2)
        with pytest.raises(LibreOfficeError, match=r"soffice died|driver exited"):
            office.fill(source, tmp_path / "x.xlsx", [(SHEET, "B2", "1")])
        with pytest.raises(LibreOfficeError, match="no longer running"):
            office.values(source, [(SHEET, "B2")])
    assert gone_within(pgid, 10)


def test_job_timeout_kills_soffice(source: Path, tmp_path: Path) -> None:
    with LibreOffice("en_US", job_timeout=0.001) as office:
        pgid = office.soffice_pgid
        assert pgid is not None
        with pytest.raises(LibreOfficeError, match="took longer than"):
            office.fill(source, tmp_path / "x.xlsx", [(SHEET, "B2", "1")])
    assert gone_within(pgid, 10)
