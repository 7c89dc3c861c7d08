"""Open a summary workbook read-only and hand out its sheets as grids of plain values.

The summary is read with python-calamine (values only, nothing is ever written back), after a look
at the zip directory so that a damaged or hostile file fails with a Swedish message instead of a
traceback or a run on memory. Cells are found by their headers, never by position.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException, ElementTree
from python_calamine import CalamineWorkbook

from vpt.read.native import is_read_failure
from vpt.report.errors import SummaryUnreadable

__all__ = ["Grid", "company", "find_header_row", "open_grids", "text"]

Grid = list[list[Any]]

# A 500-unit summary is a few MB and inflates to well under 100 MB.
_MAX_FILE_BYTES = 200 * 1024 * 1024
_MAX_INFLATED_BYTES = 1024 * 1024 * 1024
_COMPANY = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company"


def open_grids(path: Path, wanted: Sequence[str], required: Iterable[str]) -> dict[str, Grid]:
    """The sheets in ``wanted`` that exist, as rows of values; raise if a required one is absent."""
    path = Path(path)
    _check_zip(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        lacking = [name for name in required if name not in names]
        if lacking:
            raise SummaryUnreadable(
                f"{path.name} saknar {'bladet' if len(lacking) == 1 else 'bladen'} "
                f"{', '.join(lacking)} och är inte en sammanställning "
                "som vpt skrev. Ange den .xlsx som ”vpt consolidate” skrev (med bladen Översikt, "
                "Data och Om)."
            )
        return {
            name: workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in wanted
            if name in names
        }
    except SummaryUnreadable:
        raise
    except BaseException as exc:  # calamine's own types for every kind of damage, or a panic
        if not is_read_failure(exc):
            raise  # a bug in vpt, not a damaged summary
        raise SummaryUnreadable(
            f"Sammanställningen {path.name} går inte att läsa ({type(exc).__name__}: {exc}). "
            "Är den skadad? Skriv den på nytt med ”vpt consolidate”."
        ) from exc


def _check_zip(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise SummaryUnreadable(f"Sammanställningen {path} finns inte.") from exc
    except OSError as exc:
        raise SummaryUnreadable(
            f"Sammanställningen {path} går inte att öppna ({exc.strerror or exc})."
        ) from exc
    if path.is_dir():
        raise SummaryUnreadable(f"{path} är en mapp. Ange sammanställningens .xlsx-fil.")
    if size > _MAX_FILE_BYTES:
        raise SummaryUnreadable(
            f"{path.name} är {size // (1024 * 1024)} MB, större än någon sammanställning vpt "
            "skriver. Ange den .xlsx som ”vpt consolidate” skrev."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except PermissionError as exc:
        raise SummaryUnreadable(
            f"Sammanställningen {path} går inte att läsa: du saknar behörighet till filen."
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SummaryUnreadable(
            f"{path.name} är ingen Excel-arbetsbok (.xlsx) eller är skadad. Ange den "
            "sammanställning som ”vpt consolidate” skrev."
        ) from exc
    if inflated > _MAX_INFLATED_BYTES:
        raise SummaryUnreadable(
            f"{path.name} packas upp till mer än 1 GB och kan inte vara en sammanställning från "
            "vpt. Filen läses inte."
        )


def company(path: Path) -> str:
    """The workbook's Company property (the summary writes the plan's organisation there)."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = ElementTree.fromstring(archive.read("docProps/app.xml")).find(_COMPANY)
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError, DefusedXmlException):
        return ""
    return (found.text or "").strip() if found is not None else ""


def text(value: Any) -> str:
    """A cell as trimmed text ("" for empty); whole floats lose their ".0" (IDs typed as numbers)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def find_header_row(grid: Grid, headers: Sequence[str], limit: int = 30) -> int | None:
    """The first row (0-based, among the first ``limit``) that holds every one of ``headers``."""
    wanted = {h.lower() for h in headers}
    for n, row in enumerate(grid[:limit]):
        present = {text(v).lower() for v in row}
        if wanted <= present:
            return n
    return None
