"""The summary workbook: Översikt and Indikatorer here, the tables and Om in :mod:`.sheets`.

Everything a unit typed is written with ``write_string`` or ``write_number`` in a workbook that
turns neither strings into formulas nor URLs into links, so "=cmd|…" or "http://…" stays text.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from vpt import __version__
from vpt.consolidate import sheets
from vpt.consolidate.bulk import BulkRows, splice
from vpt.consolidate.style import Styles, print_setup
from vpt.consolidate.table import Summary, outcome_text, trend_marker
from vpt.rowfit import fit_row
from vpt.targets import Rollup, Status
from vpt.targets.reading import BY_OWN_SUFFIX
from vpt.templates import load_template

__all__ = ["status_text", "write_summary"]

_HEADER_ROW = 5


def status_text(status: Status) -> str:
    """Symbol and word, as every coloured status cell shows them: "√ Uppfyllt"."""
    return f"{status.symbol} {status.label}"


def write_summary(summary: Summary, path: Path) -> None:
    """Write the whole summary workbook to ``path`` (the caller makes it atomic)."""
    texts = load_template("sammanstallning")
    parts = path.with_name(path.name + ".parts")
    workbook = Workbook(
        str(parts),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    bulks: list[BulkRows] = []
    try:
        plan = summary.plan
        names = {"plan": plan.name, "period": summary.period_name}
        workbook.set_properties(
            {
                "title": texts["properties"]["title"].format(**names),
                "subject": texts["properties"]["subject"].format(**names),
                "author": texts["properties"]["author"],
                "company": texts["properties"]["company"].format(organisation=plan.organisation),
                "comments": texts["properties"]["comments"].format(version=__version__),
                "created": summary.created,
            }
        )
        styles = Styles(workbook, texts["formats"])
        context = _Context(summary, texts, styles)
        _overview(workbook.add_worksheet(texts["sheets"]["overview"]), context, workbook)
        _matrix(workbook.add_worksheet(texts["sheets"]["matrix"]), context)
        bulks.append(sheets.comments(workbook.add_worksheet(texts["sheets"]["comments"]), context))
        bulks.append(sheets.data(workbook.add_worksheet(texts["sheets"]["data"]), context))
        bulks.append(sheets.findings(workbook.add_worksheet(texts["sheets"]["findings"]), context))
        sheets.submissions(workbook.add_worksheet(texts["sheets"]["submissions"]), context)
        sheets.about(workbook.add_worksheet(texts["sheets"]["about"]), context)
        workbook.close()
        splice(parts, path, bulks)
    finally:
        if not workbook.fileclosed:
            with contextlib.suppress(Exception):  # already failing: the caller drops the file
                workbook.close()
        for bulk in bulks:
            bulk.close()
        parts.unlink(missing_ok=True)


class _Context:
    """What every sheet writer needs: the data, the texts and the formats."""

    def __init__(self, summary: Summary, texts: dict[str, Any], styles: Styles) -> None:
        self.summary = summary
        self.texts = texts
        self.styles = styles
        self.wide = len(summary.units) >= int(texts["formats"]["a3_from_units"])
        self.created = summary.created.strftime("%Y-%m-%d %H:%M")
        plan = summary.plan
        self.names = {
            "plan": plan.name,
            "period": summary.period_name,
            "organisation": plan.organisation,
            "created": self.created,
        }

    def print_setup(self, sheet: Worksheet, section: str, repeat: tuple[int, int] | None) -> None:
        """Print setup with the section's header/footer; ``&`` in names is escaped for Excel."""
        escaped = {k: v.replace("&", "&&")[:80] for k, v in self.names.items()}
        texts = self.texts.get(section, self.texts["overview"])
        print_setup(
            sheet,
            wide=self.wide,
            header=texts.get("print_header", self.texts["overview"]["print_header"]).format(
                **escaped
            ),
            footer=texts.get("print_footer", self.texts["overview"]["print_footer"]).format(
                **escaped
            ),
            repeat_rows=repeat,
        )


def _overview(sheet: Worksheet, ctx: _Context, workbook: Workbook) -> None:
    summary, texts, styles = ctx.summary, ctx.texts["overview"], ctx.styles
    plan = summary.plan
    org = texts["organisation_part"].format(**ctx.names) if plan.organisation else ""
    sheet.write_string(0, 0, texts["title"].format(**ctx.names), styles.title)
    sheet.write_string(1, 0, texts["subtitle"].format(organisation_part=org, **_no_org(ctx)),
                       styles.subtitle)  # fmt: skip
    sheet.write_string(2, 0, texts["rule"].format(rule=summary.rule.description), styles.text)
    sheet.write_string(3, 0, texts["all_units_rule"], styles.text)
    columns = [("", texts["all_units"])] + [(u.id, f"{u.name} ({u.id})") for u in summary.units]
    for col, header in enumerate((texts["level"], texts["goal_id"], texts["goal"])):
        sheet.merge_range(_HEADER_ROW, col, _HEADER_ROW + 1, col, header, styles.header)
    unit_width = ctx.texts["formats"]["unit_width"]
    for n, (_, header) in enumerate(columns):
        first = 3 + 2 * n
        sheet.merge_range(_HEADER_ROW, first, _HEADER_ROW, first + 1, header, styles.header)
        sheet.write_string(_HEADER_ROW + 1, first, texts["status"], styles.header)
        sheet.write_string(_HEADER_ROW + 1, first + 1, texts["basis"], styles.header)
    fit_row(sheet, _HEADER_ROW, [(h, 2 * unit_width) for _, h in columns], bold=True)
    row = _HEADER_ROW + 2
    goals = list(plan.walk())
    for goal, depth in goals:
        fmt = styles.goal_level(depth)
        sheet.write_string(row, 0, plan.level_name(goal.id), fmt)
        sheet.write_string(row, 1, goal.id, fmt)
        sheet.write_string(row, 2, "   " * depth + goal.title, fmt)
        explanations: list[tuple[str, float]] = [("   " * depth + goal.title, 48 * 1.1)]
        for n, (unit_id, _) in enumerate(columns):
            rolled = (
                summary.overall.get(goal.id)
                if not unit_id
                else summary.goal_status[unit_id].get(goal.id)
            )
            _rollup_cells(sheet, row, 3 + 2 * n, rolled, styles)
            if rolled is not None:
                explanations.append((rolled.explanation, unit_width))
        fit_row(sheet, row, explanations)
        row += 1
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 8)
    sheet.set_column(2, 2, 48)
    sheet.set_column(3, 2 + 2 * len(columns), ctx.texts["formats"]["unit_width"])
    sheet.freeze_panes(_HEADER_ROW + 2, 3)
    ctx.print_setup(sheet, "overview", (_HEADER_ROW, _HEADER_ROW + 1))
    _status_chart(sheet, ctx, workbook, goals, row + 2)


def _no_org(ctx: _Context) -> dict[str, str]:
    return {k: v for k, v in ctx.names.items() if k != "organisation"}


def _rollup_cells(
    sheet: Worksheet, row: int, col: int, rolled: Rollup | None, styles: Styles
) -> None:
    if rolled is None or not (rolled.assessed or rolled.not_assessed):
        sheet.write_blank(row, col, None, styles.cell)
        sheet.write_blank(row, col + 1, None, styles.cell)
        return
    sheet.write_string(row, col, status_text(rolled.status), styles.status(rolled.status))
    sheet.write_string(row, col + 1, rolled.explanation, styles.cell)


def _status_chart(
    sheet: Worksheet, ctx: _Context, workbook: Workbook, goals: list[Any], first: int
) -> None:
    """A table of unit counts per status for the top goals, and a stacked bar chart of it."""
    summary, texts, styles = ctx.summary, ctx.texts["overview"], ctx.styles
    top = [g for g, depth in goals if depth == 0]
    if len(top) < 2:
        top = [g for g, depth in goals if depth == 1] or top
    top = [g for g in top if g.id in summary.overall][:30]
    if not top or not summary.units:
        return
    sheet.write_string(first, 0, texts["counts_title"], styles.heading)
    header = first + 1
    sheet.write_string(header, 2, texts["goal"], styles.header)
    for n, status in enumerate(Status):
        sheet.write_string(header, 3 + n, status_text(status), styles.status(status, bold=True))
    for r, goal in enumerate(top, start=header + 1):
        rolled = summary.overall[goal.id]
        sheet.write_string(r, 2, goal.title, styles.cell)
        fit_row(sheet, r, [(goal.title, 48)])
        counts = (rolled.met, rolled.partly_met, rolled.not_met, rolled.not_assessed)
        for n, count in enumerate(counts):
            sheet.write_number(r, 3 + n, count, styles.number)
    last = header + len(top)
    chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    name = ctx.texts["sheets"]["overview"]
    for n, status in enumerate(Status):
        chart.add_series(
            {
                "name": [name, header, 3 + n],
                "categories": [name, header + 1, 2, last, 2],
                "values": [name, header + 1, 3 + n, last, 3 + n],
                "fill": {"color": styles.chart_colour(status)},
                "border": {"color": "#333333"},
                "data_labels": {"value": True},
            }
        )
    level = summary.plan.level_name(top[0].id).lower()
    chart.set_title({"name": texts["chart_title"].format(level=level)})
    chart.set_x_axis({"name": texts["chart_x"], "major_gridlines": {"visible": True}})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 720, "height": 120 + 40 * len(top)})
    sheet.insert_chart(last + 2, 2, chart)


def _matrix(sheet: Worksheet, ctx: _Context) -> None:
    summary, texts, styles = ctx.summary, ctx.texts["matrix"], ctx.styles
    plan = summary.plan
    trend = texts["trend_note"].format(previous=summary.previous_label)
    sheet.write_string(0, 0, texts["title"].format(**ctx.names), styles.title)
    sheet.write_string(1, 0, texts["subtitle"].format(trend_note=trend if summary.has_previous
                                                      else ""), styles.subtitle)  # fmt: skip
    header = 3
    fixed = (texts["id"], texts["indicator"], texts["target"], texts["threshold"])
    for col, text in enumerate(fixed):
        sheet.write_string(header, col, text, styles.header)
    unit_width = ctx.texts["formats"]["unit_width"]
    names = [f"{unit.name} ({unit.id})" for unit in summary.units]
    for n, name in enumerate(names):
        sheet.write_string(header, 4 + n, name, styles.header)
    fit_row(sheet, header, [(name, unit_width) for name in names], bold=True)
    row = header + 1
    period_id = summary.period_id
    for goal, depth in plan.walk():
        fmt = styles.goal_level(depth)
        sheet.write_string(row, 0, goal.id, fmt)
        title = texts["goal_heading"].format(level=plan.level_name(goal.id), title=goal.title)
        sheet.write_string(row, 1, "   " * depth + title, fmt)
        fit_row(sheet, row, [("   " * depth + title, 44)], bold=True)
        sheet.write_blank(row, 2, None, fmt)
        sheet.write_blank(row, 3, None, fmt)
        for n, unit in enumerate(summary.units):
            rolled = summary.goal_status[unit.id].get(goal.id)
            if rolled is not None and (rolled.assessed or rolled.not_assessed):
                cell_fmt = styles.status(rolled.status, bold=True)
                sheet.write_string(row, 4 + n, status_text(rolled.status), cell_fmt)
            else:
                sheet.write_blank(row, 4 + n, None, fmt)
        row += 1
        for indicator in plan.indicators_of(goal.id):
            if not any(indicator.applies_to(u.id, period_id) for u in summary.units):
                continue
            sheet.write_string(row, 0, indicator.id, styles.cell)
            sheet.write_string(row, 1, indicator.name, styles.cell)
            sheet.write_string(row, 2, indicator.target, styles.cell)
            sheet.write_string(row, 3, indicator.threshold, styles.cell)
            fit_row(sheet, row, [(indicator.name, 44), (indicator.target, 18),
                                 (indicator.threshold, 11)])  # fmt: skip
            for n, unit in enumerate(summary.units):
                _matrix_cell(sheet, row, 4 + n, ctx, unit.id, indicator.id)
            row += 1
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 44)
    sheet.set_column(2, 2, 18)
    sheet.set_column(3, 3, 11)
    sheet.set_column(4, 3 + max(len(summary.units), 1), ctx.texts["formats"]["unit_width"])
    sheet.freeze_panes(header + 1, 2)
    ctx.print_setup(sheet, "matrix", (header, header))


def _matrix_cell(
    sheet: Worksheet, row: int, col: int, ctx: _Context, unit_id: str, indicator_id: str
) -> None:
    found = ctx.summary.row(unit_id, indicator_id)
    styles = ctx.styles
    if found is None:
        sheet.write_blank(row, col, None, styles.cell)
        return
    status = found.status
    shown = outcome_text(found) or ctx.texts["matrix"]["missing"]
    text = f"{status.symbol} {shown}"
    if found.value is not None and found.value.by_own:
        text += BY_OWN_SUFFIX  # the numbers could not decide: the unit's egen bedömning
    if ctx.summary.has_previous:
        marker = trend_marker(found.outcome, found.previous)
        if marker:
            text += f" {marker}"
    sheet.write_string(row, col, text, styles.status(status))
