"""The live status formula of an indicator row, built from the same Bands that vpt's assess uses.

The rule for a row is decided once per plan (:func:`live_rule`), then turned into an Excel formula
for the row's cells (:func:`status_formula`). Numeric targets compare the outcome, rounded to
9 decimals exactly as the outcome normaliser rounds it, with the bands' numbers; yes/no targets
compare the chosen answer; everything that is not measurable takes the unit's egen bedömning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from vpt.generate.layout import OWN_ASSESSMENTS, STATUS_TEXTS, YES_NO
from vpt.model import Indicator, IndicatorType, Plan
from vpt.targets.bands import bands
from vpt.targets.parse import parse_baseline, parse_target
from vpt.targets.parse import resolve_type as resolve_indicator_type
from vpt.targets.types import Bands, Status, Target, TargetKind

__all__ = ["LiveKind", "LiveRule", "excel_number", "live_rule", "status_formula"]

ROUND_DIGITS = 9
"""Outcomes are rounded to this many decimals before comparison, here and in the normaliser."""
MISSING_PERCENT_FROM = 2
"""A percent cell value this large is taken as percent points (vpt.targets.normalise agrees)."""


class LiveKind(StrEnum):
    BANDS = "bands"  # a numeric target: computed from the outcome
    YESNO = "yesno"  # Ja/Nej: computed from the answer
    OWN = "own"  # not measurable: the unit's egen bedömning
    NONE = "none"  # measurable but not assessable (a change target without reference)


@dataclass(frozen=True, slots=True)
class LiveRule:
    """How one row's live status is computed."""

    kind: LiveKind
    type: IndicatorType
    target: Target
    bands: Bands | None = None
    expected: bool = True
    percent: bool = False


def live_rule(
    plan: Plan, indicator: Indicator, previous: Mapping[str, float | bool | str] | None = None
) -> LiveRule:
    """The live status rule for ``indicator``, agreeing with ``vpt.targets.assess``."""
    kind = resolve_indicator_type(indicator)
    target = parse_target(
        indicator.target, type=kind, direction=indicator.direction, year=plan.year
    )
    percent = kind is IndicatorType.PERCENT
    if kind in (IndicatorType.TASK, IndicatorType.TEXT):
        return LiveRule(LiveKind.OWN, kind, target)
    if target.kind is TargetKind.YESNO:
        expected = True if target.expected is None else target.expected
        return LiveRule(LiveKind.YESNO, kind, target, expected=expected)
    if target.kind is TargetKind.REPORTED:
        # a figure reported without a target: never assessed, as vpt check says
        return LiveRule(LiveKind.NONE, kind, target, percent=percent)
    if not target.measurable:
        return LiveRule(LiveKind.OWN, kind, target, percent=percent)
    reference = _reference(indicator, previous, target.reference_year)
    resolved = bands(
        target,
        threshold_text=indicator.threshold,
        tolerance=plan.tolerance,
        reference=reference,
    )
    if resolved is None:
        return LiveRule(LiveKind.NONE, kind, target, percent=percent)
    return LiveRule(LiveKind.BANDS, kind, target, bands=resolved, percent=percent)


def _reference(
    indicator: Indicator,
    previous: Mapping[str, float | bool | str] | None,
    year: int | None = None,
) -> float | None:
    """The previous period's outcome when known, else the latest ingångsvärde; for a change
    against a named year ("öka jämfört med 2021"), that year's ingångsvärde only."""
    if year is not None:
        return parse_baseline(indicator.baseline, year=year) if indicator.baseline else None
    if previous is not None:
        value = previous.get(indicator.id)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return parse_baseline(indicator.baseline) if indicator.baseline else None


def status_formula(rule: LiveRule, outcome: str, own: str) -> str:
    """The formula (with its leading "=") for the status cell, given A1 refs of the inputs."""
    texts = {status: _quote(STATUS_TEXTS[status.value]) for status in Status}
    if rule.kind is LiveKind.BANDS:
        assert rule.bands is not None
        # Like the normaliser: a percent cell holds a fraction, but 75 typed without "%" (stored
        # as 7500 %) is read as the 75 % the unit meant, and flagged when read back.
        scaled = (
            f"IF(ABS({outcome})>={MISSING_PERCENT_FROM},{outcome},{outcome}*100)"
            if rule.percent
            else outcome
        )
        value = f"ROUND({scaled},{ROUND_DIGITS})"
        b = rule.bands
        met = _inside(value, b.met_low, b.met_low_strict, b.met_high, b.met_high_strict)
        partly = _inside(
            value, b.partly_low, b.partly_low_strict, b.partly_high, b.partly_high_strict
        )
        return (
            f"=IF(ISNUMBER({outcome}),IF({met},{texts[Status.MET]},"
            f"IF({partly},{texts[Status.PARTLY_MET]},{texts[Status.NOT_MET]})),"
            f"{texts[Status.NOT_ASSESSED]})"
        )
    if rule.kind is LiveKind.YESNO:
        yes, no = (_quote(word) for word in YES_NO)
        on_yes, on_no = (
            (texts[Status.MET], texts[Status.NOT_MET])
            if rule.expected
            else (texts[Status.NOT_MET], texts[Status.MET])
        )
        return (
            f"=IF({outcome}={yes},{on_yes},IF({outcome}={no},{on_no},"
            f"IF({outcome}={_quote('Delvis')},{texts[Status.PARTLY_MET]},"
            f"{texts[Status.NOT_ASSESSED]})))"
        )
    if rule.kind is LiveKind.OWN:
        met, partly, not_met = (_quote(word) for word in OWN_ASSESSMENTS)
        return (
            f"=IF({own}={met},{texts[Status.MET]},IF({own}={partly},{texts[Status.PARTLY_MET]},"
            f"IF({own}={not_met},{texts[Status.NOT_MET]},{texts[Status.NOT_ASSESSED]})))"
        )
    return f"={texts[Status.NOT_ASSESSED]}"


def _inside(
    value: str, low: float | None, low_strict: bool, high: float | None, high_strict: bool
) -> str:
    """An Excel condition that ``value`` lies in the interval; TRUE when unbounded."""
    tests = []
    if low is not None:
        tests.append(f"{value}{'>' if low_strict else '>='}{excel_number(low)}")
    if high is not None:
        tests.append(f"{value}{'<' if high_strict else '<='}{excel_number(high)}")
    if not tests:
        return "TRUE"
    return tests[0] if len(tests) == 1 else f"AND({','.join(tests)})"


def excel_number(value: float) -> str:
    """A float as an Excel formula literal, without exponent and without float noise."""
    text = f"{round(value, ROUND_DIGITS):.{ROUND_DIGITS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
