"""Fast rows for the summary's big tables, spliced into the sheets xlsxwriter has written.

XlsxWriter keeps an object per cell and spends about 6 µs on each; the Data, Kommentarer and Fynd
tables of 500 units × 60 indicators hold over a million cells (6–7 s, ~400 MB). Their rows are
plain (text, number, one format), so they are written here as sheet XML straight to a temporary
file, and moved into the finished workbook's sheet part after ``Workbook.close()``. XlsxWriter
still lays out everything else (titles, header rows, column widths, tables, print setup).

Text is always an inline string (``t="inlineStr"``): never a formula, never a link.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from vpt.excel import MAX_ROWS
from vpt.rowfit import fitted_height

__all__ = ["BulkRows", "splice"]

Cell = tuple[str | float | None, Format | None]

_OVERFLOW = "… fler rader ryms inte i Excel och visas inte här."
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def _escape(text: str) -> str:
    """XML text; control characters (and literal ``_xHHHH_``) as Excel's ``_xHHHH_`` escapes."""
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(_escape_match, text)
    return text


def _cell_tail(value: str | float | None, style: str) -> str:
    """A cell's XML after ``<c r="A1"``: inline text, a number, or only a format."""
    if isinstance(value, str) and value:
        return f'{style} t="inlineStr"><is><t xml:space="preserve">{_escape(value)}</t></is></c>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{style}><v>{value!r}</v></c>"
    return f"{style}/>"


def _escape_match(match: re.Match[str]) -> str:
    found = match.group(0)
    if len(found) == 1:
        return f"_x{ord(found):04X}_"
    return "_x005F" + found  # a literal "_x0041_" stays literal


class BulkRows:
    """Rows from ``first_row`` (0-based) down, for one worksheet, buffered in a temporary file."""

    def __init__(
        self,
        sheet: Worksheet,
        first_row: int,
        columns: int,
        *,
        widths: Sequence[float] = (),
    ) -> None:
        self.sheet_index: int = sheet.index
        self.first_row = first_row
        self.columns = columns
        self.rows = 0
        self.dropped = 0
        self._letters = [xl_col_to_name(c) for c in range(columns)]
        # A cell's XML after its reference, per (value, format): names and paths repeat a lot.
        self._cells: dict[tuple[str | float | None, int], str] = {}
        self._sheet = sheet
        # Column widths of wrapped columns: rows get the height their texts need (vpt.rowfit).
        self._widths = tuple(widths)
        self.table: tuple[str, str] | None = None  # (name, real range) once add_table is called
        # Lives as long as the rows do; closed by close() (splice and the writer's finally).
        self._buffer: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115

    def add(self, cells: Sequence[Cell]) -> None:
        """Append one row; empty text and None are left out (but a format alone is kept).

        Excel shows at most :data:`~vpt.excel.MAX_ROWS` rows: the last one says that more did
        not fit, and rows after it are counted in ``dropped`` but not written.
        """
        if self.first_row + self.rows >= MAX_ROWS - 1:
            if not self.dropped:
                self._write_row([(_OVERFLOW, None)])
            self.dropped += 1
            return
        self._write_row(cells)

    def _write_row(self, cells: Sequence[Cell]) -> None:
        number = str(self.first_row + self.rows + 1)
        extra = ""
        # Most rows fit on one line: only texts longer than their column is wide are measured.
        long = [
            (value, width)
            for (value, _), width in zip(cells, self._widths, strict=False)
            if isinstance(value, str) and (len(value) > width or "\n" in value)
        ]
        if long:
            height = fitted_height(long)
            extra = f' ht="{height}" customHeight="1"' if height is not None else ""
        parts = ['<row r="', number, '"', extra, ">"]
        for letter, (value, fmt) in zip(self._letters, cells, strict=False):
            if (value is None or value == "") and fmt is None:
                continue
            key = (value, id(fmt))
            tail = self._cells.get(key)
            if tail is None:
                tail = self._cells[key] = _cell_tail(value, self._style(fmt))
            parts += ('<c r="', letter, number, '"', tail)
        parts.append("</row>")
        self._buffer.write("".join(parts))
        self.rows += 1

    def _style(self, fmt: Format | None) -> str:
        if fmt is None:
            return ""
        # The same call xlsxwriter makes when it writes a cell in constant-memory mode.
        return f' s="{fmt._get_xf_index()}"'

    def add_table(self, name: str, headers: Sequence[str], style: str) -> None:
        """An Excel table over the header row above the rows and all rows added.

        Call after the last row. XlsxWriter registers every cell of a table's range (to refuse
        overlaps), a million dictionary entries here, so the table is declared over one row and
        its range is set to the real one when the rows are spliced in.
        """
        top = self.first_row - 1
        self._sheet.add_table(
            top, 0, top + 1, self.columns - 1,
            {"name": name, "style": style, "autofilter": True,
             "columns": [{"header": h} for h in headers]},
        )  # fmt: skip
        self.table = (name, f"A{top + 1}:{self.last_cell}")

    @property
    def last_cell(self) -> str:
        return f"{self._letters[-1]}{self.first_row + max(self.rows, 1)}"

    def copy_to(self, target: IO[bytes]) -> None:
        self._buffer.seek(0)
        while chunk := self._buffer.read(1 << 20):
            target.write(chunk.encode("utf-8"))

    def close(self) -> None:
        self._buffer.close()


def splice(source: Path, target: Path, bulks: Sequence[BulkRows]) -> None:
    """Copy the workbook ``source`` to ``target``, each bulk's rows at the end of its sheet data."""
    by_part = {f"xl/worksheets/sheet{b.sheet_index + 1}.xml": b for b in bulks}
    tables = dict(b.table for b in bulks if b.table is not None)
    with zipfile.ZipFile(source) as parts, zipfile.ZipFile(target, "w") as out:
        for info in parts.infolist():
            bulk = by_part.get(info.filename)
            if info.filename.startswith("xl/tables/"):
                out.writestr(info, _table_range(parts.read(info).decode("utf-8"), tables),
                             compress_type=info.compress_type)  # fmt: skip
                continue
            if bulk is None:
                out.writestr(info, parts.read(info), compress_type=info.compress_type)
                continue
            xml = parts.read(info).decode("utf-8")
            xml = re.sub(r'<dimension ref="A1(:[A-Z]+\d+)?"/>',
                         f'<dimension ref="A1:{bulk.last_cell}"/>', xml, count=1)  # fmt: skip
            head, tail = _split(xml)
            with out.open(_entry(info), "w") as sheet:
                sheet.write(head.encode("utf-8"))
                bulk.copy_to(sheet)
                sheet.write(tail.encode("utf-8"))


def _table_range(xml: str, tables: dict[str, str]) -> str:
    """The table part with its (and its filter's) range set to the real one, found by name."""
    found = re.search(r'<table [^>]*\bname="([^"]+)"', xml)
    if found is None or found.group(1) not in tables:
        return xml
    return re.sub(r'\bref="[A-Z]+\d+:[A-Z]+\d+"', f'ref="{tables[found.group(1)]}"', xml)


def _split(xml: str) -> tuple[str, str]:
    """The sheet XML before and after the point where the rows go (the end of sheetData)."""
    end = xml.find("</sheetData>")
    if end >= 0:
        return xml[:end], xml[end:]
    empty = xml.find("<sheetData/>")
    return xml[:empty] + "<sheetData>", "</sheetData>" + xml[empty + len("<sheetData/>") :]


def _entry(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = info.external_attr
    return entry
