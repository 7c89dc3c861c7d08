"""How far a sheet really reaches, told from its cells before any reader builds a table of it.

python-calamine turns a sheet into a dense table from A1 to the farthest cell that holds a value,
so one value at XFD1048576 (or at a row number past 2^32) asks for billions of cells: the process
is aborted by a failed allocation, or spends gigabytes and half a minute on one file. The
``<dimension>`` a sheet claims proves nothing; the cells do. :func:`xlsx_extent` and
:func:`ods_extents` read the cell positions from the sheet's XML (a regular expression over the
tags for .xlsx, a streaming parse for .ods) and count what the dense table would hold, so the
caller can refuse a sheet whose extent is far beyond what it contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from vpt.findings import cell_ref

__all__ = ["MAX_DENSE_CELLS", "SheetExtent", "ods_extents", "xlsx_extent"]

MAX_DENSE_CELLS = 1_000_000
"""Cells of the dense table a sheet may need: about 50 MB and half a second in python-calamine.
A follow-up sheet needs 13 columns × a few hundred rows; a million is a hundred times more."""


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """The farthest row and column holding a value (1-based; 0 for an empty sheet), and how many
    rows hold one."""

    rows: int
    columns: int
    content_rows: int
    invalid: bool = False  # a cell's reference is no cell address (row 0, no digits, junk)

    @property
    def dense_cells(self) -> int:
        """Cells in the table from A1 to the farthest row and column."""
        return self.rows * self.columns

    @property
    def too_large(self) -> bool:
        return self.dense_cells > MAX_DENSE_CELLS

    @property
    def far_corner(self) -> str:
        """The farthest corner as Excel names it ("XFD1048576"), or a description past Excel."""
        if self.rows <= _EXCEL_ROWS and self.columns <= _EXCEL_COLUMNS:
            return cell_ref(self.rows - 1, self.columns - 1) if self.rows and self.columns else "A1"
        return f"rad {self.rows}, kolumn {self.columns}"


_EXCEL_ROWS = 1_048_576
_EXCEL_COLUMNS = 16_384

# Excel, LibreOffice, Gnumeric, openpyxl and XlsxWriter write ``r`` as a cell's first attribute and
# no namespace prefix; a sheet where every cell is written so takes the fast path, which looks only
# at cells that are not self-closing (a formatted empty cell holds nothing), in C. Any other sheet
# is followed tag by tag.
_CELL_OPENER = re.compile(rb"<c[\s/>]")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s/>]")
_VALUED_CELL = re.compile(rb'<c r="([^"]*)"[^>]*(?<!/)>')
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)([\s/>][^>]*?)?(/?)>")
_R_ATTR = re.compile(rb'\sr="([^"]*)"')
_REF = re.compile(rb"([A-Za-z]*)([0-9]*)")


def xlsx_extent(xml: bytes) -> SheetExtent:
    """The extent of an .xlsx worksheet part by the positions of its cells that hold something.

    A self-closing cell (``<c r="B2" s="1"/>``: formatting only) holds nothing; every other cell
    counts, even one whose value python-calamine would skip, so the estimate errs on the large side.
    """
    cells = len(_CELL_OPENER.findall(xml))
    prefixed = b":c" in xml and _PREFIXED_CELL.search(xml) is not None
    if prefixed or cells != xml.count(b'<c r="'):
        return _careful_xlsx_extent(xml)
    rows: set[int] = set()
    letters: set[bytes] = set()
    invalid = False
    for ref in _VALUED_CELL.findall(xml):
        parts = _REF.fullmatch(ref)
        if parts is None or not parts[1] or not parts[2]:
            invalid = True
            continue
        rows.add(int(parts[2]))
        letters.add(parts[1].upper())
    if not rows:
        return SheetExtent(0, 0, 0, invalid=invalid)
    widest = max(letters, key=lambda c: (len(c), c))
    invalid = invalid or 0 in rows
    return SheetExtent(max(rows), _column_number(widest), len(rows), invalid=invalid)


def _careful_xlsx_extent(xml: bytes) -> SheetExtent:
    """Follow rows and cells in order, as a reader places cells that lack an ``r`` attribute."""
    row = 0
    col = 0
    last_row = 0
    last_col = 0
    content: set[int] = set()
    invalid = False
    for match in _TAG.finditer(xml):
        kind, attrs, closed = match[1], match[2] or b"", match[3]
        ref = _R_ATTR.search(attrs)
        if kind == b"row":
            row = int(ref[1]) if ref and ref[1].isdigit() else row + 1
            invalid = invalid or row == 0
            col = 0
            continue
        if ref:
            parts = _REF.fullmatch(ref[1])
            if parts is None or not parts[1] or not parts[2] or int(parts[2]) == 0:
                invalid = True  # a reader may take it as any cell at all
                col += 1
            else:
                col = _column_number(parts[1].upper())
                row = int(parts[2])
        else:
            col += 1
        if not closed:
            content.add(max(row, 1))
            last_row = max(last_row, row, 1)
            last_col = max(last_col, col)
    return SheetExtent(last_row, last_col, len(content), invalid=invalid)


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


# -- OpenDocument ----------------------------------------------------------------------------------

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")


def ods_extents(content: IO[bytes]) -> dict[str, SheetExtent]:
    """The extent of every table in an .ods ``content.xml``, with repeated rows and columns counted
    as the reader expands them. A cell holds something when it has a value type or any text."""
    extents: dict[str, SheetExtent] = {}
    name = ""
    row = 0  # rows before the current one
    last_row = last_col = content_rows = 0
    col = 0
    row_repeat = 1
    row_has = 0  # the farthest column with content in the current row
    table: Element | None = None
    for event, element in _events(content):
        tag = element.tag
        if event == "start":
            if tag == _TABLE + "table":
                name = element.get(_TABLE + "name", "")
                row = last_row = last_col = content_rows = 0
                table = element
            elif tag == _TABLE + "table-row":
                col, row_has = 0, 0
                row_repeat = _repeat(element.get(_TABLE + "number-rows-repeated"))
            continue
        if tag in _CELLS:
            repeat = _repeat(element.get(_TABLE + "number-columns-repeated"))
            holds = element.get(_OFFICE + "value-type") is not None or _has_text(element)
            col += repeat
            if holds:
                row_has = col
            element.clear()
        elif tag == _TABLE + "table-row":
            if row_has:
                last_row = row + row_repeat
                last_col = max(last_col, row_has)
                content_rows += row_repeat
            row += row_repeat
            if table is not None:  # finished rows are not kept: a million of them would add up
                table.clear()
        elif tag == _TABLE + "table":
            extents[name] = SheetExtent(last_row, last_col, content_rows)
            element.clear()
    return extents


def _events(content: IO[bytes]) -> Iterator[tuple[str, Element]]:
    events: Iterator[tuple[str, Element]] = iterparse(
        content, events=("start", "end"), forbid_dtd=True
    )
    return events


def _repeat(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _has_text(element: Element) -> bool:
    return bool("".join(element.itertext()).strip())
