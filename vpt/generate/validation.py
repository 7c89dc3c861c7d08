"""Data validation for the input cells of an indicator row: type, range, input message, alert.

Every input message names the målvärde and the expected form; every error alert says in Swedish
what to type instead. Texts come from ``[validation]`` in the template and are cut to Excel's limits
(title 32, message 255 characters).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from vpt.generate.content import IndicatorRow
from vpt.generate.layout import OWN_ASSESSMENTS, TASK_STATUSES, YES_NO
from vpt.model import IndicatorType
from vpt.targets.reading import OUTCOME_LIMITS

__all__ = ["input_validations"]

TITLE_MAX = 32
MESSAGE_MAX = 255

Options = dict[str, Any]


def input_validations(spec: Mapping[str, Any]) -> Callable[[IndicatorRow], dict[str, Options]]:
    """A function giving, for one indicator row, the xlsxwriter validation options per column key."""
    text_max = int(spec["text_max"])

    def texts(kind: str, message: str, error: str) -> Options:
        return {
            "input_title": _cut(spec[f"{kind}_title"], TITLE_MAX),
            "input_message": _cut(message, MESSAGE_MAX),
            "error_title": _cut(spec["error_title"], TITLE_MAX),
            "error_message": _cut(error, MESSAGE_MAX),
            "error_type": "stop",
        }

    def length(kind: str, message_key: str) -> Options:
        return {
            "validate": "length",
            "criteria": "<=",
            "value": text_max,
            **texts(
                kind,
                spec[message_key].format(max=text_max),
                spec["text_error"].format(max=text_max),
            ),
        }

    comment = length("comment", "comment_message")
    actions = length("actions", "actions_message")
    own_plain = {"validate": "list", "source": list(OWN_ASSESSMENTS),
                 **texts("own", spec["own_message"], spec["own_error"])}  # fmt: skip
    own_task = {**own_plain, "input_message": _cut(spec["own_task_message"], MESSAGE_MAX)}

    percent_low, percent_high = (limit / 100 for limit in OUTCOME_LIMITS[IndicatorType.PERCENT])
    number_low, number_high = OUTCOME_LIMITS[IndicatorType.NUMBER]

    def outcome(row: IndicatorRow) -> Options:
        indicator, rule = row.indicator, row.rule
        target_line = (
            spec["target_line"].format(target=indicator.target)
            if indicator.target
            else spec["no_target"]
        )

        def with_target(kind: str, message: str, error: str) -> Options:
            # The form comes first so that a long målvärde is what gets cut.
            return texts(kind, f"{message}\n{target_line}", error)

        unit = indicator.unit or rule.target.unit
        unit_part = spec["unit_part"].format(unit=unit) if unit and unit != "%" else ""
        if rule.type is IndicatorType.PERCENT:
            return {"validate": "decimal", "criteria": "between",
                    "minimum": percent_low, "maximum": percent_high,
                    **with_target("percent", spec["percent_message"],
                                  spec["percent_error"])}  # fmt: skip
        if rule.type is IndicatorType.NUMBER:
            if rule.target.unit == "st":
                return {"validate": "integer", "criteria": ">=", "value": 0,
                        **with_target("whole", spec["whole_message"].format(unit_part=unit_part),
                                      spec["whole_error"])}  # fmt: skip
            return {"validate": "decimal", "criteria": "between",
                    "minimum": number_low, "maximum": number_high,
                    **with_target("number", spec["number_message"].format(unit_part=unit_part),
                                  spec["number_error"])}  # fmt: skip
        if rule.type is IndicatorType.YESNO:
            return {"validate": "list", "source": list(YES_NO),
                    **with_target("yesno", spec["yesno_message"], spec["yesno_error"])}  # fmt: skip
        if rule.type is IndicatorType.TASK:
            return {"validate": "list", "source": list(TASK_STATUSES),
                    **with_target("task", spec["task_message"], spec["task_error"])}  # fmt: skip
        return {
            "validate": "length",
            "criteria": "<=",
            "value": text_max,
            **with_target(
                "text",
                spec["text_message"].format(max=text_max),
                spec["text_error"].format(max=text_max),
            ),
        }

    def comparison(row: IndicatorRow) -> Options:
        number = (
            {"minimum": percent_low, "maximum": percent_high}
            if row.rule.type is IndicatorType.PERCENT
            else {"minimum": number_low, "maximum": number_high}
        )
        error = spec["percent_error" if row.rule.type is IndicatorType.PERCENT else "number_error"]
        return {"validate": "decimal", "criteria": "between", **number,
                **texts("comparison", spec["comparison_message"], error)}  # fmt: skip

    def for_row(row: IndicatorRow) -> dict[str, Options]:
        own = own_task if row.rule.type in (IndicatorType.TASK, IndicatorType.TEXT) else own_plain
        options = {"outcome": outcome(row), "own": own, "comment": comment, "actions": actions}
        if row.rule.needs_comparison:
            options["comparison"] = comparison(row)
        return options

    return for_row


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
