"""Which plan cells show a percentage: "75%" typed into a General cell in Excel or Calc is stored
as the number 0.75 with a percent format. calamine gives the number but not the format, so the
format is read here from the workbook's XML, for the few columns where it matters (Målvärde,
Gränsvärde, Ingångsvärde).

Only .xlsx/.xlsm (Office Open XML) carry formats this way; anything else gives no cells, and the
share check in `vpt plan check` ("menade du 75 %?") is the fallback.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from defusedxml import ElementTree

__all__ = ["percent_cells"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Built-in number formats that show a percent sign: 0% and 0.00%.
_BUILTIN_PERCENT = {9, 10}
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def percent_cells(path: Path, sheet_name: str, columns: Iterable[int]) -> set[tuple[int, int]]:
    """(row, column) of the numeric cells in ``columns`` whose format shows a percent.

    Rows are 1-based like the sheet, columns 0-based like the grid calamine returns. Never
    raises: a file that is not an Office Open XML workbook, or one that cannot be read, gives none.
    """
    wanted = set(columns)
    if not wanted:
        return set()
    try:
        with zipfile.ZipFile(path) as book:
            sheet_xml = _sheet_path(book, sheet_name)
            if sheet_xml is None:
                return set()
            styles = _percent_styles(book)
            if not styles:
                return set()
            return _cells(book, sheet_xml, wanted, styles)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError):
        return set()


def _sheet_path(book: zipfile.ZipFile, sheet_name: str) -> str | None:
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rel_id = None
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == sheet_name:
            rel_id = sheet.get(f"{_REL}id")
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PACKAGE_REL}Relationship"):
        if rel.get("Id") == rel_id:
            target = str(rel.get("Target", ""))
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _percent_styles(book: zipfile.ZipFile) -> set[int]:
    """Indices of the cell formats (the cells' s attribute) that show a percent."""
    try:
        styles = ElementTree.fromstring(book.read("xl/styles.xml"))
    except KeyError:
        return set()
    custom = {
        int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "")
        for fmt in styles.iter(f"{_MAIN}numFmt")
    }
    percent_ids = set(_BUILTIN_PERCENT)
    percent_ids |= {number for number, code in custom.items() if _shows_percent(code)}
    found: set[int] = set()
    xfs = styles.find(f"{_MAIN}cellXfs")
    if xfs is None:
        return found
    for index, xf in enumerate(xfs.iter(f"{_MAIN}xf")):
        if int(xf.get("numFmtId", "0")) in percent_ids:
            found.add(index)
    return found


def _shows_percent(code: str) -> bool:
    """A percent sign outside quotes and not escaped: 0.0%, 0 %, but not 0" %".."""
    unquoted = re.sub(r'"[^"]*"|\\.', "", code)
    return "%" in unquoted


def _cells(
    book: zipfile.ZipFile, sheet_xml: str, columns: set[int], styles: set[int]
) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    with book.open(sheet_xml) as handle:
        for _, element in ElementTree.iterparse(handle):
            if element.tag != f"{_MAIN}c":
                continue
            style = element.get("s")
            kind = element.get("t", "n")
            if style is not None and kind == "n" and int(style) in styles:
                match = _CELL_REF.fullmatch(element.get("r", ""))
                if match:
                    column = _column_index(match.group(1))
                    if column in columns:
                        found.add((int(match.group(2)), column))
            element.clear()
    return found


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1
