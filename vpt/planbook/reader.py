"""Read a plan workbook into a :class:`vpt.model.Plan`, reporting every problem as a finding.

The reader is tolerant where people are inconsistent (header case and spacing, column order,
extra columns, blank rows, numbers typed as text) and exact about where a problem is: every
finding names the sheet, the Excel row and the column. It never raises for a bad plan; a file
that cannot be used at all gives ``(None, report)``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import python_calamine

from vpt.errors import ReturnUnreadable
from vpt.findings import Finding, Report, Severity
from vpt.model import Goal, Indicator, Period, Plan, Unit
from vpt.planbook import cells
from vpt.planbook.checks import check_plan
from vpt.planbook.percent_cells import percent_cells
from vpt.planbook.schema import (
    GOALS,
    INDICATORS,
    PERIODS,
    PLAN,
    PLAN_KEYS,
    SHEETS,
    UNITS,
    SheetLayout,
    SheetSpec,
    normalise_header,
)
from vpt.read.guard import MAX_FILE_BYTES
from vpt.read.native import is_read_failure, native_quiet
from vpt.read.sheetparts import SheetParts
from vpt.targets import target_findings
from vpt.targets.numbers import format_number

__all__ = ["read_plan"]

T = TypeVar("T")

# How far down a sheet the header row may start (instructions above it are allowed).
_HEADER_SEARCH_ROWS = 10


@dataclass
class _Table:
    layout: SheetLayout
    rows: list[tuple[int, dict[str, object]]]  # (Excel row, column key -> raw value)


def read_plan(path: Path | str) -> tuple[Plan | None, Report]:
    """Read and check a plan workbook. ``Plan`` is None only when the file cannot be used at all."""
    path = Path(path)
    report = Report()
    if not path.is_file():
        report.add(_unusable(path, "plan-missing-file", f"Filen {path} finns inte."))
        return None, report
    try:
        data = _read_bounded(path)
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet_names = list(book.sheet_names)
    except BaseException as exc:  # calamine's errors, OSError, or a Rust panic (BaseException)
        if not is_read_failure(exc):
            raise
        report.add(
            _unusable(
                path,
                "plan-unreadable",
                f"Filen {path.name} går inte att läsa som en arbetsbok. "
                "Spara planen som Excel-arbetsbok (.xlsx) och försök igen.",
            )
        )
        return None, report

    tables: dict[str, _Table] = {}
    parts = SheetParts(data, path.suffix.lower())
    for spec in SHEETS:
        table = _read_sheet(book, parts, sheet_names, spec, path, report)
        if table is not None:
            tables[spec.key] = table
    book.close()

    if not tables:
        report.add(
            _unusable(
                path,
                "plan-no-sheets",
                f"{path.name} saknar planens blad (Plan, Mål, Indikatorer, Enheter, Perioder). "
                "Skapa en ny plan med ”vpt plan new” och fyll i den.",
            )
        )
        return None, report

    indicators = tables.get(INDICATORS.key)
    if indicators is not None:
        _percent_texts(path, indicators)
    plan = _build_plan(path, tables, report)
    layouts = {key: table.layout for key, table in tables.items()}
    report.extend(check_plan(plan, layouts, file=str(path)))
    report.extend(_placed(f, layouts, path) for f in target_findings(plan))
    return plan, report


# Columns whose numbers are read as the percent they show when the cell is percent-formatted.
_PERCENT_COLUMNS = ("target", "threshold", "baseline")


def _percent_texts(path: Path, table: _Table) -> None:
    """ "75%" typed into a General cell is stored as 0.75 with a percent format: read it as the
    "75 %" the person sees, not as 0,75."""
    columns = {table.layout.columns[k]: k for k in _PERCENT_COLUMNS if k in table.layout.columns}
    found = percent_cells(path, table.layout.name, columns)
    if not found:
        return
    for row, values in table.rows:
        for col, key in columns.items():
            raw = values.get(key)
            if (row, col) in found and isinstance(raw, int | float) and not isinstance(raw, bool):
                values[key] = f"{format_number(float(raw) * 100)} %"


def _placed(finding: Finding, layouts: dict[str, SheetLayout], path: Path) -> Finding:
    """A target finding (sheet, row and column header known) with its file and cell filled in."""
    layout = next((lay for lay in layouts.values() if lay.spec.name == finding.sheet), None)
    key = (
        next((c.key for c in layout.spec.columns if c.header == finding.column), None)
        if layout is not None
        else None
    )
    cell = layout.place(key, finding.row)["cell"] if layout and key else finding.cell
    sheet = layout.name if layout is not None else finding.sheet
    return replace(finding, file=str(path), sheet=sheet, cell=cell)


def _unusable(path: Path, code: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message=message, file=str(path))


def _read_bounded(path: Path) -> bytes:
    """The plan file's bytes; OSError for one larger than any plan (a plan is some 100 KB)."""
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise OSError(f"större än {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data


def _plan_words(message: str) -> str:
    """The reader's sentence about a far-reaching sheet, without its advice meant for units."""
    return message.split(" Be enheten", 1)[0]


def _read_sheet(
    book: Any,
    parts: SheetParts,
    sheet_names: Sequence[str],
    spec: SheetSpec,
    path: Path,
    report: Report,
) -> _Table | None:
    wanted = normalise_header(spec.name)
    actual = next((n for n in sheet_names if normalise_header(n) == wanted), None)
    if actual is None:
        report.add(
            Finding(
                code="missing-sheet",
                severity=Severity.ERROR,
                message=f"Bladet ”{spec.name}” saknas i planen. Lägg till det med rubrikerna "
                f"{', '.join(c.header for c in spec.columns)}.",
                file=str(path),
                sheet=spec.name,
            )
        )
        return None
    try:
        parts.check(actual)
        with native_quiet():
            grid = book.get_sheet_by_name(actual).to_python(skip_empty_area=False)
    except BaseException as exc:  # a sheet too far-reaching, calamine's errors, a Rust panic
        if not (isinstance(exc, ReturnUnreadable) or is_read_failure(exc)):
            raise
        far = isinstance(exc, ReturnUnreadable) and exc.code == "sheet-too-large"
        report.add(
            Finding(
                code="unreadable-sheet",
                severity=Severity.ERROR,
                message=(_plan_words(str(exc)) if far else f"Bladet ”{actual}” går inte att läsa.")
                + " Kopiera innehållet till ett nytt blad med samma namn och spara igen.",
                file=str(path),
                sheet=actual,
            )
        )
        return None

    header_row, columns = _find_header(grid, spec)
    layout = SheetLayout(spec, actual, columns)
    missing = [c for c in spec.columns if c.required and c.key not in columns]
    if header_row is None or missing:
        names = ", ".join(c.header for c in (missing or [c for c in spec.columns if c.required]))
        report.add(
            Finding(
                code="missing-column",
                severity=Severity.ERROR,
                message=f"Bladet ”{actual}” saknar kolumnen {names}. Lägg till rubriken i första "
                "raden (stora och små bokstäver spelar ingen roll).",
                file=str(path),
                sheet=actual,
                row=(header_row + 1) if header_row is not None else None,
            )
        )
        return None

    rows: list[tuple[int, dict[str, object]]] = []
    for index in range(header_row + 1, len(grid)):
        raw = grid[index]
        values = {key: _cell(raw, col) for key, col in columns.items()}
        if all(cells.text(v) == "" for v in values.values()):
            continue
        rows.append((index + 1, values))
    return _Table(layout, rows)


def _cell(row: Sequence[object], col: int) -> object:
    value = row[col] if col < len(row) else None
    return None if value == "" else value


def _find_header(
    grid: Sequence[Sequence[object]], spec: SheetSpec
) -> tuple[int | None, dict[str, int]]:
    """The first row holding the sheet's required headers, and where each known column is."""
    lookup: dict[str, str] = {}
    for column in spec.columns:
        for name in (column.header, *column.aliases):
            lookup.setdefault(normalise_header(name), column.key)
    best: tuple[int | None, dict[str, int]] = (None, {})
    for index, row in enumerate(grid[:_HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            key = lookup.get(normalise_header(value))
            if key is not None and key not in found:
                found[key] = col
        if all(c.key in found for c in spec.columns if c.required):
            return index, found
        if len(found) > len(best[1]):
            best = (index, found)
    return best


class _Parser:
    """Runs cell parsers and turns their errors into findings at the right cell."""

    def __init__(self, path: Path, report: Report) -> None:
        self.path = path
        self.report = report

    def __call__(
        self,
        parse: Callable[[object], T],
        raw: object,
        layout: SheetLayout,
        key: str,
        row: int | None,
        default: T,
    ) -> T:
        try:
            return parse(raw)
        except cells.CellError as exc:
            self.report.add(
                Finding(
                    code=f"invalid-{key.replace('_', '-')}",
                    severity=Severity.ERROR,
                    message=str(exc),
                    file=str(self.path),
                    value=cells.text(raw),
                    **layout.place(key, row),
                )
            )
            return default


def _build_plan(path: Path, tables: dict[str, _Table], report: Report) -> Plan:
    parse = _Parser(path, report)
    meta: dict[str, tuple[int, object]] = {}
    notes: list[tuple[str, str]] = []
    known_keys = {normalise_header(v): k for k, v in PLAN_KEYS.items()}
    plan_table = tables.get(PLAN.key)
    if plan_table is not None:
        for row, values in plan_table.rows:
            label = cells.text(values.get("key"))
            field_name = known_keys.get(normalise_header(label))
            if field_name is not None:
                meta[field_name] = (row, values.get("value"))
            elif label:
                notes.append((label, cells.text(values.get("value"))))

    def meta_value(name: str, parser: Callable[[object], T], default: T) -> T:
        if name not in meta or plan_table is None:
            return default
        row, raw = meta[name]
        return parse(parser, raw, plan_table.layout, "value", row, default)

    name = meta_value("name", cells.text, "") or path.stem
    tolerance = meta_value("tolerance", cells.parse_tolerance, None)

    goals = tuple(
        Goal(
            id=cells.text(v.get("id")),
            parent_id=cells.text(v.get("parent_id")) or None,
            title=cells.text(v.get("title")),
            description=cells.text(v.get("description")),
            row=row,
        )
        for row, v in _rows(tables, GOALS.key)
    )

    indicators: list[Indicator] = []
    table = tables.get(INDICATORS.key)
    for row, v in _rows(tables, INDICATORS.key):
        assert table is not None
        lay = table.layout
        indicators.append(
            Indicator(
                id=cells.text(v.get("id")),
                goal_id=cells.text(v.get("goal_id")),
                name=cells.text(v.get("name")),
                description=cells.text(v.get("description")),
                type=parse(cells.parse_type, v.get("type"), lay, "type", row, None),
                unit=cells.text(v.get("unit")),
                target=cells.text(v.get("target")),
                threshold=cells.text(v.get("threshold")),
                direction=parse(
                    cells.parse_direction, v.get("direction"), lay, "direction", row, None
                ),
                baseline=cells.text(v.get("baseline")),
                source=cells.text(v.get("source")),
                periods=cells.parse_id_list(v.get("periods")),
                units=cells.parse_id_list(v.get("units")),
                row=row,
            )
        )

    units = tuple(
        Unit(
            id=cells.text(v.get("id")),
            name=cells.text(v.get("name")),
            contact=cells.text(v.get("contact")),
            email=cells.text(v.get("email")),
            row=row,
        )
        for row, v in _rows(tables, UNITS.key)
    )

    periods: list[Period] = []
    table = tables.get(PERIODS.key)
    for row, v in _rows(tables, PERIODS.key):
        assert table is not None
        lay = table.layout
        periods.append(
            Period(
                id=cells.text(v.get("id")),
                name=cells.text(v.get("name")),
                start=parse(cells.parse_date, v.get("start"), lay, "start", row, None),
                end=parse(cells.parse_date, v.get("end"), lay, "end", row, None),
                deadline=parse(cells.parse_date, v.get("deadline"), lay, "deadline", row, None),
                row=row,
            )
        )

    return Plan(
        name=name,
        organisation=meta_value("organisation", cells.text, ""),
        year=meta_value("year", cells.parse_year, None),
        levels=meta_value("levels", cells.parse_levels, ()),
        tolerance=0.10 if tolerance is None else tolerance,
        rollup=meta_value("rollup", cells.text, ""),
        notes=tuple(notes),
        goals=goals,
        indicators=tuple(indicators),
        units=units,
        periods=tuple(periods),
    )


def _rows(tables: dict[str, _Table], key: str) -> list[tuple[int, dict[str, object]]]:
    table = tables.get(key)
    return table.rows if table is not None else []
