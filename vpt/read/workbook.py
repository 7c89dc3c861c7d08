"""Read one returned workbook's follow-up sheet into rows found by key.

python-calamine reads the values (with ``skip_empty_area=False``, so positions stay as Excel shows
them). What calamine cannot tell (whether an input cell holds a formula, or an error that it
returns as "") comes from a cheap scan of the sheet's own XML, not from a second full reader.
The header row and the columns are found by their headers, the rows by their key (the ID column),
so moved columns and sorted, inserted or deleted rows still read right.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import python_calamine
from defusedxml import ElementTree as SafeET
from python_calamine import SheetVisibleEnum

from vpt.errors import ReturnUnreadable
from vpt.findings import column_name
from vpt.generate import layout as L
from vpt.read.native import is_native_failure, is_read_failure, native_quiet
from vpt.read.sheetparts import SheetParts, sheet_error

__all__ = ["Cell", "ReadSheet", "SheetRow", "Workbook", "is_blank", "open_workbook", "read_sheet"]

Cell = str | float | int | bool | date | datetime | time | timedelta
# The header row is in the title block's first rows; a unit may insert a few above it.
_HEADER_SEARCH_ROWS = 40
_HEADERS = {" ".join(c.header.casefold().split()): c.key for c in L.COLUMNS}
_REQUIRED = ("id", "outcome")
_ERROR_VALUE = re.compile(rb"<v>([^<]*)</v>")
_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CALCEXT_TYPE = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type"


def is_blank(value: object) -> bool:
    """An empty cell as calamine returns it ("" or None), or only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One keyed row of the follow-up sheet: its 0-based row and the cells by column key."""

    key: str
    row: int
    cells: dict[str, Any]


@dataclass
class ReadSheet:
    """The follow-up sheet as read: rows by key, and what does not belong."""

    name: str
    header_row: int
    columns: dict[str, int]  # column key → 0-based column
    rows: dict[str, SheetRow] = field(default_factory=dict)
    repeated: list[SheetRow] = field(default_factory=list)  # a key seen a second time
    unkeyed: list[SheetRow] = field(default_factory=list)  # rows without a key but with text
    stray: list[tuple[int, int, Any]] = field(default_factory=list)  # values outside input cells
    formulas: set[tuple[int, int]] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    title: str = ""  # the text above the header row, for identifying a workbook without identity


@dataclass
class Workbook:
    """An opened return: calamine's workbook, the raw bytes (for the XML scans) and its kind."""

    book: python_calamine.CalamineWorkbook
    data: bytes
    suffix: str
    sheet_names: list[str]
    hidden: frozenset[str] = frozenset()  # sheets the person who filled it in could not see
    parts: SheetParts = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.parts = SheetParts(self.data, self.suffix)

    def rows(self, name: str) -> list[list[Any]]:
        """Sheet ``name`` as calamine's dense table. Raises :class:`ReturnUnreadable` saying what
        is wrong with the sheet: too far-reaching to read, broken, or a value calamine panics on."""
        self.parts.check(name)
        try:
            with native_quiet():
                sheet = self.book.get_sheet_by_name(name)
                rows: list[list[Any]] = sheet.to_python(skip_empty_area=False)
        except BaseException as exc:  # calamine's own errors, and a Rust panic (a BaseException)
            if not is_read_failure(exc):
                raise
            raise _sheet_failure(name, exc) from exc
        return rows


def _sheet_failure(name: str, exc: BaseException) -> ReturnUnreadable:
    if is_native_failure(exc) or isinstance(exc, OverflowError):
        return sheet_error(name, "sheet-unreadable",
            "har ett värde som inte går att visa, till exempel ett orimligt stort tal i en cell "
            "formaterad som datum eller tid")  # fmt: skip
    kind = type(exc).__name__
    what = {
        "XmlError": "har trasig XML",
        "ZipError": "är en trasig del av zip-filen",
        "WorksheetNotFound": "finns inte i filen som arbetsboken säger att det ska",
    }.get(kind, f"är skadat ({kind})")
    return sheet_error(name, "sheet-unreadable", what)


def open_workbook(data: bytes, suffix: str) -> Workbook:
    """Open a workbook the guard has passed; :class:`ReturnUnreadable` when calamine cannot."""
    try:
        with native_quiet():
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            names = list(book.sheet_names)
            hidden = frozenset(
                m.name for m in book.sheets_metadata if m.visible != SheetVisibleEnum.Visible
            )
    except BaseException as exc:  # calamine raises its own types, ValueError/OSError, or panics
        if not is_read_failure(exc):
            raise
        raise ReturnUnreadable(
            "Arbetsboken kunde inte läsas (den verkar skadad). Be enheten öppna den, spara på "
            "nytt som .xlsx och skicka den igen.",
            code="file-unreadable",
        ) from exc
    return Workbook(book, data, suffix, names, hidden)


def find_followup(workbook: Workbook) -> tuple[str, list[list[Any]], int, dict[str, int]] | None:
    """The follow-up sheet (by name, else the first sheet with its headers), its rows,
    header row and columns; None when no sheet has the ID and Utfall headers.

    Raises :class:`ReturnUnreadable` when the sheet named as the follow-up sheet cannot be read,
    or when no sheet has the headers and some sheet could not be read: then that is the reason.
    """
    names = list(workbook.sheet_names)
    if L.FOLLOWUP_SHEET in names:
        names.remove(L.FOLLOWUP_SHEET)
        names.insert(0, L.FOLLOWUP_SHEET)
    failed: ReturnUnreadable | None = None
    for name in names:
        if name == L.IDENTITY_SHEET:
            continue
        try:
            rows = workbook.rows(name)
        except ReturnUnreadable as exc:
            if name == L.FOLLOWUP_SHEET:
                raise
            failed = failed or exc
            continue
        found = _header(rows)
        if found is not None:
            return name, rows, found[0], found[1]
    if failed is not None:
        raise failed
    return None


def _header(rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for c, value in enumerate(row):
            if isinstance(value, str):
                key = _HEADERS.get(" ".join(value.casefold().split()))
                if key is not None and key not in columns:
                    columns[key] = c
        if all(k in columns for k in _REQUIRED):
            return r, columns
    return None


def read_sheet(workbook: Workbook) -> ReadSheet | None:
    """Read the follow-up sheet by headers and keys; None when there is none."""
    found = find_followup(workbook)
    if found is None:
        return None
    name, rows, header_row, columns = found
    sheet = ReadSheet(name, header_row, columns)
    sheet.title = " ".join(
        str(v) for row in rows[:header_row] for v in row if isinstance(v, str) and v.strip()
    )
    key_col = columns["id"]
    inputs = {columns[c.key] for c in L.INPUT_COLUMNS if c.key in columns}
    known = set(columns.values())
    width = max((len(row) for row in rows), default=0)
    # What may not hold a value: columns without a header, and in rows without a key (goal
    # headings, rows below the table) the input columns too.
    unknown = [c for c in range(width) if c not in known]
    unknown_or_input = sorted({*unknown, *inputs})
    text_col = columns.get("indicator")
    for r in range(header_row + 1, len(rows)):
        row = rows[r]
        key = _key(row[key_col] if key_col < len(row) else "")
        cells = {k: row[c] if c < len(row) else "" for k, c in columns.items()}
        if key:
            keyed = SheetRow(key, r, cells)
            if key in sheet.rows:
                sheet.repeated.append(keyed)
            else:
                sheet.rows[key] = keyed
        elif text_col is not None and _is_indicator_text(row, text_col, columns):
            sheet.unkeyed.append(SheetRow("", r, cells))
            key = "?"  # an indicator row that lost its ID: its input cells are still inputs
        for c in unknown if key else unknown_or_input:
            if c < len(row) and not is_blank(row[c]):
                sheet.stray.append((r, c, row[c]))
    sheet.formulas, sheet.errors = _scan_cells(workbook, name, sorted(inputs))
    return sheet


def _is_indicator_text(row: list[Any], text_col: int, columns: dict[str, int]) -> bool:
    """A row without a key that still looks like an indicator (a text and a Målvärde)."""
    text = row[text_col] if text_col < len(row) else ""
    target_col = columns.get("target")
    target = row[target_col] if target_col is not None and target_col < len(row) else ""
    return not is_blank(text) and not is_blank(target)


def _key(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if not is_blank(value) else ""


# -- what calamine cannot say: formulas and errors -----------------------------------------------


def _scan_cells(
    workbook: Workbook, sheet: str, columns: Collection[int]
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    """0-based positions of the formula cells and of the error cells (with the error text) among
    ``columns`` of ``sheet``: what calamine's values cannot tell."""
    if workbook.suffix == ".ods":
        try:
            with zipfile.ZipFile(io.BytesIO(workbook.data)) as archive:
                return _scan_ods(archive, sheet, set(columns))
        except (KeyError, zipfile.BadZipFile, SafeET.ParseError, ValueError, OSError):
            return set(), {}
    return _scan_xlsx(workbook.parts.xml(sheet), columns)


def _scan_xlsx(
    xml: bytes | None, columns: Collection[int]
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    if xml is None or not columns:
        return set(), {}
    formulas: set[tuple[int, int]] = set()
    errors: dict[tuple[int, int], str] = {}
    key = tuple(sorted(columns))
    for m in _cells_pattern(key, _FORMULA_CELL).finditer(xml):
        formulas.add((int(m["row"]) - 1, _column_index(m["col"])))
    if b't="e"' in xml:  # rare: skip the second pass for the common file without errors
        for m in _cells_pattern(key, _ERROR_CELL).finditer(xml):
            value = _ERROR_VALUE.search(xml, m.end(), _cell_end(xml, m.end()))
            shown = value[1].decode("utf-8", "replace") if value else "#FEL"
            errors[(int(m["row"]) - 1, _column_index(m["col"]))] = shown
    return formulas, errors


# Excel, LibreOffice, Gnumeric, openpyxl and XlsxWriter all write ``r`` as a cell's first attribute,
# and ``<f>`` is a cell's first child when it has a formula.
_FORMULA_CELL = rb"[^>]*>\s*<f[\s/>]"
_ERROR_CELL = rb'[^>]*?\bt="e"'


@lru_cache(maxsize=64)
def _cells_pattern(columns: tuple[int, ...], rest: bytes) -> re.Pattern[bytes]:
    """Cells of ``columns`` whose tag continues with ``rest``."""
    letters = b"|".join(column_name(c).encode("ascii") for c in columns)
    return re.compile(rb'<c r="(?P<col>' + letters + rb')(?P<row>[0-9]{1,7})"' + rest)


def _cell_end(xml: bytes, start: int) -> int:
    """Where the cell whose tag ``start`` is in ends (a self-closing cell ends at its tag)."""
    tag_end = xml.find(b">", start)
    if tag_end > 0 and xml[tag_end - 1 : tag_end] == b"/":
        return tag_end
    close = xml.find(b"</c>", start)
    return close if close >= 0 else len(xml)


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ch - 64)
    return index - 1


def _scan_ods(
    archive: zipfile.ZipFile, sheet: str, columns: set[int]
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    """Formula and error cells of ``columns`` in table ``sheet``, streaming: a content.xml may be
    large, and repeated rows and columns are counted, never expanded."""
    formulas: set[tuple[int, int]] = set()
    errors: dict[tuple[int, int], str] = {}
    inside = False
    r = c = 0
    row_repeat = 1
    with archive.open("content.xml") as content:
        for event, element in SafeET.iterparse(content, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _ODS + "table":
                    inside = element.get(_ODS + "name") == sheet
                    r = 0
                elif tag == _ODS + "table-row":
                    c = 0
                    row_repeat = _repeat(element.get(_ODS + "number-rows-repeated"))
                continue
            if not inside:
                if tag in (_ODS + "table-row", _ODS + "table"):
                    element.clear()
                continue
            if tag in (_ODS + "table-cell", _ODS + "covered-table-cell"):
                repeated = _repeat(element.get(_ODS + "number-columns-repeated"))
                if element.get(_ODS + "formula") is not None:
                    hit = [(r, col) for col in columns if c <= col < c + repeated]
                    formulas.update(hit)
                    if element.get(_CALCEXT_TYPE) == "error":
                        shown = "".join(element.itertext()).strip() or "#FEL"
                        errors.update((pos, shown) for pos in hit)
                c += repeated
            elif tag == _ODS + "table-row":
                r += row_repeat
                element.clear()
            elif tag == _ODS + "table":
                break
    return formulas, errors


def _repeat(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1
