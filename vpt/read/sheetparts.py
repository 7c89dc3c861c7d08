"""A returned workbook's sheets as parts of its zip: where each sheet's XML is, and its extent.

The readers need the raw XML twice, to bound a sheet before python-calamine builds a table of it
(:mod:`vpt.read.extent`) and to find the formulas and error values calamine cannot show; this
module finds each part once and hands out its bytes. Sheet names are resolved the way calamine
resolves them (workbook.xml → its relationships → the part), so what is measured is what is read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from functools import cached_property

from defusedxml import ElementTree as SafeET

from vpt.errors import ReturnUnreadable
from vpt.read.extent import SheetExtent, ods_extents, xlsx_extent

__all__ = ["SheetParts", "sheet_error"]

_OOXML_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class SheetParts:
    """The sheets of one workbook's zip (``data``), looked up lazily and once."""

    def __init__(self, data: bytes, suffix: str) -> None:
        self.data = data
        self.suffix = suffix
        self._xml: dict[str, bytes | None] = {}
        self._extents: dict[str, SheetExtent | None] = {}

    @cached_property
    def _archive(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(io.BytesIO(self.data))

    @cached_property
    def _xlsx_parts(self) -> dict[str, str]:
        """Sheet name → worksheet part, for .xlsx ({} when workbook.xml cannot be read)."""
        try:
            book = SafeET.fromstring(self._archive.read("xl/workbook.xml"))
            rels = SafeET.fromstring(self._archive.read("xl/_rels/workbook.xml.rels"))
        except (KeyError, zipfile.BadZipFile, SafeET.ParseError, ValueError, OSError):
            return {}
        targets = {e.get("Id"): e.get("Target") or "" for e in rels.iter() if e.get("Id")}
        parts: dict[str, str] = {}
        for sheet in book.iter():
            if not sheet.tag.endswith("}sheet"):
                continue
            target = targets.get(sheet.get(_OOXML_REL))
            if target:
                path = target[1:] if target.startswith("/") else f"xl/{target}"
                parts.setdefault(sheet.get("name", ""), posixpath.normpath(path))
        return parts

    @cached_property
    def _ods_extents(self) -> dict[str, SheetExtent]:
        try:
            with self._archive.open("content.xml") as content:
                return ods_extents(content)
        except (KeyError, zipfile.BadZipFile, SafeET.ParseError, ValueError, OSError):
            return {}

    def xml(self, name: str) -> bytes | None:
        """The worksheet XML of the .xlsx sheet ``name``; None when it cannot be found or read."""
        if name not in self._xml:
            part = self._xlsx_parts.get(name)
            try:
                self._xml[name] = self._archive.read(part) if part else None
            except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError):
                self._xml[name] = None
        return self._xml[name]

    def extent(self, name: str) -> SheetExtent | None:
        """How far sheet ``name`` reaches; None when its cells cannot be found to measure."""
        if name not in self._extents:
            if self.suffix == ".ods":
                self._extents[name] = self._ods_extents.get(name)
            else:
                xml = self.xml(name)
                self._extents[name] = xlsx_extent(xml) if xml is not None else None
        return self._extents[name]

    def check(self, name: str) -> None:
        """Raise :class:`ReturnUnreadable` unless sheet ``name`` is safe to hand to calamine."""
        extent = self.extent(name)
        if extent is None:
            raise sheet_error(name, "sheet-unreadable",
                "finns inte i filen som arbetsboken säger att det ska (filen är skadad)")  # fmt: skip
        if extent.invalid:
            raise sheet_error(name, "sheet-unreadable",
                "har en cell vars adress inte är någon cell (till exempel rad 0)")  # fmt: skip
        if extent.too_large:
            raise ReturnUnreadable(
                f"Bladet ”{name}” påstår sig sträcka sig till {extent.far_corner} men har "
                f"{_rows(extent.content_rows)} med innehåll, och läses inte: det skulle ta "
                "mycket minne och lång tid. Be enheten ta bort det som står långt ut i bladet "
                "(Ctrl+End i Excel visar var), spara och skicka arbetsboken igen.",
                code="sheet-too-large",
            )


def sheet_error(name: str, code: str, what: str) -> ReturnUnreadable:
    """A sheet that cannot be read, saying which and what is wrong (``what`` ends the sentence)."""
    return ReturnUnreadable(
        f"Bladet ”{name}” kan inte läsas: det {what}. Be enheten öppna arbetsboken, rätta eller "
        "spara om den som .xlsx och skicka den igen.",
        code=code,
    )


def _rows(count: int) -> str:
    shown = f"{count:,}".replace(",", "\u00a0")
    return f"{shown} rad" if count == 1 else f"{shown} rader"
