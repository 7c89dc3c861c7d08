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
from vpt.model import Direction, Indicator, IndicatorType, Plan
from vpt.targets.bands import bands, parse_threshold
from vpt.targets.parse import parse_baseline, parse_target
from vpt.targets.parse import resolve_type as resolve_indicator_type
from vpt.targets.reading import (
    BY_OWN_SUFFIX,
    OUTCOME_LIMITS,
    PARTLY_WORD,
    PERCENT_FRACTION_MAX,
    ROUND_DIGITS,
)
from vpt.targets.types import Bands, Status, Target, TargetKind

__all__ = [
    "BY_OWN_SUFFIX",
    "CHECK_TEXT",
    "LiveKind",
    "LiveRule",
    "excel_number",
    "live_rule",
    "status_formula",
    "status_text",
]

CHECK_TEXT = "! Kontrollera värdet"
"""What the status cell shows for a value it cannot assess (text, out of range); vpt check gives a
finding for the same cell."""


class LiveKind(StrEnum):
    BANDS = "bands"  # a numeric target: computed from the outcome
    COMPARE = "compare"  # a change target without reference: against the typed jämförelsevärde
    YESNO = "yesno"  # Ja/Nej: computed from the answer
    OWN = "own"  # not measurable: the unit's egen bedömning
    NONE = "none"  # measurable but never assessable


@dataclass(frozen=True, slots=True)
class LiveRule:
    """How one row's live status is computed."""

    kind: LiveKind
    type: IndicatorType
    target: Target
    bands: Bands | None = None
    expected: bool = True
    percent: bool = False
    threshold: float | None = None  # the gränsvärde, for COMPARE
    tolerance: float = 0.10  # the plan's tolerance, for COMPARE

    @property
    def needs_comparison(self) -> bool:
        """Whether the row asks the unit for a jämförelsevärde."""
        return self.kind is LiveKind.COMPARE


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
        # A Ja/Nej target always says which answer it seeks; none would mean Ja.
        return LiveRule(LiveKind.YESNO, kind, target, expected=target.expected is not False)
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
    if resolved is not None:
        return LiveRule(LiveKind.BANDS, kind, target, bands=resolved, percent=percent)
    if target.kind is TargetKind.CHANGE and reference is None:
        return LiveRule(
            LiveKind.COMPARE,
            kind,
            target,
            percent=percent,
            threshold=parse_threshold(indicator.threshold),
            tolerance=plan.tolerance,
        )
    return LiveRule(LiveKind.NONE, kind, target, percent=percent)


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


def status_text(status: Status, *, by_own: bool = False) -> str:
    """What the status cell shows for ``status``: symbol and word, marked when from egen bedömning."""
    return STATUS_TEXTS[status.value] + (BY_OWN_SUFFIX if by_own else "")


def status_formula(rule: LiveRule, outcome: str, own: str, comparison: str = "") -> str:
    """The formula (with its leading "=") for the status cell, given A1 refs of the inputs.

    ``comparison`` is the jämförelsevärde cell, used by COMPARE rules.
    """
    texts = _texts()
    if rule.kind is LiveKind.BANDS:
        assert rule.bands is not None
        value = _number_value(rule, outcome)
        return "=" + _numeric(rule, outcome, value, _by_bands(value, rule.bands, texts), texts)
    if rule.kind is LiveKind.COMPARE:
        assert comparison, "a COMPARE rule needs the jämförelsevärde cell"
        value = _number_value(rule, outcome)
        reference = _number_value(rule, comparison)
        computed = _numeric(
            rule, outcome, value, _by_comparison(value, reference, rule, texts), texts
        )
        marked = {s: _quote(status_text(s, by_own=s is not Status.NOT_ASSESSED)) for s in Status}
        by_own = _numeric(rule, outcome, value, _by_own(own, marked), texts)
        checked = _numeric(rule, comparison, reference, computed, texts)
        return f"=IF({_blank(comparison)},{by_own},{checked})"
    if rule.kind is LiveKind.YESNO:
        yes, no = (_quote(word) for word in YES_NO)
        on_yes, on_no = (
            (texts[Status.MET], texts[Status.NOT_MET])
            if rule.expected
            else (texts[Status.NOT_MET], texts[Status.MET])
        )
        return (
            f"=IF({outcome}={yes},{on_yes},IF({outcome}={no},{on_no},"
            f"IF({outcome}={_quote(PARTLY_WORD)},{texts[Status.PARTLY_MET]},"
            f"IF({_blank(outcome)},{texts[Status.NOT_ASSESSED]},{_quote(CHECK_TEXT)}))))"
        )
    if rule.kind is LiveKind.OWN:
        return "=" + _by_own(own, texts)
    return f"={texts[Status.NOT_ASSESSED]}"


def _texts() -> dict[Status, str]:
    return {status: _quote(status_text(status)) for status in Status}


def _blank(cell: str) -> str:
    """TRUE when the cell holds nothing but spaces (the reader's empty)."""
    return f'TRIM({cell})=""'


def _number_value(rule: LiveRule, cell: str) -> str:
    """The cell's number as vpt.targets.normalise reads it: scaled for percent, rounded."""
    # A percent cell holds a fraction, but 75 typed without "%" (stored as 7500 %) is read as the
    # 75 % the unit meant, and flagged when read back.
    scaled = (
        f"IF(ABS({cell})>{excel_number(PERCENT_FRACTION_MAX)},{cell},{cell}*100)"
        if rule.percent
        else cell
    )
    return f"ROUND({scaled},{ROUND_DIGITS})"


def _numeric(rule: LiveRule, cell: str, value: str, assessed: str, texts: dict[Status, str]) -> str:
    """``assessed`` when the cell holds a plausible number; Ej bedömt when it is empty; otherwise
    (text, out of range) CHECK_TEXT, as vpt check then gives a finding."""
    low, high = OUTCOME_LIMITS[IndicatorType.PERCENT if rule.percent else IndicatorType.NUMBER]
    plausible = f"AND({value}>={excel_number(low)},{value}<={excel_number(high)})"
    check = _quote(CHECK_TEXT)
    return (
        f"IF(ISNUMBER({cell}),IF({plausible},{assessed},{check}),"
        f"IF({_blank(cell)},{texts[Status.NOT_ASSESSED]},{check}))"
    )


def _by_bands(value: str, b: Bands, texts: dict[Status, str]) -> str:
    met = _inside(value, b.met_low, b.met_low_strict, b.met_high, b.met_high_strict)
    partly = _inside(value, b.partly_low, b.partly_low_strict, b.partly_high, b.partly_high_strict)
    return (
        f"IF({met},{texts[Status.MET]},"
        f"IF({partly},{texts[Status.PARTLY_MET]},{texts[Status.NOT_MET]}))"
    )


def _by_comparison(value: str, reference: str, rule: LiveRule, texts: dict[Status, str]) -> str:
    """Bands of a change target from a reference cell, as vpt.targets.bands._change_bound resolves
    them: no tolerance around the direction; a move the right way short of the goal is partly met;
    a gränsvärde between the reference and the goal starts that band instead."""
    target = rule.target
    amount = excel_number(target.change_amount or 0.0)
    if target.change_relative:
        amount = f"ABS({reference})*{amount}/100"
    sign = "-" if target.change_direction is Direction.LOWER else "+"
    goal = f"ROUND({reference}{sign}{amount},{ROUND_DIGITS})"
    strict = target.op in (">", "<")
    higher = target.direction is Direction.HIGHER
    better, at_least = (">", ">=") if higher else ("<", "<=")
    met = f"{value}{better if strict else at_least}{goal}"
    # The band from the reference exists only when the goal lies beyond it; it is strict there.
    moved = f"{goal}{better}{reference}"
    partly = f"IF({moved},{value}{better}{reference},FALSE)"
    if rule.threshold is not None:
        limit = excel_number(rule.threshold)
        # bands(): the gränsvärde starts the band, inclusive, when it lies between the reference
        # and the goal; on the far side of the reference it is not used.
        short_of_goal = f"{limit}{'<' if higher else '>'}{goal}"
        beyond = f"{limit}{better}{reference}"
        partly = f"IF(AND({short_of_goal},{beyond}),{value}{at_least}{limit},{partly})"
    return (
        f"IF({met},{texts[Status.MET]},"
        f"IF({partly},{texts[Status.PARTLY_MET]},{texts[Status.NOT_MET]}))"
    )


def _by_own(own: str, texts: Mapping[Status, str]) -> str:
    """The egen bedömning's status; a word not in the list is to be checked (vpt check says so)."""
    met, partly, not_met = (_quote(word) for word in OWN_ASSESSMENTS)
    return (
        f"IF({own}={met},{texts[Status.MET]},IF({own}={partly},{texts[Status.PARTLY_MET]},"
        f"IF({own}={not_met},{texts[Status.NOT_MET]},"
        f"IF({_blank(own)},{texts[Status.NOT_ASSESSED]},{_quote(CHECK_TEXT)}))))"
    )


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
