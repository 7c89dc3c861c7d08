"""Write one uppföljning workbook with xlsxwriter: instructions, follow-up sheet and identity.

The layout is :mod:`vpt.generate.layout`; the texts and the look come from
``workbook_templates/uppfoljning.toml``. Everything from the plan is written with
``write_string`` (and the workbook refuses to turn strings into formulas or links), so a plan
text like "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from vpt import __version__
from vpt.generate import layout as L
from vpt.generate.content import GoalRow, IndicatorRow, PlanContext, Row, rows_for
from vpt.generate.formulas import CHECK_TEXT, status_formula, status_text
from vpt.generate.identity import Identity, identity_for
from vpt.generate.validation import input_validations
from vpt.model import IndicatorType
from vpt.rowfit import fit_row
from vpt.targets.types import Status

__all__ = ["write_workbook"]

_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "in_memory": True,
}
_PROTECTION = {
    "select_locked_cells": True,
    "select_unlocked_cells": True,
    "format_columns": True,
    "format_rows": True,
}


def write_workbook(context: PlanContext, unit_id: str, path: Path) -> Identity:
    """Write the workbook for ``unit_id`` to ``path`` and return the identity it carries."""
    rows = rows_for(context, unit_id)
    identity = identity_for(
        context.plan,
        unit_id,
        context.period_id,
        [
            (row.indicator.id, L.FIRST_DATA_ROW + index + 1)
            for index, row in enumerate(rows)
            if isinstance(row, IndicatorRow)
        ],
        deadline=context.deadline,
        generated=context.created,
    )
    texts = _texts(context, identity)
    workbook = xlsxwriter.Workbook(str(path), _OPTIONS)
    formats = _Formats(workbook, context.template["formats"])
    _set_properties(workbook, context, identity, texts)
    _write_instructions(workbook.add_worksheet(L.INSTRUCTIONS_SHEET), context, formats, texts)
    followup = workbook.add_worksheet(L.FOLLOWUP_SHEET, worksheet_class=_PlainFormulaSheet)
    _write_followup(workbook, followup, context, rows, formats, texts)
    _write_identity(workbook.add_worksheet(L.IDENTITY_SHEET), identity)
    workbook.close()
    return identity


class _PlainFormulaSheet(Worksheet):  # type: ignore[misc]  # xlsxwriter has no type hints
    """A worksheet that skips xlsxwriter's future-function renaming of formulas.

    The status formulas use only IF, AND, ROUND, ABS, ISNUMBER, TRIM, LEFT and LEN, which need no
    ``_xlfn.``
    prefix; the renaming (about 30 regular expressions per formula) was a third of the run time.
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        return formula[1:] if formula.startswith("=") else formula


def _texts(context: PlanContext, identity: Identity) -> dict[str, str]:
    """The placeholders every template text may use."""
    plan = context.plan
    unit = plan.unit(identity.unit_id)
    followup = context.template["followup"]
    deadline = identity.deadline or followup["no_deadline"]
    unit_name = identity.unit_name or identity.unit_id
    return {
        "plan": plan.name,
        "organisation": plan.organisation,
        "organisation_part": (
            followup["organisation_part"].format(organisation=plan.organisation)
            if plan.organisation
            else ""
        ),
        "unit": unit_name,
        "unit_id": identity.unit_id,
        "contact": unit.contact if unit is not None else "",
        "period": context.period_name,
        "deadline": deadline,
        "generated": context.created.strftime("%Y-%m-%d %H:%M"),
        "version": __version__,
    }


class _Formats:
    """The cell formats of one workbook, made from the template's [formats]."""

    def __init__(self, workbook: Workbook, spec: Mapping[str, Any]) -> None:
        base = {"font_name": spec["font"], "font_size": spec["size"], "valign": "top"}
        edge = {"border": 1, "border_color": spec["border"]}

        def make(**props: Any) -> Format:
            return workbook.add_format({**base, **props})

        self.title = make(bold=True, font_size=spec["title_size"])
        self.subtitle = make(text_wrap=False, italic=True)
        self.label = make(bold=True, text_wrap=True)
        self.text = make(text_wrap=True)
        self.header = make(bold=True, text_wrap=True, bg_color=spec["header_bg"],
                           font_color=spec["header_fg"], **edge)  # fmt: skip
        self.goals = [
            make(bold=True, text_wrap=True, bg_color=colour, **edge) for colour in spec["goal_bg"]
        ]
        self.readonly = make(text_wrap=True, bg_color=spec["readonly_bg"], **edge)
        self.readonly_percent = make(num_format=spec["percent_format"],
                                     bg_color=spec["readonly_bg"], **edge)  # fmt: skip
        self.readonly_number = make(num_format=spec["number_format"],
                                    bg_color=spec["readonly_bg"], **edge)  # fmt: skip
        unlocked = {"locked": False, "bg_color": spec["input_bg"], **edge}
        self.input_text = make(text_wrap=True, **unlocked)
        self.input_percent = make(num_format=spec["percent_format"], **unlocked)
        self.input_number = make(num_format=spec["number_format"], **unlocked)
        self.status = make(bold=True, text_wrap=True, **edge)
        self.status_colours = {
            code: workbook.add_format({"bg_color": c["bg"], "font_color": c["fg"]})
            for code, c in spec["status"].items()
        }
        self.status_cells = {
            code: make(bold=True, bg_color=c["bg"], font_color=c["fg"], **edge)
            for code, c in spec["status"].items()
        }
        self.expected_actions = workbook.add_format(
            {
                "bg_color": spec["expected_actions_bg"],
                "border": 2,
                "border_color": spec["expected_actions_border"],
            }
        )


def _set_properties(
    workbook: Workbook, context: PlanContext, identity: Identity, texts: Mapping[str, str]
) -> None:
    spec = context.template["properties"]
    workbook.set_properties(
        {
            "title": spec["title"].format(**texts),
            "subject": spec["subject"].format(**texts),
            "author": spec["author"],
            "company": spec["company"].format(**texts),
            "comments": spec["comments"].format(**texts),
            "created": context.created,
        }
    )
    for name, value in identity.properties().items():
        workbook.set_custom_property(name, value, "text")


def _write_instructions(
    sheet: Worksheet, context: PlanContext, formats: _Formats, texts: Mapping[str, str]
) -> None:
    spec = context.template["instructions"]
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 100)
    sheet.write_string(0, 0, spec["title"].format(**texts), formats.title)
    row = 2
    for label, value in spec["fields"]:
        sheet.write_string(row, 0, label, formats.label)
        sheet.write_string(row, 1, value.format(**texts), formats.text)
        fit_row(sheet, row, [(value.format(**texts), 100)])
        row += 1
    row += 1
    sheet.write_string(row, 0, spec["how_heading"], formats.label)
    for step in spec["how"]:
        sheet.write_string(row, 1, step, formats.text)
        fit_row(sheet, row, [(step, 100)])
        row += 1
    row += 1
    sheet.write_string(row, 0, spec["legend_heading"], formats.label)
    fit_row(sheet, row, [(spec["legend_heading"], 30)], bold=True)
    row += 1
    for code, explanation in spec["legend"]:
        sheet.write_string(row, 0, L.STATUS_TEXTS[code], formats.status_cells[code])
        sheet.write_string(row, 1, explanation, formats.text)
        fit_row(sheet, row, [(explanation, 100)])
        row += 1
    sheet.write_blank(row, 0, None, formats.expected_actions)
    sheet.write_string(row, 1, spec["expected_actions"], formats.text)
    fit_row(sheet, row, [(spec["expected_actions"], 100)])
    row += 2
    if context.plan.notes:
        sheet.write_string(row, 0, spec["notes_heading"], formats.label)
        row += 1
        for key, value in context.plan.notes:
            sheet.write_string(row, 0, key, formats.label)
            sheet.write_string(row, 1, value, formats.text)
            fit_row(sheet, row, [(key, 30 * 0.9), (value, 100)])
            row += 1
        row += 1
    sheet.write_string(row, 0, spec["about"].format(**texts), formats.subtitle)
    sheet.protect("", _PROTECTION)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.activate()


def _write_followup(
    workbook: Workbook,
    sheet: Worksheet,
    context: PlanContext,
    rows: list[Row],
    formats: _Formats,
    texts: Mapping[str, str],
) -> None:
    spec = context.template["followup"]
    widths = spec["widths"]
    present = _present_optional(rows)
    for col in L.COLUMNS:
        hidden = col.key == "goal_id" or (col.key in L.OPTIONAL_COLUMNS and col.key not in present)
        sheet.set_column(col.index, col.index, widths[col.key], None, {"hidden": hidden})
    sheet.write_string(0, 0, spec["title"].format(**texts), formats.title)
    sheet.write_string(1, 0, spec["subtitle"].format(**texts), formats.subtitle)
    for offset, code in enumerate(L.STATUS_TEXTS):
        sheet.write_string(2, L.column("outcome") + offset, L.STATUS_TEXTS[code],
                           formats.status_cells[code])  # fmt: skip
    for col in L.COLUMNS:
        sheet.write_string(L.HEADER_ROW, col.index, col.header, formats.header)

    validations = input_validations(context.template["validation"])
    # Rows with the same validation share one rule over many cells: smaller files, faster writes.
    groups: dict[str, tuple[dict[str, Any], list[str]]] = {}
    last = len(L.COLUMNS) - 1
    for offset, row in enumerate(rows):
        r = L.FIRST_DATA_ROW + offset
        if isinstance(row, GoalRow):
            fmt = formats.goals[min(row.depth, len(formats.goals) - 1)]
            for c in range(last + 1):
                sheet.write_blank(r, c, None, fmt)
            sheet.write_string(r, L.GOAL_KEY_COLUMN, row.goal.id, fmt)
            heading = spec["goal_heading"].format(level=row.level, title=row.goal.title)
            sheet.write_string(r, L.column("indicator"), heading, fmt)
            fit_row(sheet, r, [(heading, widths["indicator"])], bold=True)
            continue
        _write_indicator(sheet, r, row, formats)
        fit_row(sheet, r, [
            (text, widths[key]) for key, text in _plan_texts(row).items()
            if key not in L.OPTIONAL_COLUMNS or key in present
        ])  # fmt: skip
        for key, options in validations(row).items():
            group = groups.setdefault(repr(sorted(options.items())), (options, []))
            group[1].append(xl_rowcol_to_cell(r, L.column(key)))
    for options, cells in groups.values():
        row_index, col_index = xl_cell_to_rowcol(cells[0])
        sheet.data_validation(row_index, col_index, row_index, col_index,
                              {**options, "multi_range": " ".join(cells)})  # fmt: skip

    first, end = L.FIRST_DATA_ROW, L.FIRST_DATA_ROW + max(len(rows), 1) - 1
    status_col = L.column("status")
    for code, text in L.STATUS_TEXTS.items():
        sheet.conditional_format(
            first,
            status_col,
            end,
            status_col,
            {
                "type": "text",
                "criteria": "begins with",
                "value": text,
                "format": formats.status_colours[code],
            },
        )  # fmt: skip  (also "… (enligt enhetens bedömning)")
    actions = xl_rowcol_to_cell(first, L.column("actions"), col_abs=True)
    status = xl_rowcol_to_cell(first, status_col, col_abs=True)
    met, unassessed = _quote(L.STATUS_TEXTS["met"]), _quote(L.STATUS_TEXTS["not_assessed"])
    check = _quote(CHECK_TEXT)
    sheet.conditional_format(first, L.column("actions"), end, L.column("actions"), {
        "type": "formula",
        "criteria": f'=AND(LEN({actions})=0,{status}<>"",LEFT({status},LEN({met}))<>{met},'
                    f'{status}<>{unassessed},{status}<>{check})',
        "format": formats.expected_actions})  # fmt: skip
    sheet_ref = "'" + L.FOLLOWUP_SHEET.replace("'", "''") + "'"
    for key, name in L.DEFINED_NAMES.items():
        index = L.column(key)
        start = xl_rowcol_to_cell(first, index, row_abs=True, col_abs=True)
        stop = xl_rowcol_to_cell(end, index, row_abs=True, col_abs=True)
        workbook.define_name(name, f"={sheet_ref}!{start}:{stop}")

    sheet.freeze_panes(L.FIRST_DATA_ROW, L.column("indicator") + 1)
    sheet.protect("", _PROTECTION)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(L.HEADER_ROW)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_header(_header_text(spec["print_header"], texts))
    sheet.set_footer(_header_text(spec["print_footer"], texts))


def _write_indicator(sheet: Worksheet, r: int, row: IndicatorRow, formats: _Formats) -> None:
    indicator, rule = row.indicator, row.rule
    col = L.column
    sheet.write_string(r, col("id"), indicator.id, formats.readonly)
    sheet.write_string(r, col("goal_id"), indicator.goal_id, formats.readonly)
    sheet.write_string(r, col("indicator"), indicator.name, formats.readonly)
    target = indicator.target
    if indicator.unit and target and indicator.unit not in target:
        target = f"{target} ({indicator.unit})"
    sheet.write_string(r, col("target"), target, formats.readonly)
    sheet.write_string(r, col("threshold"), indicator.threshold, formats.readonly)
    sheet.write_string(r, col("baseline"), indicator.baseline, formats.readonly)
    _write_previous(sheet, r, row, formats)
    sheet.write_string(r, col("source"), indicator.source, formats.readonly)
    _write_comparison(sheet, r, row, formats)
    if rule.type is IndicatorType.PERCENT:
        sheet.write_blank(r, col("outcome"), None, formats.input_percent)
    elif rule.type is IndicatorType.NUMBER:
        sheet.write_blank(r, col("outcome"), None, formats.input_number)
    else:
        sheet.write_blank(r, col("outcome"), None, formats.input_text)
    sheet.write_blank(r, col("own"), None, formats.input_text)
    formula = status_formula(
        rule,
        xl_rowcol_to_cell(r, col("outcome")),
        xl_rowcol_to_cell(r, col("own")),
        xl_rowcol_to_cell(r, col("comparison")),
    )
    sheet.write_formula(r, col("status"), formula, formats.status, L.STATUS_TEXTS["not_assessed"])
    sheet.write_blank(r, col("comment"), None, formats.input_text)
    sheet.write_blank(r, col("actions"), None, formats.input_text)


def _plan_texts(row: IndicatorRow) -> dict[str, str]:
    """The read-only plan texts of an indicator row, by column key, for fitting its height."""
    ind = row.indicator
    texts = {
        "indicator": ind.name,
        "target": ind.target,
        "threshold": ind.threshold,
        "baseline": ind.baseline,
        "source": ind.source,
    }
    if row.rule.needs_comparison:  # room for "… (enligt enhetens bedömning)"
        texts["status"] = status_text(Status.PARTLY_MET, by_own=True)
    return texts


def _write_previous(sheet: Worksheet, r: int, row: IndicatorRow, formats: _Formats) -> None:
    c, value = L.column("previous"), row.previous
    if isinstance(value, bool):
        sheet.write_string(r, c, L.YES_NO[0] if value else L.YES_NO[1], formats.readonly)
    elif isinstance(value, int | float):
        if row.rule.type is IndicatorType.PERCENT:
            sheet.write_number(r, c, value / 100, formats.readonly_percent)
        else:
            sheet.write_number(r, c, value, formats.readonly_number)
    else:
        sheet.write_string(r, c, value or "", formats.readonly)


def _write_comparison(sheet: Worksheet, r: int, row: IndicatorRow, formats: _Formats) -> None:
    """An input cell for the jämförelsevärde where a change target has no reference, else locked."""
    c = L.column("comparison")
    if not row.rule.needs_comparison:
        sheet.write_blank(r, c, None, formats.readonly)
    elif row.rule.type is IndicatorType.PERCENT:
        sheet.write_blank(r, c, None, formats.input_percent)
    else:
        sheet.write_blank(r, c, None, formats.input_number)


def _present_optional(rows: list[Row]) -> set[str]:
    present: set[str] = set()
    for row in rows:
        if isinstance(row, IndicatorRow):
            if row.indicator.threshold:
                present.add("threshold")
            if row.previous is not None and row.previous != "":
                present.add("previous")
            if row.rule.needs_comparison:
                present.add("comparison")
    return present


def _write_identity(sheet: Worksheet, identity: Identity) -> None:
    row = 0
    for key, value in identity.pairs():
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, value)
        row += 1
    row += 1
    sheet.write_string(row, 0, L.ROWS_MARKER)
    for key, number in identity.rows:
        row += 1
        sheet.write_string(row, 0, key)
        sheet.write_string(row, 1, str(number))
    sheet.protect("", {"select_locked_cells": True})
    sheet.very_hidden()


def _header_text(template: str, texts: Mapping[str, str]) -> str:
    """A print header/footer; '&' in plan texts is doubled so it is not a control code."""
    safe = {key: value.replace("&", "&&")[:60] for key, value in texts.items()}
    return template.format(**safe)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
