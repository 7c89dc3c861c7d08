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
from vpt.consolidate.table import Summary, SummaryRow, outcome_text, trend_marker
from vpt.consolidate.words import basis_for_all, explain
from vpt.pages import (
    A4_LANDSCAPE_HEIGHT,
    A4_LANDSCAPE_WIDTH,
    DEFAULT_ROW_HEIGHT,
    page_starts,
    scale_to_width,
)
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


_OVERVIEW_WIDTHS = {"goal_id": 7, "goal": 30, "status": 12, "basis": 24, "assessment": 13,
                    "comment": 24, "unit": 11}  # fmt: skip
_UNITS_PER_PAGE = 10


def _overview(sheet: Worksheet, ctx: _Context, workbook: Workbook) -> None:
    """Goals × units for the tertialrapport: chart on top, one A4 page wide for up to 10 units."""
    summary, texts, styles = ctx.summary, ctx.texts["overview"], ctx.styles
    plan = summary.plan
    org = texts["organisation_part"].format(**ctx.names) if plan.organisation else ""
    sheet.write_string(0, 0, texts["title"].format(**ctx.names), styles.title)
    sheet.write_string(1, 0, texts["subtitle"].format(organisation_part=org, **_no_org(ctx)),
                       styles.subtitle)  # fmt: skip
    sheet.write_string(2, 0, texts["rule"].format(rule=summary.rule.description), styles.text)
    sheet.write_string(3, 0, texts["all_units_rule"], styles.text)
    goals = list(plan.walk())
    chart_rows = _chart_rows(summary, goals)
    header = _HEADER_ROW if not chart_rows else 5 + chart_rows
    counts_first = header + len(goals) + 3
    # Split pages repeat columns A:B; a chart starting there would be repeated in slices.
    anchor_col = 2 if len(summary.units) > _UNITS_PER_PAGE else 1
    _status_chart(sheet, ctx, workbook, goals, counts_first, anchor=(4, anchor_col))
    w = _OVERVIEW_WIDTHS
    units = summary.units
    fixed = [
        (texts["goal_id"], w["goal_id"]),
        (texts["goal"], w["goal"]),
        (texts["all_units_status"], w["status"]),
        (texts["all_units_basis"], w["basis"]),
        (texts["assessment"], w["assessment"]),
        (texts["assessment_comment"], w["comment"]),
    ]
    first_unit = len(fixed)
    first_basis = first_unit + len(units)
    headers = fixed + [(u.name or u.id, w["unit"]) for u in units]
    headers += [(texts["unit_basis"].format(unit=u.name or u.id), w["basis"]) for u in units]
    for col, (text, width) in enumerate(headers):
        sheet.write_string(header, col, text, styles.header)
        hidden = col >= first_basis
        sheet.set_column(col, col, width, None, {"hidden": hidden, "level": 1 if hidden else 0})
    fit_row(sheet, header, headers, bold=True)
    received = summary.received
    expected = len(units)
    returned = len(received & {u.id for u in units})
    row = header + 1
    for goal, depth in goals:
        fmt = styles.goal_level(depth)
        title = "   " * depth + texts["goal_row"].format(level=plan.level_name(goal.id),
                                                         title=goal.title)  # fmt: skip
        sheet.write_string(row, 0, goal.id, fmt)
        sheet.write_string(row, 1, title, fmt)
        fits: list[tuple[str, float]] = [(title, w["goal"] * 0.9)]
        overall = summary.overall.get(goal.id)
        if not any(_applies(summary.goal_status[u.id].get(goal.id)) for u in units):
            sheet.write_string(row, 2, texts["no_indicators"], styles.cell)
            sheet.write_string(row, 3, texts["no_indicators_basis"], styles.cell)
            fits.append((texts["no_indicators_basis"], w["basis"]))
        elif overall is None or not returned:
            sheet.write_string(row, 2, texts["missing"], styles.missing)
            sheet.write_string(row, 3, texts["nothing_returned"], styles.cell)
        else:
            basis = basis_for_all(overall, summary.rule, returned, expected)
            sheet.write_string(row, 2, status_text(overall.status), styles.status(overall.status))
            sheet.write_string(row, 3, basis, styles.cell)
            fits += [(status_text(overall.status), w["status"]), (basis, w["basis"])]
        sheet.write_blank(row, 4, None, styles.input)
        sheet.write_blank(row, 5, None, styles.input)
        for n, unit in enumerate(units):
            rolled = summary.goal_status[unit.id].get(goal.id)
            col = first_unit + n
            if not _applies(rolled):
                sheet.write_blank(row, col, None, styles.cell)
                sheet.write_blank(row, first_basis + n, None, styles.cell)
            elif unit.id not in received:
                sheet.write_string(row, col, texts["missing"], styles.missing)
                sheet.write_string(row, first_basis + n, texts["unit_missing"], styles.cell)
            else:
                assert rolled is not None
                text = status_text(rolled.status)
                sheet.write_string(row, col, text, styles.status(rolled.status))
                sheet.write_string(row, first_basis + n, explain(rolled, summary.rule),
                                   styles.cell)  # fmt: skip
                fits.append((text, w["unit"]))
        fit_row(sheet, row, fits)
        row += 1
    if goals:
        assessments = [texts["assessment_choices"][0], *texts["assessment_choices"][1:]]
        sheet.data_validation(header + 1, 4, row - 1, 4, {
            "validate": "list", "source": assessments,
            "input_title": texts["assessment"][:32],
            "input_message": texts["assessment_message"],
            "error_title": texts["assessment"][:32],
            "error_message": texts["assessment_error"]})  # fmt: skip
    sheet.freeze_panes(0, 2)
    split = len(units) > _UNITS_PER_PAGE
    # Split pages repeat the goal columns instead of the heading row: one print title only,
    # since Gnumeric cannot read a title of rows and columns together.
    ctx.print_setup(sheet, "overview", None if split else (header, header))
    sheet.set_paper(9)
    if split:
        _split_by_units(sheet, first_unit, len(units))


def _split_by_units(sheet: Worksheet, first_unit: int, units: int) -> None:
    """More than 10 units: pages of 10 unit columns each, Mål-ID and Mål repeated on every page."""
    w = _OVERVIEW_WIDTHS
    fixed = [w[k] for k in ("goal_id", "goal", "status", "basis", "assessment", "comment")]
    sheet.set_print_scale(scale_to_width(fixed + [w["unit"]] * _UNITS_PER_PAGE))
    sheet.repeat_columns(0, 1)
    sheet.set_v_pagebreaks([first_unit + n for n in range(_UNITS_PER_PAGE, units, _UNITS_PER_PAGE)])


def _applies(rolled: Rollup | None) -> bool:
    return rolled is not None and bool(rolled.assessed or rolled.not_assessed)


def _no_org(ctx: _Context) -> dict[str, str]:
    return {k: v for k, v in ctx.names.items() if k != "organisation"}


def _top_goals(summary: Summary, goals: list[Any]) -> list[Any]:
    top = [g for g, depth in goals if depth == 0]
    if len(top) < 2:
        top = [g for g, depth in goals if depth == 1] or top
    return [g for g in top if g.id in summary.overall][:30]


def _chart_rows(summary: Summary, goals: list[Any]) -> int:
    """How many default-height rows (20 px) the chart above the table takes; 0 without a chart."""
    top = _top_goals(summary, goals)
    if not top or not summary.units:
        return 0
    return -(-_chart_height(len(top)) // 20) + 1


def _chart_height(bars: int) -> int:
    return 110 + 32 * bars


_STATES = (*Status, "missing")


def _indicator_counts(summary: Summary, goal_ids: set[str]) -> dict[str, list[int]]:
    """Indicator values (unit × indicator) under each goal, per status and "saknas" last."""
    counts = {goal_id: dict.fromkeys(_STATES, 0) for goal_id in goal_ids}
    for found in summary.rows:
        state = "missing" if found.missing else found.status
        for goal in found.goals:
            if goal.id in counts:
                counts[goal.id][state] += 1
    return {goal_id: [c[s] for s in _STATES] for goal_id, c in counts.items()}


def _status_chart(
    sheet: Worksheet,
    ctx: _Context,
    workbook: Workbook,
    goals: list[Any],
    first: int,
    anchor: tuple[int, int],
) -> None:
    """Counts of indicator values per status and top goal below the table; their chart on top."""
    summary, texts, styles = ctx.summary, ctx.texts["overview"], ctx.styles
    top = _top_goals(summary, goals)
    if not top or not summary.units:
        return
    level = summary.plan.level_name(top[0].id).lower()
    sheet.write_string(first, 0, texts["counts_title"].format(level=level), styles.heading)
    header = first + 1
    sheet.write_string(header, 1, texts["goal"], styles.header)
    labels = [status_text(s) for s in Status] + [texts["missing"]]
    formats = [styles.status(s, bold=True) for s in Status] + [styles.missing]
    for n, (label, fmt) in enumerate(zip(labels, formats, strict=True)):
        sheet.write_string(header, 2 + n, label, fmt)
    fit_row(sheet, header, [(label, _OVERVIEW_WIDTHS["status"]) for label in labels], bold=True)
    counts = _indicator_counts(summary, {g.id for g in top})
    for r, goal in enumerate(top, start=header + 1):
        sheet.write_string(r, 1, goal.title, styles.cell)
        fit_row(sheet, r, [(goal.title, _OVERVIEW_WIDTHS["goal"])])
        for n, count in enumerate(counts[goal.id]):
            sheet.write_number(r, 2 + n, count, styles.number)
    last = header + len(top)
    chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    _swedish(chart)
    name = ctx.texts["sheets"]["overview"]
    for n, state in enumerate(_STATES):
        fill: dict[str, Any] = (
            {"pattern": styles.chart_missing()} if state == "missing"
            else {"fill": {"color": styles.chart_colour(Status(state))}}
        )  # fmt: skip
        chart.add_series({
            "name": [name, header, 2 + n],
            "categories": [name, header + 1, 1, last, 1],
            "values": [name, header + 1, 2 + n, last, 2 + n],
            "border": {"color": "#333333"},
            # The format leaves zero out: a segment that is not there gets no label.
            "data_labels": {"value": True, "num_format": "0;-0;;@"},
            **fill,
        })  # fmt: skip
    chart.set_title({"name": texts["chart_title"].format(level=level),
                     "name_font": {"size": 11, "bold": True}})  # fmt: skip
    chart.set_x_axis({"name": texts["chart_x"], "major_gridlines": {"visible": True},
                      "num_format": "0"})  # fmt: skip
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "right"})
    chart.set_size({"width": 900, "height": _chart_height(len(top))})
    sheet.insert_chart(*anchor, chart, {"x_offset": 0, "y_offset": 6, "object_position": 3})


def _swedish(chart: Any) -> None:
    """XlsxWriter tags every chart en-US; the summary's charts are Swedish."""

    def write_lang() -> None:
        chart._xml_empty_tag("c:lang", [("val", "sv-SE")])

    chart._write_lang = write_lang


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
    header_height = fit_row(sheet, header, [(n, unit_width) for n in names], bold=True)
    heights: list[float] = []
    headings: set[int] = set()
    row = header + 1
    period_id = summary.period_id
    for goal, depth in plan.walk():
        fmt = styles.goal_level(depth)
        sheet.write_string(row, 0, goal.id, fmt)
        title = texts["goal_heading"].format(level=plan.level_name(goal.id), title=goal.title)
        sheet.write_string(row, 1, "   " * depth + title, fmt)
        headings.add(len(heights))
        height = fit_row(sheet, row, [("   " * depth + title, 44)], bold=True)
        heights.append(height or DEFAULT_ROW_HEIGHT)
        sheet.write_blank(row, 2, None, fmt)
        sheet.write_blank(row, 3, None, fmt)
        for n, unit in enumerate(summary.units):
            rolled = summary.goal_status[unit.id].get(goal.id)
            if _applies(rolled) and unit.id not in summary.received:
                sheet.write_string(row, 4 + n, ctx.texts["overview"]["missing"], styles.missing)
            elif rolled is not None and _applies(rolled):
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
            fits = [(indicator.name, 44.0), (indicator.target, 18.0), (indicator.threshold, 11.0)]
            for n, unit in enumerate(summary.units):
                shown = _matrix_cell(sheet, row, 4 + n, ctx, unit.id, indicator.id)
                if len(shown) > unit_width:  # only texts that can wrap are measured
                    fits.append((shown, unit_width))
            heights.append(fit_row(sheet, row, fits) or DEFAULT_ROW_HEIGHT)
            row += 1
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 44)
    sheet.set_column(2, 2, 18)
    # No indicator with a gränsvärde: the column stays (same layout every time) but is hidden.
    thresholds = any(i.threshold for i in plan.indicators)
    sheet.set_column(3, 3, 11, None, {"hidden": not thresholds})
    sheet.set_column(4, 3 + max(len(summary.units), 1), ctx.texts["formats"]["unit_width"])
    sheet.freeze_panes(header + 1, 2)
    ctx.print_setup(sheet, "matrix", (header, header))
    # Goal headings stay with their first indicator on paper (see vpt.pages).
    widths = [8, 44, 18] + [11] * thresholds + [unit_width] * len(summary.units)
    grow = 1.414 if ctx.wide else 1.0  # A3 is √2 times A4 both ways
    scale = scale_to_width(widths, int(A4_LANDSCAPE_WIDTH * grow))
    sheet.set_print_scale(scale)
    starts = page_starts(heights, headings, page_height=A4_LANDSCAPE_HEIGHT * grow * 100 / scale,
                         repeated=header_height or DEFAULT_ROW_HEIGHT,
                         first=3 * DEFAULT_ROW_HEIGHT + 20)  # fmt: skip
    sheet.set_h_pagebreaks([header + 1 + n for n in starts])


def _matrix_cell(
    sheet: Worksheet, row: int, col: int, ctx: _Context, unit_id: str, indicator_id: str
) -> str:
    """Write one unit × indicator cell and return its text (for the row height)."""
    found = ctx.summary.row(unit_id, indicator_id)
    styles = ctx.styles
    if found is None:
        sheet.write_blank(row, col, None, styles.cell)
        return ""
    text = matrix_text(found, ctx.texts["matrix"], ctx.summary.has_previous)
    sheet.write_string(row, col, text, styles.missing if found.missing else styles.status(
        found.status))  # fmt: skip
    return text


def matrix_text(found: SummaryRow, texts: dict[str, Any], with_trend: bool) -> str:
    """ "√ 72,5 %", "± Pågår", "– Ej bedömt", "Saknas", or a text answer cut to fit a cell."""
    if found.missing:
        return str(texts["missing"])
    status = found.status
    shown = outcome_text(found)
    limit = int(texts["text_limit"])
    if len(shown) > limit:
        shown = shown[: limit - 1].rstrip() + "… " + str(texts["text_more"])
    text = f"{status.symbol} {shown or status.label}"
    if found.value is not None and found.value.by_own:
        text += BY_OWN_SUFFIX  # the numbers could not decide: the unit's egen bedömning
    if with_trend:
        marker = trend_marker(found.outcome, found.previous)
        if marker:
            text += f" {marker}"
    return text
