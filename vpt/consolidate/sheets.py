"""The summary's table sheets (Kommentarer, Data, Fynd, Inlämning) and the Om sheet."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from vpt import __version__
from vpt.consolidate.bulk import BulkRows
from vpt.consolidate.table import MISSING, SummaryRow, outcome_text, submission_label
from vpt.excel import cut_cell
from vpt.model import IndicatorType
from vpt.rowfit import fit_row
from vpt.targets import Status
from vpt.targets.numbers import format_number
from vpt.targets.reading import BY_OWN_SUFFIX

if TYPE_CHECKING:
    from vpt.consolidate.summary import _Context

__all__ = ["about", "comments", "data", "findings", "submissions"]

_TABLE_TOP = 3


def _text(sheet: Worksheet, row: int, col: int, value: str, fmt: Format | None = None) -> None:
    """Write text exactly as typed (never a formula or link); skip empty cells."""
    if value:
        sheet.write_string(row, col, cut_cell(value), fmt)
    elif fmt is not None:
        sheet.write_blank(row, col, None, fmt)


def _table(
    sheet: Worksheet,
    top: int,
    headers: list[str],
    rows: int,
    name: str,
    style: str,
) -> None:
    """An Excel table over the written rows (at least one row, as Excel requires)."""
    sheet.add_table(
        top,
        0,
        top + max(rows, 1),
        len(headers) - 1,
        {
            "name": name,
            "style": style,
            "columns": [{"header": h} for h in headers],
            "autofilter": True,
        },
    )


def _titled(sheet: Worksheet, ctx: _Context, section: str, **extra: object) -> dict[str, Any]:
    texts: dict[str, Any] = ctx.texts[section]
    sheet.write_string(0, 0, texts["title"].format(**ctx.names), ctx.styles.title)
    sheet.write_string(1, 0, texts["subtitle"].format(**ctx.names, **extra), ctx.styles.subtitle)
    for col, width in enumerate(texts["widths"]):
        sheet.set_column(col, col, width)
    return texts


def comments(sheet: Worksheet, ctx: _Context) -> BulkRows:
    """Every comment and action, and every indicator not met, as one filterable table."""
    texts = _titled(sheet, ctx, "comments")
    styles = ctx.styles
    cell = styles.cell
    rows = BulkRows(sheet, _TABLE_TOP + 1, len(texts["headers"]), widths=texts["widths"])
    for found in ctx.summary.rows:
        value = found.value
        if value is None or not _worth_a_comment(found):
            continue
        status = found.status
        rows.add(
            [
                (f"{found.unit.name} ({found.unit.id})", cell),
                (found.goals[-1].title if found.goals else "", cell),
                (found.indicator.name, cell),
                (outcome_text(found), cell),
                (
                    f"{status.symbol} {status.label}" + (BY_OWN_SUFFIX if value.by_own else ""),
                    styles.status(status),
                ),
                (value.own.label if value.own else "", cell),
                (cut_cell(value.comment), cell),
                (cut_cell(value.actions), cell),
            ]
        )
    rows.add_table("vpt_Kommentarer", texts["headers"], ctx.texts["formats"]["table_style"])
    sheet.freeze_panes(_TABLE_TOP + 1, 0)
    ctx.print_setup(sheet, "comments", (_TABLE_TOP, _TABLE_TOP))
    return rows


def _worth_a_comment(row: SummaryRow) -> bool:
    """A comment, an action, a text answer, or a status that asks for one."""
    value = row.value
    if value is None:
        return False
    answered = row.type is IndicatorType.TEXT and isinstance(value.value, str) and value.value
    return bool(
        value.comment
        or value.actions
        or answered
        or row.status in (Status.PARTLY_MET, Status.NOT_MET)
    )


def data(sheet: Worksheet, ctx: _Context) -> BulkRows:
    """The tidy table from A1: one row per unit × indicator, for pivots, Power BI and --previous."""
    spec = ctx.texts["data"]
    keys = [c[0] for c in spec["columns"]]
    headers = [c[1] for c in spec["columns"]]
    for col, (_, _, width) in enumerate(spec["columns"]):
        sheet.set_column(col, col, width)
    plan_name, period_id = ctx.summary.plan.name, ctx.summary.period_id
    rows = BulkRows(sheet, 1, len(keys))
    for found in ctx.summary.rows:
        values = _data_values(found, plan_name, period_id, keys)
        rows.add([(cut_cell(v) if isinstance(v, str) else v, None) for v in values])
    rows.add_table(spec["table_name"], headers, ctx.texts["formats"]["table_style"])
    sheet.freeze_panes(1, 0)
    ctx.print_setup(sheet, "data", (0, 0))
    sheet.set_paper(8)
    return rows


def _data_values(
    row: SummaryRow, plan_name: str, period_id: str, keys: list[str]
) -> list[str | float | None]:
    value = row.value
    status = row.status
    indicator = row.indicator
    measure_unit = "%" if row.type is IndicatorType.PERCENT else indicator.unit
    number: float | None = None
    text = ""
    if value is not None:
        if isinstance(value.value, bool):
            number, text = (1.0 if value.value else 0.0), ("Ja" if value.value else "Nej")
        elif isinstance(value.value, int | float):
            number = float(value.value)
        elif row.type is IndicatorType.TASK:
            text = value.task_status or (value.value or "")
        elif value.value is not None:
            text = str(value.value)
    before = row.previous
    cells: dict[str, str | float | None] = {
        "plan": plan_name,
        "period": period_id,
        "unit_id": row.unit.id,
        "unit": row.unit.name,
        "goal_path": " › ".join(g.title for g in row.goals),
        "goal_id": indicator.goal_id,
        "indicator_id": indicator.id,
        "indicator": indicator.name,
        "type": row.type.label,
        "measure_unit": measure_unit,
        "target": indicator.target,
        "threshold": indicator.threshold,
        "outcome": number,
        "outcome_text": text,
        "previous": _previous_cell(before),
        "status_code": MISSING if row.missing else status.value,
        "status": submission_label(MISSING) if row.missing else status.label,
        "own": value.own.label if value is not None and value.own else "",
        "reason": value.reason if value is not None else "",
        "comment": value.comment if value is not None else "",
        "actions": value.actions if value is not None else "",
        "file": value.file if value is not None else "",
        "sheet": value.sheet if value is not None else "",
        "cell": value.cell if value is not None else "",
        "sha256": value.sha256 if value is not None else "",
    }
    return [cells[k] for k in keys]


def _previous_cell(before: float | bool | str | None) -> str | float | None:
    if isinstance(before, bool):
        return "Ja" if before else "Nej"
    if isinstance(before, int | float):
        return float(before)
    return before or None


def findings(sheet: Worksheet, ctx: _Context) -> BulkRows:
    """Every finding with its place; errors first."""
    texts = _titled(sheet, ctx, "findings")
    styles = ctx.styles
    cell = styles.cell
    if not len(ctx.summary.findings):
        sheet.write_string(2, 0, texts["none"], styles.text)
    rows = BulkRows(sheet, _TABLE_TOP + 1, len(texts["headers"]), widths=texts["widths"])
    for finding in ctx.summary.findings:
        severity = finding.severity
        place = finding.cell or (str(finding.row) if finding.row else "")
        rows.add(
            [
                (severity.label, styles.coded("severity", severity.value)),
                (finding.code, cell),
                (_file_name(finding.file), cell),
                (finding.sheet, cell),
                (place, cell),
                (cut_cell(finding.message), cell),
                (cut_cell(finding.value), cell),
            ]
        )
    rows.add_table(texts["table_name"], texts["headers"], ctx.texts["formats"]["table_style"])
    # The code is for filtering and support, not for reading: hidden, still in the table.
    sheet.set_column(1, 1, texts["widths"][1], None, {"hidden": True})
    sheet.freeze_panes(_TABLE_TOP + 1, 0)
    ctx.print_setup(sheet, "findings", (_TABLE_TOP, _TABLE_TOP))
    return rows


def _file_name(path: str) -> str:
    """The file's own name, without the folders of the controller's computer (C:\\Users\\…)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def submissions(sheet: Worksheet, ctx: _Context) -> None:
    """Per unit and returned file: received, missing, duplicate or rejected; missing first."""
    summary = ctx.summary
    texts = _titled(sheet, ctx, "submissions", received=len(summary.received & {u.id for u in
                    summary.units}), expected=len(summary.units))  # fmt: skip
    styles = ctx.styles
    for n, item in enumerate(summary.submissions, start=_TABLE_TOP + 1):
        returned = item.file
        _text(sheet, n, 0, item.unit_id, styles.cell)
        _text(sheet, n, 1, item.unit_name, styles.cell)
        sheet.write_string(n, 2, submission_label(item.state), styles.coded("submission",
                           item.state))  # fmt: skip
        _text(sheet, n, 3, returned.name if returned else "", styles.cell)
        if returned is not None and returned.received is not None:
            sheet.write_datetime(n, 4, _naive(returned.received), styles.datetime)
        else:
            sheet.write_blank(n, 4, None, styles.cell)
        _text(sheet, n, 5, returned.sender if returned else "", styles.cell)
        _text(sheet, n, 6, returned.sha256 if returned else "", styles.cell)
        widths = texts["widths"]
        fit_row(sheet, n, [(item.unit_name, widths[1]), (returned.name if returned else "",
                                                         widths[3])])  # fmt: skip
    _table(sheet, _TABLE_TOP, texts["headers"], len(summary.submissions), texts["table_name"],
           ctx.texts["formats"]["table_style"])  # fmt: skip
    sheet.freeze_panes(_TABLE_TOP + 1, 0)
    ctx.print_setup(sheet, "submissions", (_TABLE_TOP, _TABLE_TOP))


def _naive(moment: datetime) -> datetime:
    """Excel has no time zones: show an aware time in the computer's local time."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def about(sheet: Worksheet, ctx: _Context) -> None:
    """Plan, period, version, the colour legend and the rules, in words."""
    texts = ctx.texts["about"]
    styles = ctx.styles
    summary = ctx.summary
    plan = summary.plan
    values = {
        **ctx.names,
        "fingerprint": plan.fingerprint,
        "version": __version__,
        "received": len(summary.received & {u.id for u in summary.units}),
        "expected": len(summary.units),
        "previous": summary.previous_label if summary.has_previous else texts["no_previous"],
    }
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 100)
    sheet.write_string(0, 0, texts["title"], styles.title)
    row = 2
    for label, template in texts["fields"]:
        sheet.write_string(row, 0, label, styles.bold)
        _text(sheet, row, 1, template.format(**values), styles.wrap)
        fit_row(sheet, row, [(template.format(**values), 100)])
        row += 1
    row += 1
    sheet.write_string(row, 0, texts["legend_heading"], styles.heading)
    row += 1
    for code, meaning in texts["legend"]:
        status = Status(code)
        sheet.write_string(row, 0, f"{status.symbol} {status.label}", styles.status(status))
        sheet.write_string(row, 1, meaning, styles.wrap)
        fit_row(sheet, row, [(meaning, 100)])
        row += 1
    sheet.write_string(row, 0, ctx.texts["overview"]["missing"], styles.missing)
    sheet.write_string(row, 1, texts["missing"], styles.wrap)
    row += 1
    if summary.has_previous:
        row += 1
        sheet.write_string(row, 0, texts["trend_heading"], styles.heading)
        row += 1
        for marker, meaning in texts["trend"]:
            sheet.write_string(row, 0, marker, styles.cell)
            sheet.write_string(row, 1, meaning, styles.wrap)
            row += 1
    row += 1
    sheet.write_string(row, 0, texts["rules_heading"], styles.heading)
    tolerance = f"{format_number(plan.tolerance * 100)} %"
    rules = [
        texts["tolerance"].format(tolerance=tolerance),
        texts["assessment"],
        texts["rollup"].format(rule=summary.rule.description),
        texts["all_units"],
        texts["trace"],
    ]
    for rule in rules:
        row += 1
        sheet.write_string(row, 1, rule, styles.wrap)
        fit_row(sheet, row, [(rule, 100)])
    ctx.print_setup(sheet, "about", None)
