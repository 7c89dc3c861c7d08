"""Write one uppföljning workbook with xlsxwriter: instructions, follow-up sheet and identity.

The layout is :mod:`vpt.generate.layout`; the texts and the look come from
``workbook_templates/uppfoljning.toml``. Everything from the plan is written with
``write_string`` (and the workbook refuses to turn strings into formulas or links), so a plan
text like "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from vpt import __version__
from vpt.generate import layout as L
from vpt.generate.contact import sender
from vpt.generate.content import GoalRow, IndicatorRow, PlanContext, Row, rows_for
from vpt.generate.formulas import BY_OWN_SUFFIX, CHECK_TEXT, status_formula, status_text
from vpt.generate.identity import Identity, identity_for
from vpt.generate.reading import reading as words_for
from vpt.generate.validation import input_validations
from vpt.model import IndicatorType
from vpt.pages import A4_LANDSCAPE_HEIGHT, DEFAULT_ROW_HEIGHT, page_starts, scale_to_width
from vpt.rowfit import fit_row
from vpt.targets.types import Status

__all__ = ["write_workbook"]

_TITLE_HEIGHT = 20.0 + 3 * DEFAULT_ROW_HEIGHT  # the title (14 pt) and three rows under it
_HEADER_HEIGHT = 2 * DEFAULT_ROW_HEIGHT  # the column headings, some on two lines
_NOTE_MAX = 2000  # characters of a description shown in a note; the plan keeps it all

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
    followup = workbook.add_worksheet(L.FOLLOWUP_SHEET, worksheet_class=_FollowupSheet)
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


class _FollowupSheet(_PlainFormulaSheet):
    """The follow-up sheet: input rows keep their estimated height but not as a custom one.

    A row without ``customHeight`` is one the spreadsheet program may fit: LibreOffice fits it
    on opening and Excel grows it as the unit types a long comment. Rows without input (goal
    headings) keep a fixed height, since nothing typed there needs room.
    """

    def __init__(self) -> None:
        super().__init__()
        self.growing_rows: set[int] = set()

    def _xml_start_tag_unencoded(self, tag: str, attributes: list[tuple[str, Any]]) -> None:
        super()._xml_start_tag_unencoded(tag, self._grow(tag, attributes))

    def _xml_empty_tag_unencoded(self, tag: str, attributes: list[tuple[str, Any]]) -> None:
        super()._xml_empty_tag_unencoded(tag, self._grow(tag, attributes))

    def _grow(self, tag: str, attributes: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        if tag == "row" and attributes and attributes[0][1] - 1 in self.growing_rows:
            return [a for a in attributes if a[0] != "customHeight"]
        return attributes


def _texts(context: PlanContext, identity: Identity) -> dict[str, str]:
    """The placeholders every template text may use."""
    plan = context.plan
    unit = plan.unit(identity.unit_id)
    followup = context.template["followup"]
    deadline = identity.deadline or followup["no_deadline"]
    unit_name = identity.unit_name or identity.unit_id
    controller = sender(plan)
    return {
        "controller": controller.contact or followup["no_controller"],
        "return_to": controller.return_address or followup["no_return_address"],
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
        self.date = make(num_format=spec["date_format"], align="left")
        self.count = make(bold=True)
        self.legend_label = make(italic=True)
        self.legend_words = {
            code: workbook.add_format({"bold": True, "font_color": c["fg"],
                                       "font_name": spec["font"], "font_size": spec["size"]})
            for code, c in spec["status"].items()
        }  # fmt: skip
        self.subtitle = make(text_wrap=False, italic=True)
        self.label = make(bold=True, text_wrap=True)
        self.text = make(text_wrap=True)
        self.header = make(bold=True, text_wrap=True, bg_color=spec["header_bg"],
                           font_color=spec["header_fg"], **edge)  # fmt: skip
        self.goals = [
            make(bold=True, text_wrap=True, bg_color=colour, **edge) for colour in spec["goal_bg"]
        ]
        self.goals_one_line = [
            make(bold=True, bg_color=colour, **edge) for colour in spec["goal_bg"]
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
        if value == "{deadline}" and context.deadline is not None:
            # A real date: Excel and LibreOffice show it in the reader's own date format.
            sheet.write_datetime(row, 1, datetime.combine(context.deadline, time()), formats.date)
        else:
            sheet.write_string(row, 1, value.format(**texts), formats.text)
            fit_row(sheet, row, [(value.format(**texts), 100)])
        row += 1
    row += 1
    sheet.write_string(row, 0, spec["how_heading"], formats.label)
    for step in spec["how"]:
        text = step.format(**texts)
        sheet.write_string(row, 1, text, formats.text)
        fit_row(sheet, row, [(text, 100)])
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
    # The two texts the status cell can show besides the four statuses (formulas.py).
    for shown, explanation in (
        (CHECK_TEXT, spec["check_value"]),
        (BY_OWN_SUFFIX.strip(), spec["by_own"]),
    ):
        sheet.write_string(row, 0, shown, formats.text)
        sheet.write_string(row, 1, explanation, formats.text)
        fit_row(sheet, row, [(shown, 30), (explanation, 100)])
        row += 1
    sheet.write_blank(row, 0, None, formats.expected_actions)
    sheet.write_string(row, 1, spec["expected_actions"], formats.text)
    fit_row(sheet, row, [(spec["expected_actions"], 100)])
    row += 2
    about = spec["about"].format(**texts)
    sheet.write_string(row, 0, about, formats.subtitle)
    sheet.protect("", _PROTECTION)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 1)  # one page: the legend belongs with the steps
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.print_area(0, 0, row, 1)
    sheet.set_header(_header_text(context.template["followup"]["print_header"], texts))
    sheet.set_footer(_header_text(context.template["followup"]["print_footer"], texts))
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
        sheet.set_column(col.index, col.index, widths[col.key], None,
                         {"hidden": _hidden(col.key, present)})  # fmt: skip
    row_width = sum(widths[c.key] for c in L.COLUMNS
                    if c.index >= L.column("indicator") and not _hidden(c.key, present))  # fmt: skip
    sheet.write_string(0, 0, spec["title"].format(**texts), formats.title)
    sheet.write_string(1, 0, spec["subtitle"].format(**texts), formats.subtitle)
    _write_count_and_legend(sheet, rows, formats, spec)
    for col in L.COLUMNS:
        sheet.write_string(L.HEADER_ROW, col.index, col.header, formats.header)
    # "Föregående utfall" and "Jämförelsevärde (fg år)" wrap: the row grows (as _HEADER_HEIGHT
    # already counts on for the page breaks) instead of cutting their second line.
    fit_row(sheet, L.HEADER_ROW, [(col.header, widths[col.key]) for col in L.COLUMNS
                                  if not _hidden(col.key, present)], bold=True)  # fmt: skip

    validations = input_validations(context.template["validation"])
    # Rows with the same validation share one rule over many cells: smaller files, faster writes.
    groups: dict[str, tuple[dict[str, Any], list[str]]] = {}
    last = len(L.COLUMNS) - 1
    heights: list[float] = []
    headings: set[int] = set()
    for offset, row in enumerate(rows):
        r = L.FIRST_DATA_ROW + offset
        if isinstance(row, GoalRow):
            headings.add(offset)
            level = min(row.depth, len(formats.goals) - 1)
            fmt = formats.goals[level]
            for c in range(last + 1):
                sheet.write_blank(r, c, None, fmt)
            sheet.write_string(r, L.GOAL_KEY_COLUMN, row.goal.id, fmt)
            heading = spec["goal_heading"].format(level=row.level, title=row.goal.title)
            # Not merged across the row (merged cells stop a unit from sorting or filtering): a
            # heading that fits the row's width runs over the empty cells beside it on one line.
            if len(heading) * 1.1 <= row_width:
                sheet.write_string(r, L.column("indicator"), heading, formats.goals_one_line[level])
                heights.append(DEFAULT_ROW_HEIGHT)
                continue
            sheet.write_string(r, L.column("indicator"), heading, fmt)
            height = fit_row(sheet, r, [(heading, widths["indicator"])], bold=True)
            heights.append(height or DEFAULT_ROW_HEIGHT)
            continue
        reading = words_for(row.rule)
        _write_indicator(sheet, r, row, formats, reading, spec)
        height = fit_row(sheet, r, [
            (text, widths[key]) for key, text in _plan_texts(row, reading).items()
            if key not in L.OPTIONAL_COLUMNS or key in present
        ])  # fmt: skip
        heights.append(height or DEFAULT_ROW_HEIGHT)
        sheet.growing_rows.add(r)
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
    # A fixed scale that fits the visible columns on one page wide, and breaks that keep every
    # goal heading with its first indicator (vpt.pages).
    visible = [widths[c.key] for c in L.COLUMNS if not _hidden(c.key, present)]
    scale = scale_to_width(visible)
    sheet.set_print_scale(scale)
    starts = page_starts(heights, headings, page_height=A4_LANDSCAPE_HEIGHT * 100 / scale,
                         repeated=_HEADER_HEIGHT, first=_TITLE_HEIGHT + _HEADER_HEIGHT)  # fmt: skip
    sheet.set_h_pagebreaks([L.FIRST_DATA_ROW + n for n in starts])
    sheet.repeat_rows(L.HEADER_ROW)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_header(_header_text(spec["print_header"], texts))
    sheet.set_footer(_header_text(spec["print_footer"], texts))


def _write_count_and_legend(
    sheet: Worksheet, rows: list[Row], formats: _Formats, spec: Mapping[str, Any]
) -> None:
    """Row 2: how many utfall are filled in, and the colours as one sentence, not as headings."""
    total = sum(1 for row in rows if isinstance(row, IndicatorRow))
    if total:
        outcome = L.column("outcome")
        first = xl_rowcol_to_cell(L.FIRST_DATA_ROW, outcome)
        last = xl_rowcol_to_cell(L.FIRST_DATA_ROW + len(rows) - 1, outcome)
        words = spec["count"].format(total=total, filled=spec["filled_one" if total == 1
                                                                else "filled_many"])  # fmt: skip
        sheet.write_formula(2, 0, f'=COUNTA({first}:{last})&{_quote(words)}', formats.count,
                            f"0{words}")  # fmt: skip
    parts: list[Any] = [formats.legend_label, spec["legend_label"]]
    for n, (code, text) in enumerate(L.STATUS_TEXTS.items()):
        parts += [formats.legend_words[code], text]
        parts.append(
            spec["legend_separator"] if n < len(L.STATUS_TEXTS) - 1 else spec["legend_end"]
        )
    sheet.write_rich_string(2, L.column("target"), *parts, formats.legend_label)


def _write_indicator(
    sheet: Worksheet,
    r: int,
    row: IndicatorRow,
    formats: _Formats,
    reading: str,
    spec: Mapping[str, Any],
) -> None:
    indicator, rule = row.indicator, row.rule
    col = L.column
    sheet.write_string(r, col("id"), indicator.id, formats.readonly)
    sheet.write_string(r, col("goal_id"), indicator.goal_id, formats.readonly)
    sheet.write_string(r, col("indicator"), indicator.name, formats.readonly)
    if indicator.description:
        # Where the plan's strategier och insatser live: a note the unit opens by pointing at it.
        sheet.write_comment(r, col("indicator"), indicator.description[:_NOTE_MAX],
                            {"x_scale": 3, "y_scale": 3, "author": spec["note_author"]})  # fmt: skip
    target = _target_text(indicator.target, indicator.unit, reading)
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


def _target_text(target: str, measure_unit: str, reading: str) -> str:
    """The plan's målvärde as written, and under it how vpt reads it (direction and band)."""
    if measure_unit and target and measure_unit not in target:
        target = f"{target} ({measure_unit})"
    if reading and target:
        return f"{target}\n({reading})"
    return target


def _plan_texts(row: IndicatorRow, reading: str) -> dict[str, str]:
    """The read-only plan texts of an indicator row, by column key, for fitting its height."""
    ind = row.indicator
    texts = {
        "indicator": ind.name,
        "target": _target_text(ind.target, ind.unit, reading),
        "threshold": ind.threshold,
        "baseline": ind.baseline,
        "source": ind.source,
    }
    if isinstance(row.previous, str):  # a text utfall from the previous summary wraps too
        texts["previous"] = row.previous
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


def _hidden(key: str, present: set[str]) -> bool:
    return key == "goal_id" or (key in L.OPTIONAL_COLUMNS and key not in present)


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
    """The optional columns that some row of this unit fills; the others are hidden."""
    present: set[str] = set()
    for row in rows:
        if isinstance(row, IndicatorRow):
            if row.indicator.threshold:
                present.add("threshold")
            if row.indicator.baseline:
                present.add("baseline")
            if row.indicator.source:
                present.add("source")
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
