"""Write a plan workbook in the contract's format: the blank one of ``vpt plan new``, or any Plan.

Texts and look come from ``workbook_templates/planbok.toml``. Everything from the plan is
written as text (or a date or number where the column is one), never as a formula or a link.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from vpt.model import DIRECTION_LABELS, TYPE_LABELS, Goal, Indicator, Period, Plan, Unit
from vpt.planbook import cells
from vpt.planbook.schema import GOALS, INDICATORS, PERIODS, PLAN, PLAN_KEYS, UNITS, SheetSpec
from vpt.rowfit import fit_row
from vpt.templates import load_template

__all__ = ["blank_plan", "write_plan"]

# Rows that get dropdowns and input messages below the header, enough for a large plan.
_INPUT_ROWS = 2000
_FIXED_CREATED = datetime(2026, 1, 1)


def blank_plan() -> Plan:
    """The example plan that ``vpt plan new`` writes: one filled row per sheet."""
    example = load_template("planbok")["example"]
    meta = example["plan"]
    return Plan(
        name=meta["name"],
        organisation=meta["organisation"],
        year=int(meta["year"]),
        levels=cells.parse_levels(meta["levels"]),
        tolerance=cells.parse_tolerance(meta["tolerance"]) or 0.10,
        rollup=meta["rollup"],
        goals=tuple(Goal(**g) for g in example["goals"]),
        indicators=tuple(
            Indicator(
                id=i["id"],
                goal_id=i["goal_id"],
                name=i["name"],
                type=cells.parse_type(i.get("type")),
                target=i.get("target", ""),
                direction=cells.parse_direction(i.get("direction")),
                baseline=i.get("baseline", ""),
                source=i.get("source", ""),
                periods=cells.parse_id_list(i.get("periods")),
            )
            for i in example["indicators"]
        ),
        units=tuple(Unit(**u) for u in example["units"]),
        periods=tuple(Period(**p) for p in example["periods"]),
    )


def write_plan(plan: Plan, path: Path | str, *, created: datetime | None = None) -> None:
    """Write ``plan`` as a plan workbook; the same plan and ``created`` give identical bytes."""
    template = load_template("planbok")
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    book.set_properties({"title": plan.name, "created": created or _FIXED_CREATED})
    formats = {name: book.add_format(spec) for name, spec in template["formats"].items()}

    sheet = book.add_worksheet("Instruktioner")
    sheet.set_column(0, 0, 120, formats["instruction"])
    sheet.write_string(0, 0, template["title"], formats["title"])
    for row, line in enumerate(template["instructions"], start=2):
        sheet.write_string(row, 0, line, formats["instruction"])
        fit_row(sheet, row, [(line, 120)], font_size=11)
    _print_setup(sheet, len(template["instructions"]) + 1, 1)

    plan_rows = [
        (PLAN_KEYS["name"], plan.name),
        (PLAN_KEYS["organisation"], plan.organisation),
        (PLAN_KEYS["year"], plan.year),
        (PLAN_KEYS["levels"], "; ".join(plan.levels)),
        (PLAN_KEYS["tolerance"], _percent_text(plan.tolerance)),
        (PLAN_KEYS["rollup"], plan.rollup),
        *plan.notes,
    ]
    _table(book, formats, template, PLAN, [{"key": k, "value": v} for k, v in plan_rows])
    _table(book, formats, template, GOALS, [_goal_row(g) for g in plan.goals])
    _table(book, formats, template, INDICATORS, [_indicator_row(i) for i in plan.indicators])
    _table(book, formats, template, UNITS, [_unit_row(u) for u in plan.units])
    _table(book, formats, template, PERIODS, [_period_row(p) for p in plan.periods])
    book.close()


def _percent_text(fraction: float) -> str:
    return f"{round(fraction * 100, 6):g} %".replace(".", ",")


def _goal_row(goal: Goal) -> dict[str, object]:
    return {
        "id": goal.id,
        "parent_id": goal.parent_id or "",
        "title": goal.title,
        "description": goal.description,
    }


def _indicator_row(ind: Indicator) -> dict[str, object]:
    return {
        "id": ind.id,
        "goal_id": ind.goal_id,
        "name": ind.name,
        "description": ind.description,
        "type": TYPE_LABELS[ind.type] if ind.type else "",
        "unit": ind.unit,
        "target": ind.target,
        "threshold": ind.threshold,
        "direction": DIRECTION_LABELS[ind.direction] if ind.direction else "",
        "baseline": ind.baseline,
        "source": ind.source,
        "periods": "; ".join(ind.periods),
        "units": "; ".join(ind.units),
    }


def _unit_row(unit: Unit) -> dict[str, object]:
    return {"id": unit.id, "name": unit.name, "contact": unit.contact, "email": unit.email}


def _period_row(period: Period) -> dict[str, object]:
    return {
        "id": period.id,
        "name": period.name,
        "start": period.start,
        "end": period.end,
        "deadline": period.deadline,
    }


def _table(
    book: xlsxwriter.Workbook,
    formats: dict[str, Any],
    template: dict[str, Any],
    spec: SheetSpec,
    rows: Sequence[dict[str, object]],
) -> None:
    sheet = book.add_worksheet(spec.name)
    for col, column in enumerate(spec.columns):
        sheet.set_column(col, col, column.width, formats[_column_format(spec, column.key)])
        sheet.write_string(0, col, column.header, formats["header"])
    sheet.freeze_panes(1, 0)
    for row, values in enumerate(rows, start=1):
        for col, column in enumerate(spec.columns):
            cell_format = _column_format(spec, column.key)
            _write(sheet, row, col, values.get(column.key), formats, cell_format)
        # Long texts wrap in their cells; the row grows with them, on screen and on paper.
        fit_row(sheet, row, [(value, column.width) for column in spec.columns
                             if isinstance(value := values.get(column.key), str)],
                font_size=11)  # fmt: skip
    _validations(sheet, spec, template)
    _print_setup(sheet, len(rows), len(spec.columns))
    sheet.repeat_rows(0)


def _print_setup(sheet: Worksheet, last_row: int, columns: int) -> None:
    """Print only the filled area (the formatted columns run to the bottom), landscape A4."""
    sheet.print_area(0, 0, max(last_row, 1), columns - 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_header("&L&A")  # the sheet's name
    sheet.set_footer("&RSida &P av &N")


# Columns formatted as text, so that what the administrator types is kept as typed.
_TEXT_COLUMNS = {"target", "threshold", "baseline"}


def _column_format(spec: SheetSpec, key: str) -> str:
    return "text" if spec is INDICATORS and key in _TEXT_COLUMNS else "cell"


def _write(
    sheet: Worksheet,
    row: int,
    col: int,
    value: object,
    formats: dict[str, Any],
    cell_format: str = "cell",
) -> None:
    if value is None or value == "":
        return
    if isinstance(value, date):
        sheet.write_datetime(
            row, col, datetime(value.year, value.month, value.day), formats["date"]
        )
    elif isinstance(value, int) and not isinstance(value, bool):
        sheet.write_number(row, col, value, formats["cell"])
    else:
        sheet.write_string(row, col, str(value), formats[cell_format])


def _validations(sheet: Worksheet, spec: SheetSpec, template: dict[str, Any]) -> None:
    texts = template["validation"]
    messages = template["messages"]
    lists: dict[str, tuple[list[str], str]] = {
        "type": (list(TYPE_LABELS.values()), "type"),
        "direction": (list(DIRECTION_LABELS.values()), "direction"),
    }
    for col, column in enumerate(spec.columns):
        options: dict[str, Any] | None = None
        if spec is INDICATORS and column.key in lists:
            choices, name = lists[column.key]
            options = {
                "validate": "list",
                "source": choices,
                "input_title": texts[f"{name}_title"],
                "input_message": texts[f"{name}_message"],
                "error_title": texts["error_title"],
                "error_message": texts[f"{name}_error"],
            }
        elif spec is PERIODS and column.key in {"start", "end", "deadline"}:
            options = {
                "validate": "date",
                "criteria": "between",
                "minimum": date(1990, 1, 1),
                "maximum": date(2100, 12, 31),
                "input_title": texts["date_title"],
                "input_message": texts["date_message"],
                "error_title": texts["error_title"],
                "error_message": texts["date_error"],
            }
        elif f"{spec.name}.{column.key}" in messages:
            options = {
                "validate": "any",
                "input_title": column.header,
                "input_message": messages[f"{spec.name}.{column.key}"],
            }
        if options is not None:
            sheet.data_validation(1, col, _INPUT_ROWS, col, _truncate(options))


def _truncate(options: dict[str, Any]) -> dict[str, Any]:
    """Excel limits input titles to 32 and messages to 255 characters."""
    return {k: _cut(v, _TEXT_LIMITS[k]) if k in _TEXT_LIMITS else v for k, v in options.items()}


_TEXT_LIMITS = {"input_title": 32, "error_title": 32, "input_message": 255, "error_message": 255}


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
